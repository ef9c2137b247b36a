"""`export-bundle --db PATH --out FILE`: the pending outbox in one signed file for a USB stick."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "export-bundle",
        help="xuất hàng đợi đồng bộ ra một tệp có chữ ký để mang bằng USB",
        description="Xuất mọi thay đổi đang chờ gửi ra một tệp nén có chữ ký (cho nơi không "
                    "có mạng); nhập tệp này ở máy chủ tỉnh hoặc một máy trạm có mạng.",
    )
    p.add_argument("--db", required=True, help="tệp cơ sở dữ liệu của máy trạm")
    p.add_argument("--out", required=True, help="tệp gói dữ liệu sẽ tạo (.cchcbundle)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cchc_desktop.cli import emit_json, fail
    from cchc_desktop.cli.sync_cmd import ask_credential, open_sync_service
    from cchc_desktop.domain.errors import DomainError
    from cchc_desktop.services.sync import KeyringUnavailable

    svc = open_sync_service(args)
    try:
        try:
            svc.credential()
        except KeyringUnavailable:
            ask_credential(svc)
        emit_json(svc.export_bundle(Path(args.out)))
    except (DomainError, OSError) as exc:
        fail(getattr(exc, "message", None) or f"Không ghi được tệp {args.out}: {exc}")
    finally:
        svc.db.close()
    return 0
