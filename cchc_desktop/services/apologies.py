"""The apology letter workflow (Phiếu xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04).

NĐ 61/2018 Art. 19(9) (domain.md §3 rule 7): when a dossier will be late, at least one
working day before the due time the applicant receives an apology with the reason and
a new date; the date may be reset only once; the letter is signed by the head of the
handling agency. Here: an officer drafts (reason, proposed new time, signer); a
supervisor approves, and only then is the letter numbered and issued and the new due
time takes effect (the original stays on record). A letter issued less than one
working day before the due time is allowed but flagged "phát hành muộn".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_desktop.domain.deadlines import add_working_time
from cchc_desktop.domain.dossier import Action, Role, Status, transition
from cchc_desktop.domain.errors import DomainError, ValidationError
from cchc_desktop.domain.text import normalize_text
from cchc_desktop.domain.timing import check_extension
from cchc_desktop.services.audit import append_audit
from cchc_desktop.services.dossiers import DossierService
from cchc_desktop.services.users import CurrentUser
from cchc_desktop.storage import models as m
from cchc_desktop.storage.numbering import next_document_number

FREQUENT_REASONS = (
    "Cần xác minh thêm thông tin với cơ quan, đơn vị liên quan",
    "Hồ sơ phức tạp, cần thêm thời gian thẩm định",
    "Chờ ý kiến phối hợp của cơ quan có liên quan",
    "Hệ thống cơ sở dữ liệu chuyên ngành gián đoạn",
    "Người có thẩm quyền ký kết quả vắng mặt do công tác",
)
INFORM_METHODS = {
    "truc_tiep": "Trực tiếp",
    "dien_thoai": "Điện thoại",
    "sms": "Tin nhắn SMS",
    "email": "Thư điện tử",
}


@dataclass(frozen=True)
class ApologyRow:
    id: int
    dossier_id: int
    state: str  # draft | issued | rejected
    reason: str
    previous_due: datetime
    new_due: datetime
    signer_name: str
    signer_title: str
    drafted_at: datetime
    approved_at: datetime | None
    number_text: str
    late_issue: bool
    informed_via: str
    informed_at: datetime | None

    @property
    def state_label(self) -> str:
        return {"draft": "Chờ lãnh đạo duyệt", "issued": "Đã phát hành",
                "rejected": "Lãnh đạo trả lại"}.get(self.state, self.state)


def _row(a: m.Apology, number_text: str = "") -> ApologyRow:
    return ApologyRow(a.id, a.dossier_id, a.state, a.reason, a.previous_due, a.new_due,
                      a.signer_name, a.signer_title, a.drafted_at, a.approved_at, number_text,
                      a.late_issue, a.informed_via, a.informed_at)


@dataclass
class ApologyService:
    dossiers: DossierService

    @property
    def db(self):
        return self.dossiers.db

    def _timing(self, dossier_id: int):
        detail = self.dossiers.detail(dossier_id)
        if detail.timing is None or not Status(detail.status).is_open:
            raise DomainError("extension.closed",
                              "Chỉ lập Phiếu xin lỗi cho hồ sơ đang giải quyết.")
        return detail

    def suggest_new_due(self, dossier_id: int, now: datetime) -> datetime:
        """A proposal from the calendar: the remaining processing need added after the due.

        The need is half the legal period (at least one working day), counted from the
        later of now and the current due time; the officer may change it.
        """
        detail = self._timing(dossier_id)
        timing = detail.timing
        cal = self.dossiers.calendar()
        per_day = timedelta(hours=8)
        legal = timing.current_due - timing.received
        need = max(per_day, min(legal / 2, per_day * 10))
        start = max(now.replace(second=0, microsecond=0), timing.current_due)
        return add_working_time(cal, start, need, as_of=timing.as_of)

    def draft(self, dossier_id: int, *, reason: str, new_due: datetime, user: CurrentUser,
              now: datetime, signer_name: str = "", signer_title: str = "") -> ApologyRow:
        reason = normalize_text(reason)
        if not reason:
            raise ValidationError("extension.reason_required",
                                  "Phải ghi rõ lý do chậm trả kết quả.", field="reason")
        detail = self._timing(dossier_id)
        # the letter is for a dossier being handled: check the state machine now, so the
        # officer learns it at drafting time rather than at approval
        transition(Status(detail.status), Action.EXTEND, Role.SUPERVISOR, reason=reason)
        now = now.replace(second=0, microsecond=0)
        new_due = new_due.replace(second=0, microsecond=0)
        # NĐ 61/2018 Art. 19(9): only once, and later than the current due time.
        check_extension(self.dossiers.calendar(), detail.timing, new_due, now)
        settings = self.dossiers.settings()
        with self.db.session() as s:
            row = s.execute(select(m.Apology).where(m.Apology.dossier_id == dossier_id)).scalar()
            if row is not None and row.state == "issued":
                raise DomainError("extension.already_used",
                                  "Hồ sơ đã được gia hạn một lần; chỉ được hẹn lại ngày trả "
                                  "kết quả một lần (Điều 19 khoản 9 Nghị định 61/2018/NĐ-CP).")
            if row is None:
                row = m.Apology(dossier_id=dossier_id, drafted_at=now)
                s.add(row)
            row.state = "draft"
            row.reason = reason
            row.previous_due = detail.timing.current_due
            row.new_due = new_due
            row.signer_name = normalize_text(signer_name) or settings.head_of_agency_name
            row.signer_title = normalize_text(signer_title) or settings.head_of_agency_title
            row.drafted_by = user.id
            row.drafted_at = now
            s.flush()
            append_audit(s, at=now, action="apology.draft", entity="dossier",
                         entity_id=detail.code, user_id=user.id, username=user.username,
                         after={"reason": reason, "new_due": new_due})
            return _row(row)

    def reject(self, apology_id: int, *, note: str, user: CurrentUser,
               now: datetime) -> ApologyRow:
        user.require(Role.SUPERVISOR)
        with self.db.session() as s:
            row = self._get(s, apology_id)
            if row.state != "draft":
                raise DomainError("apology.not_draft", "Phiếu không ở trạng thái chờ duyệt.")
            row.state = "rejected"
            append_audit(s, at=now, action="apology.reject", entity="apology",
                         entity_id=apology_id, user_id=user.id, username=user.username,
                         after={"note": normalize_text(note)})
            return _row(row)

    def approve(self, apology_id: int, *, user: CurrentUser, now: datetime) -> ApologyRow:
        """Supervisor approval: number, issue, and the new due time takes effect."""
        user.require(Role.SUPERVISOR)
        now = now.replace(second=0, microsecond=0)
        with self.db.session() as s:
            row = self._get(s, apology_id)
            if row.state != "draft":
                raise DomainError("apology.not_draft", "Phiếu không ở trạng thái chờ duyệt.")
            dossier_id, new_due, reason = row.dossier_id, row.new_due, row.reason
        detail = self._timing(dossier_id)
        late = check_extension(self.dossiers.calendar(), detail.timing, new_due, now)
        suffix = self.dossiers.settings().suffix("apology")
        holder: dict[str, str] = {}

        def issue(s: Session, d: m.Dossier) -> None:
            a = s.get(m.Apology, apology_id)
            number = next_document_number(s, "apology", now.year)
            holder["number_text"] = f"{number}/{suffix}"
            a.state, a.approved_by, a.approved_at, a.late_issue = "issued", user.id, now, late
            s.add(m.IssuedDocument(
                kind="apology", year=now.year, number=number, number_text=holder["number_text"],
                dossier_id=d.id, issued_at=now, issued_by=user.id, sha256="", size=0,
                layout_version="",
            ))
            s.flush()
            a.document_id = s.execute(select(m.IssuedDocument.id).where(
                m.IssuedDocument.kind == "apology", m.IssuedDocument.year == now.year,
                m.IssuedDocument.number == number)).scalar_one()

        note = (f"Phiếu xin lỗi và hẹn lại ngày trả kết quả: {new_due:%H:%M %d/%m/%Y}. "
                f"Lý do: {reason}")
        self.dossiers._act(
            dossier_id, Action.EXTEND, user=user, now=now, reason=reason, new_due=new_due,
            mutate=issue, note=note + (" (phát hành muộn)" if late else ""),
            details={"previous_due": detail.timing.current_due.isoformat(),
                     "new_due": new_due.isoformat(), "late_issue": late},
        )
        with self.db.session() as s:
            return _row(self._get(s, apology_id), holder.get("number_text", ""))

    def record_informed(self, apology_id: int, *, via: str, user: CurrentUser,
                        now: datetime) -> ApologyRow:
        if via not in INFORM_METHODS:
            raise ValidationError("apology.inform_method", "Hình thức thông báo không hợp lệ.",
                                  field="via")
        with self.db.session() as s:
            row = self._get(s, apology_id)
            if row.state != "issued":
                raise DomainError("apology.not_issued", "Phiếu chưa được phát hành.")
            row.informed_via, row.informed_at = via, now.replace(second=0, microsecond=0)
            append_audit(s, at=now, action="apology.informed", entity="apology",
                         entity_id=apology_id, user_id=user.id, username=user.username,
                         after={"via": via})
            return _row(row)

    def for_dossier(self, dossier_id: int) -> ApologyRow | None:
        with self.db.session() as s:
            row = s.execute(select(m.Apology).where(m.Apology.dossier_id == dossier_id)).scalar()
            return None if row is None else _row(row, self._number(s, row))

    def pending(self) -> list[ApologyRow]:
        with self.db.session() as s:
            rows = s.execute(select(m.Apology).where(m.Apology.state == "draft")
                             .order_by(m.Apology.drafted_at)).scalars()
            return [_row(r) for r in rows]

    @staticmethod
    def _number(s: Session, row: m.Apology) -> str:
        if row.document_id is None:
            return ""
        doc = s.get(m.IssuedDocument, row.document_id)
        return doc.number_text if doc else ""

    @staticmethod
    def _get(s: Session, apology_id: int) -> m.Apology:
        row = s.get(m.Apology, apology_id)
        if row is None:
            raise DomainError("apology.not_found", "Không tìm thấy Phiếu xin lỗi.")
        return row
