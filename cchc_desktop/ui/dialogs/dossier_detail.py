"""One dossier: its data, components and scans, history, timing, and the allowed actions.

The dialog shows a ``DossierDetail`` (frozen dataclass from the services). The action
buttons are exactly ``detail.allowed``: what the state machine lets the signed-in user
do now (``domain.dossier.allowed_actions``); each opens a small dialog from
``ui.dialogs.actions`` and the services re-check everything (state, role, reasons). After
an action the dialog shows the detail the service returned and emits ``changed``.

Scanned components: a thumbnail of the selected one, a viewer (PDF pages rendered by
pypdfium2, JPEG/PNG by Qt), and "Số hóa" for a component without a scan. Reading and
rendering run on the task runner's parallel lane; database work on its database lane.

Keyboard: every action has a shortcut shown on its button (Ctrl+T transfer, Ctrl+R
return, …); Ctrl+1/2/3 switch tabs; Enter on a component opens its scan; Esc closes.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.dossier import RETURN_METHODS, Action, Role, Status, allowed_actions
from cchc_desktop.ui.dialogs import actions as forms
from cchc_desktop.ui.models.dossier_table import (
    DATE_FORMAT,
    STATE_COLOURS,
    TICK_MS,
    describe,
    state_icon,
    warning_window,
)

THUMB_DPI = 24
MAX_COLUMN_WIDTH = 230
VIEW_DPI = 110
THUMB_SIZE = (150, 200)

# Shortcut of each action inside the dialog (shown on its button).
ACTION_KEYS: dict[Action, str] = {
    Action.ACCEPT: "Ctrl+Shift+A",  # a dossier filed online (status 1)
    Action.REFUSE: "Ctrl+Shift+D",
    Action.TRANSFER: "Ctrl+T",
    Action.RECORD_PROGRESS: "Ctrl+G",
    Action.REQUEST_SUPPLEMENT: "Ctrl+B",
    Action.RECEIVE_SUPPLEMENT: "Ctrl+N",
    Action.REQUEST_FINANCIAL: "Ctrl+F",
    Action.CONFIRM_FINANCIAL: "Ctrl+Shift+F",
    Action.MARK_RESOLVED: "Ctrl+K",
    Action.RETURN_RESULT: "Ctrl+R",
    Action.REQUEST_WITHDRAWAL: "Ctrl+U",
    Action.STOP: "Ctrl+D",
    Action.REFUSE_AFTER_REVIEW: "Ctrl+Shift+X",
    Action.EXTEND: "Ctrl+H",
}
CORRECT_KEY = "Ctrl+E"
PRINT_KEY = "Ctrl+P"
ATTACH_KEY = "Ctrl+Shift+S"

# Short button texts (the full legal name is the tooltip: Action.label).
BUTTON_TEXTS: dict[Action, str] = {
    Action.ACCEPT: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Tiếp nhận hồ sơ trực tuyến…"),
    Action.REFUSE: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Từ chối tiếp nhận…"),
    Action.TRANSFER: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Chuyển xử lý…"),
    Action.RECORD_PROGRESS: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Cập nhật tiến độ…"),
    Action.REQUEST_SUPPLEMENT: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Yêu cầu bổ sung…"),
    Action.RECEIVE_SUPPLEMENT: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Nhận hồ sơ bổ sung…"),
    Action.REQUEST_FINANCIAL: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Yêu cầu nghĩa vụ tài chính…"),
    Action.CONFIRM_FINANCIAL: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Đã thực hiện nghĩa vụ tài chính…"),
    Action.MARK_RESOLVED: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Đã có kết quả…"),
    Action.RETURN_RESULT: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Trả kết quả…"),
    Action.REQUEST_WITHDRAWAL: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Công dân rút hồ sơ…"),
    Action.STOP: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Dừng xử lý…"),
    Action.REFUSE_AFTER_REVIEW: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Từ chối giải quyết…"),
    Action.EXTEND: QT_TRANSLATE_NOOP(
        "DossierDetailDialog", "Xin lỗi, hẹn lại ngày trả…"),
}


@dataclass(frozen=True)
class TimerRow:
    """What ``describe`` reads of a list row, taken from the detail (the current due time)."""

    status: int
    due_at: datetime | None
    paused: bool
    received_at: datetime
    resolved_at: datetime | None
    returned_at: datetime | None

    @classmethod
    def of(cls, detail: Any) -> TimerRow:
        timing = detail.timing
        return cls(detail.status, timing.current_due if timing else None,
                   bool(timing and timing.paused), detail.received_at, detail.resolved_at,
                   detail.returned_at)


def _when(value: Any) -> str:
    return value.strftime(DATE_FORMAT) if value else ""


def _outcome(value: str) -> str:
    from cchc_desktop.domain.deadlines import Outcome

    try:
        return Outcome(value).label if value else ""
    except ValueError:
        return value


def status_text(code: int | None) -> str:
    if code is None:
        return "—"
    try:
        return f"{code} – {Status(code).label}"
    except ValueError:
        return str(code)


def apology_available() -> bool:
    """The apology dialog (Action.EXTEND) is another engineer's module; offer it once it exists."""
    return importlib.util.find_spec("cchc_desktop.ui.dialogs.apology") is not None


def printing_available() -> bool:
    try:
        from cchc_desktop.ui import pdf_preview
    except ImportError:
        return False
    return hasattr(pdf_preview, "PaperFlow")


def load_scan(files: Any, sha256: str, mime: str, dpi: float) -> list[Any] | bytes:
    """Plain values for a scan (worker thread): rendered PDF pages, or the image bytes."""
    data = files.read(sha256)
    if mime == "application/pdf" or data[:5] == b"%PDF-":
        from cchc_desktop.ui.pdf_preview import render_pdf

        return render_pdf(data, dpi)
    return data


def scan_images(loaded: list[Any] | bytes) -> list[QImage]:
    """QImages from ``load_scan``'s answer (UI thread)."""
    if isinstance(loaded, bytes):
        image = QImage.fromData(loaded)
        return [] if image.isNull() else [image]
    return [page.to_image() for page in loaded]


class _WrappingTable(QTableWidget):
    """Long legal names wrap: row heights follow the column widths after each resize."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.resizeRowsToContents)


class ScanViewerDialog(QDialog):
    """Every page of one scanned component, scrollable; Esc closes."""

    def __init__(self, title: str, images: list[QImage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanViewer")
        self.setWindowTitle(title)
        self.resize(820, 900)
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.page_labels: list[QLabel] = []
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
            self.page_labels.append(label)
        if not images:
            column.addWidget(QLabel(self.tr("Không hiển thị được tệp quét này.")))
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng (Esc)"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 trang").replace("%1", str(len(images)))))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)


class DossierDetailDialog(QDialog):
    """Opened from the list (double click, Enter), by a scanned barcode, or the returns page.

    ``services`` and ``tasks`` default to the parent page's (``parent.services``,
    ``parent.context.tasks``); without them the dialog is read-only.
    """

    changed = Signal(object)  # the new DossierDetail after an action

    def __init__(self, detail: Any, status_label: str | None = None,
                 parent: QWidget | None = None, *, services: Any = None,
                 tasks: Any = None) -> None:
        super().__init__(parent)
        self.services = services if services is not None else getattr(parent, "services", None)
        context = getattr(parent, "context", None)
        self.tasks = tasks if tasks is not None else getattr(context, "tasks", None)
        self.detail = detail
        self.action_dialog: QDialog | None = None  # the last one opened (tests, focus)
        self.viewer: QDialog | None = None
        self.paper_flow: Any = None
        self._thumbs: dict[str, QPixmap] = {}
        self.setObjectName("dossierDetail")
        self.resize(1180, 700)

        # -- header --------------------------------------------------------------------------
        self.title_label = QLabel()
        self.title_label.setObjectName("detailTitle")
        self.title_label.setStyleSheet("QLabel#detailTitle { font-size: 15pt; font-weight: bold;"
                                       " color: #1f3b5a; }")
        self.state_label = QLabel()
        self.state_label.setObjectName("detailState")
        self.state_label.setWordWrap(True)
        # the live timer: icon + words + colour (colour is never the only signal)
        self.timer_icon = QLabel()
        self.timer_icon.setObjectName("detailTimerIcon")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("detailTimer")
        self.timer_state = ""  # services.deadlines.TimerState value, "" when none
        timer_row = QHBoxLayout()
        timer_row.setSpacing(6)
        timer_row.addWidget(self.timer_icon)
        timer_row.addWidget(self.timer_label)
        timer_row.addStretch(1)

        # -- general tab ---------------------------------------------------------------------
        self.fields: dict[str, QLabel] = {}
        general = QWidget()
        columns = QHBoxLayout(general)
        left = QFormLayout()
        for key, label in (
            ("code", self.tr("Mã hồ sơ:")), ("procedure", self.tr("Thủ tục:")),
            ("summary", self.tr("Nội dung yêu cầu:")), ("applicant", self.tr("Người nộp:")),
            ("id_number", self.tr("Số định danh:")), ("address", self.tr("Địa chỉ:")),
            ("phone", self.tr("Điện thoại:")), ("filer", self.tr("Người được ủy quyền:")),
            ("received", self.tr("Ngày nhận:")), ("unit", self.tr("Đơn vị xử lý:")),
            ("fees", self.tr("Phí, lệ phí:")), ("result", self.tr("Kết quả:")),
        ):
            left.addRow(label, self._field(key))
        timing_box = QGroupBox(self.tr("Thời hạn giải quyết"))
        timing = QFormLayout(timing_box)
        for key, label in (
            ("duration", self.tr("Thời gian quy định:")),
            ("original_due", self.tr("Hạn trả ban đầu:")),
            ("pauses", self.tr("Tạm dừng:")),
            ("restarted", self.tr("Tính lại từ:")),
            ("extension", self.tr("Gia hạn:")),
            ("current_due", self.tr("Hạn trả hiện tại:")),
            ("due_766", self.tr("Hạn theo Bộ chỉ số 766:")),
            ("supplements", self.tr("Yêu cầu bổ sung:")),
        ):
            timing.addRow(label, self._field(key))
        for key in ("original_due", "restarted", "current_due", "due_766", "duration"):
            self.fields[key].setWordWrap(False)
        bold = self.fields["current_due"].font()
        bold.setBold(True)
        self.fields["current_due"].setFont(bold)
        columns.addLayout(left, 1)
        columns.addWidget(timing_box, 1)

        # -- components tab ------------------------------------------------------------------
        self.components_table = self._table(
            "componentsTable", 1,
            (self.tr("STT"), self.tr("Thành phần hồ sơ"), self.tr("Bản chính"),
             self.tr("Bản sao CT"), self.tr("Bản chụp"), self.tr("Bản quét")))
        self.components_table.itemSelectionChanged.connect(self._on_components_selection)
        self.components_table.itemActivated.connect(lambda _item: self.view_scan())
        self.thumbnail = QLabel(self.tr("Chọn một thành phần để xem bản quét"))
        self.thumbnail.setObjectName("scanThumbnail")
        self.thumbnail.setFixedSize(*THUMB_SIZE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        self.thumbnail.setStyleSheet("QLabel#scanThumbnail { border: 1px solid #b0bec5;"
                                     " background: #fafafa; color: #5f6f7f; }")
        self.view_button = QPushButton(self.tr("Xem bản quét (Enter)"))
        self.view_button.setObjectName("viewScan")
        self.view_button.clicked.connect(self.view_scan)
        self.attach_button = QPushButton(self.tr("Số hóa… (%1)").replace("%1", ATTACH_KEY))
        self.attach_button.setObjectName("attachScan")
        self.attach_button.setToolTip(self.tr("Đính kèm bản quét cho thành phần chưa số hóa"))
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        QShortcut(QKeySequence(ATTACH_KEY), self, activated=self._on_attach_shortcut)
        side = QVBoxLayout()
        side.addWidget(self.thumbnail)
        side.addWidget(self.view_button)
        side.addWidget(self.attach_button)
        side.addStretch(1)
        components = QWidget()
        row = QHBoxLayout(components)
        row.addWidget(self.components_table, 1)
        row.addLayout(side)

        # -- history tab ---------------------------------------------------------------------
        self.events_table = self._table(
            "eventsTable", 4,
            (self.tr("Thời điểm"), self.tr("Việc"), self.tr("Người thực hiện, đơn vị"),
             self.tr("Trạng thái"), self.tr("Ghi chú")))
        self.steps_table = self._table(
            "stepsTable", 1,
            (self.tr("Bước"), self.tr("Đơn vị xử lý"), self.tr("Người xử lý"),
             self.tr("Bắt đầu"), self.tr("Hạn bước"), self.tr("Kết thúc"), self.tr("Kết quả")))
        history = QSplitter(Qt.Orientation.Vertical)
        history.addWidget(self.events_table)
        steps_box = QWidget()
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.setContentsMargins(0, 4, 0, 0)
        steps_layout.addWidget(QLabel(self.tr("Các bước xử lý tại đơn vị:")))
        steps_layout.addWidget(self.steps_table)
        history.addWidget(steps_box)
        history.setSizes([340, 140])

        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("Thông tin chung (Ctrl+1)"))
        self.tabs.addTab(components, self.tr("Thành phần hồ sơ (Ctrl+2)"))
        self.tabs.addTab(history, self.tr("Quá trình xử lý (Ctrl+3)"))
        for index in range(3):
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self,
                      activated=lambda i=index: self.tabs.setCurrentIndex(i))

        # -- actions -------------------------------------------------------------------------
        self.actions_box = QGroupBox(self.tr("Thao tác"))
        self.actions_box.setObjectName("actionsBox")
        self.actions_box.setMinimumWidth(250)
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.action_buttons: dict[Action, QPushButton] = {}
        self.no_action_label = QLabel()
        self.no_action_label.setWordWrap(True)
        self.no_action_label.setStyleSheet("color: #5f6f7f;")
        self.actions_layout.addWidget(self.no_action_label)
        self.buttons_layout = QVBoxLayout()
        self.actions_layout.addLayout(self.buttons_layout)
        self._shortcuts: dict[Action, QShortcut] = {}
        for action, keys in ACTION_KEYS.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda a=action: self._on_action_shortcut(a))
            self._shortcuts[action] = shortcut
        self.correct_button = self._command_button(
            "correctApplicant", self.tr("Điều chỉnh thông tin người nộp…"), CORRECT_KEY,
            self.open_correction)
        self.print_button = self._command_button(
            "printPapers", self.tr("In lại giấy tờ…"), PRINT_KEY, self._on_print_button_clicked)
        self.print_menu = QMenu(self)
        self._fill_print_menu([])
        self.actions_layout.addSpacing(12)
        self.actions_layout.addWidget(self.correct_button)
        self.actions_layout.addWidget(self.print_button)
        self.actions_layout.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("detailMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng (Esc)"))
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.tabs, 1)
        body.addWidget(self.actions_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.state_label)
        layout.addLayout(timer_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)

        # Live timer: recomputed every TICK_MS with the services' clock (time is an input).
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._populate(detail, status_label)
        if self.services is not None and hasattr(self.services, "clock"):
            self.timer.start()
        user = getattr(self.services, "current_user", None)
        if self.tasks is not None and user is not None and not detail.allowed:
            self.reload()  # the list loads without the user: ask for the allowed actions

    # -- live timer ------------------------------------------------------------------------------
    def tick(self) -> str:
        """Recompute the remaining working time now; returns the text shown.

        "còn 1 ngày 3 giờ (trong hạn)", "quá hạn 2 giờ", "Tạm dừng (chờ bổ sung)": the
        list's rule (``dossier_table.describe`` → ``services.deadlines.timer_for``) on the
        current due time, so an issued apology's new due time is used here too.
        """
        services = self.services
        clock = getattr(services, "clock", None)
        if clock is None or self.detail.timing is None:
            self._show_timer("", "")
            return ""
        item = describe(TimerRow.of(self.detail), services.calendar, clock(),
                        warning_window(services))
        text = item.remaining_label
        if item.state in ("in_time", "warning"):
            text = f"{text} ({item.state_label.lower()})"
        elif not item.state and text:  # finished: the outcome on the due time
            text = self.tr("Đã xong: %1").replace("%1", text.lower())
        text = text[:1].upper() + text[1:]
        self._show_timer(item.state, text)
        return text

    def _show_timer(self, state: str, text: str) -> None:
        self.timer_state = state
        icon = state_icon(state) if state else None
        self.timer_icon.setPixmap(icon.pixmap(18, 18) if icon is not None else QPixmap())
        self.timer_icon.setVisible(icon is not None)
        colour = STATE_COLOURS.get(state, "#1f3b5a")
        weight = "bold" if state in ("warning", "overdue") else "normal"
        self.timer_label.setStyleSheet(
            f"QLabel#detailTimer {{ color: {colour}; font-weight: {weight}; }}")
        self.timer_label.setText(text)
        self.timer_label.setToolTip(self.tr("Thời gian làm việc còn lại đến hạn trả hiện tại "
                                            "(cập nhật mỗi 30 giây)") if state else "")
        self.timer_label.setVisible(bool(text))

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)

    # -- building helpers ------------------------------------------------------------------------
    def _field(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"field_{key}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields[key] = label
        return label

    def _command_button(self, name: str, text: str, keys: str,
                        slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(f"{text}  ({keys})")
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        QShortcut(QKeySequence(keys), self, activated=lambda b=button: b.isVisible()
                  and b.isEnabled() and b.click())
        return button

    @staticmethod
    def _table(name: str, stretch: int, headers: tuple[str, ...]) -> QTableWidget:
        # A handful of fixed rows for reading only; the dossier list itself is a real model.
        table = _WrappingTable(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(list(headers))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setProperty("stretchColumn", stretch)
        header = table.horizontalHeader()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]],
              tips: list[tuple[str, ...]] | None = None) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if tips and tips[r][c]:
                    item.setToolTip(tips[r][c])
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        stretch = table.property("stretchColumn")
        for c in range(table.columnCount()):
            if c != stretch:
                header.resizeSection(c, min(header.sectionSize(c), MAX_COLUMN_WIDTH))
        table.resizeRowsToContents()

    # -- showing a detail ------------------------------------------------------------------------
    def _populate(self, detail: Any, status_label: str | None = None) -> None:
        self.detail = detail
        self.setWindowTitle(self.tr("Hồ sơ %1").replace("%1", detail.code or detail.uid))
        try:
            status = Status(detail.status)
        except ValueError:
            status = None
        label = status_label or (status.label if status else str(detail.status))
        timing = detail.timing
        self.title_label.setText(f"{detail.code or self.tr('(chưa cấp mã)')} — {label}")
        state = [detail.procedure_name]
        if timing is not None and status is not None and status.is_open:
            if timing.paused:
                state.append(self.tr("Thời hạn đang tạm dừng"))
            state.append(self.tr("Hạn trả: %1").replace("%1", _when(timing.current_due)))
        self.state_label.setText(" · ".join(s for s in state if s))

        a = detail.applicant
        fees = "; ".join(f"{f.name}: {f.amount:,} đ".replace(",", ".") +
                         (f" (biên lai {f.receipt_no})" if f.receipt_no else "")
                         for f in detail.fees)
        filer = detail.filer.name + (f" ({detail.filer.id_number})" if detail.filer.id_number
                                     else "")
        values = {
            "code": detail.code, "procedure": f"{detail.procedure_code} – "
                                              f"{detail.procedure_name}",
            "summary": detail.summary, "applicant": a.name, "id_number": a.id_number,
            "address": a.address, "phone": a.phone, "filer": filer,
            "received": _when(detail.received_at), "unit": detail.handling_unit,
            "fees": fees, "result": self._result_text(detail),
        }
        values.update(self._timing_texts(detail))
        for key, value in values.items():
            self.fields[key].setText(value or "—")

        self._fill(self.components_table, [
            (str(c.position), c.name, str(c.originals), str(c.certified_copies),
             str(c.photocopies),
             (self.tr("Đã số hóa") if c.digitised else self.tr("Chưa số hóa")))
            for c in detail.components])
        self._fill(
            self.events_table,
            [(_when(e.at), e.action_label, "\n".join(p for p in (e.actor, e.unit) if p),
              self._status_change(e), self._event_note(e)) for e in detail.events],
            [("", e.action, e.actor_title, f"{status_text(e.status_before)} → "
              f"{status_text(e.status_after)}", e.note) for e in detail.events])
        self._fill(self.steps_table, [
            (str(st.position), st.unit, st.handler, _when(st.started_at), _when(st.due_at),
             _when(st.finished_at), _outcome(st.outcome)) for st in detail.steps])
        self._show_actions(detail)
        self._on_components_selection()
        self.tick()

    def _event_note(self, event: Any) -> str:
        items = event.details.get("items") if isinstance(event.details, dict) else None
        if not items:
            return event.note
        listed = self.tr("Cần bổ sung: %1").replace("%1", "; ".join(items))
        return f"{event.note}\n{listed}" if event.note else listed

    @staticmethod
    def _status_change(event: Any) -> str:
        before = "" if event.status_before is None else f"{event.status_before} → "
        return f"{before}{event.status_after}"

    def _result_text(self, detail: Any) -> str:
        parts = []
        if detail.refusal_reason:
            parts.append(self.tr("Từ chối: %1").replace("%1", detail.refusal_reason))
        if detail.resolved_at:
            parts.append(self.tr("có kết quả lúc %1").replace("%1", _when(detail.resolved_at)))
        if detail.returned_at:
            method = RETURN_METHODS.get(detail.return_method, detail.return_method)
            text = self.tr("đã trả lúc %1, %2").replace("%1", _when(detail.returned_at)) \
                .replace("%2", method)
            if detail.collected_by:
                text += self.tr(", người nhận: %1").replace("%1", detail.collected_by)
            if detail.rating:
                text += self.tr(", hài lòng: %1/5").replace("%1", str(detail.rating))
            parts.append(text)
        return "; ".join(parts)

    def _timing_texts(self, detail: Any) -> dict[str, str]:
        t = detail.timing
        duration = detail.duration.label_vi() if detail.duration is not None else ""
        if t is None:
            return {"duration": duration}
        pauses = []
        for start, end in t.pauses:
            pauses.append(self.tr("từ %1 đến %2").replace("%1", _when(start)).replace(
                "%2", _when(end) if end else self.tr("nay (đang tạm dừng)")))
        extension = self.tr("Không")
        if t.extended:
            extension = self.tr("Đã hẹn lại một lần (Phiếu xin lỗi)")
            if t.extension_late_issue:
                extension += self.tr(" — phát hành muộn")
        return {
            "duration": duration,
            "original_due": _when(t.original_due),
            "pauses": "\n".join(pauses) or self.tr("Không"),
            "restarted": _when(t.restarted_at) or "—",
            "extension": extension,
            "current_due": _when(t.current_due),
            "due_766": _when(t.due_766),
            # NĐ 61/2018 Art. 15(3): a supplement is requested only once.
            "supplements": self.tr("%1/1 lần").replace("%1", str(t.supplement_requests)),
        }

    def _show_actions(self, detail: Any) -> None:
        for button in self.action_buttons.values():
            self.buttons_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.action_buttons = {}
        writable = self.writable()
        offered = [a for a in detail.allowed if a in ACTION_KEYS
                   and (a is not Action.EXTEND or apology_available())] if writable else []
        if writable and Action.EXTEND not in offered and self._apology_draftable(detail):
            offered.append(Action.EXTEND)
        for action in offered:
            button = QPushButton(f"{self.tr(BUTTON_TEXTS[action])}  ({ACTION_KEYS[action]})")
            button.setObjectName(f"action_{action.value}")
            button.setToolTip(action.label)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, a=action: self.start_action(a))
            self.buttons_layout.addWidget(button)
            self.action_buttons[action] = button
        for action, shortcut in self._shortcuts.items():
            shortcut.setEnabled(action in self.action_buttons)
        if offered:
            self.no_action_label.hide()
        else:
            self.no_action_label.setText(
                self.tr("Không có thao tác nào cho hồ sơ ở trạng thái này.") if writable
                else self.tr("Chỉ xem (chưa đăng nhập hoặc chưa mở cơ sở dữ liệu)."))
            self.no_action_label.show()
        final = Status(detail.status).is_final if detail.status in set(Status) else True
        self.correct_button.setVisible(writable and not final and bool(detail.code))
        self.print_button.setVisible(writable and bool(detail.code) and printing_available())
        first = next(iter(self.action_buttons.values()), None)
        if first is not None:
            first.setFocus()

    def writable(self) -> bool:
        """Actions need the services, the task runner and a signed-in user."""
        return (self.services is not None and self.tasks is not None
                and getattr(self.services, "current_user", None) is not None)

    @staticmethod
    def _apology_draftable(detail: Any) -> bool:
        """An officer drafts the apology that a supervisor approves (the EXTEND itself).

        NĐ 61/2018 Art. 19(9), TT 01/2018 Mẫu 04: the letter is signed by the head of the
        agency; the apology dialog lets an officer draft it and only a supervisor issue it.
        """
        if not apology_available() or detail.status not in set(Status):
            return False
        return Action.EXTEND in allowed_actions(Status(detail.status), Role.SUPERVISOR)

    # -- loading ---------------------------------------------------------------------------------
    def reload(self, notify: bool = False) -> None:
        """Fetch the detail again with the signed-in user's allowed actions."""
        services = self.services
        dossier_id = self.detail.id

        def load() -> Any:
            return services.dossiers.detail(dossier_id, user=services.current_user)

        self.tasks.run_db(load, on_done=lambda detail: self._on_reloaded(detail, notify),
                          on_error=self._on_failed)

    def _on_reloaded(self, detail: Any, notify: bool) -> None:
        self._populate(detail)
        if notify:
            self.changed.emit(detail)

    def _on_failed(self, exc: BaseException) -> None:
        self.show_message(forms.error_message(exc), error=True)

    def show_message(self, text: str, *, error: bool = False) -> None:
        color = ("background: #fdecea; color: #8e1b12;" if error
                 else "background: #e8f5e9; color: #1b5e20;")
        self.message.setStyleSheet(f"QLabel#detailMessage {{ {color} padding: 6px; }}")
        self.message.setText(text)
        self.message.show()

    # -- actions ---------------------------------------------------------------------------------
    def _call(self, method: str, **fixed: Any) -> Callable[[dict[str, Any]], Any]:
        """``perform`` for an action dialog: the service method with user and now added."""
        services = self.services
        dossier_id = self.detail.id

        def perform(values: dict[str, Any]) -> Any:
            call = getattr(services.dossiers, method)
            return call(dossier_id, **fixed, **values, user=services.current_user,
                        now=services.clock())

        return perform

    def _on_action_shortcut(self, action: Action) -> None:
        if action in self.action_buttons:
            self.start_action(action)

    def start_action(self, action: Action) -> QDialog | None:
        """Open the dialog of ``action`` (whatever the buttons say: the services decide)."""
        if self.services is None or self.tasks is None:
            return None
        d, tasks = self.detail, self.tasks
        if action is Action.TRANSFER:
            services = self.services

            def note() -> str:
                return services.dossiers.handover_note(services.clock())

            tasks.run_db(note, on_done=lambda text: self._open(forms.TransferDialog(
                self._call("transfer"), tasks, unit=d.handling_unit, handover_note=text,
                parent=self)), on_error=self._on_failed)
            return self.action_dialog
        if action is Action.EXTEND:
            from cchc_desktop.ui.dialogs.apology import ApologyDialog

            dialog = ApologyDialog(self.services, tasks, d.id, self)
            dialog.changed.connect(lambda: self.reload(notify=True))
            return self._open(dialog, connect=False)
        dialog: forms.ActionDialog
        if action is Action.RECORD_PROGRESS:
            dialog = forms.ProgressDialog(self._call("record_progress"), tasks,
                                          unit=d.handling_unit, parent=self)
        elif action is Action.REQUEST_SUPPLEMENT:
            dialog = forms.SupplementDialog(self._call("request_supplement"), tasks, self)
        elif action is Action.REFUSE_AFTER_REVIEW:
            dialog = forms.RefuseDialog(self._call("refuse_after_review"), tasks, self)
        elif action is Action.REFUSE:
            # NĐ 61/2018 Art. 17(1)(b): an online dossier is refused in writing with the reason
            dialog = forms.RefuseDialog(self._call("refuse_online"), tasks, self)
        elif action is Action.STOP:
            dialog = forms.StopDialog(self._call("stop"), tasks, self)
        elif action is Action.RETURN_RESULT:
            dialog = forms.ReturnDialog(self._call("return_result"), tasks,
                                        collector=d.applicant.name, parent=self)
        else:
            method, note_label, required, notice = {
                Action.ACCEPT: ("accept_online", self.tr("Ghi chú:"), False,
                                self.tr("Hồ sơ nộp trực tuyến được tiếp nhận; thời hạn giải "
                                        "quyết tính từ lúc tiếp nhận.")),
                # NĐ 61/2018 Art. 19(4): the full period restarts from the complete dossier.
                Action.RECEIVE_SUPPLEMENT: ("receive_supplement", self.tr("Ghi chú:"), False,
                                       self.tr("Thời hạn giải quyết được tính lại từ đầu kể "
                                               "từ khi nhận đủ hồ sơ bổ sung.")),
                Action.REQUEST_FINANCIAL: ("request_financial", self.tr("Nghĩa vụ tài chính:"),
                                      True, self.tr("Thời hạn tạm dừng trong khi công dân "
                                                    "thực hiện nghĩa vụ tài chính (nếu thủ "
                                                    "tục quy định).")),
                Action.CONFIRM_FINANCIAL: ("confirm_financial", self.tr("Chứng từ, ghi chú:"),
                                      False, ""),
                Action.MARK_RESOLVED: ("mark_resolved", self.tr("Kết quả:"), False,
                                  self.tr("Hồ sơ chuyển sang “Đã xử lý xong”, chờ trả kết "
                                          "quả cho công dân.")),
                Action.REQUEST_WITHDRAWAL: ("request_withdrawal", self.tr("Ghi chú:"), False,
                                       self.tr("Sau đó lập Thông báo dừng giải quyết hồ sơ "
                                               "và dừng xử lý.")),
            }[action]
            dialog = forms.NoteDialog(self._call(method), tasks, title=action.label,
                                      intro=self.tr("Hồ sơ %1 — %2").replace(
                                          "%1", d.code).replace("%2", d.applicant.name),
                                      note_label=note_label, required=required,
                                      notice=notice, parent=self)
        return self._open(dialog)

    def open_correction(self) -> QDialog | None:
        if self.services is None or self.tasks is None:
            return None
        services, dossier_id = self.services, self.detail.id

        def perform(values: dict[str, Any]) -> Any:
            return services.dossiers.correct_applicant(
                dossier_id, values["applicant"], reason=values["reason"],
                user=services.current_user, now=services.clock())

        return self._open(forms.CorrectionDialog(perform, self.tasks,
                                                 applicant=self.detail.applicant, parent=self))

    def _open(self, dialog: QDialog, *, connect: bool = True) -> QDialog:
        if connect:
            dialog.completed.connect(self._on_action_completed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def _on_action_completed(self, detail: Any) -> None:
        self._populate(detail)
        last = detail.events[-1] if detail.events else None
        if last is not None:
            self.show_message(self.tr("Đã ghi nhận: %1.").replace("%1", last.action_label))
        self.changed.emit(detail)

    # -- scans -----------------------------------------------------------------------------------
    def selected_component(self) -> Any:
        rows = self.components_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.detail.components):
            return None
        return self.detail.components[rows[0].row()]

    def _on_components_selection(self) -> None:
        comp = self.selected_component()
        scanned = comp is not None and comp.digitised and bool(comp.file_sha256)
        writable = self.writable()
        readable = self.services is not None and self.tasks is not None
        self.view_button.setEnabled(scanned and readable)
        open_status = self.detail.status in set(Status) and Status(self.detail.status).is_open
        self.attach_button.setEnabled(writable and comp is not None and not comp.digitised
                                      and open_status)
        if comp is None:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("Chọn một thành phần để xem bản quét"))
            return
        if not scanned:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("Chưa có bản quét"))
            return
        sha = comp.file_sha256
        if sha in self._thumbs:
            self.thumbnail.setPixmap(self._thumbs[sha])
            return
        if not readable:
            return
        self.thumbnail.setText(self.tr("Đang tải…"))
        self.tasks.run_io(load_scan, self.services.files, sha, comp.file_mime, THUMB_DPI,
                          on_done=lambda loaded, s=sha: self._on_thumbnail_loaded(s, loaded),
                          on_error=lambda _exc: self.thumbnail.setText(
                              self.tr("Không đọc được bản quét")))

    def _on_thumbnail_loaded(self, sha: str, loaded: Any) -> None:
        images = scan_images(loaded)
        if not images:
            self.thumbnail.setText(self.tr("Không đọc được bản quét"))
            return
        pixmap = QPixmap.fromImage(images[0]).scaled(
            THUMB_SIZE[0] - 4, THUMB_SIZE[1] - 4, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        self._thumbs[sha] = pixmap
        comp = self.selected_component()
        if comp is not None and comp.file_sha256 == sha:
            self.thumbnail.setPixmap(pixmap)

    def view_scan(self) -> None:
        comp = self.selected_component()
        if comp is None or not comp.file_sha256 or self.tasks is None or self.services is None:
            return
        title = self.tr("Bản quét: %1").replace("%1", comp.name)
        self.tasks.run_io(load_scan, self.services.files, comp.file_sha256, comp.file_mime,
                          VIEW_DPI, on_done=lambda loaded: self._show_viewer(title, loaded),
                          on_error=self._on_failed)

    def _show_viewer(self, title: str, loaded: Any) -> None:
        viewer = ScanViewerDialog(title, scan_images(loaded), self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = viewer
        viewer.open()

    def _on_attach_shortcut(self) -> None:
        self.tabs.setCurrentIndex(1)
        if self.attach_button.isEnabled():
            self._on_attach_button_clicked()

    def _on_attach_button_clicked(self) -> None:
        comp = self.selected_component()
        if comp is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn bản quét cho: %1").replace("%1", comp.name), "",
            self.tr("Bản quét (*.pdf *.jpg *.jpeg *.png)"))
        if path:
            self.attach_scan(comp.id, Path(path))

    def attach_scan(self, component_id: int, path: Path) -> None:
        """Số hóa: store the file and record it (audited, sent to the province)."""
        services, dossier_id = self.services, self.detail.id

        def attach() -> Any:
            return services.dossiers.attach_scan(dossier_id, component_id, path,
                                                 user=services.current_user,
                                                 now=services.clock())

        self.tasks.run_db(attach, on_done=self._on_action_completed, on_error=self._on_failed)

    # -- printing --------------------------------------------------------------------------------
    def _on_print_button_clicked(self) -> None:
        """The menu lists what this dossier's papers are now: looked up on the database lane."""
        documents = self._documents()
        dossier_id = self.detail.id

        def shown(rows: list) -> None:
            self._fill_print_menu(rows)
            self.print_menu.popup(self.print_button.mapToGlobal(
                self.print_button.rect().bottomLeft()))

        self.tasks.run_db(lambda: documents.for_dossier(dossier_id), on_done=shown,
                          on_error=self._on_failed)

    def _fill_print_menu(self, issued: list) -> None:
        """Receipt and control sheet can always be printed; the other papers of this dossier
        (supplement, refusal, apology, stop) once issued can be reprinted; every original
        can be reopened from the archive exactly as first printed (TT 01/2018, domain.md §2)."""
        menu = self.print_menu
        menu.clear()
        originals = [r for r in issued if r.reprint_of is None and r.sha256]
        kinds = {"receipt": self.tr("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
                 "control": self.tr("Phiếu kiểm soát quá trình giải quyết")}
        for row in originals:
            if row.kind not in kinds and row.kind != "ledger":
                kinds[row.kind] = row.label
        for kind, label in kinds.items():
            menu.addAction(label, lambda k=kind: self.print_paper(k))
        if originals:
            archive = menu.addMenu(self.tr("Mở bản lưu (bản in lần đầu)"))
            for row in originals:
                text = self.tr("%1 - số %2, %3").replace("%1", row.label).replace(
                    "%2", row.number_text).replace("%3", f"{row.issued_at:%d/%m/%Y}")
                archive.addAction(text, lambda i=row.id: self.reopen_paper(i))

    def _documents(self):
        documents = getattr(self.services, "documents", None)
        if documents is None:
            from cchc_desktop.services.documents import DocumentService

            documents = DocumentService(self.services.dossiers, self.services.files)
        return documents

    def _flow(self):
        from cchc_desktop.ui.pdf_preview import PaperFlow

        if self.paper_flow is None:
            self.paper_flow = PaperFlow(self.tasks, self._documents(), self)
            self.paper_flow.failed.connect(lambda text: self.show_message(text, error=True))
        return self.paper_flow

    def print_paper(self, kind: str) -> None:
        """Print (the first time) or reprint with a reason, through the documents service."""
        self._flow().run(kind, self.detail.id, user=self.services.current_user,
                         now=self.services.clock())

    def reopen_paper(self, document_id: int) -> None:
        """The archived original, byte for byte; nothing is issued or recorded."""
        self._flow().run_reopen(document_id)
