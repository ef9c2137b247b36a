"""Who is working: first-run administrator, login, sign-out and the idle screen lock.

``SignInFlow`` starts once the services are ready. On a database without accounts it
asks for the first administrator; otherwise it shows the login dialog. Passwords are
checked by ``services.users`` in the database lane (scrypt takes tens of
milliseconds; the UI stays responsive). After ``idle_lock_minutes`` without keyboard
or mouse input (office setting) the screen locks; the same user's password unlocks it,
or another user signs in.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from cchc_desktop.ui.dialogs.sign_in import FirstAdminDialog, LockDialog, LoginDialog
from cchc_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
}


# -- work done in the database lane (plain values in and out) --------------------------------
def read_sign_in_state(services: Any) -> tuple[bool, int]:
    """(no account exists yet, idle lock minutes)."""
    from cchc_desktop.services.users import needs_first_admin

    return needs_first_admin(services.db), int(services.settings.idle_lock_minutes)


def create_first_admin(services: Any, fields: dict[str, str]) -> Any:
    from cchc_desktop.domain.dossier import Role
    from cchc_desktop.services.users import create_user

    return create_user(services.db, username=fields["username"],
                       full_name=fields["full_name"], title=fields["title"],
                       password=fields["password"], role=Role.ADMIN, by=None,
                       now=services.clock())


def check_password(services: Any, username: str, password: str) -> Any:
    from cchc_desktop.services.users import authenticate

    settings = services.settings
    return authenticate(services.db, username, password, now=services.clock(),
                        max_failures=settings.max_failed_logins,
                        lockout=timedelta(minutes=settings.lockout_minutes))


def _message(exc: BaseException) -> str:
    message = getattr(exc, "message", None)
    if message:
        return message
    log.error("Sign-in failed unexpectedly", exc_info=exc)
    return QApplication.translate("SignInFlow", "Không kiểm tra được tài khoản: %1").replace(
        "%1", str(exc) or type(exc).__name__)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse input in the application."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.restarts = 0  # input events that restarted the countdown
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # restart the countdown
            self.restarts += 1
        return False


class SignInFlow(QObject):
    """Drives the dialogs; sets ``services.current_user`` and tells the window."""

    signed_in = Signal(object)
    signed_out = Signal()
    locked = Signal()

    def __init__(self, window: QWidget, tasks: TaskRunner, services: Any, *,
                 office_name: str = "") -> None:
        super().__init__(window)
        self.window = window
        self.tasks = tasks
        self.services = services
        self.office_name = office_name
        self.user: Any = None
        self.dialog: QWidget | None = None
        self.idle = IdleWatcher(10, self)
        self.idle.idle.connect(self.lock)

    # -- start ----------------------------------------------------------------------------
    def start(self) -> None:
        self.tasks.run_db(read_sign_in_state, self.services, on_done=self._on_state,
                          on_error=lambda exc: self._fail(exc))

    def _on_state(self, state: tuple[bool, int]) -> None:
        needs_admin, idle_minutes = state
        self.idle.set_minutes(idle_minutes)
        if needs_admin:
            self._show(self._first_admin_dialog())
        else:
            self._show(self._login_dialog())

    def _fail(self, exc: BaseException) -> None:
        if self.dialog is not None and hasattr(self.dialog, "show_error"):
            self.dialog.show_error(_message(exc))
        else:
            log.error("Could not read the sign-in state", exc_info=exc)

    # -- dialogs ------------------------------------------------------------------------------
    def _show(self, dialog: QWidget) -> None:
        self._close_dialog()
        self.dialog = dialog
        dialog.quit_requested.connect(self.window.close)
        dialog.open()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.done(0)
            self.dialog.deleteLater()
            self.dialog = None

    def _login_dialog(self) -> LoginDialog:
        dialog = LoginDialog(self.office_name, self.window)
        dialog.submitted.connect(self._on_login_submitted)
        return dialog

    def _first_admin_dialog(self) -> FirstAdminDialog:
        dialog = FirstAdminDialog(self.window)
        dialog.submitted.connect(self._on_first_admin_submitted)
        return dialog

    @Slot(str, str)
    def _on_login_submitted(self, username: str, password: str) -> None:
        dialog = self.dialog
        self.tasks.run_db(check_password, self.services, username, password,
                          on_done=self._signed_in,
                          on_error=lambda exc: dialog.show_error(_message(exc)))

    @Slot(dict)
    def _on_first_admin_submitted(self, fields: dict) -> None:
        dialog = self.dialog
        self.tasks.run_db(
            create_first_admin, self.services, fields, on_done=self._signed_in,
            on_error=lambda exc: dialog.show_error(
                _message(exc), getattr(exc, "details", {}).get("field")),
        )

    def _signed_in(self, user: Any) -> None:
        self._close_dialog()
        self.user = user
        self.services.current_user = user
        log.info("Signed in: %s", user.username)
        self.idle.start()
        self.signed_in.emit(user)

    # -- lock and sign-out ----------------------------------------------------------------------
    @Slot()
    def lock(self) -> None:
        if self.user is None or isinstance(self.dialog, LockDialog):
            return
        self.idle.stop()
        dialog = LockDialog(self.user.full_name, self.user.username, self.window)
        dialog.unlock_requested.connect(self._on_unlock_requested)
        dialog.switch_user_requested.connect(self.sign_out)
        self._show(dialog)
        log.info("Screen locked for %s", self.user.username)
        self.locked.emit()

    @Slot(str)
    def _on_unlock_requested(self, password: str) -> None:
        dialog = self.dialog
        self.tasks.run_db(check_password, self.services, self.user.username, password,
                          on_done=self._on_unlocked,
                          on_error=lambda exc: dialog.show_error(_message(exc)))

    def _on_unlocked(self, user: Any) -> None:
        self._close_dialog()
        self.idle.start()

    @Slot()
    def sign_out(self) -> None:
        self.idle.stop()
        if self.user is not None:
            log.info("Signed out: %s", self.user.username)
        self.user = None
        self.services.current_user = None
        self.signed_out.emit()
        self._show(self._login_dialog())
