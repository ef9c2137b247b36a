<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>BrokenPage</name>
    <message>
        <source>Không mở được trang «%1». Lỗi đã được ghi vào nhật ký.</source>
        <translation>Could not open the page “%1”. The error has been written to the log.</translation>
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
        <source>Hồ sơ sắp đến hạn trả và hồ sơ đã quá hạn, tính theo giờ làm việc.</source>
        <translation>Dossiers close to their return time and dossiers past it, counted in working hours.</translation>
    </message>
    <message>
        <source>Nhắc phát hành Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước hạn.</source>
        <translation>A reminder to issue the apology and new return date (Form 04) before the due time.</translation>
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
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation>Applicant:</translation>
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
        <source>Ngày nhận:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Hạn trả:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Đơn vị xử lý:</source>
        <translation>Handling unit:</translation>
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
        <source>Bản sao chứng thực</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <source>Bản chụp</source>
        <translation>Photocopies</translation>
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
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Quá trình xử lý</source>
        <translation>Processing history</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
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
    <name>ReturnsPage</name>
    <message>
        <source>Trả kết quả</source>
        <translation>Return results</translation>
    </message>
    <message>
        <source>Quét mã vạch trên giấy hẹn để tìm hồ sơ cần trả.</source>
        <translation>Scan the barcode on the receipt to find the dossier to return.</translation>
    </message>
    <message>
        <source>Ghi nhận hình thức trả kết quả và người nhận, cập nhật sổ theo dõi.</source>
        <translation>Record how the result was returned and to whom, and update the ledger.</translation>
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
        <source>Cài đặt của cơ quan (giờ làm việc, ngày nghỉ, mẫu mã hồ sơ) đang được xây dựng và chưa chỉnh được ở đây.</source>
        <translation>Office settings (working hours, days off, dossier code template) are being built and cannot be changed here yet.</translation>
    </message>
    <message>
        <source>Đã lưu. Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
        <translation>Saved. The new language applies the next time the program starts.</translation>
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
</TS>
