"""Due times (ngày hẹn trả), remaining working time and the outcome of a dossier.

The model is the one of domain.md §4 [practice, provincial systems]:

- a working day is the office's working periods (8 working hours by default);
- the clock starts at the reception instant, or at the start of the next working
  period when received outside one (lunch, evening, weekend, holiday);
- the due instant is where the accumulated working time reaches the duration; landing
  exactly on the end of a period gives that end (17:00), not the next morning;
- "same day" procedures are due at the close of the day of reception, or of the next
  working day when received after the cut-off (15:00 for chứng thực);
- calendar-day periods end at the close of the last day, moved to the next working
  day when that day is off (Civil Code 2015 Art. 148(5)).

The Civil-Code end-of-day model (Art. 147-148: a period starts the day after the
event and ends at the close of its last day) is available as an office setting for
periods in working days.

All datetimes are naive local times (Asia/Ho_Chi_Minh, UTC+7, no daylight saving);
an aware datetime is converted first. "Now" is always an argument.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import StrEnum

from cchc_desktop.domain.calendar import (
    US_PER_HOUR,
    US_PER_MINUTE,
    DeadlineModel,
    WorkingCalendar,
)
from cchc_desktop.domain.errors import ValidationError

__all__ = [
    "VN_TZ",
    "WORKING_DAY_HOURS",
    "Duration",
    "DurationUnit",
    "Outcome",
    "add_working_time",
    "classify_outcome",
    "compute_due",
    "explain_due",
    "format_remaining",
    "remaining_working_time",
    "to_local",
    "working_time_between",
]

VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")
# domain.md §4 [practice]: a working day is 8 working hours (used to display durations).
WORKING_DAY_HOURS = 8
_ONE_US = timedelta(microseconds=1)


def to_local(moment: datetime) -> datetime:
    """A naive Vietnam local datetime (aware datetimes are converted, naive kept)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(VN_TZ).replace(tzinfo=None)


class DurationUnit(StrEnum):
    WORKING_DAYS = "working_days"
    WORKING_HOURS = "working_hours"
    CALENDAR_DAYS = "calendar_days"
    SAME_DAY = "same_day"


_WORKING_DAYS = DurationUnit.WORKING_DAYS
_WORKING_HOURS = DurationUnit.WORKING_HOURS


def _num_vi(value: float) -> str:
    """'03' for whole numbers below 10 (as procedures are published), '1,5' otherwise."""
    if float(value).is_integer():
        return f"{int(value):02d}"
    return f"{value:g}".replace(".", ",")


def _hour_vi(t: time) -> str:
    return f"{t.hour} giờ" if t.minute == 0 else f"{t.hour} giờ {t.minute:02d}"


@dataclass(frozen=True)
class Duration:
    """A legal processing period: an amount and its unit (and the same-day cut-off)."""

    amount: float
    unit: DurationUnit
    cutoff: time | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "unit", DurationUnit(self.unit))
        amount = self.amount
        if (
            isinstance(amount, bool)
            or not isinstance(amount, int | float)
            or not math.isfinite(amount)
            or amount < 0
        ):
            raise ValidationError(
                "duration.invalid",
                "Thời hạn giải quyết phải là một số không âm.",
                field="duration",
            )
        if amount > 3660:
            raise ValidationError(
                "duration.too_long",
                "Thời hạn giải quyết quá dài (tối đa 3660 đơn vị).",
                field="duration",
            )

    @classmethod
    def working_days(cls, n: float) -> Duration:
        return cls(n, DurationUnit.WORKING_DAYS)

    @classmethod
    def working_hours(cls, h: float) -> Duration:
        return cls(h, DurationUnit.WORKING_HOURS)

    @classmethod
    def calendar_days(cls, n: float) -> Duration:
        return cls(n, DurationUnit.CALENDAR_DAYS)

    @classmethod
    def same_day(cls, cutoff: time = time(15, 0)) -> Duration:
        return cls(0, DurationUnit.SAME_DAY, cutoff)

    def label_vi(self) -> str:
        if self.unit == DurationUnit.WORKING_DAYS:
            return f"{_num_vi(self.amount)} ngày làm việc"
        if self.unit == DurationUnit.WORKING_HOURS:
            return f"{_num_vi(self.amount)} giờ làm việc"
        if self.unit == DurationUnit.CALENDAR_DAYS:
            return f"{_num_vi(self.amount)} ngày"
        cutoff = self.cutoff or time(15, 0)
        return f"Trong ngày; sau {_hour_vi(cutoff)} trả trong ngày làm việc tiếp theo"


def _close_of(calendar: WorkingCalendar, sidx: int, day: date) -> datetime:
    return datetime.combine(day, calendar._profile(sidx).settings.periods[-1].end)


def _next_close(calendar: WorkingCalendar, sidx: int, day: date) -> datetime:
    """Close of the first working day strictly after ``day`` (settings version ``sidx``)."""
    table = calendar._table(sidx, day.year)
    idx = table.wd_before[day.toordinal() - table.start_ord + 1]
    midnight = calendar._working_day_at(sidx, day.year, idx)
    return midnight + timedelta(microseconds=calendar._profile(sidx).close_us)


def _is_working(calendar: WorkingCalendar, sidx: int, day: date) -> bool:
    table = calendar._table(sidx, day.year)
    return table.working[day.toordinal() - table.start_ord]


def compute_due(calendar: WorkingCalendar, received: datetime, duration: Duration) -> datetime:
    """The due instant of a dossier received at ``received`` with this legal period.

    Uses the settings in force on the day of reception for the whole computation
    (domain.md §1: a dossier keeps the rule set in force when it was received).
    """
    if received.tzinfo is not None:
        received = to_local(received)
    sidx = calendar._settings_index(received.date()) if len(calendar._starts) > 1 else 0
    profile = calendar._profiles[sidx]
    unit = duration.unit
    if unit is _WORKING_DAYS:
        if profile.civil:
            return _civil_working_days(calendar, sidx, received, duration.amount)
        amount_us = round(duration.amount * profile.day_us)
    elif unit is _WORKING_HOURS:
        amount_us = round(duration.amount * US_PER_HOUR)
    elif unit is DurationUnit.CALENDAR_DAYS:
        # Civil Code 2015 Art. 147(1): a period in days starts on the day after the event;
        # Art. 148(5): an end on a day off moves to the next working day. domain.md §4:
        # calendar-day procedures end at 17:00 (the close) of the last day.
        last = received.date() + timedelta(days=math.ceil(duration.amount))
        due = (
            _close_of(calendar, sidx, last)
            if _is_working(calendar, sidx, last)
            else _next_close(calendar, sidx, last)
        )
        return due if due >= received else _next_close(calendar, sidx, received.date())
    else:
        # [practice] "same day": close of the reception day, or of the next working day
        # when received after the cut-off (15:00 for chứng thực) or on a day off.
        cutoff = duration.cutoff or profile.settings.same_day_cutoff
        day = received.date()
        if _is_working(calendar, sidx, day) and received.time() <= cutoff:
            due = _close_of(calendar, sidx, day)
            if due >= received:
                return due
        return _next_close(calendar, sidx, day)
    if amount_us <= 0:
        return received
    return calendar._advance(sidx, received, amount_us)


def _civil_working_days(
    calendar: WorkingCalendar, sidx: int, received: datetime, amount: float
) -> datetime:
    # Civil Code 2015 Art. 147(1): the period starts on the day after the event; it ends
    # at the close of its last working day (Art. 148).
    n = math.ceil(amount)
    if n <= 0:
        return received
    day = received.date()
    table = calendar._table(sidx, day.year)
    idx = table.wd_before[day.toordinal() - table.start_ord + 1] + n - 1
    midnight = calendar._working_day_at(sidx, day.year, idx)
    return midnight + timedelta(microseconds=calendar._profiles[sidx].close_us)


def _sidx(calendar: WorkingCalendar, start: datetime, as_of: date | None) -> int:
    return calendar._settings_index(as_of or start.date())


def add_working_time(
    calendar: WorkingCalendar, start: datetime, amount: timedelta, *, as_of: date | None = None
) -> datetime:
    """The earliest instant at which ``amount`` of working time after ``start`` is done.

    ``as_of`` picks the settings version (default: the one in force on ``start``).
    A zero amount returns ``start`` unchanged.
    """
    start = to_local(start)
    amount_us = amount // _ONE_US
    if amount_us == 0:
        return start
    if amount_us < 0:
        raise ValidationError(
            "duration.negative", "Không thể cộng một khoảng thời gian âm.", field="amount"
        )
    return calendar._advance(_sidx(calendar, start, as_of), start, amount_us)


def working_time_between(
    calendar: WorkingCalendar, start: datetime, end: datetime, *, as_of: date | None = None
) -> timedelta:
    """Working time from ``start`` to ``end`` (negative when ``end`` < ``start``)."""
    start, end = to_local(start), to_local(end)
    sidx = _sidx(calendar, min(start, end), as_of)
    return timedelta(microseconds=calendar._span(sidx, start, end))


def remaining_working_time(
    calendar: WorkingCalendar, now: datetime, due: datetime, *, as_of: date | None = None
) -> timedelta:
    """Working time left until ``due`` (negative when overdue, zero at the due instant)."""
    return working_time_between(calendar, now, due, as_of=as_of)


class Outcome(StrEnum):
    EARLY = "truoc_han"
    ON_TIME = "dung_han"
    LATE = "qua_han"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    Outcome.EARLY: "Trước hạn",
    Outcome.ON_TIME: "Đúng hạn",
    Outcome.LATE: "Quá hạn",
}


def classify_outcome(finished: datetime, due: datetime) -> Outcome:
    """Biểu 06 (TT 01/2020): trước hạn = a day before the due day; đúng hạn = on the due
    day, not after the due instant; quá hạn = after the due instant (domain.md §4)."""
    finished, due = to_local(finished), to_local(due)
    if finished > due:
        return Outcome.LATE
    if finished.date() < due.date():
        return Outcome.EARLY
    return Outcome.ON_TIME


def format_remaining(delta: timedelta) -> str:
    """'còn 1 ngày 3 giờ', 'còn 45 phút', 'quá hạn 2 giờ' (1 working day = 8 working hours).

    Shows the two most significant non-zero units, rounded down to the minute.
    """
    total_minutes = int(abs(delta) // timedelta(minutes=1))
    prefix = "còn" if delta >= timedelta(0) else "quá hạn"
    if total_minutes == 0:
        return "đến hạn" if delta == timedelta(0) else f"{prefix} dưới 1 phút"
    days, rest = divmod(total_minutes, WORKING_DAY_HOURS * 60)
    hours, minutes = divmod(rest, 60)
    parts = [
        f"{value} {name}"
        for value, name in ((days, "ngày"), (hours, "giờ"), (minutes, "phút"))
        if value
    ]
    return f"{prefix} {' '.join(parts[:2])}"


def _fmt_day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _group_label(reason: str, weekday_names: tuple[str, ...]) -> str:
    if "Tết Nguyên Đán" in reason or reason.endswith(" Tết"):
        return "Nghỉ Tết Nguyên Đán"
    if reason.startswith("Quốc khánh"):
        return "Nghỉ Quốc khánh"
    if reason in weekday_names:
        return "Nghỉ cuối tuần"
    return reason


def _counts_hours(model: DeadlineModel, duration: Duration | None) -> bool:
    """Whether the clock starts at the reception instant (working-hours arithmetic)."""
    if duration is None:
        return model == DeadlineModel.WORKING_HOURS
    if duration.unit == DurationUnit.WORKING_HOURS:
        return True
    return duration.unit == DurationUnit.WORKING_DAYS and model == DeadlineModel.WORKING_HOURS


def explain_due(
    calendar: WorkingCalendar,
    received: datetime,
    due: datetime,
    *,
    duration: Duration | None = None,
) -> list[str]:
    """Vietnamese reasons why the due time lies where it does (for the intake form).

    E.g. ``"27/01/2025–01/02/2025: Nghỉ Tết Nguyên Đán"``, ``"Nhận sau 15:00: tính từ
    ngày làm việc tiếp theo"``. Consecutive days off with the same cause are grouped.
    """
    from cchc_desktop.domain.calendar import WEEKDAY_NAMES_VI

    received, due = to_local(received), to_local(due)
    as_of = received.date()
    settings = calendar.settings_at(as_of)
    lines: list[str] = []
    day = received.date()
    if duration is not None and duration.unit == DurationUnit.SAME_DAY:
        cutoff = duration.cutoff or settings.same_day_cutoff
        if calendar.is_working_day(day, as_of=as_of) and received.time() > cutoff:
            lines.append(
                f"Nhận sau {cutoff:%H:%M}: trả trong ngày làm việc tiếp theo"
            )
    elif _counts_hours(settings.model, duration) and calendar.is_working_day(day, as_of=as_of):
        periods = settings.periods
        t = received.time()
        inside = any(p.start <= t < p.end for p in periods)
        if not inside and due > received:
            nxt = next((p.start for p in periods if t < p.start), None)
            if nxt is not None:
                lines.append(
                    f"Nhận ngoài giờ làm việc: tính từ {nxt:%H:%M} ngày {_fmt_day(day)}"
                )
            else:
                nwd = calendar.next_working_day(day, as_of=as_of)
                lines.append(
                    f"Nhận sau giờ làm việc: tính từ {periods[0].start:%H:%M} "
                    f"ngày {_fmt_day(nwd)}"
                )
    # Days off and make-up working days between reception and the due day.
    runs: list[tuple[date, date, str]] = []
    current = day
    while current <= due.date():
        reason = calendar.day_off_reason(current, as_of=as_of)
        if reason is not None:
            label = _group_label(reason, WEEKDAY_NAMES_VI)
            if runs and runs[-1][2] == label and runs[-1][1] == current - timedelta(days=1):
                runs[-1] = (runs[-1][0], current, label)
            else:
                runs.append((current, current, label))
        elif calendar.is_makeup_working_day(current, as_of=as_of):
            runs.append((current, current, "Ngày làm việc bù (tính là ngày làm việc)"))
        current += timedelta(days=1)
    for first, last, label in runs:
        if label == "Nghỉ cuối tuần" and first == last:
            label = WEEKDAY_NAMES_VI[first.weekday()]
        span = _fmt_day(first) if first == last else f"{_fmt_day(first)}–{_fmt_day(last)}"
        lines.append(f"{span}: {label}")
    return lines


def minutes(delta: timedelta) -> float:
    """A timedelta in minutes (helper for displays and tests)."""
    return delta / timedelta(microseconds=US_PER_MINUTE)
