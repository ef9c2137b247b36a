"""Trả kết quả: hand the result back to the applicant (placeholder)."""

from __future__ import annotations

from cchc_desktop.ui.pages.placeholder import PlaceholderPage


class ReturnsPage(PlaceholderPage):
    """Placeholder until the real page lands; it states that the function is not ready."""

    def heading(self) -> str:
        return self.tr("Trả kết quả")

    def planned(self) -> list[str]:
        return [
            self.tr("Quét mã vạch trên giấy hẹn để tìm hồ sơ cần trả."),
            self.tr("Ghi nhận hình thức trả kết quả và người nhận, cập nhật sổ theo dõi.")
        ]
