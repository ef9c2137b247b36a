"""`enrol --db PATH --server URL --code CODE`: register this workstation with the province."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "enrol",
        help="đăng ký máy trạm với máy chủ đồng bộ cấp tỉnh bằng mã dùng một lần",
        description="Đăng ký máy trạm với máy chủ tỉnh. Mã truy cập được giữ trong kho khóa "
                    "bí mật của hệ điều hành (keyring), không ghi ra tệp.",
    )
    p.add_argument("--db", required=True, help="tệp cơ sở dữ liệu của máy trạm")
    p.add_argument("--server", required=True, help="địa chỉ máy chủ tỉnh, ví dụ https://…")
    p.add_argument("--code", required=True, help="mã đăng ký do quản trị viên tỉnh cấp")
    p.add_argument("--name", default="", help="tên máy trạm (mặc định: tên máy tính)")
    p.add_argument("--ca-bundle", help="tệp chứng chỉ CA riêng của tỉnh (nếu có)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import platform
    from pathlib import Path

    from cchc_desktop.cli import emit_json, fail
    from cchc_desktop.cli.sync_cmd import open_sync_service
    from cchc_desktop.domain.errors import DomainError

    svc = open_sync_service(args)
    try:
        info = svc.enrol(args.server, args.code, args.name or platform.node() or "máy trạm",
                         ca_bundle=str(Path(args.ca_bundle).resolve()) if args.ca_bundle
                         else None)
    except DomainError as exc:
        fail(exc.message)
    finally:
        svc.db.close()
    if not info["keyring"]:
        info["warning"] = ("Máy này không có kho khóa bí mật (keyring): chuỗi truy cập không "
                           "được lưu. Giữ chuỗi này cẩn thận; mỗi lần đồng bộ sẽ phải nhập lại "
                           "(biến môi trường CCHC_SYNC_CREDENTIAL hoặc gõ khi được hỏi).")
    emit_json(info)
    return 0
