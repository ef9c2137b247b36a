"""Working calendar: Vietnamese holidays, swaps, overrides and versioned settings."""

from __future__ import annotations

import threading
from datetime import date, datetime, time

import pytest

from cchc_desktop.domain.calendar import (
    CalendarOverride,
    CalendarSettings,
    OverrideKind,
    WorkingCalendar,
    WorkingPeriod,
)
from cchc_desktop.domain.errors import ValidationError

CAL = WorkingCalendar.default()


@pytest.mark.parametrize(
    ("day", "working", "reason"),
    [
        # Tết 2024: Thu 8/2 – Wed 14/2
        (date(2024, 2, 7), True, None),
        (date(2024, 2, 8), False, "29 Tết"),
        (date(2024, 2, 14), False, "Mùng năm Tết Nguyên Đán"),
        (date(2024, 2, 15), True, None),
        # Tết 2025: Mon 27/1 – Sat 1/2
        (date(2025, 1, 27), False, "29 Tết"),
        (date(2025, 2, 1), False, "Mùng bốn Tết Nguyên Đán"),
        (date(2025, 2, 3), True, None),
        # Tết 2026: Mon 16/2 – Fri 20/2
        (date(2026, 2, 16), False, "Giao thừa Tết Nguyên Đán"),
        (date(2026, 2, 20), False, "Mùng bốn Tết Nguyên Đán"),
        (date(2026, 2, 23), True, None),
        # 30/4–2/5 with the 2025 swap: Sat 26/4 worked, Fri 2/5 off
        (date(2025, 4, 26), True, None),
        (date(2025, 5, 2), False, "Ngày nghỉ (thay cho ngày 26/04/2025)"),
        # 2024: Sat 4/5 worked, Mon 29/4 off
        (date(2024, 5, 4), True, None),
        (date(2024, 4, 29), False, "Ngày nghỉ (thay cho ngày 04/05/2024)"),
        # Hùng Kings 2026 on a Sunday, observed Monday 27/4
        (date(2026, 4, 26), False, "Ngày Giỗ Tổ Hùng Vương"),
        (date(2026, 4, 27), False, "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)"),
        # 2026: Sat 22/8 worked, Mon 31/8 off; 24/11 Ngày Văn hóa Việt Nam
        (date(2026, 8, 22), True, None),
        (date(2026, 8, 31), False, "Ngày nghỉ (thay cho ngày 22/08/2026)"),
        (date(2026, 11, 24), False, "Ngày Văn hóa Việt Nam"),
        (date(2025, 11, 24), True, None),
        # ordinary weekends
        (date(2025, 3, 8), False, "Thứ Bảy"),
        (date(2025, 3, 9), False, "Chủ nhật"),
        (date(2025, 3, 10), True, None),
        # year ends
        (date(2025, 12, 31), True, None),
        (date(2026, 1, 1), False, "Tết Dương lịch"),
    ],
)
def test_working_days_and_reasons(day, working, reason):
    assert CAL.is_working_day(day) is working
    assert CAL.day_off_reason(day) == reason


def test_next_working_day_is_strictly_after_and_skips_holidays():
    assert CAL.next_working_day(date(2025, 1, 24)) == date(2025, 2, 3)
    assert CAL.next_working_day(date(2025, 4, 25)) == date(2025, 4, 26)  # make-up Saturday
    assert CAL.next_working_day(date(2026, 4, 24)) == date(2026, 4, 28)
    assert CAL.next_working_day(date(2025, 12, 31)) == date(2026, 1, 2)
    assert CAL.next_working_day(date(2025, 3, 10)) == date(2025, 3, 11)


def test_working_intervals_default_periods_and_day_off():
    assert CAL.working_intervals(date(2025, 3, 10)) == [
        (datetime(2025, 3, 10, 7, 0), datetime(2025, 3, 10, 11, 30)),
        (datetime(2025, 3, 10, 13, 30), datetime(2025, 3, 10, 17, 0)),
    ]
    assert CAL.working_intervals(date(2025, 1, 28)) == []


def test_days_off_between_lists_each_day_with_reason():
    days = CAL.days_off_between(date(2024, 4, 27), date(2024, 5, 5))
    assert [d for d, _ in days] == [
        date(2024, 4, 27), date(2024, 4, 28), date(2024, 4, 29),
        date(2024, 4, 30), date(2024, 5, 1), date(2024, 5, 5),
    ]
    assert days[3] == (date(2024, 4, 30), "Ngày Chiến thắng")


def test_overrides_take_precedence():
    cal = WorkingCalendar(
        overrides=[
            CalendarOverride(date(2027, 2, 11), OverrideKind.DAY_OFF, "Nghỉ Tết theo tỉnh"),
            CalendarOverride(date(2027, 2, 20), OverrideKind.WORKING_DAY, "Làm bù"),
            CalendarOverride(date(2025, 1, 27), OverrideKind.WORKING_DAY, "Trực Tết"),
        ]
    )
    assert not cal.is_working_day(date(2027, 2, 11))
    assert cal.day_off_reason(date(2027, 2, 11)) == "Nghỉ Tết theo tỉnh"
    assert cal.is_working_day(date(2027, 2, 20))  # a Saturday
    assert cal.is_makeup_working_day(date(2027, 2, 20))
    assert cal.is_working_day(date(2025, 1, 27))  # overrides even a holiday
    assert cal.next_working_day(date(2027, 2, 10)) == date(2027, 2, 12)
    # the shared default calendar is untouched
    assert CAL.is_working_day(date(2027, 2, 11))


def test_settings_are_versioned_by_effective_date():
    summer = CalendarSettings(
        effective_from=date(2025, 5, 1),
        periods=(WorkingPeriod(time(7), time(11, 30)), WorkingPeriod(time(13), time(16, 30))),
    )
    cal = WorkingCalendar([summer, CalendarSettings()])
    assert cal.settings_at(date(2025, 4, 30)).periods[1].start == time(13, 30)
    assert cal.settings_at(date(2025, 5, 1)) is summer
    assert cal.settings_at(date(1999, 1, 1)).effective_from == date(2000, 1, 1)
    assert cal.working_intervals(date(2025, 5, 5))[1] == (
        datetime(2025, 5, 5, 13), datetime(2025, 5, 5, 16, 30)
    )
    assert cal.working_intervals(date(2025, 5, 5), as_of=date(2025, 4, 29))[1] == (
        datetime(2025, 5, 5, 13, 30), datetime(2025, 5, 5, 17)
    )


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"periods": ()}, "calendar.no_periods"),
        (
            {"periods": (WorkingPeriod(time(7), time(12)), WorkingPeriod(time(11), time(17)))},
            "calendar.periods_overlap",
        ),
        ({"weekend": frozenset(range(7))}, "calendar.weekend_invalid"),
        ({"weekend": frozenset({7})}, "calendar.weekend_invalid"),
    ],
)
def test_invalid_settings_are_rejected(kwargs, code):
    with pytest.raises(ValidationError) as info:
        CalendarSettings(**kwargs)
    assert info.value.code == code
    assert info.value.message


def test_invalid_period_and_duplicate_versions():
    with pytest.raises(ValidationError, match="Khoảng giờ"):
        WorkingPeriod(time(12), time(11))
    with pytest.raises(ValidationError) as info:
        WorkingCalendar([CalendarSettings(), CalendarSettings()])
    assert info.value.code == "calendar.duplicate_settings"


def test_default_is_shared_and_tables_are_thread_safe():
    assert WorkingCalendar.default() is WorkingCalendar.default()
    cal = WorkingCalendar()
    results: list[date] = []

    def worker():
        results.append(cal.next_working_day(date(2030, 12, 31)))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(results) == {date(2031, 1, 2)}
