<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>写真について</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>いくつかの質問で、指紋の送り先が決まります。</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>写真が撮られたとき、写っている人は何歳でしたか？</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>18歳未満</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>18歳以上</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>裸、半裸、または性的な内容が写った写真や動画のためのものです。18歳になる前に撮られた写真は、Take It Down のような若い人向けのサービスに送られます。大人の写真は StopNCII.org のようなサービスに送られます。この2つは別々に扱われます。迷ったら「18歳未満」を選んでください。</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>このアプリを使っているのは誰ですか？</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>自分です（自分の写真です）</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>だれかを手伝っている信頼できる大人</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>相談窓口の相談員</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>指紋の送り先:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>登録先</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>指紋が送られる場所です。</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18歳未満</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18歳以上</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>自分です（自分の写真です）</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>だれかを手伝っている信頼できる大人</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>相談窓口の相談員</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>この種類の写真を受け付ける登録先がまだありません。設定を開いて追加してください。</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>作成済みの指紋はそのまま残ります。必要なところを変えてから、「次へ」で進んでください。</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>ネット上で編集されたコピー(切り抜き、文字やスタンプ付き)を見つけたら、そのスクリーンショットも追加してください。</translation>
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
        <translation>デモ用の登録先（このコンピューター）</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>指紋ファイルを書き出す</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>指紋ファイル (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>受付の確認または取り下げ</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>送信したあとに受け取った受付票を使います。保存した受付票のファイルを開くか、受付番号と秘密のコードを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>保存した受付票を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>送信先(&amp;S):</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>受付番号(&amp;N):</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>秘密のコード(&amp;C):</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>コードを表示(&amp;D)</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>秘密のコードを表示</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>確認する(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>取り下げる(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>この受付を取り下げますか？ウェブサイトはこれらの指紋を探すのをやめます。気が変わったら、もう一度送ることができます。</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>はい、取り下げます(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>そのままにする(&amp;K)</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>秘密のコード</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>受付票に書いてあります。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>この受付票は、受付の確認ができない登録先のものです。</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1（受付票より）</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>受付票を開きました。「確認する」か「取り下げる」を選んでください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>取り下げています…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>受付番号: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>リストに残っている項目: %2 件中 %1 件</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>受付済みです。参加しているウェブサイトは、これらの指紋を探します。</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>取り下げ済みです。ウェブサイトはもうこれらの指紋を探しません。</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>一部取り下げ済みです。ウェブサイトはまだこれらの指紋の一部を探します。</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>登録先からの返答: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>受け付けられた指紋: %1 件</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>送信日時: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>最終更新: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 登録先からの返答: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>追加したものを確認しています…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>写真や動画ではありません</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>開けません</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>選んだファイル: %n 件（写真: %1、動画: %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>選んだファイル: %n 件（写真: %1、動画: %2、使えない: %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>ぼかしたプレビューを隠す</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>プレビュー非表示</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>このファイルにはプレビューがありません。</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>ぼかしたプレビューを作っています…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>選んだファイルのぼかしプレビュー</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>写真と動画を選ぶ</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>ファイルはこのコンピューターに残ります。作るのは指紋だけです。</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>ぼかしたプレビューを表示</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>ファイルやフォルダーをここにドラッグすることもできます。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>ファイルを選ぶ画面を開きます。</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>フォルダー内の写真と動画をすべて追加します。</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>選んだファイルをリストから外す</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>ぼかしたプレビューを表示</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>選んだ写真をぼかして表示します。何も保存されません。</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>選んだファイル</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Delete キーでファイルを外せます。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>写真や動画を選ぶ</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>写真と動画 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>フォルダーを選ぶ</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>保存した受付票を開く</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>受付票ファイル (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>指紋を作っています。しばらくかかることがあります。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>止めています…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>完了: %2 件中 %1 件</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>処理中: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%2 件中 %1 件完了。%3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>残り時間を計算しています…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>残り1分未満</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>単純すぎて見た目で照合できない写真: %n 件。まったく同じコピーは見つけられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>指紋を作れませんでした。前に戻って別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>作った指紋: %1 件。使えなかったファイル: %2 件（下に表示）。</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>完了しました。作った指紋: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>止めました。何も送っていません。もう一度始められます。</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>指紋を作る</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>この作業はこのコンピューターの中で行います。まだ何も送りません。</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>準備しています…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>止める</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>もう一度始める</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>使えなかったファイル:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>全体の進み具合</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>今のファイルの進み具合</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>指紋を作るのを止める</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>指紋をもう一度作り始める</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>使えなかったファイルとその理由</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>この登録先は、写真を見た目の指紋でしか受け付けません。単純すぎる写真 %n 件については何も送信されません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>写真 %n 件については何も送信されませんでした（単純すぎて見た目の指紋が作れません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>動画 %n 件は完全一致の指紋だけで登録されました。再エンコードされたコピーとは一致しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>このリストを使うプラットフォームは、数分以内に照合できるようになります。</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>受付票のファイルを保存してください。リストの項目は手で入力できないため、確認や取り下げにはこのファイルが必要です。</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>すべて消去しました。もう一度始められます。</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>最初からやり直しますか?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>このケースに関するものがすべてアプリから消去されます: ファイルの一覧と指紋。ファイル自体はそのままの場所に残ります。</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>受付番号と秘密のコードは表示されなくなります。保存、印刷、またはコピーしたか確かめてください。</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>すべて消去して最初からやり直す</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>ファイルが不完全です。ダウンロードが終わっていないのかもしれません。</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>ファイルが壊れていて、写真や動画として読めません。</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>写真や動画ではありません。</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>この種類のファイルにはまだ対応していません。</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>ファイルを開けません。使用中か、アクセス権がないのかもしれません。</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>ファイルが見つかりません。移動または削除されたのかもしれません。</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>写真が大きすぎて、安全に扱えません。</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>開けないフォルダーがあったので、その中のファイルは飛ばしました。</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>フォルダーのショートカットが自分自身を指しているため、飛ばしました。</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>このファイルには映像がありません。音声だけかもしれません。</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>この動画からは画像を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>動画に再生速度の情報がないため、一般的な速度として扱いました。指紋は作成できています。</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>指示どおり止めました。</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>このファイルを読み込む途中で、読み取りが止まりました。ファイルが壊れているかもしれません。</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>このファイルで問題が起きました。</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>このコンピューターはオフラインのようです。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>登録先に接続できません。停止しているか、アドレスが間違っているかもしれません。</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>登録先からの応答に時間がかかりすぎています。</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>登録先のセキュリティ証明書を確認できなかったため、何も送っていません。</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>このアドレスは安全ではありません（https:// で始まる必要があります）。何も送っていません。</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>登録先のアドレスが正しくありません。</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>登録先から予期しない応答がありました。</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>登録先が混み合っています。少し待ってからもう一度試してください。</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>登録先で問題が起きています。あとでもう一度試してください。</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>登録先からの応答を理解できませんでした。</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>登録先からの応答が大きすぎて受け取れません。</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>登録先がアクセスコードを受け付けませんでした。設定で確認してください。</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>そのケースが見つかりませんでした。受付番号と秘密のコードを確かめてください。</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>登録先には、このキーで別の送信データがすでにあります。</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>登録先がリクエストを受け付けませんでした。</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>この登録先はその機能に対応していません。</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>指紋ファイルが正しくありません。</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>この登録先には %1 という名前のリストがありません。設定でリスト名を確認してください。</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>HMA のリスト名は、大文字・数字・アンダースコアで書きます（例: NCII_REPORTS）。</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>この登録先には、すでに %1 という名前のリストがあります。</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>何も送信されませんでした。これらの写真は単純すぎて見た目の指紋が作れず、この登録先は写真をその方法でしか受け付けません。</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>このアドレスで何かが応答していますが、設定した種類の登録先ではありません。アドレスと種類を確認してください。</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>設定を読み込めなかったため、初期設定を使います。</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>そこにはファイルを保存できませんでした。別の場所を選んでください。</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>印刷できませんでした。</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>写っている人が18歳未満か大人かを選んでください。</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>アプリを使っているのが誰かを選んでください。</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>送るものがありません。</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>正しくない指紋があります。もう一度指紋を作ってください。</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>一度に送るには多すぎます。ファイルを減らして送ってください。</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>受付票のファイルではないか、壊れています。</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>受付票のファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>問題が起きました。これまでの作業は失われていません。もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>あとで送るために保存した指紋です。送信すると削除されます。</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>保存した送信データ</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>今すぐ送る</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>すべて削除</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>選んだ送信データを今すぐ送る</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>選んだ送信データを削除</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>保存した送信データをすべて削除</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1、送り先: %2、項目: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>送信待ちのものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>壊れていて送れない保存データ: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>この送信データの登録先は、もう設定されていません。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>送信しました。</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>受付票</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>送信しました。受付番号とコードを大切に保管してください。</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 登録先からの返答: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>すべて削除</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>保存した送信データをすべて削除しますか？削除すると送信されません。</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>あとで送るために保存したものをすべて削除しました。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>登録先</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>Take It Down 登録先 API</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Hasher-Matcher-Actioner (HMA) バンク</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>今のままにするなら空欄にしてください</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>登録先から渡された場合のみ</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>任意: この登録先の証明書ファイル</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>バンク（HMA のみ）:</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>アクセスコード:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>証明書ファイル:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>受け付ける写真:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>登録先の名前を入力してください。</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>この名前の登録先はすでにあります。</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>この登録先が受け付ける写真の種類を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>HMA バンクの名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類:</translation>
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
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続き</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>送信しました。受付票です</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>受付番号とコードを、安全で人に見られない場所に保管してください。</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>指紋を送信しました。写真はこのコンピューターに残っています。</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>このあとのこと</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>参加しているウェブサイトは、新しくアップロードされたものをあなたの指紋と照合し、一致するコピーをブロックできます。時間がかかることがあり、すべてのウェブサイトが参加しているわけではありません。受付番号とコードを使えば、状況を確認したり、取り下げたりできます。</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>重要: これらの写真や動画を、自分でどこにも投稿しないでください。投稿がブロックされ、アカウントに警告がつくことがあります。</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>相談員モード: 最初からやり直すかアプリを閉じると、このケースに関する情報はすべて消去されます。このコンピューターには何も残りません。</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>受付票が保存されていません</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>ケース番号と秘密のコードは保存・印刷・コピーされていません。すべて消去すると、もう表示できません。本人が控えているか確かめてください。</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>すべて消去</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>ケース番号と秘密のコードを保存・印刷・コピーしていません。これがないと、あとでこのケースを確認したり取り下げたりできません。</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>保存せずに閉じる</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>受付票に戻る</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>受付番号: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>秘密のコード: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Take It Down 受付票

受付番号: %1
秘密のコード: %2
登録先: %3 (%4)
送信日時: %5

安全で人に見られない場所に保管してください。受付番号とコードを使えば、あとで状況を確認したり、取り下げたりできます。</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>コピーしました。安全な場所に貼り付けてください。</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>受付票を保存</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>受付票ファイル (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>受付票を印刷</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>プリンターに送りました。</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>受付番号:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>秘密のコード:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>送信先:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>受付番号とコードをコピー</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>受付票をファイルに保存</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>まだ応答がありません。もう一度試しています(%2 回中 %1 回目)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>送るバイトをそのまま隠す</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>送るバイトをそのまま表示</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>リストが変わったので、「同意します」のチェックが外れました。もう一度確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>サイズ: %Ln バイト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>送る項目: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>除いた完全な重複: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>単純すぎて見た目で照合不可（完全なコピーのみ）: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>送るものが選ばれていません。</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>送信先: %1
アドレス: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>送る前に確認</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>送りたくないものはチェックを外してください。ファイル名は送信されません。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>送る指紋:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>ファイル（送信しません）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>実際に送られる内容:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>確認しました。これらの指紋を上の登録先に送ることに同意します。</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>送る指紋</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>スペースキーで項目を外したり戻したりできます。</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>実際に送られる内容</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>読み取り専用です。選んでコピーできます。</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>これらの指紋を送ることに同意します</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>写真そのもの</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>回転・反転したもの</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>切り抜いたもの</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>帯付き</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>ぼかした背景の上</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>文字入り</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>短くしたもの</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>スクリーンショットの中の写真</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>撮影された画面に写った写真</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>動画ファイル</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>動画のフレーム</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>別の形</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>フレームの指紋 %1 個: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>指紋 %1 個: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>送る指紋: %1 (写真: %2、動画: %3)。名前も写真も送りません。</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>選んだ登録先は、もう設定されていません。</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>指紋を送信しています…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>指紋は送信されませんでした。%1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>登録先からの返答: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>このコンピューターに保存しました。あとで送るには、設定の「送信待ち」を開いてください。今アプリを閉じても、最初からやり直しても大丈夫です。</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>保存しました。このファイルには、前のページに表示された指紋だけが入っています。</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>まだ送信していません。</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>送るのは指紋だけです。</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>どうしますか？</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>別の登録先を選ぶ(&amp;A)</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>あとで送るために保存</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>指紋ファイルを書き出す…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>送信の進み具合</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>もう一度送信する</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>別の登録先を選ぶ</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>選んだところに戻ります。指紋はそのまま残ります。</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>あとで送るために保存</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>設定から送るまで、指紋をこのコンピューターに保管します。</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>指紋ファイルを書き出す</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>別の方法で送れるように、送る内容をそのまま選んだファイルに保存します。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>登録先</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>言語と見た目</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>指紋を送れる場所です。</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>登録先</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>登録先を追加</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>選んだ登録先を編集</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>選んだ登録先を削除</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>選んだ登録先への接続をテスト</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>接続しました。リスト %1 があります。受け付けるもの: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>接続しました。登録先の名前: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 登録先からの返答: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>このコンピューターと同じ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>求められたときにぼかしたプレビューを許可</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>相談員モード: 受付票のたびにすべて消去</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>回転・反転したコピーの指紋も送る</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>よくある編集されたコピーもブロックする(切り抜き、帯付き、スクリーンショット)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>求められたときにぼかしたプレビューを許可</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>相談員モード</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>受付票が出るたびに、そのケースに関する情報をすべて消去します。</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>回転・反転したコピーの指紋も送る</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>よくある編集されたコピーもブロックする(切り抜き、帯付き、スクリーンショット)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>相談窓口が設定されていません。</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>あなたの写真が広まるのを止めましょう</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>あなたはひとりではありません。そして、あなたは悪くありません。</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>このアプリは、性的な写真や動画がネットで広まるのを防ぐお手伝いをします。

このコンピューターの中で、ファイルごとに指紋（ハッシュ）を作ります。

あなたの写真がこのコンピューターから出ることはありません。送るのは指紋だけです。

参加しているウェブサイトは、この指紋を使ってコピーを見つけ、ブロックします。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>このコンピューターと同じ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>すぐに言語を切り替えます。</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>今すぐ相談する</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>不安なときや、話を聞いてほしいときは、ここに連絡できます:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>前に指紋を送ったことがありますか？</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>受付の確認または取り下げ(&amp;W)…</translation>
    </message>
</context>
</TS>
