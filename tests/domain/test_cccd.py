"""Identity card QR payloads, personal ID checks, phone numbers, e-mail, NFC text."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_desktop.domain.cccd import (
    looks_like_cccd_payload,
    parse_cccd,
    validate_email,
    validate_personal_id,
    validate_phone,
)
from cchc_desktop.domain.errors import ValidationError
from cchc_desktop.domain.text import fold, normalize_text

GOOD = (
    "001099012345|123456789|Nguyễn Văn An|01011999|Nam|"
    "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|15082021"
)


def test_parse_a_chip_cccd():
    r = parse_cccd(GOOD)
    assert r.number == "001099012345"
    assert r.old_id == "123456789"
    assert r.full_name == "Nguyễn Văn An"
    assert r.date_of_birth == date(1999, 1, 1)
    assert r.sex == "Nam"
    assert r.address.startswith("Số 1 Tràng Tiền")
    assert r.issue_date == date(2021, 8, 15)
    assert r.warnings == ()
    assert r.as_dict()["date_of_birth"] == "1999-01-01"


def test_newer_cards_with_more_fields_and_empty_old_id():
    r = parse_cccd("079305001234||Trần Thị Bình|20052005|Nữ|TP Hồ Chí Minh|01072024||||")
    assert r.old_id == "" and r.sex == "Nữ" and r.date_of_birth == date(2005, 5, 20)
    assert r.warnings == ()


def test_scanner_noise_and_nfd_are_cleaned():
    noisy = "  \r\n" + unicodedata.normalize("NFD", GOOD).replace("|Nam|", "| Nam |") + "\r\n"
    r = parse_cccd(noisy)
    assert r == parse_cccd(GOOD)
    assert unicodedata.is_normalized("NFC", r.full_name)


def test_mismatches_are_warnings_not_rewrites():
    r = parse_cccd("001099012345||Lê Thị C|01011998|Nữ|Hà Nội|15082021")
    assert r.date_of_birth == date(1998, 1, 1) and r.sex == "Nữ"
    assert len(r.warnings) == 2
    assert "1999" in r.warnings[0] and "Nam" in r.warnings[1]


def test_odd_old_id_empty_address_bad_issue_date_warn():
    r = parse_cccd("001099012345|12AB|Nguyễn Văn An|01011999|Nam||32132021")
    assert r.issue_date is None
    assert len(r.warnings) == 3


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ("", "cccd.empty"),
        ("   \r\n", "cccd.empty"),
        ("001099012345|123|Nguyễn Văn An|01011999|Nam|Hà Nội", "cccd.fields"),
        ("00109901234|123456789|A|01011999|Nam|Hà Nội|15082021", "cccd.number_format"),
        ("0010990123456|123456789|A|01011999|Nam|Hà Nội|15082021", "cccd.number_format"),
        ("000099012345||A|01011999|Nam|Hà Nội|15082021", "cccd.province"),
        ("097099012345||A|01011999|Nam|Hà Nội|15082021", "cccd.province"),
        ("001099012345||A|31021999|Nam|Hà Nội|15082021", "cccd.date_of_birth"),
        ("001099012345||A|1999-01-01|Nam|Hà Nội|15082021", "cccd.date_of_birth"),
        ("001099012345||A|01011999|Khác|Hà Nội|15082021", "cccd.sex"),
        ("001099012345|||01011999|Nam|Hà Nội|15082021", "cccd.full_name"),
        ("٠٠١٠٩٩٠١٢٣٤٥||A|01011999|Nam|Hà Nội|15082021", "cccd.number_format"),
    ],
)
def test_invalid_payloads(payload, code):
    with pytest.raises(ValidationError) as info:
        parse_cccd(payload)
    assert info.value.code == code
    assert info.value.message


@pytest.mark.parametrize(
    ("number", "dob", "sex", "warnings"),
    [
        ("001099012345", date(1999, 1, 1), "Nam", 0),
        ("001199012345", date(1999, 1, 1), "Nữ", 0),
        ("001205012345", date(2005, 1, 1), "Nam", 0),
        ("001305012345", date(2005, 1, 1), "Nữ", 0),
        ("096405012345", date(2105, 1, 1), "Nam", 0),
        ("001205012345", date(1905, 1, 1), "Nam", 1),
        ("001205012345", date(2005, 1, 1), "Nữ", 1),
        ("001 205 012 345", None, None, 0),
    ],
)
def test_validate_personal_id(number, dob, sex, warnings):
    assert len(validate_personal_id(number, date_of_birth=dob, sex=sex)) == warnings


def test_looks_like_payload():
    assert looks_like_cccd_payload(GOOD)
    assert looks_like_cccd_payload(" " + GOOD + "\r\n")
    assert not looks_like_cccd_payload("Nguyễn Văn An")
    assert not looks_like_cccd_payload("001099012345")
    assert not looks_like_cccd_payload("001099012345|a|b")


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("0912345678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("0084-912.345.678", "0912345678"),
        ("(037) 123 4567", "0371234567"),
        ("0862345678", "0862345678"),
    ],
)
def test_valid_phones(raw, normalised):
    assert validate_phone(raw) == normalised


@pytest.mark.parametrize(
    "raw", ["", "091234567", "09123456789", "0212345678", "0241234567", "abc", "+1 212 555 0101"]
)
def test_invalid_phones(raw):
    with pytest.raises(ValidationError) as info:
        validate_phone(raw)
    assert info.value.details["field"] == "phone"


def test_email():
    assert validate_email(" an.nguyen@Example.VN ") == "an.nguyen@example.vn"
    assert validate_email("a+b@sub.gov.vn") == "a+b@sub.gov.vn"
    for bad in ("", "an", "an@", "@x.vn", "an@x", "an..b@x.vn", "an@x..vn", ".an@x.vn",
                "Nguyễn@x.vn"):
        with pytest.raises(ValidationError):
            validate_email(bad)


def test_text_helpers():
    assert normalize_text(unicodedata.normalize("NFD", "  Nguyễn\t\tVăn\u200b An\x07 ")) == (
        "Nguyễn Văn An"
    )
    assert fold("Đức") == "duc"
    assert fold("  NGUYỄN  Thị Ánh ") == "nguyen thi anh"
    assert normalize_text("") == ""


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789|NamNữ ấĐ\r\n\t\x00-/") | st.characters()))
def test_fuzz_parser_never_crashes(payload):
    try:
        record = parse_cccd(payload)
    except ValidationError as exc:
        assert exc.message and exc.code.startswith("cccd.")
    else:
        assert len(record.number) == 12 and record.sex in ("Nam", "Nữ")
    looks_like_cccd_payload(payload)


@settings(max_examples=300, deadline=None)
@given(
    number=st.from_regex(r"\A0[0-9]{11}\Z"),
    old=st.text(max_size=12),
    name=st.text(max_size=40),
    dob=st.from_regex(r"\A[0-9]{8}\Z"),
    sex=st.sampled_from(["Nam", "Nữ", "nam", "x", ""]),
    address=st.text(max_size=60),
    issue=st.from_regex(r"\A[0-9]{0,8}\Z"),
    extra=st.lists(st.text(max_size=5), max_size=4),
)
def test_fuzz_structured_payloads(number, old, name, dob, sex, address, issue, extra):
    fields = [number, old, name, dob, sex, address, issue, *extra]
    payload = "|".join(f.replace("|", "") for f in fields)
    try:
        record = parse_cccd(payload)
    except ValidationError as exc:
        assert exc.message
    else:
        assert record.full_name == normalize_text(record.full_name)
        assert isinstance(record.warnings, tuple)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_fuzz_phone_and_email(s):
    for fn in (validate_phone, validate_email):
        try:
            fn(s)
        except ValidationError as exc:
            assert exc.message
