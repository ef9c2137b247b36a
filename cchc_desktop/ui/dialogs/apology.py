"""Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04): draft, approve, issue, inform.

NĐ 61/2018 Art. 19(9) (domain.md §3 rule 7): when a dossier will be late, the applicant
receives, at least one working day before the due time, an apology with the reason and
a new return time, signed by the head of the handling agency; the due time may be reset
only once. The officer drafts (reason, proposed time suggested by the calendar, signer
from the office settings); a supervisor approves ("Duyệt và phát hành"), and only then
is the letter numbered and issued and the new due time in force; the officer then
records how the applicant was informed. The rules live in ``services.apologies``; this
dialog collects input, shows the service's Vietnamese refusals and the at-risk hint
("Ước tính", never a fact). All database work goes through the task runner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.ui.models.dossier_table import (
    STATE_COLOURS,
    dossier_changed,
    state_icon,
    warning_window,
)

WHEN = "%H:%M %d/%m/%Y"
ONE_WORKING_DAY = timedelta(hours=8)
SUPERVISOR_ROLES = ("supervisor", "admin")


@dataclass(frozen=True)
class ApologyState:
    """Everything the dialog shows, gathered in one trip to the database lane."""

    detail: Any  # services.dossiers.DossierDetail
    apology: Any  # services.apologies.ApologyRow | None
    suggestion: datetime | None
    timer: Any  # services.deadlines.Timer | None
    hint: str  # RiskHint.text
    refusal: str  # why no (new) letter may be drafted, "" if one may
    late_now: bool  # a letter issued now would be "phát hành muộn"
    signer_name: str
    signer_title: str
    reasons: tuple[str, ...]
    inform_methods: dict[str, str]


def load_state(services: Any, dossier_id: int, now: datetime) -> ApologyState:
    """Runs in the database lane."""
    from cchc_desktop.domain.deadlines import working_time_between
    from cchc_desktop.domain.dossier import Status
    from cchc_desktop.domain.errors import DomainError
    from cchc_desktop.domain.timing import check_extension
    from cchc_desktop.services.apologies import FREQUENT_REASONS, INFORM_METHODS
    from cchc_desktop.services.deadlines import predict_finish, timer_for

    detail = services.dossiers.detail(dossier_id)
    apology = services.apologies.for_dossier(dossier_id)
    calendar = services.calendar
    timing = detail.timing
    suggestion, timer, hint, refusal, late_now = None, None, "", "", False
    if timing is None or not Status(detail.status).is_open:
        refusal = "Chỉ lập Phiếu xin lỗi cho hồ sơ đang giải quyết."
    else:
        timer = timer_for(calendar, status=detail.status, due_at=timing.current_due,
                          paused=timing.paused, received_at=detail.received_at, now=now,
                          warning=warning_window(services))
        try:
            # NĐ 61/2018 Art. 19(9): the due time may be reset only once — asked of the
            # domain rule itself, with a time that is certainly later than the due time
            check_extension(calendar, timing, timing.current_due + timedelta(days=3650), now)
        except DomainError as exc:
            refusal = exc.message
        if not refusal:
            suggestion = services.apologies.suggest_new_due(dossier_id, now)
        # NĐ 61/2018 Art. 19(9): at least one working day before the due time, else flagged
        left = working_time_between(calendar, now, timing.current_due, as_of=timing.as_of)
        late_now = left < ONE_WORKING_DAY
        hint = predict_finish(services.db, calendar, procedure_code=detail.procedure_code,
                              handling_unit=detail.handling_unit,
                              received_at=detail.received_at,
                              due_at=timing.current_due).text
    settings = services.settings
    return ApologyState(detail, apology, suggestion, timer, hint, refusal, late_now,
                        settings.head_of_agency_name, settings.head_of_agency_title,
                        FREQUENT_REASONS, dict(INFORM_METHODS))


def _to_qt(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute))


def _error_text(exc: BaseException) -> str:
    return getattr(exc, "message", None) or str(exc) or type(exc).__name__


class ApologyDialog(QDialog):
    """Opened for one dossier (EXTEND action, the deadlines page); handles every step.

    - no letter yet (or one sent back): the officer's draft form;
    - a draft waiting and a supervisor signed in: "Duyệt và phát hành" / "Trả lại";
    - a letter issued: its number, the new due time, how the applicant was informed;
      a second letter is refused with the legal reason.
    """

    changed = Signal()  # a draft was saved, approved, returned or the applicant informed
    loaded = Signal()

    def __init__(self, services: Any, tasks: Any, dossier_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.dossier_id = dossier_id
        self.state: ApologyState | None = None
        self.setObjectName("apologyDialog")
        self.setWindowTitle(self.tr("Phiếu xin lỗi và hẹn lại ngày trả kết quả"))
        self.setMinimumWidth(640)

        self.heading = QLabel(self.tr("Đang tải hồ sơ…"))
        self.heading.setObjectName("apologyHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)

        info = QFormLayout()
        self.applicant_label = QLabel()
        self.procedure_label = QLabel()
        self.procedure_label.setWordWrap(True)
        self.due_label = QLabel()
        self.due_label.setObjectName("currentDue")
        self.timer_icon = QLabel()
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timerLabel")
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_icon)
        timer_row.addWidget(self.timer_label, 1)
        info.addRow(self.tr("Người nộp:"), self.applicant_label)
        info.addRow(self.tr("Thủ tục:"), self.procedure_label)
        info.addRow(self.tr("Hạn trả hiện tại:"), self.due_label)
        info.addRow(self.tr("Thời gian còn lại:"), timer_row)

        self.hint_label = QLabel()
        self.hint_label.setObjectName("riskHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("font-style: italic; color: #4a5563;")
        self.hint_label.setToolTip(self.tr(
            "Ước tính từ các hồ sơ cùng thủ tục và đơn vị trước đây; không phải kết luận."))

        self.refusal_label = QLabel()
        self.refusal_label.setObjectName("refusalLabel")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet(
            "color: #b00020; font-weight: bold; border: 1px solid #b00020; padding: 6px;")
        self.refusal_label.hide()

        # -- the officer's draft ---------------------------------------------------------------
        self.draft_box = QGroupBox(self.tr("Lập Phiếu xin lỗi (gửi lãnh đạo duyệt)"))
        draft_form = QFormLayout(self.draft_box)
        self.reason_box = QComboBox()
        self.reason_box.setObjectName("reasonBox")
        self.reason_box.setEditable(True)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_box.lineEdit().setPlaceholderText(
            self.tr("Chọn lý do thường gặp hoặc ghi lý do cụ thể (bắt buộc)"))
        self.new_due_edit = QDateTimeEdit()
        self.new_due_edit.setObjectName("newDueEdit")
        self.new_due_edit.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.new_due_edit.setCalendarPopup(True)
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestionLabel")
        self.use_suggestion = QPushButton(self.tr("Dùng gợi ý"))
        self.use_suggestion.clicked.connect(self._on_use_suggestion_clicked)
        due_row = QHBoxLayout()
        due_row.addWidget(self.new_due_edit)
        due_row.addWidget(self.suggestion_label, 1)
        due_row.addWidget(self.use_suggestion)
        self.signer_label = QLabel()
        self.signer_label.setObjectName("signerLabel")
        self.late_label = QLabel()
        self.late_label.setObjectName("lateLabel")
        self.late_label.setWordWrap(True)
        self.late_label.setStyleSheet("color: #a15c00;")
        self.late_label.hide()
        draft_form.addRow(self.tr("&Lý do chậm trả:"), self.reason_box)
        due_label = QLabel(self.tr("&Hẹn trả mới:"))
        due_label.setBuddy(self.new_due_edit)
        draft_form.addRow(due_label, due_row)
        draft_form.addRow(self.tr("Người ký:"), self.signer_label)
        draft_form.addRow(self.late_label)
        self.draft_state_label = QLabel()
        self.draft_state_label.setObjectName("draftStateLabel")
        self.draft_state_label.setWordWrap(True)
        draft_form.addRow(self.draft_state_label)
        self.submit_button = QPushButton(self.tr("Gửi lãnh đạo duyệt (Ctrl+Enter)"))
        self.submit_button.setObjectName("submitDraft")
        self.submit_button.clicked.connect(self.submit_draft)
        draft_form.addRow(self.submit_button)

        # -- the supervisor's decision ------------------------------------------------------------
        self.approval_box = QGroupBox(self.tr("Lãnh đạo duyệt phiếu"))
        approval = QFormLayout(self.approval_box)
        self.draft_summary = QLabel()
        self.draft_summary.setObjectName("draftSummary")
        self.draft_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.draft_summary.setWordWrap(True)
        self.reject_note = QLineEdit()
        self.reject_note.setObjectName("rejectNote")
        self.reject_note.setPlaceholderText(self.tr("Lý do trả lại (khi trả lại phiếu)"))
        self.approve_button = QPushButton(self.tr("Duyệt và phát hành (Ctrl+Enter)"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton(self.tr("Trả lại"))
        self.reject_button.setObjectName("rejectButton")
        self.reject_button.clicked.connect(self.reject_draft)
        decision = QHBoxLayout()
        decision.addWidget(self.approve_button)
        decision.addWidget(self.reject_button)
        decision.addStretch(1)
        approval.addRow(self.draft_summary)
        approval.addRow(self.tr("Ghi chú:"), self.reject_note)
        approval.addRow(decision)

        # -- the issued letter --------------------------------------------------------------------
        self.issued_box = QGroupBox(self.tr("Phiếu đã phát hành"))
        issued = QFormLayout(self.issued_box)
        self.issued_summary = QLabel()
        self.issued_summary.setObjectName("issuedSummary")
        self.issued_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issued_summary.setWordWrap(True)
        self.inform_box = QComboBox()
        self.inform_box.setObjectName("informBox")
        self.inform_button = QPushButton(self.tr("Ghi nhận đã thông báo"))
        self.inform_button.setObjectName("informButton")
        self.inform_button.clicked.connect(self.record_informed)
        inform_row = QHBoxLayout()
        inform_row.addWidget(self.inform_box, 1)
        inform_row.addWidget(self.inform_button)
        issued.addRow(self.issued_summary)
        issued.addRow(self.tr("Đã báo người nộp qua:"), inform_row)

        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        close = QPushButton(self.tr("Đóng (Esc)"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(info)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.refusal_label)
        layout.addWidget(self.draft_box)
        layout.addWidget(self.approval_box)
        layout.addWidget(self.issued_box)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        for box in (self.draft_box, self.approval_box, self.issued_box):
            box.hide()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._on_primary_shortcut)
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.tasks.run_db(load_state, self.services, self.dossier_id, self.services.clock(),
                          on_done=self._on_loaded, on_error=self._show_error)

    def _is_supervisor(self) -> bool:
        user = self.services.current_user
        role = getattr(getattr(user, "role", None), "value", None)
        return role in SUPERVISOR_ROLES

    def _on_loaded(self, state: ApologyState) -> None:
        self.state = state
        detail = state.detail
        self.heading.setText(self.tr("Hồ sơ %1").replace("%1", detail.code))
        self.applicant_label.setText(detail.applicant.name)
        self.procedure_label.setText(detail.procedure_name)
        timing = detail.timing
        if timing is not None:
            due = f"{timing.current_due:{WHEN}}"
            if timing.extended and timing.previous_due is not None:
                due += self.tr(" (hạn ban đầu %1)").replace(
                    "%1", f"{timing.original_due:{WHEN}}")
            self.due_label.setText(due)
        timer = state.timer
        if timer is not None:
            state_name = timer.state.value
            self.timer_label.setText(f"{timer.state.label}: {timer.text}")
            colour = STATE_COLOURS.get(state_name, "#1f2933")
            self.timer_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
            icon = state_icon(state_name)
            if icon is not None:
                self.timer_icon.setPixmap(icon.pixmap(18, 18))
        if state.hint:
            hint = state.hint
            if not hint.startswith("Ước tính"):
                hint = self.tr("Ước tính: %1").replace("%1", hint)
            self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(state.hint))

        apology = state.apology
        issued = apology is not None and apology.state == "issued"
        pending = apology is not None and apology.state == "draft"
        self.refusal_label.setText(
            self.tr("Không thể lập phiếu mới: %1").replace("%1", state.refusal)
            if state.refusal else "")
        self.refusal_label.setVisible(bool(state.refusal))

        show_approval = pending and self._is_supervisor()
        show_draft = not state.refusal and not show_approval
        self.draft_box.setVisible(show_draft)
        self.approval_box.setVisible(show_approval)
        self.issued_box.setVisible(issued)
        self.submit_button.setEnabled(show_draft)
        if show_draft:
            self._fill_draft(state)
        if show_approval:
            self._fill_approval(state)
        if issued:
            self._fill_issued(state)
        self.adjustSize()  # the shown sections changed: fit them
        self.loaded.emit()

    def _fill_draft(self, state: ApologyState) -> None:
        current = self.reason_box.currentText()
        self.reason_box.clear()
        self.reason_box.addItems(list(state.reasons))
        apology = state.apology
        if apology is not None and apology.state in ("draft", "rejected"):
            self.reason_box.setEditText(apology.reason)
            self.new_due_edit.setDateTime(_to_qt(apology.new_due))
            self.draft_state_label.setText(
                self.tr("Phiếu đang ở trạng thái: %1. Có thể sửa và gửi lại.")
                .replace("%1", apology.state_label))
        else:
            self.draft_state_label.setText("")
            self.reason_box.setEditText(current)
            if state.suggestion is not None:
                self.new_due_edit.setDateTime(_to_qt(state.suggestion))
        if state.suggestion is not None:
            self.suggestion_label.setText(self.tr("Gợi ý theo lịch làm việc: %1")
                                          .replace("%1", f"{state.suggestion:{WHEN}}"))
        timing = state.detail.timing
        if timing is not None:
            self.new_due_edit.setMinimumDateTime(_to_qt(timing.current_due))
        signer = " ".join(p for p in (state.signer_title, state.signer_name) if p)
        self.signer_label.setText(signer or self.tr(
            "(chưa khai báo người đứng đầu cơ quan trong Cài đặt)"))
        # NĐ 61/2018 Art. 19(9): less than one working day before the due time is late
        self.late_label.setText(self.tr(
            "Còn dưới một ngày làm việc trước hạn: phiếu vẫn được phát hành nhưng sẽ ghi "
            "“phát hành muộn” trong hồ sơ và báo cáo."))
        self.late_label.setVisible(state.late_now)

    def _fill_approval(self, state: ApologyState) -> None:
        a = state.apology
        lines = [
            self.tr("Lý do: %1").replace("%1", a.reason),
            self.tr("Hạn trả hiện tại: %1").replace("%1", f"{a.previous_due:{WHEN}}"),
            self.tr("Hẹn trả mới: %1").replace("%1", f"{a.new_due:{WHEN}}"),
            self.tr("Người ký: %1").replace("%1", f"{a.signer_title} {a.signer_name}".strip()),
            self.tr("Lập lúc: %1").replace("%1", f"{a.drafted_at:{WHEN}}"),
        ]
        if state.late_now:
            lines.append(self.tr("Duyệt lúc này: phiếu sẽ ghi “phát hành muộn” (còn dưới "
                                 "một ngày làm việc trước hạn)."))
        self.draft_summary.setText("\n".join(lines))

    def _fill_issued(self, state: ApologyState) -> None:
        a = state.apology
        lines = [
            self.tr("Số phiếu: %1").replace("%1", a.number_text or "—"),
            self.tr("Hạn trước khi gia hạn: %1").replace("%1", f"{a.previous_due:{WHEN}}"),
            self.tr("Hẹn trả mới (đang áp dụng): %1").replace("%1", f"{a.new_due:{WHEN}}"),
            self.tr("Lý do: %1").replace("%1", a.reason),
        ]
        if a.approved_at is not None:
            lines.append(self.tr("Phát hành lúc: %1").replace("%1", f"{a.approved_at:{WHEN}}"))
        if a.late_issue:
            lines.append(self.tr("Phát hành muộn (dưới một ngày làm việc trước hạn)"))
        self.issued_summary.setText("\n".join(lines))
        self.inform_box.clear()
        for code, label in state.inform_methods.items():
            self.inform_box.addItem(label, code)
        if a.informed_via:
            self.inform_box.setCurrentIndex(self.inform_box.findData(a.informed_via))
            when = f"{a.informed_at:{WHEN}}" if a.informed_at else ""
            self.inform_button.setToolTip(self.tr("Đã ghi nhận lúc %1").replace("%1", when))

    # -- actions -------------------------------------------------------------------------------
    @Slot()
    def _on_primary_shortcut(self) -> None:
        if self.approval_box.isVisible():
            self.approve()
        elif self.draft_box.isVisible():
            self.submit_draft()

    @Slot()
    def _on_use_suggestion_clicked(self) -> None:
        if self.state is not None and self.state.suggestion is not None:
            self.new_due_edit.setDateTime(_to_qt(self.state.suggestion))

    def _user(self) -> Any:
        user = self.services.current_user
        if user is None:
            self._show_error(self.tr("Cần đăng nhập để thực hiện."))
        return user

    @Slot()
    def submit_draft(self) -> None:
        """The officer sends the draft to the supervisor (the service checks every rule)."""
        user = self._user()
        if user is None:
            return
        reason = self.reason_box.currentText().strip()
        if not reason:
            self._show_error(self.tr("Phải ghi rõ lý do chậm trả kết quả."))
            self.reason_box.setFocus()
            return
        new_due = self.new_due_edit.dateTime().toPython()
        self._run(self.services.apologies.draft, self.dossier_id, reason=reason,
                  new_due=new_due, user=user, now=self.services.clock(),
                  done=self.tr("Đã gửi phiếu cho lãnh đạo duyệt."))

    @Slot()
    def approve(self) -> None:
        """Supervisor: number and issue the letter; the new due time takes effect."""
        user = self._user()
        if user is None or self.state is None or self.state.apology is None:
            return
        self._run(self.services.apologies.approve, self.state.apology.id, user=user,
                  now=self.services.clock(), done=self.tr("Đã duyệt và phát hành phiếu."),
                  dossier=True)

    @Slot()
    def reject_draft(self) -> None:
        user = self._user()
        if user is None or self.state is None or self.state.apology is None:
            return
        note = self.reject_note.text().strip()
        if not note:
            self._show_error(self.tr("Ghi lý do trả lại phiếu."))
            self.reject_note.setFocus()
            return
        self._run(self.services.apologies.reject, self.state.apology.id, note=note, user=user,
                  now=self.services.clock(), done=self.tr("Đã trả lại phiếu cho cán bộ."))

    @Slot()
    def record_informed(self) -> None:
        user = self._user()
        if user is None or self.state is None or self.state.apology is None:
            return
        via = self.inform_box.currentData()
        self._run(self.services.apologies.record_informed, self.state.apology.id, via=via,
                  user=user, now=self.services.clock(),
                  done=self.tr("Đã ghi nhận hình thức thông báo cho người nộp."))

    def _run(self, fn: Any, *args: Any, done: str, dossier: bool = False, **kwargs: Any) -> None:
        self.error_label.hide()

        def call() -> Any:
            return fn(*args, **kwargs)

        def finished(row: Any) -> None:
            self._show_message(done if not getattr(row, "late_issue", False) or not dossier
                               else done + " " + self.tr("Phiếu được ghi “phát hành muộn”."))
            if dossier:
                dossier_changed(self.dossier_id)
            self.changed.emit()
            self.reload()

        self.tasks.run_db(call, on_done=finished, on_error=self._show_error)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
        self.adjustSize()

    def _show_error(self, error: BaseException | str) -> None:
        text = error if isinstance(error, str) else _error_text(error)
        self.error_label.setText(text)
        self.error_label.show()
        self.error_label.setAccessibleName(text)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.adjustSize()
