<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>عن الصور</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>بضعة أسئلة تحدد إلى أين تُرسل البصمات.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>كم كان عمر الشخص الذي في الصور عند التقاطها؟</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>أقل من 18</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>18 أو أكثر</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>هذا للصور أو الفيديوهات التي تُظهر عُريًا أو عُريًا جزئيًا أو محتوى جنسيًا. الصور الملتقطة قبل أن يبلغ الشخص 18 عامًا تذهب إلى خدمة مخصصة لصغار السن، مثل Take It Down. وصور البالغين تذهب إلى خدمة مثل StopNCII.org. والنوعان منفصلان. لست متأكدًا؟ اختر «أقل من 18».</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>من يستخدم هذا التطبيق؟</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>أنا، والصور صوري</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>شخص بالغ موثوق يساعد غيره</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>مرشد في مركز مساعدة</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>أرسل البصمات إلى:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>الجهة التي تُرسل إليها البصمات.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>أقل من 18</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 أو أكثر</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>أنا، والصور صوري</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>شخص بالغ موثوق يساعد غيره</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>مرشد في مركز مساعدة</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>لا يوجد سجلّ يقبل هذا النوع من الصور بعد. افتح الإعدادات لإضافة سجلّ.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>افتح الإعدادات</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>البصمات التي صُنعت تبقى محفوظة. غيّر ما تحتاج إليه، ثم تابع بالضغط على التالي.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>افتح الإعدادات</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>إذا وجدت نسخة معدّلة على الإنترنت (مقصوصة، أو عليها نص أو ملصقات)، فأضف لقطة شاشة لها أيضًا.</translation>
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
        <translation>سجلّ تجريبي (هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>تصدير ملف البصمات</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>ملفات البصمات (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>تحقّق من حالة أو اسحبها</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>استخدم الإيصال الذي حصلت عليه بعد الإرسال: افتح ملف الإيصال الذي حفظته، أو اكتب رقم الحالة والرمز السري.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>&amp;فتح إيصال محفوظ…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>أُ&amp;رسل إلى:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>رقم ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>الرمز ال&amp;سري:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>إظهار ال&amp;رمز</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>إظهار الرمز السري</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;تحقّق</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>سح&amp;ب…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>هل تريد سحب هذه الحالة؟ ستتوقف المواقع عن البحث عن هذه البصمات. إذا غيّرت رأيك، يمكنك إرسالها مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;نعم، اسحبها</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;احتفظ بها</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>من إيصالك.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>هذا الإيصال من سجلّ ليس لديه حالات يمكن التحقق منها.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (من الإيصال)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>فُتح الإيصال. اختر «تحقّق» أو «سحب».</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>جارٍ السحب…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>رقم الحالة: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>الإدخالات الباقية في القائمة: %1 من %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>تم الاستلام. تبحث المواقع المشاركة عن هذه البصمات.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>تم السحب. لم تعد المواقع تبحث عن هذه البصمات.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>تم السحب جزئيًا. ما زالت المواقع تبحث عن بعض هذه البصمات.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>رد السجلّ: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>البصمات المقبولة: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>وقت الإرسال: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>آخر تغيير: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 رد السجلّ: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>جارٍ فحص ما أضفته…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>غير مدعوم</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>ليس صورة أو فيديو</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>يتعذّر فتحه</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2)</numerusform>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2)</numerusform>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2)</numerusform>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2)</numerusform>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2)</numerusform>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2، غير قابلة للاستخدام: %3)</numerusform>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2، غير قابلة للاستخدام: %3)</numerusform>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2، غير قابلة للاستخدام: %3)</numerusform>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2، غير قابلة للاستخدام: %3)</numerusform>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2، غير قابلة للاستخدام: %3)</numerusform>
            <numerusform>الملفات المختارة: %n (صور: %1، فيديو: %2، غير قابلة للاستخدام: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>إخفاء المعاينة المموّهة</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>المعاينة مخفية</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>لا توجد معاينة لهذا الملف.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>جارٍ إنشاء معاينة مموّهة…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>معاينة مموّهة للملف المحدد</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>اختر الصور والفيديوهات</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>ستبقى على هذا الحاسوب. تُصنع منها البصمات فقط.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>عرض معاينة مموّهة</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>يمكنك أيضًا سحب الملفات أو المجلدات إلى هنا.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>يفتح نافذة لاختيار الملفات.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>إضافة مجلد</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>يضيف كل الصور والفيديوهات الموجودة في مجلد.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>إزالة الملفات المحددة من القائمة</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>عرض معاينة مموّهة</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>يعرض نسخة مموّهة من الصورة المحددة. لا يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>الملفات المختارة</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>اضغط Delete لإزالة ملف.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>اختر صورًا أو فيديوهات</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>الصور والفيديوهات (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>اختر مجلدًا</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>فتح إيصال محفوظ</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>ملفات الإيصالات (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>جارٍ صنع البصمات. قد يستغرق هذا بعض الوقت.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>الملفات المنجزة: %1 من %2</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>جارٍ العمل على: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>الملفات المنجزة: %1 من %2. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>جارٍ تقدير الوقت المتبقي…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>بقيت أقل من دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>بقي نحو %n دقيقة</numerusform>
            <numerusform>بقي نحو %n دقيقة</numerusform>
            <numerusform>بقي نحو %n دقيقة</numerusform>
            <numerusform>بقي نحو %n دقائق</numerusform>
            <numerusform>بقي نحو %n دقيقة</numerusform>
            <numerusform>بقي نحو %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>صور بسيطة جدًا للمطابقة بالشكل: %n. لكن نسخها المطابقة تمامًا ستُكتشف.</numerusform>
            <numerusform>صور بسيطة جدًا للمطابقة بالشكل: %n. لكن نسخها المطابقة تمامًا ستُكتشف.</numerusform>
            <numerusform>صور بسيطة جدًا للمطابقة بالشكل: %n. لكن نسخها المطابقة تمامًا ستُكتشف.</numerusform>
            <numerusform>صور بسيطة جدًا للمطابقة بالشكل: %n. لكن نسخها المطابقة تمامًا ستُكتشف.</numerusform>
            <numerusform>صور بسيطة جدًا للمطابقة بالشكل: %n. لكن نسخها المطابقة تمامًا ستُكتشف.</numerusform>
            <numerusform>صور بسيطة جدًا للمطابقة بالشكل: %n. لكن نسخها المطابقة تمامًا ستُكتشف.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>تعذّر صنع أي بصمة. ارجع لاختيار ملفات أخرى.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>البصمات المصنوعة: %1. ملفات تعذّر استخدامها: %2 (مذكورة أدناه).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>اكتمل كل شيء. البصمات المصنوعة: %n.</numerusform>
            <numerusform>اكتمل كل شيء. البصمات المصنوعة: %n.</numerusform>
            <numerusform>اكتمل كل شيء. البصمات المصنوعة: %n.</numerusform>
            <numerusform>اكتمل كل شيء. البصمات المصنوعة: %n.</numerusform>
            <numerusform>اكتمل كل شيء. البصمات المصنوعة: %n.</numerusform>
            <numerusform>اكتمل كل شيء. البصمات المصنوعة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>توقّف العمل. لم يُرسل أي شيء. يمكنك البدء من جديد.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>صنع البصمات</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>يحدث هذا على هذا الحاسوب. لم يُرسل شيء بعد.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>تعذّر استخدام هذه الملفات:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>التقدم الكلي</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>التقدم في الملف الحالي</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>إيقاف صنع البصمات</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>البدء في صنع البصمات من جديد</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>ملفات تعذّر استخدامها، مع السبب</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>هذا السجلّ لا يقبل الصور إلا ببصمتها بالشكل. صور بسيطة جدًا لن يُرسَل عنها شيء: %n</numerusform>
            <numerusform>هذا السجلّ لا يقبل الصور إلا ببصمتها بالشكل. صور بسيطة جدًا لن يُرسَل عنها شيء: %n</numerusform>
            <numerusform>هذا السجلّ لا يقبل الصور إلا ببصمتها بالشكل. صور بسيطة جدًا لن يُرسَل عنها شيء: %n</numerusform>
            <numerusform>هذا السجلّ لا يقبل الصور إلا ببصمتها بالشكل. صور بسيطة جدًا لن يُرسَل عنها شيء: %n</numerusform>
            <numerusform>هذا السجلّ لا يقبل الصور إلا ببصمتها بالشكل. صور بسيطة جدًا لن يُرسَل عنها شيء: %n</numerusform>
            <numerusform>هذا السجلّ لا يقبل الصور إلا ببصمتها بالشكل. صور بسيطة جدًا لن يُرسَل عنها شيء: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>صور لم يُرسَل عنها شيء (بسيطة جدًا لبصمة بالشكل): %n</numerusform>
            <numerusform>صور لم يُرسَل عنها شيء (بسيطة جدًا لبصمة بالشكل): %n</numerusform>
            <numerusform>صور لم يُرسَل عنها شيء (بسيطة جدًا لبصمة بالشكل): %n</numerusform>
            <numerusform>صور لم يُرسَل عنها شيء (بسيطة جدًا لبصمة بالشكل): %n</numerusform>
            <numerusform>صور لم يُرسَل عنها شيء (بسيطة جدًا لبصمة بالشكل): %n</numerusform>
            <numerusform>صور لم يُرسَل عنها شيء (بسيطة جدًا لبصمة بالشكل): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>مقاطع فيديو مسجّلة بالبصمة المطابقة فقط (لن تتطابق النسخ المعاد ترميزها): %n</numerusform>
            <numerusform>مقاطع فيديو مسجّلة بالبصمة المطابقة فقط (لن تتطابق النسخ المعاد ترميزها): %n</numerusform>
            <numerusform>مقاطع فيديو مسجّلة بالبصمة المطابقة فقط (لن تتطابق النسخ المعاد ترميزها): %n</numerusform>
            <numerusform>مقاطع فيديو مسجّلة بالبصمة المطابقة فقط (لن تتطابق النسخ المعاد ترميزها): %n</numerusform>
            <numerusform>مقاطع فيديو مسجّلة بالبصمة المطابقة فقط (لن تتطابق النسخ المعاد ترميزها): %n</numerusform>
            <numerusform>مقاطع فيديو مسجّلة بالبصمة المطابقة فقط (لن تتطابق النسخ المعاد ترميزها): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>يمكن للمنصات التي تستخدم هذه القائمة التعرّف عليها خلال بضع دقائق.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>احفظ ملف الإيصال: تحتاجه للتحقق أو السحب، لأن إدخالات القائمة فيه لا يمكن كتابتها يدويًا.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>مُسح كل شيء. يمكنك البدء من جديد.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>البدء من جديد؟</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>سيُمسح من التطبيق كل ما يخص هذه الحالة: قائمة الملفات والبصمات. تبقى ملفاتك في مكانها.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>لن يظهر رقم الحالة والرمز السري بعد الآن. تأكّد أنك حفظتهما أو طبعتهما أو نسختهما.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>البدء من جديد ومسح كل شيء</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>الملف غير مكتمل. ربما لم يكتمل تنزيله.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>الملف تالف ولا يمكن قراءته كصورة أو فيديو.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>هذا ليس صورة ولا فيديو.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>هذا النوع من الملفات غير مدعوم بعد.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>يتعذّر فتح الملف. ربما هو قيد الاستخدام، أو ليس لديك إذن بالوصول إليه.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>الملف لم يعد موجودًا. ربما نُقل أو حُذف.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>الصورة كبيرة جدًا للتعامل معها بأمان.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>تعذّر فتح مجلد، لذا تم تخطي ملفاته.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>اختصار مجلد يشير إلى نفسه، لذا تم تخطيه.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>لا يحتوي الملف على فيديو. ربما هو صوت فقط.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>تعذّرت قراءة أي صورة من هذا الفيديو.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>الفيديو لا يحدد سرعة تشغيله، لذا افتُرضت سرعة معتادة. وقد صُنعت بصمته رغم ذلك.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>تم الإيقاف كما طلبت.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>توقف القارئ عند قراءة هذا الملف. ربما الملف تالف.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>حدث خطأ ما في هذا الملف.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>يبدو أن هذا الحاسوب غير متصل بالإنترنت. تحقق من الاتصال.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>تعذّر الوصول إلى السجلّ. ربما هو متوقف، أو العنوان خاطئ.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>استغرق السجلّ وقتًا طويلًا في الرد.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>تعذّر التحقق من شهادة الأمان الخاصة بالسجلّ، لذا لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>هذا العنوان غير آمن (يجب أن يبدأ بـ https://)، لذا لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>عنوان السجلّ غير صالح.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>أعطى السجلّ ردًا غير متوقع.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>السجلّ مشغول الآن. يُرجى المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>حدثت مشكلة لدى السجلّ. يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>تعذّر فهم رد السجلّ.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>رد السجلّ كبير جدًا ولا يمكن قبوله.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>لم يقبل السجلّ رمز الوصول. تحقق منه في الإعدادات.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>لم نعثر على هذه الحالة. تحقّق من رقم الحالة والرمز السري.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>لدى السجلّ طلب مختلف بهذا المفتاح.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>لم يقبل السجلّ الطلب.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>هذا السجلّ لا يدعم ذلك.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>ملف البصمات غير صالح.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>ليس في هذا السجلّ قائمة باسم %1. تحقق من اسم القائمة في الإعدادات.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>يُكتب اسم قائمة HMA بحروف كبيرة وأرقام وشرطات سفلية، مثل NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>في هذا السجلّ قائمة باسم %1 من قبل.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>لم يُرسَل شيء. هذه الصور بسيطة جدًا لبصمة بالشكل، وهذا السجلّ لا يقبل الصور إلا بهذه الطريقة.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>هناك شيء يجيب على هذا العنوان، لكنه ليس سجلًّا من النوع المضبوط. تحقق من العنوان والنوع.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>تعذّرت قراءة إعداداتك، لذا تُستخدم الإعدادات الافتراضية.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>تعذّر حفظ الملف هناك. جرّب مكانًا آخر.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>لم تنجح الطباعة.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>يُرجى تحديد ما إذا كان الشخص أقل من 18 أم بالغًا.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>يُرجى تحديد من يستخدم التطبيق.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>لا يوجد شيء لإرساله.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>إحدى البصمات غير صالحة. يُرجى صنع البصمات من جديد.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>هذا كثير جدًا لإرساله دفعة واحدة. يُرجى إرسال ملفات أقل في كل مرة.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>هذا ليس ملف إيصال، أو أنه تالف.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>تعذّر فتح ملف الإيصال.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>حدث خطأ ما. لم يضِع شيء مما فعلته، يُرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>حُفظت البصمات لإرسالها لاحقًا. تُحذف بمجرد إرسالها.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>الطلبات المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>إرسال الآن</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>حذف الكل</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>إرسال الطلب المحدد الآن</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>حذف الطلب المحدد</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>حذف كل الطلبات المحفوظة</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1، إلى %2، العناصر: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>لا يوجد شيء ينتظر الإرسال.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>طلبات محفوظة تالفة لا يمكن إرسالها: %n</numerusform>
            <numerusform>طلبات محفوظة تالفة لا يمكن إرسالها: %n</numerusform>
            <numerusform>طلبات محفوظة تالفة لا يمكن إرسالها: %n</numerusform>
            <numerusform>طلبات محفوظة تالفة لا يمكن إرسالها: %n</numerusform>
            <numerusform>طلبات محفوظة تالفة لا يمكن إرسالها: %n</numerusform>
            <numerusform>طلبات محفوظة تالفة لا يمكن إرسالها: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>السجلّ الخاص بهذا الطلب لم يعد مضبوطًا.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>تم الإرسال.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>إيصالك</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>تم الإرسال. احتفظ برقم الحالة والرمز في مكان آمن.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 رد السجلّ: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>حذف الكل</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>هل تريد حذف كل الطلبات المحفوظة؟ لن تُرسل.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>حُذف كل ما حُفظ للإرسال لاحقًا.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>السجلّ</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>واجهة API لسجلّ Take It Down</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>بنك Hasher-Matcher-Actioner (HMA)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>اتركه فارغًا للإبقاء على الحالي</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>فقط إن أعطاك السجلّ واحدًا</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>اختياري: ملف شهادة لهذا السجلّ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>البنك (HMA فقط):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>رمز الوصول:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>ملف الشهادة:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>يقبل الصور:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>يُرجى إعطاء السجلّ اسمًا.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>هناك سجلّ آخر بهذا الاسم.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>اختر نوعًا واحدًا على الأقل من الصور التي يقبلها هذا السجل.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>يُرجى إدخال اسم بنك HMA.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>البحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفات من النوع:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سّابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تّالي</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>أن&amp;هِ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>تابع</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>تم الإرسال. إيصالك</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>احتفظ برقم الحالة والرمز في مكان آمن وخاص.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>أُرسلت البصمات. بقيت صورك على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>ماذا يحدث بعد ذلك</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>ستقارن المواقع المشاركة ما يُرفع إليها من جديد ببصماتك، ويمكنها حظر النسخ المطابقة. قد يستغرق هذا بعض الوقت، وليست كل المواقع مشاركة. برقم الحالة والرمز يمكنك متابعة حالتك أو سحبها.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>مهم: يُرجى ألا تنشر هذه الصور أو الفيديوهات بنفسك في أي مكان. قد يُحظر المنشور وقد يُعلَّم حسابك كمخالف.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>وضع المرشد: عند البدء من جديد أو إغلاق التطبيق، يُمسح كل ما يخص هذه الحالة. لا يُحفظ شيء على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>الإيصال غير محفوظ</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>لم يُحفظ رقم الحالة والرمز السري ولم يُطبعا أو يُنسخا. بعد مسح كل شيء لا يمكن عرضهما مرة أخرى. تأكّد من أن الشخص يحتفظ بهما.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>مسح كل شيء</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>لم تحفظ رقم الحالة والرمز السري ولم تطبعهما أو تنسخهما. بدونهما لن تستطيع متابعة هذه الحالة أو سحبها لاحقًا.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>العودة إلى الإيصال</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>رقم الحالة: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>الرمز السري: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>إيصال Take It Down

رقم الحالة: %1
الرمز السري: %2
السجلّ: %3 (%4)
وقت الإرسال: %5

احتفظ بهذا في مكان آمن وخاص. برقم الحالة والرمز يمكنك متابعة حالتك أو سحبها لاحقًا.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>تم النسخ. الصقه في مكان آمن.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>حفظ الإيصال</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>ملفات الإيصالات (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>طباعة الإيصال</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>رقم الحالة:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>الرمز السري:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>أُرسل إلى:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>نسخ رقم الحالة والرمز</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>حفظ الإيصال في ملف</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>لا رد بعد. محاولة جديدة (%1 من %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>إخفاء البايتات كما هي</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>عرض البايتات كما هي</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>تغيّرت القائمة، لذلك أُزيلت العلامة من مربع «أوافق». راجعها مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>الحجم: %Ln بايت</numerusform>
            <numerusform>الحجم: %Ln بايت</numerusform>
            <numerusform>الحجم: %Ln بايت</numerusform>
            <numerusform>الحجم: %Ln بايت</numerusform>
            <numerusform>الحجم: %Ln بايت</numerusform>
            <numerusform>الحجم: %Ln بايت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>عناصر للإرسال: %n</numerusform>
            <numerusform>عناصر للإرسال: %n</numerusform>
            <numerusform>عناصر للإرسال: %n</numerusform>
            <numerusform>عناصر للإرسال: %n</numerusform>
            <numerusform>عناصر للإرسال: %n</numerusform>
            <numerusform>عناصر للإرسال: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>نسخ مكررة تمامًا مستبعدة: %n</numerusform>
            <numerusform>نسخ مكررة تمامًا مستبعدة: %n</numerusform>
            <numerusform>نسخ مكررة تمامًا مستبعدة: %n</numerusform>
            <numerusform>نسخ مكررة تمامًا مستبعدة: %n</numerusform>
            <numerusform>نسخ مكررة تمامًا مستبعدة: %n</numerusform>
            <numerusform>نسخ مكررة تمامًا مستبعدة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>بسيطة جدًا للمطابقة بالشكل (النسخ المطابقة فقط): %n</numerusform>
            <numerusform>بسيطة جدًا للمطابقة بالشكل (النسخ المطابقة فقط): %n</numerusform>
            <numerusform>بسيطة جدًا للمطابقة بالشكل (النسخ المطابقة فقط): %n</numerusform>
            <numerusform>بسيطة جدًا للمطابقة بالشكل (النسخ المطابقة فقط): %n</numerusform>
            <numerusform>بسيطة جدًا للمطابقة بالشكل (النسخ المطابقة فقط): %n</numerusform>
            <numerusform>بسيطة جدًا للمطابقة بالشكل (النسخ المطابقة فقط): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>لم يُحدَّد أي شيء للإرسال.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>الإرسال إلى: %1
العنوان: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>راجع قبل الإرسال</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>ألغِ تحديد ما لا تريد إرساله. أسماء الملفات لا تُرسل أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>البصمات المراد إرسالها:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>الملف (لا يُرسل)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>ما سيُرسل بالضبط:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>راجعت هذا. أوافق على إرسال هذه البصمات إلى السجلّ المذكور أعلاه.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>البصمات المراد إرسالها</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>اضغط Space لاستبعاد عنصر أو إعادته.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>ما سيُرسل بالضبط</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>للقراءة فقط. يمكنك تحديده ونسخه.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>أوافق على إرسال هذه البصمات</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>الصورة نفسها</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>مُدارة ومعكوسة</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>مقصوصة</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>مع أشرطة</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>على خلفية مموّهة</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>مع تعليق مكتوب</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>مقصّرة</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>الصورة داخل لقطة شاشة</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>الصورة على شاشة مُصوَّرة</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>ملف الفيديو</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>لقطات الفيديو</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>نسخة أخرى</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 بصمة لقطات: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 بصمة: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>البصمات المراد إرسالها: %1 (الصور: %2، الفيديوهات: %3). بلا أسماء، وبلا صور.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>السجلّ الذي اخترته لم يعد مضبوطًا.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>جارٍ إرسال البصمات…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>لم تُرسل البصمات. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>رد السجلّ: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>حُفظت على هذا الحاسوب. لإرسالها لاحقًا، افتح الإعدادات ثم صندوق الصادر. يمكنك الآن إغلاق التطبيق أو البدء من جديد.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>تم الحفظ. لا يحتوي الملف إلا على البصمات المعروضة في الصفحة السابقة.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>لم يُرسل بعد.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>تُرسل البصمات فقط.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>اختيار سجلّ &amp;آخر</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>حفظ للإرسال لاحقًا</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>تصدير ملف البصمات…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>تقدم الإرسال</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>محاولة الإرسال مرة أخرى</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>اختيار سجلّ آخر</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>يعود إلى حيث اخترته. تبقى البصمات محفوظة.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>حفظ للإرسال لاحقًا</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>يحتفظ بالبصمات على هذا الحاسوب حتى ترسلها من الإعدادات.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>تصدير ملف البصمات</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>يحفظ البايتات نفسها تمامًا في ملف تختاره، لإرسالها بطريقة أخرى.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>السجلّات</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>اللغة والمظهر</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>الجهات التي يمكن إرسال البصمات إليها.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>السجلّات</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>إضافة سجلّ</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>تعديل السجلّ المحدد</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>إزالة السجلّ المحدد</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>اختبار الاتصال بالسجلّ المحدد</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>تم الاتصال. القائمة %1 موجودة. تقبل: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>تم الاتصال. اسم السجلّ: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 رد السجلّ: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>مثل هذا الحاسوب</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>السماح بالمعاينات المموّهة عند طلبها</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>وضع المرشد: مسح كل شيء بعد كل إيصال</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>إرسال بصمات النسخ المُدوّرة والمعكوسة أيضًا</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>حظر النسخ المعدّلة الشائعة أيضًا (المقصوصة، أو ذات الأشرطة، ولقطات الشاشة)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>المظهر:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>السماح بالمعاينات المموّهة عند طلبها</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>وضع المرشد</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>بعد كل إيصال، يُمسح كل ما يخص الحالة.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>إرسال بصمات النسخ المُدوّرة والمعكوسة أيضًا</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>حظر النسخ المعدّلة الشائعة أيضًا (المقصوصة، أو ذات الأشرطة، ولقطات الشاشة)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>لم تُضبط أي جهات مساعدة.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>أوقف انتشار صورك</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>لست وحدك، وهذا ليس ذنبك.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>يساعد هذا التطبيق على منع نشر الصور والفيديوهات الحميمة على الإنترنت.

يصنع بصمة (قيمة تجزئة) لكل ملف، هنا على هذا الحاسوب.

صورك لا تغادر هذا الحاسوب أبدًا. تُرسل البصمات فقط.

تستخدم المواقع المشاركة البصمات للعثور على النسخ وحظرها.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>مثل هذا الحاسوب</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>يغيّر اللغة فورًا.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>احصل على المساعدة الآن</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>إن كنت تشعر بعدم الأمان أو تحتاج إلى من تتحدث إليه، يمكنك التواصل هنا:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>هل أرسلت بصمات من قبل؟</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>تحقّق من حالة أو &amp;اسحبها…</translation>
    </message>
</context>
</TS>
