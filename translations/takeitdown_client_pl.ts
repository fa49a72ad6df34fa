<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>O zdjęciach</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Kilka pytań określi, dokąd trafią odciski.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>Ile lat miała osoba na zdjęciach, gdy je zrobiono?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>&amp;Mniej niż 18 lat</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>&amp;18 lat lub więcej</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Chodzi o zdjęcia lub filmy z nagością, częściową nagością lub treściami seksualnymi. Zdjęcia zrobione, zanim osoba skończyła 18 lat, trafiają do serwisu dla młodych osób, takiego jak Take It Down. Zdjęcia dorosłych trafiają do serwisu takiego jak StopNCII.org. Te dwa są oddzielone. Nie wiesz? Wybierz „Mniej niż 18 lat”.</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>Kto korzysta z tej aplikacji?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>&amp;Ja, to ja jestem na zdjęciach</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>Zaufana &amp;osoba dorosła, która komuś pomaga</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>&amp;Konsultant w punkcie pomocy</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>Wyślij odcisk&amp;i do:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Rejestr</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Dokąd są wysyłane odciski.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Mniej niż 18 lat</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 lat lub więcej</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Ja, to ja jestem na zdjęciach</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Zaufana osoba dorosła, która komuś pomaga</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Konsultant w punkcie pomocy</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Żaden rejestr nie przyjmuje jeszcze takich zdjęć. Otwórz Ustawienia, aby dodać rejestr.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Otwórz Us&amp;tawienia</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>Zrobione już odciski zostają. Zmień, co trzeba, a potem przejdź dalej przyciskiem Dalej.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Otwórz Ustawienia</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>Jeśli znajdziesz w sieci edytowaną kopię (przyciętą, z tekstem lub naklejkami), dodaj też jej zrzut ekranu.</translation>
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
        <translation>Rejestr demo (ten komputer)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Eksportuj plik z odciskami</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>Pliki z odciskami (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Sprawdź lub wycofaj sprawę</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Użyj potwierdzenia otrzymanego po wysłaniu: otwórz zapisany plik potwierdzenia albo wpisz numer sprawy i tajny kod.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>&amp;Otwórz zapisane potwierdzenie…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>Wysłano &amp;do:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Numer sprawy:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>Tajny &amp;kod:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Pokaż ko&amp;d</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>Pokaż tajny kod</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Wycofaj…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>Wycofać tę sprawę? Strony przestaną szukać tych odcisków. Jeśli zmienisz zdanie, możesz wysłać je ponownie.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;Tak, wycofaj</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Zostaw sprawę</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Tajny kod</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>Z twojego potwierdzenia.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numer sprawy</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>To potwierdzenie pochodzi z rejestru, w którym nie da się sprawdzać spraw.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (z potwierdzenia)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Otwarto potwierdzenie. Wybierz Sprawdź albo Wycofaj.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Wycofywanie…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Numer sprawy: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Wpisy nadal na liście: %1 z %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Otrzymano. Strony, które biorą udział, szukają tych odcisków.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Wycofano. Strony już nie szukają tych odcisków.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Wycofano częściowo. Strony nadal szukają niektórych z tych odcisków.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>Rejestr odpowiada: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Przyjęte odciski: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Wysłano: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Ostatnia zmiana: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Rejestr odpowiedział: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Przeglądanie dodanych plików…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nieobsługiwany</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>To nie zdjęcie ani film</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>Nie da się otworzyć</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>Wybrany plik: %n (zdjęcia: %1, filmy: %2)</numerusform>
            <numerusform>Wybrane pliki: %n (zdjęcia: %1, filmy: %2)</numerusform>
            <numerusform>Wybrane pliki: %n (zdjęcia: %1, filmy: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>Wybrany plik: %n (zdjęcia: %1, filmy: %2, nie do użycia: %3)</numerusform>
            <numerusform>Wybrane pliki: %n (zdjęcia: %1, filmy: %2, nie do użycia: %3)</numerusform>
            <numerusform>Wybrane pliki: %n (zdjęcia: %1, filmy: %2, nie do użycia: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>Ukryj &amp;rozmyty podgląd</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Podgląd ukryty</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>Brak podglądu dla tego pliku.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Tworzenie rozmytego podglądu…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Rozmyty podgląd wybranego pliku</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Wybierz zdjęcia i filmy</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Zostają na tym komputerze. Powstają z nich tylko odciski.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Dodaj &amp;pliki…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Dodaj &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>Pokaż &amp;rozmyty podgląd</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>Możesz też przeciągnąć tu pliki lub foldery.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dodaj pliki</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Otwiera okno wyboru plików.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Dodaj folder</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Dodaje wszystkie zdjęcia i filmy z folderu.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Usuń zaznaczone pliki z listy</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Pokaż rozmyty podgląd</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Pokazuje rozmytą wersję zaznaczonego zdjęcia. Nic nie jest zapisywane.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Wybrane pliki</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Naciśnij Delete, aby usunąć plik.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Wybierz zdjęcia lub filmy</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Zdjęcia i filmy (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Wybierz folder</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Otwórz zapisane potwierdzenie</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Pliki potwierdzeń (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Tworzenie odcisków. To może chwilę potrwać.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Gotowe: %1 z %2 plików</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>Przetwarzanie: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Przetwarzanie…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>Gotowe %1 z %2 plików. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Szacowanie pozostałego czasu…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Zostało mniej niż minutę</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Jeszcze około %n min</numerusform>
            <numerusform>Jeszcze około %n min</numerusform>
            <numerusform>Jeszcze około %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Zdjęcie zbyt jednolite, by porównać je wizualnie: %n. Jego dokładne kopie i tak zostaną znalezione.</numerusform>
            <numerusform>Zdjęcia zbyt jednolite, by porównać je wizualnie: %n. Ich dokładne kopie i tak zostaną znalezione.</numerusform>
            <numerusform>Zdjęcia zbyt jednolite, by porównać je wizualnie: %n. Ich dokładne kopie i tak zostaną znalezione.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>Nie udało się utworzyć żadnego odcisku. Wróć i wybierz inne pliki.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Utworzone odciski: %1. Pliki, których nie dało się użyć: %2 (lista poniżej).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Gotowe. Utworzony odcisk: %n.</numerusform>
            <numerusform>Gotowe. Utworzone odciski: %n.</numerusform>
            <numerusform>Gotowe. Utworzone odciski: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Zatrzymano. Nic nie zostało wysłane. Możesz zacząć ponownie.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Tworzenie odcisków</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>To dzieje się na tym komputerze. Nic nie jest jeszcze wysyłane.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Przygotowanie…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Za&amp;trzymaj</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Zacznij &amp;ponownie</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Tych plików nie dało się użyć:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Postęp całości</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Postęp bieżącego pliku</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Zatrzymaj tworzenie odcisków</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Zacznij tworzyć odciski ponownie</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>Pliki, których nie dało się użyć, z powodem</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Ten rejestr przyjmuje zdjęcia tylko przez ich odcisk wizualny. Zdjęcia zbyt jednolite, by go mieć, dla których nic nie zostanie wysłane: %n</numerusform>
            <numerusform>Ten rejestr przyjmuje zdjęcia tylko przez ich odcisk wizualny. Zdjęcia zbyt jednolite, by go mieć, dla których nic nie zostanie wysłane: %n</numerusform>
            <numerusform>Ten rejestr przyjmuje zdjęcia tylko przez ich odcisk wizualny. Zdjęcia zbyt jednolite, by go mieć, dla których nic nie zostanie wysłane: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>Zdjęcia, dla których nic nie wysłano (zbyt jednolite na odcisk wizualny): %n</numerusform>
            <numerusform>Zdjęcia, dla których nic nie wysłano (zbyt jednolite na odcisk wizualny): %n</numerusform>
            <numerusform>Zdjęcia, dla których nic nie wysłano (zbyt jednolite na odcisk wizualny): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>Filmy zapisane tylko dokładnym odciskiem (kopie po ponownym kodowaniu nie zostaną rozpoznane): %n</numerusform>
            <numerusform>Filmy zapisane tylko dokładnym odciskiem (kopie po ponownym kodowaniu nie zostaną rozpoznane): %n</numerusform>
            <numerusform>Filmy zapisane tylko dokładnym odciskiem (kopie po ponownym kodowaniu nie zostaną rozpoznane): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>Platformy, które korzystają z tej listy, mogą je rozpoznać w ciągu kilku minut.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Zapisz plik potwierdzenia: jest potrzebny do sprawdzenia lub wycofania, bo wpisów z listy nie da się przepisać ręcznie.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>Wszystko zostało wyczyszczone. Możesz zacząć od nowa.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Zacznij od &amp;nowa</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Zacząć od nowa?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Wszystko o tej sprawie zostanie usunięte z aplikacji: lista plików i odciski. Twoje pliki zostają tam, gdzie są.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>Numer sprawy i tajny kod nie będą już widoczne. Upewnij się, że je zapisałeś, wydrukowałeś lub skopiowałeś.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Kontynuuj</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Zacznij od nowa i wyczyść wszystko</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>Plik jest niekompletny. Może nie został do końca pobrany.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>Plik jest uszkodzony i nie da się go odczytać jako zdjęcia ani filmu.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>To nie jest zdjęcie ani film.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Ten rodzaj pliku nie jest jeszcze obsługiwany.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>Nie da się otworzyć pliku. Może jest używany albo nie masz do niego dostępu.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>Pliku już tu nie ma. Mógł zostać przeniesiony lub usunięty.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>Zdjęcie jest zbyt duże, by bezpiecznie je przetworzyć.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>Nie udało się otworzyć folderu, więc jego pliki zostały pominięte.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Skrót do folderu wskazuje sam na siebie, więc został pominięty.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>W pliku nie ma obrazu. Może to tylko dźwięk.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>Nie udało się odczytać żadnych klatek z tego filmu.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>Film nie podaje, jak szybko ma być odtwarzany, więc przyjęto zwykłą prędkość. Odcisk i tak został utworzony.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Zatrzymano na twoją prośbę.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>Przy odczycie tego pliku czytnik przestał działać. Plik może być uszkodzony.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>Coś poszło nie tak z tym plikiem.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Ten komputer chyba nie ma internetu. Sprawdź połączenie.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>Nie udało się połączyć z rejestrem. Może nie działa albo adres jest błędny.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>Rejestr zbyt długo nie odpowiadał.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>Nie udało się sprawdzić certyfikatu bezpieczeństwa rejestru, więc nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Ten adres nie jest bezpieczny (musi zaczynać się od https://), więc nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>Adres rejestru jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>Rejestr dał nieoczekiwaną odpowiedź.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>Rejestr jest teraz zajęty. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>Rejestr miał problem po swojej stronie. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>Nie udało się zrozumieć odpowiedzi rejestru.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>Odpowiedź rejestru była zbyt duża, by ją przyjąć.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>Rejestr nie przyjął kodu dostępu. Sprawdź go w Ustawieniach.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>Nie znaleźliśmy tej sprawy. Sprawdź numer sprawy i tajny kod.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>Rejestr ma już inne zgłoszenie z tym kluczem.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>Rejestr nie przyjął prośby.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Ten rejestr tego nie obsługuje.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>Plik z odciskami jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>Ten rejestr nie ma listy o nazwie %1. Sprawdź nazwę listy w Ustawieniach.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>Nazwa listy HMA składa się z wielkich liter, cyfr i podkreśleń, na przykład NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>Ten rejestr ma już listę o nazwie %1.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>Nic nie zostało wysłane. Te zdjęcia są zbyt jednolite na odcisk wizualny, a ten rejestr przyjmuje zdjęcia tylko w ten sposób.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>Pod tym adresem coś odpowiada, ale nie rejestr ustawionego rodzaju. Sprawdź adres i rodzaj.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>Nie udało się odczytać twoich ustawień, więc użyto domyślnych.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>Nie udało się tam zapisać pliku. Spróbuj w innym miejscu.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>Drukowanie się nie udało.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Zaznacz, czy osoba miała mniej niż 18 lat, czy była dorosła.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Zaznacz, kto korzysta z aplikacji.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Nie ma nic do wysłania.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Jeden z odcisków jest nieprawidłowy. Utwórz odciski jeszcze raz.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>To za dużo naraz. Wysyłaj mniej plików za jednym razem.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>To nie jest plik potwierdzenia albo jest uszkodzony.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>Nie udało się otworzyć pliku potwierdzenia.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Coś poszło nie tak. Nic z twojej pracy nie przepadło; spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Odciski zapisane do późniejszego wysłania. Zostaną usunięte po wysłaniu.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Zapisane zgłoszenia</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Wyślij &amp;teraz</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>Usuń &amp;wszystkie</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>Wyślij teraz zaznaczone zgłoszenie</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>Usuń zaznaczone zgłoszenie</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Usuń wszystkie zapisane zgłoszenia</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, do: %2, elementy: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nic nie czeka na wysłanie.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Uszkodzone zapisane zgłoszenie, którego nie da się wysłać: %n</numerusform>
            <numerusform>Uszkodzone zapisane zgłoszenia, których nie da się wysłać: %n</numerusform>
            <numerusform>Uszkodzone zapisane zgłoszenia, których nie da się wysłać: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>Rejestr tego zgłoszenia nie jest już ustawiony.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Wysłano.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>Twoje potwierdzenie</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Wysłano. Zachowaj numer sprawy i kod w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Rejestr odpowiedział: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Usunięto.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Usuń wszystkie</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>Usunąć wszystkie zapisane zgłoszenia? Nie zostaną wysłane.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Wszystko, co czekało na wysłanie, zostało usunięte.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>Rejestr</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>API rejestru Take It Down</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Bank Hasher-Matcher-Actioner (HMA)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Zostaw puste, aby zachować obecny</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Tylko jeśli rejestr ci go dał</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>Opcjonalnie: plik certyfikatu dla tego rejestru</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Bank (tylko HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>Kod &amp;dostępu:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Plik &amp;certyfikatu:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Przyjmuje zdjęcia:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Nadaj rejestrowi nazwę.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Inny rejestr ma już tę nazwę.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Zaznacz co najmniej jeden rodzaj zdjęć, które przyjmuje ten rejestr.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Wpisz nazwę banku HMA.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;typu:</translation>
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
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zachowaj</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Wysłano. Twoje potwierdzenie</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Zachowaj numer sprawy i kod w bezpiecznym, prywatnym miejscu.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>Odciski zostały wysłane. Twoje zdjęcia zostały na tym komputerze.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>Strony, które biorą udział, będą porównywać nowo przesyłane pliki z twoimi odciskami i mogą blokować pasujące kopie. To może chwilę potrwać i nie każda strona bierze udział. Z numerem sprawy i kodem możesz sprawdzić swoją sprawę albo ją wycofać.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Ważne: nie publikuj nigdzie tych zdjęć ani filmów. Post może zostać zablokowany, a twoje konto oznaczone.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Tryb konsultanta: gdy zaczniesz od nowa lub zamkniesz aplikację, wszystko o tej sprawie zostanie wyczyszczone. Nic nie zostaje na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>Potwierdzenie nie jest zapisane</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>Numer sprawy i tajny kod nie zostały zapisane, wydrukowane ani skopiowane. Po wyczyszczeniu wszystkiego nie da się ich już pokazać. Upewnij się, że ta osoba je ma.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>&amp;Wyczyść wszystko</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>Nie zapisałeś, nie wydrukowałeś ani nie skopiowałeś numeru sprawy i tajnego kodu. Bez nich nie sprawdzisz tej sprawy ani jej później nie wycofasz.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Zamknij bez zapisywania</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>&amp;Wróć do potwierdzenia</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Numer sprawy: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>Tajny kod: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Potwierdzenie Take It Down

Numer sprawy: %1
Tajny kod: %2
Rejestr: %3 (%4)
Wysłano: %5

Przechowuj to bezpiecznie i prywatnie. Z numerem sprawy i kodem możesz później sprawdzić swoją sprawę albo ją wycofać.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Skopiowano. Wklej to w bezpieczne miejsce.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Zapisz potwierdzenie</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Pliki potwierdzeń (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Wydrukuj potwierdzenie</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Numer sprawy:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Tajny kod:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Wysłano do:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Zapi&amp;sz…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>D&amp;rukuj…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Skopiuj numer sprawy i kod</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Zapisz potwierdzenie do pliku</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Jeszcze brak odpowiedzi. Kolejna próba (%1 z %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>Ukryj dokładne &amp;bajty</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>Pokaż dokładne &amp;bajty</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>Lista się zmieniła, więc pole „Zgadzam się” zostało odznaczone. Sprawdź ją jeszcze raz.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Rozmiar: %Ln bajt</numerusform>
            <numerusform>Rozmiar: %Ln bajty</numerusform>
            <numerusform>Rozmiar: %Ln bajtów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>Do wysłania: %n</numerusform>
            <numerusform>Do wysłania: %n</numerusform>
            <numerusform>Do wysłania: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Pominięty dokładny duplikat: %n</numerusform>
            <numerusform>Pominięte dokładne duplikaty: %n</numerusform>
            <numerusform>Pominięte dokładne duplikaty: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Zbyt jednolite, by porównać wizualnie (tylko dokładne kopie): %n</numerusform>
            <numerusform>Zbyt jednolite, by porównać wizualnie (tylko dokładne kopie): %n</numerusform>
            <numerusform>Zbyt jednolite, by porównać wizualnie (tylko dokładne kopie): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>Nic nie jest zaznaczone do wysłania.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Wysyłanie do: %1
Adres: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Sprawdź przed wysłaniem</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Odznacz to, czego nie chcesz wysyłać. Nazwy plików nigdy nie są wysyłane.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Wyś&amp;lij</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>&amp;Odciski do wysłania:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>Plik (nie jest wysyłany)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Odcisk</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>Do&amp;kładnie to, co zostanie wysłane:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Wszystko sprawdzone. Z&amp;gadzam się na wysłanie tych odcisków do rejestru powyżej.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Odciski do wysłania</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Naciśnij Spację, aby pominąć element lub go przywrócić.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Dokładnie to, co zostanie wysłane</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Tylko do odczytu. Możesz to zaznaczyć i skopiować.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>Zgadzam się na wysłanie tych odcisków</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>zdjęcie</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>obrócone i odbite</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>przycięte</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>z pasami</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>na rozmytym tle</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>z podpisem</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>skrócone</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>zdjęcie na zrzucie ekranu</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>zdjęcie na sfotografowanym ekranie</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>plik wideo</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>klatki wideo</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>inna wersja</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>Odciski klatek: %1 — %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>Odciski: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Odciski do wysłania: %1 (zdjęcia: %2, wideo: %3). Bez nazw, bez zdjęć.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>Wybrany rejestr nie jest już ustawiony.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Wysyłanie odcisków…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>Odciski nie zostały wysłane. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>Rejestr odpowiedział: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Zapisano na tym komputerze. Aby wysłać później, otwórz Ustawienia, a potem Do wysłania. Możesz teraz zamknąć aplikację albo zacząć od nowa.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Zapisano. Plik zawiera tylko odciski pokazane na poprzedniej stronie.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Jeszcze nie wysłano.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Wysyłane są tylko odciski.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Co chcesz zrobić?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Spróbuj &amp;jeszcze raz</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>Wybierz &amp;inny rejestr</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>Zapisz, by wysłać &amp;później</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>&amp;Eksportuj plik z odciskami…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Postęp wysyłania</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Spróbuj wysłać jeszcze raz</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Wybierz inny rejestr</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Wraca tam, gdzie go wybrano. Odciski zostają.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Zapisz, by wysłać później</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Zachowuje odciski na tym komputerze, dopóki nie wyślesz ich z Ustawień.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Eksportuj plik z odciskami</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Zapisuje dokładnie te same bajty do wybranego pliku, by wysłać je w inny sposób.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Rejestry</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>Język i wy&amp;gląd</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Do wysłania</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Dokąd można wysyłać odciski.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Rejestry</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Dod&amp;aj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Sprawdź &amp;połączenie</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Dodaj rejestr</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Edytuj zaznaczony rejestr</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Usuń zaznaczony rejestr</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>Sprawdź połączenie z zaznaczonym rejestrem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Sprawdzanie połączenia…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>Połączono. Lista %1 istnieje. Przyjmuje: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>Połączono. Nazwa rejestru: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Rejestr odpowiedział: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Tak jak na tym komputerze</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>Zezwalaj na rozmyty &amp;podgląd na żądanie</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>Tryb &amp;konsultanta: czyść wszystko po każdym potwierdzeniu</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>Wysyłaj też odciski &amp;obróconych i odbitych kopii</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Blokuj też typowe &amp;edytowane kopie (przycięte, z paskami, zrzuty ekranu)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>Zezwalaj na rozmyty podgląd na żądanie</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Tryb konsultanta</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>Po każdym potwierdzeniu wszystko o sprawie jest czyszczone.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Wysyłaj też odciski obróconych i odbitych kopii</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Blokuj też typowe edytowane kopie (przycięte, z paskami, zrzuty ekranu)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>Nie ustawiono żadnych linii pomocy.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Powstrzymaj rozpowszechnianie swoich zdjęć</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>Nie jesteś z tym sama ani sam. To nie twoja wina.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Ta aplikacja pomaga powstrzymać udostępnianie intymnych zdjęć i filmów w internecie.

Tworzy odcisk palca (hash) każdego pliku, tutaj, na tym komputerze.

Twoje zdjęcia nigdy nie opuszczają tego komputera. Wysyłane są tylko odciski.

Strony, które biorą udział, używają odcisków, by znajdować i blokować kopie.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Tak jak na tym komputerze</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Zmienia język od razu.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Uzyskaj pomoc teraz</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Jeśli nie czujesz się bezpiecznie albo potrzebujesz z kimś porozmawiać, możesz zwrócić się tutaj:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>Odciski zostały już wcześniej wysłane?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>&amp;Sprawdź lub wycofaj sprawę…</translation>
    </message>
</context>
</TS>
