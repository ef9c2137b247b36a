"""Sổ theo dõi hồ sơ: the A4 landscape ledger (TT 01/2018 Mẫu 06 / TT 03/2025 Mẫu 07).

The ledger prints on A4 [law, TT 01/2018 Art. 9]; paper ledgers are numbered
continuously within a year, one book per year [domain.md §2], so the entry number
(STT) comes from the data, not from the row position. Many pages: the table header
repeats, pages after the first carry a running header, every page "Trang x/y".
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer
from reportlab.platypus.tables import TableStyle

from cchc_desktop.documents.common import (
    A4_LANDSCAPE,
    A4_LANDSCAPE_MARGINS,
    OfficialHeader,
    PageCountCanvas,
    build_pdf,
    draw_footer_and_stamp,
    frame_width,
    grid_style,
    make_styles,
    number_text,
    title_block,
)
from cchc_desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from cchc_desktop.documents.layouts import layout_for
from cchc_desktop.documents.model import DocumentKind, LedgerData
from cchc_desktop.documents.text import markup, nfc, short_date, upper_vi

# (header, width in mm); the signature column takes what is left.
COLUMNS = (
    ("STT", 11),
    ("Mã hồ sơ", 37),
    ("Tên thủ tục hành chính", 44),
    ("Tên cá nhân, tổ chức", 30),
    ("Địa chỉ, số điện thoại", 34),
    ("Cơ quan chủ trì giải quyết", 26),
    ("Ngày nhận hồ sơ", 17),
    ("Hẹn trả kết quả", 17),
    ("Ngày trả kết quả", 17),
    ("Hình thức trả", 17),
    ("Ký nhận", None),
)


class _LedgerCanvas(PageCountCanvas):
    """"Trang x/y" and, from page 2, the running header of the book."""

    def __init__(self, *args, ledger: LedgerData | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.ledger = ledger

    def draw_running_parts(self, number: int, total: int) -> None:
        width, height = A4_LANDSCAPE
        margins = A4_LANDSCAPE_MARGINS
        self.saveState()
        self.setFont(SERIF, 8)
        self.drawRightString(width - margins.right, margins.bottom / 2,
                             f"Trang {number}/{total}")
        if number > 1 and self.ledger is not None:
            ledger = self.ledger
            y = height - margins.top + 5 * mm
            self.setFont(SERIF_BOLD, 9)
            layout = layout_for(ledger.period_from, ledger.office)
            self.drawString(margins.left, y,
                            f"{upper_vi(layout.form(DocumentKind.LEDGER).title)} - "
                            f"{upper_vi(ledger.office.unit)}")
            self.setFont(SERIF_ITALIC, 9)
            period = (f"Từ ngày {short_date(ledger.period_from)} "
                      f"đến ngày {short_date(ledger.period_to)}")
            if nfc(ledger.book).strip():
                period = f"{nfc(ledger.book)} - {period}"
            self.drawRightString(width - margins.right, y, period)
            self.setLineWidth(0.5)
            self.line(margins.left, y - 2, width - margins.right, y - 2)
        self.restoreState()


def _two_line(moment) -> str:
    # Plain strings (not paragraphs) for the short cells: a 1,000-row book stays fast.
    return "" if moment is None else moment.strftime("%H:%M\n%d/%m/%Y")


def build_ledger(data: LedgerData) -> bytes:
    """The ledger for ``period_from``…``period_to`` (A4 landscape, many pages)."""
    office = data.office
    # The book's form set follows its first day (one book per year).
    layout = layout_for(data.period_from, office)
    styles = make_styles(body_size=10.5, cell_size=8.5)
    width = frame_width(A4_LANDSCAPE, A4_LANDSCAPE_MARGINS)
    cell = styles.cell
    center = styles.cell_center

    story: list[Flowable] = [
        OfficialHeader(office, number_text(office, DocumentKind.LEDGER, data.issue),
                       data.issue.issued_at, size=11, left_share=0.4),
    ]
    period = (f"Từ ngày {short_date(data.period_from)} đến ngày {short_date(data.period_to)}")
    book = f"<b>{markup(data.book)}</b>" if nfc(data.book).strip() else ""
    story.extend(title_block(layout, DocumentKind.LEDGER, styles, book, f"<i>{period}</i>"))
    story.append(Spacer(1, 2 * mm))

    fixed = sum(w for _, w in COLUMNS if w is not None) * mm
    widths = [w * mm if w is not None else width - fixed for _, w in COLUMNS]
    rows: list[list] = [[Paragraph(f"<b>{markup(head)}</b>", center) for head, _ in COLUMNS]]
    inner = [w - 4.5 for w in widths]  # cell padding 2 + 2, and a hair of slack

    def fit(text: str, column: int, style=cell):
        """A plain string when it fits on one line (fast), else a wrapping paragraph."""
        text = nfc(text)
        if "\n" not in text and stringWidth(text, SERIF, cell.fontSize) <= inner[column]:
            return text
        return Paragraph(markup(text), style)

    for row in data.rows:
        rows.append([
            str(row.entry),
            fit(row.dossier_code, 1),
            fit(row.procedure, 2),
            fit(row.applicant, 3),
            fit(row.address_phone, 4),
            fit(row.lead_agency, 5),
            _two_line(row.received_at),
            _two_line(row.due_at),
            _two_line(row.returned_at),
            fit(row.return_method, 9, center),
            "",
        ])
    if not data.rows:
        rows.append(["", Paragraph("<i>Không có hồ sơ trong kỳ.</i>", cell)] + [""] * 9)
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        *grid_style(font_size=cell.fontSize),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (6, 1), (9, -1), "CENTER"),
        ("LEADING", (0, 1), (-1, -1), cell.leading),
    ]))
    story.append(table)

    def on_page(canvas, doc) -> None:
        # Page numbers and the running header are drawn by _LedgerCanvas at save time.
        draw_footer_and_stamp(canvas, A4_LANDSCAPE, A4_LANDSCAPE_MARGINS, layout,
                              DocumentKind.LEDGER, data.issue)

    def canvasmaker(*args, **kwargs):
        return _LedgerCanvas(*args, ledger=data, **kwargs)

    return build_pdf(story, A4_LANDSCAPE, A4_LANDSCAPE_MARGINS, on_page,
                     layout.form(DocumentKind.LEDGER).title, subject=period,
                     canvasmaker=canvasmaker)
