<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>사진에 대해</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>몇 가지 질문으로 지문을 보낼 곳을 정해요.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>사진을 찍었을 때 사진 속 사람은 몇 살이었나요?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>18세 미만</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>18세 이상</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>알몸, 부분 노출 또는 성적인 내용이 담긴 사진이나 동영상을 위한 거예요. 18세가 되기 전에 찍은 사진은 Take It Down 같은 청소년용 서비스로 가요. 성인의 사진은 StopNCII.org 같은 서비스로 가요. 두 곳은 따로 관리돼요. 잘 모르겠다면 “18세 미만”을 고르세요.</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>누가 이 앱을 쓰고 있나요?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>나예요, 내 사진이에요</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>누군가를 돕는 믿을 수 있는 어른</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>상담 센터의 상담사</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>지문을 보낼 곳:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>등록 서비스</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>지문을 보내는 곳이에요.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18세 미만</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18세 이상</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>나예요, 내 사진이에요</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>누군가를 돕는 믿을 수 있는 어른</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>상담 센터의 상담사</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>이런 사진을 받는 등록 서비스가 아직 없어요. 설정을 열어 추가하세요.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>설정 열기</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>이미 만든 지문은 그대로 남아요. 필요한 것을 바꾼 다음 다음 버튼으로 계속하세요.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>설정 열기</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>온라인에서 편집된 사본(잘렸거나 글자나 스티커가 붙은 것)을 찾았다면 그 스크린샷도 추가하세요.</translation>
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
        <translation>데모 등록 서비스(이 컴퓨터)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>지문 파일 내보내기</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>지문 파일 (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>접수 건 확인 또는 신청 취소</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>보낸 뒤에 받은 접수증을 사용하세요. 저장한 접수증 파일을 열거나, 접수 번호와 비밀 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>저장한 접수증 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>보낸 곳(&amp;S):</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>접수 번호(&amp;N):</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>비밀 코드(&amp;C):</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>코드 보기(&amp;D)</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>비밀 코드 보기</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>확인(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>신청 취소(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>이 접수 건의 신청을 취소할까요? 웹사이트에서 더 이상 이 지문을 찾지 않아요. 마음이 바뀌면 다시 보낼 수 있어요.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>네, 신청을 취소할게요(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>그대로 두기(&amp;K)</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>비밀 코드</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>접수증에 적혀 있어요.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>이 접수증은 확인할 접수 건이 없는 등록 서비스의 것이에요.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1(접수증에서)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>접수증을 열었어요. 확인 또는 신청 취소를 고르세요.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>신청을 취소하는 중…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>접수 번호: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>목록에 아직 남은 항목: %2개 중 %1개</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>접수됐어요. 참여하는 웹사이트에서 이 지문을 찾고 있어요.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>신청이 취소됐어요. 웹사이트에서 더 이상 이 지문을 찾지 않아요.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>일부 취소됐어요. 웹사이트에서 아직 이 지문 중 일부를 찾고 있어요.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>등록 서비스의 답변: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>접수된 지문: %1개</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>보낸 날짜: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>마지막 변경: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 등록 서비스의 답변: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>추가한 항목을 살펴보는 중…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>지원되지 않음</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>사진이나 동영상이 아님</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>열 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>선택한 파일: %n개 (사진: %1, 동영상: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>선택한 파일: %n개 (사진: %1, 동영상: %2, 쓸 수 없음: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>흐린 미리보기 숨기기</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>미리보기 숨김</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>이 파일은 미리보기가 없어요.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>흐린 미리보기를 만드는 중…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>선택한 파일의 흐린 미리보기</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>사진과 동영상 고르기</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>파일은 이 컴퓨터에 그대로 있어요. 파일로 지문만 만들어요.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>흐린 미리보기 보기</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>파일이나 폴더를 여기로 끌어 놓아도 돼요.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>파일 추가</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>파일 선택 창을 열어요.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>폴더 추가</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>폴더 안의 사진과 동영상을 모두 추가해요.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>선택한 파일을 목록에서 빼기</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>흐린 미리보기 보기</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>선택한 사진을 흐리게 보여 줘요. 아무것도 저장되지 않아요.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>선택한 파일</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Delete 키를 누르면 파일을 뺄 수 있어요.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>사진이나 동영상 고르기</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>사진과 동영상 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>폴더 고르기</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>저장한 접수증 열기</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>접수증 파일 (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>지문을 만드는 중이에요. 시간이 좀 걸릴 수 있어요.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>완료: 파일 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>작업 중: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>작업 중…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>파일 %2개 중 %1개 완료. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>남은 시간을 계산하는 중…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>1분도 안 남았어요</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>약 %n분 남았어요</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>너무 단순해서 모양으로 비교할 수 없는 사진: %n개. 똑같은 복사본은 그래도 찾을 수 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>지문을 하나도 만들지 못했어요. 뒤로 가서 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>만든 지문: %1개. 쓸 수 없는 파일: %2개(아래 목록).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>모두 끝났어요. 만든 지문: %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>멈췄어요. 아무것도 보내지 않았어요. 다시 시작할 수 있어요.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>지문 만들기</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>이 작업은 이 컴퓨터에서 해요. 아직 아무것도 보내지 않아요.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>준비 중…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>다음 파일은 쓸 수 없었어요:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>전체 진행 상황</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>현재 파일 진행 상황</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>지문 만들기 멈추기</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>지문 만들기 다시 시작</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>쓸 수 없었던 파일과 그 이유</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>이 등록 서비스는 사진을 모양 지문으로만 받아요. 너무 단순한 사진 %n개는 아무것도 보내지 않아요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>사진 %n개는 아무것도 보내지 않았어요: 모양 지문을 만들기에 너무 단순해요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>동영상 %n개는 똑같은 지문으로만 등록됐어요: 다시 인코딩한 복사본은 찾지 못해요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>이 목록을 쓰는 플랫폼은 몇 분 안에 이 지문을 찾아낼 수 있어요.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>접수증 파일을 저장하세요. 목록 항목은 직접 입력할 수 없어서, 확인하거나 취소할 때 이 파일이 필요해요.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>모두 지웠어요. 다시 시작할 수 있어요.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>처음부터 다시 할까요?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>이 접수에 관한 모든 것이 앱에서 지워져요: 파일 목록과 지문. 파일은 원래 있던 곳에 그대로 있어요.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>접수 번호와 비밀 코드가 더 이상 보이지 않아요. 저장하거나 인쇄하거나 복사해 두었는지 확인하세요.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>계속하기(&amp;K)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>모두 지우고 처음부터 시작</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>마침</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있어요.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>파일이 완전하지 않아요. 다운로드가 끝나지 않았을 수 있어요.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>파일이 손상되어 사진이나 동영상으로 읽을 수 없어요.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>사진이나 동영상이 아니에요.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>이런 종류의 파일은 아직 지원하지 않아요.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>파일을 열 수 없어요. 사용 중이거나 접근 권한이 없을 수 있어요.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>파일이 더 이상 없어요. 옮겨졌거나 삭제되었을 수 있어요.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>사진이 너무 커서 안전하게 처리할 수 없어요.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>폴더를 열 수 없어서 그 안의 파일은 건너뛰었어요.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>폴더 바로 가기가 자기 자신을 가리켜서 건너뛰었어요.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>파일에 영상이 없어요. 소리만 있을 수 있어요.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>이 동영상에서 화면을 하나도 읽을 수 없었어요.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>동영상에 재생 속도 정보가 없어서 보통 속도로 처리했어요. 지문은 만들어졌어요.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>요청한 대로 멈췄어요.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>이 파일을 읽다가 읽기 프로그램이 멈췄어요. 파일이 손상되었을 수 있어요.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>이 파일에 문제가 생겼어요.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>이 컴퓨터가 오프라인인 것 같아요. 인터넷 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>등록 서비스에 연결할 수 없어요. 서비스가 멈췄거나 주소가 틀렸을 수 있어요.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>등록 서비스의 응답이 너무 늦어요.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>등록 서비스의 보안 인증서를 확인할 수 없어서 아무것도 보내지 않았어요.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>안전한 주소가 아니라서(https://로 시작해야 해요) 아무것도 보내지 않았어요.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>등록 서비스 주소가 올바르지 않아요.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>등록 서비스가 예상하지 못한 응답을 보냈어요.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>등록 서비스가 지금 바빠요. 잠시 후에 다시 해 보세요.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>등록 서비스 쪽에 문제가 생겼어요. 나중에 다시 해 보세요.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>등록 서비스의 응답을 이해할 수 없어요.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>등록 서비스의 응답이 너무 커서 받을 수 없어요.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>등록 서비스가 접근 코드를 받아들이지 않았어요. 설정에서 확인하세요.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>그 접수를 찾지 못했어요. 접수 번호와 비밀 코드를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>등록 서비스에 이 키로 된 다른 제출 건이 이미 있어요.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>등록 서비스가 요청을 받아들이지 않았어요.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>이 등록 서비스는 그 기능을 지원하지 않아요.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>지문 파일이 올바르지 않아요.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>이 등록 서비스에는 %1 목록이 없어요. 설정에서 목록 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>HMA 목록 이름은 대문자, 숫자, 밑줄로 써요(예: NCII_REPORTS).</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>이 등록 서비스에는 이미 %1 목록이 있어요.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>아무것도 보내지 않았어요. 이 사진들은 너무 단순해서 모양 지문을 만들 수 없고, 이 등록 서비스는 사진을 그 방식으로만 받아요.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>이 주소에서 무언가 응답하지만, 설정한 종류의 등록 서비스가 아니에요. 주소와 종류를 확인하세요.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>설정을 읽을 수 없어서 기본 설정을 사용해요.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>그곳에 파일을 저장할 수 없어요. 다른 곳을 골라 보세요.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>인쇄가 되지 않았어요.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>사진 속 사람이 18세 미만이었는지 성인이었는지 골라 주세요.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>누가 앱을 쓰고 있는지 골라 주세요.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>보낼 것이 없어요.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>올바르지 않은 지문이 있어요. 지문을 다시 만들어 주세요.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>한 번에 보내기에는 너무 많아요. 파일 수를 줄여서 나눠 보내 주세요.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>접수증 파일이 아니거나 손상되었어요.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>접수증 파일을 열 수 없어요.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>문제가 생겼어요. 지금까지 한 작업은 그대로 있으니 다시 해 보세요.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>나중에 보내려고 저장한 지문이에요. 보내고 나면 삭제돼요.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>저장된 제출 건</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>모두 삭제</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>선택한 제출 건을 지금 보내기</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>선택한 제출 건 삭제</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>저장된 제출 건 모두 삭제</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, 보낼 곳: %2, 항목: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>보낼 항목이 없어요.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>손상되어 보낼 수 없는 제출 건: %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>이 제출 건의 등록 서비스가 더 이상 설정되어 있지 않아요.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>보냈어요.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>접수증</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>보냈어요. 접수 번호와 코드를 안전하게 보관하세요.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 등록 서비스의 답변: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>삭제했어요.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>모두 삭제</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>저장된 제출 건을 모두 삭제할까요? 삭제하면 보내지 않아요.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>나중에 보내려고 저장한 것을 모두 삭제했어요.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>등록 서비스</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>Take It Down 등록 API</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Hasher-Matcher-Actioner (HMA) 뱅크</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>지금 것을 유지하려면 비워 두세요</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>등록 서비스에서 받은 경우에만</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>선택 사항: 이 등록 서비스의 인증서 파일</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>뱅크(HMA만):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>접근 코드:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>인증서 파일:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>받는 사진:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>등록 서비스의 이름을 정해 주세요.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>이 이름을 쓰는 등록 서비스가 이미 있어요.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>이 등록 서비스가 받는 사진 종류를 하나 이상 골라 주세요.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>HMA 뱅크 이름을 입력해 주세요.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>찾는 위치:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음 &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>완료(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>뒤로 이동</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>보냈어요. 접수증이에요</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>접수 번호와 코드를 안전하고 남이 모르는 곳에 보관하세요.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>지문을 보냈어요. 사진은 이 컴퓨터에 그대로 있어요.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>다음에 일어나는 일</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>참여하는 웹사이트는 새로 올라오는 파일을 이 지문과 비교해서 똑같은 복사본을 막을 수 있어요. 시간이 좀 걸릴 수 있고, 모든 웹사이트가 참여하는 것은 아니에요. 접수 번호와 코드로 진행 상황을 확인하거나 신청을 취소할 수 있어요.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>중요: 이 사진이나 동영상을 직접 어디에도 올리지 마세요. 게시물이 차단되고 계정에 경고가 갈 수 있어요.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>상담사 모드: 처음부터 다시 시작하거나 앱을 닫으면 이 접수 건에 대한 모든 것이 지워져요. 이 컴퓨터에는 아무것도 남지 않아요.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>영수증이 저장되지 않았어요</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>사건 번호와 비밀 코드를 저장하거나 인쇄하거나 복사하지 않았어요. 모두 지우면 다시 볼 수 없어요. 그 사람이 가지고 있는지 꼭 확인하세요.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>사건 번호와 비밀 코드를 저장하거나 인쇄하거나 복사하지 않았어요. 이게 없으면 나중에 이 사건을 확인하거나 철회할 수 없어요.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>저장하지 않고 닫기</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>영수증으로 돌아가기</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>접수 번호: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>비밀 코드: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Take It Down 접수증

접수 번호: %1
비밀 코드: %2
등록 서비스: %3 (%4)
보낸 날짜: %5

안전하고 남이 모르는 곳에 보관하세요. 접수 번호와 코드로 나중에 진행 상황을 확인하거나 신청을 취소할 수 있어요.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>복사했어요. 안전한 곳에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>접수증 저장</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>접수증 파일 (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했어요.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>접수증 인쇄</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>프린터로 보냈어요.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>접수 번호:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>비밀 코드:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>보낸 곳:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>접수 번호와 코드 복사</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>접수증을 파일로 저장</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>아직 응답이 없어요. 다시 시도하는 중 (%2번 중 %1번째)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>보낼 바이트 그대로 숨기기</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>보낼 바이트 그대로 보기</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>목록이 바뀌어서 ‘동의해요’ 상자의 체크가 풀렸어요. 다시 확인해 주세요.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>크기: %Ln바이트</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>보낼 항목: %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>뺀 중복 항목: %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>너무 단순해 모양 비교 불가(똑같은 복사본만): %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>보낼 항목을 선택하지 않았어요.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>보낼 곳: %1
주소: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>보내기 전에 확인하기</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>보내고 싶지 않은 항목은 체크를 해제하세요. 파일 이름은 절대 보내지 않아요.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>보낼 지문:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>파일(보내지 않음)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>실제로 보내는 내용:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>확인했어요. 이 지문을 위의 등록 서비스로 보내는 데 동의해요.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>보낼 지문</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>스페이스 키로 항목을 빼거나 다시 넣을 수 있어요.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>실제로 보내는 내용</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>읽기 전용이에요. 선택해서 복사할 수 있어요.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>이 지문을 보내는 데 동의해요</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>사진 그대로</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>돌리고 뒤집은 것</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>잘라낸 것</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>띠가 있는 것</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>흐린 배경 위</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>글자가 들어간 것</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>짧게 줄인 것</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>스크린샷 속 사진</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>촬영한 화면 속 사진</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>동영상 파일</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>동영상 프레임</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>다른 형태</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>프레임 지문 %1개: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>지문 %1개: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>보낼 지문: %1 (사진: %2, 동영상: %3). 이름도 사진도 없어요.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>고른 등록 서비스가 더 이상 설정되어 있지 않아요.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>지문을 보내는 중…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>지문을 보내지 못했어요. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>등록 서비스의 답변: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>이 컴퓨터에 저장했어요. 나중에 보내려면 설정에서 보낼 편지함을 여세요. 이제 앱을 닫거나 처음부터 다시 시작해도 돼요.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>저장했어요. 파일에는 이전 페이지에 나온 지문만 들어 있어요.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>아직 보내지 않았어요.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>지문만 보내요.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>어떻게 할까요?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>다른 등록 서비스 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>나중에 보내게 저장</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>지문 파일 내보내기…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>보내기 진행 상황</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>다시 보내 보기</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>다른 등록 서비스 선택</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>선택했던 곳으로 돌아가요. 지문은 그대로 남아요.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>나중에 보내게 저장</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>설정에서 보낼 때까지 지문을 이 컴퓨터에 보관해요.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>지문 파일 내보내기</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>보낼 내용을 그대로 원하는 파일에 저장해서 다른 방법으로 보낼 수 있어요.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>등록 서비스</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>언어 및 모양</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>보낼 편지함</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>지문을 보낼 수 있는 곳이에요.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>등록 서비스</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>등록 서비스 추가</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>선택한 등록 서비스 편집</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>선택한 등록 서비스 제거</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>선택한 등록 서비스 연결 테스트</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하는 중…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>연결됐어요. %1 목록이 있어요. 받는 종류: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>연결됐어요. 등록 서비스 이름: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 등록 서비스의 답변: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>이 컴퓨터와 같게</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>요청하면 흐린 미리보기 허용</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>상담사 모드: 접수가 끝날 때마다 모두 지우기</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>회전하거나 뒤집은 사본의 지문도 보내기</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>흔히 편집된 사본도 차단하기(잘린 것, 띠가 있는 것, 스크린샷)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>요청하면 흐린 미리보기 허용</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>상담사 모드</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>접수가 끝날 때마다 그 접수 건에 대한 모든 것이 지워져요.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>회전하거나 뒤집은 사본의 지문도 보내기</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>흔히 편집된 사본도 차단하기(잘린 것, 띠가 있는 것, 스크린샷)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>설정된 상담 전화가 없어요.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>내 사진이 퍼지지 않게 막기</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>당신은 혼자가 아니에요. 그리고 이건 당신 잘못이 아니에요.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>이 앱은 은밀한 사진과 동영상이 온라인에 퍼지지 않도록 도와줘요.

이 컴퓨터에서 바로 각 파일의 지문(해시)을 만들어요.

사진은 절대 이 컴퓨터 밖으로 나가지 않아요. 지문만 보내요.

참여하는 웹사이트는 이 지문으로 복사본을 찾아서 막아요.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>이 컴퓨터와 같게</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>바로 언어를 바꿔요.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>지금 도움받기</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>불안하거나 이야기할 사람이 필요하면 여기에 연락할 수 있어요:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>전에 지문을 보낸 적이 있나요?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>접수 건 확인 또는 신청 취소(&amp;W)…</translation>
    </message>
</context>
</TS>
