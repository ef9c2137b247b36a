"""The dossier list as a real table model over lazily fetched pages.

``rowCount`` is the number of dossiers matching the query (one COUNT in the database
lane); rows are fetched a page at a time, in the database lane, the first time a view
asks for them, so a list of 200,000 dossiers opens as fast as one of 200. Workers
return immutable ``ListRow`` values (the service's ``DossierRow`` plus the remaining
working time computed with the office calendar); a stale answer (the query changed
meanwhile) is dropped by its generation number. Sorting is done by the database
(received time, due time), not by a proxy that would need every row.

Live timers: the remaining working time is ``services.deadlines.timer_for`` (one rule,
one place). A ``QTimer`` ticks every ``TICK_MS``; a tick recomputes only the rows the
views painted since the previous tick (the rows on screen) and emits ``dataChanged``
for them, so its work does not grow with the database. Any other loaded row is
recomputed lazily the next time a view asks for it.
"""

from __future__ import annotations

import dataclasses
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from cchc_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

ROW_ROLE = Qt.ItemDataRole.UserRole + 10  # the ListRow of the line
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 11  # "overdue" | "due_soon" | "ok" | "paused" | ""

PAGE_SIZE = 200
DUE_SOON = timedelta(hours=8)  # one working day (8 working hours, domain.md §4)
TICK_MS = 30_000  # live timers: how often the rows on screen are recomputed
DATE_FORMAT = "%d/%m/%Y %H:%M"

# Status groups offered by the filter; codes are the national statuses (domain.md §6).
OPEN_STATUSES = (2, 4, 5, 6, 7)


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: a plain value, turned into the service's filter in the worker.

    Every field becomes a condition of the SQL query (``DossierService._filtered``), so
    filtering 200,000 dossiers costs one indexed COUNT and one page, never a Python loop.
    ``received_from`` / ``received_to`` are whole days, both included.
    """

    statuses: tuple[int, ...] = ()
    text: str = ""
    order: str = "received_desc"  # received_desc | received_asc | due_asc
    due_before: datetime | None = None
    procedure_code: str = ""
    sector_code: str = ""
    officer_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None


@dataclass(frozen=True)
class ListRow:
    row: Any  # services.dossiers.DossierRow (frozen dataclass)
    status_label: str
    remaining: timedelta | None  # working time left (negative: overdue); None if not running
    remaining_label: str
    urgency: str
    state: str = ""  # services.deadlines.TimerState value ("" when the row has no timer)
    state_label: str = ""  # "Trong hạn", "Sắp đến hạn", "Quá hạn", "Tạm dừng"


# TimerState value -> the list's urgency names (kept for the roles other code reads)
URGENCY_OF_STATE = {"in_time": "ok", "warning": "due_soon", "overdue": "overdue",
                    "paused": "paused", "done": ""}


def warning_window(services: Any) -> timedelta:
    """The office's "sắp đến hạn" window (default one working day), in working hours."""
    hours = getattr(getattr(services, "settings", None), "warning_window_hours", None)
    return timedelta(hours=hours) if hours else DUE_SOON


def _to_filter(query: ListQuery):
    from cchc_desktop.services.dossiers import DossierFilter

    return DossierFilter(statuses=query.statuses, text=query.text, due_before=query.due_before,
                         procedure_code=query.procedure_code, sector_code=query.sector_code,
                         officer_id=query.officer_id, received_from=query.received_from,
                         received_to=query.received_to)


def describe(row: Any, calendar: Any, now: datetime,
             warning: timedelta = DUE_SOON) -> ListRow:
    """Status label and live timer of one dossier (in the worker, or on a tick)."""
    from cchc_desktop.domain.deadlines import classify_outcome
    from cchc_desktop.domain.dossier import Status
    from cchc_desktop.services.deadlines import TimerState, timer_for

    try:
        status = Status(row.status)
        status_label = status.label
    except ValueError:
        status, status_label = None, str(row.status)
    finished = row.resolved_at or row.returned_at
    if row.due_at is None:
        return ListRow(row, status_label, None, "", "")
    if finished is not None:
        return ListRow(row, status_label, None, classify_outcome(finished, row.due_at).label, "")
    if status is None:
        return ListRow(row, status_label, None, "", "")
    timer = timer_for(calendar, status=row.status, due_at=row.due_at, paused=row.paused,
                      received_at=row.received_at, now=now, warning=warning)
    if timer.state is TimerState.DONE:
        return ListRow(row, status_label, None, "", "")
    return ListRow(row, status_label, timer.remaining, timer.text,
                   URGENCY_OF_STATE[timer.state.value], timer.state.value, timer.state.label)


def fetch_first(services: Any, query: ListQuery, limit: int, now: datetime
                ) -> tuple[int, list[ListRow]]:
    """Count and first page together (one trip to the database lane)."""
    flt = _to_filter(query)
    total = services.dossiers.count(flt)
    rows = services.dossiers.page(flt, offset=0, limit=limit, order=query.order)
    calendar, warning = services.calendar, warning_window(services)
    return total, [describe(r, calendar, now, warning) for r in rows]


def fetch_page(services: Any, query: ListQuery, offset: int, limit: int, now: datetime
               ) -> list[ListRow]:
    rows = services.dossiers.page(_to_filter(query), offset=offset, limit=limit,
                                  order=query.order)
    calendar, warning = services.calendar, warning_window(services)
    return [describe(r, calendar, now, warning) for r in rows]


def fetch_one(services: Any, dossier_id: int) -> Any:
    """The list line of one dossier (after a change made elsewhere), or ``None``."""
    from cchc_desktop.services.dossiers import DossierFilter

    detail = services.dossiers.detail(dossier_id)
    rows = services.dossiers.page(DossierFilter(text=detail.code), limit=20)
    return next((r for r in rows if r.id == dossier_id), None)


_URGENCY_COLOURS = {
    "overdue": QColor("#b00020"),
    "due_soon": QColor("#a15c00"),
    "paused": QColor("#5f6b7a"),
}
STATE_COLOURS = {"in_time": "#1b6e3a", "warning": "#a15c00", "overdue": "#b00020",
                 "paused": "#5f6b7a"}
_ICONS: dict[str, QIcon] = {}


def state_icon(state: str) -> QIcon | None:
    """A shape per timer state, so colour is never the only signal.

    Trong hạn: a clock; Sắp đến hạn: a triangle with "!"; Quá hạn: a filled disc with
    "!"; Tạm dừng: two bars.
    """
    if state not in STATE_COLOURS:
        return None
    icon = _ICONS.get(state)
    if icon is not None:
        return icon
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QColor(STATE_COLOURS[state])
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(colour, 3))
    if state == "in_time":
        p.drawEllipse(3, 3, 26, 26)
        p.drawLine(16, 16, 16, 8)
        p.drawLine(16, 16, 22, 19)
    elif state == "paused":
        p.setBrush(colour)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRect(7, 5, 6, 22)
        p.drawRect(19, 5, 6, 22)
    else:
        p.setBrush(colour)
        p.setPen(Qt.PenStyle.NoPen)
        if state == "warning":
            p.drawPolygon(QPolygonF([QPointF(16, 2), QPointF(31, 29), QPointF(1, 29)]))
        else:
            p.drawEllipse(1, 1, 30, 30)
        p.setPen(QPen(QColor("white"), 4))
        top = 10 if state == "warning" else 7
        p.drawLine(16, top, 16, 19)
        p.drawPoint(16, 25)
    p.end()
    icon = QIcon(pixmap)
    _ICONS[state] = icon
    return icon


# Every live list model, so a change made elsewhere (an apology issued) reaches them all.
_LIVE_MODELS: weakref.WeakSet = weakref.WeakSet()


def dossier_changed(dossier_id: int) -> None:
    """Tell every open dossier list that one dossier changed (its loaded line is refetched)."""
    for model in list(_LIVE_MODELS):
        model.refresh_dossier(dossier_id)


class DossierTableModel(QAbstractTableModel):
    """Columns: code, applicant, procedure, received, due, status, remaining working time."""

    loaded = Signal()  # the count and the first page of the current query arrived
    failed = Signal(str)

    COLUMNS = ("code", "applicant", "procedure", "received", "due", "status", "remaining")
    SORTABLE = {3: ("received_asc", "received_desc"), 4: ("due_asc", "due_asc")}

    def __init__(self, tasks: TaskRunner, *, page_size: int = PAGE_SIZE,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self.tasks = tasks
        self.page_size = page_size
        # Without an explicit clock the model uses the services' (the one deadlines,
        # alerts and the detail dialog use), so every timer on screen agrees.
        self._own_clock = clock is not None
        self.clock: Callable[[], datetime] = clock or datetime.now
        self.services: Any = None
        self.query = ListQuery()
        self._count = 0
        self._pages: dict[int, list[ListRow]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self.is_loading = False
        # live timers: rows painted since the last tick, and the tick each row was computed at
        self._seen: set[int] = set()
        self._tick = 0
        self._page_tick: dict[int, int] = {}
        self._row_tick: dict[int, int] = {}
        self._now: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        _LIVE_MODELS.add(self)
        self._headers = (
            self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Thủ tục"),
            self.tr("Ngày nhận"), self.tr("Hạn trả"), self.tr("Trạng thái"),
            self.tr("Thời gian còn lại"),
        )

    # -- loading ------------------------------------------------------------------------------
    def set_services(self, services: Any) -> None:
        self.services = services
        if not self._own_clock:
            self.clock = getattr(services, "clock", None) or datetime.now
        self.reload()
        self.timer.start()

    def set_query(self, query: ListQuery) -> None:
        if query != self.query:
            self.query = query
            self.reload()

    def reload(self) -> None:
        """Forget every page and ask for the count and the first page again."""
        self.beginResetModel()
        self._generation += 1
        self._count = 0
        self._pages.clear()
        self._pending.clear()
        self._seen.clear()
        self._page_tick.clear()
        self._row_tick.clear()
        self.endResetModel()
        if self.services is None:
            return
        generation = self._generation
        self.is_loading = True
        self.tasks.run_db(
            fetch_first, self.services, self.query, self.page_size, self.clock(),
            on_done=lambda result: self._on_first(generation, result),
            on_error=lambda exc: self._on_error(generation, exc),
        )

    def _on_first(self, generation: int, result: tuple[int, list[ListRow]]) -> None:
        if generation != self._generation:
            return
        total, rows = result
        self.beginResetModel()
        self._count = total
        self._pages = {0: rows} if total else {}
        self._page_tick = {0: self._tick}
        self.endResetModel()
        self.is_loading = False
        self.loaded.emit()

    def _request(self, page: int) -> None:
        if page in self._pages or page in self._pending or self.services is None:
            return
        self._pending.add(page)
        generation = self._generation
        self.tasks.run_db(
            fetch_page, self.services, self.query, page * self.page_size, self.page_size,
            self.clock(),
            on_done=lambda rows: self._on_page(generation, page, rows),
            on_error=lambda exc: self._on_error(generation, exc),
        )

    def _on_page(self, generation: int, page: int, rows: list[ListRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        self._page_tick[page] = self._tick
        first = page * self.page_size
        last = min(first + self.page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self.COLUMNS) - 1))

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.is_loading = False
        log.error("Dossier list query failed", exc_info=exc)
        self.failed.emit(getattr(exc, "message", None) or str(exc) or type(exc).__name__)

    # -- access --------------------------------------------------------------------------------
    def list_row(self, row: int) -> ListRow | None:
        """The row if its page is loaded (and asks for the page otherwise)."""
        if not 0 <= row < self._count:
            return None
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            rows = self._pages.get(page)  # an inline runner answers at once
            if rows is None:
                return None
        return rows[offset] if offset < len(rows) else None

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    # -- live timers -------------------------------------------------------------------------
    def tick(self) -> list[int]:
        """Recompute the timers of the rows on screen; returns those rows (for tests)."""
        if self.services is None:
            return []
        self._tick += 1
        self._now = self.clock()
        rows = sorted(self._seen)
        self._seen.clear()
        done: list[int] = []
        for row in rows:
            if self._refresh_row(row):
                done.append(row)
        column = self.COLUMNS.index("remaining")
        start = prev = None
        for row in [*done, None]:
            if row is not None and prev is not None and row == prev + 1:
                prev = row
                continue
            if start is not None:
                self.dataChanged.emit(self.index(start, column), self.index(prev, column))
            start = prev = row
        return done

    def _refresh_row(self, row: int) -> bool:
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None or offset >= len(rows) or self.services is None:
            return False
        item = rows[offset]
        now = self._now or self.clock()
        rows[offset] = describe(item.row, self.services.calendar, now,
                                warning_window(self.services))
        self._row_tick[row] = self._tick
        return True

    def refresh_dossier(self, dossier_id: int) -> None:
        """Refetch the loaded line of ``dossier_id`` (its due time or status changed)."""
        if self.services is None:
            return
        found = [(page, offset) for page, rows in self._pages.items()
                 for offset, item in enumerate(rows) if item.row.id == dossier_id]
        if not found:
            return
        generation = self._generation
        self.tasks.run_db(fetch_one, self.services, dossier_id,
                          on_done=lambda row: self._on_one(generation, found, row),
                          on_error=lambda exc: self._on_error(generation, exc))

    def _on_one(self, generation: int, where: list[tuple[int, int]], row: Any) -> None:
        if generation != self._generation or row is None:
            return
        item = describe(row, self.services.calendar, self._now or self.clock(),
                        warning_window(self.services))
        for page, offset in where:
            rows = self._pages.get(page)
            if rows is not None and offset < len(rows) and rows[offset].row.id == row.id:
                rows[offset] = item
                index = page * self.page_size + offset
                self._row_tick[index] = self._tick
                self.dataChanged.emit(self.index(index, 0),
                                      self.index(index, len(self.COLUMNS) - 1))

    # -- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        item = self.list_row(row)
        if item is not None and self._tick:
            self._seen.add(row)
            tick = self._row_tick.get(row)
            if tick is None:
                tick = self._page_tick.get(row // self.page_size, self._tick)
            if tick != self._tick and self._refresh_row(row):
                item = self.list_row(row)
        elif item is not None:
            self._seen.add(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if item is None:
                return "…" if index.column() == 0 else ""
            return self._display(item, index.column())
        if item is None:
            return None
        if role == ROW_ROLE:
            return item
        if role == URGENCY_ROLE:
            return item.urgency
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6:
            colour = _URGENCY_COLOURS.get(item.urgency)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 6:
            return state_icon(item.state)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 6 and item.state_label:
            return f"{item.state_label}: {item.remaining_label}"
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 6:
            return f"{item.state_label} {item.remaining_label}".strip()
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return item.row.procedure_name
        return None

    @staticmethod
    def _display(item: ListRow, column: int) -> str:
        row = item.row
        if column == 0:
            return row.code
        if column == 1:
            return row.applicant_name
        if column == 2:
            return row.procedure_name
        if column == 3:
            return row.received_at.strftime(DATE_FORMAT)
        if column == 4:
            return row.due_at.strftime(DATE_FORMAT) if row.due_at else ""
        if column == 5:
            return item.status_label
        if item.state == "paused":
            return item.state_label  # the reason is the status column (and the tooltip)
        return item.remaining_label

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        orders = self.SORTABLE.get(column)
        if orders is None:
            return
        wanted = orders[0] if order == Qt.SortOrder.AscendingOrder else orders[1]
        self.set_query(dataclasses.replace(self.query, order=wanted))
