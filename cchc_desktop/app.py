"""Composition root: every long-lived object is built here, once, and passed in.

Order of start-up (``start_gui``): resolve the data folders, set up the rotating log
and the crash handler, create the QApplication, register the bundled fonts, install
the translator, build and **show the main window first**. Only after its first paint
is the database opened and the services built, on the database lane of the task
runner (SQLAlchemy, migrations and the holiday calendar take most of a second); the
window then receives them and the status bar changes from "Đang mở cơ sở dữ liệu…"
to the office name. No global singletons.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc_desktop.paths import AppPaths, fonts_dir, resolve_paths, translations_dir

log = logging.getLogger("cchc.app")

LOG_FILE_NAME = "cchc.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
ORGANIZATION = "cchc"
APPLICATION = "cchc-desktop"


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the program's log to ``<logs>/cchc.log`` (rotated: 1 MB × 5), warnings to stderr."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_cchc", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"))
    file_handler._cchc = True  # type: ignore[attr-defined]
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console._cchc = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.addHandler(console)
    root.setLevel(min(level, root.level) if root.level else level)
    return log_file


@dataclass(frozen=True)
class GuiOptions:
    """What the command line decides; ``language=None`` means the saved preference."""

    data_dir: str | None = None
    db_path: Path | None = None
    demo_if_empty: bool = False
    language: str | None = None


def open_services_for_ui(paths: AppPaths, db_path: Path | None,
                         demo_if_empty: bool) -> tuple[Any, Any]:
    """Open the database and build the services; runs on the database lane.

    Returns ``(services, office_info)``: the office info is read here too so that the
    UI thread receives a plain frozen dataclass and never touches the database.
    """
    from cchc_desktop.services.context import open_services

    services = open_services(paths, db_path=db_path, demo_if_empty=demo_if_empty)
    return services, services.office_info()


def make_sync_service(services: Any, paths: AppPaths) -> Any:
    """The sync service (database lane: its imports, HTTP client and keyring, stay off the
    UI thread, and it is queued after the first screenful of data)."""
    sync = getattr(services, "sync", None)
    if sync is None:
        from cchc_desktop.services.sync import SyncService

        sync = SyncService(services.db, paths.files, clock=services.clock)
    return sync


def close_services(services: Any) -> None:
    """Release the services' resources (database engine) if they have a ``close``."""
    close = getattr(services, "close", None)
    if callable(close):
        close()


@dataclass
class GuiSession:
    """Everything ``start_gui`` built; kept alive for the life of the program."""

    paths: AppPaths
    app: Any
    window: Any
    tasks: Any
    crash: Any
    translator: Any
    log_file: Path
    options: GuiOptions
    sign_in: bool = True
    flow: Any = None
    scheduler: Any = None
    _loading: bool = field(default=False, repr=False)

    def load_services(self) -> None:
        """Open the database off the UI thread (once) and hand the result to the window."""
        if self._loading:
            return
        self._loading = True
        self.window.office_label.setText(self.window.tr("Đang mở cơ sở dữ liệu…"))
        self.tasks.run_db(
            open_services_for_ui, self.paths, self.options.db_path, self.options.demo_if_empty,
            on_done=self._on_services_opened, on_error=self.window.show_services_error,
        )

    def _on_services_opened(self, result: tuple[Any, Any]) -> None:
        services, office = result
        log.info("Services ready for %s", getattr(office, "name", office))
        self.create_sync_scheduler()  # before the pages get the services: one scheduler only
        self.window.set_services(services, office)
        if self.sign_in:
            self.start_sign_in(services, office)
        self.tasks.run_db(make_sync_service, services, self.paths,
                          on_done=self._on_sync_service_made,
                          on_error=lambda exc: log.error("No sync service", exc_info=exc))

    def create_sync_scheduler(self) -> None:
        """Automatic sync belongs to the program, not to the (lazily built) sync page."""
        from cchc_desktop.ui.pages.sync_page import SyncScheduler

        scheduler = SyncScheduler(self.tasks, parent=self.window)
        scheduler.finished.connect(lambda _report: self.window.refresh_sync_state())
        scheduler.failed.connect(lambda _exc: self.window.refresh_sync_state())
        self.window.set_sync_scheduler(scheduler)
        self.scheduler = scheduler

    def _on_sync_service_made(self, sync: Any) -> None:
        # An already open sync page may have given the scheduler its service meanwhile.
        if self.scheduler is not None and self.scheduler.sync_service is None:
            self.scheduler.set_service(sync)

    def start_sign_in(self, services: Any, office: Any) -> None:
        """Login (or first administrator) now; screen lock after the idle time."""
        from cchc_desktop.ui.session import SignInFlow

        window = self.window
        flow = SignInFlow(window, self.tasks, services,
                          office_name=getattr(office, "name", "") or "")
        flow.signed_in.connect(window.set_user)
        flow.signed_out.connect(lambda: window.set_user(None))
        window.lock_requested.connect(flow.lock)
        window.sign_out_requested.connect(flow.sign_out)
        self.flow = flow
        flow.start()

    def shutdown(self) -> None:
        if self.scheduler is not None:
            self.scheduler.stop()
        services = self.window.services
        if services is not None:
            self.tasks.run_db(close_services, services, on_error=lambda _exc: None)
        self.tasks.shutdown(wait=True)
        self.crash.uninstall()


def start_gui(options: GuiOptions, argv: Sequence[str] | None = None, *, tasks: Any = None,
              show: bool = True, load_services: bool = True,
              remember_geometry: bool = True, sign_in: bool = True) -> GuiSession:
    """Build the application and show the window; the services follow after the first paint."""
    paths = resolve_paths(options.data_dir).ensure()
    log_file = configure_logging(paths.logs)
    log.info("Starting; data folder %s", paths.data)

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.ui.crash import CrashHandler
    from cchc_desktop.ui.fonts import apply_application_font
    from cchc_desktop.ui.i18n import install_translator
    from cchc_desktop.ui.main_window import MainWindow
    from cchc_desktop.ui.pages.base import PageContext
    from cchc_desktop.ui.preferences import load_preferences, preferences_file
    from cchc_desktop.ui.tasks import ThreadTaskRunner

    app = QApplication.instance() or QApplication(list(argv or [sys.argv[0]]))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    crash = CrashHandler(log_file).install()
    apply_application_font(app, fonts_dir())
    prefs_path = preferences_file(paths.data)
    language = options.language or load_preferences(prefs_path).language
    translator = install_translator(app, language, translations_dir())

    tasks = tasks if tasks is not None else ThreadTaskRunner()
    context = PageContext(tasks=tasks, paths=paths, preferences_path=prefs_path,
                          database_path=options.db_path or paths.database)
    # QSettings only for window geometry, kept in the data folder (not the registry).
    geometry = (QSettings(str(paths.data / "window.ini"), QSettings.Format.IniFormat)
                if remember_geometry else None)
    window = MainWindow(context, geometry=geometry)
    session = GuiSession(paths=paths, app=app, window=window, tasks=tasks, crash=crash,
                         translator=translator, log_file=log_file, options=options,
                         sign_in=sign_in)
    window.first_painted.connect(lambda: log.info("Main window painted"))
    if load_services:
        # Queued after the first paint, so the window is on screen before the heavy imports.
        window.first_painted.connect(lambda: QTimer.singleShot(0, session.load_services))
        QTimer.singleShot(1500, session.load_services)  # in case no paint comes (minimised)
    if show:
        window.show()
    return session


def run_gui(options: GuiOptions, argv: Sequence[str] | None = None) -> int:
    """Start the program and run the event loop until the window closes."""
    session = start_gui(options, argv)
    try:
        return int(session.app.exec())
    finally:
        session.shutdown()
        log.info("Stopped")


def render_screenshots(options: GuiOptions, out_dir: Path,
                       size: tuple[int, int] = (1280, 800)) -> list[str]:
    """Render every page of the main window to ``out_dir/NN-<key>.png``; returns the paths.

    Without ``options.db_path`` a throw-away database with the demo data is used, so the
    command never writes into the user's real database.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cchc_desktop.ui.tasks import InlineTaskRunner

    with tempfile.TemporaryDirectory(prefix="cchc-shots-") as scratch:
        if options.db_path is None:
            options = GuiOptions(data_dir=options.data_dir, db_path=Path(scratch) / "demo.sqlite3",
                                 demo_if_empty=True, language=options.language)
        session = start_gui(options, tasks=InlineTaskRunner(), show=False, load_services=False,
                            remember_geometry=False, sign_in=False)
        try:
            return _capture_pages(session, out_dir, size)
        finally:
            session.shutdown()
            session.window.close()


def _capture_pages(session: GuiSession, out_dir: Path, size: tuple[int, int]) -> list[str]:
    window = session.window
    window.resize(*size)
    window.show()
    session.app.processEvents()
    session.load_services()  # inline: done when this returns
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[str] = []
    for number, spec in enumerate(window.specs, start=1):
        window.show_page(spec.key)
        for _ in range(3):
            session.app.processEvents()
        path = out_dir / f"{number:02d}-{spec.key}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"Không ghi được ảnh {path}")
        files.append(str(path))
    # The login dialog, as the officer sees it once the database is open.
    from cchc_desktop.ui.dialogs.sign_in import LoginDialog

    office = getattr(window.office, "name", "") or ""
    dialog = LoginDialog(office, window)
    dialog.show()
    session.app.processEvents()
    path = out_dir / f"{len(files) + 1:02d}-login.png"
    if not dialog.grab().save(str(path)):
        raise OSError(f"Không ghi được ảnh {path}")
    dialog.done(0)
    files.append(str(path))
    return files
