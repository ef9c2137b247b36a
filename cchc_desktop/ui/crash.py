"""One crash handler: log every unexpected error and show a message that can be copied.

``CrashHandler.install()`` hooks ``sys.excepthook``, ``threading.excepthook`` and Qt's
message handler. An error on any thread is written to the rotating log (set up by
``app.configure_logging``) and then shown on the UI thread in ``CrashDialog``: a short
Vietnamese sentence, the technical details in a read-only text box, and a
"Sao chép" button that puts them on the clipboard for the support team.
"""

from __future__ import annotations

import datetime as _dt
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("cchc.crash")
qt_log = logging.getLogger("cchc.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def format_report(exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None, thread_name: str, log_file: Path | None) -> str:
    """The technical text shown in the dialog and copied to the clipboard."""
    lines = [
        f"Thời điểm: {_dt.datetime.now().isoformat(timespec='seconds')}",
        f"Luồng: {thread_name}",
        f"Tệp nhật ký: {log_file}" if log_file else "Tệp nhật ký: (không có)",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    """The error message: a plain sentence, the details, a copy button."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lỗi không mong muốn"))
        self.setObjectName("crashDialog")
        self.resize(640, 420)
        self.message = QLabel(self.tr(
            "Chương trình gặp lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.\n"
            "Hãy bấm «Sao chép» và gửi nội dung dưới đây cho bộ phận hỗ trợ kỹ thuật."
        ))
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setObjectName("crashDetails")
        self.copy_button = QPushButton(self.tr("Sao chép"))
        self.copy_button.setObjectName("copyButton")
        self.close_button = QPushButton(self.tr("Đóng"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Đã sao chép"))


class CrashHandler(QObject):
    """Installs the hooks; shows at most a few dialogs so a loop of errors stays usable."""

    reported = Signal(str)
    MAX_DIALOGS = 3

    def __init__(self, log_file: Path | None = None, show_dialogs: bool = True) -> None:
        super().__init__()
        self.log_file = log_file
        self.show_dialogs = show_dialogs
        self.dialogs: list[CrashDialog] = []
        self._previous: tuple | None = None
        self.reported.connect(self._on_reported)

    # -- installation -------------------------------------------------------------------
    def install(self) -> CrashHandler:
        previous_qt = qInstallMessageHandler(self._handle_qt_message)
        self._previous = (sys.excepthook, threading.excepthook, previous_qt)
        sys.excepthook = self.handle_exception
        threading.excepthook = self._handle_thread_exception
        return self

    def uninstall(self) -> None:
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook, previous_qt = self._previous
        qInstallMessageHandler(previous_qt)
        self._previous = None

    # -- hooks (may run on any thread) -----------------------------------------------------
    def handle_exception(self, exc_type: type[BaseException], exc: BaseException,
                         tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._record(exc_type, exc, tb, threading.current_thread().name)

    def _handle_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self._record(args.exc_type, args.exc_value, args.exc_traceback, name)

    def _handle_qt_message(self, msg_type: QtMsgType, context, message: str) -> None:
        where = ""
        if context is not None and getattr(context, "file", None):
            where = f" ({context.file}:{context.line})"
        qt_log.log(_QT_LEVELS.get(msg_type, logging.WARNING), "%s%s", message, where)

    def _record(self, exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None, thread_name: str) -> None:
        log.critical("Unhandled exception in thread %s", thread_name,
                     exc_info=(exc_type, exc, tb))
        details = format_report(exc_type, exc, tb, thread_name, self.log_file)
        # A signal is thread-safe: the dialog is always built on the UI thread.
        self.reported.emit(details)

    @Slot(str)
    def _on_reported(self, details: str) -> None:
        if not self.show_dialogs or len(self.dialogs) >= self.MAX_DIALOGS:
            return
        dialog = CrashDialog(details)
        dialog.setModal(True)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        dialog.show()
        dialog.raise_()

    def _forget(self, dialog: CrashDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()
