"""Start the desktop program; also the PyInstaller entry point (same options as the CLI)."""

import sys

from cchc_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
