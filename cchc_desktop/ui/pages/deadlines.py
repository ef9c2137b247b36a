"""Đến hạn / Quá hạn: the day's deadline watch, in working time.

Tiles count the dossiers due today, due on the next working day, at risk (inside the
office's warning window with no result yet), overdue and paused, plus the apology
letters waiting for the supervisor; each count is one indexed SQL count
(``services.deadlines.due_overview``). Clicking a tile (or Alt+1…Alt+6) lists its
dossiers, sortable by remaining working time; the selected row shows the at-risk hint
("Ước tính", never a fact) and offers the apology letter (Ctrl+E). Supervisors also
see the "Đơn vị trễ hạn" table of per-step deadlines by unit.

Live timers: a tick every 30 s recomputes only the rows on screen (``timer_for``);
the counts are refreshed in the database lane every other tick.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.ui.models.dossier_table import (
    DATE_FORMAT,
    ROW_ROLE,
    STATE_COLOURS,
    TICK_MS,
    ListRow,
    describe,
    state_icon,
    warning_window,
)
from cchc_desktop.ui.models.rows import RowsTableModel
from cchc_desktop.ui.pages.base import Page, PageContext

SUPERVISOR_ROLES = ("supervisor", "admin")
LIST_LIMIT = 500
SORT_ROLE = Qt.ItemDataRole.UserRole + 20
# tile key, Vietnamese label, timer state whose icon it shows
TILES = (
    ("overdue", "Quá hạn", "overdue"),
    ("at_risk", "Sắp đến hạn, chưa có kết quả", "warning"),
    ("due_today", "Đến hạn hôm nay", "warning"),
    ("due_tomorrow", "Đến hạn ngày làm việc tới", "in_time"),
    ("paused", "Tạm dừng", "paused"),
    ("apology_pending", "Phiếu xin lỗi chờ duyệt", ""),
)


@dataclass(frozen=True)
class Overview:
    """What the tiles and the unit table show; plain values from the database lane."""

    counts: dict[str, int]
    open_total: int
    next_working_day: Any  # date
    lateness: list  # services.deadlines.UnitLateness
    at: datetime


@dataclass(frozen=True)
class DueRows:
    kind: str
    rows: list[ListRow]
    pending: frozenset[int]  # dossiers with an apology draft waiting for approval


def load_overview(services: Any, now: datetime) -> Overview:
    """Runs in the database lane: the tile counts and the per-unit lateness."""
    from cchc_desktop.services.deadlines import due_overview, step_lateness_by_unit

    o = due_overview(services.db, services.calendar, now, warning_window(services))
    counts = {"due_today": o.due_today, "due_tomorrow": o.due_tomorrow, "at_risk": o.at_risk,
              "overdue": o.overdue, "paused": o.paused,
              "apology_pending": len(services.apologies.pending())}
    return Overview(counts, o.open_total, services.calendar.next_working_day(now.date()),
                    step_lateness_by_unit(services.db, now), now)


def load_rows(services: Any, kind: str, now: datetime) -> DueRows:
    """Runs in the database lane: one tile's dossiers with their timers."""
    from cchc_desktop.services.deadlines import due_list

    warning = warning_window(services)
    rows = due_list(services.db, services.calendar, kind, now, warning, limit=LIST_LIMIT)
    pending = frozenset(a.dossier_id for a in services.apologies.pending())
    calendar = services.calendar
    return DueRows(kind, [describe(r, calendar, now, warning) for r in rows], pending)


def load_hint(services: Any, row: Any) -> str:
    """Runs in the database lane: the at-risk hint of one dossier (a hint, not a fact)."""
    from cchc_desktop.services.deadlines import predict_finish

    return predict_finish(services.db, services.calendar, procedure_code=row.procedure_code,
                          handling_unit=row.handling_unit, received_at=row.received_at,
                          due_at=row.due_at).text


def load_detail(services: Any, dossier_id: int) -> Any:
    # with the signed-in user, the detail lists the actions that user may take
    return services.dossiers.detail(dossier_id, user=services.current_user)


class DueListModel(RowsTableModel):
    """The dossiers of one tile; ``refresh_rows`` recomputes the timers of given rows."""

    COLUMNS = ("code", "applicant", "procedure", "unit", "due", "state", "remaining")

    def __init__(self) -> None:
        super().__init__()
        self.pending: frozenset[int] = frozenset()
        self.headers = [
            self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Thủ tục"),
            self.tr("Đơn vị xử lý"), self.tr("Hạn trả"), self.tr("Tình trạng"),
            self.tr("Thời gian còn lại"),
        ]

    def set_rows(self, rows: list[ListRow], pending: frozenset[int] = frozenset()) -> None:
        self.pending = pending
        super().set_rows(rows)

    def refresh_rows(self, indexes: list[int], calendar: Any, now: datetime,
                     warning: Any) -> None:
        """Recompute the timers of ``indexes`` (the rows on screen) and repaint them."""
        done = [i for i in indexes if 0 <= i < len(self.rows)]
        for i in done:
            self.rows[i] = describe(self.rows[i].row, calendar, now, warning)
        if done:  # one repaint notice for the span (a sorted view maps rows anywhere)
            self.dataChanged.emit(self.index(min(done), 5), self.index(max(done), 6))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        row, column = item.row, index.column()
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == SORT_ROLE:
            if column == 6:
                # paused rows last: their clock is stopped
                return (item.remaining.total_seconds() if item.remaining is not None
                        else float("inf"))
            if column == 4:
                return row.due_at.timestamp() if row.due_at else float("inf")
            return self._display(item, column)
        colour = STATE_COLOURS.get(item.state)
        if role == Qt.ItemDataRole.DecorationRole and column == 5:
            return state_icon(item.state)
        if role == Qt.ItemDataRole.ForegroundRole and column in (5, 6) and colour:
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.FontRole and column in (5, 6) and item.state in (
                "warning", "overdue"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return row.procedure_name
            if column == 3:
                return row.handling_unit
            if column == 5 and row.id in self.pending:
                return self.tr("Có Phiếu xin lỗi đang chờ lãnh đạo duyệt")
        return None

    def _display(self, item: ListRow, column: int) -> str:
        row = item.row
        if column == 0:
            return row.code
        if column == 1:
            return row.applicant_name
        if column == 2:
            return row.procedure_name
        if column == 3:
            return row.handling_unit
        if column == 4:
            text = row.due_at.strftime(DATE_FORMAT) if row.due_at else ""
            return text + (self.tr(" (đã gia hạn)") if row.extended else "")
        if column == 5:
            label = item.state_label or item.status_label
            if row.id in self.pending:
                label += self.tr(" · phiếu chờ duyệt")
            return label
        return item.remaining_label


class Tile(QToolButton):
    """A big count with its label and shortcut; checkable, one tile at a time."""

    def __init__(self, key: str, label: str, state: str, number: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.label = label
        self.count: int | None = None
        self.setObjectName(f"tile_{key}")
        self.setCheckable(True)
        self.setAutoExclusive(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(66)
        self.shortcut_text = f"Alt+{number}"
        self.setShortcut(QKeySequence(self.shortcut_text))
        colour = STATE_COLOURS.get(state, "#1f3b5a")
        self.icon_label = QLabel()
        icon = state_icon(state) if state else None
        if icon is not None:
            self.icon_label.setPixmap(icon.pixmap(28, 28))
        self.icon_label.setFixedWidth(30)
        self.count_label = QLabel()
        self.count_label.setObjectName("tileCount")
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.count_label.setFont(font)
        self.count_label.setStyleSheet(f"color: {colour};")
        self.text_label = QLabel()
        self.text_label.setObjectName("tileText")
        self.text_label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(10)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.text_label, 1)
        for child in (self.icon_label, self.count_label, self.text_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(
            "QToolButton { border: 1px solid #c5ced8; border-radius: 6px; background: #ffffff; }"
            f"QToolButton:checked {{ border: 3px solid {colour}; background: #eef3f8; }}"
            "QToolButton:focus { border-style: dashed; }")
        self.set_count(None)

    def set_count(self, count: int | None, label: str | None = None) -> None:
        self.count = count
        if label is not None:
            self.label = label
        shown = "…" if count is None else f"{count:,}".replace(",", ".")
        self.count_label.setText(shown)
        self.text_label.setText(f"{self.label}\n({self.shortcut_text})")
        self.setToolTip(f"{self.label}: {shown} ({self.shortcut_text})")
        self.setAccessibleName(f"{self.label}: {shown}")


class DeadlinesPage(Page):
    """The tiles, the selected tile's dossiers, the hint, and the units that are late."""

    list_loaded = Signal()
    detail_opened = Signal(object)
    apology_opened = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.kind = "overdue"
        self.overview: Overview | None = None
        self.dialogs: list[QWidget] = []
        self._ticks = 0
        self._hint_for: int | None = None

        title = QLabel(self.tr("Hồ sơ đến hạn và quá hạn"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.updated_label = QLabel(self.tr("Đang mở cơ sở dữ liệu…"))
        self.updated_label.setObjectName("updatedLabel")
        self.refresh_button = QPushButton(self.tr("Làm mới (F5)"))
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.updated_label)
        header.addWidget(self.refresh_button)

        self.tiles: dict[str, Tile] = {}
        tiles = QGridLayout()
        tiles.setSpacing(8)
        self.tile_group = QButtonGroup(self)
        self.tile_group.setExclusive(True)
        for number, (key, label, state) in enumerate(TILES, start=1):
            tile = Tile(key, self.tr(label), state, number)
            tile.clicked.connect(lambda _checked=False, k=key: self.show_kind(k))
            self.tile_group.addButton(tile)
            self.tiles[key] = tile
            tiles.addWidget(tile, (number - 1) // 3, (number - 1) % 3)
        self.tiles[self.kind].setChecked(True)

        self.list_title = QLabel()
        self.list_title.setObjectName("listTitle")
        bold = self.list_title.font()
        bold.setBold(True)
        self.list_title.setFont(bold)
        self.model = DueListModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("dueTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        # a light selection keeps the state colours of the selected row readable
        self.table.setStyleSheet("QTableView#dueTable { selection-background-color: #cfe3f7;"
                                 " selection-color: #1f2933; }")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((172, 135, 0, 130, 125, 118, 175)):
            if width:
                head.resizeSection(column, width)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        head.setMinimumSectionSize(60)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(self._on_table_activated)

        self.hint_label = QLabel()
        self.hint_label.setObjectName("riskHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("font-style: italic; color: #4a5563;")
        self.open_button = QPushButton(self.tr("Mở hồ sơ (Enter)"))
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_selected)
        self.apology_button = QPushButton(self.tr("Phiếu xin lỗi, hẹn lại… (Ctrl+E)"))
        self.apology_button.setObjectName("apologyButton")
        self.apology_button.clicked.connect(self.open_apology)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.open_apology)
        actions = QHBoxLayout()
        actions.addWidget(self.hint_label, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.apology_button)

        self.units_box = QGroupBox(self.tr("Đơn vị trễ hạn (theo từng bước xử lý)"))
        self.units_box.setObjectName("unitsBox")
        self.units_table = QTableWidget(0, 6)
        self.units_table.setObjectName("unitsTable")
        self.units_table.setHorizontalHeaderLabels([
            self.tr("Đơn vị"), self.tr("Số bước"), self.tr("Trễ hạn"), self.tr("Đúng hạn"),
            self.tr("Trước hạn"), self.tr("Đang quá hạn")])
        self.units_table.verticalHeader().setVisible(False)
        self.units_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.units_table.setMaximumHeight(130)
        units_layout = QVBoxLayout(self.units_box)
        units_layout.addWidget(self.units_table)
        self.units_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addLayout(header)
        layout.addLayout(tiles)
        layout.addWidget(self.list_title)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.units_box)
        self._update_actions()

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    # -- page protocol --------------------------------------------------------------------------
    def on_services_ready(self) -> None:
        self.timer.start()
        self.refresh()

    def on_activated(self) -> None:
        if self.services is not None:
            self.refresh()
        self.table.setFocus()

    def _now(self) -> datetime:
        return self.services.clock()

    def _is_supervisor(self) -> bool:
        role = getattr(getattr(self.services.current_user, "role", None), "value", None)
        return role in SUPERVISOR_ROLES

    # -- loading ----------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Counts, unit table and the current tile's list, from the database lane."""
        if self.services is None:
            return
        now = self._now()
        self.context.tasks.run_db(load_overview, self.services, now,
                                  on_done=self._on_overview, on_error=self._on_failed)
        self.show_kind(self.kind)

    def show_kind(self, kind: str) -> None:
        self.kind = kind
        tile = self.tiles[kind]
        if not tile.isChecked():
            tile.setChecked(True)
        self.list_title.setText(tile.label)
        if self.services is None:
            return
        self.context.tasks.run_db(load_rows, self.services, kind, self._now(),
                                  on_done=self._on_rows, on_error=self._on_failed)

    def _on_overview(self, overview: Overview) -> None:
        self.overview = overview
        for key, tile in self.tiles.items():
            label = None
            if key == "due_tomorrow":
                label = self.tr("Đến hạn ngày làm việc tới (%1)").replace(
                    "%1", overview.next_working_day.strftime("%d/%m"))
            tile.set_count(overview.counts.get(key, 0), label)
        if self.kind == "due_tomorrow":
            self.list_title.setText(self.tiles["due_tomorrow"].label)
        self.updated_label.setText(
            self.tr("%1 hồ sơ đang giải quyết · cập nhật lúc %2")
            .replace("%1", f"{overview.open_total:,}".replace(",", "."))
            .replace("%2", overview.at.strftime("%H:%M %d/%m/%Y")))
        self._fill_units(overview.lateness)

    def _fill_units(self, lateness: list) -> None:
        self.units_box.setVisible(self._is_supervisor())
        late_first = sorted(lateness, key=lambda u: (-(u.late + u.open_overdue), u.unit))
        self.units_table.setRowCount(len(late_first))
        for r, u in enumerate(late_first):
            values = (u.unit, u.steps, u.late, u.on_time, u.early, u.open_overdue)
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if c in (2, 5) and value:
                    item.setForeground(QBrush(QColor(STATE_COLOURS["overdue"])))
                self.units_table.setItem(r, c, item)

    def _on_rows(self, result: DueRows) -> None:
        if result.kind != self.kind:
            return  # a newer tile was chosen meanwhile
        selected = self.selected_row()
        self.model.set_rows(result.rows, result.pending)
        count = len(result.rows)
        text = self.tiles[self.kind].label
        if count >= LIST_LIMIT:
            text += self.tr(" — %1 hồ sơ đầu tiên (hạn sớm nhất)").replace("%1", str(count))
        elif count == 0:
            text += self.tr(" — không có hồ sơ nào")
        self.list_title.setText(text)
        if selected is not None:
            self.select_dossier(selected.row.id)
        self._update_actions()
        self.list_loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        self.updated_label.setText(self.tr("Không tải được dữ liệu: %1").replace("%1", message))

    # -- live timers -------------------------------------------------------------------------------
    def visible_source_rows(self) -> list[int]:
        """Source rows on screen (their timers are the only ones recomputed on a tick)."""
        count = self.proxy.rowCount()
        if not count:
            return []
        first = self.table.rowAt(0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        first = 0 if first < 0 else first
        last = count - 1 if last < 0 else last
        return [self.proxy.mapToSource(self.proxy.index(r, 0)).row()
                for r in range(first, last + 1)]

    @Slot()
    def tick(self) -> None:
        if self.services is None:
            return
        self._ticks += 1
        self.model.refresh_rows(self.visible_source_rows(), self.services.calendar,
                                self._now(), warning_window(self.services))
        if self._ticks % 2 == 0:
            self.context.tasks.run_db(load_overview, self.services, self._now(),
                                      on_done=self._on_overview, on_error=self._on_failed)

    # -- selection and actions -------------------------------------------------------------------
    def selected_row(self) -> ListRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, ROW_ROLE)

    def select_dossier(self, dossier_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            item = self.proxy.data(self.proxy.index(r, 0), ROW_ROLE)
            if item is not None and item.row.id == dossier_id:
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                return True
        return False

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        item = self.proxy.data(current, ROW_ROLE) if current.isValid() else None
        if item is None or self.services is None:
            self.hint_label.clear()
            return
        if item.row.id == self._hint_for:
            return
        self._hint_for = item.row.id
        self.hint_label.setText(self.tr("Ước tính: đang tính…"))
        self.context.tasks.run_db(
            load_hint, self.services, item.row,
            on_done=lambda text, i=item.row.id: self._on_hint(i, text),
            on_error=self._on_failed)

    def _on_hint(self, dossier_id: int, text: str) -> None:
        selected = self.selected_row()
        if selected is None or selected.row.id != dossier_id:
            return
        if not text.startswith("Ước tính"):
            text = self.tr("Ước tính: %1").replace("%1", text)
        self.hint_label.setText(text)

    def _update_actions(self) -> None:
        item = self.selected_row()
        self.open_button.setEnabled(item is not None)
        # the letter is for an at-risk or overdue dossier, or a draft waiting for approval
        self.apology_button.setEnabled(item is not None and (
            item.state in ("warning", "overdue") or item.row.id in self.model.pending))

    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    @Slot()
    def open_selected(self) -> None:
        item = self.selected_row()
        if item is None or self.services is None:
            return
        self.context.tasks.run_db(load_detail, self.services, item.row.id,
                                  on_done=self._show_detail, on_error=self._on_failed)

    def _show_detail(self, detail: Any) -> None:
        from cchc_desktop.domain.dossier import Status
        from cchc_desktop.ui.dialogs.dossier_detail import DossierDetailDialog

        try:
            status_label = Status(detail.status).label
        except ValueError:
            status_label = str(detail.status)
        try:  # the dialog with its actions (transfer, return, apology…)
            dialog = DossierDetailDialog(detail, status_label, self, services=self.services,
                                         tasks=self.context.tasks)
        except TypeError:  # a read-only dialog
            dialog = DossierDetailDialog(detail, status_label, self)
        changed = getattr(dialog, "changed", None)
        if changed is not None:  # an action changed the dossier: counts and lists again
            changed.connect(lambda *_args: self.refresh())
        self._keep(dialog)
        dialog.show()
        self.detail_opened.emit(dialog)

    @Slot()
    def open_apology(self) -> None:
        if not self.apology_button.isEnabled() or self.services is None:
            return
        item = self.selected_row()
        if item is None:
            return
        from cchc_desktop.ui.dialogs.apology import ApologyDialog

        dialog = ApologyDialog(self.services, self.context.tasks, item.row.id, self)
        dialog.changed.connect(self.refresh)
        self._keep(dialog)
        dialog.show()
        self.apology_opened.emit(dialog)

    def _keep(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
