"""Fonts travel with the program: the bundled Liberation Serif becomes the application font.

The same TTF files are registered in reportlab by ``documents/``, so screen, PDF and
print agree, and the window shows Vietnamese letters (ễ, ộ, ư…) even on a machine
without any system fonts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

APP_FONT_FAMILY = "Liberation Serif"
APP_FONT_POINT_SIZE = 11
FONT_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)


def register_bundled_fonts(folder: Path) -> list[str]:
    """Add the four Liberation Serif faces to Qt; returns the families registered."""
    families: list[str] = []
    for name in FONT_FILES:
        path = folder / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Could not load bundled font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def apply_application_font(app: QApplication, folder: Path,
                           point_size: int = APP_FONT_POINT_SIZE) -> QFont:
    """Register the bundled fonts and make Liberation Serif the font of every widget."""
    families = register_bundled_fonts(folder)
    family = APP_FONT_FAMILY if APP_FONT_FAMILY in families else (families or [""])[0]
    font = QFont(family, point_size) if family else app.font()
    app.setFont(font)
    return font
