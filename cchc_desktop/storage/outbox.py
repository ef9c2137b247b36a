"""The sync outbox: every accepted change writes its event here in the same transaction.

The idempotency key is fixed when the entry is created, so a resend after a lost
reply is recognised by the server as a duplicate (docs/sync-protocol.md).
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from cchc_desktop.storage.models import OutboxEntry


def enqueue(
    session: Session,
    *,
    kind: str,
    payload: dict[str, Any],
    now: datetime,
    dossier_code: str | None = None,
    blob_sha256: str | None = None,
) -> OutboxEntry:
    """Add one outbox entry to the caller's transaction (never commits by itself)."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str)
    entry = OutboxEntry(
        idempotency_key=uuid.uuid4().hex,
        kind=kind,
        dossier_code=dossier_code,
        payload=text,
        created_at=now,
        state="pending",
        attempts=0,
        size_bytes=len(text.encode("utf-8")),
        blob_sha256=blob_sha256,
    )
    session.add(entry)
    return entry
