"""Đến hạn / Quá hạn: dossiers close to or past their due time (placeholder)."""

from __future__ import annotations

from cchc_desktop.ui.pages.placeholder import PlaceholderPage


class DeadlinesPage(PlaceholderPage):
    """Placeholder until the real page lands; it states that the function is not ready."""

    def heading(self) -> str:
        return self.tr("Hồ sơ đến hạn và quá hạn")

    def planned(self) -> list[str]:
        return [
            self.tr("Hồ sơ sắp đến hạn trả và hồ sơ đã quá hạn, tính theo giờ làm việc."),
            self.tr("Nhắc phát hành Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước hạn.")
        ]
