"""Dossier codes (mã hồ sơ) from a template, unique across offline workstations.

TT 01/2018/TT-VPCP Art. 19: ``<agency code>-YYMMDD-XXXX`` where XXXX is the sequence
of dossiers received that day by the agency, e.g. ``000.00.12.H42-240115-0001``;
TT 04/2025 allows four **or more** digits. The agency code is an opaque configured
string (QĐ 20/2020: up to 35 characters) and the layout a template.

Offline hazard (domain.md §5): two workstations of one agency working offline must
never issue the same code. Each workstation of an agency has a number ``k`` in
``1..workstations`` and issues its own running number ``n = 1, 2, 3 …`` per day;

- by default the sequence is **interleaved**: ``seq = (n - 1) * workstations + k``, so
  with 9 workstations station 1 issues 1, 10, 19 … and station 2 issues 2, 11, 20 …;
  every ``seq`` belongs to exactly one station (``seq ≡ k mod workstations``), so no
  two stations can collide, the numbers stay short and need no fixed block size;
- if the template contains ``{ws}``, the workstation number is written into the code
  and ``seq = n``.

Placeholders: ``{agency}``, ``{yymmdd}``, ``{yyyymmdd}``, ``{yy}``, ``{yyyy}``, ``{mm}``,
``{dd}``, ``{seq}`` (with an optional format such as ``{seq:04d}``), ``{ws}``.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date

from cchc_desktop.domain.errors import ValidationError
from cchc_desktop.domain.text import normalize_text

__all__ = ["DEFAULT_TEMPLATE", "PLACEHOLDERS", "CodeScheme"]

# TT 01/2018/TT-VPCP Art. 19: <agency>-YYMMDD-XXXX.
DEFAULT_TEMPLATE = "{agency}-{yymmdd}-{seq:04d}"
PLACEHOLDERS = ("agency", "yymmdd", "yyyymmdd", "yy", "yyyy", "mm", "dd", "seq", "ws")
MAX_AGENCY_LENGTH = 35  # QĐ 20/2020/QĐ-TTg: agency e-IDs of up to 35 characters
MAX_WORKSTATIONS = 999


def _bad(code: str, message: str, field: str = "template") -> ValidationError:
    return ValidationError(code, message, field=field)


@dataclass(frozen=True)
class CodeScheme:
    template: str = DEFAULT_TEMPLATE
    workstation: int = 1
    workstations: int = 9

    def __post_init__(self) -> None:
        names = self._fields()
        if "seq" not in names:
            raise _bad("code.template_no_seq", "Mẫu mã hồ sơ phải có trường {seq} (số thứ tự).")
        if "agency" not in names:
            raise _bad(
                "code.template_no_agency", "Mẫu mã hồ sơ phải có trường {agency} (mã cơ quan)."
            )
        has_day = bool(names & {"yymmdd", "yyyymmdd"}) or (
            bool(names & {"yy", "yyyy"}) and {"mm", "dd"} <= names
        )
        if not has_day:
            raise _bad(
                "code.template_no_date",
                "Mẫu mã hồ sơ phải có ngày tiếp nhận: {yymmdd}, {yyyymmdd} "
                "hoặc {yy}/{yyyy} cùng {mm} và {dd}.",
            )
        if (
            isinstance(self.workstations, bool)
            or not isinstance(self.workstations, int)
            or not 1 <= self.workstations <= MAX_WORKSTATIONS
        ):
            raise _bad(
                "code.workstations",
                f"Số máy trạm phải từ 1 đến {MAX_WORKSTATIONS}.",
                "workstations",
            )
        if (
            isinstance(self.workstation, bool)
            or not isinstance(self.workstation, int)
            or not 1 <= self.workstation <= self.workstations
        ):
            raise _bad(
                "code.workstation",
                f"Số hiệu máy trạm phải từ 1 đến {self.workstations}.",
                "workstation",
            )
        try:  # catches bad format specifications such as {seq:04q}
            self._render("A", date(2024, 1, 15), 1)
        except (ValueError, TypeError, IndexError, KeyError) as exc:
            raise _bad(
                "code.template_format", f"Mẫu mã hồ sơ không hợp lệ: {exc}."
            ) from exc

    def _fields(self) -> set[str]:
        try:
            parsed = list(string.Formatter().parse(self.template))
        except ValueError as exc:
            raise _bad("code.template_syntax", f"Mẫu mã hồ sơ sai cú pháp: {exc}.") from exc
        names = set()
        for _literal, name, _spec, _conv in parsed:
            if name is None:
                continue
            if name not in PLACEHOLDERS:
                allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
                raise _bad(
                    "code.template_placeholder",
                    f"Mẫu mã hồ sơ có trường không hợp lệ “{{{name}}}”. "
                    f"Các trường được dùng: {allowed}.",
                )
            names.add(name)
        return names

    @property
    def uses_workstation_field(self) -> bool:
        return "ws" in self._fields()

    def sequence_for(self, local_n: int) -> int:
        """The sequence number written in the code for this station's ``local_n``-th dossier."""
        if isinstance(local_n, bool) or not isinstance(local_n, int) or local_n < 1:
            raise _bad("code.local_n", "Số thứ tự trong ngày phải từ 1 trở lên.", "local_n")
        if self.uses_workstation_field:
            return local_n
        # Interleaving: seq ≡ workstation (mod workstations) — disjoint per station.
        return (local_n - 1) * self.workstations + self.workstation

    def local_n_for(self, seq: int) -> int | None:
        """Inverse of ``sequence_for`` (None when ``seq`` belongs to another station)."""
        if seq < 1:
            return None
        if self.uses_workstation_field:
            return seq
        offset = seq - self.workstation
        if offset < 0 or offset % self.workstations:
            return None
        return offset // self.workstations + 1

    def _render(self, agency: str, day: date, seq: int) -> str:
        return self.template.format(
            agency=agency,
            yymmdd=day.strftime("%y%m%d"),
            yyyymmdd=day.strftime("%Y%m%d"),
            yy=day.strftime("%y"),
            yyyy=f"{day.year:04d}",
            mm=f"{day.month:02d}",
            dd=f"{day.day:02d}",
            seq=seq,
            ws=self.workstation,
        )

    def format(self, agency: str, day: date, local_n: int) -> str:
        """The dossier code of this station's ``local_n``-th dossier of ``day``."""
        agency = normalize_text(agency)
        if not agency:
            raise _bad("code.agency_required", "Chưa cấu hình mã cơ quan.", "agency")
        if len(agency) > MAX_AGENCY_LENGTH:
            raise _bad(
                "code.agency_too_long",
                f"Mã cơ quan dài quá {MAX_AGENCY_LENGTH} ký tự.",
                "agency",
            )
        return self._render(agency, day, self.sequence_for(local_n))
