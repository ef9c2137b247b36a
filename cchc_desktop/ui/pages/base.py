"""What every page of the main window receives and may override.

A page is built lazily the first time it is shown, with a ``PageContext``: the task
runner (all database work goes through ``context.tasks.run_db``), the data folders and
the preferences file. The services arrive later, off the UI thread, through
``set_services``; a page must draw itself without them (the window paints before the
database is open).

To replace a placeholder with a real page: write ``class MyPage(Page)`` in
``ui/pages/<name>.py`` and point its line in ``registry.PAGES`` at it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from cchc_desktop.paths import AppPaths
    from cchc_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class PageContext:
    """Built once in ``app.py`` and handed to every page."""

    tasks: TaskRunner
    paths: AppPaths
    preferences_path: Path
    database_path: Path  # ``--db`` if given, else ``paths.database``


class Page(QWidget):
    """Base class of the pages; ``services`` is ``None`` until the database is open."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services: Any = None

    def set_services(self, services: Any) -> None:
        """Called on the UI thread once the services are ready (or at creation if they are)."""
        self.services = services
        self.on_services_ready()

    def on_services_ready(self) -> None:
        """Override to load data (through ``self.context.tasks``)."""

    def on_activated(self) -> None:
        """Override to refresh when the user navigates to the page."""
