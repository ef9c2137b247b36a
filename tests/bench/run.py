"""Run every benchmark (``make bench``): each ``bench_*.py`` here has ``main()``.

Usage: ``python tests/bench/run.py [NAME_SUBSTRING ...]``. Each benchmark runs in its
own process so that import and start-up costs are measured cold.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    wanted = argv[1:]
    scripts = sorted(HERE.glob("bench_*.py"))
    if wanted:
        scripts = [s for s in scripts if any(w in s.stem for w in wanted)]
    failures = 0
    for script in scripts:
        sys.stderr.write(f"# {script.stem}\n")
        proc = subprocess.run([sys.executable, str(script)], cwd=HERE.parent.parent)
        failures += proc.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
