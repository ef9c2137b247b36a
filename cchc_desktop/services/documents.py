"""Issued papers as records: numbering, archiving, reprints (domain.md §2).

Every issued paper gets its number from the per-year, per-kind counter
(``document_counters``), its original bytes are archived in the content-addressed
store (``<data>/files``) and recorded in ``issued_documents`` with the audit entry in
the same transaction ("Issued documents are records, not side effects",
architecture.md). A second print is a reprint: it needs a reason, is stamped
"BẢN IN LẠI (lần n)" with the original number and date, and is recorded and audited
too. ``reopen`` returns the archived bytes of any issued paper, unchanged.

Papers without a dossier (the ledger of a period, Mẫu 02 given at the counter) carry
``ref`` ("ledger:<from>..<to>", "guidance:<id>") so that their reprint finds the original
the same way. Every issued or reprinted paper also writes a ``document.issued`` entry to
the sync outbox in the same transaction (docs/sync-protocol.md: issued documents'
metadata go up with the dossier events).

The builders in ``cchc_desktop.documents`` take plain dataclasses; this module maps
a dossier (``DossierDetail``) and the office settings onto them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cchc_desktop.documents import (
    ApologyData,
    Component,
    ControlSheetData,
    DocumentKind,
    HandOver,
    IssueInfo,
    LedgerData,
    LedgerRow,
    OfficeHeader,
    Person,
    ReceiptData,
    RefusalData,
    StopNoticeData,
    SupplementRequestData,
    build_apology,
    build_control_sheet,
    build_ledger,
    build_receipt,
    build_refusal,
    build_stop_notice,
    build_supplement_request,
    layout_for,
)
from cchc_desktop.documents.layouts import TT03_2025
from cchc_desktop.domain.deadlines import Outcome
from cchc_desktop.domain.dossier import RETURN_METHODS, Status
from cchc_desktop.domain.errors import DomainError, ValidationError
from cchc_desktop.domain.text import normalize_text
from cchc_desktop.services.audit import append_audit
from cchc_desktop.services.dossiers import RESULT_DELIVERY, DossierDetail, DossierService
from cchc_desktop.services.settings import OfficeSettings
from cchc_desktop.services.users import CurrentUser
from cchc_desktop.storage import models as m
from cchc_desktop.storage.files import FileStore
from cchc_desktop.storage.numbering import next_document_number
from cchc_desktop.storage.outbox import enqueue

OUTBOX_KIND = "document.issued"  # sync.protocol.KIND_DOCUMENT_ISSUED

DOSSIER_KINDS = (
    DocumentKind.RECEIPT, DocumentKind.SUPPLEMENT, DocumentKind.REFUSAL, DocumentKind.APOLOGY,
    DocumentKind.STOP, DocumentKind.CONTROL,
)

KIND_LABELS = {
    DocumentKind.RECEIPT: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    DocumentKind.SUPPLEMENT: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    DocumentKind.REFUSAL: "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
    DocumentKind.APOLOGY: "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
    DocumentKind.STOP: "Thông báo dừng giải quyết hồ sơ",
    DocumentKind.CONTROL: "Phiếu kiểm soát quá trình giải quyết hồ sơ",
    DocumentKind.LEDGER: "Sổ theo dõi hồ sơ",
}


@dataclass(frozen=True)
class IssuedRow:
    """One issued paper (original or reprint) as the lists show it."""

    id: int
    kind: str
    year: int
    number: int
    number_text: str
    dossier_id: int | None
    issued_at: datetime
    issued_by: int | None
    layout_version: str
    sha256: str
    size: int
    reprint_of: int | None
    reprint_no: int
    reprint_reason: str
    ref: str | None = None
    subject: str = ""  # what the paper is about, for lists (filled by ``papers``)

    @property
    def label(self) -> str:
        base = KIND_LABELS.get(DocumentKind(self.kind), self.kind)
        return f"{base} (bản in lại lần {self.reprint_no})" if self.reprint_no else base


def guidance_ref(guidance_id: int) -> str:
    """``ref`` of the Mẫu 02 given at the counter for one ``counter_guidance`` row."""
    return f"guidance:{guidance_id}"


def ledger_ref(period_from: date, period_to: date) -> str:
    """``ref`` of the ledger of one period (one original per period; later prints reprint)."""
    return f"ledger:{period_from.isoformat()}..{period_to.isoformat()}"


def parse_ref(ref: str | None) -> tuple[str, int | tuple[date, date]] | None:
    """("guidance", id) or ("ledger", (from, to)); None for anything else."""
    kind, _, value = (ref or "").partition(":")
    try:
        if kind == "guidance":
            return kind, int(value)
        if kind == "ledger":
            start, _, end = value.partition("..")
            return kind, (date.fromisoformat(start), date.fromisoformat(end))
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class IssuedPaper:
    """The result of issuing or reprinting: the record and the PDF bytes to show or print."""

    row: IssuedRow
    pdf: bytes

    def __repr__(self) -> str:  # keep logs free of megabytes of PDF
        return f"IssuedPaper({self.row!r}, {len(self.pdf)} bytes)"


def _row(doc: m.IssuedDocument, subject: str = "") -> IssuedRow:
    return IssuedRow(doc.id, doc.kind, doc.year, doc.number, doc.number_text, doc.dossier_id,
                     doc.issued_at, doc.issued_by, doc.layout_version, doc.sha256, doc.size,
                     doc.reprint_of, doc.reprint_no, doc.reprint_reason, doc.ref, subject)


def office_header(settings: OfficeSettings) -> OfficeHeader:
    """The office's header and print settings, from the one settings object."""
    suffixes = {kind: settings.suffix(kind.value) for kind in DocumentKind}
    return OfficeHeader(
        governing_body=settings.governing_body,
        unit=settings.unit_name,
        department=settings.counter_name,
        place_name=settings.place_name,
        number_suffixes=suffixes,
        lookup_url_template=settings.lookup_url_template,
        layout_effective_dates={TT03_2025: settings.layout_tt03_from},
        receipt_copies=settings.receipt_copies,
        result_location=f"{settings.counter_name}, {settings.office_name}",
    )


def _person(detail: DossierDetail) -> Person:
    a = detail.applicant
    return Person(full_name=a.name, id_number=a.id_number, address=a.address, phone=a.phone,
                  email=a.email)


def _request(detail: DossierDetail) -> str:
    summary = normalize_text(detail.summary)
    if summary and summary != detail.procedure_name:
        return f"{detail.procedure_name} ({summary})"
    return detail.procedure_name


def _first_actor(detail: DossierDetail, *actions: str) -> str:
    for event in detail.events:
        if not actions or event.action in actions:
            return event.actor
    return ""


def _last_event(detail: DossierDetail, *actions: str):
    for event in reversed(detail.events):
        if event.action in actions:
            return event
    return None


def _outcome_label(value: str) -> str:
    try:
        return Outcome(value).label
    except ValueError:
        return ""



def _already_issued(existing: m.IssuedDocument) -> DomainError:
    label = KIND_LABELS.get(DocumentKind(existing.kind), existing.kind)
    what = "của hồ sơ này " if existing.dossier_id is not None else ""
    return DomainError(
        "document.already_issued",
        f"{label} {what}đã được cấp (số {existing.number_text}); "
        "muốn in lại phải ghi rõ lý do.",
        document_id=existing.id,
    )


def _applicant(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _subject(doc: m.IssuedDocument, code: str | None, name: str | None,
             guidance_names: dict[int, str]) -> str:
    """What a listed paper is about: the dossier, the ledger period or the guided citizen."""
    parsed = parse_ref(doc.ref)
    if parsed is not None and parsed[0] == "ledger":
        start, end = parsed[1]
        return f"Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    if parsed is not None and parsed[0] == "guidance":
        return f"Hướng dẫn tại quầy: {guidance_names.get(parsed[1], '')}".rstrip(": ")
    if doc.dossier_id is not None:
        return " · ".join(p for p in (code, name) if p)
    return ""


def _enqueue_issued(s: Session, doc: m.IssuedDocument, settings: OfficeSettings,
                    user: CurrentUser | None, now: datetime, *, dossier_code: str | None = None,
                    dossier_uid: str | None = None, guidance_uid: str | None = None,
                    original: m.IssuedDocument | None = None) -> None:
    """The ``document.issued`` outbox entry, in the caller's transaction (architecture.md:
    issued documents are records; docs/sync-protocol.md: their metadata go to the province).

    Neutral keys; ``*_at`` values ISO local time (the adapter writes portal time).
    """
    parsed = parse_ref(doc.ref)
    payload = {
        "agency": settings.agency_code,
        "kind": doc.kind,
        "title": KIND_LABELS.get(DocumentKind(doc.kind), doc.kind),
        "year": doc.year,
        "number": doc.number,
        "number_text": doc.number_text,
        "dossier_code": dossier_code or None,
        "dossier_uid": dossier_uid or None,
        "guidance_uid": guidance_uid,
        "period_from": parsed[1][0].isoformat() if parsed and parsed[0] == "ledger" else None,
        "period_to": parsed[1][1].isoformat() if parsed and parsed[0] == "ledger" else None,
        "issued_at": doc.issued_at.isoformat(),
        "issued_by": user.username if user else None,
        "issued_by_name": user.full_name if user else None,
        "layout_version": doc.layout_version,
        "sha256": doc.sha256,
        "size": doc.size,
        "reprint_no": doc.reprint_no,
        "reprint_reason": doc.reprint_reason or None,
        "original_issued_at": original.issued_at.isoformat() if original is not None else None,
    }
    enqueue(s, kind=OUTBOX_KIND, payload={k: v for k, v in payload.items() if v is not None},
            now=now, dossier_code=dossier_code or None)


class DocumentService:
    """Issue, reprint, list and reopen the counter's papers."""

    def __init__(self, dossiers: DossierService, files: FileStore) -> None:
        self.dossiers = dossiers
        self.files = files

    @property
    def db(self):
        return self.dossiers.db

    # ------------------------------------------------------------------ look-ups

    def find_dossier(self, code_or_uid: str) -> int:
        """The id of the dossier with this code (or uid, for dossiers refused without code)."""
        key = normalize_text(code_or_uid)
        dossier_id = self.dossiers.find_id_by_code(key)
        if dossier_id is None:
            with self.db.session() as s:
                dossier_id = s.execute(select(m.Dossier.id).where(m.Dossier.uid == key)).scalar()
        if dossier_id is None:
            raise DomainError("dossier.not_found", f"Không tìm thấy hồ sơ có mã {key}.",
                              dossier_code=key)
        return dossier_id

    def find_guidance(self, id_or_uid: str) -> int:
        """The id of a guidance given at the counter, by its number or its uid."""
        key = normalize_text(id_or_uid)
        with self.db.session() as s:
            query = select(m.CounterGuidance.id).where(m.CounterGuidance.uid == key)
            if key.isdigit():
                query = select(m.CounterGuidance.id).where(
                    (m.CounterGuidance.id == int(key)) | (m.CounterGuidance.uid == key))
            guidance_id = s.execute(query).scalar()
        if guidance_id is None:
            raise DomainError("guidance.not_found",
                              f"Không tìm thấy lần hướng dẫn bổ sung tại quầy {key}.",
                              guidance=key)
        return guidance_id

    def for_dossier(self, dossier_id: int) -> list[IssuedRow]:
        with self.db.session() as s:
            docs = s.execute(select(m.IssuedDocument).where(
                m.IssuedDocument.dossier_id == dossier_id).order_by(m.IssuedDocument.id))
            return [_row(d) for d in docs.scalars()]

    def get(self, document_id: int) -> IssuedRow:
        with self.db.session() as s:
            return _row(self._get(s, document_id))

    def original_for_ref(self, ref: str) -> IssuedRow | None:
        """The first print of the paper issued for ``ref`` (a ledger period, a guidance)."""
        with self.db.session() as s:
            doc = self._original_by_ref(s, ref)
            return _row(doc) if doc is not None else None

    def papers(self, *, without_dossier: bool = False, limit: int = 500) -> list[IssuedRow]:
        """Issued papers, newest first, each with what it is about (``subject``).

        ``without_dossier`` keeps the ledger and the Mẫu 02 given at the counter: their
        reprints are made from this list, dossier papers from the dossier's detail.
        """
        query = select(m.IssuedDocument, m.Dossier.code, m.Dossier.applicant_name).outerjoin(
            m.Dossier, m.Dossier.id == m.IssuedDocument.dossier_id)
        if without_dossier:
            query = query.where(m.IssuedDocument.dossier_id.is_(None))
        query = query.where(m.IssuedDocument.sha256 != "")  # numbers reserved, not yet printed
        query = query.order_by(m.IssuedDocument.id.desc()).limit(limit)
        with self.db.session() as s:
            rows = s.execute(query).all()
            guidance_ids = {parsed[1] for doc, _c, _n in rows
                            if (parsed := parse_ref(doc.ref)) and parsed[0] == "guidance"}
            names: dict[int, str] = {}
            if guidance_ids:
                for gid, applicant in s.execute(select(
                        m.CounterGuidance.id, m.CounterGuidance.applicant).where(
                        m.CounterGuidance.id.in_(guidance_ids))):
                    names[gid] = _applicant(applicant).get("name", "")
            return [_row(doc, _subject(doc, code, name, names)) for doc, code, name in rows]

    def reopen(self, document_id: int) -> bytes:
        """The archived bytes of an issued paper, exactly as first printed."""
        row = self.get(document_id)
        if not row.sha256:
            raise DomainError("document.not_archived",
                              "Giấy tờ này được cấp số nhưng chưa in, chưa có bản lưu.")
        return self.files.read(row.sha256)

    # ------------------------------------------------------------------ issuing

    def issue(self, kind: DocumentKind | str, dossier_id: int, *, user: CurrentUser | None,
              now: datetime) -> IssuedPaper:
        """Number, build, archive and record the first print of ``kind`` for a dossier.

        A paper already issued for this dossier is not issued again: that is a reprint
        (``reprint``), which needs a reason. A number already reserved by a workflow
        (the apology approved by a supervisor) is used as is.
        """
        kind = DocumentKind(kind)
        if kind not in DOSSIER_KINDS:
            raise ValidationError("document.kind", "Loại giấy tờ không gắn với một hồ sơ.",
                                  kind=kind.value)
        now = now.replace(microsecond=0)
        detail = self.dossiers.detail(dossier_id)
        settings = self.dossiers.settings()
        office = office_header(settings)
        with self.db.session() as s:
            existing = self._original(s, kind, dossier_id)
            if existing is not None and existing.sha256:
                raise _already_issued(existing)
            if existing is not None:  # reserved number: print it now, dated when it was issued
                number, issued_at, doc = existing.number, existing.issued_at, existing
            else:
                number, issued_at, doc = next_document_number(s, kind.value, now.year), now, None
            data = self._data(s, kind, detail, settings, office,
                              IssueInfo(issued_at=issued_at, number=number))
            pdf = _BUILDERS[kind](data)
            blob = self._archive(s, pdf, now)
            layout = layout_for(_reception(data) or issued_at, office).key
            if doc is None:
                doc = m.IssuedDocument(
                    kind=kind.value, year=issued_at.year, number=number,
                    number_text=f"{number}/{office.suffix(kind)}", dossier_id=dossier_id,
                    issued_at=issued_at, issued_by=user.id if user else None,
                )
                s.add(doc)
            doc.layout_version, doc.sha256, doc.size = layout, blob.sha256, blob.size
            s.flush()
            append_audit(s, at=now, action="document.issue", entity="document",
                         entity_id=doc.id, user_id=user.id if user else None,
                         username=user.username if user else "",
                         after={"kind": kind.value, "number": doc.number_text,
                                "dossier": detail.code or detail.uid, "sha256": blob.sha256})
            _enqueue_issued(s, doc, settings, user, now, dossier_code=detail.code,
                            dossier_uid=detail.uid)
            return IssuedPaper(_row(doc), pdf)

    def reprint(self, document_id: int, *, reason: str, user: CurrentUser | None,
                now: datetime) -> IssuedPaper:
        """A reprint of an issued paper: reason required, stamped, counted, archived, audited.

        domain.md §2: a reprint must be visibly marked as one ("BẢN IN LẠI") and counted.
        The paper is built again from today's records with the original number and date;
        the ledger and the counter's Mẫu 02 find what they were issued for by ``ref``.
        The missing-reason error names the original (``document_id``, ``label``,
        ``number_text``) so a caller can ask for the reason and try again.
        """
        reason = normalize_text(reason)
        now = now.replace(microsecond=0)
        with self.db.session() as s:
            original = self._get(s, document_id)
            if original.reprint_of is not None:
                original = self._get(s, original.reprint_of)
            if not original.sha256:
                raise DomainError("document.not_archived",
                                  "Giấy tờ này chưa được in lần đầu, chưa thể in lại.")
            if original.dossier_id is None and parse_ref(original.ref) is None:
                raise DomainError("document.reprint_unsupported",
                                  "Không xác định được giấy tờ này được cấp cho việc gì nên "
                                  "không in lại được: hãy mở bản lưu.", document_id=original.id)
            if not reason:
                raise ValidationError("document.reprint_reason_required",
                                      "In lại giấy tờ phải ghi rõ lý do.", field="reason",
                                      document_id=original.id, label=_row(original).label,
                                      number_text=original.number_text)
            kind = DocumentKind(original.kind)
            original_id, dossier_id, ref = original.id, original.dossier_id, original.ref
            number, issued_at = original.number, original.issued_at
        detail = self.dossiers.detail(dossier_id) if dossier_id is not None else None
        settings = self.dossiers.settings()
        office = office_header(settings)
        with self.db.session() as s:
            count = s.execute(select(func.count()).select_from(m.IssuedDocument).where(
                m.IssuedDocument.reprint_of == original_id)).scalar_one()
            info = IssueInfo(issued_at=issued_at, number=number, reprint_count=count + 1,
                             printed_at=now)
            guidance_uid = None
            if detail is not None:
                pdf = _BUILDERS[kind](self._data(s, kind, detail, settings, office, info))
            else:
                pdf, guidance_uid = self._build_by_ref(s, ref, settings, office, info, user)
            blob = self._archive(s, pdf, now)
            original = self._get(s, original_id)
            doc = m.IssuedDocument(
                kind=kind.value, year=original.year, number=number,
                number_text=original.number_text, dossier_id=dossier_id, issued_at=now,
                issued_by=user.id if user else None, layout_version=original.layout_version,
                sha256=blob.sha256, size=blob.size, reprint_of=original_id,
                reprint_no=count + 1, reprint_reason=reason, ref=ref,
            )
            s.add(doc)
            s.flush()
            append_audit(s, at=now, action="document.reprint", entity="document",
                         entity_id=doc.id, user_id=user.id if user else None,
                         username=user.username if user else "",
                         after={"kind": kind.value, "number": doc.number_text,
                                "reprint_no": count + 1, "reason": reason,
                                "original": original_id, "sha256": blob.sha256})
            _enqueue_issued(s, doc, settings, user, now,
                            dossier_code=detail.code if detail else None,
                            dossier_uid=detail.uid if detail else None,
                            guidance_uid=guidance_uid, original=original)
            return IssuedPaper(_row(doc), pdf)

    def issue_or_reprint(self, kind: DocumentKind | str, dossier_id: int, *, reason: str = "",
                         user: CurrentUser | None, now: datetime) -> IssuedPaper:
        """The print button: the first print issues; any later one is a reprint (with reason)."""
        kind = DocumentKind(kind)
        with self.db.session() as s:
            existing = self._original(s, kind, dossier_id)
            existing_id = existing.id if existing is not None and existing.sha256 else None
        if existing_id is None:
            return self.issue(kind, dossier_id, user=user, now=now)
        return self.reprint(existing_id, reason=reason, user=user, now=now)

    def issue_guidance(self, guidance_id: int, *, user: CurrentUser | None,
                       now: datetime) -> IssuedPaper:
        """Mẫu 02 for a dossier guided at the counter (no code, no dossier row).

        NĐ 61/2018 Art. 15(3), 17(1)(a); NĐ 118/2025 Art. 11: guide once, completely. So
        one guidance has one paper; printing it again is a reprint (with a reason).
        """
        now = now.replace(microsecond=0)
        settings = self.dossiers.settings()
        office = office_header(settings)
        ref = guidance_ref(guidance_id)
        with self.db.session() as s:
            g = self._guidance(s, guidance_id)
            existing = self._original_by_ref(s, ref)
            if existing is not None:
                raise _already_issued(existing)
            number = next_document_number(s, DocumentKind.SUPPLEMENT.value, now.year)
            data = self._guidance_data(g, settings, office,
                                       IssueInfo(issued_at=g.at, number=number), user)
            pdf = build_supplement_request(data)
            blob = self._archive(s, pdf, now)
            doc = m.IssuedDocument(
                kind=DocumentKind.SUPPLEMENT.value, year=now.year, number=number,
                number_text=f"{number}/{office.suffix(DocumentKind.SUPPLEMENT)}",
                dossier_id=None, issued_at=now, issued_by=user.id if user else None,
                layout_version=layout_for(g.at, office).key, sha256=blob.sha256,
                size=blob.size, ref=ref,
            )
            s.add(doc)
            s.flush()
            append_audit(s, at=now, action="document.issue", entity="document",
                         entity_id=doc.id, user_id=user.id if user else None,
                         username=user.username if user else "",
                         after={"kind": "supplement", "number": doc.number_text,
                                "guidance": g.uid, "sha256": blob.sha256})
            _enqueue_issued(s, doc, settings, user, now, guidance_uid=g.uid)
            return IssuedPaper(_row(doc), pdf)

    def issue_or_reprint_guidance(self, guidance_id: int, *, reason: str = "",
                                  user: CurrentUser | None, now: datetime) -> IssuedPaper:
        """The print key after guiding at the counter: first print, then reprints."""
        existing = self.original_for_ref(guidance_ref(guidance_id))
        if existing is None:
            return self.issue_guidance(guidance_id, user=user, now=now)
        return self.reprint(existing.id, reason=reason, user=user, now=now)

    def issue_ledger(self, period_from: date, period_to: date, *, user: CurrentUser | None,
                     now: datetime) -> IssuedPaper:
        """The ledger (Sổ theo dõi hồ sơ) of the dossiers received in the period.

        One original per period; printing the same period again is a reprint.
        """
        if period_to < period_from:
            raise ValidationError("ledger.period", "Ngày cuối kỳ phải sau ngày đầu kỳ.",
                                  field="to")
        now = now.replace(microsecond=0)
        settings = self.dossiers.settings()
        office = office_header(settings)
        ref = ledger_ref(period_from, period_to)
        with self.db.session() as s:
            existing = self._original_by_ref(s, ref)
            if existing is not None:
                raise _already_issued(existing)
            number = next_document_number(s, DocumentKind.LEDGER.value, now.year)
            data = self._ledger_data(s, settings, office, period_from, period_to,
                                     IssueInfo(issued_at=now, number=number))
            pdf = build_ledger(data)
            blob = self._archive(s, pdf, now)
            doc = m.IssuedDocument(
                kind=DocumentKind.LEDGER.value, year=now.year, number=number,
                number_text=f"{number}/{office.suffix(DocumentKind.LEDGER)}", dossier_id=None,
                issued_at=now, issued_by=user.id if user else None,
                layout_version=layout_for(period_from, office).key, sha256=blob.sha256,
                size=blob.size, ref=ref,
            )
            s.add(doc)
            s.flush()
            append_audit(s, at=now, action="document.issue", entity="document",
                         entity_id=doc.id, user_id=user.id if user else None,
                         username=user.username if user else "",
                         after={"kind": "ledger", "number": doc.number_text,
                                "from": period_from, "to": period_to, "rows": len(data.rows),
                                "sha256": blob.sha256})
            _enqueue_issued(s, doc, settings, user, now)
            return IssuedPaper(_row(doc), pdf)

    def issue_or_reprint_ledger(self, period_from: date, period_to: date, *, reason: str = "",
                                user: CurrentUser | None, now: datetime) -> IssuedPaper:
        existing = self.original_for_ref(ledger_ref(period_from, period_to))
        if existing is None:
            return self.issue_ledger(period_from, period_to, user=user, now=now)
        return self.reprint(existing.id, reason=reason, user=user, now=now)

    # ------------------------------------------------------------------ internals

    @staticmethod
    def _get(s: Session, document_id: int) -> m.IssuedDocument:
        doc = s.get(m.IssuedDocument, document_id)
        if doc is None:
            raise DomainError("document.not_found", "Không tìm thấy giấy tờ đã cấp.",
                              document_id=document_id)
        return doc

    @staticmethod
    def _original(s: Session, kind: DocumentKind, dossier_id: int) -> m.IssuedDocument | None:
        return s.execute(select(m.IssuedDocument).where(
            m.IssuedDocument.dossier_id == dossier_id,
            m.IssuedDocument.kind == kind.value,
            m.IssuedDocument.reprint_of.is_(None),
        ).order_by(m.IssuedDocument.id.desc()).limit(1)).scalar()

    @staticmethod
    def _original_by_ref(s: Session, ref: str) -> m.IssuedDocument | None:
        return s.execute(select(m.IssuedDocument).where(
            m.IssuedDocument.ref == ref, m.IssuedDocument.reprint_of.is_(None),
            m.IssuedDocument.sha256 != "",
        ).order_by(m.IssuedDocument.id).limit(1)).scalar()

    @staticmethod
    def _guidance(s: Session, guidance_id: int) -> m.CounterGuidance:
        g = s.get(m.CounterGuidance, guidance_id)
        if g is None:
            raise DomainError("guidance.not_found", "Không tìm thấy lần hướng dẫn bổ sung.",
                              guidance_id=guidance_id)
        return g

    @staticmethod
    def _guidance_data(g: m.CounterGuidance, settings: OfficeSettings, office: OfficeHeader,
                       issue: IssueInfo, user: CurrentUser | None) -> SupplementRequestData:
        applicant = _applicant(g.applicant)
        contact = normalize_text(g.contact)
        return SupplementRequestData(
            office=office, issue=issue,
            applicant=Person(full_name=applicant.get("name", ""),
                             id_number=applicant.get("id_number", ""),
                             address=applicant.get("address", ""),
                             phone=applicant.get("phone", ""),
                             email=applicant.get("email", "")),
            request=g.procedure_name, items=tuple(json.loads(g.items or "[]")),
            reason=g.reason, guide_name=contact or (user.full_name if user else ""),
            contact_name=contact, contact_phone=settings.phone, received_at=g.at,
        )

    def _ledger_data(self, s: Session, settings: OfficeSettings, office: OfficeHeader,
                     period_from: date, period_to: date, issue: IssueInfo) -> LedgerData:
        rows = self._ledger_rows(s, settings, period_from, period_to)
        return LedgerData(office=office, issue=issue, rows=rows, period_from=period_from,
                          period_to=period_to, book=f"Quyển số 01/{period_from.year}")

    def _build_by_ref(self, s: Session, ref: str | None, settings: OfficeSettings,
                      office: OfficeHeader, issue: IssueInfo,
                      user: CurrentUser | None) -> tuple[bytes, str | None]:
        """Build again a paper without a dossier; returns the PDF and the guidance uid."""
        parsed = parse_ref(ref)
        if parsed is not None and parsed[0] == "guidance":
            g = self._guidance(s, parsed[1])
            return build_supplement_request(
                self._guidance_data(g, settings, office, issue, user)), g.uid
        if parsed is not None and parsed[0] == "ledger":
            start, end = parsed[1]
            return build_ledger(self._ledger_data(s, settings, office, start, end, issue)), None
        raise DomainError("document.reprint_unsupported",
                          "Không xác định được giấy tờ này được cấp cho việc gì nên không in "
                          "lại được: hãy mở bản lưu.")

    def _archive(self, s: Session, pdf: bytes, now: datetime):
        blob = self.files.put_bytes(pdf, allowed_mimes=("application/pdf",))
        if s.get(m.StoredFile, blob.sha256) is None:
            s.add(m.StoredFile(sha256=blob.sha256, size=blob.size, mime=blob.mime,
                               original_name="", stored_at=now))
        return blob

    def _data(self, s: Session, kind: DocumentKind, detail: DossierDetail,
              settings: OfficeSettings, office: OfficeHeader, issue: IssueInfo):
        if kind is DocumentKind.RECEIPT:
            return self._receipt(s, detail, office, issue)
        if kind is DocumentKind.SUPPLEMENT:
            return self._supplement(detail, settings, office, issue)
        if kind is DocumentKind.REFUSAL:
            return self._refusal(detail, office, issue)
        if kind is DocumentKind.APOLOGY:
            return self._apology(s, detail, settings, office, issue)
        if kind is DocumentKind.STOP:
            return self._stop(detail, office, issue)
        return self._control(detail, settings, office, issue)

    def _receipt(self, s: Session, detail: DossierDetail, office: OfficeHeader,
                 issue: IssueInfo) -> ReceiptData:
        if not detail.code or detail.status == Status.NOT_ACCEPTED:
            raise DomainError("document.not_applicable",
                              "Hồ sơ chưa được tiếp nhận nên không có Giấy tiếp nhận.")
        filer = None
        if normalize_text(detail.filer.name):
            filer = Person(full_name=detail.filer.name, id_number=detail.filer.id_number,
                           phone=detail.filer.phone)
        due = detail.timing.original_due if detail.timing is not None else None
        location = office.result_location
        if detail.result_delivery in RESULT_DELIVERY and detail.result_delivery != "counter":
            location = RESULT_DELIVERY[detail.result_delivery]
        return ReceiptData(
            office=office, issue=issue, dossier_code=detail.code, applicant=_person(detail),
            request=_request(detail),
            components=tuple(
                Component(c.name, originals=c.originals, certified_copies=c.certified_copies,
                          photocopies=c.photocopies)
                for c in detail.components if c.submitted
            ),
            received_at=detail.received_at, due_at=due,
            processing_time=detail.duration.label_vi(), sets=detail.sets_count, filer=filer,
            result_location=location, ledger_book=f"01/{detail.received_at.year}",
            ledger_entry=self._ledger_entry(s, detail),
            receiver_name=_first_actor(detail, "accept"),
        )

    @staticmethod
    def _ledger_entry(s: Session, detail: DossierDetail) -> int:
        """STT in the year's book: paper ledgers are numbered continuously within a year."""
        year_start = datetime(detail.received_at.year, 1, 1)
        earlier = s.execute(select(func.count()).select_from(m.Dossier).where(
            m.Dossier.code.is_not(None),
            m.Dossier.received_at >= year_start,
            (m.Dossier.received_at < detail.received_at)
            | ((m.Dossier.received_at == detail.received_at) & (m.Dossier.id < detail.id)),
        )).scalar_one()
        return earlier + 1

    @staticmethod
    def _supplement(detail: DossierDetail, settings: OfficeSettings, office: OfficeHeader,
                    issue: IssueInfo) -> SupplementRequestData:
        event = _last_event(detail, "request_supplement")
        if event is None:
            raise DomainError("document.not_applicable",
                              "Hồ sơ chưa có yêu cầu bổ sung, hoàn thiện.")
        details = event.details or {}
        items = tuple(details.get("items") or ()) or (event.note,)
        return SupplementRequestData(
            office=office, issue=issue, applicant=_person(detail), request=_request(detail),
            items=items, reason=details.get("reason", event.note), guide_name=event.actor,
            contact_name=event.actor, contact_phone=settings.phone,
            dossier_code=detail.code or "", received_at=detail.received_at,
        )

    @staticmethod
    def _refusal(detail: DossierDetail, office: OfficeHeader, issue: IssueInfo) -> RefusalData:
        if not normalize_text(detail.refusal_reason):
            raise DomainError("document.not_applicable", "Hồ sơ không bị từ chối.")
        return RefusalData(
            office=office, issue=issue, applicant=_person(detail), request=_request(detail),
            reason=detail.refusal_reason,
            officer_name=_first_actor(detail, "refuse", "refuse_after_review"),
            dossier_code=detail.code or "", received_at=detail.received_at,
        )

    @staticmethod
    def _apology(s: Session, detail: DossierDetail, settings: OfficeSettings,
                 office: OfficeHeader, issue: IssueInfo) -> ApologyData:
        row = s.execute(select(m.Apology).where(m.Apology.dossier_id == detail.id)).scalar()
        if row is None or row.state != "issued":
            raise DomainError("document.not_applicable",
                              "Phiếu xin lỗi của hồ sơ chưa được lãnh đạo duyệt.")
        return ApologyData(
            office=office, issue=issue, applicant=_person(detail), dossier_code=detail.code,
            request=_request(detail), received_at=detail.received_at,
            original_due_at=row.previous_due, new_due_at=row.new_due, reason=row.reason,
            handling_agency=settings.office_name,
            signer_title=row.signer_title or settings.head_of_agency_title,
            signer_name=row.signer_name or settings.head_of_agency_name,
        )

    @staticmethod
    def _stop(detail: DossierDetail, office: OfficeHeader, issue: IssueInfo) -> StopNoticeData:
        # NĐ 118/2025 Art. 21: a withdrawal before a decision ends with this notice.
        event = _last_event(detail, "request_withdrawal")
        if event is None or detail.status not in (Status.WITHDRAWAL_REQUESTED, Status.STOPPED):
            raise DomainError("document.not_applicable",
                              "Công dân chưa yêu cầu rút hồ sơ nên không có Thông báo dừng.")
        stop_event = _last_event(detail, "stop")
        return StopNoticeData(
            office=office, issue=issue, applicant=_person(detail), dossier_code=detail.code,
            request=_request(detail), received_at=detail.received_at,
            withdrawal_requested_at=event.at, reason=event.note,
            officer_name=(stop_event or event).actor,
        )

    @staticmethod
    def _control(detail: DossierDetail, settings: OfficeSettings, office: OfficeHeader,
                 issue: IssueInfo) -> ControlSheetData:
        if not detail.code or detail.timing is None:
            raise DomainError("document.not_applicable",
                              "Hồ sơ chưa được tiếp nhận nên không có Phiếu kiểm soát.")
        hand_overs: list[HandOver] = []
        giver, giver_name = settings.counter_name, _first_actor(detail, "accept")
        for step in detail.steps:
            hand_overs.append(HandOver(
                giver_unit=giver, receiver_unit=step.unit, at=step.started_at,
                giver_name=giver_name, receiver_name=step.handler,
                result=_outcome_label(step.outcome).lower(), note=step.note,
            ))
            giver, giver_name = step.unit, step.handler
        if detail.resolved_at is not None and detail.steps:
            hand_overs.append(HandOver(
                giver_unit=giver, receiver_unit=settings.counter_name, at=detail.resolved_at,
                giver_name=giver_name, result=_outcome_label(detail.outcome).lower(),
            ))
        return ControlSheetData(
            office=office, issue=issue, dossier_code=detail.code, applicant=_person(detail),
            request=_request(detail),
            handling_unit=detail.handling_unit or settings.office_name,
            received_at=detail.received_at, due_at=detail.timing.current_due,
            hand_overs=tuple(hand_overs),
        )

    @staticmethod
    def _ledger_rows(s: Session, settings: OfficeSettings, period_from: date,
                     period_to: date) -> tuple[LedgerRow, ...]:
        start = datetime.combine(period_from, time.min)
        end = datetime.combine(period_to + timedelta(days=1), time.min)
        dossiers = s.execute(select(m.Dossier).where(
            m.Dossier.code.is_not(None), m.Dossier.received_at >= start,
            m.Dossier.received_at < end,
        ).order_by(m.Dossier.received_at, m.Dossier.id)).scalars().all()
        next_entry: dict[int, int] = {}
        rows: list[LedgerRow] = []
        for d in dossiers:
            year = d.received_at.year
            if year not in next_entry:  # continue the year's numbering from before the period
                first_day = max(start, datetime(year, 1, 1))
                next_entry[year] = s.execute(select(func.count()).select_from(m.Dossier).where(
                    m.Dossier.code.is_not(None), m.Dossier.received_at >= datetime(year, 1, 1),
                    m.Dossier.received_at < first_day)).scalar_one() + 1
            entry = next_entry[year]
            next_entry[year] += 1
            address_phone = "; ".join(p for p in (d.applicant_address, d.applicant_phone) if p)
            rows.append(LedgerRow(
                entry=entry, dossier_code=d.code, procedure=d.procedure_name,
                applicant=d.applicant_name, address_phone=address_phone,
                lead_agency=d.handling_unit or settings.office_name, received_at=d.received_at,
                due_at=d.due_at, returned_at=d.returned_at,
                return_method=RETURN_METHODS.get(d.return_method, d.return_method),
            ))
        return tuple(rows)


def _reception(data) -> datetime | None:
    return getattr(data, "received_at", None)


_BUILDERS = {
    DocumentKind.RECEIPT: build_receipt,
    DocumentKind.SUPPLEMENT: build_supplement_request,
    DocumentKind.REFUSAL: build_refusal,
    DocumentKind.APOLOGY: build_apology,
    DocumentKind.STOP: build_stop_notice,
    DocumentKind.CONTROL: build_control_sheet,
}


def describe(row: IssuedRow) -> dict:
    """A JSON-friendly summary (CLI output)."""
    return {
        "id": row.id, "kind": row.kind, "number": row.number_text, "year": row.year,
        "issued_at": row.issued_at.isoformat(), "layout_version": row.layout_version,
        "sha256": row.sha256, "size": row.size, "reprint_no": row.reprint_no,
        "reprint_of": row.reprint_of, "reprint_reason": row.reprint_reason, "ref": row.ref,
    }
