"""Liberation Serif registered once in reportlab, embedded (subset) in every PDF.

Official documents use Times New Roman (NĐ 30/2020); Liberation Serif has the same
metrics and full Vietnamese coverage (SIL OFL) and travels with the program, so
screen, PDF and print agree on every machine [architecture.md, habit 8].
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cchc_desktop.paths import fonts_dir

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts(folder: Path | None = None) -> str:
    """Register the four faces and the family (for <b>/<i> markup); idempotent, thread-safe.

    Returns the family name to use in styles.
    """
    global _registered
    if _registered:
        return SERIF
    with _lock:
        if _registered:
            return SERIF
        base = folder or fonts_dir()
        for name, filename in _FILES.items():
            path = base / filename
            if not path.is_file():
                raise FileNotFoundError(f"Không tìm thấy phông chữ {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(SERIF, 0, 0, SERIF)
        addMapping(SERIF, 1, 0, SERIF_BOLD)
        addMapping(SERIF, 0, 1, SERIF_ITALIC)
        addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
        pdfmetrics.registerFontFamily(
            SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC
        )
        _registered = True
    return SERIF
