"""Clock events: pauses, restart after supplement, 766 accounting, one extension."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from cchc_desktop.domain.calendar import WorkingCalendar
from cchc_desktop.domain.deadlines import Duration, Outcome
from cchc_desktop.domain.errors import DomainError, ValidationError
from cchc_desktop.domain.timing import (
    ClockEvent,
    ClockEventKind,
    check_extension,
    derive_timing,
)

CAL = WorkingCalendar.default()
D = datetime
K = ClockEventKind
THREE = Duration.working_days(3)


def received(at):
    return ClockEvent(K.RECEIVED, at)


def test_no_events_after_reception():
    t = derive_timing(CAL, THREE, [received(D(2025, 1, 24, 15, 30))])
    assert t.original_due == t.current_due == t.due_766 == D(2025, 2, 5, 15, 30)
    assert not t.paused and not t.extended and t.supplement_requests == 0
    assert t.remaining(CAL, D(2025, 2, 5, 7, 0)) == timedelta(hours=6.5)


def test_financial_pause_across_tet_moves_the_due_time():
    events = [
        received(D(2025, 1, 20, 9)),
        ClockEvent(K.PAUSED, D(2025, 1, 22, 9), pause_kind="financial"),
        ClockEvent(K.RESUMED, D(2025, 2, 3, 9)),
    ]
    t = derive_timing(CAL, THREE, events)
    assert t.original_due == D(2025, 1, 23, 9)
    assert t.paused_time == timedelta(hours=24)  # 22/1 6h + 23/1 + 24/1 + 3/2 2h; Tết free
    assert t.current_due == D(2025, 2, 4, 9)
    assert t.due_766 == D(2025, 2, 4, 9)
    assert t.pauses == ((D(2025, 1, 22, 9), D(2025, 2, 3, 9)),)
    assert t.supplement_requests == 0


def test_open_pause_freezes_remaining_time():
    events = [
        received(D(2025, 1, 20, 9)),
        ClockEvent(K.PAUSED, D(2025, 1, 22, 9), pause_kind="supplement"),
    ]
    t = derive_timing(CAL, THREE, events)
    assert t.paused
    assert t.remaining(CAL, D(2025, 3, 1, 9)) == timedelta(hours=8)
    assert t.remaining(CAL, D(2025, 1, 22, 16)) == timedelta(hours=8)
    assert t.projected_due(CAL, D(2025, 1, 23, 9)) == D(2025, 1, 24, 9)


def test_restart_after_complete_supplement():
    # NĐ 61/2018 Art. 19(4): the legal period restarts from zero; 766 subtracts the pause.
    events = [
        received(D(2025, 1, 20, 9)),
        ClockEvent(K.PAUSED, D(2025, 1, 21, 9), pause_kind="supplement"),
        ClockEvent(K.RESTARTED, D(2025, 2, 4, 9)),
    ]
    t = derive_timing(CAL, THREE, events)
    assert t.original_due == D(2025, 1, 23, 9)
    assert t.current_due == D(2025, 2, 7, 9)
    assert t.paused_time == timedelta(hours=40)
    assert t.due_766 == D(2025, 2, 6, 9)
    assert t.restarted_at == D(2025, 2, 4, 9)
    assert t.supplement_requests == 1
    assert t.outcome(D(2025, 2, 7, 9)) is Outcome.ON_TIME
    assert t.outcome_766(D(2025, 2, 7, 9)) is Outcome.LATE
    assert t.outcome_766(D(2025, 2, 5, 9)) is Outcome.EARLY


def test_more_than_one_supplement_is_late_for_766():
    events = [
        received(D(2025, 3, 3, 9)),
        ClockEvent(K.PAUSED, D(2025, 3, 3, 10), pause_kind="supplement"),
        ClockEvent(K.RESTARTED, D(2025, 3, 4, 10)),
        ClockEvent(K.PAUSED, D(2025, 3, 5, 10), pause_kind="supplement"),
        ClockEvent(K.RESTARTED, D(2025, 3, 6, 10)),
    ]
    t = derive_timing(CAL, THREE, events)
    assert t.supplement_requests == 2
    assert t.outcome_766(D(2025, 3, 6, 11)) is Outcome.LATE
    assert t.current_due == D(2025, 3, 11, 10)


def test_extension_once_and_late_flag():
    base = [received(D(2025, 3, 3, 9))]  # due Thu 6/3 09:00
    t = derive_timing(CAL, THREE, base)
    assert check_extension(CAL, t, D(2025, 3, 10, 17), D(2025, 3, 4, 9)) is False
    assert check_extension(CAL, t, D(2025, 3, 10, 17), D(2025, 3, 5, 14)) is True
    ext = ClockEvent(K.EXTENDED, D(2025, 3, 5, 14), reason="Chờ ý kiến", new_due=D(2025, 3, 10, 17))
    t2 = derive_timing(CAL, THREE, [*base, ext])
    assert t2.extended and t2.extension_late_issue
    assert t2.current_due == D(2025, 3, 10, 17)
    assert t2.original_due == t2.due_766 == D(2025, 3, 6, 9)
    assert t2.previous_due == D(2025, 3, 6, 9)


def test_second_extension_is_rejected():
    base = [
        received(D(2025, 3, 3, 9)),
        ClockEvent(K.EXTENDED, D(2025, 3, 4, 9), new_due=D(2025, 3, 10, 17)),
    ]
    t = derive_timing(CAL, THREE, base)
    with pytest.raises(DomainError) as info:
        check_extension(CAL, t, D(2025, 3, 20, 17), D(2025, 3, 5, 9))
    assert info.value.code == "extension.already_used"
    assert "61/2018" in info.value.message
    with pytest.raises(DomainError) as info:
        derive_timing(
            CAL, THREE,
            [*base, ClockEvent(K.EXTENDED, D(2025, 3, 5, 9), new_due=D(2025, 3, 20, 17))],
        )
    assert info.value.code == "extension.already_used"


def test_extension_must_be_later():
    t = derive_timing(CAL, THREE, [received(D(2025, 3, 3, 9))])
    for new_due in (D(2025, 3, 6, 9), D(2025, 3, 5, 9)):
        with pytest.raises(DomainError) as info:
            check_extension(CAL, t, new_due, D(2025, 3, 4, 9))
        assert info.value.code == "extension.not_later"


@pytest.mark.parametrize(
    ("events", "code"),
    [
        ([], "timing.no_reception"),
        ([ClockEvent(K.PAUSED, D(2025, 3, 3, 9))], "timing.no_reception"),
        (
            [received(D(2025, 3, 3, 9)), ClockEvent(K.RESUMED, D(2025, 3, 4, 9))],
            "timing.not_paused",
        ),
        (
            [
                received(D(2025, 3, 3, 9)),
                ClockEvent(K.PAUSED, D(2025, 3, 4, 9)),
                ClockEvent(K.PAUSED, D(2025, 3, 4, 10)),
            ],
            "timing.already_paused",
        ),
        (
            [received(D(2025, 3, 3, 9)), ClockEvent(K.PAUSED, D(2025, 3, 2, 9))],
            "timing.out_of_order",
        ),
        ([received(D(2025, 3, 3, 9)), received(D(2025, 3, 3, 10))], "timing.received_twice"),
        ([received(D(2025, 3, 3, 9)), ClockEvent(K.EXTENDED, D(2025, 3, 4, 9))],
         "extension.new_due_required"),
    ],
)
def test_inconsistent_histories_are_rejected(events, code):
    with pytest.raises((DomainError, ValidationError)) as info:
        derive_timing(CAL, THREE, events)
    assert info.value.code == code


def test_derivation_is_deterministic():
    events = [
        received(D(2024, 2, 7, 10)),
        ClockEvent(K.PAUSED, D(2024, 2, 7, 11), pause_kind="supplement"),
        ClockEvent(K.RESTARTED, D(2024, 2, 16, 8)),
    ]
    assert derive_timing(CAL, THREE, events) == derive_timing(CAL, THREE, list(events))
