"""Báo cáo: statistics and exports (placeholder)."""

from __future__ import annotations

from cchc_desktop.ui.pages.placeholder import PlaceholderPage


class ReportsPage(PlaceholderPage):
    """Placeholder until the real page lands; it states that the function is not ready."""

    def heading(self) -> str:
        return self.tr("Báo cáo thống kê")

    def planned(self) -> list[str]:
        return [
            self.tr("Biểu tổng hợp tình hình giải quyết hồ sơ (trước hạn, đúng hạn, quá hạn)."),
            self.tr("Xuất báo cáo ra tệp Excel và PDF.")
        ]
