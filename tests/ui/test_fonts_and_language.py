"""Bundled fonts cover Vietnamese; English comes from the catalogue, Vietnamese without it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from cchc_desktop.paths import fonts_dir, resolve_paths, translations_dir
from cchc_desktop.ui.fonts import APP_FONT_FAMILY, apply_application_font, register_bundled_fonts
from cchc_desktop.ui.i18n import install_translator
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.pages.placeholder import PlaceholderPage
from cchc_desktop.ui.preferences import (
    UiPreferences,
    load_preferences,
    preferences_file,
    save_preferences,
)
from cchc_desktop.ui.tasks import InlineTaskRunner

VIETNAMESE = "Đến hạn Quá hạn ễ ộ ư ơ ă â ê ô đ Ự Ỵ Ễ Ỗ ỹ"
BIN = Path(sys.executable).parent


def test_bundled_faces_are_registered_and_become_the_application_font(qapp):
    assert register_bundled_fonts(fonts_dir()) == [APP_FONT_FAMILY]
    styles = QFontDatabase.styles(APP_FONT_FAMILY)
    assert {"Regular", "Bold", "Italic", "Bold Italic"} <= set(styles)
    font = apply_application_font(qapp, fonts_dir())
    assert font.family() == APP_FONT_FAMILY
    label = QLabel(VIETNAMESE)
    assert QFontInfo(label.font()).family() == APP_FONT_FAMILY
    metrics = QFontMetrics(label.font())
    missing = [ch for ch in VIETNAMESE if not ch.isspace() and not metrics.inFontUcs4(ord(ch))]
    assert missing == []


def test_missing_font_folder_keeps_the_default_font(qapp, tmp_path):
    assert register_bundled_fonts(tmp_path) == []


def _context(tmp_path):
    paths = resolve_paths(tmp_path / "data").ensure()
    return PageContext(tasks=InlineTaskRunner(), paths=paths,
                       preferences_path=preferences_file(paths.data),
                       database_path=paths.database)


@pytest.fixture
def compiled(tmp_path):
    """Compile both catalogues into a scratch folder, as ``make translations`` does."""
    out = tmp_path / "qm"
    out.mkdir()
    for lang in ("vi", "en"):
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent",
                        str(translations_dir() / f"cchc_{lang}.ts"),
                        "-qm", str(out / f"cchc_{lang}.qm")], check=True)
    return out


def test_english_catalogue_translates_the_shell(qtbot, qapp, compiled, tmp_path):
    translator = install_translator(qapp, "en", compiled)
    assert translator is not None
    try:
        window = MainWindow(_context(tmp_path))
        qtbot.addWidget(window)
        nav = window.navigation
        assert [nav.item(i).text() for i in range(nav.count())] == [
            "Reception", "Dossiers", "Due / Overdue", "Return results", "Reports", "Sync",
            "Settings"]
        assert window.office_label.text() == "Opening the database…"
        placeholder = PlaceholderPage(_context(tmp_path))  # the sync page's fallback
        qtbot.addWidget(placeholder)
        assert placeholder.notice().startswith("This function is being built")
    finally:
        QApplication.removeTranslator(translator)
        install_translator(qapp, "vi", compiled)


def test_without_a_catalogue_the_interface_is_vietnamese(qtbot, qapp, tmp_path):
    assert install_translator(qapp, "en", tmp_path / "nothing-here") is None
    window = MainWindow(_context(tmp_path))
    qtbot.addWidget(window)
    assert window.navigation.item(2).text() == "Đến hạn / Quá hạn"
    assert window.office_label.text() == "Đang mở cơ sở dữ liệu…"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def _texts(translation: ET.Element) -> list[str | None]:
    forms = translation.findall("numerusform")
    return [f.text for f in forms] if forms else [translation.text]


UI_DIR = Path(__file__).resolve().parents[2] / "cchc_desktop" / "ui"
# Every module of the interface: a string added without its English is a failure here.
SHELL_FILES = tuple(sorted(str(p.relative_to(UI_DIR)) for p in UI_DIR.rglob("*.py")))


def test_catalogues_translate_every_string_of_the_shell(tmp_path):
    extracted = tmp_path / "shell.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none",
                    *(str(UI_DIR / name) for name in SHELL_FILES), "-ts", str(extracted)],
                   check=True)
    shell = _messages(extracted)
    assert len(shell) > 600
    english = _messages(translations_dir() / "cchc_en.ts")
    vietnamese = _messages(translations_dir() / "cchc_vi.ts")
    untranslated = [key for key in shell
                    if key not in english or english[key].get("type")
                    or not all(_texts(english[key]))]
    assert untranslated == []
    assert [key for key in shell if key not in vietnamese] == []


def test_vietnamese_catalogue_is_the_identity():
    vietnamese = _messages(translations_dir() / "cchc_vi.ts")
    assert vietnamese
    assert all(set(_texts(tr)) == {key[1]} for key, tr in vietnamese.items())


def test_preferences_round_trip_and_damaged_file(tmp_path):
    path = preferences_file(tmp_path)
    assert load_preferences(path) == UiPreferences(language="vi")
    save_preferences(path, UiPreferences().with_language("en"))
    assert load_preferences(path).language == "en"
    path.write_text("{ not json", encoding="utf-8")
    assert load_preferences(path).language == "vi"
