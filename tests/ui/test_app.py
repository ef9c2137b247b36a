"""The composition root: the window shows first, the database opens afterwards off the UI thread."""

from __future__ import annotations

import logging

import pytest

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
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_cchc", False):
            root.removeHandler(handler)
            handler.close()


def test_window_paints_before_the_database_is_asked_for(qtbot, session_factory, monkeypatch):
    calls = []
    monkeypatch.setattr("cchc_desktop.app.open_services_for_ui",
                        lambda *args: calls.append(args) or (object(), None))
    session = session_factory()
    window = session.window
    # Shown but not yet painted: nothing has been submitted to the database lane.
    assert window.isVisible()
    assert calls == []
    assert window.office_label.text() == "Đang mở cơ sở dữ liệu…"
    qtbot.waitSignal(window.first_painted, timeout=3000)
    qtbot.waitUntil(lambda: window.services is not None, timeout=5000)
    assert len(calls) == 1
    paths, db_path, demo = calls[0]
    assert paths.data == session.paths.data and db_path is None and demo is False


def test_options_reach_the_loader_and_the_log_is_written(qtbot, session_factory, monkeypatch,
                                                         tmp_path):
    calls = []
    monkeypatch.setattr("cchc_desktop.app.open_services_for_ui",
                        lambda *args: calls.append(args) or (object(), None))
    db = tmp_path / "khac.sqlite3"
    session = session_factory(options={"db_path": db, "demo_if_empty": True})
    qtbot.waitUntil(lambda: session.window.services is not None, timeout=5000)
    assert calls[0][1:] == (db, True)
    assert session.window.context.database_path == db
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = session.log_file.read_text(encoding="utf-8")
    assert "Main window painted" in text and "Services ready" in text
    assert session.log_file.parent == session.paths.logs


def test_a_failing_database_is_reported_in_the_window(qtbot, session_factory, monkeypatch):
    def broken(*_args):
        raise OSError("đĩa đầy")

    monkeypatch.setattr("cchc_desktop.app.open_services_for_ui", broken)
    session = session_factory()
    qtbot.waitUntil(lambda: session.window.office_label.text() == "Không mở được cơ sở dữ liệu",
                    timeout=5000)
    box = session.window.services_error_box
    assert box.informativeText() == "đĩa đầy"
    box.close()


def test_saved_language_is_used_at_start(qtbot, session_factory, monkeypatch):
    from cchc_desktop.ui.preferences import UiPreferences, save_preferences

    monkeypatch.setattr("cchc_desktop.app.open_services_for_ui", lambda *a: (object(), None))
    first = session_factory(show=False, load_services=False)
    save_preferences(first.window.context.preferences_path, UiPreferences(language="fr"))
    second = session_factory(show=False, load_services=False)
    # An unknown language falls back to Vietnamese rather than failing.
    assert second.window.navigation.item(0).text() == "Tiếp nhận"
