"""The task runner: one database thread, a parallel lane, results back on the UI thread."""

from __future__ import annotations

import sys
import threading

import pytest

from cchc_desktop.ui.tasks import InlineTaskRunner, ThreadTaskRunner


@pytest.fixture
def runner(qapp):
    tasks = ThreadTaskRunner(io_workers=2)
    yield tasks
    tasks.shutdown(wait=True)


def test_db_lane_runs_off_the_ui_thread_and_answers_on_it(qtbot, runner):
    ui_thread = threading.get_ident()
    seen = {}

    def work(x):
        seen["worker"] = threading.get_ident()
        return x * 2

    def done(result):
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    runner.run_db(work, 21, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] != ui_thread
    assert seen["callback"] == ui_thread


def test_db_lane_is_one_thread_in_submission_order(qtbot, runner):
    threads, order = set(), []

    def work(i):
        threads.add(threading.get_ident())
        order.append(i)
        return i

    results = []
    for i in range(20):
        runner.run_db(work, i, on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 20, timeout=5000)
    assert len(threads) == 1
    assert order == list(range(20))
    assert results == list(range(20))


def test_io_lane_runs_in_parallel(qtbot, runner):
    # Both tasks must be inside the barrier at once, or it breaks after the timeout.
    barrier = threading.Barrier(2, timeout=5)
    results = []
    runner.run_io(barrier.wait, on_done=results.append)
    runner.run_io(barrier.wait, on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=6000)
    assert sorted(results) == [0, 1]


def test_errors_reach_on_error_on_the_ui_thread(qtbot, runner):
    ui_thread = threading.get_ident()
    errors = []

    def fail():
        raise ValueError("hỏng")

    runner.run_db(fail, on_error=lambda exc: errors.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    exc, thread = errors[0]
    assert isinstance(exc, ValueError) and str(exc) == "hỏng"
    assert thread == ui_thread


def test_unhandled_task_error_goes_to_the_crash_hook(qtbot, runner, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: seen.append(v))

    def fail():
        raise RuntimeError("không ai xử lý")

    runner.run_io(fail)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert str(seen[0]) == "không ai xử lý"


def test_no_callbacks_after_shutdown(qtbot, qapp):
    tasks = ThreadTaskRunner()
    gate = threading.Event()
    delivered = []
    tasks.run_db(gate.wait, 5, on_done=delivered.append)
    gate.set()
    tasks.shutdown(wait=True)
    qapp.processEvents()
    assert delivered == []
    late = tasks.run_db(lambda: 1, on_done=delivered.append)  # e.g. a repaint while closing
    assert late.cancelled()
    qapp.processEvents()
    assert delivered == []


def test_inline_runner_has_the_same_contract():
    tasks = InlineTaskRunner()
    out, errors = [], []
    tasks.run_db(lambda a, b: a + b, 2, 3, on_done=out.append)
    tasks.run_io(lambda: 1 / 0, on_error=errors.append)
    assert out == [5]
    assert isinstance(errors[0], ZeroDivisionError)
    assert tasks.calls == ["db", "io"]
    with pytest.raises(ZeroDivisionError):
        tasks.run_db(lambda: 1 / 0)
