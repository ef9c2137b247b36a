"""The scanner's output folder, watched: a newly scanned PDF/JPEG/PNG is offered to the form.

Office scanners usually save into a fixed folder. The officer chooses it once per
workstation (kept in ``<data>/scanner-folder.json``); files already there when the
watch starts are ignored, and a new file is announced only once its size has stopped
changing (the scanner may still be writing it).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

log = logging.getLogger(__name__)

SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")
SETTLE_MS = 400
FILE_NAME = "scanner-folder.json"


def load_scanner_folder(data_dir: Path) -> Path | None:
    try:
        raw = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    folder = raw.get("folder") if isinstance(raw, dict) else None
    return Path(folder) if isinstance(folder, str) and folder else None


def save_scanner_folder(data_dir: Path, folder: Path | None) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / FILE_NAME
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps({"folder": str(folder) if folder else ""}, ensure_ascii=False),
                   encoding="utf-8")
    tmp.replace(target)


class ScannerFolderWatcher(QObject):
    """Emits ``file_arrived(Path)`` once for each new scan file in the folder."""

    file_arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self._known: set[str] = set()
        self._sizes: dict[str, int] = {}
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.poll)

    def set_folder(self, folder: Path | None) -> bool:
        """Start watching ``folder`` (None stops); False if it is not a readable folder."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self.folder = None
        self._known.clear()
        self._sizes.clear()
        if folder is None:
            return True
        folder = Path(folder)
        if not folder.is_dir():
            return False
        self.folder = folder
        self._known = {p.name for p in self._candidates()}
        self._watcher.addPath(str(folder))
        return True

    def _candidates(self) -> list[Path]:
        if self.folder is None:
            return []
        try:
            return sorted(p for p in self.folder.iterdir()
                          if p.is_file() and p.suffix.lower() in SCAN_SUFFIXES)
        except OSError as exc:
            log.warning("cannot list the scanner folder %s: %s", self.folder, exc)
            return []

    def _on_watcher_directory_changed(self, _path: str) -> None:
        self._settle.start()

    def poll(self) -> None:
        """Announce new files whose size is stable since the previous look."""
        pending = False
        for path in self._candidates():
            if path.name in self._known:
                continue
            try:
                size = path.stat().st_size
            except OSError:
                continue
            if size == 0 or self._sizes.get(path.name) != size:
                self._sizes[path.name] = size
                pending = True
                continue
            self._known.add(path.name)
            self._sizes.pop(path.name, None)
            self.file_arrived.emit(path)
        if pending:
            self._settle.start()
