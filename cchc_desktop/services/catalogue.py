"""The procedure catalogue: JSON import/export, the demo data, lists and search.

The catalogue is the office's published list of administrative procedures: code,
name, sector, time limit, fees and, above all, the legal list of dossier components.
At the counter only these components may be asked for (NĐ 61/2018 Art. 5(1)(đ), restated
by NĐ 118/2025: asking for papers beyond the published list is prohibited), so the
intake form offers exactly what this module stores.

The exchange format is ``cchc-catalogue/1`` (docs/catalogue-format.md). An import is
all or nothing: ``load_catalogue_json`` validates the whole file first and raises a
``ValidationError`` whose Vietnamese message names the JSON line and the reason; only
then does ``import_catalogue`` write, in one transaction, upserting by procedure code
and replacing each procedure's components. Procedures absent from the file are kept.

Everything returned is a plain frozen dataclass, never an ORM object.
``search_procedures`` is pure and cheap so the intake form may call it on every key.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, time
from json.decoder import scanstring
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cchc_desktop.domain.deadlines import Duration, DurationUnit
from cchc_desktop.domain.dossier import Role
from cchc_desktop.domain.errors import DomainError, ValidationError
from cchc_desktop.domain.text import fold, normalize_text
from cchc_desktop.paths import resources_dir
from cchc_desktop.services.audit import append_audit
from cchc_desktop.storage.db import Database
from cchc_desktop.storage.models import Procedure, ProcedureComponent, Sector

if TYPE_CHECKING:
    from pathlib import Path

    from cchc_desktop.services.users import CurrentUser

__all__ = [
    "FORMAT",
    "ComponentSpec",
    "FeeSpec",
    "ImportResult",
    "ProcedureDetail",
    "ProcedureRow",
    "ProcedureSpec",
    "VariantSpec",
    "apply_catalogue",
    "demo_catalogue_path",
    "export_catalogue",
    "get_procedure",
    "import_catalogue",
    "install_demo_catalogue",
    "list_procedures",
    "load_catalogue_json",
    "search_procedures",
]

FORMAT = "cchc-catalogue/1"
UNITS = tuple(u.value for u in DurationUnit)
MAX_DURATION = 3660  # the domain's Duration refuses longer periods
_CODE_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._\-/]{0,49}$")
_CUTOFF_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")

_TOP_KEYS = {"format", "title", "source", "procedures"}
_PROCEDURE_KEYS = (
    "code", "name", "sector", "level", "handling_unit", "active", "agency_note",
    "duration_amount", "duration_unit", "cutoff", "duration_text", "variants",
    "financial_pauses", "fees", "fee_text", "legal_basis", "components",
)
_REQUIRED_PROCEDURE_KEYS = (
    "code", "name", "sector", "duration_amount", "duration_unit", "components",
)
_COMPONENT_KEYS = (
    "name", "originals", "certified_copies", "photocopies", "required", "condition",
    "form_template",
)
_VARIANT_KEYS = ("name", "amount", "unit", "cutoff")
_FEE_KEYS = ("name", "amount", "note")

# Field names as the officer reads them in an error message.
_FIELD_LABELS = {
    "code": "mã thủ tục",
    "name": "tên",
    "sector": "lĩnh vực",
    "level": "cấp thực hiện",
    "handling_unit": "đơn vị xử lý",
    "active": "đang áp dụng",
    "agency_note": "ghi chú cơ quan",
    "duration_amount": "thời hạn giải quyết",
    "duration_unit": "đơn vị thời hạn",
    "cutoff": "giờ chốt trong ngày",
    "duration_text": "mô tả thời hạn",
    "variants": "các phương án thời hạn",
    "financial_pauses": "tạm dừng khi thực hiện nghĩa vụ tài chính",
    "fees": "phí, lệ phí",
    "fee_text": "mô tả phí, lệ phí",
    "legal_basis": "căn cứ pháp lý",
    "components": "thành phần hồ sơ",
    "originals": "số bản chính",
    "certified_copies": "số bản sao chứng thực",
    "photocopies": "số bản photo",
    "required": "bắt buộc",
    "condition": "điều kiện",
    "form_template": "mẫu đơn, tờ khai",
    "amount": "số lượng/số tiền",
    "unit": "đơn vị thời hạn",
    "note": "ghi chú",
    "format": "định dạng",
    "procedures": "danh sách thủ tục",
}

_JSON_REASONS = {
    "Expecting ',' delimiter": "thiếu dấu phẩy",
    "Expecting ':' delimiter": "thiếu dấu hai chấm",
    "Expecting value": "thiếu giá trị hoặc giá trị không hợp lệ",
    "Expecting property name enclosed in double quotes": "tên trường phải đặt trong dấu nháy kép",
    "Unterminated string starting at": "chuỗi chưa đóng dấu nháy kép",
    "Extra data": "có dữ liệu thừa sau khi tệp đã kết thúc",
    "Invalid control character at": "có ký tự điều khiển trong chuỗi",
    "Invalid \\escape": "ký tự thoát (\\) không hợp lệ",
}


# ------------------------------------------------------------------------------ value objects


@dataclass(frozen=True)
class ComponentSpec:
    """One item of the legal dossier list, with how many papers of each kind."""

    name: str
    originals: int = 0  # bản chính
    certified_copies: int = 0  # bản sao chứng thực
    photocopies: int = 0  # bản photo
    required: bool = True  # else conditional: asked only when ``condition`` holds
    condition: str = ""
    form_template: str = ""

    @property
    def kinds_label(self) -> str:
        """'1 bản chính, 1 bản photo'."""
        parts = []
        if self.originals:
            parts.append(f"{self.originals} bản chính")
        if self.certified_copies:
            parts.append(f"{self.certified_copies} bản sao chứng thực")
        if self.photocopies:
            parts.append(f"{self.photocopies} bản photo")
        return ", ".join(parts)


@dataclass(frozen=True)
class VariantSpec:
    """An alternative time limit the officer may choose at intake (e.g. 'Cần xác minh')."""

    name: str
    amount: int | float
    unit: str
    cutoff: str | None = None

    def duration(self) -> Duration:
        return Duration(self.amount, DurationUnit(self.unit), _parse_cutoff(self.cutoff))


@dataclass(frozen=True)
class FeeSpec:
    """A fee or charge in VND (0 = exempt); ``note`` says who sets it or who is exempt."""

    name: str
    amount: int
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class ProcedureSpec:
    """A procedure as it is exchanged in the JSON file (and compared on import)."""

    code: str
    name: str
    sector_code: str
    sector_name: str
    level: str = "Cấp xã"
    handling_unit: str = ""
    active: bool = True
    agency_note: str = ""
    duration_amount: int | float
    duration_unit: str
    cutoff: str | None = None
    duration_text: str = ""
    variants: tuple[VariantSpec, ...] = ()
    financial_pauses: bool = False
    fees: tuple[FeeSpec, ...] = ()
    fee_text: str = ""
    legal_basis: str = ""
    components: tuple[ComponentSpec, ...] = ()

    def duration(self) -> Duration:
        return Duration(self.duration_amount, DurationUnit(self.duration_unit),
                        _parse_cutoff(self.cutoff))

    @property
    def duration_label(self) -> str:
        """The legal wording if the catalogue gives one, else the domain's label."""
        return self.duration_text or self.duration().label_vi()

    def to_json(self) -> dict[str, Any]:
        """The object of the ``procedures`` array, keys in the documented order."""
        return {
            "code": self.code,
            "name": self.name,
            "sector": {"code": self.sector_code, "name": self.sector_name},
            "level": self.level,
            "handling_unit": self.handling_unit,
            "active": self.active,
            "agency_note": self.agency_note,
            "duration_amount": self.duration_amount,
            "duration_unit": self.duration_unit,
            "cutoff": self.cutoff,
            "duration_text": self.duration_text,
            "variants": [asdict(v) for v in self.variants],
            "financial_pauses": self.financial_pauses,
            "fees": [asdict(f) for f in self.fees],
            "fee_text": self.fee_text,
            "legal_basis": self.legal_basis,
            "components": [asdict(c) for c in self.components],
        }


@dataclass(frozen=True, kw_only=True)
class ProcedureDetail(ProcedureSpec):
    """A stored procedure with its components (what the intake form and admin screen show)."""

    id: int
    updated_at: datetime

    def spec(self) -> ProcedureSpec:
        values = {k: getattr(self, k) for k in ProcedureSpec.__dataclass_fields__}
        return ProcedureSpec(**values)


@dataclass(frozen=True)
class ProcedureRow:
    """One line of the procedure list; ``search_key`` is the folded code and name."""

    code: str
    name: str
    sector_code: str
    sector_name: str
    level: str
    handling_unit: str
    duration_amount: int | float
    duration_unit: str
    cutoff: str | None
    duration_label: str
    active: bool
    agency_note: str
    component_count: int
    search_key: str = field(default="", repr=False, compare=False)


@dataclass(frozen=True)
class ImportResult:
    """What an import changed. ``kept`` counts stored procedures absent from the file."""

    total: int
    created: int
    updated: int
    unchanged: int
    kept: int
    sectors: int

    def summary_vi(self) -> str:
        return (
            f"Đã nhập {self.total} thủ tục: {self.created} mới, {self.updated} cập nhật, "
            f"{self.unchanged} không đổi."
        )


# ------------------------------------------------------------------------------ small helpers


def _number(value: float) -> int | float:
    """Whole numbers as int so that 3.0 and 3 compare and export the same."""
    value = float(value)
    return int(value) if value.is_integer() else value


def _parse_cutoff(text: str | None) -> time | None:
    if not text:
        return None
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _field_label(key: str | int) -> str:
    if isinstance(key, int):
        return f"mục số {key + 1}"
    label = _FIELD_LABELS.get(key)
    return f'"{key}" ({label})' if label else f'"{key}"'


# ------------------------------------------------------------------------------ line locator


_WS = re.compile(r"[ \t\n\r]*")
_SCALAR = json.JSONDecoder()


@dataclass
class _Node:
    """A JSON value's position; objects map keys to (key position, node)."""

    pos: int
    keys: dict[str, tuple[int, _Node]] | None = None
    items: list[_Node] | None = None
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)


def _positions(text: str, idx: int = 0) -> tuple[_Node, int]:
    """Walk text that ``json.loads`` already accepted, recording where each value starts."""
    idx = _WS.match(text, idx).end()
    start = idx
    char = text[idx]
    if char == "{":
        node = _Node(start, keys={})
        idx = _WS.match(text, idx + 1).end()
        if text[idx] == "}":
            return node, idx + 1
        while True:
            idx = _WS.match(text, idx).end()
            key_pos = idx
            key, idx = scanstring(text, idx + 1)
            idx = _WS.match(text, idx).end() + 1  # past ':'
            child, idx = _positions(text, idx)
            if key in node.keys:
                node.duplicate_keys.append((key, key_pos))
            node.keys[key] = (key_pos, child)
            idx = _WS.match(text, idx).end()
            if text[idx] == ",":
                idx += 1
                continue
            return node, idx + 1
    if char == "[":
        node = _Node(start, items=[])
        idx = _WS.match(text, idx + 1).end()
        if text[idx] == "]":
            return node, idx + 1
        while True:
            child, idx = _positions(text, idx)
            node.items.append(child)
            idx = _WS.match(text, idx).end()
            if text[idx] == ",":
                idx += 1
                continue
            return node, idx + 1
    _, end = _SCALAR.raw_decode(text, idx)
    return _Node(start), end


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _locate(text: str, path: tuple[str | int, ...]) -> int:
    """The line of the deepest part of ``path`` that exists in the (valid JSON) text.

    Walks only along ``path``; siblings are skipped with the C decoder, so locating a
    problem in a large file stays fast. For a repeated key the last one counts, as in
    ``json.loads``.
    """
    idx = _WS.match(text, 0).end()
    pos = idx
    for part in path:
        opener = text[idx]
        if opener == "{" and isinstance(part, str):
            idx = _WS.match(text, idx + 1).end()
            hit: tuple[int, int] | None = None
            while text[idx] != "}":
                key_pos = idx
                key, idx = scanstring(text, idx + 1)
                idx = _WS.match(text, _WS.match(text, idx).end() + 1).end()  # past ':'
                if key == part:
                    hit = (key_pos, idx)
                _, idx = _SCALAR.raw_decode(text, idx)
                idx = _WS.match(text, idx).end()
                if text[idx] == ",":
                    idx = _WS.match(text, idx + 1).end()
            if hit is None:
                break
            pos, idx = hit
        elif opener == "[" and isinstance(part, int):
            idx = _WS.match(text, idx + 1).end()
            count = 0
            while text[idx] != "]" and count < part:
                _, idx = _SCALAR.raw_decode(text, idx)
                idx = _WS.match(text, idx).end()
                if text[idx] == ",":
                    idx = _WS.match(text, idx + 1).end()
                count += 1
            if text[idx] == "]":
                break
            pos = idx
        else:
            break
    return _line_of(text, pos)


# ------------------------------------------------------------------------------ validation


@dataclass(frozen=True)
class _Problem:
    path: tuple[str | int, ...]
    reason: str


class _Checker:
    """Collects every problem of one file before anything is written."""

    def __init__(self) -> None:
        self.problems: list[_Problem] = []

    def bad(self, path: tuple[str | int, ...], reason: str) -> None:
        self.problems.append(_Problem(path, reason))

    # -- typed getters: return a clean value, or record a problem and return None

    def text(self, obj: dict, key: str, path: tuple, *, required: bool = False,
             max_len: int | None = None) -> str | None:
        here = (*path, key)
        if key not in obj or obj[key] is None:
            if required:
                self.bad(path, f"thiếu trường {_field_label(key)}")
                return None
            return ""
        value = obj[key]
        if not isinstance(value, str):
            self.bad(here, f"trường {_field_label(key)} phải là chuỗi ký tự")
            return None
        value = normalize_text(value)  # architecture.md rule 9: text is NFC where it enters
        if required and not value:
            self.bad(here, f"trường {_field_label(key)} không được để trống")
            return None
        if max_len is not None and len(value) > max_len:
            self.bad(here, f"trường {_field_label(key)} dài quá {max_len} ký tự")
            return None
        return value

    def boolean(self, obj: dict, key: str, path: tuple, default: bool) -> bool | None:
        if key not in obj:
            return default
        value = obj[key]
        if not isinstance(value, bool):
            self.bad((*path, key), f"trường {_field_label(key)} phải là true hoặc false")
            return None
        return value

    def count(self, obj: dict, key: str, path: tuple) -> int | None:
        value = obj.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 99:
            self.bad((*path, key), f"trường {_field_label(key)} phải là số nguyên từ 0 đến 99")
            return None
        return value

    def array(self, obj: dict, key: str, path: tuple, *, required: bool = False) -> list | None:
        if key not in obj:
            if required:
                self.bad(path, f"thiếu trường {_field_label(key)}")
                return None
            return []
        value = obj[key]
        if not isinstance(value, list):
            self.bad((*path, key), f"trường {_field_label(key)} phải là một danh sách [...]")
            return None
        return value

    def unknown_keys(self, obj: dict, allowed: Iterable[str], path: tuple) -> None:
        allowed = set(allowed)
        for key in obj:
            if key not in allowed:
                self.bad((*path, key), f'trường "{key}" không có trong định dạng {FORMAT}')

    def duration(self, obj: dict, amount_key: str, unit_key: str, path: tuple
                 ) -> tuple[int | float, str, str | None] | None:
        """Amount, unit and cut-off, checked against the domain's DurationUnit values."""
        ok = True
        unit = obj.get(unit_key)
        if unit_key not in obj:
            self.bad(path, f"thiếu trường {_field_label(unit_key)}")
            ok = False
        elif unit not in UNITS:
            self.bad((*path, unit_key),
                     f"trường {_field_label(unit_key)} có giá trị "
                     f"{json.dumps(unit, ensure_ascii=False)} không hợp "
                     f"lệ; phải là một trong: {', '.join(UNITS)}")
            ok = False
        amount = obj.get(amount_key)
        if amount_key not in obj:
            self.bad(path, f"thiếu trường {_field_label(amount_key)}")
            ok = False
        elif (isinstance(amount, bool) or not isinstance(amount, int | float)
              or not math.isfinite(amount) or not 0 <= amount <= MAX_DURATION):
            self.bad((*path, amount_key),
                     f"trường {_field_label(amount_key)} phải là số từ 0 đến {MAX_DURATION}")
            ok = False
        elif ok and unit != DurationUnit.SAME_DAY and amount <= 0:
            self.bad((*path, amount_key),
                     f"trường {_field_label(amount_key)} phải lớn hơn 0 với đơn vị {unit}")
            ok = False
        cutoff = obj.get("cutoff")
        if cutoff is not None:
            if not isinstance(cutoff, str) or not _CUTOFF_RE.match(cutoff):
                self.bad((*path, "cutoff"),
                         f"trường {_field_label('cutoff')} phải có dạng giờ:phút, ví dụ \"15:00\"")
                ok = False
            elif ok and unit != DurationUnit.SAME_DAY:
                self.bad((*path, "cutoff"),
                         f"trường {_field_label('cutoff')} chỉ dùng với đơn vị same_day")
                ok = False
        if not ok:
            return None
        return _number(amount), unit, cutoff


def _procedure_label(raw: Any, index: int) -> str:
    code = raw.get("code") if isinstance(raw, dict) else None
    if isinstance(code, str) and code.strip():
        return f"thủ tục số {index + 1} (mã {code.strip()})"
    return f"thủ tục số {index + 1}"


def _check_component(c: _Checker, raw: Any, path: tuple) -> ComponentSpec | None:
    if not isinstance(raw, dict):
        c.bad(path, "mỗi thành phần hồ sơ phải là một đối tượng {...}")
        return None
    before = len(c.problems)
    c.unknown_keys(raw, _COMPONENT_KEYS, path)
    name = c.text(raw, "name", path, required=True)
    originals = c.count(raw, "originals", path)
    certified = c.count(raw, "certified_copies", path)
    photos = c.count(raw, "photocopies", path)
    required = c.boolean(raw, "required", path, True)
    condition = c.text(raw, "condition", path)
    form_template = c.text(raw, "form_template", path, max_len=200)
    if None not in (originals, certified, photos) and originals + certified + photos == 0:
        c.bad(path, "thành phần hồ sơ phải có ít nhất một bản (bản chính, bản sao chứng thực "
                    "hoặc bản photo)")
    # domain.md §3 rule 1 (NĐ 61/2018 Art. 5(1)(đ)): a conditional item must say when it
    # applies, otherwise the officer could turn it into an extra requirement.
    if required is False and condition == "":
        c.bad((*path, "required"),
              "thành phần không bắt buộc phải ghi rõ điều kiện áp dụng (trường \"condition\")")
    if len(c.problems) > before:
        return None
    return ComponentSpec(name, originals, certified, photos, required, condition, form_template)


def _check_variant(c: _Checker, raw: Any, path: tuple) -> VariantSpec | None:
    if not isinstance(raw, dict):
        c.bad(path, "mỗi phương án thời hạn phải là một đối tượng {...}")
        return None
    before = len(c.problems)
    c.unknown_keys(raw, _VARIANT_KEYS, path)
    name = c.text(raw, "name", path, required=True, max_len=200)
    timing = c.duration(raw, "amount", "unit", path)
    if len(c.problems) > before or timing is None:
        return None
    return VariantSpec(name, *timing)


def _check_fee(c: _Checker, raw: Any, path: tuple) -> FeeSpec | None:
    if not isinstance(raw, dict):
        c.bad(path, "mỗi khoản phí, lệ phí phải là một đối tượng {...}")
        return None
    before = len(c.problems)
    c.unknown_keys(raw, _FEE_KEYS, path)
    name = c.text(raw, "name", path, required=True)
    amount = raw.get("amount")
    if "amount" not in raw:
        c.bad(path, "thiếu trường \"amount\" (số tiền, đồng)")
    elif isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        c.bad((*path, "amount"), "số tiền phải là số nguyên không âm, tính bằng đồng")
    note = c.text(raw, "note", path)
    if len(c.problems) > before:
        return None
    return FeeSpec(name, amount, note)


def _check_procedure(c: _Checker, raw: Any, path: tuple) -> ProcedureSpec | None:
    if not isinstance(raw, dict):
        c.bad(path, "mỗi thủ tục phải là một đối tượng {...}")
        return None
    before = len(c.problems)
    c.unknown_keys(raw, _PROCEDURE_KEYS, path)
    code = c.text(raw, "code", path, required=True)
    if code and not _CODE_RE.match(code):
        c.bad((*path, "code"), f"mã thủ tục {json.dumps(code, ensure_ascii=False)} không hợp "
                               "lệ (chỉ gồm chữ, số và . - _ /, tối đa 50 ký tự)")
    name = c.text(raw, "name", path, required=True)
    sector_code = sector_name = None
    sector = raw.get("sector")
    if "sector" not in raw:
        c.bad(path, f"thiếu trường {_field_label('sector')}")
    elif not isinstance(sector, dict):
        c.bad((*path, "sector"), 'lĩnh vực phải có dạng {"code": "...", "name": "..."}')
    else:
        spath = (*path, "sector")
        c.unknown_keys(sector, ("code", "name"), spath)
        sector_code = c.text(sector, "code", spath, required=True, max_len=50)
        sector_name = c.text(sector, "name", spath, required=True, max_len=300)
    level = c.text(raw, "level", path, max_len=50)
    handling_unit = c.text(raw, "handling_unit", path, max_len=300)
    active = c.boolean(raw, "active", path, True)
    agency_note = c.text(raw, "agency_note", path)
    timing = c.duration(raw, "duration_amount", "duration_unit", path)
    duration_text = c.text(raw, "duration_text", path)
    financial_pauses = c.boolean(raw, "financial_pauses", path, False)
    fee_text = c.text(raw, "fee_text", path)
    legal_basis = c.text(raw, "legal_basis", path)

    variants = []
    for i, item in enumerate(c.array(raw, "variants", path) or []):
        variants.append(_check_variant(c, item, (*path, "variants", i)))
    fees = []
    for i, item in enumerate(c.array(raw, "fees", path) or []):
        fees.append(_check_fee(c, item, (*path, "fees", i)))
    components = []
    raw_components = c.array(raw, "components", path, required=True)
    if raw_components == []:
        # domain.md §3 rule 1: the intake form offers exactly this list; an empty list
        # would leave the counter nothing lawful to check.
        c.bad((*path, "components"), "thủ tục phải có ít nhất một thành phần hồ sơ")
    for i, item in enumerate(raw_components or []):
        components.append(_check_component(c, item, (*path, "components", i)))

    if len(c.problems) > before:
        return None
    amount, unit, cutoff = timing
    return ProcedureSpec(
        code=code, name=name, sector_code=sector_code, sector_name=sector_name,
        level=level or "Cấp xã", handling_unit=handling_unit, active=active,
        agency_note=agency_note, duration_amount=amount, duration_unit=unit, cutoff=cutoff,
        duration_text=duration_text, variants=tuple(variants),
        financial_pauses=financial_pauses, fees=tuple(fees), fee_text=fee_text,
        legal_basis=legal_basis, components=tuple(components),
    )


def _syntax_error(exc: json.JSONDecodeError) -> ValidationError:
    reason = next(
        (vi for en, vi in _JSON_REASONS.items() if exc.msg.startswith(en)),
        f"sai cú pháp JSON ({exc.msg})",
    )
    message = f"Dòng {exc.lineno}, cột {exc.colno}: tệp JSON sai cú pháp: {reason}."
    return ValidationError(
        "catalogue.syntax", message, line=exc.lineno, column=exc.colno, field=None,
        reason=reason, errors=[{"line": exc.lineno, "reason": reason}],
    )


def load_catalogue_json(text: str) -> list[ProcedureSpec]:
    """Parse and check a whole ``cchc-catalogue/1`` file; raise on the first bad line.

    ``ValidationError.details`` carries ``line``, ``field`` (the JSON path of the first
    problem, e.g. ``procedures[3].duration_unit``), ``reason`` and ``errors`` (all of them).
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        duplicates: list[str] = []
        data = json.loads(text, object_pairs_hook=_duplicate_watch(duplicates))
    except json.JSONDecodeError as exc:
        raise _syntax_error(exc) from None
    except RecursionError:
        raise ValidationError("catalogue.syntax", "Tệp JSON lồng quá nhiều cấp.", line=1) from None

    c = _Checker()
    specs: list[ProcedureSpec] = []
    if not isinstance(data, dict):
        c.bad((), f'tệp phải là một đối tượng JSON {{"format": "{FORMAT}", "procedures": [...]}}')
    else:
        c.unknown_keys(data, _TOP_KEYS, ())
        if data.get("format") != FORMAT:
            found = json.dumps(data.get("format"), ensure_ascii=False)
            c.bad(("format",) if "format" in data else (),
                  f'trường "format" phải là "{FORMAT}" (tệp ghi {found})')
        procedures = c.array(data, "procedures", (), required=True)
        if procedures == []:
            c.bad(("procedures",), "tệp không có thủ tục nào")
        seen_codes: dict[str, int] = {}
        sector_names: dict[str, tuple[str, int]] = {}
        for i, raw in enumerate(procedures or []):
            path = ("procedures", i)
            spec = _check_procedure(c, raw, path)
            code = raw.get("code") if isinstance(raw, dict) else None
            if isinstance(code, str) and code.strip():
                code = normalize_text(code)
                if code in seen_codes:
                    c.bad((*path, "code"), f"mã thủ tục {code} bị trùng với thủ tục số "
                                           f"{seen_codes[code] + 1}")
                    continue
                seen_codes[code] = i
            if spec is None:
                continue
            known = sector_names.get(spec.sector_code)
            if known is not None and known[0] != spec.sector_name:
                c.bad((*path, "sector", "name"),
                      f'lĩnh vực {spec.sector_code} đã có tên "{known[0]}" ở thủ tục số '
                      f'{known[1] + 1}, ở đây lại là "{spec.sector_name}"')
                continue
            sector_names.setdefault(spec.sector_code, (spec.sector_name, i))
            specs.append(spec)

    if c.problems or duplicates:
        # Only a rejected file pays for the second, position-recording pass.
        if duplicates:
            root, _ = _positions(text)
            _collect_duplicate_keys(c, root, ())
        raise _validation_error(text, data, c.problems)
    return specs


def _duplicate_watch(found: list[str]):
    """An ``object_pairs_hook`` that notes keys given twice in one object."""

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            found.extend(k for k, _ in pairs)
        return result

    return hook


def _collect_duplicate_keys(c: _Checker, node: _Node, path: tuple) -> None:
    for key, _pos in node.duplicate_keys:
        c.bad((*path, key), f'trường "{key}" xuất hiện hai lần trong cùng một đối tượng')
    for key, (_pos, child) in (node.keys or {}).items():
        _collect_duplicate_keys(c, child, (*path, key))
    for i, child in enumerate(node.items or []):
        _collect_duplicate_keys(c, child, (*path, i))


def _path_text(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _validation_error(text: str, data: Any,
                      problems: Sequence[_Problem]) -> ValidationError:
    errors = []
    for problem in problems:
        line = _locate(text, problem.path)
        where = ""
        path = problem.path
        if len(path) >= 2 and path[0] == "procedures" and isinstance(path[1], int):
            raw = data["procedures"][path[1]]
            where = _procedure_label(raw, path[1])
            if len(path) >= 4 and path[2] in ("components", "variants", "fees"):
                kind = {"components": "thành phần", "variants": "phương án thời hạn",
                        "fees": "khoản phí"}[path[2]]
                where += f", {kind} số {path[3] + 1}"
            where += ": "
        errors.append({"line": line, "field": _path_text(path),
                       "reason": f"{where}{problem.reason}"})
    errors.sort(key=lambda e: e["line"])
    first = errors[0]
    message = f"Dòng {first['line']}: {first['reason']}."
    if len(errors) > 1:
        message += f" (Tệp còn {len(errors) - 1} lỗi khác; không có thủ tục nào được nhập.)"
    else:
        message += " (Không có thủ tục nào được nhập.)"
    return ValidationError("catalogue.invalid", message, line=first["line"],
                           field=first["field"], reason=first["reason"], errors=errors)


# ------------------------------------------------------------------------------ storage mapping


def _detail_from_orm(proc: Procedure, sector_name: str) -> ProcedureDetail:
    return ProcedureDetail(
        id=proc.id,
        updated_at=proc.updated_at,
        code=proc.code,
        name=proc.name,
        sector_code=proc.sector_code,
        sector_name=sector_name,
        level=proc.level,
        handling_unit=proc.handling_unit,
        active=bool(proc.active),
        agency_note=proc.agency_note,
        duration_amount=_number(proc.duration_amount),
        duration_unit=proc.duration_unit,
        cutoff=proc.cutoff,
        duration_text=proc.duration_text,
        variants=tuple(
            VariantSpec(v["name"], _number(v["amount"]), v["unit"], v.get("cutoff"))
            for v in json.loads(proc.variants or "[]")
        ),
        financial_pauses=bool(proc.financial_pauses),
        fees=tuple(FeeSpec(f["name"], int(f["amount"]), f.get("note", ""))
                   for f in json.loads(proc.fees or "[]")),
        fee_text=proc.fee_text,
        legal_basis=proc.legal_basis,
        components=tuple(
            ComponentSpec(
                comp.name, comp.originals, comp.certified_copies, comp.photocopies,
                bool(comp.required), comp.condition, comp.form_template,
            )
            for comp in proc.components
        ),
    )


def _write_procedure(proc: Procedure, spec: ProcedureSpec, now: datetime) -> None:
    proc.code = spec.code
    proc.name = spec.name
    proc.name_fold = fold(f"{spec.code} {spec.name}")
    proc.sector_code = spec.sector_code
    proc.level = spec.level
    proc.handling_unit = spec.handling_unit
    proc.agency_note = spec.agency_note
    proc.duration_amount = float(spec.duration_amount)
    proc.duration_unit = spec.duration_unit
    proc.cutoff = spec.cutoff
    proc.duration_text = spec.duration_text
    proc.variants = json.dumps([asdict(v) for v in spec.variants], ensure_ascii=False)
    proc.financial_pauses = spec.financial_pauses
    proc.fees = json.dumps([asdict(f) for f in spec.fees], ensure_ascii=False)
    proc.fee_text = spec.fee_text
    proc.legal_basis = spec.legal_basis
    proc.active = spec.active
    proc.updated_at = now
    proc.components = [
        ProcedureComponent(
            position=i + 1,
            name=comp.name,
            originals=comp.originals,
            certified_copies=comp.certified_copies,
            photocopies=comp.photocopies,
            required=comp.required,
            condition=comp.condition,
            form_template=comp.form_template,
        )
        for i, comp in enumerate(spec.components)
    ]


def _load_all(session: Session) -> dict[str, tuple[Procedure, str]]:
    rows = session.execute(
        select(Procedure, Sector.name)
        .join(Sector, Sector.code == Procedure.sector_code)
        .options(selectinload(Procedure.components))
    ).all()
    return {proc.code: (proc, sector_name) for proc, sector_name in rows}


# ------------------------------------------------------------------------------ use cases


def import_catalogue(db: Database, text: str, *, user: CurrentUser | None = None,
                     now: datetime | None = None) -> ImportResult:
    """Validate the whole file, then upsert every procedure in one transaction.

    ``user`` is the signed-in user (``None`` for the command line and first start);
    only an administrator may change the catalogue. The import is audited.
    """
    if user is not None:
        user.require(Role.ADMIN)
    specs = load_catalogue_json(text)
    with db.session() as session:
        return apply_catalogue(session, specs, now=now or datetime.now(), user=user)


def apply_catalogue(session: Session, catalogue: str | dict | Sequence[ProcedureSpec], *,
                    now: datetime, user: CurrentUser | None = None,
                    action: str = "catalogue.import") -> ImportResult:
    """Upsert a checked catalogue inside the caller's transaction.

    For callers that must commit the catalogue together with something else (the sync
    pull commits it with its cursor). ``catalogue`` is file text, the parsed document
    (``{"format": ..., "procedures": [...]}``), or specs from ``load_catalogue_json``;
    text and documents are fully validated first (``ValidationError`` as for a file).
    Roles are the caller's business here.
    """
    if isinstance(catalogue, dict):
        catalogue = json.dumps(catalogue, ensure_ascii=False, indent=2)
    specs = load_catalogue_json(catalogue) if isinstance(catalogue, str) else list(catalogue)
    now = now.replace(microsecond=0)
    created = updated = unchanged = 0
    existing = _load_all(session)
    sectors = {s.code: s for s in session.scalars(select(Sector))}
    touched_sectors = set()
    for spec in specs:
        sector = sectors.get(spec.sector_code)
        if sector is None:
            sector = Sector(code=spec.sector_code, name=spec.sector_name)
            session.add(sector)
            sectors[spec.sector_code] = sector
        elif sector.name != spec.sector_name:
            sector.name = spec.sector_name
        touched_sectors.add(spec.sector_code)
    session.flush()
    changed_codes = []
    for spec in specs:
        found = existing.get(spec.code)
        if found is None:
            proc = Procedure()
            _write_procedure(proc, spec, now)
            session.add(proc)
            created += 1
        elif _detail_from_orm(*found).spec() == spec:
            unchanged += 1
            continue
        else:
            _write_procedure(found[0], spec, now)
            updated += 1
        changed_codes.append(spec.code)
    session.flush()
    kept = len(set(existing) - {s.code for s in specs})
    result = ImportResult(total=len(specs), created=created, updated=updated,
                          unchanged=unchanged, kept=kept, sectors=len(touched_sectors))
    if changed_codes:
        append_audit(
            session, at=now, action=action, entity="catalogue",
            after={**asdict(result), "codes": changed_codes},
            user_id=getattr(user, "id", None),
            username=getattr(user, "username", ""),
        )
    return result


def export_catalogue(db: Database) -> str:
    """The whole stored catalogue (inactive procedures too) as ``cchc-catalogue/1`` text."""
    with db.session() as session:
        details = [_detail_from_orm(p, s) for p, s in _load_all(session).values()]
    details.sort(key=lambda d: d.code)
    doc = {"format": FORMAT, "procedures": [d.to_json() for d in details]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def demo_catalogue_path() -> Path:
    return resources_dir() / "catalogue" / "demo_catalogue.json"


def install_demo_catalogue(db: Database, *, now: datetime | None = None) -> ImportResult:
    """Load the bundled demo catalogue (25 real commune procedures, catalogue.md)."""
    text = demo_catalogue_path().read_text(encoding="utf-8")
    return import_catalogue(db, text, now=now)


def list_procedures(db: Database, *, active_only: bool = True) -> list[ProcedureRow]:
    """Every procedure as a plain row, ordered by code (only active ones by default)."""
    counts = (
        select(ProcedureComponent.procedure_id, func.count().label("n"))
        .group_by(ProcedureComponent.procedure_id)
        .subquery()
    )
    query = (
        select(Procedure, Sector.name, func.coalesce(counts.c.n, 0))
        .join(Sector, Sector.code == Procedure.sector_code)
        .outerjoin(counts, counts.c.procedure_id == Procedure.id)
        .order_by(Procedure.code)
    )
    if active_only:
        query = query.where(Procedure.active.is_(True))
    with db.session() as session:
        rows = session.execute(query).all()
        return [_row(proc, sector_name, n) for proc, sector_name, n in rows]


def _row(proc: Procedure, sector_name: str, component_count: int) -> ProcedureRow:
    amount = _number(proc.duration_amount)
    label = proc.duration_text or Duration(
        amount, DurationUnit(proc.duration_unit), _parse_cutoff(proc.cutoff)
    ).label_vi()
    return ProcedureRow(
        code=proc.code,
        name=proc.name,
        sector_code=proc.sector_code,
        sector_name=sector_name,
        level=proc.level,
        handling_unit=proc.handling_unit,
        duration_amount=amount,
        duration_unit=proc.duration_unit,
        cutoff=proc.cutoff,
        duration_label=label,
        active=bool(proc.active),
        agency_note=proc.agency_note,
        component_count=int(component_count),
        search_key=proc.name_fold or fold(f"{proc.code} {proc.name}"),
    )


def get_procedure(db: Database, code: str) -> ProcedureDetail:
    """One procedure with its components, variants and fees."""
    with db.session() as session:
        found = session.execute(
            select(Procedure, Sector.name)
            .join(Sector, Sector.code == Procedure.sector_code)
            .where(Procedure.code == code.strip())
            .options(selectinload(Procedure.components))
        ).first()
        if found is None:
            raise DomainError("catalogue.not_found", f"Không tìm thấy thủ tục mã {code}.",
                              procedure_code=code)
        return _detail_from_orm(*found)


def search_procedures(rows: Sequence[ProcedureRow], query: str) -> list[ProcedureRow]:
    """Rows whose code or name contains every word of ``query``, in any order.

    Diacritics are ignored and đ matches d ("dang ky khai sinh" finds "Đăng ký khai
    sinh"). Best first: exact code, then code prefix, then names containing the query
    as one phrase, then shorter names. Pure and allocation-light: safe on every key.
    """
    folded = fold(query)
    words = folded.split()
    if not words:
        return list(rows)
    scored = []
    for index, row in enumerate(rows):
        key = row.search_key or fold(f"{row.code} {row.name}")
        if all(word in key for word in words):
            if row.code == folded:
                rank = 0
            elif row.code.startswith(folded):
                rank = 1
            elif folded in key:
                rank = 2
            else:
                rank = 3
            scored.append((rank, len(row.name), index, row))
    scored.sort(key=lambda item: item[:3])
    return [item[3] for item in scored]
