"""The main window: menu, left navigation, the page area and the status bar.

It paints before the database is open: the status bar says "Đang mở cơ sở dữ liệu…"
until ``app.py`` hands over the services (``set_services``), built off the UI thread.
Pages come from ``pages.registry`` and are built the first time they are shown.
Every navigation entry has a shortcut (Ctrl+1…Ctrl+7), shown in the list and the menu.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.ui.alerts import AlertBanner, AlertController
from cchc_desktop.ui.i18n import LANGUAGES
from cchc_desktop.ui.pages.base import Page, PageContext
from cchc_desktop.ui.pages.registry import PAGES, TITLE_CONTEXT, PageSpec, resolve_page_class
from cchc_desktop.ui.preferences import load_preferences, save_preferences

log = logging.getLogger(__name__)

SYNC_REFRESH_MS = 60_000

SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


class NavigationDelegate(QStyledItemDelegate):
    """Draws the entry as usual, with its shortcut right-aligned in a quieter colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        shortcut = index.data(SHORTCUT_ROLE)
        if not shortcut:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (QPalette.ColorRole.HighlightedText if selected
                else QPalette.ColorRole.PlaceholderText)
        painter.setPen(option.palette.color(role))
        font = option.font
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        rect: QRect = option.rect.adjusted(0, 0, -10, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         shortcut)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 70, max(size.height() + 14, 36))


@dataclass(frozen=True)
class SyncSummary:
    """What the status bar says about synchronisation (read in the database lane)."""

    enrolled: bool
    pending: int
    last_push_ok: str | None
    stopped_reason: str | None


def read_sync_summary(services: Any, files_root: Any) -> SyncSummary:
    from cchc_desktop.services.sync import K_DEVICE, K_PUSH_OK, K_STOPPED, SyncService

    sync = SyncService(services.db, files_root)
    return SyncSummary(enrolled=sync.state(K_DEVICE) is not None,
                       pending=sync.pending_count(), last_push_ok=sync.state(K_PUSH_OK),
                       stopped_reason=sync.state(K_STOPPED))


class BrokenPage(QWidget):
    """Shown instead of a page whose construction failed, with the error to copy."""

    def __init__(self, title: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        message = QLabel(self.tr("Không mở được trang «%1». Lỗi đã được ghi vào nhật ký.")
                         .replace("%1", title))
        message.setWordWrap(True)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(text, 1)


class MainWindow(QMainWindow):
    """The application shell; the services are handed over when ready."""

    first_painted = Signal()
    services_changed = Signal()
    page_changed = Signal(str)
    lock_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, context: PageContext, pages: Sequence[PageSpec] = PAGES,
                 geometry: QSettings | None = None) -> None:
        super().__init__()
        self.context = context
        self.specs = tuple(pages)
        self.services: Any = None
        self.office: Any = None
        self.user: Any = None
        self.sync_scheduler: Any = None  # the program's automatic sync (built in app.py)
        self._geometry = geometry
        self._pages: dict[str, QWidget] = {}
        self._painted = False
        # A page may import heavy modules; the start page waits for the first paint.
        self._defer_pages = True

        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Bộ phận Một cửa — Tiếp nhận và trả kết quả"))
        self.resize(1200, 760)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setItemDelegate(NavigationDelegate(self.navigation))
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { background: #1f3b5a; color: #f2f5f8; padding-top: 8px; }"
            "QListWidget#navigation::item { padding-left: 14px; }"
            "QListWidget#navigation::item:selected { background: #f2f5f8; color: #1f3b5a; }"
        )
        palette = self.navigation.palette()
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9fb3c8"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#1f3b5a"))
        self.navigation.setPalette(palette)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")

        self.navigation_actions: dict[str, QAction] = {}
        for number, spec in enumerate(self.specs, start=1):
            title = self.page_title(spec)
            shortcut = QKeySequence(f"Ctrl+{number}") if number <= 9 else QKeySequence()
            shown = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            item = QListWidgetItem(title)
            item.setData(SHORTCUT_ROLE, shown)
            item.setData(KEY_ROLE, spec.key)
            item.setToolTip(f"{title} ({shown})" if shown else title)
            self.navigation.addItem(item)
            action = QAction(title, self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            self.addAction(action)
            self.navigation_actions[spec.key] = action
        self.navigation.setFixedWidth(max(230, self.navigation.sizeHintForColumn(0) + 12))
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        # deadline alerts: a banner above the pages, scanned every minute once services exist
        self.alert_banner = AlertBanner()
        self.alert_banner.open_requested.connect(self._on_alert_open_requested)
        self.alerts = AlertController(context.tasks, self.alert_banner, self)
        pages_column = QVBoxLayout()
        pages_column.setContentsMargins(0, 0, 0, 0)
        pages_column.setSpacing(0)
        pages_column.addWidget(self.alert_banner)
        pages_column.addWidget(self.stack, 1)
        layout.addLayout(pages_column, 1)
        self.setCentralWidget(central)

        self._build_menu()
        self._build_status_bar()
        if self._geometry is not None:
            saved = self._geometry.value("main_window/geometry")
            if saved is not None:
                self.restoreGeometry(saved)
        if self.specs:
            self.navigation.setCurrentRow(0)

    # -- construction ------------------------------------------------------------------------
    @staticmethod
    def page_title(spec: PageSpec) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, spec.title)

    def _build_menu(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        self.lock_action = file_menu.addAction(self.tr("Khóa màn hình"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.sign_out_action = file_menu.addAction(self.tr("Đăng xuất"))
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        for action in (self.lock_action, self.sign_out_action):
            action.setEnabled(False)
            self.addAction(action)
        file_menu.addSeparator()
        # The ledger (Mẫu 06) and papers given without a dossier live with the intake page;
        # a supervisor looking for them should not have to know that.
        self.papers_action = file_menu.addAction(
            self.tr("Sổ theo dõi và giấy tờ đã phát hành…"))
        self.papers_action.setEnabled(False)
        self.papers_action.triggered.connect(self._on_papers_triggered)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Thoát"))
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)

        go_menu = bar.addMenu(self.tr("Điều &hướng"))
        for spec in self.specs:
            go_menu.addAction(self.navigation_actions[spec.key])

        settings_menu = bar.addMenu(self.tr("&Cài đặt"))
        language_menu = settings_menu.addMenu(self.tr("Ngôn ngữ giao diện"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        current = load_preferences(self.context.preferences_path).language
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_group.triggered.connect(self._on_language_group_triggered)

        help_menu = bar.addMenu(self.tr("&Trợ giúp"))
        about = help_menu.addAction(self.tr("Giới thiệu"))
        about.triggered.connect(self._on_about_triggered)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.office_label = QLabel(self.tr("Đang mở cơ sở dữ liệu…"))
        self.office_label.setObjectName("officeLabel")
        self.officer_label = QLabel(self.tr("Cán bộ: chưa đăng nhập"))
        self.officer_label.setObjectName("officerLabel")
        self.sync_label = QLabel(self.tr("Đồng bộ: chưa có thông tin"))
        self.sync_label.setObjectName("syncLabel")
        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(SYNC_REFRESH_MS)
        self._sync_timer.timeout.connect(self.refresh_sync_state)
        for label in (self.office_label, self.officer_label, self.sync_label):
            label.setContentsMargins(8, 0, 8, 0)
        status.addWidget(self.office_label, 1)
        status.addPermanentWidget(self.officer_label)
        status.addPermanentWidget(self.sync_label)

    # -- pages -----------------------------------------------------------------------------
    def current_key(self) -> str | None:
        item = self.navigation.currentItem()
        return None if item is None else item.data(KEY_ROLE)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self._pages:
            spec = next(s for s in self.specs if s.key == key)
            self._pages[key] = self._build_page(spec)
            self.stack.addWidget(self._pages[key])
        return self._pages[key]

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def _build_page(self, spec: PageSpec) -> QWidget:
        try:
            page = resolve_page_class(spec)(self.context)
            self._attach_scheduler(page)
            if self.services is not None:
                page.set_services(self.services)
        except Exception:
            log.exception("Could not build page %s", spec.key)
            return BrokenPage(self.page_title(spec), traceback.format_exc())
        page.setObjectName(f"page_{spec.key}")
        language_saved = getattr(page, "language_saved", None)
        if language_saved is not None:
            language_saved.connect(self._on_page_language_saved)
        return page

    @Slot(str)
    def show_page(self, key: str) -> None:
        """Navigate to ``key`` and build its page now if needed."""
        self._defer_pages = False
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # comes back through _activate
        else:
            self._activate(key)

    def _activate(self, key: str) -> None:
        if self._defer_pages:
            return  # the start page is built after the first paint (see event())
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if isinstance(page, Page):
            page.on_activated()
        self.page_changed.emit(key)

    @Slot()
    def _build_start_page(self) -> None:
        if self._defer_pages:
            self._defer_pages = False
            key = self.current_key()
            if key is not None:
                self._activate(key)

    @Slot(int)
    def _on_navigation_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self._activate(self.specs[row].key)

    # -- services ---------------------------------------------------------------------------
    def set_sync_scheduler(self, scheduler: Any) -> None:
        """Share the program's sync scheduler with the sync page (now or when it is built)."""
        self.sync_scheduler = scheduler
        for page in self._pages.values():
            self._attach_scheduler(page)

    def _attach_scheduler(self, page: QWidget) -> None:
        attach = getattr(page, "attach_scheduler", None)
        if (self.sync_scheduler is not None and attach is not None
                and getattr(page, "scheduler", None) is None):
            attach(self.sync_scheduler)

    def set_services(self, services: Any, office: Any) -> None:
        """The database is open: show the office and give the services to the pages."""
        self.services = services
        self.office = office
        name = getattr(office, "name", None) or self.tr("(chưa đặt tên cơ quan)")
        code = getattr(office, "agency_code", "")
        self.office_label.setText(f"{name} ({code})" if code else name)
        self.office_label.setStyleSheet("")
        self.office_label.setToolTip(str(self.context.database_path))
        for page in self._pages.values():
            if isinstance(page, Page):
                page.set_services(services)
        self.alerts.set_services(services)
        self.refresh_sync_state()
        self._sync_timer.start()
        self.services_changed.emit()

    @Slot()
    def refresh_sync_state(self) -> None:
        """Ask the database lane for the outbox and enrolment state (every minute)."""
        if self.services is None:
            return
        self.context.tasks.run_db(read_sync_summary, self.services, self.context.paths.files,
                                  on_done=self.show_sync_summary,
                                  on_error=lambda exc: log.warning("Sync state: %s", exc))

    def show_sync_summary(self, summary: SyncSummary) -> None:
        if summary.stopped_reason:
            text = self.tr("Đồng bộ: đã dừng (%1)").replace("%1", summary.stopped_reason)
        elif not summary.enrolled:
            text = self.tr("Đồng bộ: chưa đăng ký với máy chủ tỉnh")
        elif summary.pending:
            text = self.tr("Đồng bộ: %1 mục chờ gửi").replace("%1", str(summary.pending))
        else:
            text = self.tr("Đồng bộ: đã gửi hết")
        self.sync_label.setText(text)
        if summary.last_push_ok:
            self.sync_label.setToolTip(self.tr("Gửi thành công gần nhất: %1")
                                       .replace("%1", summary.last_push_ok))

    @Slot()
    def _on_papers_triggered(self) -> None:
        if not any(spec.key == "reception" for spec in self.specs):
            return
        self.show_page("reception")
        opener = getattr(self.page("reception"), "open_issued_papers", None)
        if opener is not None:
            opener()

    @Slot()
    def _on_alert_open_requested(self) -> None:
        if any(spec.key == "deadlines" for spec in self.specs):
            self.show_page("deadlines")

    def set_user(self, user: Any) -> None:
        """The signed-in officer (``services.users.CurrentUser``) or ``None``."""
        self.user = user
        if user is None:
            self.officer_label.setText(self.tr("Cán bộ: chưa đăng nhập"))
        else:
            role = getattr(getattr(user, "role", None), "label", "")
            text = self.tr("Cán bộ: %1").replace("%1", user.full_name)
            self.officer_label.setText(f"{text} ({role})" if role else text)
        self.lock_action.setEnabled(user is not None)
        self.sign_out_action.setEnabled(user is not None)
        self.papers_action.setEnabled(user is not None)

    def show_services_error(self, error: BaseException) -> None:
        """The database could not be opened: say so in the status bar and a message box."""
        log.error("Could not open the database", exc_info=error)
        self.office_label.setText(self.tr("Không mở được cơ sở dữ liệu"))
        self.office_label.setStyleSheet("color: #b00020; font-weight: bold;")
        reason = getattr(error, "message", None) or str(error) or type(error).__name__
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Không mở được cơ sở dữ liệu"),
                          self.tr("Không mở được cơ sở dữ liệu. Các chức năng cần dữ liệu "
                                  "sẽ không hoạt động cho đến khi lỗi được khắc phục."),
                          QMessageBox.StandardButton.Close, self)
        box.setDetailedText("".join(traceback.format_exception(error)).rstrip() or reason)
        box.setInformativeText(reason)
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Đóng"))
        box.setObjectName("servicesErrorBox")
        self.services_error_box = box
        box.open()

    # -- menu actions -------------------------------------------------------------------------
    @Slot(QAction)
    def _on_language_group_triggered(self, action: QAction) -> None:
        code = action.data()
        path = self.context.preferences_path
        save_preferences(path, load_preferences(path).with_language(code))
        self.statusBar().showMessage(
            self.tr("Đã lưu ngôn ngữ giao diện; áp dụng khi mở lại chương trình."), 8000)
        settings_page = self._pages.get("settings")
        if settings_page is not None and hasattr(settings_page, "select_language"):
            settings_page.select_language(code)

    @Slot(str)
    def _on_page_language_saved(self, code: str) -> None:
        action = self.language_actions.get(code)
        if action is not None:
            action.setChecked(True)

    @Slot()
    def _on_about_triggered(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Giới thiệu"), self.tr(
            "Phần mềm Bộ phận Một cửa: tiếp nhận, theo dõi hạn và trả kết quả hồ sơ thủ tục "
            "hành chính, làm việc được cả khi không có mạng."), QMessageBox.StandardButton.Ok,
            self)
        box.open()

    # -- Qt overrides ------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self._build_start_page)
            self.first_painted.emit()
        return handled

    def closeEvent(self, event) -> None:
        if self._geometry is not None:
            self._geometry.setValue("main_window/geometry", self.saveGeometry())
            self._geometry.sync()
        super().closeEvent(event)
