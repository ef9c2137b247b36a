"""`print KIND --db PATH --dossier CODE --out FILE.pdf`: issue (or reprint) a paper as PDF.

KIND is one of receipt, supplement, refusal, apology, stop, control, ledger. The first
print of a paper gives it its number and archives the original in the data folder;
a later print of the same paper is a reprint and needs ``--reason`` (stamped
"BẢN IN LẠI", counted, audited: domain.md §2). The ledger takes ``--from`` and ``--to``
(dd/mm/yyyy or yyyy-mm-dd) instead of ``--dossier``; the same period again is a reprint.
The Mẫu 02 given at the counter (no dossier) is ``supplement --guidance ID``.
``--original`` writes the archived first print, unchanged, and records nothing.
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
    p.add_argument("--guidance",
                   help="supplement: số (hoặc mã) lần hướng dẫn bổ sung tại quầy, khi chưa "
                        "có hồ sơ")
    p.add_argument("--out", required=True, help="tệp PDF sẽ ghi")
    p.add_argument("--reason", default="", help="lý do in lại (bắt buộc khi in lại)")
    p.add_argument("--from", dest="date_from", help="sổ theo dõi: từ ngày (dd/mm/yyyy)")
    p.add_argument("--to", dest="date_to", help="sổ theo dõi: đến ngày (dd/mm/yyyy)")
    p.add_argument("--original", action="store_true",
                   help="ghi bản lưu của lần in đầu (không cấp số, không in lại)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import os
    import tempfile
    from datetime import datetime
    from pathlib import Path

    from cchc_desktop.cli import emit_json, fail, parse_day
    from cchc_desktop.domain.errors import DomainError
    from cchc_desktop.paths import AppPaths, resolve_paths
    from cchc_desktop.services.context import Services
    from cchc_desktop.services.documents import (
        DocumentService,
        describe,
        guidance_ref,
        ledger_ref,
    )
    from cchc_desktop.storage.db import open_database

    db_path = Path(args.db)
    if not db_path.is_file():
        fail(f"Không tìm thấy tệp cơ sở dữ liệu {db_path}.")
    guidance = (args.guidance or "").strip()
    if guidance and args.kind != "supplement":
        fail("--guidance chỉ dùng với supplement (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ).")
    if args.kind != "ledger" and not guidance and not (args.dossier or "").strip():
        fail("Phải ghi mã hồ sơ (--dossier) hoặc lần hướng dẫn tại quầy (--guidance).")
    paths = resolve_paths(args.data_dir) if args.data_dir else AppPaths(db_path.parent)
    paths.ensure()
    db = open_database(db_path)
    services = Services(paths, db)
    documents = DocumentService(services.dossiers, services.files)
    now = datetime.now().replace(microsecond=0)
    try:
        if args.kind == "ledger":
            start = parse_day(args.date_from, "Sổ theo dõi hồ sơ cần ngày đầu kỳ (--from, --to).")
            end = parse_day(args.date_to, "Sổ theo dõi hồ sơ cần ngày cuối kỳ (--from, --to).")
            if args.original:
                paper = _original(documents, documents.original_for_ref(ledger_ref(start, end)))
            else:
                paper = documents.issue_or_reprint_ledger(start, end, reason=args.reason,
                                                          user=None, now=now)
        elif guidance:
            guidance_id = documents.find_guidance(guidance)
            if args.original:
                paper = _original(documents,
                                  documents.original_for_ref(guidance_ref(guidance_id)))
            else:
                paper = documents.issue_or_reprint_guidance(guidance_id, reason=args.reason,
                                                            user=None, now=now)
        else:
            dossier_id = documents.find_dossier(args.dossier)
            if args.original:
                firsts = [r for r in documents.for_dossier(dossier_id)
                          if r.kind == args.kind and r.reprint_of is None and r.sha256]
                paper = _original(documents, firsts[0] if firsts else None)
            else:
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
    if args.original:
        message = "Đã ghi bản lưu của lần in đầu."
    else:
        message = "Đã in lại giấy tờ." if paper.row.reprint_no else "Đã cấp giấy tờ."
    emit_json({**describe(paper.row), "dossier": args.dossier, "out": str(out),
               "message": message})
    return 0


def _original(documents, row):
    """The archived first print of ``row`` (the paper was never printed: exit 2)."""
    from cchc_desktop.cli import fail
    from cchc_desktop.services.documents import IssuedPaper

    if row is None:
        fail("Giấy tờ này chưa được in lần nào, chưa có bản lưu.")
    return IssuedPaper(row, documents.reopen(row.id))
