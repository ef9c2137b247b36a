"""Interface language: Vietnamese source strings, English from ``translations/cchc_en.qm``.

Every user-facing string is written in Vietnamese in the code (``self.tr("…")``), so
Vietnamese is what the user sees when no catalogue is loaded or a ``.qm`` is missing.
``cchc_vi.ts`` is the identity catalogue; ``cchc_en.ts`` holds the English text. The
language choice is applied at the next start.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"
# Shown in their own language, so they are not translated.
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}


def catalogue_path(folder: Path, language: str) -> Path:
    return folder / f"cchc_{language}.qm"


def install_translator(app: QCoreApplication, language: str, folder: Path) -> QTranslator | None:
    """Load ``cchc_<language>.qm`` into ``app``; ``None`` (source = Vietnamese) if it is absent.

    The caller keeps the returned translator alive for as long as the app runs.
    """
    if language not in LANGUAGES:
        log.warning("Unknown language %r, using %s", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English))
    path = catalogue_path(folder, language)
    translator = QTranslator(app)
    if not path.exists() or not translator.load(str(path)):
        if language != DEFAULT_LANGUAGE:
            log.warning("Translation %s is missing; the interface stays in Vietnamese", path)
        return None
    app.installTranslator(translator)
    return translator
