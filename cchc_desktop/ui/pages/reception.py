"""Tiếp nhận: receive a dossier at the counter (placeholder for now)."""

from __future__ import annotations

from cchc_desktop.ui.pages.placeholder import PlaceholderPage


class ReceptionPage(PlaceholderPage):
    """Placeholder until the real page lands; it states that the function is not ready."""

    def heading(self) -> str:
        return self.tr("Tiếp nhận hồ sơ")

    def planned(self) -> list[str]:
        return [
            self.tr("Chọn thủ tục và chỉ nhận đúng thành phần hồ sơ theo danh mục đã công bố."),
            self.tr("Đọc mã QR trên thẻ căn cước để điền thông tin người nộp."),
            self.tr("Tính ngày hẹn trả theo giờ làm việc và in Giấy tiếp nhận, hẹn trả kết quả."),
            self.tr("Hướng dẫn bổ sung một lần (Mẫu 02) hoặc từ chối có lý do (Mẫu 03).")
        ]
