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
