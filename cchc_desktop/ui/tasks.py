"""The one task runner: nothing slow runs on the UI thread.

Two lanes:

- the **database lane**, a single worker thread, because SQLite has one writer and
  a SQLAlchemy session must stay on the thread that opened it;
- the **parallel lane**, a small pool for network and PDF work.

Workers receive and return plain values (ids, dataclasses), never widgets or ORM
objects. The result (or the exception) comes back on the UI thread through a Qt
signal, where ``on_done`` / ``on_error`` run. ``InlineTaskRunner`` has the same
interface and runs everything at once, for tests.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class TaskRunner(Protocol):
    """What the UI needs from a runner; both implementations below provide it."""

    def run_db(self, fn: Callable[..., Any], *args: Any, on_done: DoneCallback | None = None,
               on_error: ErrorCallback | None = None) -> Future: ...

    def run_io(self, fn: Callable[..., Any], *args: Any, on_done: DoneCallback | None = None,
               on_error: ErrorCallback | None = None) -> Future: ...

    def shutdown(self, wait: bool = True) -> None: ...


def _report_unhandled(exc: BaseException) -> None:
    """A task failed and nobody asked to hear about it: let the crash handler see it."""
    import sys

    sys.excepthook(type(exc), exc, exc.__traceback__)


class _Relay(QObject):
    """Lives on the UI thread; a queued signal carries callbacks back to it."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._on_deliver)

    @Slot(object)
    def _on_deliver(self, callback: Callable[[], None]) -> None:
        callback()


class ThreadTaskRunner:
    """Real runner: one database thread, a pool for network and PDF work."""

    def __init__(self, io_workers: int = 4) -> None:
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cchc-db")
        self._io = ThreadPoolExecutor(max_workers=io_workers, thread_name_prefix="cchc-io")
        self._relay = _Relay()
        self._closed = threading.Event()

    def run_db(self, fn: Callable[..., Any], *args: Any, on_done: DoneCallback | None = None,
               on_error: ErrorCallback | None = None) -> Future:
        return self._submit(self._db, fn, args, on_done, on_error)

    def run_io(self, fn: Callable[..., Any], *args: Any, on_done: DoneCallback | None = None,
               on_error: ErrorCallback | None = None) -> Future:
        return self._submit(self._io, fn, args, on_done, on_error)

    def _submit(self, pool: ThreadPoolExecutor, fn: Callable[..., Any], args: tuple,
                on_done: DoneCallback | None, on_error: ErrorCallback | None) -> Future:
        if self._closed.is_set():
            # The program is closing: late requests (a repaint, a timer) are dropped.
            log.debug("Task %s dropped after shutdown", getattr(fn, "__name__", fn))
            future: Future = Future()
            future.cancel()
            return future
        future = pool.submit(fn, *args)
        future.add_done_callback(lambda f: self._back_to_ui(f, on_done, on_error))
        return future

    def _back_to_ui(self, future: Future, on_done: DoneCallback | None,
                    on_error: ErrorCallback | None) -> None:
        # Runs on the worker thread: only hand a closure to the relay.
        if self._closed.is_set() or future.cancelled():
            return
        exc = future.exception()
        if exc is None:
            result = future.result()
            if on_done is not None:
                self._relay.deliver.emit(lambda: on_done(result))
            return
        if on_error is not None:
            self._relay.deliver.emit(lambda: on_error(exc))
        else:
            log.error("Unhandled task error", exc_info=exc)
            self._relay.deliver.emit(lambda: _report_unhandled(exc))

    def shutdown(self, wait: bool = True) -> None:
        """Stop delivering results; finish (or drop, if not ``wait``) queued work."""
        self._closed.set()
        self._db.shutdown(wait=wait, cancel_futures=not wait)
        self._io.shutdown(wait=wait, cancel_futures=not wait)


class InlineTaskRunner:
    """Test runner: same interface, runs the work and the callback at once."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def run_db(self, fn: Callable[..., Any], *args: Any, on_done: DoneCallback | None = None,
               on_error: ErrorCallback | None = None) -> Future:
        self.calls.append("db")
        return self._run(fn, args, on_done, on_error)

    def run_io(self, fn: Callable[..., Any], *args: Any, on_done: DoneCallback | None = None,
               on_error: ErrorCallback | None = None) -> Future:
        self.calls.append("io")
        return self._run(fn, args, on_done, on_error)

    @staticmethod
    def _run(fn: Callable[..., Any], args: tuple, on_done: DoneCallback | None,
             on_error: ErrorCallback | None) -> Future:
        future: Future = Future()
        try:
            result = fn(*args)
        except Exception as exc:
            future.set_exception(exc)
            if on_error is None:
                raise
            on_error(exc)
            return future
        future.set_result(result)
        if on_done is not None:
            on_done(result)
        return future

    def shutdown(self, wait: bool = True) -> None:
        """Nothing runs in the background."""
