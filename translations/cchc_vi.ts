<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name>BrokenPage</name>
    <message>
        <source>Không mở được trang «%1». Lỗi đã được ghi vào nhật ký.</source>
        <translation>Không mở được trang «%1». Lỗi đã được ghi vào nhật ký.</translation>
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
        <source>Hồ sơ sắp đến hạn trả và hồ sơ đã quá hạn, tính theo giờ làm việc.</source>
        <translation>Hồ sơ sắp đến hạn trả và hồ sơ đã quá hạn, tính theo giờ làm việc.</translation>
    </message>
    <message>
        <source>Nhắc phát hành Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước hạn.</source>
        <translation>Nhắc phát hành Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước hạn.</translation>
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
        <source>Thủ tục:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation>Người nộp:</translation>
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
        <source>Đơn vị xử lý:</source>
        <translation>Đơn vị xử lý:</translation>
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
        <source>Bản sao chứng thực</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <source>Bản chụp</source>
        <translation>Bản chụp</translation>
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
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Quá trình xử lý</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
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
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <source>Đang tải danh sách…</source>
        <translation>Đang tải danh sách…</translation>
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
        <source>Chức năng này đang được xây dựng và chưa sử dụng được. Trang này không ghi nhận hay thay đổi dữ liệu nào.</source>
        <translation>Chức năng này đang được xây dựng và chưa sử dụng được. Trang này không ghi nhận hay thay đổi dữ liệu nào.</translation>
    </message>
    <message>
        <source>Sẽ có trong các phiên bản tới:</source>
        <translation>Sẽ có trong các phiên bản tới:</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Chọn thủ tục và chỉ nhận đúng thành phần hồ sơ theo danh mục đã công bố.</source>
        <translation>Chọn thủ tục và chỉ nhận đúng thành phần hồ sơ theo danh mục đã công bố.</translation>
    </message>
    <message>
        <source>Đọc mã QR trên thẻ căn cước để điền thông tin người nộp.</source>
        <translation>Đọc mã QR trên thẻ căn cước để điền thông tin người nộp.</translation>
    </message>
    <message>
        <source>Tính ngày hẹn trả theo giờ làm việc và in Giấy tiếp nhận, hẹn trả kết quả.</source>
        <translation>Tính ngày hẹn trả theo giờ làm việc và in Giấy tiếp nhận, hẹn trả kết quả.</translation>
    </message>
    <message>
        <source>Hướng dẫn bổ sung một lần (Mẫu 02) hoặc từ chối có lý do (Mẫu 03).</source>
        <translation>Hướng dẫn bổ sung một lần (Mẫu 02) hoặc từ chối có lý do (Mẫu 03).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Báo cáo thống kê</source>
        <translation>Báo cáo thống kê</translation>
    </message>
    <message>
        <source>Biểu tổng hợp tình hình giải quyết hồ sơ (trước hạn, đúng hạn, quá hạn).</source>
        <translation>Biểu tổng hợp tình hình giải quyết hồ sơ (trước hạn, đúng hạn, quá hạn).</translation>
    </message>
    <message>
        <source>Xuất báo cáo ra tệp Excel và PDF.</source>
        <translation>Xuất báo cáo ra tệp Excel và PDF.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Trả kết quả</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Quét mã vạch trên giấy hẹn để tìm hồ sơ cần trả.</source>
        <translation>Quét mã vạch trên giấy hẹn để tìm hồ sơ cần trả.</translation>
    </message>
    <message>
        <source>Ghi nhận hình thức trả kết quả và người nhận, cập nhật sổ theo dõi.</source>
        <translation>Ghi nhận hình thức trả kết quả và người nhận, cập nhật sổ theo dõi.</translation>
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
        <source>Cài đặt của cơ quan (giờ làm việc, ngày nghỉ, mẫu mã hồ sơ) đang được xây dựng và chưa chỉnh được ở đây.</source>
        <translation>Cài đặt của cơ quan (giờ làm việc, ngày nghỉ, mẫu mã hồ sơ) đang được xây dựng và chưa chỉnh được ở đây.</translation>
    </message>
    <message>
        <source>Đã lưu. Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
        <translation>Đã lưu. Ngôn ngữ mới được áp dụng khi mở lại chương trình.</translation>
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
</TS>