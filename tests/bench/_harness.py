"""Benchmark helpers: every benchmark prints one JSON line.

``{"name": ..., "value": ..., "unit": ..., "floor": ..., "ratio": ..., "goal": ...}``
where ``floor`` is the same work done by the bare library (the best we could hope
for) and ``ratio = value / floor``. ``goal`` is the figure an issue asks for, if any.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable


def report(name: str, value: float, unit: str, floor: float | None = None,
           goal: float | None = None, **extra) -> dict:
    ratio = (value / floor) if floor else None
    row = {
        "name": name,
        "value": round(value, 6),
        "unit": unit,
        "floor": None if floor is None else round(floor, 6),
        "ratio": None if ratio is None else round(ratio, 3),
        "goal": goal,
        **extra,
    }
    sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return row


def time_calls(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall times in seconds of ``repeat`` calls of ``fn``."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def bench_db(dossiers: int, *, now: str = "2026-11-20T10:00"):
    """A demo database with ``dossiers`` dossiers, built once and cached in the temp folder.

    Every benchmark that needs the 200,000-dossier office shares the same file
    (``/tmp/bench200k.sqlite3``); building it takes a few minutes.
    """
    import subprocess
    import tempfile
    from pathlib import Path

    name = f"bench{dossiers // 1000}k.sqlite3" if dossiers >= 1000 else f"bench{dossiers}.sqlite3"
    path = Path(tempfile.gettempdir()) / name
    done = path.with_suffix(".ready")
    if not done.exists():
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
        sys.stderr.write(f"# building {path} with {dossiers} dossiers (once)\n")
        subprocess.run(
            [sys.executable, "-m", "cchc_desktop", "demo", "--db", str(path), "--dossiers",
             str(dossiers), "--now", now],
            check=True, stdout=subprocess.DEVNULL,
        )
        done.write_text("ok")
    return path
