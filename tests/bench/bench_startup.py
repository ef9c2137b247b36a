"""Start-up: time from process start to the first paint of the main window.

Each run is a fresh process (cold imports), timed from just before the parent
spawns it to the moment the child sees the window's first paint event. The floor is
the same measure for a bare ``QMainWindow`` of the same size. The program opens its
database only after that first paint, so SQLAlchemy, migrations and the holiday
calendar must not show up in this figure.

The 'interactive' figure (the dossier list filled, on a 200,000-dossier database)
joins once the dossier list page exists.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import median, report

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 760)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            app.quit()
        return False

watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""

APP = r"""
import sys, time
from cchc_desktop.app import GuiOptions, start_gui

session = start_gui(GuiOptions(data_dir=sys.argv[1]))

def painted():
    print(time.time(), flush=True)
    session.app.quit()

session.window.first_painted.connect(painted)
session.app.exec()
session.shutdown()
"""


def first_paint(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    return float(proc.stdout.split()[0]) - start


def main() -> None:
    bare, app = [], []
    for _ in range(RUNS):
        bare.append(first_paint(BARE))
        with tempfile.TemporaryDirectory(prefix="cchc-bench-") as data:
            app.append(first_paint(APP, data))
    report("startup.first_paint", median(app), "s", floor=median(bare), runs=RUNS,
           note="process start to the main window's first paint; floor: bare QMainWindow")


if __name__ == "__main__":
    main()
