"""Hồ sơ: the list of dossiers (placeholder until the dossier list model lands)."""

from __future__ import annotations

from cchc_desktop.ui.pages.placeholder import PlaceholderPage


class DossiersPage(PlaceholderPage):
    """Placeholder until the real page lands; it states that the function is not ready."""

    def heading(self) -> str:
        return self.tr("Danh sách hồ sơ")

    def planned(self) -> list[str]:
        return [
            self.tr("Danh sách hồ sơ với mã, người nộp, thủ tục, ngày nhận, ngày hẹn, trạng thái."),
            self.tr("Tìm kiếm không phân biệt dấu và lọc theo trạng thái, thời gian."),
            self.tr("Quét mã vạch trên giấy hẹn để mở ngay hồ sơ.")
        ]
