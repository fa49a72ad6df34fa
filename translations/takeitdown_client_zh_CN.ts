<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>关于这些照片</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>回答几个问题，决定把指纹发送到哪里。</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>拍照时，照片里的人多大？</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>未满 18 岁</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>18 岁或以上</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>这里用于含有裸露、部分裸露或性内容的照片或视频。18 岁之前拍的照片会发送到面向未成年人的服务，比如 Take It Down。成年人的照片会发送到 StopNCII.org 这样的服务。两者分开处理。不确定？请选择“未满 18 岁”。</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>谁在使用这个应用？</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>我自己，照片里是我</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>帮助他人的可信赖的成年人</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>求助中心的咨询师</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>指纹发送到：</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>登记平台</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>指纹会发送到这里。</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>未满 18 岁</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 岁或以上</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>我自己，照片里是我</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>帮助他人的可信赖的成年人</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>求助中心的咨询师</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>还没有接收这类照片的登记平台。请打开设置添加一个。</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>已经生成的指纹会保留。改好需要改的地方，然后点“下一步”继续。</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>如果你在网上发现了编辑过的副本(裁剪过、加了文字或贴纸)，也请添加一张它的截图。</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Demo registry (this computer)</source>
        <translation>演示登记平台（本机）</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>导出指纹文件</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>指纹文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>查看或撤回案件</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>请使用发送后得到的回执：打开你保存的回执文件，或输入案件编号和秘密代码。</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>打开已保存的回执(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>发送到(&amp;S)：</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>案件编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>秘密代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>显示代码(&amp;D)</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>显示秘密代码</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>查看(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>要撤回这个案件吗？网站将不再查找这些指纹。如果你改变主意，可以再次发送。</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>是的，撤回(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>秘密代码</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>在你的回执上可以找到。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>这份回执来自一个没有案件可查看的登记平台。</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1（来自回执）</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>回执已打开。请选择“查看”或“撤回”。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在查看…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>正在撤回…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>案件编号：%1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>仍在列表中的条目：%1 / %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>已收到。参与的网站会查找这些指纹。</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>已撤回。网站不再查找这些指纹。</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>已部分撤回。网站仍在查找其中一些指纹。</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>登记平台回复：%1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>已接收的指纹：%1 个</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>发送时间：%1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>最后更改：%1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 登记平台回复：%2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>正在查看你添加的内容…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>不是照片或视频</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>无法打开</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>已选文件：%n 个（照片：%1，视频：%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>已选文件：%n 个（照片：%1，视频：%2，无法使用：%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>隐藏模糊预览</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>预览已隐藏</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>此文件没有预览。</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>正在生成模糊预览…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>所选文件的模糊预览</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>选择照片和视频</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>它们会留在这台电脑上，只用来生成指纹。</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>显示模糊预览</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>你也可以把文件或文件夹拖到这里。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>打开文件选择窗口。</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>添加文件夹中的所有照片和视频。</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>从列表中移除所选文件</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>显示模糊预览</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>显示所选照片的模糊版本。不会保存任何内容。</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>已选文件</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>按 Delete 键可移除文件。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>选择照片或视频</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>照片和视频 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>打开已保存的回执</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>回执文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>正在生成指纹，可能需要一些时间。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>已完成：%1 / %2 个文件</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>正在处理：%1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>已完成 %1 / %2 个文件。%3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>正在估算剩余时间…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>剩余不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>大约还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>过于单调、无法按外观匹配的照片：%n 张。完全相同的副本仍然可以被找到。</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>没能生成任何指纹。请返回选择其他文件。</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>已生成指纹：%1 个。无法使用的文件：%2 个（见下方列表）。</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>全部完成。已生成指纹：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>已停止。没有发送任何内容。你可以重新开始。</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>生成指纹</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>这一步在这台电脑上进行，还不会发送任何内容。</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>以下文件无法使用：</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>当前文件进度</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>停止生成指纹</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>重新开始生成指纹</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>无法使用的文件及原因</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>这个登记平台只按外观指纹接收照片。%n 张过于单调的照片将不会发送任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>%n 张照片没有发送任何内容：过于单调，无法生成外观指纹。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n 个视频仅按完全相同的指纹登记：重新编码的副本将无法匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>使用这个列表的平台几分钟内就能识别它们。</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>请保存回执文件：查询或撤回时需要它，因为其中的列表条目无法手动输入。</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>已全部清除。你可以重新开始。</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>从头开始</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>要从头开始吗？</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>应用中关于这个案件的一切都会被清除：文件列表和指纹。你的文件仍留在原处。</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>案件编号和秘密代码将不再显示。请确认你已保存、打印或复制了它们。</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>继续(&amp;K)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>清除所有内容并从头开始</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>文件不完整，可能还没有下载完。</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>文件已损坏，无法作为照片或视频读取。</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>这不是照片或视频。</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>暂不支持这种文件。</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>无法打开文件。它可能正在被使用，或者你没有访问权限。</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>文件已经不在了，可能被移动或删除了。</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>照片太大，无法安全处理。</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>有一个文件夹无法打开，已跳过其中的文件。</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>一个文件夹快捷方式指向了它自己，已跳过。</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>文件里没有视频画面，可能只有声音。</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>无法从这个视频中读取任何画面。</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>视频没有标明播放速度，因此按常用速度处理。指纹仍已生成。</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>已按你的要求停止。</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>读取这个文件时，读取程序停止了。文件可能已损坏。</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>这个文件出了点问题。</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>这台电脑似乎没有联网。请检查网络连接。</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>无法连接到登记平台。它可能暂时无法使用，或者地址有误。</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>登记平台响应时间太长。</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>无法验证登记平台的安全证书，因此没有发送任何内容。</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>这个地址不安全（必须以 https:// 开头），因此没有发送任何内容。</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>登记平台地址无效。</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>登记平台给出了意外的回复。</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>登记平台现在很忙。请稍后再试。</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>登记平台那边出了问题。请稍后再试。</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>无法理解登记平台的回复。</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>登记平台的回复太大，无法接收。</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>登记平台不接受这个访问码。请在设置中检查。</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>没有找到这个案件。请检查案件编号和秘密代码。</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>登记平台已有使用此密钥的另一份提交。</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>登记平台没有接受这个请求。</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>这个登记平台不支持此操作。</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>指纹文件无效。</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>这个登记平台没有名为 %1 的列表。请在设置中检查列表名称。</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>HMA 列表名称由大写字母、数字和下划线组成，例如 NCII_REPORTS。</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>这个登记平台已经有名为 %1 的列表。</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>什么都没有发送。这些照片过于单调，无法生成外观指纹，而这个登记平台只以这种方式接收照片。</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>这个地址有响应，但不是所设置类型的登记平台。请检查地址和类型。</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>无法读取你的设置，已使用默认设置。</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>无法将文件保存到那里。请换个位置试试。</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>打印没有成功。</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>请说明照片里的人当时未满 18 岁还是成年人。</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>请说明是谁在使用这个应用。</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>没有可发送的内容。</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>有一个指纹无效。请重新生成指纹。</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>一次发送的内容太多。请分批发送，每次少一些文件。</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>这不是回执文件，或者文件已损坏。</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>无法打开回执文件。</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>出了点问题。你做过的都没有丢失，请再试一次。</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>这些是保存下来稍后发送的指纹。发送后会被删除。</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>已保存的提交</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>立即发送所选提交</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>删除所选提交</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>删除所有已保存的提交</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1，发送到 %2，项目：%3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>没有等待发送的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>已损坏、无法发送的已保存提交：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>这份提交对应的登记平台已不再设置。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>已发送。</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>你的回执</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>已发送。请妥善保管案件编号和代码。</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 登记平台回复：%2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>要删除所有已保存的提交吗？它们将不会被发送。</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>为稍后发送而保存的内容已全部删除。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>登记平台</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>Take It Down 登记平台 API</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Hasher-Matcher-Actioner (HMA) 库</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>留空则保留当前设置</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>仅当登记平台给了你时填写</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>可选：此登记平台的证书文件</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>库（仅限 HMA）：</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>访问码：</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>证书文件：</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>接收的图片：</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>请给登记平台起个名字。</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>已有其他登记平台使用这个名字。</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>请至少勾选一种此登记处接收的图片。</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>请输入 HMA 库名称。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型：</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>已发送。你的回执</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>请把案件编号和代码保存在安全、私密的地方。</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>指纹已发送。你的照片一直留在这台电脑上。</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>接下来会怎样</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>参与的网站会用你的指纹检查新上传的内容，并可以拦截相同的副本。这可能需要一些时间，而且并非所有网站都参与。凭案件编号和代码，你可以查看案件进展或撤回案件。</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>重要提示：请不要自己在任何地方发布这些照片或视频。帖子可能会被拦截，你的账号也可能被标记。</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>咨询师模式：当你从头开始或关闭应用时，有关此案件的所有内容都会被清除。这台电脑上不会保留任何内容。</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>回执尚未保存</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>案件编号和秘密代码还没有保存、打印或复制。一旦全部清除，就无法再次显示。请确认当事人已经记下。</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>你还没有保存、打印或复制案件编号和秘密代码。没有它们，你以后就无法查看或撤回这个案件。</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>不保存直接关闭</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>返回回执</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>案件编号：%1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>秘密代码：%1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Take It Down 回执

案件编号：%1
秘密代码：%2
登记平台：%3 (%4)
发送时间：%5

请妥善、私密地保管。凭案件编号和代码，你以后可以查看案件进展或撤回案件。</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>已复制。请粘贴到安全的地方。</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>回执文件 (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>秘密代码：</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>发送到：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>复制案件编号和代码</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>将回执保存为文件</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>还没有回应。正在重试（第 %1 次，共 %2 次）…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>隐藏确切字节</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>显示确切字节</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>列表已更改，所以“我同意”的勾选已取消。请再检查一遍。</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>大小：%Ln 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>要发送的项目：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>已排除的完全重复项：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>过于单调、无法按外观匹配（仅限完全相同的副本）：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>没有选择要发送的内容。</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>发送到：%1
地址：%2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>发送前检查</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>取消勾选你不想发送的内容。文件名永远不会被发送。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>要发送的指纹：</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>文件（不发送）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>实际发送的内容：</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>我已检查过。我同意将这些指纹发送到上面的登记平台。</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>要发送的指纹</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>按空格键可排除或恢复某一项。</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>实际发送的内容</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>只读。你可以选中并复制。</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>我同意发送这些指纹</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>照片本身</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>旋转和镜像后</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>裁剪后</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>带黑边</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>在模糊背景上</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>带文字</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>剪短后</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>截图中的照片</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>拍下的屏幕上的照片</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>视频的画面帧</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>其他版本</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 个画面帧指纹：%2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 个指纹：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>要发送的指纹：%1（照片：%2，视频：%3）。不含名字，不含照片。</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>你选择的登记平台已不再设置。</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>正在发送指纹…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>指纹没有发送。%1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>登记平台回复：%1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>已保存在这台电脑上。以后要发送，请打开设置，然后进入“待发送”。你现在可以关闭应用或从头开始。</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>已保存。文件里只有上一页显示的指纹。</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>尚未发送。</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>只会发送指纹。</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>你想怎么做？</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>选择其他登记平台(&amp;A)</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>保存，稍后发送</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>导出指纹文件…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>发送进度</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>再次尝试发送</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>选择其他登记平台</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>回到你选择它的地方。指纹会保留。</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>保存，稍后发送</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>把指纹保留在这台电脑上，直到你从设置中发送。</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>导出指纹文件</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>将要发送的原始字节保存到你选择的文件，以便用其他方式发送。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>登记平台</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>语言和外观</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>指纹可以发送到的地方。</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>登记平台</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>添加登记平台</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>编辑所选登记平台</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>移除所选登记平台</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>测试与所选登记平台的连接</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>已连接。列表 %1 存在。它接收：%2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>已连接。登记平台名称：%1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 登记平台回复：%2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>与这台电脑相同</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>允许在需要时显示模糊预览</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>咨询师模式：每次出回执后清除所有内容</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>同时发送旋转和翻转副本的指纹</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>同时拦截常见的编辑过的副本(裁剪、加边框、截图)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>允许在需要时显示模糊预览</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>咨询师模式</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>每次出回执后，有关该案件的所有内容都会被清除。</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>同时发送旋转和翻转副本的指纹</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>同时拦截常见的编辑过的副本(裁剪、加边框、截图)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>尚未设置求助热线。</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>阻止你的照片传播</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>你并不孤单，这也不是你的错。</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>这个应用可以帮助阻止私密照片和视频在网上传播。

它会在这台电脑上为每个文件生成一个指纹（哈希值）。

你的照片永远不会离开这台电脑，只会发送指纹。

参与的网站会用这些指纹找到并拦截副本。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>与这台电脑相同</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>立即切换语言。</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>立即求助</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>如果你感到不安全，或需要找人聊聊，可以联系这里：</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>以前发送过指纹？</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>查看或撤回案件(&amp;W)…</translation>
    </message>
</context>
</TS>
