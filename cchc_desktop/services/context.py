"""The services of one running program, built once by the composition root and passed in.

``open_services`` is heavy (SQLAlchemy import, migrations, calendar tables): the GUI
calls it in its database lane, never on the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cchc_desktop.domain.calendar import WorkingCalendar
from cchc_desktop.paths import AppPaths
from cchc_desktop.services.apologies import ApologyService
from cchc_desktop.services.calendar import load_calendar
from cchc_desktop.services.documents import DocumentService
from cchc_desktop.services.dossiers import DossierService
from cchc_desktop.services.settings import (
    OfficeSettings,
    load_settings,
    save_settings,
    settings_stored,
)
from cchc_desktop.services.users import CurrentUser
from cchc_desktop.storage.db import Database, open_database
from cchc_desktop.storage.files import FileStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OfficeInfo:
    name: str
    agency_code: str
    place_name: str
    governing_body: str
    counter_name: str
    workstation: int


class Services:
    """Everything the UI, the CLI and the sync engine call. No global state.

    - ``clock()`` is "now" for every use case (time is an input: tests pass a fake);
    - ``current_user`` is the signed-in user (set by the login dialog; ``None`` before);
      pass it as ``user=`` to the use cases, which check the role themselves;
    - ``dossiers`` (services.dossiers.DossierService), ``files`` (content-addressed store),
      ``settings`` / ``update_settings``, ``calendar`` / ``reload_calendar``,
      ``apologies`` (services.apologies), ``documents`` (services.documents: issue,
      reprint, reopen the printed papers).
    """

    def __init__(self, paths: AppPaths, db: Database, *,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        self.paths = paths
        self.db = db
        self.clock = clock
        self.current_user: CurrentUser | None = None
        self.files = FileStore(paths.files)
        self._settings = load_settings(db)
        self._calendar = load_calendar(db)
        self.dossiers = DossierService(
            db, settings=lambda: self._settings, calendar=lambda: self._calendar,
            files=self.files,
        )
        self.apologies = ApologyService(self.dossiers)
        self.documents = DocumentService(self.dossiers, self.files)

    @property
    def settings(self) -> OfficeSettings:
        return self._settings

    @property
    def calendar(self) -> WorkingCalendar:
        return self._calendar

    def update_settings(self, settings: OfficeSettings) -> OfficeSettings:
        self._settings = save_settings(self.db, settings)
        return self._settings

    def reload_calendar(self) -> WorkingCalendar:
        self._calendar = load_calendar(self.db)
        return self._calendar

    def office_info(self) -> OfficeInfo:
        s = self._settings
        return OfficeInfo(s.office_name, s.agency_code, s.place_name, s.governing_body,
                          s.counter_name, s.workstation)

    def close(self) -> None:
        self.db.close()


def open_services(paths: AppPaths, *, db_path: Path | None = None,
                  demo_if_empty: bool = False, demo_dossiers: int = 300) -> Services:
    """Open the database (migrating it), optionally fill a new one with demo data."""
    paths.ensure()
    db = open_database(db_path or paths.database)
    if demo_if_empty and not settings_stored(db):
        from cchc_desktop.services.demo import install_demo

        log.info("empty database: installing the demo office and %d dossiers", demo_dossiers)
        install_demo(db, dossiers=demo_dossiers)
    return Services(paths, db)
