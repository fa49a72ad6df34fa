<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>ছবিগুলোর ব্যাপারে</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>কয়েকটি প্রশ্নের উত্তরে ঠিক হবে ফিঙ্গারপ্রিন্ট কোথায় যাবে।</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>ছবিগুলো তোলার সময় ছবির মানুষটির বয়স কত ছিল?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>18 বছরের কম</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>18 বা তার বেশি</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>এটি নগ্ন, আংশিক নগ্ন বা যৌন বিষয়ের ছবি বা ভিডিওর জন্য। 18 বছর হওয়ার আগে তোলা ছবি যায় কমবয়সীদের জন্য কোনো সেবায়, যেমন Take It Down। প্রাপ্তবয়স্কদের ছবি যায় StopNCII.org-এর মতো সেবায়। দুটো আলাদা রাখা হয়। নিশ্চিত নও? “18 বছরের কম” বেছে নাও।</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>এই অ্যাপটি কে ব্যবহার করছে?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>আমি, ছবিগুলো আমার</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>কাউকে সাহায্য করছেন এমন বিশ্বস্ত বড় কেউ</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>সহায়তা কেন্দ্রের একজন কাউন্সেলর</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>ফিঙ্গারপ্রিন্ট পাঠানো হবে:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>রেজিস্ট্রি</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>যেখানে ফিঙ্গারপ্রিন্ট পাঠানো হয়।</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 বছরের কম</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 বা তার বেশি</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>আমি, ছবিগুলো আমার</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>কাউকে সাহায্য করছেন এমন বিশ্বস্ত বড় কেউ</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>সহায়তা কেন্দ্রের একজন কাউন্সেলর</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>এই ধরনের ছবি নেয় এমন কোনো রেজিস্ট্রি এখনও নেই। একটি যোগ করতে সেটিংস খোলো।</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>সেটিংস খোলো</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>যে ফিঙ্গারপ্রিন্টগুলো তৈরি হয়ে গেছে সেগুলো রাখা থাকে। যা বদলানো দরকার বদলাও, তারপর পরবর্তী দিয়ে এগিয়ে যাও।</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>সেটিংস খোলো</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>অনলাইনে কোনো সম্পাদিত কপি পেলে (কাটা, লেখা বা স্টিকার দেওয়া), তার একটি স্ক্রিনশটও যোগ করো।</translation>
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
        <translation>ডেমো রেজিস্ট্রি (এই কম্পিউটার)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>ফিঙ্গারপ্রিন্ট ফাইল এক্সপোর্ট করো</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>ফিঙ্গারপ্রিন্ট ফাইল (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>কেসের খবর নাও বা কেস তুলে নাও</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>পাঠানোর পর যে রসিদ পেয়েছিলে, সেটি ব্যবহার করো: সেভ করা রসিদ ফাইলটি খোলো, অথবা কেস নম্বর আর গোপন কোড লেখো।</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>সেভ করা রসিদ খোলো(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>পাঠানো হয়েছে(&amp;S):</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>কেস নম্বর(&amp;N):</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>গোপন কোড(&amp;C):</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>কোড দেখাও(&amp;D)</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>গোপন কোড দেখাও</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>খবর নাও(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>তুলে নাও(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>এই কেসটি তুলে নেবে? ওয়েবসাইটগুলো আর এই ফিঙ্গারপ্রিন্টগুলো খুঁজবে না। মত বদলালে তুমি আবার এগুলো পাঠাতে পারবে।</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>হ্যাঁ, তুলে নাও(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>রেখে দাও(&amp;K)</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>গোপন কোড</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>তোমার রসিদে আছে।</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>কেস নম্বর</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>এই রসিদটি এমন একটি রেজিস্ট্রির, যেখানে খবর নেওয়ার মতো কোনো কেস নেই।</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (রসিদ থেকে)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>রসিদ খোলা হয়েছে। “খবর নাও” বা “তুলে নাও” বেছে নাও।</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>খবর নেওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>তুলে নেওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>কেস নম্বর: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>তালিকায় এখনও থাকা এন্ট্রি: %2টির মধ্যে %1টি</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>গ্রহণ করা হয়েছে। যে ওয়েবসাইটগুলো এতে যুক্ত, তারা এই ফিঙ্গারপ্রিন্টগুলো খোঁজে।</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>তুলে নেওয়া হয়েছে। ওয়েবসাইটগুলো আর এই ফিঙ্গারপ্রিন্টগুলো খোঁজে না।</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>আংশিক তুলে নেওয়া হয়েছে। ওয়েবসাইটগুলো এখনও এর কিছু ফিঙ্গারপ্রিন্ট খোঁজে।</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>রেজিস্ট্রি বলছে: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>গ্রহণ করা ফিঙ্গারপ্রিন্ট: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>পাঠানো হয়েছে: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>শেষ পরিবর্তন: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 রেজিস্ট্রি বলেছে: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>তুমি যা যোগ করেছ তা দেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ভিডিও</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>সমর্থিত নয়</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>ছবি বা ভিডিও নয়</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>খোলা যাচ্ছে না</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>বেছে নেওয়া ফাইল: %n (ছবি: %1, ভিডিও: %2)</numerusform>
            <numerusform>বেছে নেওয়া ফাইল: %n (ছবি: %1, ভিডিও: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>বেছে নেওয়া ফাইল: %n (ছবি: %1, ভিডিও: %2, ব্যবহারযোগ্য নয়: %3)</numerusform>
            <numerusform>বেছে নেওয়া ফাইল: %n (ছবি: %1, ভিডিও: %2, ব্যবহারযোগ্য নয়: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>ঝাপসা প্রিভিউ লুকাও</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>প্রিভিউ লুকানো</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>এই ফাইলের কোনো প্রিভিউ নেই।</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>ঝাপসা প্রিভিউ তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>বেছে নেওয়া ফাইলের ঝাপসা প্রিভিউ</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>ছবি আর ভিডিও বেছে নাও</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>এগুলো এই কম্পিউটারেই থাকবে। শুধু এগুলোর ফিঙ্গারপ্রিন্ট তৈরি হবে।</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>ফাইল যোগ করো…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>ফোল্ডার যোগ করো…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>সরাও</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>ঝাপসা প্রিভিউ দেখাও</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>তুমি ফাইল বা ফোল্ডার এখানে টেনেও আনতে পারো।</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>ফাইল যোগ করো</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>ফাইল বাছার উইন্ডো খোলে।</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>ফোল্ডার যোগ করো</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>একটি ফোল্ডারের সব ছবি আর ভিডিও যোগ করে।</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>বেছে নেওয়া ফাইলগুলো তালিকা থেকে সরাও</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>ঝাপসা প্রিভিউ দেখাও</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>বেছে নেওয়া ছবির একটি ঝাপসা রূপ দেখায়। কিছুই সেভ হয় না।</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>বেছে নেওয়া ফাইল</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>কোনো ফাইল সরাতে Delete চাপো।</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>ছবি বা ভিডিও বেছে নাও</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>ছবি ও ভিডিও (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>একটি ফোল্ডার বেছে নাও</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>সেভ করা রসিদ খোলো</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>রসিদ ফাইল (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>ফিঙ্গারপ্রিন্ট তৈরি হচ্ছে। একটু সময় লাগতে পারে।</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>থামানো হচ্ছে…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>হয়েছে: %2টি ফাইলের মধ্যে %1টি</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>কাজ চলছে: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>কাজ চলছে…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%2টি ফাইলের মধ্যে %1টি হয়েছে। %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>বাকি সময় হিসাব করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>এক মিনিটেরও কম বাকি</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>প্রায় %n মিনিট বাকি</numerusform>
            <numerusform>প্রায় %n মিনিট বাকি</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>এত সাদামাটা ছবি যে দেখে মেলানো যায় না: %n। হুবহু কপিগুলো তবুও খুঁজে পাওয়া যাবে।</numerusform>
            <numerusform>এত সাদামাটা ছবি যে দেখে মেলানো যায় না: %n। হুবহু কপিগুলো তবুও খুঁজে পাওয়া যাবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>কোনো ফিঙ্গারপ্রিন্ট তৈরি করা যায়নি। পিছনে গিয়ে অন্য ফাইল বেছে নাও।</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>তৈরি হওয়া ফিঙ্গারপ্রিন্ট: %1। যে ফাইলগুলো ব্যবহার করা যায়নি: %2 (নিচে তালিকা)।</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>সব হয়ে গেছে। তৈরি হওয়া ফিঙ্গারপ্রিন্ট: %n।</numerusform>
            <numerusform>সব হয়ে গেছে। তৈরি হওয়া ফিঙ্গারপ্রিন্ট: %n।</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>থামানো হয়েছে। কিছুই পাঠানো হয়নি। তুমি আবার শুরু করতে পারো।</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>ফিঙ্গারপ্রিন্ট তৈরি</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>এটি এই কম্পিউটারেই হয়। এখনও কিছু পাঠানো হয়নি।</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>প্রস্তুত হচ্ছে…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>থামাও</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>আবার শুরু করো</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>এই ফাইলগুলো ব্যবহার করা যায়নি:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>মোট অগ্রগতি</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>বর্তমান ফাইলের অগ্রগতি</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>ফিঙ্গারপ্রিন্ট তৈরি থামাও</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>আবার ফিঙ্গারপ্রিন্ট তৈরি শুরু করো</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>যে ফাইলগুলো ব্যবহার করা যায়নি, কারণসহ</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>এই রেজিস্ট্রি ছবি শুধু দেখে-মেলানো ফিঙ্গারপ্রিন্ট দিয়ে নেয়। খুব সাদামাটা %nটি ছবির জন্য কিছুই পাঠানো হবে না।</numerusform>
            <numerusform>এই রেজিস্ট্রি ছবি শুধু দেখে-মেলানো ফিঙ্গারপ্রিন্ট দিয়ে নেয়। খুব সাদামাটা %nটি ছবির জন্য কিছুই পাঠানো হবে না।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>%nটি ছবির জন্য কিছুই পাঠানো হয়নি: দেখে-মেলানো ফিঙ্গারপ্রিন্টের জন্য খুব সাদামাটা।</numerusform>
            <numerusform>%nটি ছবির জন্য কিছুই পাঠানো হয়নি: দেখে-মেলানো ফিঙ্গারপ্রিন্টের জন্য খুব সাদামাটা।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%nটি ভিডিও শুধু হুবহু ফিঙ্গারপ্রিন্ট দিয়ে তালিকাভুক্ত: নতুন করে এনকোড করা কপি মিলবে না।</numerusform>
            <numerusform>%nটি ভিডিও শুধু হুবহু ফিঙ্গারপ্রিন্ট দিয়ে তালিকাভুক্ত: নতুন করে এনকোড করা কপি মিলবে না।</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>যে প্ল্যাটফর্মগুলো এই তালিকা ব্যবহার করে, তারা কয়েক মিনিটের মধ্যে এগুলো চিনতে পারবে।</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>রসিদের ফাইলটি সেভ করো: দেখতে বা তুলে নিতে এটি লাগবে, কারণ এর তালিকার এন্ট্রিগুলো হাতে টাইপ করা যায় না।</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>সব মুছে ফেলা হয়েছে। তুমি আবার শুরু করতে পারো।</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>নতুন করে শুরু</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>নতুন করে শুরু করবে?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>এই কেসের সবকিছু অ্যাপ থেকে মুছে যাবে: ফাইলের তালিকা আর ফিঙ্গারপ্রিন্ট। তোমার ফাইলগুলো যেখানে আছে সেখানেই থাকবে।</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>কেস নম্বর আর গোপন কোড আর দেখানো হবে না। নিশ্চিত হও যে তুমি সেগুলো সেভ, প্রিন্ট বা কপি করেছ।</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>চালিয়ে যাও(&amp;K)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>সব মুছে নতুন করে শুরু করো</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>পিছনে</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>পরবর্তী</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>পাঠাও</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>শেষ</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>ফাইলটি খালি।</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>ফাইলটি অসম্পূর্ণ। হয়তো ডাউনলোড শেষ হয়নি।</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>ফাইলটি নষ্ট, তাই ছবি বা ভিডিও হিসেবে পড়া যাচ্ছে না।</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>এটি ছবি বা ভিডিও নয়।</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>এই ধরনের ফাইল এখনও সমর্থিত নয়।</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>ফাইলটি খোলা যাচ্ছে না। হয়তো এটি ব্যবহার হচ্ছে, বা তোমার অনুমতি নেই।</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>ফাইলটি আর সেখানে নেই। হয়তো সরানো বা মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>ছবিটি নিরাপদে কাজ করার জন্য খুব বড়।</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>একটি ফোল্ডার খোলা যায়নি, তাই এর ফাইলগুলো বাদ দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>একটি ফোল্ডার শর্টকাট নিজের দিকেই ফিরে আসে, তাই এটি বাদ দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>ফাইলটিতে কোনো ভিডিও নেই। হয়তো শুধু শব্দ আছে।</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>এই ভিডিও থেকে কোনো ছবি পড়া যায়নি।</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>ভিডিওটি কত দ্রুত চলে তা বলে না, তাই স্বাভাবিক গতি ধরে নেওয়া হয়েছে। তবুও ফিঙ্গারপ্রিন্ট তৈরি হয়েছে।</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>তুমি যেমন বলেছ, থামানো হয়েছে।</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>এই ফাইলটি পড়তে গিয়ে রিডার থেমে গেছে। ফাইলটি হয়তো নষ্ট।</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>এই ফাইলে কিছু একটা সমস্যা হয়েছে।</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>এই কম্পিউটারটি মনে হয় অফলাইন। ইন্টারনেট সংযোগ দেখো।</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>রেজিস্ট্রিতে পৌঁছানো যায়নি। হয়তো এটি বন্ধ আছে, বা ঠিকানা ভুল।</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>রেজিস্ট্রি উত্তর দিতে খুব বেশি সময় নিয়েছে।</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>রেজিস্ট্রির নিরাপত্তা সার্টিফিকেট যাচাই করা যায়নি, তাই কিছুই পাঠানো হয়নি।</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>এই ঠিকানাটি নিরাপদ নয় (এটি https:// দিয়ে শুরু হতে হবে), তাই কিছুই পাঠানো হয়নি।</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>রেজিস্ট্রির ঠিকানাটি সঠিক নয়।</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>রেজিস্ট্রি অপ্রত্যাশিত উত্তর দিয়েছে।</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>রেজিস্ট্রি এখন ব্যস্ত। একটু পরে আবার চেষ্টা করো।</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>রেজিস্ট্রির দিকে একটি সমস্যা হয়েছে। পরে আবার চেষ্টা করো।</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>রেজিস্ট্রির উত্তর বোঝা যায়নি।</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>রেজিস্ট্রির উত্তর নেওয়ার জন্য খুব বড় ছিল।</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>রেজিস্ট্রি অ্যাক্সেস কোডটি গ্রহণ করেনি। সেটিংসে দেখে নাও।</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>আমরা এই কেসটি খুঁজে পাইনি। কেস নম্বর আর গোপন কোড মিলিয়ে দেখো।</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>রেজিস্ট্রিতে এই কী দিয়ে আগে থেকেই আরেকটি জমা আছে।</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>রেজিস্ট্রি অনুরোধটি গ্রহণ করেনি।</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>এই রেজিস্ট্রি এটি সমর্থন করে না।</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>ফিঙ্গারপ্রিন্ট ফাইলটি সঠিক নয়।</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>এই রেজিস্ট্রিতে %1 নামে কোনো তালিকা নেই। সেটিংসে তালিকার নামটি দেখে নাও।</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>HMA তালিকার নাম বড় হাতের অক্ষর, সংখ্যা আর আন্ডারস্কোর দিয়ে লেখা হয়, যেমন NCII_REPORTS।</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>এই রেজিস্ট্রিতে %1 নামে একটি তালিকা আগে থেকেই আছে।</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>কিছুই পাঠানো হয়নি। এই ছবিগুলো দেখে-মেলানো ফিঙ্গারপ্রিন্টের জন্য খুব সাদামাটা, আর এই রেজিস্ট্রি ছবি শুধু এভাবেই নেয়।</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>এই ঠিকানায় কিছু একটা সাড়া দেয়, কিন্তু সেটি সেট করা ধরনের রেজিস্ট্রি নয়। ঠিকানা আর ধরন দেখে নাও।</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>তোমার সেটিংস পড়া যায়নি, তাই ডিফল্ট সেটিংস ব্যবহার হচ্ছে।</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>ফাইলটি সেখানে সেভ করা যায়নি। অন্য কোনো জায়গা চেষ্টা করো।</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>প্রিন্ট করা যায়নি।</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>মানুষটি 18-র কম ছিল নাকি প্রাপ্তবয়স্ক, তা বলো।</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>অ্যাপটি কে ব্যবহার করছে, তা বলো।</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>পাঠানোর মতো কিছু নেই।</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>একটি ফিঙ্গারপ্রিন্ট সঠিক নয়। আবার ফিঙ্গারপ্রিন্ট তৈরি করো।</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>একবারে পাঠানোর জন্য এটা অনেক বেশি। একবারে কম ফাইল পাঠাও।</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>এটি রসিদ ফাইল নয়, অথবা নষ্ট।</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>রসিদ ফাইলটি খোলা যায়নি।</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>কিছু একটা ভুল হয়েছে। তোমার কোনো কাজ হারায়নি; আবার চেষ্টা করো।</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>পরে পাঠানোর জন্য ফিঙ্গারপ্রিন্ট সেভ করা আছে। পাঠানো হয়ে গেলে এগুলো মুছে যায়।</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>সেভ করা জমা</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>এখনই পাঠাও</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>মুছে ফেলো</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>সব মুছে ফেলো</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>বেছে নেওয়া জমাটি এখনই পাঠাও</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>বেছে নেওয়া জমাটি মুছে ফেলো</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>সেভ করা সব জমা মুছে ফেলো</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, %2-এ, আইটেম: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>পাঠানোর জন্য কিছু অপেক্ষায় নেই।</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>সেভ করা যে জমাগুলো নষ্ট এবং পাঠানো যাবে না: %n</numerusform>
            <numerusform>সেভ করা যে জমাগুলো নষ্ট এবং পাঠানো যাবে না: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>এই জমার রেজিস্ট্রিটি আর সেট করা নেই।</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>পাঠানো হয়েছে।</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>তোমার রসিদ</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>পাঠানো হয়েছে। কেস নম্বর আর কোডটি নিরাপদে রাখো।</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 রেজিস্ট্রি বলেছে: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>সব মুছে ফেলো</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>সেভ করা সব জমা মুছে ফেলবে? এগুলো আর পাঠানো হবে না।</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>পরে পাঠানোর জন্য সেভ করা সবকিছু মুছে ফেলা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>রেজিস্ট্রি</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>Take It Down রেজিস্ট্রি API</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Hasher-Matcher-Actioner (HMA) ব্যাংক</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>এখনকারটি রাখতে খালি রাখো</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>শুধু যদি রেজিস্ট্রি তোমাকে একটি দিয়ে থাকে</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>ঐচ্ছিক: এই রেজিস্ট্রির জন্য একটি সার্টিফিকেট ফাইল</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ধরন:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ঠিকানা:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>ব্যাংক (শুধু HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>অ্যাক্সেস কোড:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>সার্টিফিকেট ফাইল:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>ছবি নেয়:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>রেজিস্ট্রিটির একটি নাম দাও।</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>এই নামে আরেকটি রেজিস্ট্রি আগে থেকেই আছে।</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>এই রেজিস্ট্রি যে ধরনের ছবি নেয়, তার অন্তত একটি বেছে নাও।</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>HMA ব্যাংকের নাম লেখো।</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>এখানে দেখো:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ফাইলের ধরন:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করো</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ করো</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>পরবর্তী &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; পেছনে</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>পরবর্তী</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>পেছনে যাও</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>চালিয়ে যাও</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>হয়ে গেছে</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>পাঠানো হয়েছে। তোমার রসিদ</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>কেস নম্বর আর কোডটি কোনো নিরাপদ ও গোপন জায়গায় রাখো।</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>ফিঙ্গারপ্রিন্ট পাঠানো হয়েছে। তোমার ছবিগুলো এই কম্পিউটারেই রয়ে গেছে।</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>এরপর কী হবে</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>যে ওয়েবসাইটগুলো এতে যুক্ত, তারা নতুন আপলোড তোমার ফিঙ্গারপ্রিন্টের সাথে মিলিয়ে দেখবে এবং মিলে যাওয়া কপি আটকাতে পারবে। এতে কিছু সময় লাগতে পারে, আর সব ওয়েবসাইট এতে যুক্ত নয়। কেস নম্বর আর কোড দিয়ে তুমি তোমার কেসের খবর নিতে বা এটি তুলে নিতে পারো।</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>জরুরি: দয়া করে এই ছবি বা ভিডিও নিজে কোথাও পোস্ট কোরো না। পোস্টটি আটকে যেতে পারে এবং তোমার অ্যাকাউন্ট চিহ্নিত হতে পারে।</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>কাউন্সেলর মোড: নতুন করে শুরু করলে বা অ্যাপ বন্ধ করলে এই কেসের সবকিছু মুছে যায়। এই কম্পিউটারে কিছুই রাখা হয় না।</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>রসিদ সংরক্ষণ করা হয়নি</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>কেস নম্বর আর গোপন কোড সংরক্ষণ, প্রিন্ট বা কপি করা হয়নি। সব মুছে ফেলার পর এগুলো আর দেখানো যাবে না। নিশ্চিত হও যে মানুষটির কাছে এগুলো আছে।</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>সব মুছে ফেলো</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>তুমি তোমার কেস নম্বর আর গোপন কোড সংরক্ষণ, প্রিন্ট বা কপি করোনি। এগুলো ছাড়া পরে এই কেস দেখতে বা তুলে নিতে পারবে না।</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>সংরক্ষণ না করে বন্ধ করো</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>রসিদে ফিরে যাও</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(নেই)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>কেস নম্বর: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>গোপন কোড: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Take It Down রসিদ

কেস নম্বর: %1
গোপন কোড: %2
রেজিস্ট্রি: %3 (%4)
পাঠানো হয়েছে: %5

এটি নিরাপদ ও গোপন জায়গায় রাখো। কেস নম্বর আর কোড দিয়ে পরে তুমি তোমার কেসের খবর নিতে বা এটি তুলে নিতে পারবে।</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>কপি হয়েছে। কোনো নিরাপদ জায়গায় পেস্ট করো।</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>রসিদ সেভ করো</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>রসিদ ফাইল (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>সেভ হয়েছে।</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>রসিদ প্রিন্ট করো</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>প্রিন্টারে পাঠানো হয়েছে।</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>কেস নম্বর:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>গোপন কোড:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>পাঠানো হয়েছে:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>সেভ…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>প্রিন্ট…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>কেস নম্বর আর কোড কপি করো</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>রসিদটি একটি ফাইলে সেভ করো</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>এখনও উত্তর আসেনি। আবার চেষ্টা করা হচ্ছে (%2-এর মধ্যে %1)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>ঠিক বাইটগুলো লুকাও</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>ঠিক বাইটগুলো দেখাও</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ভিডিও</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>তালিকা বদলেছে, তাই “আমি রাজি” বাক্সের টিক তুলে দেওয়া হয়েছে। আবার দেখে নাও।</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>আকার: %Ln বাইট</numerusform>
            <numerusform>আকার: %Ln বাইট</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>পাঠানোর আইটেম: %n</numerusform>
            <numerusform>পাঠানোর আইটেম: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>বাদ দেওয়া হুবহু ডুপ্লিকেট: %n</numerusform>
            <numerusform>বাদ দেওয়া হুবহু ডুপ্লিকেট: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>দেখে মেলানোর জন্য খুব সাদামাটা (শুধু হুবহু কপি): %n</numerusform>
            <numerusform>দেখে মেলানোর জন্য খুব সাদামাটা (শুধু হুবহু কপি): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>পাঠানোর জন্য কিছুই বাছা হয়নি।</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>পাঠানো হবে: %1
ঠিকানা: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>পাঠানোর আগে দেখে নাও</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>যা পাঠাতে চাও না, তার টিক তুলে দাও। ফাইলের নাম কখনও পাঠানো হয় না।</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>পাঠাও</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>যে ফিঙ্গারপ্রিন্ট পাঠানো হবে:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>ফাইল (পাঠানো হয় না)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ফিঙ্গারপ্রিন্ট</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>ঠিক যা পাঠানো হবে:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>আমি এটি দেখে নিয়েছি। আমি এই ফিঙ্গারপ্রিন্টগুলো উপরের রেজিস্ট্রিতে পাঠাতে রাজি।</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>যে ফিঙ্গারপ্রিন্ট পাঠানো হবে</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>কোনো আইটেম বাদ দিতে বা ফিরিয়ে আনতে Space চাপো।</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>ঠিক যা পাঠানো হবে</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>শুধু পড়ার জন্য। তুমি এটি বেছে কপি করতে পারো।</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>আমি এই ফিঙ্গারপ্রিন্টগুলো পাঠাতে রাজি</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>ছবিটি নিজে</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>ঘোরানো ও উল্টানো</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>কাটা</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>পট্টিসহ</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>ঝাপসা পটভূমিতে</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>লেখাসহ</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>ছোট করা</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>স্ক্রিনশটের ভেতরের ছবি</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>ছবি তোলা স্ক্রিনে থাকা ছবি</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>ভিডিও ফাইল</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>ভিডিওর ফ্রেম</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>অন্য একটি রূপ</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1টি ফ্রেমের ফিঙ্গারপ্রিন্ট: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1টি ফিঙ্গারপ্রিন্ট: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>যে ফিঙ্গারপ্রিন্ট পাঠানো হবে: %1 (ছবি: %2, ভিডিও: %3)। কোনো নাম নেই, কোনো ছবি নেই।</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>তুমি যে রেজিস্ট্রি বেছেছিলে, সেটি আর সেট করা নেই।</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>ফিঙ্গারপ্রিন্ট পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>ফিঙ্গারপ্রিন্ট পাঠানো যায়নি। %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>রেজিস্ট্রি বলেছে: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>এই কম্পিউটারে সেভ করা হয়েছে। পরে পাঠাতে সেটিংস খোলো, তারপর আউটবক্স। তুমি এখন অ্যাপ বন্ধ করতে বা নতুন করে শুরু করতে পারো।</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>সেভ হয়েছে। ফাইলটিতে শুধু আগের পাতায় দেখানো ফিঙ্গারপ্রিন্টগুলো আছে।</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>এখনও পাঠানো হয়নি।</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>পাঠানো</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>শুধু ফিঙ্গারপ্রিন্ট পাঠানো হয়।</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>তুমি কী করতে চাও?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>আবার চেষ্টা করো</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>অন্য রেজিস্ট্রি বেছে নাও(&amp;A)</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>পরে পাঠাতে সেভ করো</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>ফিঙ্গারপ্রিন্ট ফাইল এক্সপোর্ট করো…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>পাঠানোর অগ্রগতি</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>আবার পাঠানোর চেষ্টা করো</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>অন্য রেজিস্ট্রি বেছে নাও</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>যেখানে তুমি এটি বেছে নিয়েছিলে সেখানে ফিরে যায়। ফিঙ্গারপ্রিন্টগুলো রাখা থাকে।</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>পরে পাঠাতে সেভ করো</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>সেটিংস থেকে না পাঠানো পর্যন্ত ফিঙ্গারপ্রিন্টগুলো এই কম্পিউটারে রাখে।</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>ফিঙ্গারপ্রিন্ট ফাইল এক্সপোর্ট করো</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>হুবহু বাইটগুলো তোমার বেছে নেওয়া ফাইলে সেভ করে, অন্যভাবে পাঠানোর জন্য।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>রেজিস্ট্রি</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>ভাষা ও চেহারা</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>আউটবক্স</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>যেখানে ফিঙ্গারপ্রিন্ট পাঠানো যায়।</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>রেজিস্ট্রি</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>যোগ করো…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>সম্পাদনা…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>সরাও</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>সংযোগ পরীক্ষা</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>একটি রেজিস্ট্রি যোগ করো</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>বেছে নেওয়া রেজিস্ট্রি সম্পাদনা করো</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>বেছে নেওয়া রেজিস্ট্রি সরাও</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>বেছে নেওয়া রেজিস্ট্রির সাথে সংযোগ পরীক্ষা করো</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>সংযোগ পরীক্ষা করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>সংযুক্ত হয়েছে। %1 তালিকাটি আছে। এটি নেয়: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>সংযুক্ত হয়েছে। রেজিস্ট্রির নাম: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 রেজিস্ট্রি বলেছে: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>এই কম্পিউটারের মতো</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>হালকা</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>গাঢ়</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>চাইলে ঝাপসা প্রিভিউ দেখার অনুমতি দাও</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>কাউন্সেলর মোড: প্রতিটি রসিদের পর সব মুছে ফেলো</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>ঘোরানো ও উল্টানো কপির ফিঙ্গারপ্রিন্টও পাঠাও</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>সাধারণ সম্পাদিত কপিগুলোও আটকাও (কাটা, বার দেওয়া, স্ক্রিনশট)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ভাষা:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>থিম:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>থিম</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>চাইলে ঝাপসা প্রিভিউ দেখার অনুমতি দাও</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>কাউন্সেলর মোড</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>প্রতিটি রসিদের পর কেসের সবকিছু মুছে ফেলা হয়।</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>ঘোরানো ও উল্টানো কপির ফিঙ্গারপ্রিন্টও পাঠাও</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>সাধারণ সম্পাদিত কপিগুলোও আটকাও (কাটা, বার দেওয়া, স্ক্রিনশট)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>কোনো হেল্পলাইন সেট করা নেই।</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>তোমার ছবি ছড়িয়ে পড়া থামাও</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>তুমি একা নও, আর এটা তোমার দোষ নয়।</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>এই অ্যাপটি অন্তরঙ্গ ছবি ও ভিডিও অনলাইনে ছড়িয়ে পড়া থামাতে সাহায্য করে।

এটি এই কম্পিউটারেই প্রতিটি ফাইলের একটি ফিঙ্গারপ্রিন্ট (হ্যাশ) তৈরি করে।

তোমার ছবি কখনও এই কম্পিউটার ছেড়ে যায় না। শুধু ফিঙ্গারপ্রিন্ট পাঠানো হয়।

যে ওয়েবসাইটগুলো এতে যুক্ত, তারা ফিঙ্গারপ্রিন্ট দিয়ে কপি খুঁজে আটকে দেয়।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ভাষা:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>এই কম্পিউটারের মতো</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>সঙ্গে সঙ্গে ভাষা বদলায়।</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>এখনই সাহায্য নাও</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>যদি তুমি অনিরাপদ বোধ করো বা কারও সাথে কথা বলতে চাও, এখানে যোগাযোগ করতে পারো:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>আগে কখনও ফিঙ্গারপ্রিন্ট পাঠিয়েছ?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>কেসের খবর নাও বা তুলে নাও(&amp;W)…</translation>
    </message>
</context>
</TS>
