"""The A5 papers of the counter (Mẫu 01–05 of TT 01/2018; 01–06 of TT 03/2025).

Forms 01–05 print on A5 [law, TT 01/2018 Art. 9]. Each builder takes a frozen
dataclass from ``documents.model`` and returns PDF bytes; nothing here decides a
rule, the caller passes computed dates, numbers and outcomes.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from cchc_desktop.documents.codes import (
    Code128Flowable,
    QrFlowable,
    code128_modules,
    lookup_payload,
)
from cchc_desktop.documents.common import (
    A5_MARGINS,
    A5_PAGE,
    OfficialHeader,
    Styles,
    build_pdf,
    draw_footer_and_stamp,
    frame_width,
    grid_style,
    labelled,
    make_styles,
    number_text,
    resolve_layout,
    signature_block,
    title_block,
)
from cchc_desktop.documents.layouts import LayoutVersion
from cchc_desktop.documents.model import (
    ApologyData,
    ControlSheetData,
    DocumentKind,
    IssueInfo,
    OfficeHeader,
    Person,
    ReceiptData,
    RefusalData,
    StopNoticeData,
    SupplementRequestData,
)
from cchc_desktop.documents.text import (
    count_text,
    markup,
    nfc,
    short_date,
    time_and_date,
    upper_vi,
)

SIGN_HINT = "(Ký và ghi rõ họ tên)"
SIGN_AND_SEAL_HINT = "(Ký, ghi rõ họ tên và đóng dấu)"

# Copy labels when the office prints two copies of the receipt.
COPY_LABELS = ("Liên 1: Lưu", "Liên 2: Giao người nộp")


def copy_labels(copies: int) -> list[str]:
    if copies <= 1:
        return [""]
    return [COPY_LABELS[i] if i < len(COPY_LABELS) else f"Liên {i + 1}" for i in range(copies)]


def _page_decorator(layout: LayoutVersion, kind: DocumentKind, issue: IssueInfo) -> Callable:
    def on_page(canvas, doc) -> None:
        draw_footer_and_stamp(canvas, A5_PAGE, A5_MARGINS, layout, kind, issue)

    return on_page


def _assemble(
    kind: DocumentKind, office: OfficeHeader, issue: IssueInfo, layout: LayoutVersion,
    body: Callable[[Styles, float, str], list[Flowable]], copies: int = 1, subject: str = "",
    body_sizes: tuple[float, ...] = (10.5, 10, 9.5, 9),
) -> bytes:
    """Build the paper, one page per copy if a body size in ``body_sizes`` allows it.

    The sizes are tried largest first; long component lists or names that would push
    the signatures onto a second A5 page get a slightly smaller type instead. Past
    the smallest size the paper simply continues on the next page.
    """
    width = frame_width(A5_PAGE, A5_MARGINS)
    title = layout.form(kind).title
    labels = copy_labels(copies)
    pdf = b""
    for body_size in body_sizes:
        styles = make_styles(body_size=body_size, cell_size=min(9.5, body_size - 1))
        story: list[Flowable] = []
        for index, label in enumerate(labels):
            if index:
                story.append(PageBreak())
            story.append(OfficialHeader(office, number_text(office, kind, issue),
                                        issue.issued_at))
            story.extend(body(styles, width, label))
        pages: list[int] = []
        pdf = build_pdf(story, A5_PAGE, A5_MARGINS, _page_decorator(layout, kind, issue),
                        title, subject=subject, pages_out=pages)
        if pages and pages[0] <= len(labels):
            break
    return pdf


def _applicant_lines(person: Person, styles: Styles, name_label: str) -> list[Flowable]:
    lines: list[Flowable] = [labelled(name_label, person.full_name, styles.body, bold_value=True)]
    if nfc(person.id_number).strip():
        lines.append(labelled("Số định danh cá nhân", person.id_number, styles.body))
    if nfc(person.address).strip():
        lines.append(labelled("Địa chỉ", person.address, styles.body))
    contact = []
    if nfc(person.phone).strip():
        contact.append(f"Số điện thoại: {markup(person.phone)}")
    if nfc(person.email).strip():
        contact.append(f"Email: {markup(person.email)}")
    if contact:
        lines.append(Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(contact), styles.body))
    return lines


def _code_block(code: str, url_template: str, copy_label: str, styles: Styles, width: float) \
        -> Table:
    """The dossier code with its Code128 under it and the look-up QR to the right."""
    qr_size = 21 * mm
    left_width = width - qr_size - 2 * mm
    modules = len(code128_modules(nfc(code))) + 20
    # 0.25 mm modules scan well at 300 dpi; shrink for long agency codes, never below 0.17 mm.
    module = min(0.25 * mm, (left_width - 4) / modules)
    left: list[Flowable] = [
        Paragraph(f"Mã hồ sơ: <b>{markup(code)}</b>", styles.center),
        Spacer(1, 1.5 * mm),
    ]
    if module >= 0.17 * mm:
        left.append(Code128Flowable(code, module=module, height=9 * mm))
    # else: a code too long for a scannable bar width on A5; the QR still carries it.
    if copy_label:
        left.append(Paragraph(f"<i>({markup(copy_label)})</i>", styles.center))
    table = Table(
        [[left, QrFlowable(lookup_payload(code, url_template), size=qr_size)]],
        colWidths=[left_width, qr_size + 2 * mm],
    )
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.body.fontName, styles.body.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, 0), "CENTER"),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _components_table(data: ReceiptData, styles: Styles, width: float) -> Table:
    head = [
        Paragraph("<b>STT</b>", styles.cell_center),
        Paragraph("<b>Tên giấy tờ</b>", styles.cell_center),
        Paragraph("<b>Bản chính</b>", styles.cell_center),
        Paragraph("<b>Bản sao chứng thực</b>", styles.cell_center),
        Paragraph("<b>Bản chụp</b>", styles.cell_center),
    ]
    rows: list[list] = [head]
    for index, component in enumerate(data.components, start=1):
        rows.append([
            str(index),
            Paragraph(markup(component.name)
                      + (f" <i>({markup(component.note)})</i>" if nfc(component.note).strip()
                         else ""), styles.cell),
            count_text(component.originals) if component.originals else "",
            count_text(component.certified_copies) if component.certified_copies else "",
            count_text(component.photocopies) if component.photocopies else "",
        ])
    fixed = [9 * mm, 12 * mm, 18 * mm, 12 * mm]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        *grid_style(font_size=styles.cell.fontSize),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (-1, -1), "CENTER"),
    ]))
    return table


def build_receipt(data: ReceiptData) -> bytes:
    """Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5; one page per copy).

    TT 01/2018 Art. 19(2): the code may carry a barcode / QR; both are printed.
    """
    office = data.office
    layout = resolve_layout(office, data.received_at, data.issue.issued_at)

    def body(styles: Styles, width: float, copy_label: str) -> list[Flowable]:
        story: list[Flowable] = title_block(layout, DocumentKind.RECEIPT, styles)
        story.append(Spacer(1, 1 * mm))
        story.append(_code_block(data.dossier_code, office.lookup_url_template, copy_label,
                                 styles, width))
        story.append(Spacer(1, 1.5 * mm))
        receiver = office.department or office.unit
        story.extend(_applicant_lines(data.applicant, styles,
                                      f"{nfc(receiver)} tiếp nhận hồ sơ của"))
        if data.filer is not None:
            filer = f"<b>{markup(data.filer.full_name)}</b>"
            if nfc(data.filer.id_number).strip():
                filer += f", số định danh cá nhân: {markup(data.filer.id_number)}"
            story.append(Paragraph(f"Người được ủy quyền nộp hồ sơ: {filer}", styles.body))
        story.append(labelled("Nội dung yêu cầu giải quyết", data.request, styles.body_justified))
        story.append(Paragraph("1. Thành phần hồ sơ nộp gồm:", styles.body))
        story.append(_components_table(data, styles, width))
        story.append(Spacer(1, 1 * mm))
        story.append(Paragraph(f"2. Số lượng hồ sơ: {count_text(data.sets)} (bộ).", styles.body))
        story.append(Paragraph(
            f"3. Thời gian giải quyết hồ sơ theo quy định: {markup(data.processing_time)}.",
            styles.body))
        story.append(Paragraph(
            f"4. Thời gian nhận hồ sơ: <b>{time_and_date(data.received_at)}</b>.", styles.body))
        due = time_and_date(data.due_at) if data.due_at else "trả ngay trong ngày"
        story.append(Paragraph(
            f"5. Thời gian trả kết quả giải quyết hồ sơ: <b>{due}</b>.", styles.body))
        location = data.result_location or office.result_location
        story.append(labelled("6. Đăng ký nhận kết quả tại", location, styles.body))
        ledger = []
        if nfc(data.ledger_book).strip():
            ledger.append(f"Quyển số: {markup(data.ledger_book)}")
        if data.ledger_entry is not None:
            ledger.append(f"Số thứ tự: {data.ledger_entry}")
        if ledger:
            story.append(Paragraph(
                f"<i>Vào Sổ theo dõi hồ sơ, {', '.join(ledger)}.</i>", styles.body))
        submitter = data.filer.full_name if data.filer is not None else data.applicant.full_name
        story.append(KeepTogether(signature_block(
            [("Người nộp hồ sơ", SIGN_HINT, submitter),
             ("Người tiếp nhận hồ sơ", SIGN_HINT, data.receiver_name)],
            styles, width, space=12 * mm)))
        return story

    return _assemble(DocumentKind.RECEIPT, office, data.issue, layout, body,
                     copies=max(1, office.receipt_copies), subject=data.dossier_code,
                     body_sizes=(9.5, 9, 8.5, 8))


def build_supplement_request(data: SupplementRequestData) -> bytes:
    """Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.

    NĐ 61/2018 Art. 15(3), 17(1)(a); NĐ 118/2025 Art. 11: the applicant is guided
    once, completely, so every item is listed on this one paper.
    """
    office = data.office
    layout = resolve_layout(office, data.received_at, data.issue.issued_at)

    def body(styles: Styles, width: float, _copy: str) -> list[Flowable]:
        story: list[Flowable] = title_block(layout, DocumentKind.SUPPLEMENT, styles)
        story.append(Spacer(1, 2 * mm))
        story.extend(_applicant_lines(data.applicant, styles, "Hồ sơ của"))
        if nfc(data.dossier_code).strip():
            story.append(labelled("Mã hồ sơ", data.dossier_code, styles.body, bold_value=True))
        story.append(labelled("Nội dung yêu cầu giải quyết", data.request, styles.body_justified))
        if data.received_at is not None:
            story.append(Paragraph(
                f"Ngày {short_date(data.received_at)}, {markup(office.unit)} đã tiếp nhận hồ sơ "
                "của Ông/Bà.", styles.body_justified))
        story.append(Paragraph(
            "Sau khi xem xét, đối chiếu hồ sơ, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm "
            "những nội dung sau:", styles.body_justified))
        for index, item in enumerate(data.items, start=1):
            story.append(Paragraph(f"{index}. {markup(item)}", styles.body_justified))
        story.append(labelled("Lý do", data.reason, styles.body_justified))
        contact = markup(data.contact_name) or "……………"
        phone = markup(data.contact_phone) or "……………"
        story.append(Paragraph(
            "Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với "
            f"<b>{contact}</b>, số điện thoại <b>{phone}</b> để được hướng dẫn./.",
            styles.body_justified))
        story.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(signature_block(
            [("", "", ""), ("Người hướng dẫn", SIGN_HINT, data.guide_name)], styles, width)))
        return story

    return _assemble(DocumentKind.SUPPLEMENT, office, data.issue, layout, body,
                     subject=data.dossier_code)


def build_refusal(data: RefusalData) -> bytes:
    """Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ, always with its specific reason.

    NĐ 61/2018 Art. 17(1)(b), 19(8): a refusal is always written, with the reason.
    """
    office = data.office
    layout = resolve_layout(office, data.received_at, data.issue.issued_at)
    if not nfc(data.reason).strip():
        raise ValueError("a refusal needs its reason (NĐ 61/2018 Art. 19(8))")

    def body(styles: Styles, width: float, _copy: str) -> list[Flowable]:
        story: list[Flowable] = title_block(layout, DocumentKind.REFUSAL, styles)
        story.append(Spacer(1, 2 * mm))
        receiver = office.department or office.unit
        story.extend(_applicant_lines(data.applicant, styles,
                                      f"{nfc(receiver)} tiếp nhận hồ sơ của"))
        if nfc(data.dossier_code).strip():
            story.append(labelled("Mã hồ sơ", data.dossier_code, styles.body, bold_value=True))
        story.append(labelled("Nội dung yêu cầu giải quyết", data.request, styles.body_justified))
        story.append(Paragraph(
            "Sau khi xem xét, đối chiếu thành phần hồ sơ, "
            f"{markup(receiver)} từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:",
            styles.body_justified))
        story.append(Paragraph(f"<b>{markup(data.reason)}</b>", styles.body_justified))
        story.append(Paragraph("Xin thông báo để Ông/Bà được biết và thực hiện./.",
                               styles.body_justified))
        story.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(signature_block(
            [("Người nộp hồ sơ", SIGN_HINT, data.applicant.full_name),
             ("Người tiếp nhận hồ sơ", SIGN_HINT, data.officer_name)], styles, width)))
        return story

    return _assemble(DocumentKind.REFUSAL, office, data.issue, layout, body,
                     subject=data.dossier_code)


def build_apology(data: ApologyData) -> bytes:
    """Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả (2025: "… đề nghị gia hạn …").

    NĐ 61/2018 Art. 19(9): sent by the handling agency with the reason and the new
    date, signed by its head; the date may be reset only once (enforced upstream).
    """
    office = data.office
    layout = resolve_layout(office, data.received_at, data.issue.issued_at)
    if data.new_due_at <= data.original_due_at:
        raise ValueError("the new return time must be later than the original one")

    def body(styles: Styles, width: float, _copy: str) -> list[Flowable]:
        story: list[Flowable] = title_block(layout, DocumentKind.APOLOGY, styles)
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(
            f"Kính gửi: Ông/Bà <b>{markup(data.applicant.full_name)}</b>", styles.center))
        story.append(Spacer(1, 1.5 * mm))
        agency = markup(data.handling_agency)
        identity = (f" (số định danh cá nhân: {markup(data.applicant.id_number)})"
                    if nfc(data.applicant.id_number).strip() else "")
        story.append(Paragraph(
            f"Ngày {short_date(data.received_at)}, {agency} tiếp nhận giải quyết hồ sơ đề nghị "
            f"{markup(data.request)} của Ông/Bà{identity}, mã hồ sơ "
            f"<b>{markup(data.dossier_code)}</b>.", styles.body_justified))
        story.append(Paragraph(
            "Thời hạn trả kết quả giải quyết hồ sơ: "
            f"<b>{time_and_date(data.original_due_at)}</b>.", styles.body_justified))
        story.append(Paragraph(
            f"Tuy nhiên đến nay, {agency} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà theo "
            "đúng thời hạn.", styles.body_justified))
        story.append(labelled("Lý do", data.reason, styles.body_justified))
        story.append(Paragraph(
            f"Sự chậm trễ này đã làm ảnh hưởng đến thời gian, công sức của Ông/Bà. {agency} "
            "xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả giải quyết hồ sơ vào: "
            f"<b>{time_and_date(data.new_due_at)}</b>.", styles.body_justified))
        story.append(Paragraph("Rất mong nhận được sự thông cảm của Ông/Bà./.",
                               styles.body_justified))
        story.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(signature_block(
            [("", "", ""), (data.signer_title, SIGN_AND_SEAL_HINT, data.signer_name)],
            styles, width)))
        return story

    return _assemble(DocumentKind.APOLOGY, office, data.issue, layout, body,
                     subject=data.dossier_code)


def build_stop_notice(data: StopNoticeData) -> bytes:
    """Thông báo dừng giải quyết hồ sơ (TT 03/2025 Mẫu 05).

    NĐ 118/2025 Art. 21: issued when the applicant withdraws before a decision.
    """
    office = data.office
    layout = resolve_layout(office, data.received_at, data.issue.issued_at)

    def body(styles: Styles, width: float, _copy: str) -> list[Flowable]:
        story: list[Flowable] = title_block(layout, DocumentKind.STOP, styles)
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(
            f"Kính gửi: Ông/Bà <b>{markup(data.applicant.full_name)}</b>", styles.center))
        story.append(Spacer(1, 1.5 * mm))
        unit = markup(office.department or office.unit)
        story.append(Paragraph(
            f"Ngày {short_date(data.received_at)}, {unit} tiếp nhận hồ sơ đề nghị "
            f"{markup(data.request)} của Ông/Bà, mã hồ sơ <b>{markup(data.dossier_code)}</b>.",
            styles.body_justified))
        if nfc(data.applicant.id_number).strip():
            story.append(labelled("Số định danh cá nhân", data.applicant.id_number, styles.body))
        story.append(Paragraph(
            f"Vào lúc {time_and_date(data.withdrawal_requested_at)}, Ông/Bà đã có yêu cầu rút "
            "hồ sơ, dừng giải quyết hồ sơ.", styles.body_justified))
        story.append(labelled("Lý do", data.reason, styles.body_justified))
        story.append(Paragraph(
            f"{unit} thông báo dừng giải quyết hồ sơ nêu trên và trả lại hồ sơ cho Ông/Bà./.",
            styles.body_justified))
        story.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(signature_block(
            [("Người nhận thông báo", SIGN_HINT, data.applicant.full_name),
             (data.signer_title, SIGN_HINT, data.officer_name)], styles, width)))
        return story

    return _assemble(DocumentKind.STOP, office, data.issue, layout, body,
                     subject=data.dossier_code)


def build_control_sheet(data: ControlSheetData) -> bytes:
    """Phiếu kiểm soát quá trình giải quyết hồ sơ: one row per hand-over.

    TT 01/2018 Mẫu 05 / TT 03/2025 Mẫu 06. Results ("trước hạn / đúng hạn / quá hạn")
    are computed upstream (domain.md §4).
    """
    office = data.office
    layout = resolve_layout(office, data.received_at, data.issue.issued_at)

    def body(styles: Styles, width: float, _copy: str) -> list[Flowable]:
        story: list[Flowable] = title_block(
            layout, DocumentKind.CONTROL, styles,
            f"Mã hồ sơ: <b>{markup(data.dossier_code)}</b>",
        )
        if nfc(data.receipt_number).strip():
            story.append(Paragraph(
                "<i>(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: "
                f"{markup(data.receipt_number)})</i>", styles.center))
        story.append(Spacer(1, 1.5 * mm))
        story.append(labelled("Người nộp hồ sơ", data.applicant.full_name, styles.body,
                              bold_value=True))
        story.append(labelled("Nội dung yêu cầu giải quyết", data.request, styles.body_justified))
        story.append(labelled("Cơ quan (bộ phận) giải quyết hồ sơ", data.handling_unit,
                              styles.body))
        story.append(labelled("Cơ quan phối hợp giải quyết hồ sơ",
                              "; ".join(data.cooperating_units), styles.body))
        story.append(Paragraph(
            f"Thời gian nhận hồ sơ: <b>{time_and_date(data.received_at)}</b>", styles.body))
        story.append(Paragraph(
            f"Thời gian hẹn trả kết quả: <b>{time_and_date(data.due_at)}</b>", styles.body))
        story.append(Spacer(1, 1.5 * mm))
        head = [
            Paragraph("<b>TÊN CƠ QUAN</b>", styles.cell_center),
            Paragraph("<b>THỜI GIAN GIAO, NHẬN HỒ SƠ</b>", styles.cell_center),
            Paragraph("<b>KẾT QUẢ GIẢI QUYẾT HỒ SƠ</b><br/><i>(Trước hạn/đúng hạn/quá hạn)</i>",
                      styles.cell_center),
            Paragraph("<b>GHI CHÚ</b>", styles.cell_center),
        ]
        rows: list[list] = [head]
        for index, step in enumerate(data.hand_overs, start=1):
            units = (f"{index}. Giao: {markup(step.giver_unit)}<br/>"
                     f"Nhận: {markup(step.receiver_unit)}")
            when = [time_and_date(step.at)]
            if nfc(step.giver_name).strip():
                when.append(f"Người giao: {markup(step.giver_name)}")
            if nfc(step.receiver_name).strip():
                when.append(f"Người nhận: {markup(step.receiver_name)}")
            rows.append([
                Paragraph(units, styles.cell),
                Paragraph("<br/>".join(when), styles.cell),
                Paragraph(markup(upper_vi(step.result[:1]) + step.result[1:]),
                          styles.cell_center),
                Paragraph(markup(step.note), styles.cell),
            ])
        fixed = [36 * mm, 25 * mm, 19 * mm]
        widths = [fixed[0], width - sum(fixed), *fixed[1:]]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(grid_style(font_size=styles.cell.fontSize)))
        story.append(table)
        return story

    return _assemble(DocumentKind.CONTROL, office, data.issue, layout, body,
                     subject=data.dossier_code)

