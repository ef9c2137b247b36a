"""Vietnamese dates and times, NFC, and the choice of the form set by reception date."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest

from cchc_desktop.documents.layouts import LAYOUTS, TT01_2018, TT03_2025, layout_for
from cchc_desktop.documents.model import DocumentKind
from cchc_desktop.documents.samples import sample_office
from cchc_desktop.documents.text import long_date, markup, nfc, place_date, time_and_date


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # NĐ 30/2020: a leading zero for days below 10 and months below 3 only.
        (date(2025, 2, 5), "ngày 05 tháng 02 năm 2025"),
        (date(2025, 9, 15), "ngày 15 tháng 9 năm 2025"),
        (date(2025, 12, 1), "ngày 01 tháng 12 năm 2025"),
        (date(2026, 1, 31), "ngày 31 tháng 01 năm 2026"),
    ],
)
def test_long_date_follows_the_official_style(day, expected):
    assert long_date(day) == expected


def test_place_date_and_time_lines():
    assert place_date("Bản Giang", date(2025, 2, 5)) == "Bản Giang, ngày 05 tháng 02 năm 2025"
    assert time_and_date(datetime(2025, 2, 5, 15, 30)) == "15 giờ 30 phút, ngày 05/02/2025"
    assert time_and_date(datetime(2025, 12, 31, 7, 5)) == "07 giờ 05 phút, ngày 31/12/2025"


def test_markup_is_nfc_and_escaped():
    decomposed = unicodedata.normalize("NFD", "Nguyễn <Thị> & Phượng")
    assert decomposed != nfc(decomposed)
    assert markup(decomposed) == "Nguyễn &lt;Thị&gt; &amp; Phượng"


def test_form_set_follows_the_reception_date():
    office = sample_office()
    assert layout_for(datetime(2025, 9, 14, 16, 0), office).key == TT01_2018
    assert layout_for(datetime(2025, 9, 15, 7, 0), office).key == TT03_2025
    assert layout_for(date(2010, 1, 1), office).key == TT01_2018


def test_switch_date_is_configuration():
    office = sample_office(layout_effective_dates={TT03_2025: date(2025, 7, 1)})
    assert layout_for(date(2025, 7, 1), office).key == TT03_2025
    assert layout_for(date(2025, 6, 30), office).key == TT01_2018
    forced = sample_office(layout_version=TT01_2018)
    assert layout_for(date(2026, 1, 1), forced).key == TT01_2018
    with pytest.raises(ValueError):
        layout_for(date(2026, 1, 1), sample_office(layout_version="tt99"))
    with pytest.raises(ValueError):
        layout_for(date(2026, 1, 1), sample_office(layout_effective_dates={"tt99": date.today()}))


def test_every_form_set_covers_every_paper():
    for layout in LAYOUTS.values():
        assert set(layout.forms) == set(DocumentKind)
    # TT 03/2025 renumbers: stop notice 05, control sheet 06, ledger 07.
    assert LAYOUTS[TT03_2025].form(DocumentKind.CONTROL).form_number == "06"
    assert LAYOUTS[TT01_2018].form(DocumentKind.CONTROL).form_number == "05"
    assert LAYOUTS[TT01_2018].form(DocumentKind.STOP).form_number is None
