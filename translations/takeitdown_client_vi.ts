<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>Về những bức ảnh</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Vài câu hỏi để quyết định gửi dấu vân tay đến đâu.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>Người trong ảnh bao nhiêu tuổi khi ảnh được chụp?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>&amp;Dưới 18 tuổi</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>&amp;18 tuổi trở lên</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Phần này dành cho ảnh hoặc video có cảnh khỏa thân, bán khỏa thân hoặc nội dung tình dục. Ảnh chụp khi người đó chưa đủ 18 tuổi được gửi đến dịch vụ dành cho người trẻ, như Take It Down. Ảnh của người lớn được gửi đến dịch vụ như StopNCII.org. Hai loại được giữ riêng. Không chắc? Hãy chọn “Dưới 18 tuổi”.</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>Ai đang dùng ứng dụng này?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>Tôi, đây là ả&amp;nh của tôi</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>Người lớn đáng tin cậy đang giúp &amp;ai đó</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>Tư vấn viên ở trung tâm &amp;hỗ trợ</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>&amp;Gửi dấu vân tay đến:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Hệ thống tiếp nhận</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Nơi dấu vân tay được gửi đến.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Dưới 18 tuổi</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 tuổi trở lên</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Tôi, đây là ảnh của tôi</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Người lớn đáng tin cậy đang giúp ai đó</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Tư vấn viên ở trung tâm hỗ trợ</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Chưa có hệ thống tiếp nhận nào nhận loại ảnh này. Mở Cài đặt để thêm.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Mở Cài đặt</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>Các dấu vân tay đã tạo vẫn được giữ lại. Hãy đổi những gì bạn cần, rồi bấm Tiếp để tiếp tục.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Mở Cài đặt</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>Nếu bạn thấy một bản đã chỉnh sửa trên mạng (bị cắt, có chữ hoặc nhãn dán), hãy thêm cả ảnh chụp màn hình của bản đó.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Demo registry (this computer)</source>
        <translation>Hệ thống thử nghiệm (máy tính này)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Xuất tệp dấu vân tay</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>Tệp dấu vân tay (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Kiểm tra hoặc rút lại hồ sơ</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Hãy dùng biên nhận bạn nhận được sau khi gửi: mở tệp biên nhận bạn đã lưu, hoặc nhập số hồ sơ và mã bí mật.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>&amp;Mở biên nhận đã lưu…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>Đã gửi đế&amp;n:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Số hồ sơ:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>Mã &amp;bí mật:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Hiện &amp;mã</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>Hiện mã bí mật</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Rút lại…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>Rút lại hồ sơ này? Các trang web sẽ ngừng tìm các dấu vân tay này. Nếu bạn đổi ý, bạn có thể gửi lại chúng.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;Có, rút lại</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Mã bí mật</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>Có trong biên nhận của bạn.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>Biên nhận này là của một hệ thống tiếp nhận không có hồ sơ để kiểm tra.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (từ biên nhận)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Đã mở biên nhận. Hãy chọn Kiểm tra hoặc Rút lại.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Đang rút lại…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Số hồ sơ: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Mục còn trong danh sách: %1 trên %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Đã nhận. Các trang web tham gia đang tìm các dấu vân tay này.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Đã rút lại. Các trang web không còn tìm các dấu vân tay này nữa.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Đã rút lại một phần. Các trang web vẫn tìm một số dấu vân tay này.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>Hệ thống tiếp nhận trả lời: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Số dấu vân tay được chấp nhận: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Đã gửi: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Thay đổi gần nhất: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Hệ thống tiếp nhận trả lời: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Đang xem những gì bạn đã thêm…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Chưa được hỗ trợ</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>Không phải ảnh hay video</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>Không mở được</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>Tệp đã chọn: %n (ảnh: %1, video: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>Tệp đã chọn: %n (ảnh: %1, video: %2, không dùng được: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>Ẩn bản xem trước &amp;mờ</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Đã ẩn xem trước</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>Không có bản xem trước cho tệp này.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Đang tạo bản xem trước làm mờ…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Bản xem trước làm mờ của tệp đã chọn</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Chọn ảnh và video</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Chúng vẫn ở trên máy tính này. Ứng dụng chỉ tạo dấu vân tay từ chúng.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Thêm thư &amp;mục…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>&amp;Hiện bản xem trước mờ</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>Bạn cũng có thể kéo tệp hoặc thư mục vào đây.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Mở hộp chọn tệp.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Thêm thư mục</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Thêm mọi ảnh và video trong một thư mục.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Xóa các tệp đã chọn khỏi danh sách</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Hiện bản xem trước mờ</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Hiện bản làm mờ của ảnh đã chọn. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Tệp đã chọn</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Nhấn Delete để xóa một tệp.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Chọn ảnh hoặc video</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Ảnh và video (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Chọn một thư mục</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Mở biên nhận đã lưu</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Tệp biên nhận (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Đang tạo dấu vân tay. Việc này có thể mất một lúc.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Xong: %1 / %2 tệp</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>Đang xử lý: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>Đã xong %1 / %2 tệp. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Đang ước tính thời gian còn lại…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Còn chưa đến một phút</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Còn khoảng %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Ảnh quá đơn giản để so khớp bằng hình: %n. Bản sao y hệt vẫn sẽ được tìm thấy.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>Không tạo được dấu vân tay nào. Hãy quay lại để chọn tệp khác.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Đã tạo dấu vân tay: %1. Tệp không dùng được: %2 (liệt kê bên dưới).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Xong hết. Đã tạo dấu vân tay: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Đã dừng. Chưa có gì được gửi. Bạn có thể bắt đầu lại.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Đang tạo dấu vân tay</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>Việc này diễn ra trên máy tính này. Chưa có gì được gửi.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Bắt đầ&amp;u lại</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Không dùng được các tệp này:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Tiến độ chung</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Tiến độ của tệp hiện tại</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Dừng tạo dấu vân tay</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Bắt đầu tạo dấu vân tay lại</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>Các tệp không dùng được, kèm lý do</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Hệ thống tiếp nhận này chỉ nhận ảnh qua dấu vân tay hình ảnh. Sẽ không gửi gì cho %n ảnh quá đơn giản để có dấu vân tay đó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>Không gửi gì cho %n ảnh: quá đơn giản để có dấu vân tay hình ảnh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n video chỉ được ghi bằng dấu vân tay y hệt: bản sao đã mã hóa lại sẽ không khớp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>Các nền tảng dùng danh sách này có thể nhận ra chúng trong vài phút.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Hãy lưu tệp biên nhận: cần nó để kiểm tra hoặc rút lại, vì các mục trong danh sách không thể gõ tay.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>Mọi thứ đã được xóa. Bạn có thể bắt đầu lại.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Làm lại từ đầu</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Làm lại từ đầu?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Mọi thứ về hồ sơ này sẽ bị xóa khỏi ứng dụng: danh sách tệp và các dấu vân tay. Các tệp của bạn vẫn ở nguyên chỗ cũ.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>Số hồ sơ và mã bí mật sẽ không còn hiện nữa. Hãy chắc rằng bạn đã lưu, in hoặc sao chép chúng.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Làm lại từ đầu và xóa hết</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>Tệp chưa đầy đủ. Có thể tệp chưa tải xuống xong.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>Tệp bị hỏng và không đọc được như ảnh hay video.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>Đây không phải ảnh hay video.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Loại tệp này chưa được hỗ trợ.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>Không mở được tệp. Có thể tệp đang được dùng, hoặc bạn không có quyền truy cập.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>Tệp không còn ở đó. Có thể tệp đã bị di chuyển hoặc xóa.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>Ảnh quá lớn để xử lý an toàn.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>Không mở được một thư mục, nên các tệp trong đó đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Một lối tắt thư mục trỏ ngược vào chính nó, nên đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>Tệp không có hình video. Có thể chỉ có âm thanh.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>Không đọc được hình nào từ video này.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>Video không cho biết tốc độ phát, nên đã dùng tốc độ thông thường. Video vẫn được tạo dấu vân tay.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Đã dừng theo yêu cầu của bạn.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>Đọc tệp này làm trình đọc bị dừng. Tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>Đã có lỗi với tệp này.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Máy tính này có vẻ đang ngoại tuyến. Hãy kiểm tra kết nối Internet.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>Không kết nối được với hệ thống tiếp nhận. Có thể hệ thống đang ngừng hoạt động, hoặc địa chỉ bị sai.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>Hệ thống tiếp nhận phản hồi quá lâu.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>Không kiểm tra được chứng chỉ bảo mật của hệ thống tiếp nhận, nên chưa có gì được gửi.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Địa chỉ này không an toàn (phải bắt đầu bằng https://), nên chưa có gì được gửi.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>Địa chỉ hệ thống tiếp nhận không hợp lệ.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>Hệ thống tiếp nhận trả lời không như mong đợi.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>Hệ thống tiếp nhận đang bận. Vui lòng thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>Hệ thống tiếp nhận đang gặp sự cố. Vui lòng thử lại sau.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>Không hiểu được câu trả lời của hệ thống tiếp nhận.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>Câu trả lời của hệ thống tiếp nhận quá lớn để nhận.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>Hệ thống tiếp nhận không chấp nhận mã truy cập. Hãy kiểm tra trong Cài đặt.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>Chúng tôi không tìm thấy hồ sơ đó. Hãy kiểm tra số hồ sơ và mã bí mật.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>Hệ thống tiếp nhận đã có một lần gửi khác với khóa này.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>Hệ thống tiếp nhận không chấp nhận yêu cầu.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Hệ thống tiếp nhận này không hỗ trợ việc đó.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>Tệp dấu vân tay không hợp lệ.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>Hệ thống tiếp nhận này không có danh sách nào tên %1. Hãy kiểm tra tên danh sách trong Cài đặt.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>Tên danh sách HMA được viết bằng chữ in hoa, chữ số và dấu gạch dưới, ví dụ NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>Hệ thống tiếp nhận này đã có danh sách tên %1.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>Không có gì được gửi. Những ảnh này quá đơn giản để có dấu vân tay hình ảnh, và hệ thống tiếp nhận này chỉ nhận ảnh theo cách đó.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>Có gì đó trả lời ở địa chỉ này, nhưng không phải hệ thống tiếp nhận thuộc loại đã cài đặt. Hãy kiểm tra địa chỉ và loại.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>Không đọc được cài đặt của bạn, nên đang dùng cài đặt mặc định.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>Không lưu được tệp ở đó. Hãy thử chỗ khác.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>In không thành công.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Vui lòng cho biết người đó dưới 18 tuổi hay là người lớn.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Vui lòng cho biết ai đang dùng ứng dụng.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Không có gì để gửi.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Có một dấu vân tay không hợp lệ. Vui lòng tạo lại dấu vân tay.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>Gửi một lần như vậy là quá nhiều. Vui lòng gửi ít tệp hơn mỗi lần.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>Đây không phải tệp biên nhận, hoặc tệp bị hỏng.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>Không mở được tệp biên nhận.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Đã có lỗi xảy ra. Những gì bạn đã làm không bị mất; vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Dấu vân tay đã được lưu để gửi sau. Chúng sẽ bị xóa khi đã gửi xong.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Lần gửi đã lưu</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Gửi ngay</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>Xóa &amp;tất cả</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>Gửi ngay lần gửi đã chọn</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>Xóa lần gửi đã chọn</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Xóa mọi lần gửi đã lưu</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, đến %2, mục: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Không có gì đang chờ gửi.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Lần gửi đã lưu bị hỏng và không gửi được: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>Hệ thống tiếp nhận của lần gửi này không còn được thiết lập.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Đã gửi.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>Biên nhận của bạn</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Đã gửi. Hãy giữ số hồ sơ và mã ở nơi an toàn.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Hệ thống tiếp nhận trả lời: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Đã xóa.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Xóa tất cả</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>Xóa mọi lần gửi đã lưu? Chúng sẽ không được gửi.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Mọi thứ đã lưu để gửi sau đã bị xóa.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>Hệ thống tiếp nhận</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>API hệ thống tiếp nhận Take It Down</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Bank của Hasher-Matcher-Actioner (HMA)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Để trống để giữ mã hiện tại</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Chỉ khi hệ thống tiếp nhận đã cấp cho bạn</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>Không bắt buộc: tệp chứng chỉ cho hệ thống tiếp nhận này</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Bank (chỉ HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>&amp;Mã truy cập:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Tệp &amp;chứng chỉ:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Nhận ảnh:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Vui lòng đặt tên cho hệ thống tiếp nhận.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Đã có một hệ thống tiếp nhận khác trùng tên này.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Hãy chọn ít nhất một loại ảnh mà nơi đăng ký này nhận.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Vui lòng nhập tên bank HMA.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Tiế&amp;p theo &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Tiế&amp;p theo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Đã gửi. Biên nhận của bạn</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Hãy giữ số hồ sơ và mã ở nơi an toàn và riêng tư.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>Dấu vân tay đã được gửi. Ảnh của bạn vẫn ở trên máy tính này.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Điều gì sẽ xảy ra tiếp theo</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>Các trang web tham gia sẽ đối chiếu nội dung mới tải lên với dấu vân tay của bạn và có thể chặn các bản sao trùng khớp. Việc này có thể mất một thời gian, và không phải trang web nào cũng tham gia. Với số hồ sơ và mã, bạn có thể kiểm tra hoặc rút lại hồ sơ.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Quan trọng: đừng tự đăng những ảnh hay video này ở bất cứ đâu nhé. Bài đăng có thể bị chặn và tài khoản của bạn có thể bị đánh dấu.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Chế độ tư vấn viên: khi bạn làm lại từ đầu hoặc đóng ứng dụng, mọi thứ về hồ sơ này sẽ bị xóa. Không có gì được giữ lại trên máy tính này.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>Biên nhận chưa được lưu</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>Số hồ sơ và mã bí mật chưa được lưu, in hay sao chép. Khi mọi thứ bị xoá, chúng sẽ không thể hiện lại. Hãy chắc chắn người đó đã có chúng.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>&amp;Xoá tất cả</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>Bạn chưa lưu, in hay sao chép số hồ sơ và mã bí mật. Không có chúng, bạn sẽ không thể kiểm tra hay rút lại hồ sơ này sau này.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>Đó&amp;ng mà không lưu</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>&amp;Quay lại biên nhận</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Số hồ sơ: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>Mã bí mật: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Biên nhận Take It Down

Số hồ sơ: %1
Mã bí mật: %2
Hệ thống tiếp nhận: %3 (%4)
Đã gửi: %5

Hãy giữ biên nhận này ở nơi an toàn và riêng tư. Với số hồ sơ và mã, sau này bạn có thể kiểm tra hoặc rút lại hồ sơ.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Đã sao chép. Hãy dán vào nơi an toàn.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Lưu biên nhận</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Tệp biên nhận (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>In biên nhận</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi đến máy in.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Số hồ sơ:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Mã bí mật:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Đã gửi đến:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Lư&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Sao chép số hồ sơ và mã</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Lưu biên nhận vào tệp</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Chưa có phản hồi. Đang thử lại (%1 trên %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>Ẩn các &amp;byte chính xác</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>Hiện các &amp;byte chính xác</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>Danh sách đã thay đổi nên ô “Tôi đồng ý” đã được bỏ chọn. Hãy kiểm tra lại.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Kích thước: %Ln byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>Số mục sẽ gửi: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Đã bỏ bản trùng y hệt: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Quá đơn giản để so khớp bằng hình (chỉ bản sao y hệt): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>Chưa chọn gì để gửi.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Gửi đến: %1
Địa chỉ: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Kiểm tra trước khi gửi</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Bỏ chọn những gì bạn không muốn gửi. Tên tệp không bao giờ được gửi.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>&amp;Dấu vân tay sẽ gửi:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>Tệp (không gửi)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>Chính &amp;xác những gì sẽ được gửi:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Tôi đã kiểm tra. &amp;Tôi đồng ý gửi các dấu vân tay này đến hệ thống tiếp nhận ở trên.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Dấu vân tay sẽ gửi</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Nhấn phím cách để bỏ một mục ra hoặc thêm lại.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Chính xác những gì sẽ được gửi</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Chỉ đọc. Bạn có thể chọn và sao chép.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>Tôi đồng ý gửi các dấu vân tay này</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>chính bức ảnh</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>xoay và lật</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>bị cắt</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>có viền đen</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>trên nền mờ</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>có chú thích</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>bị cắt ngắn</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>bức ảnh bên trong ảnh chụp màn hình</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>bức ảnh trên một màn hình được chụp lại</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>tệp video</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>các khung hình của video</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>một phiên bản khác</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 dấu vân tay khung hình: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 dấu vân tay: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Dấu vân tay sẽ gửi: %1 (ảnh: %2, video: %3). Không có tên, không có ảnh.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>Hệ thống tiếp nhận bạn chọn không còn được thiết lập.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Đang gửi dấu vân tay…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>Dấu vân tay chưa được gửi. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>Hệ thống tiếp nhận trả lời: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Đã lưu trên máy tính này. Để gửi sau, hãy mở Cài đặt, rồi Chờ gửi. Bây giờ bạn có thể đóng ứng dụng hoặc làm lại từ đầu.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Đã lưu. Tệp chỉ chứa các dấu vân tay ở trang trước.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Chưa gửi.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Chỉ dấu vân tay được gửi đi.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Bạn muốn làm gì?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>Chọn hệ thống tiếp nhận &amp;khác</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>Lưu để gửi &amp;sau</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>&amp;Xuất tệp dấu vân tay…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Tiến độ gửi</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Thử gửi lại</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Chọn hệ thống tiếp nhận khác</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Quay lại chỗ bạn đã chọn nó. Các dấu vân tay vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Lưu để gửi sau</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Giữ dấu vân tay trên máy tính này cho đến khi bạn gửi chúng từ Cài đặt.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Xuất tệp dấu vân tay</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Lưu đúng từng byte vào tệp bạn chọn, để gửi bằng cách khác.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Hệ thống tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>&amp;Ngôn ngữ và giao diện</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Chờ gửi</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Nơi có thể gửi dấu vân tay.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Hệ thống tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Thêm hệ thống tiếp nhận</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Sửa hệ thống đã chọn</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Xóa hệ thống đã chọn</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>Kiểm tra kết nối với hệ thống đã chọn</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>Đã kết nối. Danh sách %1 có tồn tại. Nó nhận: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>Đã kết nối. Tên hệ thống tiếp nhận: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Hệ thống tiếp nhận trả lời: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Giống máy tính này</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>Cho phép xem trước &amp;mờ khi được yêu cầu</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>Chế độ tư &amp;vấn viên: xóa hết sau mỗi biên nhận</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>Gửi cả dấu vân tay của bản &amp;xoay và lật</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Chặn cả các bản &amp;chỉnh sửa thường gặp (bị cắt, có viền, ảnh chụp màn hình)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>N&amp;gôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Gi&amp;ao diện:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>Cho phép xem trước mờ khi được yêu cầu</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Chế độ tư vấn viên</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>Sau mỗi biên nhận, mọi thứ về hồ sơ sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Gửi cả dấu vân tay của bản xoay và lật</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Chặn cả các bản chỉnh sửa thường gặp (bị cắt, có viền, ảnh chụp màn hình)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>Chưa thiết lập đường dây trợ giúp nào.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Ngăn ảnh của bạn bị lan truyền</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>Bạn không đơn độc, và đây không phải lỗi của bạn.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Ứng dụng này giúp ngăn ảnh và video nhạy cảm bị chia sẻ trên mạng.

Ứng dụng tạo một dấu vân tay (mã băm) cho mỗi tệp, ngay trên máy tính này.

Ảnh của bạn không bao giờ rời khỏi máy tính này. Chỉ dấu vân tay được gửi đi.

Các trang web tham gia dùng dấu vân tay để tìm và chặn các bản sao.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Giống máy tính này</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Đổi ngôn ngữ ngay lập tức.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Nhận trợ giúp ngay</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Nếu bạn thấy không an toàn hoặc cần người để trò chuyện, bạn có thể liên hệ tại đây:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>Bạn đã từng gửi dấu vân tay chưa?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>Kiểm tra hoặc &amp;rút lại hồ sơ…</translation>
    </message>
</context>
</TS>
