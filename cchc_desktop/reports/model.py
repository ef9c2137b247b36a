"""Plain, frozen values of the periodic report (Báo cáo định kỳ).

``services.reports`` computes them (SQL aggregates over the dossiers); the PDF and
Excel builders of this package lay them out and decide nothing. Three sections:

1. **Biểu 06/VPCP/KSTT** (TT 01/2020, domain.md §8) per sector and per procedure:
   received = carried over + new online + new in person/post; resolved = early + on
   time + late; in progress at the end of the period = within time + overdue; plus the
   supplement requests and the dossiers given back (refused after review, withdrawn);
2. the **apology letters** (Mẫu 04) issued in the period, "phát hành muộn" flagged
   (NĐ 61/2018 Art. 19(9), domain.md §3 rule 7);
3. the **QĐ 766 indicators**, each with its numerator and denominator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from cchc_desktop.documents.model import OfficeHeader

# Row levels of Biểu 06: a sector's subtotal, one procedure, the office's total.
SECTOR = "sector"
PROCEDURE = "procedure"
TOTAL = "total"


@dataclass(frozen=True)
class Form06Row:
    """One line of Biểu 06/VPCP/KSTT (counts of dossiers)."""

    level: str  # SECTOR | PROCEDURE | TOTAL
    code: str
    name: str
    carried_over: int = 0  # kỳ trước chuyển qua
    new_online: int = 0  # mới tiếp nhận trực tuyến (KenhThucHien 2)
    new_direct: int = 0  # mới tiếp nhận trực tiếp, bưu chính công ích (1, 3)
    early: int = 0  # đã giải quyết trước hạn
    on_time: int = 0  # đúng hạn
    late: int = 0  # quá hạn
    in_time: int = 0  # đang giải quyết, trong hạn (a paused clock counts here)
    overdue: int = 0  # đang giải quyết, quá hạn
    supplement: int = 0  # hồ sơ được yêu cầu bổ sung trong kỳ
    refused: int = 0  # từ chối giải quyết (trả lại) trong kỳ
    withdrawn: int = 0  # công dân rút, dừng xử lý trong kỳ

    @property
    def received(self) -> int:
        return self.carried_over + self.new_online + self.new_direct

    @property
    def resolved(self) -> int:
        return self.early + self.on_time + self.late

    @property
    def in_progress(self) -> int:
        return self.in_time + self.overdue

    @property
    def given_back(self) -> int:
        return self.refused + self.withdrawn

    def plus(self, other: Form06Row, *, level: str, code: str, name: str) -> Form06Row:
        """The sum of two rows under a new label (subtotals and the total)."""
        return Form06Row(level, code, name, *(
            getattr(self, f) + getattr(other, f) for f in COUNT_FIELDS))


COUNT_FIELDS = ("carried_over", "new_online", "new_direct", "early", "on_time", "late",
                "in_time", "overdue", "supplement", "refused", "withdrawn")

# The columns of Biểu 06 as laid out on paper and in Excel: (group, header, attribute).
FORM06_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("Số hồ sơ nhận giải quyết", "Tổng số", "received"),
    ("Số hồ sơ nhận giải quyết", "Kỳ trước chuyển qua", "carried_over"),
    ("Số hồ sơ nhận giải quyết", "Mới tiếp nhận trực tuyến", "new_online"),
    ("Số hồ sơ nhận giải quyết", "Mới tiếp nhận trực tiếp, bưu chính", "new_direct"),
    ("Số hồ sơ đã giải quyết", "Tổng số", "resolved"),
    ("Số hồ sơ đã giải quyết", "Trước hạn", "early"),
    ("Số hồ sơ đã giải quyết", "Đúng hạn", "on_time"),
    ("Số hồ sơ đã giải quyết", "Quá hạn", "late"),
    ("Số hồ sơ đang giải quyết", "Tổng số", "in_progress"),
    ("Số hồ sơ đang giải quyết", "Trong hạn", "in_time"),
    ("Số hồ sơ đang giải quyết", "Quá hạn", "overdue"),
    ("Hồ sơ trả lại, rút", "Từ chối giải quyết", "refused"),
    ("Hồ sơ trả lại, rút", "Rút hồ sơ, dừng xử lý", "withdrawn"),
    ("Yêu cầu bổ sung", "Số hồ sơ", "supplement"),
)


@dataclass(frozen=True)
class ApologyLine:
    """One Phiếu xin lỗi và hẹn lại ngày trả kết quả issued in the period."""

    dossier_code: str
    applicant: str
    procedure: str
    number_text: str  # "3/PXL"
    issued_at: datetime
    reason: str
    previous_due: datetime
    new_due: datetime
    late_issue: bool  # "phát hành muộn": less than one working day before the due time


@dataclass(frozen=True)
class Indicator:
    """A QĐ 766 indicator with its formula visible: numerator ÷ denominator."""

    key: str
    name: str
    numerator: int
    denominator: int
    numerator_label: str
    denominator_label: str
    note: str = ""
    target: float | None = None  # e.g. 0.8 for the digitisation rate (full marks at ≥ 80 %)
    average: float | None = None  # the mean rating, for satisfaction

    @property
    def rate(self) -> float | None:
        """numerator / denominator, or None when there is nothing to measure."""
        return None if self.denominator == 0 else self.numerator / self.denominator

    @property
    def rate_text(self) -> str:
        rate = self.rate
        if rate is None:
            return "—"
        return f"{rate * 100:.1f}".replace(".", ",") + " %"


@dataclass(frozen=True)
class PeriodReport:
    """The whole report of one period for the office."""

    office: OfficeHeader
    office_name: str
    period_label: str  # "Tháng 11/2026", "Quý IV/2026", "Năm 2026", "Từ … đến …"
    start: date  # first day, inclusive
    end: date  # last day, inclusive
    as_of: datetime  # the instant the "đang giải quyết" figures describe
    generated_at: datetime
    generated_by: str
    rows: tuple[Form06Row, ...]  # sector, its procedures, next sector…, the total last
    apologies: tuple[ApologyLine, ...]
    indicators: tuple[Indicator, ...]
    notes: tuple[str, ...] = field(default=())
    signer_title: str = "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"
    signer_name: str = ""

    @property
    def total(self) -> Form06Row:
        return self.rows[-1]

    @property
    def as_of_text(self) -> str:
        """"hết ngày 31/10/2026" for a finished period, else "10:00 ngày 20/11/2026"."""
        if self.as_of == datetime.combine(self.end, datetime.min.time()) + timedelta(days=1):
            return f"hết ngày {self.end:%d/%m/%Y}"
        return f"{self.as_of:%H:%M} ngày {self.as_of:%d/%m/%Y}"

    @property
    def apologies_late(self) -> int:
        return sum(1 for a in self.apologies if a.late_issue)

    def indicator(self, key: str) -> Indicator:
        return next(i for i in self.indicators if i.key == key)
