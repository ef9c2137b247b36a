"""Content-addressed file store: scanned dossier components and archived documents.

A file lives at ``<data>/files/<sha[:2]>/<sha>``; storing the same bytes twice keeps
one copy. Type is checked by content (magic bytes), not by file name, and size is
limited, so a wrong file is refused with a clear message instead of filling the disk.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cchc_desktop.domain.errors import ValidationError

MAX_FILE_BYTES = 20 * 1024 * 1024  # 20 MB per scanned component

_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)


def sniff_mime(head: bytes) -> str | None:
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    return None


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    mime: str
    path: Path


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put_bytes(self, data: bytes, *, allowed_mimes: tuple[str, ...] | None = None,
                  max_bytes: int = MAX_FILE_BYTES) -> StoredBlob:
        if not data:
            raise ValidationError("file.empty", "Tệp rỗng, không có nội dung.")
        if len(data) > max_bytes:
            raise ValidationError(
                "file.too_large",
                f"Tệp quá lớn ({len(data) / 1_048_576:.1f} MB); "
                f"tối đa {max_bytes / 1_048_576:.0f} MB.",
            )
        mime = sniff_mime(data[:16])
        if allowed_mimes is not None and mime not in allowed_mimes:
            raise ValidationError(
                "file.type", "Chỉ nhận tệp PDF, JPEG hoặc PNG (nội dung tệp không đúng loại)."
            )
        sha = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        return StoredBlob(sha, len(data), mime or "application/octet-stream", target)

    def put_scan(self, source: Path) -> StoredBlob:
        """Store a scanned file (PDF, JPEG, PNG) read from ``source``."""
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise ValidationError("file.unreadable", f"Không đọc được tệp {source.name}.") from exc
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                "file.too_large",
                f"Tệp quá lớn ({size / 1_048_576:.1f} MB); tối đa "
                f"{MAX_FILE_BYTES / 1_048_576:.0f} MB.",
            )
        return self.put_bytes(
            source.read_bytes(),
            allowed_mimes=("application/pdf", "image/jpeg", "image/png"),
        )

    def read(self, sha256: str) -> bytes:
        data = self.path_for(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValidationError("file.corrupt", "Tệp lưu trữ đã bị hỏng (mã băm không khớp).")
        return data
