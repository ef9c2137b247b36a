"""The parts every paper shares: styles, the two-column header, titles, signatures,
page decorations (form label, reprint stamp) and the PDF assembly.

Header per NĐ 30/2020 and domain.md §2: left column the governing body (upright) and
the issuing unit (bold) with a short rule under it, then "Số: …"; right column the
national name (bold) and the motto (bold, ruled as long as the motto), then the
italic "<địa danh>, ngày … tháng … năm …" on the level of "Số".
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cchc_desktop.documents.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    register_fonts,
)
from cchc_desktop.documents.layouts import LayoutVersion, layout_for
from cchc_desktop.documents.model import DocumentKind, IssueInfo, OfficeHeader
from cchc_desktop.documents.text import compact_time, markup, nfc, place_date, upper_vi

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
REPRINT_LABEL = "BẢN IN LẠI"

A5_PAGE = A5
A4_LANDSCAPE = landscape(A4)


@dataclass(frozen=True)
class Margins:
    top: float
    right: float
    bottom: float
    left: float


A5_MARGINS = Margins(top=10 * mm, right=10 * mm, bottom=11 * mm, left=15 * mm)
A4_LANDSCAPE_MARGINS = Margins(top=18 * mm, right=12 * mm, bottom=14 * mm, left=15 * mm)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_justified: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    center: ParagraphStyle
    center_bold: ParagraphStyle
    center_italic: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_bold_center: ParagraphStyle
    small: ParagraphStyle


def make_styles(body_size: float = 10.5, cell_size: float = 9.5) -> Styles:
    register_fonts()
    leading = body_size * 1.28
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=body_size, leading=leading, alignment=TA_LEFT,
        spaceAfter=1.2, allowWidows=1, allowOrphans=1,
    )
    cell = ParagraphStyle(
        "cell", fontName=SERIF, fontSize=cell_size, leading=cell_size * 1.2, alignment=TA_LEFT
    )
    return Styles(
        body=body,
        body_justified=ParagraphStyle("body_justified", parent=body, alignment=TA_JUSTIFY),
        title=ParagraphStyle(
            "title", parent=body, fontName=SERIF_BOLD, fontSize=body_size + 2,
            leading=(body_size + 2) * 1.25, alignment=TA_CENTER, spaceBefore=2, spaceAfter=1,
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER, spaceAfter=2),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        center_bold=ParagraphStyle(
            "center_bold", parent=body, alignment=TA_CENTER, fontName=SERIF_BOLD
        ),
        center_italic=ParagraphStyle(
            "center_italic", parent=body, alignment=TA_CENTER, fontName=SERIF_ITALIC
        ),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_bold_center=ParagraphStyle(
            "cell_bold_center", parent=cell, alignment=TA_CENTER, fontName=SERIF_BOLD
        ),
        small=ParagraphStyle(
            "small", parent=body, fontSize=body_size - 2.5, leading=(body_size - 2.5) * 1.2
        ),
    )


def number_text(office: OfficeHeader, kind: DocumentKind, issue: IssueInfo) -> str:
    """"Số: 12/PXL" ("Số: …/PXL" on a draft without a number yet)."""
    suffix = nfc(office.suffix(kind)).strip()
    number = "…" if issue.number is None else str(issue.number)
    return f"Số: {number}/{suffix}" if suffix else f"Số: {number}"


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``; a word longer than a line is cut."""
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


class OfficialHeader(Flowable):
    """The two-column header, drawn directly (wrapping long unit names)."""

    def __init__(
        self, office: OfficeHeader, number: str, when: datetime, size: float = 10.0,
        left_share: float = 0.44,
    ) -> None:
        super().__init__()
        register_fonts()
        self.office = office
        self.number = nfc(number)
        self.date_line = place_date(office.place_name, when)
        self.size = size
        self.left_share = left_share

    def _layout(self, width: float):
        size = self.size
        left_w = width * self.left_share
        right_w = width - left_w
        parts = [(upper_vi(self.office.governing_body), SERIF)]
        parts += [(upper_vi(part), SERIF_BOLD)
                  for part in (self.office.unit, self.office.department) if nfc(part).strip()]
        # Keep each name on one line if a slightly smaller size allows it (at most 2 pt
        # smaller), otherwise wrap at the smallest of those sizes.
        left_size = size
        while left_size > size - 2 and any(
                stringWidth(text, font, left_size) > left_w - 4 for text, font in parts):
            left_size -= 0.25
        lead = left_size * 1.22
        left_lines: list[tuple[str, str]] = []
        for part, font in parts:
            left_lines.extend((text, font) for text in wrap_lines(part, font, left_size,
                                                                  left_w - 4))
        # The national name must stay on one line: shrink it if the column is narrow.
        nation_size = size
        while stringWidth(NATION, SERIF_BOLD, nation_size) > right_w - 2 and nation_size > 6:
            nation_size -= 0.25
        motto_size = min(size + 1, nation_size + 1)
        left_height = len(left_lines) * lead
        right_height = nation_size * 1.22 + motto_size * 1.22
        rule_gap = 3.0
        top_block = max(left_height, right_height) + rule_gap + 6.0
        total = top_block + size * 1.22 + 2.0
        return {
            "left_w": left_w, "right_w": right_w, "lead": lead, "left_lines": left_lines,
            "nation_size": nation_size, "motto_size": motto_size, "top_block": top_block,
            "total": total, "left_height": left_height, "right_height": right_height,
            "left_size": left_size,
        }

    def wrap(self, avail_width, avail_height):
        self._geometry = self._layout(avail_width)
        self.width = avail_width
        self.height = self._geometry["total"]
        return self.width, self.height

    def draw(self) -> None:
        g = self._geometry
        canvas = self.canv
        size = self.size
        top = self.height
        left_center = g["left_w"] / 2
        right_center = g["left_w"] + g["right_w"] / 2
        canvas.saveState()
        canvas.setLineWidth(0.6)
        # Left column.
        left_size = g["left_size"]
        y = top - left_size
        for text, font in g["left_lines"]:
            canvas.setFont(font, left_size)
            canvas.drawCentredString(left_center, y, text)
            y -= g["lead"]
        last_width = max(
            (stringWidth(text, font, left_size) for text, font in g["left_lines"]),
            default=40.0,
        )
        rule = max(min(last_width / 3, g["left_w"] / 2), 20.0)
        rule_y = top - g["left_height"] - 2.5
        canvas.line(left_center - rule / 2, rule_y, left_center + rule / 2, rule_y)
        # Right column.
        y = top - g["nation_size"]
        canvas.setFont(SERIF_BOLD, g["nation_size"])
        canvas.drawCentredString(right_center, y, NATION)
        y -= g["motto_size"] * 1.22
        canvas.setFont(SERIF_BOLD, g["motto_size"])
        canvas.drawCentredString(right_center, y, MOTTO)
        motto_w = stringWidth(MOTTO, SERIF_BOLD, g["motto_size"])
        motto_rule_y = y - 3.0
        canvas.line(right_center - motto_w / 2, motto_rule_y, right_center + motto_w / 2,
                    motto_rule_y)
        # "Số" and the date line share a baseline under both blocks.
        base = top - g["top_block"] - size * 0.6
        canvas.setFont(SERIF, size)
        canvas.drawCentredString(left_center, base, self.number)
        date_size = size
        while stringWidth(self.date_line, SERIF_ITALIC, date_size) > g["right_w"] - 2 and \
                date_size > 6:
            date_size -= 0.25
        canvas.setFont(SERIF_ITALIC, date_size)
        canvas.drawCentredString(right_center, base, self.date_line)
        canvas.restoreState()


def paragraph(text_markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from markup that the caller built with ``markup()`` for data parts."""
    return Paragraph(text_markup, style)


def labelled(label: str, value: object, style: ParagraphStyle, bold_value: bool = False) -> \
        Paragraph:
    """"Label: value" with the value wrapped (long Vietnamese names and addresses)."""
    text = markup(value) if nfc(value).strip() else "……………………"
    if bold_value:
        text = f"<b>{text}</b>"
    return Paragraph(f"{markup(label)}: {text}", style)


def title_block(
    layout: LayoutVersion, kind: DocumentKind, styles: Styles, *extra_lines: str
) -> list[Flowable]:
    """The bold upper-case title and optional centered sub-lines (already markup)."""
    spec = layout.form(kind)
    story: list[Flowable] = [Spacer(1, 2 * mm), Paragraph(markup(upper_vi(spec.title)),
                                                          styles.title)]
    story.extend(Paragraph(line, styles.subtitle) for line in extra_lines if line)
    return story


def signature_block(
    columns: Sequence[tuple[str, str, str]], styles: Styles, width: float,
    space: float = 16 * mm,
) -> Table:
    """Side-by-side signature boxes: (ROLE, "(Ký và ghi rõ họ tên)", name)."""
    top_row = []
    name_row = []
    for role, hint, name in columns:
        parts = [f"<b>{markup(upper_vi(role))}</b>"]
        if hint:
            parts.append(f"<i>{markup(hint)}</i>")
        top_row.append(Paragraph("<br/>".join(parts), styles.center))
        name_row.append(Paragraph(f"<b>{markup(name)}</b>" if nfc(name).strip() else "",
                                  styles.center))
    col_width = width / len(columns)
    table = Table(
        [top_row, name_row], colWidths=[col_width] * len(columns),
        rowHeights=[None, None],
    )
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.body.fontName, styles.body.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 1), (-1, 1), space),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    table.keepWithNext = False
    return table


def grid_style(header_rows: int = 1, font_size: float = 9.5) -> list[tuple]:
    return [
        ("FONT", (0, 0), (-1, -1), SERIF, font_size),
        ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("FONT", (0, 0), (-1, header_rows - 1), SERIF_BOLD, font_size),
    ]


def draw_footer_and_stamp(
    canvas: Canvas, page_size: tuple[float, float], margins: Margins, layout: LayoutVersion,
    kind: DocumentKind, issue: IssueInfo, page_label: str = "",
) -> None:
    """Small form label bottom-left, and the reprint stamp when this is a reprint."""
    width, _height = page_size
    canvas.saveState()
    spec = layout.form(kind)
    label = (
        f"Mẫu số {spec.form_number} - {layout.legal_basis}" if spec.form_number
        else f"Theo {layout.legal_basis}"
    )
    canvas.setFont(SERIF_ITALIC, 7)
    canvas.setFillColorRGB(0.25, 0.25, 0.25)
    canvas.drawString(margins.left, margins.bottom / 2, label)
    if page_label:
        canvas.drawRightString(width - margins.right, margins.bottom / 2, page_label)
    if issue.reprint_count > 0:
        draw_reprint_stamp(canvas, page_size, margins, issue)
    canvas.restoreState()


def reprint_text(issue: IssueInfo) -> str:
    return f"{REPRINT_LABEL} (lần {issue.reprint_count})"


def draw_reprint_stamp(
    canvas: Canvas, page_size: tuple[float, float], margins: Margins, issue: IssueInfo
) -> None:
    """A boxed "BẢN IN LẠI (lần n)" in the top margin, and when it was printed at the foot."""
    width, height = page_size
    text = reprint_text(issue)
    size = 9
    text_w = stringWidth(text, SERIF_BOLD, size)
    box_w = text_w + 8
    box_h = size + 5
    x = width - margins.right - box_w
    y = height - margins.top + 2
    canvas.saveState()
    canvas.setStrokeColorRGB(0.6, 0, 0)
    canvas.setFillColorRGB(0.6, 0, 0)
    canvas.setLineWidth(1)
    canvas.rect(x, y, box_w, box_h, stroke=1, fill=0)
    canvas.setFont(SERIF_BOLD, size)
    canvas.drawString(x + 4, y + 3.5, text)
    printed = issue.printed_at or issue.issued_at
    canvas.setFont(SERIF_ITALIC, 7)
    # One line above the form label, so the two never overlap.
    canvas.drawCentredString(
        width / 2, margins.bottom / 2 + 9,
        f"{text}, in lúc {compact_time(printed)}; bản gốc cấp lúc {compact_time(issue.issued_at)}",
    )
    canvas.restoreState()


class PageCountCanvas(Canvas):
    """Holds every page until the end so each can show "Trang x/y": subclasses draw their
    running parts in ``draw_running_parts`` (the ledger, the period report)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.draw_running_parts(number, total)
            super().showPage()
        super().save()

    def draw_running_parts(self, number: int, total: int) -> None:
        raise NotImplementedError


def build_pdf(
    story: list[Flowable],
    page_size: tuple[float, float],
    margins: Margins,
    on_page: Callable[[Canvas, BaseDocTemplate], None],
    title: str,
    subject: str = "",
    canvasmaker: Callable[..., Canvas] | None = None,
    pages_out: list[int] | None = None,
) -> bytes:
    """Lay ``story`` out on pages of ``page_size`` and return the PDF bytes.

    ``invariant`` makes the bytes a function of the content (no creation timestamp,
    fixed document ID), so the archive's content address is stable. When ``pages_out``
    is given, the number of pages is appended to it.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=page_size, leftMargin=margins.left, rightMargin=margins.right,
        topMargin=margins.top, bottomMargin=margins.bottom, title=nfc(title),
        subject=nfc(subject), author="cchc_desktop", creator="cchc_desktop",
        invariant=1, pageCompression=1,
        # Every page starts in the embedded face: no reference to an unembedded Helvetica.
        initialFontName=SERIF, initialFontSize=10,
    )
    frame = Frame(
        margins.left, margins.bottom, page_size[0] - margins.left - margins.right,
        page_size[1] - margins.top - margins.bottom, leftPadding=0, rightPadding=0,
        topPadding=0, bottomPadding=0, id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page,
                                       pagesize=page_size)])
    if canvasmaker is not None:
        doc.build(story, canvasmaker=canvasmaker)
    else:
        doc.build(story)
    if pages_out is not None:
        pages_out.append(doc.page)
    return buffer.getvalue()


def frame_width(page_size: tuple[float, float], margins: Margins) -> float:
    return page_size[0] - margins.left - margins.right


def resolve_layout(office: OfficeHeader, reception: datetime | None, issued_at: datetime) -> \
        LayoutVersion:
    """The form set of the dossier's reception date (issue date when none), or the forced one."""
    return layout_for(reception or issued_at, office)
