"""Cài đặt: the interface language of this workstation and where its data lives.

The language is saved in the preferences file and applied at the next start. The
office-wide settings (working hours, holidays, dossier codes) will join this page when
the services expose them; until then the page says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.ui.i18n import LANGUAGES
from cchc_desktop.ui.pages.base import Page, PageContext
from cchc_desktop.ui.preferences import load_preferences, save_preferences


class SettingsPage(Page):
    """Language choice (real) and the data folders (read-only)."""

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

        office_note = QLabel(self.tr(
            "Cài đặt của cơ quan (giờ làm việc, ngày nghỉ, mẫu mã hồ sơ) đang được xây dựng "
            "và chưa chỉnh được ở đây."
        ))
        office_note.setObjectName("placeholderNotice")
        office_note.setWordWrap(True)
        office_note.setStyleSheet(
            "QLabel#placeholderNotice { background: #fff8e1; border: 1px solid #e0c46c;"
            " padding: 10px; color: #5d4300; }"
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(language_group)
        layout.addWidget(folders_group)
        layout.addWidget(office_note)
        layout.addStretch(1)

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
