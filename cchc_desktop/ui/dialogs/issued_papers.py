"""Giấy tờ đã phát hành: the papers issued so far, to reopen or reprint; the ledger to print.

Papers without a dossier (the ledger of a period, the Mẫu 02 given at the counter) are
reprinted here, as dossier papers are from the dossier's detail: the reprint needs a
reason and is stamped "BẢN IN LẠI" with its count (domain.md §2). "Mở bản lưu" shows the
archived original byte for byte. The ledger (Sổ theo dõi hồ sơ, TT 01/2018 Mẫu 06) is
printed for a date range; printing the same range again is a reprint.

The list is a real model over immutable rows (``IssuedRow``), loaded on the database
lane; issuing and printing go through ``ui.pdf_preview.PaperFlow``.
Keys: Enter reopens the selected original, Ctrl+R reprints it, Ctrl+L prints the ledger.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.errors import DomainError
from cchc_desktop.ui.models.rows import RowsTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("IssuedPapersModel", "Số"),
    QT_TRANSLATE_NOOP("IssuedPapersModel", "Giấy tờ"),
    QT_TRANSLATE_NOOP("IssuedPapersModel", "Nội dung"),
    QT_TRANSLATE_NOOP("IssuedPapersModel", "Ngày in"),
    QT_TRANSLATE_NOOP("IssuedPapersModel", "Lý do in lại"),
)


class IssuedPapersModel(RowsTableModel):
    """Issued papers (``services.documents.IssuedRow``), newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = list(COLUMNS)

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("IssuedPapersModel", COLUMNS[section])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.number_text, row.label, row.subject,
                    f"{row.issued_at:%H:%M %d/%m/%Y}", row.reprint_reason)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return row.subject
        return None


class IssuedPapersDialog(QDialog):
    """The list of issued papers with reopen and reprint, and the ledger of a period."""

    def __init__(self, runner, documents, flow, *, user: Callable[[], Any],
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._documents = documents
        self._flow = flow
        self._user = user
        self._clock = clock
        self.setWindowTitle(self.tr("Sổ theo dõi và giấy tờ đã phát hành"))
        self.resize(900, 560)

        ledger_box = QGroupBox(self.tr("Sổ theo dõi hồ sơ (Mẫu 06)"))
        today = clock().date()
        self.from_edit = self._date_edit(today.replace(day=1))
        self.to_edit = self._date_edit(today)
        self.ledger_button = QPushButton(self.tr("In sổ theo dõi (Ctrl+L)"))
        self.ledger_button.setObjectName("ledgerButton")
        self.ledger_button.clicked.connect(lambda _checked=False: self.print_ledger())
        ledger_row = QHBoxLayout(ledger_box)
        ledger_row.addWidget(QLabel(self.tr("Hồ sơ tiếp nhận từ ngày")))
        ledger_row.addWidget(self.from_edit)
        ledger_row.addWidget(QLabel(self.tr("đến ngày")))
        ledger_row.addWidget(self.to_edit)
        ledger_row.addStretch(1)
        ledger_row.addWidget(self.ledger_button)

        self.only_unattached = QCheckBox(self.tr(
            "Chỉ giấy tờ không gắn với hồ sơ (sổ theo dõi, phiếu hướng dẫn tại quầy); "
            "giấy tờ của một hồ sơ được in lại từ chi tiết hồ sơ"))
        self.only_unattached.setChecked(True)
        self.only_unattached.toggled.connect(lambda _on: self.reload())
        self.model = IssuedPapersModel(self)
        self.table = QTableView()
        self.table.setObjectName("issuedPapers")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.reopen_selected())
        self.status = QLabel()
        self.status.setObjectName("papersStatus")
        self.status.setWordWrap(True)

        self.reopen_button = QPushButton(self.tr("Mở bản lưu (Enter)"))
        self.reprint_button = QPushButton(self.tr("In lại… (Ctrl+R)"))
        self.reopen_button.clicked.connect(lambda _checked=False: self.reopen_selected())
        self.reprint_button.clicked.connect(lambda _checked=False: self.reprint_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.reopen_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+R"), self, self.reprint_selected)
        QShortcut(QKeySequence("Ctrl+L"), self, self.print_ledger)

        layout = QVBoxLayout(self)
        layout.addWidget(ledger_box)
        layout.addWidget(self.only_unattached)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self._flow.issued.connect(lambda _row: self.reload())
        self._flow.failed.connect(self._show_error)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_buttons())
        self._update_buttons()

    # -- public API (also used by tests) ---------------------------------------------------

    def reload(self) -> None:
        """Load the list on the database lane."""
        without_dossier = self.only_unattached.isChecked()
        self._runner.run_db(lambda: self._documents.papers(without_dossier=without_dossier),
                            on_done=self._on_loaded, on_error=self._on_failed)

    def set_period(self, start: date, end: date) -> None:
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def print_ledger(self) -> None:
        start, end = self.period()
        if end < start:
            self._show_error(self.tr("Ngày cuối kỳ phải sau ngày đầu kỳ."))
            self.to_edit.setFocus()
            return
        self.status.clear()
        self._flow.run_ledger(start, end, user=self._user(), now=self._clock())

    def reopen_selected(self) -> None:
        row = self.selected()
        if row is None:
            self._show_error(self.tr("Chọn một giấy tờ trong danh sách."))
            return
        self.status.clear()
        self._flow.run_reopen(row.id)

    def reprint_selected(self) -> None:
        row = self.selected()
        if row is None:
            self._show_error(self.tr("Chọn một giấy tờ trong danh sách."))
            return
        self.status.clear()
        self._flow.run_reprint(row.id, user=self._user(), now=self._clock())

    # -- internals ---------------------------------------------------------------------------

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        return edit

    def _on_loaded(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.status.setText(self.tr("Chưa có giấy tờ nào.") if not rows else "")
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        self._show_error(exc.message if isinstance(exc, DomainError) else str(exc))

    def _show_error(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #8e1b12;")

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.reopen_button.setEnabled(has)
        self.reprint_button.setEnabled(has)
        if not self.status.text():
            self.status.setStyleSheet("")
