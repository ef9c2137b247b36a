"""The office's working calendar: working periods, weekends, public holidays, overrides.

A day is a working day unless it is a weekly rest day, a public holiday or a
compensatory day off; a Saturday declared a make-up working day is a working day.
Public holidays come from the ``holidays`` package (country ``VN``, Vietnamese
names), which models the Labour Code holidays, the compensatory days and the
public-sector swaps (``weekend_workdays``). Because future Tết dates are estimates
until the Prime Minister announces them, an override table (extra days off, extra
working days, each with a reason) takes precedence over everything else.

Settings (working periods, weekend, same-day cut-off, deadline model) are versioned
by ``effective_from``: a dossier is computed with the settings in force on the day it
was received (domain.md §1: "a dossier keeps the rule set in force on the day it
was received").

Performance: per (settings version, year) the calendar lazily builds a table of the
year's working days and the number of working days before each day, so that a
working-time position is O(1) to compute and to invert. Tables are built under a
lock and never change afterwards; the calendar is safe to share between threads.
"""

from __future__ import annotations

import bisect
import itertools
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cache

from cchc_desktop.domain.errors import ValidationError

__all__ = [
    "CalendarOverride",
    "CalendarSettings",
    "DeadlineModel",
    "OverrideKind",
    "WorkingCalendar",
    "WorkingPeriod",
]

US_PER_SECOND = 1_000_000
US_PER_MINUTE = 60 * US_PER_SECOND
US_PER_HOUR = 60 * US_PER_MINUTE

WEEKDAY_NAMES_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")

# The years the holidays package and our tables are asked about. Outside this range a
# date is almost certainly a typing mistake.
MIN_YEAR = 1990
MAX_YEAR = 2200


class DeadlineModel(StrEnum):
    """How a period in working days is counted (an office setting)."""

    # [practice] provincial systems: accumulate working hours from the reception instant.
    WORKING_HOURS = "working_hours"
    # Civil Code 2015 Art. 147-148: start the day after the event, end at the close of
    # the last day; an end on a day off moves to the next working day.
    CIVIL_CODE = "civil_code"


class OverrideKind(StrEnum):
    DAY_OFF = "off"
    WORKING_DAY = "work"


@dataclass(frozen=True)
class WorkingPeriod:
    start: time
    end: time

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValidationError(
                "calendar.period_invalid",
                f"Khoảng giờ làm việc không hợp lệ: {self.start:%H:%M}–{self.end:%H:%M}.",
                field="periods",
            )


@dataclass(frozen=True)
class CalendarOverride:
    """An extra day off or an extra working day, with the reason shown to people."""

    day: date
    kind: OverrideKind
    reason: str


DEFAULT_PERIODS = (
    # [practice] default timetable 07:00-11:30 and 13:30-17:00 (8 working hours a day),
    # configurable per office (summer/winter timetables exist) — domain.md §4.
    WorkingPeriod(time(7, 0), time(11, 30)),
    WorkingPeriod(time(13, 30), time(17, 0)),
)


@dataclass(frozen=True)
class CalendarSettings:
    effective_from: date = date(2000, 1, 1)
    periods: tuple[WorkingPeriod, ...] = DEFAULT_PERIODS
    # Labour Code 2019 Art. 111: weekly rest; public sector rests Saturday and Sunday.
    weekend: frozenset[int] = field(default_factory=lambda: frozenset({5, 6}))
    # [practice] chứng thực "same day" procedures: after 15:00, next working day.
    same_day_cutoff: time = time(15, 0)
    model: DeadlineModel = DeadlineModel.WORKING_HOURS

    def __post_init__(self) -> None:
        periods = tuple(self.periods)
        object.__setattr__(self, "periods", periods)
        object.__setattr__(self, "weekend", frozenset(self.weekend))
        object.__setattr__(self, "model", DeadlineModel(self.model))
        if not periods:
            raise ValidationError(
                "calendar.no_periods", "Cần ít nhất một khoảng giờ làm việc.", field="periods"
            )
        for earlier, later in itertools.pairwise(periods):
            if not earlier.end <= later.start:
                raise ValidationError(
                    "calendar.periods_overlap",
                    "Các khoảng giờ làm việc phải theo thứ tự và không chồng lên nhau.",
                    field="periods",
                )
        if not self.weekend <= set(range(7)) or len(self.weekend) >= 7:
            raise ValidationError(
                "calendar.weekend_invalid",
                "Ngày nghỉ hằng tuần không hợp lệ (0 = Thứ Hai … 6 = Chủ nhật; "
                "phải còn ít nhất một ngày làm việc).",
                field="weekend",
            )

    @property
    def working_seconds_per_day(self) -> int:
        return sum(_us(p.end) - _us(p.start) for p in self.periods) // US_PER_SECOND


def _us(t: time) -> int:
    """Microseconds since midnight."""
    return ((t.hour * 60 + t.minute) * 60 + t.second) * US_PER_SECOND + t.microsecond


class _Profile:
    """Pre-computed numbers for one settings version."""

    __slots__ = ("civil", "close_us", "day_us", "open_us", "periods_us", "settings")

    def __init__(self, settings: CalendarSettings) -> None:
        self.settings = settings
        self.civil = settings.model == DeadlineModel.CIVIL_CODE
        self.periods_us = tuple((_us(p.start), _us(p.end)) for p in settings.periods)
        self.day_us = sum(e - s for s, e in self.periods_us)
        self.open_us = self.periods_us[0][0]
        self.close_us = self.periods_us[-1][1]


class _YearTable:
    """Working days of one year under one settings version (immutable once built)."""

    __slots__ = ("start_ord", "total_us", "wd_before", "wd_midnight", "wd_ord", "working", "year")

    def __init__(self, year: int, start_ord: int, working: list[bool], day_us: int) -> None:
        self.year = year
        self.start_ord = start_ord
        self.working = working
        before = [0] * (len(working) + 1)
        ords: list[int] = []
        count = 0
        for k, flag in enumerate(working):
            before[k] = count
            if flag:
                ords.append(start_ord + k)
                count += 1
        before[len(working)] = count
        self.wd_before = before  # working days strictly before day k of the year
        self.wd_ord = ords
        self.wd_midnight = [datetime.fromordinal(o) for o in ords]
        self.total_us = count * day_us


class WorkingCalendar:
    """Which days and hours count as working time for an office.

    ``settings`` are the versions of the office settings (any order; versioned by
    ``effective_from``); ``overrides`` the table of extra days off / working days.
    """

    def __init__(
        self,
        settings: Sequence[CalendarSettings] = (CalendarSettings(),),
        overrides: Iterable[CalendarOverride] = (),
    ) -> None:
        ordered = sorted(settings, key=lambda s: s.effective_from)
        if not ordered:
            raise ValidationError(
                "calendar.no_settings", "Cần ít nhất một bộ thiết lập lịch làm việc."
            )
        starts = [s.effective_from for s in ordered]
        if len(set(starts)) != len(starts):
            raise ValidationError(
                "calendar.duplicate_settings",
                "Hai bộ thiết lập lịch làm việc có cùng ngày hiệu lực.",
            )
        self._settings = tuple(ordered)
        self._starts = tuple(s.toordinal() for s in starts)
        self._profiles = tuple(_Profile(s) for s in ordered)
        table: dict[date, CalendarOverride] = {}
        for ov in overrides:
            table[ov.day] = CalendarOverride(ov.day, OverrideKind(ov.kind), ov.reason)
        self._overrides = table
        self._lock = threading.Lock()
        # one {year: table} dict per settings version
        self._tables: tuple[dict[int, _YearTable], ...] = tuple({} for _ in ordered)

    # -- construction helpers -------------------------------------------------------

    @staticmethod
    def default() -> WorkingCalendar:
        """The calendar with default settings and no overrides (shared instance)."""
        return _default_calendar()

    @property
    def settings(self) -> tuple[CalendarSettings, ...]:
        return self._settings

    @property
    def overrides(self) -> tuple[CalendarOverride, ...]:
        return tuple(sorted(self._overrides.values(), key=lambda o: o.day))

    def with_overrides(self, overrides: Iterable[CalendarOverride]) -> WorkingCalendar:
        """A new calendar with these overrides added (later entries win on the same day)."""
        return WorkingCalendar(self._settings, [*self._overrides.values(), *overrides])

    # -- settings -------------------------------------------------------------------

    def _settings_index(self, day: date) -> int:
        if len(self._starts) == 1:
            return 0
        i = bisect.bisect_right(self._starts, day.toordinal()) - 1
        return max(i, 0)

    def settings_at(self, day: date) -> CalendarSettings:
        """The settings in force on ``day`` (the earliest version for days before all)."""
        return self._settings[self._settings_index(day)]

    # -- days -----------------------------------------------------------------------

    def _day_status(self, day: date, settings: CalendarSettings) -> tuple[bool, str | None]:
        """(is working, reason when not). Precedence: override > swap > holiday > weekend."""
        ov = self._overrides.get(day)
        if ov is not None:
            if ov.kind == OverrideKind.WORKING_DAY:
                return True, None
            return False, ov.reason or "Ngày nghỉ"
        names, workdays = _vn_holidays(day.year)
        # Public-sector swaps: a Saturday declared a make-up working day is worked.
        if day in workdays:
            return True, None
        name = names.get(day)
        if name is not None:
            # Labour Code 2019 Art. 112 (holidays), Art. 111(3) (compensatory days).
            return False, name
        if day.weekday() in settings.weekend:
            return False, WEEKDAY_NAMES_VI[day.weekday()]
        return True, None

    def is_working_day(self, day: date, *, as_of: date | None = None) -> bool:
        settings = self.settings_at(as_of or day)
        return self._day_status(day, settings)[0]

    def is_makeup_working_day(self, day: date, *, as_of: date | None = None) -> bool:
        """A weekly rest day that is worked (swap or override)."""
        settings = self.settings_at(as_of or day)
        return day.weekday() in settings.weekend and self._day_status(day, settings)[0]

    def day_off_reason(self, day: date, *, as_of: date | None = None) -> str | None:
        """Why ``day`` is not a working day (Vietnamese), or None when it is one."""
        settings = self.settings_at(as_of or day)
        return self._day_status(day, settings)[1]

    def next_working_day(self, day: date, *, as_of: date | None = None) -> date:
        """The first working day strictly after ``day``."""
        sidx = self._settings_index(as_of or day)
        table = self._table(sidx, day.year)
        idx = table.wd_before[day.toordinal() - table.start_ord + 1]
        return self._working_day_at(sidx, day.year, idx).date()

    def days_off_between(self, start: date, end: date) -> list[tuple[date, str]]:
        """Every non-working day in ``start``..``end`` (inclusive) with its reason."""
        out: list[tuple[date, str]] = []
        day = start
        while day <= end:
            reason = self.day_off_reason(day)
            if reason is not None:
                out.append((day, reason))
            day += timedelta(days=1)
        return out

    def working_intervals(
        self, day: date, as_of: date | None = None
    ) -> list[tuple[datetime, datetime]]:
        """The working periods of ``day`` as datetimes (empty on a day off)."""
        settings = self.settings_at(as_of or day)
        if not self._day_status(day, settings)[0]:
            return []
        return [
            (datetime.combine(day, p.start), datetime.combine(day, p.end))
            for p in settings.periods
        ]

    # -- fast working-time arithmetic (used by deadlines.py) -------------------------

    def _table(self, sidx: int, year: int) -> _YearTable:
        tables = self._tables[sidx]
        table = tables.get(year)
        if table is not None:
            return table
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError(
                "calendar.year_out_of_range",
                f"Năm {year} nằm ngoài phạm vi lịch làm việc ({MIN_YEAR}–{MAX_YEAR}).",
            )
        with self._lock:
            table = tables.get(year)
            if table is None:
                profile = self._profiles[sidx]
                first = date(year, 1, 1)
                n_days = (date(year + 1, 1, 1) - first).days
                working = [
                    self._day_status(first + timedelta(days=k), profile.settings)[0]
                    for k in range(n_days)
                ]
                table = _YearTable(year, first.toordinal(), working, profile.day_us)
                tables[year] = table
        return table

    def _profile(self, sidx: int) -> _Profile:
        return self._profiles[sidx]

    def _position(self, sidx: int, moment: datetime) -> tuple[int, int]:
        """(year, working microseconds from the start of that year up to ``moment``)."""
        year = moment.year
        table = self._table(sidx, year)
        k = moment.toordinal() - table.start_ord
        profile = self._profiles[sidx]
        pos = table.wd_before[k] * profile.day_us
        if table.working[k]:
            tod = (
                (moment.hour * 60 + moment.minute) * 60 + moment.second
            ) * US_PER_SECOND + moment.microsecond
            for s, e in profile.periods_us:
                if tod >= e:
                    pos += e - s
                elif tod > s:
                    pos += tod - s
                    break
                else:
                    break
        return year, pos

    def _moment(self, sidx: int, year: int, pos: int) -> datetime:
        """The earliest instant at which ``pos`` (> 0) working microseconds of ``year`` are done.

        Landing exactly on the end of a period gives that end (17:00), not the next
        morning (domain.md §4 [practice]).
        """
        profile = self._profiles[sidx]
        table = self._table(sidx, year)
        guard = 0
        while pos > table.total_us:
            pos -= table.total_us
            year += 1
            guard += 1
            if guard > MAX_YEAR - MIN_YEAR:  # pragma: no cover - a calendar with no work
                raise ValidationError("calendar.no_working_days", "Lịch không có ngày làm việc.")
            table = self._table(sidx, year)
        day_us = profile.day_us
        i = (pos - 1) // day_us
        r = pos - i * day_us
        for s, e in profile.periods_us:
            length = e - s
            if r <= length:
                return table.wd_midnight[i] + timedelta(microseconds=s + r)
            r -= length
        raise AssertionError("unreachable")  # pragma: no cover

    def _advance(self, sidx: int, moment: datetime, amount_us: int) -> datetime:
        """``_moment(_position(moment) + amount_us)`` in one pass (the hot path, inlined)."""
        year = moment.year
        tables = self._tables[sidx]
        table = tables.get(year) or self._table(sidx, year)
        profile = self._profiles[sidx]
        periods = profile.periods_us
        day_us = profile.day_us
        k = moment.toordinal() - table.start_ord
        pos = table.wd_before[k] * day_us + amount_us
        if table.working[k]:
            tod = (
                moment.hour * 3600 + moment.minute * 60 + moment.second
            ) * US_PER_SECOND + moment.microsecond
            for s, e in periods:
                if tod >= e:
                    pos += e - s
                elif tod > s:
                    pos += tod - s
                    break
                else:
                    break
        if pos > table.total_us:
            return self._moment(sidx, year, pos)
        i = (pos - 1) // day_us
        r = pos - i * day_us
        for s, e in periods:
            length = e - s
            if r <= length:
                return table.wd_midnight[i] + timedelta(microseconds=s + r)
            r -= length
        raise AssertionError("unreachable")  # pragma: no cover

    def _working_day_at(self, sidx: int, year: int, idx: int) -> datetime:
        """Midnight of the ``idx``-th working day counted from the start of ``year``."""
        table = self._table(sidx, year)
        while idx >= len(table.wd_ord):
            idx -= len(table.wd_ord)
            year += 1
            table = self._table(sidx, year)
        return table.wd_midnight[idx]

    def _span(self, sidx: int, start: datetime, end: datetime) -> int:
        """Working microseconds from ``start`` to ``end`` (negative when end < start)."""
        if end < start:
            return -self._span(sidx, end, start)
        y1, p1 = self._position(sidx, start)
        y2, p2 = self._position(sidx, end)
        total = p2 - p1
        for year in range(y1, y2):
            total += self._table(sidx, year).total_us
        return total


@cache
def _vn_holidays(year: int) -> tuple[dict[date, str], frozenset[date]]:
    """Vietnamese public holidays of ``year`` (names in Vietnamese) and make-up workdays.

    ``functools.cache`` makes concurrent first calls compute twice at worst, which is
    harmless: the result is a pure function of the year.
    """
    import holidays  # imported lazily: it is not needed to build settings objects

    # Labour Code 2019 Art. 111-112 and the Prime Minister's yearly swaps (holidays>=0.109).
    vn = holidays.country_holidays("VN", language="vi", years=year)
    names = {d: str(n) for d, n in vn.items() if d.year == year}
    workdays = frozenset(d for d in getattr(vn, "weekend_workdays", ()) if d.year == year)
    return names, workdays


@cache
def _default_calendar() -> WorkingCalendar:
    return WorkingCalendar()
