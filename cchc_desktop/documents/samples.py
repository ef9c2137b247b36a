"""Realistic sample inputs for every paper: used by tests, the benchmark and the samples.

``python -m cchc_desktop.documents.samples OUT_DIR`` writes one PDF per paper, which
``docs/samples/`` shows as PNG pages (``pdftoppm -r 150 -png -singlefile``).
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from cchc_desktop.documents.model import (
    ApologyData,
    Component,
    ControlSheetData,
    HandOver,
    IssueInfo,
    LedgerData,
    LedgerRow,
    OfficeHeader,
    Person,
    ReceiptData,
    RefusalData,
    StopNoticeData,
    SupplementRequestData,
)

SAMPLE_CODE = "000.00.12.H42-250205-0007"
LOOKUP_TEMPLATE = "https://dichvucong.laichau.gov.vn/tra-cuu?ma={code}"
RECEIVED = datetime(2025, 2, 5, 15, 30)
DUE = datetime(2025, 2, 12, 10, 0)


def sample_office(**overrides) -> OfficeHeader:
    values = dict(
        governing_body="UBND huyện Tam Đường",
        unit="UBND xã Bản Giang",
        department="Bộ phận Một cửa",
        place_name="Bản Giang",
        lookup_url_template=LOOKUP_TEMPLATE,
        result_location="Bộ phận Một cửa UBND xã Bản Giang, huyện Tam Đường, tỉnh Lai Châu",
        receipt_copies=1,
    )
    values.update(overrides)
    return OfficeHeader(**values)


def sample_applicant() -> Person:
    return Person(
        full_name="Nguyễn Thị Phượng Hoàng Tôn Nữ Diễm Kiều",
        id_number="012345678901",
        address=("Số nhà 127, tổ dân phố Đoàn Kết, thôn Nà Khuổng, xã Bản Giang, huyện Tam "
                 "Đường, tỉnh Lai Châu"),
        phone="0912 345 678",
        email="phuong.hoang@example.vn",
    )


def sample_receipt(**overrides) -> ReceiptData:
    values = dict(
        office=sample_office(),
        issue=IssueInfo(issued_at=RECEIVED, number=12),
        dossier_code=SAMPLE_CODE,
        applicant=sample_applicant(),
        request="Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ "
                "dưới 6 tuổi",
        components=(
            Component("Tờ khai đăng ký khai sinh", originals=1),
            Component("Giấy chứng sinh", originals=1),
            Component("Giấy tờ tùy thân của người đi đăng ký", photocopies=1,
                      note="xuất trình bản chính"),
            Component("Văn bản ủy quyền theo quy định của pháp luật", certified_copies=1),
        ),
        received_at=RECEIVED,
        due_at=DUE,
        processing_time="05 ngày làm việc",
        sets=1,
        ledger_book="01/2025",
        ledger_entry=123,
        receiver_name="Lò Văn Thượng",
    )
    values.update(overrides)
    return ReceiptData(**values)


def sample_supplement() -> SupplementRequestData:
    return SupplementRequestData(
        office=sample_office(),
        issue=IssueInfo(issued_at=RECEIVED, number=3),
        applicant=sample_applicant(),
        request="Chứng thực chữ ký trong giấy tờ, văn bản",
        items=(
            "Bản chính giấy tờ tùy thân còn thời hạn sử dụng của người yêu cầu chứng thực.",
            "Văn bản cần chứng thực chữ ký còn thiếu trang 2; đề nghị nộp bản đầy đủ.",
        ),
        reason="Hồ sơ chưa đầy đủ thành phần theo quy định của thủ tục hành chính.",
        guide_name="Lò Văn Thượng",
        contact_name="Lò Văn Thượng",
        contact_phone="0213 3876 543",
    )


def sample_refusal() -> RefusalData:
    return RefusalData(
        office=sample_office(),
        issue=IssueInfo(issued_at=RECEIVED, number=1),
        applicant=sample_applicant(),
        request="Đăng ký kết hôn",
        reason=("Yêu cầu không thuộc thẩm quyền giải quyết của UBND xã Bản Giang: một bên là "
                "người nước ngoài, thuộc thẩm quyền của UBND cấp tỉnh."),
        officer_name="Lò Văn Thượng",
    )


def sample_apology() -> ApologyData:
    return ApologyData(
        office=sample_office(),
        issue=IssueInfo(issued_at=datetime(2025, 2, 11, 9, 0), number=2),
        applicant=sample_applicant(),
        dossier_code=SAMPLE_CODE,
        request="đăng ký khai sinh",
        received_at=RECEIVED,
        original_due_at=DUE,
        new_due_at=datetime(2025, 2, 14, 16, 0),
        reason="Cần xác minh thông tin nơi cư trú của người mẹ tại tỉnh Điện Biên.",
        handling_agency="UBND xã Bản Giang",
        signer_title="Chủ tịch",
        signer_name="Hoàng Văn Đức",
    )


def sample_stop_notice() -> StopNoticeData:
    received = datetime(2025, 10, 6, 8, 15)
    return StopNoticeData(
        office=sample_office(governing_body="UBND tỉnh Lai Châu", unit="UBND xã Tam Đường",
                             department="Trung tâm Phục vụ hành chính công",
                             place_name="Tam Đường"),
        issue=IssueInfo(issued_at=datetime(2025, 10, 7, 14, 0), number=1),
        applicant=sample_applicant(),
        dossier_code="H15.50.05.13-251006-0004",
        request="cấp bản sao trích lục hộ tịch",
        received_at=received,
        withdrawal_requested_at=datetime(2025, 10, 7, 13, 40),
        reason="Người nộp hồ sơ đã nhận được bản sao tại nơi khác.",
        officer_name="Lò Văn Thượng",
    )


def sample_control_sheet() -> ControlSheetData:
    return ControlSheetData(
        office=sample_office(),
        issue=IssueInfo(issued_at=RECEIVED, number=12),
        dossier_code=SAMPLE_CODE,
        applicant=sample_applicant(),
        request="Đăng ký khai sinh",
        handling_unit="Công chức Tư pháp - Hộ tịch",
        cooperating_units=("Công an xã Bản Giang", "Bảo hiểm xã hội huyện Tam Đường"),
        received_at=RECEIVED,
        due_at=DUE,
        receipt_number="12/GTN",
        hand_overs=(
            HandOver("Bộ phận Một cửa", "Công chức Tư pháp - Hộ tịch",
                     datetime(2025, 2, 6, 7, 30), giver_name="Lò Văn Thượng",
                     receiver_name="Tòng Thị Én", result="trước hạn"),
            HandOver("Công chức Tư pháp - Hộ tịch", "Chủ tịch UBND xã",
                     datetime(2025, 2, 10, 9, 15), giver_name="Tòng Thị Én",
                     receiver_name="Hoàng Văn Đức", result="trước hạn"),
            HandOver("Chủ tịch UBND xã", "Bộ phận Một cửa",
                     datetime(2025, 2, 11, 16, 0), giver_name="Hoàng Văn Đức",
                     receiver_name="Lò Văn Thượng", result="đúng hạn",
                     note="Đã ký giấy khai sinh"),
        ),
    )


def sample_ledger(rows: int = 40) -> LedgerData:
    names = ("Nguyễn Thị Phượng", "Lò Văn Điện", "Tòng Thị Én", "Hoàng Văn Đức",
             "Giàng A Sử", "Vàng Thị Dế", "Trần Quốc Tuấn")
    procedures = ("Đăng ký khai sinh", "Chứng thực bản sao từ bản chính",
                  "Đăng ký kết hôn", "Xác nhận tình trạng hôn nhân",
                  "Đăng ký thường trú kết hợp cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi")
    start = datetime(2025, 1, 2, 7, 30)
    out: list[LedgerRow] = []
    for i in range(rows):
        received = start + timedelta(hours=3 * i)
        out.append(LedgerRow(
            entry=i + 1,
            dossier_code=f"000.00.12.H42-{received:%y%m%d}-{i + 1:04d}",
            procedure=procedures[i % len(procedures)],
            applicant=names[i % len(names)],
            address_phone=f"Thôn Nà Khuổng, xã Bản Giang; 09{i:08d}",
            lead_agency="UBND xã Bản Giang",
            received_at=received,
            due_at=received + timedelta(days=5),
            returned_at=received + timedelta(days=4) if i % 3 else None,
            return_method="Trực tiếp" if i % 2 else "Bưu chính công ích",
        ))
    return LedgerData(
        office=sample_office(),
        issue=IssueInfo(issued_at=datetime(2025, 3, 31, 16, 0), number=1),
        rows=tuple(out),
        period_from=date(2025, 1, 1),
        period_to=date(2025, 3, 31),
        book="Quyển số 01/2025",
    )


def build_all() -> dict[str, bytes]:
    """Every paper built from the samples, by CLI kind name."""
    from cchc_desktop.documents import (
        build_apology,
        build_control_sheet,
        build_ledger,
        build_receipt,
        build_refusal,
        build_stop_notice,
        build_supplement_request,
    )

    return {
        "receipt": build_receipt(sample_receipt()),
        "supplement": build_supplement_request(sample_supplement()),
        "refusal": build_refusal(sample_refusal()),
        "apology": build_apology(sample_apology()),
        "stop": build_stop_notice(sample_stop_notice()),
        "control": build_control_sheet(sample_control_sheet()),
        "ledger": build_ledger(sample_ledger()),
    }


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    for name, pdf in build_all().items():
        (out / f"{name}.pdf").write_bytes(pdf)
        print(out / f"{name}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
