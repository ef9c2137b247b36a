"""The shell: navigation with shortcuts, honest placeholder pages, status bar, preferences."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from cchc_desktop.paths import resolve_paths
from cchc_desktop.ui.main_window import SHORTCUT_ROLE, BrokenPage, MainWindow, SyncSummary
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.pages.placeholder import PlaceholderPage
from cchc_desktop.ui.pages.registry import PAGES, PageSpec, resolve_page_class
from cchc_desktop.ui.pages.sync_placeholder import SyncPlaceholderPage
from cchc_desktop.ui.preferences import load_preferences, preferences_file
from cchc_desktop.ui.tasks import InlineTaskRunner

NAV_TITLES = ["Tiếp nhận", "Hồ sơ", "Đến hạn / Quá hạn", "Trả kết quả", "Báo cáo", "Đồng bộ",
              "Cài đặt"]


@dataclass(frozen=True)
class Office:
    """Shaped like services' OfficeInfo (name, agency_code, place_name, governing_body)."""

    name: str
    agency_code: str
    place_name: str = "Tân Thành"
    governing_body: str = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"


@pytest.fixture
def context(tmp_path):
    paths = resolve_paths(tmp_path / "data").ensure()
    return PageContext(tasks=InlineTaskRunner(), paths=paths,
                       preferences_path=preferences_file(paths.data),
                       database_path=paths.database)


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    from cchc_desktop.services.context import open_services

    paths = resolve_paths(tmp_path_factory.mktemp("office")).ensure()
    svc = open_services(paths, demo_if_empty=True, demo_dossiers=0)
    yield svc
    svc.close()


@pytest.fixture(autouse=True)
def _close_windows(qapp):
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()


@pytest.fixture
def window(qtbot, context):
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    return win


def test_navigation_lists_the_seven_pages_in_vietnamese_with_shortcuts(window):
    nav = window.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == NAV_TITLES
    assert [nav.item(i).data(SHORTCUT_ROLE) for i in range(nav.count())] == [
        f"Ctrl+{n}" for n in range(1, 8)]
    go_menu = next(a.menu() for a in window.menuBar().actions() if "hướng" in a.text())
    assert [a.text() for a in go_menu.actions()] == NAV_TITLES
    assert [a.shortcut().toString() for a in go_menu.actions()] == [
        f"Ctrl+{n}" for n in range(1, 8)]


def test_keyboard_shortcuts_switch_pages(qtbot, window):
    assert window.current_key() == "reception"
    for number, spec in enumerate(PAGES, start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == spec.key
        assert window.stack.currentWidget() is window.page(spec.key)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().objectName() == "page_dossiers"


def test_clicking_the_navigation_shows_the_page(qtbot, window):
    nav = window.navigation
    rect = nav.visualItemRect(nav.item(4))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "reports"


@pytest.mark.parametrize("page_class", [SyncPlaceholderPage])
def test_placeholder_pages_say_plainly_they_do_not_work_yet(qtbot, context, page_class):
    page = page_class(context)
    qtbot.addWidget(page)
    assert isinstance(page, PlaceholderPage)
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "đang được xây dựng và chưa sử dụng được" in texts
    assert page.heading() in texts and all(item in texts for item in page.planned())
    # Nothing that could look as if it worked: no buttons, no input fields.
    assert page.findChildren(QAbstractButton) == []
    assert page.findChildren(QLineEdit) == []


def test_every_registered_page_opens(window):
    for spec in PAGES:
        window.show_page(spec.key)
        assert not isinstance(window.page(spec.key), BrokenPage), spec.key


def test_pages_without_their_module_yet_fall_back_to_placeholders(window):
    # The sync page is written by another engineer; until its module lands the
    # placeholder stands in. Either way the entry opens a real widget.
    window.show_page("sync")
    page = window.page("sync")
    assert not isinstance(page, BrokenPage)
    assert page.objectName() == "page_sync"


def test_pages_are_built_lazily(qtbot, context):
    win = MainWindow(context)
    qtbot.addWidget(win)
    assert win.built_pages() == {}  # not even the start page before the first paint
    win.show()
    first = win.specs[0].key
    qtbot.waitUntil(lambda: first in win.built_pages(), timeout=3000)
    window = win
    assert set(window.built_pages()) == {first}
    window.show_page("settings")
    assert set(window.built_pages()) == {first, "settings"}


def test_status_bar_before_and_after_the_services(window, services):
    assert window.office_label.text() == "Đang mở cơ sở dữ liệu…"
    assert window.officer_label.text() == "Cán bộ: chưa đăng nhập"
    assert window.sync_label.text().startswith("Đồng bộ")
    window.show_page("dossiers")
    office = services.office_info()
    window.set_services(services, office)
    assert window.office_label.text() == f"{office.name} ({office.agency_code})"
    assert window.page("dossiers").services is services
    window.show_page("reports")  # built after the services arrived
    assert window.page("reports").services is services
    # The sync state comes from the real outbox and enrolment records.
    assert window.sync_label.text() == "Đồng bộ: chưa đăng ký với máy chủ tỉnh"
    window.set_services(services, Office("UBND xã Tân Thành", ""))
    assert window.office_label.text() == "UBND xã Tân Thành"


def test_sync_state_wording(window):
    window.show_sync_summary(SyncSummary(True, 3, "2026-11-20T10:00:00", None))
    assert window.sync_label.text() == "Đồng bộ: 3 mục chờ gửi"
    assert "2026-11-20T10:00:00" in window.sync_label.toolTip()
    window.show_sync_summary(SyncSummary(True, 0, None, None))
    assert window.sync_label.text() == "Đồng bộ: đã gửi hết"
    window.show_sync_summary(SyncSummary(True, 5, None, "thiết bị bị thu hồi"))
    assert window.sync_label.text() == "Đồng bộ: đã dừng (thiết bị bị thu hồi)"


def test_database_failure_is_shown_not_hidden(qtbot, window):
    window.show_services_error(RuntimeError("tệp bị khoá"))
    assert window.office_label.text() == "Không mở được cơ sở dữ liệu"
    box = window.services_error_box
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert box.informativeText() == "tệp bị khoá"
    assert "RuntimeError" in box.detailedText()
    box.close()


def test_language_menu_saves_the_preference(window, context):
    assert load_preferences(context.preferences_path).language == "vi"
    window.language_actions["en"].trigger()
    assert load_preferences(context.preferences_path).language == "en"
    assert "mở lại chương trình" in window.statusBar().currentMessage()


def test_settings_page_language_box_saves_and_updates_the_menu(window, context):
    window.show_page("settings")
    page = window.page("settings")
    page.select_language("en")
    assert load_preferences(context.preferences_path).language == "en"
    assert window.language_actions["en"].isChecked()
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert str(context.database_path) in texts


def test_settings_page_hosts_the_administration_panels(window, services):
    window.show_page("settings")
    page = window.page("settings")
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Máy này", "Cơ quan", "Lịch làm việc", "Danh mục thủ tục", "Tài khoản",
                    "Nhật ký kiểm tra"]
    window.set_services(services, services.office_info())
    office_panel = page.panels[0]
    assert office_panel.services is services
    assert office_panel.fields["office_name"].text() == services.settings.office_name


def test_geometry_is_remembered_in_qsettings(qtbot, context, tmp_path):
    ini = str(tmp_path / "window.ini")
    first = MainWindow(context, geometry=QSettings(ini, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.resize(700, 520)
    first.show()
    first.close()
    second = MainWindow(context, geometry=QSettings(ini, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_first_paint_is_signalled_once(qtbot, context):
    win = MainWindow(context)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.first_painted, timeout=3000):
        win.show()
    painted = []
    win.first_painted.connect(lambda: painted.append(1))
    win.update()
    qtbot.wait(50)
    assert painted == []


def test_a_page_that_fails_to_build_shows_the_error(qtbot, context):
    specs = (*PAGES[:1], PageSpec("broken", "Hỏng", "cchc_desktop.ui.pages.base:NoSuchPage"))
    win = MainWindow(context, pages=specs)
    qtbot.addWidget(win)
    win.show_page("broken")
    assert isinstance(win.page("broken"), BrokenPage)


def test_registry_uses_the_fallback_only_when_the_module_is_absent():
    missing = PageSpec("x", "X", "cchc_desktop.ui.pages.no_such_module:Page",
                       fallback="cchc_desktop.ui.pages.reports:ReportsPage")
    assert resolve_page_class(missing).__name__ == "ReportsPage"
    broken = PageSpec("y", "Y", "no_such_package.module:Page",
                      fallback="cchc_desktop.ui.pages.reports:ReportsPage")
    with pytest.raises(ModuleNotFoundError):
        resolve_page_class(broken)


def test_file_menu_opens_the_issued_papers_from_any_page(window, services):
    window.set_services(services, services.office_info())
    assert not window.papers_action.isEnabled()  # nobody signed in
    from datetime import datetime

    from cchc_desktop.services.users import authenticate

    services.current_user = authenticate(services.db, "lanhdao", "lanhdao123",
                                         now=datetime.now())
    window.set_user(services.current_user)
    window.show_page("dossiers")
    assert window.papers_action.isEnabled()
    window.papers_action.trigger()
    assert window.current_key() == "reception"
    dialog = window.page("reception").papers_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Sổ theo dõi và giấy tờ đã phát hành"
    services.current_user = None
