"""The local database schema (SQLAlchemy 2 declarative models).

Models stay inside ``storage``: repositories hand plain dataclasses to the services.
Times are naive local Vietnam time (Asia/Ho_Chi_Minh), as on the national wire
(domain.md §6). A dossier's timing is derived from its event history
(``dossier_events``); the due columns on ``dossiers`` are that derivation stored for
indexing and are always rewritten from the history, never edited by hand.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


# ---------------------------------------------------------------- revision 0001: foundation


class Setting(Base):
    """Typed settings, one JSON value per key (see services.settings for the schema)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CalendarSettingsVersion(Base):
    """Working periods and weekend in force from a date (domain.md §1: versioned by date)."""

    __tablename__ = "calendar_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date, unique=True)
    periods: Mapped[str] = mapped_column(Text)  # JSON [["07:00","11:30"],["13:30","17:00"]]
    weekend: Mapped[str] = mapped_column(Text, default="[5, 6]")  # JSON, Monday = 0
    same_day_cutoff: Mapped[str] = mapped_column(String(5), default="15:00")
    model: Mapped[str] = mapped_column(String(20), default="working_hours")


class CalendarOverride(Base):
    """Extra days off / extra working days (domain.md §4 "override table")."""

    __tablename__ = "calendar_overrides"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # "off" | "work"
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20), default="admin")  # admin | province
    created_at: Mapped[datetime] = mapped_column(DateTime)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")  # chức danh
    role: Mapped[str] = mapped_column(String(20))  # officer | supervisor | admin
    password_hash: Mapped[str] = mapped_column(Text)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """Append-only audit trail; each entry carries the hash of the previous one."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(100), default="")
    before: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    after: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# ---------------------------------------------------------------- revision 0002: the counter's work


class Sector(Base):
    """Lĩnh vực, e.g. code ``G03-TP02`` (TT 01/2018 Art. 20)."""

    __tablename__ = "sectors"
    code: Mapped[str] = mapped_column(String(50), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))


class Procedure(Base):
    """A published administrative procedure (thủ tục hành chính) of the catalogue."""

    __tablename__ = "procedures"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)  # e.g. 1.001193
    name: Mapped[str] = mapped_column(Text)
    name_fold: Mapped[str] = mapped_column(Text, default="")  # folded for search
    sector_code: Mapped[str] = mapped_column(ForeignKey("sectors.code"))
    level: Mapped[str] = mapped_column(String(50), default="Cấp xã")
    handling_unit: Mapped[str] = mapped_column(String(300), default="")
    agency_note: Mapped[str] = mapped_column(Text, default="")
    duration_amount: Mapped[float] = mapped_column(Float)
    duration_unit: Mapped[str] = mapped_column(String(20))  # domain DurationUnit value
    cutoff: Mapped[str | None] = mapped_column(String(5), nullable=True)  # "15:00"
    duration_text: Mapped[str] = mapped_column(Text, default="")  # legal wording
    variants: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{name, amount, unit}]
    financial_pauses: Mapped[bool] = mapped_column(Boolean, default=False)
    fees: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{name, amount, note}]
    fee_text: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    components: Mapped[list[ProcedureComponent]] = relationship(
        back_populates="procedure",
        order_by="ProcedureComponent.position",
        cascade="all, delete-orphan",
    )


class ProcedureComponent(Base):
    """One item of the procedure's legal dossier list (domain.md §3 rule 1: only these)."""

    __tablename__ = "procedure_components"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    originals: Mapped[int] = mapped_column(Integer, default=0)  # bản chính
    certified_copies: Mapped[int] = mapped_column(Integer, default=0)  # bản sao chứng thực
    photocopies: Mapped[int] = mapped_column(Integer, default=0)  # bản photo
    required: Mapped[bool] = mapped_column(Boolean, default=True)  # else conditional
    condition: Mapped[str] = mapped_column(Text, default="")
    form_template: Mapped[str] = mapped_column(String(200), default="")
    procedure: Mapped[Procedure] = relationship(back_populates="components")


class Dossier(Base):
    """A dossier (hồ sơ). Intake fields are owned by the counter; progress by the handling unit."""

    __tablename__ = "dossiers"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)  # global id, fixed at creation
    code: Mapped[str | None] = mapped_column(String(80), unique=True, nullable=True)
    agency_code: Mapped[str] = mapped_column(String(40))
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedures.id"), nullable=True)
    procedure_code: Mapped[str] = mapped_column(String(50))
    procedure_name: Mapped[str] = mapped_column(Text)
    sector_code: Mapped[str] = mapped_column(String(50), default="")
    sector_name: Mapped[str] = mapped_column(String(300), default="")
    channel: Mapped[int] = mapped_column(Integer, default=1)  # KenhThucHien 1/2/3
    applicant_kind: Mapped[int] = mapped_column(Integer, default=1)  # LoaiDoiTuong 1..4
    applicant_name: Mapped[str] = mapped_column(String(300))
    applicant_id_number: Mapped[str] = mapped_column(String(30), default="")
    applicant_dob: Mapped[date | None] = mapped_column(Date, nullable=True)
    applicant_sex: Mapped[str] = mapped_column(String(10), default="")
    applicant_address: Mapped[str] = mapped_column(Text, default="")
    applicant_phone: Mapped[str] = mapped_column(String(20), default="")
    applicant_email: Mapped[str] = mapped_column(String(200), default="")
    filer_name: Mapped[str] = mapped_column(String(300), default="")  # authorised filer
    filer_id_number: Mapped[str] = mapped_column(String(30), default="")
    filer_phone: Mapped[str] = mapped_column(String(20), default="")
    summary: Mapped[str] = mapped_column(Text, default="")  # trích yếu / the request
    variant: Mapped[str] = mapped_column(String(200), default="")
    sets_count: Mapped[int] = mapped_column(Integer, default=1)
    result_delivery: Mapped[str] = mapped_column(String(30), default="counter")
    handling_unit: Mapped[str] = mapped_column(String(300), default="")
    duration_amount: Mapped[float] = mapped_column(Float)
    duration_unit: Mapped[str] = mapped_column(String(20))
    cutoff: Mapped[str | None] = mapped_column(String(5), nullable=True)
    financial_pauses: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    # derived from the event history (domain.timing), stored for indexed queries
    original_due_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    due_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    due_766_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    supplement_requests: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[int] = mapped_column(Integer)  # TrangThaiHoSo 1..10
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    return_method: Mapped[str] = mapped_column(String(50), default="")
    collected_by: Mapped[str] = mapped_column(String(300), default="")
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    outcome: Mapped[str] = mapped_column(String(20), default="")  # truoc_han | dung_han | qua_han
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    workstation: Mapped[int] = mapped_column(Integer, default=1)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded code/name/id/phone
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    components: Mapped[list[DossierComponent]] = relationship(
        back_populates="dossier", order_by="DossierComponent.position",
        cascade="all, delete-orphan",
    )
    fees: Mapped[list[DossierFee]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan"
    )
    events: Mapped[list[DossierEvent]] = relationship(
        back_populates="dossier", order_by="DossierEvent.seq", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_dossiers_status_due", "status", "due_at"),
        # revision 0003: the due/overdue tiles filter on paused too (one index range each)
        Index("ix_dossiers_status_paused_due", "status", "paused", "due_at"),
        Index("ix_dossiers_received", "received_at"),
        Index("ix_dossiers_due", "due_at"),
        Index("ix_dossiers_id_number", "applicant_id_number"),
        Index("ix_dossiers_phone", "applicant_phone"),
        Index("ix_dossiers_procedure", "procedure_code"),
        Index("ix_dossiers_sector", "sector_code"),
        Index("ix_dossiers_officer", "officer_id"),
    )


class DossierComponent(Base):
    """A submitted component, with its scan (domain.md §3 and the 766 digitisation rate)."""

    __tablename__ = "dossier_components"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    procedure_component_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    name: Mapped[str] = mapped_column(Text)
    originals: Mapped[int] = mapped_column(Integer, default=0)
    certified_copies: Mapped[int] = mapped_column(Integer, default=0)
    photocopies: Mapped[int] = mapped_column(Integer, default=0)
    submitted: Mapped[bool] = mapped_column(Boolean, default=True)
    digitised: Mapped[bool] = mapped_column(Boolean, default=False)
    file_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    file_mime: Mapped[str] = mapped_column(String(100), default="")
    file_size: Mapped[int] = mapped_column(Integer, default=0)
    dossier: Mapped[Dossier] = relationship(back_populates="components")
    __table_args__ = (Index("ix_dossier_components_dossier", "dossier_id"),)


class DossierFee(Base):
    __tablename__ = "dossier_fees"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    amount: Mapped[int] = mapped_column(Integer, default=0)  # VND
    method: Mapped[str] = mapped_column(String(20), default="cash")  # cash|transfer|online
    receipt_no: Mapped[str] = mapped_column(String(100), default="")
    dossier: Mapped[Dossier] = relationship(back_populates="fees")
    __table_args__ = (Index("ix_dossier_fees_dossier", "dossier_id"),)


class DossierEvent(Base):
    """The processing history (QuaTrinhXuLy): who, when, what, status code.

    ``clock`` carries the timing event (received / paused / resumed / restarted /
    extended) so that ``domain.timing.derive_timing`` can rebuild the due times.
    """

    __tablename__ = "dossier_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    actor_title: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(300), default="")
    action: Mapped[str] = mapped_column(String(50))
    status_before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status_after: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    clock: Mapped[str] = mapped_column(String(20), default="")
    clock_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    new_due: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    origin: Mapped[str] = mapped_column(String(20), default="local")  # local | server
    dossier: Mapped[Dossier] = relationship(back_populates="events")
    __table_args__ = (UniqueConstraint("dossier_id", "seq", name="uq_dossier_events_seq"),)


class DossierStep(Base):
    """A hand-over in the handling chain (Mẫu 05/06 control sheet), with its own deadline."""

    __tablename__ = "dossier_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(300))
    handler: Mapped[str] = mapped_column(String(200), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime)
    allotted_hours: Mapped[float] = mapped_column(Float, default=0)
    due_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_dossier_steps_dossier", "dossier_id"),)


class Apology(Base):
    """Phiếu xin lỗi và hẹn lại ngày trả kết quả: once per dossier (NĐ 61/2018 Art. 19(9))."""

    __tablename__ = "apologies"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), unique=True)
    state: Mapped[str] = mapped_column(String(20))  # draft | issued | rejected
    reason: Mapped[str] = mapped_column(Text)
    previous_due: Mapped[datetime] = mapped_column(DateTime)
    new_due: Mapped[datetime] = mapped_column(DateTime)
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    drafted_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    drafted_at: Mapped[datetime] = mapped_column(DateTime)
    approved_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    document_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    late_issue: Mapped[bool] = mapped_column(Boolean, default=False)  # "phát hành muộn"
    informed_via: Mapped[str] = mapped_column(String(20), default="")
    informed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Alert(Base):
    """An alert that fired: at most one per dossier, kind and due instant."""

    __tablename__ = "alerts"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # warning | apology_due | overdue
    due_at: Mapped[datetime] = mapped_column(DateTime)
    fired_at: Mapped[datetime] = mapped_column(DateTime)
    seen: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (UniqueConstraint("dossier_id", "kind", "due_at", name="uq_alerts_once"),)


class DocumentCounter(Base):
    """Per-year, per-kind numbering of issued documents (domain.md §2)."""

    __tablename__ = "document_counters"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class IssuedDocument(Base):
    """An issued paper: a record, not a side effect. Original bytes archived by hash."""

    __tablename__ = "issued_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))  # receipt|supplement|refusal|apology|stop|...
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    number_text: Mapped[str] = mapped_column(String(50))  # "12/PXL"
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossiers.id"), nullable=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    layout_version: Mapped[str] = mapped_column(String(20), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer, default=0)
    reprint_of: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reprint_no: Mapped[int] = mapped_column(Integer, default=0)
    reprint_reason: Mapped[str] = mapped_column(Text, default="")
    # revision 0004: what a paper without a dossier was issued for, so that its reprint
    # finds the original: "ledger:<from>..<to>" or "guidance:<counter_guidance.id>"
    ref: Mapped[str | None] = mapped_column(String(100), nullable=True)
    __table_args__ = (
        Index("ix_issued_documents_dossier", "dossier_id"),
        Index("ix_issued_documents_kind_year", "kind", "year", "number"),
        Index("ix_issued_documents_ref", "ref"),
    )


class StoredFile(Base):
    """Registry of the content-addressed store ``<data>/files/<sha[:2]>/<sha>``."""

    __tablename__ = "stored_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(100))
    original_name: Mapped[str] = mapped_column(String(300), default="")
    stored_at: Mapped[datetime] = mapped_column(DateTime)


class CodeSequence(Base):
    """This workstation's local counter of dossiers per agency and day (domain.codes)."""

    __tablename__ = "code_sequences"
    agency_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_local_n: Mapped[int] = mapped_column(Integer, default=0)


class OutboxEntry(Base):
    """A change waiting for the provincial server, written in the same transaction as the change."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(30))  # dossier.event | document.issued | file.blob
    dossier_code: Mapped[str | None] = mapped_column(String(80), nullable=True)
    payload: Mapped[str] = mapped_column(Text)  # JSON, neutral keys (docs/sync-protocol.md)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    via: Mapped[str | None] = mapped_column(String(10), nullable=True)  # http | usb
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    blob_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    __table_args__ = (Index("ix_outbox_state_id", "state", "id"),)


class SyncState(Base):
    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CounterGuidance(Base):
    """A dossier found incomplete at the counter: guided once with Mẫu 02, no code issued.

    NĐ 61/2018 Art. 15(3), 17(1)(a); NĐ 118/2025 Art. 11 — guide once, completely.
    Not a national dossier (no status code), so it is kept apart from ``dossiers``.
    """

    __tablename__ = "counter_guidance"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    procedure_code: Mapped[str] = mapped_column(String(50))
    procedure_name: Mapped[str] = mapped_column(Text)
    applicant: Mapped[str] = mapped_column(Text)  # JSON of the applicant fields
    items: Mapped[str] = mapped_column(Text)  # JSON list of what must be completed
    reason: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")  # who to call (name, phone)
    officer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)
