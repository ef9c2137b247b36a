"""`report --db PATH (--month YYYY-MM | --quarter YYYY-Q | --year YYYY | --from D --to D)
--out FILE.pdf|FILE.xlsx`: the office's periodic report (Biểu 06/VPCP/KSTT, apology letters,
QĐ 766 indicators; domain.md §8) as PDF or Excel, for supervisors and scheduled scripts.

Prints one JSON object with the period and its totals. A bad period or an unknown file type
exits with status 2 and a Vietnamese message; nothing is written then.
"""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "report",
        help="báo cáo định kỳ (Biểu 06/VPCP/KSTT, phiếu xin lỗi, chỉ số 766) ra PDF hoặc Excel",
        description="Lập báo cáo tình hình giải quyết hồ sơ của một kỳ, ghi ra PDF hoặc Excel.",
    )
    p.add_argument("--db", required=True, help="tệp cơ sở dữ liệu SQLite")
    period = p.add_mutually_exclusive_group(required=True)
    period.add_argument("--month", help="tháng, dạng 2026-11 hoặc 11/2026")
    period.add_argument("--quarter", help="quý, dạng 2026-4 hoặc 4/2026")
    period.add_argument("--year", type=int, help="năm, ví dụ 2026")
    period.add_argument("--from", dest="date_from", help="từ ngày (dd/mm/yyyy), cùng --to")
    p.add_argument("--to", dest="date_to", help="đến ngày (dd/mm/yyyy)")
    p.add_argument("--out", required=True, help="tệp .pdf hoặc .xlsx sẽ ghi")
    p.set_defaults(func=run)


def _pair(text: str, what: str) -> tuple[int, int]:
    """"2026-11", "11/2026" → (2026, 11)."""
    from cchc_desktop.cli import fail

    text = text.strip()
    try:
        if "/" in text:
            part, year = text.split("/", 1)
        else:
            year, part = text.split("-", 1)
        return int(year), int(part)
    except ValueError:
        fail(f"{what} không hợp lệ: {text}.")


def _period(args: argparse.Namespace):
    from cchc_desktop.cli import fail, parse_day
    from cchc_desktop.services.reports import ReportPeriod

    if args.month:
        year, month = _pair(args.month, "Tháng")
        if not 1 <= month <= 12:
            fail(f"Tháng phải từ 1 đến 12: {args.month}.")
        return ReportPeriod.month(year, month)
    if args.quarter:
        year, quarter = _pair(args.quarter, "Quý")
        return ReportPeriod.quarter(year, quarter)
    if args.year is not None:
        return ReportPeriod.year(args.year)
    return ReportPeriod.custom(
        parse_day(args.date_from, "Kỳ tự chọn cần ngày đầu kỳ (--from và --to)."),
        parse_day(args.date_to, "Kỳ tự chọn cần ngày cuối kỳ (--from và --to)."))


def run(args: argparse.Namespace) -> int:
    import os
    import tempfile
    from datetime import datetime
    from pathlib import Path

    from cchc_desktop.cli import emit_json, fail
    from cchc_desktop.domain.errors import DomainError
    from cchc_desktop.paths import AppPaths, resolve_paths
    from cchc_desktop.services.context import Services
    from cchc_desktop.services.reports import ReportService
    from cchc_desktop.storage.db import open_database

    db_path = Path(args.db)
    if not db_path.is_file():
        fail(f"Không tìm thấy tệp cơ sở dữ liệu {db_path}.")
    out = Path(args.out)
    kind = out.suffix.lower()
    if kind not in (".pdf", ".xlsx"):
        fail("Tệp kết quả phải có đuôi .pdf hoặc .xlsx.")
    if args.date_to and not args.date_from:
        fail("--to chỉ dùng cùng --from.")
    try:
        period = _period(args).validate()
    except DomainError as exc:
        fail(exc.message)
    paths = resolve_paths(args.data_dir) if args.data_dir else AppPaths(db_path.parent)
    services = Services(paths, open_database(db_path))
    try:
        report = ReportService(services.dossiers).build(
            period, user=None, now=datetime.now().replace(microsecond=0))
    except DomainError as exc:
        fail(exc.message)
    finally:
        services.close()
    content = ReportService.pdf(report) if kind == ".pdf" else ReportService.xlsx(report)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".report-", suffix=kind)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    total = report.total
    emit_json({
        "out": str(out), "period": report.period_label,
        "from": report.start.isoformat(), "to": report.end.isoformat(),
        "received": total.received, "resolved": total.resolved,
        "early": total.early, "on_time": total.on_time, "late": total.late,
        "in_progress": total.in_progress, "overdue": total.overdue,
        "apologies": len(report.apologies),
        "apologies_late": sum(1 for a in report.apologies if a.late_issue),
    })
    return 0
