"""The "Đến hạn / Quá hạn" page and the live list timers over a real SQLite office.

Real dates with a fake clock: now is Wednesday 05/03/2025 10:00 (working time).
Screenshots of the page and of the list with every timer state are written to
``$CCHC_SHOTS`` when set (to look at them), else to the test's temporary folder.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.models.dossier_table import ROW_ROLE, DossierTableModel
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.pages.deadlines import DeadlinesPage
from cchc_desktop.ui.preferences import preferences_file
from cchc_desktop.ui.tasks import InlineTaskRunner

NOW = datetime(2025, 3, 5, 10, 0)
UNIT = "Công chức Tư pháp - Hộ tịch"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The demo office installed once, with one dossier in every timer state."""
    path = tmp_path_factory.mktemp("template") / "cchc.db"
    db = open_database(path)
    install_demo(db, dossiers=0, now=datetime(2025, 2, 20, 8, 0))
    svc = Services(AppPaths(path.parent / "data").ensure(), db)
    officer = authenticate(db, "canbo", "canbo123", now=NOW)

    def accept(name, when, code="1.004873", transfer=True):
        proc = svc.dossiers.intake_procedure(code)
        d = svc.dossiers.accept(IntakeInput(
            procedure_code=code,
            applicant=ApplicantInput(name=name, id_number="068190012345", sex="Nữ",
                                     phone="0987654321"),
            components=tuple(ComponentInput(c.id, originals=1) for c in proc.components)),
            user=officer, now=when)
        if transfer:
            svc.dossiers.transfer(d.id, unit=UNIT, user=officer, now=when,
                                  allotted_hours=8)
        return d

    accept("Lê Văn Quá", datetime(2025, 2, 25, 8, 0))  # due Fri 28/02 08:00: overdue
    accept("Trần Thị Sắp", datetime(2025, 3, 3, 8, 0))  # due Thu 06/03 08:00: at risk
    accept("Phạm Hôm Nay", datetime(2025, 2, 28, 14, 0))  # due Wed 05/03 14:00: today
    accept("Ngô Trong Hạn", datetime(2025, 3, 5, 8, 0))  # due Mon 10/03 08:00: in time
    paused = accept("Đỗ Tạm Dừng", datetime(2025, 3, 4, 8, 0))
    svc.dossiers.request_supplement(paused.id, items=["Bản sao giấy khai sinh"],
                                    reason="Thiếu giấy tờ", user=officer,
                                    now=datetime(2025, 3, 4, 9, 0))
    returned = accept("Vũ Đã Xong", datetime(2025, 3, 3, 9, 0))
    svc.dossiers.mark_resolved(returned.id, user=officer, now=datetime(2025, 3, 4, 9, 0))
    db.close()
    return path


@pytest.fixture
def services(tmp_path, template):
    paths = AppPaths(tmp_path / "data").ensure()
    shutil.copyfile(template, paths.database)
    db = open_database(paths.database)
    svc = Services(paths, db, clock=Clock(NOW))
    svc.officer = authenticate(db, "canbo", "canbo123", now=NOW)
    svc.supervisor = authenticate(db, "lanhdao", "lanhdao123", now=NOW)
    svc.current_user = svc.officer
    yield svc
    svc.close()


@pytest.fixture
def page(qtbot, services, tmp_path):
    paths = AppPaths(tmp_path / "ui").ensure()
    context = PageContext(tasks=InlineTaskRunner(), paths=paths,
                          preferences_path=preferences_file(paths.data),
                          database_path=paths.database)
    widget = DeadlinesPage(context)
    qtbot.addWidget(widget)
    widget.resize(1180, 720)
    widget.show()
    widget.set_services(services)
    return widget


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("CCHC_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def names(page):
    return [page.proxy.data(page.proxy.index(r, 1)) for r in range(page.proxy.rowCount())]


def cell(page, name, column):
    row = names(page).index(name)
    return page.proxy.data(page.proxy.index(row, column))


def test_tiles_count_the_day_in_working_time(page):
    counts = {k: t.count for k, t in page.tiles.items()}
    assert counts == {"overdue": 1, "at_risk": 2, "due_today": 1, "due_tomorrow": 1,
                      "paused": 1, "apology_pending": 0}
    assert page.tiles["due_tomorrow"].label == "Đến hạn ngày làm việc tới (06/03)"
    assert page.tiles["overdue"].toolTip() == "Quá hạn: 1 (Alt+1)"
    assert page.tiles["overdue"].count_label.text() == "1"
    assert "5 hồ sơ đang giải quyết" in page.updated_label.text()

    assert names(page) == ["Lê Văn Quá"]  # the overdue tile is the first shown
    assert cell(page, "Lê Văn Quá", 5) == "Quá hạn"
    assert cell(page, "Lê Văn Quá", 6).startswith("quá hạn")
    page.tiles["paused"].click()
    assert names(page) == ["Đỗ Tạm Dừng"]
    assert cell(page, "Đỗ Tạm Dừng", 6) == "Tạm dừng (chờ bổ sung)"
    page.tiles["due_today"].click()
    assert names(page) == ["Phạm Hôm Nay"]
    assert cell(page, "Phạm Hôm Nay", 6) == "còn 2 giờ"  # lunch break excluded


def test_at_risk_list_sorts_by_remaining_time_and_shows_the_hint(page):
    page.show_kind("at_risk")
    assert names(page) == ["Phạm Hôm Nay", "Trần Thị Sắp"]  # 2 h, then 5 h left
    assert {cell(page, n, 5) for n in names(page)} == {"Sắp đến hạn"}
    page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["Trần Thị Sắp", "Phạm Hôm Nay"]
    assert not page.apology_button.isEnabled()  # nothing selected yet
    page.select_dossier(page.proxy.data(page.proxy.index(0, 0), ROW_ROLE).row.id)
    assert page.hint_label.text().startswith("Ước tính")
    assert "italic" in page.hint_label.styleSheet()
    assert page.apology_button.isEnabled()


def test_unit_lateness_is_for_the_supervisor(page, services):
    assert not page.units_box.isVisible()
    services.current_user = services.supervisor
    page.refresh()
    assert page.units_box.isVisible()
    units = [page.units_table.item(r, 0).text() for r in range(page.units_table.rowCount())]
    assert UNIT in units
    row = units.index(UNIT)
    # four transfers of 8 working hours started before Wednesday are open and overdue
    assert int(page.units_table.item(row, 5).text()) >= 3


def test_apology_from_the_page_moves_the_due_time_everywhere(qtbot, page, services):
    page.show_kind("at_risk")
    sap = next(page.proxy.data(page.proxy.index(r, 0), ROW_ROLE).row
               for r in range(page.proxy.rowCount())
               if page.proxy.data(page.proxy.index(r, 1)) == "Trần Thị Sắp")
    page.select_dossier(sap.id)
    with qtbot.waitSignal(page.apology_opened) as opened:
        page.apology_button.click()
    dialog = opened.args[0]
    dialog.reason_box.setCurrentIndex(1)
    dialog.submit_draft()
    dialog.close()
    assert page.tiles["apology_pending"].count == 1
    assert "phiếu chờ duyệt" in cell(page, "Trần Thị Sắp", 5)

    services.current_user = services.supervisor
    page.tiles["apology_pending"].click()
    assert names(page) == ["Trần Thị Sắp"]
    page.select_dossier(sap.id)
    with qtbot.waitSignal(page.apology_opened) as opened:
        page.open_apology()
    boss = opened.args[0]
    boss.approve()
    new_due = services.dossiers.detail(sap.id).timing.current_due
    assert new_due > sap.due_at
    boss.close()
    # the page: counts and lists use the new due time
    assert page.tiles["apology_pending"].count == 0
    page.show_kind("at_risk")
    assert names(page) == ["Phạm Hôm Nay"]
    # the detail dialog opened from the page shows the new due time
    page.show_kind("due_today")
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    services.clock.now = NOW
    page.select_dossier(sap.id)  # not in this tile any more
    assert page.selected_row().row.id != sap.id
    with qtbot.waitSignal(page.detail_opened) as shown:
        page._show_detail(services.dossiers.detail(sap.id))
    labels = [w.text() for w in shown.args[0].findChildren(type(page.list_title))]
    assert new_due.strftime("%d/%m/%Y %H:%M") in labels
    shown.args[0].close()


def test_page_tick_recomputes_only_rows_on_screen(page, services):
    page.show_kind("at_risk")
    before = cell(page, "Phạm Hôm Nay", 6)
    services.clock.now = NOW + timedelta(hours=1)
    page.tick()
    assert before == "còn 2 giờ" and cell(page, "Phạm Hôm Nay", 6) == "còn 1 giờ"
    header = page.table.horizontalHeader().height()
    page.table.setFixedHeight(header + 20)  # room for one row: the other is off screen
    QApplication.processEvents()
    assert page.table.viewport().height() < 26
    assert len(page.visible_source_rows()) == 1


def test_list_timers_tick_only_the_visible_rows(qtbot, services, shots):
    """The Hồ sơ list: every state readable (text, icon, colour), recomputed on a tick."""
    model = DossierTableModel(InlineTaskRunner(), page_size=50, clock=services.clock)
    model.timer.stop()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_services(services)
    model.timer.stop()
    view.resize(1100, 300)
    for column, width in enumerate((150, 130, 300, 118, 118, 150, 200)):
        view.setColumnWidth(column, width)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    texts = {model.list_row(r).row.applicant_name: model.data(model.index(r, 6))
             for r in range(model.rowCount())}
    assert texts["Lê Văn Quá"].startswith("quá hạn")
    assert texts["Đỗ Tạm Dừng"] == "Tạm dừng"
    assert texts["Ngô Trong Hạn"].startswith("còn 2 ngày")
    states = {model.list_row(r).state for r in range(model.rowCount())}
    assert states == {"overdue", "warning", "in_time", "paused", ""}
    for r in range(model.rowCount()):
        item = model.list_row(r)
        icon = model.data(model.index(r, 6), Qt.ItemDataRole.DecorationRole)
        assert (icon is not None) == bool(item.state)
        if item.state:
            assert item.state_label in model.data(model.index(r, 6),
                                                  Qt.ItemDataRole.ToolTipRole)
    assert view.grab().save(str(shots / "list-timer-states-bare.png"))

    services.clock.now = NOW + timedelta(hours=1)
    view.viewport().repaint()
    ticked = model.tick()
    assert ticked == list(range(model.rowCount()))  # all six rows are on screen
    row = next(r for r in range(model.rowCount())
               if model.list_row(r).row.applicant_name == "Phạm Hôm Nay")
    assert model.data(model.index(row, 6)) == "còn 1 giờ"

    view.setFixedHeight(70)  # the header and about one row
    QApplication.processEvents()
    model.tick()  # forgets the rows painted at the old height
    view.viewport().repaint()
    assert 0 < len(model.tick()) <= 2


def test_screenshot_of_the_page(page, services, shots):
    services.current_user = services.supervisor
    page.refresh()
    page.show_kind("at_risk")
    page.select_dossier(page.proxy.data(page.proxy.index(0, 0), ROW_ROLE).row.id)
    QApplication.processEvents()
    image = page.grab()
    assert image.save(str(shots / "deadlines-page.png"))
    assert image.width() >= 1100


def test_screenshot_of_the_dossier_list_with_every_timer_state(qtbot, services, shots,
                                                                tmp_path):
    from cchc_desktop.ui.pages.dossiers import DossiersPage

    paths = AppPaths(tmp_path / "ui").ensure()
    context = PageContext(tasks=InlineTaskRunner(), paths=paths,
                          preferences_path=preferences_file(paths.data),
                          database_path=paths.database)
    page = DossiersPage(context)
    qtbot.addWidget(page)
    page.model.clock = services.clock
    page.resize(1180, 420)
    page.show()
    page.set_services(services)
    QApplication.processEvents()
    shown = {page.model.data(page.model.index(r, 6)) for r in range(page.model.rowCount())}
    assert {"Tạm dừng", "còn 2 giờ"} <= shown
    assert page.grab().save(str(shots / "list-timer-states.png"))


def test_a_day_of_ticks_does_not_wear_out_the_interpreter(qtbot, page, services):
    """PySide6 6.12 on CPython 3.11 takes a reference to True on every Python emit; the
    live timers emit every tick all day, so they must give it back (else "bool_dealloc")."""
    import gc
    import sys

    from cchc_desktop.ui.models.dossier_table import warning_window

    page.show_kind("at_risk")
    model = DossierTableModel(InlineTaskRunner(), clock=services.clock)
    model.set_services(services)
    model.timer.stop()
    rows = page.visible_source_rows()
    assert rows
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(1500):  # more than a working day of 30-second ticks
        page.model.refresh_rows(rows, services.calendar, NOW, warning_window(services))
        model.data(model.index(0, 6))
        assert model.tick() == [0]
    gc.collect()
    assert sys.getrefcount(True) >= before - 20


def test_past_due_on_the_weekend_reads_overdue_not_due(services):
    from cchc_desktop.services.dossiers import DossierRow
    from cchc_desktop.ui.models.dossier_table import describe

    row = DossierRow(1, "X", "A", "1.004873", "T", datetime(2025, 3, 4, 17, 0),
                     datetime(2025, 3, 7, 17, 0), 4, False, False, None, None, UNIT)
    saturday = describe(row, services.calendar, datetime(2025, 3, 8, 10, 0))
    assert (saturday.state, saturday.remaining_label) == ("overdue", "vừa quá hạn")
    monday = describe(row, services.calendar, datetime(2025, 3, 10, 9, 0))
    assert monday.remaining_label.startswith("quá hạn ")


def test_page_loads_through_the_database_thread(qtbot, services, tmp_path):
    from cchc_desktop.ui.tasks import ThreadTaskRunner

    tasks = ThreadTaskRunner()
    try:
        paths = AppPaths(tmp_path / "ui").ensure()
        context = PageContext(tasks=tasks, paths=paths,
                              preferences_path=preferences_file(paths.data),
                              database_path=paths.database)
        widget = DeadlinesPage(context)
        qtbot.addWidget(widget)
        widget.show()
        with qtbot.waitSignal(widget.list_loaded, timeout=10000):
            widget.set_services(services)
        qtbot.waitUntil(lambda: widget.tiles["overdue"].count == 1, timeout=10000)
        assert names(widget) == ["Lê Văn Quá"]
        widget.show_kind("paused")  # answered later; an older answer would be dropped
        widget.show_kind("due_today")
        qtbot.waitUntil(lambda: names(widget) == ["Phạm Hôm Nay"], timeout=10000)
        assert widget.list_title.text() == "Đến hạn hôm nay"
    finally:
        tasks.shutdown()
