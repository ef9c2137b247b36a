"""Refresh the Qt Linguist catalogues from the source: ``python translations/update_catalogues.py``.

Runs ``pyside6-lupdate`` over ``cchc_desktop/ui`` into ``cchc_vi.ts`` and ``cchc_en.ts``.
Source strings are Vietnamese, so ``cchc_vi.ts`` is the identity catalogue: every
message's translation is set to its source here. English is translated by hand in
``cchc_en.ts`` (Qt Linguist or a text editor); new strings arrive there unfinished.
``make translations`` compiles both into ``.qm`` files (not committed).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def run_lupdate(language: str) -> Path:
    ts = HERE / f"cchc_{language}.ts"
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-no-obsolete", "-locations", "none",
         str(ROOT / "cchc_desktop" / "ui"), "-source-language", "vi",
         "-target-language", language, "-ts", str(ts)],
        check=True,
    )
    return ts


def make_identity(ts: Path) -> int:
    """Translation = source for every message; returns how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            # Vietnamese has a single plural form: the source itself.
            if not forms:
                forms = [ET.SubElement(translation, "numerusform")]
            translation.text = None
            for form in forms:
                form.text = source.text
            translation.attrib.pop("type", None)
            filled += 1
        elif translation.text != source.text or translation.get("type"):
            translation.text = source.text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    vi = HERE / "cchc_vi.ts"
    if vi.exists():
        make_identity(vi)  # keeps the file in the shape lupdate expects
    make_identity(run_lupdate("vi"))
    run_lupdate("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
