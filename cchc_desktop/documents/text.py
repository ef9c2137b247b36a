"""Text helpers for the papers: NFC, markup escaping, Vietnamese dates and times."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from xml.sax.saxutils import escape


def nfc(text: object) -> str:
    """Unicode NFC: scanners and IMEs produce NFD; the font has precomposed letters."""
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def markup(text: object) -> str:
    """NFC text made safe for reportlab's paragraph mini-markup."""
    return escape(nfc(text)).replace("\n", "<br/>")


def long_date(day: date | datetime) -> str:
    """"ngày 05 tháng 02 năm 2025" (the italic place-and-date line).

    NĐ 30/2020 Phụ lục I: a day below 10 and a month below 3 take a leading zero
    (so "ngày 15 tháng 9 năm 2025", "ngày 05 tháng 02 năm 2025").
    """
    day_text = f"{day.day:02d}" if day.day < 10 else str(day.day)
    month_text = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day_text} tháng {month_text} năm {day.year}"


def place_date(place: str, day: date | datetime) -> str:
    """"Tam Đường, ngày 05 tháng 02 năm 2025"."""
    place = nfc(place).strip()
    return f"{place}, {long_date(day)}" if place else long_date(day).capitalize()


def short_date(day: date | datetime | None) -> str:
    """"05/02/2025", or an empty string."""
    return "" if day is None else day.strftime("%d/%m/%Y")


def time_and_date(moment: datetime | None) -> str:
    """"15 giờ 30 phút, ngày 05/02/2025" (reception and return times on the receipt)."""
    if moment is None:
        return ""
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, ngày {short_date(moment)}"


def compact_time(moment: datetime | None) -> str:
    """"15:30 05/02/2025" for narrow table cells."""
    return "" if moment is None else moment.strftime("%H:%M %d/%m/%Y")


def count_text(value: int) -> str:
    """Counts on forms are written with two digits: "01", "12"."""
    return f"{value:02d}"


def upper_vi(text: str) -> str:
    """Upper case that keeps Vietnamese letters precomposed."""
    return nfc(nfc(text).upper())
