"""The office calendar as stored: settings versions and the override table.

``load_calendar`` builds the immutable ``domain.calendar.WorkingCalendar`` from the
database; admins (or the province, through sync) add extra days off and extra working
days with a reason (domain.md §4: future Tết dates are estimates until announced).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from cchc_desktop.domain.calendar import (
    CalendarOverride,
    CalendarSettings,
    DeadlineModel,
    OverrideKind,
    WorkingCalendar,
    WorkingPeriod,
)
from cchc_desktop.domain.dossier import Role
from cchc_desktop.domain.errors import ValidationError
from cchc_desktop.domain.text import normalize_text
from cchc_desktop.services.audit import append_audit
from cchc_desktop.services.users import CurrentUser
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import Database


def _settings_from_row(row: m.CalendarSettingsVersion) -> CalendarSettings:
    periods = tuple(
        WorkingPeriod(time.fromisoformat(a), time.fromisoformat(b))
        for a, b in json.loads(row.periods)
    )
    return CalendarSettings(
        effective_from=row.effective_from,
        periods=periods,
        weekend=frozenset(json.loads(row.weekend)),
        same_day_cutoff=time.fromisoformat(row.same_day_cutoff),
        model=DeadlineModel(row.model),
    )


def load_calendar(db: Database) -> WorkingCalendar:
    with db.session() as s:
        versions = [
            _settings_from_row(r)
            for r in s.execute(select(m.CalendarSettingsVersion)).scalars()
        ]
        overrides = [
            CalendarOverride(r.day, OverrideKind(r.kind), r.reason)
            for r in s.execute(select(m.CalendarOverride)).scalars()
        ]
    return WorkingCalendar(versions or (CalendarSettings(),), overrides)


@dataclass(frozen=True)
class OverrideRow:
    day: date
    kind: str
    reason: str
    source: str


def list_overrides(db: Database) -> list[OverrideRow]:
    with db.session() as s:
        rows = s.execute(select(m.CalendarOverride).order_by(m.CalendarOverride.day)).scalars()
        return [OverrideRow(r.day, r.kind, r.reason, r.source) for r in rows]


def set_override(
    db: Database, *, day: date, kind: str, reason: str, user: CurrentUser | None,
    now: datetime, source: str = "admin",
) -> None:
    """Add or replace the override of ``day``. Admins only, or the province via sync."""
    if source == "admin":
        if user is None:
            raise ValidationError("role.forbidden", "Cần đăng nhập bằng tài khoản quản trị.")
        user.require(Role.ADMIN)
    reason = normalize_text(reason)
    if not reason:
        raise ValidationError("calendar.reason_required", "Phải ghi lý do của ngày điều chỉnh.",
                              field="reason")
    kind = OverrideKind(kind).value
    with db.session() as s:
        row = s.execute(select(m.CalendarOverride).where(m.CalendarOverride.day == day)).scalar()
        before = None if row is None else {"kind": row.kind, "reason": row.reason}
        if row is None:
            row = m.CalendarOverride(day=day, kind=kind, reason=reason, source=source,
                                     created_at=now)
            s.add(row)
        else:
            row.kind, row.reason, row.source = kind, reason, source
        append_audit(
            s, at=now, action="calendar.override", entity="calendar", entity_id=day.isoformat(),
            before=before, after={"kind": kind, "reason": reason, "source": source},
            user_id=user.id if user else None, username=user.username if user else source,
        )


def save_settings_version(db: Database, settings: CalendarSettings) -> None:
    """Store a settings version (effective from its date; older dossiers keep theirs)."""
    with db.session() as s:
        row = s.execute(
            select(m.CalendarSettingsVersion).where(
                m.CalendarSettingsVersion.effective_from == settings.effective_from
            )
        ).scalar()
        if row is None:
            row = m.CalendarSettingsVersion(effective_from=settings.effective_from)
            s.add(row)
        row.periods = json.dumps(
            [[p.start.strftime("%H:%M"), p.end.strftime("%H:%M")] for p in settings.periods]
        )
        row.weekend = json.dumps(sorted(settings.weekend))
        row.same_day_cutoff = settings.same_day_cutoff.strftime("%H:%M")
        row.model = DeadlineModel(settings.model).value
