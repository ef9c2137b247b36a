"""Keyboard-wedge CCCD scanners: notice a QR payload typed into any text field.

A wedge scanner "types" the QR payload of a citizen identity card as fast keystrokes
into whatever field has the focus, usually followed by Enter. The payload starts with
the 12-digit personal number and a ``|`` separator (domain.md §7), which nobody types
by hand into a name or address field. Once that pattern appears in a watched field,
the detector waits for Enter (or a short pause), cuts the payload out of the field,
restores the text that was there before, and hands the payload on. Nothing the
officer typed is lost, whether the payload then parses or not.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

# domain.md §7: the payload begins with the 12-digit number and a "|".
_PAYLOAD_START = re.compile(r"\d{12}\s*\|")
IDLE_MS = 350  # a scanner types far faster; a pause this long ends the burst


class WedgeScanDetector(QObject):
    """Watches line edits; emits ``payload_scanned(line_edit, payload)`` after a scan."""

    payload_scanned = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._active: QLineEdit | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._watched: list[QLineEdit] = []

    def watch(self, line_edit: QLineEdit) -> None:
        """Install on a field; call after any other event filter so Enter is seen first."""
        self._watched.append(line_edit)
        line_edit.installEventFilter(self)
        line_edit.textEdited.connect(lambda _text, le=line_edit: self._on_text_edited(le))

    def is_scanning(self) -> bool:
        return self._active is not None

    def _on_text_edited(self, line_edit: QLineEdit) -> None:
        if _PAYLOAD_START.search(line_edit.text()):
            self._active = line_edit
            self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and watched is self._active
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.finish()
            return True
        return False

    def _on_idle_timeout(self) -> None:
        self.finish()

    def finish(self) -> None:
        """Cut the payload out of the active field and emit it."""
        self._idle.stop()
        line_edit, self._active = self._active, None
        if line_edit is None:
            return
        text = line_edit.text()
        match = _PAYLOAD_START.search(text)
        if match is None:
            return
        payload = text[match.start():]
        line_edit.setText(text[:match.start()])
        self.payload_scanned.emit(line_edit, payload)
