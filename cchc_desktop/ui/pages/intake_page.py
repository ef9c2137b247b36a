"""Tiếp nhận: the intake form at the counter, keyboard first.

The officer picks the procedure (instant, diacritic-free search), fills the applicant
(or scans the CCCD QR: a dedicated field, or a keyboard-wedge scanner typing into any
field), ticks the procedure's published components with their counts and scanned
files, sets channel, result delivery and fees, watches the due time computed live, and
ends with one of three outcomes:

- **accept** (Ctrl+Enter): a dossier code is issued (NĐ 61/2018 Art. 17(1)(c), 17(3));
- **request completion** (F7): Mẫu 02, guided once and completely, no code
  (NĐ 61/2018 Art. 15(3), 17(1)(a); NĐ 118/2025 Art. 11);
- **refuse** (F8): in writing with the reason, Mẫu 03 (NĐ 61/2018 Art. 17(1)(b)).

Every action has a shortcut shown on screen; Enter moves to the next field. All
database work goes through ``context.tasks.run_db``; files are checked and stored
through ``run_io``. Errors from the services arrive as ``DomainError`` with a
Vietnamese message and the offending field, which is focused and highlighted.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from functools import partial
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.cccd import CccdRecord, parse_cccd, validate_personal_id, validate_phone
from cchc_desktop.domain.errors import DomainError, ValidationError
from cchc_desktop.domain.text import fold, normalize_text
from cchc_desktop.services.dossiers import (
    APPLICANT_KINDS,
    CHANNELS,
    FEE_METHODS,
    RESULT_DELIVERY,
    ApplicantInput,
    DossierDetail,
    DuePreview,
    FeeInput,
    FilerInput,
    GuidanceRecord,
    IntakeInput,
    IntakeProcedure,
)
from cchc_desktop.ui.intake.checklist import AttachedScan, ComponentChecklist
from cchc_desktop.ui.intake.procedure_picker import ProcedurePicker
from cchc_desktop.ui.intake.scan_detector import WedgeScanDetector
from cchc_desktop.ui.intake.scanner_folder import (
    ScannerFolderWatcher,
    load_scanner_folder,
    save_scanner_folder,
)
from cchc_desktop.ui.pages.base import Page, PageContext

log = logging.getLogger(__name__)

# Online dossiers arrive by synchronisation, never through this form.
COUNTER_CHANNELS = tuple(code for code in CHANNELS if code != 2)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
DUE_REFRESH_MS = 60_000
_DOB = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$|^(\d{2})(\d{2})(\d{4})$")

VI_LOCALE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
MODE_ACCEPT, MODE_COMPLETION, MODE_REFUSE = "accept", "completion", "refuse"

STYLE = """
QLabel#pageTitle { font-size: 17pt; font-weight: bold; color: #1f3b5a; }
QLabel#shortcutHints { color: #4a5d70; }
QGroupBox { font-weight: bold; border: 1px solid #c9d3dd; border-radius: 4px;
            margin-top: 10px; padding: 8px 6px 6px 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #1f3b5a; }
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QLineEdit, QGroupBox QComboBox,
QGroupBox QSpinBox, QGroupBox QPlainTextEdit, QGroupBox QListView,
QGroupBox QPushButton { font-weight: normal; }
QFrame#componentRow { border-bottom: 1px solid #e3e8ee; }
QLabel#componentCondition, QLabel#procedureCount, QLabel#feeNote { color: #5f6f7f; }
QLabel#dueLabel { font-size: 15pt; font-weight: bold; color: #1f3b5a; }
QLabel#dueDetail, QLabel#handoverLabel { color: #33475b; }
QLabel#message[tone="error"] { background: #fdecea; color: #8e1b12;
                               border: 1px solid #e6a39b; padding: 6px; }
QLabel#message[tone="warning"] { background: #fff8e1; color: #6d4c00;
                                 border: 1px solid #e0c46c; padding: 6px; }
QLabel#message[tone="info"] { background: #e8f5e9; color: #1b5e20;
                              border: 1px solid #a5d6a7; padding: 6px; }
QLabel#applicantNotes { background: #fff8e1; color: #6d4c00; border: 1px solid #e0c46c;
                        padding: 4px; }
QLabel#loginBanner { background: #fff3e0; color: #8a3b00; border: 1px solid #f0b27a;
                     padding: 6px; font-weight: bold; }
QFrame#resultPanel { background: #e8f5e9; border: 2px solid #66bb6a; border-radius: 4px; }
QFrame#resultPanel[tone="warning"] { background: #fff8e1; border-color: #e0c46c; }
QFrame#resultPanel[tone="error"] { background: #fdecea; border-color: #e57373; }
QLabel#resultTitle { font-size: 14pt; font-weight: bold; }
*[invalid="true"] { border: 2px solid #c62828; background: #fff5f5; }
"""


def format_due(at: datetime) -> str:
    """'17:00 Thứ Tư, 05/02/2025'."""
    return f"{at:%H:%M} {WEEKDAYS[at.weekday()]}, {at:%d/%m/%Y}"


def parse_dob(text: str) -> date | None:
    """Date of birth typed as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, ddmmyyyy)."""
    text = normalize_text(text)
    if not text:
        return None
    match = _DOB.match(text)
    if match is None:
        raise _dob_error()
    day, month, year = (match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6))
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise _dob_error() from None


def _dob_error() -> ValidationError:
    return ValidationError("intake.dob_format",
                           "Ngày sinh không hợp lệ: nhập theo dạng ngày/tháng/năm, "
                           "ví dụ 05/03/1990.", field="date_of_birth")


def _due_and_handover(dossiers: Any, code: str, now: datetime,
                      variant: str) -> tuple[DuePreview, str]:
    return dossiers.preview_due(code, now, variant), dossiers.handover_note(now)


def printing_available() -> bool:
    """The documents issue's print flow, offered once its modules exist."""
    try:
        import cchc_desktop.services.documents  # noqa: F401
        from cchc_desktop.ui import pdf_preview
    except ImportError:
        return False
    return hasattr(pdf_preview, "PaperFlow")


def _refresh_style(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class IntakePage(Page):
    """The intake form; emits the record created by each outcome."""

    accepted = Signal(object)  # DossierDetail
    refused = Signal(object)  # DossierDetail (status "not accepted", no code)
    guided = Signal(object)  # GuidanceRecord (Mẫu 02, no code)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.procedure: IntakeProcedure | None = None
        self.preview: DuePreview | None = None
        self.mode = MODE_ACCEPT
        self.last_result: DossierDetail | GuidanceRecord | None = None
        self._busy = False
        self._scan_warnings: list[str] = []
        self._invalid: list[QWidget] = []
        self._fee_rows: list[tuple[QCheckBox, QSpinBox, str]] = []
        self._fee_widgets: list[QWidget] = []
        self.paper_flow: Any = None
        self.papers_dialog: Any = None
        self.setStyleSheet(STYLE)

        self.scan_detector = WedgeScanDetector(self)
        self.scan_detector.payload_scanned.connect(self._on_scan_detector_payload_scanned)
        self.scanner_folder = ScannerFolderWatcher(self)
        self.scanner_folder.file_arrived.connect(self._on_scanner_folder_file_arrived)
        self.due_timer = QTimer(self)
        self.due_timer.setInterval(DUE_REFRESH_MS)
        self.due_timer.timeout.connect(self.refresh_due)

        self._build()
        self._build_shortcuts()
        self._install_keyboard_flow()
        self._fix_tab_order()
        self._update_login_banner()

    # ------------------------------------------------------------------ construction

    def _build(self) -> None:
        title = QLabel(self.tr("Tiếp nhận hồ sơ"))
        title.setObjectName("pageTitle")
        hints = QLabel(self.tr(
            "F2 Thủ tục · F3 Quét CCCD · F4 Thành phần · Ctrl+O Đính kèm tệp · "
            "Enter sang ô tiếp theo · Ctrl+Enter Tiếp nhận · F7 Yêu cầu bổ sung · "
            "F8 Từ chối · F9 In phiếu · Ctrl+P Sổ theo dõi, giấy tờ đã in · "
            "Esc Hủy thao tác · Ctrl+N Hồ sơ mới"))
        hints.setObjectName("shortcutHints")
        hints.setWordWrap(True)
        self.login_banner = QLabel(self.tr(
            "Chưa đăng nhập: phải đăng nhập tài khoản cán bộ trước khi tiếp nhận hồ sơ "
            "(mỗi hồ sơ ghi tên cán bộ tiếp nhận)."))
        self.login_banner.setObjectName("loginBanner")
        self.login_banner.setWordWrap(True)

        self.result_panel = self._build_result_panel()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        procedure_group = self._build_procedure_group()
        applicant_group = self._build_applicant_group()
        checklist_group = self._build_checklist_group()
        delivery_group = self._build_delivery_group()
        due_group = self._build_due_group()
        self.completion_panel = self._build_completion_panel()
        self.refuse_panel = self._build_refuse_panel()

        content = QWidget()
        content.setObjectName("intakeContent")
        grid = QGridLayout(content)
        grid.setContentsMargins(12, 4, 12, 8)
        grid.setHorizontalSpacing(12)
        left = QVBoxLayout()
        left.addWidget(procedure_group)
        left.addWidget(applicant_group)
        left.addWidget(delivery_group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(due_group)
        right.addWidget(checklist_group)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.completion_panel, 1, 0, 1, 2)
        grid.addWidget(self.refuse_panel, 2, 0, 1, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 7)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("intakeScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)

        self.accept_button = self._action_button(self.tr("Tiếp nhận, cấp mã hồ sơ (Ctrl+Enter)"),
                                                 "acceptButton", self.accept_dossier)
        self.completion_button = self._action_button(
            self.tr("Yêu cầu bổ sung (F7)"), "completionButton", self.open_completion)
        self.refuse_button = self._action_button(self.tr("Từ chối tiếp nhận (F8)"),
                                                 "refuseButton", self.open_refusal)
        self.clear_button = self._action_button(self.tr("Hồ sơ mới (Ctrl+N)"), "clearButton",
                                                self.new_form)
        self.papers_button = self._action_button(
            self.tr("Sổ theo dõi, giấy tờ đã phát hành (Ctrl+P)"), "papersButton",
            self.open_issued_papers)
        self.accept_button.setStyleSheet(
            "QPushButton#acceptButton { background: #1f6f43; color: white; font-weight: bold;"
            " padding: 6px 14px; }")
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.completion_button)
        buttons.addWidget(self.refuse_button)
        buttons.addStretch(1)
        buttons.addWidget(self.papers_button)
        buttons.addWidget(self.clear_button)

        top = QVBoxLayout()
        top.setContentsMargins(12, 10, 12, 0)
        top.addWidget(title)
        top.addWidget(hints)
        top.addWidget(self.login_banner)
        top.addWidget(self.result_panel)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(12, 4, 12, 10)
        bottom.addWidget(self.message)
        bottom.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)

    def _action_button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(True)  # Enter on the focused button presses it
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_result_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("resultPanel")
        self.result_title = QLabel()
        self.result_title.setObjectName("resultTitle")
        self.result_body = QLabel()
        self.result_body.setObjectName("resultBody")
        self.result_body.setWordWrap(True)
        self.result_body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("In giấy tiếp nhận (F9)"))
        self.print_button.setObjectName("printButton")
        self.print_button.setVisible(False)
        self.print_button.setAutoDefault(True)
        self.print_button.clicked.connect(lambda _checked=False: self.print_receipt())
        layout = QGridLayout(panel)
        layout.addWidget(self.result_title, 0, 0)
        layout.addWidget(self.result_body, 1, 0)
        layout.addWidget(self.print_button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 1)
        panel.setVisible(False)
        return panel

    def _build_procedure_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("1. Thủ tục hành chính (F2)"))
        self.picker = ProcedurePicker()
        self.picker.procedure_chosen.connect(self._on_picker_procedure_chosen)
        self.variant_box = QComboBox()
        self.variant_box.setObjectName("variantBox")
        self.variant_box.currentIndexChanged.connect(lambda _i: self.refresh_due())
        self.variant_label = QLabel(self.tr("Trường hợp:"))
        self.variant_label.setBuddy(self.variant_box)
        row = QHBoxLayout()
        row.addWidget(self.variant_label)
        row.addWidget(self.variant_box, 1)
        self.variant_label.setVisible(False)
        self.variant_box.setVisible(False)
        layout = QVBoxLayout(group)
        layout.addWidget(self.picker)
        layout.addLayout(row)
        return group

    def _build_applicant_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("2. Người nộp hồ sơ (F3 quét mã QR căn cước)"))
        self.scan_edit = self._line("scanEdit", self.tr(
            "Đưa thẻ căn cước vào máy quét, hoặc dán nội dung mã QR rồi nhấn Enter"))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kindBox")
        for code, label in APPLICANT_KINDS.items():
            self.kind_box.addItem(self.tr(label), code)
        self.kind_box.currentIndexChanged.connect(self._on_kind_box_current_index_changed)
        self.name_edit = self._line("nameEdit", self.tr("Họ và tên đầy đủ, có dấu"))
        self.id_edit = self._line("idEdit", self.tr("12 chữ số"))
        self.dob_edit = self._line("dobEdit", self.tr("ngày/tháng/năm, ví dụ 05/03/1990"))
        self.sex_box = QComboBox()
        self.sex_box.setObjectName("sexBox")
        self.sex_box.addItem(self.tr("— chọn —"), "")
        self.sex_box.addItem(self.tr("Nam"), "Nam")
        self.sex_box.addItem(self.tr("Nữ"), "Nữ")
        self.address_edit = self._line("addressEdit", self.tr("Nơi thường trú"))
        self.phone_edit = self._line("phoneEdit", self.tr("Di động, 10 chữ số"))
        self.email_edit = self._line("emailEdit", self.tr("Không bắt buộc"))
        for widget in (self.id_edit, self.dob_edit):
            widget.editingFinished.connect(self._update_applicant_notes)
        self.sex_box.currentIndexChanged.connect(lambda _i: self._update_applicant_notes())

        self.filer_check = QCheckBox(self.tr("Có người được ủy quyền nộp thay"))
        self.filer_check.setObjectName("filerCheck")
        self.filer_name_edit = self._line("filerNameEdit", self.tr("Họ tên người được ủy quyền"))
        self.filer_id_edit = self._line("filerIdEdit", self.tr("Số định danh / giấy tờ"))
        self.filer_phone_edit = self._line("filerPhoneEdit", self.tr("Điện thoại"))
        self.filer_box = QWidget()
        filer_form = QFormLayout(self.filer_box)
        filer_form.setContentsMargins(18, 0, 0, 0)
        filer_form.addRow(self.tr("Họ tên:"), self.filer_name_edit)
        filer_form.addRow(self.tr("Số giấy tờ:"), self.filer_id_edit)
        filer_form.addRow(self.tr("Điện thoại:"), self.filer_phone_edit)
        self.filer_box.setVisible(False)
        self.filer_check.toggled.connect(self._on_filer_check_toggled)

        self.applicant_notes = QLabel()
        self.applicant_notes.setObjectName("applicantNotes")
        self.applicant_notes.setWordWrap(True)
        self.applicant_notes.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Quét QR CCCD:"), self.scan_edit)
        form.addRow(self.tr("Đối tượng:"), self.kind_box)
        self.name_label = QLabel(self.tr("Họ và tên:"))
        form.addRow(self.name_label, self.name_edit)
        self.id_label = QLabel(self.tr("Số định danh:"))
        form.addRow(self.id_label, self.id_edit)
        self.dob_label = QLabel(self.tr("Ngày sinh:"))
        form.addRow(self.dob_label, self.dob_edit)
        self.sex_label = QLabel(self.tr("Giới tính:"))
        form.addRow(self.sex_label, self.sex_box)
        form.addRow(self.tr("Địa chỉ:"), self.address_edit)
        form.addRow(self.tr("Điện thoại:"), self.phone_edit)
        form.addRow(self.tr("Thư điện tử:"), self.email_edit)
        layout = QVBoxLayout(group)
        layout.addLayout(form)
        layout.addWidget(self.applicant_notes)
        layout.addWidget(self.filer_check)
        layout.addWidget(self.filer_box)
        return group

    def _build_checklist_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("3. Thành phần hồ sơ theo danh mục đã công bố (F4)"))
        self.checklist = ComponentChecklist()
        self.checklist.attach_requested.connect(self.pick_scan_file)
        self.checklist.file_dropped.connect(self.attach_scan)
        self.checklist.leave_forward.connect(lambda: self.channel_box.setFocus(
            Qt.FocusReason.TabFocusReason))
        self.folder_label = QLabel()
        self.folder_label.setObjectName("scannerFolderLabel")
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Thư mục máy quét…"))
        self.folder_button.setObjectName("scannerFolderButton")
        self.folder_button.setAutoDefault(True)
        self.folder_button.clicked.connect(lambda _checked=False: self.choose_scanner_folder())
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        layout = QVBoxLayout(group)
        layout.addWidget(self.checklist)
        layout.addLayout(folder_row)
        self._show_scanner_folder()
        return group

    def _build_delivery_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("4. Kênh nộp, nhận kết quả, phí và lệ phí"))
        self.channel_box = QComboBox()
        self.channel_box.setObjectName("channelBox")
        for code in COUNTER_CHANNELS:
            self.channel_box.addItem(self.tr(CHANNELS[code]), code)
        self.channel_box.currentIndexChanged.connect(self._on_channel_box_current_index_changed)
        self.delivery_box = QComboBox()
        self.delivery_box.setObjectName("deliveryBox")
        for key, label in RESULT_DELIVERY.items():
            self.delivery_box.addItem(self.tr(label), key)
        self.sets_box = QSpinBox()
        self.sets_box.setObjectName("setsBox")
        self.sets_box.setRange(1, 20)
        self.fee_widget = QWidget()
        self.fee_grid = QGridLayout(self.fee_widget)
        self.fee_grid.setContentsMargins(0, 0, 0, 0)
        self.fee_note = QLabel()
        self.fee_note.setObjectName("feeNote")
        self.fee_note.setWordWrap(True)
        self.method_box = QComboBox()
        self.method_box.setObjectName("methodBox")
        for key, label in FEE_METHODS.items():
            self.method_box.addItem(self.tr(label), key)
        self.receipt_edit = self._line("receiptEdit", self.tr("Số biên lai thu phí, lệ phí"))
        self.note_edit = self._line("noteEdit", self.tr("Không bắt buộc"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QHBoxLayout()
        row.addWidget(self.channel_box, 1)
        row.addWidget(QLabel(self.tr("Số bộ:")))
        row.addWidget(self.sets_box)
        form.addRow(self.tr("Kênh nộp:"), row)
        form.addRow(self.tr("Nhận kết quả:"), self.delivery_box)
        form.addRow(self.tr("Phí, lệ phí:"), self.fee_widget)
        form.addRow("", self.fee_note)
        pay = QHBoxLayout()
        pay.addWidget(self.method_box)
        receipt_label = QLabel(self.tr("Biên lai số:"))
        receipt_label.setBuddy(self.receipt_edit)
        pay.addWidget(receipt_label)
        pay.addWidget(self.receipt_edit, 1)
        form.addRow(self.tr("Hình thức nộp:"), pay)
        form.addRow(self.tr("Ghi chú:"), self.note_edit)
        self._set_fees(())
        return group

    def _build_due_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Ngày hẹn trả kết quả (tính theo lịch làm việc)"))
        self.due_label = QLabel("—")
        self.due_label.setObjectName("dueLabel")
        self.due_detail = QLabel(self.tr("Chọn thủ tục để tính ngày hẹn trả."))
        self.due_detail.setObjectName("dueDetail")
        self.due_detail.setWordWrap(True)
        self.handover_label = QLabel()
        self.handover_label.setObjectName("handoverLabel")
        self.handover_label.setWordWrap(True)
        self.handover_label.setVisible(False)
        layout = QVBoxLayout(group)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due_detail)
        layout.addWidget(self.handover_label)
        return group

    def _build_completion_panel(self) -> QGroupBox:
        group = QGroupBox(self.tr("Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)"))
        group.setObjectName("completionPanel")
        note = QLabel(self.tr("Hướng dẫn một lần, đầy đủ mọi nội dung cần bổ sung; "
                              "không cấp mã hồ sơ."))
        note.setWordWrap(True)
        self.items_edit = QPlainTextEdit()
        self.items_edit.setObjectName("itemsEdit")
        self.items_edit.setPlaceholderText(self.tr("Mỗi dòng một nội dung cần bổ sung"))
        self.items_edit.setTabChangesFocus(True)
        self.items_edit.setFixedHeight(90)
        self.completion_reason_edit = self._line("completionReasonEdit", self.tr(
            "Ví dụ: thiếu giấy tờ bắt buộc theo danh mục"))
        self.contact_edit = self._line("contactEdit", self.tr("Cán bộ hướng dẫn, số điện thoại"))
        self.completion_confirm = self._action_button(
            self.tr("Lập phiếu yêu cầu bổ sung (Ctrl+Enter)"), "completionConfirm",
            self.confirm_completion)
        cancel = self._action_button(self.tr("Hủy (Esc)"), "completionCancel", self.cancel_mode)
        form = QFormLayout(group)
        form.addRow(note)
        form.addRow(self.tr("Nội dung cần bổ sung:"), self.items_edit)
        form.addRow(self.tr("Lý do:"), self.completion_reason_edit)
        form.addRow(self.tr("Liên hệ:"), self.contact_edit)
        row = QHBoxLayout()
        row.addWidget(self.completion_confirm)
        row.addWidget(cancel)
        row.addStretch(1)
        form.addRow("", row)
        group.setVisible(False)
        return group

    def _build_refuse_panel(self) -> QGroupBox:
        group = QGroupBox(self.tr("Từ chối tiếp nhận hồ sơ (Mẫu 03) — ghi rõ lý do"))
        group.setObjectName("refusePanel")
        self.refuse_reason_edit = QPlainTextEdit()
        self.refuse_reason_edit.setObjectName("refuseReasonEdit")
        self.refuse_reason_edit.setPlaceholderText(self.tr(
            "Lý do từ chối (bắt buộc), ví dụ: yêu cầu không thuộc thẩm quyền giải quyết của xã"))
        self.refuse_reason_edit.setTabChangesFocus(True)
        self.refuse_reason_edit.setFixedHeight(70)
        self.refuse_confirm = self._action_button(self.tr("Xác nhận từ chối (Ctrl+Enter)"),
                                                  "refuseConfirm", self.confirm_refusal)
        cancel = self._action_button(self.tr("Hủy (Esc)"), "refuseCancel", self.cancel_mode)
        form = QFormLayout(group)
        form.addRow(self.tr("Lý do:"), self.refuse_reason_edit)
        row = QHBoxLayout()
        row.addWidget(self.refuse_confirm)
        row.addWidget(cancel)
        row.addStretch(1)
        form.addRow("", row)
        group.setVisible(False)
        return group

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _text, w=edit: self._clear_invalid(w))
        return edit

    def _build_shortcuts(self) -> None:
        bindings = (
            ("F2", self.focus_procedure),
            ("F3", self.focus_scan),
            ("F4", self.focus_checklist),
            ("Ctrl+O", self.pick_scan_file_for_current),
            ("Ctrl+Return", self.primary_action),
            ("Ctrl+Enter", self.primary_action),
            ("F7", self.open_completion),
            ("F8", self.open_refusal),
            ("F9", self.print_receipt),
            ("Ctrl+P", self.open_issued_papers),
            ("Escape", self.cancel_mode),
            ("Ctrl+N", self.new_form),
        )
        self.shortcuts: dict[str, QShortcut] = {}
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[keys] = shortcut

    def _line_edits(self) -> list[QLineEdit]:
        return [self.picker.search, self.scan_edit, self.name_edit, self.id_edit, self.dob_edit,
                self.address_edit, self.phone_edit, self.email_edit, self.filer_name_edit,
                self.filer_id_edit, self.filer_phone_edit, self.receipt_edit, self.note_edit,
                self.completion_reason_edit, self.contact_edit]

    def _install_keyboard_flow(self) -> None:
        """Enter moves on (filter installed first); the wedge detector sees keys before it."""
        for widget in (*self._line_edits(), self.kind_box, self.sex_box, self.variant_box,
                       self.channel_box, self.delivery_box, self.sets_box, self.method_box,
                       self.filer_check, self.items_edit, self.refuse_reason_edit):
            if widget is not self.picker.search:
                widget.installEventFilter(self)
        for edit in self._line_edits():
            if edit is not self.scan_edit:
                self.scan_detector.watch(edit)

    def _focus_chain(self) -> list[QWidget]:
        fees = [w for check, spin, _name in self._fee_rows for w in (check, spin)]
        return [self.picker.search, self.variant_box, self.scan_edit, self.kind_box,
                self.name_edit, self.id_edit, self.dob_edit, self.sex_box, self.address_edit,
                self.phone_edit, self.email_edit, self.filer_check, self.filer_name_edit,
                self.filer_id_edit, self.filer_phone_edit, *self.checklist.focus_widgets(),
                self.folder_button, self.channel_box, self.sets_box, self.delivery_box, *fees,
                self.method_box, self.receipt_edit, self.note_edit, self.items_edit,
                self.completion_reason_edit, self.contact_edit, self.completion_confirm,
                self.refuse_reason_edit, self.refuse_confirm, self.accept_button,
                self.completion_button, self.refuse_button, self.clear_button]

    def _fix_tab_order(self) -> None:
        chain = self._focus_chain()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ page life

    def on_services_ready(self) -> None:
        self._update_login_banner()
        self.context.tasks.run_db(self._load_procedures, on_done=self._on_procedures_loaded,
                                  on_error=self._on_load_error)
        folder = load_scanner_folder(self.context.paths.data)
        if folder is not None:
            self.scanner_folder.set_folder(folder)
            self._show_scanner_folder()
        self.due_timer.start()

    def on_activated(self) -> None:
        self._update_login_banner()
        self.refresh_due()
        # Keyboard first: after Ctrl+1 the officer types the procedure straight away (and
        # F2/F8/Ctrl+Enter reach the page) instead of clicking into it first.
        focused = QApplication.focusWidget()
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            self.picker.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _load_procedures(self) -> list:
        from cchc_desktop.services.catalogue import list_procedures

        return list_procedures(self.services.db)

    def _on_procedures_loaded(self, rows: list) -> None:
        self.picker.set_rows(rows)

    def _on_load_error(self, exc: BaseException) -> None:
        log.error("intake: cannot load the catalogue", exc_info=exc)
        self.show_message(self.tr("Không tải được danh mục thủ tục: %1")
                          .replace("%1", _message_of(exc)), "error")

    def event(self, event: QEvent) -> bool:
        # The sign-in dialog closes and the window becomes active again: the banner
        # follows ``services.current_user`` without the window having to tell the page.
        if event.type() == QEvent.Type.WindowActivate:
            self._update_login_banner()
        return super().event(event)

    def _update_login_banner(self) -> None:
        signed_in = self.services is not None and self.services.current_user is not None
        self.login_banner.setVisible(self.services is not None and not signed_in)

    # ------------------------------------------------------------------ keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.primary_action()
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if isinstance(watched, QPlainTextEdit):
            return False  # a new line
        if watched is self.scan_edit:
            self.scan_payload(self.scan_edit.text(), source=self.scan_edit)
            return True
        if isinstance(watched, QWidget):
            self.focusNextPrevChild(True)
            return True
        return False

    def focus_procedure(self) -> None:
        self.picker.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.picker.search.selectAll()

    def focus_scan(self) -> None:
        self.scan_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scan_edit.selectAll()

    def focus_checklist(self) -> None:
        first = self.checklist.first_check()
        if first is None:
            self.show_message(self.tr("Chọn thủ tục trước để hiện danh mục thành phần hồ sơ."),
                              "warning")
            self.focus_procedure()
            return
        first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def primary_action(self) -> None:
        {MODE_ACCEPT: self.accept_dossier, MODE_COMPLETION: self.confirm_completion,
         MODE_REFUSE: self.confirm_refusal}[self.mode]()

    # ------------------------------------------------------------------ procedure

    def _on_picker_procedure_chosen(self, row: Any) -> None:
        if row is None or self.services is None:
            return
        self.context.tasks.run_db(self.services.dossiers.intake_procedure, row.code,
                                  on_done=self._on_procedure_loaded,
                                  on_error=self._on_action_error)

    def _on_procedure_loaded(self, procedure: IntakeProcedure) -> None:
        self.procedure = procedure
        self._clear_invalid(self.picker.search)
        self.variant_box.blockSignals(True)
        self.variant_box.clear()
        self.variant_box.addItem(self.tr("Thông thường"), "")
        for name in procedure.variants:
            self.variant_box.addItem(name, name)
        self.variant_box.blockSignals(False)
        has_variants = bool(procedure.variants)
        self.variant_box.setVisible(has_variants)
        self.variant_label.setVisible(has_variants)
        self._apply_channel_variant()
        self.checklist.set_components(procedure.components)
        self._set_fees(procedure.fees, procedure.fee_text)
        self._fix_tab_order()
        self.refresh_due()
        (self.variant_box if has_variants else self.scan_edit).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def _set_fees(self, fees: tuple[dict, ...] | tuple, fee_text: str = "") -> None:
        for widget in self._fee_widgets:
            self.fee_grid.removeWidget(widget)
            widget.hide()  # deleteLater waits for the event loop
            widget.deleteLater()
        self._fee_widgets = []
        self._fee_rows = []
        for index, fee in enumerate(fees):
            name = str(fee.get("name", ""))
            check = QCheckBox()
            check.setObjectName(f"feeCheck{index}")
            check.setAccessibleName(name)
            check.setToolTip(str(fee.get("note", "")) or name)
            check.installEventFilter(self)
            label = QLabel(name)  # wraps, unlike a check box's own text
            label.setWordWrap(True)
            label.setBuddy(check)
            label.setToolTip(check.toolTip())
            spin = QSpinBox()
            spin.setObjectName(f"feeAmount{index}")
            spin.setRange(0, 1_000_000_000)
            spin.setSingleStep(1000)
            spin.setGroupSeparatorShown(True)
            spin.setSuffix(" đ")
            spin.setLocale(VI_LOCALE)  # 5.000 đ, not 5,000 đ
            spin.setValue(int(fee.get("amount", 0) or 0))
            spin.setFixedWidth(110)
            spin.installEventFilter(self)
            self.fee_grid.addWidget(check, index, 0, Qt.AlignmentFlag.AlignTop)
            self.fee_grid.addWidget(label, index, 1)
            self.fee_grid.addWidget(spin, index, 2, Qt.AlignmentFlag.AlignTop)
            for widget in (check, label, spin):
                widget.show()
            self._fee_widgets += [check, label, spin]
            self._fee_rows.append((check, spin, name))
        self.fee_grid.setColumnStretch(1, 1)
        if fees:
            self.fee_note.setText(fee_text or self.tr("Đánh dấu khoản phí, lệ phí đã thu."))
        elif self.procedure is not None:
            self.fee_note.setText(fee_text or self.tr("Thủ tục không thu phí, lệ phí."))
        else:
            self.fee_note.setText(self.tr("Chọn thủ tục để hiện các khoản phí, lệ phí."))

    def fee_rows(self) -> list[tuple[QCheckBox, QSpinBox, str]]:
        """(collected?, amount, name) for each fee the procedure publishes."""
        return list(self._fee_rows)

    def _on_channel_box_current_index_changed(self, _index: int) -> None:
        self._apply_channel_variant()
        self.refresh_due()

    def _apply_channel_variant(self) -> None:
        """A procedure with a postal variant (e.g. "Nộp qua bưu chính") follows the channel."""
        if self.procedure is None:
            return
        postal = self.channel_box.currentData() == 3
        for index in range(1, self.variant_box.count()):
            if "buu chinh" in fold(self.variant_box.itemText(index)):
                current = self.variant_box.currentIndex()
                if postal:
                    self.variant_box.setCurrentIndex(index)
                elif current == index:
                    self.variant_box.setCurrentIndex(0)
                return

    # ------------------------------------------------------------------ due time

    def refresh_due(self) -> None:
        """Recompute the due time for "now" (live, as the officer fills the form)."""
        if self.services is None or self.procedure is None:
            return
        now = self.services.clock()
        self.context.tasks.run_db(_due_and_handover, self.services.dossiers,
                                  self.procedure.code, now, self.variant_box.currentData() or "",
                                  on_done=self._on_due_ready, on_error=self._on_due_error)

    def _on_due_ready(self, result: tuple[DuePreview, str]) -> None:
        preview, handover = result
        self.preview = preview
        self.due_label.setText(self.tr("Hẹn trả: %1").replace("%1", format_due(preview.due_at)))
        lines = [self.tr("Thời hạn: %1 · tiếp nhận lúc %2")
                 .replace("%1", preview.duration_label)
                 .replace("%2", f"{preview.received_at:%H:%M %d/%m/%Y}")]
        if preview.explanation:
            lines.append(self.tr("Không tính các ngày nghỉ:"))
            lines += [f"• {line}" for line in preview.explanation]
        self.due_detail.setText("\n".join(lines))
        self.handover_label.setText(handover)
        self.handover_label.setVisible(bool(handover))

    def _on_due_error(self, exc: BaseException) -> None:
        self.preview = None
        self.due_label.setText("—")
        self.due_detail.setText(self.tr("Không tính được ngày hẹn trả: %1")
                                .replace("%1", _message_of(exc)))

    # ------------------------------------------------------------------ applicant

    def _on_kind_box_current_index_changed(self, _index: int) -> None:
        citizen = self.kind_box.currentData() == 1
        self.name_label.setText(self.tr("Họ và tên:") if citizen
                                else self.tr("Tên tổ chức:"))
        self.id_label.setText(self.tr("Số định danh:") if citizen
                              else self.tr("Mã số / giấy tờ:"))
        self.id_edit.setPlaceholderText(self.tr("12 chữ số") if citizen
                                        else self.tr("Mã số doanh nghiệp, quyết định thành lập…"))
        for widget in (self.dob_edit, self.sex_box, self.dob_label, self.sex_label):
            widget.setEnabled(citizen)
        self._update_applicant_notes()

    def _on_filer_check_toggled(self, checked: bool) -> None:
        self.filer_box.setVisible(checked)
        if checked:
            self.filer_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_applicant_notes(self) -> None:
        notes = list(self._scan_warnings)
        number = "".join(self.id_edit.text().split())
        if number and self.kind_box.currentData() == 1:
            try:
                dob = parse_dob(self.dob_edit.text())
            except ValidationError:
                dob = None
            try:
                notes += validate_personal_id(number, date_of_birth=dob,
                                              sex=self.sex_box.currentData() or None)
            except ValidationError as exc:
                notes.append(exc.message)
        unique = list(dict.fromkeys(notes))
        self.applicant_notes.setText("\n".join(f"⚠ {note}" for note in unique))
        self.applicant_notes.setVisible(bool(unique))

    def _on_scan_detector_payload_scanned(self, source: QLineEdit, payload: str) -> None:
        self.scan_payload(payload, source=source)

    def scan_payload(self, payload: str, *, source: QLineEdit | None = None) -> bool:
        """Parse a CCCD QR payload and fill the applicant; on failure keep everything."""
        try:
            record = parse_cccd(payload)
        except ValidationError as exc:
            # Keep the payload where the officer can see and correct it; nothing typed
            # in the other fields is touched.
            self.scan_edit.setText(normalize_text(payload))
            self._mark_invalid(self.scan_edit)
            self.show_message(
                self.tr("Không đọc được mã QR căn cước: %1 Thông tin đã nhập được giữ "
                        "nguyên; hãy quét lại hoặc nhập tay.").replace("%1", exc.message),
                "error")
            self.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.apply_cccd(record)
        return True

    def apply_cccd(self, record: CccdRecord) -> None:
        """Fill the applicant from the card; differences from typed values become warnings."""
        warnings = list(record.warnings)
        card = {
            self.tr("Họ và tên"): (self.name_edit.text(), record.full_name, fold),
            self.tr("Số định danh"): (self.id_edit.text(), record.number,
                                      lambda s: "".join(s.split())),
            self.tr("Ngày sinh"): (self.dob_edit.text(),
                                   f"{record.date_of_birth:%d/%m/%Y}", _dob_key),
            self.tr("Địa chỉ"): (self.address_edit.text(), record.address, fold),
        }
        if self.sex_box.currentData():
            card[self.tr("Giới tính")] = (self.sex_box.currentData(), record.sex, str)
        for label, (typed, on_card, key) in card.items():
            if normalize_text(typed) and on_card and key(typed) != key(on_card):
                warnings.append(self.tr("%1 đã nhập “%2” khác trên thẻ “%3”; đã lấy theo thẻ.")
                                .replace("%1", label).replace("%2", normalize_text(typed))
                                .replace("%3", on_card))
        self.kind_box.setCurrentIndex(self.kind_box.findData(1))
        self.name_edit.setText(record.full_name)
        self.id_edit.setText(record.number)
        self.dob_edit.setText(f"{record.date_of_birth:%d/%m/%Y}")
        self.sex_box.setCurrentIndex(self.sex_box.findData(record.sex))
        if record.address:
            self.address_edit.setText(record.address)
        self.scan_edit.clear()
        for widget in (self.scan_edit, self.name_edit, self.id_edit, self.dob_edit,
                       self.sex_box, self.address_edit):
            self._clear_invalid(widget)
        self._scan_warnings = warnings
        self._update_applicant_notes()
        self.show_message(self.tr("Đã đọc thẻ căn cước: %1 (số %2).")
                          .replace("%1", record.full_name).replace("%2", record.number),
                          "warning" if warnings else "info")
        self.phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ scans

    def pick_scan_file_for_current(self) -> None:
        component = self.checklist.current_component() or self.checklist.scanner_target()
        if component is None:
            self.show_message(self.tr("Chọn thủ tục trước để đính kèm tệp quét."), "warning")
            return
        self.pick_scan_file(component)

    def pick_scan_file(self, component_id: int) -> None:
        start = str(self.scanner_folder.folder or Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp quét"), start,
            self.tr("Tệp quét (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)"))
        if path:
            self.attach_scan(component_id, Path(path))

    def attach_scan(self, component_id: int, path: Path) -> None:
        """Check and store the file (content-addressed, size and type checked), then mark."""
        if self.services is None or component_id not in self.checklist.rows:
            return
        self.context.tasks.run_io(
            self.services.files.put_scan, Path(path),
            on_done=lambda blob: self._on_scan_stored(component_id, Path(path), blob),
            on_error=lambda exc: self._on_scan_failed(component_id, Path(path), exc))

    def _on_scan_stored(self, component_id: int, path: Path, blob: Any) -> None:
        if component_id not in self.checklist.rows:
            return  # the procedure changed meanwhile
        self.checklist.set_scan(component_id, AttachedScan(path, blob.sha256, blob.size,
                                                           blob.mime))
        name = self.checklist.rows[component_id].option.name
        self.show_message(self.tr("Đã số hóa “%1”: %2.").replace("%1", _short(name))
                          .replace("%2", path.name), "info")

    def _on_scan_failed(self, component_id: int, path: Path, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            log.error("intake: cannot store %s", path, exc_info=exc)
        self.show_message(self.tr("Không đính kèm được tệp “%1”: %2")
                          .replace("%1", path.name).replace("%2", _message_of(exc)), "error")

    def choose_scanner_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Thư mục máy quét lưu tệp"),
            str(self.scanner_folder.folder or Path.home()))
        if folder:
            self.set_scanner_folder(Path(folder))

    def set_scanner_folder(self, folder: Path | None) -> None:
        if not self.scanner_folder.set_folder(folder):
            self.show_message(self.tr("Không mở được thư mục máy quét “%1”.")
                              .replace("%1", str(folder)), "error")
            return
        save_scanner_folder(self.context.paths.data, folder)
        self._show_scanner_folder()

    def _show_scanner_folder(self) -> None:
        folder = self.scanner_folder.folder
        self.folder_label.setText(
            self.tr("Tự nhận tệp mới từ thư mục máy quét: %1").replace("%1", str(folder))
            if folder else self.tr("Kéo thả tệp quét vào dòng thành phần, hoặc chọn thư mục "
                                   "máy quét để tự nhận tệp mới."))

    def _on_scanner_folder_file_arrived(self, path: Path) -> None:
        target = self.checklist.scanner_target()
        if target is None:
            self.show_message(self.tr("Có tệp quét mới “%1” nhưng chưa chọn thủ tục.")
                              .replace("%1", path.name), "warning")
            return
        self.attach_scan(target, path)

    # ------------------------------------------------------------------ collecting input

    def collect_intake(self) -> IntakeInput:
        """The form as the service's input; raises ValidationError on what the UI can see."""
        if self.procedure is None:
            raise ValidationError("intake.procedure_required", "Chưa chọn thủ tục hành chính.",
                                  field="procedure")
        citizen = self.kind_box.currentData() == 1
        applicant = ApplicantInput(
            kind=int(self.kind_box.currentData()),
            name=self.name_edit.text(),
            id_number=self.id_edit.text(),
            date_of_birth=parse_dob(self.dob_edit.text()) if citizen else None,
            sex=(self.sex_box.currentData() or "") if citizen else "",
            address=self.address_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
        )
        filer = FilerInput()
        if self.filer_check.isChecked():
            name = normalize_text(self.filer_name_edit.text())
            if not name:
                raise ValidationError("intake.filer_name_required",
                                      "Phải nhập họ tên người được ủy quyền nộp hồ sơ.",
                                      field="filer_name")
            filer_id = "".join(self.filer_id_edit.text().split())
            if len(filer_id) > 30:
                raise ValidationError("intake.filer_id_too_long",
                                      "Số giấy tờ của người được ủy quyền quá dài.",
                                      field="filer_id_number")
            phone = self.filer_phone_edit.text()
            if phone.strip():
                try:
                    phone = validate_phone(phone)
                except ValidationError as exc:
                    raise ValidationError(exc.code, exc.message, field="filer_phone") from None
            filer = FilerInput(name, filer_id, phone)
        method = self.method_box.currentData()
        receipt = normalize_text(self.receipt_edit.text())
        fees = tuple(FeeInput(name, spin.value(), method, receipt)
                     for check, spin, name in self._fee_rows if check.isChecked())
        return IntakeInput(
            procedure_code=self.procedure.code, applicant=applicant, filer=filer,
            variant=self.variant_box.currentData() or "",
            channel=int(self.channel_box.currentData()),
            result_delivery=self.delivery_box.currentData(),
            sets_count=self.sets_box.value(), components=self.checklist.inputs(), fees=fees,
            note=self.note_edit.text(),
        )

    def _user_or_warn(self) -> Any:
        if self.services is None:
            self.show_message(self.tr("Cơ sở dữ liệu chưa sẵn sàng, xin chờ trong giây lát."),
                              "warning")
            return None
        user = self.services.current_user
        if user is None:
            self._update_login_banner()
            self.show_message(self.tr("Chưa đăng nhập: phải đăng nhập tài khoản cán bộ trước "
                                      "khi ghi nhận hồ sơ."), "error")
        return user

    def _start(self) -> tuple[Any, IntakeInput] | None:
        """Common checks of the three outcomes; None (with a message shown) if not ready."""
        if self._busy:
            return None
        self._clear_all_invalid()
        user = self._user_or_warn()
        if user is None:
            return None
        try:
            intake = self.collect_intake()
        except ValidationError as exc:
            self._show_error(exc)
            return None
        return user, intake

    def _run(self, fn: Any, on_done: Any) -> None:
        self._set_busy(True)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._on_action_error(exc)

        self.context.tasks.run_db(fn, on_done=done, on_error=failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.accept_button, self.completion_button, self.refuse_button,
                       self.completion_confirm, self.refuse_confirm):
            button.setEnabled(not busy)

    # ------------------------------------------------------------------ outcomes

    def accept_dossier(self) -> None:
        """Receive the dossier: code issued (NĐ 61/2018 Art. 17(1)(c), 17(3))."""
        if self.mode != MODE_ACCEPT:
            self.cancel_mode()
        started = self._start()
        if started is None:
            return
        user, intake = started
        now = self.services.clock()
        self._run(partial(self.services.dossiers.accept, intake, user=user, now=now),
                  self._on_accepted)

    def _on_accepted(self, detail: DossierDetail) -> None:
        self.last_result = detail
        due = detail.timing.current_due if detail.timing else None
        body = [self.tr("Mã hồ sơ: <b>%1</b>").replace("%1", escape(detail.code)),
                self.tr("Người nộp: %1").replace("%1", escape(detail.applicant.name)),
                self.tr("Thủ tục: %1").replace("%1", escape(detail.procedure_name))]
        if due is not None:
            body.append(self.tr("Hẹn trả kết quả: <b>%1</b>").replace("%1", format_due(due)))
        can_print = printing_available()
        self.print_button.setText(self.tr("In giấy tiếp nhận, hẹn trả (F9)"))
        self.print_button.setVisible(can_print)
        if not can_print:
            body.append(self.tr("Hồ sơ đã được ghi nhận. Chức năng in Giấy tiếp nhận hồ sơ và "
                                "hẹn trả kết quả (Mẫu 01) đang được xây dựng."))
        self._show_result(self.tr("Đã tiếp nhận hồ sơ"), "<br>".join(body), "info")
        self.reset_form()
        self.accepted.emit(detail)

    def open_completion(self) -> None:
        """Guide once, completely, with Mẫu 02 (NĐ 61/2018 Art. 15(3); NĐ 118/2025 Art. 11)."""
        if self.procedure is None:
            self._show_error(ValidationError("intake.procedure_required",
                                             "Chưa chọn thủ tục hành chính.", field="procedure"))
            return
        self.mode = MODE_COMPLETION
        self.refuse_panel.setVisible(False)
        self.completion_panel.setVisible(True)
        if not self.items_edit.toPlainText().strip():
            self.items_edit.setPlainText("\n".join(self.checklist.missing_required()))
        if not self.contact_edit.text() and self.services is not None:
            user = self.services.current_user
            if user is not None:
                self.contact_edit.setText(", ".join(p for p in (user.full_name, user.title)
                                                    if p))
        if not self.completion_reason_edit.text():
            self.completion_reason_edit.setText(
                self.tr("Hồ sơ chưa đầy đủ thành phần theo quy định"))
        self.items_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scroll.ensureWidgetVisible(self.completion_panel)
        self.show_message(self.tr("Ghi đủ mọi nội dung cần bổ sung (chỉ yêu cầu một lần), rồi "
                                  "nhấn Ctrl+Enter."), "warning")

    def confirm_completion(self) -> None:
        started = self._start()
        if started is None:
            return
        user, intake = started
        items = [line for line in self.items_edit.toPlainText().splitlines() if line.strip()]
        now = self.services.clock()
        self._run(partial(self.services.dossiers.request_completion, intake, items,
                          self.completion_reason_edit.text(), self.contact_edit.text(),
                          user=user, now=now), self._on_guided)

    def _on_guided(self, record: GuidanceRecord) -> None:
        self.last_result = record
        items = "".join(f"<br>• {escape(item)}" for item in record.items)
        self.print_button.setText(self.tr("In phiếu yêu cầu bổ sung, hoàn thiện (F9)"))
        self.print_button.setVisible(printing_available())
        self._show_result(
            self.tr("Đã lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)"),
            self.tr("Người nộp: %1 · không cấp mã hồ sơ. Nội dung cần bổ sung:")
            .replace("%1", escape(record.applicant.name)) + items, "warning")
        self.reset_form()
        self.guided.emit(record)

    def open_refusal(self) -> None:
        """Refusal is written, with the reason, on Mẫu 03 (NĐ 61/2018 Art. 17(1)(b))."""
        if self.procedure is None:
            self._show_error(ValidationError("intake.procedure_required",
                                             "Chưa chọn thủ tục hành chính.", field="procedure"))
            return
        self.mode = MODE_REFUSE
        self.completion_panel.setVisible(False)
        self.refuse_panel.setVisible(True)
        self.refuse_reason_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scroll.ensureWidgetVisible(self.refuse_panel)
        self.show_message(self.tr("Ghi rõ lý do từ chối, rồi nhấn Ctrl+Enter."), "warning")

    def confirm_refusal(self) -> None:
        started = self._start()
        if started is None:
            return
        user, intake = started
        reason = self.refuse_reason_edit.toPlainText()
        if not normalize_text(reason):
            self._show_error(ValidationError("intake.reason_required",
                                             "Phải ghi rõ lý do từ chối tiếp nhận hồ sơ.",
                                             field="reason"))
            return
        now = self.services.clock()
        self._run(partial(self.services.dossiers.refuse_at_counter, intake, reason, user=user,
                          now=now), self._on_refused)

    def _on_refused(self, detail: DossierDetail) -> None:
        self.last_result = detail
        self.print_button.setText(self.tr("In phiếu từ chối (F9)"))
        self.print_button.setVisible(printing_available())
        self._show_result(
            self.tr("Đã ghi nhận từ chối tiếp nhận (Mẫu 03)"),
            self.tr("Người nộp: %1<br>Thủ tục: %2<br>Lý do: %3")
            .replace("%1", escape(detail.applicant.name))
            .replace("%2", escape(detail.procedure_name))
            .replace("%3", escape(detail.refusal_reason)), "error")
        self.reset_form()
        self.refused.emit(detail)

    def cancel_mode(self) -> None:
        if self.scan_detector.is_scanning():
            return
        self.mode = MODE_ACCEPT
        self.completion_panel.setVisible(False)
        self.refuse_panel.setVisible(False)

    def print_receipt(self) -> None:
        """F9: print the paper of the last outcome (Mẫu 01 after accepting, Mẫu 02 after
        guiding at the counter, Mẫu 03 after a refusal) through the documents service:
        issued, numbered, archived; a second press is a reprint, which asks for a reason."""
        result = self.last_result
        if not isinstance(result, (DossierDetail, GuidanceRecord)) or self.services is None:
            return
        if not printing_available():
            self.show_message(self.tr("Chức năng in chưa sẵn sàng; hồ sơ đã được ghi nhận."),
                              "warning")
            return
        flow = self._paper_flow()
        user, now = self.services.current_user, self.services.clock()
        if isinstance(result, GuidanceRecord):
            # NĐ 61/2018 Art. 15(3), 17(1)(a): the guidance is given in writing, on Mẫu 02.
            flow.run_guidance(result.id, user=user, now=now)
            return
        kind = "receipt" if result.code else "refusal"
        flow.run(kind, result.id, user=user, now=now)

    def _documents(self) -> Any:
        documents = getattr(self.services, "documents", None)
        if documents is None:
            from cchc_desktop.services.documents import DocumentService

            documents = DocumentService(self.services.dossiers, self.services.files)
        return documents

    def _paper_flow(self) -> Any:
        if self.paper_flow is None:
            from cchc_desktop.ui.pdf_preview import PaperFlow

            self.paper_flow = PaperFlow(self.context.tasks, self._documents(), self)
            self.paper_flow.failed.connect(lambda text: self.show_message(text, "error"))
        return self.paper_flow

    def open_issued_papers(self) -> None:
        """Ctrl+P: the papers issued so far, to reopen or reprint, and the ledger to print."""
        if self.services is None:
            return
        if not printing_available():
            self.show_message(self.tr("Chức năng in chưa sẵn sàng."), "warning")
            return
        from cchc_desktop.ui.dialogs.issued_papers import IssuedPapersDialog

        if self.papers_dialog is None:
            self.papers_dialog = IssuedPapersDialog(
                self.context.tasks, self._documents(), self._paper_flow(),
                user=lambda: self.services.current_user, clock=self.services.clock,
                parent=self)
        self.papers_dialog.reload()
        self.papers_dialog.show()
        self.papers_dialog.raise_()
        self.papers_dialog.activateWindow()

    # ------------------------------------------------------------------ form state

    def new_form(self) -> None:
        """Ctrl+N: an empty form for the next applicant (the last result panel closes)."""
        self.result_panel.setVisible(False)
        self.reset_form()
        self.message.setVisible(False)

    def reset_form(self) -> None:
        self.cancel_mode()
        self.procedure = None
        self.preview = None
        self.picker.search.clear()
        self.picker.choose(None)
        self.variant_box.clear()
        self.variant_box.setVisible(False)
        self.variant_label.setVisible(False)
        for edit in self._line_edits():
            edit.clear()
        self.kind_box.setCurrentIndex(0)
        self.sex_box.setCurrentIndex(0)
        self.filer_check.setChecked(False)
        self.checklist.set_components(())
        self.channel_box.setCurrentIndex(0)
        self.delivery_box.setCurrentIndex(0)
        self.sets_box.setValue(1)
        self.method_box.setCurrentIndex(0)
        self._set_fees(())
        self.items_edit.clear()
        self.refuse_reason_edit.clear()
        self._scan_warnings = []
        self._update_applicant_notes()
        self._clear_all_invalid()
        self.due_label.setText("—")
        self.due_detail.setText(self.tr("Chọn thủ tục để tính ngày hẹn trả."))
        self.handover_label.setVisible(False)
        self._fix_tab_order()
        self.focus_procedure()

    # ------------------------------------------------------------------ messages, errors

    def show_message(self, text: str, tone: str = "info") -> None:
        self.message.setText(text)
        self.message.setProperty("tone", tone)
        _refresh_style(self.message)
        self.message.setVisible(bool(text))

    def _show_result(self, title: str, body: str, tone: str) -> None:
        self.result_title.setText(title)
        self.result_body.setText(body)
        self.result_panel.setProperty("tone", tone)
        _refresh_style(self.result_panel)
        self.result_panel.setVisible(True)
        self.message.setVisible(False)

    def _on_action_error(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self._show_error(exc)
            return
        log.error("intake: unexpected error", exc_info=exc)
        self.show_message(self.tr("Lỗi không mong đợi, hồ sơ chưa được ghi: %1. "
                                  "Thông tin trên biểu mẫu được giữ nguyên.")
                          .replace("%1", str(exc)), "error")

    def _show_error(self, exc: DomainError) -> None:
        message = exc.message
        if exc.code == "intake.missing_required":
            message += " " + self.tr("(F7)")
        self.show_message(message, "error")
        widget = self.field_widget(exc.details.get("field", ""))
        if widget is not None:
            self._mark_invalid(widget)
            if widget.isVisible():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll.ensureWidgetVisible(widget)

    def field_widget(self, field_name: str) -> QWidget | None:
        """The widget behind a service error's ``field``."""
        if field_name == "reason":
            return (self.completion_reason_edit if self.mode == MODE_COMPLETION
                    else self.refuse_reason_edit)
        if field_name == "components":
            return self.checklist.first_check() or self.checklist
        if field_name == "fees":
            return self._fee_rows[0][0] if self._fee_rows else self.method_box
        return {
            "procedure": self.picker.search, "variant": self.variant_box,
            "payload": self.scan_edit, "kind": self.kind_box, "name": self.name_edit,
            "full_name": self.name_edit, "id_number": self.id_edit, "number": self.id_edit,
            "date_of_birth": self.dob_edit, "sex": self.sex_box,
            "address": self.address_edit, "phone": self.phone_edit, "email": self.email_edit,
            "filer_name": self.filer_name_edit, "filer_id_number": self.filer_id_edit,
            "filer_phone": self.filer_phone_edit, "channel": self.channel_box,
            "result_delivery": self.delivery_box, "sets_count": self.sets_box,
            "items": self.items_edit, "contact": self.contact_edit, "note": self.note_edit,
            "summary": self.note_edit,
        }.get(field_name)

    def _mark_invalid(self, widget: QWidget) -> None:
        widget.setProperty("invalid", True)
        _refresh_style(widget)
        if widget not in self._invalid:
            self._invalid.append(widget)

    def _clear_invalid(self, widget: QWidget) -> None:
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            _refresh_style(widget)
        if widget in self._invalid:
            self._invalid.remove(widget)

    def _clear_all_invalid(self) -> None:
        for widget in list(self._invalid):
            self._clear_invalid(widget)

    def invalid_widgets(self) -> list[QWidget]:
        return list(self._invalid)


def _dob_key(text: str) -> str:
    try:
        value = parse_dob(text)
    except ValidationError:
        return normalize_text(text)
    return value.isoformat() if value else ""


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _message_of(exc: BaseException) -> str:
    return exc.message if isinstance(exc, DomainError) else str(exc)


__all__ = ["IntakePage", "format_due", "parse_dob"]
