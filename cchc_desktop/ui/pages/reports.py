"""Báo cáo: the periodic report of the office, on screen, in Excel and on paper.

Pick a period (month, quarter, year or from–to; this month by default) and the page
shows, computed in the database lane by ``services.reports.ReportService``:

- **Biểu 06/VPCP/KSTT** per sector and procedure (sector subtotals and the total in
  bold): received, resolved early / on time / late on the current due time, in
  progress within time / overdue, given back, supplement requests;
- the **apology letters** issued in the period, "phát hành muộn" marked in words;
- the **QĐ 766 indicators** with their numerators and denominators.

"Xuất Excel…" (Ctrl+E) writes an .xlsx file (a sheet per section), "Xem, in PDF…"
(Ctrl+P) opens the A4 paper in the print preview; both files are built off the UI
thread. F5 recomputes. The figures are computed in the database lane, the files in
the parallel lane: a year of a large office never freezes the window.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.errors import DomainError
from cchc_desktop.ui.models.rows import RowsTableModel
from cchc_desktop.ui.pages.base import Page, PageContext

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 30  # the plain int/float behind a display text
TOTAL_BACKGROUND = "#e8eef4"
LATE_COLOUR = "#b00020"


def _count(value: int) -> str:
    """12345 → "12.345" (Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")


def _when(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def build_report(services: Any, period: Any) -> Any:
    """Runs in the database lane: the report of ``period`` as known now."""
    return _report_service(services).build(period, user=services.current_user,
                                           now=services.clock())


def _report_service(services: Any) -> Any:
    service = getattr(services, "reports", None)
    if service is None:
        from cchc_desktop.services.reports import ReportService

        service = ReportService(services.dossiers)
    return service


def write_excel(report: Any, path: Path) -> Path:
    """Runs in the parallel lane: the workbook written to ``path`` (.xlsx added if absent)."""
    from cchc_desktop.services.reports import ReportService

    target = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
    target.write_bytes(ReportService.xlsx(report))
    return target


def build_pdf(report: Any) -> bytes:
    """Runs in the parallel lane: the A4 landscape paper."""
    from cchc_desktop.services.reports import ReportService

    return ReportService.pdf(report)


# ------------------------------------------------------------------------------- models


class Form06Model(RowsTableModel):
    """Biểu 06 rows: name, then the counts; sector rows and the total in bold."""

    def __init__(self) -> None:
        super().__init__()
        from cchc_desktop.reports.model import FORM06_COLUMNS

        self.rows: list[Any] = []
        self.attributes = [attr for _group, _head, attr in FORM06_COLUMNS]
        groups = {
            "Số hồ sơ nhận giải quyết": self.tr("Nhận giải quyết"),
            "Số hồ sơ đã giải quyết": self.tr("Đã giải quyết"),
            "Số hồ sơ đang giải quyết": self.tr("Đang giải quyết"),
            "Hồ sơ trả lại, rút": self.tr("Trả lại, rút"),
            "Yêu cầu bổ sung": self.tr("Bổ sung"),
        }
        heads = {
            "Tổng số": self.tr("Tổng số"),
            "Kỳ trước chuyển qua": self.tr("Kỳ trước chuyển qua"),
            "Mới tiếp nhận trực tuyến": self.tr("Mới: trực tuyến"),
            "Mới tiếp nhận trực tiếp, bưu chính": self.tr("Mới: trực tiếp, bưu chính"),
            "Trước hạn": self.tr("Trước hạn"), "Đúng hạn": self.tr("Đúng hạn"),
            "Quá hạn": self.tr("Quá hạn"), "Trong hạn": self.tr("Trong hạn"),
            "Từ chối giải quyết": self.tr("Từ chối giải quyết"),
            "Rút hồ sơ, dừng xử lý": self.tr("Rút, dừng xử lý"),
            "Số hồ sơ": self.tr("Số hồ sơ"),
        }
        self.headers = [self.tr("Lĩnh vực, thủ tục hành chính")] + [
            heads[head] for _group, head, _attr in FORM06_COLUMNS]
        # the group above each column (None: the column spans both header rows)
        self.groups: list[str | None] = [None] + [
            groups[group] for group, _head, _attr in FORM06_COLUMNS]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        value = getattr(row, self.attributes[column - 1]) if column else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if row.level == "total":
                    return self.tr("Tổng cộng")
                if row.level == "procedure":
                    return f"    {row.name} ({row.code})"
                return row.name
            return _count(value)
        if role == NUMBER_ROLE:
            return value
        if role == Qt.ItemDataRole.FontRole and row.level != "procedure":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.level == "total":
            return QBrush(QColor(TOTAL_BACKGROUND))
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{row.code} – {row.name}" if row.code else row.name
        return None


class GroupedHeader(QHeaderView):
    """Two header rows like the paper form: the group ("Đã giải quyết") spans its columns.

    ``groups[section]`` names the group of a column, or ``None`` for a column whose own
    title fills both rows. Each section paints its share of the group cell (clipped),
    so the group title reads across the columns however they are resized or scrolled.
    """

    def __init__(self, groups: list[str | None], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.groups = groups
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        line = self.fontMetrics().lineSpacing()
        return QSize(size.width(), line * 5 + 14)  # a group line over three title lines

    def _span(self, logical: int) -> tuple[int, int]:
        group = self.groups[logical]
        first = last = logical
        while first > 0 and self.groups[first - 1] == group:
            first -= 1
        while last + 1 < len(self.groups) and self.groups[last + 1] == group:
            last += 1
        start = self.sectionViewportPosition(first)
        end = self.sectionViewportPosition(last) + self.sectionSize(last)
        return start, end

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not 0 <= logical < len(self.groups) or self.groups[logical] is None:
            super().paintSection(painter, rect, logical)
            return
        top_height = self.fontMetrics().lineSpacing() + 6
        start, end = self._span(logical)
        painter.save()
        painter.setClipRect(rect)
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.section = logical
        option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        group_rect = QRect(start, rect.y(), end - start, top_height)
        title_rect = QRect(rect.x(), rect.y() + top_height, rect.width(),
                           rect.height() - top_height)
        for part, text in ((group_rect, self.groups[logical]),
                           (title_rect, self.model().headerData(
                               logical, Qt.Orientation.Horizontal))):
            option.rect = part
            self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter,
                                     self)
            painter.drawText(part.adjusted(3, 1, -3, -1), flags, str(text))
        painter.restore()


class ApologyModel(RowsTableModel):
    """The apology letters issued in the period."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []
        self.headers = [self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Số phiếu"),
                        self.tr("Ngày phát hành"), self.tr("Hạn trả trước đó"),
                        self.tr("Hạn trả mới"), self.tr("Lý do"), self.tr("Ghi chú")]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        a, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (a.dossier_code, a.applicant, a.number_text, _when(a.issued_at),
                      _when(a.previous_due), _when(a.new_due), a.reason,
                      self.tr("Phát hành muộn") if a.late_issue else "")
            return values[column]
        if column == 7 and a.late_issue:
            # NĐ 61/2018 Art. 19(9): less than one working day before the due time.
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(LATE_COLOUR))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None


class IndicatorModel(RowsTableModel):
    """The QĐ 766 indicators with their formula: numerator ÷ denominator = rate."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []
        self.headers = [self.tr("Chỉ số"), self.tr("Tử số"), self.tr("Mẫu số"),
                        self.tr("Tỷ lệ"), self.tr("Cách tính"), self.tr("Ghi chú")]
        self.names = {
            "on_time_766": self.tr("Tỷ lệ hồ sơ giải quyết đúng hạn (Bộ chỉ số 766)"),
            "on_time_form06": self.tr("Tỷ lệ giải quyết đúng hạn (Biểu 06, theo hạn hiện hành)"),
            "online_filing": self.tr("Tỷ lệ hồ sơ nộp trực tuyến"),
            "online_payment": self.tr("Tỷ lệ hồ sơ thanh toán trực tuyến"),
            "digitisation": self.tr("Tỷ lệ số hóa thành phần hồ sơ"),
            "ratings": self.tr("Đánh giá của người nhận kết quả"),
            "satisfaction_766": self.tr("Mức độ hài lòng (Bộ chỉ số 766)"),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        ind, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            formula = f"{ind.numerator_label} ÷ {ind.denominator_label}"
            values = (self.names.get(ind.key, ind.name), _count(ind.numerator),
                      _count(ind.denominator), ind.rate_text, formula, ind.note)
            return values[column]
        if role == NUMBER_ROLE:
            return (None, ind.numerator, ind.denominator, ind.rate, None, None)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == 3:
            font = QFont()
            font.setBold(True)
            return font
        return None


# --------------------------------------------------------------------------------- page


class ReportsPage(Page):
    """Period picker, three tables, Excel and PDF exports."""

    report_loaded = Signal(object)  # the PeriodReport shown
    excel_written = Signal(str)
    preview_opened = Signal(object)  # the PdfPreviewDialog

    KINDS = ("month", "quarter", "year", "custom")

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.report: Any = None
        self.preview: Any = None
        self._generation = 0

        title = QLabel(self.tr("Báo cáo thống kê"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)

        # -- the period ----------------------------------------------------------------------
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("periodKind")
        for text in (self.tr("Tháng"), self.tr("Quý"), self.tr("Năm"),
                     self.tr("Từ ngày … đến ngày")):
            self.kind_combo.addItem(text)
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("periodMonth")
        for month in range(1, 13):
            self.month_combo.addItem(self.tr("Tháng %1").replace("%1", str(month)), month)
        self.quarter_combo = QComboBox()
        self.quarter_combo.setObjectName("periodQuarter")
        for quarter, roman in enumerate(("I", "II", "III", "IV"), start=1):
            self.quarter_combo.addItem(self.tr("Quý %1").replace("%1", roman), quarter)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("periodYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(date.today().year)
        self.from_edit = QDateEdit()
        self.from_edit.setObjectName("periodFrom")
        self.to_edit = QDateEdit()
        self.to_edit.setObjectName("periodTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.from_label = QLabel(self.tr("Từ ngày:"))
        self.to_label = QLabel(self.tr("đến ngày:"))
        self.show_button = QPushButton(self.tr("Xem báo cáo (F5)"))
        self.show_button.setObjectName("showReport")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.load)
        QShortcut(QKeySequence("F5"), self, activated=self.load)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Kỳ báo cáo:")))
        for widget in (self.kind_combo, self.month_combo, self.quarter_combo, self.year_spin,
                       self.from_label, self.from_edit, self.to_label, self.to_edit,
                       self.show_button):
            period.addWidget(widget)
        period.addStretch(1)

        self.excel_button = QPushButton(self.tr("Xuất Excel… (Ctrl+E)"))
        self.excel_button.setObjectName("exportExcel")
        self.excel_button.clicked.connect(self._on_excel_button_clicked)
        self.pdf_button = QPushButton(self.tr("Xem, in PDF… (Ctrl+P)"))
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.clicked.connect(self.open_pdf)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self._on_excel_button_clicked)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.open_pdf)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.excel_button)
        header.addWidget(self.pdf_button)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("reportSummary")
        self.summary_label.setWordWrap(True)
        self.message_label = QLabel(self.tr("Đang mở cơ sở dữ liệu…"))
        self.message_label.setObjectName("reportMessage")
        self.message_label.setWordWrap(True)

        # -- the sections --------------------------------------------------------------------
        self.form06_model = Form06Model()
        self.apology_model = ApologyModel()
        self.indicator_model = IndicatorModel()
        self.form06_table = self._table("form06Table", self.form06_model)
        header_view = GroupedHeader(self.form06_model.groups, self.form06_table)
        self.form06_table.setHorizontalHeader(header_view)
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setMinimumSectionSize(40)
        self.form06_table.setWordWrap(False)
        # fifteen columns on a counter's screen: a slightly smaller face for this table
        small = self.form06_table.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.form06_table.setFont(small)
        header_view.setFont(small)
        self.form06_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.apology_table = self._table("apologyTable", self.apology_model)
        ap_header = self.apology_table.horizontalHeader()
        for column, width in enumerate((210, 180, 70, 135, 135, 135, 0, 130)):
            if width:
                ap_header.resizeSection(column, width)
        ap_header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.apology_table.setWordWrap(False)
        self.apology_summary = QLabel()
        self.apology_summary.setObjectName("apologySummary")
        apology_tab = QWidget()
        apology_layout = QVBoxLayout(apology_tab)
        apology_layout.addWidget(self.apology_summary)
        apology_layout.addWidget(self.apology_table, 1)
        self.indicator_table = self._table("indicatorTable", self.indicator_model)
        ind_header = self.indicator_table.horizontalHeader()
        for column, width in enumerate((300, 80, 80, 80, 0, 330)):
            if width:
                ind_header.resizeSection(column, width)
        ind_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # six rows: their heights simply follow the wrapped text
        self.indicator_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self.form06_table, self.tr("Biểu 06/VPCP/KSTT"))
        self.tabs.addTab(apology_tab, self.tr("Phiếu xin lỗi, hẹn lại"))
        self.tabs.addTab(self.indicator_table, self.tr("Chỉ số Bộ chỉ số 766"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addLayout(header)
        layout.addLayout(period)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)
        self._on_kind_combo_changed(0)
        self._set_busy(False)

    @staticmethod
    def _table(name: str, model: QAbstractTableModel) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def fit_form06_columns(self) -> None:
        """Counts as narrow as their titles allow; the names take the rest (at least 220 px).

        On a narrow window the table scrolls sideways rather than hide the names.
        """
        table, model = self.form06_table, self.form06_model
        metrics = table.horizontalHeader().fontMetrics()
        # the titles wrap at spaces: the longest word decides
        words = [word for head in model.headers[1:] for word in head.split()]
        words += ["00.000", self.form06_model.groups[-1] or ""]
        count_width = max(metrics.horizontalAdvance(w) for w in words) + 12
        header = table.horizontalHeader()
        for column in range(1, model.columnCount()):
            header.resizeSection(column, count_width)
        room = table.viewport().width() - count_width * (model.columnCount() - 1)
        header.resizeSection(0, max(220, room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_form06_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_form06_columns()

    # -- page protocol --------------------------------------------------------------------------
    def on_services_ready(self) -> None:
        self.set_period_default(self.services.clock())
        self.load()

    def on_activated(self) -> None:
        if self.services is not None and self.report is None:
            self.load()

    # -- the period -----------------------------------------------------------------------------
    def set_period_default(self, now: datetime) -> None:
        """This month; the custom dates default to its first day up to today."""
        self.kind_combo.setCurrentIndex(0)
        self.month_combo.setCurrentIndex(now.month - 1)
        self.quarter_combo.setCurrentIndex((now.month - 1) // 3)
        self.year_spin.setValue(now.year)
        self.from_edit.setDate(QDate(now.year, now.month, 1))
        self.to_edit.setDate(QDate(now.year, now.month, now.day))

    def period(self) -> Any:
        """The chosen period (``services.reports.ReportPeriod``); may raise ValidationError."""
        from cchc_desktop.services.reports import ReportPeriod

        kind = self.KINDS[self.kind_combo.currentIndex()]
        year = self.year_spin.value()
        if kind == "month":
            return ReportPeriod.month(year, self.month_combo.currentData())
        if kind == "quarter":
            return ReportPeriod.quarter(year, self.quarter_combo.currentData())
        if kind == "year":
            return ReportPeriod.year(year)
        return ReportPeriod.custom(self.from_edit.date().toPython(),
                                   self.to_edit.date().toPython())

    def _on_kind_combo_changed(self, index: int) -> None:
        kind = self.KINDS[index]
        self.month_combo.setVisible(kind == "month")
        self.quarter_combo.setVisible(kind == "quarter")
        self.year_spin.setVisible(kind != "custom")
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(kind == "custom")

    # -- loading ----------------------------------------------------------------------------------
    def load(self) -> None:
        """Compute the report of the chosen period in the database lane."""
        if self.services is None:
            return
        try:
            period = self.period()
        except DomainError as exc:  # e.g. the end before the start: said, nothing lost
            self._show_error(exc)
            return
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        self.message_label.setText(self.tr("Đang tính báo cáo %1…").replace("%1", period.label))
        self.message_label.setStyleSheet("color: #4a5563;")
        self.context.tasks.run_db(
            build_report, self.services, period,
            on_done=lambda report: self._on_report(generation, report),
            on_error=lambda exc: self._on_failed(generation, exc))

    def _on_report(self, generation: int, report: Any) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.report = report
        self._set_busy(False)
        self.form06_model.set_rows(report.rows)
        self.apology_model.set_rows(report.apologies)
        self.indicator_model.set_rows(report.indicators)
        self.fit_form06_columns()
        total = report.total
        self.summary_label.setText(
            self.tr("%1 (từ %2 đến %3) · nhận %4 hồ sơ, đã giải quyết %5, đang giải quyết %6 "
                    "(tính đến %7)")
            .replace("%1", report.period_label)
            .replace("%2", report.start.strftime("%d/%m/%Y"))
            .replace("%3", report.end.strftime("%d/%m/%Y"))
            .replace("%4", _count(total.received)).replace("%5", _count(total.resolved))
            .replace("%6", _count(total.in_progress)).replace("%7", report.as_of_text))
        self.apology_summary.setText(
            self.tr("Đã phát hành %1 phiếu; phát hành muộn (ít hơn một ngày làm việc trước "
                    "hạn trả): %2.")
            .replace("%1", str(len(report.apologies)))
            .replace("%2", str(report.apologies_late)))
        self.message_label.setText(" ".join(report.notes))
        self.message_label.setStyleSheet("color: #4a5563; font-style: italic;")
        self.report_loaded.emit(report)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        from cchc_desktop.ui.dialogs.actions import error_message

        self.message_label.setText(error_message(exc))
        self.message_label.setStyleSheet(
            "QLabel#reportMessage { background: #fdecea; color: #8e1b12; padding: 6px; }")

    def _set_busy(self, busy: bool) -> None:
        self.show_button.setEnabled(not busy)
        ready = self.report is not None and not busy
        self.excel_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(
            "QLabel#reportMessage { background: #e8f5e9; color: #1b5e20; padding: 6px; }")

    # -- exports ----------------------------------------------------------------------------------
    def suggested_name(self, extension: str) -> str:
        report = self.report
        stem = f"bao-cao-{report.start:%Y%m%d}-{report.end:%Y%m%d}"
        return f"{stem}.{extension}"

    def _on_excel_button_clicked(self) -> None:
        if self.report is None or not self.excel_button.isEnabled():
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Xuất báo cáo ra Excel"), self.suggested_name("xlsx"),
            self.tr("Tệp Excel (*.xlsx)"))
        if path:
            self.export_excel(Path(path))

    def export_excel(self, path: Path) -> None:
        """Write the shown report to ``path`` off the UI thread."""
        if self.report is None:
            return
        self.context.tasks.run_io(write_excel, self.report, Path(path),
                                  on_done=self._on_excel_written,
                                  on_error=self._on_export_failed)

    def _on_excel_written(self, path: Path) -> None:
        self._say(self.tr("Đã lưu báo cáo Excel: %1").replace("%1", str(path)))
        self.excel_written.emit(str(path))

    def _on_export_failed(self, exc: BaseException) -> None:
        message = str(exc)
        if isinstance(exc, OSError):
            message = self.tr("Không ghi được tệp: %1").replace(
                "%1", exc.strerror or str(exc))
        self.message_label.setText(message)
        self.message_label.setStyleSheet(
            "QLabel#reportMessage { background: #fdecea; color: #8e1b12; padding: 6px; }")

    def open_pdf(self) -> None:
        """Build the paper off the UI thread, then show it in the print preview."""
        if self.report is None or not self.pdf_button.isEnabled():
            return
        report = self.report
        self.context.tasks.run_io(build_pdf, report,
                                  on_done=lambda pdf: self._show_pdf(report, pdf),
                                  on_error=self._on_export_failed)

    def _show_pdf(self, report: Any, pdf: bytes) -> None:
        from cchc_desktop.ui.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(
            pdf, self.tr("Báo cáo %1").replace("%1", report.period_label), self.context.tasks,
            suggested_name=self.suggested_name("pdf"), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "preview", None))
        self.preview_opened.emit(dialog)
        dialog.open()
