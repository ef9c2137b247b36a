"""Start the desktop program (also the PyInstaller entry point); options as `python -m cchc_desktop`."""

import sys

from cchc_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
