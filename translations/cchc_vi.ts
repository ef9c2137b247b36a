<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name />
    <message>
        <source>Tệp không phải văn bản UTF-8; hãy lưu lại tệp với mã hóa UTF-8.</source>
        <translation>Tệp không phải văn bản UTF-8; hãy lưu lại tệp với mã hóa UTF-8.</translation>
    </message>
    <message>
        <source>Không đọc/ghi được tệp: %1</source>
        <translation>Không đọc/ghi được tệp: %1</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi: %1</source>
        <translation>Lỗi không mong đợi: %1</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Tạo tài khoản</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Chức danh:</source>
        <translation>Chức danh:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Mật khẩu (ít nhất 8 ký tự):</source>
        <translation>Mật khẩu (ít nhất 8 ký tự):</translation>
    </message>
    <message>
        <source>Đã tạo tài khoản %1.</source>
        <translation>Đã tạo tài khoản %1.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Ghi nhận (Ctrl+Enter)</source>
        <translation>Ghi nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hủy (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>&amp;Xem danh sách (Alt+X)</source>
        <translation>&amp;Xem danh sách (Alt+X)</translation>
    </message>
    <message>
        <source>Ẩ&amp;n thông báo (Alt+N)</source>
        <translation>Ẩ&amp;n thông báo (Alt+N)</translation>
    </message>
    <message>
        <source>… và %1 cảnh báo khác.</source>
        <translation>… và %1 cảnh báo khác.</translation>
    </message>
</context>
<context>
    <name>AlertController</name>
    <message>
        <source>%1 hồ sơ cần chú ý về thời hạn</source>
        <translation>%1 hồ sơ cần chú ý về thời hạn</translation>
    </message>
    <message>
        <source>Bộ phận Một cửa — cảnh báo thời hạn</source>
        <translation>Bộ phận Một cửa — cảnh báo thời hạn</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation>Phiếu xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <source>Đang tải hồ sơ…</source>
        <translation>Đang tải hồ sơ…</translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation>Người nộp:</translation>
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Hạn trả hiện tại:</source>
        <translation>Hạn trả hiện tại:</translation>
    </message>
    <message>
        <source>Thời gian còn lại:</source>
        <translation>Thời gian còn lại:</translation>
    </message>
    <message>
        <source>Ước tính từ các hồ sơ cùng thủ tục và đơn vị trước đây; không phải kết luận.</source>
        <translation>Ước tính từ các hồ sơ cùng thủ tục và đơn vị trước đây; không phải kết luận.</translation>
    </message>
    <message>
        <source>Lập Phiếu xin lỗi (gửi lãnh đạo duyệt)</source>
        <translation>Lập Phiếu xin lỗi (gửi lãnh đạo duyệt)</translation>
    </message>
    <message>
        <source>Chọn lý do thường gặp hoặc ghi lý do cụ thể (bắt buộc)</source>
        <translation>Chọn lý do thường gặp hoặc ghi lý do cụ thể (bắt buộc)</translation>
    </message>
    <message>
        <source>Dùng gợi ý</source>
        <translation>Dùng gợi ý</translation>
    </message>
    <message>
        <source>&amp;Lý do chậm trả:</source>
        <translation>&amp;Lý do chậm trả:</translation>
    </message>
    <message>
        <source>&amp;Hẹn trả mới:</source>
        <translation>&amp;Hẹn trả mới:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Gửi lãnh đạo duyệt (Ctrl+Enter)</source>
        <translation>Gửi lãnh đạo duyệt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Lãnh đạo duyệt phiếu</source>
        <translation>Lãnh đạo duyệt phiếu</translation>
    </message>
    <message>
        <source>Lý do trả lại (khi trả lại phiếu)</source>
        <translation>Lý do trả lại (khi trả lại phiếu)</translation>
    </message>
    <message>
        <source>Duyệt và phát hành (Ctrl+Enter)</source>
        <translation>Duyệt và phát hành (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Phiếu đã phát hành</source>
        <translation>Phiếu đã phát hành</translation>
    </message>
    <message>
        <source>Ghi nhận đã thông báo</source>
        <translation>Ghi nhận đã thông báo</translation>
    </message>
    <message>
        <source>Đã báo người nộp qua:</source>
        <translation>Đã báo người nộp qua:</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Hồ sơ %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source> (hạn ban đầu %1)</source>
        <translation> (hạn ban đầu %1)</translation>
    </message>
    <message>
        <source>Ước tính: %1</source>
        <translation>Ước tính: %1</translation>
    </message>
    <message>
        <source>Không thể lập phiếu mới: %1</source>
        <translation>Không thể lập phiếu mới: %1</translation>
    </message>
    <message>
        <source>Phiếu đang ở trạng thái: %1. Có thể sửa và gửi lại.</source>
        <translation>Phiếu đang ở trạng thái: %1. Có thể sửa và gửi lại.</translation>
    </message>
    <message>
        <source>Gợi ý theo lịch làm việc: %1</source>
        <translation>Gợi ý theo lịch làm việc: %1</translation>
    </message>
    <message>
        <source>(chưa khai báo người đứng đầu cơ quan trong Cài đặt)</source>
        <translation>(chưa khai báo người đứng đầu cơ quan trong Cài đặt)</translation>
    </message>
    <message>
        <source>Còn dưới một ngày làm việc trước hạn: phiếu vẫn được phát hành nhưng sẽ ghi “phát hành muộn” trong hồ sơ và báo cáo.</source>
        <translation>Còn dưới một ngày làm việc trước hạn: phiếu vẫn được phát hành nhưng sẽ ghi “phát hành muộn” trong hồ sơ và báo cáo.</translation>
    </message>
    <message>
        <source>Lý do: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Hạn trả hiện tại: %1</source>
        <translation>Hạn trả hiện tại: %1</translation>
    </message>
    <message>
        <source>Hẹn trả mới: %1</source>
        <translation>Hẹn trả mới: %1</translation>
    </message>
    <message>
        <source>Người ký: %1</source>
        <translation>Người ký: %1</translation>
    </message>
    <message>
        <source>Lập lúc: %1</source>
        <translation>Lập lúc: %1</translation>
    </message>
    <message>
        <source>Duyệt lúc này: phiếu sẽ ghi “phát hành muộn” (còn dưới một ngày làm việc trước hạn).</source>
        <translation>Duyệt lúc này: phiếu sẽ ghi “phát hành muộn” (còn dưới một ngày làm việc trước hạn).</translation>
    </message>
    <message>
        <source>Số phiếu: %1</source>
        <translation>Số phiếu: %1</translation>
    </message>
    <message>
        <source>Hạn trước khi gia hạn: %1</source>
        <translation>Hạn trước khi gia hạn: %1</translation>
    </message>
    <message>
        <source>Hẹn trả mới (đang áp dụng): %1</source>
        <translation>Hẹn trả mới (đang áp dụng): %1</translation>
    </message>
    <message>
        <source>Phát hành lúc: %1</source>
        <translation>Phát hành lúc: %1</translation>
    </message>
    <message>
        <source>Phát hành muộn (dưới một ngày làm việc trước hạn)</source>
        <translation>Phát hành muộn (dưới một ngày làm việc trước hạn)</translation>
    </message>
    <message>
        <source>Đã ghi nhận lúc %1</source>
        <translation>Đã ghi nhận lúc %1</translation>
    </message>
    <message>
        <source>Cần đăng nhập để thực hiện.</source>
        <translation>Cần đăng nhập để thực hiện.</translation>
    </message>
    <message>
        <source>Phải ghi rõ lý do chậm trả kết quả.</source>
        <translation>Phải ghi rõ lý do chậm trả kết quả.</translation>
    </message>
    <message>
        <source>Đã gửi phiếu cho lãnh đạo duyệt.</source>
        <translation>Đã gửi phiếu cho lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>Đã duyệt và phát hành phiếu.</source>
        <translation>Đã duyệt và phát hành phiếu.</translation>
    </message>
    <message>
        <source>Ghi lý do trả lại phiếu.</source>
        <translation>Ghi lý do trả lại phiếu.</translation>
    </message>
    <message>
        <source>Đã trả lại phiếu cho cán bộ.</source>
        <translation>Đã trả lại phiếu cho cán bộ.</translation>
    </message>
    <message>
        <source>Đã ghi nhận hình thức thông báo cho người nộp.</source>
        <translation>Đã ghi nhận hình thức thông báo cho người nộp.</translation>
    </message>
    <message>
        <source>Phiếu được ghi “phát hành muộn”.</source>
        <translation>Phiếu được ghi “phát hành muộn”.</translation>
    </message>
</context>
<context>
    <name>ApologyModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Số phiếu</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Ngày phát hành</source>
        <translation>Ngày phát hành</translation>
    </message>
    <message>
        <source>Hạn trả trước đó</source>
        <translation>Hạn trả trước đó</translation>
    </message>
    <message>
        <source>Hạn trả mới</source>
        <translation>Hạn trả mới</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Phát hành muộn</source>
        <translation>Phát hành muộn</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Kiểm tra tính toàn vẹn của nhật ký</source>
        <translation>Kiểm tra tính toàn vẹn của nhật ký</translation>
    </message>
    <message>
        <source>Mỗi thao tác được ghi vào nhật ký kèm mã băm của bản ghi trước; nếu có bản ghi bị sửa, chèn hay xóa, phép kiểm tra chỉ ra bản ghi đầu tiên bị ảnh hưởng.</source>
        <translation>Mỗi thao tác được ghi vào nhật ký kèm mã băm của bản ghi trước; nếu có bản ghi bị sửa, chèn hay xóa, phép kiểm tra chỉ ra bản ghi đầu tiên bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Nhật ký không toàn vẹn</source>
        <translation>Nhật ký không toàn vẹn</translation>
    </message>
</context>
<context>
    <name>BrokenPage</name>
    <message>
        <source>Không mở được trang «%1». Lỗi đã được ghi vào nhật ký.</source>
        <translation>Không mở được trang «%1». Lỗi đã được ghi vào nhật ký.</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Ngày nghỉ thêm</source>
        <translation>Ngày nghỉ thêm</translation>
    </message>
    <message>
        <source>Ngày làm việc bù</source>
        <translation>Ngày làm việc bù</translation>
    </message>
    <message>
        <source>Lý do, ví dụ: Nghỉ Tết theo Thông báo của Thủ tướng</source>
        <translation>Lý do, ví dụ: Nghỉ Tết theo Thông báo của Thủ tướng</translation>
    </message>
    <message>
        <source>Thêm / sửa ngày</source>
        <translation>Thêm / sửa ngày</translation>
    </message>
    <message>
        <source>Ngày lễ, Tết, ngày nghỉ bù và ngày làm bù theo quy định đã có sẵn. Bảng này chỉ để điều chỉnh thêm (ví dụ lịch nghỉ Tết năm sau khi Thủ tướng công bố).</source>
        <translation>Ngày lễ, Tết, ngày nghỉ bù và ngày làm bù theo quy định đã có sẵn. Bảng này chỉ để điều chỉnh thêm (ví dụ lịch nghỉ Tết năm sau khi Thủ tướng công bố).</translation>
    </message>
    <message>
        <source>Đã lưu ngày %1.</source>
        <translation>Đã lưu ngày %1.</translation>
    </message>
</context>
<context>
    <name>CatalogueAdminPage</name>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Danh mục thủ tục hành chính</source>
        <translation>Danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <source>Tìm theo mã hoặc tên thủ tục (gõ có dấu hay không dấu đều được)…</source>
        <translation>Tìm theo mã hoặc tên thủ tục (gõ có dấu hay không dấu đều được)…</translation>
    </message>
    <message>
        <source>Tìm kiếm (Ctrl+F)</source>
        <translation>Tìm kiếm (Ctrl+F)</translation>
    </message>
    <message>
        <source>Chỉ thủ tục đang áp dụng</source>
        <translation>Chỉ thủ tục đang áp dụng</translation>
    </message>
    <message>
        <source>Nhập từ tệp JSON…</source>
        <translation>Nhập từ tệp JSON…</translation>
    </message>
    <message>
        <source>Xuất ra tệp JSON…</source>
        <translation>Xuất ra tệp JSON…</translation>
    </message>
    <message>
        <source>Lĩnh vực:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Đơn vị giải quyết:</source>
        <translation>Đơn vị giải quyết:</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết:</source>
        <translation>Thời hạn giải quyết:</translation>
    </message>
    <message>
        <source>Phí, lệ phí:</source>
        <translation>Phí, lệ phí:</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ theo quy định:</source>
        <translation>Thành phần hồ sơ theo quy định:</translation>
    </message>
    <message>
        <source>Đang tải danh mục…</source>
        <translation>Đang tải danh mục…</translation>
    </message>
    <message>
        <source>Nhập danh mục thủ tục</source>
        <translation>Nhập danh mục thủ tục</translation>
    </message>
    <message>
        <source>Tệp JSON (*.json);;Mọi tệp (*)</source>
        <translation>Tệp JSON (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Xuất danh mục thủ tục</source>
        <translation>Xuất danh mục thủ tục</translation>
    </message>
    <message>
        <source>Tệp JSON (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Phương án “%1”: %2</source>
        <translation>Phương án “%1”: %2</translation>
    </message>
    <message>
        <source>Thời gian thực hiện nghĩa vụ tài chính không tính vào thời hạn.</source>
        <translation>Thời gian thực hiện nghĩa vụ tài chính không tính vào thời hạn.</translation>
    </message>
    <message>
        <source>Không quy định</source>
        <translation>Không quy định</translation>
    </message>
    <message>
        <source>Không áp dụng tại bộ phận một cửa này. %1</source>
        <translation>Không áp dụng tại bộ phận một cửa này. %1</translation>
    </message>
    <message>
        <source>Đã nhập danh mục</source>
        <translation>Đã nhập danh mục</translation>
    </message>
    <message>
        <source>Đã nhập %1 thủ tục: %2 mới, %3 cập nhật, %4 không đổi.</source>
        <translation>Đã nhập %1 thủ tục: %2 mới, %3 cập nhật, %4 không đổi.</translation>
    </message>
    <message>
        <source>Không nhập được danh mục</source>
        <translation>Không nhập được danh mục</translation>
    </message>
    <message>
        <source>Đã xuất %1 thủ tục ra tệp %2.</source>
        <translation>Đã xuất %1 thủ tục ra tệp %2.</translation>
    </message>
    <message>
        <source>Không xuất được danh mục</source>
        <translation>Không xuất được danh mục</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>%1 thủ tục (%2 đang áp dụng)</source>
        <translation>%1 thủ tục (%2 đang áp dụng)</translation>
    </message>
    <message>
        <source>; tìm thấy %1</source>
        <translation>; tìm thấy %1</translation>
    </message>
    <message>
        <source>Chọn một thủ tục để xem thành phần hồ sơ và thời hạn.</source>
        <translation>Chọn một thủ tục để xem thành phần hồ sơ và thời hạn.</translation>
    </message>
</context>
<context>
    <name>ComponentChecklist</name>
    <message>
        <source>Chọn thủ tục để hiện danh mục thành phần hồ sơ.</source>
        <translation>Chọn thủ tục để hiện danh mục thành phần hồ sơ.</translation>
    </message>
    <message>
        <source>Nộp</source>
        <translation>Nộp</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ (* bắt buộc)</source>
        <translation>Thành phần hồ sơ (* bắt buộc)</translation>
    </message>
    <message>
        <source>Chính</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>Sao CT</source>
        <translation>Sao CT</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Bản số hóa</source>
        <translation>Bản số hóa</translation>
    </message>
    <message>
        <source>Đã nộp %1/%2 thành phần · %3 bản chính, %4 bản sao chứng thực, %5 bản photo · %6 đã số hóa</source>
        <translation>Đã nộp %1/%2 thành phần · %3 bản chính, %4 bản sao chứng thực, %5 bản photo · %6 đã số hóa</translation>
    </message>
</context>
<context>
    <name>ComponentRow</name>
    <message>
        <source>Đã nộp (phím cách)</source>
        <translation>Đã nộp (phím cách)</translation>
    </message>
    <message>
        <source>Số bản chính</source>
        <translation>Số bản chính</translation>
    </message>
    <message>
        <source>Số bản sao chứng thực</source>
        <translation>Số bản sao chứng thực</translation>
    </message>
    <message>
        <source>Số bản photo</source>
        <translation>Số bản photo</translation>
    </message>
    <message>
        <source>Đính kèm…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <source>Chọn tệp quét PDF, JPEG hoặc PNG (Ctrl+O), hoặc kéo thả tệp vào dòng này</source>
        <translation>Chọn tệp quét PDF, JPEG hoặc PNG (Ctrl+O), hoặc kéo thả tệp vào dòng này</translation>
    </message>
    <message>
        <source>đã số hóa</source>
        <translation>đã số hóa</translation>
    </message>
    <message>
        <source>Thay tệp…</source>
        <translation>Thay tệp…</translation>
    </message>
</context>
<context>
    <name>ComponentTableModel</name>
    <message>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Bản chính</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Bản sao chứng thực</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <source>Bản photo</source>
        <translation>Bản photo</translation>
    </message>
    <message>
        <source>Yêu cầu</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Mẫu đơn, tờ khai</source>
        <translation>Mẫu đơn, tờ khai</translation>
    </message>
    <message>
        <source>Bắt buộc</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Nếu có: %1</source>
        <translation>Nếu có: %1</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Điều chỉnh thông tin người nộp</source>
        <translation>Điều chỉnh thông tin người nộp</translation>
    </message>
    <message>
        <source>Hồ sơ đã được tiếp nhận: mọi điều chỉnh được ghi vào quá trình xử lý và nhật ký (giá trị cũ và mới), kèm lý do.</source>
        <translation>Hồ sơ đã được tiếp nhận: mọi điều chỉnh được ghi vào quá trình xử lý và nhật ký (giá trị cũ và mới), kèm lý do.</translation>
    </message>
    <message>
        <source>Lưu điều chỉnh (Ctrl+Enter)</source>
        <translation>Lưu điều chỉnh (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Họ tên:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <source>Số định danh:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>(không ghi)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Thư điện tử:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>Lý do điều chỉnh:</source>
        <translation>Lý do điều chỉnh:</translation>
    </message>
    <message>
        <source>Bắt buộc, ví dụ: ghi sai số điện thoại</source>
        <translation>Bắt buộc, ví dụ: ghi sai số điện thoại</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Lỗi không mong muốn</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Chương trình gặp lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.
Hãy bấm «Sao chép» và gửi nội dung dưới đây cho bộ phận hỗ trợ kỹ thuật.</source>
        <translation>Chương trình gặp lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.
Hãy bấm «Sao chép» và gửi nội dung dưới đây cho bộ phận hỗ trợ kỹ thuật.</translation>
    </message>
    <message>
        <source>Sao chép</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Đã sao chép</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Hồ sơ đến hạn và quá hạn</source>
        <translation>Hồ sơ đến hạn và quá hạn</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Làm mới (F5)</source>
        <translation>Làm mới (F5)</translation>
    </message>
    <message>
        <source>Mở hồ sơ (Enter)</source>
        <translation>Mở hồ sơ (Enter)</translation>
    </message>
    <message>
        <source>Phiếu xin lỗi, hẹn lại… (Ctrl+E)</source>
        <translation>Phiếu xin lỗi, hẹn lại… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Đơn vị trễ hạn (theo từng bước xử lý)</source>
        <translation>Đơn vị trễ hạn (theo từng bước xử lý)</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Số bước</source>
        <translation>Số bước</translation>
    </message>
    <message>
        <source>Trễ hạn</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Trước hạn</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>Đang quá hạn</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <source>Đến hạn ngày làm việc tới (%1)</source>
        <translation>Đến hạn ngày làm việc tới (%1)</translation>
    </message>
    <message>
        <source>%1 hồ sơ đang giải quyết · cập nhật lúc %2</source>
        <translation>%1 hồ sơ đang giải quyết · cập nhật lúc %2</translation>
    </message>
    <message>
        <source> — %1 hồ sơ đầu tiên (hạn sớm nhất)</source>
        <translation> — %1 hồ sơ đầu tiên (hạn sớm nhất)</translation>
    </message>
    <message>
        <source> — không có hồ sơ nào</source>
        <translation> — không có hồ sơ nào</translation>
    </message>
    <message>
        <source>Không tải được dữ liệu: %1</source>
        <translation>Không tải được dữ liệu: %1</translation>
    </message>
    <message>
        <source>Ước tính: đang tính…</source>
        <translation>Ước tính: đang tính…</translation>
    </message>
    <message>
        <source>Ước tính: %1</source>
        <translation>Ước tính: %1</translation>
    </message>
</context>
<context>
    <name>DossierDetailDialog</name>
    <message>
        <source>Hồ sơ %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>Mã hồ sơ:</source>
        <translation>Mã hồ sơ:</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ trực tuyến…</source>
        <translation>Tiếp nhận hồ sơ trực tuyến…</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận…</source>
        <translation>Từ chối tiếp nhận…</translation>
    </message>
    <message>
        <source>Chuyển xử lý…</source>
        <translation>Chuyển xử lý…</translation>
    </message>
    <message>
        <source>Cập nhật tiến độ…</source>
        <translation>Cập nhật tiến độ…</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung…</source>
        <translation>Yêu cầu bổ sung…</translation>
    </message>
    <message>
        <source>Nhận hồ sơ bổ sung…</source>
        <translation>Nhận hồ sơ bổ sung…</translation>
    </message>
    <message>
        <source>Yêu cầu nghĩa vụ tài chính…</source>
        <translation>Yêu cầu nghĩa vụ tài chính…</translation>
    </message>
    <message>
        <source>Đã thực hiện nghĩa vụ tài chính…</source>
        <translation>Đã thực hiện nghĩa vụ tài chính…</translation>
    </message>
    <message>
        <source>Đã có kết quả…</source>
        <translation>Đã có kết quả…</translation>
    </message>
    <message>
        <source>Trả kết quả…</source>
        <translation>Trả kết quả…</translation>
    </message>
    <message>
        <source>Công dân rút hồ sơ…</source>
        <translation>Công dân rút hồ sơ…</translation>
    </message>
    <message>
        <source>Dừng xử lý…</source>
        <translation>Dừng xử lý…</translation>
    </message>
    <message>
        <source>Từ chối giải quyết…</source>
        <translation>Từ chối giải quyết…</translation>
    </message>
    <message>
        <source>Xin lỗi, hẹn lại ngày trả…</source>
        <translation>Xin lỗi, hẹn lại ngày trả…</translation>
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation>Người nộp:</translation>
    </message>
    <message>
        <source>Nội dung yêu cầu:</source>
        <translation>Nội dung yêu cầu:</translation>
    </message>
    <message>
        <source>Số định danh:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Người được ủy quyền:</source>
        <translation>Người được ủy quyền:</translation>
    </message>
    <message>
        <source>Ngày nhận:</source>
        <translation>Ngày nhận:</translation>
    </message>
    <message>
        <source>Người thực hiện, đơn vị</source>
        <translation>Người thực hiện, đơn vị</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Bước</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Đơn vị xử lý</source>
        <translation>Đơn vị xử lý</translation>
    </message>
    <message>
        <source>Người xử lý</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Hạn bước</source>
        <translation>Hạn bước</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Các bước xử lý tại đơn vị:</source>
        <translation>Các bước xử lý tại đơn vị:</translation>
    </message>
    <message>
        <source>Thông tin chung (Ctrl+1)</source>
        <translation>Thông tin chung (Ctrl+1)</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ (Ctrl+2)</source>
        <translation>Thành phần hồ sơ (Ctrl+2)</translation>
    </message>
    <message>
        <source>Quá trình xử lý (Ctrl+3)</source>
        <translation>Quá trình xử lý (Ctrl+3)</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Điều chỉnh thông tin người nộp…</source>
        <translation>Điều chỉnh thông tin người nộp…</translation>
    </message>
    <message>
        <source>In lại giấy tờ…</source>
        <translation>In lại giấy tờ…</translation>
    </message>
    <message>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Phiếu kiểm soát quá trình giải quyết</source>
        <translation>Phiếu kiểm soát quá trình giải quyết</translation>
    </message>
    <message>
        <source>Mở bản lưu (bản in lần đầu)</source>
        <translation>Mở bản lưu (bản in lần đầu)</translation>
    </message>
    <message>
        <source>%1 - số %2, %3</source>
        <translation>%1 - số %2, %3</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Đã xong: %1</source>
        <translation>Đã xong: %1</translation>
    </message>
    <message>
        <source>Thời gian làm việc còn lại đến hạn trả hiện tại (cập nhật mỗi 30 giây)</source>
        <translation>Thời gian làm việc còn lại đến hạn trả hiện tại (cập nhật mỗi 30 giây)</translation>
    </message>
    <message>
        <source>Thời hạn đang tạm dừng</source>
        <translation>Thời hạn đang tạm dừng</translation>
    </message>
    <message>
        <source>Hạn trả: %1</source>
        <translation>Hạn trả: %1</translation>
    </message>
    <message>
        <source>Đã số hóa</source>
        <translation>Đã số hóa</translation>
    </message>
    <message>
        <source>Chưa số hóa</source>
        <translation>Chưa số hóa</translation>
    </message>
    <message>
        <source>Cần bổ sung: %1</source>
        <translation>Cần bổ sung: %1</translation>
    </message>
    <message>
        <source>Từ chối: %1</source>
        <translation>Từ chối: %1</translation>
    </message>
    <message>
        <source>có kết quả lúc %1</source>
        <translation>có kết quả lúc %1</translation>
    </message>
    <message>
        <source>đã trả lúc %1, %2</source>
        <translation>đã trả lúc %1, %2</translation>
    </message>
    <message>
        <source>, người nhận: %1</source>
        <translation>, người nhận: %1</translation>
    </message>
    <message>
        <source>, hài lòng: %1/5</source>
        <translation>, hài lòng: %1/5</translation>
    </message>
    <message>
        <source>từ %1 đến %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>nay (đang tạm dừng)</source>
        <translation>nay (đang tạm dừng)</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Đã hẹn lại một lần (Phiếu xin lỗi)</source>
        <translation>Đã hẹn lại một lần (Phiếu xin lỗi)</translation>
    </message>
    <message>
        <source> — phát hành muộn</source>
        <translation> — phát hành muộn</translation>
    </message>
    <message>
        <source>%1/1 lần</source>
        <translation>%1/1 lần</translation>
    </message>
    <message>
        <source>Không có thao tác nào cho hồ sơ ở trạng thái này.</source>
        <translation>Không có thao tác nào cho hồ sơ ở trạng thái này.</translation>
    </message>
    <message>
        <source>Chỉ xem (chưa đăng nhập hoặc chưa mở cơ sở dữ liệu).</source>
        <translation>Chỉ xem (chưa đăng nhập hoặc chưa mở cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Hồ sơ nộp trực tuyến được tiếp nhận; thời hạn giải quyết tính từ lúc tiếp nhận.</source>
        <translation>Hồ sơ nộp trực tuyến được tiếp nhận; thời hạn giải quyết tính từ lúc tiếp nhận.</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết được tính lại từ đầu kể từ khi nhận đủ hồ sơ bổ sung.</source>
        <translation>Thời hạn giải quyết được tính lại từ đầu kể từ khi nhận đủ hồ sơ bổ sung.</translation>
    </message>
    <message>
        <source>Nghĩa vụ tài chính:</source>
        <translation>Nghĩa vụ tài chính:</translation>
    </message>
    <message>
        <source>Thời hạn tạm dừng trong khi công dân thực hiện nghĩa vụ tài chính (nếu thủ tục quy định).</source>
        <translation>Thời hạn tạm dừng trong khi công dân thực hiện nghĩa vụ tài chính (nếu thủ tục quy định).</translation>
    </message>
    <message>
        <source>Chứng từ, ghi chú:</source>
        <translation>Chứng từ, ghi chú:</translation>
    </message>
    <message>
        <source>Hồ sơ chuyển sang “Đã xử lý xong”, chờ trả kết quả cho công dân.</source>
        <translation>Hồ sơ chuyển sang “Đã xử lý xong”, chờ trả kết quả cho công dân.</translation>
    </message>
    <message>
        <source>Sau đó lập Thông báo dừng giải quyết hồ sơ và dừng xử lý.</source>
        <translation>Sau đó lập Thông báo dừng giải quyết hồ sơ và dừng xử lý.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 — %2</source>
        <translation>Hồ sơ %1 — %2</translation>
    </message>
    <message>
        <source>Đã ghi nhận: %1.</source>
        <translation>Đã ghi nhận: %1.</translation>
    </message>
    <message>
        <source>Chưa có bản quét</source>
        <translation>Chưa có bản quét</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Không đọc được bản quét</source>
        <translation>Không đọc được bản quét</translation>
    </message>
    <message>
        <source>Bản quét: %1</source>
        <translation>Bản quét: %1</translation>
    </message>
    <message>
        <source>Chọn bản quét cho: %1</source>
        <translation>Chọn bản quét cho: %1</translation>
    </message>
    <message>
        <source>Bản quét (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Bản quét (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Đơn vị xử lý:</source>
        <translation>Đơn vị xử lý:</translation>
    </message>
    <message>
        <source>Phí, lệ phí:</source>
        <translation>Phí, lệ phí:</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Thời gian quy định:</source>
        <translation>Thời gian quy định:</translation>
    </message>
    <message>
        <source>Hạn trả ban đầu:</source>
        <translation>Hạn trả ban đầu:</translation>
    </message>
    <message>
        <source>Tạm dừng:</source>
        <translation>Tạm dừng:</translation>
    </message>
    <message>
        <source>Tính lại từ:</source>
        <translation>Tính lại từ:</translation>
    </message>
    <message>
        <source>Gia hạn:</source>
        <translation>Gia hạn:</translation>
    </message>
    <message>
        <source>Hạn trả hiện tại:</source>
        <translation>Hạn trả hiện tại:</translation>
    </message>
    <message>
        <source>Hạn theo Bộ chỉ số 766:</source>
        <translation>Hạn theo Bộ chỉ số 766:</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung:</source>
        <translation>Yêu cầu bổ sung:</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Bản chính</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Bản chụp</source>
        <translation>Bản chụp</translation>
    </message>
    <message>
        <source>Bản sao CT</source>
        <translation>Bản sao CT</translation>
    </message>
    <message>
        <source>Bản quét</source>
        <translation>Bản quét</translation>
    </message>
    <message>
        <source>Chọn một thành phần để xem bản quét</source>
        <translation>Chọn một thành phần để xem bản quét</translation>
    </message>
    <message>
        <source>Xem bản quét (Enter)</source>
        <translation>Xem bản quét (Enter)</translation>
    </message>
    <message>
        <source>Số hóa… (%1)</source>
        <translation>Số hóa… (%1)</translation>
    </message>
    <message>
        <source>Đính kèm bản quét cho thành phần chưa số hóa</source>
        <translation>Đính kèm bản quét cho thành phần chưa số hóa</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Hạn trả</source>
        <translation>Hạn trả</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Thời gian còn lại</source>
        <translation>Thời gian còn lại</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Tìm theo mã hồ sơ, tên người nộp, thủ tục… (hoặc quét mã vạch trên giấy hẹn)</source>
        <translation>Tìm theo mã hồ sơ, tên người nộp, thủ tục… (hoặc quét mã vạch trên giấy hẹn)</translation>
    </message>
    <message>
        <source>Tất cả trạng thái</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Chờ bổ sung</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <source>Chờ thực hiện nghĩa vụ tài chính</source>
        <translation>Chờ thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Đã có kết quả, chờ trả</source>
        <translation>Đã có kết quả, chờ trả</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Không tiếp nhận / dừng xử lý</source>
        <translation>Không tiếp nhận / dừng xử lý</translation>
    </message>
    <message>
        <source>Tất cả lĩnh vực</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>Chọn thủ tục (Alt+U): gõ tên hoặc mã, không cần dấu, rồi Enter.</source>
        <translation>Chọn thủ tục (Alt+U): gõ tên hoặc mã, không cần dấu, rồi Enter.</translation>
    </message>
    <message>
        <source>Tất cả cán bộ</source>
        <translation>Tất cả cán bộ</translation>
    </message>
    <message>
        <source>Cán bộ đã tiếp nhận hồ sơ (Alt+B)</source>
        <translation>Cán bộ đã tiếp nhận hồ sơ (Alt+B)</translation>
    </message>
    <message>
        <source>Mọi ngày</source>
        <translation>Mọi ngày</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Hôm qua</source>
        <translation>Hôm qua</translation>
    </message>
    <message>
        <source>Tuần này</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <source>Tháng này</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Tháng trước</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Năm nay</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Tự chọn khoảng ngày</source>
        <translation>Tự chọn khoảng ngày</translation>
    </message>
    <message>
        <source>X&amp;oá lọc</source>
        <translation>X&amp;oá lọc</translation>
    </message>
    <message>
        <source>Bỏ mọi điều kiện lọc và tìm kiếm (Alt+O)</source>
        <translation>Bỏ mọi điều kiện lọc và tìm kiếm (Alt+O)</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <source>T&amp;rạng thái:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>&amp;Lĩnh vực:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Cán &amp;bộ:</source>
        <translation>Cán &amp;bộ:</translation>
    </message>
    <message>
        <source>&amp;Khoảng ngày nhận:</source>
        <translation>&amp;Khoảng ngày nhận:</translation>
    </message>
    <message>
        <source>Từ n&amp;gày:</source>
        <translation>Từ n&amp;gày:</translation>
    </message>
    <message>
        <source>Đến ngà&amp;y:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>Đang tải danh sách…</source>
        <translation>Đang tải danh sách…</translation>
    </message>
    <message>
        <source>“Từ ngày” %1 sau “Đến ngày” %2: hãy sửa lại khoảng ngày. Danh sách vẫn theo bộ lọc trước.</source>
        <translation>“Từ ngày” %1 sau “Đến ngày” %2: hãy sửa lại khoảng ngày. Danh sách vẫn theo bộ lọc trước.</translation>
    </message>
    <message>
        <source>tìm “%1”</source>
        <translation>tìm “%1”</translation>
    </message>
    <message>
        <source>lĩnh vực %1</source>
        <translation>lĩnh vực %1</translation>
    </message>
    <message>
        <source>thủ tục %1</source>
        <translation>thủ tục %1</translation>
    </message>
    <message>
        <source>cán bộ %1</source>
        <translation>cán bộ %1</translation>
    </message>
    <message>
        <source>nhận ngày %1</source>
        <translation>nhận ngày %1</translation>
    </message>
    <message>
        <source>nhận từ %1 đến %2</source>
        <translation>nhận từ %1 đến %2</translation>
    </message>
    <message>
        <source>nhận từ %1</source>
        <translation>nhận từ %1</translation>
    </message>
    <message>
        <source>nhận đến %1</source>
        <translation>nhận đến %1</translation>
    </message>
    <message>
        <source>Đang lọc: %1</source>
        <translation>Đang lọc: %1</translation>
    </message>
    <message>
        <source>Không có thủ tục nào khớp “%1”%2.</source>
        <translation>Không có thủ tục nào khớp “%1”%2.</translation>
    </message>
    <message>
        <source> trong lĩnh vực đã chọn</source>
        <translation> trong lĩnh vực đã chọn</translation>
    </message>
    <message>
        <source>%1 hồ sơ</source>
        <translation>%1 hồ sơ</translation>
    </message>
    <message>
        <source>Không tải được danh sách: %1</source>
        <translation>Không tải được danh sách: %1</translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Đơn vị xử lý</source>
        <translation>Đơn vị xử lý</translation>
    </message>
    <message>
        <source>Hạn trả</source>
        <translation>Hạn trả</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Thời gian còn lại</source>
        <translation>Thời gian còn lại</translation>
    </message>
    <message>
        <source>Có Phiếu xin lỗi đang chờ lãnh đạo duyệt</source>
        <translation>Có Phiếu xin lỗi đang chờ lãnh đạo duyệt</translation>
    </message>
    <message>
        <source> (đã gia hạn)</source>
        <translation> (đã gia hạn)</translation>
    </message>
    <message>
        <source> · phiếu chờ duyệt</source>
        <translation> · phiếu chờ duyệt</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Tạo tài khoản quản trị</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <source>Đây là lần chạy đầu tiên trên cơ sở dữ liệu này. Hãy tạo tài khoản quản trị; các tài khoản cán bộ được tạo sau khi đăng nhập.</source>
        <translation>Đây là lần chạy đầu tiên trên cơ sở dữ liệu này. Hãy tạo tài khoản quản trị; các tài khoản cán bộ được tạo sau khi đăng nhập.</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Tạo tài khoản</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>Form06Model</name>
    <message>
        <source>Nhận giải quyết</source>
        <translation>Nhận giải quyết</translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Trả lại, rút</source>
        <translation>Trả lại, rút</translation>
    </message>
    <message>
        <source>Bổ sung</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <source>Tổng số</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Kỳ trước chuyển qua</source>
        <translation>Kỳ trước chuyển qua</translation>
    </message>
    <message>
        <source>Mới: trực tuyến</source>
        <translation>Mới: trực tuyến</translation>
    </message>
    <message>
        <source>Mới: trực tiếp, bưu chính</source>
        <translation>Mới: trực tiếp, bưu chính</translation>
    </message>
    <message>
        <source>Trước hạn</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Trong hạn</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Từ chối giải quyết</source>
        <translation>Từ chối giải quyết</translation>
    </message>
    <message>
        <source>Rút, dừng xử lý</source>
        <translation>Rút, dừng xử lý</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Lĩnh vực, thủ tục hành chính</source>
        <translation>Lĩnh vực, thủ tục hành chính</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Chỉ số</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Tử số</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <source>Mẫu số</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Cách tính</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Tỷ lệ hồ sơ giải quyết đúng hạn (Bộ chỉ số 766)</source>
        <translation>Tỷ lệ hồ sơ giải quyết đúng hạn (Bộ chỉ số 766)</translation>
    </message>
    <message>
        <source>Tỷ lệ giải quyết đúng hạn (Biểu 06, theo hạn hiện hành)</source>
        <translation>Tỷ lệ giải quyết đúng hạn (Biểu 06, theo hạn hiện hành)</translation>
    </message>
    <message>
        <source>Tỷ lệ hồ sơ nộp trực tuyến</source>
        <translation>Tỷ lệ hồ sơ nộp trực tuyến</translation>
    </message>
    <message>
        <source>Tỷ lệ hồ sơ thanh toán trực tuyến</source>
        <translation>Tỷ lệ hồ sơ thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>Tỷ lệ số hóa thành phần hồ sơ</source>
        <translation>Tỷ lệ số hóa thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Đánh giá của người nhận kết quả</source>
        <translation>Đánh giá của người nhận kết quả</translation>
    </message>
    <message>
        <source>Mức độ hài lòng (Bộ chỉ số 766)</source>
        <translation>Mức độ hài lòng (Bộ chỉ số 766)</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Chưa đăng nhập: phải đăng nhập tài khoản cán bộ trước khi tiếp nhận hồ sơ (mỗi hồ sơ ghi tên cán bộ tiếp nhận).</source>
        <translation>Chưa đăng nhập: phải đăng nhập tài khoản cán bộ trước khi tiếp nhận hồ sơ (mỗi hồ sơ ghi tên cán bộ tiếp nhận).</translation>
    </message>
    <message>
        <source>Tiếp nhận, cấp mã hồ sơ (Ctrl+Enter)</source>
        <translation>Tiếp nhận, cấp mã hồ sơ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung (F7)</source>
        <translation>Yêu cầu bổ sung (F7)</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận (F8)</source>
        <translation>Từ chối tiếp nhận (F8)</translation>
    </message>
    <message>
        <source>Hồ sơ mới (Ctrl+N)</source>
        <translation>Hồ sơ mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>In giấy tiếp nhận (F9)</source>
        <translation>In giấy tiếp nhận (F9)</translation>
    </message>
    <message>
        <source>1. Thủ tục hành chính (F2)</source>
        <translation>1. Thủ tục hành chính (F2)</translation>
    </message>
    <message>
        <source>Trường hợp:</source>
        <translation>Trường hợp:</translation>
    </message>
    <message>
        <source>2. Người nộp hồ sơ (F3 quét mã QR căn cước)</source>
        <translation>2. Người nộp hồ sơ (F3 quét mã QR căn cước)</translation>
    </message>
    <message>
        <source>Đưa thẻ căn cước vào máy quét, hoặc dán nội dung mã QR rồi nhấn Enter</source>
        <translation>Đưa thẻ căn cước vào máy quét, hoặc dán nội dung mã QR rồi nhấn Enter</translation>
    </message>
    <message>
        <source>Họ và tên đầy đủ, có dấu</source>
        <translation>Họ và tên đầy đủ, có dấu</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 05/03/1990</source>
        <translation>ngày/tháng/năm, ví dụ 05/03/1990</translation>
    </message>
    <message>
        <source>— chọn —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Nơi thường trú</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <source>Di động, 10 chữ số</source>
        <translation>Di động, 10 chữ số</translation>
    </message>
    <message>
        <source>Không bắt buộc</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>Có người được ủy quyền nộp thay</source>
        <translation>Có người được ủy quyền nộp thay</translation>
    </message>
    <message>
        <source>Họ tên người được ủy quyền</source>
        <translation>Họ tên người được ủy quyền</translation>
    </message>
    <message>
        <source>Số định danh / giấy tờ</source>
        <translation>Số định danh / giấy tờ</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Họ tên:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <source>Số giấy tờ:</source>
        <translation>Số giấy tờ:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Quét QR CCCD:</source>
        <translation>Quét QR CCCD:</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Số định danh:</source>
        <translation>Số định danh:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>F2 Thủ tục · F3 Quét CCCD · F4 Thành phần · Ctrl+O Đính kèm tệp · Enter sang ô tiếp theo · Ctrl+Enter Tiếp nhận · F7 Yêu cầu bổ sung · F8 Từ chối · F9 In phiếu · Ctrl+P Sổ theo dõi, giấy tờ đã in · Esc Hủy thao tác · Ctrl+N Hồ sơ mới</source>
        <translation>F2 Thủ tục · F3 Quét CCCD · F4 Thành phần · Ctrl+O Đính kèm tệp · Enter sang ô tiếp theo · Ctrl+Enter Tiếp nhận · F7 Yêu cầu bổ sung · F8 Từ chối · F9 In phiếu · Ctrl+P Sổ theo dõi, giấy tờ đã in · Esc Hủy thao tác · Ctrl+N Hồ sơ mới</translation>
    </message>
    <message>
        <source>Sổ theo dõi, giấy tờ đã phát hành (Ctrl+P)</source>
        <translation>Sổ theo dõi, giấy tờ đã phát hành (Ctrl+P)</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Thư điện tử:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>3. Thành phần hồ sơ theo danh mục đã công bố (F4)</source>
        <translation>3. Thành phần hồ sơ theo danh mục đã công bố (F4)</translation>
    </message>
    <message>
        <source>Thư mục máy quét…</source>
        <translation>Thư mục máy quét…</translation>
    </message>
    <message>
        <source>4. Kênh nộp, nhận kết quả, phí và lệ phí</source>
        <translation>4. Kênh nộp, nhận kết quả, phí và lệ phí</translation>
    </message>
    <message>
        <source>Số biên lai thu phí, lệ phí</source>
        <translation>Số biên lai thu phí, lệ phí</translation>
    </message>
    <message>
        <source>Số bộ:</source>
        <translation>Số bộ:</translation>
    </message>
    <message>
        <source>Kênh nộp:</source>
        <translation>Kênh nộp:</translation>
    </message>
    <message>
        <source>Nhận kết quả:</source>
        <translation>Nhận kết quả:</translation>
    </message>
    <message>
        <source>Phí, lệ phí:</source>
        <translation>Phí, lệ phí:</translation>
    </message>
    <message>
        <source>Biên lai số:</source>
        <translation>Biên lai số:</translation>
    </message>
    <message>
        <source>Hình thức nộp:</source>
        <translation>Hình thức nộp:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Ngày hẹn trả kết quả (tính theo lịch làm việc)</source>
        <translation>Ngày hẹn trả kết quả (tính theo lịch làm việc)</translation>
    </message>
    <message>
        <source>Chọn thủ tục để tính ngày hẹn trả.</source>
        <translation>Chọn thủ tục để tính ngày hẹn trả.</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</source>
        <translation>Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</translation>
    </message>
    <message>
        <source>Hướng dẫn một lần, đầy đủ mọi nội dung cần bổ sung; không cấp mã hồ sơ.</source>
        <translation>Hướng dẫn một lần, đầy đủ mọi nội dung cần bổ sung; không cấp mã hồ sơ.</translation>
    </message>
    <message>
        <source>Mỗi dòng một nội dung cần bổ sung</source>
        <translation>Mỗi dòng một nội dung cần bổ sung</translation>
    </message>
    <message>
        <source>Ví dụ: thiếu giấy tờ bắt buộc theo danh mục</source>
        <translation>Ví dụ: thiếu giấy tờ bắt buộc theo danh mục</translation>
    </message>
    <message>
        <source>Cán bộ hướng dẫn, số điện thoại</source>
        <translation>Cán bộ hướng dẫn, số điện thoại</translation>
    </message>
    <message>
        <source>Lập phiếu yêu cầu bổ sung (Ctrl+Enter)</source>
        <translation>Lập phiếu yêu cầu bổ sung (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hủy (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <source>Nội dung cần bổ sung:</source>
        <translation>Nội dung cần bổ sung:</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Liên hệ:</source>
        <translation>Liên hệ:</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận hồ sơ (Mẫu 03) — ghi rõ lý do</source>
        <translation>Từ chối tiếp nhận hồ sơ (Mẫu 03) — ghi rõ lý do</translation>
    </message>
    <message>
        <source>Lý do từ chối (bắt buộc), ví dụ: yêu cầu không thuộc thẩm quyền giải quyết của xã</source>
        <translation>Lý do từ chối (bắt buộc), ví dụ: yêu cầu không thuộc thẩm quyền giải quyết của xã</translation>
    </message>
    <message>
        <source>Xác nhận từ chối (Ctrl+Enter)</source>
        <translation>Xác nhận từ chối (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Không tải được danh mục thủ tục: %1</source>
        <translation>Không tải được danh mục thủ tục: %1</translation>
    </message>
    <message>
        <source>Chọn thủ tục trước để hiện danh mục thành phần hồ sơ.</source>
        <translation>Chọn thủ tục trước để hiện danh mục thành phần hồ sơ.</translation>
    </message>
    <message>
        <source>Thông thường</source>
        <translation>Thông thường</translation>
    </message>
    <message>
        <source>Đánh dấu khoản phí, lệ phí đã thu.</source>
        <translation>Đánh dấu khoản phí, lệ phí đã thu.</translation>
    </message>
    <message>
        <source>Thủ tục không thu phí, lệ phí.</source>
        <translation>Thủ tục không thu phí, lệ phí.</translation>
    </message>
    <message>
        <source>Chọn thủ tục để hiện các khoản phí, lệ phí.</source>
        <translation>Chọn thủ tục để hiện các khoản phí, lệ phí.</translation>
    </message>
    <message>
        <source>Hẹn trả: %1</source>
        <translation>Hẹn trả: %1</translation>
    </message>
    <message>
        <source>Thời hạn: %1 · tiếp nhận lúc %2</source>
        <translation>Thời hạn: %1 · tiếp nhận lúc %2</translation>
    </message>
    <message>
        <source>Không tính các ngày nghỉ:</source>
        <translation>Không tính các ngày nghỉ:</translation>
    </message>
    <message>
        <source>Không tính được ngày hẹn trả: %1</source>
        <translation>Không tính được ngày hẹn trả: %1</translation>
    </message>
    <message>
        <source>Tên tổ chức:</source>
        <translation>Tên tổ chức:</translation>
    </message>
    <message>
        <source>Mã số / giấy tờ:</source>
        <translation>Mã số / giấy tờ:</translation>
    </message>
    <message>
        <source>Mã số doanh nghiệp, quyết định thành lập…</source>
        <translation>Mã số doanh nghiệp, quyết định thành lập…</translation>
    </message>
    <message>
        <source>Không đọc được mã QR căn cước: %1 Thông tin đã nhập được giữ nguyên; hãy quét lại hoặc nhập tay.</source>
        <translation>Không đọc được mã QR căn cước: %1 Thông tin đã nhập được giữ nguyên; hãy quét lại hoặc nhập tay.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>%1 đã nhập “%2” khác trên thẻ “%3”; đã lấy theo thẻ.</source>
        <translation>%1 đã nhập “%2” khác trên thẻ “%3”; đã lấy theo thẻ.</translation>
    </message>
    <message>
        <source>Đã đọc thẻ căn cước: %1 (số %2).</source>
        <translation>Đã đọc thẻ căn cước: %1 (số %2).</translation>
    </message>
    <message>
        <source>Chọn thủ tục trước để đính kèm tệp quét.</source>
        <translation>Chọn thủ tục trước để đính kèm tệp quét.</translation>
    </message>
    <message>
        <source>Chọn tệp quét</source>
        <translation>Chọn tệp quét</translation>
    </message>
    <message>
        <source>Tệp quét (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)</source>
        <translation>Tệp quét (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Đã số hóa “%1”: %2.</source>
        <translation>Đã số hóa “%1”: %2.</translation>
    </message>
    <message>
        <source>Không đính kèm được tệp “%1”: %2</source>
        <translation>Không đính kèm được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>Thư mục máy quét lưu tệp</source>
        <translation>Thư mục máy quét lưu tệp</translation>
    </message>
    <message>
        <source>Không mở được thư mục máy quét “%1”.</source>
        <translation>Không mở được thư mục máy quét “%1”.</translation>
    </message>
    <message>
        <source>Tự nhận tệp mới từ thư mục máy quét: %1</source>
        <translation>Tự nhận tệp mới từ thư mục máy quét: %1</translation>
    </message>
    <message>
        <source>Kéo thả tệp quét vào dòng thành phần, hoặc chọn thư mục máy quét để tự nhận tệp mới.</source>
        <translation>Kéo thả tệp quét vào dòng thành phần, hoặc chọn thư mục máy quét để tự nhận tệp mới.</translation>
    </message>
    <message>
        <source>Có tệp quét mới “%1” nhưng chưa chọn thủ tục.</source>
        <translation>Có tệp quét mới “%1” nhưng chưa chọn thủ tục.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa sẵn sàng, xin chờ trong giây lát.</source>
        <translation>Cơ sở dữ liệu chưa sẵn sàng, xin chờ trong giây lát.</translation>
    </message>
    <message>
        <source>Chưa đăng nhập: phải đăng nhập tài khoản cán bộ trước khi ghi nhận hồ sơ.</source>
        <translation>Chưa đăng nhập: phải đăng nhập tài khoản cán bộ trước khi ghi nhận hồ sơ.</translation>
    </message>
    <message>
        <source>Mã hồ sơ: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Mã hồ sơ: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Người nộp: %1</source>
        <translation>Người nộp: %1</translation>
    </message>
    <message>
        <source>Thủ tục: %1</source>
        <translation>Thủ tục: %1</translation>
    </message>
    <message>
        <source>Hẹn trả kết quả: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Hẹn trả kết quả: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In giấy tiếp nhận, hẹn trả (F9)</source>
        <translation>In giấy tiếp nhận, hẹn trả (F9)</translation>
    </message>
    <message>
        <source>Hồ sơ đã được ghi nhận. Chức năng in Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) đang được xây dựng.</source>
        <translation>Hồ sơ đã được ghi nhận. Chức năng in Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) đang được xây dựng.</translation>
    </message>
    <message>
        <source>In phiếu yêu cầu bổ sung, hoàn thiện (F9)</source>
        <translation>In phiếu yêu cầu bổ sung, hoàn thiện (F9)</translation>
    </message>
    <message>
        <source>Chức năng in chưa sẵn sàng; hồ sơ đã được ghi nhận.</source>
        <translation>Chức năng in chưa sẵn sàng; hồ sơ đã được ghi nhận.</translation>
    </message>
    <message>
        <source>Đã tiếp nhận hồ sơ</source>
        <translation>Đã tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Hồ sơ chưa đầy đủ thành phần theo quy định</source>
        <translation>Hồ sơ chưa đầy đủ thành phần theo quy định</translation>
    </message>
    <message>
        <source>Ghi đủ mọi nội dung cần bổ sung (chỉ yêu cầu một lần), rồi nhấn Ctrl+Enter.</source>
        <translation>Ghi đủ mọi nội dung cần bổ sung (chỉ yêu cầu một lần), rồi nhấn Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Đã lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</source>
        <translation>Đã lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</translation>
    </message>
    <message>
        <source>Người nộp: %1 · không cấp mã hồ sơ. Nội dung cần bổ sung:</source>
        <translation>Người nộp: %1 · không cấp mã hồ sơ. Nội dung cần bổ sung:</translation>
    </message>
    <message>
        <source>Ghi rõ lý do từ chối, rồi nhấn Ctrl+Enter.</source>
        <translation>Ghi rõ lý do từ chối, rồi nhấn Ctrl+Enter.</translation>
    </message>
    <message>
        <source>In phiếu từ chối (F9)</source>
        <translation>In phiếu từ chối (F9)</translation>
    </message>
    <message>
        <source>Đã ghi nhận từ chối tiếp nhận (Mẫu 03)</source>
        <translation>Đã ghi nhận từ chối tiếp nhận (Mẫu 03)</translation>
    </message>
    <message>
        <source>Người nộp: %1&lt;br&gt;Thủ tục: %2&lt;br&gt;Lý do: %3</source>
        <translation>Người nộp: %1&lt;br&gt;Thủ tục: %2&lt;br&gt;Lý do: %3</translation>
    </message>
    <message>
        <source>Chức năng in chưa sẵn sàng.</source>
        <translation>Chức năng in chưa sẵn sàng.</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi, hồ sơ chưa được ghi: %1. Thông tin trên biểu mẫu được giữ nguyên.</source>
        <translation>Lỗi không mong đợi, hồ sơ chưa được ghi: %1. Thông tin trên biểu mẫu được giữ nguyên.</translation>
    </message>
    <message>
        <source>(F7)</source>
        <translation>(F7)</translation>
    </message>
</context>
<context>
    <name>IssuedPapersDialog</name>
    <message>
        <source>Sổ theo dõi và giấy tờ đã phát hành</source>
        <translation>Sổ theo dõi và giấy tờ đã phát hành</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ (Mẫu 06)</source>
        <translation>Sổ theo dõi hồ sơ (Mẫu 06)</translation>
    </message>
    <message>
        <source>In sổ theo dõi (Ctrl+L)</source>
        <translation>In sổ theo dõi (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận từ ngày</source>
        <translation>Hồ sơ tiếp nhận từ ngày</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>Chỉ giấy tờ không gắn với hồ sơ (sổ theo dõi, phiếu hướng dẫn tại quầy); giấy tờ của một hồ sơ được in lại từ chi tiết hồ sơ</source>
        <translation>Chỉ giấy tờ không gắn với hồ sơ (sổ theo dõi, phiếu hướng dẫn tại quầy); giấy tờ của một hồ sơ được in lại từ chi tiết hồ sơ</translation>
    </message>
    <message>
        <source>Mở bản lưu (Enter)</source>
        <translation>Mở bản lưu (Enter)</translation>
    </message>
    <message>
        <source>In lại… (Ctrl+R)</source>
        <translation>In lại… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ngày cuối kỳ phải sau ngày đầu kỳ.</source>
        <translation>Ngày cuối kỳ phải sau ngày đầu kỳ.</translation>
    </message>
    <message>
        <source>Chọn một giấy tờ trong danh sách.</source>
        <translation>Chọn một giấy tờ trong danh sách.</translation>
    </message>
    <message>
        <source>Chưa có giấy tờ nào.</source>
        <translation>Chưa có giấy tờ nào.</translation>
    </message>
</context>
<context>
    <name>IssuedPapersModel</name>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Giấy tờ</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Ngày in</source>
        <translation>Ngày in</translation>
    </message>
    <message>
        <source>Lý do in lại</source>
        <translation>Lý do in lại</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Màn hình đã khóa</source>
        <translation>Màn hình đã khóa</translation>
    </message>
    <message>
        <source>Màn hình đã khóa vì không có thao tác trong một thời gian. Nhập mật khẩu của %1 (%2) để tiếp tục.</source>
        <translation>Màn hình đã khóa vì không có thao tác trong một thời gian. Nhập mật khẩu của %1 (%2) để tiếp tục.</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Đăng nhập tài khoản khác</source>
        <translation>Đăng nhập tài khoản khác</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Mở khóa</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Đăng nhập để làm việc tại Bộ phận Một cửa.</source>
        <translation>Đăng nhập để làm việc tại Bộ phận Một cửa.</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bộ phận Một cửa — Tiếp nhận và trả kết quả</source>
        <translation>Bộ phận Một cửa — Tiếp nhận và trả kết quả</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Khóa màn hình</source>
        <translation>Khóa màn hình</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Sổ theo dõi và giấy tờ đã phát hành…</source>
        <translation>Sổ theo dõi và giấy tờ đã phát hành…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Điều &amp;hướng</source>
        <translation>Điều &amp;hướng</translation>
    </message>
    <message>
        <source>&amp;Cài đặt</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Cán bộ: chưa đăng nhập</source>
        <translation>Cán bộ: chưa đăng nhập</translation>
    </message>
    <message>
        <source>Đồng bộ: chưa có thông tin</source>
        <translation>Đồng bộ: chưa có thông tin</translation>
    </message>
    <message>
        <source>(chưa đặt tên cơ quan)</source>
        <translation>(chưa đặt tên cơ quan)</translation>
    </message>
    <message>
        <source>Đồng bộ: đã dừng (%1)</source>
        <translation>Đồng bộ: đã dừng (%1)</translation>
    </message>
    <message>
        <source>Đồng bộ: chưa đăng ký với máy chủ tỉnh</source>
        <translation>Đồng bộ: chưa đăng ký với máy chủ tỉnh</translation>
    </message>
    <message>
        <source>Đồng bộ: %1 mục chờ gửi</source>
        <translation>Đồng bộ: %1 mục chờ gửi</translation>
    </message>
    <message>
        <source>Đồng bộ: đã gửi hết</source>
        <translation>Đồng bộ: đã gửi hết</translation>
    </message>
    <message>
        <source>Gửi thành công gần nhất: %1</source>
        <translation>Gửi thành công gần nhất: %1</translation>
    </message>
    <message>
        <source>Cán bộ: %1</source>
        <translation>Cán bộ: %1</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu. Các chức năng cần dữ liệu sẽ không hoạt động cho đến khi lỗi được khắc phục.</source>
        <translation>Không mở được cơ sở dữ liệu. Các chức năng cần dữ liệu sẽ không hoạt động cho đến khi lỗi được khắc phục.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Đã lưu ngôn ngữ giao diện; áp dụng khi mở lại chương trình.</source>
        <translation>Đã lưu ngôn ngữ giao diện; áp dụng khi mở lại chương trình.</translation>
    </message>
    <message>
        <source>Phần mềm Bộ phận Một cửa: tiếp nhận, theo dõi hạn và trả kết quả hồ sơ thủ tục hành chính, làm việc được cả khi không có mạng.</source>
        <translation>Phần mềm Bộ phận Một cửa: tiếp nhận, theo dõi hạn và trả kết quả hồ sơ thủ tục hành chính, làm việc được cả khi không có mạng.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Tiếp nhận</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Đến hạn / Quá hạn</source>
        <translation>Đến hạn / Quá hạn</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPanel</name>
    <message>
        <source>Tên cơ quan:</source>
        <translation>Tên cơ quan:</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản (dòng 1 tiêu đề):</source>
        <translation>Cơ quan chủ quản (dòng 1 tiêu đề):</translation>
    </message>
    <message>
        <source>Tên đơn vị (dòng 2 tiêu đề):</source>
        <translation>Tên đơn vị (dòng 2 tiêu đề):</translation>
    </message>
    <message>
        <source>Bộ phận:</source>
        <translation>Bộ phận:</translation>
    </message>
    <message>
        <source>Địa danh (dòng ngày tháng):</source>
        <translation>Địa danh (dòng ngày tháng):</translation>
    </message>
    <message>
        <source>Mã cơ quan (mã định danh):</source>
        <translation>Mã cơ quan (mã định danh):</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Mẫu mã hồ sơ:</source>
        <translation>Mẫu mã hồ sơ:</translation>
    </message>
    <message>
        <source>Địa chỉ tra cứu (mã QR), dùng {code}:</source>
        <translation>Địa chỉ tra cứu (mã QR), dùng {code}:</translation>
    </message>
    <message>
        <source>Thủ trưởng ký Phiếu xin lỗi:</source>
        <translation>Thủ trưởng ký Phiếu xin lỗi:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Số hiệu máy trạm này:</source>
        <translation>Số hiệu máy trạm này:</translation>
    </message>
    <message>
        <source>Số máy trạm của cơ quan:</source>
        <translation>Số máy trạm của cơ quan:</translation>
    </message>
    <message>
        <source>Số liên Giấy tiếp nhận:</source>
        <translation>Số liên Giấy tiếp nhận:</translation>
    </message>
    <message>
        <source>Khóa màn hình sau (phút không thao tác):</source>
        <translation>Khóa màn hình sau (phút không thao tác):</translation>
    </message>
    <message>
        <source>Khóa tài khoản sau số lần sai mật khẩu:</source>
        <translation>Khóa tài khoản sau số lần sai mật khẩu:</translation>
    </message>
    <message>
        <source> giờ làm việc</source>
        <translation> giờ làm việc</translation>
    </message>
    <message>
        <source>Cảnh báo sắp đến hạn trước:</source>
        <translation>Cảnh báo sắp đến hạn trước:</translation>
    </message>
    <message>
        <source>Lưu cài đặt cơ quan (Ctrl+S)</source>
        <translation>Lưu cài đặt cơ quan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Chỉ quản trị viên được sửa cài đặt của cơ quan.</source>
        <translation>Chỉ quản trị viên được sửa cài đặt của cơ quan.</translation>
    </message>
    <message>
        <source>Đã lưu cài đặt của cơ quan.</source>
        <translation>Đã lưu cài đặt của cơ quan.</translation>
    </message>
</context>
<context>
    <name>PaperFlow</name>
    <message>
        <source>%1 - số %2 (bản lưu)</source>
        <translation>%1 - số %2 (bản lưu)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Đang dựng trang in…</source>
        <translation>Đang dựng trang in…</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Đang gửi tới máy in…</source>
        <translation>Đang gửi tới máy in…</translation>
    </message>
    <message numerus="yes">
        <source>Đã gửi %n trang tới máy in.</source>
        <translation><numerusform>Đã gửi %n trang tới máy in.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 trang, %2</source>
        <translation>%1 trang, %2</translation>
    </message>
    <message>
        <source>Không dựng được trang in: %1</source>
        <translation>Không dựng được trang in: %1</translation>
    </message>
    <message>
        <source>Không in được: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <source>In giấy tờ</source>
        <translation>In giấy tờ</translation>
    </message>
    <message>
        <source>Lưu bản PDF</source>
        <translation>Lưu bản PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Chức năng đang được xây dựng</source>
        <translation>Chức năng đang được xây dựng</translation>
    </message>
    <message>
        <source>Chức năng này đang được xây dựng và chưa sử dụng được. Trang này không ghi nhận hay thay đổi dữ liệu nào.</source>
        <translation>Chức năng này đang được xây dựng và chưa sử dụng được. Trang này không ghi nhận hay thay đổi dữ liệu nào.</translation>
    </message>
    <message>
        <source>Sẽ có trong các phiên bản tới:</source>
        <translation>Sẽ có trong các phiên bản tới:</translation>
    </message>
</context>
<context>
    <name>ProcedureFilterBox</name>
    <message>
        <source>Gõ tên hoặc mã thủ tục, không cần dấu…</source>
        <translation>Gõ tên hoặc mã thủ tục, không cần dấu…</translation>
    </message>
    <message>
        <source>Tất cả thủ tục</source>
        <translation>Tất cả thủ tục</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <source>Gõ tên hoặc mã thủ tục, không cần dấu…</source>
        <translation>Gõ tên hoặc mã thủ tục, không cần dấu…</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục.</source>
        <translation>Chưa chọn thủ tục.</translation>
    </message>
    <message>
        <source>%1 thủ tục phù hợp · ↑↓ để chọn, Enter để lấy</source>
        <translation>%1 thủ tục phù hợp · ↑↓ để chọn, Enter để lấy</translation>
    </message>
    <message>
        <source>Gõ để tìm thủ tục khác (F2).</source>
        <translation>Gõ để tìm thủ tục khác (F2).</translation>
    </message>
</context>
<context>
    <name>ProcedureTableModel</name>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tên thủ tục</source>
        <translation>Tên thủ tục</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Áp dụng</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Không áp dụng tại bộ phận một cửa này</source>
        <translation>Không áp dụng tại bộ phận một cửa này</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cập nhật tiến độ xử lý</source>
        <translation>Cập nhật tiến độ xử lý</translation>
    </message>
    <message>
        <source>Ghi lại kết quả xử lý do đơn vị giải quyết báo về.</source>
        <translation>Ghi lại kết quả xử lý do đơn vị giải quyết báo về.</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Ví dụ: đã thẩm định xong, trình ký</source>
        <translation>Ví dụ: đã thẩm định xong, trình ký</translation>
    </message>
    <message>
        <source>Đơn vị báo:</source>
        <translation>Đơn vị báo:</translation>
    </message>
    <message>
        <source>Đơn vị đã hoàn thành bước xử lý của mình</source>
        <translation>Đơn vị đã hoàn thành bước xử lý của mình</translation>
    </message>
</context>
<context>
    <name>ReadyModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Có kết quả lúc</source>
        <translation>Có kết quả lúc</translation>
    </message>
    <message>
        <source>Hạn trả</source>
        <translation>Hạn trả</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Từ chối giải quyết hồ sơ</source>
        <translation>Từ chối giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Hồ sơ không đủ điều kiện giải quyết. Kết quả trả cho công dân là văn bản từ chối nêu rõ lý do.</source>
        <translation>Hồ sơ không đủ điều kiện giải quyết. Kết quả trả cho công dân là văn bản từ chối nêu rõ lý do.</translation>
    </message>
    <message>
        <source>Từ chối (Ctrl+Enter)</source>
        <translation>Từ chối (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Lý do từ chối:</source>
        <translation>Lý do từ chối:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Báo cáo thống kê</source>
        <translation>Báo cáo thống kê</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Từ ngày … đến ngày</source>
        <translation>Từ ngày … đến ngày</translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Quý %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>đến ngày:</source>
        <translation>đến ngày:</translation>
    </message>
    <message>
        <source>Xem báo cáo (F5)</source>
        <translation>Xem báo cáo (F5)</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Xuất Excel… (Ctrl+E)</source>
        <translation>Xuất Excel… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Xem, in PDF… (Ctrl+P)</source>
        <translation>Xem, in PDF… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Biểu 06/VPCP/KSTT</source>
        <translation>Biểu 06/VPCP/KSTT</translation>
    </message>
    <message>
        <source>Phiếu xin lỗi, hẹn lại</source>
        <translation>Phiếu xin lỗi, hẹn lại</translation>
    </message>
    <message>
        <source>Chỉ số Bộ chỉ số 766</source>
        <translation>Chỉ số Bộ chỉ số 766</translation>
    </message>
    <message>
        <source>Đang tính báo cáo %1…</source>
        <translation>Đang tính báo cáo %1…</translation>
    </message>
    <message>
        <source>%1 (từ %2 đến %3) · nhận %4 hồ sơ, đã giải quyết %5, đang giải quyết %6 (tính đến %7)</source>
        <translation>%1 (từ %2 đến %3) · nhận %4 hồ sơ, đã giải quyết %5, đang giải quyết %6 (tính đến %7)</translation>
    </message>
    <message>
        <source>Đã phát hành %1 phiếu; phát hành muộn (ít hơn một ngày làm việc trước hạn trả): %2.</source>
        <translation>Đã phát hành %1 phiếu; phát hành muộn (ít hơn một ngày làm việc trước hạn trả): %2.</translation>
    </message>
    <message>
        <source>Xuất báo cáo ra Excel</source>
        <translation>Xuất báo cáo ra Excel</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo Excel: %1</source>
        <translation>Đã lưu báo cáo Excel: %1</translation>
    </message>
    <message>
        <source>Không ghi được tệp: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>Báo cáo %1</source>
        <translation>Báo cáo %1</translation>
    </message>
</context>
<context>
    <name>ReprintReasonDialog</name>
    <message>
        <source>In lại giấy tờ</source>
        <translation>In lại giấy tờ</translation>
    </message>
    <message>
        <source>%1 đã được cấp. Bản in lại sẽ được đóng dấu “BẢN IN LẠI” và ghi vào nhật ký. Lý do in lại:</source>
        <translation>%1 đã được cấp. Bản in lại sẽ được đóng dấu “BẢN IN LẠI” và ghi vào nhật ký. Lý do in lại:</translation>
    </message>
    <message>
        <source>Ví dụ: công dân làm mất giấy hẹn</source>
        <translation>Ví dụ: công dân làm mất giấy hẹn</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Rất hài lòng</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Bình thường</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Chưa hài lòng</source>
        <translation>Chưa hài lòng</translation>
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Trả kết quả giải quyết hồ sơ</source>
        <translation>Trả kết quả giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Ghi nhận việc trả kết quả cho công dân.</source>
        <translation>Ghi nhận việc trả kết quả cho công dân.</translation>
    </message>
    <message>
        <source>Trả kết quả (Ctrl+Enter)</source>
        <translation>Trả kết quả (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hình thức trả:</source>
        <translation>Hình thức trả:</translation>
    </message>
    <message>
        <source>Người nhận kết quả:</source>
        <translation>Người nhận kết quả:</translation>
    </message>
    <message>
        <source>Không đánh giá</source>
        <translation>Không đánh giá</translation>
    </message>
    <message>
        <source>Mức độ hài lòng:</source>
        <translation>Mức độ hài lòng:</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Hồ sơ chưa được tiếp nhận, chưa có kết quả.</source>
        <translation>Hồ sơ chưa được tiếp nhận, chưa có kết quả.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: hồ sơ mới được tiếp nhận, chưa chuyển xử lý.</source>
        <translation>Hồ sơ chưa có kết quả: hồ sơ mới được tiếp nhận, chưa chuyển xử lý.</translation>
    </message>
    <message>
        <source>Hồ sơ không được tiếp nhận nên không có kết quả để trả.</source>
        <translation>Hồ sơ không được tiếp nhận nên không có kết quả để trả.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: đơn vị chuyên môn đang xử lý.</source>
        <translation>Hồ sơ chưa có kết quả: đơn vị chuyên môn đang xử lý.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: đang chờ công dân bổ sung, hoàn thiện hồ sơ.</source>
        <translation>Hồ sơ chưa có kết quả: đang chờ công dân bổ sung, hoàn thiện hồ sơ.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: đang chờ công dân thực hiện nghĩa vụ tài chính.</source>
        <translation>Hồ sơ chưa có kết quả: đang chờ công dân thực hiện nghĩa vụ tài chính.</translation>
    </message>
    <message>
        <source>Công dân đã yêu cầu rút hồ sơ; hồ sơ không có kết quả để trả.</source>
        <translation>Công dân đã yêu cầu rút hồ sơ; hồ sơ không có kết quả để trả.</translation>
    </message>
    <message>
        <source>Hồ sơ đã dừng xử lý (công dân rút hồ sơ); không có kết quả để trả.</source>
        <translation>Hồ sơ đã dừng xử lý (công dân rút hồ sơ); không có kết quả để trả.</translation>
    </message>
    <message>
        <source>Hồ sơ đã có kết quả, có thể trả cho công dân.</source>
        <translation>Hồ sơ đã có kết quả, có thể trả cho công dân.</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Quét mã vạch trên giấy hẹn hoặc gõ mã hồ sơ rồi nhấn Enter. Enter lần nữa để trả kết quả.</source>
        <translation>Quét mã vạch trên giấy hẹn hoặc gõ mã hồ sơ rồi nhấn Enter. Enter lần nữa để trả kết quả.</translation>
    </message>
    <message>
        <source>Mã hồ sơ, ví dụ H36.52.10-250124-0001 (F3)</source>
        <translation>Mã hồ sơ, ví dụ H36.52.10-250124-0001 (F3)</translation>
    </message>
    <message>
        <source>Tìm (Enter)</source>
        <translation>Tìm (Enter)</translation>
    </message>
    <message>
        <source>Chưa chọn hồ sơ.</source>
        <translation>Chưa chọn hồ sơ.</translation>
    </message>
    <message>
        <source>Mã hồ sơ:</source>
        <translation>Mã hồ sơ:</translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation>Người nộp:</translation>
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Ngày nhận:</source>
        <translation>Ngày nhận:</translation>
    </message>
    <message>
        <source>Hạn trả:</source>
        <translation>Hạn trả:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Trả kết quả…  (Enter, Ctrl+R)</source>
        <translation>Trả kết quả…  (Enter, Ctrl+R)</translation>
    </message>
    <message>
        <source>Xem hồ sơ…  (Ctrl+O)</source>
        <translation>Xem hồ sơ…  (Ctrl+O)</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Không tải được danh sách: %1</source>
        <translation>Không tải được danh sách: %1</translation>
    </message>
    <message>
        <source>Hồ sơ đã có kết quả, chờ trả: %1 (F5: tải lại)</source>
        <translation>Hồ sơ đã có kết quả, chờ trả: %1 (F5: tải lại)</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa sẵn sàng.</source>
        <translation>Cơ sở dữ liệu chưa sẵn sàng.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ có mã %1.</source>
        <translation>Không tìm thấy hồ sơ có mã %1.</translation>
    </message>
    <message>
        <source>Văn bản từ chối giải quyết: %1</source>
        <translation>Văn bản từ chối giải quyết: %1</translation>
    </message>
    <message>
        <source>Có kết quả lúc %1</source>
        <translation>Có kết quả lúc %1</translation>
    </message>
    <message>
        <source>; đã trả lúc %1 (%2)</source>
        <translation>; đã trả lúc %1 (%2)</translation>
    </message>
    <message>
        <source>Chưa đăng nhập: hãy đăng nhập để trả kết quả.</source>
        <translation>Chưa đăng nhập: hãy đăng nhập để trả kết quả.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 — %2
%3</source>
        <translation>Hồ sơ %1 — %2
%3</translation>
    </message>
    <message>
        <source>Đã trả kết quả hồ sơ %1. %2</source>
        <translation>Đã trả kết quả hồ sơ %1. %2</translation>
    </message>
</context>
<context>
    <name>ScanViewerDialog</name>
    <message>
        <source>Không hiển thị được tệp quét này.</source>
        <translation>Không hiển thị được tệp quét này.</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>%1 trang</source>
        <translation>%1 trang</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
        <translation>Ngôn ngữ mới được áp dụng khi mở lại chương trình.</translation>
    </message>
    <message>
        <source>Giao diện</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Ngôn ngữ:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu của máy này</source>
        <translation>Thư mục dữ liệu của máy này</translation>
    </message>
    <message>
        <source>Dữ liệu:</source>
        <translation>Dữ liệu:</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Nhật ký:</source>
        <translation>Nhật ký:</translation>
    </message>
    <message>
        <source>Sao lưu:</source>
        <translation>Sao lưu:</translation>
    </message>
    <message>
        <source>Máy này</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Lịch làm việc</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <source>Danh mục thủ tục</source>
        <translation>Danh mục thủ tục</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Nhật ký kiểm tra</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Đã lưu. Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
        <translation>Đã lưu. Ngôn ngữ mới được áp dụng khi mở lại chương trình.</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Không kiểm tra được tài khoản: %1</source>
        <translation>Không kiểm tra được tài khoản: %1</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Dừng giải quyết hồ sơ</source>
        <translation>Dừng giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Công dân đã yêu cầu rút hồ sơ. Hồ sơ được dừng xử lý sau khi lập Thông báo dừng giải quyết hồ sơ.</source>
        <translation>Công dân đã yêu cầu rút hồ sơ. Hồ sơ được dừng xử lý sau khi lập Thông báo dừng giải quyết hồ sơ.</translation>
    </message>
    <message>
        <source>Dừng xử lý (Ctrl+Enter)</source>
        <translation>Dừng xử lý (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Đã lập Thông báo dừng giải quyết hồ sơ</source>
        <translation>Đã lập Thông báo dừng giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <source>Yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation>Yêu cầu bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>Liệt kê đầy đủ, một lần, các giấy tờ cần bổ sung (mỗi dòng một nội dung). Thời gian giải quyết tạm dừng cho đến khi nhận đủ hồ sơ bổ sung.</source>
        <translation>Liệt kê đầy đủ, một lần, các giấy tờ cần bổ sung (mỗi dòng một nội dung). Thời gian giải quyết tạm dừng cho đến khi nhận đủ hồ sơ bổ sung.</translation>
    </message>
    <message>
        <source>Chỉ được yêu cầu bổ sung một lần: hãy kiểm tra kỹ trước khi gửi.</source>
        <translation>Chỉ được yêu cầu bổ sung một lần: hãy kiểm tra kỹ trước khi gửi.</translation>
    </message>
    <message>
        <source>Nội dung cần bổ sung:</source>
        <translation>Nội dung cần bổ sung:</translation>
    </message>
    <message>
        <source>Mỗi dòng một giấy tờ</source>
        <translation>Mỗi dòng một giấy tờ</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Lý do:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Đồng bộ với hệ thống của tỉnh</source>
        <translation>Đồng bộ với hệ thống của tỉnh</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Máy chủ tỉnh:</source>
        <translation>Máy chủ tỉnh:</translation>
    </message>
    <message>
        <source>Gửi thành công gần nhất:</source>
        <translation>Gửi thành công gần nhất:</translation>
    </message>
    <message>
        <source>Nhận thành công gần nhất:</source>
        <translation>Nhận thành công gần nhất:</translation>
    </message>
    <message>
        <source>Số mục chờ gửi:</source>
        <translation>Số mục chờ gửi:</translation>
    </message>
    <message>
        <source>Mục chờ lâu nhất:</source>
        <translation>Mục chờ lâu nhất:</translation>
    </message>
    <message>
        <source>Đã gửi:</source>
        <translation>Đã gửi:</translation>
    </message>
    <message>
        <source>Danh mục TTHC từ tỉnh:</source>
        <translation>Danh mục TTHC từ tỉnh:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Chuỗi truy cập:</source>
        <translation>Chuỗi truy cập:</translation>
    </message>
    <message>
        <source>Máy không có kho khóa bí mật: nhập chuỗi truy cập mỗi lần mở chương trình</source>
        <translation>Máy không có kho khóa bí mật: nhập chuỗi truy cập mỗi lần mở chương trình</translation>
    </message>
    <message>
        <source>Dùng</source>
        <translation>Dùng</translation>
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Xuất gói USB…</source>
        <translation>Xuất gói USB…</translation>
    </message>
    <message>
        <source>Sẵn sàng</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Mục bị máy chủ từ chối (khu cách ly)</source>
        <translation>Mục bị máy chủ từ chối (khu cách ly)</translation>
    </message>
    <message>
        <source>Gửi lại mục đã chọn</source>
        <translation>Gửi lại mục đã chọn</translation>
    </message>
    <message>
        <source>Lỗi gần đây</source>
        <translation>Lỗi gần đây</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>chưa đăng ký</source>
        <translation>chưa đăng ký</translation>
    </message>
    <message>
        <source> (trong đó {0} mục đã xuất ra USB)</source>
        <translation> (trong đó {0} mục đã xuất ra USB)</translation>
    </message>
    <message>
        <source>cập nhật lúc {0}: {1} thủ tục mới, {2} thủ tục sửa đổi</source>
        <translation>cập nhật lúc {0}: {1} thủ tục mới, {2} thủ tục sửa đổi</translation>
    </message>
    <message>
        <source>chưa có cập nhật</source>
        <translation>chưa có cập nhật</translation>
    </message>
    <message>
        <source>Máy trạm chưa đăng ký với máy chủ tỉnh (lệnh enrol).</source>
        <translation>Máy trạm chưa đăng ký với máy chủ tỉnh (lệnh enrol).</translation>
    </message>
    <message>
        <source>Đã dừng đồng bộ: </source>
        <translation>Đã dừng đồng bộ: </translation>
    </message>
    <message>
        <source>Có {0} mục bị từ chối, cần xem lại.</source>
        <translation>Có {0} mục bị từ chối, cần xem lại.</translation>
    </message>
    <message>
        <source>Bình thường.</source>
        <translation>Bình thường.</translation>
    </message>
    <message>
        <source>Thay đổi số {0} từ tỉnh ({1}) không áp dụng được: {2}</source>
        <translation>Thay đổi số {0} từ tỉnh ({1}) không áp dụng được: {2}</translation>
    </message>
    <message>
        <source>Đang đồng bộ…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Đang gửi</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Đang nhận</source>
        <translation>Đang nhận</translation>
    </message>
    <message>
        <source>Xong: gửi {0}, trùng {1}, bị từ chối {2}, nhận {3}</source>
        <translation>Xong: gửi {0}, trùng {1}, bị từ chối {2}, nhận {3}</translation>
    </message>
    <message>
        <source>Chưa đồng bộ được</source>
        <translation>Chưa đồng bộ được</translation>
    </message>
    <message>
        <source>Xuất gói dữ liệu ra USB</source>
        <translation>Xuất gói dữ liệu ra USB</translation>
    </message>
    <message>
        <source>Gói đồng bộ (*.cchcbundle)</source>
        <translation>Gói đồng bộ (*.cchcbundle)</translation>
    </message>
    <message>
        <source>Đã xuất {0} mục ra {1}</source>
        <translation>Đã xuất {0} mục ra {1}</translation>
    </message>
</context>
<context>
    <name>SyncPlaceholderPage</name>
    <message>
        <source>Đồng bộ với hệ thống của tỉnh</source>
        <translation>Đồng bộ với hệ thống của tỉnh</translation>
    </message>
    <message>
        <source>Gửi hồ sơ đã tiếp nhận lên hệ thống một cửa điện tử của tỉnh khi có mạng.</source>
        <translation>Gửi hồ sơ đã tiếp nhận lên hệ thống một cửa điện tử của tỉnh khi có mạng.</translation>
    </message>
    <message>
        <source>Xem số hồ sơ chờ gửi, lần đồng bộ gần nhất và các lỗi.</source>
        <translation>Xem số hồ sơ chờ gửi, lần đồng bộ gần nhất và các lỗi.</translation>
    </message>
    <message>
        <source>Xuất tệp đồng bộ ra USB cho nơi không có kết nối.</source>
        <translation>Xuất tệp đồng bộ ra USB cho nơi không có kết nối.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Chuyển hồ sơ đến đơn vị xử lý</source>
        <translation>Chuyển hồ sơ đến đơn vị xử lý</translation>
    </message>
    <message>
        <source>Bàn giao hồ sơ cho đơn vị, công chức giải quyết.</source>
        <translation>Bàn giao hồ sơ cho đơn vị, công chức giải quyết.</translation>
    </message>
    <message>
        <source>Chuyển xử lý (Ctrl+Enter)</source>
        <translation>Chuyển xử lý (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Đơn vị xử lý:</source>
        <translation>Đơn vị xử lý:</translation>
    </message>
    <message>
        <source>Người xử lý:</source>
        <translation>Người xử lý:</translation>
    </message>
    <message>
        <source>Họ tên công chức (không bắt buộc)</source>
        <translation>Họ tên công chức (không bắt buộc)</translation>
    </message>
    <message>
        <source> giờ làm việc</source>
        <translation> giờ làm việc</translation>
    </message>
    <message>
        <source>Không giao thời hạn bước</source>
        <translation>Không giao thời hạn bước</translation>
    </message>
    <message>
        <source>Thời gian giao:</source>
        <translation>Thời gian giao:</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>Tệp bị từ chối; danh mục hiện có không thay đổi. Hãy sửa tệp rồi nhập lại.</source>
        <translation>Tệp bị từ chối; danh mục hiện có không thay đổi. Hãy sửa tệp rồi nhập lại.</translation>
    </message>
</context>
</TS>