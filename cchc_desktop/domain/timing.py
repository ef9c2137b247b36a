"""A dossier's timing, derived from its clock events (never from mutable fields).

The history of a dossier's clock is a list of events: received, paused (supplement
request or financial obligation), resumed, restarted (the complete supplement arrived)
and extended (apology with a new date). ``derive_timing`` folds that list into a
``DossierTiming``; the same events always give the same answer.

Two accountings coexist (domain.md §4 "Supplement pause"):

- **legal** (``current_due``): the clock stops while paused; after a supplement the
  full period restarts from zero when the complete dossier arrives
  (NĐ 61/2018 Art. 19(4)); an extension replaces the due time once (Art. 19(9));
- **766 index** (``due_766``): the original due time plus the paused working time;
  more than one supplement request counts as late (QĐ 766/QĐ-TTg, domain.md §8).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from cchc_desktop.domain.calendar import DeadlineModel, WorkingCalendar
from cchc_desktop.domain.deadlines import (
    WORKING_DAY_HOURS,
    Duration,
    DurationUnit,
    Outcome,
    add_working_time,
    classify_outcome,
    compute_due,
    to_local,
    working_time_between,
)
from cchc_desktop.domain.errors import DomainError, ValidationError

__all__ = [
    "ClockEvent",
    "ClockEventKind",
    "DossierTiming",
    "check_extension",
    "derive_timing",
]

PAUSE_SUPPLEMENT = "supplement"
PAUSE_FINANCIAL = "financial"
_ONE_WORKING_DAY = timedelta(hours=WORKING_DAY_HOURS)


class ClockEventKind(StrEnum):
    RECEIVED = "received"
    PAUSED = "paused"
    RESUMED = "resumed"
    RESTARTED = "restarted"
    EXTENDED = "extended"


@dataclass(frozen=True)
class ClockEvent:
    kind: ClockEventKind
    at: datetime
    reason: str = ""
    new_due: datetime | None = None
    pause_kind: str = ""  # "supplement" | "financial" (for PAUSED)


@dataclass(frozen=True)
class DossierTiming:
    received: datetime
    original_due: datetime
    current_due: datetime  # legal: restarts and the extension applied
    due_766: datetime  # original due + paused working time (QĐ 766 accounting)
    pauses: tuple[tuple[datetime, datetime | None], ...]
    paused: bool
    extended: bool
    extension_late_issue: bool
    supplement_requests: int
    paused_time: timedelta = timedelta(0)  # closed pauses, in working time
    restarted_at: datetime | None = None
    previous_due: datetime | None = None  # the due time an extension replaced

    @property
    def as_of(self) -> date:
        """The day whose calendar settings govern this dossier (its reception day)."""
        return self.received.date()

    def remaining(self, calendar: WorkingCalendar, now: datetime) -> timedelta:
        """Legal working time left (negative when overdue); frozen while paused."""
        moment = self.pauses[-1][0] if self.paused else to_local(now)
        return working_time_between(calendar, moment, self.current_due, as_of=self.as_of)

    def remaining_766(self, calendar: WorkingCalendar, now: datetime) -> timedelta:
        moment = self.pauses[-1][0] if self.paused else to_local(now)
        return working_time_between(calendar, moment, self.due_766, as_of=self.as_of)

    def projected_due(self, calendar: WorkingCalendar, now: datetime) -> datetime:
        """The legal due time if an open pause were resumed at ``now``."""
        if not self.paused:
            return self.current_due
        gap = working_time_between(calendar, self.pauses[-1][0], now, as_of=self.as_of)
        return add_working_time(calendar, self.current_due, max(gap, timedelta(0)),
                                as_of=self.as_of)

    def outcome(self, finished: datetime) -> Outcome:
        return classify_outcome(finished, self.current_due)

    def outcome_766(self, finished: datetime) -> Outcome:
        # QĐ 766/QĐ-TTg (domain.md §8): more than one supplement request counts as late.
        if self.supplement_requests > 1:
            return Outcome.LATE
        return classify_outcome(finished, self.due_766)


def _due_from(
    calendar: WorkingCalendar, start: datetime, duration: Duration, as_of: date
) -> datetime:
    """The full period counted from ``start`` with the settings of ``as_of``."""
    if duration.unit == DurationUnit.WORKING_HOURS or (
        duration.unit == DurationUnit.WORKING_DAYS
        and calendar.settings_at(as_of).model == DeadlineModel.WORKING_HOURS
    ):
        per_day = calendar.settings_at(as_of).working_seconds_per_day
        amount = (
            timedelta(hours=duration.amount)
            if duration.unit == DurationUnit.WORKING_HOURS
            else timedelta(seconds=duration.amount * per_day)
        )
        return add_working_time(calendar, start, amount, as_of=as_of)
    return compute_due(calendar, start, duration)


def check_extension(
    calendar: WorkingCalendar, timing: DossierTiming, new_due: datetime, issued_at: datetime
) -> bool:
    """Validate an extension (apology, Mẫu 04); True when issued late but allowed.

    NĐ 61/2018 Art. 19(9): the handling agency notifies at least one working day before
    the due time, and the due date may be reset only once.
    """
    if timing.extended:
        raise DomainError(
            "extension.already_used",
            "Hồ sơ đã được gia hạn một lần; chỉ được hẹn lại ngày trả kết quả một lần "
            "(Điều 19 khoản 9 Nghị định 61/2018/NĐ-CP).",
            legal_source="NĐ 61/2018 Art. 19(9)",
        )
    new_due, issued_at = to_local(new_due), to_local(issued_at)
    if new_due <= timing.current_due:
        raise DomainError(
            "extension.not_later",
            "Ngày hẹn trả mới phải sau thời hạn hiện tại "
            f"({timing.current_due:%H:%M %d/%m/%Y}).",
            current_due=timing.current_due,
        )
    left = working_time_between(calendar, issued_at, timing.current_due, as_of=timing.as_of)
    # NĐ 61/2018 Art. 19(9): at least one working day before the due time.
    return left < _ONE_WORKING_DAY


def derive_timing(
    calendar: WorkingCalendar, duration: Duration, events: Sequence[ClockEvent]
) -> DossierTiming:
    """Fold a dossier's clock events into its timing. Events must be in time order."""
    if not events or events[0].kind != ClockEventKind.RECEIVED:
        raise ValidationError(
            "timing.no_reception", "Lịch sử thời hạn phải bắt đầu bằng thời điểm tiếp nhận."
        )
    received = to_local(events[0].at)
    as_of = received.date()
    original_due = compute_due(calendar, received, duration)
    current_due = original_due
    pauses: list[tuple[datetime, datetime | None]] = []
    paused_total = timedelta(0)
    extended = False
    late_issue = False
    supplements = 0
    restarted_at: datetime | None = None
    previous_due: datetime | None = None
    last = received
    for event in events[1:]:
        at = to_local(event.at)
        if at < last:
            raise ValidationError(
                "timing.out_of_order", "Các sự kiện thời hạn không theo thứ tự thời gian."
            )
        last = at
        kind = ClockEventKind(event.kind)
        open_pause = bool(pauses) and pauses[-1][1] is None
        if kind == ClockEventKind.RECEIVED:
            raise ValidationError("timing.received_twice", "Hồ sơ chỉ được tiếp nhận một lần.")
        if kind == ClockEventKind.PAUSED:
            if open_pause:
                raise DomainError("timing.already_paused", "Thời hạn đang tạm dừng.")
            pauses.append((at, None))
            if event.pause_kind == PAUSE_SUPPLEMENT:
                supplements += 1
        elif kind in (ClockEventKind.RESUMED, ClockEventKind.RESTARTED):
            if open_pause:
                start = pauses[-1][0]
                pauses[-1] = (start, at)
                gap = working_time_between(calendar, start, at, as_of=as_of)
                paused_total += gap
                if kind == ClockEventKind.RESUMED:
                    # The clock stood still: the legal due time moves by the paused time.
                    current_due = add_working_time(calendar, current_due, gap, as_of=as_of)
            elif kind == ClockEventKind.RESUMED:
                raise DomainError("timing.not_paused", "Thời hạn không ở trạng thái tạm dừng.")
            if kind == ClockEventKind.RESTARTED:
                # NĐ 61/2018 Art. 19(4): the period restarts from zero once the complete
                # dossier arrives.
                restarted_at = at
                current_due = _due_from(calendar, at, duration, as_of)
        elif kind == ClockEventKind.EXTENDED:
            if event.new_due is None:
                raise ValidationError(
                    "extension.new_due_required", "Phải có ngày hẹn trả mới khi gia hạn."
                )
            snapshot = DossierTiming(
                received, original_due, current_due, original_due, tuple(pauses),
                open_pause, extended, late_issue, supplements,
            )
            late_issue = check_extension(calendar, snapshot, event.new_due, at)
            previous_due = current_due
            current_due = to_local(event.new_due)
            extended = True
    due_766 = add_working_time(calendar, original_due, paused_total, as_of=as_of)
    paused = bool(pauses) and pauses[-1][1] is None
    return DossierTiming(
        received=received,
        original_due=original_due,
        current_due=current_due,
        due_766=due_766,
        pauses=tuple(pauses),
        paused=paused,
        extended=extended,
        extension_late_issue=late_issue,
        supplement_requests=supplements,
        paused_time=paused_total,
        restarted_at=restarted_at,
        previous_due=previous_due,
    )
