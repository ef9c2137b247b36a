"""Trả kết quả: the return counter. Scan the receipt, check the dossier, hand the result back.

The code field takes a dossier code typed by hand or sent by a barcode scanner (a
keyboard wedge: a burst of keys ending with Enter). Enter looks the code up on the
database lane and shows the dossier's summary and status. A dossier at status 9
(Đã xử lý xong) can be returned: the "Trả kết quả" button becomes the default, so a
second Enter opens the return dialog (method, who collected it, optional rating 1–5).
Any other status says plainly, in Vietnamese, why the result cannot be returned.

Below, the dossiers whose result is ready (status 9, oldest first) — a real model over
``services.dossiers.page(DossierFilter(statuses=(9,)), order="received_asc")``; Enter
or a double click on a line loads that dossier. Printable keys typed while the list has
the focus go to the code field, so a scan is never lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.dossier import RETURN_METHODS, Status
from cchc_desktop.domain.text import normalize_text
from cchc_desktop.ui.models.dossier_table import DATE_FORMAT
from cchc_desktop.ui.pages.base import Page, PageContext

READY_LIMIT = 200
_ROOT = QModelIndex()
STYLE = """
QLabel#pageTitle { font-size: 17pt; font-weight: bold; color: #1f3b5a; }
QLabel#returnVerdict[tone="ok"] { background: #e8f5e9; color: #1b5e20;
    border: 1px solid #81c784; padding: 8px; font-weight: bold; }
QLabel#returnVerdict[tone="error"] { background: #fdecea; color: #8e1b12;
    border: 1px solid #e57373; padding: 8px; font-weight: bold; }
QLabel#returnVerdict[tone="info"] { background: #e3f2fd; color: #0d3c61;
    border: 1px solid #90caf9; padding: 8px; }
QFrame#summaryPanel { border: 1px solid #cfd8dc; background: #fbfcfd; }
QPushButton#returnButton:enabled { background: #1f6f43; color: white; font-weight: bold; }
"""

# Why a dossier in each status cannot be handed back (the return needs status 9).
NOT_RETURNABLE = {
    Status.NEW_ONLINE: QT_TRANSLATE_NOOP(
        "ReturnsPage", "Hồ sơ chưa được tiếp nhận, chưa có kết quả."),
    Status.ACCEPTED: QT_TRANSLATE_NOOP(
        "ReturnsPage", "Hồ sơ chưa có kết quả: hồ sơ mới được tiếp nhận, chưa chuyển xử lý."),
    Status.NOT_ACCEPTED: QT_TRANSLATE_NOOP(
        "ReturnsPage", "Hồ sơ không được tiếp nhận nên không có kết quả để trả."),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP(
        "ReturnsPage", "Hồ sơ chưa có kết quả: đơn vị chuyên môn đang xử lý."),
    Status.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP(
        "ReturnsPage", "Hồ sơ chưa có kết quả: đang chờ công dân bổ sung, hoàn "
                                 "thiện hồ sơ."),
    Status.FINANCIAL_OBLIGATION: QT_TRANSLATE_NOOP(
        "ReturnsPage", "Hồ sơ chưa có kết quả: đang chờ công dân thực hiện nghĩa "
                                 "vụ tài chính."),
    Status.WITHDRAWAL_REQUESTED: QT_TRANSLATE_NOOP(
        "ReturnsPage", "Công dân đã yêu cầu rút hồ sơ; hồ sơ không có kết quả "
                                 "để trả."),
    Status.STOPPED: QT_TRANSLATE_NOOP(
        "ReturnsPage", "Hồ sơ đã dừng xử lý (công dân rút hồ sơ); không có kết quả để trả."),
}


def returnable_verdict(detail: Any) -> tuple[bool, str]:
    """(can be returned now, the Vietnamese sentence to show)."""
    try:
        status = Status(detail.status)
    except ValueError:
        return False, f"Trạng thái hồ sơ không xác định ({detail.status})."
    if status is Status.RESOLVED:
        return True, QT_TRANSLATE_NOOP("ReturnsPage",
                                       "Hồ sơ đã có kết quả, có thể trả cho công dân.")
    if status is Status.RETURNED:
        text = "Hồ sơ đã được trả kết quả"
        if detail.returned_at:
            text += f" lúc {detail.returned_at.strftime(DATE_FORMAT)}"
        if detail.collected_by:
            text += f" cho {detail.collected_by}"
        return False, text + "."
    return False, NOT_RETURNABLE[status]


def _when(value: Any, empty: str = "—") -> str:
    return value.strftime(DATE_FORMAT) if value else empty


def _lookup(services: Any, code: str) -> Any:
    """Worker: the detail of the dossier with this code (as typed, then upper case), or None."""
    dossier_id = services.dossiers.find_id_by_code(code)
    if dossier_id is None and code.upper() != code:
        dossier_id = services.dossiers.find_id_by_code(code.upper())
    if dossier_id is None:
        return None
    return services.dossiers.detail(dossier_id, user=services.current_user)


def _ready(services: Any) -> list[Any]:
    from cchc_desktop.services.dossiers import DossierFilter

    return services.dossiers.page(DossierFilter(statuses=(int(Status.RESOLVED),)),
                                  limit=READY_LIMIT, order="received_asc")


class ReadyModel(QAbstractTableModel):
    """The dossiers whose result waits at the counter (immutable ``DossierRow`` lines)."""

    HEADERS = (QT_TRANSLATE_NOOP("ReadyModel", "Mã hồ sơ"),
               QT_TRANSLATE_NOOP("ReadyModel", "Người nộp"),
               QT_TRANSLATE_NOOP("ReadyModel", "Thủ tục"),
               QT_TRANSLATE_NOOP("ReadyModel", "Có kết quả lúc"),
               QT_TRANSLATE_NOOP("ReadyModel", "Hạn trả"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.code, row.applicant_name, row.procedure_name, _when(row.resolved_at, ""),
                _when(row.due_at, ""))[index.column()]


class ReturnsPage(Page):
    """Code field, the dossier found, the return button, and the ready list."""

    returned = Signal(object)  # the DossierDetail after a return
    looked_up = Signal(object)  # the DossierDetail found (or None)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("returnsPage")
        self.setStyleSheet(STYLE)
        self.current: Any = None  # the DossierDetail shown
        self.action_dialog: Any = None
        self.detail_dialog: Any = None

        title = QLabel(self.tr("Trả kết quả"))
        title.setObjectName("pageTitle")
        hint = QLabel(self.tr("Quét mã vạch trên giấy hẹn hoặc gõ mã hồ sơ rồi nhấn Enter. "
                              "Enter lần nữa để trả kết quả."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4a5d70;")

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("returnCode")
        self.code_edit.setClearButtonEnabled(True)
        self.code_edit.setPlaceholderText(self.tr("Mã hồ sơ, ví dụ H36.52.10-250124-0001 "
                                                  "(F3)"))
        font = self.code_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.code_edit.setFont(font)
        self.code_edit.returnPressed.connect(self._on_code_edit_return_pressed)
        find = QPushButton(self.tr("Tìm (Enter)"))
        find.setAutoDefault(False)
        find.clicked.connect(self._on_code_edit_return_pressed)
        # F3 (Ctrl+L locks the screen in the main window)
        QShortcut(QKeySequence("F3"), self, activated=self.focus_code)

        self.verdict = QLabel(self.tr("Chưa chọn hồ sơ."))
        self.verdict.setObjectName("returnVerdict")
        self.verdict.setWordWrap(True)
        self._set_tone("info")

        self.summary = QFrame()
        self.summary.setObjectName("summaryPanel")
        form = QFormLayout(self.summary)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("code", self.tr("Mã hồ sơ:")), ("applicant", self.tr("Người nộp:")),
                           ("procedure", self.tr("Thủ tục:")),
                           ("received", self.tr("Ngày nhận:")), ("due", self.tr("Hạn trả:")),
                           ("status", self.tr("Trạng thái:")),
                           ("result", self.tr("Kết quả:"))):
            value = QLabel("—")
            value.setObjectName(f"summary_{key}")
            value.setWordWrap(True)
            form.addRow(label, value)
            self.fields[key] = value

        self.return_button = QPushButton(self.tr("Trả kết quả…  (Enter, Ctrl+R)"))
        self.return_button.setObjectName("returnButton")
        self.return_button.setEnabled(False)
        bold = self.return_button.font()
        bold.setBold(True)
        self.return_button.setFont(bold)  # the size hint then fits the bold text
        self.return_button.setMinimumHeight(34)
        self.return_button.clicked.connect(self.open_return)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.open_return)
        self.open_button = QPushButton(self.tr("Xem hồ sơ…  (Ctrl+O)"))
        self.open_button.setObjectName("openDetail")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_detail)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self.open_detail)

        self.ready_model = ReadyModel(self)
        self.ready_table = QTableView()
        self.ready_table.setObjectName("readyTable")
        self.ready_table.setModel(self.ready_model)
        self.ready_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ready_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ready_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ready_table.setAlternatingRowColors(True)
        self.ready_table.verticalHeader().setVisible(False)
        header = self.ready_table.horizontalHeader()
        for column, width in enumerate((180, 170, 0, 130, 130)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ready_table.activated.connect(self._on_ready_table_activated)
        self.ready_table.doubleClicked.connect(self._on_ready_table_activated)
        self.ready_table.installEventFilter(self)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh_ready)
        self.ready_label = QLabel(self.tr("Đang mở cơ sở dữ liệu…"))
        self.ready_label.setObjectName("readyLabel")

        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(find)
        buttons = QHBoxLayout()
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        top = QVBoxLayout()
        top.addLayout(code_row)
        top.addWidget(self.verdict)
        top.addWidget(self.summary)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.ready_label)
        layout.addWidget(self.ready_table, 1)

    # -- page protocol ---------------------------------------------------------------------------
    def on_services_ready(self) -> None:
        self.refresh_ready()

    def on_activated(self) -> None:
        self.focus_code()
        if self.services is not None:
            self.refresh_ready()

    def focus_code(self) -> None:
        self.code_edit.setFocus()
        self.code_edit.selectAll()

    # -- the ready list --------------------------------------------------------------------------
    def refresh_ready(self) -> None:
        if self.services is None:
            return
        self.context.tasks.run_db(_ready, self.services, on_done=self._on_ready_loaded,
                                  on_error=lambda exc: self.ready_label.setText(
                                      self.tr("Không tải được danh sách: %1").replace(
                                          "%1", str(exc))))

    def _on_ready_loaded(self, rows: list[Any]) -> None:
        self.ready_model.set_rows(rows)
        more = "+" if len(rows) >= READY_LIMIT else ""
        self.ready_label.setText(self.tr("Hồ sơ đã có kết quả, chờ trả: %1 (F5: tải lại)")
                                 .replace("%1", f"{len(rows)}{more}"))

    @Slot(QModelIndex)
    def _on_ready_table_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.code_edit.setText(self.ready_model.rows[index.row()].code)
        self.look_up()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A scanner's burst while the list has the focus goes to the code field.
        if watched is self.ready_table and event.type() == QEvent.Type.KeyPress:
            text = event.text()
            no_modifier = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                     | Qt.KeyboardModifier.AltModifier))
            if text and text.isprintable() and not text.isspace() and no_modifier:
                self.code_edit.clear()
                self.code_edit.setFocus()
                self.code_edit.insert(text)
                return True
        return super().eventFilter(watched, event)

    # -- looking a dossier up --------------------------------------------------------------------
    @Slot()
    def _on_code_edit_return_pressed(self) -> None:
        if self.return_button.isEnabled() and self.current is not None and \
                normalize_text(self.code_edit.text()) in (self.current.code, ""):
            self.open_return()  # second Enter on the same code: return it
            return
        self.look_up()

    def look_up(self) -> None:
        code = normalize_text(self.code_edit.text()).strip()
        if not code:
            return
        if self.services is None:
            self._show(None, self.tr("Cơ sở dữ liệu chưa sẵn sàng."), "error")
            return
        self.context.tasks.run_db(
            _lookup, self.services, code,
            on_done=lambda detail: self._on_looked_up(code, detail),
            on_error=lambda exc: self._show(None, getattr(exc, "message", str(exc)), "error"))

    def _on_looked_up(self, code: str, detail: Any) -> None:
        if detail is None:
            self._show(None, self.tr("Không tìm thấy hồ sơ có mã %1.").replace("%1", code),
                       "error")
        else:
            ok, text = returnable_verdict(detail)
            self._show(detail, self.tr(text), "ok" if ok else "error")
        self.code_edit.selectAll()
        self.looked_up.emit(detail)

    def _set_tone(self, tone: str) -> None:
        self.verdict.setProperty("tone", tone)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

    def _show(self, detail: Any, verdict: str, tone: str) -> None:
        self.current = detail
        self.verdict.setText(verdict)
        self._set_tone(tone)
        if detail is None:
            for label in self.fields.values():
                label.setText("—")
        else:
            timing = detail.timing
            try:
                status = f"{detail.status} – {Status(detail.status).label}"
            except ValueError:
                status = str(detail.status)
            result = "—"
            if detail.refusal_reason:
                result = self.tr("Văn bản từ chối giải quyết: %1").replace(
                    "%1", detail.refusal_reason)
            elif detail.resolved_at:
                result = self.tr("Có kết quả lúc %1").replace("%1", _when(detail.resolved_at))
            if detail.returned_at:
                result += self.tr("; đã trả lúc %1 (%2)").replace(
                    "%1", _when(detail.returned_at)).replace(
                    "%2", RETURN_METHODS.get(detail.return_method, detail.return_method))
            for key, value in (
                ("code", detail.code), ("applicant", f"{detail.applicant.name}"
                 + (f" — {detail.applicant.id_number}" if detail.applicant.id_number else "")),
                ("procedure", detail.procedure_name), ("received", _when(detail.received_at)),
                ("due", _when(timing.current_due if timing else None)), ("status", status),
                ("result", result),
            ):
                self.fields[key].setText(value or "—")
        ready = tone == "ok" and detail is not None
        self.return_button.setEnabled(ready)
        self.return_button.setDefault(ready)
        self.open_button.setEnabled(detail is not None)

    # -- returning -------------------------------------------------------------------------------
    def open_return(self) -> Any:
        """The return dialog for the dossier shown (only when it can be returned)."""
        from cchc_desktop.ui.dialogs.actions import ReturnDialog

        detail = self.current
        if detail is None or not self.return_button.isEnabled():
            return None
        services = self.services
        if getattr(services, "current_user", None) is None:
            self._show(detail, self.tr("Chưa đăng nhập: hãy đăng nhập để trả kết quả."),
                       "error")
            return None

        def perform(values: dict[str, Any]) -> Any:
            return services.dossiers.return_result(detail.id, **values,
                                                   user=services.current_user,
                                                   now=services.clock())

        summary = self.tr("Hồ sơ %1 — %2\n%3").replace("%1", detail.code).replace(
            "%2", detail.applicant.name).replace("%3", detail.procedure_name)
        dialog = ReturnDialog(perform, self.context.tasks, collector=detail.applicant.name,
                              summary=summary, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.completed.connect(self._on_returned)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def _on_returned(self, detail: Any) -> None:
        _ok, text = returnable_verdict(detail)
        self._show(detail, self.tr("Đã trả kết quả hồ sơ %1. %2").replace(
            "%1", detail.code).replace("%2", self.tr(text)), "info")
        self.returned.emit(detail)
        self.refresh_ready()
        self.code_edit.clear()
        self.code_edit.setFocus()

    def open_detail(self) -> Any:
        from cchc_desktop.ui.dialogs.dossier_detail import DossierDetailDialog

        if self.current is None:
            return None
        dialog = DossierDetailDialog(self.current, parent=self, services=self.services,
                                     tasks=self.context.tasks)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda _detail: self.refresh_ready())
        self.detail_dialog = dialog
        dialog.show()
        return dialog
