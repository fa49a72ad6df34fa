<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>Über die Bilder</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Ein paar Fragen entscheiden, wohin die Fingerabdrücke gehen.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>Wie alt war die Person auf den Bildern, als sie gemacht wurden?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>&amp;Unter 18</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>&amp;18 oder älter</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Es geht um Bilder oder Videos mit Nacktheit, teilweiser Nacktheit oder sexuellen Inhalten. Bilder, die vor dem 18. Geburtstag der Person entstanden sind, gehen an einen Dienst für junge Menschen, wie Take It Down. Bilder von Erwachsenen gehen an einen Dienst wie StopNCII.org. Beides wird getrennt gehalten. Nicht sicher? Wähle „Unter 18“.</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>Wer benutzt diese App?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>&amp;Ich, die Bilder zeigen mich</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>Eine &amp;Vertrauensperson, die jemandem hilft</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>Jemand von einer &amp;Beratungsstelle</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>&amp;Senden an:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Wohin die Fingerabdrücke gesendet werden.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Unter 18</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 oder älter</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Ich, die Bilder zeigen mich</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Eine Vertrauensperson, die jemandem hilft</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Jemand von einer Beratungsstelle</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Noch kein Register nimmt diese Art von Bildern an. Öffne die Einstellungen, um eins hinzuzufügen.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Einstellungen öffnen</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>Die schon gemachten Fingerabdrücke bleiben erhalten. Ändere, was du brauchst, und mach dann mit Weiter weiter.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>Wenn du online eine bearbeitete Kopie gefunden hast (zugeschnitten, mit Text oder Stickern), füge auch einen Screenshot davon hinzu.</translation>
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
        <translation>Demo-Register (dieser Computer)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Fingerabdruck-Datei exportieren</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>Fingerabdruck-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Fall prüfen oder zurückziehen</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Nutze die Bestätigung, die du nach dem Senden bekommen hast: Öffne die gespeicherte Bestätigungsdatei oder gib die Fallnummer und den Geheimcode ein.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>Gespeicherte &amp;Bestätigung öffnen…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>Gesendet &amp;an:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Fallnummer:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>&amp;Geheimcode:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Co&amp;de zeigen</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>Den Geheimcode zeigen</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>Diesen Fall zurückziehen? Websites suchen dann nicht mehr nach diesen Fingerabdrücken. Wenn du es dir anders überlegst, kannst du sie noch einmal senden.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;Ja, zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Nein, behalten</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Geheimcode</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>Aus deiner Bestätigung.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>Diese Bestätigung stammt von einem Register, bei dem man keine Fälle prüfen kann.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (aus der Bestätigung)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Bestätigung geöffnet. Wähle Prüfen oder Zurückziehen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Wird zurückgezogen…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Fallnummer: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Einträge noch auf der Liste: %1 von %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Eingegangen. Teilnehmende Websites suchen nach diesen Fingerabdrücken.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Zurückgezogen. Websites suchen nicht mehr nach diesen Fingerabdrücken.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Teilweise zurückgezogen. Websites suchen noch nach einigen dieser Fingerabdrücke.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>Das Register meldet: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Angenommene Fingerabdrücke: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Letzte Änderung: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Das Register meldet: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Ich schaue mir an, was du hinzugefügt hast…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>Kein Bild und kein Video</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>Lässt sich nicht öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>Ausgewählte Datei: %n (Bilder: %1, Videos: %2)</numerusform>
            <numerusform>Ausgewählte Dateien: %n (Bilder: %1, Videos: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>Ausgewählte Datei: %n (Bilder: %1, Videos: %2, nicht nutzbar: %3)</numerusform>
            <numerusform>Ausgewählte Dateien: %n (Bilder: %1, Videos: %2, nicht nutzbar: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>&amp;Unscharfe Vorschau ausblenden</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Vorschau ausgeblendet</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>Keine Vorschau für diese Datei.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Unscharfe Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Unscharfe Vorschau der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Wähle die Bilder und Videos aus</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Sie bleiben auf diesem Computer. Es werden nur Fingerabdrücke davon gemacht.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>&amp;Unscharfe Vorschau zeigen</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>Du kannst Dateien oder Ordner auch hierher ziehen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Öffnet eine Dateiauswahl.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Fügt alle Bilder und Videos aus einem Ordner hinzu.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Ausgewählte Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Unscharfe Vorschau zeigen</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Zeigt eine unscharfe Version des ausgewählten Bildes. Nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Ausgewählte Dateien</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Drücke Entf, um eine Datei zu entfernen.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Bilder oder Videos auswählen</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Bilder und Videos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Gespeicherte Bestätigung öffnen</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Bestätigungsdateien (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Fingerabdrücke werden erstellt. Das kann etwas dauern.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Fertig: %1 von %2 Dateien</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>In Arbeit: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%1 von %2 Dateien fertig. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Restzeit wird geschätzt…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Noch etwa %n Min.</numerusform>
            <numerusform>Noch etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Bild mit zu wenig Details für einen Bildvergleich: %n. Genaue Kopien davon werden trotzdem gefunden.</numerusform>
            <numerusform>Bilder mit zu wenig Details für einen Bildvergleich: %n. Genaue Kopien davon werden trotzdem gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>Es konnten keine Fingerabdrücke erstellt werden. Geh zurück und wähle andere Dateien.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Fingerabdrücke erstellt: %1. Nicht verwendbare Dateien: %2 (siehe unten).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Fertig. Fingerabdruck erstellt: %n.</numerusform>
            <numerusform>Fertig. Fingerabdrücke erstellt: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Angehalten. Es wurde nichts gesendet. Du kannst neu beginnen.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Fingerabdrücke erstellen</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>Das passiert auf diesem Computer. Noch wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Noch&amp;mal starten</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Diese Dateien konnten nicht verwendet werden:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Fortschritt bei der aktuellen Datei</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Erstellen der Fingerabdrücke anhalten</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Fingerabdrücke noch einmal erstellen</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>Nicht verwendbare Dateien, mit Grund</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Dieses Register nimmt Bilder nur über ihren Bild-Fingerabdruck an. Für %n Bild mit zu wenig Details dafür wird nichts gesendet.</numerusform>
            <numerusform>Dieses Register nimmt Bilder nur über ihren Bild-Fingerabdruck an. Für %n Bilder mit zu wenig Details dafür wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>Für %n Bild wurde nichts gesendet: zu wenig Details für einen Bild-Fingerabdruck.</numerusform>
            <numerusform>Für %n Bilder wurde nichts gesendet: zu wenig Details für einen Bild-Fingerabdruck.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n Video nur mit genauem Fingerabdruck eingetragen: neu kodierte Kopien werden nicht erkannt.</numerusform>
            <numerusform>%n Videos nur mit genauem Fingerabdruck eingetragen: neu kodierte Kopien werden nicht erkannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>Plattformen, die diese Liste nutzen, können die Fingerabdrücke in wenigen Minuten erkennen.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Speichere die Bestätigungsdatei: Zum Prüfen oder Zurückziehen brauchst du sie, weil sich ihre Listeneinträge nicht abtippen lassen.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>Alles wurde gelöscht. Du kannst neu beginnen.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Einstellun&amp;gen</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Alles zu diesem Fall wird aus der App gelöscht: die Liste der Dateien und die Fingerabdrücke. Deine Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>Fallnummer und Geheimcode werden dann nicht mehr angezeigt. Sieh nach, ob du sie gespeichert, gedruckt oder kopiert hast.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Neu beginnen und alles löschen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>Die Datei ist unvollständig. Vielleicht wurde sie nicht fertig heruntergeladen.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>Die Datei ist beschädigt und lässt sich nicht als Bild oder Video lesen.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>Das ist kein Bild und kein Video.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Diese Art von Datei wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>Die Datei lässt sich nicht öffnen. Vielleicht wird sie gerade benutzt, oder du hast keinen Zugriff.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>Die Datei ist nicht mehr da. Vielleicht wurde sie verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>Das Bild ist zu groß, um es sicher zu verarbeiten.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>Ein Ordner ließ sich nicht öffnen, deshalb wurden seine Dateien übersprungen.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Eine Ordner-Verknüpfung zeigt auf sich selbst, deshalb wurde sie übersprungen.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>Die Datei enthält kein Video. Vielleicht ist es nur Ton.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>Aus diesem Video konnten keine Bilder gelesen werden.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>Das Video gibt nicht an, wie schnell es läuft, deshalb wurde eine übliche Geschwindigkeit angenommen. Der Fingerabdruck wurde trotzdem erstellt.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Angehalten, wie gewünscht.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>Beim Lesen dieser Datei ist das Leseprogramm stehen geblieben. Die Datei ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>Mit dieser Datei ist etwas schiefgelaufen.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Dieser Computer scheint offline zu sein. Prüfe die Internetverbindung.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>Das Register ist nicht erreichbar. Vielleicht ist es ausgefallen, oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>Das Register hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>Das Sicherheitszertifikat des Registers ließ sich nicht prüfen, deshalb wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Diese Adresse ist nicht sicher (sie muss mit https:// beginnen), deshalb wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>Die Adresse des Registers ist ungültig.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>Das Register hat unerwartet geantwortet.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>Das Register ist gerade ausgelastet. Bitte versuch es in einer Weile noch einmal.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>Das Register hatte ein Problem auf seiner Seite. Bitte versuch es später noch einmal.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>Die Antwort des Registers war nicht verständlich.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>Die Antwort des Registers war zu groß.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>Das Register hat den Zugangscode nicht angenommen. Prüfe ihn in den Einstellungen.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>Wir haben diesen Fall nicht gefunden. Prüfe die Fallnummer und den Geheimcode.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>Das Register hat mit diesem Schlüssel schon eine andere Einsendung.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>Das Register hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Dieses Register unterstützt das nicht.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>Die Fingerabdruck-Datei ist ungültig.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>Dieses Register hat keine Liste namens %1. Prüfe den Listennamen in den Einstellungen.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>Ein HMA-Listenname besteht aus Großbuchstaben, Ziffern und Unterstrichen, zum Beispiel NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>Dieses Register hat schon eine Liste namens %1.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>Es wurde nichts gesendet. Diese Bilder haben zu wenig Details für einen Bild-Fingerabdruck, und dieses Register nimmt Bilder nur so an.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>Unter dieser Adresse antwortet etwas, aber kein Register der eingestellten Art. Prüfe die Adresse und die Art.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>Deine Einstellungen ließen sich nicht lesen, deshalb werden die Standardwerte verwendet.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>Die Datei ließ sich dort nicht speichern. Versuch einen anderen Ort.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>Das Drucken hat nicht geklappt.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Bitte gib an, ob die Person unter 18 oder erwachsen war.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Bitte gib an, wer die App benutzt.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Ein Fingerabdruck ist ungültig. Bitte erstelle die Fingerabdrücke noch einmal.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>Das ist zu viel auf einmal. Bitte sende weniger Dateien auf einmal.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>Das ist keine Bestätigungsdatei, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>Die Bestätigungsdatei ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Etwas ist schiefgelaufen. Nichts von dem, was du gemacht hast, ging verloren; bitte versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Fingerabdrücke, die zum späteren Senden gespeichert sind. Sie werden gelöscht, sobald sie gesendet sind.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Gespeicherte Einsendungen</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>All&amp;e löschen</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>Ausgewählte Einsendung jetzt senden</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>Ausgewählte Einsendung löschen</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Alle gespeicherten Einsendungen löschen</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, an %2, Einträge: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nichts wartet darauf, gesendet zu werden.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Beschädigte gespeicherte Einsendung, die nicht gesendet werden kann: %n</numerusform>
            <numerusform>Beschädigte gespeicherte Einsendungen, die nicht gesendet werden können: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>Das Register für diese Einsendung ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>Deine Bestätigung</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Gesendet. Bewahre die Fallnummer und den Code sicher auf.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Das Register meldet: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>Alle gespeicherten Einsendungen löschen? Sie werden dann nicht gesendet.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Alles, was zum späteren Senden gespeichert war, wurde gelöscht.</translation>
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
        <translation>Take It Down Register-API</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Hasher-Matcher-Actioner (HMA) Bank</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Leer lassen, um den aktuellen zu behalten</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Nur, wenn das Register dir einen gegeben hat</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>Optional: eine Zertifikatsdatei für dieses Register</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Bank (nur HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>&amp;Zugangscode:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Zertifikats&amp;datei:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Nimmt Bilder an:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Bitte gib dem Register einen Namen.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Ein anderes Register hat schon diesen Namen.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Kreuze mindestens eine Art von Bildern an, die dieses Register annimmt.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Bitte gib den Namen der HMA-Bank ein.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Datei&amp;typ:</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Gesendet. Deine Bestätigung</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Bewahre die Fallnummer und den Code an einem sicheren, privaten Ort auf.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>Die Fingerabdrücke wurden gesendet. Deine Bilder sind auf diesem Computer geblieben.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>Teilnehmende Websites prüfen neue Uploads mit deinen Fingerabdrücken und können passende Kopien blockieren. Das kann etwas dauern, und nicht jede Website macht mit. Mit deiner Fallnummer und deinem Code kannst du deinen Fall prüfen oder zurückziehen.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Wichtig: Bitte poste diese Bilder oder Videos nirgendwo selbst. Der Beitrag könnte blockiert und dein Konto markiert werden.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Beratungsmodus: Wenn du neu beginnst oder die App schließt, wird alles zu diesem Fall gelöscht. Nichts bleibt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>Der Beleg ist nicht gespeichert</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>Fallnummer und Geheimcode wurden nicht gespeichert, gedruckt oder kopiert. Sobald alles gelöscht ist, können sie nicht mehr angezeigt werden. Stell sicher, dass die Person sie hat.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>Alles &amp;löschen</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>Du hast deine Fallnummer und deinen Geheimcode nicht gespeichert, gedruckt oder kopiert. Ohne sie kannst du diesen Fall später nicht prüfen oder zurückziehen.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Schließen ohne Speichern</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>&amp;Zurück zum Beleg</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Fallnummer: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>Geheimcode: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Take It Down – Bestätigung

Fallnummer: %1
Geheimcode: %2
Register: %3 (%4)
Gesendet: %5

Bewahre das sicher und privat auf. Mit der Fallnummer und dem Code kannst du deinen Fall später prüfen oder zurückziehen.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Kopiert. Füge es an einem sicheren Ort ein.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Bestätigung speichern</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Bestätigungsdateien (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Bestätigung drucken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Fallnummer:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Geheimcode:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Gesendet an:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Sp&amp;eichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Fallnummer und Code kopieren</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Bestätigung in einer Datei speichern</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Noch keine Antwort. Neuer Versuch (%1 von %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>Genaue &amp;Bytes ausblenden</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>Genaue &amp;Bytes zeigen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>Die Liste hat sich geändert, deshalb wurde das Häkchen bei „Ich bin einverstanden“ entfernt. Prüfe sie noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Größe: %Ln Byte</numerusform>
            <numerusform>Größe: %Ln Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>Zu sendender Eintrag: %n</numerusform>
            <numerusform>Zu sendende Einträge: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Ausgelassenes genaues Duplikat: %n</numerusform>
            <numerusform>Ausgelassene genaue Duplikate: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Zu wenig Details für Bildvergleich (nur genaue Kopien): %n</numerusform>
            <numerusform>Zu wenig Details für Bildvergleich (nur genaue Kopien): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>Nichts zum Senden ausgewählt.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Senden an: %1
Adresse: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Vor dem Senden prüfen</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Entferne den Haken bei allem, was du nicht senden willst. Dateinamen werden nie gesendet.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>&amp;Fingerabdrücke zum Senden:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>Datei (wird nicht gesendet)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>Gena&amp;u das wird gesendet:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Ich habe das geprüft. &amp;Ich bin einverstanden, diese Fingerabdrücke an das Register oben zu senden.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Fingerabdrücke zum Senden</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Drücke die Leertaste, um einen Eintrag auszulassen oder wieder aufzunehmen.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Genau das wird gesendet</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Nur zum Lesen. Du kannst es markieren und kopieren.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>Ich bin einverstanden, diese Fingerabdrücke zu senden</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>das Bild</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>gedreht und gespiegelt</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>zugeschnitten</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>mit Balken</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>auf unscharfem Hintergrund</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>mit Beschriftung</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>gekürzt</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>das Bild in einem Screenshot</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>das Bild auf einem fotografierten Bildschirm</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>die Videodatei</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>Bilder des Videos</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>eine andere Fassung</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 Fingerabdrücke von Videobildern: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 Fingerabdrücke: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Fingerabdrücke zum Senden: %1 (Bilder: %2, Videos: %3). Keine Namen, keine Bilder.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>Das gewählte Register ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Fingerabdrücke werden gesendet…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>Die Fingerabdrücke wurden nicht gesendet. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>Das Register meldet: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Auf diesem Computer gespeichert. Um sie später zu senden, öffne Einstellungen und dann Postausgang. Du kannst die App jetzt schließen oder neu beginnen.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Gespeichert. Die Datei enthält nur die Fingerabdrücke von der vorigen Seite.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Nur die Fingerabdrücke werden gesendet.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchtest du tun?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>&amp;Anderes Register wählen</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>Für &amp;später speichern</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>Fingerabdruck-Datei &amp;exportieren…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Sendefortschritt</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Anderes Register wählen</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Geht zurück dorthin, wo du es gewählt hast. Die Fingerabdrücke bleiben erhalten.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Für später speichern</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Behält die Fingerabdrücke auf diesem Computer, bis du sie über die Einstellungen sendest.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Fingerabdruck-Datei exportieren</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Speichert genau diese Bytes in einer Datei deiner Wahl, um sie auf anderem Weg zu senden.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>Sprache und &amp;Aussehen</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Wohin Fingerabdrücke gesendet werden können.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Register hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Ausgewähltes Register bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Ausgewähltes Register entfernen</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>Verbindung zum ausgewählten Register testen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>Verbunden. Die Liste %1 ist da. Sie nimmt: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>Verbunden. Name des Registers: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Das Register meldet: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>&amp;Unscharfe Vorschau auf Wunsch erlauben</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>&amp;Beratungsmodus: nach jeder Bestätigung alles löschen</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>Auch Fingerabdrücke von &amp;gedrehten und gespiegelten Kopien senden</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Auch übliche b&amp;earbeitete Kopien blockieren (zugeschnitten, mit Balken, Screenshots)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>Unscharfe Vorschau auf Wunsch erlauben</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Beratungsmodus</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>Nach jeder Bestätigung wird alles zum Fall gelöscht.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Auch Fingerabdrücke von gedrehten und gespiegelten Kopien senden</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Auch übliche bearbeitete Kopien blockieren (zugeschnitten, mit Balken, Screenshots)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>Es sind keine Hilfsangebote eingerichtet.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Stoppe die Verbreitung deiner Bilder</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>Du bist nicht allein, und es ist nicht deine Schuld.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Diese App hilft dabei, zu verhindern, dass intime Bilder und Videos online geteilt werden.

Sie erstellt hier auf diesem Computer einen Fingerabdruck (einen Hash) von jeder Datei.

Deine Bilder verlassen diesen Computer nie. Nur die Fingerabdrücke werden gesendet.

Teilnehmende Websites nutzen die Fingerabdrücke, um Kopien zu finden und zu blockieren.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Ändert die Sprache sofort.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Jetzt Hilfe bekommen</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Wenn du dich nicht sicher fühlst oder mit jemandem reden möchtest, findest du hier Hilfe:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>Schon einmal Fingerabdrücke gesendet?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>Fall prüfen oder &amp;zurückziehen…</translation>
    </message>
</context>
</TS>
