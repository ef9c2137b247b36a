"""Due-time computations per second on random reception instants and durations.

Floor: the same number of plain ``datetime + timedelta`` additions over the same
inputs (what calendar-blind arithmetic would cost). Goal: ≥ 200,000 computations
per second on one core (issue "The domain core").
"""

from __future__ import annotations

import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _harness import report

from cchc_desktop.domain.calendar import WorkingCalendar
from cchc_desktop.domain.deadlines import Duration, compute_due, remaining_working_time

N = 200_000
GOAL = 200_000


def inputs(n: int, seed: int = 20260101):
    rng = random.Random(seed)
    start = datetime(2024, 1, 1)
    span = int((datetime(2026, 12, 31) - start).total_seconds() // 60)
    durations = (
        [Duration.working_days(d) for d in (1, 2, 3, 5, 7, 10, 15, 20, 30)]
        + [Duration.working_hours(h) for h in (1, 2, 4, 8, 1.5)]
        + [Duration.calendar_days(d) for d in (3, 30)]
        + [Duration.same_day()]
    )
    received = [start + timedelta(minutes=rng.randrange(span)) for _ in range(n)]
    chosen = [rng.choice(durations) for _ in range(n)]
    deltas = [timedelta(days=d.amount) for d in chosen]
    return received, chosen, deltas


def main() -> None:
    received, chosen, deltas = inputs(N)
    calendar = WorkingCalendar()
    # warm the lazily built year tables (one-time cost, reported separately)
    t0 = time.perf_counter()
    for year in (2024, 2025, 2026, 2027):
        compute_due(calendar, datetime(year, 6, 1, 9), Duration.working_days(1))
    warm = time.perf_counter() - t0

    best = 0.0
    for _ in range(3):
        t0 = time.perf_counter()
        for r, d in zip(received, chosen, strict=True):
            compute_due(calendar, r, d)
        elapsed = time.perf_counter() - t0
        best = max(best, N / elapsed)

    floor = 0.0
    for _ in range(3):
        t0 = time.perf_counter()
        for r, delta in zip(received, deltas, strict=True):
            r + delta
        elapsed = time.perf_counter() - t0
        floor = max(floor, N / elapsed)

    report("deadline.compute_due", best, "computations/s", floor=floor, goal=GOAL,
           count=N, table_build_s=round(warm, 4))

    # The dossier list recomputes every visible row's remaining time on each tick.
    dues = [compute_due(calendar, r, d) for r, d in zip(received, chosen, strict=True)]
    nows = received[1:] + received[:1]
    best = 0.0
    for _ in range(3):
        t0 = time.perf_counter()
        for now, due in zip(nows, dues, strict=True):
            remaining_working_time(calendar, now, due)
        elapsed = time.perf_counter() - t0
        best = max(best, N / elapsed)
    floor = 0.0
    for _ in range(3):
        t0 = time.perf_counter()
        for now, due in zip(nows, dues, strict=True):
            due - now
        elapsed = time.perf_counter() - t0
        floor = max(floor, N / elapsed)
    report("deadline.remaining_working_time", best, "computations/s", floor=floor, count=N)


if __name__ == "__main__":
    main()
