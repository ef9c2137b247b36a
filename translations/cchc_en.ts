<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <source>Tệp không phải văn bản UTF-8; hãy lưu lại tệp với mã hóa UTF-8.</source>
        <translation>The file is not UTF-8 text; save it again with UTF-8 encoding.</translation>
    </message>
    <message>
        <source>Không đọc/ghi được tệp: %1</source>
        <translation>Could not read or write the file: %1</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
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
        <source>Chức danh:</source>
        <translation>Job title:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Mật khẩu (ít nhất 8 ký tự):</source>
        <translation>Password (at least 8 characters):</translation>
    </message>
    <message>
        <source>Đã tạo tài khoản %1.</source>
        <translation>Account %1 created.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Ghi nhận (Ctrl+Enter)</source>
        <translation>Record (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hủy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>&amp;Xem danh sách (Alt+X)</source>
        <translation>&amp;View the list (Alt+X)</translation>
    </message>
    <message>
        <source>Ẩ&amp;n thông báo (Alt+N)</source>
        <translation>&amp;Hide the notice (Alt+N)</translation>
    </message>
    <message>
        <source>… và %1 cảnh báo khác.</source>
        <translation>… and %1 more alerts.</translation>
    </message>
</context>
<context>
    <name>AlertController</name>
    <message>
        <source>%1 hồ sơ cần chú ý về thời hạn</source>
        <translation>%1 dossiers need attention to their deadlines</translation>
    </message>
    <message>
        <source>Bộ phận Một cửa — cảnh báo thời hạn</source>
        <translation>One-stop counter — deadline alert</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation>Apology and new return date</translation>
    </message>
    <message>
        <source>Đang tải hồ sơ…</source>
        <translation>Loading the dossier…</translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Hạn trả hiện tại:</source>
        <translation>Current due time:</translation>
    </message>
    <message>
        <source>Thời gian còn lại:</source>
        <translation>Time left:</translation>
    </message>
    <message>
        <source>Ước tính từ các hồ sơ cùng thủ tục và đơn vị trước đây; không phải kết luận.</source>
        <translation>An estimate from earlier dossiers of the same procedure and unit; not a conclusion.</translation>
    </message>
    <message>
        <source>Lập Phiếu xin lỗi (gửi lãnh đạo duyệt)</source>
        <translation>Draft the apology (sent to the head for approval)</translation>
    </message>
    <message>
        <source>Chọn lý do thường gặp hoặc ghi lý do cụ thể (bắt buộc)</source>
        <translation>Pick a common reason or write the specific reason (required)</translation>
    </message>
    <message>
        <source>Dùng gợi ý</source>
        <translation>Use the suggestion</translation>
    </message>
    <message>
        <source>&amp;Lý do chậm trả:</source>
        <translation>&amp;Reason for the delay:</translation>
    </message>
    <message>
        <source>&amp;Hẹn trả mới:</source>
        <translation>&amp;New return date:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Gửi lãnh đạo duyệt (Ctrl+Enter)</source>
        <translation>Send for approval (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Lãnh đạo duyệt phiếu</source>
        <translation>Approval by the head</translation>
    </message>
    <message>
        <source>Lý do trả lại (khi trả lại phiếu)</source>
        <translation>Reason (when sending the apology back)</translation>
    </message>
    <message>
        <source>Duyệt và phát hành (Ctrl+Enter)</source>
        <translation>Approve and issue (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Phiếu đã phát hành</source>
        <translation>Apology issued</translation>
    </message>
    <message>
        <source>Ghi nhận đã thông báo</source>
        <translation>Record the notification</translation>
    </message>
    <message>
        <source>Đã báo người nộp qua:</source>
        <translation>Applicant informed by:</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Hồ sơ %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source> (hạn ban đầu %1)</source>
        <translation> (originally due %1)</translation>
    </message>
    <message>
        <source>Ước tính: %1</source>
        <translation>Estimate: %1</translation>
    </message>
    <message>
        <source>Không thể lập phiếu mới: %1</source>
        <translation>Cannot draft a new apology: %1</translation>
    </message>
    <message>
        <source>Phiếu đang ở trạng thái: %1. Có thể sửa và gửi lại.</source>
        <translation>The apology is %1. It can be edited and sent again.</translation>
    </message>
    <message>
        <source>Gợi ý theo lịch làm việc: %1</source>
        <translation>Suggested from the working calendar: %1</translation>
    </message>
    <message>
        <source>(chưa khai báo người đứng đầu cơ quan trong Cài đặt)</source>
        <translation>(the head of the agency is not set in Settings)</translation>
    </message>
    <message>
        <source>Còn dưới một ngày làm việc trước hạn: phiếu vẫn được phát hành nhưng sẽ ghi “phát hành muộn” trong hồ sơ và báo cáo.</source>
        <translation>Less than one working day before the due time: the apology can still be issued but is marked “issued late” in the dossier and the reports.</translation>
    </message>
    <message>
        <source>Lý do: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Hạn trả hiện tại: %1</source>
        <translation>Current due time: %1</translation>
    </message>
    <message>
        <source>Hẹn trả mới: %1</source>
        <translation>New return date: %1</translation>
    </message>
    <message>
        <source>Người ký: %1</source>
        <translation>Signed by: %1</translation>
    </message>
    <message>
        <source>Lập lúc: %1</source>
        <translation>Drafted at: %1</translation>
    </message>
    <message>
        <source>Duyệt lúc này: phiếu sẽ ghi “phát hành muộn” (còn dưới một ngày làm việc trước hạn).</source>
        <translation>Approving now marks the apology “issued late” (less than one working day before the due time).</translation>
    </message>
    <message>
        <source>Số phiếu: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>Hạn trước khi gia hạn: %1</source>
        <translation>Due before the extension: %1</translation>
    </message>
    <message>
        <source>Hẹn trả mới (đang áp dụng): %1</source>
        <translation>New return date (in force): %1</translation>
    </message>
    <message>
        <source>Phát hành lúc: %1</source>
        <translation>Issued at: %1</translation>
    </message>
    <message>
        <source>Phát hành muộn (dưới một ngày làm việc trước hạn)</source>
        <translation>Issued late (less than one working day before the due time)</translation>
    </message>
    <message>
        <source>Đã ghi nhận lúc %1</source>
        <translation>Recorded at %1</translation>
    </message>
    <message>
        <source>Cần đăng nhập để thực hiện.</source>
        <translation>Sign in to do this.</translation>
    </message>
    <message>
        <source>Phải ghi rõ lý do chậm trả kết quả.</source>
        <translation>The reason for the delay must be stated.</translation>
    </message>
    <message>
        <source>Đã gửi phiếu cho lãnh đạo duyệt.</source>
        <translation>The apology was sent for approval.</translation>
    </message>
    <message>
        <source>Đã duyệt và phát hành phiếu.</source>
        <translation>The apology was approved and issued.</translation>
    </message>
    <message>
        <source>Ghi lý do trả lại phiếu.</source>
        <translation>Write why the apology is sent back.</translation>
    </message>
    <message>
        <source>Đã trả lại phiếu cho cán bộ.</source>
        <translation>The apology was sent back to the officer.</translation>
    </message>
    <message>
        <source>Đã ghi nhận hình thức thông báo cho người nộp.</source>
        <translation>How the applicant was informed has been recorded.</translation>
    </message>
    <message>
        <source>Phiếu được ghi “phát hành muộn”.</source>
        <translation>The apology is marked “issued late”.</translation>
    </message>
</context>
<context>
    <name>ApologyModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Số phiếu</source>
        <translation>Letter no.</translation>
    </message>
    <message>
        <source>Ngày phát hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Hạn trả trước đó</source>
        <translation>Previous return date</translation>
    </message>
    <message>
        <source>Hạn trả mới</source>
        <translation>New return date</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Phát hành muộn</source>
        <translation>Issued late</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Kiểm tra tính toàn vẹn của nhật ký</source>
        <translation>Check the integrity of the audit trail</translation>
    </message>
    <message>
        <source>Mỗi thao tác được ghi vào nhật ký kèm mã băm của bản ghi trước; nếu có bản ghi bị sửa, chèn hay xóa, phép kiểm tra chỉ ra bản ghi đầu tiên bị ảnh hưởng.</source>
        <translation>Every action is logged with the hash of the previous entry; if an entry was changed, inserted or deleted, the check names the first entry affected.</translation>
    </message>
    <message>
        <source>Nhật ký không toàn vẹn</source>
        <translation>The audit trail is not intact</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ngày nghỉ thêm</source>
        <translation>Extra day off</translation>
    </message>
    <message>
        <source>Ngày làm việc bù</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>Lý do, ví dụ: Nghỉ Tết theo Thông báo của Thủ tướng</source>
        <translation>Reason, e.g. Tết holiday announced by the Prime Minister</translation>
    </message>
    <message>
        <source>Thêm / sửa ngày</source>
        <translation>Add / change a day</translation>
    </message>
    <message>
        <source>Ngày lễ, Tết, ngày nghỉ bù và ngày làm bù theo quy định đã có sẵn. Bảng này chỉ để điều chỉnh thêm (ví dụ lịch nghỉ Tết năm sau khi Thủ tướng công bố).</source>
        <translation>Public holidays, Tết, compensatory days off and make-up days set by law are built in. This table is only for extra adjustments (e.g. next year’s Tết schedule once the Prime Minister announces it).</translation>
    </message>
    <message>
        <source>Đã lưu ngày %1.</source>
        <translation>Day %1 saved.</translation>
    </message>
</context>
<context>
    <name>CatalogueAdminPage</name>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Danh mục thủ tục hành chính</source>
        <translation>Catalogue of administrative procedures</translation>
    </message>
    <message>
        <source>Tìm theo mã hoặc tên thủ tục (gõ có dấu hay không dấu đều được)…</source>
        <translation>Search by procedure code or name (with or without diacritics)…</translation>
    </message>
    <message>
        <source>Tìm kiếm (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Chỉ thủ tục đang áp dụng</source>
        <translation>Only procedures in use</translation>
    </message>
    <message>
        <source>Nhập từ tệp JSON…</source>
        <translation>Import from a JSON file…</translation>
    </message>
    <message>
        <source>Xuất ra tệp JSON…</source>
        <translation>Export to a JSON file…</translation>
    </message>
    <message>
        <source>Lĩnh vực:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Đơn vị giải quyết:</source>
        <translation>Handling unit:</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết:</source>
        <translation>Processing time:</translation>
    </message>
    <message>
        <source>Phí, lệ phí:</source>
        <translation>Fees:</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ theo quy định:</source>
        <translation>Required dossier components:</translation>
    </message>
    <message>
        <source>Đang tải danh mục…</source>
        <translation>Loading the catalogue…</translation>
    </message>
    <message>
        <source>Nhập danh mục thủ tục</source>
        <translation>Import the procedure catalogue</translation>
    </message>
    <message>
        <source>Tệp JSON (*.json);;Mọi tệp (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Xuất danh mục thủ tục</source>
        <translation>Export the procedure catalogue</translation>
    </message>
    <message>
        <source>Tệp JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Phương án “%1”: %2</source>
        <translation>Variant “%1”: %2</translation>
    </message>
    <message>
        <source>Thời gian thực hiện nghĩa vụ tài chính không tính vào thời hạn.</source>
        <translation>Time spent on fees and taxes does not count towards the deadline.</translation>
    </message>
    <message>
        <source>Không quy định</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Không áp dụng tại bộ phận một cửa này. %1</source>
        <translation>Not handled at this counter. %1</translation>
    </message>
    <message>
        <source>Đã nhập danh mục</source>
        <translation>Catalogue imported</translation>
    </message>
    <message>
        <source>Đã nhập %1 thủ tục: %2 mới, %3 cập nhật, %4 không đổi.</source>
        <translation>%1 procedures imported: %2 new, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>Không nhập được danh mục</source>
        <translation>Could not import the catalogue</translation>
    </message>
    <message>
        <source>Đã xuất %1 thủ tục ra tệp %2.</source>
        <translation>%1 procedures exported to %2.</translation>
    </message>
    <message>
        <source>Không xuất được danh mục</source>
        <translation>Could not export the catalogue</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 thủ tục (%2 đang áp dụng)</source>
        <translation>%1 procedures (%2 in use)</translation>
    </message>
    <message>
        <source>; tìm thấy %1</source>
        <translation>; %1 found</translation>
    </message>
    <message>
        <source>Chọn một thủ tục để xem thành phần hồ sơ và thời hạn.</source>
        <translation>Select a procedure to see its components and processing time.</translation>
    </message>
</context>
<context>
    <name>ComponentChecklist</name>
    <message>
        <source>Chọn thủ tục để hiện danh mục thành phần hồ sơ.</source>
        <translation>Choose a procedure to show its list of components.</translation>
    </message>
    <message>
        <source>Nộp</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ (* bắt buộc)</source>
        <translation>Dossier components (* required)</translation>
    </message>
    <message>
        <source>Chính</source>
        <translation>Orig.</translation>
    </message>
    <message>
        <source>Sao CT</source>
        <translation>Cert. copy</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photocopy</translation>
    </message>
    <message>
        <source>Bản số hóa</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Đã nộp %1/%2 thành phần · %3 bản chính, %4 bản sao chứng thực, %5 bản photo · %6 đã số hóa</source>
        <translation>%1/%2 components filed · %3 originals, %4 certified copies, %5 photocopies · %6 scanned</translation>
    </message>
</context>
<context>
    <name>ComponentRow</name>
    <message>
        <source>Đã nộp (phím cách)</source>
        <translation>Filed (space bar)</translation>
    </message>
    <message>
        <source>Số bản chính</source>
        <translation>Number of originals</translation>
    </message>
    <message>
        <source>Số bản sao chứng thực</source>
        <translation>Number of certified copies</translation>
    </message>
    <message>
        <source>Số bản photo</source>
        <translation>Number of photocopies</translation>
    </message>
    <message>
        <source>Đính kèm…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Chọn tệp quét PDF, JPEG hoặc PNG (Ctrl+O), hoặc kéo thả tệp vào dòng này</source>
        <translation>Choose a scanned PDF, JPEG or PNG file (Ctrl+O), or drop a file on this line</translation>
    </message>
    <message>
        <source>đã số hóa</source>
        <translation>scanned</translation>
    </message>
    <message>
        <source>Thay tệp…</source>
        <translation>Replace file…</translation>
    </message>
</context>
<context>
    <name>ComponentTableModel</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ</source>
        <translation>Dossier component</translation>
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
        <source>Bản photo</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <source>Yêu cầu</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Mẫu đơn, tờ khai</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Nếu có: %1</source>
        <translation>If any: %1</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Điều chỉnh thông tin người nộp</source>
        <translation>Correct the applicant’s details</translation>
    </message>
    <message>
        <source>Hồ sơ đã được tiếp nhận: mọi điều chỉnh được ghi vào quá trình xử lý và nhật ký (giá trị cũ và mới), kèm lý do.</source>
        <translation>The dossier has been accepted: every correction is recorded in its history and the audit trail (old and new values) with the reason.</translation>
    </message>
    <message>
        <source>Lưu điều chỉnh (Ctrl+Enter)</source>
        <translation>Save the correction (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Họ tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Số định danh:</source>
        <translation>Personal ID number:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>(không ghi)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
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
        <source>Thư điện tử:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Lý do điều chỉnh:</source>
        <translation>Reason for the correction:</translation>
    </message>
    <message>
        <source>Bắt buộc, ví dụ: ghi sai số điện thoại</source>
        <translation>Required, e.g. wrong phone number</translation>
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
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Mở hồ sơ (Enter)</source>
        <translation>Open dossier (Enter)</translation>
    </message>
    <message>
        <source>Phiếu xin lỗi, hẹn lại… (Ctrl+E)</source>
        <translation>Apology, new date… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Đơn vị trễ hạn (theo từng bước xử lý)</source>
        <translation>Late units (per processing step)</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Số bước</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>Đang quá hạn</source>
        <translation>Now overdue</translation>
    </message>
    <message>
        <source>Đến hạn ngày làm việc tới (%1)</source>
        <translation>Due next working day (%1)</translation>
    </message>
    <message>
        <source>%1 hồ sơ đang giải quyết · cập nhật lúc %2</source>
        <translation>%1 dossiers in progress · updated at %2</translation>
    </message>
    <message>
        <source> — %1 hồ sơ đầu tiên (hạn sớm nhất)</source>
        <translation> — first %1 dossiers (earliest due)</translation>
    </message>
    <message>
        <source> — không có hồ sơ nào</source>
        <translation> — no dossiers</translation>
    </message>
    <message>
        <source>Không tải được dữ liệu: %1</source>
        <translation>Could not load the data: %1</translation>
    </message>
    <message>
        <source>Ước tính: đang tính…</source>
        <translation>Estimate: computing…</translation>
    </message>
    <message>
        <source>Ước tính: %1</source>
        <translation>Estimate: %1</translation>
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
        <source>Tiếp nhận hồ sơ trực tuyến…</source>
        <translation>Accept online dossier…</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận…</source>
        <translation>Refuse to accept…</translation>
    </message>
    <message>
        <source>Chuyển xử lý…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Cập nhật tiến độ…</source>
        <translation>Record progress…</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung…</source>
        <translation>Request a supplement…</translation>
    </message>
    <message>
        <source>Nhận hồ sơ bổ sung…</source>
        <translation>Receive the supplement…</translation>
    </message>
    <message>
        <source>Yêu cầu nghĩa vụ tài chính…</source>
        <translation>Request fees and taxes…</translation>
    </message>
    <message>
        <source>Đã thực hiện nghĩa vụ tài chính…</source>
        <translation>Fees and taxes paid…</translation>
    </message>
    <message>
        <source>Đã có kết quả…</source>
        <translation>Result ready…</translation>
    </message>
    <message>
        <source>Trả kết quả…</source>
        <translation>Return the result…</translation>
    </message>
    <message>
        <source>Công dân rút hồ sơ…</source>
        <translation>Applicant withdraws…</translation>
    </message>
    <message>
        <source>Dừng xử lý…</source>
        <translation>Stop processing…</translation>
    </message>
    <message>
        <source>Từ chối giải quyết…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>Xin lỗi, hẹn lại ngày trả…</source>
        <translation>Apologise, set a new date…</translation>
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
        <translation>Request:</translation>
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
        <translation>Authorised filer:</translation>
    </message>
    <message>
        <source>Ngày nhận:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Người thực hiện, đơn vị</source>
        <translation>By, unit</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bước</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Đơn vị xử lý</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>Người xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Hạn bước</source>
        <translation>Step due</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Các bước xử lý tại đơn vị:</source>
        <translation>Processing steps in the units:</translation>
    </message>
    <message>
        <source>Thông tin chung (Ctrl+1)</source>
        <translation>General (Ctrl+1)</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ (Ctrl+2)</source>
        <translation>Components (Ctrl+2)</translation>
    </message>
    <message>
        <source>Quá trình xử lý (Ctrl+3)</source>
        <translation>History (Ctrl+3)</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Điều chỉnh thông tin người nộp…</source>
        <translation>Correct the applicant’s details…</translation>
    </message>
    <message>
        <source>In lại giấy tờ…</source>
        <translation>Reprint a document…</translation>
    </message>
    <message>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation>Receipt and return appointment</translation>
    </message>
    <message>
        <source>Phiếu kiểm soát quá trình giải quyết</source>
        <translation>Processing control sheet</translation>
    </message>
    <message>
        <source>Mở bản lưu (bản in lần đầu)</source>
        <translation>Open the archived copy (first print)</translation>
    </message>
    <message>
        <source>%1 - số %2, %3</source>
        <translation>%1 - no. %2, %3</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Đã xong: %1</source>
        <translation>Finished: %1</translation>
    </message>
    <message>
        <source>Thời gian làm việc còn lại đến hạn trả hiện tại (cập nhật mỗi 30 giây)</source>
        <translation>Working time left until the current return date (updated every 30 seconds)</translation>
    </message>
    <message>
        <source>Thời hạn đang tạm dừng</source>
        <translation>The deadline is paused</translation>
    </message>
    <message>
        <source>Hạn trả: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Đã số hóa</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>Chưa số hóa</source>
        <translation>Not scanned</translation>
    </message>
    <message>
        <source>Cần bổ sung: %1</source>
        <translation>To supplement: %1</translation>
    </message>
    <message>
        <source>Từ chối: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>có kết quả lúc %1</source>
        <translation>result ready at %1</translation>
    </message>
    <message>
        <source>đã trả lúc %1, %2</source>
        <translation>returned at %1, %2</translation>
    </message>
    <message>
        <source>, người nhận: %1</source>
        <translation>, collected by: %1</translation>
    </message>
    <message>
        <source>, hài lòng: %1/5</source>
        <translation>, satisfaction: %1/5</translation>
    </message>
    <message>
        <source>từ %1 đến %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>nay (đang tạm dừng)</source>
        <translation>now (paused)</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Đã hẹn lại một lần (Phiếu xin lỗi)</source>
        <translation>Rescheduled once (apology)</translation>
    </message>
    <message>
        <source> — phát hành muộn</source>
        <translation> — issued late</translation>
    </message>
    <message>
        <source>%1/1 lần</source>
        <translation>%1/1 times</translation>
    </message>
    <message>
        <source>Không có thao tác nào cho hồ sơ ở trạng thái này.</source>
        <translation>No action is possible for a dossier in this status.</translation>
    </message>
    <message>
        <source>Chỉ xem (chưa đăng nhập hoặc chưa mở cơ sở dữ liệu).</source>
        <translation>Read only (not signed in, or the database is not open).</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Hồ sơ nộp trực tuyến được tiếp nhận; thời hạn giải quyết tính từ lúc tiếp nhận.</source>
        <translation>The online dossier is accepted; the processing period runs from acceptance.</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết được tính lại từ đầu kể từ khi nhận đủ hồ sơ bổ sung.</source>
        <translation>The processing time restarts from zero once the complete supplement is received.</translation>
    </message>
    <message>
        <source>Nghĩa vụ tài chính:</source>
        <translation>Fees and taxes:</translation>
    </message>
    <message>
        <source>Thời hạn tạm dừng trong khi công dân thực hiện nghĩa vụ tài chính (nếu thủ tục quy định).</source>
        <translation>The deadline is paused while the applicant pays fees and taxes (where the procedure says so).</translation>
    </message>
    <message>
        <source>Chứng từ, ghi chú:</source>
        <translation>Receipts, note:</translation>
    </message>
    <message>
        <source>Hồ sơ chuyển sang “Đã xử lý xong”, chờ trả kết quả cho công dân.</source>
        <translation>The dossier becomes “Resolved”, waiting for the result to be returned.</translation>
    </message>
    <message>
        <source>Sau đó lập Thông báo dừng giải quyết hồ sơ và dừng xử lý.</source>
        <translation>Then issue the stop notice and stop processing.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 — %2</source>
        <translation>Dossier %1 — %2</translation>
    </message>
    <message>
        <source>Đã ghi nhận: %1.</source>
        <translation>Recorded: %1.</translation>
    </message>
    <message>
        <source>Chưa có bản quét</source>
        <translation>No scan yet</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Không đọc được bản quét</source>
        <translation>Could not read the scan</translation>
    </message>
    <message>
        <source>Bản quét: %1</source>
        <translation>Scan: %1</translation>
    </message>
    <message>
        <source>Chọn bản quét cho: %1</source>
        <translation>Choose a scan for: %1</translation>
    </message>
    <message>
        <source>Bản quét (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Đơn vị xử lý:</source>
        <translation>Handling unit:</translation>
    </message>
    <message>
        <source>Phí, lệ phí:</source>
        <translation>Fees:</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <source>Thời gian quy định:</source>
        <translation>Legal time:</translation>
    </message>
    <message>
        <source>Hạn trả ban đầu:</source>
        <translation>Original due time:</translation>
    </message>
    <message>
        <source>Tạm dừng:</source>
        <translation>Paused:</translation>
    </message>
    <message>
        <source>Tính lại từ:</source>
        <translation>Restarted at:</translation>
    </message>
    <message>
        <source>Gia hạn:</source>
        <translation>Extension:</translation>
    </message>
    <message>
        <source>Hạn trả hiện tại:</source>
        <translation>Current due time:</translation>
    </message>
    <message>
        <source>Hạn theo Bộ chỉ số 766:</source>
        <translation>Due by the 766 index:</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung:</source>
        <translation>Supplement requests:</translation>
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
        <translation>Cert. copies</translation>
    </message>
    <message>
        <source>Bản quét</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Chọn một thành phần để xem bản quét</source>
        <translation>Select a component to see its scan</translation>
    </message>
    <message>
        <source>Xem bản quét (Enter)</source>
        <translation>View scan (Enter)</translation>
    </message>
    <message>
        <source>Số hóa… (%1)</source>
        <translation>Digitise… (%1)</translation>
    </message>
    <message>
        <source>Đính kèm bản quét cho thành phần chưa số hóa</source>
        <translation>Attach a scan to a component not yet scanned</translation>
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
        <source>Tất cả lĩnh vực</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Chọn thủ tục (Alt+U): gõ tên hoặc mã, không cần dấu, rồi Enter.</source>
        <translation>Choose the procedure (Alt+U): type its name or code, no diacritics needed, then Enter.</translation>
    </message>
    <message>
        <source>Tất cả cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Cán bộ đã tiếp nhận hồ sơ (Alt+B)</source>
        <translation>Officer who received the dossier (Alt+B)</translation>
    </message>
    <message>
        <source>Mọi ngày</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Hôm qua</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Tuần này</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Tự chọn khoảng ngày</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>X&amp;oá lọc</source>
        <translation>Rem&amp;ove filters</translation>
    </message>
    <message>
        <source>Bỏ mọi điều kiện lọc và tìm kiếm (Alt+O)</source>
        <translation>Remove every filter and the search (Alt+O)</translation>
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
        <source>T&amp;rạng thái:</source>
        <translation>Cu&amp;rrent status:</translation>
    </message>
    <message>
        <source>&amp;Lĩnh vực:</source>
        <translation>Fie&amp;ld:</translation>
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Cán &amp;bộ:</source>
        <translation>Received &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Khoảng ngày nhận:</source>
        <translation>Received in &amp;period:</translation>
    </message>
    <message>
        <source>Từ n&amp;gày:</source>
        <translation>From &amp;date:</translation>
    </message>
    <message>
        <source>Đến ngà&amp;y:</source>
        <translation>&amp;To date:</translation>
    </message>
    <message>
        <source>Đang tải danh sách…</source>
        <translation>Loading the list…</translation>
    </message>
    <message>
        <source>“Từ ngày” %1 sau “Đến ngày” %2: hãy sửa lại khoảng ngày. Danh sách vẫn theo bộ lọc trước.</source>
        <translation>“From” %1 is after “To” %2: please correct the range. The list keeps the previous filter.</translation>
    </message>
    <message>
        <source>tìm “%1”</source>
        <translation>search “%1”</translation>
    </message>
    <message>
        <source>lĩnh vực %1</source>
        <translation>sector %1</translation>
    </message>
    <message>
        <source>thủ tục %1</source>
        <translation>procedure %1</translation>
    </message>
    <message>
        <source>cán bộ %1</source>
        <translation>officer %1</translation>
    </message>
    <message>
        <source>nhận ngày %1</source>
        <translation>received on %1</translation>
    </message>
    <message>
        <source>nhận từ %1 đến %2</source>
        <translation>received from %1 to %2</translation>
    </message>
    <message>
        <source>nhận từ %1</source>
        <translation>received from %1</translation>
    </message>
    <message>
        <source>nhận đến %1</source>
        <translation>received until %1</translation>
    </message>
    <message>
        <source>Đang lọc: %1</source>
        <translation>Filtered by: %1</translation>
    </message>
    <message>
        <source>Không có thủ tục nào khớp “%1”%2.</source>
        <translation>No procedure matches “%1”%2.</translation>
    </message>
    <message>
        <source> trong lĩnh vực đã chọn</source>
        <translation> in the chosen sector</translation>
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
        <source>Đơn vị xử lý</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>Hạn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Thời gian còn lại</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Có Phiếu xin lỗi đang chờ lãnh đạo duyệt</source>
        <translation>An apology is waiting for approval</translation>
    </message>
    <message>
        <source> (đã gia hạn)</source>
        <translation> (extended)</translation>
    </message>
    <message>
        <source> · phiếu chờ duyệt</source>
        <translation> · apology pending</translation>
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
    <name>Form06Model</name>
    <message>
        <source>Nhận giải quyết</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Trả lại, rút</source>
        <translation>Returned, withdrawn</translation>
    </message>
    <message>
        <source>Bổ sung</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kỳ trước chuyển qua</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Mới: trực tuyến</source>
        <translation>New: online</translation>
    </message>
    <message>
        <source>Mới: trực tiếp, bưu chính</source>
        <translation>New: in person, by post</translation>
    </message>
    <message>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Trong hạn</source>
        <translation>Within time</translation>
    </message>
    <message>
        <source>Từ chối giải quyết</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Rút, dừng xử lý</source>
        <translation>Withdrawn, stopped</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Lĩnh vực, thủ tục hành chính</source>
        <translation>Sector, administrative procedure</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Grand total</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Tử số</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Mẫu số</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Cách tính</source>
        <translation>How it is computed</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tỷ lệ hồ sơ giải quyết đúng hạn (Bộ chỉ số 766)</source>
        <translation>On-time rate (QĐ 766 index)</translation>
    </message>
    <message>
        <source>Tỷ lệ giải quyết đúng hạn (Biểu 06, theo hạn hiện hành)</source>
        <translation>On-time rate (Form 06, current due dates)</translation>
    </message>
    <message>
        <source>Tỷ lệ hồ sơ nộp trực tuyến</source>
        <translation>Online filing rate</translation>
    </message>
    <message>
        <source>Tỷ lệ hồ sơ thanh toán trực tuyến</source>
        <translation>Online payment rate</translation>
    </message>
    <message>
        <source>Tỷ lệ số hóa thành phần hồ sơ</source>
        <translation>Digitised components rate</translation>
    </message>
    <message>
        <source>Đánh giá của người nhận kết quả</source>
        <translation>Ratings by those collecting results</translation>
    </message>
    <message>
        <source>Mức độ hài lòng (Bộ chỉ số 766)</source>
        <translation>Satisfaction (QĐ 766 index)</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Receive a dossier</translation>
    </message>
    <message>
        <source>Chưa đăng nhập: phải đăng nhập tài khoản cán bộ trước khi tiếp nhận hồ sơ (mỗi hồ sơ ghi tên cán bộ tiếp nhận).</source>
        <translation>Not signed in: an officer must sign in before receiving dossiers (each dossier records the receiving officer).</translation>
    </message>
    <message>
        <source>Tiếp nhận, cấp mã hồ sơ (Ctrl+Enter)</source>
        <translation>Accept and issue a code (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung (F7)</source>
        <translation>Request supplement (F7)</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận (F8)</source>
        <translation>Refuse (F8)</translation>
    </message>
    <message>
        <source>Hồ sơ mới (Ctrl+N)</source>
        <translation>New dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>In giấy tiếp nhận (F9)</source>
        <translation>Print receipt (F9)</translation>
    </message>
    <message>
        <source>1. Thủ tục hành chính (F2)</source>
        <translation>1. Administrative procedure (F2)</translation>
    </message>
    <message>
        <source>Trường hợp:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>2. Người nộp hồ sơ (F3 quét mã QR căn cước)</source>
        <translation>2. Applicant (F3 scans the ID card QR code)</translation>
    </message>
    <message>
        <source>Đưa thẻ căn cước vào máy quét, hoặc dán nội dung mã QR rồi nhấn Enter</source>
        <translation>Scan the ID card, or paste the QR code content and press Enter</translation>
    </message>
    <message>
        <source>Họ và tên đầy đủ, có dấu</source>
        <translation>Full name, with diacritics</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 05/03/1990</source>
        <translation>day/month/year, e.g. 05/03/1990</translation>
    </message>
    <message>
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Nơi thường trú</source>
        <translation>Permanent residence</translation>
    </message>
    <message>
        <source>Di động, 10 chữ số</source>
        <translation>Mobile, 10 digits</translation>
    </message>
    <message>
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Có người được ủy quyền nộp thay</source>
        <translation>Filed by an authorised person</translation>
    </message>
    <message>
        <source>Họ tên người được ủy quyền</source>
        <translation>Name of the authorised person</translation>
    </message>
    <message>
        <source>Số định danh / giấy tờ</source>
        <translation>ID number / document</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Họ tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Số giấy tờ:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Quét QR CCCD:</source>
        <translation>ID card QR:</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Applicant type:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Số định danh:</source>
        <translation>Personal ID number:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>F2 Thủ tục · F3 Quét CCCD · F4 Thành phần · Ctrl+O Đính kèm tệp · Enter sang ô tiếp theo · Ctrl+Enter Tiếp nhận · F7 Yêu cầu bổ sung · F8 Từ chối · F9 In phiếu · Ctrl+P Sổ theo dõi, giấy tờ đã in · Esc Hủy thao tác · Ctrl+N Hồ sơ mới</source>
        <translation>F2 Procedure · F3 Scan CCCD · F4 Components · Ctrl+O Attach file · Enter next field · Ctrl+Enter Accept · F7 Request completion · F8 Refuse · F9 Print paper · Ctrl+P Ledger, issued papers · Esc Cancel · Ctrl+N New dossier</translation>
    </message>
    <message>
        <source>Sổ theo dõi, giấy tờ đã phát hành (Ctrl+P)</source>
        <translation>Ledger, issued papers (Ctrl+P)</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Thư điện tử:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>3. Thành phần hồ sơ theo danh mục đã công bố (F4)</source>
        <translation>3. Components of the published list (F4)</translation>
    </message>
    <message>
        <source>Thư mục máy quét…</source>
        <translation>Scanner folder…</translation>
    </message>
    <message>
        <source>4. Kênh nộp, nhận kết quả, phí và lệ phí</source>
        <translation>4. Channel, result delivery, fees</translation>
    </message>
    <message>
        <source>Số biên lai thu phí, lệ phí</source>
        <translation>Fee receipt number</translation>
    </message>
    <message>
        <source>Số bộ:</source>
        <translation>Sets:</translation>
    </message>
    <message>
        <source>Kênh nộp:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Nhận kết quả:</source>
        <translation>Result delivery:</translation>
    </message>
    <message>
        <source>Phí, lệ phí:</source>
        <translation>Fees:</translation>
    </message>
    <message>
        <source>Biên lai số:</source>
        <translation>Receipt no.:</translation>
    </message>
    <message>
        <source>Hình thức nộp:</source>
        <translation>Payment method:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Ngày hẹn trả kết quả (tính theo lịch làm việc)</source>
        <translation>Return date (by the working calendar)</translation>
    </message>
    <message>
        <source>Chọn thủ tục để tính ngày hẹn trả.</source>
        <translation>Choose a procedure to compute the return date.</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</source>
        <translation>Request to complete the dossier (Form 02)</translation>
    </message>
    <message>
        <source>Hướng dẫn một lần, đầy đủ mọi nội dung cần bổ sung; không cấp mã hồ sơ.</source>
        <translation>Guide once, listing everything to complete; no dossier code is issued.</translation>
    </message>
    <message>
        <source>Mỗi dòng một nội dung cần bổ sung</source>
        <translation>One item to complete per line</translation>
    </message>
    <message>
        <source>Ví dụ: thiếu giấy tờ bắt buộc theo danh mục</source>
        <translation>E.g. a required document of the list is missing</translation>
    </message>
    <message>
        <source>Cán bộ hướng dẫn, số điện thoại</source>
        <translation>Guiding officer, phone number</translation>
    </message>
    <message>
        <source>Lập phiếu yêu cầu bổ sung (Ctrl+Enter)</source>
        <translation>Issue the completion request (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hủy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Nội dung cần bổ sung:</source>
        <translation>To complete:</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Liên hệ:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận hồ sơ (Mẫu 03) — ghi rõ lý do</source>
        <translation>Refuse the dossier (Form 03) — state the reason</translation>
    </message>
    <message>
        <source>Lý do từ chối (bắt buộc), ví dụ: yêu cầu không thuộc thẩm quyền giải quyết của xã</source>
        <translation>Reason for refusal (required), e.g. the request is outside the commune’s competence</translation>
    </message>
    <message>
        <source>Xác nhận từ chối (Ctrl+Enter)</source>
        <translation>Confirm refusal (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Không tải được danh mục thủ tục: %1</source>
        <translation>Could not load the procedure catalogue: %1</translation>
    </message>
    <message>
        <source>Chọn thủ tục trước để hiện danh mục thành phần hồ sơ.</source>
        <translation>Choose a procedure first to show its components.</translation>
    </message>
    <message>
        <source>Thông thường</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Đánh dấu khoản phí, lệ phí đã thu.</source>
        <translation>Tick the fees collected.</translation>
    </message>
    <message>
        <source>Thủ tục không thu phí, lệ phí.</source>
        <translation>The procedure has no fees.</translation>
    </message>
    <message>
        <source>Chọn thủ tục để hiện các khoản phí, lệ phí.</source>
        <translation>Choose a procedure to show its fees.</translation>
    </message>
    <message>
        <source>Hẹn trả: %1</source>
        <translation>Return on: %1</translation>
    </message>
    <message>
        <source>Thời hạn: %1 · tiếp nhận lúc %2</source>
        <translation>Time limit: %1 · received at %2</translation>
    </message>
    <message>
        <source>Không tính các ngày nghỉ:</source>
        <translation>Days off not counted:</translation>
    </message>
    <message>
        <source>Không tính được ngày hẹn trả: %1</source>
        <translation>Could not compute the return date: %1</translation>
    </message>
    <message>
        <source>Tên tổ chức:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Mã số / giấy tờ:</source>
        <translation>Number / document:</translation>
    </message>
    <message>
        <source>Mã số doanh nghiệp, quyết định thành lập…</source>
        <translation>Enterprise code, founding decision…</translation>
    </message>
    <message>
        <source>Không đọc được mã QR căn cước: %1 Thông tin đã nhập được giữ nguyên; hãy quét lại hoặc nhập tay.</source>
        <translation>Could not read the ID card QR code: %1 What was typed is kept; scan again or type it in.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>%1 đã nhập “%2” khác trên thẻ “%3”; đã lấy theo thẻ.</source>
        <translation>%1 typed “%2” differs from the card “%3”; the card was used.</translation>
    </message>
    <message>
        <source>Đã đọc thẻ căn cước: %1 (số %2).</source>
        <translation>ID card read: %1 (number %2).</translation>
    </message>
    <message>
        <source>Chọn thủ tục trước để đính kèm tệp quét.</source>
        <translation>Choose a procedure before attaching scans.</translation>
    </message>
    <message>
        <source>Chọn tệp quét</source>
        <translation>Choose a scan</translation>
    </message>
    <message>
        <source>Tệp quét (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Đã số hóa “%1”: %2.</source>
        <translation>Scanned “%1”: %2.</translation>
    </message>
    <message>
        <source>Không đính kèm được tệp “%1”: %2</source>
        <translation>Could not attach “%1”: %2</translation>
    </message>
    <message>
        <source>Thư mục máy quét lưu tệp</source>
        <translation>Folder where the scanner saves files</translation>
    </message>
    <message>
        <source>Không mở được thư mục máy quét “%1”.</source>
        <translation>Could not open the scanner folder “%1”.</translation>
    </message>
    <message>
        <source>Tự nhận tệp mới từ thư mục máy quét: %1</source>
        <translation>New files are taken from the scanner folder: %1</translation>
    </message>
    <message>
        <source>Kéo thả tệp quét vào dòng thành phần, hoặc chọn thư mục máy quét để tự nhận tệp mới.</source>
        <translation>Drop scans on a component line, or choose the scanner folder to take new files automatically.</translation>
    </message>
    <message>
        <source>Có tệp quét mới “%1” nhưng chưa chọn thủ tục.</source>
        <translation>A new scan “%1” arrived but no procedure is chosen.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa sẵn sàng, xin chờ trong giây lát.</source>
        <translation>The database is not ready yet; please wait a moment.</translation>
    </message>
    <message>
        <source>Chưa đăng nhập: phải đăng nhập tài khoản cán bộ trước khi ghi nhận hồ sơ.</source>
        <translation>Not signed in: an officer must sign in before recording a dossier.</translation>
    </message>
    <message>
        <source>Mã hồ sơ: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dossier code: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Người nộp: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <source>Thủ tục: %1</source>
        <translation>Procedure: %1</translation>
    </message>
    <message>
        <source>Hẹn trả kết quả: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Return on: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In giấy tiếp nhận, hẹn trả (F9)</source>
        <translation>Print the receipt (F9)</translation>
    </message>
    <message>
        <source>Hồ sơ đã được ghi nhận. Chức năng in Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) đang được xây dựng.</source>
        <translation>The dossier is recorded. Printing the receipt (Form 01) is being built.</translation>
    </message>
    <message>
        <source>In phiếu yêu cầu bổ sung, hoàn thiện (F9)</source>
        <translation>Print the completion request (F9)</translation>
    </message>
    <message>
        <source>Chức năng in chưa sẵn sàng; hồ sơ đã được ghi nhận.</source>
        <translation>Printing is not ready yet; the dossier is recorded.</translation>
    </message>
    <message>
        <source>Đã tiếp nhận hồ sơ</source>
        <translation>Dossier accepted</translation>
    </message>
    <message>
        <source>Hồ sơ chưa đầy đủ thành phần theo quy định</source>
        <translation>The dossier lacks required components</translation>
    </message>
    <message>
        <source>Ghi đủ mọi nội dung cần bổ sung (chỉ yêu cầu một lần), rồi nhấn Ctrl+Enter.</source>
        <translation>List everything to complete (asked only once), then press Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Đã lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</source>
        <translation>Completion request issued (Form 02)</translation>
    </message>
    <message>
        <source>Người nộp: %1 · không cấp mã hồ sơ. Nội dung cần bổ sung:</source>
        <translation>Applicant: %1 · no dossier code issued. To complete:</translation>
    </message>
    <message>
        <source>Ghi rõ lý do từ chối, rồi nhấn Ctrl+Enter.</source>
        <translation>State the reason for refusal, then press Ctrl+Enter.</translation>
    </message>
    <message>
        <source>In phiếu từ chối (F9)</source>
        <translation>Print the refusal (F9)</translation>
    </message>
    <message>
        <source>Đã ghi nhận từ chối tiếp nhận (Mẫu 03)</source>
        <translation>Refusal recorded (Form 03)</translation>
    </message>
    <message>
        <source>Người nộp: %1&lt;br&gt;Thủ tục: %2&lt;br&gt;Lý do: %3</source>
        <translation>Applicant: %1&lt;br&gt;Procedure: %2&lt;br&gt;Reason: %3</translation>
    </message>
    <message>
        <source>Chức năng in chưa sẵn sàng.</source>
        <translation>Printing is not available yet.</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi, hồ sơ chưa được ghi: %1. Thông tin trên biểu mẫu được giữ nguyên.</source>
        <translation>Unexpected error, the dossier was not recorded: %1. The form keeps what was typed.</translation>
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
        <translation>Ledger and issued papers</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ (Mẫu 06)</source>
        <translation>Dossier ledger (Form 06)</translation>
    </message>
    <message>
        <source>In sổ theo dõi (Ctrl+L)</source>
        <translation>Print the ledger (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận từ ngày</source>
        <translation>Dossiers received from</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Chỉ giấy tờ không gắn với hồ sơ (sổ theo dõi, phiếu hướng dẫn tại quầy); giấy tờ của một hồ sơ được in lại từ chi tiết hồ sơ</source>
        <translation>Only papers without a dossier (ledger, counter guidance); a dossier&apos;s papers are reprinted from the dossier&apos;s detail</translation>
    </message>
    <message>
        <source>Mở bản lưu (Enter)</source>
        <translation>Open archived copy (Enter)</translation>
    </message>
    <message>
        <source>In lại… (Ctrl+R)</source>
        <translation>Reprint… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ngày cuối kỳ phải sau ngày đầu kỳ.</source>
        <translation>The end of the period must be after its start.</translation>
    </message>
    <message>
        <source>Chọn một giấy tờ trong danh sách.</source>
        <translation>Choose a paper in the list.</translation>
    </message>
    <message>
        <source>Chưa có giấy tờ nào.</source>
        <translation>No papers yet.</translation>
    </message>
</context>
<context>
    <name>IssuedPapersModel</name>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Giấy tờ</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Ngày in</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>Lý do in lại</source>
        <translation>Reprint reason</translation>
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
        <source>Sổ theo dõi và giấy tờ đã phát hành…</source>
        <translation>Ledger and issued papers…</translation>
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
        <translation>Office name:</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản (dòng 1 tiêu đề):</source>
        <translation>Governing body (header line 1):</translation>
    </message>
    <message>
        <source>Tên đơn vị (dòng 2 tiêu đề):</source>
        <translation>Unit name (header line 2):</translation>
    </message>
    <message>
        <source>Bộ phận:</source>
        <translation>Counter:</translation>
    </message>
    <message>
        <source>Địa danh (dòng ngày tháng):</source>
        <translation>Place name (date line):</translation>
    </message>
    <message>
        <source>Mã cơ quan (mã định danh):</source>
        <translation>Agency code:</translation>
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
        <source>Mẫu mã hồ sơ:</source>
        <translation>Dossier code template:</translation>
    </message>
    <message>
        <source>Địa chỉ tra cứu (mã QR), dùng {code}:</source>
        <translation>Look-up address (QR code), with {code}:</translation>
    </message>
    <message>
        <source>Thủ trưởng ký Phiếu xin lỗi:</source>
        <translation>Head who signs apologies:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer’s title:</translation>
    </message>
    <message>
        <source>Số hiệu máy trạm này:</source>
        <translation>This workstation’s number:</translation>
    </message>
    <message>
        <source>Số máy trạm của cơ quan:</source>
        <translation>Workstations of the office:</translation>
    </message>
    <message>
        <source>Số liên Giấy tiếp nhận:</source>
        <translation>Receipt copies:</translation>
    </message>
    <message>
        <source>Khóa màn hình sau (phút không thao tác):</source>
        <translation>Lock the screen after (idle minutes):</translation>
    </message>
    <message>
        <source>Khóa tài khoản sau số lần sai mật khẩu:</source>
        <translation>Lock an account after wrong passwords:</translation>
    </message>
    <message>
        <source> giờ làm việc</source>
        <translation> working hours</translation>
    </message>
    <message>
        <source>Cảnh báo sắp đến hạn trước:</source>
        <translation>Warn before the due time:</translation>
    </message>
    <message>
        <source>Lưu cài đặt cơ quan (Ctrl+S)</source>
        <translation>Save office settings (Ctrl+S)</translation>
    </message>
    <message>
        <source>Chỉ quản trị viên được sửa cài đặt của cơ quan.</source>
        <translation>Only an administrator may change the office settings.</translation>
    </message>
    <message>
        <source>Đã lưu cài đặt của cơ quan.</source>
        <translation>Office settings saved.</translation>
    </message>
</context>
<context>
    <name>PaperFlow</name>
    <message>
        <source>%1 - số %2 (bản lưu)</source>
        <translation>%1 - no. %2 (archived copy)</translation>
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
        <source>Chức năng đang được xây dựng</source>
        <translation>This function is being built</translation>
    </message>
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
    <name>ProcedureFilterBox</name>
    <message>
        <source>Gõ tên hoặc mã thủ tục, không cần dấu…</source>
        <translation>Type a procedure name or code, no diacritics needed…</translation>
    </message>
    <message>
        <source>Tất cả thủ tục</source>
        <translation>All procedures</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <source>Gõ tên hoặc mã thủ tục, không cần dấu…</source>
        <translation>Type the procedure name or code, diacritics optional…</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục.</source>
        <translation>No procedure chosen.</translation>
    </message>
    <message>
        <source>%1 thủ tục phù hợp · ↑↓ để chọn, Enter để lấy</source>
        <translation>%1 matching procedures · ↑↓ to move, Enter to take</translation>
    </message>
    <message>
        <source>Gõ để tìm thủ tục khác (F2).</source>
        <translation>Type to find another procedure (F2).</translation>
    </message>
</context>
<context>
    <name>ProcedureTableModel</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên thủ tục</source>
        <translation>Procedure name</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Áp dụng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Không áp dụng tại bộ phận một cửa này</source>
        <translation>Not handled at this counter</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cập nhật tiến độ xử lý</source>
        <translation>Record processing progress</translation>
    </message>
    <message>
        <source>Ghi lại kết quả xử lý do đơn vị giải quyết báo về.</source>
        <translation>Record what the handling unit reported.</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Ví dụ: đã thẩm định xong, trình ký</source>
        <translation>E.g. review done, sent for signature</translation>
    </message>
    <message>
        <source>Đơn vị báo:</source>
        <translation>Reported by unit:</translation>
    </message>
    <message>
        <source>Đơn vị đã hoàn thành bước xử lý của mình</source>
        <translation>The unit has finished its step</translation>
    </message>
</context>
<context>
    <name>ReadyModel</name>
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
        <source>Có kết quả lúc</source>
        <translation>Result ready at</translation>
    </message>
    <message>
        <source>Hạn trả</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Từ chối giải quyết hồ sơ</source>
        <translation>Refuse the dossier</translation>
    </message>
    <message>
        <source>Hồ sơ không đủ điều kiện giải quyết. Kết quả trả cho công dân là văn bản từ chối nêu rõ lý do.</source>
        <translation>The dossier does not qualify. The result returned to the applicant is a written refusal with the reason.</translation>
    </message>
    <message>
        <source>Từ chối (Ctrl+Enter)</source>
        <translation>Refuse (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Lý do từ chối:</source>
        <translation>Reason for refusal:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Báo cáo thống kê</source>
        <translation>Statistical reports</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Từ ngày … đến ngày</source>
        <translation>From … to</translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Quý %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>đến ngày:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Xem báo cáo (F5)</source>
        <translation>Show report (F5)</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Xuất Excel… (Ctrl+E)</source>
        <translation>Export to Excel… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Xem, in PDF… (Ctrl+P)</source>
        <translation>View, print PDF… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Biểu 06/VPCP/KSTT</source>
        <translation>Form 06/VPCP/KSTT</translation>
    </message>
    <message>
        <source>Phiếu xin lỗi, hẹn lại</source>
        <translation>Apology letters</translation>
    </message>
    <message>
        <source>Chỉ số Bộ chỉ số 766</source>
        <translation>QĐ 766 indicators</translation>
    </message>
    <message>
        <source>Đang tính báo cáo %1…</source>
        <translation>Computing the report %1…</translation>
    </message>
    <message>
        <source>%1 (từ %2 đến %3) · nhận %4 hồ sơ, đã giải quyết %5, đang giải quyết %6 (tính đến %7)</source>
        <translation>%1 (%2 to %3) · received %4 dossiers, resolved %5, in progress %6 (as of %7)</translation>
    </message>
    <message>
        <source>Đã phát hành %1 phiếu; phát hành muộn (ít hơn một ngày làm việc trước hạn trả): %2.</source>
        <translation>%1 letters issued; issued late (less than one working day before the return date): %2.</translation>
    </message>
    <message>
        <source>Xuất báo cáo ra Excel</source>
        <translation>Export the report to Excel</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo Excel: %1</source>
        <translation>Excel report saved: %1</translation>
    </message>
    <message>
        <source>Không ghi được tệp: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <source>Báo cáo %1</source>
        <translation>Report %1</translation>
    </message>
</context>
<context>
    <name>ReprintReasonDialog</name>
    <message>
        <source>In lại giấy tờ</source>
        <translation>Reprint a document</translation>
    </message>
    <message>
        <source>%1 đã được cấp. Bản in lại sẽ được đóng dấu “BẢN IN LẠI” và ghi vào nhật ký. Lý do in lại:</source>
        <translation>%1 has been issued. The reprint is stamped “BẢN IN LẠI” (reprint) and logged. Reason for reprinting:</translation>
    </message>
    <message>
        <source>Ví dụ: công dân làm mất giấy hẹn</source>
        <translation>E.g. the applicant lost the receipt</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Bình thường</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Chưa hài lòng</source>
        <translation>Not quite satisfied</translation>
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Trả kết quả giải quyết hồ sơ</source>
        <translation>Return the result</translation>
    </message>
    <message>
        <source>Ghi nhận việc trả kết quả cho công dân.</source>
        <translation>Record the return of the result to the applicant.</translation>
    </message>
    <message>
        <source>Trả kết quả (Ctrl+Enter)</source>
        <translation>Return (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hình thức trả:</source>
        <translation>Returned by:</translation>
    </message>
    <message>
        <source>Người nhận kết quả:</source>
        <translation>Collected by:</translation>
    </message>
    <message>
        <source>Không đánh giá</source>
        <translation>No rating</translation>
    </message>
    <message>
        <source>Mức độ hài lòng:</source>
        <translation>Satisfaction:</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Hồ sơ chưa được tiếp nhận, chưa có kết quả.</source>
        <translation>The dossier has not been accepted and has no result.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: hồ sơ mới được tiếp nhận, chưa chuyển xử lý.</source>
        <translation>No result yet: the dossier was just accepted and not yet transferred.</translation>
    </message>
    <message>
        <source>Hồ sơ không được tiếp nhận nên không có kết quả để trả.</source>
        <translation>The dossier was not accepted, so there is no result to return.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: đơn vị chuyên môn đang xử lý.</source>
        <translation>No result yet: the unit is processing it.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: đang chờ công dân bổ sung, hoàn thiện hồ sơ.</source>
        <translation>No result yet: waiting for the applicant to complete the dossier.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có kết quả: đang chờ công dân thực hiện nghĩa vụ tài chính.</source>
        <translation>No result yet: waiting for the applicant to pay fees and taxes.</translation>
    </message>
    <message>
        <source>Công dân đã yêu cầu rút hồ sơ; hồ sơ không có kết quả để trả.</source>
        <translation>The applicant asked to withdraw; there is no result to return.</translation>
    </message>
    <message>
        <source>Hồ sơ đã dừng xử lý (công dân rút hồ sơ); không có kết quả để trả.</source>
        <translation>Processing stopped (the applicant withdrew); there is no result to return.</translation>
    </message>
    <message>
        <source>Hồ sơ đã có kết quả, có thể trả cho công dân.</source>
        <translation>The result is ready and can be returned.</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Return results</translation>
    </message>
    <message>
        <source>Quét mã vạch trên giấy hẹn hoặc gõ mã hồ sơ rồi nhấn Enter. Enter lần nữa để trả kết quả.</source>
        <translation>Scan the receipt barcode or type the dossier code and press Enter. Enter again returns the result.</translation>
    </message>
    <message>
        <source>Mã hồ sơ, ví dụ H36.52.10-250124-0001 (F3)</source>
        <translation>Dossier code, e.g. H36.52.10-250124-0001 (F3)</translation>
    </message>
    <message>
        <source>Tìm (Enter)</source>
        <translation>Find (Enter)</translation>
    </message>
    <message>
        <source>Chưa chọn hồ sơ.</source>
        <translation>No dossier selected.</translation>
    </message>
    <message>
        <source>Mã hồ sơ:</source>
        <translation>Dossier code:</translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
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
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Trả kết quả…  (Enter, Ctrl+R)</source>
        <translation>Return the result…  (Enter, Ctrl+R)</translation>
    </message>
    <message>
        <source>Xem hồ sơ…  (Ctrl+O)</source>
        <translation>View dossier…  (Ctrl+O)</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Không tải được danh sách: %1</source>
        <translation>Could not load the list: %1</translation>
    </message>
    <message>
        <source>Hồ sơ đã có kết quả, chờ trả: %1 (F5: tải lại)</source>
        <translation>Results ready to return: %1 (F5 reloads)</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa sẵn sàng.</source>
        <translation>The database is not ready.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ có mã %1.</source>
        <translation>No dossier has the code %1.</translation>
    </message>
    <message>
        <source>Văn bản từ chối giải quyết: %1</source>
        <translation>Written refusal: %1</translation>
    </message>
    <message>
        <source>Có kết quả lúc %1</source>
        <translation>Result ready at %1</translation>
    </message>
    <message>
        <source>; đã trả lúc %1 (%2)</source>
        <translation>; returned at %1 (%2)</translation>
    </message>
    <message>
        <source>Chưa đăng nhập: hãy đăng nhập để trả kết quả.</source>
        <translation>Not signed in: sign in to return results.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 — %2
%3</source>
        <translation>Dossier %1 — %2
%3</translation>
    </message>
    <message>
        <source>Đã trả kết quả hồ sơ %1. %2</source>
        <translation>Result of dossier %1 returned. %2</translation>
    </message>
</context>
<context>
    <name>ScanViewerDialog</name>
    <message>
        <source>Không hiển thị được tệp quét này.</source>
        <translation>This scan cannot be shown.</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>%1 trang</source>
        <translation>%1 pages</translation>
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
        <translation>Stop processing the dossier</translation>
    </message>
    <message>
        <source>Công dân đã yêu cầu rút hồ sơ. Hồ sơ được dừng xử lý sau khi lập Thông báo dừng giải quyết hồ sơ.</source>
        <translation>The applicant asked to withdraw. Processing stops once the stop notice is issued.</translation>
    </message>
    <message>
        <source>Dừng xử lý (Ctrl+Enter)</source>
        <translation>Stop (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Đã lập Thông báo dừng giải quyết hồ sơ</source>
        <translation>The stop notice has been issued</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <source>Yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation>Request to complete the dossier</translation>
    </message>
    <message>
        <source>Liệt kê đầy đủ, một lần, các giấy tờ cần bổ sung (mỗi dòng một nội dung). Thời gian giải quyết tạm dừng cho đến khi nhận đủ hồ sơ bổ sung.</source>
        <translation>List, once and completely, the documents to supplement (one per line). The processing time is paused until the complete supplement arrives.</translation>
    </message>
    <message>
        <source>Chỉ được yêu cầu bổ sung một lần: hãy kiểm tra kỹ trước khi gửi.</source>
        <translation>A supplement may be requested only once: check carefully before sending.</translation>
    </message>
    <message>
        <source>Nội dung cần bổ sung:</source>
        <translation>To complete:</translation>
    </message>
    <message>
        <source>Mỗi dòng một giấy tờ</source>
        <translation>One document per line</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Đồng bộ với hệ thống của tỉnh</source>
        <translation>Synchronisation with the provincial system</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Máy chủ tỉnh:</source>
        <translation>Provincial server:</translation>
    </message>
    <message>
        <source>Gửi thành công gần nhất:</source>
        <translation>Last successful send:</translation>
    </message>
    <message>
        <source>Nhận thành công gần nhất:</source>
        <translation>Last successful receive:</translation>
    </message>
    <message>
        <source>Số mục chờ gửi:</source>
        <translation>Items waiting:</translation>
    </message>
    <message>
        <source>Mục chờ lâu nhất:</source>
        <translation>Oldest waiting item:</translation>
    </message>
    <message>
        <source>Đã gửi:</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <source>Danh mục TTHC từ tỉnh:</source>
        <translation>Catalogue from the province:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Chuỗi truy cập:</source>
        <translation>Access string:</translation>
    </message>
    <message>
        <source>Máy không có kho khóa bí mật: nhập chuỗi truy cập mỗi lần mở chương trình</source>
        <translation>No keyring on this computer: type the access string at each start</translation>
    </message>
    <message>
        <source>Dùng</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Xuất gói USB…</source>
        <translation>Export USB bundle…</translation>
    </message>
    <message>
        <source>Sẵn sàng</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Mục bị máy chủ từ chối (khu cách ly)</source>
        <translation>Items rejected by the server (quarantine)</translation>
    </message>
    <message>
        <source>Gửi lại mục đã chọn</source>
        <translation>Send the selected item again</translation>
    </message>
    <message>
        <source>Lỗi gần đây</source>
        <translation>Recent errors</translation>
    </message>
    <message>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>chưa đăng ký</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source> (trong đó {0} mục đã xuất ra USB)</source>
        <translation> ({0} of them exported to USB)</translation>
    </message>
    <message>
        <source>cập nhật lúc {0}: {1} thủ tục mới, {2} thủ tục sửa đổi</source>
        <translation>updated at {0}: {1} new procedures, {2} changed</translation>
    </message>
    <message>
        <source>chưa có cập nhật</source>
        <translation>no updates yet</translation>
    </message>
    <message>
        <source>Máy trạm chưa đăng ký với máy chủ tỉnh (lệnh enrol).</source>
        <translation>This workstation is not enrolled with the provincial server (enrol command).</translation>
    </message>
    <message>
        <source>Đã dừng đồng bộ: </source>
        <translation>Synchronisation stopped: </translation>
    </message>
    <message>
        <source>Có {0} mục bị từ chối, cần xem lại.</source>
        <translation>{0} items were rejected and need review.</translation>
    </message>
    <message>
        <source>Bình thường.</source>
        <translation>Normal.</translation>
    </message>
    <message>
        <source>Thay đổi số {0} từ tỉnh ({1}) không áp dụng được: {2}</source>
        <translation>Change {0} from the province ({1}) could not be applied: {2}</translation>
    </message>
    <message>
        <source>Đang đồng bộ…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Đang gửi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Đang nhận</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>Xong: gửi {0}, trùng {1}, bị từ chối {2}, nhận {3}</source>
        <translation>Done: {0} sent, {1} duplicates, {2} rejected, {3} received</translation>
    </message>
    <message>
        <source>Chưa đồng bộ được</source>
        <translation>Could not synchronise</translation>
    </message>
    <message>
        <source>Xuất gói dữ liệu ra USB</source>
        <translation>Export a data bundle to USB</translation>
    </message>
    <message>
        <source>Gói đồng bộ (*.cchcbundle)</source>
        <translation>Sync bundles (*.cchcbundle)</translation>
    </message>
    <message>
        <source>Đã xuất {0} mục ra {1}</source>
        <translation>{0} items exported to {1}</translation>
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
        <translation>Transfer the dossier to a handling unit</translation>
    </message>
    <message>
        <source>Bàn giao hồ sơ cho đơn vị, công chức giải quyết.</source>
        <translation>Hand the dossier over to the unit or official handling it.</translation>
    </message>
    <message>
        <source>Chuyển xử lý (Ctrl+Enter)</source>
        <translation>Transfer (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Đơn vị xử lý:</source>
        <translation>Handling unit:</translation>
    </message>
    <message>
        <source>Người xử lý:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <source>Họ tên công chức (không bắt buộc)</source>
        <translation>Official’s name (optional)</translation>
    </message>
    <message>
        <source> giờ làm việc</source>
        <translation> working hours</translation>
    </message>
    <message>
        <source>Không giao thời hạn bước</source>
        <translation>No step deadline</translation>
    </message>
    <message>
        <source>Thời gian giao:</source>
        <translation>Time allotted:</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>Tệp bị từ chối; danh mục hiện có không thay đổi. Hãy sửa tệp rồi nhập lại.</source>
        <translation>The file was rejected; the catalogue is unchanged. Fix the file and import again.</translation>
    </message>
</context>
</TS>
