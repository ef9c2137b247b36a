"""The push/pull loop over plain values: what to send, in which order, and what each answer
means for the outbox.  It knows nothing of SQL: ``services.sync`` gives it an
``OutboxStore`` over the real tables (one transaction per recorded batch).

Push order: dossier events and documents' metadata oldest first, in batches capped by count
and size; then the scanned files, each sent once by hash and only when ``send_files`` says
the link allows it.  Pull: pages of changes since the cursor, each page applied by the store
in one transaction together with the new cursor.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from cchc_desktop.sync import protocol as p
from cchc_desktop.sync.adapter import DEFAULT_ADAPTER, AdapterError, PortalAdapter
from cchc_desktop.sync.transport import SyncTransport

METADATA_KINDS = (p.KIND_DOSSIER_EVENT, p.KIND_DOCUMENT_ISSUED)

# Outbox states.
PENDING = "pending"
RETRY = "retry"
APPLIED = p.APPLIED
DUPLICATE = p.DUPLICATE
REJECTED = p.REJECTED  # the quarantine: visible on the sync page, never blocks the rest


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: str
    kind: str
    payload: dict[str, Any]
    created_at: datetime
    dossier_code: str | None = None
    blob_sha256: str | None = None
    attempts: int = 0


@dataclass(frozen=True)
class Outcome:
    id: int
    state: str  # applied | duplicate | rejected | retry
    reason: str | None = None
    next_attempt_at: datetime | None = None


@dataclass(frozen=True)
class PulledChange:
    seq: int
    kind: str
    code: str | None
    data: dict[str, Any]  # neutral keys for dossiers ({"dossier", "events"}), raw otherwise


class OutboxStore(Protocol):
    def pending(self, kinds: tuple[str, ...], limit: int, after_id: int,
                now: datetime) -> list[OutboxItem]:
        """Entries in state pending/retry (due), ``id > after_id``, oldest first."""

    def record(self, outcomes: list[Outcome], via: str, now: datetime) -> None:
        """Write the outcomes of one batch in one transaction."""

    def read_blob(self, sha256: str) -> bytes | None: ...

    def cursor(self) -> int: ...

    def apply_pulled(self, changes: list[PulledChange], cursor: int) -> None:
        """Apply a page of changes and store ``cursor``, in one transaction."""


@dataclass
class CycleReport:
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    retry: int = 0
    pulled: int = 0
    files: int = 0
    bytes_sent: int = 0
    errors: list[str] = field(default_factory=list)

    def count(self, state: str) -> None:
        if state == APPLIED:
            self.pushed += 1
        elif state == DUPLICATE:
            self.duplicates += 1
        elif state == REJECTED:
            self.rejected += 1
        elif state == RETRY:
            self.retry += 1


Progress = Callable[[str, int, int], None]  # (phase, done, total)


def to_wire(item: OutboxItem, adapter: PortalAdapter) -> p.PushItem:
    """Outbox entry → wire item (raises ``AdapterError`` for an entry that cannot go)."""
    created = item.created_at.strftime("%Y%m%d%H%M%S")
    if item.kind == p.KIND_DOSSIER_EVENT:
        data = adapter.event_to_wire(item.payload)
    elif item.kind == p.KIND_DOCUMENT_ISSUED:
        data = adapter.document_to_wire(item.payload)
    elif item.kind == p.KIND_FILE_BLOB:
        if not item.blob_sha256:
            raise AdapterError("file.blob without a hash")
        data = {"size": item.payload.get("size")} if item.payload.get("size") else {}
    else:
        raise AdapterError(f"unknown outbox kind {item.kind!r}")
    return p.PushItem(key=item.key, kind=item.kind, data=data, code=item.dossier_code,
                      created_at=created, sha256=item.blob_sha256)


INVALID_CHANGE = "invalid"  # a pulled change that could not be read: kept, never blocking


def from_wire_change(change: p.Change, adapter: PortalAdapter) -> PulledChange:
    data: dict[str, Any] = change.data
    if change.kind == p.CHANGE_DOSSIER:
        try:
            data = adapter.event_from_wire(change.data)
        except (AdapterError, ValueError, TypeError, KeyError) as exc:
            return PulledChange(seq=change.seq, kind=INVALID_CHANGE, code=change.code,
                                data={"error": str(exc), "kind": change.kind})
    return PulledChange(seq=change.seq, kind=change.kind, code=change.code, data=data)


def retry_at(now: datetime, attempts: int, rng: random.Random) -> datetime:
    """Back-off for items the server asked to retry later (1 min · 2^n, jittered, ≤ 1 h)."""
    cap = min(3600.0, 60.0 * (2 ** min(attempts, 10)))
    return now + timedelta(seconds=rng.uniform(cap / 2, cap))


class SyncEngine:
    def __init__(self, store: OutboxStore, transport: SyncTransport, device_id: str, *,
                 adapter: PortalAdapter = DEFAULT_ADAPTER,
                 clock: Callable[[], datetime] = datetime.now,
                 max_items: int = p.MAX_BATCH_ITEMS, max_bytes: int = p.MAX_BATCH_BYTES,
                 send_files: Callable[[], bool] = lambda: True,
                 rng: random.Random | None = None) -> None:
        self.store = store
        self.transport = transport
        self.device_id = device_id
        self.adapter = adapter
        self.clock = clock
        self.max_items = max_items
        self.max_bytes = max_bytes
        self.send_files = send_files
        self.rng = rng or random.Random()

    # -- push -------------------------------------------------------------------------------
    def push(self, report: CycleReport | None = None,
             progress: Progress | None = None) -> CycleReport:
        report = report or CycleReport()
        start_bytes = self.transport.bytes_sent
        self._push_kinds(METADATA_KINDS, report, progress)
        if self.send_files():
            self._push_files(report, progress)
        report.bytes_sent += self.transport.bytes_sent - start_bytes
        return report

    def _push_kinds(self, kinds: tuple[str, ...], report: CycleReport,
                    progress: Progress | None) -> None:
        after = 0
        done = 0
        while True:
            now = self.clock()
            entries = self.store.pending(kinds, self.max_items * 5, after, now)
            if not entries:
                return
            after = entries[-1].id
            wire: list[p.PushItem] = []
            ids: dict[str, OutboxItem] = {}
            local_rejects: list[Outcome] = []
            for entry in entries:
                try:
                    item = to_wire(entry, self.adapter)
                except (AdapterError, ValueError, TypeError, KeyError) as exc:
                    local_rejects.append(Outcome(entry.id, REJECTED,
                                                 f"không chuyển được sang định dạng cổng: {exc}"))
                    continue
                wire.append(item)
                ids[item.key] = entry
            if local_rejects:
                self.store.record(local_rejects, "http", now)
                for o in local_rejects:
                    report.count(o.state)
            for batch in p.split_batches(wire, self.max_items, self.max_bytes):
                results = self.transport.push(self.device_id, batch)
                outcomes = self._outcomes(results, ids)
                self.store.record(outcomes, "http", self.clock())
                for o in outcomes:
                    report.count(o.state)
                done += len(batch)
                if progress:
                    progress("push", done, done + len(wire))

    def _outcomes(self, results: list[p.ItemResult],
                  ids: dict[str, OutboxItem]) -> list[Outcome]:
        now = self.clock()
        outcomes = []
        for r in results:
            entry = ids.get(r.key)
            if entry is None:
                continue  # a key we did not send: ignore (protocol says results echo keys)
            if r.result == RETRY:
                outcomes.append(Outcome(entry.id, RETRY, r.reason,
                                        retry_at(now, entry.attempts, self.rng)))
            else:
                outcomes.append(Outcome(entry.id, r.result, r.reason))
        return outcomes

    def _push_files(self, report: CycleReport, progress: Progress | None) -> None:
        after = 0
        while True:
            now = self.clock()
            entries = self.store.pending((p.KIND_FILE_BLOB,), self.max_items, after, now)
            if not entries:
                return
            after = entries[-1].id
            ready: list[OutboxItem] = []
            for entry in entries:
                sha = entry.blob_sha256 or ""
                content = self.store.read_blob(sha) if sha else None
                if content is None or p.sha256_hex(content) != sha:
                    self.store.record([Outcome(entry.id, REJECTED,
                                               "tệp không còn trong kho tệp của máy trạm")],
                                      "http", now)
                    report.rejected += 1
                    continue
                if not self.transport.has_file(sha):  # sent once by hash
                    self.transport.put_file(sha, content, None)
                    report.files += 1
                ready.append(entry)
            ids = {e.key: e for e in ready}
            wire = [to_wire(e, self.adapter) for e in ready]
            for batch in p.split_batches(wire, self.max_items, self.max_bytes):
                outcomes = self._outcomes(self.transport.push(self.device_id, batch), ids)
                self.store.record(outcomes, "http", self.clock())
                for o in outcomes:
                    report.count(o.state)

    # -- pull -------------------------------------------------------------------------------
    def pull(self, report: CycleReport | None = None, progress: Progress | None = None,
             page_size: int = 200) -> CycleReport:
        report = report or CycleReport()
        cursor = self.store.cursor()
        while True:
            page = self.transport.pull(cursor, page_size)
            changes = [from_wire_change(c, self.adapter) for c in page.changes]
            self.store.apply_pulled(changes, page.cursor)
            report.pulled += len(changes)
            if progress:
                progress("pull", report.pulled, report.pulled + (page_size if page.more else 0))
            if not page.more or page.cursor == cursor:
                return report
            cursor = page.cursor

    def cycle(self, progress: Progress | None = None) -> CycleReport:
        report = CycleReport()
        self.push(report, progress)
        self.pull(report, progress)
        return report


def payload_of(text: str) -> dict[str, Any]:
    """Outbox payloads are JSON text; a broken one becomes an empty dict (then quarantined)."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
