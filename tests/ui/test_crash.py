"""The crash handler logs to the rotating file and shows a message that can be copied."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QGuiApplication

from cchc_desktop.app import configure_logging
from cchc_desktop.ui.crash import CrashDialog, CrashHandler


@pytest.fixture
def log_file(tmp_path):
    path = configure_logging(tmp_path / "logs")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_cchc", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def handler(qapp, log_file):
    crash = CrashHandler(log_file).install()
    yield crash
    crash.uninstall()
    for dialog in list(crash.dialogs):
        dialog.close()


def _flush():
    for h in logging.getLogger().handlers:
        h.flush()


def test_log_file_rotates(log_file):
    handlers = [h for h in logging.getLogger().handlers
                if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(handlers) == 1
    assert handlers[0].maxBytes > 0 and handlers[0].backupCount >= 1
    assert handlers[0].baseFilename == str(log_file)


def test_uncaught_exception_is_logged_and_shown(qtbot, handler, log_file):
    try:
        raise ValueError("Số CCCD không hợp lệ")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(handler.dialogs), timeout=3000)
    dialog = handler.dialogs[0]
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    details = dialog.details.toPlainText()
    assert "ValueError: Số CCCD không hợp lệ" in details
    assert str(log_file) in details
    assert dialog.details.isReadOnly()
    _flush()
    text = log_file.read_text(encoding="utf-8")
    assert "Unhandled exception" in text and "Số CCCD không hợp lệ" in text


def test_copy_button_puts_details_on_the_clipboard(qtbot, handler):
    try:
        raise KeyError("hồ sơ")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(handler.dialogs), timeout=3000)
    dialog = handler.dialogs[0]
    assert dialog.copy_button.text() == "Sao chép"
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details.toPlainText()
    assert "KeyError" in QGuiApplication.clipboard().text()


def test_exception_in_a_thread_is_shown_on_the_ui_thread(qtbot, handler, log_file):
    def boom():
        raise RuntimeError("lỗi trong luồng phụ")

    worker = threading.Thread(target=boom, name="worker-test")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(handler.dialogs), timeout=3000)
    details = handler.dialogs[0].details.toPlainText()
    assert "worker-test" in details and "lỗi trong luồng phụ" in details
    assert handler.dialogs[0].thread() is qtbot_app_thread()


def qtbot_app_thread():
    return QGuiApplication.instance().thread()


def test_qt_messages_go_to_the_log(handler, log_file):
    qWarning("cảnh báo từ Qt")
    _flush()
    assert "cảnh báo từ Qt" in log_file.read_text(encoding="utf-8")


def test_a_burst_of_errors_opens_a_bounded_number_of_dialogs(qtbot, handler):
    for i in range(10):
        try:
            raise OSError(f"lần {i}")
        except OSError:
            sys.excepthook(*sys.exc_info())
    qtbot.wait(50)
    assert len(handler.dialogs) == CrashHandler.MAX_DIALOGS


def test_uninstall_restores_the_previous_hooks(qapp, log_file):
    before = (sys.excepthook, threading.excepthook)
    crash = CrashHandler(log_file).install()
    assert sys.excepthook == crash.handle_exception
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
