"""Every paper checked by content: extracted text, page size, codes that scan, wrapping."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, datetime

import pytest

from cchc_desktop.documents import (
    IssueInfo,
    Person,
    build_apology,
    build_control_sheet,
    build_ledger,
    build_receipt,
    build_refusal,
    build_stop_notice,
    build_supplement_request,
)
from cchc_desktop.documents.samples import (
    SAMPLE_CODE,
    sample_apology,
    sample_control_sheet,
    sample_ledger,
    sample_office,
    sample_receipt,
    sample_refusal,
    sample_stop_notice,
    sample_supplement,
)

A5_POINTS = (419.53, 595.28)
A4_LANDSCAPE_POINTS = (841.89, 595.28)
APPLICANT = "Nguyễn Thị Phượng Hoàng Tôn Nữ Diễm Kiều"


def _close(size, expected):
    return abs(size[0] - expected[0]) < 0.5 and abs(size[1] - expected[1]) < 0.5


CASES = {
    "receipt": (lambda: build_receipt(sample_receipt()),
                ["GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", SAMPLE_CODE, APPLICANT,
                 "15 giờ 30 phút, ngày 05/02/2025", "10 giờ 00 phút, ngày 12/02/2025",
                 "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Giấy chứng sinh",
                 "Số: 12/GTN", "Quyển số: 01/2025", "Mẫu số 01 - Thông tư 01/2018/TT-VPCP"]),
    "supplement": (lambda: build_supplement_request(sample_supplement()),
                   ["PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", APPLICANT,
                    "1. Bản chính giấy tờ tùy thân", "2. Văn bản cần chứng thực",
                    "NGƯỜI HƯỚNG DẪN", "0213 3876 543", "ngày 05 tháng 02 năm 2025"]),
    "refusal": (lambda: build_refusal(sample_refusal()),
                ["PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", APPLICANT, "012345678901",
                 "thuộc thẩm quyền của UBND cấp tỉnh", "NGƯỜI TIẾP NHẬN HỒ SƠ"]),
    "apology": (lambda: build_apology(sample_apology()),
                ["PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", f"Kính gửi: Ông/Bà {APPLICANT}",
                 SAMPLE_CODE, "10 giờ 00 phút, ngày 12/02/2025",
                 "16 giờ 00 phút, ngày 14/02/2025", "Cần xác minh thông tin", "CHỦ TỊCH",
                 "Số: 2/PXL"]),
    "stop": (lambda: build_stop_notice(sample_stop_notice()),
             ["THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "H15.50.05.13-251006-0004", APPLICANT,
              "Ngày 06/10/2025", "13 giờ 40 phút, ngày 07/10/2025",
              "Mẫu số 05 - Thông tư 03/2025/TT-VPCP", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"]),
    "control": (lambda: build_control_sheet(sample_control_sheet()),
                ["PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", SAMPLE_CODE, APPLICANT,
                 "15 giờ 30 phút, ngày 05/02/2025", "10 giờ 00 phút, ngày 12/02/2025",
                 "Giao: Bộ phận Một cửa", "Nhận: Công chức Tư pháp - Hộ tịch", "Trước hạn",
                 "Đúng hạn", "Người nhận: Tòng Thị Én"]),
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_a5_paper_content_and_size(pdf, kind):
    build, expected = CASES[kind]
    data = build()
    assert data.startswith(b"%PDF-")
    text = pdf.flat_text(data)
    assert text == unicodedata.normalize("NFC", text)
    for fragment in expected:
        assert fragment in text, fragment
    # The common header of domain.md §2 on every paper.
    for fragment in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"):
        assert fragment in text
    sizes = pdf.page_sizes(data)
    assert len(sizes) == 1, "the sample fits one A5 page"
    assert _close(sizes[0], A5_POINTS)


def test_receipt_barcode_and_qr_scan_at_300_dpi(pdf):
    symbols = pdf.decode(build_receipt(sample_receipt()))
    assert f"CODE-128:{SAMPLE_CODE}" in symbols
    assert f"QR-Code:https://dichvucong.laichau.gov.vn/tra-cuu?ma={SAMPLE_CODE}" in symbols


def test_receipt_qr_carries_the_code_alone_without_url_and_long_codes_still_scan(pdf):
    code = "H15.50.05.13.21.99.0001.AB-260302-00012"  # a long agency e-ID and sequence
    data = sample_receipt(office=sample_office(lookup_url_template=""), dossier_code=code)
    symbols = pdf.decode(build_receipt(data))
    assert f"CODE-128:{code}" in symbols
    assert f"QR-Code:{code}" in symbols


def test_two_copies_are_labelled(pdf):
    data = sample_receipt(office=sample_office(receipt_copies=2))
    built = build_receipt(data)
    assert len(pdf.page_sizes(built)) == 2
    first, second = pdf.flat_text(built, page=1), pdf.flat_text(built, page=2)
    assert "Liên 1: Lưu" in first and "Liên 2" not in first
    assert "Liên 2: Giao người nộp" in second
    assert SAMPLE_CODE in second


def test_reprint_is_stamped_with_its_count(pdf):
    issue = IssueInfo(issued_at=datetime(2025, 2, 5, 15, 30), number=12, reprint_count=2,
                      printed_at=datetime(2025, 2, 7, 9, 5))
    text = pdf.flat_text(build_receipt(sample_receipt(issue=issue)))
    assert "BẢN IN LẠI (lần 2)" in text
    assert "09:05 07/02/2025" in text
    original = pdf.flat_text(build_receipt(sample_receipt()))
    assert "BẢN IN LẠI" not in original


def test_decomposed_input_prints_precomposed(pdf):
    nfd = unicodedata.normalize("NFD", "Trần Thị Ngọc Hường")
    data = sample_receipt(applicant=Person(full_name=nfd, id_number="001203004005"))
    text = pdf.flat_text(build_receipt(data))
    assert "Trần Thị Ngọc Hường" in text


def test_long_names_and_addresses_wrap_inside_the_page(pdf):
    long_name = "Công ty Trách nhiệm hữu hạn Một thành viên Thương mại Dịch vụ Xây dựng " \
                "Nông nghiệp Phát triển Nông thôn Miền núi Tây Bắc Việt Nam"
    address = ", ".join(["Bản Nậm Cuổi, xã Nậm Tăm, tỉnh Lai Châu"] * 4)
    data = sample_receipt(applicant=Person(full_name=long_name, address=address),
                          office=sample_office(
                              unit="Ủy ban nhân dân xã Nậm Tăm và các xã sáp nhập Nậm Cuổi "
                                   "Pa Tần"))
    built = build_receipt(data)
    width, _height = pdf.page_sizes(built)[0]
    boxes = pdf.word_boxes(built)
    assert boxes
    assert max(box[2] for box in boxes) <= width - 10 * 2.8346 + 0.5  # right margin 10 mm
    assert min(box[0] for box in boxes) >= 15 * 2.8346 - 20  # header may centre a little out
    text = pdf.flat_text(built)
    assert "Tây Bắc Việt Nam" in text
    assert "SÁP NHẬP NẬM CUỔI" in text


def test_form_set_switches_with_the_reception_date(pdf):
    before = sample_apology()
    after = replace(before, received_at=datetime(2025, 10, 1, 8, 0),
                    original_due_at=datetime(2025, 10, 8, 17, 0),
                    new_due_at=datetime(2025, 10, 10, 17, 0))
    old_text = pdf.flat_text(build_apology(before))
    new_text = pdf.flat_text(build_apology(after))
    assert "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" in old_text
    assert "Thông tư 01/2018/TT-VPCP" in old_text
    assert "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT" in new_text
    assert "Thông tư 03/2025/TT-VPCP" in new_text
    # Moving the switch date in the settings moves the paper back to the 2018 set.
    configured = replace(after, office=sample_office(
        layout_effective_dates={"tt03_2025": date(2026, 1, 1)}))
    assert "Thông tư 01/2018/TT-VPCP" in pdf.flat_text(build_apology(configured))


def test_same_input_gives_the_same_bytes():
    assert build_receipt(sample_receipt()) == build_receipt(sample_receipt())


def test_refusal_needs_a_reason_and_apology_a_later_date():
    with pytest.raises(ValueError):
        build_refusal(replace(sample_refusal(), reason="  "))
    apology = sample_apology()
    with pytest.raises(ValueError):
        build_apology(replace(apology, new_due_at=apology.original_due_at))


def test_ledger_pages_header_and_numbers(pdf):
    ledger = sample_ledger(rows=120)
    built = build_ledger(ledger)
    sizes = pdf.page_sizes(built)
    assert len(sizes) > 3
    assert all(_close(size, A4_LANDSCAPE_POINTS) for size in sizes)
    first = pdf.flat_text(built, page=1)
    assert "SỔ THEO DÕI HỒ SƠ" in first and "Quyển số 01/2025" in first
    assert f"Trang 1/{len(sizes)}" in first
    assert "000.00.12.H42-250102-0001" in first
    second = pdf.flat_text(built, page=2)
    assert "SỔ THEO DÕI HỒ SƠ - UBND XÃ BẢN GIANG" in second  # the running header
    assert "Từ ngày 01/01/2025 đến ngày 31/03/2025" in second
    assert "Tên thủ tục hành chính" in second  # the table header repeats
    assert f"Trang 2/{len(sizes)}" in second
    last = pdf.flat_text(built, page=len(sizes))
    assert ledger.rows[-1].dossier_code in last
    boxes = pdf.word_boxes(built)
    assert max(box[2] for box in boxes) <= 841.89 - 12 * 72 / 25.4 + 0.5  # inside the margin
    assert "Vàng Thị Dế" in pdf.flat_text(built)


def test_empty_ledger_still_prints_one_page(pdf):
    built = build_ledger(replace(sample_ledger(rows=0)))
    assert len(pdf.page_sizes(built)) == 1
    assert "Không có hồ sơ trong kỳ." in pdf.flat_text(built)


@pytest.mark.parametrize("kind", ["receipt", "control"])
def test_only_embedded_liberation_serif(pdf, kind):
    import subprocess

    path = pdf.write(CASES[kind][0]())
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                         text=True).stdout.splitlines()[2:]
    assert out, "fonts listed"
    for line in out:
        name, *rest = line.split()
        assert "LiberationSerif" in name, line
        assert rest[-5:-3] == ["yes", "yes"], line  # embedded, subset


def test_ledger_fonts_are_embedded(pdf):
    import subprocess

    path = pdf.write(build_ledger(sample_ledger(rows=50)))
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                         text=True).stdout
    assert "Helvetica" not in out and out.count("LiberationSerif") >= 3


def test_long_receipts_shrink_to_one_page_then_continue(pdf):
    from cchc_desktop.documents import Component

    long_name = ("Xuất trình giấy tờ tùy thân: hộ chiếu, căn cước công dân, thẻ căn cước, căn "
                 "cước điện tử hoặc Giấy chứng nhận căn cước")
    five = sample_receipt(components=tuple(Component(f"{i}. {long_name}", originals=1)
                                            for i in range(5)))
    built = build_receipt(five)
    assert len(pdf.page_sizes(built)) == 1
    text = pdf.flat_text(built)
    assert "NGƯỜI TIẾP NHẬN HỒ SƠ" in text and "4. Xuất trình giấy tờ tùy thân" in text
    assert f"CODE-128:{SAMPLE_CODE}" in pdf.decode(built)
    many = sample_receipt(components=tuple(Component(f"{i}. {long_name}", originals=1)
                                           for i in range(30)))
    built = build_receipt(many)
    sizes = pdf.page_sizes(built)
    assert len(sizes) >= 2 and all(_close(size, A5_POINTS) for size in sizes)
    assert "29. Xuất trình" in pdf.flat_text(built)
