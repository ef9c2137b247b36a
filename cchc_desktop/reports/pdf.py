"""The periodic report on paper: A4 landscape, Liberation Serif, the official header.

Three parts, as ``services.reports`` computed them (this module decides nothing):
I. Biểu 06/VPCP/KSTT per sector and procedure (two header rows, a row of column
numbers, sector subtotals and the total in bold); II. the apology letters issued
in the period, "phát hành muộn" marked; III. the QĐ 766 indicators, each with its
numerator and denominator. Then the signatures: who prepared it, the head of the unit.
Every page carries the form reference and "Trang x/y"; the table header repeats.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, LongTable, Paragraph, Spacer
from reportlab.platypus.tables import TableStyle

from cchc_desktop.documents.common import (
    A4_LANDSCAPE,
    A4_LANDSCAPE_MARGINS,
    OfficialHeader,
    PageCountCanvas,
    build_pdf,
    frame_width,
    grid_style,
    make_styles,
    signature_block,
)
from cchc_desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from cchc_desktop.documents.text import compact_time, markup, nfc, short_date, upper_vi
from cchc_desktop.reports.model import (
    FORM06_COLUMNS,
    PROCEDURE,
    TOTAL,
    PeriodReport,
)

TITLE = "Báo cáo tình hình, kết quả giải quyết thủ tục hành chính"
FORM_LABEL = ("Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP); chỉ số theo "
              "Quyết định 766/QĐ-TTg")
NUMBER = "Số:        /BC"


class _NumberedCanvas(PageCountCanvas):
    """"Trang x/y" and the form reference at the foot of every page."""

    def draw_running_parts(self, number: int, total: int) -> None:
        width, _height = A4_LANDSCAPE
        margins = A4_LANDSCAPE_MARGINS
        self.saveState()
        self.setFont(SERIF_ITALIC, 7.5)
        self.setFillColorRGB(0.25, 0.25, 0.25)
        self.drawString(margins.left, margins.bottom / 2, FORM_LABEL)
        self.setFont(SERIF, 8)
        self.drawRightString(width - margins.right, margins.bottom / 2,
                             f"Trang {number}/{total}")
        self.restoreState()


def _number(value: int) -> str:
    """Counts with a dot between thousands, as written in Vietnamese ("12.345")."""
    return f"{value:,}".replace(",", ".")


def _form06_table(report: PeriodReport, width: float, styles) -> LongTable:
    cell, center = styles.cell, styles.cell_center
    bold_center = styles.cell_bold_center
    count_w = 13.6 * mm
    stt_w = 9 * mm
    name_w = width - stt_w - count_w * len(FORM06_COLUMNS)
    widths = [stt_w, name_w] + [count_w] * len(FORM06_COLUMNS)

    groups: list[tuple[str, int, int]] = []  # (label, first column, last column)
    for index, (group, _head, _attr) in enumerate(FORM06_COLUMNS, start=2):
        if groups and groups[-1][0] == group:
            groups[-1] = (group, groups[-1][1], index)
        else:
            groups.append((group, index, index))
    top = [Paragraph("<b>STT</b>", bold_center),
           Paragraph("<b>Lĩnh vực, thủ tục hành chính</b>", bold_center)]
    top += [""] * len(FORM06_COLUMNS)
    for label, first, _last in groups:
        top[first] = Paragraph(f"<b>{markup(label)}</b>", bold_center)
    second = ["", ""] + [Paragraph(markup(head), center) for _g, head, _a in FORM06_COLUMNS]
    numbers = [f"({i})" for i in range(1, len(FORM06_COLUMNS) + 3)]
    rows: list[list] = [top, second, numbers]
    style = [
        *grid_style(header_rows=2, font_size=cell.fontSize),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
        *[("SPAN", (first, 0), (last, 0)) for _l, first, last in groups if last > first],
        *[("SPAN", (first, 0), (first, 1)) for _l, first, last in groups if last == first],
        ("FONT", (0, 2), (-1, 2), SERIF_ITALIC, cell.fontSize - 1),
        ("ALIGN", (0, 2), (-1, 2), "CENTER"),
        ("ALIGN", (2, 3), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 3), (0, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 1), (0.93, 0.93, 0.93)),
    ]
    sector_no = 0
    procedure_no = 0
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
    for row in report.rows:
        r = len(rows)
        values = [_number(getattr(row, attr)) for _g, _h, attr in FORM06_COLUMNS]
        if row.level == TOTAL:
            rows.append(["", Paragraph("<b>TỔNG CỘNG</b>", cell), *values])
            style += [("FONT", (0, r), (-1, r), SERIF_BOLD, cell.fontSize),
                      ("BACKGROUND", (0, r), (-1, r), (0.93, 0.93, 0.93))]
        elif row.level == PROCEDURE:
            procedure_no += 1
            code = f"<font size='{cell.fontSize - 1.5}'>({markup(row.code)})</font>"
            label = f"{markup(row.name)} {code}"
            rows.append([str(procedure_no), Paragraph(label, cell), *values])
        else:
            sector_no += 1
            procedure_no = 0
            number = roman[sector_no - 1] if sector_no <= len(roman) else str(sector_no)
            rows.append([number, Paragraph(f"<b>{markup(row.name)}</b>", cell), *values])
            style += [("FONT", (0, r), (-1, r), SERIF_BOLD, cell.fontSize)]
    table = LongTable(rows, colWidths=widths, repeatRows=3)
    table.setStyle(TableStyle(style))
    return table


def _apologies(report: PeriodReport, width: float, styles) -> list[Flowable]:
    cell, center = styles.cell, styles.cell_center
    issued, late = len(report.apologies), report.apologies_late
    story: list[Flowable] = [Paragraph(
        f"Số Phiếu xin lỗi và hẹn lại ngày trả kết quả đã phát hành trong kỳ: <b>{issued}</b>; "
        f"trong đó phát hành muộn (ít hơn một ngày làm việc trước hạn trả): <b>{late}</b>.",
        styles.body)]
    if not report.apologies:
        return story
    heads = ("STT", "Mã hồ sơ", "Người nộp", "Số phiếu", "Ngày phát hành", "Hạn trả trước đó",
             "Hạn trả mới", "Lý do", "Ghi chú")
    fixed = [9, 44, 38, 18, 24, 24, 24, None, 24]
    known = sum(w for w in fixed if w is not None) * mm
    widths = [w * mm if w is not None else width - known for w in fixed]
    rows: list[list] = [[Paragraph(f"<b>{h}</b>", center) for h in heads]]
    for n, a in enumerate(report.apologies, start=1):
        rows.append([
            str(n), Paragraph(markup(a.dossier_code), cell), Paragraph(markup(a.applicant), cell),
            a.number_text, compact_time(a.issued_at).replace(" ", "\n"),
            compact_time(a.previous_due).replace(" ", "\n"),
            compact_time(a.new_due).replace(" ", "\n"), Paragraph(markup(a.reason), cell),
            Paragraph("<b>Phát hành muộn</b>" if a.late_issue else "", center),
        ])
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        *grid_style(font_size=cell.fontSize),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (3, 1), (6, -1), "CENTER"),
        ("LEADING", (0, 1), (-1, -1), cell.leading),
    ]))
    story += [Spacer(1, 1.5 * mm), table]
    return story


def _indicators(report: PeriodReport, width: float, styles) -> LongTable:
    cell, center = styles.cell, styles.cell_center
    heads = ("STT", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ", "Cách tính, ghi chú")
    fixed = [9, 70, 22, 22, 20, None]
    known = sum(w for w in fixed if w is not None) * mm
    widths = [w * mm if w is not None else width - known for w in fixed]
    rows: list[list] = [[Paragraph(f"<b>{h}</b>", center) for h in heads]]
    for n, ind in enumerate(report.indicators, start=1):
        formula = (f"Tử số: {markup(ind.numerator_label)}.<br/>"
                   f"Mẫu số: {markup(ind.denominator_label)}.")
        if nfc(ind.note).strip():
            formula += f"<br/><i>{markup(ind.note)}</i>"
        rows.append([str(n), Paragraph(markup(ind.name), cell), _number(ind.numerator),
                     _number(ind.denominator), Paragraph(f"<b>{ind.rate_text}</b>", center),
                     Paragraph(formula, cell)])
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        *grid_style(font_size=cell.fontSize),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (3, -1), "RIGHT"),
    ]))
    return table


def build_period_report(report: PeriodReport) -> bytes:
    """The report of one period (A4 landscape, as many pages as the sectors need)."""
    styles = make_styles(body_size=10.5, cell_size=8.5)
    width = frame_width(A4_LANDSCAPE, A4_LANDSCAPE_MARGINS)
    period = (f"Kỳ báo cáo: {report.period_label} (từ ngày {short_date(report.start)} "
              f"đến ngày {short_date(report.end)})")
    section = styles.body.clone("section", fontName=SERIF_BOLD, spaceBefore=5, spaceAfter=3)
    story: list[Flowable] = [
        OfficialHeader(report.office, NUMBER, report.generated_at, size=11, left_share=0.4),
        Spacer(1, 3 * mm),
        Paragraph(markup(upper_vi(TITLE)), styles.title),
        Paragraph(f"<i>{markup(period)}</i>", styles.subtitle),
    ]
    story += [Paragraph(f"<i>{markup(note)}</i>", styles.subtitle) for note in report.notes]
    story += [
        Paragraph("I. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT HỒ SƠ (BIỂU SỐ 06/VPCP/KSTT)", section),
        Paragraph("<i>Đơn vị tính: hồ sơ. Đúng hạn, quá hạn tính theo hạn trả hiện hành "
                  "(kể cả hạn mới đã hẹn lại bằng Phiếu xin lỗi); hồ sơ đang tạm dừng "
                  f"tính là trong hạn. Số đang giải quyết tính đến "
                  f"{markup(report.as_of_text)}.</i>", styles.small),
        Spacer(1, 1.5 * mm),
        _form06_table(report, width, styles),
        CondPageBreak(40 * mm),
        Paragraph("II. PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", section),
        *_apologies(report, width, styles),
        CondPageBreak(50 * mm),
        Paragraph("III. CHỈ SỐ ĐÁNH GIÁ CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH "
                  "(QUYẾT ĐỊNH 766/QĐ-TTg)", section),
        _indicators(report, width, styles),
        Spacer(1, 5 * mm),
        KeepTogether([
            Paragraph(f"<i>Lập lúc {markup(compact_time(report.generated_at))}.</i>",
                      styles.small),
            signature_block(
                [("Người lập biểu", "(Ký, ghi rõ họ tên)", report.generated_by),
                 (report.signer_title, "(Ký, ghi rõ họ tên, đóng dấu)", report.signer_name)],
                styles, width, space=18 * mm),
        ]),
    ]

    def on_page(canvas, doc) -> None:
        # Page numbers and the form reference are drawn by _NumberedCanvas at save time.
        del canvas, doc

    return build_pdf(story, A4_LANDSCAPE, A4_LANDSCAPE_MARGINS, on_page, TITLE,
                     subject=period, canvasmaker=_NumberedCanvas)
