<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>तस्वीरों के बारे में</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>कुछ सवालों से तय होता है कि फ़िंगरप्रिंट कहाँ भेजे जाएँ।</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>जब तस्वीरें ली गईं, तब उनमें दिख रहे व्यक्ति की उम्र कितनी थी?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>18 से कम</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>18 या उससे ज़्यादा</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>यह उन तस्वीरों या वीडियो के लिए है जिनमें नग्नता, आंशिक नग्नता या यौन सामग्री हो। 18 साल की उम्र से पहले ली गई तस्वीरें कम उम्र वालों की सेवा, जैसे Take It Down, को जाती हैं। वयस्कों की तस्वीरें StopNCII.org जैसी सेवा को जाती हैं। दोनों को अलग रखा जाता है। पक्का पता नहीं? “18 से कम” चुनो।</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>यह ऐप कौन इस्तेमाल कर रहा है?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>मैं, तस्वीरें मेरी हैं</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>किसी की मदद करने वाला भरोसेमंद वयस्क</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>हेल्प सेंटर का काउंसलर</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>फ़िंगरप्रिंट यहाँ भेजो:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>रजिस्ट्री</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>जहाँ फ़िंगरप्रिंट भेजे जाते हैं।</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 से कम</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 या उससे ज़्यादा</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>मैं, तस्वीरें मेरी हैं</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>किसी की मदद करने वाला भरोसेमंद वयस्क</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>हेल्प सेंटर का काउंसलर</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>अभी कोई रजिस्ट्री इस तरह की तस्वीरें नहीं लेती। एक जोड़ने के लिए सेटिंग्स खोलो।</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>सेटिंग्स खोलो</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>जो फ़िंगरप्रिंट बन चुके हैं, वे रखे रहते हैं। जो बदलना है बदलो, फिर आगे बटन से आगे बढ़ो।</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>सेटिंग्स खोलो</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>अगर तुम्हें ऑनलाइन कोई बदली गई कॉपी मिली है (काटी गई, टेक्स्ट या स्टिकर वाली), तो उसका एक स्क्रीनशॉट भी जोड़ो।</translation>
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
        <translation>डेमो रजिस्ट्री (यह कंप्यूटर)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>फ़िंगरप्रिंट फ़ाइल एक्सपोर्ट करो</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>फ़िंगरप्रिंट फ़ाइलें (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>केस जाँचो या वापस लो</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>भेजने के बाद मिली रसीद इस्तेमाल करो: सेव की हुई रसीद फ़ाइल खोलो, या केस नंबर और गुप्त कोड लिखो।</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>सेव की हुई रसीद &amp;खोलो…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;भेजा गया:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>केस &amp;नंबर:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>&amp;गुप्त कोड:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>कोड &amp;दिखाओ</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>गुप्त कोड दिखाओ</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;जाँचो</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;वापस लो…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>यह केस वापस ले लें? वेबसाइटें इन फ़िंगरप्रिंट को ढूँढना बंद कर देंगी। मन बदल जाए, तो इन्हें फिर से भेजा जा सकता है।</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;हाँ, वापस लो</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;रहने दो</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>गुप्त कोड</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>तुम्हारी रसीद से।</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>केस नंबर</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>यह रसीद ऐसी रजिस्ट्री की है जिसमें जाँचने के लिए कोई केस नहीं है।</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (रसीद से)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>रसीद खुल गई। “जाँचो” या “वापस लो” चुनो।</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>वापस लिया जा रहा है…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>केस नंबर: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>सूची में अब भी मौजूद प्रविष्टियाँ: %2 में से %1</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>मिल गया। जुड़ी हुई वेबसाइटें इन फ़िंगरप्रिंट को ढूँढती हैं।</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>वापस ले लिया गया। वेबसाइटें अब इन फ़िंगरप्रिंट को नहीं ढूँढतीं।</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>कुछ हिस्सा वापस लिया गया। वेबसाइटें अब भी इनमें से कुछ फ़िंगरप्रिंट ढूँढती हैं।</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>रजिस्ट्री कहती है: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>स्वीकार किए गए फ़िंगरप्रिंट: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>भेजा गया: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>आख़िरी बदलाव: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 रजिस्ट्री ने कहा: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>तुमने जो जोड़ा है, उसे देखा जा रहा है…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>तस्वीर</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>वीडियो</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>समर्थित नहीं</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>तस्वीर या वीडियो नहीं</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>खुल नहीं सकती</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>चुनी गई फ़ाइल: %n (तस्वीरें: %1, वीडियो: %2)</numerusform>
            <numerusform>चुनी गई फ़ाइलें: %n (तस्वीरें: %1, वीडियो: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>चुनी गई फ़ाइल: %n (तस्वीरें: %1, वीडियो: %2, इस्तेमाल लायक नहीं: %3)</numerusform>
            <numerusform>चुनी गई फ़ाइलें: %n (तस्वीरें: %1, वीडियो: %2, इस्तेमाल लायक नहीं: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>धुंधला प्रीव्यू छिपाओ</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>प्रीव्यू छिपा है</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>इस फ़ाइल का कोई प्रीव्यू नहीं है।</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>धुंधला प्रीव्यू बन रहा है…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>चुनी गई फ़ाइल का धुंधला प्रीव्यू</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>तस्वीरें और वीडियो चुनो</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>ये इसी कंप्यूटर पर रहती हैं। इनसे सिर्फ़ फ़िंगरप्रिंट बनाए जाते हैं।</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>फ़ाइलें जोड़ो…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>फ़ोल्डर जोड़ो…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाओ</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>धुंधला प्रीव्यू दिखाओ</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>फ़ाइलें या फ़ोल्डर यहाँ खींचकर भी लाए जा सकते हैं।</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>फ़ाइलें जोड़ो</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>फ़ाइल चुनने की विंडो खोलता है।</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>फ़ोल्डर जोड़ो</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>फ़ोल्डर की हर तस्वीर और वीडियो जोड़ता है।</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>चुनी गई फ़ाइलें सूची से हटाओ</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>धुंधला प्रीव्यू दिखाओ</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>चुनी गई तस्वीर का धुंधला रूप दिखाता है। कुछ भी सेव नहीं होता।</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>चुनी गई फ़ाइलें</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>फ़ाइल हटाने के लिए Delete दबाओ।</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>तस्वीरें या वीडियो चुनो</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>तस्वीरें और वीडियो (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>फ़ोल्डर चुनो</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>सेव की हुई रसीद खोलो</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>रसीद फ़ाइलें (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>फ़िंगरप्रिंट बन रहे हैं। इसमें थोड़ा समय लग सकता है।</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>पूरी हुईं: %2 में से %1 फ़ाइलें</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>काम चल रहा है: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>काम चल रहा है…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%2 में से %1 फ़ाइलें पूरी। %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>बचे हुए समय का अंदाज़ा लगाया जा रहा है…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>एक मिनट से कम बचा है</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>लगभग %n मिनट बचा है</numerusform>
            <numerusform>लगभग %n मिनट बचे हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>रूप से मिलान के लिए बहुत सादी तस्वीरें: %n। उनकी हूबहू कॉपियाँ फिर भी मिल जाएँगी।</numerusform>
            <numerusform>रूप से मिलान के लिए बहुत सादी तस्वीरें: %n। उनकी हूबहू कॉपियाँ फिर भी मिल जाएँगी।</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>कोई फ़िंगरप्रिंट नहीं बन सका। वापस जाकर दूसरी फ़ाइलें चुनो।</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>बने फ़िंगरप्रिंट: %1। जो फ़ाइलें काम नहीं आ सकीं: %2 (नीचे दी गई हैं)।</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>सब हो गया। बने फ़िंगरप्रिंट: %n।</numerusform>
            <numerusform>सब हो गया। बने फ़िंगरप्रिंट: %n।</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>रोक दिया गया। कुछ नहीं भेजा गया। चाहो तो फिर से शुरू करो।</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>फ़िंगरप्रिंट बनाना</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>यह इसी कंप्यूटर पर होता है। अभी कुछ नहीं भेजा जा रहा।</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>तैयारी हो रही है…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>रोको</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>फिर से शुरू करो</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>ये फ़ाइलें काम नहीं आ सकीं:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>कुल प्रगति</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>मौजूदा फ़ाइल की प्रगति</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>फ़िंगरप्रिंट बनाना रोको</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>फ़िंगरप्रिंट बनाना फिर से शुरू करो</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>जो फ़ाइलें काम नहीं आ सकीं, कारण के साथ</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>यह रजिस्ट्री तस्वीरें सिर्फ़ उनके रूप वाले फ़िंगरप्रिंट से लेती है। %n तस्वीर के लिए कुछ नहीं भेजा जाएगा, वह इसके लिए बहुत सादी है।</numerusform>
            <numerusform>यह रजिस्ट्री तस्वीरें सिर्फ़ उनके रूप वाले फ़िंगरप्रिंट से लेती है। %n तस्वीरों के लिए कुछ नहीं भेजा जाएगा, वे इसके लिए बहुत सादी हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>%n तस्वीर के लिए कुछ नहीं भेजा गया: रूप वाले फ़िंगरप्रिंट के लिए बहुत सादी।</numerusform>
            <numerusform>%n तस्वीरों के लिए कुछ नहीं भेजा गया: रूप वाले फ़िंगरप्रिंट के लिए बहुत सादी।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n वीडियो सिर्फ़ हूबहू फ़िंगरप्रिंट से दर्ज हुआ: दोबारा एनकोड की गई कॉपियाँ नहीं मिलेंगी।</numerusform>
            <numerusform>%n वीडियो सिर्फ़ हूबहू फ़िंगरप्रिंट से दर्ज हुए: दोबारा एनकोड की गई कॉपियाँ नहीं मिलेंगी।</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>इस सूची का इस्तेमाल करने वाले प्लेटफ़ॉर्म कुछ ही मिनटों में इन्हें पहचान सकते हैं।</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>रसीद की फ़ाइल सेव करो: जाँचने या वापस लेने के लिए इसकी ज़रूरत है, क्योंकि इसकी सूची की प्रविष्टियाँ हाथ से टाइप नहीं की जा सकतीं।</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>सब कुछ साफ़ कर दिया गया। चाहो तो फिर से शुरू करो।</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>नए सिरे से शुरू</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>नए सिरे से शुरू करें?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>इस केस की हर चीज़ ऐप से साफ़ हो जाएगी: फ़ाइलों की सूची और फ़िंगरप्रिंट। तुम्हारी फ़ाइलें अपनी जगह पर रहेंगी।</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>केस नंबर और गुप्त कोड अब नहीं दिखेंगे। पक्का कर लो कि तुमने उन्हें सेव, प्रिंट या कॉपी कर लिया है।</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;जारी रखो</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>नए सिरे से शुरू करो और सब साफ़ करो</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजो</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>समाप्त</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>फ़ाइल खाली है।</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>फ़ाइल अधूरी है। शायद यह पूरी डाउनलोड नहीं हुई।</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>फ़ाइल खराब है और तस्वीर या वीडियो की तरह पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>यह तस्वीर या वीडियो नहीं है।</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>इस तरह की फ़ाइल अभी समर्थित नहीं है।</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>फ़ाइल खुल नहीं सकती। शायद यह इस्तेमाल में है, या तुम्हें इसकी अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>फ़ाइल अब वहाँ नहीं है। शायद इसे कहीं और ले जाया गया या मिटा दिया गया।</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>तस्वीर इतनी बड़ी है कि उस पर सुरक्षित रूप से काम नहीं हो सकता।</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>एक फ़ोल्डर खुल नहीं सका, इसलिए उसकी फ़ाइलें छोड़ दी गईं।</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>एक फ़ोल्डर शॉर्टकट वापस उसी फ़ोल्डर में ले जाता है, इसलिए उसे छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>इस फ़ाइल में कोई वीडियो नहीं है। शायद इसमें सिर्फ़ आवाज़ है।</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>इस वीडियो से कोई तस्वीर नहीं पढ़ी जा सकी।</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>वीडियो यह नहीं बताता कि वह किस रफ़्तार से चलता है, इसलिए सामान्य रफ़्तार मान ली गई। उसका फ़िंगरप्रिंट फिर भी बन गया।</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>तुम्हारे कहने पर रोक दिया गया।</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>इस फ़ाइल को पढ़ते समय रीडर रुक गया। शायद फ़ाइल खराब है।</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>इस फ़ाइल के साथ कुछ गड़बड़ हो गई।</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>लगता है यह कंप्यूटर ऑफ़लाइन है। इंटरनेट कनेक्शन जाँचो।</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>रजिस्ट्री तक पहुँचा नहीं जा सका। शायद वह बंद है, या पता गलत है।</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>रजिस्ट्री ने जवाब देने में बहुत देर लगा दी।</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>रजिस्ट्री का सुरक्षा सर्टिफ़िकेट जाँचा नहीं जा सका, इसलिए कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>यह पता सुरक्षित नहीं है (इसे https:// से शुरू होना चाहिए), इसलिए कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>रजिस्ट्री का पता सही नहीं है।</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>रजिस्ट्री ने अनपेक्षित जवाब दिया।</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>रजिस्ट्री अभी व्यस्त है। कृपया थोड़ी देर बाद फिर कोशिश करो।</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>रजिस्ट्री की तरफ़ कोई समस्या हुई। कृपया बाद में फिर कोशिश करो।</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>रजिस्ट्री का जवाब समझ नहीं आया।</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>रजिस्ट्री का जवाब लेने के लिए बहुत बड़ा था।</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>रजिस्ट्री ने एक्सेस कोड नहीं माना। इसे सेटिंग्स में जाँचो।</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>हमें यह केस नहीं मिला। केस नंबर और गुप्त कोड जाँच लो।</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>रजिस्ट्री के पास इस कुंजी के साथ पहले से एक अलग सबमिशन है।</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>रजिस्ट्री ने अनुरोध नहीं माना।</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>यह रजिस्ट्री इसका समर्थन नहीं करती।</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>फ़िंगरप्रिंट फ़ाइल सही नहीं है।</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>इस रजिस्ट्री में %1 नाम की कोई सूची नहीं है। सेटिंग्स में सूची का नाम जाँचो।</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>HMA सूची का नाम बड़े अक्षरों, अंकों और अंडरस्कोर से लिखा जाता है, जैसे NCII_REPORTS।</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>इस रजिस्ट्री में %1 नाम की सूची पहले से है।</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>कुछ नहीं भेजा गया। ये तस्वीरें रूप वाले फ़िंगरप्रिंट के लिए बहुत सादी हैं, और यह रजिस्ट्री तस्वीरें सिर्फ़ इसी तरह लेती है।</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>इस पते पर कुछ जवाब देता है, पर यह चुनी गई तरह की रजिस्ट्री नहीं है। पता और तरह जाँचो।</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>तुम्हारी सेटिंग्स पढ़ी नहीं जा सकीं, इसलिए डिफ़ॉल्ट सेटिंग्स इस्तेमाल हो रही हैं।</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>फ़ाइल वहाँ सेव नहीं हो सकी। कोई और जगह आज़माओ।</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>प्रिंट नहीं हो पाया।</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>कृपया बताओ कि वह व्यक्ति 18 से कम था या वयस्क।</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>कृपया बताओ कि ऐप कौन इस्तेमाल कर रहा है।</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>भेजने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>एक फ़िंगरप्रिंट सही नहीं है। कृपया फ़िंगरप्रिंट फिर से बनाओ।</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>एक साथ भेजने के लिए यह बहुत ज़्यादा है। कृपया एक बार में कम फ़ाइलें भेजो।</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>यह रसीद फ़ाइल नहीं है, या खराब है।</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>रसीद फ़ाइल खुल नहीं सकी।</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>कुछ गड़बड़ हो गई। तुम्हारा किया कुछ भी खोया नहीं; कृपया फिर कोशिश करो।</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>फ़िंगरप्रिंट बाद में भेजने के लिए सेव हो गए। भेजे जाने के बाद ये मिटा दिए जाते हैं।</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>सेव किए गए सबमिशन</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>अभी भेजो</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>मिटाओ</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>सब मिटाओ</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>चुना गया सबमिशन अभी भेजो</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>चुना गया सबमिशन मिटाओ</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>सेव किए गए सभी सबमिशन मिटाओ</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, %2 को, आइटम: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>भेजने के लिए कुछ बाकी नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>खराब सेव किए गए सबमिशन, जो भेजे नहीं जा सकते: %n</numerusform>
            <numerusform>खराब सेव किए गए सबमिशन, जो भेजे नहीं जा सकते: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>इस सबमिशन की रजिस्ट्री अब सेट नहीं है।</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>भेज दिया गया।</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>तुम्हारी रसीद</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>भेज दिया गया। केस नंबर और कोड सुरक्षित रखो।</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 रजिस्ट्री ने कहा: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>मिटा दिया गया।</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>सब मिटाओ</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>सेव किए गए सभी सबमिशन मिटा दें? वे भेजे नहीं जाएँगे।</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>बाद में भेजने के लिए सेव किया गया सब कुछ मिटा दिया गया।</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>रजिस्ट्री</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>Take It Down रजिस्ट्री API</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Hasher-Matcher-Actioner (HMA) बैंक</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>मौजूदा रखने के लिए खाली छोड़ दो</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>सिर्फ़ तब, जब रजिस्ट्री ने तुम्हें दिया हो</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>वैकल्पिक: इस रजिस्ट्री के लिए सर्टिफ़िकेट फ़ाइल</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>पता:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>बैंक (सिर्फ़ HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>एक्सेस कोड:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>सर्टिफ़िकेट फ़ाइल:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>तस्वीरें लेता है:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>कृपया रजिस्ट्री को एक नाम दो।</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>किसी और रजिस्ट्री का पहले से यही नाम है।</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>कम से कम एक तरह की तस्वीरें चुनो जो यह रजिस्ट्री लेती है।</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>कृपया HMA बैंक का नाम लिखो।</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>यहाँ देखो:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>फ़ाइल का प्रकार:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करो</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजो</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>पूरा करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>पीछे जाओ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>जारी रखो</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>भेज दिया गया। तुम्हारी रसीद</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>केस नंबर और कोड किसी सुरक्षित और निजी जगह पर रखो।</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>फ़िंगरप्रिंट भेज दिए गए। तुम्हारी तस्वीरें इसी कंप्यूटर पर रहीं।</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>आगे क्या होगा</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>जुड़ी हुई वेबसाइटें नए अपलोड को तुम्हारे फ़िंगरप्रिंट से मिलाएँगी और मिलती हुई कॉपियों को रोक सकती हैं। इसमें कुछ समय लग सकता है, और हर वेबसाइट इसमें शामिल नहीं है। केस नंबर और कोड से तुम अपने केस की स्थिति देख सकते हो या उसे वापस ले सकते हो।</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>ज़रूरी: कृपया ये तस्वीरें या वीडियो खुद कहीं भी पोस्ट मत करना। पोस्ट रोकी जा सकती है और तुम्हारे अकाउंट पर निशान लग सकता है।</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>काउंसलर मोड: जब तुम नए सिरे से शुरू करो या ऐप बंद करो, इस केस से जुड़ा सब कुछ साफ़ हो जाता है। इस कंप्यूटर पर कुछ नहीं रखा जाता।</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>रसीद सहेजी नहीं गई है</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>केस नंबर और गुप्त कोड न सहेजे गए, न प्रिंट हुए, न कॉपी हुए। सब कुछ साफ़ होने के बाद उन्हें फिर से नहीं दिखाया जा सकता। पक्का कर लो कि वह व्यक्ति उन्हें रख चुका है।</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>सब कुछ साफ़ करो</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>तुमने अपना केस नंबर और गुप्त कोड न सहेजा, न प्रिंट किया, न कॉपी किया। इनके बिना तुम बाद में यह केस न देख पाओगे, न वापस ले पाओगे।</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>बिना सहेजे बंद करो</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>रसीद पर वापस जाओ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>केस नंबर: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>गुप्त कोड: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Take It Down रसीद

केस नंबर: %1
गुप्त कोड: %2
रजिस्ट्री: %3 (%4)
भेजा गया: %5

इसे सुरक्षित और निजी रखो। केस नंबर और कोड से तुम बाद में अपने केस की स्थिति देख सकते हो या उसे वापस ले सकते हो।</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>कॉपी हो गया। इसे किसी सुरक्षित जगह पेस्ट करो।</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>रसीद सेव करो</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>रसीद फ़ाइलें (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सेव हो गया।</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>रसीद प्रिंट करो</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>प्रिंटर को भेज दिया गया।</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>केस नंबर:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>गुप्त कोड:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>भेजा गया:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>सेव करो…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>केस नंबर और कोड कॉपी करो</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>रसीद को फ़ाइल में सेव करो</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>अभी जवाब नहीं आया। फिर से कोशिश (%2 में से %1)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>सटीक बाइट छिपाओ</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>सटीक बाइट दिखाओ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>वीडियो</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>तस्वीर</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>सूची बदल गई, इसलिए “मैं सहमत हूँ” वाले बॉक्स का निशान हटा दिया गया। इसे फिर से देख लो।</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>साइज़: %Ln बाइट</numerusform>
            <numerusform>साइज़: %Ln बाइट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>भेजने के लिए आइटम: %n</numerusform>
            <numerusform>भेजने के लिए आइटम: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>छोड़ी गई हूबहू कॉपी: %n</numerusform>
            <numerusform>छोड़ी गई हूबहू कॉपियाँ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>रूप से मिलान के लिए बहुत सादी (सिर्फ़ हूबहू कॉपियाँ): %n</numerusform>
            <numerusform>रूप से मिलान के लिए बहुत सादी (सिर्फ़ हूबहू कॉपियाँ): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>भेजने के लिए कुछ भी चुना नहीं गया है।</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>कहाँ भेजा जाएगा: %1
पता: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>भेजने से पहले जाँच लो</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>जो नहीं भेजना है, उसका निशान हटा दो। फ़ाइलों के नाम कभी नहीं भेजे जाते।</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>भेजो</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>भेजने के लिए फ़िंगरप्रिंट:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>फ़ाइल (भेजी नहीं जाती)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>ठीक यही भेजा जाएगा:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>मैंने यह जाँच लिया है। मैं ये फ़िंगरप्रिंट ऊपर दी गई रजिस्ट्री को भेजने के लिए सहमत हूँ।</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>भेजने के लिए फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>किसी आइटम को हटाने या वापस लाने के लिए Space दबाओ।</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>ठीक यही भेजा जाएगा</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>सिर्फ़ पढ़ने के लिए। इसे चुनकर कॉपी किया जा सकता है।</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>मैं ये फ़िंगरप्रिंट भेजने के लिए सहमत हूँ</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>खुद तस्वीर</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>घुमाई और पलटी हुई</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>काटी हुई</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>पट्टियों के साथ</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>धुंधली पृष्ठभूमि पर</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>लिखे शब्दों के साथ</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>छोटी की हुई</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>स्क्रीनशॉट के अंदर की तस्वीर</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>फ़ोटो में दिखी स्क्रीन पर की तस्वीर</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>वीडियो फ़ाइल</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>वीडियो के फ़्रेम</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>कोई और रूप</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 फ़्रेम फ़िंगरप्रिंट: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 फ़िंगरप्रिंट: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>भेजने के लिए फ़िंगरप्रिंट: %1 (तस्वीरें: %2, वीडियो: %3)। कोई नाम नहीं, कोई तस्वीर नहीं।</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>तुमने जो रजिस्ट्री चुनी थी, वह अब सेट नहीं है।</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>फ़िंगरप्रिंट भेजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>फ़िंगरप्रिंट नहीं भेजे गए। %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>रजिस्ट्री ने कहा: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>इस कंप्यूटर पर सेव हो गया। बाद में भेजने के लिए सेटिंग्स खोलो, फिर आउटबॉक्स। अब चाहो तो ऐप बंद करो या नए सिरे से शुरू करो।</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>सेव हो गया। फ़ाइल में सिर्फ़ वही फ़िंगरप्रिंट हैं जो पिछले पेज पर दिखाए गए थे।</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>अभी भेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>भेजना</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>सिर्फ़ फ़िंगरप्रिंट भेजे जाते हैं।</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>अब क्या करना है?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>फिर कोशिश करो</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>&amp;दूसरी रजिस्ट्री चुनो</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>बाद में भेजने के लिए सेव करो</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>फ़िंगरप्रिंट फ़ाइल एक्सपोर्ट करो…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>भेजने की प्रगति</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>फिर से भेजने की कोशिश करो</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>दूसरी रजिस्ट्री चुनो</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>वहाँ वापस ले जाता है जहाँ तुमने इसे चुना था। फ़िंगरप्रिंट रखे रहते हैं।</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>बाद में भेजने के लिए सेव करो</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>फ़िंगरप्रिंट इस कंप्यूटर पर रखता है, जब तक तुम उन्हें सेटिंग्स से भेज न दो।</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>फ़िंगरप्रिंट फ़ाइल एक्सपोर्ट करो</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>ठीक वही बाइट तुम्हारी चुनी हुई फ़ाइल में सेव करता है, ताकि उन्हें किसी और तरीके से भेजा जा सके।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>रजिस्ट्रियाँ</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>भाषा और रूप</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>आउटबॉक्स</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>जहाँ फ़िंगरप्रिंट भेजे जा सकते हैं।</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>रजिस्ट्रियाँ</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>जोड़ो…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>बदलो…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>हटाओ</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>कनेक्शन जाँचो</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>रजिस्ट्री जोड़ो</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>चुनी गई रजिस्ट्री बदलो</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>चुनी गई रजिस्ट्री हटाओ</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>चुनी गई रजिस्ट्री से कनेक्शन जाँचो</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>कनेक्शन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>जुड़ गया। सूची %1 मौजूद है। यह लेती है: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>जुड़ गया। रजिस्ट्री का नाम: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 रजिस्ट्री ने कहा: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>इस कंप्यूटर जैसी</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>लाइट</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>डार्क</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>माँगने पर धुंधले प्रीव्यू की अनुमति दो</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>काउंसलर मोड: हर रसीद के बाद सब कुछ साफ़ करो</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>घुमाई और पलटी गई कॉपियों के फ़िंगरप्रिंट भी भेजो</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>आम तौर पर बदली गई कॉपियाँ भी रोको (काटी गई, पट्टियों वाली, स्क्रीनशॉट)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>थीम:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>माँगने पर धुंधले प्रीव्यू की अनुमति दो</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>काउंसलर मोड</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>हर रसीद के बाद, केस से जुड़ा सब कुछ साफ़ हो जाता है।</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>घुमाई और पलटी गई कॉपियों के फ़िंगरप्रिंट भी भेजो</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>आम तौर पर बदली गई कॉपियाँ भी रोको (काटी गई, पट्टियों वाली, स्क्रीनशॉट)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>कोई हेल्पलाइन सेट नहीं है।</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>अपनी तस्वीरों को फैलने से रोको</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>तुम अकेले नहीं हो, और इसमें तुम्हारी कोई गलती नहीं है।</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>यह ऐप निजी तस्वीरों और वीडियो को ऑनलाइन फैलने से रोकने में मदद करता है।

यह हर फ़ाइल का एक फ़िंगरप्रिंट (हैश) बनाता है, यहीं इसी कंप्यूटर पर।

तुम्हारी तस्वीरें कभी इस कंप्यूटर से बाहर नहीं जातीं। सिर्फ़ फ़िंगरप्रिंट भेजे जाते हैं।

जुड़ी हुई वेबसाइटें इन फ़िंगरप्रिंट से कॉपियाँ ढूँढकर रोक देती हैं।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>इस कंप्यूटर जैसी</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>भाषा तुरंत बदल देता है।</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>अभी मदद लो</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>अगर तुम्हें असुरक्षित लगे या किसी से बात करनी हो, तो यहाँ मदद मिल सकती है:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>क्या पहले फ़िंगरप्रिंट भेजे थे?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>केस जाँचो या &amp;वापस लो…</translation>
    </message>
</context>
</TS>
