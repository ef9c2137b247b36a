"""`sync --db PATH`: one push-and-pull cycle with the provincial server (JSON on stdout)."""

from __future__ import annotations

import argparse

ENV_CREDENTIAL = "CCHC_SYNC_CREDENTIAL"


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "sync",
        help="đồng bộ một lượt với máy chủ tỉnh (gửi hàng đợi, nhận thay đổi)",
        description="Gửi các thay đổi đang chờ và nhận thay đổi từ máy chủ tỉnh, một lượt.",
    )
    p.add_argument("--db", required=True, help="tệp cơ sở dữ liệu của máy trạm")
    p.add_argument("--no-files", action="store_true",
                   help="chỉ gửi dữ liệu hồ sơ, để tệp quét gửi sau (đường truyền yếu)")
    p.add_argument("--forward-bundle", metavar="FILE",
                   help="chuyển lên máy chủ gói USB của một máy trạm khác cùng cơ quan")
    p.set_defaults(func=run)


def open_sync_service(args: argparse.Namespace):
    """The sync service on ``--db`` with the data folder's file store."""
    from pathlib import Path

    from cchc_desktop.paths import resolve_paths
    from cchc_desktop.services.sync import SyncService
    from cchc_desktop.storage.db import open_database

    paths = resolve_paths(getattr(args, "data_dir", None))
    db = open_database(Path(args.db))
    svc = SyncService(db, paths.files)
    if getattr(args, "no_files", False):
        svc.send_files = lambda: False
    return svc


def ask_credential(svc) -> None:
    """No keyring: take the access string from the environment or ask for it."""
    import getpass
    import os
    import sys

    text = os.environ.get(ENV_CREDENTIAL)
    if not text and sys.stdin.isatty():
        text = getpass.getpass("Chuỗi truy cập đồng bộ: ")
    if not text:
        from cchc_desktop.cli import fail

        fail("Máy này không có kho khóa bí mật (keyring): đặt biến môi trường "
             f"{ENV_CREDENTIAL} hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập chuỗi truy cập.")
    svc.use_credential(text)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cchc_desktop.cli import emit_json, fail
    from cchc_desktop.domain.errors import DomainError
    from cchc_desktop.services.sync import KeyringUnavailable

    svc = open_sync_service(args)
    try:
        try:
            svc.credential()
        except KeyringUnavailable:
            ask_credential(svc)
        if args.forward_bundle:
            result = svc.forward_bundle(Path(args.forward_bundle))
            emit_json({k: result.get(k) for k in ("device_id", "items", "applied",
                                                   "duplicate", "rejected")})
            return 0
        report = svc.run_cycle()
        emit_json({"pushed": report.pushed, "duplicates": report.duplicates,
                   "rejected": report.rejected, "retry": report.retry,
                   "pulled": report.pulled, "files": report.files,
                   "bytes_sent": report.bytes_sent, "pending": svc.pending_count()})
    except DomainError as exc:
        fail(exc.message)
    except OSError as exc:
        fail(f"Không đọc được tệp {args.forward_bundle}: {exc.strerror}")
    finally:
        svc.db.close()
    return 0
