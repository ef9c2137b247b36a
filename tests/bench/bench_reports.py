"""The periodic report on the 200,000-dossier office (``services.reports``).

- ``report_month_current``: this month's report (Biểu 06 per sector and procedure, the
  apology letters, the QĐ 766 indicators) as the page computes it in the database lane,
  on the demo's "now" (20/11/2026: the month is running, its in-progress figures are as
  of now). Goal 1000 ms ("well under a second"). Floor: one bare ``sqlite3`` scan of the
  dossiers table (the report must look at every dossier that might have finished in the
  period, and ``resolved_at`` has no index).
- ``report_month_previous``: the whole previous month (in progress as it stood at its
  end, which reads the history of the dossiers changed since). Same goal and floor.
- ``report_year``: the previous calendar year (reported, no goal).
- ``report_pdf`` / ``report_xlsx``: the files of the current month (reported, no goal).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _harness import bench_db, median, report, time_calls

N = 200_000
NOW = datetime(2026, 11, 20, 10, 0)  # the demo database's "now"
GOAL_MS = 1000


def main() -> None:
    from cchc_desktop.paths import AppPaths
    from cchc_desktop.services.context import Services
    from cchc_desktop.services.reports import ReportPeriod, ReportService
    from cchc_desktop.storage.db import open_database

    source = bench_db(N)
    work = Path(tempfile.mkdtemp(prefix="cchc-bench-reports-"))
    try:
        path = work / source.name
        shutil.copy(source, path)
        services = Services(AppPaths(work / "data").ensure(), open_database(path),
                            clock=lambda: NOW)
        reports = ReportService(services.dossiers)

        raw = sqlite3.connect(path)
        scan = "SELECT count(*) FROM dossiers WHERE coalesce(resolved_at, returned_at) >= ?"
        args = ("2026-10-01 00:00:00",)
        raw.execute(scan, args).fetchone()
        floor = median(time_calls(lambda: raw.execute(scan, args).fetchone(), 5)) * 1000
        raw.close()

        for name, period, goal in (
            ("report_month_current", ReportPeriod.month(2026, 11), GOAL_MS),
            ("report_month_previous", ReportPeriod.month(2026, 10), GOAL_MS),
            ("report_year", ReportPeriod.year(2025), None),
        ):
            built = reports.build(period, user=None, now=NOW)  # warm the page cache
            times = time_calls(lambda p=period: reports.build(p, user=None, now=NOW), 5)
            total = built.total
            report(name, median(times) * 1000, "ms", floor=floor if goal else None, goal=goal,
                   dossiers=N, period=built.period_label, received=total.received,
                   resolved=total.resolved, in_progress=total.in_progress,
                   rows=len(built.rows))

        current = reports.build(ReportPeriod.month(2026, 11), user=None, now=NOW)
        pdf_times = time_calls(lambda: ReportService.pdf(current), 3)
        report("report_pdf", median(pdf_times) * 1000, "ms", rows=len(current.rows),
               bytes=len(ReportService.pdf(current)))
        xlsx_times = time_calls(lambda: ReportService.xlsx(current), 3)
        report("report_xlsx", median(xlsx_times) * 1000, "ms", rows=len(current.rows),
               bytes=len(ReportService.xlsx(current)))
        services.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
