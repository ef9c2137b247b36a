"""A page whose function is not built yet: it says so plainly and does nothing else.

It names what the function will do, so a counter officer (or a reviewer) knows what
is coming, and it has no buttons that could look as if they worked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from cchc_desktop.ui.pages.base import Page, PageContext


class PlaceholderPage(Page):
    """Subclasses give ``heading()`` and ``planned()`` (both already translated)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("placeholderPage")
        title = QLabel(self.heading())
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)

        notice = QLabel(self._notice_text())
        notice.setObjectName("placeholderNotice")
        notice.setWordWrap(True)
        notice.setFrameShape(QFrame.Shape.StyledPanel)
        notice.setStyleSheet(
            "QLabel#placeholderNotice { background: #fff8e1; border: 1px solid #e0c46c;"
            " padding: 10px; color: #5d4300; }"
        )

        planned = QLabel(self._planned_html())
        planned.setObjectName("plannedList")
        planned.setTextFormat(Qt.TextFormat.RichText)
        planned.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(notice)
        layout.addWidget(planned)
        layout.addStretch(1)

    def heading(self) -> str:
        """The page's title; subclasses name their function."""
        return self.tr("Chức năng đang được xây dựng")

    def planned(self) -> list[str]:
        """What the page will do once built (shown as a list); none by default."""
        return []

    def notice(self) -> str:
        return self._notice_text()

    def _notice_text(self) -> str:
        return self.tr(
            "Chức năng này đang được xây dựng và chưa sử dụng được. "
            "Trang này không ghi nhận hay thay đổi dữ liệu nào."
        )

    def _planned_html(self) -> str:
        items = "".join(f"<li style='margin-bottom: 4px'>{text}</li>" for text in self.planned())
        caption = self.tr("Sẽ có trong các phiên bản tới:")
        return f"<p><b>{caption}</b></p><ul>{items}</ul>"
