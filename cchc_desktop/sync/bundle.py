"""USB bundles: the pending outbox of an office with no link, in one signed compressed file.

Layout (all one file, ``.cchcbundle``)::

    CCHC-BUNDLE 1\\n
    {"device_id": ..., "agency": ..., "created_at": ..., "items": n, "files": n,
     "body_sha256": ..., "hmac": ...}\\n
    <gzip of {"items": [push items in wire form], "files": {sha256: base64 content}}>

``hmac`` is HMAC-SHA256, keyed with the device's bundle key issued at enrolment, over the
header (without ``hmac``, keys sorted) and the body.  Any changed byte fails verification.
Items keep their idempotency keys, so importing the same bundle twice creates nothing twice.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import Any

from cchc_desktop.sync.protocol import (
    ProtocolError,
    PushItem,
    compress,
    decompress,
    dumps,
    loads,
    sha256_hex,
)

MAGIC = b"CCHC-BUNDLE 1\n"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024


class BundleError(ProtocolError):
    """The bundle is damaged, tampered with or not a bundle; ``message_vi`` says so."""

    def __init__(self, message: str, message_vi: str) -> None:
        super().__init__(message)
        self.message_vi = message_vi


@dataclass
class Bundle:
    device_id: str
    agency: str
    created_at: str
    items: list[dict[str, Any]] = field(default_factory=list)  # wire form
    files: dict[str, bytes] = field(default_factory=dict)


def _signed_part(header: dict[str, Any], body: bytes) -> bytes:
    clean = {k: v for k, v in header.items() if k != "hmac"}
    return json.dumps(clean, sort_keys=True, separators=(",", ":")).encode() + b"\n" + body


def write_bundle(device_id: str, agency: str, created_at: str, items: list[PushItem],
                 files: dict[str, bytes], key_hex: str) -> bytes:
    """Build the bundle bytes (the caller writes them to the USB stick)."""
    for sha, content in files.items():
        if sha256_hex(content) != sha:
            raise ValueError(f"file content does not match its hash {sha}")
    body = compress(dumps({
        "items": [item.to_wire() for item in items],
        "files": {sha: base64.b64encode(c).decode("ascii") for sha, c in files.items()},
    }))
    header: dict[str, Any] = {
        "format": "cchc-bundle",
        "version": 1,
        "device_id": device_id,
        "agency": agency,
        "created_at": created_at,
        "items": len(items),
        "files": len(files),
        "body_sha256": hashlib.sha256(body).hexdigest(),
    }
    header["hmac"] = hmac.new(bytes.fromhex(key_hex), _signed_part(header, body),
                              hashlib.sha256).hexdigest()
    return MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + body


def read_header(blob: bytes) -> tuple[dict[str, Any], bytes]:
    """Split a bundle into (header, body) without verifying it (to find the device key)."""
    if not blob.startswith(MAGIC):
        raise BundleError("not a bundle", "Tệp không phải gói dữ liệu đồng bộ của chương trình.")
    rest = blob[len(MAGIC):]
    newline = rest.find(b"\n")
    if newline < 0:
        raise BundleError("truncated header", "Gói dữ liệu bị hỏng (thiếu phần đầu).")
    try:
        header = json.loads(rest[:newline])
    except json.JSONDecodeError as exc:
        raise BundleError("bad header", "Gói dữ liệu bị hỏng (phần đầu không đọc được).") \
            from exc
    if not isinstance(header, dict) or header.get("format") != "cchc-bundle":
        raise BundleError("bad header", "Gói dữ liệu bị hỏng (phần đầu không đọc được).")
    return header, rest[newline + 1:]


def read_bundle(blob: bytes, key_hex: str) -> Bundle:
    """Verify the signature, then decode. Raises ``BundleError`` on any tampering."""
    header, body = read_header(blob)
    expected = hmac.new(bytes.fromhex(key_hex), _signed_part(header, body),
                        hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, str(header.get("hmac", ""))):
        raise BundleError("bad signature",
                          "Chữ ký của gói dữ liệu không khớp: gói đã bị sửa đổi hoặc không "
                          "phải của máy trạm này. Không nhập gói này.")
    if hashlib.sha256(body).hexdigest() != header.get("body_sha256"):
        raise BundleError("body hash mismatch", "Nội dung gói dữ liệu bị hỏng.")
    doc = loads(decompress(body, limit=MAX_BUNDLE_BYTES))
    files = {sha: base64.b64decode(c) for sha, c in (doc.get("files") or {}).items()}
    for sha, content in files.items():
        if sha256_hex(content) != sha:
            raise BundleError("file hash mismatch", "Một tệp trong gói dữ liệu bị hỏng.")
    return Bundle(device_id=str(header["device_id"]), agency=str(header.get("agency", "")),
                  created_at=str(header.get("created_at", "")),
                  items=list(doc.get("items") or []), files=files)
