"""Deadline watch with a fake clock: alerts fire once, at the right working instant."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from cchc_desktop.domain.errors import DomainError, PermissionDenied
from cchc_desktop.services.deadlines import (
    AlertKind,
    TimerState,
    due_overview,
    predict_finish,
    scan_alerts,
    step_lateness_by_unit,
    timer_for,
)
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.storage import models as m

APPLICANT = ApplicantInput(name="Trần Thị Hương", id_number="068190012345", sex="Nữ",
                           phone="0987654321")


def accept(services, user, when, code="1.004873"):
    proc = services.dossiers.intake_procedure(code)
    intake = IntakeInput(procedure_code=code, applicant=APPLICANT,
                         components=tuple(ComponentInput(c.id, originals=1)
                                          for c in proc.components))
    return services.dossiers.accept(intake, user=user, now=when)


def accept_and_transfer(services, user, when, code="1.004873"):
    d = accept(services, user, when, code)
    return services.dossiers.transfer(d.id, unit="Công chức Tư pháp - Hộ tịch", user=user,
                                      now=when)


def walk(services, start: datetime, end: datetime, step=timedelta(minutes=15)):
    """Run the alert scan every ``step`` like the program's timer; return what fired when."""
    fired = []
    t = start
    while t <= end:
        fired += [(f.kind, t, f.dossier_id) for f in scan_alerts(services.db, services.calendar, t)]
        t += step
    return fired


def test_alerts_fire_once_in_working_time_across_weekend_and_tet(services, officer):
    # 3 working days from Fri 24/01/2025 15:30 → Wed 05/02/2025 15:30 (Tết 27/1–1/2).
    d = accept(services, officer, datetime(2025, 1, 24, 15, 30))
    assert d.timing.current_due == datetime(2025, 2, 5, 15, 30)
    fired = walk(services, datetime(2025, 1, 24, 15, 30), datetime(2025, 2, 6, 10, 0))
    kinds = [(k, t) for k, t, _ in fired]
    # one working day (8 working hours) before Wed 15:30 is Tue 04/02 15:30:
    # warning and apology-due coincide, so one alert is shown (the apology one)
    assert kinds == [
        (AlertKind.APOLOGY_DUE, datetime(2025, 2, 4, 15, 30)),
        (AlertKind.OVERDUE, datetime(2025, 2, 5, 15, 30)),
    ]
    # nothing fired at night, on the weekend or during Tết
    assert all(services.calendar.is_working_day(t.date()) for _, t in kinds)
    with services.db.session() as s:
        rows = s.execute(select(m.Alert.kind, m.Alert.seen)).all()
    assert sorted(rows) == [("apology_due", False), ("overdue", False), ("warning", True)]


def test_overdue_during_the_night_fires_at_the_next_working_morning(services, officer):
    # same-day procedure received Fri 14:00 → due Fri 17:00
    d = accept(services, officer, datetime(2025, 3, 7, 14, 0), code="1.001193")
    assert d.timing.current_due == datetime(2025, 3, 7, 17, 0)
    # the program is closed at 17:00; it runs again on Saturday night and Monday morning
    assert scan_alerts(services.db, services.calendar, datetime(2025, 3, 8, 23, 0)) == []
    fired = scan_alerts(services.db, services.calendar, datetime(2025, 3, 10, 7, 0))
    assert [f.kind for f in fired] == [AlertKind.OVERDUE]
    assert scan_alerts(services.db, services.calendar, datetime(2025, 3, 10, 7, 15)) == []


def test_timer_states_and_texts(services, officer):
    d = accept(services, officer, datetime(2025, 3, 3, 8, 0))  # due Thu 06/03 08:00
    cal = services.calendar

    def at(when):
        return timer_for(cal, status=d.status, due_at=d.timing.current_due, paused=False,
                         received_at=d.received_at, now=when)

    assert at(datetime(2025, 3, 3, 9, 0)).state is TimerState.IN_TIME
    assert at(datetime(2025, 3, 3, 9, 0)).text == "còn 2 ngày 7 giờ"
    assert at(datetime(2025, 3, 5, 10, 0)).state is TimerState.WARNING
    late = at(datetime(2025, 3, 6, 10, 0))
    assert late.state is TimerState.OVERDUE and late.text == "quá hạn 2 giờ"
    paused = timer_for(cal, status=5, due_at=d.timing.current_due, paused=True,
                       received_at=d.received_at, now=datetime(2025, 3, 6, 10, 0))
    assert paused.state is TimerState.PAUSED and "bổ sung" in paused.text


def test_due_overview_counts(services, officer):
    accept(services, officer, datetime(2025, 3, 3, 8, 0))  # due Thu 06/03 08:00
    accept(services, officer, datetime(2025, 3, 4, 8, 0))  # due Fri 07/03 08:00
    accept(services, officer, datetime(2025, 2, 24, 8, 0))  # due Thu 27/02: overdue
    ov = due_overview(services.db, services.calendar, datetime(2025, 3, 6, 7, 30))
    assert (ov.due_today, ov.due_tomorrow, ov.overdue, ov.open_total) == (1, 1, 1, 3)
    # Thu 07:30 + 8 working hours = Fri 07:30: only Thursday's dossier is inside the window
    assert ov.at_risk == 1


def test_apology_needs_a_dossier_in_progress(services, officer):
    d = accept(services, officer, datetime(2025, 3, 3, 8, 0))
    with pytest.raises(DomainError) as err:
        services.apologies.draft(d.id, reason="x", new_due=datetime(2025, 3, 12, 8, 0),
                                 user=officer, now=datetime(2025, 3, 4, 8, 0))
    assert err.value.code == "transition.not_allowed"


def test_apology_draft_approve_issue_and_second_refused(services, officer, supervisor):
    d = accept_and_transfer(services, officer, datetime(2025, 3, 3, 8, 0))  # due Thu 06/03 08:00
    apologies = services.apologies
    suggested = apologies.suggest_new_due(d.id, datetime(2025, 3, 4, 9, 0))
    assert suggested > d.timing.current_due
    draft = apologies.draft(d.id, reason="Cần xác minh thêm thông tin", new_due=suggested,
                            user=officer, now=datetime(2025, 3, 4, 9, 0))
    assert draft.state == "draft" and draft.signer_name == "Phạm Văn Hùng"
    with pytest.raises(PermissionDenied):
        apologies.approve(draft.id, user=officer, now=datetime(2025, 3, 4, 10, 0))
    issued = apologies.approve(draft.id, user=supervisor, now=datetime(2025, 3, 4, 10, 0))
    assert issued.state == "issued" and issued.number_text == "1/PXL"
    assert issued.late_issue is False  # more than one working day before Thu 08:00
    after = services.dossiers.detail(d.id)
    assert after.timing.current_due == suggested
    assert after.timing.original_due == datetime(2025, 3, 6, 8, 0)
    rows = services.dossiers.page()
    assert rows[0].due_at == suggested and rows[0].extended
    with pytest.raises(DomainError) as second:
        apologies.draft(d.id, reason="Lần hai", new_due=suggested + timedelta(days=3),
                        user=officer, now=datetime(2025, 3, 5, 9, 0))
    assert second.value.code == "extension.already_used"
    assert "Điều 19" in second.value.message
    informed = apologies.record_informed(issued.id, via="dien_thoai", user=officer,
                                         now=datetime(2025, 3, 4, 10, 30))
    assert informed.informed_via == "dien_thoai"


def test_late_apology_is_allowed_but_flagged(services, officer, supervisor):
    d = accept_and_transfer(services, officer, datetime(2025, 3, 3, 8, 0))  # due Thu 06/03 08:00
    draft = services.apologies.draft(d.id, reason="Chờ ý kiến phối hợp",
                                     new_due=datetime(2025, 3, 10, 17, 0), user=officer,
                                     now=datetime(2025, 3, 5, 14, 0))
    issued = services.apologies.approve(draft.id, user=supervisor,
                                        now=datetime(2025, 3, 5, 14, 0))
    assert issued.late_issue is True
    assert "phát hành muộn" in services.dossiers.detail(d.id).events[-1].note


def test_new_due_must_be_later(services, officer):
    d = accept_and_transfer(services, officer, datetime(2025, 3, 3, 8, 0))
    with pytest.raises(DomainError) as err:
        services.apologies.draft(d.id, reason="x", new_due=datetime(2025, 3, 5, 8, 0),
                                 user=officer, now=datetime(2025, 3, 4, 8, 0))
    assert err.value.code == "extension.not_later"


def test_step_deadlines_show_the_late_unit(services, officer):
    d = accept(services, officer, datetime(2025, 3, 3, 8, 0))
    services.dossiers.transfer(d.id, unit="Văn phòng đăng ký đất đai", allotted_hours=4,
                               user=officer, now=datetime(2025, 3, 3, 8, 0))
    services.dossiers.transfer(d.id, unit="Công chức Địa chính", allotted_hours=4,
                               user=officer, now=datetime(2025, 3, 4, 8, 0))
    lateness = {u.unit: u for u in step_lateness_by_unit(services.db,
                                                         datetime(2025, 3, 5, 8, 0))}
    assert lateness["Văn phòng đăng ký đất đai"].late == 1
    assert lateness["Công chức Địa chính"].open_overdue == 1


def test_prediction_is_a_hint_with_reasons(services, officer):
    for day in range(3, 10):
        d = accept(services, officer, datetime(2025, 3, day, 8, 0)
                   if datetime(2025, 3, day).weekday() < 5 else datetime(2025, 3, 10, 8, 0))
        services.dossiers.transfer(d.id, unit="Tư pháp", user=officer,
                                   now=d.received_at + timedelta(minutes=10))
    ids = [r.id for r in services.dossiers.page()]
    for i in ids[:6]:
        detail = services.dossiers.detail(i)
        services.dossiers.mark_resolved(i, user=officer,
                                        now=detail.timing.current_due + timedelta(hours=3))
    hint = predict_finish(services.db, services.calendar, procedure_code="1.004873",
                          handling_unit="Tư pháp", received_at=datetime(2025, 3, 17, 8, 0),
                          due_at=datetime(2025, 3, 20, 8, 0))
    assert hint.samples == 6 and hint.at_risk
    assert "không phải kết luận" in hint.text
