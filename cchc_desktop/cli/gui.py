"""`cchc gui`: start the desktop program (the default when no command is given)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gui", help="mở chương trình (mặc định)")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="tệp cơ sở dữ liệu (mặc định: trong thư mục dữ liệu)")
    parser.add_argument("--demo-if-empty", action="store_true",
                        help="nạp dữ liệu mẫu nếu cơ sở dữ liệu còn trống")
    parser.add_argument("--lang", choices=("vi", "en"),
                        help="ngôn ngữ giao diện lần này (mặc định: theo cài đặt)")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    # The composition root sits above the CLI in the layer order; this entry point is the
    # one sanctioned way up (an explicit exception in the import-linter contract).
    from cchc_desktop import app

    options = app.GuiOptions(data_dir=args.data_dir, db_path=args.db,
                             demo_if_empty=args.demo_if_empty, language=args.lang)
    return app.run_gui(options)
