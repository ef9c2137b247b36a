"""Build the desktop program: ``python installer/build.py [--nsis]``.

1. compiles ``translations/*.ts`` into ``.qm`` (pyside6-lrelease);
2. runs PyInstaller with ``installer/cchc.spec`` into ``dist/cchc/`` (one folder);
3. with ``--nsis`` (on Windows, with NSIS installed) wraps that folder into
   ``dist/cchc-setup-<version>.exe`` using ``installer/cchc.nsi``.

The frozen program keeps its data where ``cchc_desktop.paths`` says (the user's data
folder, or ``data`` beside the executable when ``portable.txt`` is there), never in
the installation folder.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    for candidate in (BIN / name, BIN / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found")
    return found


def compile_translations() -> None:
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def freeze() -> Path:
    subprocess.run([tool("pyinstaller"), "--noconfirm", "--clean",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
                    str(ROOT / "installer" / "cchc.spec")], check=True, cwd=ROOT)
    return ROOT / "dist" / "cchc"


def wrap_nsis(folder: Path) -> Path:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    out = ROOT / "dist" / f"cchc-setup-{version}.exe"
    subprocess.run([tool("makensis"), f"/DVERSION={version}", f"/DSOURCE={folder}",
                    f"/DOUTFILE={out}", str(ROOT / "installer" / "cchc.nsi")], check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nsis", action="store_true", help="also build the Windows installer")
    args = parser.parse_args(argv)
    compile_translations()
    folder = freeze()
    print(folder)
    if args.nsis:
        print(wrap_nsis(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
