"""Deadline alerts: an in-app banner and, where the desktop has one, a tray notification.

``AlertController`` runs ``services.deadlines.scan_alerts`` every minute in the database
lane. The scan itself guarantees at most one alert per dossier, state and due time, and
fires only in working time (none at midnight or on a holiday; domain.md §4): the
controller only shows what it returns. The banner works alone (offscreen and on
desktops without a system tray, ``QSystemTrayIcon.isSystemTrayAvailable()`` is false).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.ui.models.dossier_table import state_icon, warning_window

log = logging.getLogger(__name__)

SCAN_MS = 60_000  # alerts are computed once a minute
FIRST_SCAN_MS = 3_000  # the first scan waits for the window to settle after start-up
SHOWN = 3  # lines of the banner before "và N cảnh báo khác"
# AlertKind value -> (timer state whose icon it shares, colours)
_LOOK = {
    "overdue": ("overdue", "#fdecee", "#b00020"),
    "apology_due": ("warning", "#fff4e0", "#8a4b00"),
    "warning": ("warning", "#fff8e6", "#7a5200"),
}
_STRENGTH = {"overdue": 3, "apology_due": 2, "warning": 1}


def scan(services: Any, now: datetime) -> list:
    """Runs in the database lane: the alerts due at ``now`` (each returned only once)."""
    from cchc_desktop.services.deadlines import scan_alerts

    return scan_alerts(services.db, services.calendar, now, warning_window(services))


class AlertBanner(QFrame):
    """A strip above the pages: the latest alerts, "Xem danh sách" and "Ẩn thông báo"."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.alerts: list[Any] = []  # newest first
        self.icon = QLabel()
        self.icon.setObjectName("alertIcon")
        self.text = QLabel()
        self.text.setObjectName("alertText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("&Xem danh sách (Alt+X)"))
        self.open_button.setObjectName("alertOpen")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.dismiss_button = QPushButton(self.tr("Ẩ&n thông báo (Alt+N)"))
        self.dismiss_button.setObjectName("alertDismiss")
        self.dismiss_button.setShortcut(QKeySequence("Alt+N"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.open_button.setShortcut(QKeySequence("Alt+X"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.dismiss_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.hide()

    def add_alerts(self, alerts: list) -> None:
        """Show ``alerts`` (``services.deadlines.FiredAlert``) above the older ones."""
        if not alerts:
            return
        ordered = sorted(alerts, key=lambda a: (-_STRENGTH.get(a.kind.value, 0), a.due_at))
        self.alerts = ordered + self.alerts
        self._render()
        self.show()

    def _render(self) -> None:
        strongest = max(self.alerts, key=lambda a: _STRENGTH.get(a.kind.value, 0))
        state, background, foreground = _LOOK.get(strongest.kind.value, _LOOK["warning"])
        icon = state_icon(state)
        if icon is not None:
            self.icon.setPixmap(icon.pixmap(24, 24))
        self.setStyleSheet(
            f"QFrame#alertBanner {{ background: {background}; "
            f"border-bottom: 2px solid {foreground}; }}"
            f"QLabel#alertText {{ color: {foreground}; }}")
        lines = [a.message for a in self.alerts[:SHOWN]]
        more = len(self.alerts) - SHOWN
        if more > 0:
            lines.append(self.tr("… và %1 cảnh báo khác.").replace("%1", str(more)))
        self.text.setText("\n".join(lines))

    @Slot()
    def dismiss(self) -> None:
        self.alerts = []
        self.text.clear()
        self.hide()

    @Slot()
    def _on_open_clicked(self) -> None:
        self.open_requested.emit()
        self.dismiss()


class AlertController(QObject):
    """Scans on a timer in the database lane; shows each fired alert in the banner and tray."""

    fired = Signal(list)

    def __init__(self, tasks: Any, banner: AlertBanner, parent: QObject | None = None, *,
                 interval_ms: int = SCAN_MS, first_delay_ms: int = FIRST_SCAN_MS,
                 tray_icon: QIcon | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.banner = banner
        self.services: Any = None
        self.first_delay_ms = first_delay_ms
        self.tray_icon = tray_icon
        self.tray: QSystemTrayIcon | None = None
        self.tray_messages: list[tuple[str, str]] = []  # what was sent to the tray
        self._scanning = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.scan_now)

    def set_services(self, services: Any) -> None:
        """Start scanning once real services are there (a stand-in without a database is
        ignored)."""
        self.services = services if getattr(services, "db", None) is not None else None
        if self.services is None:
            self.timer.stop()
            return
        self.timer.start()
        QTimer.singleShot(self.first_delay_ms, self.scan_now)

    @Slot()
    def scan_now(self) -> None:
        if self.services is None or self._scanning:
            return
        self._scanning = True
        self.tasks.run_db(scan, self.services, self.services.clock(),
                          on_done=self._on_scanned, on_error=self._on_failed)

    def _on_scanned(self, alerts: list) -> None:
        self._scanning = False
        if not alerts:
            return
        self.banner.add_alerts(alerts)
        self._notify_tray(alerts)
        self.fired.emit(alerts)

    def _on_failed(self, exc: BaseException) -> None:
        self._scanning = False
        log.error("Deadline alert scan failed", exc_info=exc)

    def _notify_tray(self, alerts: list) -> None:
        if len(alerts) == 1:
            title, body = alerts[0].kind.label, alerts[0].message
        else:
            title = self.tr("%1 hồ sơ cần chú ý về thời hạn").replace("%1", str(len(alerts)))
            body = "\n".join(a.message for a in alerts[:SHOWN])
        self.tray_messages.append((title, body))
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return  # the banner alone carries the alert
        if self.tray is None:
            icon = self.tray_icon or state_icon("warning") or QIcon()
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Bộ phận Một cửa — cảnh báo thời hạn"))
            self.tray.messageClicked.connect(self.banner.open_requested)
            self.tray.show()
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning, 15_000)
