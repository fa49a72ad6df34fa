<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>Sulle immagini</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Alcune domande decidono dove vanno le impronte.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>Quanti anni aveva la persona nelle immagini quando sono state fatte?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>&amp;Meno di 18 anni</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>&amp;18 anni o più</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Serve per immagini o video con nudità, nudità parziale o contenuti sessuali. Le immagini fatte prima dei 18 anni della persona vanno a un servizio per i giovani, come Take It Down. Le immagini di adulti vanno a un servizio come StopNCII.org. Le due cose restano separate. Hai dubbi? Scegli “Meno di 18 anni”.</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>Chi sta usando questa app?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>I&amp;o, sono io nelle immagini</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>Un &amp;adulto di fiducia che aiuta qualcuno</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>Un &amp;consulente di un centro di aiuto</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>I&amp;nvia le impronte a:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Dove vengono inviate le impronte.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Meno di 18 anni</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 anni o più</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Io, sono io nelle immagini</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Un adulto di fiducia che aiuta qualcuno</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Un consulente di un centro di aiuto</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Nessun registro accetta ancora questo tipo di immagini. Apri le Impostazioni per aggiungerne uno.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Apri &amp;Impostazioni</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>Le impronte già create restano. Cambia quello che ti serve, poi continua con Avanti.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Apri Impostazioni</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>Se hai trovato online una copia modificata (ritagliata, con testo o adesivi), aggiungi anche uno screenshot di quella copia.</translation>
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
        <translation>Registro demo (questo computer)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Esporta il file delle impronte</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>File di impronte (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Controlla o ritira un caso</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Usa la ricevuta che hai avuto dopo l&apos;invio: apri il file di ricevuta che hai salvato, oppure scrivi il numero del caso e il codice segreto.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>&amp;Apri una ricevuta salvata…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Inviato a:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Numero del caso:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>&amp;Codice segreto:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Mostra co&amp;dice</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>Mostra il codice segreto</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;ontrolla</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Ritira…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>Ritirare questo caso? I siti smetteranno di cercare queste impronte. Se cambi idea, puoi inviarle di nuovo.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;Sì, ritiralo</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Tienilo</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Codice segreto</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>Dalla tua ricevuta.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numero del caso</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>Questa ricevuta è di un registro che non ha casi da controllare.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (dalla ricevuta)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Ricevuta aperta. Scegli Controlla o Ritira.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Ritiro in corso…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Numero del caso: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Voci ancora nella lista: %1 su %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Ricevuto. I siti che partecipano cercano queste impronte.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Ritirato. I siti non cercano più queste impronte.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Ritirato in parte. I siti cercano ancora alcune di queste impronte.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>Il registro dice: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Impronte accettate: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Inviato: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Ultima modifica: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Il registro ha detto: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Sto guardando quello che hai aggiunto…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non supportato</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>Né immagine né video</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>Non si può aprire</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>File scelto: %n (immagini: %1, video: %2)</numerusform>
            <numerusform>File scelti: %n (immagini: %1, video: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>File scelto: %n (immagini: %1, video: %2, non utilizzabili: %3)</numerusform>
            <numerusform>File scelti: %n (immagini: %1, video: %2, non utilizzabili: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>Nascondi anteprima sfoc&amp;ata</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Anteprima nascosta</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>Nessuna anteprima per questo file.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Creo un&apos;anteprima sfocata…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Anteprima sfocata del file selezionato</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Scegli le immagini e i video</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Restano su questo computer. Se ne creano solo le impronte.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Aggiungi &amp;file…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Aggiungi una &amp;cartella…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>Mostra anteprima sfoc&amp;ata</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>Puoi anche trascinare qui file o cartelle.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Aggiungi file</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Apre una finestra per scegliere i file.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Aggiungi una cartella</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Aggiunge tutte le immagini e i video di una cartella.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Rimuovi dall&apos;elenco i file selezionati</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Mostra anteprima sfocata</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Mostra una versione sfocata dell&apos;immagine selezionata. Non viene salvato nulla.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>File scelti</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Premi Canc per rimuovere un file.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Scegli immagini o video</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Immagini e video (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Scegli una cartella</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Apri una ricevuta salvata</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>File di ricevuta (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Creo le impronte. Può volerci un po&apos;.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Fatto: %1 di %2 file</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>In lavorazione: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In corso…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%1 di %2 file completati. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Calcolo il tempo rimanente…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Manca meno di un minuto</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Manca circa %n min</numerusform>
            <numerusform>Mancano circa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Immagine troppo uniforme per un confronto visivo: %n. Le sue copie esatte verranno comunque trovate.</numerusform>
            <numerusform>Immagini troppo uniformi per un confronto visivo: %n. Le loro copie esatte verranno comunque trovate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>Non è stato possibile creare nessuna impronta. Torna indietro e scegli altri file.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Impronte create: %1. File non utilizzabili: %2 (elencati sotto).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Fatto. Impronta creata: %n.</numerusform>
            <numerusform>Fatto. Impronte create: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Interrotto. Non è stato inviato nulla. Puoi ricominciare.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Creazione delle impronte</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>Succede su questo computer. Per ora non viene inviato nulla.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Preparazione…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Avvia di &amp;nuovo</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Questi file non si possono usare:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Avanzamento totale</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Avanzamento del file attuale</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Interrompi la creazione delle impronte</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Crea di nuovo le impronte</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>File non utilizzabili, con il motivo</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Questo registro accetta le immagini solo tramite la loro impronta visiva. Non verrà inviato niente per %n immagine troppo uniforme per averne una.</numerusform>
            <numerusform>Questo registro accetta le immagini solo tramite la loro impronta visiva. Non verrà inviato niente per %n immagini troppo uniformi per averne una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>Non è stato inviato niente per %n immagine: troppo uniforme per un&apos;impronta visiva.</numerusform>
            <numerusform>Non è stato inviato niente per %n immagini: troppo uniformi per un&apos;impronta visiva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n video inserito solo con l&apos;impronta esatta: le copie ricodificate non verranno riconosciute.</numerusform>
            <numerusform>%n video inseriti solo con l&apos;impronta esatta: le copie ricodificate non verranno riconosciute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>Le piattaforme che usano questa lista possono riconoscerle entro pochi minuti.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Salva il file della ricevuta: serve per controllare o ritirare, perché le sue voci della lista non si possono scrivere a mano.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>È stato cancellato tutto. Puoi ricominciare.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Impos&amp;tazioni</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Ricomincia</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Ricominciare?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Tutto ciò che riguarda questo caso viene cancellato dall&apos;app: l&apos;elenco dei file e le impronte. I tuoi file restano dove sono.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>Il numero del caso e il codice segreto non saranno più mostrati. Assicurati di averli salvati, stampati o copiati.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Ricomincia e cancella tutto</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>Il file è incompleto. Forse il download non è finito.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>Il file è danneggiato e non si può leggere come immagine o video.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>Questo non è né un&apos;immagine né un video.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Questo tipo di file non è ancora supportato.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>Il file non si può aprire. Forse è in uso, o non hai l&apos;accesso.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>Il file non c&apos;è più. Forse è stato spostato o eliminato.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>L&apos;immagine è troppo grande per essere elaborata in sicurezza.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>Non è stato possibile aprire una cartella, quindi i suoi file sono stati saltati.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Un collegamento a una cartella rimanda a se stesso, quindi è stato saltato.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>Il file non contiene video. Forse è solo audio.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>Non è stato possibile leggere immagini da questo video.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>Il video non indica a che velocità va, quindi è stata usata una velocità normale. L&apos;impronta è stata creata comunque.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Interrotto, come hai chiesto.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>La lettura di questo file ha bloccato il lettore. Il file potrebbe essere danneggiato.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>Qualcosa è andato storto con questo file.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Questo computer sembra offline. Controlla la connessione a internet.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>Il registro non è raggiungibile. Forse non funziona, o l&apos;indirizzo è sbagliato.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>Il registro ci ha messo troppo a rispondere.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>Non è stato possibile controllare il certificato di sicurezza del registro, quindi non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Questo indirizzo non è sicuro (deve iniziare con https://), quindi non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>L&apos;indirizzo del registro non è valido.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>Il registro ha dato una risposta inattesa.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>Il registro è occupato in questo momento. Riprova tra un po&apos;.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>Il registro ha avuto un problema dalla sua parte. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>Non è stato possibile capire la risposta del registro.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>La risposta del registro era troppo grande.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>Il registro non ha accettato il codice di accesso. Controllalo nelle Impostazioni.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>Non abbiamo trovato questo caso. Controlla il numero del caso e il codice segreto.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>Il registro ha già un invio diverso con questa chiave.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>Il registro non ha accettato la richiesta.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Questo registro non lo supporta.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>Il file delle impronte non è valido.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>Questo registro non ha nessuna lista chiamata %1. Controlla il nome della lista nelle Impostazioni.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>Il nome di una lista HMA si scrive con lettere maiuscole, cifre e trattini bassi, come NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>Questo registro ha già una lista chiamata %1.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>Non è stato inviato niente. Queste immagini sono troppo uniformi per un&apos;impronta visiva, e questo registro accetta le immagini solo così.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>A questo indirizzo risponde qualcosa, ma non un registro del tipo impostato. Controlla l&apos;indirizzo e il tipo.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>Non è stato possibile leggere le tue impostazioni, quindi si usano quelle predefinite.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>Non è stato possibile salvare il file lì. Prova un altro posto.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>La stampa non è riuscita.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Indica se la persona aveva meno di 18 anni o era adulta.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Indica chi sta usando l&apos;app.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Non c&apos;è niente da inviare.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Un&apos;impronta non è valida. Crea di nuovo le impronte.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>È troppo da inviare in una volta. Invia meno file alla volta.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>Questo non è un file di ricevuta, oppure è danneggiato.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>Non è stato possibile aprire il file della ricevuta.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Qualcosa è andato storto. Non hai perso niente di quello che hai fatto; riprova.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Impronte salvate da inviare più tardi. Vengono eliminate appena sono inviate.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Invii salvati</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Invia ora</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>Elimina &amp;tutto</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>Invia ora l&apos;invio selezionato</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>Elimina l&apos;invio selezionato</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Elimina tutti gli invii salvati</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, a %2, elementi: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Niente in attesa di invio.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Invio salvato danneggiato che non si può inviare: %n</numerusform>
            <numerusform>Invii salvati danneggiati che non si possono inviare: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>Il registro di questo invio non è più configurato.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Inviato.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>La tua ricevuta</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Inviato. Conserva al sicuro il numero del caso e il codice.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Il registro ha detto: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminato.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Elimina tutto</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>Eliminare tutti gli invii salvati? Non verranno inviati.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Tutto ciò che era salvato da inviare più tardi è stato eliminato.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>API del registro Take It Down</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Banca Hasher-Matcher-Actioner (HMA)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Lascia vuoto per tenere quello attuale</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Solo se il registro te ne ha dato uno</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>Facoltativo: un file di certificato per questo registro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Banca (solo HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>&amp;Codice di accesso:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>File del c&amp;ertificato:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Accetta immagini:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Dai un nome al registro.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Un altro registro ha già questo nome.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Seleziona almeno un tipo di immagini che questo registro accetta.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Inserisci il nome della banca HMA.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
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
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Successivo &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Precedente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Successivo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Inviato. La tua ricevuta</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Conserva il numero del caso e il codice in un posto sicuro e privato.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>Le impronte sono state inviate. Le tue immagini sono rimaste su questo computer.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Cosa succede ora</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>I siti che partecipano confronteranno i nuovi caricamenti con le tue impronte e potranno bloccare le copie corrispondenti. Può volerci del tempo, e non tutti i siti partecipano. Con il numero del caso e il codice puoi controllare il tuo caso o ritirarlo.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Importante: per favore non pubblicare personalmente queste immagini o questi video, da nessuna parte. Il post potrebbe essere bloccato e il tuo account segnalato.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Modalità consulente: quando ricominci o chiudi l&apos;app, tutto ciò che riguarda questo caso viene cancellato. Su questo computer non resta niente.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>La ricevuta non è salvata</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>Il numero della pratica e il codice segreto non sono stati salvati, stampati o copiati. Quando tutto sarà cancellato non si potranno più mostrare. Assicurati che la persona li abbia.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>&amp;Cancella tutto</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>Non hai salvato, stampato o copiato il numero della pratica e il codice segreto. Senza di loro non potrai controllare questa pratica o ritirarla più tardi.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Chiudi senza salvare</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>&amp;Torna alla ricevuta</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Numero del caso: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>Codice segreto: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Ricevuta Take It Down

Numero del caso: %1
Codice segreto: %2
Registro: %3 (%4)
Inviato: %5

Conservala al sicuro e in privato. Con il numero del caso e il codice puoi controllare il tuo caso o ritirarlo più tardi.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Copiato. Incollalo in un posto sicuro.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Salva la ricevuta</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>File di ricevuta (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Stampa la ricevuta</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Inviato alla stampante.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Numero del caso:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Codice segreto:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Inviato a:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Sal&amp;va…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Stam&amp;pa…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Copia il numero del caso e il codice</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Salva la ricevuta in un file</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Ancora nessuna risposta. Nuovo tentativo (%1 di %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>Nascondi i &amp;byte esatti</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>Mostra i &amp;byte esatti</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>L&apos;elenco è cambiato, quindi la casella «Accetto» è stata tolta. Ricontrollalo.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Dimensione: %Ln byte</numerusform>
            <numerusform>Dimensione: %Ln byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>Elemento da inviare: %n</numerusform>
            <numerusform>Elementi da inviare: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Duplicato esatto escluso: %n</numerusform>
            <numerusform>Duplicati esatti esclusi: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Troppo uniforme per un confronto visivo (solo copie esatte): %n</numerusform>
            <numerusform>Troppo uniformi per un confronto visivo (solo copie esatte): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>Non è selezionato niente da inviare.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Invio a: %1
Indirizzo: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Controlla prima di inviare</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Togli la spunta a ciò che non vuoi inviare. I nomi dei file non vengono mai inviati.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>I&amp;mpronte da inviare:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>File (non inviato)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>&amp;Esattamente ciò che verrà inviato:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Ho controllato. &amp;Accetto di inviare queste impronte al registro qui sopra.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Impronte da inviare</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Premi Spazio per escludere un elemento o rimetterlo.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Esattamente ciò che verrà inviato</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Sola lettura. Puoi selezionarlo e copiarlo.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>Accetto di inviare queste impronte</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>l&apos;immagine</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>ruotata e specchiata</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>ritagliata</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>con bande</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>su uno sfondo sfocato</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>con una didascalia</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>accorciato</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>l&apos;immagine dentro uno screenshot</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>l&apos;immagine su uno schermo fotografato</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>il file video</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>fotogrammi del video</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>un&apos;altra versione</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 impronte dei fotogrammi: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 impronte: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Impronte da inviare: %1 (immagini: %2, video: %3). Nessun nome, nessuna immagine.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>Il registro scelto non è più configurato.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Invio delle impronte…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>Le impronte non sono state inviate. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>Il registro ha detto: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Salvato su questo computer. Per inviarlo più tardi, apri Impostazioni, poi Posta in uscita. Ora puoi chiudere l&apos;app o ricominciare.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Salvato. Il file contiene solo le impronte mostrate nella pagina precedente.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Non ancora inviato.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Vengono inviate solo le impronte.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Cosa vuoi fare?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Ripr&amp;ova</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>Scegli un &amp;altro registro</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>Salva per inviare &amp;dopo</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>&amp;Esporta il file delle impronte…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Avanzamento dell&apos;invio</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Prova di nuovo a inviare</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Scegli un altro registro</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Torna dove l&apos;hai scelto. Le impronte restano.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Salva per inviare dopo</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Tiene le impronte su questo computer finché non le invii dalle Impostazioni.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Esporta il file delle impronte</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Salva esattamente questi byte in un file a tua scelta, per inviarli in un altro modo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Registri</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>&amp;Lingua e aspetto</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Posta in &amp;uscita</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Dove si possono inviare le impronte.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registri</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Rimuo&amp;vi</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova connessione</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Aggiungi un registro</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Modifica il registro selezionato</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Rimuovi il registro selezionato</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>Prova la connessione al registro selezionato</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Prova della connessione…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>Connesso. La lista %1 c&apos;è. Accetta: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>Connesso. Nome del registro: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Il registro ha detto: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Come questo computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>Consenti anteprime &amp;sfocate su richiesta</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>Modalità &amp;consulente: cancella tutto dopo ogni ricevuta</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>Invia anche le impronte delle copie &amp;ruotate e capovolte</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Blocca anche le copie &amp;modificate più comuni (ritagliate, con bande, screenshot)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lin&amp;gua:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>Consenti anteprime sfocate su richiesta</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Modalità consulente</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>Dopo ogni ricevuta, tutto ciò che riguarda il caso viene cancellato.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Invia anche le impronte delle copie ruotate e capovolte</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Blocca anche le copie modificate più comuni (ritagliate, con bande, screenshot)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>Nessuna linea di aiuto configurata.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Ferma la diffusione delle tue immagini</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>Non sei solo/a, e non è colpa tua.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Questa app aiuta a impedire che immagini e video intimi vengano condivisi online.

Crea un&apos;impronta (un hash) di ogni file, qui su questo computer.

Le tue immagini non lasciano mai questo computer. Vengono inviate solo le impronte.

I siti che partecipano usano le impronte per trovare e bloccare le copie.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Come questo computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Cambia subito la lingua.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Chiedi aiuto ora</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Se non ti senti al sicuro o hai bisogno di parlare con qualcuno, puoi chiedere aiuto qui:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>Hai già inviato delle impronte?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>&amp;Controlla o ritira un caso…</translation>
    </message>
</context>
</TS>
