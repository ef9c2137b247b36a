"""The Hồ sơ page's filters, driven through the real widgets over a real SQLite file.

The demo office with realistic dossiers (one officer) plus a few dossiers received by the
supervisor on known days, and a fixed clock. Each filter is checked against a plain SQL
query of the test's own, and the list must stay lazy (only the first page loaded).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cchc_desktop.paths import AppPaths
from cchc_desktop.services.catalogue import list_procedures
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.pages.dossiers import DossiersPage, preset_range
from cchc_desktop.ui.preferences import preferences_file
from cchc_desktop.ui.tasks import InlineTaskRunner

NOW = datetime(2025, 3, 5, 10, 0)  # a Wednesday
PAGE = 20  # small pages, so "lazy" is visible with a few hundred dossiers
# (procedure, received) of the dossiers the supervisor receives herself
BOSS_DOSSIERS = (("1.000656", datetime(2025, 3, 3, 9, 0)),   # Đăng ký khai tử, Monday
                 ("1.000656", datetime(2025, 3, 5, 8, 30)),  # today
                 ("1.004873", datetime(2025, 2, 10, 14, 0)))


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    paths = AppPaths(tmp_path_factory.mktemp("filters") / "data").ensure()
    db = open_database(paths.database)
    install_demo(db, dossiers=400, now=NOW)
    services = Services(paths, db, clock=lambda: NOW)
    boss = authenticate(db, "lanhdao", "lanhdao123", now=NOW)
    for code, received in BOSS_DOSSIERS:
        proc = services.dossiers.intake_procedure(code)
        services.dossiers.accept(IntakeInput(
            procedure_code=code,
            applicant=ApplicantInput(kind=1, name="Hoàng Thị Thu Hà", id_number="068185012345",
                                     date_of_birth=date(1985, 6, 1), sex="Nữ"),
            components=tuple(ComponentInput(c.id, originals=1) for c in proc.components)),
            user=boss, now=received)
    yield services, boss
    services.close()


@pytest.fixture
def page(qtbot, office, tmp_path):
    services, _boss = office
    paths = AppPaths(tmp_path / "ui").ensure()
    context = PageContext(tasks=InlineTaskRunner(), paths=paths,
                          preferences_path=preferences_file(paths.data),
                          database_path=paths.database)
    widget = DossiersPage(context)
    widget.model.page_size = PAGE
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    widget.activateWindow()
    QTest.qWaitForWindowActive(widget)
    widget.set_services(services)
    return widget


def expected_ids(services, *conditions) -> set[int]:
    """The test's own SQL: ids of the dossiers matching ``conditions``."""
    with services.db.session() as s:
        return set(s.execute(select(m.Dossier.id).where(*conditions)).scalars())


def received_between(start: date, end: date):
    return (m.Dossier.received_at >= datetime.combine(start, time()),
            m.Dossier.received_at < datetime.combine(end + timedelta(days=1), time()))


def shown_ids(page) -> set[int]:
    model = page.model
    return {model.list_row(r).row.id for r in range(model.rowCount())}


def type_text(widget, text):
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def key(widget, k, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(widget, k, modifiers)


def choose(box, data):
    index = next((i for i in range(box.count()) if box.itemData(i) == data), -1)
    assert index >= 0, data
    box.setCurrentIndex(index)


def type_date(edit, day: date):
    """From the day, type dd/MM/yyyy with its slashes, then Enter (as an officer would)."""
    edit.setFocus()
    edit.setSelectedSection(edit.Section.DaySection)
    QTest.keyClicks(edit, day.strftime("%d/%m/%Y"))
    key(edit, Qt.Key.Key_Return)


def test_sector_narrows_the_rows_and_the_procedures_offered(page, office):
    services, _ = office
    total = page.model.rowCount()
    assert page.count_label.text() == f"{total} hồ sơ" and total > PAGE
    sectors = {r.sector_code: r.sector_name for r in list_procedures(services.db,
                                                                      active_only=False)}
    assert page.sector_box.count() == len(sectors) + 1
    assert page.officer_box.count() == 1 + 3  # all, then the office's three accounts
    busiest = max(sectors, key=lambda code: len(expected_ids(services,
                                                            m.Dossier.sector_code == code)))
    page.sector_box.setFocus()
    choose(page.sector_box, busiest)
    want = expected_ids(services, m.Dossier.sector_code == busiest)
    assert 0 < len(want) < total
    assert page.model.rowCount() == len(want)
    assert page.model.loaded_pages() == [0]  # still lazy: the filter went into the SQL
    assert page.model.query.sector_code == busiest
    assert shown_ids(page) == want
    assert page.count_label.text() == f"{len(want)} hồ sơ"
    assert page.summary_label.text() == f"Đang lọc: lĩnh vực {sectors[busiest]}"
    offered = {r.code for r in page.procedure_box.rows()}
    assert offered == {r.code for r in list_procedures(services.db, active_only=False)
                       if r.sector_code == busiest}
    assert page.clear_button.isEnabled()


def test_procedure_is_found_without_diacritics_by_keyboard(page, office):
    services, _ = office
    key(page, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Alt+U: the procedure box
    assert QApplication.focusWidget() is page.procedure_box
    type_text(QApplication.focusWidget(), "DANG KY KHAI TU")  # đ typed as d, capitals
    popup = page.procedure_box.finder.popup()
    assert popup.isVisible()
    assert page.procedure_box.matches.item(0).text() == "1.000656 — Thủ tục đăng ký khai tử"
    key(QApplication.activePopupWidget(), Qt.Key.Key_Return)
    assert page.procedure_box.code() == "1.000656"
    assert page.procedure_box.lineEdit().text() == "1.000656 — Thủ tục đăng ký khai tử"
    want = expected_ids(services, m.Dossier.procedure_code == "1.000656")
    assert len(want) >= 2 and shown_ids(page) == want
    assert page.summary_label.text() == "Đang lọc: thủ tục 1.000656"


def test_procedure_text_without_popup_and_text_matching_nothing(page, office):
    services, _ = office
    box = page.procedure_box
    box.setFocus()
    box.lineEdit().setText("xac nhan tinh trang hon nhan")  # pasted: no popup
    key(box, Qt.Key.Key_Return)  # the best match is taken, visibly
    assert box.code() == "1.004873"
    assert box.lineEdit().text().startswith("1.004873 — ")
    assert shown_ids(page) == expected_ids(services, m.Dossier.procedure_code == "1.004873")
    box.lineEdit().setText("giay phep xay dung sieu thi")
    key(box, Qt.Key.Key_Return)
    assert page.filter_message.isVisible()
    assert page.filter_message.text() == ("Không có thủ tục nào khớp "
                                          "“giay phep xay dung sieu thi”.")
    assert box.code() == "1.004873"  # the previous choice is kept and shown again
    assert box.lineEdit().text().startswith("1.004873 — ")
    # An empty box means every procedure.
    box.lineEdit().clear()
    key(box, Qt.Key.Key_Return)
    assert box.code() == "" and box.currentText() == "Tất cả thủ tục"
    assert page.model.rowCount() == len(expected_ids(services))


def test_choosing_another_sector_drops_a_procedure_of_the_first(page, office):
    services, _ = office
    page.procedure_box.choose("1.000656")
    proc_sector = next(r.sector_code for r in page.procedure_box.rows() if r.code == "1.000656")
    other = next(page.sector_box.itemData(i) for i in range(1, page.sector_box.count())
                 if page.sector_box.itemData(i) != proc_sector)
    choose(page.sector_box, proc_sector)
    assert page.procedure_box.code() == "1.000656"  # same sector: kept
    choose(page.sector_box, other)
    assert page.procedure_box.code() == ""
    assert "1.000656" not in {r.code for r in page.procedure_box.rows()}
    assert shown_ids(page) == expected_ids(services, m.Dossier.sector_code == other)
    # In a sector the box searches only that sector's procedures.
    page.procedure_box.lineEdit().setText("khai tu")
    key(page.procedure_box, Qt.Key.Key_Return)
    assert page.filter_message.text() == ("Không có thủ tục nào khớp “khai tu” trong lĩnh "
                                          "vực đã chọn.")


def test_officer_filter(page, office):
    services, boss = office
    page.officer_box.setFocus()
    choose(page.officer_box, boss.id)
    assert page.officer_box.currentText() == f"{boss.full_name} (lanhdao)"
    want = expected_ids(services, m.Dossier.officer_id == boss.id)
    assert len(want) == len(BOSS_DOSSIERS)
    assert shown_ids(page) == want
    assert page.summary_label.text() == f"Đang lọc: cán bộ {boss.full_name} (lanhdao)"


def test_date_presets_use_the_office_clock(page, office):
    services, _ = office
    assert not page.from_edit.isEnabled() and page.from_edit.text() == "—"
    choose(page.preset_box, "today")
    assert page.from_edit.isEnabled()
    assert (page.from_edit.text(), page.to_edit.text()) == ("05/03/2025", "05/03/2025")
    assert shown_ids(page) == expected_ids(services, *received_between(NOW.date(), NOW.date()))
    assert page.summary_label.text() == "Đang lọc: nhận ngày 05/03/2025"
    choose(page.preset_box, "this_week")
    assert (page.from_edit.text(), page.to_edit.text()) == ("03/03/2025", "05/03/2025")
    week = expected_ids(services, *received_between(date(2025, 3, 3), NOW.date()))
    assert shown_ids(page) == week and len(week) >= 2
    choose(page.preset_box, "last_month")
    assert (page.from_edit.text(), page.to_edit.text()) == ("01/02/2025", "28/02/2025")
    assert shown_ids(page) == expected_ids(services, *received_between(date(2025, 2, 1),
                                                                       date(2025, 2, 28)))
    choose(page.preset_box, "all")
    assert page.from_edit.text() == "—" and not page.to_edit.isEnabled()
    assert page.model.rowCount() == len(expected_ids(services))


def test_preset_ranges():
    wednesday = date(2025, 3, 5)
    assert preset_range("yesterday", wednesday) == (date(2025, 3, 4),) * 2
    assert preset_range("this_month", wednesday) == (date(2025, 3, 1), wednesday)
    assert preset_range("last_month", date(2025, 1, 15)) == (date(2024, 12, 1),
                                                            date(2024, 12, 31))
    assert preset_range("this_year", wednesday) == (date(2025, 1, 1), wednesday)
    assert preset_range("this_week", date(2025, 3, 9)) == (date(2025, 3, 3), date(2025, 3, 9))
    assert preset_range("all", wednesday) == (None, None)


def test_typed_range_and_a_from_day_after_the_to_day(page, office):
    services, _ = office
    key(page, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Alt+K: the range box
    assert QApplication.focusWidget() is page.preset_box
    choose(page.preset_box, "custom")
    assert QApplication.focusWidget() is page.from_edit
    assert (page.from_edit.text(), page.to_edit.text()) == ("01/03/2025", "05/03/2025")
    type_date(page.from_edit, date(2025, 2, 3))
    type_date(page.to_edit, date(2025, 2, 14))
    assert page.model.query.received_from == date(2025, 2, 3)
    assert page.model.query.received_to == date(2025, 2, 14)
    good = expected_ids(services, *received_between(date(2025, 2, 3), date(2025, 2, 14)))
    assert shown_ids(page) == good
    assert page.summary_label.text() == "Đang lọc: nhận từ 03/02/2025 đến 14/02/2025"

    type_date(page.from_edit, date(2025, 2, 20))  # after the "to" day
    assert page.filter_message.isVisible()
    assert page.filter_message.text() == ("“Từ ngày” 20/02/2025 sau “Đến ngày” 14/02/2025: "
                                          "hãy sửa lại khoảng ngày. Danh sách vẫn theo bộ "
                                          "lọc trước.")
    assert page.from_edit.property("invalid") and page.to_edit.property("invalid")
    assert page.from_edit.text() == "20/02/2025"  # what was typed is kept
    assert shown_ids(page) == good  # the list was not silently changed
    assert page.model.query.received_from == date(2025, 2, 3)
    # Other filters are not applied over a wrong range either.
    choose(page.status_box, (10,))
    assert page.model.query.statuses == ()
    type_date(page.to_edit, date(2025, 2, 28))
    assert not page.filter_message.isVisible() and not page.from_edit.property("invalid")
    assert shown_ids(page) == expected_ids(
        services, m.Dossier.status == 10, *received_between(date(2025, 2, 20),
                                                            date(2025, 2, 28)))


def test_combined_filters_and_clearing(qtbot, page, office):
    services, boss = office
    total = page.model.rowCount()
    proc = next(r for r in page.procedure_box.rows() if r.code == "1.000656")
    choose(page.sector_box, proc.sector_code)
    page.procedure_box.choose("1.000656")
    choose(page.status_box, (2, 4, 5, 6, 7))  # Đang giải quyết
    choose(page.preset_box, "custom")
    type_date(page.from_edit, date(2025, 3, 1))
    mine = expected_ids(services, m.Dossier.procedure_code == "1.000656",
                        m.Dossier.status.in_((2, 4, 5, 6, 7)),
                        *received_between(date(2025, 3, 1), NOW.date()))
    assert shown_ids(page) == mine
    choose(page.officer_box, boss.id)
    both = expected_ids(services, m.Dossier.procedure_code == "1.000656",
                        m.Dossier.status.in_((2, 4, 5, 6, 7)), m.Dossier.officer_id == boss.id,
                        *received_between(date(2025, 3, 1), NOW.date()))
    assert len(both) == 2 and shown_ids(page) == both
    assert page.count_label.text() == "2 hồ sơ"
    summary = page.summary_label.text()
    assert summary.startswith("Đang lọc: Đang giải quyết; lĩnh vực ")
    assert summary.endswith(f"thủ tục 1.000656; cán bộ {boss.full_name} (lanhdao); "
                            "nhận từ 01/03/2025 đến 05/03/2025")
    page.search.setFocus()
    type_text(page.search, "Hoàng Thị Thu Hà")
    page.apply_filters()
    assert shown_ids(page) == both

    key(page, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Alt+O: Xoá lọc
    qtbot.waitUntil(lambda: page.model.rowCount() == total)  # a mnemonic clicks animated
    assert page.summary_label.text() == "" and not page.clear_button.isEnabled()
    assert page.search.text() == "" and page.search.hasFocus()
    assert (page.status_box.currentIndex(), page.sector_box.currentIndex(),
            page.officer_box.currentIndex(), page.preset_box.currentData()) == (0, 0, 0, "all")
    assert page.procedure_box.currentText() == "Tất cả thủ tục"
    assert len(page.procedure_box.rows()) == len(list_procedures(services.db,
                                                                 active_only=False))
    assert page.from_edit.date() == QDate(2000, 1, 1) and not page.from_edit.isEnabled()
    assert len(page.model.loaded_pages()) * PAGE < total / 4  # only the pages on screen


def test_tab_walks_the_filters_in_order(page):
    page.search.setFocus()
    order = [page.status_box, page.sector_box, page.procedure_box, page.officer_box,
             page.preset_box]
    for widget in order:
        key(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() in (widget, getattr(widget, "lineEdit",
                                                              lambda: None)())


def test_clicking_into_the_procedure_box_starts_a_new_search(qtbot, page, office):
    services, _ = office
    box = page.procedure_box
    QTest.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    assert box.lineEdit().text() == ""  # "Tất cả thủ tục" makes way for the placeholder
    assert box.lineEdit().placeholderText() == "Gõ tên hoặc mã thủ tục, không cần dấu…"
    type_text(box.lineEdit(), "chứng thực di chúc")  # with diacritics works too
    key(QApplication.activePopupWidget(), Qt.Key.Key_Return)
    chosen = box.code()
    assert box.lineEdit().text() == f"{chosen} — Chứng thực di chúc"
    # Clicking again selects the chosen text, so typing replaces it.
    page.search.setFocus()
    QTest.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.lineEdit().selectedText() == box.lineEdit().text())
    type_text(box.lineEdit(), "khai tu")
    key(QApplication.activePopupWidget(), Qt.Key.Key_Return)
    assert box.code() == "1.000656"
    # Leaving an untouched "all" box changes nothing.
    box.choose("")
    box.setFocus()
    page.officer_box.setFocus()
    assert box.currentText() == "Tất cả thủ tục" and page.model.query.procedure_code == ""
    assert page.model.rowCount() == len(expected_ids(services))
