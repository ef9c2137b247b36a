"""Interface preferences of this workstation (for now: the language), kept as JSON.

A small typed object with a version number, stored in ``<data>/ui-preferences.json``.
Window geometry lives in QSettings; office-wide settings belong to the services.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from pathlib import Path

log = logging.getLogger(__name__)

PREFERENCES_VERSION = 1
FILE_NAME = "ui-preferences.json"


@dataclass(frozen=True)
class UiPreferences:
    language: str = "vi"
    version: int = PREFERENCES_VERSION

    def with_language(self, language: str) -> UiPreferences:
        return replace(self, language=language)


def preferences_file(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def load_preferences(path: Path) -> UiPreferences:
    """Read the file; a missing or damaged file gives the defaults (and a log line)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return UiPreferences()
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable preferences %s: %s", path, exc)
        return UiPreferences()
    if not isinstance(raw, dict):
        return UiPreferences()
    # Version 1 is the first; later versions add a migration step here.
    language = raw.get("language")
    return UiPreferences(language=language if isinstance(language, str) else "vi")


def save_preferences(path: Path, prefs: UiPreferences) -> None:
    """Write atomically (temporary file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(prefs), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
