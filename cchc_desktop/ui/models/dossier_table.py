"""The dossier list as a real table model over lazily fetched pages.

``rowCount`` is the number of dossiers matching the query (one COUNT in the database
lane); rows are fetched a page at a time, in the database lane, the first time a view
asks for them, so a list of 200,000 dossiers opens as fast as one of 200. Workers
return immutable ``ListRow`` values (the service's ``DossierRow`` plus the remaining
working time computed with the office calendar); a stale answer (the query changed
meanwhile) is dropped by its generation number. Sorting is done by the database
(received time, due time), not by a proxy that would need every row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from cchc_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

ROW_ROLE = Qt.ItemDataRole.UserRole + 10  # the ListRow of the line
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 11  # "overdue" | "due_soon" | "ok" | "paused" | ""

PAGE_SIZE = 200
DUE_SOON = timedelta(hours=8)  # one working day (8 working hours, domain.md §4)
DATE_FORMAT = "%d/%m/%Y %H:%M"

# Status groups offered by the filter; codes are the national statuses (domain.md §6).
OPEN_STATUSES = (2, 4, 5, 6, 7)


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: a plain value, turned into the service's filter in the worker."""

    statuses: tuple[int, ...] = ()
    text: str = ""
    order: str = "received_desc"  # received_desc | received_asc | due_asc
    due_before: datetime | None = None


@dataclass(frozen=True)
class ListRow:
    row: Any  # services.dossiers.DossierRow (frozen dataclass)
    status_label: str
    remaining: timedelta | None  # working time left (negative: overdue); None if not running
    remaining_label: str
    urgency: str


def _to_filter(query: ListQuery):
    from cchc_desktop.services.dossiers import DossierFilter

    return DossierFilter(statuses=query.statuses, text=query.text, due_before=query.due_before)


def describe(row: Any, calendar: Any, now: datetime) -> ListRow:
    """Status label and remaining working time of one dossier (runs in the worker)."""
    from cchc_desktop.domain.deadlines import (
        classify_outcome,
        format_remaining,
        remaining_working_time,
    )
    from cchc_desktop.domain.dossier import Status

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
    if status is not None and status.is_final:
        return ListRow(row, status_label, None, "", "")
    if row.paused:
        # The clock is stopped while a supplement or a financial obligation is pending.
        return ListRow(row, status_label, None, "Tạm dừng", "paused")
    remaining = remaining_working_time(calendar, now, row.due_at)
    if remaining < timedelta(0):
        urgency = "overdue"
    elif remaining <= DUE_SOON:
        urgency = "due_soon"
    else:
        urgency = "ok"
    return ListRow(row, status_label, remaining, format_remaining(remaining), urgency)


def fetch_first(services: Any, query: ListQuery, limit: int, now: datetime
                ) -> tuple[int, list[ListRow]]:
    """Count and first page together (one trip to the database lane)."""
    flt = _to_filter(query)
    total = services.dossiers.count(flt)
    rows = services.dossiers.page(flt, offset=0, limit=limit, order=query.order)
    calendar = services.calendar
    return total, [describe(r, calendar, now) for r in rows]


def fetch_page(services: Any, query: ListQuery, offset: int, limit: int, now: datetime
               ) -> list[ListRow]:
    rows = services.dossiers.page(_to_filter(query), offset=offset, limit=limit,
                                  order=query.order)
    calendar = services.calendar
    return [describe(r, calendar, now) for r in rows]


_URGENCY_COLOURS = {
    "overdue": QColor("#b00020"),
    "due_soon": QColor("#a15c00"),
    "paused": QColor("#5f6b7a"),
}


class DossierTableModel(QAbstractTableModel):
    """Columns: code, applicant, procedure, received, due, status, remaining working time."""

    loaded = Signal()  # the count and the first page of the current query arrived
    failed = Signal(str)

    COLUMNS = ("code", "applicant", "procedure", "received", "due", "status", "remaining")
    SORTABLE = {3: ("received_asc", "received_desc"), 4: ("due_asc", "due_asc")}

    def __init__(self, tasks: TaskRunner, *, page_size: int = PAGE_SIZE,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__()
        self.tasks = tasks
        self.page_size = page_size
        self.clock = clock
        self.services: Any = None
        self.query = ListQuery()
        self._count = 0
        self._pages: dict[int, list[ListRow]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self.is_loading = False
        self._headers = (
            self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Thủ tục"),
            self.tr("Ngày nhận"), self.tr("Hạn trả"), self.tr("Trạng thái"),
            self.tr("Thời gian còn lại"),
        )

    # -- loading ------------------------------------------------------------------------------
    def set_services(self, services: Any) -> None:
        self.services = services
        self.reload()

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
        item = self.list_row(index.row())
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
        return item.remaining_label

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        orders = self.SORTABLE.get(column)
        if orders is None:
            return
        wanted = orders[0] if order == Qt.SortOrder.AscendingOrder else orders[1]
        self.set_query(ListQuery(self.query.statuses, self.query.text, wanted,
                                 self.query.due_before))
