"""``python -m provincial_server``: ``serve`` and the ``admin`` commands (JSON on stdout)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any


def _emit(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database-url", required=True,
                        help="postgresql://… (sản xuất) hoặc sqlite:///tệp.sqlite3 (trình diễn)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="provincial_server",
                                     description="Máy chủ đồng bộ cấp tỉnh (bản tham chiếu).")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="chạy máy chủ HTTP (đặt sau reverse proxy TLS)")
    _db(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--no-migrate", action="store_true",
                       help="không tự nâng cấp lược đồ CSDL khi khởi động")
    serve.add_argument("--ssl-certfile", help="chứng chỉ TLS (khi không đặt sau reverse proxy)")
    serve.add_argument("--ssl-keyfile", help="khóa riêng của chứng chỉ TLS")

    admin = sub.add_parser("admin", help="lệnh quản trị")
    asub = admin.add_subparsers(dest="action", required=True)

    p = asub.add_parser("migrate", help="nâng cấp lược đồ CSDL")
    _db(p)
    p = asub.add_parser("create-office", help="tạo cơ quan (mã định danh điện tử)")
    _db(p)
    p.add_argument("--agency", required=True)
    p.add_argument("--name", required=True)
    p = asub.add_parser("enrolment-code", help="cấp mã đăng ký dùng một lần cho máy trạm")
    _db(p)
    p.add_argument("--agency", required=True)
    p = asub.add_parser("list-devices", help="liệt kê máy trạm của cơ quan")
    _db(p)
    p.add_argument("--agency", required=True)
    p = asub.add_parser("revoke-device", help="thu hồi quyền đồng bộ của máy trạm")
    _db(p)
    p.add_argument("--device", required=True)
    p = asub.add_parser("import-bundle", help="nhập gói dữ liệu USB của máy trạm")
    _db(p)
    p.add_argument("file")
    p = asub.add_parser("stats", help="số liệu của cơ quan")
    _db(p)
    p.add_argument("--agency", required=True)
    p = asub.add_parser("file-online", help="ghi hồ sơ nộp trực tuyến (JSON trung tính)")
    _db(p)
    p.add_argument("--agency", required=True)
    p.add_argument("file")
    p = asub.add_parser("unit-progress", help="đơn vị xử lý cập nhật tiến độ hồ sơ")
    _db(p)
    p.add_argument("--agency", required=True)
    p.add_argument("--code", required=True)
    p.add_argument("--status", type=int, required=True)
    p.add_argument("--actor", required=True)
    p.add_argument("--unit", required=True)
    p.add_argument("--note", default="")
    p.add_argument("--at", default=None, help="thời điểm ISO 8601 (mặc định: bây giờ)")
    p = asub.add_parser("publish", help="phát hành danh mục TTHC hoặc lịch làm việc")
    _db(p)
    p.add_argument("--agency", required=True, help="mã cơ quan, hoặc * cho mọi cơ quan")
    p.add_argument("--kind", required=True, choices=["catalogue", "calendar"])
    p.add_argument("file")
    return parser


def _admin(args: argparse.Namespace) -> Any:
    from sqlalchemy.orm import sessionmaker

    from provincial_server import service
    from provincial_server.db import make_engine, migrate, session_scope

    migrate(args.database_url)
    if args.action == "migrate":
        return {"migrated": True}
    engine = make_engine(args.database_url)
    factory = sessionmaker(engine, expire_on_commit=False)
    try:
        with session_scope(factory) as s:
            if args.action == "create-office":
                office = service.create_office(s, args.agency, args.name)
                return {"agency": office.agency, "name": office.name}
            if args.action == "enrolment-code":
                return {"code": service.issue_enrolment_code(s, args.agency),
                        "agency": args.agency}
            if args.action == "list-devices":
                return {"devices": service.list_devices(s, args.agency)}
            if args.action == "revoke-device":
                return service.revoke_device(s, args.device)
            if args.action == "import-bundle":
                with open(args.file, "rb") as fh:
                    return service.import_bundle(s, fh.read())
            if args.action == "stats":
                return service.stats(s, args.agency)
            if args.action == "file-online":
                with open(args.file, encoding="utf-8") as fh:
                    row = service.file_online(s, args.agency, json.load(fh))
                return {"code": row.code, "status": row.status}
            if args.action == "unit-progress":
                at = args.at or datetime.now().replace(microsecond=0).isoformat()
                service.record_unit_progress(s, args.agency, args.code, args.status, at,
                                             args.actor, args.unit, args.note)
                return {"code": args.code, "status": args.status}
            if args.action == "publish":
                with open(args.file, encoding="utf-8") as fh:
                    n = service.publish(s, args.agency, args.kind, json.load(fh))
                return {"offices": n, "kind": args.kind}
    finally:
        engine.dispose()
    raise AssertionError(args.action)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        import uvicorn

        from provincial_server.app import create_app
        from provincial_server.db import migrate

        if not args.no_migrate:
            migrate(args.database_url)
        app = create_app(args.database_url)
        scheme = "https" if args.ssl_certfile else "http"
        _emit({"serving": f"{scheme}://{args.host}:{args.port}", "protocol": 1})
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                    proxy_headers=True, timeout_keep_alive=30,
                    ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile)
        return 0
    from cchc_desktop.sync.bundle import BundleError
    from provincial_server.service import ServerError

    try:
        _emit(_admin(args))
    except ServerError as exc:
        sys.stderr.write(f"Lỗi: {exc.message_vi}\n")
        return 2
    except BundleError as exc:
        sys.stderr.write(f"Lỗi: {exc.message_vi}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
