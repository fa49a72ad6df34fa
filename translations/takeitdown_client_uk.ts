<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>Про ці фото</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Кілька запитань, щоб вирішити, куди надіслати відбитки.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>Скільки років було людині на фото, коли їх зробили?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>&amp;Молодше 18</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>&amp;18 або старше</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Це для фото чи відео з оголеністю, частковою оголеністю або сексуальним змістом. Фото, зроблені до 18 років, надсилаються до служби для молоді, як-от Take It Down. Фото дорослих — до служби на кшталт StopNCII.org. Їх зберігають окремо. Не знаєш точно? Обери «Молодше 18».</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>Хто користується застосунком?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>&amp;Я, це мої фото</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>Дорослий, якому довіряють, допомагає &amp;комусь</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>Консультант &amp;центру допомоги</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>Куди надіс&amp;лати:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реєстр</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Куди надсилаються відбитки.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Молодше 18</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 або старше</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Я, це мої фото</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Дорослий, якому довіряють, допомагає комусь</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Консультант центру допомоги</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Поки що жоден реєстр не приймає такі фото. Відкрий налаштування, щоб додати реєстр.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Відкрити налаштування</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>Уже зроблені відбитки зберігаються. Зміни, що потрібно, і далі натисни «Далі».</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Відкрити налаштування</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>Якщо ти знайшов у мережі змінену копію (обрізану, з текстом або наліпками), додай і її знімок екрана.</translation>
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
        <translation>Демо-реєстр (цей комп’ютер)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Експорт файлу відбитків</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>Файли відбитків (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Перевірити або відкликати звернення</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Скористайся підтвердженням, отриманим після надсилання: відкрий збережений файл підтвердження або введи номер звернення й секретний код.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>&amp;Відкрити збережене підтвердження…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Куди надіслано:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Номер звернення:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>&amp;Секретний код:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Показати ко&amp;д</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>Показати секретний код</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Перевірити</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Ві&amp;дкликати…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>Відкликати це звернення? Сайти перестануть шукати ці відбитки. Якщо передумаєш, можна надіслати їх знову.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;Так, відкликати</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Залишити як є</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Секретний код</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>З твого підтвердження.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер звернення</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>Це підтвердження від реєстру, у якому не можна перевіряти звернення.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (з підтвердження)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Підтвердження відкрито. Вибери «Перевірити» або «Відкликати».</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевіряю…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Відкликаю…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Номер звернення: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Записів досі в списку: %1 з %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Отримано. Сайти-учасники шукають ці відбитки.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Відкликано. Сайти більше не шукають ці відбитки.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Відкликано частково. Сайти досі шукають деякі з цих відбитків.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>Відповідь реєстру: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Прийнято відбитків: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Надіслано: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Остання зміна: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Відповідь реєстру: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Переглядаю додане…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Відео</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Не підтримується</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>Не фото і не відео</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>Не вдається відкрити</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>Вибрано файлів: %n (фото: %1, відео: %2)</numerusform>
            <numerusform>Вибрано файлів: %n (фото: %1, відео: %2)</numerusform>
            <numerusform>Вибрано файлів: %n (фото: %1, відео: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>Вибрано файлів: %n (фото: %1, відео: %2, не підходять: %3)</numerusform>
            <numerusform>Вибрано файлів: %n (фото: %1, відео: %2, не підходять: %3)</numerusform>
            <numerusform>Вибрано файлів: %n (фото: %1, відео: %2, не підходять: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>Сховати &amp;розмитий перегляд</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Перегляд приховано</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>Для цього файлу немає перегляду.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Створюю розмитий перегляд…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Розмитий перегляд вибраного файлу</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Вибери фото і відео</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Вони залишаються на цьому комп’ютері. З них лише створюються відбитки.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Додати &amp;файли…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Додати п&amp;апку…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>Показати &amp;розмитий перегляд</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>Сюди можна також перетягнути файли чи папки.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Додати файли</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Відкриває вибір файлів.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Додати папку</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Додає всі фото і відео з папки.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Вилучити вибрані файли зі списку</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Показати розмитий перегляд</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Показує розмиту версію вибраного фото. Нічого не зберігається.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Вибрані файли</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Натисни Delete, щоб вилучити файл.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Вибрати фото або відео</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Фото і відео (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Вибрати папку</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Відкрити збережене підтвердження</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Файли підтвердження (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Створюю відбитки. Це може зайняти трохи часу.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупиняю…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Готово: %1 з %2 файлів</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>Обробляю: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Обробка…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>Оброблено %1 з %2 файлів. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Рахую, скільки часу залишилося…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Залишилося менше хвилини</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Залишилося близько %n хв</numerusform>
            <numerusform>Залишилося близько %n хв</numerusform>
            <numerusform>Залишилося близько %n хв</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Фото, надто прості для пошуку схожих: %n. Їхні точні копії все одно знайдуть.</numerusform>
            <numerusform>Фото, надто прості для пошуку схожих: %n. Їхні точні копії все одно знайдуть.</numerusform>
            <numerusform>Фото, надто прості для пошуку схожих: %n. Їхні точні копії все одно знайдуть.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>Не вдалося створити жодного відбитка. Повернися назад і вибери інші файли.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Створено відбитків: %1. Файлів, які не вдалося використати: %2 (список нижче).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Готово. Створено відбитків: %n.</numerusform>
            <numerusform>Готово. Створено відбитків: %n.</numerusform>
            <numerusform>Готово. Створено відбитків: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Зупинено. Нічого не надіслано. Можна почати знову.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Створення відбитків</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>Це відбувається на цьому комп’ютері. Поки нічого не надсилається.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Готуюся…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>З&amp;упинити</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Почати &amp;ще раз</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Ці файли не вдалося використати:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Загальний прогрес</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Прогрес поточного файлу</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Зупинити створення відбитків</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Знову почати створювати відбитки</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>Файли, які не вдалося використати, і причина</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Цей реєстр приймає фото лише за візуальним відбитком. Фото, надто прості для нього, для яких нічого не буде надіслано: %n</numerusform>
            <numerusform>Цей реєстр приймає фото лише за візуальним відбитком. Фото, надто прості для нього, для яких нічого не буде надіслано: %n</numerusform>
            <numerusform>Цей реєстр приймає фото лише за візуальним відбитком. Фото, надто прості для нього, для яких нічого не буде надіслано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>Фото, для яких нічого не надіслано (надто прості для візуального відбитка): %n</numerusform>
            <numerusform>Фото, для яких нічого не надіслано (надто прості для візуального відбитка): %n</numerusform>
            <numerusform>Фото, для яких нічого не надіслано (надто прості для візуального відбитка): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>Відео, занесені лише за точним відбитком (перекодовані копії не збігатимуться): %n</numerusform>
            <numerusform>Відео, занесені лише за точним відбитком (перекодовані копії не збігатимуться): %n</numerusform>
            <numerusform>Відео, занесені лише за точним відбитком (перекодовані копії не збігатимуться): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>Платформи, які користуються цим списком, зможуть їх знаходити за кілька хвилин.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Збережи файл підтвердження: він потрібен, щоб перевірити або відкликати, бо записи зі списку не можна ввести вручну.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>Усе очищено. Можна почати знову.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Нала&amp;штування</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Почати знову</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Почати знову?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Усе про це звернення буде стерто з застосунку: список файлів і відбитки. Твої файли залишаться там, де вони є.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>Номер звернення й секретний код більше не показуватимуться. Переконайся, що ти їх зберіг, надрукував або скопіював.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Продовжити</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Почати знову й усе очистити</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>Файл неповний. Можливо, він не завантажився до кінця.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>Файл пошкоджений, і його не вдається прочитати як фото чи відео.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>Це не фото і не відео.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Такий тип файлу поки не підтримується.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>Не вдається відкрити файл. Можливо, він зайнятий або в тебе немає доступу.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>Файлу вже немає. Можливо, його перемістили або видалили.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>Фото надто велике, щоб безпечно з ним працювати.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>Не вдалося відкрити папку, тож її файли пропущено.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Ярлик папки вказує сам на себе, тож його пропущено.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>У файлі немає відео. Можливо, там лише звук.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>З цього відео не вдалося прочитати жодного кадру.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>У відео не вказано швидкість відтворення, тож узято звичайну. Відбиток усе одно створено.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Зупинено на твоє прохання.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>Під час читання цього файлу програма зупинилася. Можливо, файл пошкоджений.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>Із цим файлом щось пішло не так.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Схоже, комп’ютер не підключений до інтернету. Перевір з’єднання.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>Не вдалося зв’язатися з реєстром. Можливо, він не працює або адреса неправильна.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>Реєстр надто довго не відповідав.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>Не вдалося перевірити сертифікат безпеки реєстру, тож нічого не надіслано.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Ця адреса не захищена (вона має починатися з https://), тож нічого не надіслано.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>Адреса реєстру неправильна.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>Реєстр дав неочікувану відповідь.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>Реєстр зараз зайнятий. Спробуй ще раз трохи згодом.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>Проблема на боці реєстру. Спробуй ще раз пізніше.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>Не вдалося зрозуміти відповідь реєстру.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>Відповідь реєстру надто велика, її не прийнято.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>Реєстр не прийняв код доступу. Перевір його в налаштуваннях.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>Ми не знайшли цього звернення. Перевір номер звернення й секретний код.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>У реєстрі вже є інший запит із цим ключем.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>Реєстр не прийняв запит.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Цей реєстр такого не підтримує.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>Файл відбитків недійсний.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>У цьому реєстрі немає списку з назвою %1. Перевір назву списку в налаштуваннях.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>Назва списку HMA пишеться великими літерами, цифрами та підкресленнями, наприклад NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>У цьому реєстрі вже є список з назвою %1.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>Нічого не надіслано. Ці фото надто прості для візуального відбитка, а цей реєстр приймає фото лише так.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>За цією адресою щось відповідає, але це не реєстр вибраного типу. Перевір адресу й тип.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>Не вдалося прочитати твої налаштування, тож використано стандартні.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>Не вдалося зберегти файл туди. Спробуй інше місце.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>Не вдалося надрукувати.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Вкажи, чи було людині менше 18, чи вона доросла.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Вкажи, хто користується застосунком.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Нема чого надсилати.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Один із відбитків недійсний. Створи відбитки ще раз.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>Це забагато для одного разу. Надсилай менше файлів за раз.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>Це не файл підтвердження, або він пошкоджений.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>Не вдалося відкрити файл підтвердження.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Щось пішло не так. Нічого не втрачено, спробуй ще раз.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Відбитки збережено, щоб надіслати пізніше. Після надсилання їх буде видалено.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Збережені запити</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Надіслати зараз</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ви&amp;далити</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>Видалити вс&amp;е</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>Надіслати вибраний запит зараз</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>Видалити вибраний запит</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Видалити всі збережені запити</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, до: %2, елементів: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Нічого не чекає на надсилання.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Пошкоджені збережені запити, які не можна надіслати: %n</numerusform>
            <numerusform>Пошкоджені збережені запити, які не можна надіслати: %n</numerusform>
            <numerusform>Пошкоджені збережені запити, які не можна надіслати: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>Реєстр для цього запиту більше не налаштований.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Надсилаю…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Надіслано.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>Твоє підтвердження</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Надіслано. Збережи номер звернення й код у надійному місці.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Відповідь реєстру: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Видалено.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Видалити все</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>Видалити всі збережені запити? Їх не буде надіслано.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Усе, що було збережено для надсилання, видалено.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>Реєстр</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>API реєстру Take It Down</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Банк Hasher-Matcher-Actioner (HMA)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Залиш порожнім, щоб зберегти поточний</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Лише якщо реєстр тобі його дав</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>Необов’язково: файл сертифіката для цього реєстру</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Банк (лише HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>&amp;Код доступу:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Файл &amp;сертифіката:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Приймає зображення:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Дай реєстру назву.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Реєстр із такою назвою вже є.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Познач хоча б один вид зображень, які приймає цей реєстр.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Введи назву банку HMA.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлів:</translation>
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
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далі &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далі</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Йти назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Надіслано. Твоє підтвердження</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Збережи номер звернення й код у надійному й приватному місці.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>Відбитки надіслано. Твої фото залишилися на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Що буде далі</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>Сайти-учасники перевірятимуть нові завантаження за твоїми відбитками й можуть блокувати однакові копії. Це може зайняти трохи часу, і не всі сайти беруть участь. За номером звернення й кодом можна перевірити, як справи, або відкликати звернення.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Важливо: будь ласка, ніде не публікуй ці фото чи відео. Такий допис можуть заблокувати, а твій обліковий запис — позначити.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Режим консультанта: коли ти почнеш знову або закриєш застосунок, усе про це звернення буде очищено. На цьому комп’ютері нічого не залишиться.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>Квитанцію не збережено</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>Номер справи й секретний код не збережено, не надруковано й не скопійовано. Коли все буде очищено, їх уже не можна буде показати. Переконайся, що вони є в цієї людини.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>&amp;Очистити все</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>Ти не зберіг, не надрукував і не скопіював номер справи й секретний код. Без них ти не зможеш пізніше перевірити цю справу або відкликати її.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Закрити без збереження</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>&amp;Повернутися до квитанції</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Номер звернення: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>Секретний код: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Підтвердження Take It Down

Номер звернення: %1
Секретний код: %2
Реєстр: %3 (%4)
Надіслано: %5

Зберігай це в надійному й приватному місці. За номером звернення й кодом можна пізніше перевірити, як справи, або відкликати звернення.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Скопійовано. Встав це в надійне місце.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Зберегти підтвердження</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Файли підтвердження (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Надрукувати підтвердження</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Надіслано на друк.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Номер звернення:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Секретний код:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Куди надіслано:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>З&amp;берегти…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Д&amp;рукувати…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Копіювати номер звернення й код</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Зберегти підтвердження у файл</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Відповіді ще немає. Нова спроба (%1 з %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>Сховати точні &amp;байти</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>Показати точні &amp;байти</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Відео</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>Список змінився, тому позначку «Я погоджуюся» знято. Перевір його ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Розмір: %Ln байт</numerusform>
            <numerusform>Розмір: %Ln байти</numerusform>
            <numerusform>Розмір: %Ln байтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>До надсилання: %n</numerusform>
            <numerusform>До надсилання: %n</numerusform>
            <numerusform>До надсилання: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Пропущено точних дублікатів: %n</numerusform>
            <numerusform>Пропущено точних дублікатів: %n</numerusform>
            <numerusform>Пропущено точних дублікатів: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Надто прості для пошуку схожих (лише точні копії): %n</numerusform>
            <numerusform>Надто прості для пошуку схожих (лише точні копії): %n</numerusform>
            <numerusform>Надто прості для пошуку схожих (лише точні копії): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>Нічого не вибрано для надсилання.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Куди: %1
Адреса: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Перевір перед надсиланням</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Зніми позначку з усього, що не хочеш надсилати. Назви файлів ніколи не надсилаються.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Надіс&amp;лати</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>&amp;Відбитки для надсилання:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>Файл (не надсилається)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>&amp;Точно те, що буде надіслано:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Усе перевірено. &amp;Я погоджуюся надіслати ці відбитки до реєстру, вказаного вище.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Відбитки для надсилання</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Натисни пробіл, щоб пропустити елемент або повернути його.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Точно те, що буде надіслано</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Лише для читання. Можна виділити й скопіювати.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>Я погоджуюся надіслати ці відбитки</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>повернуте й віддзеркалене</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>обрізане</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>зі смугами</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>на розмитому тлі</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>з підписом</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>скорочене</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>фото всередині знімка екрана</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>фото на сфотографованому екрані</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>файл відео</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>кадри відео</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>інша версія</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>Відбитків кадрів: %1 — %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>Відбитків: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Відбитки для надсилання: %1 (фото: %2, відео: %3). Без імен, без фото.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>Вибраний реєстр більше не налаштований.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Надсилаю відбитки…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>Відбитки не надіслано. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>Відповідь реєстру: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Збережено на цьому комп’ютері. Щоб надіслати пізніше, відкрий Налаштування, потім «Вихідні». Тепер можна закрити застосунок або почати знову.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Збережено. У файлі лише відбитки, показані на попередній сторінці.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Ще не надіслано.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Надсилання</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Надсилаються лише відбитки.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Що хочеш зробити?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Спробувати ще раз</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>Вибрати &amp;інший реєстр</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>&amp;Зберегти на потім</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>&amp;Експортувати файл відбитків…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Прогрес надсилання</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Спробувати надіслати ще раз</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Вибрати інший реєстр</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Повертає туди, де ти його вибрав. Відбитки зберігаються.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Зберегти, щоб надіслати пізніше</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Зберігає відбитки на цьому комп’ютері, доки ти не надішлеш їх із налаштувань.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Експортувати файл відбитків</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Зберігає точні байти у вибраний файл, щоб надіслати іншим способом.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Реєстри</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>&amp;Мова й вигляд</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Вихідні</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Куди можна надсилати відбитки.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Реєстри</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ви&amp;лучити</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Перевірити з’єднання</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Додати реєстр</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Змінити вибраний реєстр</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Вилучити вибраний реєстр</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>Перевірити з’єднання з вибраним реєстром</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Перевіряю з’єднання…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>З’єднано. Список %1 на місці. Він приймає: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>З’єднано. Назва реєстру: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Відповідь реєстру: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Як на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>Дозволити розмитий &amp;перегляд на запит</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>Режим &amp;консультанта: усе очищати після кожного підтвердження</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>&amp;Також надсилати відбитки повернутих і віддзеркалених копій</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Блокувати й типові &amp;змінені копії (обрізані, зі смугами, знімки екрана)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Мов&amp;а:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>Дозволити розмитий перегляд на запит</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Режим консультанта</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>Після кожного підтвердження все про звернення очищається.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Також надсилати відбитки повернутих і віддзеркалених копій</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Блокувати й типові змінені копії (обрізані, зі смугами, знімки екрана)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>Лінії допомоги не налаштовано.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Зупини поширення своїх фото</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>Ти не наодинці, і це не твоя провина.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Цей застосунок допомагає зупинити поширення інтимних фото і відео в інтернеті.

Він створює відбиток (хеш) кожного файлу — тут, на цьому комп’ютері.

Твої фото ніколи не залишають цей комп’ютер. Надсилаються лише відбитки.

Сайти-учасники за відбитками знаходять і блокують копії.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Як на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Мова змінюється одразу.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Отримати допомогу зараз</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Якщо ти почуваєшся в небезпеці або хочеш із кимось поговорити, звернися сюди:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>Відбитки вже надсилалися?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>Перевірити або &amp;відкликати звернення…</translation>
    </message>
</context>
</TS>
