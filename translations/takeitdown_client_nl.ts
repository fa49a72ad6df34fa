<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>Over de foto&apos;s</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Een paar vragen bepalen waar de vingerafdrukken heen gaan.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>Hoe oud was de persoon op de foto&apos;s toen ze werden gemaakt?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>&amp;Jonger dan 18</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>&amp;18 of ouder</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Dit is voor foto&apos;s of video&apos;s met naaktheid, gedeeltelijke naaktheid of seksuele inhoud. Foto&apos;s die zijn gemaakt voordat de persoon 18 werd, gaan naar een dienst voor jongeren, zoals Take It Down. Foto&apos;s van volwassenen gaan naar een dienst zoals StopNCII.org. Die twee blijven gescheiden. Twijfel je? Kies “Jonger dan 18”.</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>Wie gebruikt deze app?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>Ik, ik sta &amp;zelf op de foto&apos;s</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>Een ve&amp;rtrouwde volwassene die iemand helpt</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>Een &amp;hulpverlener bij een hulpcentrum</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>Vingerafdrukken &amp;sturen naar:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Waar de vingerafdrukken heen gaan.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Jonger dan 18</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 of ouder</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Ik, ik sta zelf op de foto&apos;s</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Een vertrouwde volwassene die iemand helpt</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Een hulpverlener bij een hulpcentrum</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Nog geen register neemt dit soort foto&apos;s aan. Open Instellingen om er een toe te voegen.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Instellingen o&amp;penen</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>De vingerafdrukken die al gemaakt zijn, blijven bewaard. Verander wat je nodig hebt en ga dan verder met Volgende.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Instellingen openen</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>Heb je online een bewerkte kopie gevonden (bijgesneden, met tekst of stickers)? Voeg dan ook een screenshot ervan toe.</translation>
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
        <translation>Demoregister (deze computer)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Het vingerafdrukbestand exporteren</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>Vingerafdrukbestanden (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Een zaak nakijken of intrekken</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Gebruik het ontvangstbewijs dat je na het versturen kreeg: open het bestand dat je hebt opgeslagen, of typ het zaaknummer en de geheime code.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>Een opgeslagen ontvangstbewijs &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Verstuurd naar:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Zaak&amp;nummer:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>Geheime &amp;code:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Co&amp;de tonen</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>De geheime code tonen</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Na&amp;kijken</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>Deze zaak intrekken? Websites zoeken dan niet meer naar deze vingerafdrukken. Als je van gedachten verandert, kun je ze opnieuw versturen.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;Ja, intrekken</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behouden</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Geheime code</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>Staat op je ontvangstbewijs.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>Dit ontvangstbewijs komt van een register waar je geen zaken kunt nakijken.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (van het ontvangstbewijs)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Ontvangstbewijs geopend. Kies Nakijken of Intrekken.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met nakijken…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Bezig met intrekken…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Zaaknummer: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Items nog op de lijst: %1 van %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Ontvangen. Websites die meedoen, zoeken naar deze vingerafdrukken.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Ingetrokken. Websites zoeken niet meer naar deze vingerafdrukken.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Deels ingetrokken. Websites zoeken nog naar een deel van deze vingerafdrukken.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>Het register zegt: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Vingerafdrukken aangenomen: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Verstuurd: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Laatste wijziging: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Het register zei: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Bekijken wat je hebt toegevoegd…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Niet ondersteund</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>Geen foto of video</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>Kan niet worden geopend</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>Gekozen bestand: %n (foto&apos;s: %1, video&apos;s: %2)</numerusform>
            <numerusform>Gekozen bestanden: %n (foto&apos;s: %1, video&apos;s: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>Gekozen bestand: %n (foto&apos;s: %1, video&apos;s: %2, onbruikbaar: %3)</numerusform>
            <numerusform>Gekozen bestanden: %n (foto&apos;s: %1, video&apos;s: %2, onbruikbaar: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>Wa&amp;zig voorbeeld verbergen</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Voorbeeld verborgen</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>Geen voorbeeld voor dit bestand.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Wazig voorbeeld maken…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Wazig voorbeeld van het gekozen bestand</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Kies de foto&apos;s en video&apos;s</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Ze blijven op deze computer. Er worden alleen vingerafdrukken van gemaakt.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Een &amp;map toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>Wa&amp;zig voorbeeld tonen</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>Je kunt ook bestanden of mappen hierheen slepen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Bestanden toevoegen</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Opent een venster om bestanden te kiezen.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Een map toevoegen</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Voegt alle foto&apos;s en video&apos;s uit een map toe.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>De gekozen bestanden uit de lijst halen</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Wazig voorbeeld tonen</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Toont een wazige versie van de gekozen foto. Er wordt niets opgeslagen.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Gekozen bestanden</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Druk op Delete om een bestand te verwijderen.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Foto&apos;s of video&apos;s kiezen</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Foto&apos;s en video&apos;s (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Een map kiezen</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Een opgeslagen ontvangstbewijs openen</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Ontvangstbewijzen (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Vingerafdrukken maken. Dit kan even duren.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Klaar: %1 van %2 bestanden</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>Bezig met: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%1 van %2 bestanden klaar. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Resterende tijd schatten…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Nog minder dan een minuut</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Nog ongeveer %n min</numerusform>
            <numerusform>Nog ongeveer %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Foto te eenvoudig om op beeld te vergelijken: %n. Exacte kopieën worden nog steeds gevonden.</numerusform>
            <numerusform>Foto&apos;s te eenvoudig om op beeld te vergelijken: %n. Exacte kopieën worden nog steeds gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>Er konden geen vingerafdrukken worden gemaakt. Ga terug om andere bestanden te kiezen.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Vingerafdrukken gemaakt: %1. Bestanden die niet konden worden gebruikt: %2 (zie hieronder).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Klaar. Vingerafdruk gemaakt: %n.</numerusform>
            <numerusform>Klaar. Vingerafdrukken gemaakt: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Gestopt. Er is niets verstuurd. Je kunt opnieuw beginnen.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Vingerafdrukken maken</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>Dit gebeurt op deze computer. Er wordt nog niets verstuurd.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Voorbereiden…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Op&amp;nieuw starten</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Deze bestanden konden niet worden gebruikt:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Totale voortgang</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Voortgang van het huidige bestand</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Stoppen met vingerafdrukken maken</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Opnieuw beginnen met vingerafdrukken maken</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>Bestanden die niet konden worden gebruikt, met de reden</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Dit register neemt foto&apos;s alleen aan via hun beeldvingerafdruk. Voor %n foto die daarvoor te eenvoudig is, wordt niets verstuurd.</numerusform>
            <numerusform>Dit register neemt foto&apos;s alleen aan via hun beeldvingerafdruk. Voor %n foto&apos;s die daarvoor te eenvoudig zijn, wordt niets verstuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>Voor %n foto is niets verstuurd: te eenvoudig voor een beeldvingerafdruk.</numerusform>
            <numerusform>Voor %n foto&apos;s is niets verstuurd: te eenvoudig voor een beeldvingerafdruk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n video alleen op exacte vingerafdruk opgenomen: opnieuw gecodeerde kopieën worden niet herkend.</numerusform>
            <numerusform>%n video&apos;s alleen op exacte vingerafdruk opgenomen: opnieuw gecodeerde kopieën worden niet herkend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>Platforms die deze lijst gebruiken, kunnen ze binnen een paar minuten herkennen.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Sla het bestand met het ontvangstbewijs op: je hebt het nodig om te controleren of in te trekken, want de items op de lijst kun je niet overtypen.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>Alles is gewist. Je kunt opnieuw beginnen.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Opnieuw beginnen?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Alles over deze zaak wordt uit de app gewist: de lijst met bestanden en de vingerafdrukken. Je bestanden blijven waar ze zijn.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>Het zaaknummer en de geheime code worden dan niet meer getoond. Kijk of je ze hebt bewaard, afgedrukt of gekopieerd.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Opnieuw beginnen en alles wissen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Voltooien</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>Het bestand is onvolledig. Misschien is het downloaden niet afgemaakt.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>Het bestand is beschadigd en kan niet als foto of video worden gelezen.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>Dit is geen foto of video.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Dit soort bestand wordt nog niet ondersteund.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>Het bestand kan niet worden geopend. Misschien is het in gebruik, of heb je geen toegang.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>Het bestand is er niet meer. Misschien is het verplaatst of verwijderd.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>De foto is te groot om veilig te verwerken.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>Een map kon niet worden geopend, dus de bestanden erin zijn overgeslagen.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Een snelkoppeling naar een map verwijst naar zichzelf, dus die is overgeslagen.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>Het bestand bevat geen beeld. Misschien is het alleen geluid.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>Er konden geen beelden uit deze video worden gelezen.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>De video geeft niet aan hoe snel hij afspeelt, dus is een gewone snelheid aangenomen. De vingerafdruk is toch gemaakt.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Gestopt, zoals je vroeg.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>Bij het lezen van dit bestand liep de lezer vast. Het bestand is misschien beschadigd.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>Er ging iets mis met dit bestand.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Deze computer lijkt offline te zijn. Controleer de internetverbinding.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>Het register kon niet worden bereikt. Misschien is het offline, of klopt het adres niet.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>Het register deed er te lang over om te antwoorden.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>Het beveiligingscertificaat van het register kon niet worden gecontroleerd, dus er is niets verstuurd.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Dit adres is niet veilig (het moet beginnen met https://), dus er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>Het adres van het register is niet geldig.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>Het register gaf een onverwacht antwoord.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>Het register is nu druk. Probeer het over een tijdje opnieuw.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>Het register had zelf een probleem. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>Het antwoord van het register was niet te begrijpen.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>Het antwoord van het register was te groot om aan te nemen.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>Het register accepteerde de toegangscode niet. Controleer hem in Instellingen.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>We konden die zaak niet vinden. Controleer het zaaknummer en de geheime code.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>Het register heeft al een andere inzending met deze sleutel.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>Het register accepteerde het verzoek niet.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Dit register ondersteunt dat niet.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>Het vingerafdrukbestand is niet geldig.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>Dit register heeft geen lijst met de naam %1. Controleer de naam van de lijst in Instellingen.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>Een HMA-lijstnaam bestaat uit hoofdletters, cijfers en liggende streepjes, zoals NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>Dit register heeft al een lijst met de naam %1.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>Er is niets verstuurd. Deze foto&apos;s zijn te eenvoudig voor een beeldvingerafdruk, en dit register neemt foto&apos;s alleen zo aan.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>Op dit adres antwoordt iets, maar geen register van het ingestelde soort. Controleer het adres en het soort.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>Je instellingen konden niet worden gelezen, dus de standaardinstellingen worden gebruikt.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>Het bestand kon daar niet worden opgeslagen. Probeer een andere plek.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>Afdrukken is niet gelukt.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Geef aan of de persoon jonger dan 18 was of volwassen.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Geef aan wie de app gebruikt.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Er is niets om te versturen.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Een vingerafdruk is niet geldig. Maak de vingerafdrukken opnieuw.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>Dit is te veel om in één keer te versturen. Verstuur minder bestanden tegelijk.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>Dit is geen ontvangstbewijs, of het is beschadigd.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>Het ontvangstbewijs kon niet worden geopend.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Er ging iets mis. Je bent niets kwijt; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Vingerafdrukken bewaard om later te versturen. Ze worden gewist zodra ze zijn verstuurd.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Bewaarde inzendingen</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Nu &amp;versturen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>&amp;Alles verwijderen</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>De gekozen inzending nu versturen</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>De gekozen inzending verwijderen</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Alle bewaarde inzendingen verwijderen</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, naar %2, items: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Er wacht niets om verstuurd te worden.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Bewaarde inzending die beschadigd is en niet kan worden verstuurd: %n</numerusform>
            <numerusform>Bewaarde inzendingen die beschadigd zijn en niet kunnen worden verstuurd: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>Het register voor deze inzending is niet meer ingesteld.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Verstuurd.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>Je ontvangstbewijs</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Verstuurd. Bewaar het zaaknummer en de code goed.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Het register zei: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Alles verwijderen</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>Alle bewaarde inzendingen verwijderen? Ze worden dan niet verstuurd.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Alles wat bewaard was om later te versturen, is verwijderd.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>Take It Down-register-API</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Hasher-Matcher-Actioner (HMA)-bank</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Laat leeg om de huidige te houden</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Alleen als het register je er een heeft gegeven</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>Optioneel: een certificaatbestand voor dit register</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Bank (alleen HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>Toegangs&amp;code:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>C&amp;ertificaatbestand:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Neemt foto’s aan:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Geef het register een naam.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Een ander register heeft al deze naam.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Vink minstens één soort foto’s aan die dit register aanneemt.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Vul de naam van de HMA-bank in.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
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
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Volge&amp;nde</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Vol&amp;tooien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Ga terug</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Verstuurd. Je ontvangstbewijs</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Bewaar het zaaknummer en de code op een veilige, privé plek.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>De vingerafdrukken zijn verstuurd. Je foto&apos;s zijn op deze computer gebleven.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Wat er nu gebeurt</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>Websites die meedoen, vergelijken nieuwe uploads met je vingerafdrukken en kunnen kopieën die overeenkomen blokkeren. Dit kan even duren, en niet elke website doet mee. Met je zaaknummer en code kun je je zaak nakijken of intrekken.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Belangrijk: zet deze foto&apos;s of video&apos;s nergens zelf online. Het bericht kan worden geblokkeerd en je account kan worden gemarkeerd.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Hulpverlenersmodus: als je opnieuw begint of de app sluit, wordt alles over deze zaak gewist. Er blijft niets op deze computer.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>Het bewijs is niet bewaard</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>Het zaaknummer en de geheime code zijn niet bewaard, afgedrukt of gekopieerd. Als alles gewist is, kunnen ze niet meer worden getoond. Zorg dat de persoon ze heeft.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>Alles &amp;wissen</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>Je hebt je zaaknummer en geheime code niet bewaard, afgedrukt of gekopieerd. Zonder die gegevens kun je deze zaak later niet bekijken of intrekken.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Sluiten zonder bewaren</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>&amp;Terug naar het bewijs</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Zaaknummer: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>Geheime code: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Take It Down-ontvangstbewijs

Zaaknummer: %1
Geheime code: %2
Register: %3 (%4)
Verstuurd: %5

Bewaar dit veilig en privé. Met het zaaknummer en de code kun je je zaak later nakijken of intrekken.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Gekopieerd. Plak het op een veilige plek.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Het ontvangstbewijs opslaan</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Ontvangstbewijzen (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Het ontvangstbewijs afdrukken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Zaaknummer:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Geheime code:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Verstuurd naar:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Op&amp;slaan…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Het zaaknummer en de code kopiëren</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Het ontvangstbewijs in een bestand opslaan</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Nog geen antwoord. Opnieuw proberen (%1 van %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>Exacte &amp;bytes verbergen</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>Exacte &amp;bytes tonen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>De lijst is veranderd, daarom is het vinkje bij ‘Ik ga akkoord’ weggehaald. Controleer hem opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Grootte: %Ln byte</numerusform>
            <numerusform>Grootte: %Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>Te versturen item: %n</numerusform>
            <numerusform>Te versturen items: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Exact duplicaat weggelaten: %n</numerusform>
            <numerusform>Exacte duplicaten weggelaten: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Te eenvoudig om op beeld te vergelijken (alleen exacte kopieën): %n</numerusform>
            <numerusform>Te eenvoudig om op beeld te vergelijken (alleen exacte kopieën): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>Er is niets gekozen om te versturen.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Versturen naar: %1
Adres: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Controleer voor het versturen</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Vink uit wat je niet wilt versturen. Bestandsnamen worden nooit verstuurd.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Ver&amp;sturen</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>Te versturen vin&amp;gerafdrukken:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>Bestand (niet verstuurd)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>E&amp;xact wat er wordt verstuurd:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Ik heb dit gecontroleerd. Ik ga &amp;akkoord met het versturen van deze vingerafdrukken naar het register hierboven.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Te versturen vingerafdrukken</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Druk op Spatie om een item weg te laten of terug te zetten.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Exact wat er wordt verstuurd</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Alleen-lezen. Je kunt het selecteren en kopiëren.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>Ik ga akkoord met het versturen van deze vingerafdrukken</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>de foto</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>gedraaid en gespiegeld</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>bijgesneden</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>met balken</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>op een wazige achtergrond</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>met een bijschrift</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>ingekort</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>de foto in een schermafbeelding</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>de foto op een gefotografeerd scherm</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>het videobestand</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>beelden van de video</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>een andere versie</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 vingerafdrukken van beelden: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 vingerafdrukken: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Te versturen vingerafdrukken: %1 (foto&apos;s: %2, video&apos;s: %3). Geen namen, geen foto&apos;s.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>Het register dat je koos, is niet meer ingesteld.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Vingerafdrukken versturen…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>De vingerafdrukken zijn niet verstuurd. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>Het register zei: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Bewaard op deze computer. Om later te versturen, open je Instellingen en dan Postvak uit. Je kunt de app nu sluiten of opnieuw beginnen.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Opgeslagen. Het bestand bevat alleen de vingerafdrukken van de vorige pagina.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Nog niet verstuurd.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Alleen de vingerafdrukken worden verstuurd.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Wat wil je doen?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>&amp;Ander register kiezen</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>Bewaren om &amp;later te versturen</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>Vingerafdrukbestand &amp;exporteren…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Voortgang van het versturen</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Opnieuw proberen te versturen</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Ander register kiezen</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Gaat terug naar waar je het koos. De vingerafdrukken blijven bewaard.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Bewaren om later te versturen</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Houdt de vingerafdrukken op deze computer tot je ze via Instellingen verstuurt.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Het vingerafdrukbestand exporteren</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Slaat precies dezelfde bytes op in een bestand dat je kiest, om ze op een andere manier te versturen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Registers</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>Taal en &amp;uiterlijk</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postvak uit</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Waar vingerafdrukken heen kunnen.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Toe&amp;voegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Een register toevoegen</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Het gekozen register bewerken</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Het gekozen register verwijderen</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>De verbinding met het gekozen register testen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbinding testen…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>Verbonden. De lijst %1 bestaat. Hij neemt: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>Verbonden. Naam van het register: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Het register zei: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Zelfde als deze computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>&amp;Wazige voorbeelden toestaan als erom wordt gevraagd</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>Hulpverleners&amp;modus: alles wissen na elk ontvangstbewijs</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>Ook vingerafdrukken van ge&amp;draaide en gespiegelde kopieën versturen</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Ook veelvoorkomende be&amp;werkte kopieën blokkeren (bijgesneden, met balken, screenshots)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>Wazige voorbeelden toestaan als erom wordt gevraagd</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Hulpverlenersmodus</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>Na elk ontvangstbewijs wordt alles over de zaak gewist.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Ook vingerafdrukken van gedraaide en gespiegelde kopieën versturen</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Ook veelvoorkomende bewerkte kopieën blokkeren (bijgesneden, met balken, screenshots)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>Er zijn geen hulplijnen ingesteld.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Stop de verspreiding van je foto&apos;s</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>Je bent niet alleen, en het is niet jouw schuld.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Deze app helpt voorkomen dat intieme foto&apos;s en video&apos;s online worden gedeeld.

Hij maakt van elk bestand een vingerafdruk (een hash), hier op deze computer.

Je foto&apos;s verlaten deze computer nooit. Alleen de vingerafdrukken worden verstuurd.

Websites die meedoen, gebruiken de vingerafdrukken om kopieën te vinden en te blokkeren.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Zelfde als deze computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Verandert de taal meteen.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Krijg nu hulp</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Voel je je niet veilig of wil je met iemand praten? Hier kun je terecht:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>Eerder al vingerafdrukken verstuurd?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>Een &amp;zaak nakijken of intrekken…</translation>
    </message>
</context>
</TS>
