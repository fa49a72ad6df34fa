<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>À propos des images</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Quelques questions pour savoir où envoyer les empreintes.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>Quel âge avait la personne sur les images quand elles ont été prises&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>Moins de &amp;18 ans</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>18 ans ou pl&amp;us</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Cela concerne les images ou vidéos avec de la nudité, de la nudité partielle ou du contenu sexuel. Les images prises avant les 18 ans de la personne vont à un service pour les jeunes, comme Take It Down. Les images d&apos;adultes vont à un service comme StopNCII.org. Les deux restent séparés. Dans le doute, choisis «&#xa0;Moins de 18 ans&#xa0;».</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>Qui utilise cette appli&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>&amp;Moi, ce sont des images de moi</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>Un a&amp;dulte de confiance qui aide quelqu&apos;un</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>Un &amp;conseiller d&apos;un centre d&apos;aide</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>&amp;Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Où les empreintes sont envoyées.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 ans ou plus</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Moi, ce sont des images de moi</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Un adulte de confiance qui aide quelqu&apos;un</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Un conseiller d&apos;un centre d&apos;aide</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Aucun registre n&apos;accepte encore ce type d&apos;images. Ouvre les paramètres pour en ajouter un.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>Les empreintes déjà faites sont gardées. Change ce qu&apos;il faut, puis continue avec Suivant.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>Si tu as trouvé une copie modifiée en ligne (recadrée, avec du texte ou des autocollants), ajoute aussi une capture d&apos;écran de cette copie.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Demo registry (this computer)</source>
        <translation>Registre de démo (cet ordinateur)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Exporter le fichier d&apos;empreintes</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>Fichiers d&apos;empreintes (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Vérifier ou retirer un dossier</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Utilise le reçu obtenu après l&apos;envoi&#xa0;: ouvre le fichier de reçu que tu as enregistré, ou tape le numéro de dossier et le code secret.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>&amp;Ouvrir un reçu enregistré…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Envoyé à&#xa0;:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Numéro de dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>&amp;Code secret&#xa0;:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Afficher le co&amp;de</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>Afficher le code secret</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>Retirer ce dossier&#xa0;? Les sites arrêteront de chercher ces empreintes. Si tu changes d&apos;avis, tu pourras les envoyer à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>O&amp;ui, le retirer</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Garder le dossier</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>Indiqué sur ton reçu.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>Ce reçu vient d&apos;un registre qui n&apos;a pas de dossiers à vérifier.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (d&apos;après le reçu)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Reçu ouvert. Choisis Vérifier ou Retirer.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Retrait en cours…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Numéro de dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Entrées encore sur la liste : %1 sur %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Bien reçu. Les sites participants cherchent ces empreintes.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Retiré. Les sites ne cherchent plus ces empreintes.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Retiré en partie. Les sites cherchent encore certaines de ces empreintes.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>Le registre répond&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Empreintes acceptées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Dernière modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Le registre a répondu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Je regarde ce que tu as ajouté…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>Ni image ni vidéo</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>Impossible à ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>Fichier choisi&#xa0;: %n (images&#xa0;: %1, vidéos&#xa0;: %2)</numerusform>
            <numerusform>Fichiers choisis&#xa0;: %n (images&#xa0;: %1, vidéos&#xa0;: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>Fichier choisi&#xa0;: %n (images&#xa0;: %1, vidéos&#xa0;: %2, inutilisables: %3)</numerusform>
            <numerusform>Fichiers choisis&#xa0;: %n (images&#xa0;: %1, vidéos&#xa0;: %2, inutilisables: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>Masquer l&apos;aperçu f&amp;lou</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Aperçu masqué</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>Pas d&apos;aperçu pour ce fichier.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Création d&apos;un aperçu flou…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Aperçu flou du fichier sélectionné</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Choisis les images et les vidéos</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Elles restent sur cet ordinateur. On en crée seulement des empreintes.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>Afficher l&apos;aperçu f&amp;lou</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>Tu peux aussi glisser des fichiers ou des dossiers ici.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Ouvre un sélecteur de fichiers.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Ajoute toutes les images et vidéos d&apos;un dossier.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Retirer les fichiers sélectionnés de la liste</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Afficher l&apos;aperçu flou</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Affiche une version floue de l&apos;image sélectionnée. Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Fichiers choisis</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Appuie sur Suppr pour retirer un fichier.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Choisir des images ou des vidéos</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Images et vidéos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Ouvrir un reçu enregistré</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Fichiers de reçu (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Création des empreintes. Cela peut prendre un moment.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Terminé&#xa0;: %1 fichiers sur %2</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%1 fichiers sur %2 terminés. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Estimation du temps restant…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Moins d&apos;une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Environ %n min restante</numerusform>
            <numerusform>Environ %n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Image trop unie pour une comparaison visuelle&#xa0;: %n. Ses copies exactes seront quand même trouvées.</numerusform>
            <numerusform>Images trop unies pour une comparaison visuelle&#xa0;: %n. Leurs copies exactes seront quand même trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>Aucune empreinte n&apos;a pu être créée. Reviens en arrière pour choisir d&apos;autres fichiers.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Empreintes créées&#xa0;: %1. Fichiers inutilisables&#xa0;: %2 (liste ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Terminé. Empreinte créée&#xa0;: %n.</numerusform>
            <numerusform>Terminé. Empreintes créées&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Arrêté. Rien n&apos;a été envoyé. Tu peux recommencer.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Création des empreintes</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>Cela se passe sur cet ordinateur. Rien n&apos;est encore envoyé.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Relan&amp;cer</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Ces fichiers n&apos;ont pas pu être utilisés&#xa0;:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Progression du fichier en cours</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Arrêter la création des empreintes</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Relancer la création des empreintes</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>Fichiers inutilisables, avec la raison</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Ce registre ne prend les images que par leur empreinte visuelle. Rien ne sera envoyé pour %n image trop unie pour en avoir une.</numerusform>
            <numerusform>Ce registre ne prend les images que par leur empreinte visuelle. Rien ne sera envoyé pour %n images trop unies pour en avoir une.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>Rien n&apos;a été envoyé pour %n image : trop unie pour une empreinte visuelle.</numerusform>
            <numerusform>Rien n&apos;a été envoyé pour %n images : trop unies pour une empreinte visuelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n vidéo inscrite par son empreinte exacte seulement : les copies réencodées ne seront pas reconnues.</numerusform>
            <numerusform>%n vidéos inscrites par leur empreinte exacte seulement : les copies réencodées ne seront pas reconnues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>Les plateformes qui utilisent cette liste peuvent les reconnaître d&apos;ici quelques minutes.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Enregistre le fichier du reçu : il faut l&apos;avoir pour vérifier ou retirer, car ses entrées de liste ne peuvent pas être tapées à la main.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>Tout a été effacé. Tu peux recommencer.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>P&amp;aramètres</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Recommencer&#xa0;?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Tout ce qui concerne ce dossier est effacé de l&apos;application&#xa0;: la liste des fichiers et les empreintes. Tes fichiers restent où ils sont.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>Le numéro de dossier et le code secret ne seront plus affichés. Vérifie que tu les as enregistrés, imprimés ou copiés.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Recommencer et tout effacer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>Le fichier est incomplet. Son téléchargement n&apos;est peut-être pas terminé.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>Le fichier est endommagé et ne peut pas être lu comme image ou vidéo.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>Ce n&apos;est ni une image ni une vidéo.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Ce type de fichier n&apos;est pas encore pris en charge.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>Le fichier ne peut pas être ouvert. Il est peut-être utilisé, ou tu n&apos;y as pas accès.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>Le fichier n&apos;est plus là. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>L&apos;image est trop grande pour être traitée en toute sécurité.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>Un dossier n&apos;a pas pu être ouvert, ses fichiers ont donc été ignorés.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Un raccourci de dossier pointe vers lui-même, il a donc été ignoré.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>Le fichier ne contient pas de vidéo. C&apos;est peut-être seulement du son.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>Aucune image n&apos;a pu être lue dans cette vidéo.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>La vidéo n&apos;indique pas sa vitesse de lecture, une vitesse habituelle a donc été utilisée. Son empreinte a quand même été créée.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Arrêté, comme tu l&apos;as demandé.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>La lecture de ce fichier a bloqué le lecteur. Le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>Un problème est survenu avec ce fichier.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Cet ordinateur semble hors ligne. Vérifie la connexion internet.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>Le registre est injoignable. Il est peut-être en panne, ou l&apos;adresse est fausse.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>Le registre a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>Le certificat de sécurité du registre n&apos;a pas pu être vérifié, donc rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Cette adresse n&apos;est pas sécurisée (elle doit commencer par https://), donc rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>L&apos;adresse du registre n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>Le registre a donné une réponse inattendue.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>Le registre est occupé pour le moment. Réessaie dans un petit moment.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>Le registre a eu un problème de son côté. Réessaie plus tard.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>La réponse du registre n&apos;a pas pu être comprise.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>La réponse du registre était trop volumineuse.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>Le registre n&apos;a pas accepté le code d&apos;accès. Vérifie-le dans les paramètres.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>Nous n&apos;avons pas trouvé ce dossier. Vérifie le numéro de dossier et le code secret.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>Le registre a déjà un autre envoi avec cette clé.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>Le registre n&apos;a pas accepté la demande.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Ce registre ne permet pas cela.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>Le fichier d&apos;empreintes n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>Ce registre n&apos;a pas de liste appelée %1. Vérifie le nom de la liste dans les paramètres.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>Un nom de liste HMA s&apos;écrit en majuscules, chiffres et tirets bas, comme NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>Ce registre a déjà une liste appelée %1.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>Rien n&apos;a été envoyé. Ces images sont trop unies pour une empreinte visuelle, et ce registre ne prend les images que de cette façon.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>Quelque chose répond à cette adresse, mais pas un registre du type choisi. Vérifie l&apos;adresse et le type.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>Tes paramètres n&apos;ont pas pu être lus, les réglages par défaut sont donc utilisés.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré ici. Essaie un autre endroit.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>L&apos;impression n&apos;a pas marché.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Indique si la personne avait moins de 18 ans ou était adulte.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Indique qui utilise l&apos;appli.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Une empreinte n&apos;est pas valide. Crée à nouveau les empreintes.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>C&apos;est trop pour un seul envoi. Envoie moins de fichiers à la fois.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>Ce n&apos;est pas un fichier de reçu, ou il est endommagé.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>Le fichier de reçu n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Un problème est survenu. Rien de ce que tu as fait n&apos;est perdu&#xa0;; réessaie.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Empreintes enregistrées pour être envoyées plus tard. Elles sont supprimées une fois envoyées.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Envois enregistrés</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>Supprimer &amp;tout</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>Envoyer maintenant l&apos;envoi sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>Supprimer l&apos;envoi sélectionné</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Supprimer tous les envois enregistrés</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, à %2, éléments&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Envoi enregistré endommagé, impossible à envoyer&#xa0;: %n</numerusform>
            <numerusform>Envois enregistrés endommagés, impossibles à envoyer&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>Le registre de cet envoi n&apos;est plus configuré.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>Ton reçu</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Envoyé. Garde le numéro de dossier et le code en lieu sûr.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Le registre a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Supprimer tout</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>Supprimer tous les envois enregistrés&#xa0;? Ils ne seront pas envoyés.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Tout ce qui était enregistré pour plus tard a été supprimé.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>API de registre Take It Down</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Banque Hasher-Matcher-Actioner (HMA)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Laisse vide pour garder l&apos;actuel</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Seulement si le registre t&apos;en a donné un</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>Facultatif&#xa0;: un fichier de certificat pour ce registre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Banque (HMA seulement)&#xa0;:</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>&amp;Code d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Fichier de c&amp;ertificat&#xa0;:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Accepte les images :</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Donne un nom au registre.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Un autre registre porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Coche au moins un type d’images que ce registre accepte.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Saisis le nom de la banque HMA.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Aller au précédent</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Envoyé. Ton reçu</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Garde le numéro de dossier et le code dans un endroit sûr et privé.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>Les empreintes ont été envoyées. Tes images sont restées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Et maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>Les sites participants compareront les nouveaux contenus mis en ligne à tes empreintes et pourront bloquer les copies correspondantes. Cela peut prendre du temps, et tous les sites ne participent pas. Avec ton numéro de dossier et ton code, tu peux suivre ton dossier ou le retirer.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Important&#xa0;: s&apos;il te plaît, ne publie pas toi-même ces images ou vidéos, nulle part. La publication pourrait être bloquée et ton compte signalé.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Mode conseiller&#xa0;: quand tu recommences ou fermes l&apos;appli, tout ce qui concerne ce dossier est effacé. Rien n&apos;est gardé sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>Le reçu n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>Le numéro de dossier et le code secret n&apos;ont pas été enregistrés, imprimés ni copiés. Une fois tout effacé, ils ne pourront plus être affichés. Assure-toi que la personne les a.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>Tout &amp;effacer</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>Tu n&apos;as pas enregistré, imprimé ni copié ton numéro de dossier et ton code secret. Sans eux, tu ne pourras pas suivre ce dossier ni le retirer plus tard.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>&amp;Revenir au reçu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Numéro de dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>Code secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Reçu Take It Down

Numéro de dossier&#xa0;: %1
Code secret&#xa0;: %2
Registre&#xa0;: %3 (%4)
Envoyé&#xa0;: %5

Garde ceci en lieu sûr et privé. Avec le numéro de dossier et le code, tu pourras suivre ton dossier ou le retirer plus tard.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Copié. Colle-le dans un endroit sûr.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Fichiers de reçu (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Numéro de dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Code secret&#xa0;:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Envoyé à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Copier le numéro de dossier et le code</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Enregistrer le reçu dans un fichier</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Pas encore de réponse. Nouvel essai (%1 sur %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>Masquer les &amp;octets exacts</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>Afficher les &amp;octets exacts</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>La liste a changé, la case « J&apos;accepte » a donc été décochée. Vérifie-la encore une fois.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Taille&#xa0;: %Ln octet</numerusform>
            <numerusform>Taille&#xa0;: %Ln octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>Élément à envoyer&#xa0;: %n</numerusform>
            <numerusform>Éléments à envoyer&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Doublon exact mis de côté&#xa0;: %n</numerusform>
            <numerusform>Doublons exacts mis de côté&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Trop unie pour comparer visuellement (copies exactes seulement)&#xa0;: %n</numerusform>
            <numerusform>Trop unies pour comparer visuellement (copies exactes seulement)&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>Rien n&apos;est sélectionné pour l&apos;envoi.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Envoi à&#xa0;: %1
Adresse&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Vérifie avant d&apos;envoyer</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Décoche ce que tu ne veux pas envoyer. Les noms de fichiers ne sont jamais envoyés.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>Empreintes à en&amp;voyer&#xa0;:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>Fichier (non envoyé)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>E&amp;xactement ce qui sera envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Je l&apos;ai vérifié. &amp;J&apos;accepte d&apos;envoyer ces empreintes au registre ci-dessus.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Empreintes à envoyer</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Appuie sur Espace pour retirer un élément ou le remettre.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Exactement ce qui sera envoyé</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Lecture seule. Tu peux le sélectionner et le copier.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>J&apos;accepte d&apos;envoyer ces empreintes</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>l&apos;image</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>tournée et retournée</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>recadrée</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>avec des bandes</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>sur un fond flou</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>avec une légende</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>raccourcie</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>l&apos;image dans une capture d&apos;écran</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>l&apos;image sur un écran photographié</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>le fichier vidéo</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>images de la vidéo</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>une autre version</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 empreintes des images de la vidéo : %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 empreintes : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Empreintes à envoyer : %1 (images : %2, vidéos : %3). Aucun nom, aucune image.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>Le registre choisi n&apos;est plus configuré.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Envoi des empreintes…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>Les empreintes n&apos;ont pas été envoyées. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>Le registre a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Enregistré sur cet ordinateur. Pour l&apos;envoyer plus tard, ouvre Paramètres, puis Boîte d&apos;envoi. Tu peux maintenant fermer l&apos;appli ou recommencer.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Enregistré. Le fichier contient seulement les empreintes montrées à la page précédente.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Pas encore envoyé.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Seules les empreintes sont envoyées.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Que veux-tu faire&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>Choisir un &amp;autre registre</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>Enregistrer pour plus &amp;tard</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>&amp;Exporter le fichier d&apos;empreintes…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Réessayer l&apos;envoi</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Choisir un autre registre</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Revient à l&apos;endroit où tu l&apos;as choisi. Les empreintes sont gardées.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Enregistrer pour plus tard</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Garde les empreintes sur cet ordinateur jusqu&apos;à ce que tu les envoies depuis les paramètres.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Exporter le fichier d&apos;empreintes</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Enregistre exactement ces octets dans un fichier de ton choix, pour les envoyer autrement.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Registres</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>&amp;Langue et apparence</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Où les empreintes peuvent être envoyées.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Ajouter un registre</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Modifier le registre sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Retirer le registre sélectionné</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>Tester la connexion au registre sélectionné</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>Connecté. La liste %1 existe. Elle prend : %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>Connecté. Nom du registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Le registre a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Comme sur cet ordinateur</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>Autoriser les aperçus &amp;flous sur demande</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>Mode &amp;conseiller&#xa0;: tout effacer après chaque reçu</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>Envoyer aussi les empreintes des copies &amp;pivotées et retournées</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Bloquer aussi les copies &amp;modifiées courantes (recadrées, avec des bandes, captures d&apos;écran)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>Autoriser les aperçus flous sur demande</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Mode conseiller</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>Après chaque reçu, tout ce qui concerne le dossier est effacé.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Envoyer aussi les empreintes des copies pivotées et retournées</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Bloquer aussi les copies modifiées courantes (recadrées, avec des bandes, captures d&apos;écran)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>Aucune ligne d&apos;aide n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Empêche tes images de circuler</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>Tu n&apos;es pas seul·e, et ce n&apos;est pas ta faute.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Cette appli aide à empêcher que des images et vidéos intimes soient partagées en ligne.

Elle crée une empreinte (un hash) de chaque fichier, ici sur cet ordinateur.

Tes images ne quittent jamais cet ordinateur. Seules les empreintes sont envoyées.

Les sites participants utilisent les empreintes pour trouver et bloquer les copies.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Comme sur cet ordinateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Change la langue tout de suite.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Trouver de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Si tu ne te sens pas en sécurité ou si tu as besoin de parler à quelqu&apos;un, tu peux demander de l&apos;aide ici&#xa0;:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>Tu as déjà envoyé des empreintes&#xa0;?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>Vérifier ou re&amp;tirer un dossier…</translation>
    </message>
</context>
</TS>
