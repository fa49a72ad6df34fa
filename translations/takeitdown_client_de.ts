<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo registry (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry doesn&apos;t know this case, or the code is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry is set up yet. Open Settings to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
