"""Small dialogs, one per dossier action: collect the input, call the service, show its answer.

Each dialog builds a form and ``values()`` (the keyword arguments of the service call);
``perform(values)`` runs on the database lane (``tasks.run_db``) and returns the new
``DossierDetail``. A refusal by the services (``DomainError``: wrong state, role, missing
reason…) is shown in Vietnamese inside the dialog, which stays open with what was typed.
On success ``completed`` carries the new detail and the dialog closes.

Keyboard: Enter (Ctrl+Enter in a multi-line box) confirms, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.dossier import RETURN_METHODS
from cchc_desktop.domain.errors import DomainError, ValidationError
from cchc_desktop.domain.text import normalize_text

Perform = Callable[[dict[str, Any]], Any]

ERROR_STYLE = ("QLabel#actionError { background: #fdecea; color: #8e1b12; border: 1px solid "
               "#e57373; padding: 6px; }")
NOTICE_STYLE = ("QLabel#actionNotice { background: #fff8e1; color: #5d4300; border: 1px solid "
                "#e0c46c; padding: 6px; }")


RATINGS = (
    (5, QT_TRANSLATE_NOOP("ReturnDialog", "Rất hài lòng")),
    (4, QT_TRANSLATE_NOOP("ReturnDialog", "Hài lòng")),
    (3, QT_TRANSLATE_NOOP("ReturnDialog", "Bình thường")),
    (2, QT_TRANSLATE_NOOP("ReturnDialog", "Chưa hài lòng")),
    (1, QT_TRANSLATE_NOOP("ReturnDialog", "Không hài lòng")),
)


def error_message(exc: BaseException) -> str:
    """The Vietnamese sentence for a failure (a domain error carries its own)."""
    if isinstance(exc, DomainError):
        return exc.message
    return f"Lỗi không mong đợi: {exc}"


class ActionDialog(QDialog):
    """Shared frame: intro, optional notice, a form, the error line, OK/Cancel."""

    completed = Signal(object)  # the DossierDetail returned by the service

    def __init__(self, title: str, intro: str, perform: Perform, tasks: Any,
                 parent: QWidget | None = None, *, ok_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._perform = perform
        self._tasks = tasks
        self.result_detail: Any = None
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.notice = QLabel("")
        self.notice.setObjectName("actionNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.form = QFormLayout()
        self.error = QLabel("")
        self.error.setObjectName("actionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or self.tr("Ghi nhận (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Hủy (Esc)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- building blocks -------------------------------------------------------------------------
    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def line(self, name: str, label: str, text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        self.form.addRow(label, edit)
        return edit

    def box(self, name: str, label: str, text: str = "", placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(84)
        self.form.addRow(label, edit)
        return edit

    # -- submitting ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The service call's keyword arguments; raise ``ValidationError`` for bad input."""
        return {}

    def accept(self) -> None:  # OK, Enter, Ctrl+Enter: submit, close only on success
        if not self.ok_button.isEnabled():
            return
        try:
            values = self.values()
        except DomainError as exc:
            self.show_error(exc.message)
            return
        self.ok_button.setEnabled(False)
        self.error.hide()
        self._tasks.run_db(self._perform, values, on_done=self._on_performed,
                           on_error=self._on_failed)

    def _on_performed(self, detail: Any) -> None:
        self.result_detail = detail
        self.ok_button.setEnabled(True)
        self.completed.emit(detail)
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.show_error(error_message(exc))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def _text(edit: QLineEdit | QPlainTextEdit) -> str:
    raw = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
    return normalize_text(raw)


class TransferDialog(ActionDialog):
    """Chuyển xử lý: the unit, the handler and the hours allotted; shows the 15:00 rule."""

    def __init__(self, perform: Perform, tasks: Any, *, unit: str, handover_note: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Chuyển hồ sơ đến đơn vị xử lý"),
                         self.tr("Bàn giao hồ sơ cho đơn vị, công chức giải quyết."),
                         perform, tasks, parent, ok_text=self.tr("Chuyển xử lý (Ctrl+Enter)"))
        # NĐ 61/2018 Art. 18: handed over the same working day; after 15:00 the next one.
        self.set_notice(handover_note)
        self.unit = self.line("unit", self.tr("Đơn vị xử lý:"), unit)
        self.handler = self.line("handler", self.tr("Người xử lý:"),
                                 placeholder=self.tr("Họ tên công chức (không bắt buộc)"))
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("hours")
        self.hours.setRange(0, 2000)
        self.hours.setDecimals(1)
        self.hours.setSuffix(self.tr(" giờ làm việc"))
        self.hours.setSpecialValueText(self.tr("Không giao thời hạn bước"))
        self.form.addRow(self.tr("Thời gian giao:"), self.hours)

    def values(self) -> dict[str, Any]:
        return {"unit": _text(self.unit), "handler": _text(self.handler),
                "allotted_hours": float(self.hours.value())}


class ProgressDialog(ActionDialog):
    """Cập nhật tiến độ: what the handling unit reported, optionally closing its step."""

    def __init__(self, perform: Perform, tasks: Any, *, unit: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cập nhật tiến độ xử lý"),
                         self.tr("Ghi lại kết quả xử lý do đơn vị giải quyết báo về."),
                         perform, tasks, parent)
        self.note = self.box("note", self.tr("Nội dung:"),
                             placeholder=self.tr("Ví dụ: đã thẩm định xong, trình ký"))
        self.unit = self.line("unit", self.tr("Đơn vị báo:"), unit)
        self.finish_step = QCheckBox(self.tr("Đơn vị đã hoàn thành bước xử lý của mình"))
        self.finish_step.setObjectName("finishStep")
        self.form.addRow("", self.finish_step)

    def values(self) -> dict[str, Any]:
        return {"note": _text(self.note), "unit": _text(self.unit),
                "finish_step": self.finish_step.isChecked()}


class SupplementDialog(ActionDialog):
    """Yêu cầu bổ sung: every missing item, once (the clock stops until it arrives)."""

    def __init__(self, perform: Perform, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Yêu cầu bổ sung, hoàn thiện hồ sơ"),
                         self.tr("Liệt kê đầy đủ, một lần, các giấy tờ cần bổ sung (mỗi dòng "
                                 "một nội dung). Thời gian giải quyết tạm dừng cho đến khi "
                                 "nhận đủ hồ sơ bổ sung."),
                         perform, tasks, parent)
        # NĐ 61/2018 Art. 15(3); NĐ 118/2025 Art. 11: a supplement is requested only once.
        self.set_notice(self.tr("Chỉ được yêu cầu bổ sung một lần: hãy kiểm tra kỹ trước "
                                "khi gửi."))
        self.items = self.box("items", self.tr("Nội dung cần bổ sung:"),
                              placeholder=self.tr("Mỗi dòng một giấy tờ"))
        self.reason = self.line("reason", self.tr("Lý do:"))

    def values(self) -> dict[str, Any]:
        items = [normalize_text(line) for line in self.items.toPlainText().splitlines()]
        return {"items": [i for i in items if i], "reason": _text(self.reason)}


class NoteDialog(ActionDialog):
    """An action whose only input is a note (receive supplement, mark resolved, …)."""

    def __init__(self, perform: Perform, tasks: Any, *, title: str, intro: str,
                 note_label: str, required: bool = False, notice: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, intro, perform, tasks, parent)
        self.required = required
        self.set_notice(notice)
        self.note = self.box("note", note_label)

    def values(self) -> dict[str, Any]:
        note = _text(self.note)
        if self.required and not note:
            raise ValidationError("action.note_required", "Phải nhập nội dung.", field="note")
        return {"note": note}


class RefuseDialog(ActionDialog):
    """Từ chối giải quyết: a written refusal with the reason (Mẫu 03)."""

    def __init__(self, perform: Perform, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Từ chối giải quyết hồ sơ"),
                         self.tr("Hồ sơ không đủ điều kiện giải quyết. Kết quả trả cho công "
                                 "dân là văn bản từ chối nêu rõ lý do."),
                         perform, tasks, parent, ok_text=self.tr("Từ chối (Ctrl+Enter)"))
        # NĐ 61/2018 Art. 19(8): the refusal states its specific reason.
        self.reason = self.box("reason", self.tr("Lý do từ chối:"))

    def values(self) -> dict[str, Any]:
        return {"reason": _text(self.reason)}


class StopDialog(ActionDialog):
    """Dừng xử lý after a withdrawal: only with the stop notice (Mẫu 05)."""

    def __init__(self, perform: Perform, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dừng giải quyết hồ sơ"),
                         self.tr("Công dân đã yêu cầu rút hồ sơ. Hồ sơ được dừng xử lý sau "
                                 "khi lập Thông báo dừng giải quyết hồ sơ."),
                         perform, tasks, parent, ok_text=self.tr("Dừng xử lý (Ctrl+Enter)"))
        # NĐ 118/2025 Art. 21: "Thông báo dừng giải quyết hồ sơ" (TT 03/2025 Mẫu 05).
        self.stop_notice = QCheckBox(self.tr("Đã lập Thông báo dừng giải quyết hồ sơ"))
        self.stop_notice.setObjectName("stopNotice")
        self.form.addRow("", self.stop_notice)
        self.note = self.box("note", self.tr("Ghi chú:"))

    def values(self) -> dict[str, Any]:
        return {"stop_notice": self.stop_notice.isChecked(), "note": _text(self.note)}


class ReturnDialog(ActionDialog):
    """Trả kết quả: how it was returned, who collected it, an optional rating 1–5."""

    def __init__(self, perform: Perform, tasks: Any, *, collector: str = "",
                 summary: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Trả kết quả giải quyết hồ sơ"),
                         summary or self.tr("Ghi nhận việc trả kết quả cho công dân."),
                         perform, tasks, parent, ok_text=self.tr("Trả kết quả (Ctrl+Enter)"))
        self.method = QComboBox()
        self.method.setObjectName("method")
        # TT 01/2018 Mẫu 06: the ledger records how the result was returned.
        for key, label in RETURN_METHODS.items():
            self.method.addItem(label, key)
        self.form.addRow(self.tr("Hình thức trả:"), self.method)
        self.collected_by = self.line("collectedBy", self.tr("Người nhận kết quả:"), collector)
        self.rating = QComboBox()
        self.rating.setObjectName("rating")
        self.rating.addItem(self.tr("Không đánh giá"), None)
        for value, label in RATINGS:
            self.rating.addItem(f"{value} – {self.tr(label)}", value)
        self.form.addRow(self.tr("Mức độ hài lòng:"), self.rating)
        self.collected_by.returnPressed.connect(self.accept)

    def set_rating(self, value: int | None) -> None:
        self.rating.setCurrentIndex(max(0, self.rating.findData(value)))

    def values(self) -> dict[str, Any]:
        return {"method": self.method.currentData(), "collected_by": _text(self.collected_by),
                "rating": self.rating.currentData()}


def parse_date(text: str) -> date | None:
    """"02/03/1985" → date; empty → None; raises ValidationError otherwise."""
    text = normalize_text(text)
    if not text:
        return None
    try:
        return datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        raise ValidationError("correction.date_of_birth",
                              "Ngày sinh phải có dạng ngày/tháng/năm, ví dụ 02/03/1985.",
                              field="date_of_birth") from None


class CorrectionDialog(ActionDialog):
    """Điều chỉnh thông tin người nộp: an audited correction with its reason, never silent."""

    def __init__(self, perform: Perform, tasks: Any, *, applicant: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Điều chỉnh thông tin người nộp"),
                         self.tr("Hồ sơ đã được tiếp nhận: mọi điều chỉnh được ghi vào quá "
                                 "trình xử lý và nhật ký (giá trị cũ và mới), kèm lý do."),
                         perform, tasks, parent, ok_text=self.tr("Lưu điều chỉnh (Ctrl+Enter)"))
        self.applicant = applicant
        self.name = self.line("name", self.tr("Họ tên:"), applicant.name)
        self.id_number = self.line("idNumber", self.tr("Số định danh:"), applicant.id_number)
        dob = applicant.date_of_birth
        self.date_of_birth = self.line("dateOfBirth", self.tr("Ngày sinh:"),
                                       dob.strftime("%d/%m/%Y") if dob else "",
                                       placeholder=self.tr("ngày/tháng/năm"))
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        for value, label in (("", self.tr("(không ghi)")), ("Nam", self.tr("Nam")),
                             ("Nữ", self.tr("Nữ"))):
            self.sex.addItem(label, value)
        self.sex.setCurrentIndex(max(0, self.sex.findData(applicant.sex or "")))
        self.form.addRow(self.tr("Giới tính:"), self.sex)
        self.address = self.line("address", self.tr("Địa chỉ:"), applicant.address)
        self.phone = self.line("phone", self.tr("Điện thoại:"), applicant.phone)
        self.email = self.line("email", self.tr("Thư điện tử:"), applicant.email)
        self.reason = self.line("reason", self.tr("Lý do điều chỉnh:"),
                                placeholder=self.tr("Bắt buộc, ví dụ: ghi sai số điện thoại"))

    def values(self) -> dict[str, Any]:
        from cchc_desktop.services.dossiers import ApplicantInput

        applicant = ApplicantInput(
            kind=self.applicant.kind, name=_text(self.name), id_number=_text(self.id_number),
            date_of_birth=parse_date(self.date_of_birth.text()), sex=self.sex.currentData(),
            address=_text(self.address), phone=_text(self.phone), email=_text(self.email))
        return {"applicant": applicant, "reason": _text(self.reason)}
