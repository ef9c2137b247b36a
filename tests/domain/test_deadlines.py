"""Due times in the working-hours model, with real Vietnamese dates (domain.md §4)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from cchc_desktop.domain.calendar import (
    CalendarOverride,
    CalendarSettings,
    DeadlineModel,
    OverrideKind,
    WorkingCalendar,
    WorkingPeriod,
)
from cchc_desktop.domain.deadlines import (
    Duration,
    DurationUnit,
    Outcome,
    add_working_time,
    classify_outcome,
    compute_due,
    explain_due,
    format_remaining,
    remaining_working_time,
    working_time_between,
)
from cchc_desktop.domain.errors import ValidationError

CAL = WorkingCalendar.default()
D = datetime
WD, WH, CD = Duration.working_days, Duration.working_hours, Duration.calendar_days


@pytest.mark.parametrize(
    ("received", "duration", "due"),
    [
        # Tết 2025 (27/1–1/2): Friday 15:30 + 3 working days (the example)
        (D(2025, 1, 24, 15, 30), WD(3), D(2025, 2, 5, 15, 30)),
        # Tết 2024 (8/2–14/2)
        (D(2024, 2, 7, 10, 0), WD(2), D(2024, 2, 16, 10, 0)),
        # Tết 2026 (16/2–20/2)
        (D(2026, 2, 13, 8, 0), WD(1), D(2026, 2, 23, 8, 0)),
        # 30/4–2/5 2025 with the swap: Saturday 26/4 is worked; landing on 11:30 exactly
        (D(2025, 4, 25, 13, 30), WD(2), D(2025, 4, 28, 11, 30)),
        (D(2025, 4, 25, 9, 0), WD(1), D(2025, 4, 26, 9, 0)),
        (D(2025, 4, 29, 9, 0), WD(1), D(2025, 5, 5, 9, 0)),
        # 2024 make-up Saturday 4/5 (and Monday 29/4 off)
        (D(2024, 5, 3, 9, 0), WD(1), D(2024, 5, 4, 9, 0)),
        (D(2024, 4, 26, 9, 0), WD(1), D(2024, 5, 2, 9, 0)),
        # Hùng Kings observed Monday 27/4/2026; received at the close, due exactly 17:00
        (D(2026, 4, 24, 17, 0), WD(1), D(2026, 4, 28, 17, 0)),
        # 2026 make-up Saturday 22/8; Monday 31/8 off, 1–2/9 National Day
        (D(2026, 8, 21, 9, 0), WD(1), D(2026, 8, 22, 9, 0)),
        (D(2026, 8, 28, 9, 0), WD(1), D(2026, 9, 3, 9, 0)),
        # 24/11/2026 Ngày Văn hóa Việt Nam (and not in 2025)
        (D(2026, 11, 23, 9, 0), WD(1), D(2026, 11, 25, 9, 0)),
        (D(2025, 11, 21, 9, 0), WD(2), D(2025, 11, 25, 9, 0)),
        # lunch break
        (D(2025, 3, 10, 11, 0), WH(1), D(2025, 3, 10, 14, 0)),
        (D(2025, 3, 10, 12, 15), WH(1), D(2025, 3, 10, 14, 30)),
        (D(2025, 3, 10, 7, 0), WH(4.5), D(2025, 3, 10, 11, 30)),
        (D(2025, 3, 10, 7, 0), WH(4.75), D(2025, 3, 10, 13, 45)),
        # evening and early morning
        (D(2025, 3, 11, 20, 0), WH(2), D(2025, 3, 12, 9, 0)),
        (D(2025, 3, 11, 5, 0), WH(2), D(2025, 3, 11, 9, 0)),
        # lands exactly on 17:00: not the next morning
        (D(2025, 3, 10, 9, 0), WH(6), D(2025, 3, 10, 17, 0)),
        (D(2025, 3, 10, 7, 0), WD(1), D(2025, 3, 10, 17, 0)),
        (D(2025, 3, 10, 7, 0), WD(0.5), D(2025, 3, 10, 11, 0)),
        # weekend reception starts on Monday morning
        (D(2025, 3, 8, 10, 0), WD(1), D(2025, 3, 10, 17, 0)),
        # year ends
        (D(2025, 12, 31, 14, 0), WD(1), D(2026, 1, 2, 14, 0)),
        (D(2024, 12, 31, 16, 0), WD(2), D(2025, 1, 3, 16, 0)),
        (D(2026, 12, 30, 9, 0), WD(15), D(2027, 1, 21, 9, 0)),
        # long periods across Tết
        (D(2025, 1, 2, 8, 0), WD(30), D(2025, 2, 20, 8, 0)),
        # zero duration: the reception instant
        (D(2025, 3, 10, 9, 0), WH(0), D(2025, 3, 10, 9, 0)),
        # seconds are kept
        (D(2025, 3, 10, 9, 0, 30), WH(1), D(2025, 3, 10, 10, 0, 30)),
    ],
)
def test_compute_due_working_hours_model(received, duration, due):
    assert compute_due(CAL, received, duration) == due


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2025, 3, 10, 14, 59), D(2025, 3, 10, 17, 0)),
        (D(2025, 3, 10, 15, 0), D(2025, 3, 10, 17, 0)),
        (D(2025, 3, 10, 15, 1), D(2025, 3, 11, 17, 0)),
        (D(2025, 3, 10, 6, 30), D(2025, 3, 10, 17, 0)),
        (D(2025, 3, 8, 9, 0), D(2025, 3, 10, 17, 0)),  # Saturday
        (D(2025, 4, 26, 10, 0), D(2025, 4, 26, 17, 0)),  # make-up Saturday
        (D(2025, 1, 24, 15, 30), D(2025, 2, 3, 17, 0)),  # after cut-off, then Tết
        (D(2025, 12, 31, 16, 0), D(2026, 1, 2, 17, 0)),
    ],
)
def test_same_day(received, due):
    assert compute_due(CAL, received, Duration.same_day()) == due


def test_same_day_custom_cutoff():
    assert compute_due(CAL, D(2025, 3, 10, 15, 20), Duration.same_day(time(16))) == D(
        2025, 3, 10, 17
    )
    late = Duration(0, DurationUnit.SAME_DAY, time(23))  # cut-off after the close
    assert compute_due(CAL, D(2025, 3, 10, 18), late) == D(2025, 3, 11, 17)


@pytest.mark.parametrize(
    ("received", "days", "due"),
    [
        (D(2025, 3, 10, 9), 3, D(2025, 3, 13, 17)),
        (D(2025, 3, 10, 9), 5, D(2025, 3, 17, 17)),  # ends Saturday → Monday
        (D(2025, 1, 22, 9), 5, D(2025, 2, 3, 17)),  # ends in Tết → after Tết
        (D(2025, 4, 21, 9), 5, D(2025, 4, 26, 17)),  # ends on a make-up Saturday
        (D(2025, 12, 25, 9), 7, D(2026, 1, 2, 17)),
        (D(2025, 3, 10, 18), 0, D(2025, 3, 11, 17)),
    ],
)
def test_calendar_days(received, days, due):
    # Civil Code 2015 Art. 148(5): an end on a day off moves to the next working day.
    assert compute_due(CAL, received, CD(days)) == due


def test_civil_code_model_for_working_days():
    cal = WorkingCalendar([CalendarSettings(model=DeadlineModel.CIVIL_CODE)])
    assert compute_due(cal, D(2025, 1, 24, 15, 30), WD(3)) == D(2025, 2, 5, 17)
    assert compute_due(cal, D(2025, 3, 10, 7, 0), WD(1)) == D(2025, 3, 11, 17)
    assert compute_due(cal, D(2025, 12, 31, 9), WD(1)) == D(2026, 1, 2, 17)
    # hours are still counted as working hours
    assert compute_due(cal, D(2025, 3, 10, 9), WH(1)) == D(2025, 3, 10, 10)


def test_overrides_move_the_due_time():
    cal = WorkingCalendar(
        overrides=[CalendarOverride(date(2025, 2, 3), OverrideKind.DAY_OFF, "Nghỉ thêm")]
    )
    assert compute_due(cal, D(2025, 1, 24, 15, 30), WD(3)) == D(2025, 2, 6, 15, 30)
    cal = WorkingCalendar(
        overrides=[CalendarOverride(date(2025, 3, 9), OverrideKind.WORKING_DAY, "Làm bù")]
    )
    assert compute_due(cal, D(2025, 3, 7, 17), WD(1)) == D(2025, 3, 9, 17)


def test_dossier_keeps_the_settings_in_force_when_received():
    summer = CalendarSettings(
        effective_from=date(2025, 5, 1),
        periods=(WorkingPeriod(time(7), time(11, 30)), WorkingPeriod(time(13), time(16, 30))),
    )
    cal = WorkingCalendar([CalendarSettings(), summer])
    # received under the old timetable: Monday 5/5 afternoon still starts at 13:30
    assert compute_due(cal, D(2025, 4, 29, 16), WH(6)) == D(2025, 5, 5, 14, 0)
    # received under the new timetable
    assert compute_due(cal, D(2025, 5, 5, 9), WH(4)) == D(2025, 5, 5, 14, 30)
    assert add_working_time(cal, D(2025, 5, 5, 9), timedelta(hours=4), as_of=date(2025, 4, 1)) \
        == D(2025, 5, 5, 15, 0)


def test_aware_datetimes_are_converted_to_vietnam_time():

    received = datetime(2025, 1, 24, 8, 30, tzinfo=UTC)  # 15:30 in Hà Nội
    assert compute_due(CAL, received, WD(3)) == D(2025, 2, 5, 15, 30)


def test_remaining_working_time_and_overdue():
    due = D(2025, 2, 5, 15, 30)
    assert remaining_working_time(CAL, D(2025, 1, 24, 15, 30), due) == timedelta(hours=24)
    assert remaining_working_time(CAL, due, due) == timedelta(0)
    assert remaining_working_time(CAL, D(2025, 2, 6, 9, 0), due) == -timedelta(hours=3.5)
    # over Tết no working time passes
    assert working_time_between(CAL, D(2025, 1, 24, 17), D(2025, 2, 3, 7)) == timedelta(0)
    assert working_time_between(CAL, D(2025, 12, 31, 7), D(2026, 1, 2, 17)) == timedelta(hours=16)


def test_add_working_time_zero_and_negative():
    start = D(2025, 3, 10, 20, 0)
    assert add_working_time(CAL, start, timedelta(0)) == start
    with pytest.raises(ValidationError):
        add_working_time(CAL, start, timedelta(hours=-1))


@pytest.mark.parametrize(
    ("finished", "outcome"),
    [
        (D(2025, 2, 4, 17, 0), Outcome.EARLY),
        (D(2025, 2, 5, 8, 0), Outcome.ON_TIME),
        (D(2025, 2, 5, 15, 30), Outcome.ON_TIME),
        (D(2025, 2, 5, 15, 31), Outcome.LATE),
        (D(2025, 2, 6, 7, 0), Outcome.LATE),
    ],
)
def test_classify_outcome(finished, outcome):
    result = classify_outcome(finished, D(2025, 2, 5, 15, 30))
    assert result is outcome
    assert result.label == {"truoc_han": "Trước hạn", "dung_han": "Đúng hạn",
                            "qua_han": "Quá hạn"}[result.value]


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(hours=11), "còn 1 ngày 3 giờ"),
        (timedelta(hours=11, minutes=20), "còn 1 ngày 3 giờ"),
        (timedelta(minutes=45), "còn 45 phút"),
        (timedelta(hours=2, minutes=5), "còn 2 giờ 5 phút"),
        (-timedelta(hours=2), "quá hạn 2 giờ"),
        (-timedelta(hours=24), "quá hạn 3 ngày"),
        (timedelta(0), "đến hạn"),
        (timedelta(seconds=20), "còn dưới 1 phút"),
    ],
)
def test_format_remaining(delta, text):
    assert format_remaining(delta) == text


def test_duration_labels_and_validation():
    assert WD(3).label_vi() == "03 ngày làm việc"
    assert WD(15).label_vi() == "15 ngày làm việc"
    assert WH(1.5).label_vi() == "1,5 giờ làm việc"
    assert CD(30).label_vi() == "30 ngày"
    assert Duration.same_day().label_vi() == (
        "Trong ngày; sau 15 giờ trả trong ngày làm việc tiếp theo"
    )
    assert Duration.same_day(time(15, 30)).label_vi().startswith("Trong ngày; sau 15 giờ 30")
    for bad in (-1, float("nan"), float("inf"), "3", True, 10_000):
        with pytest.raises(ValidationError):
            Duration(bad, DurationUnit.WORKING_DAYS)


def test_explain_due_tet_2025():
    received = D(2025, 1, 24, 15, 30)
    due = compute_due(CAL, received, WD(3))
    assert explain_due(CAL, received, due) == [
        "25/01/2025–26/01/2025: Nghỉ cuối tuần",
        "27/01/2025–01/02/2025: Nghỉ Tết Nguyên Đán",
        "02/02/2025: Chủ nhật",
    ]


def test_explain_due_same_day_after_cutoff_and_outside_hours():
    received = D(2025, 3, 14, 15, 30)  # Friday
    duration = Duration.same_day()
    due = compute_due(CAL, received, duration)
    assert explain_due(CAL, received, due, duration=duration) == [
        "Nhận sau 15:00: trả trong ngày làm việc tiếp theo",
        "15/03/2025–16/03/2025: Nghỉ cuối tuần",
    ]
    lunch = D(2025, 3, 10, 12, 0)
    assert explain_due(CAL, lunch, compute_due(CAL, lunch, WH(1)))[0] == (
        "Nhận ngoài giờ làm việc: tính từ 13:30 ngày 10/03/2025"
    )
    evening = D(2025, 3, 10, 18, 0)
    assert explain_due(CAL, evening, compute_due(CAL, evening, WH(1)))[0] == (
        "Nhận sau giờ làm việc: tính từ 07:00 ngày 11/03/2025"
    )


def test_explain_due_mentions_swaps():
    received = D(2025, 4, 25, 9)
    lines = explain_due(CAL, received, compute_due(CAL, received, WD(4)))
    assert lines == [
        "26/04/2025: Ngày làm việc bù (tính là ngày làm việc)",
        "27/04/2025: Chủ nhật",
        "30/04/2025: Ngày Chiến thắng",
        "01/05/2025: Ngày Quốc tế Lao động",
        "02/05/2025: Ngày nghỉ (thay cho ngày 26/04/2025)",
        "03/05/2025–04/05/2025: Nghỉ cuối tuần",
    ]


def test_explain_due_outside_hours_only_for_working_time_periods():
    evening = D(2025, 3, 10, 18, 0)
    assert explain_due(CAL, evening, compute_due(CAL, evening, CD(3)), duration=CD(3)) == []
    civil = WorkingCalendar([CalendarSettings(model=DeadlineModel.CIVIL_CODE)])
    assert explain_due(civil, evening, compute_due(civil, evening, WD(1))) == []
    assert explain_due(civil, evening, compute_due(civil, evening, WH(1)), duration=WH(1)) == [
        "Nhận sau giờ làm việc: tính từ 07:00 ngày 11/03/2025"
    ]
