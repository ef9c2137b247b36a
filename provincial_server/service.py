"""Server use cases: offices, enrolment, device auth, push (exactly once), pull, bundles.

Every function takes an open SQLAlchemy ``Session`` and leaves the commit to the caller
(one request = one transaction), except ``push`` which uses a savepoint per item so one
bad item never sinks the batch.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cchc_desktop.sync import protocol as p
from cchc_desktop.sync.adapter import DEFAULT_ADAPTER, AdapterError, PortalAdapter
from cchc_desktop.sync.bundle import read_bundle, read_header
from provincial_server.models import (
    ChangeRow,
    Device,
    Dossier,
    EnrolmentCode,
    Event,
    HistoryEntry,
    IssuedDocument,
    Office,
    StoredFile,
)

ENROLMENT_CODE_TTL = timedelta(days=7)
# How long a resend of an enrolment whose reply was lost still gets its device back.
ENROL_REPLAY_WINDOW = timedelta(days=1)
TOKEN_TTL = timedelta(days=365)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone

# Field ownership (docs/sync-protocol.md §Ownership): the counter owns intake data; the
# handling unit owns processing progress (status and its history entries).
UNIT_FIELDS = ("status", "handling_unit")


class ServerError(Exception):
    """An error with a stable code, an HTTP status and a Vietnamese sentence."""

    def __init__(self, code: str, message_vi: str, status: int = 400) -> None:
        super().__init__(message_vi)
        self.code = code
        self.message_vi = message_vi
        self.status = status


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# --- offices and devices ------------------------------------------------------------------


def get_office(session: Session, agency: str, lock: bool = False) -> Office:
    query = select(Office).where(Office.agency == agency)
    if lock:
        query = query.with_for_update()
    office = session.scalars(query).first()
    if office is None:
        raise ServerError("office.unknown", f"Không có cơ quan mã {agency} trên máy chủ.", 404)
    return office


def create_office(session: Session, agency: str, name: str) -> Office:
    if session.scalars(select(Office).where(Office.agency == agency)).first():
        raise ServerError("office.exists", f"Cơ quan mã {agency} đã có.", 409)
    office = Office(agency=agency, name=name, created_at=now())
    session.add(office)
    session.flush()
    return office


def issue_enrolment_code(session: Session, agency: str) -> str:
    office = get_office(session, agency)
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    session.add(EnrolmentCode(code_hash=_hash(p.normal_enrolment_code(code)),
                              office_id=office.id,
                              created_at=now(), expires_at=now() + ENROLMENT_CODE_TTL))
    return code


def enrol(session: Session, code: str, name: str,
          request_id: str | None = None) -> dict[str, Any]:
    """A one-time code → a new device and its token.

    ``request_id`` is chosen by the workstation once per enrolment attempt and sent again on
    every resend. When the reply to the first request was lost (a cut 2G link), the resend
    finds the code used *by that request* and gets the same device back with a fresh secret
    (the lost one is replaced, so a copy of it picked up in transit is worthless), within
    ``ENROL_REPLAY_WINDOW`` and only while the device is not revoked.
    """
    row = session.get(EnrolmentCode, _hash(p.normal_enrolment_code(code)), with_for_update=True)
    request_hash = _hash(request_id) if request_id else None
    if row is not None and row.used_at is not None and request_hash is not None \
            and row.request_hash == request_hash and row.device_id is not None \
            and now() - row.used_at <= ENROL_REPLAY_WINDOW:
        device = session.get(Device, row.device_id, with_for_update=True)
        if device is not None and device.revoked_at is None:
            secret = secrets.token_urlsafe(32)
            device.token_hash = _hash(secret)
            return _enrol_reply(session, device, secret)
    if row is None or row.used_at is not None or row.expires_at < now():
        raise ServerError("enrol.bad_code",
                          "Mã đăng ký không đúng, đã dùng hoặc đã hết hạn. "
                          "Xin quản trị viên cấp tỉnh cấp mã mới.", 403)
    device_id = uuid.uuid4().hex
    secret = secrets.token_urlsafe(32)
    device = Device(id=device_id, office_id=row.office_id, name=name[:200] or device_id,
                    token_hash=_hash(secret), bundle_key=secrets.token_hex(32),
                    created_at=now(), expires_at=now() + TOKEN_TTL)
    session.add(device)
    row.used_at = now()
    row.device_id = device_id
    row.request_hash = request_hash
    return _enrol_reply(session, device, secret)


def _enrol_reply(session: Session, device: Device, secret: str) -> dict[str, Any]:
    office = session.get(Office, device.office_id)
    assert office is not None
    return {"protocol": p.PROTOCOL_VERSION, "device_id": device.id,
            "token": f"{device.id}.{secret}", "bundle_key": device.bundle_key,
            "agency": office.agency, "office_name": office.name}


@dataclass(frozen=True)
class Caller:
    device_id: str
    office_id: int
    agency: str


def authenticate(session: Session, authorization: str | None) -> Caller:
    """Bearer token → the device and its office; every endpoint but enrolment uses it."""
    if not authorization or not authorization.startswith("Bearer "):
        raise ServerError("auth.missing", "Máy trạm chưa đăng ký với máy chủ tỉnh.", 401)
    token = authorization[len("Bearer "):].strip()
    device_id, _, secret = token.partition(".")
    device = session.get(Device, device_id) if device_id else None
    if device is None or not secrets.compare_digest(device.token_hash, _hash(secret)):
        raise ServerError("auth.invalid", "Mã truy cập của máy trạm không hợp lệ.", 401)
    if device.revoked_at is not None:
        raise ServerError("auth.revoked",
                          "Máy trạm này đã bị thu hồi quyền đồng bộ. Dữ liệu chờ gửi vẫn được "
                          "giữ; xin liên hệ quản trị viên cấp tỉnh để đăng ký lại.", 401)
    if device.expires_at < now():
        raise ServerError("auth.expired",
                          "Mã truy cập của máy trạm đã hết hạn. Dữ liệu chờ gửi vẫn được giữ; "
                          "xin đăng ký lại máy trạm.", 401)
    office = session.get(Office, device.office_id)
    assert office is not None
    device.last_seen_at = now()
    return Caller(device_id=device.id, office_id=office.id, agency=office.agency)


def list_devices(session: Session, agency: str) -> list[dict[str, Any]]:
    office = get_office(session, agency)
    rows = session.scalars(select(Device).where(Device.office_id == office.id)
                           .order_by(Device.created_at)).all()
    return [{"device_id": d.id, "name": d.name, "created_at": d.created_at,
             "expires_at": d.expires_at, "revoked_at": d.revoked_at,
             "last_seen_at": d.last_seen_at} for d in rows]


def revoke_device(session: Session, device_id: str) -> dict[str, Any]:
    device = session.get(Device, device_id)
    if device is None:
        raise ServerError("device.unknown", f"Không có máy trạm {device_id}.", 404)
    get_office(session, session.get(Office, device.office_id).agency, lock=True)
    if device.revoked_at is None:
        device.revoked_at = now()
        _emit(session, device.office_id, p.CHANGE_DEVICE_REVOKED, {"device_id": device_id},
              origin=device_id)
    return {"device_id": device_id, "revoked_at": device.revoked_at}


def set_device_expiry(session: Session, device_id: str, expires_at: datetime) -> None:
    device = session.get(Device, device_id)
    if device is None:
        raise ServerError("device.unknown", f"Không có máy trạm {device_id}.", 404)
    device.expires_at = expires_at


# --- push ------------------------------------------------------------------------------------


def _emit(session: Session, office_id: int, kind: str, data: dict[str, Any],
          code: str | None = None, origin: str | None = None,
          target: str | None = None) -> None:
    session.add(ChangeRow(office_id=office_id, kind=kind, dossier_code=code, data=data,
                          origin_device_id=origin, target_device_id=target,
                          created_at=now()))


class RejectedError(Exception):
    """An item that can never be applied; the reason goes back to the workstation."""


def push(session: Session, caller: Caller, raw_items: list[Any], via: str = "http",
         adapter: PortalAdapter = DEFAULT_ADAPTER) -> list[p.ItemResult]:
    """Apply a batch exactly once per idempotency key, each item judged on its own.

    Fast path: the whole batch in one savepoint with a few set-based queries.  If the
    database refuses it (a concurrent writer of another office used a key), fall back to
    one savepoint per item, where such an item gets ``retry``."""
    get_office(session, caller.agency, lock=True)  # serialises this office's writers
    try:
        with session.begin_nested():
            return _process(session, caller, raw_items, via, adapter)
    except IntegrityError:
        pass
    results = []
    for raw in raw_items:
        try:
            with session.begin_nested():
                results.extend(_process(session, caller, [raw], via, adapter))
        except IntegrityError:
            key = raw.get("key") if isinstance(raw, dict) else ""
            results.append(p.ItemResult(str(key), p.RETRY, "concurrent write, retry"))
    return results


@dataclass
class _Batch:
    """What a batch needs from the database, fetched once."""

    seen: dict[str, Event]
    dossiers: dict[str, Dossier]
    files: set[str]


def _prefetch(session: Session, caller: Caller, items: list[p.PushItem],
              parsed: dict[str, dict[str, Any]]) -> _Batch:
    keys = [i.key for i in items]
    codes = {d["dossier"].get("code") for d in parsed.values()} - {None}
    shas = {i.sha256 for i in items if i.sha256}
    seen = {e.key: e for e in session.scalars(select(Event).where(Event.key.in_(keys)))} \
        if keys else {}
    dossiers = {d.code: d for d in session.scalars(
        select(Dossier).where(Dossier.office_id == caller.office_id,
                              Dossier.code.in_(codes)))} if codes else {}
    files = set(session.scalars(select(StoredFile.sha256)
                                .where(StoredFile.sha256.in_(shas)))) if shas else set()
    return _Batch(seen=seen, dossiers=dossiers, files=files)


def _process(session: Session, caller: Caller, raw_items: list[Any], via: str,
             adapter: PortalAdapter) -> list[p.ItemResult]:
    results: list[p.ItemResult] = []
    valid: list[p.PushItem] = []
    invalid: dict[int, p.ItemResult] = {}
    parsed: dict[str, dict[str, Any]] = {}
    parse_errors: dict[str, str] = {}
    for n, raw in enumerate(raw_items):
        try:
            item = p.validate_item(raw)
        except p.ProtocolError as exc:
            key = raw.get("key") if isinstance(raw, dict) else None
            invalid[n] = p.ItemResult(key=str(key or ""), result=p.REJECTED, reason=str(exc))
            continue
        valid.append(item)
        if item.kind == p.KIND_DOSSIER_EVENT:
            try:
                parsed[item.key] = adapter.event_from_wire(item.data)
            except (AdapterError, ValueError, TypeError) as exc:
                parse_errors[item.key] = str(exc)
    batch = _prefetch(session, caller, valid, parsed)
    stamp = now()
    it = iter(valid)
    with session.no_autoflush:
        for n in range(len(raw_items)):
            if n in invalid:
                results.append(invalid[n])
                continue
            item = next(it)
            seen = batch.seen.get(item.key)
            if seen is not None:
                if seen.office_id != caller.office_id:
                    results.append(p.ItemResult(item.key, p.REJECTED,
                                                "idempotency key used by another office"))
                elif seen.result == p.REJECTED:
                    results.append(p.ItemResult(item.key, p.REJECTED, seen.reason))
                else:
                    results.append(p.ItemResult(item.key, p.DUPLICATE))
                continue
            try:
                if item.key in parse_errors:
                    raise RejectedError(parse_errors[item.key])
                _apply(session, caller, item, parsed.get(item.key), batch, adapter)
                result = p.ItemResult(item.key, p.APPLIED)
            except (RejectedError, AdapterError, p.ProtocolError, ValueError) as exc:
                # _apply checks everything before it changes anything, so nothing to undo.
                result = p.ItemResult(item.key, p.REJECTED, str(exc))
            event = Event(key=item.key, office_id=caller.office_id,
                          device_id=caller.device_id, kind=item.kind, dossier_code=item.code,
                          result=result.result, reason=result.reason, via=via,
                          received_at=stamp,
                          payload=item.data if result.result == p.REJECTED else None)
            session.add(event)
            batch.seen[item.key] = event
            results.append(result)
    session.flush()
    return results


def _apply(session: Session, caller: Caller, item: p.PushItem, parsed: dict[str, Any] | None,
           batch: _Batch, adapter: PortalAdapter) -> None:
    if item.kind == p.KIND_DOSSIER_EVENT:
        assert parsed is not None
        _apply_dossier_event(session, caller, parsed, item.key, batch)
    elif item.kind == p.KIND_DOCUMENT_ISSUED:
        meta = adapter.document_from_wire(item.data)
        session.add(IssuedDocument(key=item.key, office_id=caller.office_id,
                                   dossier_code=item.code or meta.get("dossier_code"),
                                   meta=meta))
    elif item.kind == p.KIND_FILE_BLOB and item.sha256 not in batch.files:
        # Metadata may arrive before the bytes (files go last, when the link allows).
        raise RejectedError("file content not uploaded (PUT /v1/files/{sha256} first)")


def _validate_dossier(dossier: dict[str, Any], agency: str) -> None:
    code = dossier.get("code")
    if not code:
        raise RejectedError("dossier without MaHoSo")
    if dossier.get("agency") and dossier["agency"] != agency:
        raise RejectedError(f"dossier of agency {dossier['agency']} pushed by a device of {agency}")
    status = dossier.get("status")
    if status is None or not 1 <= int(status) <= 10:  # domain.md §6: TrangThaiHoSo 1..10
        raise RejectedError(f"TrangThaiHoSo must be 1..10, got {status!r}")
    if not dossier.get("received_at") and int(status) != 1:
        raise RejectedError("dossier without NgayTiepNhan")


def _apply_dossier_event(session: Session, caller: Caller, parsed: dict[str, Any],
                         key: str, batch: _Batch) -> None:
    incoming = parsed["dossier"]
    events = parsed["events"]
    _validate_dossier(incoming, caller.agency)
    code = incoming["code"]
    row = batch.dossiers.get(code)
    event_at = max((e.get("at") or "" for e in events), default="") or None
    if row is None:
        row = Dossier(office_id=caller.office_id, code=code, origin_device_id=caller.device_id,
                      status=int(incoming["status"]), status_at=event_at,
                      status_source="counter", record=incoming, updated_at=now())
        session.add(row)
        batch.dossiers[code] = row
    else:
        if (row.origin_device_id and row.origin_device_id != caller.device_id
                and _identity(row.record) != _identity(incoming)):
            # domain.md §5: two workstations must never issue the same code; if they did,
            # refuse the second one loudly instead of merging two citizens' dossiers.
            raise RejectedError(f"dossier code collision: {code} already used for another dossier")
        _merge_counter(session, caller, row, incoming, event_at)
    for n, entry in enumerate(events):
        uid = key if n == 0 else f"{key}:{n}"
        entry = {**entry, "source": "counter", "uid": uid}
        session.add(HistoryEntry(dossier=row, uid=uid, source="counter",
                                 at=entry.get("at"), entry=entry))


def _identity(record: dict[str, Any]) -> tuple[Any, ...]:
    if record.get("uid"):
        return (record["uid"],)  # the workstation's global id, fixed at creation
    applicant = record.get("applicant") or {}
    return (record.get("procedure_code"), record.get("received_at"),
            applicant.get("id_number"), applicant.get("name"))


def _merge_counter(session: Session, caller: Caller, row: Dossier, incoming: dict[str, Any],
                   event_at: str | None) -> None:
    """Counter fields come from the counter; status goes to the latest entry, and when the
    handling unit's later status wins, the counter's overwritten value is kept in history."""
    merged = dict(row.record)
    for key, value in incoming.items():
        if key not in UNIT_FIELDS:
            merged[key] = value
    new_status = int(incoming["status"])
    counter_newer = row.status_source != "unit" or (event_at or "") > (row.status_at or "")
    if counter_newer:
        merged["status"] = new_status
        merged["handling_unit"] = incoming.get("handling_unit") or merged.get("handling_unit")
        row.status, row.status_at, row.status_source = new_status, event_at, "counter"
    elif new_status != row.status:
        note = (f"Xung đột: quầy đặt TrangThaiHoSo={new_status} lúc {event_at}; giữ "
                f"{row.status} do đơn vị xử lý cập nhật sau (đơn vị xử lý sở hữu tiến độ).")
        entry = {"at": event_at, "action": "conflict", "note": note, "status": row.status,
                 "source": "conflict", "uid": uuid.uuid4().hex}
        session.add(HistoryEntry(dossier=row, uid=entry["uid"], source="conflict",
                                 at=event_at, entry=entry))
        # Tell the workstation which value won, so both sides converge.
        _emit(session, caller.office_id, p.CHANGE_DOSSIER,
              _dossier_change(row, merged, [entry]), code=row.code, target=caller.device_id)
    row.record = merged
    row.updated_at = now()


def _dossier_change(row: Dossier, record: dict[str, Any], entries: list[dict[str, Any]],
                    adapter: PortalAdapter = DEFAULT_ADAPTER) -> dict[str, Any]:
    return adapter.dossier_change_to_wire(record, entries)


def store_file(session: Session, caller: Caller, sha: str, content: bytes,
               key: str | None) -> p.ItemResult:
    if p.sha256_hex(content) != sha:
        raise ServerError("file.hash_mismatch", "Nội dung tệp không khớp mã băm.", 400)
    get_office(session, caller.agency, lock=True)
    existed = session.get(StoredFile, sha) is not None
    if not existed:
        session.add(StoredFile(sha256=sha, office_id=caller.office_id, size=len(content),
                               content=content, created_at=now()))
    if key and session.get(Event, key) is None:
        session.add(Event(key=key, office_id=caller.office_id, device_id=caller.device_id,
                          kind=p.KIND_FILE_BLOB, dossier_code=None, result=p.APPLIED,
                          reason=None, via="http", received_at=now(), payload=None))
        return p.ItemResult(key, p.APPLIED if not existed else p.DUPLICATE)
    return p.ItemResult(key or sha, p.DUPLICATE)


def has_file(session: Session, sha: str) -> bool:
    return session.get(StoredFile, sha) is not None


# --- pull ------------------------------------------------------------------------------------


def pull(session: Session, caller: Caller, cursor: int, limit: int) -> p.PullPage:
    limit = max(1, min(limit, p.MAX_PULL_LIMIT))
    rows = session.scalars(
        select(ChangeRow)
        .where(ChangeRow.office_id == caller.office_id, ChangeRow.seq > cursor)
        .order_by(ChangeRow.seq).limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    page = p.PullPage(cursor=rows[-1].seq if rows else cursor, more=more)
    for r in rows:
        if r.origin_device_id == caller.device_id and r.target_device_id is None:
            continue  # the device's own change: it knows it already
        if r.target_device_id is not None and r.target_device_id != caller.device_id:
            continue
        page.changes.append(p.Change(seq=r.seq, kind=r.kind, data=r.data, code=r.dossier_code))
    return page


# --- what the province does (online filings, handling units, catalogue) -----------------------


def file_online(session: Session, agency: str, dossier: dict[str, Any]) -> Dossier:
    """A dossier filed on the portal for this office: status 1, accepted at the counter."""
    office = get_office(session, agency, lock=True)
    record = {**dossier, "agency": agency, "status": 1, "channel": 2}  # §6: 1 = Mới đăng ký
    row = Dossier(office_id=office.id, code=record["code"], origin_device_id=None, status=1,
                  status_at=record.get("received_at"), status_source="online", record=record,
                  updated_at=now())
    session.add(row)
    session.flush()
    entry = {"uid": uuid.uuid4().hex, "at": record.get("received_at"), "action": "file_online",
             "status": 1, "note": "Nộp trực tuyến", "source": "online"}
    session.add(HistoryEntry(dossier_id=row.id, uid=entry["uid"], source="online",
                             at=entry["at"], entry=entry))
    _emit(session, office.id, p.CHANGE_DOSSIER, _dossier_change(row, record, [entry]),
          code=row.code)
    return row


def record_unit_progress(session: Session, agency: str, code: str, status: int, at: str,
                         actor: str, unit: str, note: str = "") -> None:
    """A handling unit entered progress (or a result ready, status 9) for a dossier."""
    if not 1 <= status <= 10:  # domain.md §6
        raise ServerError("status.invalid", "Trạng thái hồ sơ phải từ 1 đến 10.")
    office = get_office(session, agency, lock=True)
    row = session.scalars(select(Dossier).where(Dossier.office_id == office.id,
                                                Dossier.code == code)).first()
    if row is None:
        raise ServerError("dossier.unknown", f"Không có hồ sơ {code}.", 404)
    entry = {"uid": uuid.uuid4().hex, "at": at, "actor": actor, "unit": unit,
             "action": "unit_progress", "status": status, "note": note, "source": "unit"}
    record = dict(row.record)
    if (at or "") >= (row.status_at or ""):
        if row.status_source == "counter" and row.status != status:
            entry["note"] = (f"{note} (ghi đè trạng thái {row.status} của quầy)").strip()
        record["status"] = status
        record["handling_unit"] = unit
        row.status, row.status_at, row.status_source = status, at, "unit"
    row.record = record
    row.updated_at = now()
    session.add(HistoryEntry(dossier_id=row.id, uid=entry["uid"], source="unit", at=at,
                             entry=entry))
    _emit(session, office.id, p.CHANGE_DOSSIER, _dossier_change(row, record, [entry]),
          code=code)


def publish(session: Session, agency: str, kind: str, data: dict[str, Any]) -> int:
    """Catalogue updates and calendar overrides, for one office or ``*`` for all."""
    if kind not in (p.CHANGE_CATALOGUE, p.CHANGE_CALENDAR):
        raise ServerError("publish.kind", "Chỉ phát hành được danh mục hoặc lịch làm việc.")
    offices = (session.scalars(select(Office)).all() if agency == "*"
               else [get_office(session, agency)])
    for office in offices:
        get_office(session, office.agency, lock=True)
        _emit(session, office.id, kind, data)
    return len(offices)


# --- bundles and stats -----------------------------------------------------------------------


def import_bundle(session: Session, blob: bytes,
                  forwarded_by: Caller | None = None) -> dict[str, Any]:
    """Verify a USB bundle with its device's key and apply it like a push (via ``usb``)."""
    header, _ = read_header(blob)
    device = session.get(Device, str(header.get("device_id")))
    if device is None:
        raise ServerError("bundle.device", "Gói dữ liệu của một máy trạm không có trên máy chủ.",
                          400)
    if forwarded_by is not None and forwarded_by.office_id != device.office_id:
        raise ServerError("bundle.office", "Gói dữ liệu của cơ quan khác.", 403)
    bundle = read_bundle(blob, device.bundle_key)
    office = session.get(Office, device.office_id)
    assert office is not None
    caller = Caller(device_id=device.id, office_id=office.id, agency=office.agency)
    for sha, content in bundle.files.items():
        store_file(session, caller, sha, content, None)
    # files first here: the bundle carries them, so file.blob items can be applied at once
    results = push(session, caller, bundle.items, via="usb")
    counts = {r: 0 for r in p.RESULTS}
    for r in results:
        counts[r.result] += 1
    return {"device_id": device.id, "agency": office.agency, "items": len(results),
            "files": len(bundle.files), **counts,
            "results": [r.to_wire() for r in results]}


def stats(session: Session, agency: str) -> dict[str, Any]:
    office = get_office(session, agency)

    def count(model: Any, *where: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    return {
        "agency": agency,
        "dossiers": count(Dossier, Dossier.office_id == office.id),
        "events": count(Event, Event.office_id == office.id, Event.result == p.APPLIED),
        "rejected": count(Event, Event.office_id == office.id, Event.result == p.REJECTED),
        "history": int(session.scalar(
            select(func.count()).select_from(HistoryEntry).join(Dossier)
            .where(Dossier.office_id == office.id)) or 0),
        "documents": count(IssuedDocument, IssuedDocument.office_id == office.id),
        "files": count(StoredFile, StoredFile.office_id == office.id),
        "devices": count(Device, Device.office_id == office.id),
        "changes": count(ChangeRow, ChangeRow.office_id == office.id),
    }
