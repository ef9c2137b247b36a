"""Append-only audit trail with a hash chain (architecture.md "Data that must never be lost").

Each entry stores the SHA-256 of its own canonical content together with the hash of
the previous entry, so editing or deleting any entry breaks the chain at that point,
and ``verify_audit`` names the first broken entry.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_desktop.storage.db import Database
from cchc_desktop.storage.models import AuditEntry, Setting

GENESIS = "0" * 64
HEAD_KEY = "audit_head"  # id and hash of the newest entry: detects a cut-off tail


def _canonical(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _entry_hash(entry: AuditEntry) -> str:
    content = json.dumps(
        [
            entry.id, entry.at.isoformat(), entry.user_id, entry.username, entry.action,
            entry.entity, entry.entity_id, entry.before, entry.after, entry.prev_hash,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def append_audit(
    session: Session,
    *,
    at: datetime,
    action: str,
    entity: str,
    entity_id: str | int = "",
    before: Any = None,
    after: Any = None,
    user_id: int | None = None,
    username: str = "",
) -> AuditEntry:
    """Append one entry in the caller's transaction: the change and its audit commit together."""
    last = session.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    entry = AuditEntry(
        id=(last.id + 1) if last else 1,
        at=at.replace(microsecond=0),
        user_id=user_id,
        username=username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=_canonical(before),
        after=_canonical(after),
        prev_hash=last.hash if last else GENESIS,
        hash="",
    )
    entry.hash = _entry_hash(entry)
    session.add(entry)
    session.merge(Setting(key=HEAD_KEY, value=json.dumps({"id": entry.id, "hash": entry.hash})))
    session.flush()
    return entry


@dataclass(frozen=True)
class AuditVerification:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    message: str = ""


def verify_audit(db: Database) -> AuditVerification:
    """Walk the chain; report the first edited, inserted or deleted entry in Vietnamese."""
    count = 0
    expected_prev = GENESIS
    expected_id = 1
    with db.session() as s:
        for entry in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
            count += 1
            if entry.id != expected_id:
                return AuditVerification(
                    False, count, expected_id,
                    f"Nhật ký bị xóa: thiếu bản ghi số {expected_id} (gặp số {entry.id}).",
                )
            if entry.prev_hash != expected_prev:
                return AuditVerification(
                    False, count, entry.id,
                    f"Chuỗi nhật ký bị đứt tại bản ghi số {entry.id}: "
                    "bản ghi trước đó đã bị sửa hoặc xóa.",
                )
            if _entry_hash(entry) != entry.hash:
                return AuditVerification(
                    False, count, entry.id,
                    f"Bản ghi nhật ký số {entry.id} đã bị sửa sau khi ghi.",
                )
            expected_prev = entry.hash
            expected_id += 1
        head_row = s.get(Setting, HEAD_KEY)
        head = json.loads(head_row.value) if head_row else {"id": 0, "hash": GENESIS}
        if head["id"] != count or head["hash"] != expected_prev:
            return AuditVerification(
                False, count, count + 1,
                f"Nhật ký bị cắt: bản ghi cuối phải là số {head['id']}, "
                f"nhưng chỉ còn {count} bản ghi.",
            )
    return AuditVerification(True, count, None, f"Nhật ký toàn vẹn: {count} bản ghi.")
