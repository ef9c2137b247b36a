"""`catalogue import|export --db PATH FILE`: the procedure catalogue as cchc-catalogue/1 JSON.

``import`` validates the whole file first and writes all or nothing; a bad file exits
with status 2 and a Vietnamese message naming the line and the reason.
``export`` writes the whole stored catalogue (inactive procedures too); ``-`` as FILE
means standard input / output.
"""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "catalogue",
        help="nhập, xuất danh mục thủ tục hành chính (tệp JSON cchc-catalogue/1)",
        description="Nhập hoặc xuất danh mục thủ tục hành chính dạng JSON (cchc-catalogue/1).",
    )
    actions = p.add_subparsers(dest="catalogue_action", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import", help="nhập danh mục từ tệp JSON (kiểm tra toàn bộ tệp trước khi ghi)"
    )
    imp.add_argument("--db", required=True, help="tệp cơ sở dữ liệu SQLite")
    imp.add_argument("file", metavar="FILE", help="tệp JSON cần nhập (- là đầu vào chuẩn)")
    imp.set_defaults(func=run_import)
    exp = actions.add_parser("export", help="xuất toàn bộ danh mục ra tệp JSON")
    exp.add_argument("--db", required=True, help="tệp cơ sở dữ liệu SQLite")
    exp.add_argument("file", metavar="FILE", help="tệp JSON sẽ ghi (- là đầu ra chuẩn)")
    exp.set_defaults(func=run_export)


def _read_text(name: str) -> str:
    import sys
    from pathlib import Path

    from cchc_desktop.cli import fail

    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        fail(f"Không đọc được tệp {name}: {exc.strerror or exc}.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        fail(f"Tệp {name} không phải văn bản UTF-8 (byte thứ {exc.start + 1}); "
             "hãy lưu lại tệp với mã hóa UTF-8.")


def run_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cchc_desktop.cli import emit_json, fail
    from cchc_desktop.domain.errors import DomainError
    from cchc_desktop.services.catalogue import import_catalogue
    from cchc_desktop.storage.db import open_database

    text = _read_text(args.file)
    db = open_database(Path(args.db))
    try:
        result = import_catalogue(db, text)
    except DomainError as exc:
        fail(f"Tệp {args.file} bị từ chối. {exc.message}")
    finally:
        db.close()
    emit_json({
        "db": str(args.db), "file": args.file, "total": result.total,
        "created": result.created, "updated": result.updated,
        "unchanged": result.unchanged, "kept": result.kept, "message": result.summary_vi(),
    })
    return 0


def run_export(args: argparse.Namespace) -> int:
    import json
    import os
    import sys
    import tempfile
    from pathlib import Path

    from cchc_desktop.cli import emit_json, fail
    from cchc_desktop.services.catalogue import export_catalogue
    from cchc_desktop.storage.db import open_database

    db_path = Path(args.db)
    if not db_path.is_file():
        fail(f"Không tìm thấy tệp cơ sở dữ liệu {args.db}.")
    db = open_database(db_path)
    try:
        text = export_catalogue(db)
    finally:
        db.close()
    count = len(json.loads(text)["procedures"])
    if args.file == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    target = Path(args.file)
    tmp = None
    try:
        # Write beside the target and rename, so a failed export never leaves half a file.
        fd, tmp = tempfile.mkstemp(prefix=".catalogue-", suffix=".json", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        fail(f"Không ghi được tệp {args.file}: {exc.strerror or exc}.")
    emit_json({"db": str(args.db), "file": str(target), "procedures": count})
    return 0
