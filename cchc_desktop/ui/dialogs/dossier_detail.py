"""A read-only view of one dossier: applicant, procedure, times, components and history.

It shows what the services returned (``DossierDetail``, a frozen dataclass) and offers
no action yet; actions (transfer, return, print) join when their pages are built.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.ui.models.dossier_table import DATE_FORMAT


def _when(value: Any) -> str:
    return value.strftime(DATE_FORMAT) if value else ""


class DossierDetailDialog(QDialog):
    """Opened from the list (double click, Enter) or by scanning the receipt's barcode."""

    def __init__(self, detail: Any, status_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setObjectName("dossierDetail")
        self.setWindowTitle(self.tr("Hồ sơ %1").replace("%1", detail.code))
        self.resize(760, 560)

        general = QWidget()
        form = QFormLayout(general)
        applicant = detail.applicant
        timing = detail.timing
        due = timing.current_due if timing is not None else None
        for label, value in (
            (self.tr("Mã hồ sơ:"), detail.code),
            (self.tr("Thủ tục:"), detail.procedure_name),
            (self.tr("Người nộp:"), applicant.name),
            (self.tr("Số định danh:"), applicant.id_number),
            (self.tr("Địa chỉ:"), applicant.address),
            (self.tr("Điện thoại:"), applicant.phone),
            (self.tr("Ngày nhận:"), _when(detail.received_at)),
            (self.tr("Hạn trả:"), _when(due)),
            (self.tr("Trạng thái:"), status_label),
            (self.tr("Đơn vị xử lý:"), detail.handling_unit),
        ):
            shown = QLabel(value or "—")
            shown.setWordWrap(True)
            form.addRow(label, shown)

        components = self._table(
            (self.tr("STT"), self.tr("Thành phần hồ sơ"), self.tr("Bản chính"),
             self.tr("Bản sao chứng thực"), self.tr("Bản chụp")),
            [(str(c.position), c.name, str(c.originals), str(c.certified_copies),
              str(c.photocopies)) for c in detail.components])
        history = self._table(
            (self.tr("Thời điểm"), self.tr("Việc"), self.tr("Người thực hiện"), self.tr("Ghi chú")),
            [(_when(e.at), e.action_label, e.actor, e.note) for e in detail.events])

        tabs = QTabWidget()
        tabs.addTab(general, self.tr("Thông tin chung"))
        tabs.addTab(components, self.tr("Thành phần hồ sơ"))
        tabs.addTab(history, self.tr("Quá trình xử lý"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> QTableWidget:
        # A handful of fixed rows for reading only; the dossier list itself is a real model.
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        return table
