"""The counter's use cases on dossiers: intake, lifecycle actions, corrections, queries.

Every change follows one pattern, in one transaction (architecture.md "Data that must
never be lost"): check the role and the state machine (``domain.dossier.transition``),
append the history entry, rebuild the timing from the whole history
(``domain.timing.derive_timing``), write the audit entry and the outbox entry.
Nothing here shows UI; callers pass the signed-in user and "now" (time is an input).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cchc_desktop.domain.calendar import WorkingCalendar
from cchc_desktop.domain.cccd import validate_email, validate_personal_id, validate_phone
from cchc_desktop.domain.codes import CodeScheme
from cchc_desktop.domain.deadlines import (
    Duration,
    DurationUnit,
    add_working_time,
    classify_outcome,
    explain_due,
)
from cchc_desktop.domain.dossier import Action, Status, allowed_actions, transition
from cchc_desktop.domain.errors import DomainError, ValidationError
from cchc_desktop.domain.text import fold, normalize_text
from cchc_desktop.domain.timing import (
    PAUSE_FINANCIAL,
    PAUSE_SUPPLEMENT,
    ClockEvent,
    ClockEventKind,
    DossierTiming,
    derive_timing,
)
from cchc_desktop.services.audit import append_audit
from cchc_desktop.services.settings import OfficeSettings
from cchc_desktop.services.users import CurrentUser
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import Database
from cchc_desktop.storage.files import FileStore
from cchc_desktop.storage.outbox import enqueue

MAX_NAME = 200
MAX_ADDRESS = 500
MAX_TEXT = 2000
CHANNELS = {1: "Trực tiếp", 2: "Trực tuyến", 3: "Bưu chính công ích"}
APPLICANT_KINDS = {1: "Công dân", 2: "Doanh nghiệp", 3: "Cơ quan nhà nước", 4: "Tổ chức khác"}
FEE_METHODS = {"cash": "Tiền mặt", "transfer": "Chuyển khoản", "online": "Trực tuyến"}
RESULT_DELIVERY = {"counter": "Tại Bộ phận Một cửa", "post": "Qua bưu chính công ích"}
HANDOVER_CUTOFF = time(15, 0)


# ----------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class ApplicantInput:
    kind: int = 1
    name: str = ""
    id_number: str = ""
    date_of_birth: date | None = None
    sex: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class FilerInput:
    """An authorised filer (người được ủy quyền nộp), optional."""

    name: str = ""
    id_number: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ComponentInput:
    procedure_component_id: int
    originals: int = 0
    certified_copies: int = 0
    photocopies: int = 0
    submitted: bool = True
    scan_path: Path | None = None


@dataclass(frozen=True)
class FeeInput:
    name: str
    amount: int
    method: str = "cash"
    receipt_no: str = ""


@dataclass(frozen=True)
class IntakeInput:
    procedure_code: str
    applicant: ApplicantInput
    filer: FilerInput = FilerInput()
    summary: str = ""
    variant: str = ""
    channel: int = 1
    result_delivery: str = "counter"
    sets_count: int = 1
    components: tuple[ComponentInput, ...] = ()
    fees: tuple[FeeInput, ...] = ()
    note: str = ""


# ----------------------------------------------------------------------------- outputs


@dataclass(frozen=True)
class DuePreview:
    received_at: datetime
    due_at: datetime
    duration_label: str
    explanation: tuple[str, ...]


@dataclass(frozen=True)
class DossierRow:
    """One line of the dossier list (immutable, cheap)."""

    id: int
    code: str
    applicant_name: str
    procedure_code: str
    procedure_name: str
    received_at: datetime
    due_at: datetime | None
    status: int
    paused: bool
    extended: bool
    resolved_at: datetime | None
    returned_at: datetime | None
    handling_unit: str


@dataclass(frozen=True)
class EventRow:
    seq: int
    at: datetime
    actor: str
    actor_title: str
    unit: str
    action: str
    action_label: str
    status_before: int | None
    status_after: int
    note: str
    details: dict


@dataclass(frozen=True)
class StepRow:
    position: int
    unit: str
    handler: str
    started_at: datetime
    allotted_hours: float
    due_at: datetime | None
    finished_at: datetime | None
    outcome: str
    note: str


@dataclass(frozen=True)
class ComponentRow:
    id: int
    position: int
    name: str
    originals: int
    certified_copies: int
    photocopies: int
    submitted: bool
    digitised: bool
    file_sha256: str | None
    file_name: str
    file_mime: str


@dataclass(frozen=True)
class FeeRow:
    name: str
    amount: int
    method: str
    receipt_no: str


@dataclass(frozen=True)
class DossierDetail:
    id: int
    uid: str
    code: str
    agency_code: str
    procedure_code: str
    procedure_name: str
    sector_code: str
    sector_name: str
    channel: int
    applicant: ApplicantInput
    filer: FilerInput
    summary: str
    variant: str
    sets_count: int
    result_delivery: str
    handling_unit: str
    duration: Duration
    received_at: datetime
    status: int
    timing: DossierTiming | None
    resolved_at: datetime | None
    returned_at: datetime | None
    return_method: str
    collected_by: str
    rating: int | None
    outcome: str
    refusal_reason: str
    note: str
    officer_id: int | None
    components: tuple[ComponentRow, ...]
    fees: tuple[FeeRow, ...]
    events: tuple[EventRow, ...]
    steps: tuple[StepRow, ...]
    allowed: tuple[Action, ...] = ()


@dataclass(frozen=True)
class DossierFilter:
    statuses: tuple[int, ...] = ()
    procedure_code: str = ""
    sector_code: str = ""
    officer_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    text: str = ""
    due_before: datetime | None = None


@dataclass(frozen=True)
class ComponentOption:
    """One legal component the intake form offers (domain.md §3 rule 1: and nothing else)."""

    id: int
    position: int
    name: str
    originals: int
    certified_copies: int
    photocopies: int
    required: bool
    condition: str
    form_template: str


@dataclass(frozen=True)
class IntakeProcedure:
    code: str
    name: str
    sector_code: str
    sector_name: str
    handling_unit: str
    duration_label: str
    duration_text: str
    variants: tuple[str, ...]
    fees: tuple[dict, ...]
    fee_text: str
    financial_pauses: bool
    components: tuple[ComponentOption, ...]


@dataclass(frozen=True)
class GuidanceRecord:
    id: int
    uid: str
    procedure_code: str
    procedure_name: str
    applicant: ApplicantInput
    items: tuple[str, ...]
    reason: str
    contact: str
    at: datetime


# ----------------------------------------------------------------------------- helpers


def _clean(value: str, *, field_name: str, label: str, limit: int, required: bool = False) -> str:
    text = normalize_text(value or "")
    if required and not text:
        raise ValidationError(f"intake.{field_name}_required", f"Phải nhập {label}.",
                              field=field_name)
    if len(text) > limit:
        raise ValidationError(
            f"intake.{field_name}_too_long",
            f"{label[0].upper()}{label[1:]} quá dài (tối đa {limit} ký tự).",
            field=field_name,
        )
    return text


def clean_applicant(a: ApplicantInput) -> tuple[ApplicantInput, list[str]]:
    """Normalise and validate the applicant; return it with warnings for the officer."""
    if a.kind not in APPLICANT_KINDS:
        raise ValidationError("intake.applicant_kind", "Loại đối tượng không hợp lệ.",
                              field="kind")
    warnings: list[str] = []
    name = _clean(a.name, field_name="name", label="họ tên người nộp", limit=MAX_NAME,
                  required=True)
    id_number = normalize_text(a.id_number or "").replace(" ", "")
    if a.kind == 1:
        if not id_number:
            raise ValidationError("intake.id_number_required",
                                  "Phải nhập số định danh cá nhân (CCCD) của người nộp.",
                                  field="id_number")
        warnings += validate_personal_id(id_number, date_of_birth=a.date_of_birth,
                                         sex=a.sex or None)
    elif len(id_number) > 30:
        raise ValidationError("intake.id_number_too_long", "Mã số giấy tờ quá dài.",
                              field="id_number")
    if a.sex and a.sex not in ("Nam", "Nữ"):
        raise ValidationError("intake.sex", "Giới tính phải là Nam hoặc Nữ.", field="sex")
    if a.date_of_birth and a.date_of_birth > date.today():
        raise ValidationError("intake.dob_future", "Ngày sinh không được ở tương lai.",
                              field="date_of_birth")
    address = _clean(a.address, field_name="address", label="địa chỉ", limit=MAX_ADDRESS)
    phone = validate_phone(a.phone) if (a.phone or "").strip() else ""
    email = validate_email(a.email) if (a.email or "").strip() else ""
    return (
        ApplicantInput(a.kind, name, id_number, a.date_of_birth, a.sex, address, phone, email),
        warnings,
    )


def _duration_of(row: m.Dossier | m.Procedure) -> Duration:
    cutoff = time.fromisoformat(row.cutoff) if row.cutoff else None
    unit = DurationUnit(row.duration_unit)
    if unit == DurationUnit.SAME_DAY:
        return Duration.same_day(cutoff or time(15, 0))
    return Duration(float(row.duration_amount), unit, cutoff)


def _variant_duration(proc: m.Procedure, variant: str) -> Duration:
    if variant:
        for v in json.loads(proc.variants or "[]"):
            if v.get("name") == variant:
                unit = DurationUnit(v["unit"])
                if unit == DurationUnit.SAME_DAY:
                    return Duration.same_day(time.fromisoformat(v.get("cutoff") or "15:00"))
                return Duration(float(v["amount"]), unit)
        raise ValidationError("intake.variant", f"Thủ tục không có trường hợp «{variant}».",
                              field="variant")
    return _duration_of(proc)


def _search_text(d: m.Dossier) -> str:
    parts = [d.code or "", d.applicant_name, d.applicant_id_number, d.applicant_phone,
             d.filer_name]
    return fold(" ".join(p for p in parts if p))


def _clock_events(d: m.Dossier) -> list[ClockEvent]:
    out = []
    for e in d.events:
        if not e.clock:
            continue
        details = json.loads(e.details or "{}")
        out.append(ClockEvent(
            kind=ClockEventKind(e.clock), at=e.clock_at or e.at, reason=e.note,
            new_due=e.new_due, pause_kind=details.get("pause_kind", ""),
        ))
    return out


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def _snapshot(d: m.Dossier) -> dict[str, Any]:
    """Neutral-key dossier record for the outbox (docs/sync-protocol.md)."""
    return {
        "uid": d.uid,
        "code": d.code,
        "agency": d.agency_code,
        "procedure_code": d.procedure_code,
        "procedure_name": d.procedure_name,
        "sector_code": d.sector_code,
        "sector_name": d.sector_name,
        "channel": d.channel,
        "applicant": {
            "kind": d.applicant_kind, "name": d.applicant_name,
            "id_number": d.applicant_id_number,
            "date_of_birth": d.applicant_dob.isoformat() if d.applicant_dob else None,
            "sex": d.applicant_sex, "address": d.applicant_address,
            "phone": d.applicant_phone, "email": d.applicant_email,
        },
        "summary": d.summary,
        "received_at": d.received_at.isoformat(),
        "due_at": d.due_at.isoformat() if d.due_at else None,
        "original_due_at": d.original_due_at.isoformat() if d.original_due_at else None,
        "status": d.status,
        "resolved_at": d.resolved_at.isoformat() if d.resolved_at else None,
        "returned_at": d.returned_at.isoformat() if d.returned_at else None,
        "return_method": d.return_method,
        "handling_unit": d.handling_unit,
        "components": [
            {"name": c.name, "originals": c.originals, "certified_copies": c.certified_copies,
             "photocopies": c.photocopies, "digitised": c.digitised,
             "file_sha256": c.file_sha256}
            for c in d.components
        ],
        "fees": [
            {"name": f.name, "amount": f.amount, "method": f.method, "receipt_no": f.receipt_no}
            for f in d.fees
        ],
        "note": d.note,
    }


# ----------------------------------------------------------------------------- service


@dataclass
class DossierService:
    """Use cases on dossiers. Built once in the composition root and passed in."""

    db: Database
    settings: Callable[[], OfficeSettings]
    calendar: Callable[[], WorkingCalendar]
    files: FileStore
    on_change: list[Callable[[int], None]] = field(default_factory=list)

    # ---------------------------------------------------------------- intake

    def procedure_for(self, session: Session, code: str) -> m.Procedure:
        proc = session.execute(
            select(m.Procedure).where(m.Procedure.code == code)
        ).scalar()
        if proc is None or not proc.active:
            raise ValidationError("intake.procedure_unknown",
                                  f"Không tìm thấy thủ tục «{code}» trong danh mục.",
                                  field="procedure")
        return proc

    def intake_procedure(self, procedure_code: str) -> IntakeProcedure:
        """What the intake form shows for a procedure: its legal components, time, fees."""
        with self.db.session() as s:
            p = self.procedure_for(s, procedure_code)
            sector = s.get(m.Sector, p.sector_code)
            return IntakeProcedure(
                code=p.code, name=p.name, sector_code=p.sector_code,
                sector_name=sector.name if sector else "", handling_unit=p.handling_unit,
                duration_label=_duration_of(p).label_vi(), duration_text=p.duration_text,
                variants=tuple(v.get("name", "") for v in json.loads(p.variants or "[]")),
                fees=tuple(json.loads(p.fees or "[]")), fee_text=p.fee_text,
                financial_pauses=p.financial_pauses,
                components=tuple(ComponentOption(
                    c.id, c.position, c.name, c.originals, c.certified_copies, c.photocopies,
                    c.required, c.condition, c.form_template) for c in p.components),
            )

    def preview_due(self, procedure_code: str, received_at: datetime,
                    variant: str = "") -> DuePreview:
        """The due time shown live on the intake form, with the calendar's reasons."""
        with self.db.session() as s:
            duration = _variant_duration(self.procedure_for(s, procedure_code), variant)
        cal = self.calendar()
        received_at = received_at.replace(second=0, microsecond=0)
        timing = derive_timing(cal, duration, [ClockEvent(ClockEventKind.RECEIVED, received_at)])
        return DuePreview(received_at, timing.current_due, duration.label_vi(),
                          tuple(explain_due(cal, received_at, timing.current_due,
                                            duration=duration)))

    def _check_components(self, proc: m.Procedure, intake: IntakeInput) -> None:
        # NĐ 61/2018 Art. 5(1)(đ), domain.md §3 rule 1: only the procedure's published
        # components may be recorded — no free "other document".
        legal = {c.id: c for c in proc.components}
        seen = set()
        for comp in intake.components:
            if comp.procedure_component_id not in legal:
                raise ValidationError(
                    "intake.component_not_in_list",
                    "Thành phần hồ sơ không có trong danh mục của thủ tục; chỉ được yêu cầu "
                    "đúng thành phần hồ sơ đã công bố.",
                    field="components",
                )
            if comp.procedure_component_id in seen:
                raise ValidationError("intake.component_twice",
                                      "Một thành phần hồ sơ được ghi hai lần.", field="components")
            seen.add(comp.procedure_component_id)
            if min(comp.originals, comp.certified_copies, comp.photocopies) < 0 or max(
                comp.originals, comp.certified_copies, comp.photocopies
            ) > 99:
                raise ValidationError("intake.component_count",
                                      "Số bản của thành phần hồ sơ phải từ 0 đến 99.",
                                      field="components")

    def missing_required(self, procedure_code: str, intake: IntakeInput) -> list[str]:
        """Names of required components not submitted (→ guide with Mẫu 02 instead)."""
        with self.db.session() as s:
            proc = self.procedure_for(s, procedure_code)
            submitted = {c.procedure_component_id for c in intake.components if c.submitted}
            return [c.name for c in proc.components if c.required and c.id not in submitted]

    def _next_code(self, s: Session, settings: OfficeSettings, day: date) -> str:
        # TT 01/2018 Art. 19 code layout; uniqueness across offline workstations by
        # domain.codes.CodeScheme (domain.md §5 "Offline hazard").
        row = s.get(m.CodeSequence, (settings.agency_code, day))
        if row is None:
            row = m.CodeSequence(agency_code=settings.agency_code, day=day, last_local_n=0)
            s.add(row)
        scheme = CodeScheme(settings.code_template, settings.workstation, settings.workstations)
        while True:
            row.last_local_n += 1
            code = scheme.format(settings.agency_code, day, row.last_local_n)
            clash = s.execute(select(m.Dossier.id).where(m.Dossier.code == code)).scalar()
            if clash is None:
                return code

    def _new_dossier(self, s: Session, proc: m.Procedure, intake: IntakeInput,
                     applicant: ApplicantInput, *, status: int, user: CurrentUser,
                     now: datetime, code: str | None) -> m.Dossier:
        settings = self.settings()
        duration = _variant_duration(proc, intake.variant)
        filer = FilerInput(
            _clean(intake.filer.name, field_name="filer_name", label="họ tên người được ủy quyền",
                   limit=MAX_NAME),
            normalize_text(intake.filer.id_number).replace(" ", ""),
            validate_phone(intake.filer.phone) if intake.filer.phone.strip() else "",
        )
        if intake.channel not in CHANNELS:
            raise ValidationError("intake.channel", "Kênh nộp hồ sơ không hợp lệ.",
                                  field="channel")
        if intake.result_delivery not in RESULT_DELIVERY:
            raise ValidationError("intake.result_delivery", "Nơi nhận kết quả không hợp lệ.",
                                  field="result_delivery")
        if not 1 <= intake.sets_count <= 20:
            raise ValidationError("intake.sets_count", "Số bộ hồ sơ phải từ 1 đến 20.",
                                  field="sets_count")
        d = m.Dossier(
            uid=str(uuid.uuid4()), code=code, agency_code=settings.agency_code,
            procedure_id=proc.id, procedure_code=proc.code, procedure_name=proc.name,
            sector_code=proc.sector_code,
            sector_name=s.get(m.Sector, proc.sector_code).name if proc.sector_code else "",
            channel=intake.channel, applicant_kind=applicant.kind,
            applicant_name=applicant.name, applicant_id_number=applicant.id_number,
            applicant_dob=applicant.date_of_birth, applicant_sex=applicant.sex,
            applicant_address=applicant.address, applicant_phone=applicant.phone,
            applicant_email=applicant.email, filer_name=filer.name,
            filer_id_number=filer.id_number, filer_phone=filer.phone,
            summary=_clean(intake.summary, field_name="summary", label="nội dung yêu cầu",
                           limit=MAX_TEXT) or proc.name,
            variant=intake.variant, sets_count=intake.sets_count,
            result_delivery=intake.result_delivery, handling_unit=proc.handling_unit,
            duration_amount=duration.amount, duration_unit=duration.unit.value,
            cutoff=duration.cutoff.strftime("%H:%M") if duration.cutoff else None,
            financial_pauses=proc.financial_pauses, received_at=now, status=status,
            note=_clean(intake.note, field_name="note", label="ghi chú", limit=MAX_TEXT),
            officer_id=user.id, workstation=settings.workstation, created_at=now,
            updated_at=now, version=1, paused=False, extended=False, supplement_requests=0,
        )
        legal = {c.id: c for c in proc.components}
        for pos, comp in enumerate(intake.components, start=1):
            spec = legal[comp.procedure_component_id]
            row = m.DossierComponent(
                position=pos, procedure_component_id=spec.id, name=spec.name,
                originals=comp.originals, certified_copies=comp.certified_copies,
                photocopies=comp.photocopies, submitted=comp.submitted, digitised=False,
            )
            if comp.scan_path is not None:
                self._attach(s, row, comp.scan_path, now)
            d.components.append(row)
        for fee in intake.fees:
            if fee.method not in FEE_METHODS:
                raise ValidationError("intake.fee_method", "Hình thức nộp phí không hợp lệ.",
                                      field="fees")
            if not 0 <= fee.amount <= 1_000_000_000:
                raise ValidationError("intake.fee_amount", "Số tiền phí, lệ phí không hợp lệ.",
                                      field="fees")
            d.fees.append(m.DossierFee(name=normalize_text(fee.name), amount=fee.amount,
                                       method=fee.method,
                                       receipt_no=normalize_text(fee.receipt_no)[:100]))
        d.search_text = _search_text(d)
        s.add(d)
        return d

    def _attach(self, s: Session, row: m.DossierComponent, path: Path, now: datetime) -> None:
        blob = self.files.put_scan(Path(path))
        if s.get(m.StoredFile, blob.sha256) is None:
            s.add(m.StoredFile(sha256=blob.sha256, size=blob.size, mime=blob.mime,
                               original_name=Path(path).name[:300], stored_at=now))
        row.digitised = True
        row.file_sha256 = blob.sha256
        row.file_name = Path(path).name[:300]
        row.file_mime = blob.mime
        row.file_size = blob.size

    def accept(self, intake: IntakeInput, *, user: CurrentUser, now: datetime) -> DossierDetail:
        """Receive a complete dossier: code issued, history, audit and outbox in one go.

        NĐ 61/2018 Art. 17(1)(c), 17(3): an accepted dossier gets a code and Mẫu 01.
        """
        now = now.replace(second=0, microsecond=0)
        applicant, _warnings = clean_applicant(intake.applicant)
        with self.db.session() as s:
            proc = self.procedure_for(s, intake.procedure_code)
            self._check_components(proc, intake)
            submitted = {c.procedure_component_id for c in intake.components if c.submitted}
            missing = [c.name for c in proc.components if c.required and c.id not in submitted]
            if missing:
                # NĐ 61/2018 Art. 15(3): an incomplete dossier is guided (Mẫu 02), not received.
                raise ValidationError(
                    "intake.missing_required",
                    "Hồ sơ chưa đủ thành phần bắt buộc: " + "; ".join(missing)
                    + ". Hãy lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.",
                    field="components", missing=missing,
                )
            code = self._next_code(s, self.settings(), now.date())
            d = self._new_dossier(s, proc, intake, applicant, status=int(Status.ACCEPTED),
                                  user=user, now=now, code=code)
            s.flush()
            self._record(s, d, action="accept", status_before=None, user=user, now=now,
                         clock=ClockEventKind.RECEIVED, audit_after=_snapshot(d))
            for comp in d.components:
                if comp.file_sha256:
                    enqueue(s, kind="file.blob", now=now, dossier_code=d.code,
                            blob_sha256=comp.file_sha256,
                            payload={"sha256": comp.file_sha256, "mime": comp.file_mime,
                                     "size": comp.file_size, "dossier_uid": d.uid})
            dossier_id = d.id
        self._changed(dossier_id)
        return self.detail(dossier_id, user=user)

    def refuse_at_counter(self, intake: IntakeInput, reason: str, *, user: CurrentUser,
                          now: datetime) -> DossierDetail:
        """Refuse at the counter, in writing with the reason (NĐ 61/2018 Art. 17(1)(b); Mẫu 03)."""
        now = now.replace(second=0, microsecond=0)
        reason = _clean(reason, field_name="reason", label="lý do từ chối", limit=MAX_TEXT,
                        required=True)
        applicant, _ = clean_applicant(intake.applicant)
        with self.db.session() as s:
            proc = self.procedure_for(s, intake.procedure_code)
            self._check_components(proc, intake)
            d = self._new_dossier(s, proc, intake, applicant, status=int(Status.NOT_ACCEPTED),
                                  user=user, now=now, code=None)
            d.refusal_reason = reason
            s.flush()
            self._record(s, d, action="refuse", status_before=None, user=user, now=now,
                         clock=ClockEventKind.RECEIVED, note=reason, audit_after=_snapshot(d))
            dossier_id = d.id
        self._changed(dossier_id)
        return self.detail(dossier_id, user=user)

    def request_completion(self, intake: IntakeInput, items: Sequence[str], reason: str,
                           contact: str, *, user: CurrentUser, now: datetime) -> GuidanceRecord:
        """Guide an incomplete dossier once, completely, with Mẫu 02; no code is issued.

        NĐ 61/2018 Art. 15(3), 17(1)(a); NĐ 118/2025 Art. 11.
        """
        now = now.replace(second=0, microsecond=0)
        items = tuple(normalize_text(i) for i in items if normalize_text(i))
        if not items:
            raise ValidationError("supplement.items_required",
                                  "Phải liệt kê đầy đủ các nội dung cần bổ sung, hoàn thiện.",
                                  field="items")
        applicant, _ = clean_applicant(intake.applicant)
        with self.db.session() as s:
            proc = self.procedure_for(s, intake.procedure_code)
            g = m.CounterGuidance(
                uid=str(uuid.uuid4()), procedure_code=proc.code, procedure_name=proc.name,
                applicant=_json(asdict(applicant)), items=_json(list(items)),
                reason=_clean(reason, field_name="reason", label="lý do", limit=MAX_TEXT),
                contact=_clean(contact, field_name="contact", label="người hướng dẫn",
                               limit=MAX_NAME),
                officer_id=user.id, at=now,
            )
            s.add(g)
            s.flush()
            append_audit(s, at=now, action="intake.guidance", entity="guidance",
                         entity_id=g.id, after={"procedure": proc.code, "items": list(items)},
                         user_id=user.id, username=user.username)
            return GuidanceRecord(g.id, g.uid, g.procedure_code, g.procedure_name, applicant,
                                  items, g.reason, g.contact, g.at)

    # ---------------------------------------------------------------- lifecycle

    def _record(self, s: Session, d: m.Dossier, *, action: str, status_before: int | None,
                user: CurrentUser | None, now: datetime, clock: ClockEventKind | None = None,
                note: str = "", details: dict | None = None, unit: str = "",
                pause_kind: str = "", new_due: datetime | None = None,
                audit_before: Any = None, audit_after: Any = None) -> m.DossierEvent:
        """History entry + timing rebuild + audit + outbox, inside the caller's transaction."""
        seq = (max((e.seq for e in d.events), default=0)) + 1
        details = dict(details or {})
        if pause_kind:
            details["pause_kind"] = pause_kind
        event = m.DossierEvent(
            seq=seq, at=now, user_id=user.id if user else None,
            actor=user.full_name if user else "", actor_title=user.title if user else "",
            unit=unit or self.settings().counter_name, action=action,
            status_before=status_before, status_after=d.status, note=note,
            details=_json(details), clock=clock.value if clock else "",
            clock_at=now if clock else None, new_due=new_due,
        )
        d.events.append(event)
        self._retime(d)
        d.updated_at = now
        d.version = (d.version or 0) + 1
        s.flush()
        append_audit(
            s, at=now, action=f"dossier.{action}", entity="dossier", entity_id=d.code or d.uid,
            before=audit_before, after=audit_after if audit_after is not None else {
                "status": d.status, "note": note, **details},
            user_id=user.id if user else None, username=user.username if user else "",
        )
        enqueue(s, kind="dossier.event", now=now, dossier_code=d.code, payload={
            "dossier": _snapshot(d),
            "event": {"seq": seq, "at": now.isoformat(), "actor": event.actor,
                      "actor_title": event.actor_title, "unit": event.unit, "action": action,
                      "status": d.status, "note": note,
                      "step_due": details.get("step_due")},
        })
        return event

    def _retime(self, d: m.Dossier) -> DossierTiming | None:
        events = _clock_events(d)
        if not events:
            return None
        timing = derive_timing(self.calendar(), _duration_of(d), events)
        d.original_due_at = timing.original_due
        d.due_at = timing.current_due
        d.due_766_at = timing.due_766
        d.paused = timing.paused
        d.extended = timing.extended
        d.supplement_requests = timing.supplement_requests
        return timing

    def _load(self, s: Session, dossier_id: int) -> m.Dossier:
        d = s.get(m.Dossier, dossier_id)
        if d is None:
            raise DomainError("dossier.not_found", "Không tìm thấy hồ sơ.")
        return d

    def _act(self, dossier_id: int, action: Action, *, user: CurrentUser, now: datetime,
             note: str = "", details: dict | None = None, unit: str = "",
             mutate: Callable[[Session, m.Dossier], None] | None = None,
             new_due: datetime | None = None, **rules: Any) -> DossierDetail:
        now = now.replace(second=0, microsecond=0)
        with self.db.session() as s:
            d = self._load(s, dossier_id)
            before = d.status
            target = transition(Status(d.status), action, user.role,
                                supplement_requests=d.supplement_requests, **rules)
            d.status = int(target)
            clock = None
            pause_kind = ""
            if action == Action.REQUEST_SUPPLEMENT:
                clock, pause_kind = ClockEventKind.PAUSED, PAUSE_SUPPLEMENT
            elif action == Action.RECEIVE_SUPPLEMENT:
                clock = ClockEventKind.RESTARTED  # NĐ 61/2018 Art. 19(4): restart from zero
            elif action == Action.REQUEST_FINANCIAL and d.financial_pauses:
                clock, pause_kind = ClockEventKind.PAUSED, PAUSE_FINANCIAL  # domain.md §3 r. 9
            elif action == Action.CONFIRM_FINANCIAL and d.paused:
                clock = ClockEventKind.RESUMED
            elif action == Action.EXTEND:
                clock = ClockEventKind.EXTENDED  # NĐ 61/2018 Art. 19(9): once, later due
            elif action in (Action.ACCEPT, Action.REFUSE):
                clock = ClockEventKind.RECEIVED  # an online dossier's clock starts here
            if mutate is not None:
                mutate(s, d)
            self._record(s, d, action=action.value, status_before=before, user=user, now=now,
                         clock=clock, note=note, details=details, unit=unit,
                         pause_kind=pause_kind, new_due=new_due)
        self._changed(dossier_id)
        return self.detail(dossier_id, user=user)

    def accept_online(self, dossier_id: int, *, user: CurrentUser, now: datetime,
                      note: str = "") -> DossierDetail:
        """Receive a dossier filed online (status 1, pulled from the province) like any other.

        NĐ 61/2018 Art. 17(1)(c): once checked it is received; the period runs from then.
        """
        at = now.replace(second=0, microsecond=0)

        def mutate(s: Session, d: m.Dossier) -> None:
            if not d.code:
                d.code = self._next_code(s, self.settings(), at.date())
            d.received_at = at
            d.officer_id = user.id
            d.search_text = _search_text(d)

        return self._act(dossier_id, Action.ACCEPT, user=user, now=now, mutate=mutate,
                         note=normalize_text(note) or "Tiếp nhận hồ sơ nộp trực tuyến")

    def refuse_online(self, dossier_id: int, *, reason: str, user: CurrentUser,
                      now: datetime) -> DossierDetail:
        """Refuse an online dossier in writing with the reason (NĐ 61/2018 Art. 17(1)(b))."""
        reason = _clean(reason, field_name="reason", label="lý do từ chối", limit=MAX_TEXT,
                        required=True)
        at = now.replace(second=0, microsecond=0)

        def mutate(_s: Session, d: m.Dossier) -> None:
            d.refusal_reason = reason
            d.received_at = at
            d.officer_id = user.id

        return self._act(dossier_id, Action.REFUSE, user=user, now=now, reason=reason,
                         note=reason, mutate=mutate)

    def _handover_time(self, now: datetime) -> datetime:
        # NĐ 61/2018 Art. 18: hand over the same working day; received after 15:00 → at
        # the start of the next working day.
        cal = self.calendar()
        if cal.is_working_day(now.date()) and now.time() < HANDOVER_CUTOFF:
            return now
        day = cal.next_working_day(now.date())
        start = cal.working_intervals(day)[0][0]
        return start

    def handover_note(self, now: datetime) -> str:
        at = self._handover_time(now)
        if at == now.replace(second=0, microsecond=0) or at == now:
            return "Bàn giao ngay trong ngày làm việc."
        return (f"Tiếp nhận sau 15 giờ hoặc ngoài giờ làm việc: bàn giao lúc "
                f"{at:%H:%M} ngày {at:%d/%m/%Y} (Điều 18 Nghị định 61/2018/NĐ-CP).")

    def transfer(self, dossier_id: int, *, unit: str, handler: str = "",
                 allotted_hours: float = 0, user: CurrentUser, now: datetime) -> DossierDetail:
        unit = _clean(unit, field_name="unit", label="đơn vị xử lý", limit=300, required=True)
        handover = self._handover_time(now)

        def mutate(s: Session, d: m.Dossier) -> None:
            for step in s.execute(select(m.DossierStep).where(
                    m.DossierStep.dossier_id == d.id, m.DossierStep.finished_at.is_(None))
            ).scalars():
                self._finish_step(step, handover)
            position = (s.execute(select(func.max(m.DossierStep.position)).where(
                m.DossierStep.dossier_id == d.id)).scalar() or 0) + 1
            due = None
            if allotted_hours > 0:
                due = add_working_time(self.calendar(), handover,
                                       timedelta(hours=allotted_hours),
                                       as_of=d.received_at.date())
            s.add(m.DossierStep(dossier_id=d.id, position=position, unit=unit,
                                handler=normalize_text(handler), started_at=handover,
                                allotted_hours=allotted_hours, due_at=due))
            d.handling_unit = unit

        return self._act(dossier_id, Action.TRANSFER, user=user, now=now, unit=unit,
                         note=f"Chuyển {unit}", mutate=mutate,
                         details={"handover_at": handover.isoformat(),
                                  "allotted_hours": allotted_hours})

    @staticmethod
    def _finish_step(step: m.DossierStep, at: datetime) -> None:
        step.finished_at = at
        if step.due_at is not None:
            step.outcome = classify_outcome(at, step.due_at).value

    def record_progress(self, dossier_id: int, *, note: str, unit: str = "",
                        finish_step: bool = False, user: CurrentUser,
                        now: datetime) -> DossierDetail:
        note = _clean(note, field_name="note", label="nội dung xử lý", limit=MAX_TEXT,
                      required=True)

        def mutate(s: Session, d: m.Dossier) -> None:
            if finish_step:
                for step in s.execute(select(m.DossierStep).where(
                        m.DossierStep.dossier_id == d.id, m.DossierStep.finished_at.is_(None))
                ).scalars():
                    self._finish_step(step, now.replace(second=0, microsecond=0))

        return self._act(dossier_id, Action.RECORD_PROGRESS, user=user, now=now, note=note,
                         unit=unit, mutate=mutate)

    def request_supplement(self, dossier_id: int, *, items: Sequence[str], reason: str,
                           user: CurrentUser, now: datetime) -> DossierDetail:
        items = [normalize_text(i) for i in items if normalize_text(i)]
        return self._act(dossier_id, Action.REQUEST_SUPPLEMENT, user=user, now=now,
                         note=normalize_text(reason), items=items,
                         details={"items": items, "reason": normalize_text(reason)})

    def receive_supplement(self, dossier_id: int, *, note: str = "", user: CurrentUser,
                           now: datetime) -> DossierDetail:
        return self._act(dossier_id, Action.RECEIVE_SUPPLEMENT, user=user, now=now,
                         note=normalize_text(note) or "Đã nhận đủ hồ sơ bổ sung")

    def request_financial(self, dossier_id: int, *, note: str, user: CurrentUser,
                          now: datetime) -> DossierDetail:
        return self._act(dossier_id, Action.REQUEST_FINANCIAL, user=user, now=now,
                         note=normalize_text(note))

    def confirm_financial(self, dossier_id: int, *, note: str = "", user: CurrentUser,
                          now: datetime) -> DossierDetail:
        return self._act(dossier_id, Action.CONFIRM_FINANCIAL, user=user, now=now,
                         note=normalize_text(note))

    def mark_resolved(self, dossier_id: int, *, note: str = "", user: CurrentUser,
                      now: datetime) -> DossierDetail:
        at = now.replace(second=0, microsecond=0)

        def mutate(s: Session, d: m.Dossier) -> None:
            d.resolved_at = at
            if d.due_at is not None:
                d.outcome = classify_outcome(at, d.due_at).value
            for step in s.execute(select(m.DossierStep).where(
                    m.DossierStep.dossier_id == d.id, m.DossierStep.finished_at.is_(None))
            ).scalars():
                self._finish_step(step, at)

        return self._act(dossier_id, Action.MARK_RESOLVED, user=user, now=now,
                         note=normalize_text(note) or "Đã có kết quả", mutate=mutate)

    def refuse_after_review(self, dossier_id: int, *, reason: str, user: CurrentUser,
                            now: datetime) -> DossierDetail:
        reason = normalize_text(reason)
        at = now.replace(second=0, microsecond=0)

        def mutate(_s: Session, d: m.Dossier) -> None:
            d.refusal_reason = reason
            d.resolved_at = at
            if d.due_at is not None:
                d.outcome = classify_outcome(at, d.due_at).value

        return self._act(dossier_id, Action.REFUSE_AFTER_REVIEW, user=user, now=now,
                         note=reason, reason=reason, mutate=mutate)

    def return_result(self, dossier_id: int, *, method: str, collected_by: str = "",
                      rating: int | None = None, user: CurrentUser,
                      now: datetime) -> DossierDetail:
        if rating is not None and not 1 <= rating <= 5:
            raise ValidationError("return.rating", "Mức độ hài lòng phải từ 1 đến 5.",
                                  field="rating")
        collected_by = _clean(collected_by, field_name="collected_by", label="người nhận",
                              limit=MAX_NAME)
        at = now.replace(second=0, microsecond=0)

        def mutate(_s: Session, d: m.Dossier) -> None:
            d.returned_at = at
            d.return_method = method
            d.collected_by = collected_by
            d.rating = rating

        return self._act(dossier_id, Action.RETURN_RESULT, user=user, now=now,
                         return_method=method, mutate=mutate,
                         note=f"Trả kết quả: {collected_by}" if collected_by else "Trả kết quả",
                         details={"method": method, "collected_by": collected_by,
                                  "rating": rating})

    def request_withdrawal(self, dossier_id: int, *, note: str = "", user: CurrentUser,
                           now: datetime) -> DossierDetail:
        return self._act(dossier_id, Action.REQUEST_WITHDRAWAL, user=user, now=now,
                         note=normalize_text(note) or "Công dân yêu cầu rút hồ sơ")

    def stop(self, dossier_id: int, *, stop_notice: bool, note: str = "", user: CurrentUser,
             now: datetime) -> DossierDetail:
        return self._act(dossier_id, Action.STOP, user=user, now=now, stop_notice=stop_notice,
                         note=normalize_text(note) or "Dừng giải quyết hồ sơ")

    def correct_applicant(self, dossier_id: int, applicant: ApplicantInput, *, reason: str,
                          user: CurrentUser, now: datetime) -> DossierDetail:
        """An audited correction after acceptance: before/after kept, never a silent overwrite."""
        reason = _clean(reason, field_name="reason", label="lý do điều chỉnh", limit=MAX_TEXT,
                        required=True)
        applicant, _ = clean_applicant(applicant)
        now = now.replace(second=0, microsecond=0)
        with self.db.session() as s:
            d = self._load(s, dossier_id)
            if Status(d.status).is_final:
                raise DomainError("correction.closed",
                                  "Hồ sơ đã kết thúc, không điều chỉnh thông tin được.")
            before = {"name": d.applicant_name, "id_number": d.applicant_id_number,
                      "date_of_birth": d.applicant_dob, "sex": d.applicant_sex,
                      "address": d.applicant_address, "phone": d.applicant_phone,
                      "email": d.applicant_email, "kind": d.applicant_kind}
            d.applicant_kind = applicant.kind
            d.applicant_name = applicant.name
            d.applicant_id_number = applicant.id_number
            d.applicant_dob = applicant.date_of_birth
            d.applicant_sex = applicant.sex
            d.applicant_address = applicant.address
            d.applicant_phone = applicant.phone
            d.applicant_email = applicant.email
            d.search_text = _search_text(d)
            after = asdict(applicant)
            changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
            if not changed:
                raise ValidationError("correction.nothing", "Không có thông tin nào thay đổi.")
            self._record(s, d, action="correct_applicant", status_before=d.status, user=user,
                         now=now, note=reason, details={"changed": changed},
                         audit_before=before, audit_after=after)
        self._changed(dossier_id)
        return self.detail(dossier_id, user=user)

    def attach_scan(self, dossier_id: int, component_id: int, path: Path, *,
                    user: CurrentUser, now: datetime) -> DossierDetail:
        now = now.replace(second=0, microsecond=0)
        with self.db.session() as s:
            d = self._load(s, dossier_id)
            comp = next((c for c in d.components if c.id == component_id), None)
            if comp is None:
                raise DomainError("dossier.component_unknown", "Không có thành phần hồ sơ này.")
            self._attach(s, comp, path, now)
            self._record(s, d, action="digitise", status_before=d.status, user=user, now=now,
                         note=f"Số hóa: {comp.name}", details={"sha256": comp.file_sha256})
            enqueue(s, kind="file.blob", now=now, dossier_code=d.code,
                    blob_sha256=comp.file_sha256,
                    payload={"sha256": comp.file_sha256, "mime": comp.file_mime,
                             "size": comp.file_size, "dossier_uid": d.uid})
        self._changed(dossier_id)
        return self.detail(dossier_id, user=user)

    def _changed(self, dossier_id: int) -> None:
        for callback in list(self.on_change):
            callback(dossier_id)

    # ---------------------------------------------------------------- queries

    def _filtered(self, f: DossierFilter):
        conds = []
        if f.statuses:
            conds.append(m.Dossier.status.in_(f.statuses))
        if f.procedure_code:
            conds.append(m.Dossier.procedure_code == f.procedure_code)
        if f.sector_code:
            conds.append(m.Dossier.sector_code == f.sector_code)
        if f.officer_id is not None:
            conds.append(m.Dossier.officer_id == f.officer_id)
        if f.received_from:
            conds.append(m.Dossier.received_at >= datetime.combine(f.received_from, time()))
        if f.received_to:
            conds.append(m.Dossier.received_at
                         < datetime.combine(f.received_to + timedelta(days=1), time()))
        if f.due_before:
            conds.append(m.Dossier.due_at < f.due_before)
        text = normalize_text(f.text)
        if text:
            query = fts_query(text)
            from sqlalchemy import text as sql_text
            by_code = select(m.Dossier.id).where(m.Dossier.code == text)
            by_fts = select(sql_text("rowid")).select_from(sql_text("dossier_search")).where(
                sql_text("dossier_search MATCH :q")
            )
            if query:
                conds.append(m.Dossier.id.in_(by_code.union(by_fts)))
            else:
                conds.append(m.Dossier.id.in_(by_code))
            params = {"q": query} if query else {}
        else:
            params = {}
        return conds, params

    def count(self, f: DossierFilter = DossierFilter()) -> int:
        conds, params = self._filtered(f)
        with self.db.session() as s:
            return s.execute(select(func.count(m.Dossier.id)).where(*conds), params).scalar_one()

    def page(self, f: DossierFilter = DossierFilter(), *, offset: int = 0, limit: int = 200,
             order: str = "received_desc") -> list[DossierRow]:
        conds, params = self._filtered(f)
        ordering = {
            "received_desc": (m.Dossier.received_at.desc(), m.Dossier.id.desc()),
            "received_asc": (m.Dossier.received_at.asc(), m.Dossier.id.asc()),
            "due_asc": (m.Dossier.due_at.asc(), m.Dossier.id.asc()),
        }[order]
        cols = (m.Dossier.id, m.Dossier.code, m.Dossier.applicant_name, m.Dossier.procedure_code,
                m.Dossier.procedure_name, m.Dossier.received_at, m.Dossier.due_at,
                m.Dossier.status, m.Dossier.paused, m.Dossier.extended, m.Dossier.resolved_at,
                m.Dossier.returned_at, m.Dossier.handling_unit)
        with self.db.session() as s:
            rows = s.execute(select(*cols).where(*conds).order_by(*ordering)
                             .offset(offset).limit(limit), params).all()
        return [DossierRow(r[0], r[1] or "", *r[2:]) for r in rows]

    def find_id_by_code(self, code: str) -> int | None:
        code = normalize_text(code)
        with self.db.session() as s:
            return s.execute(select(m.Dossier.id).where(m.Dossier.code == code)).scalar()

    def detail(self, dossier_id: int, *, user: CurrentUser | None = None) -> DossierDetail:
        with self.db.session() as s:
            d = self._load(s, dossier_id)
            timing = None
            events = _clock_events(d)
            if events:
                timing = derive_timing(self.calendar(), _duration_of(d), events)
            steps = s.execute(select(m.DossierStep).where(m.DossierStep.dossier_id == d.id)
                              .order_by(m.DossierStep.position)).scalars()
            allowed: tuple[Action, ...] = ()
            if user is not None:
                allowed = tuple(allowed_actions(Status(d.status), user.role,
                                                supplement_requests=d.supplement_requests))
            return DossierDetail(
                id=d.id, uid=d.uid, code=d.code or "", agency_code=d.agency_code,
                procedure_code=d.procedure_code, procedure_name=d.procedure_name,
                sector_code=d.sector_code, sector_name=d.sector_name, channel=d.channel,
                applicant=ApplicantInput(d.applicant_kind, d.applicant_name,
                                         d.applicant_id_number, d.applicant_dob,
                                         d.applicant_sex, d.applicant_address,
                                         d.applicant_phone, d.applicant_email),
                filer=FilerInput(d.filer_name, d.filer_id_number, d.filer_phone),
                summary=d.summary, variant=d.variant, sets_count=d.sets_count,
                result_delivery=d.result_delivery, handling_unit=d.handling_unit,
                duration=_duration_of(d), received_at=d.received_at, status=d.status,
                timing=timing, resolved_at=d.resolved_at, returned_at=d.returned_at,
                return_method=d.return_method, collected_by=d.collected_by, rating=d.rating,
                outcome=d.outcome, refusal_reason=d.refusal_reason, note=d.note,
                officer_id=d.officer_id,
                components=tuple(ComponentRow(
                    c.id, c.position, c.name, c.originals, c.certified_copies, c.photocopies,
                    c.submitted, c.digitised, c.file_sha256, c.file_name, c.file_mime)
                    for c in d.components),
                fees=tuple(FeeRow(f.name, f.amount, f.method, f.receipt_no) for f in d.fees),
                events=tuple(EventRow(
                    e.seq, e.at, e.actor, e.actor_title, e.unit, e.action,
                    _action_label(e.action), e.status_before, e.status_after, e.note,
                    json.loads(e.details or "{}")) for e in d.events),
                steps=tuple(StepRow(st.position, st.unit, st.handler, st.started_at,
                                    st.allotted_hours, st.due_at, st.finished_at, st.outcome,
                                    st.note) for st in steps),
                allowed=allowed,
            )


def _action_label(action: str) -> str:
    extra = {"correct_applicant": "Điều chỉnh thông tin người nộp", "digitise": "Số hóa hồ sơ"}
    if action in extra:
        return extra[action]
    try:
        return Action(action).label
    except ValueError:
        return action


def fts_query(text: str) -> str:
    """An FTS5 query that finds every folded word as a prefix ("duc" finds "Đức")."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in fold(text)).split() if w]
    return " AND ".join(f'"{w}"*' for w in words[:8])
