"""`verify --db PATH`: check the audit trail's hash chain (exit 1 when it was tampered with)."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "verify",
        help="kiểm tra tính toàn vẹn của nhật ký (phát hiện bản ghi bị sửa hoặc xóa)",
        description="Kiểm tra chuỗi băm của nhật ký thao tác. Trả về mã 1 nếu nhật ký bị sửa/xóa.",
    )
    p.add_argument("--db", required=True, help="tệp cơ sở dữ liệu SQLite")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from cchc_desktop.cli import emit_json, fail
    from cchc_desktop.services.audit import verify_audit
    from cchc_desktop.storage.db import open_database

    if not Path(args.db).is_file():
        fail(f"Không tìm thấy tệp cơ sở dữ liệu {args.db}.")
    db = open_database(Path(args.db))
    try:
        result = verify_audit(db)
    finally:
        db.close()
    emit_json({"ok": result.ok, "entries": result.entries, "first_bad_id": result.first_bad_id,
               "message": result.message})
    if not result.ok:
        sys.stderr.write(f"Cảnh báo: {result.message}\n")
        return 1
    return 0
