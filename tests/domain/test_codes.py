"""Dossier codes: TT 01/2018 layout, templates, uniqueness across offline workstations."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_desktop.domain.codes import CodeScheme
from cchc_desktop.domain.errors import ValidationError

AGENCY = "000.00.12.H42"
DAY = date(2024, 1, 15)


def test_default_layout_of_tt_01_2018():
    assert CodeScheme(workstations=1).format(AGENCY, DAY, 1) == "000.00.12.H42-240115-0001"
    scheme = CodeScheme(workstation=2, workstations=9)
    assert scheme.format(AGENCY, DAY, 1) == "000.00.12.H42-240115-0002"
    assert scheme.format(AGENCY, DAY, 2) == "000.00.12.H42-240115-0011"


def test_sequence_may_exceed_four_digits():
    scheme = CodeScheme(workstation=9, workstations=9)
    assert scheme.sequence_for(2000) == 18000
    assert scheme.format(AGENCY, DAY, 2000).endswith("-18000")


def test_workstation_field_template():
    scheme = CodeScheme("{agency}-{yyyymmdd}-M{ws}-{seq:05d}", workstation=3, workstations=5)
    assert scheme.format("H15.50.05.13", date(2026, 2, 23), 7) == "H15.50.05.13-20260223-M3-00007"
    assert scheme.sequence_for(7) == 7 and scheme.local_n_for(7) == 7


def test_local_n_round_trip():
    scheme = CodeScheme(workstation=4, workstations=6)
    for n in range(1, 50):
        assert scheme.local_n_for(scheme.sequence_for(n)) == n
    assert scheme.local_n_for(5) is None and scheme.local_n_for(0) is None


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"template": "{agency}-{yymmdd}-{stt}"}, "code.template_placeholder"),
        ({"template": "{agency}-{yymmdd}"}, "code.template_no_seq"),
        ({"template": "{yymmdd}-{seq}"}, "code.template_no_agency"),
        ({"template": "{agency}-{seq}"}, "code.template_no_date"),
        ({"template": "{agency}-{mm}{dd}-{seq}"}, "code.template_no_date"),
        ({"template": "{agency}-{yymmdd}-{seq:04q}"}, "code.template_format"),
        ({"template": "{agency}-{yymmdd}-{seq"}, "code.template_syntax"),
        ({"workstation": 0}, "code.workstation"),
        ({"workstation": 10, "workstations": 9}, "code.workstation"),
        ({"workstations": 0}, "code.workstations"),
    ],
)
def test_invalid_schemes(kwargs, code):
    with pytest.raises(ValidationError) as info:
        CodeScheme(**kwargs)
    assert info.value.code == code
    assert info.value.message


def test_placeholder_message_is_vietnamese():
    with pytest.raises(ValidationError, match=r"trường không hợp lệ “\{stt\}”"):
        CodeScheme("{agency}-{yymmdd}-{stt}")


def test_bad_arguments():
    scheme = CodeScheme()
    for bad in (0, -1, True):
        with pytest.raises(ValidationError):
            scheme.sequence_for(bad)
    with pytest.raises(ValidationError):
        scheme.format("  ", DAY, 1)
    with pytest.raises(ValidationError):
        scheme.format("X" * 36, DAY, 1)


@given(
    workstations=st.integers(1, 40),
    data=st.data(),
    template=st.sampled_from(
        [
            "{agency}-{yymmdd}-{seq:04d}",
            "{agency}-{yyyymmdd}-{ws}-{seq}",
            "{agency}{yy}{mm}{dd}{seq}",
        ]
    ),
)
def test_two_workstations_never_issue_the_same_code(workstations, data, template):
    ws1 = data.draw(st.integers(1, workstations))
    ws2 = data.draw(st.integers(1, workstations))
    n1 = data.draw(st.integers(1, 50_000))
    n2 = data.draw(st.integers(1, 50_000))
    if (ws1, n1) == (ws2, n2):
        return
    a = CodeScheme(template, ws1, workstations).format(AGENCY, DAY, n1)
    b = CodeScheme(template, ws2, workstations).format(AGENCY, DAY, n2)
    if template == "{agency}{yy}{mm}{dd}{seq}":
        # unpadded concatenation can collide textually; the sequences themselves never do
        assert CodeScheme(template, ws1, workstations).sequence_for(n1) != CodeScheme(
            template, ws2, workstations
        ).sequence_for(n2)
    else:
        assert a != b


def test_a_full_offline_day_has_no_duplicates():
    codes = set()
    for ws in range(1, 10):
        scheme = CodeScheme(workstation=ws, workstations=9)
        for n in range(1, 1500):
            codes.add(scheme.format(AGENCY, DAY, n))
    assert len(codes) == 9 * 1499
