"""The dossier state machine over the national status codes 1–10 (TrangThaiHoSo).

Transitions (status → action → status):

====================  =====================  ====================================
from                  action                 to
====================  =====================  ====================================
1 Mới đăng ký          accept                 2 Được tiếp nhận
1                      refuse                 3 Không được tiếp nhận
2 Được tiếp nhận       transfer               4 Đang xử lý
2                      mark_resolved          9 (result given on the spot)
4 Đang xử lý           transfer / record_progress / extend     4
4                      request_supplement     5
4                      request_financial      6
4                      mark_resolved          9
4                      refuse_after_review    9 (the result is a written refusal)
5 Yêu cầu bổ sung      receive_supplement     4 (the legal period restarts)
6 Nghĩa vụ tài chính   confirm_financial      4
2, 4, 5, 6             request_withdrawal     7
7 Yêu cầu rút          stop                   8 Dừng xử lý
9 Đã xử lý xong        return_result          10 Đã trả kết quả
====================  =====================  ====================================

Statuses 3, 8 and 10 are final. A dossier received in person starts at 2 (or is
refused and recorded at 3); status 1 is for dossiers filed online.

Roles:

- **officer** (counter officer): every action except the two below; this includes
  recording progress and results on behalf of the handling unit;
- **supervisor** (head of the counter / handling agency): everything an officer may
  do, plus ``refuse_after_review`` and ``extend`` (the apology, Mẫu 04, is signed by
  the head of the handling agency — TT 01/2018 Mẫu 04);
- **admin**: everything.

Requirements: a refusal needs a reason (NĐ 61/2018 Art. 17(1)(b), 19(8)); a
supplement request needs the list of items and may be made only once (Art. 15(3),
17(1)(a); NĐ 118/2025 Art. 11); an extension needs a reason (Art. 19(9)); a
withdrawal is stopped only with the stop notice (NĐ 118/2025 Art. 21); a return
needs the return method.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum, StrEnum

from cchc_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from cchc_desktop.domain.timing import PAUSE_FINANCIAL, PAUSE_SUPPLEMENT, ClockEventKind

__all__ = [
    "RETURN_METHODS",
    "Action",
    "Role",
    "Status",
    "allowed_actions",
    "clock_effect",
    "transition",
]


class Status(IntEnum):
    """TrangThaiHoSo codes of the national portal (domain.md §6)."""

    NEW_ONLINE = 1
    ACCEPTED = 2
    NOT_ACCEPTED = 3
    IN_PROGRESS = 4
    SUPPLEMENT_REQUESTED = 5
    FINANCIAL_OBLIGATION = 6
    WITHDRAWAL_REQUESTED = 7
    STOPPED = 8
    RESOLVED = 9
    RETURNED = 10

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_final(self) -> bool:
        return self in _FINAL

    @property
    def is_open(self) -> bool:
        """Not final: the office still has something to do."""
        return self not in _FINAL

    @property
    def is_paused(self) -> bool:
        """The processing clock is stopped (supplement or financial obligation)."""
        return self in (Status.SUPPLEMENT_REQUESTED, Status.FINANCIAL_OBLIGATION)


_STATUS_LABELS = {
    Status.NEW_ONLINE: "Mới đăng ký",
    Status.ACCEPTED: "Được tiếp nhận",
    Status.NOT_ACCEPTED: "Không được tiếp nhận",
    Status.IN_PROGRESS: "Đang xử lý",
    Status.SUPPLEMENT_REQUESTED: "Yêu cầu bổ sung giấy tờ",
    Status.FINANCIAL_OBLIGATION: "Yêu cầu thực hiện nghĩa vụ tài chính",
    Status.WITHDRAWAL_REQUESTED: "Công dân yêu cầu rút hồ sơ",
    Status.STOPPED: "Dừng xử lý",
    Status.RESOLVED: "Đã xử lý xong",
    Status.RETURNED: "Đã trả kết quả",
}
_FINAL = frozenset({Status.NOT_ACCEPTED, Status.STOPPED, Status.RETURNED})


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return {"officer": "Cán bộ một cửa", "supervisor": "Lãnh đạo", "admin": "Quản trị"}[
            self.value
        ]


class Action(StrEnum):
    ACCEPT = "accept"
    REFUSE = "refuse"
    TRANSFER = "transfer"
    RECORD_PROGRESS = "record_progress"
    REQUEST_SUPPLEMENT = "request_supplement"
    RECEIVE_SUPPLEMENT = "receive_supplement"
    REQUEST_FINANCIAL = "request_financial"
    CONFIRM_FINANCIAL = "confirm_financial"
    MARK_RESOLVED = "mark_resolved"
    RETURN_RESULT = "return_result"
    REQUEST_WITHDRAWAL = "request_withdrawal"
    STOP = "stop"
    REFUSE_AFTER_REVIEW = "refuse_after_review"
    EXTEND = "extend"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    Action.ACCEPT: "Tiếp nhận hồ sơ",
    Action.REFUSE: "Từ chối tiếp nhận hồ sơ",
    Action.TRANSFER: "Chuyển xử lý",
    Action.RECORD_PROGRESS: "Cập nhật tiến độ xử lý",
    Action.REQUEST_SUPPLEMENT: "Yêu cầu bổ sung, hoàn thiện hồ sơ",
    Action.RECEIVE_SUPPLEMENT: "Nhận hồ sơ bổ sung",
    Action.REQUEST_FINANCIAL: "Yêu cầu thực hiện nghĩa vụ tài chính",
    Action.CONFIRM_FINANCIAL: "Xác nhận đã thực hiện nghĩa vụ tài chính",
    Action.MARK_RESOLVED: "Ghi nhận đã xử lý xong",
    Action.RETURN_RESULT: "Trả kết quả",
    Action.REQUEST_WITHDRAWAL: "Ghi nhận yêu cầu rút hồ sơ",
    Action.STOP: "Dừng xử lý hồ sơ",
    Action.REFUSE_AFTER_REVIEW: "Từ chối giải quyết hồ sơ",
    Action.EXTEND: "Xin lỗi và hẹn lại ngày trả kết quả",
}

RETURN_METHODS = {
    "truc_tiep": "Trực tiếp tại Bộ phận Một cửa",
    "buu_chinh": "Qua dịch vụ bưu chính công ích",
    "truc_tuyen": "Trực tuyến",
}

S, A = Status, Action
_TRANSITIONS: dict[tuple[Status, Action], Status] = {
    (S.NEW_ONLINE, A.ACCEPT): S.ACCEPTED,
    (S.NEW_ONLINE, A.REFUSE): S.NOT_ACCEPTED,
    (S.ACCEPTED, A.TRANSFER): S.IN_PROGRESS,
    # NĐ 61/2018 Art. 17(4): a result given on the spot is still recorded.
    (S.ACCEPTED, A.MARK_RESOLVED): S.RESOLVED,
    (S.ACCEPTED, A.REQUEST_WITHDRAWAL): S.WITHDRAWAL_REQUESTED,
    (S.IN_PROGRESS, A.TRANSFER): S.IN_PROGRESS,
    (S.IN_PROGRESS, A.RECORD_PROGRESS): S.IN_PROGRESS,
    (S.IN_PROGRESS, A.EXTEND): S.IN_PROGRESS,
    # NĐ 61/2018 Art. 19(4): found incomplete during processing → Mẫu 02, clock stops.
    (S.IN_PROGRESS, A.REQUEST_SUPPLEMENT): S.SUPPLEMENT_REQUESTED,
    # domain.md §3 rule 9: financial obligations (taxes, fees) → status 6.
    (S.IN_PROGRESS, A.REQUEST_FINANCIAL): S.FINANCIAL_OBLIGATION,
    (S.IN_PROGRESS, A.MARK_RESOLVED): S.RESOLVED,
    (S.IN_PROGRESS, A.REFUSE_AFTER_REVIEW): S.RESOLVED,
    (S.IN_PROGRESS, A.REQUEST_WITHDRAWAL): S.WITHDRAWAL_REQUESTED,
    (S.SUPPLEMENT_REQUESTED, A.RECEIVE_SUPPLEMENT): S.IN_PROGRESS,
    (S.SUPPLEMENT_REQUESTED, A.REQUEST_WITHDRAWAL): S.WITHDRAWAL_REQUESTED,
    (S.FINANCIAL_OBLIGATION, A.CONFIRM_FINANCIAL): S.IN_PROGRESS,
    (S.FINANCIAL_OBLIGATION, A.REQUEST_WITHDRAWAL): S.WITHDRAWAL_REQUESTED,
    # NĐ 118/2025 Art. 21: withdrawal before a decision → stop notice, status 7 then 8.
    (S.WITHDRAWAL_REQUESTED, A.STOP): S.STOPPED,
    (S.RESOLVED, A.RETURN_RESULT): S.RETURNED,
}
del S, A

_SUPERVISOR_ONLY = frozenset({Action.REFUSE_AFTER_REVIEW, Action.EXTEND})


def _role_may(role: Role, action: Action) -> bool:
    if role in (Role.ADMIN, Role.SUPERVISOR):
        return True
    return action not in _SUPERVISOR_ONLY


def clock_effect(action: Action) -> tuple[ClockEventKind, str] | None:
    """The clock event an action produces (kind, pause kind), or None."""
    return {
        Action.REQUEST_SUPPLEMENT: (ClockEventKind.PAUSED, PAUSE_SUPPLEMENT),
        # NĐ 61/2018 Art. 19(4): the period restarts once the complete dossier arrives.
        Action.RECEIVE_SUPPLEMENT: (ClockEventKind.RESTARTED, ""),
        # domain.md §3 rule 9 [unsure]: whether the time counts is a per-procedure setting;
        # services skip the pause when the procedure counts it.
        Action.REQUEST_FINANCIAL: (ClockEventKind.PAUSED, PAUSE_FINANCIAL),
        Action.CONFIRM_FINANCIAL: (ClockEventKind.RESUMED, ""),
        Action.EXTEND: (ClockEventKind.EXTENDED, ""),
    }.get(action)


def transition(
    status: Status,
    action: Action,
    role: Role,
    *,
    supplement_requests: int = 0,
    reason: str = "",
    items: Sequence[str] = (),
    return_method: str = "",
    stop_notice: bool = False,
) -> Status:
    """The status after ``action``; raises DomainError when it is not allowed."""
    status, action, role = Status(status), Action(action), Role(role)
    target = _TRANSITIONS.get((status, action))
    if target is None:
        raise DomainError(
            "transition.not_allowed",
            f"Không thể “{action.label.lower()}” khi hồ sơ ở trạng thái “{status.label}”.",
            status=int(status),
            action=str(action),
        )
    if not _role_may(role, action):
        raise PermissionDenied(
            "role.forbidden",
            f"Vai trò “{role.label}” không được phép “{action.label.lower()}”; "
            "cần lãnh đạo phê duyệt.",
            role=str(role),
            action=str(action),
        )
    if action in (Action.REFUSE, Action.REFUSE_AFTER_REVIEW) and not reason.strip():
        # NĐ 61/2018 Art. 17(1)(b), 19(8): refusal is written with the specific reason (Mẫu 03).
        raise ValidationError(
            "refusal.reason_required", "Phải ghi rõ lý do từ chối.", field="reason"
        )
    if action == Action.REQUEST_SUPPLEMENT:
        if supplement_requests >= 1:
            # NĐ 118/2025 Art. 11; NĐ 61/2018 Art. 15(3): supplements are requested only once.
            raise DomainError(
                "supplement.already_requested",
                "Hồ sơ đã được yêu cầu bổ sung một lần; chỉ được yêu cầu bổ sung, hoàn thiện "
                "hồ sơ một lần.",
                supplement_requests=supplement_requests,
            )
        if not [item for item in items if item.strip()]:
            # NĐ 61/2018 Art. 15(3): the guidance must be complete — list every item (Mẫu 02).
            raise ValidationError(
                "supplement.items_required",
                "Phải liệt kê đầy đủ các nội dung cần bổ sung, hoàn thiện.",
                field="items",
            )
    if action == Action.EXTEND and not reason.strip():
        # NĐ 61/2018 Art. 19(9): the apology (Mẫu 04) states the reason for the delay.
        raise ValidationError(
            "extension.reason_required", "Phải ghi rõ lý do chậm trả kết quả.", field="reason"
        )
    if action == Action.STOP and not stop_notice:
        # NĐ 118/2025 Art. 21: "Thông báo dừng giải quyết hồ sơ" (TT 03/2025 Mẫu 05).
        raise ValidationError(
            "withdrawal.stop_notice_required",
            "Phải lập Thông báo dừng giải quyết hồ sơ trước khi dừng xử lý.",
            field="stop_notice",
        )
    if action == Action.RETURN_RESULT and not return_method.strip():
        # TT 01/2018 Mẫu 06: the ledger records how the result was returned.
        raise ValidationError(
            "return.method_required", "Phải chọn hình thức trả kết quả.", field="return_method"
        )
    return target


def allowed_actions(
    status: Status, role: Role, *, supplement_requests: int = 0
) -> list[Action]:
    """Actions the UI may offer for a dossier in ``status`` to a user with ``role``."""
    status, role = Status(status), Role(role)
    out = []
    for action in Action:
        if (status, action) not in _TRANSITIONS or not _role_may(role, action):
            continue
        if action == Action.REQUEST_SUPPLEMENT and supplement_requests >= 1:
            continue
        out.append(action)
    return out


def target_status(status: Status, action: Action) -> Status | None:
    """The status an action leads to, without checks (None when not a transition)."""
    return _TRANSITIONS.get((Status(status), Action(action)))
