"""Counter work on a 200,000-dossier database (issue "Counter work", Done means).

- search by name: p95 ≤ 30 ms (floor: the raw SQLite FTS query with sqlite3);
- opening the list (count + first page): ≤ 300 ms (floor: the raw SQLite queries);
- saving one dossier with its history, audit and outbox: median ≤ 20 ms.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from _harness import bench_db, median, p95, report, time_calls

from cchc_desktop.domain.text import fold
from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import GIVEN_F, GIVEN_M, SURNAMES
from cchc_desktop.services.dossiers import (
    ApplicantInput,
    ComponentInput,
    DossierFilter,
    IntakeInput,
    fts_query,
)
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage.db import open_database

N = 200_000
LIST_COLUMNS = ("id, code, applicant_name, procedure_code, procedure_name, received_at, due_at,"
                " status, paused, extended, resolved_at, returned_at, handling_unit")


def main() -> None:
    source = bench_db(N)
    work = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    path = work / "bench.sqlite3"
    shutil.copy(source, path)
    paths = AppPaths(work / "data").ensure()
    services = Services(paths, open_database(path))
    rng = random.Random(7)
    names = [f"{rng.choice(SURNAMES)} {rng.choice(GIVEN_M + GIVEN_F)}" for _ in range(200)]

    # ---- search by name (diacritic-insensitive), as the list's search box does it
    def search(name: str) -> None:
        f = DossierFilter(text=name)
        services.dossiers.count(f)
        services.dossiers.page(f, limit=200)

    for name in names[:10]:  # warm the page cache like a program that has been open a while
        search(name)
    times = [time_calls(lambda n=n: search(n), 1)[0] for n in names]
    raw = sqlite3.connect(path)

    def raw_search(name: str) -> None:
        q = fts_query(name)
        raw.execute("SELECT count(*) FROM dossiers WHERE id IN "
                    "(SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?)",
                    (q,)).fetchone()
        raw.execute(f"SELECT {LIST_COLUMNS} FROM dossiers WHERE id IN "
                    "(SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?) "
                    "ORDER BY received_at DESC, id DESC LIMIT 200", (q,)).fetchall()

    floor = [time_calls(lambda n=n: raw_search(fold(n)), 1)[0] for n in names]
    report("search_by_name_p95", p95(times) * 1000, "ms", floor=p95(floor) * 1000, goal=30,
           dossiers=N)

    # ---- opening the list: the count and the first page, newest first
    def open_list() -> None:
        services.dossiers.count(DossierFilter())
        services.dossiers.page(DossierFilter(), limit=200)

    def raw_open() -> None:
        raw.execute("SELECT count(*) FROM dossiers").fetchone()
        raw.execute(f"SELECT {LIST_COLUMNS} FROM dossiers "
                    "ORDER BY received_at DESC, id DESC LIMIT 200").fetchall()

    open_list()
    report("open_list_median", median(time_calls(open_list, 20)) * 1000, "ms",
           floor=median(time_calls(raw_open, 20)) * 1000, goal=300, dossiers=N)

    # ---- saving one dossier (row, components, history, audit, outbox in one transaction)
    officer = authenticate(services.db, "canbo", "canbo123", now=datetime(2026, 11, 20, 9, 0))
    proc = services.dossiers.intake_procedure("1.004873")
    intake = IntakeInput(
        procedure_code=proc.code,
        applicant=ApplicantInput(name="Phạm Thị Thu Trang", id_number="068195012345",
                                 sex="Nữ", phone="0912345678"),
        components=tuple(ComponentInput(c.id, originals=1) for c in proc.components),
    )
    start = datetime(2026, 11, 23, 8, 0)
    counter = iter(range(10_000))

    def save() -> None:
        services.dossiers.accept(intake, user=officer,
                                 now=start + timedelta(minutes=next(counter)))

    save()
    report("save_dossier_median", median(time_calls(save, 50)) * 1000, "ms", goal=20,
           dossiers=N)
    services.close()
    raw.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
