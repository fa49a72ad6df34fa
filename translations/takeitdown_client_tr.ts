<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>Fotoğraflar hakkında</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Birkaç soru, parmak izlerinin nereye gideceğini belirler.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>Fotoğraflar çekildiğinde fotoğraftaki kişi kaç yaşındaydı?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>18 yaşından &amp;küçük</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>&amp;18 yaş ve üzeri</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Bu, çıplaklık, kısmi çıplaklık veya cinsel içerik barındıran fotoğraflar ya da videolar içindir. Kişi 18 yaşına girmeden önce çekilen fotoğraflar, Take It Down gibi gençlere yönelik bir hizmete gider. Yetişkinlerin fotoğrafları StopNCII.org gibi bir hizmete gider. İkisi ayrı tutulur. Emin değil misin? “18 yaşından küçük” seçeneğini seç.</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>Bu uygulamayı kim kullanıyor?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>&amp;Ben, fotoğraflardaki kişi benim</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>Birine yardım eden güvenilir bir &amp;yetişkin</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>Bir yardım merkezinde &amp;danışman</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>Parmak &amp;izlerini şuraya gönder:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Kayıt sistemi</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Parmak izlerinin gönderileceği yer.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 yaşından küçük</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 yaş ve üzeri</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Ben, fotoğraflardaki kişi benim</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Birine yardım eden güvenilir bir yetişkin</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Bir yardım merkezinde danışman</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Bu tür fotoğrafları kabul eden bir kayıt sistemi henüz yok. Eklemek için Ayarlar&apos;ı aç.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Ayarla&amp;rı aç</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>Yapılmış parmak izleri korunur. Gerekeni değiştir, sonra İleri ile devam et.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ayarları aç</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>İnternette düzenlenmiş bir kopya bulduysan (kırpılmış, üzerinde yazı ya da çıkartma olan), onun bir ekran görüntüsünü de ekle.</translation>
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
        <translation>Deneme kayıt sistemi (bu bilgisayar)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Parmak izi dosyasını dışa aktar</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>Parmak izi dosyaları (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Başvuruyu kontrol et ya da geri çek</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Gönderdikten sonra aldığın makbuzu kullan: kaydettiğin makbuz dosyasını aç ya da başvuru numarasını ve gizli kodu yaz.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>Kaydedilmiş bir makbuzu &amp;aç…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>Gönderil&amp;diği yer:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Başvuru &amp;numarası:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>Gizli &amp;kod:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Ko&amp;du göster</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>Gizli kodu göster</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>K&amp;ontrol et</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Geri çek…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>Bu başvuru geri çekilsin mi? Web siteleri bu parmak izlerini aramayı bırakır. Fikrini değiştirirsen onları yeniden gönderebilirsin.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;Evet, geri çek</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Hayır, kalsın</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Gizli kod</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>Makbuzunda yazıyor.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Başvuru numarası</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>Bu makbuz, başvuruların kontrol edilemediği bir kayıt sistemine ait.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (makbuzdan)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Makbuz açıldı. “Kontrol et” ya da “Geri çek” düğmesine bas.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Geri çekiliyor…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Başvuru numarası: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Listede hâlâ duran kayıtlar: %2 kayıttan %1</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Alındı. Katılan web siteleri bu parmak izlerini arıyor.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Geri çekildi. Web siteleri artık bu parmak izlerini aramıyor.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Kısmen geri çekildi. Web siteleri bu parmak izlerinin bir kısmını hâlâ arıyor.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>Kayıt sisteminin yanıtı: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Kabul edilen parmak izi: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gönderilme tarihi: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Son değişiklik: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Kayıt sisteminin yanıtı: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Eklediklerine bakılıyor…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Desteklenmiyor</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>Fotoğraf veya video değil</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>Açılamıyor</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>Seçilen dosya: %n (fotoğraf: %1, video: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>Seçilen dosya: %n (fotoğraf: %1, video: %2, kullanılamaz: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>Bulanık ö&amp;nizlemeyi gizle</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Önizleme gizli</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>Bu dosya için önizleme yok.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Bulanık önizleme hazırlanıyor…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Seçili dosyanın bulanık önizlemesi</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Fotoğrafları ve videoları seç</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Bu bilgisayarda kalırlar. Onlardan yalnızca parmak izleri çıkarılır.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dosya ekle…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>K&amp;lasör ekle…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>Bulanık ö&amp;nizlemeyi göster</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>Dosyaları veya klasörleri buraya da sürükleyebilirsin.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Dosya seçme penceresini açar.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Klasör ekle</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Bir klasördeki tüm fotoğrafları ve videoları ekler.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Seçili dosyaları listeden kaldır</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Bulanık önizlemeyi göster</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Seçili fotoğrafın bulanık bir halini gösterir. Hiçbir şey kaydedilmez.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Seçilen dosyalar</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Bir dosyayı kaldırmak için Delete tuşuna bas.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Fotoğraf veya video seç</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Fotoğraflar ve videolar (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Klasör seç</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Kaydedilmiş bir makbuzu aç</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Makbuz dosyaları (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Parmak izleri çıkarılıyor. Bu biraz sürebilir.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Durduruluyor…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Biten: %1 / %2 dosya</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>İşleniyor: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>İşleniyor…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%2 dosyadan %1 tanesi bitti. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Kalan süre hesaplanıyor…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Bir dakikadan az kaldı</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Yaklaşık %n dk kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Görsel olarak eşleştirilemeyecek kadar sade fotoğraf: %n. Birebir kopyaları yine de bulunur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>Hiç parmak izi çıkarılamadı. Başka dosyalar seçmek için geri dön.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Çıkarılan parmak izi: %1. Kullanılamayan dosya: %2 (aşağıda listelendi).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Her şey tamam. Çıkarılan parmak izi: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Durduruldu. Hiçbir şey gönderilmedi. Yeniden başlayabilirsin.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Parmak izleri çıkarılıyor</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>Bu işlem bu bilgisayarda yapılır. Henüz hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Hazırlanıyor…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Durdur</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Yeniden başla</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Bu dosyalar kullanılamadı:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Genel ilerleme</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Geçerli dosyadaki ilerleme</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Parmak izi çıkarmayı durdur</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Parmak izi çıkarmaya yeniden başla</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>Kullanılamayan dosyalar ve nedenleri</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Bu kayıt sistemi fotoğrafları yalnızca görsel parmak iziyle alır. Bunun için fazla sade %n fotoğraf için hiçbir şey gönderilmeyecek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>%n fotoğraf için hiçbir şey gönderilmedi: görsel parmak izi için fazla sade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n video yalnızca birebir parmak iziyle kaydedildi: yeniden kodlanmış kopyalar eşleşmeyecek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>Bu listeyi kullanan platformlar birkaç dakika içinde onları tanıyabilir.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Makbuz dosyasını kaydet: kontrol etmek ya da geri çekmek için gerekir, çünkü içindeki liste kayıtları elle yazılamaz.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>Her şey temizlendi. Yeniden başlayabilirsin.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Baştan baş&amp;la</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Baştan başlansın mı?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Bu başvuruyla ilgili her şey uygulamadan silinir: dosya listesi ve parmak izleri. Dosyaların oldukları yerde kalır.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>Başvuru numarası ve gizli kod artık gösterilmeyecek. Onları kaydettiğinden, yazdırdığından ya da kopyaladığından emin ol.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Devam et</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Baştan başla ve her şeyi temizle</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Sonraki</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>Dosya boş.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>Dosya eksik. İndirme bitmemiş olabilir.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>Dosya hasarlı ve fotoğraf ya da video olarak okunamıyor.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>Bu bir fotoğraf veya video değil.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Bu dosya türü henüz desteklenmiyor.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>Dosya açılamıyor. Kullanımda olabilir ya da erişim iznin olmayabilir.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>Dosya artık orada değil. Taşınmış veya silinmiş olabilir.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>Fotoğraf, güvenle işlenemeyecek kadar büyük.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>Bir klasör açılamadı, bu yüzden içindeki dosyalar atlandı.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Bir klasör kısayolu yine kendi içini gösteriyor, bu yüzden atlandı.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>Dosyada görüntü yok. Yalnızca ses olabilir.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>Bu videodan hiç kare okunamadı.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>Video ne kadar hızlı oynatılacağını belirtmiyor, bu yüzden olağan bir hız varsayıldı. Parmak izi yine de çıkarıldı.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>İstediğin gibi durduruldu.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>Bu dosya okunurken okuyucu durdu. Dosya hasarlı olabilir.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>Bu dosyada bir sorun oldu.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Bu bilgisayar çevrimdışı görünüyor. İnternet bağlantısını kontrol et.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>Kayıt sistemine ulaşılamadı. Çalışmıyor olabilir ya da adres yanlış.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>Kayıt sisteminin yanıt vermesi çok uzun sürdü.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>Kayıt sisteminin güvenlik sertifikası doğrulanamadı, bu yüzden hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Bu adres güvenli değil (https:// ile başlamalı), bu yüzden hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>Kayıt sisteminin adresi geçerli değil.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>Kayıt sistemi beklenmedik bir yanıt verdi.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>Kayıt sistemi şu anda meşgul. Lütfen biraz sonra yeniden dene.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>Kayıt sistemi kendi tarafında bir sorun yaşadı. Lütfen daha sonra yeniden dene.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>Kayıt sisteminin yanıtı anlaşılamadı.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>Kayıt sisteminin yanıtı kabul edilemeyecek kadar büyüktü.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>Kayıt sistemi erişim kodunu kabul etmedi. Ayarlar&apos;dan kontrol et.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>Bu başvuruyu bulamadık. Başvuru numarasını ve gizli kodu kontrol et.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>Kayıt sisteminde bu anahtarla farklı bir gönderim zaten var.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>Kayıt sistemi isteği kabul etmedi.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Bu kayıt sistemi bunu desteklemiyor.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>Parmak izi dosyası geçerli değil.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>Bu kayıt sisteminde %1 adlı bir liste yok. Liste adını Ayarlar&apos;dan kontrol et.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>HMA liste adı büyük harf, rakam ve alt çizgiyle yazılır, örneğin NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>Bu kayıt sisteminde zaten %1 adlı bir liste var.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>Hiçbir şey gönderilmedi. Bu fotoğraflar görsel parmak izi için fazla sade, bu kayıt sistemi de fotoğrafları yalnızca bu yolla alıyor.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>Bu adreste bir şey yanıt veriyor ama ayarlanan türde bir kayıt sistemi değil. Adresi ve türü kontrol et.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>Ayarların okunamadı, bu yüzden varsayılanlar kullanılıyor.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>Dosya oraya kaydedilemedi. Başka bir yer dene.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>Yazdırılamadı.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Lütfen kişinin 18 yaşından küçük mü yoksa yetişkin mi olduğunu belirt.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Lütfen uygulamayı kimin kullandığını belirt.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Gönderilecek bir şey yok.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Bir parmak izi geçerli değil. Lütfen parmak izlerini yeniden çıkar.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>Bir kerede göndermek için bu çok fazla. Lütfen her seferinde daha az dosya gönder.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>Bu bir makbuz dosyası değil ya da hasarlı.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>Makbuz dosyası açılamadı.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Bir şeyler ters gitti. Yaptıklarının hiçbiri kaybolmadı; lütfen yeniden dene.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Parmak izleri daha sonra gönderilmek üzere kaydedildi. Gönderildiklerinde silinirler.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Kaydedilen gönderimler</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Şimdi gö&amp;nder</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>&amp;Tümünü sil</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>Seçili gönderimi şimdi gönder</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>Seçili gönderimi sil</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Kaydedilen tüm gönderimleri sil</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, alıcı: %2, öğe: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Gönderilmeyi bekleyen bir şey yok.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Hasarlı olduğu için gönderilemeyen kayıtlı gönderim: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>Bu gönderimin kayıt sistemi artık ayarlı değil.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gönderildi.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>Makbuzun</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Gönderildi. Başvuru numarasını ve kodu güvenli bir yerde sakla.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Kayıt sisteminin yanıtı: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Silindi.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Tümünü sil</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>Kaydedilen tüm gönderimler silinsin mi? Gönderilmeyecekler.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Daha sonra gönderilmek üzere kaydedilen her şey silindi.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>Kayıt sistemi</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>Take It Down kayıt sistemi API&apos;si</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Hasher-Matcher-Actioner (HMA) bankası</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Mevcut olanı korumak için boş bırak</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Yalnızca kayıt sistemi sana bir tane verdiyse</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>İsteğe bağlı: bu kayıt sistemi için bir sertifika dosyası</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Banka (yalnızca HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>Erişim &amp;kodu:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>&amp;Sertifika dosyası:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Kabul ettiği resimler:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Lütfen kayıt sistemine bir ad ver.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Bu ad başka bir kayıt sisteminde zaten var.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Bu kayıt hizmetinin kabul ettiği en az bir resim türünü işaretle.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Lütfen HMA bankasının adını gir.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Konum:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dosya &amp;türü:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Sonraki &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Sonraki</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Geri Git</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Gönderildi. Makbuzun</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Başvuru numarasını ve kodu güvenli ve gizli bir yerde sakla.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>Parmak izleri gönderildi. Fotoğrafların bu bilgisayarda kaldı.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Bundan sonra ne olacak</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>Katılan web siteleri yeni yüklemeleri parmak izlerinle karşılaştırır ve eşleşen kopyaları engelleyebilir. Bu biraz zaman alabilir ve her web sitesi katılmıyor. Başvuru numaran ve kodunla başvurunu kontrol edebilir ya da geri çekebilirsin.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Önemli: lütfen bu fotoğrafları veya videoları hiçbir yerde kendin paylaşma. Paylaşım engellenebilir ve hesabın işaretlenebilir.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Danışman modu: baştan başladığında veya uygulamayı kapattığında bu başvuruyla ilgili her şey temizlenir. Bu bilgisayarda hiçbir şey saklanmaz.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>Makbuz kaydedilmedi</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>Vaka numarası ve gizli kod kaydedilmedi, yazdırılmadı veya kopyalanmadı. Her şey silindikten sonra tekrar gösterilemezler. Kişinin bunlara sahip olduğundan emin ol.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>Her şeyi &amp;sil</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>Vaka numaranı ve gizli kodunu kaydetmedin, yazdırmadın veya kopyalamadın. Bunlar olmadan bu vakayı daha sonra kontrol edemez veya geri çekemezsin.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Kaydetmeden kapat</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>&amp;Makbuza geri dön</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Başvuru numarası: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>Gizli kod: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Take It Down makbuzu

Başvuru numarası: %1
Gizli kod: %2
Kayıt sistemi: %3 (%4)
Gönderilme: %5

Bunu güvenli ve gizli bir yerde sakla. Başvuru numarası ve kodla başvurunu daha sonra kontrol edebilir ya da geri çekebilirsin.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Kopyalandı. Güvenli bir yere yapıştır.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Makbuzu kaydet</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Makbuz dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Makbuzu yazdır</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Yazıcıya gönderildi.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Başvuru numarası:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Gizli kod:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Gönderildiği yer:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Kay&amp;det…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Başvuru numarasını ve kodu kopyala</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Makbuzu bir dosyaya kaydet</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Henüz yanıt yok. Yeniden deneniyor (%1 / %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>Tam &amp;baytları gizle</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>Tam &amp;baytları göster</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>Liste değişti, bu yüzden “Kabul ediyorum” kutusunun işareti kaldırıldı. Listeyi yeniden kontrol et.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Boyut: %Ln bayt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>Gönderilecek öğe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Dışarıda bırakılan birebir kopya: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Görsel eşleşme için fazla sade (yalnızca birebir kopyalar): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>Gönderilmek üzere hiçbir şey seçili değil.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Gönderilecek yer: %1
Adres: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Göndermeden önce kontrol et</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Göndermek istemediğin şeylerin işaretini kaldır. Dosya adları asla gönderilmez.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Gön&amp;der</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>Gönderilecek &amp;parmak izleri:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>Dosya (gönderilmez)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Parmak izi</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>&amp;Tam olarak gönderilecekler:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Bunu kontrol ettim. Bu parmak izlerinin yukarıdaki kayıt sistemine gönderilmesini &amp;kabul ediyorum.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Gönderilecek parmak izleri</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Bir öğeyi dışarıda bırakmak ya da geri eklemek için Boşluk tuşuna bas.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Tam olarak gönderilecekler</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Salt okunur. Seçip kopyalayabilirsin.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>Bu parmak izlerinin gönderilmesini kabul ediyorum</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>fotoğrafın kendisi</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>döndürülmüş ve aynalanmış</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>kırpılmış</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>şeritli</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>bulanık bir arka planda</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>yazılı</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>kısaltılmış</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>ekran görüntüsü içindeki fotoğraf</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>fotoğrafı çekilmiş bir ekrandaki fotoğraf</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>video dosyası</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>videonun kareleri</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>başka bir sürüm</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 kare parmak izi: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 parmak izi: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Gönderilecek parmak izleri: %1 (fotoğraf: %2, video: %3). İsim yok, fotoğraf yok.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>Seçtiğin kayıt sistemi artık ayarlı değil.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Parmak izleri gönderiliyor…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>Parmak izleri gönderilmedi. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>Kayıt sisteminin yanıtı: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Bu bilgisayara kaydedildi. Daha sonra göndermek için Ayarlar&apos;ı, ardından Giden kutusu&apos;nu aç. Şimdi uygulamayı kapatabilir ya da baştan başlayabilirsin.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Kaydedildi. Dosyada yalnızca önceki sayfada gösterilen parmak izleri var.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Henüz gönderilmedi.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Yalnızca parmak izleri gönderilir.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Ne yapmak istersin?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tekrar dene</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>&amp;Başka bir kayıt sistemi seç</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>Sonra göndermek için &amp;kaydet</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>Parmak izi dosyasını &amp;dışa aktar…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Gönderme ilerlemesi</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Yeniden göndermeyi dene</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Başka bir kayıt sistemi seç</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Seçtiğin yere geri döner. Parmak izleri korunur.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Sonra göndermek için kaydet</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Parmak izlerini, Ayarlar&apos;dan gönderene kadar bu bilgisayarda tutar.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Parmak izi dosyasını dışa aktar</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Başka bir yolla göndermek için tam olarak aynı baytları seçtiğin bir dosyaya kaydeder.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Kayıt sistemleri</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>&amp;Dil ve görünüm</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Giden kutusu</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Parmak izlerinin gönderilebileceği yerler.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Kayıt sistemleri</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Dü&amp;zenle…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ka&amp;ldır</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Bağlantıyı &amp;test et</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Kayıt sistemi ekle</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Seçili kayıt sistemini düzenle</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Seçili kayıt sistemini kaldır</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>Seçili kayıt sistemiyle bağlantıyı test et</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Bağlantı test ediliyor…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>Bağlandı. %1 listesi var. Aldıkları: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>Bağlandı. Kayıt sisteminin adı: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Kayıt sisteminin yanıtı: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Bu bilgisayarla aynı</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>İstendiğinde &amp;bulanık önizlemelere izin ver</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>D&amp;anışman modu: her makbuzdan sonra her şeyi temizle</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>Dö&amp;ndürülmüş ve aynalanmış kopyaların parmak izlerini de gönder</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Yaygın &amp;düzenlenmiş kopyaları da engelle (kırpılmış, şeritli, ekran görüntüleri)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>D&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>İstendiğinde bulanık önizlemelere izin ver</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Danışman modu</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>Her makbuzdan sonra başvuruyla ilgili her şey temizlenir.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Döndürülmüş ve aynalanmış kopyaların parmak izlerini de gönder</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Yaygın düzenlenmiş kopyaları da engelle (kırpılmış, şeritli, ekran görüntüleri)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>Hiç yardım hattı ayarlanmadı.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Fotoğraflarının yayılmasını durdur</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>Yalnız değilsin ve bu senin suçun değil.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Bu uygulama, mahrem fotoğrafların ve videoların internette paylaşılmasını durdurmaya yardım eder.

Her dosyanın parmak izini (hash) burada, bu bilgisayarda çıkarır.

Fotoğrafların bu bilgisayardan asla çıkmaz. Yalnızca parmak izleri gönderilir.

Katılan web siteleri, kopyaları bulup engellemek için parmak izlerini kullanır.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Bu bilgisayarla aynı</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Dili hemen değiştirir.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Hemen yardım al</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Kendini güvende hissetmiyorsan ya da konuşacak birine ihtiyacın varsa buradan ulaşabilirsin:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>Daha önce parmak izi gönderdin mi?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>Başvuruyu &amp;kontrol et ya da geri çek…</translation>
    </message>
</context>
</TS>
