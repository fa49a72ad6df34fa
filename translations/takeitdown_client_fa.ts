<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>دربارهٔ عکس‌ها</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>چند سؤال مشخص می‌کند اثر انگشت‌ها کجا فرستاده شوند.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>فردِ توی عکس‌ها وقتی عکس‌ها گرفته شدند چند سال داشت؟</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>زیر 18 سال</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>18 سال یا بیشتر</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>این برای عکس‌ها یا ویدیوهایی است که برهنگی، برهنگی نسبی یا محتوای جنسی نشان می‌دهند. عکس‌هایی که پیش از 18 سالگیِ فرد گرفته شده‌اند به سرویسی برای نوجوانان، مثل Take It Down، می‌روند. عکس‌های بزرگسالان به سرویسی مثل StopNCII.org می‌روند. این دو جدا از هم نگه داشته می‌شوند. مطمئن نیستی؟ «زیر 18 سال» را انتخاب کن.</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>چه کسی از این برنامه استفاده می‌کند؟</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>خودم؛ عکس‌ها مال من است</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>بزرگسالی مورد اعتماد که به کسی کمک می‌کند</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>مشاوری در یک مرکز کمک‌رسانی</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>فرستادن اثر انگشت‌ها به:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>مرکز ثبت</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>جایی که اثر انگشت‌ها به آن فرستاده می‌شوند.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>زیر 18 سال</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 سال یا بیشتر</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>خودم؛ عکس‌ها مال من است</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>بزرگسالی مورد اعتماد که به کسی کمک می‌کند</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>مشاوری در یک مرکز کمک‌رسانی</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>هنوز هیچ مرکز ثبتی این نوع عکس را نمی‌پذیرد. برای افزودن یکی، تنظیمات را باز کن.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>باز کردن تنظیمات</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>اثر انگشت‌هایی که ساخته شده‌اند می‌مانند. هر چه لازم است را تغییر بده، بعد با «بعدی» ادامه بده.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>باز کردن تنظیمات</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>اگر نسخهٔ ویرایش‌شده‌ای را در اینترنت پیدا کردی (بریده‌شده، با متن یا استیکر)، یک اسکرین‌شات از آن را هم اضافه کن.</translation>
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
        <translation>مرکز ثبت آزمایشی (همین رایانه)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>خروجی گرفتن از فایل اثر انگشت‌ها</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>فایل‌های اثر انگشت (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>بررسی یا پس گرفتن پرونده</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>از رسیدی که بعد از ارسال گرفتی استفاده کن: فایل رسیدی را که ذخیره کردی باز کن، یا شمارهٔ پرونده و کد مخفی را بنویس.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>&amp;باز کردن رسید ذخیره‌شده…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;فرستاده شد به:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>شمارهٔ &amp;پرونده:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>&amp;کد مخفی:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>نمایش &amp;کد</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>نمایش کد مخفی</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>بر&amp;رسی</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>پس &amp;گرفتن…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>این پرونده پس گرفته شود؟ وب‌سایت‌ها دیگر دنبال این اثر انگشت‌ها نمی‌گردند. اگر نظرت عوض شد، می‌توانی دوباره آن‌ها را بفرستی.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>ب&amp;له، پس بگیر</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;نگهش دار</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>کد مخفی</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>از رسیدت.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>شمارهٔ پرونده</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>این رسید مال مرکز ثبتی است که پرونده‌ای برای بررسی ندارد.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (از رسید)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>رسید باز شد. «بررسی» یا «پس گرفتن» را انتخاب کن.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>در حال پس گرفتن…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>شمارهٔ پرونده: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>موردهایی که هنوز در فهرست‌اند: %1 از %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>دریافت شد. وب‌سایت‌های همکار دنبال این اثر انگشت‌ها می‌گردند.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>پس گرفته شد. وب‌سایت‌ها دیگر دنبال این اثر انگشت‌ها نمی‌گردند.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>بخشی پس گرفته شد. وب‌سایت‌ها هنوز دنبال بعضی از این اثر انگشت‌ها می‌گردند.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>پاسخ مرکز ثبت: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>اثر انگشت‌های پذیرفته‌شده: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>زمان ارسال: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>آخرین تغییر: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 پاسخ مرکز ثبت: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>در حال بررسی چیزهایی که افزودی…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویدیو</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>عکس یا ویدیو نیست</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>باز نمی‌شود</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>فایل‌های انتخاب‌شده: %n (عکس: %1، ویدیو: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>فایل‌های انتخاب‌شده: %n (عکس: %1، ویدیو: %2، غیرقابل استفاده: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>پنهان کردن پیش‌نمایش تار</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>پیش‌نمایش پنهان است</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>این فایل پیش‌نمایش ندارد.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>در حال ساختن پیش‌نمایش تار…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>پیش‌نمایش تارِ فایل انتخاب‌شده</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>عکس‌ها و ویدیوها را انتخاب کن</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>آن‌ها روی همین رایانه می‌مانند. فقط از آن‌ها اثر انگشت ساخته می‌شود.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>افزودن فایل‌ها…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>افزودن پوشه…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>نمایش پیش‌نمایش تار</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>می‌توانی فایل‌ها یا پوشه‌ها را به اینجا هم بکشی.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>افزودن فایل‌ها</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>پنجرهٔ انتخاب فایل را باز می‌کند.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>افزودن پوشه</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>همهٔ عکس‌ها و ویدیوهای یک پوشه را اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>برداشتن فایل‌های انتخاب‌شده از فهرست</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>نمایش پیش‌نمایش تار</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>نسخه‌ای تار از عکس انتخاب‌شده نشان می‌دهد. چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>فایل‌های انتخاب‌شده</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>برای برداشتن یک فایل، Delete را بزن.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>عکس‌ها یا ویدیوها را انتخاب کن</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>عکس‌ها و ویدیوها (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>یک پوشه انتخاب کن</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>باز کردن رسید ذخیره‌شده</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>فایل‌های رسید (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>در حال ساختن اثر انگشت‌ها. ممکن است کمی طول بکشد.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>انجام‌شده: %1 از %2 فایل</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>در حال کار روی: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>در حال کار…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%1 از %2 فایل انجام شد. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>در حال تخمین زمان باقی‌مانده…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>کمتر از یک دقیقه مانده</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>حدود %n دقیقه مانده</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>عکس‌هایی که برای مقایسهٔ ظاهری زیادی ساده‌اند: %n. نسخه‌های دقیقاً یکسانِ آن‌ها باز هم پیدا می‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>هیچ اثر انگشتی ساخته نشد. برگرد و فایل‌های دیگری انتخاب کن.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>اثر انگشت‌های ساخته‌شده: %1. فایل‌هایی که قابل استفاده نبودند: %2 (در پایین آمده‌اند).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>همه‌چیز انجام شد. اثر انگشت‌های ساخته‌شده: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>متوقف شد. چیزی فرستاده نشد. می‌توانی دوباره شروع کنی.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>ساختن اثر انگشت‌ها</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>این کار روی همین رایانه انجام می‌شود. هنوز چیزی فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>در حال آماده شدن…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>شروع دوباره</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>این فایل‌ها قابل استفاده نبودند:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>پیشرفت کلی</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>پیشرفت فایل فعلی</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>توقف ساختن اثر انگشت‌ها</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>شروع دوبارهٔ ساختن اثر انگشت‌ها</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>فایل‌هایی که قابل استفاده نبودند، همراه با دلیل</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>این مرکز ثبت عکس‌ها را فقط با اثر انگشت ظاهری‌شان می‌پذیرد. برای %n عکس که زیادی ساده است چیزی فرستاده نمی‌شود.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>برای %n عکس چیزی فرستاده نشد: برای اثر انگشت ظاهری زیادی ساده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n ویدیو فقط با اثر انگشت دقیق ثبت شد: نسخه‌هایی که دوباره رمزگذاری شده‌اند پیدا نمی‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>پلتفرم‌هایی که از این فهرست استفاده می‌کنند، می‌توانند ظرف چند دقیقه آن‌ها را تشخیص دهند.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>فایل رسید را ذخیره کن: برای بررسی یا پس گرفتن لازم است، چون موردهای فهرست را نمی‌شود دستی تایپ کرد.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>همه‌چیز پاک شد. می‌توانی دوباره شروع کنی.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>شروع از نو</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>شروع از نو؟</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>همه‌چیزِ این پرونده از برنامه پاک می‌شود: فهرست فایل‌ها و اثر انگشت‌ها. فایل‌هایت سر جایشان می‌مانند.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>شمارهٔ پرونده و کد مخفی دیگر نشان داده نمی‌شوند. مطمئن شو که آن‌ها را ذخیره، چاپ یا کپی کرده‌ای.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;ادامه</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>شروع از نو و پاک کردن همه‌چیز</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>پایان</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>فایل ناقص است. شاید دانلودش تمام نشده.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>فایل خراب است و به‌عنوان عکس یا ویدیو خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>این عکس یا ویدیو نیست.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>این نوع فایل هنوز پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>فایل باز نمی‌شود. شاید در حال استفاده باشد، یا اجازهٔ دسترسی به آن را نداری.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>فایل دیگر آنجا نیست. شاید جابه‌جا یا پاک شده باشد.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>عکس برای کار کردنِ امن با آن بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>یک پوشه باز نشد، پس از فایل‌هایش رد شدیم.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>میان‌بُر یک پوشه به خودش برمی‌گردد، پس از آن رد شدیم.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>این فایل ویدیو ندارد. شاید فقط صدا باشد.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>هیچ تصویری از این ویدیو خوانده نشد.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>ویدیو نمی‌گوید با چه سرعتی پخش می‌شود، پس سرعت معمول در نظر گرفته شد. اثر انگشتش با این حال ساخته شد.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>همان‌طور که خواستی، متوقف شد.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>خواندن این فایل باعث توقف خواننده شد. شاید فایل خراب باشد.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>مشکلی در این فایل پیش آمد.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>به نظر می‌رسد این رایانه به اینترنت وصل نیست. اتصال اینترنت را بررسی کن.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>به مرکز ثبت دسترسی پیدا نشد. شاید از کار افتاده باشد، یا نشانی اشتباه است.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>پاسخ مرکز ثبت بیش از حد طول کشید.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>گواهی امنیتی مرکز ثبت بررسی نشد، پس چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>این نشانی امن نیست (باید با https:// شروع شود)، پس چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>نشانی مرکز ثبت معتبر نیست.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>مرکز ثبت پاسخ غیرمنتظره‌ای داد.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>مرکز ثبت الان شلوغ است. لطفاً کمی بعد دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>مرکز ثبت از سمت خودش مشکلی داشت. لطفاً بعداً دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>پاسخ مرکز ثبت قابل فهم نبود.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>پاسخ مرکز ثبت برای پذیرفتن بیش از حد بزرگ بود.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>مرکز ثبت کد دسترسی را نپذیرفت. آن را در تنظیمات بررسی کن.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>این پرونده را پیدا نکردیم. شمارهٔ پرونده و کد مخفی را بررسی کن.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>مرکز ثبت از قبل ارسال دیگری با این کلید دارد.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>مرکز ثبت درخواست را نپذیرفت.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>این مرکز ثبت از این کار پشتیبانی نمی‌کند.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>فایل اثر انگشت‌ها معتبر نیست.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>این مرکز ثبت فهرستی به نام %1 ندارد. نام فهرست را در تنظیمات بررسی کن.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>نام فهرست HMA با حروف بزرگ، رقم و خط زیر نوشته می‌شود، مثل NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>این مرکز ثبت از قبل فهرستی به نام %1 دارد.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>چیزی فرستاده نشد. این عکس‌ها برای اثر انگشت ظاهری زیادی ساده‌اند، و این مرکز ثبت عکس‌ها را فقط این‌طور می‌پذیرد.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>چیزی در این نشانی جواب می‌دهد، اما مرکز ثبتی از نوع تنظیم‌شده نیست. نشانی و نوع را بررسی کن.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>تنظیماتت خوانده نشد، پس از تنظیمات پیش‌فرض استفاده می‌شود.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>فایل آنجا ذخیره نشد. جای دیگری را امتحان کن.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>چاپ انجام نشد.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>لطفاً بگو آن فرد زیر 18 سال بود یا بزرگسال.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>لطفاً بگو چه کسی از برنامه استفاده می‌کند.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>چیزی برای فرستادن نیست.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>یک اثر انگشت معتبر نیست. لطفاً اثر انگشت‌ها را دوباره بساز.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>این برای یک‌باره فرستادن زیادی است. لطفاً هر بار فایل‌های کمتری بفرست.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>این فایل رسید نیست، یا خراب است.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>فایل رسید باز نشد.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>مشکلی پیش آمد. هیچ‌کدام از کارهایت از دست نرفت؛ لطفاً دوباره امتحان کن.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>اثر انگشت‌ها برای ارسال در زمانی دیگر ذخیره شدند. بعد از ارسال پاک می‌شوند.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>ارسال‌های ذخیره‌شده</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>همین حالا بفرست</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>حذف همه</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>فرستادن مورد انتخاب‌شده همین حالا</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>حذف مورد انتخاب‌شده</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>حذف همهٔ ارسال‌های ذخیره‌شده</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1، به %2، موارد: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>چیزی در انتظار ارسال نیست.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>ارسال‌های ذخیره‌شده‌ای که خراب‌اند و فرستاده نمی‌شوند: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>مرکز ثبتِ این ارسال دیگر تنظیم نشده است.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>فرستاده شد.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>رسید تو</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>فرستاده شد. شمارهٔ پرونده و کد را جای امنی نگه دار.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 پاسخ مرکز ثبت: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>حذف شد.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>حذف همه</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>همهٔ ارسال‌های ذخیره‌شده حذف شوند؟ دیگر فرستاده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>هر چیزی که برای ارسال در زمانی دیگر ذخیره شده بود حذف شد.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>مرکز ثبت</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>API مرکز ثبت Take It Down</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>بانک Hasher-Matcher-Actioner (HMA)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>برای نگه داشتن مقدار فعلی، خالی بگذار</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>فقط اگر مرکز ثبت به تو داده است</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>اختیاری: فایل گواهی برای این مرکز ثبت</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>بانک (فقط HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>کد دسترسی:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>فایل گواهی:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>تصاویر را می‌پذیرد:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>لطفاً برای مرکز ثبت یک نام بگذار.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>مرکز ثبت دیگری همین نام را دارد.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>دست‌کم یک نوع تصویر را که این ثبت‌کننده می‌پذیرد علامت بزن.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>لطفاً نام بانک HMA را وارد کن.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>جستجو در:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>پرونده‌هایی از نوع:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>بعدی &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>‫&lt; &amp;عقب‬</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>بع&amp;دی</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>پایا&amp;ن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>برو عقب</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>فرستاده شد. رسید تو</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>شمارهٔ پرونده و کد را جایی امن و خصوصی نگه دار.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>اثر انگشت‌ها فرستاده شدند. عکس‌هایت روی همین رایانه ماندند.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>بعد چه می‌شود</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>وب‌سایت‌های همکار، بارگذاری‌های تازه را با اثر انگشت‌های تو مقایسه می‌کنند و می‌توانند نسخه‌های مشابه را مسدود کنند. این کار ممکن است کمی زمان ببرد، و همهٔ وب‌سایت‌ها همکاری نمی‌کنند. با شمارهٔ پرونده و کد می‌توانی وضعیت پرونده‌ات را ببینی یا آن را پس بگیری.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>مهم: لطفاً خودت این عکس‌ها یا ویدیوها را هیچ‌جا منتشر نکن. ممکن است پست مسدود شود و حسابت علامت‌گذاری شود.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>حالت مشاور: وقتی از نو شروع کنی یا برنامه را ببندی، همه‌چیزِ این پرونده پاک می‌شود. چیزی روی این رایانه نمی‌ماند.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>رسید ذخیره نشده است</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>شماره پرونده و کد مخفی ذخیره، چاپ یا کپی نشده‌اند. وقتی همه چیز پاک شود، دیگر نمی‌توان آن‌ها را نشان داد. مطمئن شو که آن فرد آن‌ها را دارد.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>پاک کردن همه چیز</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>شماره پرونده و کد مخفی‌ات را ذخیره، چاپ یا کپی نکرده‌ای. بدون آن‌ها نمی‌توانی بعداً این پرونده را پیگیری یا پس بگیری.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>بستن بدون ذخیره</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>بازگشت به رسید</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>شمارهٔ پرونده: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>کد مخفی: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>رسید Take It Down

شمارهٔ پرونده: %1
کد مخفی: %2
مرکز ثبت: %3 (%4)
زمان ارسال: %5

این را امن و خصوصی نگه دار. با شمارهٔ پرونده و کد می‌توانی بعداً وضعیت پرونده‌ات را ببینی یا آن را پس بگیری.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>کپی شد. آن را جایی امن بچسبان.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>ذخیرهٔ رسید</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>فایل‌های رسید (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>چاپ رسید</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>شمارهٔ پرونده:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>کد مخفی:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>فرستاده شد به:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>ذخیره…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>کپی شمارهٔ پرونده و کد</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>ذخیرهٔ رسید در یک فایل</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>هنوز پاسخی نیامده. تلاش دوباره (%1 از %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>پنهان کردن بایت‌های دقیق</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>نمایش بایت‌های دقیق</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویدیو</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>فهرست تغییر کرد، برای همین تیک «موافقم» برداشته شد. دوباره بررسی‌اش کن.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>اندازه: %Ln بایت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>موارد برای ارسال: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>تکراری‌های دقیقِ کنارگذاشته‌شده: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>زیادی ساده برای مقایسهٔ ظاهری (فقط نسخه‌های دقیق): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>چیزی برای ارسال انتخاب نشده است.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>ارسال به: %1
نشانی: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>پیش از ارسال بررسی کن</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>تیکِ هر چیزی را که نمی‌خواهی بفرستی بردار. نام فایل‌ها هرگز فرستاده نمی‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>اثر انگشت‌ها برای ارسال:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>فایل (فرستاده نمی‌شود)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>اثر انگشت</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>دقیقاً آنچه فرستاده می‌شود:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>این را بررسی کرده‌ام. موافقم این اثر انگشت‌ها به مرکز ثبتِ بالا فرستاده شوند.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>اثر انگشت‌ها برای ارسال</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>برای کنار گذاشتن یا برگرداندن یک مورد، Space را بزن.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>دقیقاً آنچه فرستاده می‌شود</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>فقط‌خواندنی. می‌توانی آن را انتخاب و کپی کنی.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>موافقم این اثر انگشت‌ها فرستاده شوند</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>خود عکس</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>چرخانده و قرینه‌شده</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>بریده‌شده</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>با نوار</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>روی پس‌زمینهٔ تار</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>با نوشته</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>کوتاه‌شده</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>عکس درون یک اسکرین‌شات</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>عکس روی یک صفحه‌نمایش عکاسی‌شده</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>پروندهٔ ویدیو</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>فریم‌های ویدیو</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>نسخه‌ای دیگر</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 اثر انگشت فریم: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 اثر انگشت: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>اثر انگشت‌ها برای ارسال: %1 (عکس‌ها: %2، ویدیوها: %3). بدون نام، بدون عکس.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>مرکز ثبتی که انتخاب کردی دیگر تنظیم نشده است.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>در حال فرستادن اثر انگشت‌ها…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>اثر انگشت‌ها فرستاده نشدند. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>پاسخ مرکز ثبت: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>روی این رایانه ذخیره شد. برای فرستادن در زمانی دیگر، تنظیمات و بعد صندوق خروجی را باز کن. حالا می‌توانی برنامه را ببندی یا از نو شروع کنی.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>ذخیره شد. این فایل فقط اثر انگشت‌هایی را دارد که در صفحهٔ قبل نشان داده شد.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>هنوز فرستاده نشده.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>فقط اثر انگشت‌ها فرستاده می‌شوند.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>دوست داری چه کنی؟</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>دوباره امتحان کن</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>انتخاب مرکز ثبت &amp;دیگر</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>ذخیره برای ارسال بعدی</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>خروجی گرفتن از فایل اثر انگشت‌ها…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>پیشرفت ارسال</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>دوباره امتحان کردنِ ارسال</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>انتخاب مرکز ثبت دیگر</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>به جایی برمی‌گردد که آن را انتخاب کردی. اثر انگشت‌ها می‌مانند.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>ذخیره برای ارسال بعدی</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>اثر انگشت‌ها را روی این رایانه نگه می‌دارد تا از تنظیمات بفرستی‌شان.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>خروجی گرفتن از فایل اثر انگشت‌ها</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>دقیقاً همان بایت‌ها را در فایلی که انتخاب می‌کنی ذخیره می‌کند تا از راه دیگری بفرستی.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>مراکز ثبت</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>زبان و ظاهر</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>صندوق خروجی</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>جاهایی که اثر انگشت‌ها را می‌شود به آن‌ها فرستاد.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>مراکز ثبت</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>افزودن مرکز ثبت</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>ویرایش مرکز ثبت انتخاب‌شده</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>برداشتن مرکز ثبت انتخاب‌شده</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>آزمایش اتصال به مرکز ثبت انتخاب‌شده</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>در حال آزمایش اتصال…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>وصل شد. فهرست %1 هست. این‌ها را می‌پذیرد: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>وصل شد. نام مرکز ثبت: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 پاسخ مرکز ثبت: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>مثل همین رایانه</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>اجازهٔ پیش‌نمایش تار در صورت درخواست</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>حالت مشاور: پاک کردن همه‌چیز بعد از هر رسید</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>فرستادن اثر انگشتِ نسخه‌های چرخیده و وارونه هم</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>مسدود کردن نسخه‌های ویرایش‌شدهٔ رایج هم (بریده‌شده، با نوار، اسکرین‌شات)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>پوسته:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>اجازهٔ پیش‌نمایش تار در صورت درخواست</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>حالت مشاور</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>بعد از هر رسید، همه‌چیزِ پرونده پاک می‌شود.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>فرستادن اثر انگشتِ نسخه‌های چرخیده و وارونه هم</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>مسدود کردن نسخه‌های ویرایش‌شدهٔ رایج هم (بریده‌شده، با نوار، اسکرین‌شات)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>هیچ راه کمکی تنظیم نشده است.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>جلوی پخش شدن عکس‌هایت را بگیر</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>تو تنها نیستی، و این تقصیر تو نیست.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>این برنامه کمک می‌کند جلوی پخش شدن عکس‌ها و ویدیوهای خصوصی در اینترنت گرفته شود.

از هر فایل، همین‌جا روی این رایانه، یک اثر انگشت (هش) می‌سازد.

عکس‌هایت هرگز از این رایانه بیرون نمی‌روند. فقط اثر انگشت‌ها فرستاده می‌شوند.

وب‌سایت‌های همکار با این اثر انگشت‌ها نسخه‌ها را پیدا و مسدود می‌کنند.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>مثل همین رایانه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>زبان را بی‌درنگ عوض می‌کند.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>همین حالا کمک بگیر</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>اگر احساس ناامنی می‌کنی یا می‌خواهی با کسی حرف بزنی، می‌توانی از اینجا کمک بگیری:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>قبلاً اثر انگشت فرستاده‌ای؟</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>بررسی یا &amp;پس گرفتن پرونده…</translation>
    </message>
</context>
</TS>
