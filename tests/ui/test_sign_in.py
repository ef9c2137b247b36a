"""First administrator, login, screen lock and sign-out against a real SQLite database."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from cchc_desktop.paths import resolve_paths
from cchc_desktop.services.context import open_services
from cchc_desktop.ui.dialogs.sign_in import FirstAdminDialog, LockDialog, LoginDialog
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.preferences import preferences_file
from cchc_desktop.ui.session import SignInFlow
from cchc_desktop.ui.tasks import InlineTaskRunner

NOW = datetime(2026, 11, 20, 9, 30)


def type_text(widget, text):
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def press(widget, key):
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


@pytest.fixture(autouse=True)
def _close_windows(qapp):
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()


@pytest.fixture(scope="module")
def demo_services(tmp_path_factory):
    paths = resolve_paths(tmp_path_factory.mktemp("demo")).ensure()
    services = open_services(paths, demo_if_empty=True, demo_dossiers=0)
    services.clock = lambda: NOW
    yield services
    services.close()


@pytest.fixture
def empty_services(tmp_path):
    paths = resolve_paths(tmp_path / "empty").ensure()
    services = open_services(paths)
    services.clock = lambda: NOW
    yield services
    services.close()


def make_flow(qtbot, tmp_path, services):
    paths = resolve_paths(tmp_path / "ui").ensure()
    tasks = InlineTaskRunner()
    context = PageContext(tasks=tasks, paths=paths, preferences_path=preferences_file(paths.data),
                          database_path=paths.database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    flow = SignInFlow(window, tasks, services, office_name="UBND xã Tân Thành")
    flow.signed_in.connect(window.set_user)
    flow.signed_out.connect(lambda: window.set_user(None))
    window.lock_requested.connect(flow.lock)
    window.sign_out_requested.connect(flow.sign_out)
    services.current_user = None
    flow.start()
    return window, flow


def test_first_run_creates_the_administrator(qtbot, tmp_path, empty_services):
    window, flow = make_flow(qtbot, tmp_path, empty_services)
    dialog = flow.dialog
    assert isinstance(dialog, FirstAdminDialog) and dialog.isVisible()
    type_text(dialog.username, "quantri")
    type_text(dialog.full_name, "Nguyễn Văn Quản")
    type_text(dialog.job_title, "Quản trị hệ thống")
    type_text(dialog.password, "mat-khau-dai")
    type_text(dialog.confirm, "mat-khau-khac")
    press(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.error.text() == "Hai lần nhập mật khẩu không giống nhau."
    assert flow.user is None
    dialog.confirm.clear()
    type_text(dialog.confirm, "mat-khau-dai")
    with qtbot.waitSignal(flow.signed_in, timeout=5000) as signed:
        press(dialog.confirm, Qt.Key.Key_Return)
    user = signed.args[0]
    assert user.username == "quantri" and user.full_name == "Nguyễn Văn Quản"
    assert user.role.value == "admin"
    assert empty_services.current_user == user
    assert "Nguyễn Văn Quản" in window.officer_label.text()
    assert flow.dialog is None


def test_a_short_password_is_refused_by_the_service(qtbot, tmp_path, empty_services):
    _window, flow = make_flow(qtbot, tmp_path, empty_services)
    dialog = flow.dialog
    type_text(dialog.username, "quantri")
    type_text(dialog.full_name, "Lê Văn Quản")
    type_text(dialog.password, "ngan")
    type_text(dialog.confirm, "ngan")
    dialog.submit_button.click()
    assert "ít nhất" in dialog.error.text()
    assert dialog.password.isEnabled()
    assert flow.user is None


def test_login_with_wrong_then_right_password(qtbot, tmp_path, demo_services):
    window, flow = make_flow(qtbot, tmp_path, demo_services)
    dialog = flow.dialog
    assert isinstance(dialog, LoginDialog)
    type_text(dialog.username, "canbo")
    press(dialog.username, Qt.Key.Key_Return)  # Enter moves to the password
    assert dialog.focusWidget() is dialog.password
    type_text(dialog.password, "sai-mat-khau")
    press(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert flow.user is None and window.user is None
    dialog.password.clear()
    type_text(dialog.password, "canbo123")
    with qtbot.waitSignal(flow.signed_in, timeout=5000):
        press(dialog.password, Qt.Key.Key_Return)
    assert demo_services.current_user.username == "canbo"
    assert window.officer_label.text().startswith("Cán bộ: ")
    assert window.lock_action.isEnabled()


def test_escape_does_not_dismiss_the_login(qtbot, tmp_path, demo_services):
    _window, flow = make_flow(qtbot, tmp_path, demo_services)
    dialog = flow.dialog
    press(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()


def sign_in(qtbot, flow, username="canbo", password="canbo123"):
    dialog = flow.dialog
    type_text(dialog.username, username)
    type_text(dialog.password, password)
    with qtbot.waitSignal(flow.signed_in, timeout=5000):
        dialog.submit_button.click()


def test_idle_time_locks_the_screen_and_the_password_unlocks_it(qtbot, tmp_path,
                                                                  demo_services):
    window, flow = make_flow(qtbot, tmp_path, demo_services)
    assert flow.idle.timer.interval() == demo_services.settings.idle_lock_minutes * 60_000
    sign_in(qtbot, flow)
    # Any input restarts the countdown...
    flow.idle.set_minutes(1)
    flow.idle.start()
    before = flow.idle.restarts
    press(window, Qt.Key.Key_Shift)
    qtbot.mouseMove(window, window.rect().center())
    assert flow.idle.restarts >= before + 2
    assert flow.idle.timer.isActive() and flow.dialog is None
    # ...and without input the screen locks.
    flow.idle.set_minutes(0.001)  # 60 ms
    with qtbot.waitSignal(flow.locked, timeout=5000):
        flow.idle.start()
    lock = flow.dialog
    assert isinstance(lock, LockDialog) and lock.isVisible()
    assert "Nguyễn Thị Ngọc Ánh" in lock.intro.text()
    type_text(lock.password, "khong-dung")
    press(lock.password, Qt.Key.Key_Return)
    assert lock.error.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert flow.dialog is lock
    lock.password.clear()
    type_text(lock.password, "canbo123")
    press(lock.password, Qt.Key.Key_Return)
    assert flow.dialog is None
    assert demo_services.current_user.username == "canbo"


def test_ctrl_l_locks_and_another_user_can_sign_in(qtbot, tmp_path, demo_services):
    window, flow = make_flow(qtbot, tmp_path, demo_services)
    sign_in(qtbot, flow)
    window.activateWindow()  # what the window manager does when the dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock = flow.dialog
    assert isinstance(lock, LockDialog)
    lock.switch_button.click()
    assert isinstance(flow.dialog, LoginDialog)
    assert demo_services.current_user is None
    assert window.officer_label.text() == "Cán bộ: chưa đăng nhập"
    sign_in(qtbot, flow, "lanhdao", "lanhdao123")
    assert demo_services.current_user.username == "lanhdao"
