"""`cchc screenshots --out DIR [--db PATH]`: render each main page to a PNG, offscreen.

Prints the list of files written as JSON on stdout. Without ``--db`` a throw-away
database with the demo data is used.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("screenshots", help="chụp ảnh các trang chính ra tệp PNG")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="thư mục ghi ảnh")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="tệp cơ sở dữ liệu (mặc định: một cơ sở dữ liệu mẫu tạm thời)")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi",
                        help="ngôn ngữ giao diện (mặc định: vi)")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    from cchc_desktop import app
    from cchc_desktop.cli import emit_json, fail

    if args.db is not None and not args.db.exists():
        fail(f"Không tìm thấy tệp cơ sở dữ liệu: {args.db}")
    if args.out.exists() and not args.out.is_dir():
        fail(f"Đường dẫn không phải là thư mục: {args.out}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    options = app.GuiOptions(data_dir=args.data_dir, db_path=args.db, language=args.lang)
    emit_json(app.render_screenshots(options, args.out))
    return 0
