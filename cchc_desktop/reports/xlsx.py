"""The periodic report as an Excel workbook (openpyxl): one sheet per section.

Vietnamese headers; counts are numbers (not text), rates are numbers formatted as
percentages, times are real date-times — so the office can sum, chart and forward the
file. Sheets: "Biểu 06" (two header rows, sector subtotals and the total in bold),
"Phiếu xin lỗi", "Chỉ số 766" (numerator, denominator and the rate as a formula-free
value next to the formula's wording).
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from cchc_desktop.documents.text import nfc, short_date
from cchc_desktop.reports.model import FORM06_COLUMNS, PROCEDURE, TOTAL, PeriodReport

SHEET_FORM06 = "Biểu 06"
SHEET_APOLOGIES = "Phiếu xin lỗi"
SHEET_INDICATORS = "Chỉ số 766"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="E8EEF4")
_TOTAL_FILL = PatternFill("solid", fgColor="EDEDED")
_BOLD = Font(bold=True)
_WRAP_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _title(ws, report: PeriodReport, title: str, width: int) -> int:
    """Office, title and period on the first rows; returns the next free row."""
    ws.cell(1, 1, nfc(report.office_name)).font = _BOLD
    ws.cell(2, 1, nfc(title)).font = Font(bold=True, size=13)
    ws.cell(3, 1, nfc(f"Kỳ báo cáo: {report.period_label} (từ ngày "
                      f"{short_date(report.start)} đến ngày {short_date(report.end)})"))
    row = 4
    for note in report.notes:
        ws.cell(row, 1, nfc(note)).font = Font(italic=True)
        row += 1
    for r in range(1, row):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    return row + 1


def _header(ws, row: int, heads: list[str], widths: list[float]) -> None:
    for col, (head, w) in enumerate(zip(heads, widths, strict=True), start=1):
        cell = ws.cell(row, col, head)
        cell.font, cell.fill, cell.alignment, cell.border = _BOLD, _HEAD_FILL, _WRAP_CENTER, \
            _BORDER
        ws.column_dimensions[get_column_letter(col)].width = w


def _form06(ws, report: PeriodReport) -> None:
    width = 3 + len(FORM06_COLUMNS)
    top = _title(ws, report, "Biểu số 06/VPCP/KSTT: Tình hình, kết quả giải quyết thủ tục "
                 "hành chính", width)
    ws.cell(top - 1, 1, nfc(f"Số hồ sơ đang giải quyết tính đến "
                            f"{report.as_of_text}; đúng hạn, quá hạn theo hạn "
                            "trả hiện hành (kể cả hạn mới đã hẹn lại).")).font = \
        Font(italic=True, size=9)
    heads = ["STT", "Mã", "Lĩnh vực, thủ tục hành chính"]
    heads += [head for _group, head, _attr in FORM06_COLUMNS]
    _header(ws, top + 1, heads, [6.0, 16.0, 52.0] + [13.0] * len(FORM06_COLUMNS))
    # The row above the column names: the groups ("Số hồ sơ đã giải quyết"…), merged.
    groups: list[list] = []  # [label, first column, last column]
    for col, (group, _head, _attr) in enumerate(FORM06_COLUMNS, start=4):
        if groups and groups[-1][0] == group:
            groups[-1][2] = col
        else:
            groups.append([group, col, col])
    for col in range(1, width + 1):
        cell = ws.cell(top, col)
        cell.font, cell.fill, cell.alignment, cell.border = _BOLD, _HEAD_FILL, _WRAP_CENTER, \
            _BORDER
    for label, first, last in groups:
        ws.cell(top, first, label)
        if last > first:
            ws.merge_cells(start_row=top, start_column=first, end_row=top, end_column=last)
    for col in range(1, 4):  # STT, Mã, name span both header rows
        ws.cell(top, col, ws.cell(top + 1, col).value)
        ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    ws.row_dimensions[top + 1].height = 45
    row = top + 2
    number = 0
    for line in report.rows:
        if line.level == PROCEDURE:
            number += 1
            values: list = [number, line.code, line.name]
        elif line.level == TOTAL:
            values = [None, None, "Tổng cộng"]
        else:
            number = 0
            values = [None, line.code, line.name]
        values += [getattr(line, attr) for _g, _h, attr in FORM06_COLUMNS]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row, col, nfc(value) if isinstance(value, str) else value)
            cell.border = _BORDER
            if line.level != PROCEDURE:
                cell.font = _BOLD
            if line.level == TOTAL:
                cell.fill = _TOTAL_FILL
        row += 1
    ws.freeze_panes = ws.cell(top + 2, 4)


def _apologies(ws, report: PeriodReport) -> None:
    top = _title(ws, report, "Phiếu xin lỗi và hẹn lại ngày trả kết quả đã phát hành", 9)
    ws.cell(top - 1, 1, nfc(f"Đã phát hành: {len(report.apologies)}; phát hành muộn (ít hơn "
                            f"một ngày làm việc trước hạn): {report.apologies_late}."))
    heads = ["STT", "Mã hồ sơ", "Người nộp", "Số phiếu", "Ngày phát hành", "Hạn trả trước đó",
             "Hạn trả mới", "Lý do", "Phát hành muộn"]
    _header(ws, top, heads, [6, 28, 26, 11, 17, 17, 17, 50, 15])
    for n, a in enumerate(report.apologies, start=1):
        values = [n, a.dossier_code, a.applicant, a.number_text, a.issued_at, a.previous_due,
                  a.new_due, a.reason, "Có" if a.late_issue else "Không"]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(top + n, col, nfc(value) if isinstance(value, str) else value)
            cell.border = _BORDER
            if col in (5, 6, 7):
                cell.number_format = DATETIME_FORMAT
            if col == 8:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if col == 9 and a.late_issue:
                cell.font = _BOLD
    ws.freeze_panes = ws.cell(top + 1, 1)


def _indicators(ws, report: PeriodReport) -> None:
    top = _title(ws, report, "Chỉ số đánh giá chất lượng giải quyết thủ tục hành chính "
                 "(Quyết định 766/QĐ-TTg)", 8)
    heads = ["STT", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ", "Tử số là", "Mẫu số là", "Ghi chú"]
    _header(ws, top, heads, [6, 48, 11, 11, 10, 48, 44, 50])
    for n, ind in enumerate(report.indicators, start=1):
        values = [n, ind.name, ind.numerator, ind.denominator, ind.rate,
                  ind.numerator_label, ind.denominator_label, ind.note]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(top + n, col, nfc(value) if isinstance(value, str) else value)
            cell.border = _BORDER
            if col == 5:
                cell.number_format = "0.0%"
            if col in (2, 6, 7, 8):
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def period_report_xlsx(report: PeriodReport) -> bytes:
    """The workbook's bytes (write them to a ``.xlsx`` file)."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_FORM06
    _form06(ws, report)
    _apologies(wb.create_sheet(SHEET_APOLOGIES), report)
    _indicators(wb.create_sheet(SHEET_INDICATORS), report)
    wb.properties.title = nfc(f"Báo cáo {report.period_label}")
    wb.properties.creator = "cchc_desktop"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
