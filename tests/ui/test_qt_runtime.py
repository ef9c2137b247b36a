"""The Qt binding itself must survive a day of signals (PySide6 6.12.0 did not)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    bare = Signal()
    valued = Signal(object)


def test_emitting_signals_does_not_leak_or_steal_references(qapp):
    emitter = _Emitter()
    seen: list[object] = []
    emitter.bare.connect(lambda: seen.append(None))
    emitter.valued.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(3000):
        emitter.bare.emit()
        emitter.valued.emit(i)
    assert len(seen) == 6000
    # with the broken binding True loses one reference per emit and the program aborts
    assert abs(sys.getrefcount(True) - before) < 50
