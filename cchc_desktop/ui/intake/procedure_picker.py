"""Procedure picker: a search field with an instant result list, keyboard first.

Typing filters the published catalogue on every key with
``services.catalogue.search_procedures`` (diacritics ignored, đ = d: "dang ky khai
sinh" finds "Đăng ký khai sinh"). Up/Down move in the results without leaving the
field, Enter picks the highlighted procedure; a click or double-click does the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from cchc_desktop.services.catalogue import ProcedureRow, search_procedures

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 6


class ProcedureListModel(QAbstractListModel):
    """Immutable ``ProcedureRow`` objects, one line each: "code — name"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProcedureRow] = []

    def set_rows(self, rows: Sequence[ProcedureRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ProcedureRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.code} — {row.name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name}\n{row.sector_name} · {row.duration_label}"
        if role == ROW_ROLE:
            return row
        return None


class ProcedurePicker(QWidget):
    """Search field + result list; emits ``procedure_chosen(ProcedureRow)``."""

    procedure_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[ProcedureRow] = []
        self.chosen: ProcedureRow | None = None
        self.search = QLineEdit()
        self.search.setObjectName("procedureSearch")
        self.search.setPlaceholderText(self.tr("Gõ tên hoặc mã thủ tục, không cần dấu…"))
        self.search.setClearButtonEnabled(True)
        self.model = ProcedureListModel(self)
        self.results = QListView()
        self.results.setObjectName("procedureResults")
        self.results.setModel(self.model)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # driven from the search field
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setFixedHeight((self.fontMetrics().height() + 6) * VISIBLE_ROWS + 6)
        self.count_label = QLabel()
        self.count_label.setObjectName("procedureCount")
        self.chosen_label = QLabel(self.tr("Chưa chọn thủ tục."))
        self.chosen_label.setObjectName("procedureChosen")
        self.chosen_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.count_label)
        layout.addWidget(self.chosen_label)

        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)
        self.results.clicked.connect(self._on_results_clicked)
        self.results.activated.connect(self._on_results_clicked)

    def set_rows(self, rows: Sequence[ProcedureRow]) -> None:
        self._all = list(rows)
        self._on_search_text_changed(self.search.text())

    def visible_rows(self) -> list[ProcedureRow]:
        return [r for i in range(self.model.rowCount()) if (r := self.model.row_at(i))]

    def _on_search_text_changed(self, text: str) -> None:
        found = search_procedures(self._all, text)
        self.model.set_rows(found)
        self.results.setVisible(True)
        if found:
            self.results.setCurrentIndex(self.model.index(0))
        self.count_label.setText(self.tr("%1 thủ tục phù hợp · ↑↓ để chọn, Enter để lấy")
                                 .replace("%1", str(len(found))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: VISIBLE_ROWS,
                        Qt.Key.Key_PageUp: -VISIBLE_ROWS}[Qt.Key(key)]
                self._move(step)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier):
                self.choose_current()
                return True
        return False

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = self.results.currentIndex().row()
        row = max(0, min(count - 1, (row if row >= 0 else -1) + step))
        self.results.setCurrentIndex(self.model.index(row))

    def _on_results_clicked(self, index: QModelIndex) -> None:
        self.results.setCurrentIndex(index)
        self.choose_current()

    def choose_current(self) -> bool:
        row = self.model.row_at(self.results.currentIndex().row())
        if row is None:
            return False
        self.choose(row)
        return True

    def choose(self, row: ProcedureRow | None) -> None:
        self.chosen = row
        if row is None:
            self.chosen_label.setText(self.tr("Chưa chọn thủ tục."))
        else:
            self.chosen_label.setText(
                f"<b>{escape(row.code)}</b> — {escape(row.name)}<br>"
                f"<span style='color:#4a5d70'>{escape(row.sector_name)} · "
                f"{escape(row.handling_unit)}</span>")
            self.results.setVisible(False)
            self.count_label.setText(self.tr("Gõ để tìm thủ tục khác (F2)."))
        self.procedure_chosen.emit(row)
