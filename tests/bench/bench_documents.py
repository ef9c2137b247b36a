"""Benchmark the paper builders: the receipt (goal: median ≤ 60 ms) and a 1,000-row ledger
(goal: ≤ 3 s).

Floors: the same text drawn line by line on a bare reportlab canvas with the same
embedded fonts, without any layout logic (no platypus, no tables, no wrapping).
"""

from __future__ import annotations

import io

from _harness import median, report, time_calls


def _floor_pdf(lines: list[tuple[str, float]], page_size, lines_per_page: int) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from cchc_desktop.documents.fonts import SERIF

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page_size, invariant=1, pageCompression=1)
    y = page_size[1] - 30
    for index, (text, size) in enumerate(lines):
        if index and index % lines_per_page == 0:
            canvas.showPage()
            y = page_size[1] - 30
        canvas.setFont(SERIF, size)
        canvas.drawString(40, y, text)
        y -= size * 1.25
    canvas.save()
    return buffer.getvalue()


def _receipt_lines(data) -> list[tuple[str, float]]:
    from cchc_desktop.documents.text import time_and_date

    lines = [
        (data.office.governing_body.upper(), 10), (data.office.unit.upper(), 10),
        (data.office.department.upper(), 10), ("Số: 12/GTN", 10),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10), ("Độc lập - Tự do - Hạnh phúc", 10),
        ("Bản Giang, ngày 05 tháng 02 năm 2025", 10),
        ("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 11.5),
        (f"Mã hồ sơ: {data.dossier_code}", 9.5),
        (f"tiếp nhận hồ sơ của: {data.applicant.full_name}", 9.5),
        (f"Số định danh cá nhân: {data.applicant.id_number}", 9.5),
        (f"Địa chỉ: {data.applicant.address}", 9.5),
        (f"Số điện thoại: {data.applicant.phone} Email: {data.applicant.email}", 9.5),
        (f"Nội dung yêu cầu giải quyết: {data.request}", 9.5),
        ("1. Thành phần hồ sơ nộp gồm:", 9.5),
    ]
    lines += [(f"{i}. {c.name} {c.note}", 8.5) for i, c in enumerate(data.components, 1)]
    lines += [
        ("2. Số lượng hồ sơ: 01 (bộ).", 9.5),
        (f"3. Thời gian giải quyết hồ sơ theo quy định: {data.processing_time}.", 9.5),
        (f"4. Thời gian nhận hồ sơ: {time_and_date(data.received_at)}.", 9.5),
        (f"5. Thời gian trả kết quả giải quyết hồ sơ: {time_and_date(data.due_at)}.", 9.5),
        (f"6. Đăng ký nhận kết quả tại: {data.office.result_location}", 9.5),
        ("Vào Sổ theo dõi hồ sơ, Quyển số: 01/2025, Số thứ tự: 123.", 9.5),
        ("NGƯỜI NỘP HỒ SƠ (Ký và ghi rõ họ tên)", 9.5),
        ("NGƯỜI TIẾP NHẬN HỒ SƠ (Ký và ghi rõ họ tên)", 9.5),
        (data.applicant.full_name, 9.5), (data.receiver_name, 9.5),
    ]
    return lines


def _ledger_lines(data) -> list[tuple[str, float]]:
    lines = [("SỔ THEO DÕI HỒ SƠ", 12)]
    for row in data.rows:
        lines.append((
            f"{row.entry} {row.dossier_code} {row.procedure} {row.applicant} "
            f"{row.address_phone} {row.lead_agency} {row.received_at:%H:%M %d/%m/%Y} "
            f"{row.due_at:%H:%M %d/%m/%Y} {row.return_method}", 8.5))
    return lines


def main() -> None:
    from reportlab.lib.pagesizes import A4, A5, landscape

    from cchc_desktop.documents import build_ledger, build_receipt
    from cchc_desktop.documents.fonts import register_fonts
    from cchc_desktop.documents.samples import sample_ledger, sample_receipt

    register_fonts()
    receipt = sample_receipt()
    build_receipt(receipt)  # warm: font parsing, barcode tables
    lines = _receipt_lines(receipt)
    floor = median(time_calls(lambda: _floor_pdf(lines, A5, 60), 30))
    value = median(time_calls(lambda: build_receipt(receipt), 30))
    report("documents.receipt_build_median", value * 1000, "ms", floor=floor * 1000, goal=60)

    ledger = sample_ledger(rows=1000)
    ledger_lines = _ledger_lines(ledger)
    floor = median(time_calls(lambda: _floor_pdf(ledger_lines, landscape(A4), 40), 3))
    value = median(time_calls(lambda: build_ledger(ledger), 3))
    report("documents.ledger_1000_rows", value, "s", floor=floor, goal=3)


if __name__ == "__main__":
    main()
