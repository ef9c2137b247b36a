"""Text normalisation: every string that enters the program is NFC (architecture habit 9).

Scanners and input methods produce NFD, stray control characters and odd spacing;
``normalize_text`` cleans that up. ``fold`` makes a search key: lower case, no
diacritics, đ → d ("Đức" → "duc").
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "normalize_text"]

_SPACES = re.compile(r"\s+")


def normalize_text(s: str) -> str:
    """NFC, control characters dropped, inner whitespace collapsed, ends stripped."""
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s)
    cleaned = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat.startswith("C") and ch not in "\t\n\r":
            # Cc/Cf/Co/Cn/Cs: control, format (zero-width, BOM), private, unassigned.
            continue
        cleaned.append(ch)
    return _SPACES.sub(" ", "".join(cleaned)).strip()


_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d"})


def fold(s: str) -> str:
    """Search key: lower case, no diacritics, đ → d, whitespace normalised."""
    s = normalize_text(s).translate(_FOLD_TABLE)
    decomposed = unicodedata.normalize("NFD", s)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).lower()
