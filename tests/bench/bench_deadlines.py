"""Deadline watch on the 200,000-dossier office: one live-timer tick and the tile counts.

- ``timer_tick_40_rows``: one tick of the dossier list's live timers with ~40 rows on
  screen (the rows a view painted), the list showing open dossiers by due time. Floor:
  ``timer_for`` called on the same 40 rows (the bare computation, no model). Goal 5 ms.
  The same tick is measured on an 800-dossier office: its cost must not grow with the
  database.
- ``due_overview``: the six tile counts. Floor: one indexed SQL count (the overdue
  tile) with the bare ``sqlite3`` module. Goal 50 ms.
- ``due_list_at_risk``: the at-risk tile's list (up to 500 rows with their timers), as
  the page loads it in the database lane (reported, no goal).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _harness import bench_db, median, report, time_calls

N = 200_000
NOW = datetime(2026, 11, 20, 10, 0)  # the demo database's "now" (a Friday, working time)
VISIBLE = 40
SMALL = 800  # a small office (about 60 open dossiers): the tick must cost the same
_APP = None


def open_copy(source: Path, work: Path):
    from cchc_desktop.paths import AppPaths
    from cchc_desktop.services.context import Services
    from cchc_desktop.storage.db import open_database

    work.mkdir(parents=True, exist_ok=True)
    path = work / source.name
    shutil.copy(source, path)
    return Services(AppPaths(work / "data").ensure(), open_database(path), clock=lambda: NOW)


def tick_times(services, repeat: int = 200) -> tuple[list[float], int, list]:
    """Time ``repeat`` ticks; before each, a paint asks for the visible rows (untimed)."""
    from PySide6.QtCore import Qt

    from cchc_desktop.ui.models.dossier_table import (
        OPEN_STATUSES,
        DossierTableModel,
        ListQuery,
    )
    from cchc_desktop.ui.tasks import InlineTaskRunner

    model = DossierTableModel(InlineTaskRunner(), clock=lambda: NOW)
    model.set_services(services)
    model.timer.stop()
    model.set_query(ListQuery(statuses=OPEN_STATUSES, order="due_asc"))
    start = max(0, model.rowCount() // 2 - VISIBLE)  # the middle of the list: mixed states
    end = min(model.rowCount(), start + VISIBLE)

    def paint() -> None:
        for r in range(start, end):
            for column in range(model.columnCount()):
                model.data(model.index(r, column), Qt.ItemDataRole.DisplayRole)

    times, ticked = [], 0
    for _ in range(repeat):
        paint()
        t = time_calls(model.tick, 1)[0]
        times.append(t)
        ticked = len(model._seen) or ticked
    paint()
    ticked = len(model.tick())
    rows = [model.list_row(r).row for r in range(start, end)]
    return times, ticked, rows


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.services.deadlines import OPEN_STATUSES, due_list, due_overview, timer_for
    from cchc_desktop.services.demo import install_demo
    from cchc_desktop.storage.db import open_database
    from cchc_desktop.ui.models.dossier_table import warning_window

    global _APP
    _APP = QApplication.instance() or QApplication([])  # models need one, alive to the end
    source = bench_db(N)
    work = Path(tempfile.mkdtemp(prefix="cchc-bench-deadlines-"))
    try:
        services = open_copy(source, work)
        times, ticked, rows = tick_times(services)
        calendar, warning = services.calendar, warning_window(services)

        def bare() -> None:
            for r in rows:
                timer_for(calendar, status=r.status, due_at=r.due_at, paused=r.paused,
                          received_at=r.received_at, now=NOW, warning=warning)

        floor = median(time_calls(bare, 200))
        report("timer_tick_40_rows", median(times) * 1000, "ms", floor=floor * 1000, goal=5,
               rows_recomputed=ticked, dossiers=N)

        small_dir = work / "small"
        small_dir.mkdir()
        small_db = open_database(small_dir / "small.sqlite3")
        install_demo(small_db, dossiers=SMALL, now=NOW)
        small_db.close()
        small = open_copy(small_dir / "small.sqlite3", work / "small-copy")
        small_times, small_ticked, _ = tick_times(small)
        report("timer_tick_40_rows_small_office", median(small_times) * 1000, "ms",
               floor=floor * 1000, goal=5, rows_recomputed=small_ticked, dossiers=SMALL)
        small.close()

        overview = due_overview(services.db, calendar, NOW, warning)
        times = time_calls(lambda: due_overview(services.db, calendar, NOW, warning), 30)
        placeholders = ",".join("?" * len(OPEN_STATUSES))
        raw = sqlite3.connect(services.db.path)
        sql = (f"SELECT count(id) FROM dossiers WHERE status IN ({placeholders}) "
               "AND paused = 0 AND due_at < ?")
        args = (*OPEN_STATUSES, NOW.isoformat(sep=" "))
        raw.execute(sql, args).fetchone()
        raw_floor = time_calls(lambda: raw.execute(sql, args).fetchone(), 30)
        report("due_overview", median(times) * 1000, "ms", floor=median(raw_floor) * 1000,
               goal=50, dossiers=N, open_total=overview.open_total, overdue=overview.overdue,
               at_risk=overview.at_risk)
        raw.close()

        times = time_calls(lambda: due_list(services.db, calendar, "at_risk", NOW, warning), 10)
        report("due_list_at_risk", median(times) * 1000, "ms", dossiers=N,
               rows=len(due_list(services.db, calendar, "at_risk", NOW, warning)))
        services.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
