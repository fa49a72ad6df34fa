<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>تصویروں کے بارے میں</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>چند سوالوں سے طے ہوتا ہے کہ فنگر پرنٹ کہاں بھیجے جائیں۔</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>جب تصویریں لی گئیں تو ان میں موجود شخص کی عمر کتنی تھی؟</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>18 سے کم</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>18 یا اس سے زیادہ</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>یہ ان تصویروں یا ویڈیوز کے لیے ہے جن میں برہنگی، جزوی برہنگی یا جنسی مواد ہو۔ 18 سال کی عمر سے پہلے لی گئی تصویریں کم عمر لوگوں کی سروس، جیسے Take It Down، کو جاتی ہیں۔ بالغوں کی تصویریں StopNCII.org جیسی سروس کو جاتی ہیں۔ دونوں کو الگ رکھا جاتا ہے۔ یقین نہیں؟ &quot;18 سے کم&quot; چنو۔</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>یہ ایپ کون استعمال کر رہا ہے؟</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>میں، تصویریں میری ہیں</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>کسی کی مدد کرنے والا قابلِ اعتماد بالغ</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>ہیلپ سینٹر کا کونسلر</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>فنگر پرنٹ یہاں بھیجو:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>رجسٹری</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>جہاں فنگر پرنٹ بھیجے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 سے کم</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 یا اس سے زیادہ</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>میں، تصویریں میری ہیں</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>کسی کی مدد کرنے والا قابلِ اعتماد بالغ</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>ہیلپ سینٹر کا کونسلر</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>ابھی کوئی رجسٹری اس قسم کی تصویریں قبول نہیں کرتی۔ ایک شامل کرنے کے لیے ترتیبات کھولو۔</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>ترتیبات کھولو</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>جو فنگر پرنٹ بن چکے ہیں وہ محفوظ رہتے ہیں۔ جو بدلنا ہے بدلو، پھر اگلا دبا کر آگے بڑھو۔</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>ترتیبات کھولو</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>اگر تمہیں آن لائن کوئی بدلی ہوئی نقل ملی ہے (کٹی ہوئی، متن یا اسٹیکر والی)، تو اس کا ایک اسکرین شاٹ بھی شامل کرو۔</translation>
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
        <translation>ڈیمو رجسٹری (یہ کمپیوٹر)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>فنگر پرنٹ فائل ایکسپورٹ کرو</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>فنگر پرنٹ فائلیں (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>کیس چیک کرو یا واپس لو</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>بھیجنے کے بعد ملنے والی رسید استعمال کرو: محفوظ کی ہوئی رسید کی فائل کھولو، یا کیس نمبر اور خفیہ کوڈ لکھو۔</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>محفوظ رسید &amp;کھولو…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;بھیجا گیا:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>کیس &amp;نمبر:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>&amp;خفیہ کوڈ:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>کوڈ &amp;دکھاؤ</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>خفیہ کوڈ دکھاؤ</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;چیک کرو</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;واپس لو…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>یہ کیس واپس لے لیا جائے؟ ویب سائٹس ان فنگر پرنٹ کو ڈھونڈنا بند کر دیں گی۔ ارادہ بدل جائے تو انہیں دوبارہ بھیجا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;ہاں، واپس لو</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;رہنے دو</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>خفیہ کوڈ</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>تمہاری رسید سے۔</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>کیس نمبر</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>یہ رسید ایسی رجسٹری کی ہے جس کے پاس چیک کرنے کے لیے کوئی کیس نہیں۔</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (رسید سے)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>رسید کھل گئی۔ &quot;چیک کرو&quot; یا &quot;واپس لو&quot; چنو۔</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>چیک کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>واپس لیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>کیس نمبر: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>فہرست میں ابھی باقی اندراجات: %2 میں سے %1</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>وصول ہو گیا۔ شامل ویب سائٹس ان فنگر پرنٹ کو ڈھونڈتی ہیں۔</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>واپس لے لیا گیا۔ ویب سائٹس اب ان فنگر پرنٹ کو نہیں ڈھونڈتیں۔</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>جزوی طور پر واپس لے لیا گیا۔ ویب سائٹس ابھی ان میں سے کچھ فنگر پرنٹ ڈھونڈتی ہیں۔</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>رجسٹری کہتی ہے: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>قبول شدہ فنگر پرنٹ: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>بھیجا گیا: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>آخری تبدیلی: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 رجسٹری نے کہا: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>جو تم نے شامل کیا، اسے دیکھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویڈیو</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>سپورٹ نہیں</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>تصویر یا ویڈیو نہیں</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>کھل نہیں سکتی</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>منتخب فائل: %n (تصویریں: %1، ویڈیوز: %2)</numerusform>
            <numerusform>منتخب فائلیں: %n (تصویریں: %1، ویڈیوز: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>منتخب فائل: %n (تصویریں: %1، ویڈیوز: %2، استعمال کے قابل نہیں: %3)</numerusform>
            <numerusform>منتخب فائلیں: %n (تصویریں: %1، ویڈیوز: %2، استعمال کے قابل نہیں: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>دھندلا پیش منظر چھپاؤ</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>پیش منظر چھپا ہوا ہے</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>اس فائل کا کوئی پیش منظر نہیں۔</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>دھندلا پیش منظر بن رہا ہے…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>منتخب فائل کا دھندلا پیش منظر</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>تصویریں اور ویڈیوز چنو</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>یہ اسی کمپیوٹر پر رہتی ہیں۔ ان سے صرف فنگر پرنٹ بنائے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>فائلیں شامل کرو…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>فولڈر شامل کرو…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ہٹاؤ</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>دھندلا پیش منظر دکھاؤ</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>فائلیں یا فولڈر یہاں گھسیٹ کر بھی لائے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>فائلیں شامل کرو</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>فائل چننے کی ونڈو کھولتا ہے۔</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>فولڈر شامل کرو</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>فولڈر کی ہر تصویر اور ویڈیو شامل کرتا ہے۔</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>منتخب فائلیں فہرست سے ہٹاؤ</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>دھندلا پیش منظر دکھاؤ</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>منتخب تصویر کا دھندلا روپ دکھاتا ہے۔ کچھ محفوظ نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>منتخب فائلیں</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>فائل ہٹانے کے لیے Delete دباؤ۔</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>تصویریں یا ویڈیوز چنو</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>تصویریں اور ویڈیوز (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>فولڈر چنو</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>محفوظ رسید کھولو</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>رسید فائلیں (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>فنگر پرنٹ بن رہے ہیں۔ اس میں کچھ وقت لگ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>روکا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>مکمل: %2 میں سے %1 فائلیں</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>کام جاری ہے: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>کام جاری ہے…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%2 میں سے %1 فائلیں مکمل۔ %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>باقی وقت کا اندازہ لگایا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>ایک منٹ سے کم باقی</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>تقریباً %n منٹ باقی</numerusform>
            <numerusform>تقریباً %n منٹ باقی</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>شکل سے ملانے کے لیے بہت سادہ تصویریں: %n۔ ان کی ہو بہو نقلیں پھر بھی مل جائیں گی۔</numerusform>
            <numerusform>شکل سے ملانے کے لیے بہت سادہ تصویریں: %n۔ ان کی ہو بہو نقلیں پھر بھی مل جائیں گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>کوئی فنگر پرنٹ نہیں بن سکا۔ واپس جا کر دوسری فائلیں چنو۔</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>بنے ہوئے فنگر پرنٹ: %1۔ فائلیں جو استعمال نہ ہو سکیں: %2 (نیچے دی گئی ہیں)۔</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>سب ہو گیا۔ بنے ہوئے فنگر پرنٹ: %n۔</numerusform>
            <numerusform>سب ہو گیا۔ بنے ہوئے فنگر پرنٹ: %n۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>روک دیا گیا۔ کچھ نہیں بھیجا گیا۔ چاہو تو دوبارہ شروع کرو۔</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>فنگر پرنٹ بنانا</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>یہ اسی کمپیوٹر پر ہوتا ہے۔ ابھی کچھ نہیں بھیجا جا رہا۔</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>تیاری ہو رہی ہے…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>روکو</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>دوبارہ شروع کرو</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>یہ فائلیں استعمال نہ ہو سکیں:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>مجموعی پیش رفت</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>موجودہ فائل کی پیش رفت</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>فنگر پرنٹ بنانا روکو</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>فنگر پرنٹ بنانا دوبارہ شروع کرو</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>فائلیں جو استعمال نہ ہو سکیں، وجہ کے ساتھ</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>یہ رجسٹری تصویریں صرف شکل کے فنگر پرنٹ سے لیتی ہے۔ %n تصویر کے لیے کچھ نہیں بھیجا جائے گا، وہ اس کے لیے بہت سادہ ہے۔</numerusform>
            <numerusform>یہ رجسٹری تصویریں صرف شکل کے فنگر پرنٹ سے لیتی ہے۔ %n تصویروں کے لیے کچھ نہیں بھیجا جائے گا، وہ اس کے لیے بہت سادہ ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>%n تصویر کے لیے کچھ نہیں بھیجا گیا: شکل کے فنگر پرنٹ کے لیے بہت سادہ۔</numerusform>
            <numerusform>%n تصویروں کے لیے کچھ نہیں بھیجا گیا: شکل کے فنگر پرنٹ کے لیے بہت سادہ۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n ویڈیو صرف ہو بہو فنگر پرنٹ سے درج ہوئی: دوبارہ انکوڈ کی گئی نقلیں نہیں ملیں گی۔</numerusform>
            <numerusform>%n ویڈیوز صرف ہو بہو فنگر پرنٹ سے درج ہوئیں: دوبارہ انکوڈ کی گئی نقلیں نہیں ملیں گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>یہ فہرست استعمال کرنے والے پلیٹ فارم چند منٹ میں انہیں پہچان سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>رسید کی فائل محفوظ کرو: جانچنے یا واپس لینے کے لیے اس کی ضرورت ہے، کیونکہ اس کے فہرست کے اندراجات ہاتھ سے نہیں لکھے جا سکتے۔</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>سب کچھ صاف کر دیا گیا۔ چاہو تو دوبارہ شروع کرو۔</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>نئے سرے سے شروع</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>نئے سرے سے شروع کریں؟</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>اس کیس کی ہر چیز ایپ سے صاف ہو جائے گی: فائلوں کی فہرست اور فنگر پرنٹ۔ تمہاری فائلیں اپنی جگہ رہیں گی۔</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>کیس نمبر اور خفیہ کوڈ اب نظر نہیں آئیں گے۔ پکا کر لو کہ تم نے انہیں محفوظ، پرنٹ یا کاپی کر لیا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;جاری رکھو</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>نئے سرے سے شروع کرو اور سب صاف کرو</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>بھیجو</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>ختم</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>فائل خالی ہے۔</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>فائل ادھوری ہے۔ شاید یہ پوری ڈاؤن لوڈ نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>فائل خراب ہے اور تصویر یا ویڈیو کے طور پر پڑھی نہیں جا سکتی۔</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>یہ تصویر یا ویڈیو نہیں ہے۔</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>اس قسم کی فائل ابھی سپورٹ نہیں ہوتی۔</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>فائل کھل نہیں سکتی۔ شاید یہ استعمال میں ہے، یا تمہیں اس تک رسائی نہیں۔</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>فائل اب وہاں نہیں ہے۔ شاید اسے کہیں اور لے جایا گیا یا مٹا دیا گیا۔</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>تصویر اتنی بڑی ہے کہ اس پر محفوظ طریقے سے کام نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>ایک فولڈر کھل نہیں سکا، اس لیے اس کی فائلیں چھوڑ دی گئیں۔</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>فولڈر کا ایک شارٹ کٹ واپس اسی کی طرف جاتا ہے، اس لیے اسے چھوڑ دیا گیا۔</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>اس فائل میں کوئی ویڈیو نہیں۔ شاید یہ صرف آواز ہے۔</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>اس ویڈیو سے کوئی تصویر پڑھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>ویڈیو یہ نہیں بتاتی کہ وہ کس رفتار سے چلتی ہے، اس لیے عام رفتار مان لی گئی۔ اس کا فنگر پرنٹ پھر بھی بن گیا۔</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>تمہارے کہنے پر روک دیا گیا۔</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>یہ فائل پڑھتے ہوئے ریڈر رک گیا۔ شاید فائل خراب ہے۔</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>اس فائل کے ساتھ کچھ گڑبڑ ہو گئی۔</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>لگتا ہے یہ کمپیوٹر آف لائن ہے۔ انٹرنیٹ کنکشن چیک کرو۔</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>رجسٹری تک رسائی نہیں ہو سکی۔ شاید وہ بند ہے، یا پتہ غلط ہے۔</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>رجسٹری نے جواب دینے میں بہت دیر لگا دی۔</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>رجسٹری کا سیکیورٹی سرٹیفکیٹ چیک نہیں ہو سکا، اس لیے کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>یہ پتہ محفوظ نہیں ہے (اسے https:// سے شروع ہونا چاہیے)، اس لیے کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>رجسٹری کا پتہ درست نہیں ہے۔</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>رجسٹری نے غیر متوقع جواب دیا۔</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>رجسٹری ابھی مصروف ہے۔ براہِ کرم تھوڑی دیر بعد پھر کوشش کرو۔</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>رجسٹری کی طرف کوئی مسئلہ ہوا۔ براہِ کرم بعد میں پھر کوشش کرو۔</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>رجسٹری کا جواب سمجھ میں نہیں آیا۔</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>رجسٹری کا جواب قبول کرنے کے لیے بہت بڑا تھا۔</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>رجسٹری نے رسائی کوڈ قبول نہیں کیا۔ اسے ترتیبات میں چیک کرو۔</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>ہمیں یہ کیس نہیں ملا۔ کیس نمبر اور خفیہ کوڈ چیک کرو۔</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>رجسٹری کے پاس اس کلید کے ساتھ پہلے سے ایک مختلف درخواست موجود ہے۔</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>رجسٹری نے درخواست قبول نہیں کی۔</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>یہ رجسٹری یہ سہولت نہیں دیتی۔</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>فنگر پرنٹ فائل درست نہیں ہے۔</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>اس رجسٹری میں %1 نام کی کوئی فہرست نہیں۔ ترتیبات میں فہرست کا نام چیک کرو۔</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>HMA فہرست کا نام بڑے حروف، ہندسوں اور انڈر سکور سے لکھا جاتا ہے، جیسے NCII_REPORTS۔</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>اس رجسٹری میں %1 نام کی فہرست پہلے سے ہے۔</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>کچھ نہیں بھیجا گیا۔ یہ تصویریں شکل کے فنگر پرنٹ کے لیے بہت سادہ ہیں، اور یہ رجسٹری تصویریں صرف اسی طرح لیتی ہے۔</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>اس پتے پر کچھ جواب دیتا ہے، مگر یہ طے کی گئی قسم کی رجسٹری نہیں۔ پتہ اور قسم چیک کرو۔</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>تمہاری ترتیبات پڑھی نہیں جا سکیں، اس لیے پہلے سے طے شدہ ترتیبات استعمال ہو رہی ہیں۔</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>فائل وہاں محفوظ نہیں ہو سکی۔ کوئی اور جگہ آزماؤ۔</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>پرنٹ نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>براہِ کرم بتاؤ کہ وہ شخص 18 سے کم تھا یا بالغ۔</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>براہِ کرم بتاؤ کہ ایپ کون استعمال کر رہا ہے۔</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>بھیجنے کے لیے کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>ایک فنگر پرنٹ درست نہیں ہے۔ براہِ کرم فنگر پرنٹ دوبارہ بناؤ۔</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>ایک ساتھ بھیجنے کے لیے یہ بہت زیادہ ہے۔ براہِ کرم ایک وقت میں کم فائلیں بھیجو۔</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>یہ رسید کی فائل نہیں ہے، یا خراب ہے۔</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>رسید کی فائل کھل نہیں سکی۔</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>کچھ گڑبڑ ہو گئی۔ تمہارا کیا ہوا کچھ ضائع نہیں ہوا؛ براہِ کرم پھر کوشش کرو۔</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>فنگر پرنٹ بعد میں بھیجنے کے لیے محفوظ ہو گئے۔ بھیجے جانے کے بعد یہ مٹا دیے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>محفوظ درخواستیں</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>ابھی بھیجو</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>مٹاؤ</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>سب مٹاؤ</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>منتخب درخواست ابھی بھیجو</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>منتخب درخواست مٹاؤ</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>تمام محفوظ درخواستیں مٹاؤ</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1، %2 کو، آئٹم: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>بھیجنے کے لیے کچھ باقی نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>خراب محفوظ درخواست جو بھیجی نہیں جا سکتی: %n</numerusform>
            <numerusform>خراب محفوظ درخواستیں جو بھیجی نہیں جا سکتیں: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>اس درخواست کی رجسٹری اب سیٹ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>بھیجا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>تمہاری رسید</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>بھیج دیا گیا۔ کیس نمبر اور کوڈ محفوظ رکھو۔</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 رجسٹری نے کہا: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>مٹا دیا گیا۔</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>سب مٹاؤ</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>تمام محفوظ درخواستیں مٹا دی جائیں؟ یہ بھیجی نہیں جائیں گی۔</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>بعد میں بھیجنے کے لیے محفوظ کیا گیا سب کچھ مٹا دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>رجسٹری</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>Take It Down رجسٹری API</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Hasher-Matcher-Actioner (HMA) بینک</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>موجودہ رکھنے کے لیے خالی چھوڑ دو</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>صرف اگر رجسٹری نے تمہیں دیا ہو</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>اختیاری: اس رجسٹری کے لیے سرٹیفکیٹ فائل</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>قسم:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>پتہ:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>بینک (صرف HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>رسائی کوڈ:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>سرٹیفکیٹ فائل:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>تصویریں قبول کرتا ہے:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>براہِ کرم رجسٹری کو ایک نام دو۔</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>ایک اور رجسٹری کا پہلے سے یہی نام ہے۔</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>کم از کم ایک قسم کی تصویریں چنو جو یہ رجسٹری قبول کرتی ہے۔</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>براہِ کرم HMA بینک کا نام لکھو۔</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>یہاں دیکھو:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>فائلوں کی قسم:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کرو</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کرو</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>آگے &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; پیچھے</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>ختم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>واپس جاؤ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھو</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>بھیج دیا گیا۔ تمہاری رسید</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>کیس نمبر اور کوڈ کسی محفوظ اور نجی جگہ پر رکھو۔</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>فنگر پرنٹ بھیج دیے گئے۔ تمہاری تصویریں اسی کمپیوٹر پر رہیں۔</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>آگے کیا ہوگا</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>شامل ویب سائٹس نئی اپ لوڈز کو تمہارے فنگر پرنٹ سے ملائیں گی اور مماثل نقلیں روک سکتی ہیں۔ اس میں کچھ وقت لگ سکتا ہے، اور ہر ویب سائٹ شامل نہیں ہے۔ کیس نمبر اور کوڈ سے تم اپنے کیس کی صورتحال دیکھ سکتے ہو یا اسے واپس لے سکتے ہو۔</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>اہم: براہِ کرم یہ تصویریں یا ویڈیوز خود کہیں بھی پوسٹ نہ کرو۔ پوسٹ روکی جا سکتی ہے اور تمہارے اکاؤنٹ پر نشان لگ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>کونسلر موڈ: جب تم نئے سرے سے شروع کرو یا ایپ بند کرو، اس کیس کی ہر چیز صاف ہو جاتی ہے۔ اس کمپیوٹر پر کچھ نہیں رکھا جاتا۔</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>رسید محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>کیس نمبر اور خفیہ کوڈ نہ محفوظ ہوئے، نہ پرنٹ ہوئے، نہ کاپی ہوئے۔ سب کچھ صاف ہونے کے بعد یہ دوبارہ نہیں دکھائے جا سکتے۔ یقین کر لو کہ وہ شخص انہیں رکھ چکا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>سب کچھ صاف کرو</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>تم نے اپنا کیس نمبر اور خفیہ کوڈ نہ محفوظ کیا، نہ پرنٹ کیا، نہ کاپی کیا۔ ان کے بغیر تم بعد میں یہ کیس نہ دیکھ سکو گے نہ واپس لے سکو گے۔</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>محفوظ کیے بغیر بند کرو</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>رسید پر واپس جاؤ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>کیس نمبر: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>خفیہ کوڈ: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Take It Down رسید

کیس نمبر: %1
خفیہ کوڈ: %2
رجسٹری: %3 (%4)
بھیجا گیا: %5

اسے محفوظ اور نجی رکھو۔ کیس نمبر اور کوڈ سے تم بعد میں اپنے کیس کی صورتحال دیکھ سکتے ہو یا اسے واپس لے سکتے ہو۔</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>کاپی ہو گیا۔ اسے کسی محفوظ جگہ پیسٹ کرو۔</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>رسید محفوظ کرو</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>رسید فائلیں (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>رسید پرنٹ کرو</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>پرنٹر کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>کیس نمبر:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>خفیہ کوڈ:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>بھیجا گیا:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>محفوظ کرو…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>کیس نمبر اور کوڈ کاپی کرو</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>رسید فائل میں محفوظ کرو</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>ابھی جواب نہیں آیا۔ دوبارہ کوشش (%2 میں سے %1)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>بالکل درست بائٹس چھپاؤ</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>بالکل درست بائٹس دکھاؤ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویڈیو</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>فہرست بدل گئی، اس لیے «میں راضی ہوں» والے خانے سے نشان ہٹا دیا گیا۔ اسے دوبارہ دیکھ لو۔</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>سائز: %Ln بائٹ</numerusform>
            <numerusform>سائز: %Ln بائٹس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>بھیجنے کے لیے آئٹم: %n</numerusform>
            <numerusform>بھیجنے کے لیے آئٹم: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>چھوڑی گئی ہو بہو نقل: %n</numerusform>
            <numerusform>چھوڑی گئی ہو بہو نقلیں: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>شکل سے ملانے کے لیے بہت سادہ (صرف ہو بہو نقلیں): %n</numerusform>
            <numerusform>شکل سے ملانے کے لیے بہت سادہ (صرف ہو بہو نقلیں): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>بھیجنے کے لیے کچھ منتخب نہیں ہے۔</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>کہاں بھیجا جائے گا: %1
پتہ: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>بھیجنے سے پہلے دیکھ لو</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>جو نہیں بھیجنا، اس کا نشان ہٹا دو۔ فائلوں کے نام کبھی نہیں بھیجے جاتے۔</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>بھیجو</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>بھیجنے کے لیے فنگر پرنٹ:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>فائل (بھیجی نہیں جاتی)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>فنگر پرنٹ</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>بالکل یہی بھیجا جائے گا:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>میں نے یہ دیکھ لیا ہے۔ میں یہ فنگر پرنٹ اوپر والی رجسٹری کو بھیجنے پر راضی ہوں۔</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>بھیجنے کے لیے فنگر پرنٹ</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>کسی آئٹم کو نکالنے یا واپس ڈالنے کے لیے Space دباؤ۔</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>بالکل یہی بھیجا جائے گا</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>صرف پڑھنے کے لیے۔ اسے منتخب کر کے کاپی کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>میں یہ فنگر پرنٹ بھیجنے پر راضی ہوں</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>خود تصویر</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>گھمائی اور الٹی ہوئی</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>کاٹی ہوئی</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>پٹیوں کے ساتھ</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>دھندلے پس منظر پر</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>لکھے ہوئے الفاظ کے ساتھ</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>چھوٹی کی ہوئی</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>اسکرین شاٹ کے اندر تصویر</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>فوٹو میں نظر آنے والی اسکرین پر تصویر</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>ویڈیو فائل</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>ویڈیو کے فریم</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>کوئی اور صورت</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 فریم فنگر پرنٹ: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 فنگر پرنٹ: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>بھیجنے کے لیے فنگر پرنٹ: %1 (تصویریں: %2، ویڈیوز: %3)۔ کوئی نام نہیں، کوئی تصویر نہیں۔</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>جو رجسٹری تم نے چنی تھی، وہ اب سیٹ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>فنگر پرنٹ بھیجے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>فنگر پرنٹ نہیں بھیجے گئے۔ %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>رجسٹری نے کہا: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>اس کمپیوٹر پر محفوظ ہو گیا۔ بعد میں بھیجنے کے لیے ترتیبات کھولو، پھر آؤٹ باکس۔ اب چاہو تو ایپ بند کرو یا نئے سرے سے شروع کرو۔</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>محفوظ ہو گیا۔ فائل میں صرف وہی فنگر پرنٹ ہیں جو پچھلے صفحے پر دکھائے گئے تھے۔</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>ابھی نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>بھیجنا</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>صرف فنگر پرنٹ بھیجے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>اب کیا کرنا ہے؟</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>پھر کوشش کرو</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>کوئی &amp;اور رجسٹری چنو</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>بعد میں بھیجنے کے لیے محفوظ کرو</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>فنگر پرنٹ فائل ایکسپورٹ کرو…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>بھیجنے کی پیش رفت</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>دوبارہ بھیجنے کی کوشش کرو</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>کوئی اور رجسٹری چنو</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>وہاں واپس لے جاتا ہے جہاں تم نے اسے چنا تھا۔ فنگر پرنٹ محفوظ رہتے ہیں۔</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>بعد میں بھیجنے کے لیے محفوظ کرو</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>فنگر پرنٹ اس کمپیوٹر پر رکھتا ہے، جب تک تم انہیں ترتیبات سے نہ بھیجو۔</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>فنگر پرنٹ فائل ایکسپورٹ کرو</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>بالکل وہی بائٹس تمہاری چنی ہوئی فائل میں محفوظ کرتا ہے، تاکہ کسی اور طریقے سے بھیجے جا سکیں۔</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>رجسٹریاں</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>زبان اور شکل</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>آؤٹ باکس</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>جہاں فنگر پرنٹ بھیجے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>رجسٹریاں</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>شامل کرو…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ترمیم کرو…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>ہٹاؤ</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>کنکشن جانچو</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>رجسٹری شامل کرو</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>منتخب رجسٹری میں ترمیم کرو</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>منتخب رجسٹری ہٹاؤ</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>منتخب رجسٹری سے کنکشن جانچو</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>کنکشن جانچا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>جڑ گیا۔ فہرست %1 موجود ہے۔ یہ لیتی ہے: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>جڑ گیا۔ رجسٹری کا نام: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 رجسٹری نے کہا: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>اس کمپیوٹر جیسی</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>مانگنے پر دھندلے پیش منظر کی اجازت دو</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>کونسلر موڈ: ہر رسید کے بعد سب کچھ صاف کرو</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>گھمائی اور پلٹی گئی نقلوں کے فنگر پرنٹ بھی بھیجو</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>عام طور پر بدلی گئی نقلیں بھی روکو (کٹی ہوئی، پٹیوں والی، اسکرین شاٹ)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>تھیم:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>تھیم</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>مانگنے پر دھندلے پیش منظر کی اجازت دو</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>کونسلر موڈ</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>ہر رسید کے بعد، کیس کی ہر چیز صاف ہو جاتی ہے۔</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>گھمائی اور پلٹی گئی نقلوں کے فنگر پرنٹ بھی بھیجو</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>عام طور پر بدلی گئی نقلیں بھی روکو (کٹی ہوئی، پٹیوں والی، اسکرین شاٹ)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>کوئی ہیلپ لائن سیٹ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>اپنی تصویروں کو پھیلنے سے روکو</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>تم تنہا نہیں ہو، اور اس میں تمہارا کوئی قصور نہیں۔</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>یہ ایپ نجی تصویروں اور ویڈیوز کو آن لائن پھیلنے سے روکنے میں مدد کرتی ہے۔

یہ ہر فائل کا ایک فنگر پرنٹ (ہیش) بناتی ہے، یہیں اسی کمپیوٹر پر۔

تمہاری تصویریں کبھی اس کمپیوٹر سے باہر نہیں جاتیں۔ صرف فنگر پرنٹ بھیجے جاتے ہیں۔

شامل ویب سائٹس ان فنگر پرنٹس سے نقلیں ڈھونڈ کر روک دیتی ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>اس کمپیوٹر جیسی</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>زبان فوراً بدل دیتا ہے۔</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>ابھی مدد لو</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>اگر تمہیں غیر محفوظ لگے یا کسی سے بات کرنی ہو، تو یہاں مدد مل سکتی ہے:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>کیا پہلے فنگر پرنٹ بھیجے تھے؟</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>کیس چیک کرو یا &amp;واپس لو…</translation>
    </message>
</context>
</TS>
