"""Property tests of the deadline arithmetic, checked against a slow reference walk."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

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
    add_working_time,
    compute_due,
    remaining_working_time,
    working_time_between,
)
from cchc_desktop.domain.timing import ClockEvent, ClockEventKind, derive_timing

CAL = WorkingCalendar.default()
ODD = WorkingCalendar(
    [
        CalendarSettings(
            periods=(
                WorkingPeriod(time(7, 30), time(11, 45)),
                WorkingPeriod(time(13, 0), time(15, 0)),
                WorkingPeriod(time(15, 30), time(17, 15)),
            ),
            weekend=frozenset({6}),
        )
    ],
    overrides=[
        CalendarOverride(date(2025, 3, 12), OverrideKind.DAY_OFF, "Nghỉ"),
        CalendarOverride(date(2025, 3, 16), OverrideKind.WORKING_DAY, "Làm bù"),
    ],
)
CIVIL = WorkingCalendar([CalendarSettings(model=DeadlineModel.CIVIL_CODE)])
CALENDARS = st.sampled_from([CAL, ODD])
ALL_MODELS = st.sampled_from([CAL, ODD, CIVIL])

moments = st.datetimes(min_value=datetime(2023, 6, 1), max_value=datetime(2027, 6, 30))
minutes_precision = moments.map(lambda d: d.replace(second=0, microsecond=0))
durations = st.one_of(
    st.integers(0, 60).map(Duration.working_days),
    st.floats(0, 200, allow_nan=False).map(lambda h: Duration.working_hours(round(h, 2))),
    st.integers(0, 90).map(Duration.calendar_days),
    st.sampled_from([time(15), time(11), time(16, 30)]).map(Duration.same_day),
)
PROPS = settings(max_examples=300, deadline=None)


def reference_add(cal: WorkingCalendar, start: datetime, amount: timedelta) -> datetime:
    """Walk the working intervals day by day (slow and obvious)."""
    if amount == timedelta(0):
        return start
    left = amount
    day = start.date()
    while True:
        for s, e in cal.working_intervals(day, as_of=start.date()):
            if e <= start:
                continue
            s = max(s, start)
            if left <= e - s:
                return s + left
            left -= e - s
        day += timedelta(days=1)


@PROPS
@given(cal=CALENDARS, start=moments, hours=st.floats(0, 120, allow_nan=False))
def test_fast_path_matches_reference_walk(cal, start, hours):
    amount = timedelta(minutes=round(hours * 60))
    assert add_working_time(cal, start, amount) == reference_add(cal, start, amount)


@PROPS
@given(cal=ALL_MODELS, received=moments, duration=durations)
def test_due_is_never_before_reception(cal, received, duration):
    assert compute_due(cal, received, duration) >= received


@PROPS
@given(
    cal=ALL_MODELS,
    received=minutes_precision,
    unit=st.sampled_from(list(DurationUnit)),
    a=st.integers(0, 40),
    b=st.integers(0, 40),
)
def test_longer_duration_never_gives_an_earlier_due(cal, received, unit, a, b):
    short, long = sorted((a, b))
    assert compute_due(cal, received, Duration(short, unit)) <= compute_due(
        cal, received, Duration(long, unit)
    )


@PROPS
@given(cal=ALL_MODELS, received=moments, duration=durations)
def test_remaining_time_is_zero_at_the_due_instant(cal, received, duration):
    due = compute_due(cal, received, duration)
    assert remaining_working_time(cal, due, due) == timedelta(0)
    assert remaining_working_time(cal, received, due) >= timedelta(0)


@PROPS
@given(cal=CALENDARS, received=moments, hours=st.integers(0, 400))
def test_working_hours_are_exactly_accumulated(cal, received, hours):
    due = compute_due(cal, received, Duration.working_hours(hours))
    assert working_time_between(cal, received, due) == timedelta(hours=hours)
    assert working_time_between(cal, due, received) == -timedelta(hours=hours)


@PROPS
@given(cal=CALENDARS, a=moments, b=moments, c=moments)
def test_working_time_is_additive(cal, a, b, c):
    a, b, c = sorted((a, b, c))
    as_of = a.date()
    ab = working_time_between(cal, a, b, as_of=as_of)
    bc = working_time_between(cal, b, c, as_of=as_of)
    assert ab + bc == working_time_between(cal, a, c, as_of=as_of)


@PROPS
@given(
    cal=ALL_MODELS,
    received=moments,
    days=st.integers(1, 30),
    offset=st.integers(0, 60 * 24 * 40),
    kind=st.sampled_from(["supplement", "financial"]),
)
def test_zero_length_pause_changes_nothing(cal, received, days, offset, kind):
    duration = Duration.working_days(days)
    base = derive_timing(cal, duration, [ClockEvent(ClockEventKind.RECEIVED, received)])
    at = received + timedelta(minutes=offset)
    paused = derive_timing(
        cal,
        duration,
        [
            ClockEvent(ClockEventKind.RECEIVED, received),
            ClockEvent(ClockEventKind.PAUSED, at, pause_kind=kind),
            ClockEvent(ClockEventKind.RESUMED, at),
        ],
    )
    assert paused.current_due == base.current_due
    assert paused.due_766 == base.due_766
    assert paused.paused_time == timedelta(0)
