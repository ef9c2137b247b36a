"""Start the desktop program: ``python main.py`` (the PyInstaller entry point)."""

import sys

from cchc_desktop.app import GuiOptions, run_gui

if __name__ == "__main__":
    sys.exit(run_gui(GuiOptions(), sys.argv))
