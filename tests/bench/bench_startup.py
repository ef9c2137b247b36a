"""Start-up: time from process start to the first paint of the main window.

Each run is a fresh process (cold imports), timed from just before the parent
spawns it to the moment the child sees the window's first paint event. The floor is
the same measure for a bare ``QMainWindow`` of the same size. The program opens its
database only after that first paint, so SQLAlchemy, migrations and the holiday
calendar must not show up in this figure.

**interactive**: from process start to the Hồ sơ list filled (count and first page
shown) on a 200,000-dossier database, the user having pressed Ctrl+2 as soon as the
window appeared. Its floor is the same bare ``QMainWindow`` start. The database is
generated once with the demo generator (several minutes) and cached in the system's
temporary folder; ``CCHC_BENCH_DOSSIERS`` changes the size.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import median, report

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7
DOSSIERS = int(os.environ.get("CCHC_BENCH_DOSSIERS", "200000"))

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


INTERACTIVE = r"""
import sys, time
from pathlib import Path
from cchc_desktop.app import GuiOptions, start_gui

session = start_gui(GuiOptions(data_dir=sys.argv[1], db_path=Path(sys.argv[2])))
window = session.window

def open_list():
    window.show_page("dossiers")  # the officer presses Ctrl+2 as soon as the window shows
    model = window.page("dossiers").model

    def filled():
        if model.rowCount() and model.list_row(0) is not None:
            print(time.time(), model.rowCount(), flush=True)
            session.app.quit()

    model.loaded.connect(filled)

window.first_painted.connect(open_list)
session.app.exec()
session.shutdown()
"""

GENERATE = r"""
import sys
from pathlib import Path
from cchc_desktop.paths import resolve_paths
from cchc_desktop.services.context import open_services

folder = Path(sys.argv[1])
services = open_services(resolve_paths(folder).ensure(), db_path=folder / "dossiers.sqlite3",
                         demo_if_empty=True, demo_dossiers=int(sys.argv[2]))
print(services.dossiers.count())
services.close()
"""


def run_child(code: str, *args: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; returns its stdout words and the start time."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=True)
    return [str(start), *proc.stdout.split()]


def elapsed(code: str, *args: str) -> float:
    words = run_child(code, *args)
    return float(words[1]) - float(words[0])


def dossier_database(count: int) -> Path:
    """A database with ``count`` demo dossiers, generated once and cached."""
    folder = Path(tempfile.gettempdir()) / "cchc-bench" / f"dossiers-{count}"
    done = folder / "complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        sys.stderr.write(f"# generating {count} demo dossiers in {folder} (once)\n")
        words = run_child(GENERATE, str(folder), str(count))
        assert int(words[1]) == count, words
        done.touch()
    return folder / "dossiers.sqlite3"


def main() -> None:
    bare, app = [], []
    for _ in range(RUNS):
        bare.append(elapsed(BARE))
        with tempfile.TemporaryDirectory(prefix="cchc-bench-") as data:
            app.append(elapsed(APP, data))
    floor = median(bare)
    report("startup.first_paint", median(app), "s", floor=floor, runs=RUNS,
           note="process start to the main window's first paint; floor: bare QMainWindow")

    database = dossier_database(DOSSIERS)
    filled = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory(prefix="cchc-bench-") as data:
            filled.append(elapsed(INTERACTIVE, data, str(database)))
    report("startup.interactive", median(filled), "s", floor=floor, runs=RUNS,
           dossiers=DOSSIERS,
           note="process start to the Hồ sơ list filled; floor: bare QMainWindow first paint")


if __name__ == "__main__":
    main()
