"""Đồng bộ: stands in for sync_page.SyncPage until that page exists."""

from __future__ import annotations

from cchc_desktop.ui.pages.placeholder import PlaceholderPage


class SyncPlaceholderPage(PlaceholderPage):
    """Placeholder until the real page lands; it states that the function is not ready."""

    def heading(self) -> str:
        return self.tr("Đồng bộ với hệ thống của tỉnh")

    def planned(self) -> list[str]:
        return [
            self.tr("Gửi hồ sơ đã tiếp nhận lên hệ thống một cửa điện tử của tỉnh khi có mạng."),
            self.tr("Xem số hồ sơ chờ gửi, lần đồng bộ gần nhất và các lỗi."),
            self.tr("Xuất tệp đồng bộ ra USB cho nơi không có kết nối.")
        ]
