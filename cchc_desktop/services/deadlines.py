"""Deadline watch: timer states, the day's due/overdue overview, alerts, at-risk hints.

All in working time (domain.md §4): "còn 1 ngày 3 giờ" counts 8-hour working days,
an alert never fires at midnight or on a holiday, and the warning window (default
one working day, an office setting) is measured in working hours.

Work per timer tick is bounded by the rows on screen (``timer_for`` on each visible
row); counts and alert scans are indexed SQL over ``(status, due_at)``.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import Integer, and_, func, select
from sqlalchemy.exc import IntegrityError

from cchc_desktop.domain.calendar import WorkingCalendar
from cchc_desktop.domain.deadlines import (
    add_working_time,
    format_remaining,
    working_time_between,
)
from cchc_desktop.domain.dossier import Status
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import Database

# Statuses whose legal clock runs (or is paused) — the dossier is still the office's to finish.
OPEN_STATUSES = (
    int(Status.ACCEPTED), int(Status.IN_PROGRESS), int(Status.SUPPLEMENT_REQUESTED),
    int(Status.FINANCIAL_OBLIGATION), int(Status.WITHDRAWAL_REQUESTED),
)
ONE_WORKING_DAY = timedelta(hours=8)


class TimerState(StrEnum):
    IN_TIME = "in_time"
    WARNING = "warning"
    OVERDUE = "overdue"
    PAUSED = "paused"
    DONE = "done"

    @property
    def label(self) -> str:
        return {
            TimerState.IN_TIME: "Trong hạn",
            TimerState.WARNING: "Sắp đến hạn",
            TimerState.OVERDUE: "Quá hạn",
            TimerState.PAUSED: "Tạm dừng",
            TimerState.DONE: "Đã xong",
        }[self]


@dataclass(frozen=True)
class Timer:
    state: TimerState
    remaining: timedelta | None
    text: str  # "còn 1 ngày 3 giờ", "quá hạn 2 giờ", "Tạm dừng (chờ bổ sung)"


def timer_for(calendar: WorkingCalendar, *, status: int, due_at: datetime | None,
              paused: bool, received_at: datetime, now: datetime,
              warning: timedelta = ONE_WORKING_DAY) -> Timer:
    """The live timer of one dossier row; cheap enough to run on every visible row each tick."""
    if status not in OPEN_STATUSES or due_at is None:
        return Timer(TimerState.DONE, None, Status(status).label if status else "")
    if paused:
        reason = ("chờ bổ sung" if status == int(Status.SUPPLEMENT_REQUESTED)
                  else "chờ nghĩa vụ tài chính")
        return Timer(TimerState.PAUSED, None, f"Tạm dừng ({reason})")
    remaining = working_time_between(calendar, now, due_at, as_of=received_at.date())
    if now > due_at or remaining < timedelta(0):
        # past the due instant with no working time since (evening, weekend, holiday)
        text = format_remaining(remaining) if remaining < timedelta(0) else "vừa quá hạn"
        return Timer(TimerState.OVERDUE, remaining, text)
    state = TimerState.WARNING if remaining < warning else TimerState.IN_TIME
    return Timer(state, remaining, format_remaining(remaining))


@dataclass(frozen=True)
class DueOverview:
    due_today: int
    due_tomorrow: int
    at_risk: int
    overdue: int
    paused: int
    open_total: int


def _end_of_working_day(calendar: WorkingCalendar, day) -> datetime:
    intervals = calendar.working_intervals(day)
    return intervals[-1][1] if intervals else datetime.combine(day, time(23, 59))


def due_windows(calendar: WorkingCalendar, now: datetime,
                warning: timedelta = ONE_WORKING_DAY) -> dict[str, tuple[datetime, datetime]]:
    """The instants that bound each tile of the "Đến hạn / Quá hạn" page."""
    today = now.date()
    tomorrow = calendar.next_working_day(today)
    start_today = datetime.combine(today, time())
    end_today = datetime.combine(today, time(23, 59, 59))
    return {
        "due_today": (max(now, start_today), end_today),
        "due_tomorrow": (datetime.combine(tomorrow, time()),
                         datetime.combine(tomorrow, time(23, 59, 59))),
        "at_risk": (now, add_working_time(calendar, now, warning)),
    }


def due_overview(db: Database, calendar: WorkingCalendar, now: datetime,
                 warning: timedelta = ONE_WORKING_DAY) -> DueOverview:
    """Counts for the tiles, each an indexed count over ``(status, due_at)``."""
    w = due_windows(calendar, now, warning)
    d = m.Dossier
    running = and_(d.status.in_(OPEN_STATUSES), d.paused.is_(False))
    with db.session() as s:
        def count(*conds) -> int:
            return s.execute(select(func.count(d.id)).where(*conds)).scalar_one()

        return DueOverview(
            due_today=count(running, d.due_at >= w["due_today"][0],
                            d.due_at <= w["due_today"][1]),
            due_tomorrow=count(running, d.due_at >= w["due_tomorrow"][0],
                               d.due_at <= w["due_tomorrow"][1]),
            at_risk=count(running, d.due_at > now, d.due_at <= w["at_risk"][1]),
            overdue=count(running, d.due_at < now),
            paused=count(d.status.in_(OPEN_STATUSES), d.paused.is_(True)),
            open_total=count(d.status.in_(OPEN_STATUSES)),
        )


def due_list_filter(kind: str, calendar: WorkingCalendar, now: datetime,
                    warning: timedelta = ONE_WORKING_DAY):
    """SQL conditions for one tile's list (used by the page with ``order_by(due_at)``)."""
    d = m.Dossier
    running = and_(d.status.in_(OPEN_STATUSES), d.paused.is_(False))
    if kind == "paused":
        return [d.status.in_(OPEN_STATUSES), d.paused.is_(True)]
    if kind == "overdue":
        return [running, d.due_at < now]
    lo, hi = due_windows(calendar, now, warning)[kind]
    if kind == "at_risk":
        return [running, d.due_at > now, d.due_at <= hi]
    return [running, d.due_at >= lo, d.due_at <= hi]


# ----------------------------------------------------------------------------- alerts


class AlertKind(StrEnum):
    WARNING = "warning"  # entered the warning window
    APOLOGY_DUE = "apology_due"  # one working day before the due time (NĐ 61/2018 Art. 19(9))
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        return {
            AlertKind.WARNING: "Sắp đến hạn",
            AlertKind.APOLOGY_DUE: "Đến lúc phát hành Phiếu xin lỗi, hẹn lại",
            AlertKind.OVERDUE: "Đã quá hạn",
        }[self]


@dataclass(frozen=True)
class FiredAlert:
    dossier_id: int
    code: str
    applicant_name: str
    kind: AlertKind
    due_at: datetime
    fired_at: datetime

    @property
    def message(self) -> str:
        return (f"{self.kind.label}: hồ sơ {self.code} ({self.applicant_name}), "
                f"hạn {self.due_at:%H:%M %d/%m/%Y}.")


def in_working_time(calendar: WorkingCalendar, now: datetime) -> bool:
    if not calendar.is_working_day(now.date()):
        return False
    return any(a <= now <= b for a, b in calendar.working_intervals(now.date()))


def scan_alerts(db: Database, calendar: WorkingCalendar, now: datetime,
                warning: timedelta = ONE_WORKING_DAY) -> list[FiredAlert]:
    """Fire the alerts that are due at ``now``; at most one per dossier, kind and due time.

    Runs only in working time: an alert whose instant fell in the night or on a holiday
    fires at the start of the next working period.
    """
    if not in_working_time(calendar, now):
        return []
    thresholds = {
        AlertKind.OVERDUE: now,
        AlertKind.APOLOGY_DUE: add_working_time(calendar, now, ONE_WORKING_DAY),
        AlertKind.WARNING: add_working_time(calendar, now, warning),
    }
    d, a = m.Dossier, m.Alert
    fired: list[FiredAlert] = []
    fired_ids: set[int] = set()
    with db.session() as s:
        for kind, limit in thresholds.items():
            cond = (d.due_at <= limit if kind is AlertKind.OVERDUE
                    else and_(d.due_at <= limit, d.due_at > now))
            already = select(a.id).where(a.dossier_id == d.id, a.kind == kind.value,
                                         a.due_at == d.due_at).exists()
            rows = s.execute(
                select(d.id, d.code, d.applicant_name, d.due_at)
                .where(d.status.in_(OPEN_STATUSES), d.paused.is_(False), cond, ~already)
                .order_by(d.due_at).limit(500)
            ).all()
            for dossier_id, code, name, due in rows:
                # one signal at a time: a dossier that just got a stronger alert in this
                # scan has its weaker one recorded as already seen, not shown twice
                louder = dossier_id in fired_ids
                s.add(a(dossier_id=dossier_id, kind=kind.value, due_at=due, fired_at=now,
                        seen=louder))
                if not louder:
                    fired_ids.add(dossier_id)
                    fired.append(FiredAlert(dossier_id, code or "", name, kind, due, now))
        try:
            s.flush()
        except IntegrityError:  # another workstation's scan won the race: nothing twice
            s.rollback()
            return []
    return fired


# ----------------------------------------------------------------------------- prediction


@dataclass(frozen=True)
class RiskHint:
    """A hint, never a fact: how long this procedure and unit took before."""

    samples: int
    median_hours: float
    p80_hours: float
    projected_finish: datetime | None
    at_risk: bool
    text: str


def predict_finish(db: Database, calendar: WorkingCalendar, *, procedure_code: str,
                   handling_unit: str, received_at: datetime, due_at: datetime | None,
                   history: int = 200) -> RiskHint:
    """Median and 80th percentile of past working hours for the same procedure and unit."""
    d = m.Dossier
    with db.session() as s:
        rows = s.execute(
            select(d.received_at, d.resolved_at)
            .where(d.procedure_code == procedure_code, d.handling_unit == handling_unit,
                   d.resolved_at.is_not(None))
            .order_by(d.resolved_at.desc()).limit(history)
        ).all()
    hours = sorted(
        max(0.0, working_time_between(calendar, r, f, as_of=r.date()).total_seconds() / 3600)
        for r, f in rows
    )
    if len(hours) < 5:
        return RiskHint(len(hours), 0, 0, None, False,
                        "Chưa đủ dữ liệu lịch sử để ước tính thời gian xử lý.")
    median = statistics.median(hours)
    p80 = hours[min(len(hours) - 1, int(0.8 * (len(hours) - 1) + 0.5))]
    finish = add_working_time(calendar, received_at, timedelta(hours=p80),
                              as_of=received_at.date())
    risky = due_at is not None and finish > due_at
    text = (f"Ước tính (không phải kết luận): {len(hours)} hồ sơ cùng thủ tục và đơn vị "
            f"trước đây mất trung vị {median:.1f} giờ làm việc, 80% xong trong {p80:.1f} giờ.")
    if risky:
        text += (f" Theo mức 80%, hồ sơ này có thể xong lúc {finish:%H:%M %d/%m/%Y}, "
                 "sau thời hạn: nên theo dõi sát hoặc chuẩn bị Phiếu xin lỗi.")
    return RiskHint(len(hours), median, p80, finish, risky, text)


@dataclass(frozen=True)
class UnitLateness:
    unit: str
    steps: int
    late: int
    on_time: int
    early: int
    open_overdue: int


def step_lateness_by_unit(db: Database, now: datetime) -> list[UnitLateness]:
    """Per-step deadlines (Mẫu 05/06 rows) summarised by unit: who is late."""
    st = m.DossierStep
    with db.session() as s:
        rows = s.execute(
            select(
                st.unit, func.count(st.id),
                func.sum((st.outcome == "qua_han").cast(Integer)),
                func.sum((st.outcome == "dung_han").cast(Integer)),
                func.sum((st.outcome == "truoc_han").cast(Integer)),
                func.sum(and_(st.finished_at.is_(None), st.due_at < now).cast(Integer)),
            ).group_by(st.unit).order_by(st.unit)
        ).all()
    return [UnitLateness(u, n, late or 0, ok or 0, early or 0, od or 0)
            for u, n, late, ok, early, od in rows]


# ----------------------------------------------------------------------------- tile lists

DUE_LIST_KINDS = ("due_today", "due_tomorrow", "at_risk", "overdue", "paused", "apology_pending")


def due_list(db: Database, calendar: WorkingCalendar, kind: str, now: datetime,
             warning: timedelta = ONE_WORKING_DAY, limit: int = 500) -> list:
    """The dossiers behind one tile of the "Đến hạn / Quá hạn" page, soonest due first.

    ``kind`` is a tile of ``due_overview`` or ``apology_pending`` (a drafted Phiếu xin lỗi
    waiting for the supervisor). Returns ``services.dossiers.DossierRow`` values.
    """
    from cchc_desktop.services.dossiers import DossierRow

    if kind not in DUE_LIST_KINDS:
        raise ValueError(f"unknown due list: {kind!r}")
    d = m.Dossier
    cols = (d.id, d.code, d.applicant_name, d.procedure_code, d.procedure_name, d.received_at,
            d.due_at, d.status, d.paused, d.extended, d.resolved_at, d.returned_at,
            d.handling_unit)
    query = select(*cols)
    if kind == "apology_pending":
        query = query.join(m.Apology, m.Apology.dossier_id == d.id).where(
            m.Apology.state == "draft", d.status.in_(OPEN_STATUSES))
    else:
        query = query.where(*due_list_filter(kind, calendar, now, warning))
    with db.session() as s:
        rows = s.execute(query.order_by(d.due_at, d.id).limit(limit)).all()
    return [DossierRow(r[0], r[1] or "", *r[2:]) for r in rows]
