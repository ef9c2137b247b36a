"""Command-line entry point.

Every module in this package that defines ``register(subparsers)`` adds one
sub-command; modules are discovered, so adding a command is adding a file.
Command modules import only argparse at module level and do their heavy imports
inside the handler, so ``--help`` and the GUI start stay fast.

Conventions for every command:
- results go to stdout as one JSON object (``emit_json``);
- a user error exits with status 2 and a Vietnamese message on stderr (``fail``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

EXIT_USAGE = 2


class CliError(Exception):
    """A user error: printed as a Vietnamese sentence on stderr, exit status 2."""


def emit_json(obj: Any) -> None:
    """Print one JSON object on stdout (UTF-8, Vietnamese letters kept readable)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def fail(message: str) -> NoReturn:
    raise CliError(message)


def parse_day(text: str | None, missing: str):
    """A date typed as dd/mm/yyyy (or yyyy-mm-dd); ``missing`` is the message when empty."""
    from datetime import datetime

    if not text:
        fail(missing)
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    fail(f"Ngày không hợp lệ: {text} (viết dd/mm/yyyy).")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cchc",
        description="Phần mềm Bộ phận Một cửa (tiếp nhận và trả kết quả hồ sơ).",
    )
    parser.add_argument(
        "--data-dir",
        help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng, hoặc biến CCHC_DATA_DIR)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        args = parser.parse_args([*args_list, "gui"])
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        sys.stderr.write(f"Lỗi: {exc}\n")
        return EXIT_USAGE
