"""Wire protocol v1 between a workstation and the provincial server (plain values only).

Everything here is shared by the desktop client and the reference server, so both sides
agree by construction: the version, the item kinds, the per-item result codes, the batch
limits, and the gzip-compressed JSON envelopes.  ``docs/sync-protocol.md`` is the prose.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

PROTOCOL_VERSION = 1
API_PREFIX = "/v1"

# Item kinds pushed by a workstation (the outbox ``kind`` column).
KIND_DOSSIER_EVENT = "dossier.event"
KIND_DOCUMENT_ISSUED = "document.issued"
KIND_FILE_BLOB = "file.blob"
PUSH_KINDS = (KIND_DOSSIER_EVENT, KIND_DOCUMENT_ISSUED, KIND_FILE_BLOB)

# Change kinds pulled from the server.
CHANGE_DOSSIER = "dossier"  # a dossier record (online filing, status 1, or unit progress)
CHANGE_CATALOGUE = "catalogue"  # procedure catalogue entries
CHANGE_CALENDAR = "calendar"  # calendar overrides (extra days off / extra working days)
CHANGE_DEVICE_REVOKED = "device.revoked"  # a workstation of this office was revoked
PULL_KINDS = (CHANGE_DOSSIER, CHANGE_CATALOGUE, CHANGE_CALENDAR, CHANGE_DEVICE_REVOKED)

# Per-item results of a push.
APPLIED = "applied"
DUPLICATE = "duplicate"
REJECTED = "rejected"
RETRY = "retry"
RESULTS = (APPLIED, DUPLICATE, REJECTED, RETRY)

# Limits (a 2G link carries ~6 KB/s up: a 64 KB compressed batch is ~10 s of upload).
MAX_BATCH_ITEMS = 200
MAX_BATCH_BYTES = 256 * 1024  # uncompressed JSON of the items
MAX_REQUEST_BYTES = 1024 * 1024  # compressed body accepted by the server
MAX_FILE_BYTES = 20 * 1024 * 1024  # one scanned file
MAX_DECOMPRESSED_BYTES = 8 * 1024 * 1024  # guard against gzip bombs
MAX_PULL_LIMIT = 500

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_KEY = re.compile(r"^[0-9A-Za-z_.:-]{8,80}$")


class ProtocolError(ValueError):
    """A message does not follow the protocol (bad JSON, wrong version, too large...)."""


@dataclass(frozen=True)
class PushItem:
    """One outbox entry on the wire; ``data`` is already in portal field names."""

    key: str
    kind: str
    data: dict[str, Any]
    code: str | None = None
    created_at: str | None = None  # yyyyMMddHHmmss
    sha256: str | None = None  # for file.blob

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "kind": self.kind, "data": self.data}
        if self.code is not None:
            out["code"] = self.code
        if self.created_at is not None:
            out["created_at"] = self.created_at
        if self.sha256 is not None:
            out["sha256"] = self.sha256
        return out


@dataclass(frozen=True)
class ItemResult:
    key: str
    result: str
    reason: str | None = None

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "result": self.result}
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass(frozen=True)
class Change:
    seq: int
    kind: str
    data: dict[str, Any]
    code: str | None = None

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"seq": self.seq, "kind": self.kind, "data": self.data}
        if self.code is not None:
            out["code"] = self.code
        return out


@dataclass
class PullPage:
    changes: list[Change] = field(default_factory=list)
    cursor: int = 0
    more: bool = False


# --- encoding -----------------------------------------------------------------------------


def dumps(obj: Any) -> bytes:
    """Compact UTF-8 JSON (Vietnamese letters kept as letters: fewer bytes than \\u escapes)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def compress(raw: bytes) -> bytes:
    # mtime=0 makes the bytes reproducible (useful for signatures and tests).
    return gzip.compress(raw, compresslevel=6, mtime=0)


def decompress(body: bytes, limit: int = MAX_DECOMPRESSED_BYTES) -> bytes:
    """Gunzip with a size cap, so a small hostile body cannot expand into gigabytes."""
    import zlib

    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decoder.decompress(body, limit + 1)
    except zlib.error as exc:
        raise ProtocolError(f"bad gzip body: {exc}") from exc
    if len(out) > limit or decoder.unconsumed_tail:
        raise ProtocolError("decompressed body too large")
    return out


def loads(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProtocolError(f"bad JSON: {exc}") from exc


def item_size(item: PushItem) -> int:
    return len(dumps(item.to_wire()))


def encode_push(device_id: str, items: list[PushItem]) -> bytes:
    """The gzip body of ``POST /v1/push``."""
    envelope = {
        "protocol": PROTOCOL_VERSION,
        "device_id": device_id,
        "items": [item.to_wire() for item in items],
    }
    return compress(dumps(envelope))


def decode_push(body: bytes, compressed: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """Server side: (device_id, raw item dicts). Items are validated one by one later,
    so a malformed item is rejected alone instead of failing the whole batch."""
    raw = decompress(body) if compressed else body
    envelope = loads(raw)
    if not isinstance(envelope, dict):
        raise ProtocolError("envelope must be an object")
    check_version(envelope.get("protocol"))
    items = envelope.get("items")
    if not isinstance(items, list):
        raise ProtocolError("items must be a list")
    if len(items) > MAX_BATCH_ITEMS:
        raise ProtocolError(f"too many items (max {MAX_BATCH_ITEMS})")
    return str(envelope.get("device_id") or ""), items


def normal_enrolment_code(code: str) -> str:
    """Enrolment codes are typed loosely ("abcd efgh-ijkl"): compare them without spaces,
    dashes or case."""
    return code.replace("-", "").replace(" ", "").upper()


def check_version(version: Any) -> None:
    if version != PROTOCOL_VERSION:
        raise ProtocolError(f"unsupported protocol version {version!r}")


def validate_item(raw: Any) -> PushItem:
    """Turn one raw item dict into a ``PushItem`` or raise ``ProtocolError`` with a reason."""
    if not isinstance(raw, dict):
        raise ProtocolError("item must be an object")
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise ProtocolError("missing or malformed idempotency key")
    kind = raw.get("kind")
    if kind not in PUSH_KINDS:
        raise ProtocolError(f"unknown kind {kind!r}")
    data = raw.get("data")
    if not isinstance(data, dict):
        raise ProtocolError("data must be an object")
    sha = raw.get("sha256")
    if kind == KIND_FILE_BLOB and (not isinstance(sha, str) or not _HEX64.match(sha)):
        raise ProtocolError("file.blob needs a sha256")
    code = raw.get("code")
    if code is not None and not isinstance(code, str):
        raise ProtocolError("code must be a string")
    return PushItem(key=key, kind=kind, data=data, code=code,
                    created_at=raw.get("created_at"), sha256=sha)


def encode_results(results: list[ItemResult]) -> dict[str, Any]:
    return {"protocol": PROTOCOL_VERSION, "results": [r.to_wire() for r in results]}


def decode_results(obj: Any) -> list[ItemResult]:
    if not isinstance(obj, dict):
        raise ProtocolError("results must be an object")
    check_version(obj.get("protocol"))
    out = []
    for raw in obj.get("results") or []:
        result = raw.get("result")
        if result not in RESULTS:
            raise ProtocolError(f"unknown result {result!r}")
        out.append(ItemResult(key=raw["key"], result=result, reason=raw.get("reason")))
    return out


def encode_pull(page: PullPage) -> dict[str, Any]:
    return {
        "protocol": PROTOCOL_VERSION,
        "cursor": page.cursor,
        "more": page.more,
        "changes": [c.to_wire() for c in page.changes],
    }


def decode_pull(obj: Any) -> PullPage:
    if not isinstance(obj, dict):
        raise ProtocolError("pull page must be an object")
    check_version(obj.get("protocol"))
    changes = [
        Change(seq=int(c["seq"]), kind=str(c["kind"]), data=c.get("data") or {},
               code=c.get("code"))
        for c in obj.get("changes") or []
    ]
    return PullPage(changes=changes, cursor=int(obj.get("cursor") or 0),
                    more=bool(obj.get("more")))


def sha256_hex(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def split_batches(items: list[PushItem], max_items: int = MAX_BATCH_ITEMS,
                  max_bytes: int = MAX_BATCH_BYTES) -> list[list[PushItem]]:
    """Cut items (already oldest first) into batches capped by count and JSON size.
    An item larger than the byte cap travels alone."""
    batches: list[list[PushItem]] = []
    current: list[PushItem] = []
    size = 0
    for item in items:
        n = item_size(item)
        if current and (len(current) >= max_items or size + n > max_bytes):
            batches.append(current)
            current, size = [], 0
        current.append(item)
        size += n
    if current:
        batches.append(current)
    return batches
