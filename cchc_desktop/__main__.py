"""`python -m cchc_desktop [SUBCOMMAND]`: the GUI by default, tools as sub-commands."""

from __future__ import annotations

import sys

from cchc_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
