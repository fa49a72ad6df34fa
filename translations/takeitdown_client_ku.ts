<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>Derbarê wêneyan de</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Bi çend pirsan em diyar dikin ku şopên tiliyan biçin ku derê.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>Dema ku wêne hatin kişandin, kesê di wêneyan de çend salî bû?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>&amp;Kêmtir ji 18 salî</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>&amp;18 salî an mezintir</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Ev ji bo wêne an vîdyoyên bi tazîbûn, nîv-tazîbûn an naveroka seksî ye. Wêneyên ku berî 18 saliya kesê hatine kişandin diçin xizmeteke ji bo ciwanan, wek Take It Down. Wêneyên mezinan diçin xizmeteke wek StopNCII.org. Her du ji hev cuda têne parastin. Ne bawer î? “Kêmtir ji 18 salî” hilbijêre.</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>Kî vê sepanê bi kar tîne?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>&amp;Ez, ev wêneyên min in</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>&amp;Mezinekî pêbawer ku alîkariya kesekî dike</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>Şê&amp;wirmendek li navenda alîkariyê</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>Şopên &amp;tiliyan bişîne bo:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Tomargeh</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Cihê ku şopên tiliyan lê têne şandin.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Kêmtir ji 18 salî</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 salî an mezintir</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Ez, ev wêneyên min in</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Mezinekî pêbawer ku alîkariya kesekî dike</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Şêwirmendek li navenda alîkariyê</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Hîn tu tomargeh vî cureyê wêneyan qebûl nake. Ji bo lêzêdekirinê Mîhengan veke.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Mîhengan &amp;veke</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>Şopên tiliyan ên jixwe hatine çêkirin dimînin. Tiştê ku hewce ye biguherîne, paşê bi Pêş ve berdewam bike.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Mîhengan veke</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>Heke te li ser înternetê kopiyeke guhertî dît (birrî, bi nivîs an stîkeran), dîmeneke ekranê ya wê jî lê zêde bike.</translation>
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
        <translation>Tomargeha ceribandinê (ev komputer)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Pela şopên tiliyan derxe</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>Pelên şopên tiliyan (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Dosyayekê kontrol bike an paşve bikişîne</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Belgeya ku te piştî şandinê wergirt bi kar bîne: pela belgeyê ya ku te tomar kir veke, an hejmara dosyayê û koda veşartî binivîse.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>Belgeyeke tomarkirî &amp;veke…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Hate şandin bo:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Hejmara &amp;dosyayê:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>&amp;Koda veşartî:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Kodê &amp;nîşan bide</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>Koda veşartî nîşan bide</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Kon&amp;trol bike</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Paşve bikişîne…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>Vê dosyayê paşve bikişînî? Malper dê êdî li van şopên tiliyan negerin. Heke tu fikra xwe biguherînî, tu dikarî wan dîsa bişînî.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;Erê, paşve bikişîne</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Bila &amp;bimîne</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Koda veşartî</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>Ji belgeya te.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Hejmara dosyayê</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>Ev belge ji tomargehekê ye ku dosya tê de nayên kontrolkirin.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (ji belgeyê)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Belge hate vekirin. “Kontrol bike” an “Paşve bikişîne” hilbijêre.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tê kontrolkirin…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Tê paşvekişandin…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Hejmara dosyayê: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Têketinên ku hê di lîsteyê de ne: %1 ji %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Hate wergirtin. Malperên beşdar li van şopên tiliyan digerin.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Hate paşvekişandin. Malper êdî li van şopên tiliyan nagerin.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Beşek hate paşvekişandin. Malper hê li hin ji van şopên tiliyan digerin.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>Tomargeh dibêje: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Şopên tiliyan ên qebûlkirî: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Hate şandin: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Guhertina dawî: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Tomargehê got: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Li tiştên ku te lê zêde kirin tê nêrîn…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Wêne</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vîdyo</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nayê piştgirîkirin</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>Ne wêne ye, ne vîdyo ye</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>Nayê vekirin</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>Pelên hilbijartî: %n (wêne: %1, vîdyo: %2)</numerusform>
            <numerusform>Pelên hilbijartî: %n (wêne: %1, vîdyo: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>Pelên hilbijartî: %n (wêne: %1, vîdyo: %2, nayên bikaranîn: %3)</numerusform>
            <numerusform>Pelên hilbijartî: %n (wêne: %1, vîdyo: %2, nayên bikaranîn: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>Pêşdîtina &amp;nezelal veşêre</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Pêşdîtin veşartî ye</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>Ji bo vê pelê pêşdîtin tune.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Pêşdîtineke nezelal tê çêkirin…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Pêşdîtina nezelal a pela hilbijartî</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Wêne û vîdyoyan hilbijêre</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Ew li ser vê komputerê dimînin. Tenê şopên tiliyan ji wan têne çêkirin.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Pelan &amp;zêde bike…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Pel&amp;dankekê zêde bike…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rake</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>Pêşdîtina &amp;nezelal nîşan bide</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>Tu dikarî pel an peldankan bikşînî vir jî.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Pel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Pelan zêde bike</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Hilbijêra pelan vedike.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Peldankekê zêde bike</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Hemû wêne û vîdyoyên di peldankê de zêde dike.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Pelên hilbijartî ji lîsteyê rake</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Pêşdîtina nezelal nîşan bide</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Guhertoyeke nezelal a wêneyê hilbijartî nîşan dide. Tiştek nayê tomarkirin.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Pelên hilbijartî</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Ji bo rakirina pelekê Delete bitikîne.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Wêne an vîdyoyan hilbijêre</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Wêne û vîdyo (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Hemû pel (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Peldankekê hilbijêre</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Belgeyeke tomarkirî veke</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Pelên belgeyê (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Şopên tiliyan têne çêkirin. Dibe ku ev hinekî dem bigire.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Tê rawestandin…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Qediya: %1 ji %2 pelan</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>Li ser dixebite: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Dixebite…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%1 ji %2 pelan qediyan. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Dema mayî tê hesibandin…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Kêmtir ji deqeyekê maye</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Nêzî %n deqe maye</numerusform>
            <numerusform>Nêzî %n deqe maye</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Wêneyên ku ji bo lihevhatina dîtbarî pir sade ne: %n. Kopiyên wan ên tam dîsa jî dê bên dîtin.</numerusform>
            <numerusform>Wêneyên ku ji bo lihevhatina dîtbarî pir sade ne: %n. Kopiyên wan ên tam dîsa jî dê bên dîtin.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>Tu şopa tiliyan nehat çêkirin. Vegere û pelên din hilbijêre.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Şopên tiliyan hatin çêkirin: %1. Pelên ku nehatin bikaranîn: %2 (li jêr in).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Hemû qediya. Şopên tiliyan hatin çêkirin: %n.</numerusform>
            <numerusform>Hemû qediya. Şopên tiliyan hatin çêkirin: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Hate rawestandin. Tiştek nehat şandin. Tu dikarî ji nû ve dest pê bikî.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Çêkirina şopên tiliyan</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>Ev li ser vê komputerê çêdibe. Hîn tiştek nayê şandin.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Amade dibe…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Rawestîne</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Dîsa dest pê bike</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Ev pel nehatin bikaranîn:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Pêşveçûna giştî</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Pêşveçûna pela niha</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Çêkirina şopên tiliyan rawestîne</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Çêkirina şopên tiliyan dîsa dest pê bike</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>Pelên ku nehatin bikaranîn, bi sedemê wan</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Ev tomargeh wêneyan tenê bi şopa wan a dîtbarî werdigire. Ji bo %n wêneyên pir sade tiştek nayê şandin.</numerusform>
            <numerusform>Ev tomargeh wêneyan tenê bi şopa wan a dîtbarî werdigire. Ji bo %n wêneyên pir sade tiştek nayê şandin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>Ji bo %n wêneyan tiştek nehat şandin: ji bo şopa tiliyan a dîtbarî pir sade ne.</numerusform>
            <numerusform>Ji bo %n wêneyan tiştek nehat şandin: ji bo şopa tiliyan a dîtbarî pir sade ne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n vîdyo tenê bi şopa tiliyan a tam hatin tomarkirin: kopiyên ji nû ve kodkirî li hev nayên.</numerusform>
            <numerusform>%n vîdyo tenê bi şopa tiliyan a tam hatin tomarkirin: kopiyên ji nû ve kodkirî li hev nayên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>Platformên ku vê lîsteyê bi kar tînin, dikarin di nav çend deqîqeyan de wan nas bikin.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Pela belgeyê tomar bike: ji bo kontrolkirin an paşvekişandinê pêwîst e, ji ber ku têketinên lîsteyê bi destan nayên nivîsandin.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>Her tişt hate paqijkirin. Tu dikarî ji nû ve dest pê bikî.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Mî&amp;heng</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Ji &amp;nû ve dest pê bike</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Ji nû ve dest pê bikî?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Her tiştê vê dosyayê ji sepanê tê paqijkirin: lîsteya pelan û şopên tiliyan. Pelên te li cihê xwe dimînin.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>Hejmara dosyayê û koda veşartî êdî nayên nîşandan. Piştrast be ku te ew tomar kirine, çap kirine an kopî kirine.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Berdewam bike</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Mîheng</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Ji nû ve dest pê bike û her tiştî paqij bike</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Paş</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Pêşve</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Bişîne</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Biqedîne</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>Pel vala ye.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>Pel ne temam e. Dibe ku daxistina wê neqediyabe.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>Pel xera bûye û wek wêne an vîdyo nayê xwendin.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>Ev ne wêne ye û ne jî vîdyo ye.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Ev cureyê pelê hîn nayê piştgirîkirin.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>Pel nayê vekirin. Dibe ku ew tê bikaranîn, an jî destûra te tune be.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>Pel êdî ne li wir e. Dibe ku hatibe guhastin an jêbirin.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>Wêne pir mezin e ku bi ewlehî pê re were xebitandin.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>Peldankek nehat vekirin, ji ber vê yekê pelên wê hatin derbaskirin.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Kurteriya peldankekê vedigere ser xwe, ji ber vê yekê hate derbaskirin.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>Di pelê de vîdyo tune. Dibe ku tenê deng be.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>Ji vê vîdyoyê tu wêne nehatin xwendin.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>Vîdyo nabêje ka bi çi lezê dilîze, ji ber vê yekê leza asayî hate hesibandin. Dîsa jî şopa tiliyan hate çêkirin.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Hate rawestandin, wek ku te xwest.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>Xwendina vê pelê xwîner da sekinandin. Dibe ku pel xera bûbe.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>Bi vê pelê re tiştek çewt çû.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Wisa xuya ye ku ev komputer ne girêdayî înternetê ye. Girêdana înternetê kontrol bike.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>Negihîşt tomargehê. Dibe ku ew nexebite, an navnîşan çewt be.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>Tomargehê pir dereng bersiv da.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>Sertîfîkaya ewlehiyê ya tomargehê nehat kontrolkirin, ji ber vê yekê tiştek nehat şandin.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Ev navnîşan ne ewle ye (divê bi https:// dest pê bike), ji ber vê yekê tiştek nehat şandin.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>Navnîşana tomargehê ne derbasdar e.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>Tomargehê bersiveke ne li hêviyê da.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>Tomargeh niha mijûl e. Ji kerema xwe piştî demekê dîsa biceribîne.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>Li aliyê tomargehê pirsgirêkek çêbû. Ji kerema xwe paşê dîsa biceribîne.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>Bersiva tomargehê nehat fêmkirin.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>Bersiva tomargehê ji bo qebûlkirinê pir mezin bû.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>Tomargehê koda gihîştinê qebûl nekir. Di Mîhengan de kontrol bike.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>Me ew dosya nedît. Hejmara dosyayê û koda veşartî kontrol bike.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>Di tomargehê de berê serlêdaneke din bi vê mifteyê heye.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>Tomargehê daxwaz qebûl nekir.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Ev tomargeh vê yekê piştgirî nake.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>Pela şopên tiliyan ne derbasdar e.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>Di vê tomargehê de lîsteyek bi navê %1 tune. Navê lîsteyê di Mîhengan de kontrol bike.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>Navê lîsteyeke HMA bi tîpên mezin, hejmar û xêzên jêrîn tê nivîsandin, wek NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>Di vê tomargehê de berê lîsteyek bi navê %1 heye.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>Tiştek nehat şandin. Ev wêne ji bo şopa tiliyan a dîtbarî pir sade ne, û ev tomargeh wêneyan tenê bi vî awayî werdigire.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>Li vê navnîşanê tiştek bersiv dide, lê ne tomargeheke ji cureyê hatî danîn e. Navnîşan û cureyê kontrol bike.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>Mîhengên te nehatin xwendin, ji ber vê yekê yên standard têne bikaranîn.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>Pel li wir nehat tomarkirin. Cihekî din biceribîne.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>Çapkirin nexebitî.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Ji kerema xwe bibêje ka kes di bin 18 salî de bû an mezin bû.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Ji kerema xwe bibêje kî sepanê bi kar tîne.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Tiştek tune ku were şandin.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Şopeke tiliyan ne derbasdar e. Ji kerema xwe şopên tiliyan ji nû ve çêke.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>Ev ji bo carekê pir zêde ye. Ji kerema xwe her carê kêmtir pelan bişîne.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>Ev ne pela belgeyê ye, an jî xera bûye.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>Pela belgeyê nehat vekirin.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Tiştek çewt çû. Tiştê ku te kir winda nebû; ji kerema xwe dîsa biceribîne.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Şopên tiliyan ji bo şandina paşê hatin tomarkirin. Piştî şandinê têne jêbirin.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Serlêdanên tomarkirî</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Niha bişîne</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Jê bibe</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>&amp;Hemûyan jê bibe</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>Serlêdana hilbijartî niha bişîne</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>Serlêdana hilbijartî jê bibe</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Hemû serlêdanên tomarkirî jê bibe</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, bo %2, tişt: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Tiştek li benda şandinê nîne.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Serlêdanên tomarkirî yên xera ku nayên şandin: %n</numerusform>
            <numerusform>Serlêdanên tomarkirî yên xera ku nayên şandin: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>Tomargeha vê serlêdanê êdî ne sazkirî ye.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Tê şandin…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Hate şandin.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>Belgeya te</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Hate şandin. Hejmara dosyayê û kodê li cihekî ewle biparêze.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Tomargehê got: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Hate jêbirin.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Hemûyan jê bibe</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>Hemû serlêdanên tomarkirî jê bibî? Ew nayên şandin.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Her tiştê ku ji bo şandina paşê hatibû tomarkirin hate jêbirin.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>Tomargeh</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>API ya tomargeha Take It Down</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Banka Hasher-Matcher-Actioner (HMA)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Vala bihêle da ku ya niha bimîne</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Tenê heke tomargehê yek dabe te</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>Bijarte: pelek sertîfîkayê ji bo vê tomargehê</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nav:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Cure:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>N&amp;avnîşan:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Bank (tenê HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>K&amp;oda gihîştinê:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Pela &amp;sertîfîkayê:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Wêneyan qebûl dike:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Ji kerema xwe navekî bide tomargehê.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Tomargeheke din bi vî navî berê heye.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Herî kêm cureyekî wêneyan ku ev tomargeh qebûl dike nîşan bike.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Ji kerema xwe navê banka HMA binivîse.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Li &amp;vir binêre:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Pelên ji &amp;cureyê:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Baş e</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tomar bike</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Pêşve &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Paşve</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Pêşve</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Biqedîne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Vegere</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Bidomîne</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Qediya</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Hate şandin. Belgeya te</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Hejmara dosyayê û kodê li cihekî ewle û taybet biparêze.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>Şopên tiliyan hatin şandin. Wêneyên te li ser vê komputerê man.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Piştre çi dibe</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>Malperên beşdar dê barkirinên nû bi şopên te yên tiliyan re bidin ber hev û dikarin kopiyên wekhev asteng bikin. Dibe ku ev hinekî dem bigire, û ne hemû malper beşdar in. Bi hejmara dosyayê û kodê tu dikarî rewşa dosyayê kontrol bikî an wê paşve bikişînî.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Girîng: ji kerema xwe van wêne an vîdyoyan bi xwe li tu derê parve neke. Dibe ku parvekirin were astengkirin û hesabê te were nîşankirin.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Moda şêwirmendiyê: dema ku tu ji nû ve dest pê bikî an sepanê bigirî, her tiştê derbarê vê dosyayê de tê paqijkirin. Li ser vê komputerê tiştek namîne.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>Meqbûz nehatiye tomarkirin</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>Hejmara dozê û koda veşartî nehatine tomarkirin, çapkirin an kopîkirin. Dema her tişt were paqijkirin, ew ê êdî neyên nîşandan. Piştrast bibe ku ew li cem kesê ne.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>Her tiştî &amp;paqij bike</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>Te hejmara dozê û koda xwe ya veşartî tomar, çap an kopî nekir. Bê wan tu nikarî paşê li vê dozê binêrî an wê vekişînî.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>Bê tomarkirin &amp;bigire</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>Vegere &amp;meqbûzê</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tune)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Hejmara dosyayê: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>Koda veşartî: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Belgeya Take It Down

Hejmara dosyayê: %1
Koda veşartî: %2
Tomargeh: %3 (%4)
Hate şandin: %5

Vê li cihekî ewle û taybet biparêze. Bi hejmara dosyayê û kodê tu dikarî paşê rewşa dosyayê kontrol bikî an wê paşve bikişînî.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Hate kopîkirin. Li cihekî ewle pêve bike.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Belgeyê tomar bike</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Pelên belgeyê (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Hate tomarkirin.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Belgeyê çap bike</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Ji çapkerê re hate şandin.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Hejmara dosyayê:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Koda veşartî:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Hate şandin bo:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopî bike</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Tomar bike…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ç&amp;ap bike…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Hejmara dosyayê û kodê kopî bike</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Belgeyê di pelekê de tomar bike</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Hîn bersiv tune. Dîsa tê ceribandin (%1 ji %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>&amp;Baytên tam veşêre</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>&amp;Baytên tam nîşan bide</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vîdyo</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Wêne</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>Lîste guherî, ji ber vê yekê nîşana qutiya “Ez dipejirînim” hate rakirin. Dîsa kontrol bike.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Mezinahî: %Ln bayt</numerusform>
            <numerusform>Mezinahî: %Ln bayt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>Tiştên ku dê bên şandin: %n</numerusform>
            <numerusform>Tiştên ku dê bên şandin: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Dubareyên tam ên ku hatin derxistin: %n</numerusform>
            <numerusform>Dubareyên tam ên ku hatin derxistin: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Ji bo lihevhatina dîtbarî pir sade (tenê kopiyên tam): %n</numerusform>
            <numerusform>Ji bo lihevhatina dîtbarî pir sade (tenê kopiyên tam): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>Tiştek ji bo şandinê nehatiye hilbijartin.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Tê şandin bo: %1
Navnîşan: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Berî şandinê kontrol bike</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Nîşana tiştên ku tu naxwazî bişînî rake. Navên pelan qet nayên şandin.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Bişîn&amp;e</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>Şopên &amp;tiliyan ji bo şandinê:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>Pel (nayê şandin)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Şopa tiliyan</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>Tam çi &amp;dê bê şandin:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Min ev kontrol kir. &amp;Ez dipejirînim ku van şopên tiliyan bişînim tomargeha li jor.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Şopên tiliyan ji bo şandinê</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Ji bo derxistin an vegerandina tiştekî Space bitikîne.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Tam çi dê bê şandin</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Tenê ji bo xwendinê. Tu dikarî wê hilbijêrî û kopî bikî.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>Ez dipejirînim ku van şopên tiliyan bişînim</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>wêne bi xwe</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>zivirandî û neynikî</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>birrî</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>bi xetên reş</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>li ser paşxaneyeke nezelal</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>bi nivîsekê</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>kurtkirî</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>wêneyê di dîmenderekê de</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>wêneyê li ser ekraneke wênekişandî</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>pelê vîdyoyê</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>çarçoveyên vîdyoyê</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>guhertoyeke din</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 şopên tiliyan ên çarçoveyan: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 şopên tiliyan: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Şopên tiliyan ji bo şandinê: %1 (wêne: %2, vîdyo: %3). Bê nav, bê wêne.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>Tomargeha ku te hilbijart êdî ne sazkirî ye.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Şopên tiliyan têne şandin…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>Şopên tiliyan nehatin şandin. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>Tomargehê got: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Li ser vê komputerê hate tomarkirin. Ji bo şandina paşê, Mîhengan veke, paşê Qutiya şandinê. Niha tu dikarî sepanê bigirî an ji nû ve dest pê bikî.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Hate tomarkirin. Di pelê de tenê şopên tiliyan ên di rûpela berê de hene.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Hîn nehatiye şandin.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Şandin</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Tenê şopên tiliyan têne şandin.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Tu dixwazî çi bikî?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Dîsa biceribîne</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>Tomargeheke &amp;din hilbijêre</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>Ji bo paşê &amp;tomar bike</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>Pela şopên tiliyan der&amp;xe…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Pêşveçûna şandinê</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Dîsa şandinê biceribîne</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Tomargeheke din hilbijêre</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Vedigere cihê ku te ew hilbijartibû. Şopên tiliyan dimînin.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Ji bo şandina paşê tomar bike</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Şopên tiliyan li ser vê komputerê dihêle heta ku tu wan ji Mîhengan bişînî.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Pela şopên tiliyan derxe</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Baytên tam di pelekê ku tu hilbijêrî de tomar dike, da ku bi rêyeke din bişînî.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Mîheng</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Tomargeh</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>&amp;Ziman û xuyang</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Qutiya şandinê</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Cihên ku şopên tiliyan dikarin lê bên şandin.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Tomargeh</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Zê&amp;de bike…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Biguherîne…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Rake</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Girêdanê &amp;kontrol bike</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Tomargehekê zêde bike</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Tomargeha hilbijartî biguherîne</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Tomargeha hilbijartî rake</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>Girêdana bi tomargeha hilbijartî re kontrol bike</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Girêdan tê kontrolkirin…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>Girêdan çêbû. Lîsteya %1 heye. Ev werdigire: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>Girêdan çêbû. Navê tomargehê: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Tomargehê got: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wek vê komputerê</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ronî</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tarî</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>Dema were xwestin, destûrê bide pêşdîtinên &amp;nezelal</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>&amp;Moda şêwirmendiyê: piştî her belgeyê her tiştî paqij bike</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>Şopên tiliyan ên kopiyên zivirandî û &amp;berevajî jî bişîne</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Kopiyên &amp;guhertî yên berbelav jî asteng bike (birrî, bi xetan, dîmenên ekranê)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Zim&amp;an:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ziman</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>Dema were xwestin, destûrê bide pêşdîtinên nezelal</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Moda şêwirmendiyê</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>Piştî her belgeyê, her tiştê derbarê dosyayê de tê paqijkirin.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Şopên tiliyan ên kopiyên zivirandî û berevajî jî bişîne</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Kopiyên guhertî yên berbelav jî asteng bike (birrî, bi xetan, dîmenên ekranê)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>Tu xeta alîkariyê nehatiye sazkirin.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Rê li ber belavbûna wêneyên xwe bigire</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>Tu ne bi tenê yî, û ev ne sûcê te ye.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Ev sepan alîkariyê dike ku wêne û vîdyoyên intîm li ser înternetê neyên parvekirin.

Ew ji her pelekê şopeke tiliyan (hash) çêdike, li vir li ser vê komputerê.

Wêneyên te qet ji vê komputerê dernakevin. Tenê şopên tiliyan têne şandin.

Malperên beşdar bi şopên tiliyan kopiyan dibînin û asteng dikin.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ziman:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wek vê komputerê</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ziman</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Zimên yekser diguherîne.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Niha alîkarî bistîne</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Heke tu xwe ne ewle hîs dikî an pêdiviya te bi kesekî heye ku pê re biaxivî, tu dikarî li vir xwe bigihînî:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>Te berê şopên tiliyan şandine?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>Dosyayekê kontrol bike an &amp;paşve bikişîne…</translation>
    </message>
</context>
</TS>
