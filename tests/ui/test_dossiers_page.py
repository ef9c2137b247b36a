"""The Hồ sơ page over a real SQLite database with the demo office and dossiers."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from cchc_desktop.domain.text import fold
from cchc_desktop.paths import resolve_paths
from cchc_desktop.services.context import open_services
from cchc_desktop.ui.models.dossier_table import (
    ROW_ROLE,
    DossierTableModel,
    ListQuery,
    describe,
)
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.pages.dossiers import DossiersPage
from cchc_desktop.ui.preferences import preferences_file
from cchc_desktop.ui.tasks import InlineTaskRunner, ThreadTaskRunner

DEMO_DOSSIERS = 120


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    paths = resolve_paths(tmp_path_factory.mktemp("demo-office")).ensure()
    svc = open_services(paths, demo_if_empty=True, demo_dossiers=DEMO_DOSSIERS)
    yield svc
    svc.close()


@pytest.fixture
def page(qtbot, services, tmp_path):
    paths = resolve_paths(tmp_path / "data").ensure()
    context = PageContext(tasks=InlineTaskRunner(), paths=paths,
                          preferences_path=preferences_file(paths.data),
                          database_path=paths.database)
    widget = DossiersPage(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.set_services(services)
    return widget


def type_text(widget, text):
    """Type like a keyboard (or a scanner) would, letters outside Latin-1 included."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def press_enter(widget):
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return,
                                                 Qt.KeyboardModifier.NoModifier))


def all_rows(model):
    return [model.list_row(r) for r in range(model.rowCount())]


def test_the_list_shows_every_dossier_in_lazy_pages(services):
    tasks = InlineTaskRunner()
    model = DossierTableModel(tasks, page_size=25)
    model.set_services(services)
    total = services.dossiers.count()
    assert model.rowCount() == total == DEMO_DOSSIERS
    assert model.columnCount() == 7
    assert model.loaded_pages() == [0]
    assert model.list_row(80) is not None  # page 3 is fetched on demand
    assert model.loaded_pages() == [0, 3]
    first = model.list_row(0).row
    assert model.data(model.index(0, 0)) == first.code
    assert model.data(model.index(0, 1)) == first.applicant_name
    assert model.data(model.index(0, 3)) == first.received_at.strftime("%d/%m/%Y %H:%M")
    received = [row.row.received_at for row in all_rows(model)]
    assert received == sorted(received, reverse=True)


def test_pages_arrive_from_the_database_thread(qtbot, services):
    tasks = ThreadTaskRunner()
    try:
        model = DossierTableModel(tasks, page_size=25)
        with qtbot.waitSignal(model.loaded, timeout=10000):
            model.set_services(services)
        assert model.rowCount() == DEMO_DOSSIERS
        assert model.list_row(110) is None  # asked for, not there yet
        assert model.data(model.index(110, 0)) == "…"
        qtbot.waitUntil(lambda: 4 in model.loaded_pages(), timeout=10000)
        assert model.list_row(110) is not None
        # A query changed twice quickly: only the last answer counts.
        model.set_query(ListQuery(statuses=(10,)))
        with qtbot.waitSignal(model.loaded, timeout=10000):
            model.set_query(ListQuery(statuses=(4,)))
        assert model.rowCount() == services.dossiers.count(
            __import__("cchc_desktop.services.dossiers", fromlist=["DossierFilter"])
            .DossierFilter(statuses=(4,)))
    finally:
        tasks.shutdown()


def test_status_filter_and_count(page, services):
    index = page.status_box.findText("Đã trả kết quả")
    page.status_box.setCurrentIndex(index)
    rows = all_rows(page.model)
    assert rows and {r.row.status for r in rows} == {10}
    assert page.count_label.text() == f"{len(rows)} hồ sơ"


def test_search_ignores_diacritics(qtbot, page, services):
    name = next(r.row.applicant_name for r in all_rows(page.model)
                if fold(r.row.applicant_name) != r.row.applicant_name.lower())
    family = name.split()[0]
    page.search.setFocus()
    type_text(page.search, fold(family))  # typed without diacritics
    page.apply_filters()
    rows = all_rows(page.model)
    assert rows
    assert any(r.row.applicant_name == name for r in rows)
    for r in rows:
        haystack = fold(f"{r.row.applicant_name} {r.row.procedure_name} {r.row.code}")
        assert fold(family) in haystack


def test_typing_vietnamese_keeps_the_letters(page):
    page.search.setFocus()
    type_text(page.search, "Nguyễn Thị Ánh")
    assert page.search.text() == "Nguyễn Thị Ánh"
    page.apply_filters()
    assert page.model.query.text == "Nguyễn Thị Ánh"


def test_scanning_a_dossier_code_opens_it(qtbot, page):
    code = next(r.row.code for r in all_rows(page.model) if r.row.code)
    page.search.setFocus()
    with qtbot.waitSignal(page.detail_opened, timeout=5000) as opened:
        type_text(page.search, code)
        press_enter(page.search)
    dialog = opened.args[0]
    assert dialog.detail.code == code
    assert code in dialog.windowTitle()
    dialog.close()


def test_a_scan_while_the_table_has_focus_still_opens_the_dossier(qtbot, page):
    code = next(r.row.code for r in all_rows(page.model) if r.row.code)
    type_text(page.search, "tìm cũ")
    QApplication.sendEvent(page.table, QFocusEvent(QEvent.Type.FocusIn))
    page.table.selectRow(3)
    with qtbot.waitSignal(page.detail_opened, timeout=5000) as opened:
        type_text(page.table, code)  # the first letter moves the typing to the search box
        press_enter(page.search)
    assert page.search.text() == code
    assert opened.args[0].detail.code == code
    opened.args[0].close()


def test_double_click_opens_the_dossier(qtbot, page):
    index = page.model.index(2, 0)
    expected = page.model.data(index, ROW_ROLE).row.code
    with qtbot.waitSignal(page.detail_opened, timeout=5000) as opened:
        page.table.doubleClicked.emit(index)
    assert opened.args[0].detail.code == expected
    opened.args[0].close()


def test_sorting_by_due_time_is_done_by_the_database(page):
    page._on_header_section_clicked(4)
    assert page.model.query.order == "due_asc"
    due = [r.row.due_at for r in all_rows(page.model) if r.row.due_at is not None]
    assert due == sorted(due)


def test_remaining_working_time_and_urgency(services):
    row = services.dossiers.page(
        __import__("cchc_desktop.services.dossiers", fromlist=["DossierFilter"])
        .DossierFilter(statuses=(4,)), limit=1)[0]
    calendar = services.calendar
    before = describe(row, calendar, row.received_at)
    assert before.urgency in ("ok", "due_soon")
    assert before.remaining > timedelta(0)
    assert before.remaining_label.startswith("còn")
    late = describe(row, calendar, row.due_at + timedelta(days=3))
    assert late.urgency == "overdue" and late.remaining < timedelta(0)
    assert late.remaining_label.startswith("quá hạn")
    assert describe(row, calendar, row.due_at).remaining_label == "đến hạn"
    model = DossierTableModel(InlineTaskRunner(),
                              clock=lambda: datetime(2100, 1, 4, 9, 0))
    model.set_services(services)
    model.set_query(ListQuery(statuses=(4,)))
    first = model.index(0, 6)
    assert model.data(first, Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"


def test_the_remaining_time_follows_the_services_clock(services):
    """The list, the deadlines page and the detail dialog read one clock: the services'."""
    row = services.dossiers.page(
        __import__("cchc_desktop.services.dossiers", fromlist=["DossierFilter"])
        .DossierFilter(statuses=(4,)), limit=1)[0]
    model = DossierTableModel(InlineTaskRunner())
    original = services.clock
    services.clock = lambda: row.due_at + timedelta(days=2)
    try:
        model.set_services(services)
        model.set_query(ListQuery(statuses=(4,), text=row.code))
        assert model.rowCount() == 1
        label = model.data(model.index(0, 6), Qt.ItemDataRole.DisplayRole)
        assert label.startswith("quá hạn"), label
        services.clock = lambda: row.received_at
        model.set_services(services)
        assert model.data(model.index(0, 6), Qt.ItemDataRole.DisplayRole).startswith("còn")
    finally:
        services.clock = original
