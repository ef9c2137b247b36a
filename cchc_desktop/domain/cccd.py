"""Citizen identity cards (CCCD / căn cước), phone numbers and e-mail addresses.

QR payload on the chip CCCD and the 2024 căn cước card (domain.md §7): fields
separated by ``|`` — 12-digit number | old 9-digit CMND (may be empty) | full name |
date of birth ``ddmmyyyy`` | ``Nam``/``Nữ`` | address | issue date ``ddmmyyyy``;
newer cards append further (often empty) fields, so 7 or more are accepted.

The 12-digit personal identification number (domain.md §7; structure set by
NĐ 137/2015/NĐ-CP Art. 7): digits 1–3 the province of birth registration (001–096),
digit 4 sex and century (0/1 male/female born 1900–1999, 2/3 in 2000–2099, 4/5 in the
2100s …), digits 5–6 the last two digits of the birth year, then 6 random digits.
A mismatch between the number and the date of birth or sex is a warning the officer
sees, never a silent rewrite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cchc_desktop.domain.errors import ValidationError
from cchc_desktop.domain.text import normalize_text

__all__ = [
    "CccdRecord",
    "looks_like_cccd_payload",
    "parse_cccd",
    "validate_email",
    "validate_personal_id",
    "validate_phone",
]

SEX_MALE = "Nam"
SEX_FEMALE = "Nữ"
MIN_FIELDS = 7
# domain.md §7 (NĐ 137/2015 Art. 7): province codes of birth registration run from 001 to 096.
PROVINCE_MIN, PROVINCE_MAX = 1, 96

_PAYLOAD_START = re.compile(r"^\s*\d{12}\s*\|")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class CccdRecord:
    number: str
    old_id: str
    full_name: str
    date_of_birth: date
    sex: str  # "Nam" | "Nữ"
    address: str
    issue_date: date | None
    warnings: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "number": self.number,
            "old_id": self.old_id,
            "full_name": self.full_name,
            "date_of_birth": self.date_of_birth.isoformat(),
            "sex": self.sex,
            "address": self.address,
            "issue_date": self.issue_date.isoformat() if self.issue_date else None,
            "warnings": list(self.warnings),
        }


def _invalid(code: str, message: str, field: str) -> ValidationError:
    return ValidationError(code, message, field=field)


def looks_like_cccd_payload(s: str) -> bool:
    """Quick test for keyboard-wedge scanners: 12 digits, then at least 6 more ``|``."""
    if not s or s.count("|") < MIN_FIELDS - 1:
        return False
    return _PAYLOAD_START.match(s) is not None


def _parse_ddmmyyyy(raw: str) -> date | None:
    digits = raw.replace(" ", "")
    if len(digits) != 8 or not digits.isdigit() or not digits.isascii():
        return None
    try:
        return date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return None


def _parse_sex(raw: str) -> str | None:
    value = normalize_text(raw).casefold()
    if value in ("nam", "male", "m"):
        return SEX_MALE
    if value in ("nữ", "nu", "female", "f"):
        return SEX_FEMALE
    return None


def validate_personal_id(
    number: str, *, date_of_birth: date | None = None, sex: str | None = None
) -> list[str]:
    """Check a 12-digit personal ID; raise on a bad format, return mismatch warnings."""
    number = "".join(normalize_text(number or "").split())
    if len(number) != 12 or not number.isdigit() or not number.isascii():
        raise _invalid(
            "cccd.number_format",
            "Số định danh cá nhân phải gồm đúng 12 chữ số.",
            "number",
        )
    province = int(number[:3])
    if not PROVINCE_MIN <= province <= PROVINCE_MAX:
        raise _invalid(
            "cccd.province",
            f"Mã tỉnh nơi đăng ký khai sinh “{number[:3]}” không hợp lệ (phải từ 001 đến 096).",
            "number",
        )
    code = int(number[3])
    # domain.md §7 (NĐ 137/2015 Art. 7): even = male, odd = female;
    # each pair of codes steps the century from 1900.
    birth_year = 1900 + (code // 2) * 100 + int(number[4:6])
    number_sex = SEX_MALE if code % 2 == 0 else SEX_FEMALE
    warnings: list[str] = []
    if date_of_birth is not None and date_of_birth.year != birth_year:
        warnings.append(
            f"Năm sinh theo số định danh ({birth_year}) khác năm sinh "
            f"({date_of_birth.year})."
        )
    if sex is not None and _parse_sex(sex) not in (None, number_sex):
        warnings.append(
            f"Giới tính theo số định danh ({number_sex}) khác giới tính ghi nhận ({sex})."
        )
    return warnings


def parse_cccd(payload: str) -> CccdRecord:
    """Parse the QR payload of a CCCD / căn cước card (ValidationError when invalid)."""
    if not isinstance(payload, str):
        raise _invalid("cccd.empty", "Không có dữ liệu mã QR căn cước.", "payload")
    text = normalize_text(payload.replace("\r", " ").replace("\n", " "))
    if not text:
        raise _invalid("cccd.empty", "Không có dữ liệu mã QR căn cước.", "payload")
    fields = [normalize_text(f) for f in text.split("|")]
    if len(fields) < MIN_FIELDS:
        raise _invalid(
            "cccd.fields",
            f"Dữ liệu mã QR căn cước phải có ít nhất {MIN_FIELDS} trường ngăn cách bởi “|” "
            f"(nhận được {len(fields)}).",
            "payload",
        )
    raw_number, old_id, full_name, raw_dob, raw_sex, address, raw_issue = fields[:7]
    warnings: list[str] = []

    dob = _parse_ddmmyyyy(raw_dob)
    if dob is None:
        raise _invalid(
            "cccd.date_of_birth",
            f"Ngày sinh “{raw_dob}” không hợp lệ (định dạng ngàythángnăm, ví dụ 01011990).",
            "date_of_birth",
        )
    sex = _parse_sex(raw_sex)
    if sex is None:
        raise _invalid(
            "cccd.sex", f"Giới tính “{raw_sex}” không hợp lệ (Nam hoặc Nữ).", "sex"
        )
    if not full_name:
        raise _invalid("cccd.full_name", "Thiếu họ và tên trên mã QR căn cước.", "full_name")
    number = "".join(raw_number.split())
    warnings.extend(validate_personal_id(number, date_of_birth=dob, sex=sex))

    old_id = "".join(old_id.split())
    if old_id and not (old_id.isascii() and old_id.isdigit() and len(old_id) in (9, 12)):
        warnings.append(f"Số CMND cũ “{old_id}” không đúng định dạng 9 chữ số.")
    if not address:
        warnings.append("Mã QR không có địa chỉ nơi thường trú.")
    issue: date | None = None
    if raw_issue:
        issue = _parse_ddmmyyyy(raw_issue)
        if issue is None:
            warnings.append(f"Ngày cấp “{raw_issue}” không hợp lệ; đã bỏ qua.")
        elif issue < dob:
            warnings.append("Ngày cấp trước ngày sinh: cần kiểm tra lại thẻ.")
    return CccdRecord(
        number=number,
        old_id=old_id,
        full_name=full_name,
        date_of_birth=dob,
        sex=sex,
        address=address,
        issue_date=issue,
        warnings=tuple(warnings),
    )


# [practice] Vietnamese mobile prefixes in use since the 2018 switch from 11 to 10 digits.
_MOBILE_PREFIXES = frozenset(
    [f"03{d}" for d in "23456789"]
    + ["052", "055", "056", "058", "059"]
    + ["070", "076", "077", "078", "079"]
    + [f"08{d}" for d in "123456789"]
    + [f"09{d}" for d in "0123456789"]
)
_PHONE_NOISE = re.compile(r"[\s.\-()]")


def validate_phone(s: str) -> str:
    """A Vietnamese mobile number normalised to 10 digits ("+84 912 345 678" → "0912345678")."""
    raw = _PHONE_NOISE.sub("", normalize_text(s or ""))
    if raw.startswith("+84"):
        raw = "0" + raw[3:]
    elif raw.startswith("0084"):
        raw = "0" + raw[4:]
    elif raw.startswith("84") and len(raw) == 11:
        raw = "0" + raw[2:]
    if len(raw) != 10 or not raw.isascii() or not raw.isdigit():
        raise _invalid(
            "phone.format",
            "Số điện thoại di động phải gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84).",
            "phone",
        )
    if raw[:3] not in _MOBILE_PREFIXES:
        raise _invalid(
            "phone.prefix",
            f"Đầu số “{raw[:3]}” không phải đầu số di động Việt Nam.",
            "phone",
        )
    return raw


_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


def validate_email(s: str) -> str:
    """A plausible e-mail address, trimmed, with its domain in lower case."""
    value = normalize_text(s or "").replace(" ", "")
    if len(value) > 254 or not _EMAIL.match(value) or ".." in value:
        raise _invalid("email.format", "Địa chỉ thư điện tử không hợp lệ.", "email")
    local, _, domain = value.rpartition("@")
    if local.startswith(".") or local.endswith("."):
        raise _invalid("email.format", "Địa chỉ thư điện tử không hợp lệ.", "email")
    return f"{local}@{domain.lower()}"
