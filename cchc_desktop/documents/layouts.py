"""Form sets as data: titles and form numbers per legal version, chosen by date.

A dossier keeps the rule set in force on the day it was received [domain.md §1], so
the papers about it use the form set in force on its reception date. The switch dates
are configuration (``OfficeHeader.layout_effective_dates``), not code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from cchc_desktop.documents.model import DocumentKind, OfficeHeader

TT01_2018 = "tt01_2018"
TT03_2025 = "tt03_2025"


@dataclass(frozen=True)
class FormSpec:
    """One paper in one form set: its form number (None: the set has no such form)."""

    form_number: str | None
    title: str


@dataclass(frozen=True)
class LayoutVersion:
    key: str
    legal_basis: str  # printed in the small footer line, e.g. "Thông tư 01/2018/TT-VPCP"
    effective_from: date
    forms: Mapping[DocumentKind, FormSpec]

    def form(self, kind: DocumentKind) -> FormSpec:
        return self.forms[kind]


LAYOUTS: dict[str, LayoutVersion] = {
    # TT 01/2018/TT-VPCP, Phụ lục: Mẫu 01–06 (in force with NĐ 61/2018).
    TT01_2018: LayoutVersion(
        key=TT01_2018,
        legal_basis="Thông tư 01/2018/TT-VPCP",
        effective_from=date(2018, 5, 22),
        forms={
            DocumentKind.RECEIPT: FormSpec("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
            DocumentKind.SUPPLEMENT: FormSpec("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
            DocumentKind.REFUSAL: FormSpec("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
            DocumentKind.APOLOGY: FormSpec(
                "04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả"
            ),
            # No withdrawal form in 2018: the notice is still issued, without a form number.
            DocumentKind.STOP: FormSpec(None, "Thông báo dừng giải quyết hồ sơ"),
            DocumentKind.CONTROL: FormSpec(
                "05", "Phiếu kiểm soát quá trình giải quyết hồ sơ"
            ),
            DocumentKind.LEDGER: FormSpec("06", "Sổ theo dõi hồ sơ"),
        },
    ),
    # TT 03/2025/TT-VPCP (15/9/2025) under NĐ 118/2025: Mẫu 01–07; the stop notice
    # (118/2025 Art. 21) becomes Mẫu 05, the control sheet 06 and the ledger 07.
    # The effective date is [unsure] in domain.md: override it in the office settings.
    TT03_2025: LayoutVersion(
        key=TT03_2025,
        legal_basis="Thông tư 03/2025/TT-VPCP",
        effective_from=date(2025, 9, 15),
        forms={
            DocumentKind.RECEIPT: FormSpec("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
            DocumentKind.SUPPLEMENT: FormSpec("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
            DocumentKind.REFUSAL: FormSpec("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
            DocumentKind.APOLOGY: FormSpec(
                "04", "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết"
            ),
            DocumentKind.STOP: FormSpec("05", "Thông báo dừng giải quyết hồ sơ"),
            DocumentKind.CONTROL: FormSpec(
                "06", "Phiếu kiểm soát quá trình giải quyết hồ sơ"
            ),
            DocumentKind.LEDGER: FormSpec("07", "Sổ theo dõi hồ sơ"),
        },
    ),
}


def effective_dates(overrides: Mapping[str, date] | None = None) -> dict[str, date]:
    """The effective date of every form set, the office's overrides applied."""
    dates = {key: layout.effective_from for key, layout in LAYOUTS.items()}
    if overrides:
        unknown = set(overrides) - set(LAYOUTS)
        if unknown:
            raise ValueError(f"unknown layout versions: {sorted(unknown)}")
        dates.update(overrides)
    return dates


def layout_for(on: date | datetime, office: OfficeHeader | None = None) -> LayoutVersion:
    """The form set in force on ``on`` (a reception date), or the office's forced one."""
    if office is not None and office.layout_version:
        try:
            return LAYOUTS[office.layout_version]
        except KeyError:
            raise ValueError(f"unknown layout version {office.layout_version!r}") from None
    day = on.date() if isinstance(on, datetime) else on
    dates = effective_dates(office.layout_effective_dates if office else None)
    in_force = [key for key, start in dates.items() if start <= day]
    if not in_force:  # before the oldest set: use the oldest
        return LAYOUTS[min(dates, key=dates.__getitem__)]
    return LAYOUTS[max(in_force, key=dates.__getitem__)]
