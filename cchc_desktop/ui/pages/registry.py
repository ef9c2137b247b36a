"""The one place that lists the main window's pages, in navigation order.

Each entry names the page class by import path, so a real page replaces a placeholder
by editing one line here, and a page's module is imported only when it is first shown
(heavy imports stay off the start-up path). ``fallback`` is used while the real page's
module does not exist yet (the sync page is written by another engineer).
The navigation shortcut of entry *n* is Ctrl+*n*.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cchc_desktop.ui.pages.base import Page

TITLE_CONTEXT = "Navigation"


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable identifier (screenshot file names, tests)
    title: str  # Vietnamese source text, translated in the "Navigation" context
    target: str  # "module:Class"
    fallback: str | None = None  # "module:Class" used while ``target``'s module is missing


PAGES: tuple[PageSpec, ...] = (
    PageSpec("reception", QT_TRANSLATE_NOOP("Navigation", "Tiếp nhận"),
             "cchc_desktop.ui.pages.intake_page:IntakePage"),
    PageSpec("dossiers", QT_TRANSLATE_NOOP("Navigation", "Hồ sơ"),
             "cchc_desktop.ui.pages.dossiers:DossiersPage"),
    PageSpec("deadlines", QT_TRANSLATE_NOOP("Navigation", "Đến hạn / Quá hạn"),
             "cchc_desktop.ui.pages.deadlines:DeadlinesPage"),
    PageSpec("returns", QT_TRANSLATE_NOOP("Navigation", "Trả kết quả"),
             "cchc_desktop.ui.pages.returns:ReturnsPage"),
    PageSpec("reports", QT_TRANSLATE_NOOP("Navigation", "Báo cáo"),
             "cchc_desktop.ui.pages.reports:ReportsPage"),
    PageSpec("sync", QT_TRANSLATE_NOOP("Navigation", "Đồng bộ"),
             "cchc_desktop.ui.pages.sync_page:SyncPage",
             fallback="cchc_desktop.ui.pages.sync_placeholder:SyncPlaceholderPage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Cài đặt"),
             "cchc_desktop.ui.pages.settings_page:SettingsPage"),
)


def _load(target: str) -> type[Page]:
    module_name, _, class_name = target.partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def resolve_page_class(spec: PageSpec) -> type[Page]:
    """The class for ``spec``; the fallback only when the target module itself is absent."""
    try:
        return _load(spec.target)
    except ModuleNotFoundError as exc:
        module_name = spec.target.partition(":")[0]
        if spec.fallback is None or exc.name != module_name:
            raise
        return _load(spec.fallback)
