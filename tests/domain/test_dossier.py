"""The dossier state machine: transitions, roles and what each action requires."""

from __future__ import annotations

import pytest

from cchc_desktop.domain.dossier import (
    Action,
    Role,
    Status,
    allowed_actions,
    clock_effect,
    transition,
)
from cchc_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from cchc_desktop.domain.timing import ClockEventKind

S, A, R = Status, Action, Role


def test_labels_and_flags():
    assert S(5).label == "Yêu cầu bổ sung giấy tờ"
    assert S.RETURNED.label == "Đã trả kết quả"
    assert [s for s in S if s.is_final] == [S.NOT_ACCEPTED, S.STOPPED, S.RETURNED]
    assert S.IN_PROGRESS.is_open and not S.STOPPED.is_open
    assert S.SUPPLEMENT_REQUESTED.is_paused and not S.IN_PROGRESS.is_paused
    assert all(a.label for a in A) and all(a.value == a.value.lower() for a in A)


def test_full_happy_path_with_supplement_and_financial():
    s = transition(S.NEW_ONLINE, A.ACCEPT, R.OFFICER)
    s = transition(s, A.TRANSFER, R.OFFICER)
    s = transition(s, A.REQUEST_SUPPLEMENT, R.OFFICER, items=["Bản sao giấy khai sinh"])
    assert s is S.SUPPLEMENT_REQUESTED
    s = transition(s, A.RECEIVE_SUPPLEMENT, R.OFFICER)
    s = transition(s, A.REQUEST_FINANCIAL, R.OFFICER)
    assert s is S.FINANCIAL_OBLIGATION
    s = transition(s, A.CONFIRM_FINANCIAL, R.OFFICER)
    s = transition(s, A.EXTEND, R.SUPERVISOR, reason="Chờ xác minh")
    s = transition(s, A.RECORD_PROGRESS, R.OFFICER)
    s = transition(s, A.MARK_RESOLVED, R.OFFICER)
    s = transition(s, A.RETURN_RESULT, R.OFFICER, return_method="truc_tiep")
    assert s is S.RETURNED and s.is_final


def test_withdrawal_then_stop():
    s = transition(S.IN_PROGRESS, A.REQUEST_WITHDRAWAL, R.OFFICER)
    assert s is S.WITHDRAWAL_REQUESTED
    with pytest.raises(ValidationError) as info:
        transition(s, A.STOP, R.OFFICER)
    assert info.value.code == "withdrawal.stop_notice_required"
    assert transition(s, A.STOP, R.OFFICER, stop_notice=True) is S.STOPPED


@pytest.mark.parametrize(
    ("status", "action", "kwargs", "code"),
    [
        (S.NEW_ONLINE, A.REFUSE, {}, "refusal.reason_required"),
        (S.NEW_ONLINE, A.REFUSE, {"reason": "   "}, "refusal.reason_required"),
        (S.IN_PROGRESS, A.REFUSE_AFTER_REVIEW, {}, "refusal.reason_required"),
        (S.IN_PROGRESS, A.REQUEST_SUPPLEMENT, {}, "supplement.items_required"),
        (S.IN_PROGRESS, A.REQUEST_SUPPLEMENT, {"items": [" "]}, "supplement.items_required"),
        (
            S.IN_PROGRESS, A.REQUEST_SUPPLEMENT,
            {"items": ["Tờ khai"], "supplement_requests": 1}, "supplement.already_requested",
        ),
        (S.RESOLVED, A.RETURN_RESULT, {}, "return.method_required"),
        (S.WITHDRAWAL_REQUESTED, A.STOP, {}, "withdrawal.stop_notice_required"),
        (S.IN_PROGRESS, A.EXTEND, {}, "extension.reason_required"),
    ],
)
def test_requirements(status, action, kwargs, code):
    with pytest.raises(DomainError) as info:
        transition(status, action, R.ADMIN, **kwargs)
    assert info.value.code == code
    assert info.value.message


@pytest.mark.parametrize(
    ("status", "action"),
    [
        (S.NEW_ONLINE, A.TRANSFER),
        (S.ACCEPTED, A.ACCEPT),
        (S.NOT_ACCEPTED, A.ACCEPT),
        (S.RETURNED, A.RETURN_RESULT),
        (S.STOPPED, A.TRANSFER),
        (S.SUPPLEMENT_REQUESTED, A.MARK_RESOLVED),
        (S.FINANCIAL_OBLIGATION, A.RECEIVE_SUPPLEMENT),
        (S.RESOLVED, A.REQUEST_WITHDRAWAL),
        (S.IN_PROGRESS, A.STOP),
    ],
)
def test_illegal_transitions(status, action):
    with pytest.raises(DomainError) as info:
        transition(status, action, R.ADMIN, reason="x", items=["x"], return_method="x",
                   stop_notice=True)
    assert info.value.code == "transition.not_allowed"
    assert status.label in info.value.message


def test_final_statuses_allow_nothing():
    for status in (S.NOT_ACCEPTED, S.STOPPED, S.RETURNED):
        assert allowed_actions(status, R.ADMIN) == []


@pytest.mark.parametrize("action", [A.REFUSE_AFTER_REVIEW, A.EXTEND])
def test_supervisor_only_actions(action):
    with pytest.raises(PermissionDenied) as info:
        transition(S.IN_PROGRESS, action, R.OFFICER, reason="Lý do")
    assert info.value.code == "role.forbidden"
    for role in (R.SUPERVISOR, R.ADMIN):
        assert transition(S.IN_PROGRESS, action, role, reason="Lý do") in (
            S.IN_PROGRESS, S.RESOLVED
        )


def test_role_is_checked_before_requirements():
    with pytest.raises(PermissionDenied):
        transition(S.IN_PROGRESS, A.EXTEND, R.OFFICER)


def test_allowed_actions_for_the_ui():
    officer = allowed_actions(S.IN_PROGRESS, R.OFFICER)
    assert A.EXTEND not in officer and A.REFUSE_AFTER_REVIEW not in officer
    assert A.REQUEST_SUPPLEMENT in officer
    assert A.REQUEST_SUPPLEMENT not in allowed_actions(
        S.IN_PROGRESS, R.OFFICER, supplement_requests=1
    )
    assert set(allowed_actions(S.IN_PROGRESS, R.SUPERVISOR)) >= {A.EXTEND, A.REFUSE_AFTER_REVIEW}
    assert allowed_actions(S.RESOLVED, R.OFFICER) == [A.RETURN_RESULT]
    assert allowed_actions(S.NEW_ONLINE, R.OFFICER) == [A.ACCEPT, A.REFUSE]


def test_allowed_actions_agree_with_transition():
    for status in S:
        for role in R:
            allowed = set(allowed_actions(status, role))
            for action in A:
                try:
                    transition(status, action, role, reason="x", items=["x"],
                               return_method="x", stop_notice=True)
                    ok = True
                except DomainError:
                    ok = False
                assert ok == (action in allowed), (status, action, role)


def test_clock_effects():
    assert clock_effect(A.REQUEST_SUPPLEMENT) == (ClockEventKind.PAUSED, "supplement")
    assert clock_effect(A.RECEIVE_SUPPLEMENT) == (ClockEventKind.RESTARTED, "")
    assert clock_effect(A.CONFIRM_FINANCIAL) == (ClockEventKind.RESUMED, "")
    assert clock_effect(A.EXTEND) == (ClockEventKind.EXTENDED, "")
    assert clock_effect(A.TRANSFER) is None
