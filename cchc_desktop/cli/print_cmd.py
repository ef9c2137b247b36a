"""`print KIND --db PATH --dossier CODE --out FILE.pdf`: issue (or reprint) a paper as PDF.

KIND is one of receipt, supplement, refusal, apology, stop, control, ledger. The first
print of a paper gives it its number and archives the original in the data folder;
a later print of the same paper is a reprint and needs ``--reason``. The ledger takes
``--from`` and ``--to`` (dd/mm/yyyy or yyyy-mm-dd) instead of ``--dossier``.
An unknown dossier, a missing reason or a paper that does not apply exits with status 2.
"""

from __future__ import annotations

import argparse

KINDS = ("receipt", "supplement", "refusal", "apology", "stop", "control", "ledger")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "print",
        help="in giấy tờ của hồ sơ ra tệp PDF (cấp số, lưu bản gốc; in lại phải có lý do)",
        description="Cấp và in giấy tờ của Bộ phận Một cửa ra tệp PDF.",
    )
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    p.add_argument("--db", required=True, help="tệp cơ sở dữ liệu SQLite")
    p.add_argument("--dossier", help="mã hồ sơ (không dùng cho sổ theo dõi)")
    p.add_argument("--out", required=True, help="tệp PDF sẽ ghi")
    p.add_argument("--reason", default="", help="lý do in lại (bắt buộc khi in lại)")
    p.add_argument("--from", dest="date_from", help="sổ theo dõi: từ ngày (dd/mm/yyyy)")
    p.add_argument("--to", dest="date_to", help="sổ theo dõi: đến ngày (dd/mm/yyyy)")
    p.set_defaults(func=run)


def _parse_date(text: str | None, label: str):
    from datetime import date, datetime

    from cchc_desktop.cli import fail

    if not text:
        fail(f"Sổ theo dõi hồ sơ cần {label} (--from, --to).")
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    fail(f"Ngày không hợp lệ: {text} (viết dd/mm/yyyy).")
    return date.min  # unreachable: fail() raises


def run(args: argparse.Namespace) -> int:
    import os
    import tempfile
    from datetime import datetime
    from pathlib import Path

    from cchc_desktop.cli import emit_json, fail
    from cchc_desktop.domain.errors import DomainError
    from cchc_desktop.paths import AppPaths, resolve_paths
    from cchc_desktop.services.context import Services
    from cchc_desktop.services.documents import DocumentService, describe
    from cchc_desktop.storage.db import open_database

    db_path = Path(args.db)
    if not db_path.is_file():
        fail(f"Không tìm thấy tệp cơ sở dữ liệu {db_path}.")
    if args.kind != "ledger" and not (args.dossier or "").strip():
        fail("Phải ghi mã hồ sơ (--dossier).")
    paths = resolve_paths(args.data_dir) if args.data_dir else AppPaths(db_path.parent)
    paths.ensure()
    db = open_database(db_path)
    services = Services(paths, db)
    documents = DocumentService(services.dossiers, services.files)
    now = datetime.now().replace(microsecond=0)
    try:
        if args.kind == "ledger":
            start = _parse_date(args.date_from, "ngày đầu kỳ")
            end = _parse_date(args.date_to, "ngày cuối kỳ")
            paper = documents.issue_ledger(start, end, user=None, now=now)
        else:
            dossier_id = documents.find_dossier(args.dossier)
            paper = documents.issue_or_reprint(args.kind, dossier_id, reason=args.reason,
                                               user=None, now=now)
    except DomainError as exc:
        fail(exc.message)
    finally:
        services.close()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".print-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(paper.pdf)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    emit_json({**describe(paper.row), "dossier": args.dossier, "out": str(out),
               "message": "Đã in lại giấy tờ." if paper.row.reprint_no else "Đã cấp giấy tờ."})
    return 0
