"""Sign-in dialogs: first-run administrator, login, and the idle screen lock.

They only collect input and show errors; the ``ui.session.SignInFlow`` checks the
password in the database lane. Keyboard first: Enter moves to the next field and
submits from the last one; Esc does not dismiss them (only "Thoát" leaves the program).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.text import normalize_text


class _SignInDialog(QDialog):
    """Shared look: a title, a form, an error line, buttons; Esc is ignored."""

    quit_requested = Signal()

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(460)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error = QLabel("")
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(self.buttons)
        self._fields: dict[str, QLineEdit] = {}

    def _field(self, name: str, label: str, *, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        if self._fields:
            previous = list(self._fields.values())[-1]
            previous.returnPressed.connect(edit.setFocus)
        self._fields[name] = edit
        return edit

    def _button(self, text: str, slot, *, default: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setDefault(default)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        self.set_busy(False)
        target = self._fields.get(field or "") or self._last_password()
        if target is not None:
            target.setFocus()
            target.selectAll()

    def _last_password(self) -> QLineEdit | None:
        passwords = [f for f in self._fields.values()
                     if f.echoMode() == QLineEdit.EchoMode.Password]
        return passwords[-1] if passwords else None

    def set_busy(self, busy: bool) -> None:
        for edit in self._fields.values():
            edit.setEnabled(not busy)

    def reject(self) -> None:
        """Esc must not leave the program half signed in; "Thoát" does that."""

    def keyPressEvent(self, event) -> None:
        # Enter inside a field is handled by the fields; never let QDialog accept on its own.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    @Slot()
    def _on_quit_clicked(self) -> None:
        self.quit_requested.emit()


class LoginDialog(_SignInDialog):
    submitted = Signal(str, str)  # username, password

    def __init__(self, office_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Đăng nhập"), self.tr(
            "Đăng nhập để làm việc tại Bộ phận Một cửa."), parent)
        self.setObjectName("loginDialog")
        if office_name:
            self.intro.setText(f"{self.intro.text()}\n{office_name}")
        self.username = self._field("username", self.tr("Tên đăng nhập:"))
        self.password = self._field("password", self.tr("Mật khẩu:"), password=True)
        self.password.returnPressed.connect(self._on_submit)
        self.quit_button = self._button(self.tr("Thoát"), self._on_quit_clicked)
        self.submit_button = self._button(self.tr("Đăng nhập"), self._on_submit, default=True)
        self.username.setFocus()

    @Slot()
    def _on_submit(self) -> None:
        username = normalize_text(self.username.text())
        if not username:
            self.show_error(self.tr("Hãy nhập tên đăng nhập."), "username")
            return
        self.set_busy(True)
        self.submitted.emit(username, self.password.text())


class FirstAdminDialog(_SignInDialog):
    submitted = Signal(dict)  # username, full_name, title, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tạo tài khoản quản trị"), self.tr(
            "Đây là lần chạy đầu tiên trên cơ sở dữ liệu này. Hãy tạo tài khoản quản trị; "
            "các tài khoản cán bộ được tạo sau khi đăng nhập."), parent)
        self.setObjectName("firstAdminDialog")
        self.username = self._field("username", self.tr("Tên đăng nhập:"))
        self.full_name = self._field("full_name", self.tr("Họ và tên:"))
        self.job_title = self._field("title", self.tr("Chức vụ:"))
        self.password = self._field("password", self.tr("Mật khẩu:"), password=True)
        self.confirm = self._field("confirm", self.tr("Nhập lại mật khẩu:"), password=True)
        self.confirm.returnPressed.connect(self._on_submit)
        self.quit_button = self._button(self.tr("Thoát"), self._on_quit_clicked)
        self.submit_button = self._button(self.tr("Tạo tài khoản"), self._on_submit, default=True)
        self.username.setFocus()

    @Slot()
    def _on_submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.show_error(self.tr("Hai lần nhập mật khẩu không giống nhau."), "confirm")
            return
        self.set_busy(True)
        self.submitted.emit({
            "username": normalize_text(self.username.text()),
            "full_name": normalize_text(self.full_name.text()),
            "title": normalize_text(self.job_title.text()),
            "password": self.password.text(),
        })


class LockDialog(_SignInDialog):
    """The screen lock after a period without input: the same user's password unlocks it."""

    unlock_requested = Signal(str)
    switch_user_requested = Signal()

    def __init__(self, full_name: str, username: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Màn hình đã khóa"), self.tr(
            "Màn hình đã khóa vì không có thao tác trong một thời gian. "
            "Nhập mật khẩu của %1 (%2) để tiếp tục.").replace("%1", full_name)
            .replace("%2", username), parent)
        self.setObjectName("lockDialog")
        self.password = self._field("password", self.tr("Mật khẩu:"), password=True)
        self.password.returnPressed.connect(self._on_submit)
        self.switch_button = self._button(self.tr("Đăng nhập tài khoản khác"),
                                          self.switch_user_requested.emit)
        self.submit_button = self._button(self.tr("Mở khóa"), self._on_submit, default=True)
        self.password.setFocus()

    @Slot()
    def _on_submit(self) -> None:
        self.set_busy(True)
        self.unlock_requested.emit(self.password.text())
