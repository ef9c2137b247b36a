"""The composition root: the window shows first, the database opens afterwards off the UI thread."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtWidgets import QApplication

from cchc_desktop import app as composition
from cchc_desktop.app import GuiOptions, start_gui


@pytest.fixture
def session_factory(qapp):
    sessions = []

    def make(**kwargs):
        kwargs.setdefault("sign_in", False)  # sign-in has its own tests (test_sign_in.py)
        session = start_gui(GuiOptions(**kwargs.pop("options", {})), **kwargs)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.window.close()
        session.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_cchc", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def loader_calls(monkeypatch):
    """Record the calls of the real loader (and the thread each ran on)."""
    calls = []
    real = composition.open_services_for_ui

    def recording(*args):
        calls.append((args, threading.current_thread().name))
        return real(*args)

    monkeypatch.setattr(composition, "open_services_for_ui", recording)
    return calls


def test_window_paints_before_the_database_is_opened(qtbot, session_factory, loader_calls):
    session = session_factory()
    window = session.window
    # Shown but not yet painted: nothing has been submitted to the database lane.
    assert window.isVisible()
    assert loader_calls == []
    assert window.office_label.text() == "Đang mở cơ sở dữ liệu…"
    qtbot.waitSignal(window.first_painted, timeout=3000)
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    (paths, db_path, demo), thread = loader_calls[0]
    assert paths.data == session.paths.data and db_path is None and demo is False
    assert thread.startswith("cchc-db")  # the database lane, not the UI thread
    assert window.office_label.text().startswith(window.office.name)
    assert session.paths.database.exists()


@pytest.mark.parametrize("page_first", [True, False])
def test_the_program_owns_automatic_sync_and_shares_it_with_the_page(qtbot, session_factory,
                                                                     page_first):
    session = session_factory()
    window = session.window
    if page_first:
        window.show_page("sync")  # built before the database is open
    qtbot.waitUntil(lambda: session.scheduler is not None
                    and session.scheduler.sync_service is not None, timeout=20000)
    scheduler = session.scheduler
    window.show_page("sync")
    assert scheduler is not None and scheduler.timer.isActive()
    assert scheduler.sync_service is not None
    assert window.page("sync").scheduler is scheduler
    session.shutdown()
    assert not scheduler.timer.isActive()


def test_options_reach_the_loader_and_the_log_is_written(qtbot, session_factory, loader_calls,
                                                         tmp_path):
    db = tmp_path / "khac.sqlite3"
    session = session_factory(options={"db_path": db, "demo_if_empty": True})
    qtbot.waitUntil(lambda: session.window.services is not None, timeout=20000)
    assert loader_calls[0][0][1:] == (db, True)
    assert db.exists() and not session.paths.database.exists()
    assert session.window.context.database_path == db
    assert session.window.services.dossiers.count() > 0  # the demo office was installed
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = session.log_file.read_text(encoding="utf-8")
    assert "Main window painted" in text and "Services ready" in text
    assert session.log_file.parent == session.paths.logs


def test_a_database_that_cannot_be_opened_is_reported(qtbot, session_factory, tmp_path):
    broken = tmp_path / "hong.sqlite3"
    broken.write_bytes(b"day khong phai la co so du lieu SQLite" * 100)
    session = session_factory(options={"db_path": broken})
    qtbot.waitUntil(lambda: session.window.office_label.text() == "Không mở được cơ sở dữ liệu",
                    timeout=20000)
    box = session.window.services_error_box
    assert box.isVisible() and box.informativeText()
    box.close()


def test_saved_language_is_used_at_start(qtbot, session_factory):
    from cchc_desktop.ui.preferences import UiPreferences, save_preferences

    first = session_factory(show=False, load_services=False)
    save_preferences(first.window.context.preferences_path, UiPreferences(language="fr"))
    second = session_factory(show=False, load_services=False)
    # An unknown language falls back to Vietnamese rather than failing.
    assert second.window.navigation.item(0).text() == "Tiếp nhận"
