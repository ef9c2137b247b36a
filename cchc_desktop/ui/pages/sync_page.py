"""Đồng bộ: the sync health page, the "Đồng bộ ngay" button and the automatic sync.

Shows the last successful push and pull, the pending count and the age of the oldest
pending entry, bytes sent, the quarantined items with their reasons (a supervisor can send
one again), and the last errors in plain Vietnamese.  A cycle runs every few minutes while
the program runs and on "Đồng bộ ngay"; it runs in the network lane, never on the UI
thread, and reports progress through a queued signal.  When the machine has no keyring,
a field asks for the access string (kept in memory only).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.errors import DomainError
from cchc_desktop.ui.pages.base import Page, PageContext

AUTO_SYNC_MS = 5 * 60 * 1000  # every 5 minutes while the program runs

_KIND_LABELS = {
    "dossier.event": "Hồ sơ / quá trình xử lý",
    "document.issued": "Giấy tờ đã phát hành",
    "file.blob": "Tệp quét",
}


def format_age(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    minutes = int(seconds // 60)
    if minutes < 1:
        return "dưới 1 phút"
    if minutes < 60:
        return f"{minutes} phút"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} giờ {minutes % 60} phút"
    return f"{hours // 24} ngày"


def format_bytes(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB".replace(".", ",")
    return f"{n / 1048576:.1f} MB".replace(".", ",")


def format_stamp(value: str | None) -> str:
    if not value:
        return "chưa có"
    try:
        return datetime.fromisoformat(value).strftime("%H:%M %d/%m/%Y")
    except ValueError:
        return value


class QuarantineModel(QAbstractTableModel):
    """Quarantined outbox items (immutable rows from ``SyncHealth.quarantined``)."""

    HEADERS = ("Mã hồ sơ", "Loại", "Lý do", "Tạo lúc", "Số lần gửi")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        values = (row.dossier_code or "—", _KIND_LABELS.get(row.kind, row.kind), row.reason,
                  row.created_at.strftime("%H:%M %d/%m/%Y"), str(row.attempts))
        return values[index.column()]


class SyncScheduler(QObject):
    """Runs sync cycles: every ``interval_ms`` while the program runs, and on demand.

    One per running program.  The composition root may create it when the services are
    ready (so automatic sync does not wait for the page to be opened) and hand it to the
    page with ``SyncPage.attach_scheduler``; otherwise the page makes its own.  Cycles run
    in the network lane of the task runner; results come back as signals on the UI thread.
    """

    started = Signal()
    progressed = Signal(str, int, int)  # emitted from the worker, delivered on the UI thread
    finished = Signal(object)  # CycleReport
    failed = Signal(object)  # the exception (a DomainError with a Vietnamese message)

    def __init__(self, tasks: Any, interval_ms: int = AUTO_SYNC_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.sync_service: Any = None
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

    def set_service(self, sync_service: Any) -> None:
        self.sync_service = sync_service
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def run_now(self) -> bool:
        """Start one cycle; ``False`` if one is already running or there is no service."""
        if self.running or self.sync_service is None:
            return False
        self.running = True
        self.started.emit()
        self.tasks.run_io(self.sync_service.run_cycle, self.progressed.emit,
                          on_done=self._on_done, on_error=self._on_error)
        return True

    def _on_done(self, report: Any) -> None:
        self.running = False
        self.finished.emit(report)

    def _on_error(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(exc)

    def _on_timer_timeout(self) -> None:
        self.run_now()


class SyncPage(Page):
    """The "Đồng bộ" page of the main window."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.sync_service: Any = None
        self.scheduler: SyncScheduler | None = None
        self._last_error: str | None = None
        self._build()

    @property
    def _running(self) -> bool:
        return bool(self.scheduler and self.scheduler.running)

    def attach_scheduler(self, scheduler: SyncScheduler) -> None:
        """Use the program's scheduler (its timer keeps running while the page is hidden)."""
        self.scheduler = scheduler
        scheduler.started.connect(self._on_cycle_started)
        scheduler.progressed.connect(self._on_progress)
        scheduler.finished.connect(self._on_cycle_done)
        scheduler.failed.connect(self._on_cycle_error)
        if scheduler.sync_service is not None:
            self.sync_service = scheduler.sync_service

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Đồng bộ với hệ thống của tỉnh"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        box = QGroupBox(self.tr("Tình trạng"))
        form = QFormLayout(box)
        self.server_label = QLabel()
        self.push_label = QLabel()
        self.pull_label = QLabel()
        self.pending_label = QLabel()
        self.oldest_label = QLabel()
        self.bytes_label = QLabel()
        self.catalogue_label = QLabel()
        self.catalogue_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        for text, label in (
            (self.tr("Máy chủ tỉnh:"), self.server_label),
            (self.tr("Gửi thành công gần nhất:"), self.push_label),
            (self.tr("Nhận thành công gần nhất:"), self.pull_label),
            (self.tr("Số mục chờ gửi:"), self.pending_label),
            (self.tr("Mục chờ lâu nhất:"), self.oldest_label),
            (self.tr("Đã gửi:"), self.bytes_label),
            (self.tr("Danh mục TTHC từ tỉnh:"), self.catalogue_label),
            (self.tr("Trạng thái:"), self.state_label),
        ):
            form.addRow(text, label)
        layout.addWidget(box)

        self.credential_row = QWidget()
        cred = QHBoxLayout(self.credential_row)
        cred.setContentsMargins(0, 0, 0, 0)
        cred.addWidget(QLabel(self.tr("Chuỗi truy cập:")))
        self.credential_edit = QLineEdit()
        self.credential_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.credential_edit.setPlaceholderText(
            self.tr("Máy không có kho khóa bí mật: nhập chuỗi truy cập mỗi lần mở chương trình"))
        cred.addWidget(self.credential_edit, 1)
        self.credential_button = QPushButton(self.tr("Dùng"))
        self.credential_button.clicked.connect(self._on_credential_button_clicked)
        cred.addWidget(self.credential_button)
        self.credential_row.hide()
        layout.addWidget(self.credential_row)

        actions = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Đồng bộ ngay"))
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        actions.addWidget(self.sync_button)
        self.export_button = QPushButton(self.tr("Xuất gói USB…"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        actions.addWidget(self.export_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Sẵn sàng"))
        self.progress.setTextVisible(True)
        actions.addWidget(self.progress, 1)
        layout.addLayout(actions)

        qbox = QGroupBox(self.tr("Mục bị máy chủ từ chối (khu cách ly)"))
        qlayout = QVBoxLayout(qbox)
        self.quarantine_model = QuarantineModel(self)
        self.quarantine_view = QTableView()
        self.quarantine_view.setModel(self.quarantine_model)
        self.quarantine_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quarantine_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.quarantine_view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        qlayout.addWidget(self.quarantine_view)
        self.requeue_button = QPushButton(self.tr("Gửi lại mục đã chọn"))
        self.requeue_button.clicked.connect(self._on_requeue_button_clicked)
        qlayout.addWidget(self.requeue_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(qbox, 1)

        ebox = QGroupBox(self.tr("Lỗi gần đây"))
        elayout = QVBoxLayout(ebox)
        self.errors_view = QPlainTextEdit()
        self.errors_view.setReadOnly(True)
        self.errors_view.setMaximumBlockCount(200)
        elayout.addWidget(self.errors_view)
        layout.addWidget(ebox)
        self._show_health(None)

    # -- services --------------------------------------------------------------------------
    def on_services_ready(self) -> None:
        if self.scheduler is None:
            self.attach_scheduler(SyncScheduler(self.context.tasks, parent=self))
        assert self.scheduler is not None
        if self.scheduler.sync_service is None:
            sync = getattr(self.services, "sync", None)
            if sync is None and self.services is not None:
                from cchc_desktop.services.sync import SyncService

                sync = SyncService(self.services.db, self.context.paths.files)
            self.scheduler.set_service(sync)
        self.sync_service = self.scheduler.sync_service
        self.refresh()

    def on_activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self.sync_service is None:
            return
        self.context.tasks.run_db(self.sync_service.health, on_done=self._show_health,
                                  on_error=self._show_error)

    # -- display ---------------------------------------------------------------------------
    def _show_health(self, health: Any) -> None:
        if health is None:
            for label in (self.server_label, self.push_label, self.pull_label,
                          self.pending_label, self.oldest_label, self.bytes_label,
                          self.catalogue_label):
                label.setText("—")
            self.state_label.setText(self.tr("Đang mở cơ sở dữ liệu…"))
            self.sync_button.setEnabled(False)
            self.export_button.setEnabled(False)
            return
        self.server_label.setText(health.server_url or self.tr("chưa đăng ký"))
        self.push_label.setText(format_stamp(health.last_push_ok))
        self.pull_label.setText(format_stamp(health.last_pull_ok))
        pending = str(health.pending)
        if health.sent_by_usb:
            pending += self.tr(" (trong đó {0} mục đã xuất ra USB)").format(health.sent_by_usb)
        self.pending_label.setText(pending)
        self.oldest_label.setText(format_age(health.oldest_pending_age_s))
        self.bytes_label.setText(format_bytes(health.bytes_sent))
        if health.catalogue_updates:
            last = health.catalogue_updates[-1]
            self.catalogue_label.setText(
                self.tr("cập nhật lúc {0}: {1} thủ tục mới, {2} thủ tục sửa đổi").format(
                    format_stamp(last.get("at")), last.get("created", 0),
                    last.get("updated", 0)))
        else:
            self.catalogue_label.setText(self.tr("chưa có cập nhật"))
        if not health.enrolled:
            state = self.tr("Máy trạm chưa đăng ký với máy chủ tỉnh (lệnh enrol).")
        elif health.stopped_reason:
            state = self.tr("Đã dừng đồng bộ: ") + health.stopped_reason
        elif self._last_error:
            state = self._last_error
        elif health.quarantined:
            state = self.tr("Có {0} mục bị từ chối, cần xem lại.").format(
                len(health.quarantined))
        else:
            state = self.tr("Bình thường.")
        self.state_label.setText(state)
        self.sync_button.setEnabled(health.enrolled and not self._running)
        self.export_button.setEnabled(health.enrolled and health.pending > 0)
        self.quarantine_model.set_rows(health.quarantined)
        self.requeue_button.setEnabled(bool(health.quarantined))
        lines = list(reversed(health.last_errors))
        for bad in reversed(health.pull_rejected[-20:]):
            lines.append(self.tr("Thay đổi số {0} từ tỉnh ({1}) không áp dụng được: {2}").format(
                bad.get("seq"), bad.get("code") or "—", bad.get("reason")))
        self.errors_view.setPlainText("\n".join(lines))

    def _show_error(self, exc: BaseException) -> None:
        from cchc_desktop.services.sync import KeyringUnavailable

        message = getattr(exc, "message", None) or str(exc)
        if isinstance(exc, KeyringUnavailable):
            self.credential_row.show()
        self.state_label.setText(message)
        self.errors_view.appendPlainText(message)

    # -- actions ---------------------------------------------------------------------------
    def start_sync(self) -> bool:
        """Start one cycle in the network lane; ``False`` if one is already running."""
        return bool(self.scheduler and self.scheduler.run_now())

    def _on_cycle_started(self) -> None:
        self.sync_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.progress.setFormat(self.tr("Đang đồng bộ…"))

    @Slot(str, int, int)
    def _on_progress(self, phase: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        label = self.tr("Đang gửi") if phase == "push" else self.tr("Đang nhận")
        self.progress.setFormat(f"{label} {done}/{total}")

    def _end_cycle(self, text: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.setFormat(text)
        self.refresh()

    def _on_cycle_done(self, report: Any) -> None:
        self._last_error = None
        self._end_cycle(self.tr("Xong: gửi {0}, trùng {1}, bị từ chối {2}, nhận {3}").format(
            report.pushed, report.duplicates, report.rejected, report.pulled))

    def _on_cycle_error(self, exc: BaseException) -> None:
        self._last_error = getattr(exc, "message", None) or str(exc)
        self._show_error(exc)
        self._end_cycle(self.tr("Chưa đồng bộ được"))

    def _on_sync_button_clicked(self) -> None:
        self.start_sync()

    def _on_credential_button_clicked(self) -> None:
        text = self.credential_edit.text().strip()
        if not text or self.sync_service is None:
            return
        try:
            self.sync_service.use_credential(text)
        except DomainError as exc:
            self._show_error(exc)
            return
        self.credential_edit.clear()
        self.credential_row.hide()
        self.start_sync()

    def _on_requeue_button_clicked(self) -> None:
        rows = self.quarantine_view.selectionModel().selectedRows()
        if not rows or self.sync_service is None:
            return
        item = self.quarantine_model.rows[rows[0].row()]
        self.context.tasks.run_db(self.sync_service.requeue, item.id,
                                  on_done=lambda _r: self.refresh(),
                                  on_error=self._show_error)

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất gói dữ liệu ra USB"), "dongbo.cchcbundle",
            self.tr("Gói đồng bộ (*.cchcbundle)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        from pathlib import Path

        def done(result: dict[str, Any]) -> None:
            self.progress.setFormat(self.tr("Đã xuất {0} mục ra {1}").format(
                result["items"], result["file"]))
            self.refresh()

        self.context.tasks.run_db(self.sync_service.export_bundle, Path(path), on_done=done,
                                  on_error=self._show_error)
