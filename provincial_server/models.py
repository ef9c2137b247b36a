"""Server tables (SQLAlchemy 2). The schema is created by the Alembic migrations.

JSON columns hold dossiers in the neutral shape (``cchc_desktop.sync.adapter`` converts to
portal names on the way out), so one server can speak several provincial variants.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# BigInteger autoincrement must be plain INTEGER on SQLite to alias the rowid.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON}


class Office(Base):
    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class EnrolmentCode(Base):
    __tablename__ = "enrolment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    device_id: Mapped[str | None] = mapped_column(String(32))
    # SHA-256 of the client's enrolment request id: a resend of the same request (its reply
    # was lost on the link) gets the device again instead of "code already used".
    request_hash: Mapped[str | None] = mapped_column(String(64))


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64))
    bundle_key: Mapped[str] = mapped_column(String(64))  # hex HMAC key for USB bundles
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)


class Event(Base):
    """Every pushed item, by idempotency key: the exactly-once ledger."""

    __tablename__ = "events"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    device_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    dossier_code: Mapped[str | None] = mapped_column(String(120))
    result: Mapped[str] = mapped_column(String(16))  # applied | rejected
    reason: Mapped[str | None] = mapped_column(Text)
    via: Mapped[str] = mapped_column(String(8))  # http | usb
    received_at: Mapped[datetime] = mapped_column(DateTime)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Dossier(Base):
    __tablename__ = "dossiers"
    __table_args__ = (UniqueConstraint("office_id", "code"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    code: Mapped[str] = mapped_column(String(120))
    origin_device_id: Mapped[str | None] = mapped_column(String(32))  # None: filed online
    status: Mapped[int] = mapped_column(Integer)
    status_at: Mapped[str | None] = mapped_column(String(32))  # ISO time of the deciding entry
    status_source: Mapped[str] = mapped_column(String(16))  # counter | unit | online
    record: Mapped[dict[str, Any]] = mapped_column(JSON)  # neutral dossier
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class HistoryEntry(Base):
    __tablename__ = "history"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(16))  # counter | unit | conflict | online
    at: Mapped[str | None] = mapped_column(String(32))
    entry: Mapped[dict[str, Any]] = mapped_column(JSON)  # neutral history entry
    dossier: Mapped[Dossier] = relationship()


class IssuedDocument(Base):
    __tablename__ = "documents"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    dossier_code: Mapped[str | None] = mapped_column(String(120))
    meta: Mapped[dict[str, Any]] = mapped_column(JSON)


class StoredFile(Base):
    __tablename__ = "files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ChangeRow(Base):
    """The pull feed. ``seq`` is global; writes of one office are serialised by a lock on
    its ``offices`` row, so an office's rows commit in ``seq`` order and no cursor skips."""

    __tablename__ = "changes"

    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    dossier_code: Mapped[str | None] = mapped_column(String(120))
    origin_device_id: Mapped[str | None] = mapped_column(String(32))  # not echoed back to it
    target_device_id: Mapped[str | None] = mapped_column(String(32))  # only for this one
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)
