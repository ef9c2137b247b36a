"""The sync use case: push the real outbox, apply pulled changes, enrol, health, USB bundles.

``cchc_desktop.sync`` knows the wire; this module knows the tables.  ``SqlOutboxStore``
gives the engine the ``outbox`` rows (oldest first) and records each batch's answers in one
transaction; pulled changes are applied in one transaction together with the cursor, so a
crash never skips or repeats a change (docs/sync-protocol.md).

Secrets: the device token and the bundle key are kept with ``keyring`` (Windows Credential
Manager on the counters), never in the database, files or logs.  Without a keyring backend
the service says so (``KeyringUnavailable``) and the caller asks the officer for the access
string at each start (``SyncService.use_credential``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cchc_desktop.domain.errors import DomainError
from cchc_desktop.domain.text import fold
from cchc_desktop.services.catalogue import apply_catalogue
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import Database
from cchc_desktop.sync import protocol as p
from cchc_desktop.sync.adapter import DEFAULT_ADAPTER, PortalAdapter
from cchc_desktop.sync.bundle import write_bundle
from cchc_desktop.sync.engine import (
    INVALID_CHANGE,
    CycleReport,
    OutboxItem,
    Outcome,
    Progress,
    PulledChange,
    SyncEngine,
    payload_of,
    to_wire,
)
from cchc_desktop.sync.transport import SyncAuthError, SyncError, SyncTransport

KEYRING_SERVICE = "cchc-desktop-sync"
AUTO_SYNC_MINUTES = 5
QUARANTINE = "rejected"

# sync_state keys
K_DEVICE = "device_id"
K_SERVER = "server_url"
K_AGENCY = "agency"
K_CA = "ca_bundle"
K_CURSOR = "cursor"
K_PUSH_OK = "last_push_ok"
K_PULL_OK = "last_pull_ok"
K_BYTES = "bytes_sent"
K_ERRORS = "last_errors"
K_STOPPED = "stopped_reason"
K_CATALOGUE = "catalogue_updates"
K_REVOKED = "revoked_devices"
K_PULL_REJECTS = "pull_rejected"
K_ENROL_PENDING = "enrol_pending"


class KeyringUnavailable(DomainError):  # noqa: N818 - a condition, not a failure
    """No keyring backend on this machine: the token must be typed at each start."""


def _get(s: Session, key: str, default: str | None = None) -> str | None:
    row = s.get(m.SyncState, key)
    return row.value if row is not None else default


def _put(s: Session, key: str, value: Any) -> None:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False,
                                                            default=str)
    row = s.get(m.SyncState, key)
    if row is None:
        s.add(m.SyncState(key=key, value=text))
    else:
        row.value = text


# --------------------------------------------------------------------------- secrets


def credential_string(token: str, bundle_key: str) -> str:
    """The one string an officer pastes when there is no keyring (token ~ bundle key)."""
    return f"{token}~{bundle_key}"


def parse_credential(text: str) -> tuple[str, str]:
    token, sep, key = text.strip().partition("~")
    if not sep or "." not in token or len(key) != 64:
        raise DomainError("sync.bad_credential",
                          "Chuỗi truy cập không đúng dạng (mã truy cập~khóa gói dữ liệu).")
    return token, key


class CredentialVault:
    """Device token and bundle key in the OS keyring, per device id."""

    def available(self) -> bool:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        chained = getattr(backend, "backends", None)
        return not (chained is not None and not chained)

    def _require(self) -> None:
        if not self.available():
            raise KeyringUnavailable(
                "sync.no_keyring",
                "Máy này không có kho khóa bí mật của hệ điều hành (keyring), nên mã truy cập "
                "không được lưu. Mỗi lần mở chương trình, xin nhập lại chuỗi truy cập.")

    def save(self, device_id: str, token: str, bundle_key: str) -> None:
        self._require()
        import keyring

        keyring.set_password(KEYRING_SERVICE, device_id,
                             json.dumps({"token": token, "bundle_key": bundle_key}))

    def load(self, device_id: str) -> tuple[str, str] | None:
        if not self.available():
            return None
        import keyring

        raw = keyring.get_password(KEYRING_SERVICE, device_id)
        if not raw:
            return None
        data = json.loads(raw)
        return data["token"], data["bundle_key"]

    def delete(self, device_id: str) -> None:
        if self.available():
            import keyring
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, device_id)


# --------------------------------------------------------------------------- outbox store


class SqlOutboxStore:
    """``OutboxStore`` over the ``outbox`` and ``sync_state`` tables."""

    def __init__(self, db: Database, files_root: Path, device_id: str = "") -> None:
        self.db = db
        self.files_root = Path(files_root)
        self.device_id = device_id

    def pending(self, kinds: tuple[str, ...], limit: int, after_id: int,
                now: datetime) -> list[OutboxItem]:
        with self.db.session() as s:
            rows = s.scalars(
                select(m.OutboxEntry)
                .where(m.OutboxEntry.state.in_(("pending", "retry")),
                       m.OutboxEntry.kind.in_(kinds), m.OutboxEntry.id > after_id,
                       (m.OutboxEntry.next_attempt_at.is_(None))
                       | (m.OutboxEntry.next_attempt_at <= now))
                .order_by(m.OutboxEntry.id).limit(limit)
            ).all()
            return [OutboxItem(id=r.id, key=r.idempotency_key, kind=r.kind,
                               payload=payload_of(r.payload), created_at=r.created_at,
                               dossier_code=r.dossier_code, blob_sha256=r.blob_sha256,
                               attempts=r.attempts) for r in rows]

    def record(self, outcomes: list[Outcome], via: str, now: datetime) -> None:
        if not outcomes:
            return
        # One UPDATE per distinct answer (most of a batch is "applied"), in one transaction.
        groups: dict[tuple[str, str | None, datetime | None], list[int]] = {}
        for o in outcomes:
            groups.setdefault((o.state, o.reason, o.next_attempt_at), []).append(o.id)
        with self.db.session() as s:
            for (state, reason, next_at), ids in groups.items():
                values: dict[str, Any] = {
                    "state": state, "last_error": reason, "last_attempt_at": now,
                    "attempts": m.OutboxEntry.attempts + 1, "next_attempt_at": next_at,
                }
                if state in (p.APPLIED, p.DUPLICATE):
                    values["sent_at"] = now
                    values["via"] = func.coalesce(m.OutboxEntry.via, via)
                s.execute(update(m.OutboxEntry).where(m.OutboxEntry.id.in_(ids))
                          .values(**values))
            if any(o.state in (p.APPLIED, p.DUPLICATE) for o in outcomes):
                _put(s, K_PUSH_OK, now.isoformat(timespec="seconds"))

    def read_blob(self, sha256: str) -> bytes | None:
        path = self.files_root / sha256[:2] / sha256
        try:
            return path.read_bytes()
        except OSError:
            return None

    def cursor(self) -> int:
        with self.db.session() as s:
            return int(_get(s, K_CURSOR, "0") or 0)

    def apply_pulled(self, changes: list[PulledChange], cursor: int) -> None:
        with self.db.session() as s:
            for change in changes:
                # One unreadable change must not block the feed: it is set aside with its
                # reason (shown on the sync page) and the cursor moves on.
                reason = change.data.get("error") if change.kind == INVALID_CHANGE else None
                if reason is None:
                    try:
                        with s.begin_nested():
                            apply_change(s, change, self.device_id)
                    except (DomainError, SQLAlchemyError, ValueError, TypeError,
                            KeyError) as exc:
                        reason = str(exc).splitlines()[0]
                if reason is not None:
                    kept = json.loads(_get(s, K_PULL_REJECTS, "[]") or "[]")
                    _put(s, K_PULL_REJECTS, [*kept, {"seq": change.seq, "code": change.code,
                                                     "reason": reason}][-200:])
            _put(s, K_CURSOR, str(cursor))
            _put(s, K_PULL_OK, datetime.now().isoformat(timespec="seconds"))


# --------------------------------------------------------------------------- pulled changes


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def apply_change(s: Session, change: PulledChange, own_device: str = "") -> None:
    if change.kind == p.CHANGE_DOSSIER:
        _apply_dossier(s, change.data)
    elif change.kind == p.CHANGE_CALENDAR:
        for o in change.data.get("overrides") or []:
            day = date.fromisoformat(o["date"])
            row = s.scalars(select(m.CalendarOverride)
                            .where(m.CalendarOverride.day == day)).first()
            if row is None:
                s.add(m.CalendarOverride(day=day, kind=o.get("kind", "off"),
                                         reason=o.get("reason", "Theo thông báo của tỉnh"),
                                         source="province", created_at=datetime.now()))
            else:
                row.kind = o.get("kind", row.kind)
                row.reason = o.get("reason", row.reason)
                row.source = "province"
    elif change.kind == p.CHANGE_CATALOGUE:
        # The province owns the procedure catalogue (issue #7 point 3): its update is checked
        # like an imported file (all or nothing, a bad one is set aside with its reason by
        # the caller) and applied in this transaction, with the cursor. Procedures it does
        # not mention are kept; the audit log records which codes changed.
        at = datetime.now().replace(microsecond=0)
        result = apply_catalogue(s, change.data, now=at, action="catalogue.sync")
        applied = json.loads(_get(s, K_CATALOGUE, "[]") or "[]")
        _put(s, K_CATALOGUE, [*applied, {
            "seq": change.seq, "at": at.isoformat(), "total": result.total,
            "created": result.created, "updated": result.updated,
            "unchanged": result.unchanged}][-50:])
    elif change.kind == p.CHANGE_DEVICE_REVOKED:
        revoked = json.loads(_get(s, K_REVOKED, "[]") or "[]")
        device = change.data.get("device_id")
        if device and device not in revoked:
            _put(s, K_REVOKED, [*revoked, device])
    # Unknown kinds are skipped; the cursor still moves past them (protocol §Versioning).


def _apply_dossier(s: Session, data: dict[str, Any]) -> None:
    record = data["dossier"]
    entries = data.get("events") or []
    code = record.get("code")
    d = s.scalars(select(m.Dossier).where(m.Dossier.code == code)).first()
    now = datetime.now().replace(microsecond=0)
    if d is None:
        d = _new_local_dossier(s, record, now)
    known = set()
    for e in d.events:
        try:
            uid = json.loads(e.details or "{}").get("uid")
        except ValueError:
            uid = None
        if uid:
            known.add(uid)
    latest_local = max((e.at for e in d.events if e.origin == "local"), default=None)
    seq = max((e.seq for e in d.events), default=0)
    for entry in entries:
        uid = entry.get("uid")
        if uid and uid in known:
            continue
        at = _dt(entry.get("at")) or now
        seq += 1
        status_before = d.status
        status = entry.get("status") or d.status
        # Ownership: the handling unit's progress wins unless the counter acted later;
        # a "conflict" entry is the server's decision and is always taken.
        if entry.get("source") in ("unit", "conflict", "online") and (
                latest_local is None or at >= latest_local or entry.get("source") == "conflict"):
            d.status = int(status)
            if record.get("handling_unit"):
                d.handling_unit = record["handling_unit"]
        d.events.append(m.DossierEvent(
            seq=seq, at=at, actor=entry.get("actor") or "", unit=entry.get("unit") or "",
            actor_title=entry.get("actor_title") or "", action=entry.get("action") or "sync",
            status_before=status_before, status_after=int(status), note=entry.get("note") or "",
            details=json.dumps({"uid": uid, "source": entry.get("source")},
                               ensure_ascii=False),
            origin="server"))
    d.updated_at = now
    d.version = (d.version or 0) + 1


def _new_local_dossier(s: Session, record: dict[str, Any], now: datetime) -> m.Dossier:
    """A dossier the workstation has never seen (filed online, status 1)."""
    applicant = record.get("applicant") or {}
    proc = s.scalars(select(m.Procedure)
                     .where(m.Procedure.code == record.get("procedure_code"))).first()
    dob = applicant.get("date_of_birth")
    d = m.Dossier(
        uid=record.get("uid") or str(uuid.uuid4()), code=record["code"],
        agency_code=record.get("agency") or "", procedure_id=proc.id if proc else None,
        procedure_code=record.get("procedure_code") or "",
        procedure_name=record.get("procedure_name") or "",
        sector_code=record.get("sector_code") or "", sector_name=record.get("sector_name") or "",
        channel=int(record.get("channel") or 2), applicant_kind=int(applicant.get("kind") or 1),
        applicant_name=applicant.get("name") or "",
        applicant_id_number=applicant.get("id_number") or "",
        applicant_dob=date.fromisoformat(dob[:10]) if dob else None,
        applicant_sex=applicant.get("sex") or "",
        applicant_address=applicant.get("address") or "",
        applicant_phone=applicant.get("phone") or "",
        applicant_email=applicant.get("email") or "",
        summary=record.get("summary") or "", handling_unit=record.get("handling_unit") or "",
        duration_amount=float(getattr(proc, "duration_amount", 0) or 0),
        duration_unit=str(getattr(proc, "duration_unit", "") or "working_days"),
        received_at=_dt(record.get("received_at")) or now,
        due_at=_dt(record.get("due_at")), original_due_at=_dt(record.get("original_due_at")),
        status=int(record.get("status") or 1), note=record.get("note") or "",
        # folded like every dossier (đ→d, no diacritics) so the list's search finds it
        search_text=fold(" ".join(str(x) for x in (record["code"], applicant.get("name"),
                                                   applicant.get("id_number"),
                                                   applicant.get("phone")) if x)),
        created_at=now, updated_at=now,
    )
    for i, c in enumerate(record.get("components") or []):
        d.components.append(m.DossierComponent(
            position=i + 1, name=c.get("name") or "", originals=c.get("originals") or 0,
            certified_copies=c.get("certified_copies") or 0,
            photocopies=c.get("photocopies") or 0, digitised=bool(c.get("digitised")),
            file_sha256=c.get("file_sha256")))
    for f in record.get("fees") or []:
        d.fees.append(m.DossierFee(name=f.get("name") or "", amount=f.get("amount") or 0,
                                   method=f.get("method") or "online",
                                   receipt_no=f.get("receipt_no") or ""))
    s.add(d)
    s.flush()
    return d


# --------------------------------------------------------------------------- the service


@dataclass(frozen=True)
class QuarantinedItem:
    id: int
    kind: str
    dossier_code: str | None
    reason: str
    created_at: datetime
    attempts: int


@dataclass(frozen=True)
class SyncHealth:
    enrolled: bool
    server_url: str | None
    device_id: str | None
    last_push_ok: str | None
    last_pull_ok: str | None
    pending: int
    oldest_pending_at: datetime | None
    oldest_pending_age_s: float | None
    sent_by_usb: int
    quarantined: list[QuarantinedItem]
    bytes_sent: int
    last_errors: list[str]
    stopped_reason: str | None
    pull_rejected: list[dict[str, Any]] = field(default_factory=list)
    catalogue_updates: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class SyncService:
    """Built once by the composition root; every method opens its own sessions, so it can
    run in a worker thread (never on the UI thread)."""

    db: Database
    files_root: Path
    vault: CredentialVault = field(default_factory=CredentialVault)
    adapter: PortalAdapter = DEFAULT_ADAPTER
    clock: Callable[[], datetime] = datetime.now
    transport_factory: Callable[..., SyncTransport] = SyncTransport
    send_files: Callable[[], bool] = lambda: True
    _credential: tuple[str, str] | None = None  # typed by the officer when no keyring
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- state ---------------------------------------------------------------------------
    def state(self, key: str) -> str | None:
        with self.db.session() as s:
            return _get(s, key)

    def _set_state(self, **values: Any) -> None:
        with self.db.session() as s:
            for key, value in values.items():
                if value is None:
                    row = s.get(m.SyncState, key)
                    if row is not None:
                        s.delete(row)
                else:
                    _put(s, key, value)

    def use_credential(self, text: str) -> None:
        """The access string typed at start-up when there is no keyring (kept in memory)."""
        self._credential = parse_credential(text)

    def credential(self) -> tuple[str, str]:
        device = self.state(K_DEVICE)
        if not device:
            raise DomainError("sync.not_enrolled", "Máy trạm chưa đăng ký với máy chủ tỉnh.")
        if self._credential:
            return self._credential
        stored = self.vault.load(device)
        if stored:
            return stored
        if not self.vault.available():
            raise KeyringUnavailable(
                "sync.no_keyring",
                "Máy này không có kho khóa bí mật (keyring): xin nhập chuỗi truy cập để đồng bộ.")
        raise DomainError("sync.no_token",
                          "Không tìm thấy mã truy cập của máy trạm; xin đăng ký lại.")

    # -- enrolment -----------------------------------------------------------------------
    def enrol(self, server_url: str, code: str, name: str,
              ca_bundle: str | None = None) -> dict[str, Any]:
        """Enrol with a one-time code. Returns the device id, and ``credential`` (to show
        once) only when no keyring can keep it."""
        # One request id per (server, code), kept until the enrolment succeeds: if the reply
        # is lost on the link, the next try repeats it and the server gives the same device
        # back instead of answering "code already used" (docs/sync-protocol.md, Enrolment).
        attempt_key = hashlib.sha256(
            f"{server_url.rstrip('/')}|{p.normal_enrolment_code(code)}".encode()).hexdigest()
        pending = json.loads(self.state(K_ENROL_PENDING) or "{}")
        if pending.get("for") != attempt_key:
            pending = {"for": attempt_key, "request_id": uuid.uuid4().hex}
            self._set_state(**{K_ENROL_PENDING: json.dumps(pending)})
        with self.transport_factory(server_url, ca_bundle=ca_bundle) as t:
            info = t.enrol(code, name, request_id=pending["request_id"])
        stored = True
        try:
            self.vault.save(info["device_id"], info["token"], info["bundle_key"])
        except KeyringUnavailable:
            stored = False
            self._credential = (info["token"], info["bundle_key"])
        self._set_state(**{K_DEVICE: info["device_id"], K_SERVER: server_url,
                           K_AGENCY: info["agency"], K_CA: ca_bundle, K_CURSOR: "0",
                           K_STOPPED: None, K_ENROL_PENDING: None})
        out = {"device_id": info["device_id"], "agency": info["agency"],
               "office_name": info.get("office_name"), "keyring": stored}
        if not stored:
            out["credential"] = credential_string(info["token"], info["bundle_key"])
        return out

    # -- one cycle -----------------------------------------------------------------------
    def run_cycle(self, progress: Progress | None = None) -> CycleReport:
        """Push then pull. Network failures are recorded (nothing lost) and re-raised;
        an auth failure stops syncing until re-enrolment, keeping the outbox."""
        with self._lock:
            device = self.state(K_DEVICE)
            server = self.state(K_SERVER)
            token, _key = self.credential()
            assert device and server
            report = CycleReport()
            with self.transport_factory(server, token, ca_bundle=self.state(K_CA)) as t:
                store = SqlOutboxStore(self.db, self.files_root, device)
                engine = SyncEngine(store, t, device, adapter=self.adapter, clock=self.clock,
                                    send_files=self.send_files, rng=random.Random())
                try:
                    engine.push(report, progress)
                    engine.pull(report, progress)
                except SyncAuthError as exc:
                    self._finish(t, report, stopped=exc.message)
                    exc.details["report"] = report  # what did go before the stop
                    raise
                except SyncError as exc:
                    self._finish(t, report)
                    exc.details["report"] = report
                    raise
                self._finish(t, report)
            return report

    def _finish(self, t: SyncTransport, report: CycleReport,
                stopped: str | None = None) -> None:
        with self.db.session() as s:
            total = int(_get(s, K_BYTES, "0") or 0) + t.bytes_sent
            _put(s, K_BYTES, str(total))
            if t.last_errors:
                old = json.loads(_get(s, K_ERRORS, "[]") or "[]")
                stamp = self.clock().strftime("%H:%M %d/%m/%Y")
                _put(s, K_ERRORS, [*old, *(f"{stamp}: {e}" for e in t.last_errors)][-20:])
            if stopped:
                _put(s, K_STOPPED, stopped)
            else:
                row = s.get(m.SyncState, K_STOPPED)
                if row is not None:
                    s.delete(row)
        report.bytes_sent = t.bytes_sent
        report.errors = list(t.last_errors)

    # -- health and quarantine -----------------------------------------------------------
    def pending_count(self) -> int:
        with self.db.session() as s:
            return int(s.scalar(select(func.count()).select_from(m.OutboxEntry)
                                .where(m.OutboxEntry.state.in_(("pending", "retry")))) or 0)

    def health(self) -> SyncHealth:
        now = self.clock()
        with self.db.session() as s:
            pending_q = m.OutboxEntry.state.in_(("pending", "retry"))
            pending = int(s.scalar(select(func.count()).select_from(m.OutboxEntry)
                                   .where(pending_q)) or 0)
            oldest = s.scalar(select(func.min(m.OutboxEntry.created_at)).where(pending_q))
            usb = int(s.scalar(select(func.count()).select_from(m.OutboxEntry)
                               .where(pending_q, m.OutboxEntry.via == "usb")) or 0)
            rejected = s.scalars(select(m.OutboxEntry)
                                 .where(m.OutboxEntry.state == QUARANTINE)
                                 .order_by(m.OutboxEntry.id).limit(500)).all()
            return SyncHealth(
                enrolled=_get(s, K_DEVICE) is not None, server_url=_get(s, K_SERVER),
                device_id=_get(s, K_DEVICE), last_push_ok=_get(s, K_PUSH_OK),
                last_pull_ok=_get(s, K_PULL_OK), pending=pending, oldest_pending_at=oldest,
                oldest_pending_age_s=(now - oldest).total_seconds() if oldest else None,
                sent_by_usb=usb,
                quarantined=[QuarantinedItem(r.id, r.kind, r.dossier_code, r.last_error or "",
                                             r.created_at, r.attempts) for r in rejected],
                bytes_sent=int(_get(s, K_BYTES, "0") or 0),
                last_errors=json.loads(_get(s, K_ERRORS, "[]") or "[]"),
                stopped_reason=_get(s, K_STOPPED),
                pull_rejected=json.loads(_get(s, K_PULL_REJECTS, "[]") or "[]"),
                catalogue_updates=json.loads(_get(s, K_CATALOGUE, "[]") or "[]"))

    def requeue(self, outbox_id: int) -> None:
        """A supervisor sends a quarantined item again (e.g. after the server was fixed)."""
        with self.db.session() as s:
            row = s.get(m.OutboxEntry, outbox_id)
            if row is None or row.state != QUARANTINE:
                raise DomainError("sync.not_quarantined", "Mục này không nằm trong khu cách ly.")
            row.state = "pending"
            row.next_attempt_at = None

    # -- USB bundles ---------------------------------------------------------------------
    def export_bundle(self, out: Path) -> dict[str, Any]:
        """Write every pending entry into one signed file and mark them ``via = usb``."""
        device = self.state(K_DEVICE)
        if not device:
            raise DomainError("sync.not_enrolled", "Máy trạm chưa đăng ký với máy chủ tỉnh.")
        _token, key = self.credential()
        store = SqlOutboxStore(self.db, self.files_root, device)
        entries = store.pending(p.PUSH_KINDS, 10**9, 0, datetime.max)
        items, files, ids = [], {}, []
        for e in entries:
            try:
                items.append(to_wire(e, self.adapter))
            except (ValueError, TypeError, KeyError):
                continue  # stays pending; a sync will quarantine it with the reason
            ids.append(e.id)
            if e.kind == p.KIND_FILE_BLOB and e.blob_sha256:
                content = store.read_blob(e.blob_sha256)
                if content is not None:
                    files[e.blob_sha256] = content
        now = self.clock()
        blob = write_bundle(device, self.state(K_AGENCY) or "", now.isoformat(), items, files,
                            key)
        tmp = Path(str(out) + ".tmp")
        tmp.write_bytes(blob)
        tmp.replace(out)
        with self.db.session() as s:
            if ids:
                s.execute(update(m.OutboxEntry).where(m.OutboxEntry.id.in_(ids))
                          .values(via="usb"))
        return {"file": str(out), "items": len(items), "files": len(files), "bytes": len(blob)}

    def forward_bundle(self, path: Path) -> dict[str, Any]:
        """A connected workstation forwards another workstation's bundle to the server."""
        token, _ = self.credential()
        with self.transport_factory(self.state(K_SERVER) or "", token,
                                    ca_bundle=self.state(K_CA)) as t:
            return t.forward_bundle(Path(path).read_bytes())
