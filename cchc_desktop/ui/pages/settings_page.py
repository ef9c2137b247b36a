"""Cài đặt: this workstation (language, data folders) and the office's administration.

Tabs: "Máy này" (the interface language, saved in the preferences file and applied at
the next start, and the data folders), then the administration panels of
``ui.admin.panels`` (office settings, working calendar, accounts, audit chain) and the
procedure catalogue (``pages.catalogue_page``). The panels get the services once the
database is open; the services check the role of the signed-in user themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.ui.i18n import LANGUAGES
from cchc_desktop.ui.pages.base import Page, PageContext
from cchc_desktop.ui.preferences import load_preferences, save_preferences


class SettingsPage(Page):
    """Tabs: this workstation, then the office administration panels."""

    language_saved = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        title = QLabel(self.tr("Cài đặt"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)

        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        current = load_preferences(context.preferences_path).language
        index = self.language_box.findData(current)
        self.language_box.setCurrentIndex(max(index, 0))
        self.language_box.setMaximumWidth(320)
        self.language_box.currentIndexChanged.connect(self._on_language_box_current_index_changed)
        self.language_note = QLabel(self.tr("Ngôn ngữ mới được áp dụng khi mở lại chương trình."))
        self.language_note.setWordWrap(True)

        language_group = QGroupBox(self.tr("Giao diện"))
        language_form = QFormLayout(language_group)
        language_form.addRow(self.tr("Ngôn ngữ:"), self.language_box)
        language_form.addRow("", self.language_note)

        paths = context.paths
        folders_group = QGroupBox(self.tr("Thư mục dữ liệu của máy này"))
        folders_form = QFormLayout(folders_group)
        for label, value in (
            (self.tr("Dữ liệu:"), paths.data),
            (self.tr("Cơ sở dữ liệu:"), context.database_path),
            (self.tr("Nhật ký:"), paths.logs),
            (self.tr("Sao lưu:"), paths.backups),
        ):
            shown = QLabel(str(value))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            folders_form.addRow(label, shown)

        workstation = QWidget()
        workstation.setObjectName("workstationTab")
        column = QVBoxLayout(workstation)
        column.addWidget(language_group)
        column.addWidget(folders_group)
        column.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(workstation, self.tr("Máy này"))
        self.panels: list[QWidget] = []
        self._add_admin_tabs(context)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def _add_admin_tabs(self, context: PageContext) -> None:
        from cchc_desktop.ui.admin.panels import (
            AccountsPanel,
            AuditPanel,
            CalendarPanel,
            OfficeSettingsPanel,
        )
        from cchc_desktop.ui.pages.catalogue_page import CatalogueAdminPage

        for title, panel in (
            (self.tr("Cơ quan"), OfficeSettingsPanel(context.tasks)),
            (self.tr("Lịch làm việc"), CalendarPanel(context.tasks)),
            (self.tr("Danh mục thủ tục"), CatalogueAdminPage(context)),
            (self.tr("Tài khoản"), AccountsPanel(context.tasks)),
            (self.tr("Nhật ký kiểm tra"), AuditPanel(context.tasks)),
        ):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(panel)
            self.tabs.addTab(scroll, title)
            self.panels.append(panel)

    def on_services_ready(self) -> None:
        for panel in self.panels:
            panel.set_services(self.services)

    def select_language(self, code: str) -> None:
        index = self.language_box.findData(code)
        if index >= 0:
            self.language_box.setCurrentIndex(index)

    @Slot(int)
    def _on_language_box_current_index_changed(self, index: int) -> None:
        code = self.language_box.itemData(index)
        path = self.context.preferences_path
        save_preferences(path, load_preferences(path).with_language(code))
        self.language_note.setText(self.tr(
            "Đã lưu. Ngôn ngữ mới được áp dụng khi mở lại chương trình."))
        self.language_saved.emit(code)
