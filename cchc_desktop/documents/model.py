"""Plain, frozen inputs of the document builders.

The builders take already-computed values (due times, outcomes, numbers): this
package formats and lays out, it decides nothing. Every field holding text is
normalised to Unicode NFC at drawing time (``documents.text.nfc``), so callers
may pass text straight from a scanner or an IME.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class DocumentKind(StrEnum):
    """The counter's papers; the values are also the ``print`` CLI sub-commands."""

    RECEIPT = "receipt"  # Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả
    SUPPLEMENT = "supplement"  # Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
    REFUSAL = "refusal"  # Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ
    APOLOGY = "apology"  # Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả
    STOP = "stop"  # TT 03/2025 Mẫu 05: Thông báo dừng giải quyết hồ sơ
    CONTROL = "control"  # Mẫu 05 (2018) / 06 (2025): Phiếu kiểm soát quá trình giải quyết
    LEDGER = "ledger"  # Mẫu 06 (2018) / 07 (2025): Sổ theo dõi hồ sơ


# Suffixes after "Số: 12/…" are local conventions [domain.md §2]: configurable, these
# are only the defaults.
DEFAULT_NUMBER_SUFFIXES: dict[DocumentKind, str] = {
    DocumentKind.RECEIPT: "GTN",
    DocumentKind.SUPPLEMENT: "PBS",
    DocumentKind.REFUSAL: "PTC",
    DocumentKind.APOLOGY: "PXL",
    DocumentKind.STOP: "TBD",
    DocumentKind.CONTROL: "PKS",
    DocumentKind.LEDGER: "STD",
}


@dataclass(frozen=True)
class OfficeHeader:
    """The issuing office as printed in the left header column, plus print settings.

    ``lookup_url_template`` contains ``{code}``, e.g.
    ``https://dichvucong.laichau.gov.vn/tra-cuu?ma={code}``; when empty the QR on the
    receipt carries the dossier code alone.
    ``layout_version`` forces a form set ("tt01_2018" | "tt03_2025"); when ``None`` the
    set follows the dossier's reception date and ``layout_effective_dates``.
    """

    governing_body: str  # e.g. "UBND TỈNH LAI CHÂU"
    unit: str  # e.g. "UBND XÃ TAM ĐƯỜNG"
    place_name: str  # địa danh of the italic date line, e.g. "Tam Đường"
    department: str = ""  # optional third line, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
    number_suffixes: dict[DocumentKind, str] = field(
        default_factory=lambda: dict(DEFAULT_NUMBER_SUFFIXES)
    )
    lookup_url_template: str = ""
    layout_version: str | None = None
    layout_effective_dates: dict[str, date] | None = None  # None: the defaults of layouts.py
    receipt_copies: int = 1  # 2 prints "Liên 1: Lưu" and "Liên 2: Giao người nộp"
    result_location: str = ""  # default "Đăng ký nhận kết quả tại"

    def suffix(self, kind: DocumentKind) -> str:
        return self.number_suffixes.get(kind, DEFAULT_NUMBER_SUFFIXES[kind])


@dataclass(frozen=True)
class IssueInfo:
    """The number and print circumstances of one issued document.

    ``number`` comes from the per-year, per-kind counter (None prints "Số: …/suffix"
    for a draft). ``reprint_count`` 0 is the original; n ≥ 1 stamps "BẢN IN LẠI (lần n)".
    """

    issued_at: datetime
    number: int | None = None
    reprint_count: int = 0
    printed_at: datetime | None = None  # when the reprint was made (defaults to issued_at)


@dataclass(frozen=True)
class Person:
    """An applicant, an authorised filer or any person named on a paper."""

    full_name: str
    id_number: str = ""  # số định danh cá nhân (CCCD) or tax code of an organisation
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Component:
    """One line of the submitted components table of the receipt (counts of each form)."""

    name: str
    originals: int = 0  # bản chính
    certified_copies: int = 0  # bản sao chứng thực
    photocopies: int = 0  # bản chụp (đối chiếu)
    note: str = ""


@dataclass(frozen=True)
class ReceiptData:
    """Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả."""

    office: OfficeHeader
    issue: IssueInfo
    dossier_code: str
    applicant: Person
    request: str  # procedure name / trích yếu
    components: tuple[Component, ...]
    received_at: datetime
    due_at: datetime | None  # None for results given on the spot
    processing_time: str  # e.g. "05 ngày làm việc"
    sets: int = 1
    filer: Person | None = None  # authorised filer, if not the applicant
    result_location: str = ""  # overrides office.result_location
    ledger_book: str = ""  # "Quyển số"
    ledger_entry: int | None = None  # "Số thứ tự"
    receiver_name: str = ""  # the officer who received the dossier


@dataclass(frozen=True)
class SupplementRequestData:
    """Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ."""

    office: OfficeHeader
    issue: IssueInfo
    applicant: Person
    request: str
    items: tuple[str, ...]  # what must be completed, numbered on the paper
    reason: str
    guide_name: str  # NGƯỜI HƯỚNG DẪN
    contact_name: str = ""
    contact_phone: str = ""
    dossier_code: str = ""  # empty at the counter (no receipt issued yet)
    received_at: datetime | None = None  # chooses the layout; issue date when None


@dataclass(frozen=True)
class RefusalData:
    """Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ."""

    office: OfficeHeader
    issue: IssueInfo
    applicant: Person
    request: str
    reason: str
    officer_name: str
    dossier_code: str = ""
    received_at: datetime | None = None


@dataclass(frozen=True)
class ApologyData:
    """Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả."""

    office: OfficeHeader
    issue: IssueInfo
    applicant: Person
    dossier_code: str
    request: str
    received_at: datetime
    original_due_at: datetime
    new_due_at: datetime
    reason: str
    handling_agency: str  # cơ quan giải quyết
    signer_title: str = "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"
    signer_name: str = ""


@dataclass(frozen=True)
class StopNoticeData:
    """TT 03/2025 Mẫu 05: Thông báo dừng giải quyết hồ sơ (withdrawal before a decision)."""

    office: OfficeHeader
    issue: IssueInfo
    applicant: Person
    dossier_code: str
    request: str
    received_at: datetime
    withdrawal_requested_at: datetime
    reason: str
    officer_name: str = ""
    signer_title: str = "NGƯỜI THÔNG BÁO"


@dataclass(frozen=True)
class HandOver:
    """One row of the control sheet: one hand-over of the dossier, and how that step went."""

    giver_unit: str  # "Giao: Bộ phận Một cửa"
    receiver_unit: str  # "Nhận: Công chức Tư pháp - Hộ tịch"
    at: datetime
    giver_name: str = ""
    receiver_name: str = ""
    result: str = ""  # "trước hạn" | "đúng hạn" | "quá hạn" (already computed)
    note: str = ""


@dataclass(frozen=True)
class ControlSheetData:
    """Mẫu 05 (2018) / Mẫu 06 (2025): Phiếu kiểm soát quá trình giải quyết hồ sơ."""

    office: OfficeHeader
    issue: IssueInfo
    dossier_code: str
    applicant: Person
    request: str
    handling_unit: str
    received_at: datetime
    due_at: datetime
    hand_overs: tuple[HandOver, ...]
    cooperating_units: tuple[str, ...] = ()
    receipt_number: str = ""  # "Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: …"


@dataclass(frozen=True)
class LedgerRow:
    """One line of the ledger (Sổ theo dõi hồ sơ)."""

    entry: int  # STT: continuous within the year's book
    dossier_code: str
    procedure: str
    applicant: str
    address_phone: str
    lead_agency: str
    received_at: datetime
    due_at: datetime | None
    returned_at: datetime | None = None
    return_method: str = ""  # "Trực tiếp", "Bưu chính công ích", "Trực tuyến"…


@dataclass(frozen=True)
class LedgerData:
    """Mẫu 06 (2018) / Mẫu 07 (2025): Sổ theo dõi hồ sơ, one book per year."""

    office: OfficeHeader
    issue: IssueInfo
    rows: tuple[LedgerRow, ...]
    period_from: date
    period_to: date
    book: str = ""  # "Quyển số 01/2025"
