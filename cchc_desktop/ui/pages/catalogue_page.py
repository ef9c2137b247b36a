"""Danh mục thủ tục: the administrator's screen for the procedure catalogue.

A searchable table of every procedure (``QAbstractTableModel`` over immutable
``ProcedureRow`` values, a ``QSortFilterProxyModel`` for sorting and the
diacritic-insensitive search of ``services.catalogue.search_procedures``), the selected
procedure's time limit, fees and legal dossier components, and the two file actions
"Nhập từ tệp JSON…" / "Xuất ra tệp JSON…". A rejected file is explained in a
Vietnamese message box that names the line and the reason; nothing is imported.

The page holds no global state: it receives a task runner (``ui.tasks``; database
work runs in its database lane) and ``CatalogueActions``, four plain callables.
``CatalogueAdminPage`` adapts it to the main window's ``Page`` protocol.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.text import fold
from cchc_desktop.services.catalogue import (
    ComponentSpec,
    ImportResult,
    ProcedureDetail,
    ProcedureRow,
    export_catalogue,
    get_procedure,
    import_catalogue,
    list_procedures,
    search_procedures,
)
from cchc_desktop.ui.pages.base import Page, PageContext
from cchc_desktop.ui.tasks import TaskRunner

ROW_ROLE = Qt.ItemDataRole.UserRole + 20  # the ProcedureRow of the line
SORT_ROLE = Qt.ItemDataRole.UserRole + 21  # a key that sorts as people expect
INACTIVE_COLOUR = QColor("#8a8a8a")


@dataclass(frozen=True)
class CatalogueActions:
    """What the page may do, as plain callables (each runs in the database lane)."""

    list_rows: Callable[[], list[ProcedureRow]]
    get_detail: Callable[[str], ProcedureDetail]
    import_text: Callable[[str], ImportResult]
    export_text: Callable[[], str]

    @classmethod
    def for_database(cls, db: Any, user: Callable[[], Any] = lambda: None) -> CatalogueActions:
        """Bind the catalogue service to ``db``; ``user()`` is the signed-in user."""
        return cls(
            list_rows=lambda: list_procedures(db, active_only=False),
            get_detail=lambda code: get_procedure(db, code),
            import_text=lambda text: import_catalogue(db, text, user=user()),
            export_text=lambda: export_catalogue(db),
        )


# ------------------------------------------------------------------------------ models


class ProcedureTableModel(QAbstractTableModel):
    """Every procedure of the catalogue, one immutable row each."""

    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProcedureRow] = []
        self._headers = [
            self.tr("Mã"), self.tr("Tên thủ tục"), self.tr("Lĩnh vực"),
            self.tr("Thời hạn giải quyết"), self.tr("Thành phần"), self.tr("Áp dụng"),
        ]

    @property
    def rows(self) -> list[ProcedureRow]:
        return self._rows

    def set_rows(self, rows: Sequence[ProcedureRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return (
                row.code, fold(row.name), fold(row.sector_name), _duration_sort_key(row),
                row.component_count, int(row.active),
            )[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.code, row.name, row.sector_name, row.duration_label, row.component_count,
                self.tr("Có") if row.active else self.tr("Không"),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 5 and not row.active:
                return row.agency_note or self.tr("Không áp dụng tại bộ phận một cửa này")
            if column in (1, 3):
                return row.name if column == 1 else row.duration_label
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(INACTIVE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _duration_sort_key(row: ProcedureRow) -> float:
    """Approximate working hours, only to order the column (same day first)."""
    per_unit = {"same_day": 0.0, "working_hours": 1.0, "working_days": 8.0,
                "calendar_days": 8.0 * 5 / 7}
    return float(row.duration_amount) * per_unit.get(row.duration_unit, 8.0)


class ProcedureFilterProxy(QSortFilterProxyModel):
    """Keeps the rows that ``search_procedures`` accepts (every word, no diacritics)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._accepted: set[str] | None = None  # None: no query, keep everything
        self.setSortRole(SORT_ROLE)

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._query = query
            self.refresh_matches()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._query = query
            self.refresh_matches()
            self.invalidateFilter()

    def refresh_matches(self) -> None:
        model = self.sourceModel()
        if not self._query.strip() or not isinstance(model, ProcedureTableModel):
            self._accepted = None
        else:
            self._accepted = {r.code for r in search_procedures(model.rows, self._query)}

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._accepted is None:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and row.code in self._accepted


class ComponentTableModel(QAbstractTableModel):
    """The selected procedure's legal dossier list (domain.md §3 rule 1: only these)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[ComponentSpec, ...] = ()
        self._headers = [
            self.tr("STT"), self.tr("Thành phần hồ sơ"), self.tr("Bản chính"),
            self.tr("Bản sao chứng thực"), self.tr("Bản photo"), self.tr("Yêu cầu"),
            self.tr("Mẫu đơn, tờ khai"),
        ]

    def set_items(self, items: Sequence[ComponentSpec]) -> None:
        self.beginResetModel()
        self._items = tuple(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        requirement = (
            self.tr("Bắt buộc") if item.required
            else self.tr("Nếu có: %1").replace("%1", item.condition)
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                index.row() + 1, item.name, item.originals or "", item.certified_copies or "",
                item.photocopies or "", requirement, item.form_template,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 5):
            return item.name if column == 1 else requirement
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2, 3, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# ------------------------------------------------------------------------------ the page


def _money_vi(amount: int) -> str:
    """'8.000 đồng' (Vietnamese thousands separator)."""
    return f"{amount:,}".replace(",", ".") + " đồng"


class CataloguePage(QWidget):
    """Search, inspect, import and export the procedure catalogue."""

    def __init__(self, tasks: TaskRunner, actions: CatalogueActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cataloguePage")
        self._tasks = tasks
        self._actions = actions
        self._message_box: QMessageBox | None = None
        self._shown_code: str | None = None
        self._all_rows: list[ProcedureRow] = []

        title = QLabel(self.tr("Danh mục thủ tục hành chính"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("catalogueSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Tìm theo mã hoặc tên thủ tục (gõ có dấu hay không dấu đều được)…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip(self.tr("Tìm kiếm (Ctrl+F)"))
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search_edit.setFocus)
        self.active_only_box = QCheckBox(self.tr("Chỉ thủ tục đang áp dụng"))
        self.import_button = QPushButton(self.tr("Nhập từ tệp JSON…"))
        self.import_button.setObjectName("catalogueImport")
        self.export_button = QPushButton(self.tr("Xuất ra tệp JSON…"))
        self.export_button.setObjectName("catalogueExport")

        tools = QHBoxLayout()
        tools.addWidget(self.search_edit, 1)
        tools.addWidget(self.active_only_box)
        tools.addWidget(self.import_button)
        tools.addWidget(self.export_button)

        self.model = ProcedureTableModel(self)
        self.proxy = ProcedureFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("catalogueTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 90)
        header.resizeSection(2, 150)
        header.resizeSection(3, 220)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("procedureTitle")
        self.detail_title.setWordWrap(True)
        bold = self.detail_title.font()
        bold.setBold(True)
        self.detail_title.setFont(bold)
        self.sector_label = QLabel()
        self.unit_label = QLabel()
        self.duration_label = QLabel()
        self.duration_label.setObjectName("procedureDuration")
        self.fees_label = QLabel()
        self.legal_label = QLabel()
        self.note_label = QLabel()
        form = QFormLayout()
        for label, widget in (
            (self.tr("Lĩnh vực:"), self.sector_label),
            (self.tr("Đơn vị giải quyết:"), self.unit_label),
            (self.tr("Thời hạn giải quyết:"), self.duration_label),
            (self.tr("Phí, lệ phí:"), self.fees_label),
            (self.tr("Căn cứ pháp lý:"), self.legal_label),
            (self.tr("Ghi chú:"), self.note_label),
        ):
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, widget)

        self.components_model = ComponentTableModel(self)
        self.components_table = QTableView()
        self.components_table.setObjectName("componentsTable")
        self.components_table.setModel(self.components_model)
        self.components_table.verticalHeader().setVisible(False)
        self.components_table.setWordWrap(True)
        comp_header = self.components_table.horizontalHeader()
        comp_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        comp_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            comp_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        comp_header.resizeSection(5, 260)
        comp_header.resizeSection(6, 200)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addLayout(form)
        detail_layout.addWidget(QLabel(self.tr("Thành phần hồ sơ theo quy định:")))
        detail_layout.addWidget(self.components_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.status_label = QLabel(self.tr("Đang tải danh mục…"))
        self.status_label.setObjectName("catalogueStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.active_only_box.toggled.connect(self._on_active_only_box_toggled)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self._clear_detail()

    # -- public API (also what the tests drive)

    def reload(self) -> None:
        """Fetch the rows again in the database lane."""
        self._tasks.run_db(self._actions.list_rows, on_done=self._on_rows_loaded,
                           on_error=self._on_task_failed)

    def import_file(self, path: str | Path) -> None:
        """Read and import ``path`` (all or nothing); the outcome is shown in a message box."""
        read_and_import = self._actions.import_text
        self._set_busy(True)
        self._tasks.run_db(
            lambda: read_and_import(_read_json_text(Path(path))),
            on_done=self._on_import_done, on_error=self._on_import_failed,
        )

    def export_file(self, path: str | Path) -> None:
        """Write the whole catalogue to ``path``."""
        export_text = self._actions.export_text
        target = Path(path)
        self._set_busy(True)
        self._tasks.run_db(
            lambda: _write_text(target, export_text()),
            on_done=lambda count: self._on_export_done(target, count),
            on_error=self._on_export_failed,
        )

    def select_code(self, code: str) -> bool:
        """Select the procedure ``code`` in the table (False if it is filtered out)."""
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            if index.data(ROW_ROLE).code == code:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def message_box(self) -> QMessageBox | None:
        """The last message shown (import outcome or error)."""
        return self._message_box

    def visible_codes(self) -> list[str]:
        return [self.proxy.index(r, 0).data(ROW_ROLE).code for r in range(self.proxy.rowCount())]

    # -- slots

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_status()

    def _on_active_only_box_toggled(self, _checked: bool) -> None:
        self._apply_rows(self._all_rows)

    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập danh mục thủ tục"), "", self.tr("Tệp JSON (*.json);;Mọi tệp (*)")
        )
        if path:
            self.import_file(path)

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất danh mục thủ tục"), "danh-muc-thu-tuc.json",
            self.tr("Tệp JSON (*.json)"),
        )
        if path:
            self.export_file(path)

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            self._clear_detail()
            return
        self._shown_code = row.code
        self._tasks.run_db(self._actions.get_detail, row.code, on_done=self._on_detail_loaded,
                           on_error=self._on_task_failed)

    # -- results (on the UI thread)

    def _on_rows_loaded(self, rows: list[ProcedureRow]) -> None:
        self._all_rows = list(rows)
        self._apply_rows(self._all_rows)

    def _apply_rows(self, rows: Sequence[ProcedureRow]) -> None:
        keep = self._shown_code
        if self.active_only_box.isChecked():
            rows = [r for r in rows if r.active]
        self.model.set_rows(rows)
        self.proxy.set_query(self.proxy.query)
        self._update_status()
        if keep is None or not self.select_code(keep):
            self._clear_detail()

    def _on_detail_loaded(self, detail: ProcedureDetail) -> None:
        if detail.code != self._shown_code:
            return  # the user has moved on
        self.detail_title.setText(f"{detail.code} — {detail.name}")
        self.sector_label.setText(f"{detail.sector_name} ({detail.sector_code}); {detail.level}")
        self.unit_label.setText(detail.handling_unit)
        lines = [detail.duration_label]
        for variant in detail.variants:
            lines.append(
                self.tr("Phương án “%1”: %2")
                .replace("%1", variant.name).replace("%2", variant.duration().label_vi())
            )
        if detail.financial_pauses:
            lines.append(self.tr("Thời gian thực hiện nghĩa vụ tài chính không tính vào thời hạn."))
        self.duration_label.setText("\n".join(lines))
        fees = [f"{fee.name}: {_money_vi(fee.amount)}" + (f" ({fee.note})" if fee.note else "")
                for fee in detail.fees]
        self.fees_label.setText("\n".join(fees) or detail.fee_text or self.tr("Không quy định"))
        self.legal_label.setText(detail.legal_basis)
        note = detail.agency_note
        if not detail.active:
            note = self.tr("Không áp dụng tại bộ phận một cửa này. %1").replace("%1", note)
        self.note_label.setText(note.strip())
        self.components_model.set_items(detail.components)
        self.components_table.resizeRowsToContents()

    def _on_import_done(self, result: ImportResult) -> None:
        self._set_busy(False)
        self._show_message(
            QMessageBox.Icon.Information, self.tr("Đã nhập danh mục"),
            self.tr("Đã nhập %1 thủ tục: %2 mới, %3 cập nhật, %4 không đổi.")
            .replace("%1", str(result.total)).replace("%2", str(result.created))
            .replace("%3", str(result.updated)).replace("%4", str(result.unchanged)),
        )
        self.reload()

    def _on_import_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_message(
            QMessageBox.Icon.Warning, self.tr("Không nhập được danh mục"),
            _error_text(exc, self.tr),
            self.tr("Tệp bị từ chối; danh mục hiện có không thay đổi. Hãy sửa tệp rồi nhập lại."),
        )

    def _on_export_done(self, target: Path, count: int) -> None:
        self._set_busy(False)
        self.status_label.setText(
            self.tr("Đã xuất %1 thủ tục ra tệp %2.").replace("%1", str(count))
            .replace("%2", str(target))
        )

    def _on_export_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_message(QMessageBox.Icon.Warning, self.tr("Không xuất được danh mục"),
                           _error_text(exc, self.tr))

    def _on_task_failed(self, exc: BaseException) -> None:
        self._show_message(QMessageBox.Icon.Warning, self.tr("Lỗi"), _error_text(exc, self.tr))

    # -- helpers

    def _show_message(self, icon: QMessageBox.Icon, title: str, text: str,
                      informative: str = "") -> None:
        if self._message_box is not None:
            self._message_box.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("catalogueMessage")
        if informative:
            box.setInformativeText(informative)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()  # window-modal, does not block the event loop
        self._message_box = box

    def _set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def _update_status(self) -> None:
        total = len(self._all_rows)
        active = sum(1 for r in self._all_rows if r.active)
        text = self.tr("%1 thủ tục (%2 đang áp dụng)").replace("%1", str(total)).replace(
            "%2", str(active))
        if self.proxy.query.strip():
            text += self.tr("; tìm thấy %1").replace("%1", str(self.proxy.rowCount()))
        self.status_label.setText(text)

    def _clear_detail(self) -> None:
        self._shown_code = None
        self.detail_title.setText(self.tr("Chọn một thủ tục để xem thành phần hồ sơ và thời hạn."))
        for label in (self.sector_label, self.unit_label, self.duration_label, self.fees_label,
                      self.legal_label, self.note_label):
            label.clear()
        self.components_model.set_items(())


def _read_json_text(path: Path) -> str:
    data = path.read_bytes()
    return data.decode("utf-8-sig")


def _write_text(target: Path, text: str) -> int:
    import json
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".catalogue-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return len(json.loads(text)["procedures"])


def _error_text(exc: BaseException, tr: Callable[[str], str]) -> str:
    from cchc_desktop.domain.errors import DomainError

    if isinstance(exc, DomainError):
        return exc.message
    if isinstance(exc, UnicodeDecodeError):
        return tr("Tệp không phải văn bản UTF-8; hãy lưu lại tệp với mã hóa UTF-8.")
    if isinstance(exc, OSError):
        return tr("Không đọc/ghi được tệp: %1").replace("%1", exc.strerror or str(exc))
    return tr("Lỗi không mong đợi: %1").replace("%1", str(exc))


class CatalogueAdminPage(Page):
    """The catalogue screen as a main-window page (built once the services are open)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._waiting = QLabel(self.tr("Đang mở cơ sở dữ liệu…"))
        self._layout.addWidget(self._waiting)
        self.inner: CataloguePage | None = None

    def on_services_ready(self) -> None:
        services = self.services
        actions = CatalogueActions.for_database(
            services.db, user=lambda: getattr(services, "current_user", None)
        )
        self.inner = CataloguePage(self.context.tasks, actions, self)
        self._waiting.hide()
        self._layout.addWidget(self.inner)
        self.inner.reload()

    def on_activated(self) -> None:
        if self.inner is not None:
            self.inner.reload()
