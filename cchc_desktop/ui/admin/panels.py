"""Administration panels: the office settings form, calendar overrides, accounts, audit check.

Each panel takes the task runner and, once they exist, the services; every database call
goes through the database lane. The services check the role themselves (an officer who
reaches a panel gets the service's refusal as a message, not a crash).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ROLE_LABELS = {"officer": "Cán bộ tiếp nhận", "supervisor": "Lãnh đạo", "admin": "Quản trị"}


def _message(error: BaseException) -> str:
    return getattr(error, "message", None) or str(error)


class _Panel(QWidget):
    def __init__(self, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.services: Any = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("panelStatus")

    def set_services(self, services: Any) -> None:
        self.services = services
        self.reload()

    def reload(self) -> None:
        """Override: load the panel's data."""

    def _ok(self, text: str) -> None:
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.setText(text)

    def _fail(self, error: BaseException) -> None:
        self.status.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.status.setText(_message(error))


class OfficeSettingsPanel(_Panel):
    """Thông tin cơ quan: header of the papers, agency code, workstation, alerts, security."""

    def __init__(self, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        texts = (
            ("office_name", self.tr("Tên cơ quan:")),
            ("governing_body", self.tr("Cơ quan chủ quản (dòng 1 tiêu đề):")),
            ("unit_name", self.tr("Tên đơn vị (dòng 2 tiêu đề):")),
            ("counter_name", self.tr("Bộ phận:")),
            ("place_name", self.tr("Địa danh (dòng ngày tháng):")),
            ("agency_code", self.tr("Mã cơ quan (mã định danh):")),
            ("address", self.tr("Địa chỉ:")),
            ("phone", self.tr("Điện thoại:")),
            ("code_template", self.tr("Mẫu mã hồ sơ:")),
            ("lookup_url_template", self.tr("Địa chỉ tra cứu (mã QR), dùng {code}:")),
            ("head_of_agency_name", self.tr("Thủ trưởng ký Phiếu xin lỗi:")),
            ("head_of_agency_title", self.tr("Chức vụ người ký:")),
        )
        for key, label in texts:
            edit = QLineEdit()
            edit.setObjectName(f"setting_{key}")
            edit.setMaxLength(300)
            self.fields[key] = edit
            form.addRow(label, edit)
        spins = (
            ("workstation", self.tr("Số hiệu máy trạm này:"), 1, 99),
            ("workstations", self.tr("Số máy trạm của cơ quan:"), 1, 99),
            ("receipt_copies", self.tr("Số liên Giấy tiếp nhận:"), 1, 2),
            ("idle_lock_minutes", self.tr("Khóa màn hình sau (phút không thao tác):"), 1, 240),
            ("max_failed_logins", self.tr("Khóa tài khoản sau số lần sai mật khẩu:"), 3, 20),
        )
        for key, label, lo, hi in spins:
            spin = QSpinBox()
            spin.setObjectName(f"setting_{key}")
            spin.setRange(lo, hi)
            self.fields[key] = spin
            form.addRow(label, spin)
        warning = QDoubleSpinBox()
        warning.setObjectName("setting_warning_window_hours")
        warning.setRange(1, 80)
        warning.setSuffix(self.tr(" giờ làm việc"))
        self.fields["warning_window_hours"] = warning
        form.addRow(self.tr("Cảnh báo sắp đến hạn trước:"), warning)
        self.save_button = QPushButton(self.tr("Lưu cài đặt cơ quan (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def reload(self) -> None:
        if self.services is None:
            return
        settings = self.services.settings
        for key, widget in self.fields.items():
            value = getattr(settings, key)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            else:
                widget.setValue(value)

    def collected(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            out[key] = widget.text().strip() if isinstance(widget, QLineEdit) else widget.value()
        return out

    @Slot()
    def _on_save_button_clicked(self) -> None:
        if self.services is None:
            return
        user = self.services.current_user
        if user is None or user.role.value != "admin":
            self._fail(ValueError(self.tr("Chỉ quản trị viên được sửa cài đặt của cơ quan.")))
            return
        values = self.collected()

        def save(services: Any) -> Any:
            from cchc_desktop.domain.codes import CodeScheme

            new = replace(services.settings, **values)
            CodeScheme(new.code_template, new.workstation, new.workstations)  # validates
            return services.update_settings(new)

        self.tasks.run_db(save, self.services,
                          on_done=lambda _s: self._ok(self.tr("Đã lưu cài đặt của cơ quan.")),
                          on_error=self._fail)


class CalendarPanel(_Panel):
    """Lịch làm việc: extra days off and extra working days, with their reasons."""

    def __init__(self, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("overridesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Loại"),
                                              self.tr("Lý do")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.day = QDateEdit()
        self.day.setObjectName("overrideDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDate(QDate.currentDate())
        self.kind = QComboBox()
        self.kind.setObjectName("overrideKind")
        self.kind.addItem(self.tr("Ngày nghỉ thêm"), "off")
        self.kind.addItem(self.tr("Ngày làm việc bù"), "work")
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(
            self.tr("Lý do, ví dụ: Nghỉ Tết theo Thông báo của Thủ tướng"))
        self.add_button = QPushButton(self.tr("Thêm / sửa ngày"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.kind)
        row.addWidget(self.reason, 1)
        row.addWidget(self.add_button)
        note = QLabel(self.tr(
            "Ngày lễ, Tết, ngày nghỉ bù và ngày làm bù theo quy định đã có sẵn. Bảng này chỉ "
            "để điều chỉnh thêm (ví dụ lịch nghỉ Tết năm sau khi Thủ tướng công bố)."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def reload(self) -> None:
        if self.services is None:
            return

        def load(services: Any) -> list:
            from cchc_desktop.services.calendar import list_overrides

            return list_overrides(services.db)

        self.tasks.run_db(load, self.services, on_done=self._show, on_error=self._fail)

    def _show(self, rows: list) -> None:
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            kind = self.tr("Ngày nghỉ thêm") if r.kind == "off" else self.tr("Ngày làm việc bù")
            for j, text in enumerate((r.day.strftime("%d/%m/%Y"), kind, r.reason)):
                self.table.setItem(i, j, QTableWidgetItem(text))

    @Slot()
    def _on_add_button_clicked(self) -> None:
        if self.services is None:
            return
        qd = self.day.date()
        day = date(qd.year(), qd.month(), qd.day())
        kind, reason = self.kind.currentData(), self.reason.text()

        def add(services: Any) -> None:
            from cchc_desktop.services.calendar import set_override

            set_override(services.db, day=day, kind=kind, reason=reason,
                         user=services.current_user, now=services.clock())
            services.reload_calendar()

        def done(_r: Any) -> None:
            self._ok(self.tr("Đã lưu ngày %1.").replace("%1", day.strftime("%d/%m/%Y")))
            self.reason.clear()
            self.reload()

        self.tasks.run_db(add, self.services, on_done=done, on_error=self._fail)


class AccountsPanel(_Panel):
    """Tài khoản: who may sign in, with which role; the administrator adds accounts."""

    def __init__(self, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ và tên"),
                                              self.tr("Chức danh"), self.tr("Vai trò")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("newFullName")
        self.title_edit = QLineEdit()
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        for code, label in ROLE_LABELS.items():
            self.role.addItem(self.tr(label), code)
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("Tạo tài khoản"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Họ và tên:"), self.full_name)
        form.addRow(self.tr("Chức danh:"), self.title_edit)
        form.addRow(self.tr("Vai trò:"), self.role)
        form.addRow(self.tr("Mật khẩu (ít nhất 8 ký tự):"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)

    def reload(self) -> None:
        if self.services is None:
            return

        def load(services: Any) -> list:
            from cchc_desktop.services.users import list_users

            return list_users(services.db)

        self.tasks.run_db(load, self.services, on_done=self._show, on_error=self._fail)

    def _show(self, users: list) -> None:
        self.table.setRowCount(len(users))
        for i, u in enumerate(users):
            for j, text in enumerate((u.username, u.full_name, u.title,
                                      self.tr(ROLE_LABELS[u.role.value]))):
                self.table.setItem(i, j, QTableWidgetItem(text))

    @Slot()
    def _on_add_button_clicked(self) -> None:
        if self.services is None:
            return
        values = dict(username=self.username.text(), full_name=self.full_name.text(),
                      title=self.title_edit.text(), password=self.password.text(),
                      role=self.role.currentData())

        def add(services: Any) -> Any:
            from cchc_desktop.domain.dossier import Role
            from cchc_desktop.services.users import create_user

            return create_user(services.db, username=values["username"],
                               full_name=values["full_name"], title=values["title"],
                               password=values["password"], role=Role(values["role"]),
                               by=services.current_user, now=services.clock())

        def done(user: Any) -> None:
            self._ok(self.tr("Đã tạo tài khoản %1.").replace("%1", user.username))
            for edit in (self.username, self.full_name, self.title_edit, self.password):
                edit.clear()
            self.reload()

        self.tasks.run_db(add, self.services, on_done=done, on_error=self._fail)


class AuditPanel(_Panel):
    """Nhật ký thao tác: check the hash chain (any edited or deleted entry is found)."""

    def __init__(self, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.verify_button = QPushButton(self.tr("Kiểm tra tính toàn vẹn của nhật ký"))
        self.verify_button.setObjectName("verifyAudit")
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        note = QLabel(self.tr(
            "Mỗi thao tác được ghi vào nhật ký kèm mã băm của bản ghi trước; nếu có bản ghi bị "
            "sửa, chèn hay xóa, phép kiểm tra chỉ ra bản ghi đầu tiên bị ảnh hưởng."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)

    @Slot()
    def _on_verify_button_clicked(self) -> None:
        if self.services is None:
            return

        def verify(services: Any) -> Any:
            from cchc_desktop.services.audit import verify_audit

            return verify_audit(services.db)

        def done(result: Any) -> None:
            if result.ok:
                self._ok(result.message)
            else:
                self._fail(ValueError(result.message))
                QMessageBox.warning(self, self.tr("Nhật ký không toàn vẹn"), result.message)

        self.tasks.run_db(verify, self.services, on_done=done, on_error=self._fail)
