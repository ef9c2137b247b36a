<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <source>Tệp không phải văn bản UTF-8; hãy lưu lại tệp với mã hóa UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc/ghi được tệp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi không mong đợi: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo tài khoản</source>
        <translation type="unfinished">Create account</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished">User name:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation type="unfinished">Full name:</translation>
    </message>
    <message>
        <source>Chức danh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu (ít nhất 8 ký tự):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã tạo tài khoản %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Ghi nhận (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>&amp;Xem danh sách (Alt+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ẩ&amp;n thông báo (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… và %1 cảnh báo khác.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertController</name>
    <message>
        <source>%1 hồ sơ cần chú ý về thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ phận Một cửa — cảnh báo thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tải hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation type="unfinished">Applicant:</translation>
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation type="unfinished">Procedure:</translation>
    </message>
    <message>
        <source>Hạn trả hiện tại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian còn lại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ước tính từ các hồ sơ cùng thủ tục và đơn vị trước đây; không phải kết luận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập Phiếu xin lỗi (gửi lãnh đạo duyệt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn lý do thường gặp hoặc ghi lý do cụ thể (bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dùng gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lý do chậm trả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hẹn trả mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi lãnh đạo duyệt (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lãnh đạo duyệt phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do trả lại (khi trả lại phiếu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duyệt và phát hành (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu đã phát hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận đã thông báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã báo người nộp qua:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ %1</source>
        <translation type="unfinished">Dossier %1</translation>
    </message>
    <message>
        <source> (hạn ban đầu %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ước tính: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thể lập phiếu mới: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu đang ở trạng thái: %1. Có thể sửa và gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gợi ý theo lịch làm việc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa khai báo người đứng đầu cơ quan trong Cài đặt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn dưới một ngày làm việc trước hạn: phiếu vẫn được phát hành nhưng sẽ ghi “phát hành muộn” trong hồ sơ và báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn trả hiện tại: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hẹn trả mới: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập lúc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duyệt lúc này: phiếu sẽ ghi “phát hành muộn” (còn dưới một ngày làm việc trước hạn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số phiếu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn trước khi gia hạn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hẹn trả mới (đang áp dụng): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phát hành lúc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phát hành muộn (dưới một ngày làm việc trước hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi nhận lúc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần đăng nhập để thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phải ghi rõ lý do chậm trả kết quả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi phiếu cho lãnh đạo duyệt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã duyệt và phát hành phiếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi lý do trả lại phiếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã trả lại phiếu cho cán bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi nhận hình thức thông báo cho người nộp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu được ghi “phát hành muộn”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Kiểm tra tính toàn vẹn của nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi thao tác được ghi vào nhật ký kèm mã băm của bản ghi trước; nếu có bản ghi bị sửa, chèn hay xóa, phép kiểm tra chỉ ra bản ghi đầu tiên bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhật ký không toàn vẹn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokenPage</name>
    <message>
        <source>Không mở được trang «%1». Lỗi đã được ghi vào nhật ký.</source>
        <translation>Could not open the page “%1”. The error has been written to the log.</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nghỉ thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày làm việc bù</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do, ví dụ: Nghỉ Tết theo Thông báo của Thủ tướng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm / sửa ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày lễ, Tết, ngày nghỉ bù và ngày làm bù theo quy định đã có sẵn. Bảng này chỉ để điều chỉnh thêm (ví dụ lịch nghỉ Tết năm sau khi Thủ tướng công bố).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu ngày %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueAdminPage</name>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation type="unfinished">Opening the database…</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Danh mục thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo mã hoặc tên thủ tục (gõ có dấu hay không dấu đều được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm kiếm (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ thủ tục đang áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập từ tệp JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất ra tệp JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị giải quyết:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn giải quyết:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phí, lệ phí:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ pháp lý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần hồ sơ theo quy định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tải danh mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập danh mục thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp JSON (*.json);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất danh mục thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phương án “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian thực hiện nghĩa vụ tài chính không tính vào thời hạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không quy định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không áp dụng tại bộ phận một cửa này. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập %1 thủ tục: %2 mới, %3 cập nhật, %4 không đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không nhập được danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất %1 thủ tục ra tệp %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xuất được danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thủ tục (%2 đang áp dụng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; tìm thấy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một thủ tục để xem thành phần hồ sơ và thời hạn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentChecklist</name>
    <message>
        <source>Chọn thủ tục để hiện danh mục thành phần hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần hồ sơ (* bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao CT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản số hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nộp %1/%2 thành phần · %3 bản chính, %4 bản sao chứng thực, %5 bản photo · %6 đã số hóa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentRow</name>
    <message>
        <source>Đã nộp (phím cách)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bản chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bản sao chứng thực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bản photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đính kèm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp quét PDF, JPEG hoặc PNG (Ctrl+O), hoặc kéo thả tệp vào dòng này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đã số hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay tệp…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentTableModel</name>
    <message>
        <source>STT</source>
        <translation type="unfinished">No.</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ</source>
        <translation type="unfinished">Dossier components</translation>
    </message>
    <message>
        <source>Bản chính</source>
        <translation type="unfinished">Originals</translation>
    </message>
    <message>
        <source>Bản sao chứng thực</source>
        <translation type="unfinished">Certified copies</translation>
    </message>
    <message>
        <source>Bản photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu đơn, tờ khai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắt buộc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nếu có: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Điều chỉnh thông tin người nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ đã được tiếp nhận: mọi điều chỉnh được ghi vào quá trình xử lý và nhật ký (giá trị cũ và mới), kèm lý do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu điều chỉnh (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số định danh:</source>
        <translation type="unfinished">Personal ID number:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation type="unfinished">Address:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation type="unfinished">Phone:</translation>
    </message>
    <message>
        <source>Thư điện tử:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do điều chỉnh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắt buộc, ví dụ: ghi sai số điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Chương trình gặp lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.
Hãy bấm «Sao chép» và gửi nội dung dưới đây cho bộ phận hỗ trợ kỹ thuật.</source>
        <translation>The program ran into an unexpected error. Data already saved is not affected.
Press “Copy” and send the text below to technical support.</translation>
    </message>
    <message>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Hồ sơ đến hạn và quá hạn</source>
        <translation>Dossiers due and overdue</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation type="unfinished">Opening the database…</translation>
    </message>
    <message>
        <source>Làm mới (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hồ sơ (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu xin lỗi, hẹn lại… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị trễ hạn (theo từng bước xử lý)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trễ hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến hạn ngày làm việc tới (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hồ sơ đang giải quyết · cập nhật lúc %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 hồ sơ đầu tiên (hạn sớm nhất)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — không có hồ sơ nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tải được dữ liệu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ước tính: đang tính…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ước tính: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierDetailDialog</name>
    <message>
        <source>Hồ sơ %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Mã hồ sơ:</source>
        <translation>Dossier code:</translation>
    </message>
    <message>
        <source>Chuyển xử lý…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cập nhật tiến độ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận hồ sơ bổ sung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yêu cầu nghĩa vụ tài chính…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thực hiện nghĩa vụ tài chính…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có kết quả…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả kết quả…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công dân rút hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dừng xử lý…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ chối giải quyết…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xin lỗi, hẹn lại ngày trả…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>Nội dung yêu cầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số định danh:</source>
        <translation>Personal ID number:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Người được ủy quyền:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nhận:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Người thực hiện, đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Bước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn bước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các bước xử lý tại đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin chung (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần hồ sơ (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá trình xử lý (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều chỉnh thông tin người nộp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lại giấy tờ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu kiểm soát quá trình giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn đang tạm dừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn trả: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã số hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa số hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần bổ sung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ chối: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>có kết quả lúc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đã trả lúc %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, người nhận: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, hài lòng: %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>từ %1 đến %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nay (đang tạm dừng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã hẹn lại một lần (Phiếu xin lỗi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — phát hành muộn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/1 lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có thao tác nào cho hồ sơ ở trạng thái này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ xem (chưa đăng nhập hoặc chưa mở cơ sở dữ liệu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn giải quyết được tính lại từ đầu kể từ khi nhận đủ hồ sơ bổ sung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nghĩa vụ tài chính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn tạm dừng trong khi công dân thực hiện nghĩa vụ tài chính (nếu thủ tục quy định).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chứng từ, ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chuyển sang “Đã xử lý xong”, chờ trả kết quả cho công dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sau đó lập Thông báo dừng giải quyết hồ sơ và dừng xử lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi nhận: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có bản quét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được bản quét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản quét: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn bản quét cho: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản quét (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị xử lý:</source>
        <translation>Handling unit:</translation>
    </message>
    <message>
        <source>Phí, lệ phí:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian quy định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn trả ban đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạm dừng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tính lại từ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gia hạn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn trả hiện tại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn theo Bộ chỉ số 766:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ</source>
        <translation>Dossier components</translation>
    </message>
    <message>
        <source>Bản chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Bản chụp</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <source>Bản sao CT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản quét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một thành phần để xem bản quét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem bản quét (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hóa… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đính kèm bản quét cho thành phần chưa số hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hạn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thời gian còn lại</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Tìm theo mã hồ sơ, tên người nộp, thủ tục… (hoặc quét mã vạch trên giấy hẹn)</source>
        <translation>Search by dossier code, applicant, procedure… (or scan the barcode on the receipt)</translation>
    </message>
    <message>
        <source>Tất cả trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <source>Chờ thực hiện nghĩa vụ tài chính</source>
        <translation>Awaiting fees and taxes</translation>
    </message>
    <message>
        <source>Đã có kết quả, chờ trả</source>
        <translation>Result ready, not yet returned</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Không tiếp nhận / dừng xử lý</source>
        <translation>Not accepted / stopped</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ</source>
        <translation>Dossier list</translation>
    </message>
    <message>
        <source>Đang tải danh sách…</source>
        <translation>Loading the list…</translation>
    </message>
    <message>
        <source>%1 hồ sơ</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>Không tải được danh sách: %1</source>
        <translation>Could not load the list: %1</translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation type="unfinished">Dossier code</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation type="unfinished">Applicant</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <source>Đơn vị xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn trả</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian còn lại</source>
        <translation type="unfinished">Time left</translation>
    </message>
    <message>
        <source>Có Phiếu xin lỗi đang chờ lãnh đạo duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (đã gia hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · phiếu chờ duyệt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Tạo tài khoản quản trị</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <source>Đây là lần chạy đầu tiên trên cơ sở dữ liệu này. Hãy tạo tài khoản quản trị; các tài khoản cán bộ được tạo sau khi đăng nhập.</source>
        <translation>This is the first start on this database. Create the administrator account; officer accounts are created after signing in.</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Job title:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation type="unfinished">Receive a dossier</translation>
    </message>
    <message>
        <source>F2 Thủ tục · F3 Quét CCCD · F4 Thành phần · Ctrl+O Đính kèm tệp · Enter sang ô tiếp theo · Ctrl+Enter Tiếp nhận · F7 Yêu cầu bổ sung · F8 Từ chối · Esc Hủy thao tác · Ctrl+N Hồ sơ mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đăng nhập: phải đăng nhập tài khoản cán bộ trước khi tiếp nhận hồ sơ (mỗi hồ sơ ghi tên cán bộ tiếp nhận).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp nhận, cấp mã hồ sơ (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ mới (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In giấy tiếp nhận (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Thủ tục hành chính (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trường hợp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Người nộp hồ sơ (F3 quét mã QR căn cước)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đưa thẻ căn cước vào máy quét, hoặc dán nội dung mã QR rồi nhấn Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên đầy đủ, có dấu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 05/03/1990</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— chọn —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi thường trú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di động, 10 chữ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không bắt buộc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có người được ủy quyền nộp thay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên người được ủy quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số định danh / giấy tờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số giấy tờ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation type="unfinished">Phone:</translation>
    </message>
    <message>
        <source>Quét QR CCCD:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation type="unfinished">Full name:</translation>
    </message>
    <message>
        <source>Số định danh:</source>
        <translation type="unfinished">Personal ID number:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation type="unfinished">Address:</translation>
    </message>
    <message>
        <source>Thư điện tử:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Thành phần hồ sơ theo danh mục đã công bố (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục máy quét…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Kênh nộp, nhận kết quả, phí và lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số biên lai thu phí, lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bộ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kênh nộp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phí, lệ phí:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biên lai số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức nộp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày hẹn trả kết quả (tính theo lịch làm việc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thủ tục để tính ngày hẹn trả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hướng dẫn một lần, đầy đủ mọi nội dung cần bổ sung; không cấp mã hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi dòng một nội dung cần bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: thiếu giấy tờ bắt buộc theo danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ hướng dẫn, số điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập phiếu yêu cầu bổ sung (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung cần bổ sung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liên hệ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận hồ sơ (Mẫu 03) — ghi rõ lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do từ chối (bắt buộc), ví dụ: yêu cầu không thuộc thẩm quyền giải quyết của xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận từ chối (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tải được danh mục thủ tục: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thủ tục trước để hiện danh mục thành phần hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông thường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đánh dấu khoản phí, lệ phí đã thu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục không thu phí, lệ phí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thủ tục để hiện các khoản phí, lệ phí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hẹn trả: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn: %1 · tiếp nhận lúc %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tính các ngày nghỉ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tính được ngày hẹn trả: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên tổ chức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã số / giấy tờ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã số doanh nghiệp, quyết định thành lập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được mã QR căn cước: %1 Thông tin đã nhập được giữ nguyên; hãy quét lại hoặc nhập tay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 đã nhập “%2” khác trên thẻ “%3”; đã lấy theo thẻ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đọc thẻ căn cước: %1 (số %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thủ tục trước để đính kèm tệp quét.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp quét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp quét (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã số hóa “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đính kèm được tệp “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục máy quét lưu tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được thư mục máy quét “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tự nhận tệp mới từ thư mục máy quét: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kéo thả tệp quét vào dòng thành phần, hoặc chọn thư mục máy quét để tự nhận tệp mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có tệp quét mới “%1” nhưng chưa chọn thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa sẵn sàng, xin chờ trong giây lát.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đăng nhập: phải đăng nhập tài khoản cán bộ trước khi ghi nhận hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người nộp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hẹn trả kết quả: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In giấy tiếp nhận, hẹn trả (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ đã được ghi nhận. Chức năng in Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) đang được xây dựng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức năng in chưa sẵn sàng; hồ sơ đã được ghi nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã tiếp nhận hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chưa đầy đủ thành phần theo quy định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi đủ mọi nội dung cần bổ sung (chỉ yêu cầu một lần), rồi nhấn Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người nộp: %1 · không cấp mã hồ sơ. Nội dung cần bổ sung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi rõ lý do từ chối, rồi nhấn Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu từ chối (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi nhận từ chối tiếp nhận (Mẫu 03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người nộp: %1&lt;br&gt;Thủ tục: %2&lt;br&gt;Lý do: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi không mong đợi, hồ sơ chưa được ghi: %1. Thông tin trên biểu mẫu được giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(F7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Màn hình đã khóa vì không có thao tác trong một thời gian. Nhập mật khẩu của %1 (%2) để tiếp tục.</source>
        <translation>The screen was locked after a period without activity. Enter the password of %1 (%2) to continue.</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Đăng nhập tài khoản khác</source>
        <translation>Sign in as another user</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Đăng nhập để làm việc tại Bộ phận Một cửa.</source>
        <translation>Sign in to work at the one-stop counter.</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bộ phận Một cửa — Tiếp nhận và trả kết quả</source>
        <translation>One-stop counter — reception and return of results</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Khóa màn hình</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Điều &amp;hướng</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Cán bộ: chưa đăng nhập</source>
        <translation>Officer: not signed in</translation>
    </message>
    <message>
        <source>Đồng bộ: chưa có thông tin</source>
        <translation>Sync: no information yet</translation>
    </message>
    <message>
        <source>(chưa đặt tên cơ quan)</source>
        <translation>(office name not set)</translation>
    </message>
    <message>
        <source>Đồng bộ: đã dừng (%1)</source>
        <translation>Sync: stopped (%1)</translation>
    </message>
    <message>
        <source>Đồng bộ: chưa đăng ký với máy chủ tỉnh</source>
        <translation>Sync: not enrolled with the provincial server</translation>
    </message>
    <message>
        <source>Đồng bộ: %1 mục chờ gửi</source>
        <translation>Sync: %1 items waiting</translation>
    </message>
    <message>
        <source>Đồng bộ: đã gửi hết</source>
        <translation>Sync: everything sent</translation>
    </message>
    <message>
        <source>Gửi thành công gần nhất: %1</source>
        <translation>Last successful send: %1</translation>
    </message>
    <message>
        <source>Cán bộ: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu. Các chức năng cần dữ liệu sẽ không hoạt động cho đến khi lỗi được khắc phục.</source>
        <translation>Could not open the database. Functions that need data will not work until the error is fixed.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã lưu ngôn ngữ giao diện; áp dụng khi mở lại chương trình.</source>
        <translation>Interface language saved; it applies the next time the program starts.</translation>
    </message>
    <message>
        <source>Phần mềm Bộ phận Một cửa: tiếp nhận, theo dõi hạn và trả kết quả hồ sơ thủ tục hành chính, làm việc được cả khi không có mạng.</source>
        <translation>One-stop counter software: receive administrative dossiers, follow their deadlines and return the results, also without a network connection.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Tiếp nhận</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Đến hạn / Quá hạn</source>
        <translation>Due / Overdue</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Return results</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPanel</name>
    <message>
        <source>Tên cơ quan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan chủ quản (dòng 1 tiêu đề):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đơn vị (dòng 2 tiêu đề):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ phận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa danh (dòng ngày tháng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã cơ quan (mã định danh):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation type="unfinished">Address:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation type="unfinished">Phone:</translation>
    </message>
    <message>
        <source>Mẫu mã hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ tra cứu (mã QR), dùng {code}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ trưởng ký Phiếu xin lỗi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hiệu máy trạm này:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số máy trạm của cơ quan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liên Giấy tiếp nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa màn hình sau (phút không thao tác):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa tài khoản sau số lần sai mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> giờ làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảnh báo sắp đến hạn trước:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu cài đặt cơ quan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ quản trị viên được sửa cài đặt của cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu cài đặt của cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Đang dựng trang in…</source>
        <translation>Rendering the pages…</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Đang gửi tới máy in…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message numerus="yes">
        <source>Đã gửi %n trang tới máy in.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 trang, %2</source>
        <translation>%1 pages, %2</translation>
    </message>
    <message>
        <source>Không dựng được trang in: %1</source>
        <translation>Could not render the pages: %1</translation>
    </message>
    <message>
        <source>Không in được: %1</source>
        <translation>Could not print: %1</translation>
    </message>
    <message>
        <source>In giấy tờ</source>
        <translation>Print document</translation>
    </message>
    <message>
        <source>Lưu bản PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Chức năng này đang được xây dựng và chưa sử dụng được. Trang này không ghi nhận hay thay đổi dữ liệu nào.</source>
        <translation>This function is being built and cannot be used yet. This page records and changes no data.</translation>
    </message>
    <message>
        <source>Sẽ có trong các phiên bản tới:</source>
        <translation>Coming in later versions:</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <source>Gõ tên hoặc mã thủ tục, không cần dấu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thủ tục phù hợp · ↑↓ để chọn, Enter để lấy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ để tìm thủ tục khác (F2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureTableModel</name>
    <message>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không áp dụng tại bộ phận một cửa này</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cập nhật tiến độ xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi lại kết quả xử lý do đơn vị giải quyết báo về.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: đã thẩm định xong, trình ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị báo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị đã hoàn thành bước xử lý của mình</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadyModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation type="unfinished">Dossier code</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation type="unfinished">Applicant</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <source>Có kết quả lúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn trả</source>
        <translation type="unfinished">Due</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Receive a dossier</translation>
    </message>
    <message>
        <source>Chọn thủ tục và chỉ nhận đúng thành phần hồ sơ theo danh mục đã công bố.</source>
        <translation>Choose the procedure and accept exactly the components of its published list.</translation>
    </message>
    <message>
        <source>Đọc mã QR trên thẻ căn cước để điền thông tin người nộp.</source>
        <translation>Read the QR code on the identity card to fill in the applicant.</translation>
    </message>
    <message>
        <source>Tính ngày hẹn trả theo giờ làm việc và in Giấy tiếp nhận, hẹn trả kết quả.</source>
        <translation>Compute the return date in working hours and print the receipt with the return date.</translation>
    </message>
    <message>
        <source>Hướng dẫn bổ sung một lần (Mẫu 02) hoặc từ chối có lý do (Mẫu 03).</source>
        <translation>Ask for completion once (Form 02) or refuse with a reason (Form 03).</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Từ chối giải quyết hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ không đủ điều kiện giải quyết. Kết quả trả cho công dân là văn bản từ chối nêu rõ lý do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ chối (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do từ chối:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Báo cáo thống kê</source>
        <translation>Statistical reports</translation>
    </message>
    <message>
        <source>Biểu tổng hợp tình hình giải quyết hồ sơ (trước hạn, đúng hạn, quá hạn).</source>
        <translation>Summary of dossier handling (early, on time, late).</translation>
    </message>
    <message>
        <source>Xuất báo cáo ra tệp Excel và PDF.</source>
        <translation>Export reports to Excel and PDF files.</translation>
    </message>
</context>
<context>
    <name>ReprintReasonDialog</name>
    <message>
        <source>In lại giấy tờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 đã được cấp. Bản in lại sẽ được đóng dấu “BẢN IN LẠI” và ghi vào nhật ký. Lý do in lại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: công dân làm mất giấy hẹn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Rất hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bình thường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả kết quả giải quyết hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận việc trả kết quả cho công dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả kết quả (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức trả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người nhận kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức độ hài lòng:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Hồ sơ chưa được tiếp nhận, chưa có kết quả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: hồ sơ mới được tiếp nhận, chưa chuyển xử lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ không được tiếp nhận nên không có kết quả để trả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: đơn vị chuyên môn đang xử lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: đang chờ công dân bổ sung, hoàn thiện hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: đang chờ công dân thực hiện nghĩa vụ tài chính.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công dân đã yêu cầu rút hồ sơ; hồ sơ không có kết quả để trả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ đã dừng xử lý (công dân rút hồ sơ); không có kết quả để trả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ đã có kết quả, có thể trả cho công dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Return results</translation>
    </message>
    <message>
        <source>Quét mã vạch trên giấy hẹn hoặc gõ mã hồ sơ rồi nhấn Enter. Enter lần nữa để trả kết quả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ, ví dụ H36.52.10-250124-0001 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ:</source>
        <translation type="unfinished">Dossier code:</translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation type="unfinished">Applicant:</translation>
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation type="unfinished">Procedure:</translation>
    </message>
    <message>
        <source>Ngày nhận:</source>
        <translation type="unfinished">Received:</translation>
    </message>
    <message>
        <source>Hạn trả:</source>
        <translation type="unfinished">Due:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation type="unfinished">Status:</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả kết quả…  (Enter, Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem hồ sơ…  (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation type="unfinished">Opening the database…</translation>
    </message>
    <message>
        <source>Không tải được danh sách: %1</source>
        <translation type="unfinished">Could not load the list: %1</translation>
    </message>
    <message>
        <source>Hồ sơ đã có kết quả, chờ trả: %1 (F5: tải lại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa sẵn sàng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ có mã %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản từ chối giải quyết: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có kết quả lúc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; đã trả lúc %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đăng nhập: hãy đăng nhập để trả kết quả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ %1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã trả kết quả hồ sơ %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanViewerDialog</name>
    <message>
        <source>Không hiển thị được tệp quét này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
        <translation>A new language applies the next time the program starts.</translation>
    </message>
    <message>
        <source>Giao diện</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu của máy này</source>
        <translation>Data folders of this computer</translation>
    </message>
    <message>
        <source>Dữ liệu:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Nhật ký:</source>
        <translation>Logs:</translation>
    </message>
    <message>
        <source>Sao lưu:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <source>Máy này</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Lịch làm việc</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <source>Danh mục thủ tục</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Nhật ký kiểm tra</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Đã lưu. Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
        <translation>Saved. The new language applies the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Không kiểm tra được tài khoản: %1</source>
        <translation>Could not check the account: %1</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Dừng giải quyết hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công dân đã yêu cầu rút hồ sơ. Hồ sơ được dừng xử lý sau khi lập Thông báo dừng giải quyết hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dừng xử lý (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lập Thông báo dừng giải quyết hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <source>Yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liệt kê đầy đủ, một lần, các giấy tờ cần bổ sung (mỗi dòng một nội dung). Thời gian giải quyết tạm dừng cho đến khi nhận đủ hồ sơ bổ sung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ được yêu cầu bổ sung một lần: hãy kiểm tra kỹ trước khi gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung cần bổ sung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi dòng một giấy tờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Đồng bộ với hệ thống của tỉnh</source>
        <translation type="unfinished">Synchronisation with the provincial system</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chủ tỉnh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi thành công gần nhất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận thành công gần nhất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số mục chờ gửi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục chờ lâu nhất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation type="unfinished">Status:</translation>
    </message>
    <message>
        <source>Chuỗi truy cập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy không có kho khóa bí mật: nhập chuỗi truy cập mỗi lần mở chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất gói USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sẵn sàng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục bị máy chủ từ chối (khu cách ly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi lại mục đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi gần đây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation type="unfinished">Opening the database…</translation>
    </message>
    <message>
        <source>chưa đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (trong đó {0} mục đã xuất ra USB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy trạm chưa đăng ký với máy chủ tỉnh (lệnh enrol).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã dừng đồng bộ: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có {0} mục bị từ chối, cần xem lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bình thường.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đồng bộ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xong: gửi {0}, trùng {1}, bị từ chối {2}, nhận {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đồng bộ được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất gói dữ liệu ra USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói đồng bộ (*.cchcbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất {0} mục ra {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPlaceholderPage</name>
    <message>
        <source>Đồng bộ với hệ thống của tỉnh</source>
        <translation>Synchronisation with the provincial system</translation>
    </message>
    <message>
        <source>Gửi hồ sơ đã tiếp nhận lên hệ thống một cửa điện tử của tỉnh khi có mạng.</source>
        <translation>Send received dossiers to the provincial one-stop system when the network is available.</translation>
    </message>
    <message>
        <source>Xem số hồ sơ chờ gửi, lần đồng bộ gần nhất và các lỗi.</source>
        <translation>See how many dossiers wait to be sent, the last synchronisation and the errors.</translation>
    </message>
    <message>
        <source>Xuất tệp đồng bộ ra USB cho nơi không có kết nối.</source>
        <translation>Export a sync file to USB where there is no connection.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Chuyển hồ sơ đến đơn vị xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bàn giao hồ sơ cho đơn vị, công chức giải quyết.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển xử lý (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị xử lý:</source>
        <translation type="unfinished">Handling unit:</translation>
    </message>
    <message>
        <source>Người xử lý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên công chức (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> giờ làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không giao thời hạn bước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian giao:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>Tệp bị từ chối; danh mục hiện có không thay đổi. Hãy sửa tệp rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
