"""`demo --db PATH [--dossiers N] [--seed S]`: a database with the demo office and dossiers."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "demo",
        help="tạo cơ sở dữ liệu mẫu (văn phòng, danh mục thủ tục, tài khoản, hồ sơ)",
        description="Tạo cơ sở dữ liệu mẫu để trình diễn, tập huấn và đo hiệu năng.",
    )
    p.add_argument("--db", required=True, help="tệp SQLite sẽ tạo (phải chưa có dữ liệu)")
    p.add_argument("--dossiers", type=int, default=300, help="số hồ sơ mẫu (mặc định 300)")
    p.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên (mặc định 1)")
    p.add_argument("--now", help="thời điểm hiện tại giả định, dạng 2025-06-30T10:00")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from datetime import datetime
    from pathlib import Path

    from cchc_desktop.cli import emit_json, fail
    from cchc_desktop.services.demo import install_demo
    from cchc_desktop.services.settings import settings_stored
    from cchc_desktop.storage.db import open_database

    if args.dossiers < 0 or args.dossiers > 5_000_000:
        fail("Số hồ sơ mẫu phải từ 0 đến 5.000.000.")
    try:
        now = datetime.fromisoformat(args.now) if args.now else None
    except ValueError:
        fail(f"Thời điểm --now không hợp lệ: {args.now!r} (dạng 2025-06-30T10:00).")
    db = open_database(Path(args.db))
    try:
        if settings_stored(db):
            fail(f"Tệp {args.db} đã có dữ liệu; hãy chọn một tệp mới.")
        result = install_demo(db, dossiers=args.dossiers, seed=args.seed, now=now)
    finally:
        db.close()
    emit_json({"db": result.db, "agency": result.agency, "dossiers": result.dossiers,
               "sample_codes": result.sample_codes})
    return 0
