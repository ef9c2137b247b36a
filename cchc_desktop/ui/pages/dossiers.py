"""Hồ sơ: the list of every dossier, searchable without diacritics, opened by barcode.

The table is ``DossierTableModel`` (lazy pages from the database lane). The search box
takes typed text (folded search by the services: "nguyen van" finds "Nguyễn Văn") and
barcode-scanner input: a scanner types the dossier code and Enter, and a code that
exists opens that dossier at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.text import normalize_text
from cchc_desktop.ui.models.dossier_table import (
    OPEN_STATUSES,
    ROW_ROLE,
    DossierTableModel,
    ListQuery,
)
from cchc_desktop.ui.pages.base import Page, PageContext

SEARCH_DELAY_MS = 300


def _find_code(services: Any, code: str) -> int | None:
    return services.dossiers.find_id_by_code(code)


def _load_detail(services: Any, dossier_id: int) -> Any:
    # With the signed-in user, ``detail.allowed`` lists the actions that user may take.
    return services.dossiers.detail(dossier_id, user=services.current_user)


class DossiersPage(Page):
    """Search, status filter, the table, and the count of matching dossiers."""

    detail_opened = Signal(object)  # the dialog, for tests and the window

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = DossierTableModel(context.tasks)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.failed.connect(self._on_model_failed)

        self.search = QLineEdit()
        self.search.setObjectName("dossierSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Tìm theo mã hồ sơ, tên người nộp, thủ tục… (hoặc quét mã vạch trên giấy hẹn)"))
        self.search.textEdited.connect(self._on_search_text_edited)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)

        self.status_box = QComboBox()
        self.status_box.setObjectName("statusFilter")
        for label, statuses in (
            (self.tr("Tất cả trạng thái"), ()),
            (self.tr("Đang giải quyết"), OPEN_STATUSES),
            (self.tr("Chờ bổ sung"), (5,)),
            (self.tr("Chờ thực hiện nghĩa vụ tài chính"), (6,)),
            (self.tr("Đã có kết quả, chờ trả"), (9,)),
            (self.tr("Đã trả kết quả"), (10,)),
            (self.tr("Không tiếp nhận / dừng xử lý"), (3, 8)),
        ):
            self.status_box.addItem(label, statuses)
        self.status_box.currentIndexChanged.connect(self.apply_filters)

        self.count_label = QLabel(self.tr("Đang mở cơ sở dữ liệu…"))
        self.count_label.setObjectName("countLabel")

        self.table = QTableView()
        self.table.setObjectName("dossierTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((160, 145, 0, 118, 118, 150, 170)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._on_header_section_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        # A scanner (or the officer) typing while the table has focus types into the search.
        self._typing_from_table = False
        self.table.installEventFilter(self)

        title = QLabel(self.tr("Danh sách hồ sơ"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.dialogs: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table:
            if event.type() == QEvent.Type.FocusIn:
                self._typing_from_table = False
            elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and event.text().isprintable() and event.text().strip()
                    and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier):
                if not self._typing_from_table:  # a new code or search replaces the old one
                    self.search.clear()
                    self._typing_from_table = True
                self.search.setFocus()
                QApplication.sendEvent(self.search, QKeyEvent(event))
                return True
        return super().eventFilter(watched, event)

    # -- page protocol ------------------------------------------------------------------------
    def on_services_ready(self) -> None:
        self.count_label.setText(self.tr("Đang tải danh sách…"))
        self.model.set_services(self.services)

    def on_activated(self) -> None:
        self.search.setFocus()

    # -- filters --------------------------------------------------------------------------------
    def current_query(self) -> ListQuery:
        return ListQuery(statuses=tuple(self.status_box.currentData() or ()),
                         text=normalize_text(self.search.text()), order=self.model.query.order)

    @Slot()
    def apply_filters(self) -> None:
        self._search_timer.stop()
        if self.services is not None:
            self.count_label.setText(self.tr("Đang tải danh sách…"))
        self.model.set_query(self.current_query())

    @Slot(str)
    def _on_search_text_edited(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        """Enter: a scanned (or typed) dossier code opens the dossier; other text searches."""
        code = normalize_text(self.search.text())
        if not code or self.services is None:
            self.apply_filters()
            return
        self.context.tasks.run_db(
            _find_code, self.services, code,
            on_done=lambda dossier_id: self._on_code_looked_up(dossier_id),
            on_error=lambda exc: self._on_model_failed(str(exc)),
        )

    def _on_code_looked_up(self, dossier_id: int | None) -> None:
        if dossier_id is None:
            self.apply_filters()
            return
        self.search.selectAll()
        self.open_dossier(dossier_id)

    @Slot(int)
    def _on_header_section_clicked(self, column: int) -> None:
        if column not in DossierTableModel.SORTABLE:
            return
        current = self.model.query.order
        if column == 3:
            order = (Qt.SortOrder.AscendingOrder if current == "received_desc"
                     else Qt.SortOrder.DescendingOrder)
        else:
            order = Qt.SortOrder.AscendingOrder
        self.model.sort(column, order)

    # -- opening a dossier ------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        item = self.model.data(index, ROW_ROLE)
        if item is not None:
            self.open_dossier(item.row.id)

    def open_dossier(self, dossier_id: int) -> None:
        self.context.tasks.run_db(
            _load_detail, self.services, dossier_id,
            on_done=self._show_detail, on_error=lambda exc: self._on_model_failed(str(exc)),
        )

    def _show_detail(self, detail: Any) -> None:
        from cchc_desktop.domain.dossier import Status
        from cchc_desktop.ui.dialogs.dossier_detail import DossierDetailDialog

        try:
            status_label = Status(detail.status).label
        except ValueError:
            status_label = str(detail.status)
        dialog = DossierDetailDialog(detail, status_label, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        changed = getattr(dialog, "changed", None)
        if changed is not None:  # an action changed the dossier: refresh the list
            changed.connect(lambda _detail: self.model.reload())
        dialog.show()
        self.detail_opened.emit(dialog)

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    # -- model feedback ----------------------------------------------------------------------------
    @Slot()
    def _on_model_loaded(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%1 hồ sơ").replace("%1", f"{count:,}".replace(",", ".")))

    @Slot(str)
    def _on_model_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("Không tải được danh sách: %1").replace("%1", message))
