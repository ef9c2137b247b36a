"""Where the program keeps its files, resolved once at start-up.

Order of precedence for the data folder: ``--data-dir`` on the command line, then
the ``CCHC_DATA_DIR`` environment variable, then portable mode (a ``data`` folder
beside the executable when a file ``portable.txt`` sits there), then the platform's
user data folder (platformdirs: ``~/.local/share/cchc`` on Linux,
``%LOCALAPPDATA%\\cchc`` on Windows).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "cchc"
ENV_DATA_DIR = "CCHC_DATA_DIR"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (source tree, or PyInstaller's unpack folder)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@dataclass(frozen=True)
class AppPaths:
    """The folders of one installation; ``ensure()`` creates them."""

    data: Path

    @property
    def database(self) -> Path:
        return self.data / "cchc.sqlite3"

    @property
    def logs(self) -> Path:
        return self.data / "logs"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def outbox(self) -> Path:
        return self.data / "outbox"

    @property
    def files(self) -> Path:
        """Content-addressed store of scanned files and issued documents."""
        return self.data / "files"

    @property
    def settings_file(self) -> Path:
        return self.data / "settings.json"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.logs, self.backups, self.outbox, self.files):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Resolve the data folder (see the module docstring for the order)."""
    if data_dir:
        return AppPaths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return AppPaths(Path(env).expanduser().resolve())
    exe_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False) and (exe_dir / "portable.txt").exists():
        return AppPaths(exe_dir / "data")
    import platformdirs

    return AppPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
