<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>Об этих фото</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Несколько вопросов, чтобы решить, куда отправить отпечатки.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>Сколько лет было человеку на фото, когда их сделали?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>&amp;Младше 18</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>&amp;18 или старше</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Это для фото и видео с наготой, частичной наготой или сексуальным содержанием. Фото, сделанные до 18 лет, отправляются в службу для молодёжи, например Take It Down. Фото взрослых — в службу вроде StopNCII.org. Они хранятся отдельно. Не знаешь точно? Выбери «Младше 18».</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>Кто пользуется приложением?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>&amp;Я, это мои фото</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>Взрослый, которому доверяют, помогает &amp;кому-то</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>Консультант &amp;центра помощи</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>Куда отп&amp;равить:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Куда отправляются отпечатки.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Младше 18</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 или старше</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Я, это мои фото</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Взрослый, которому доверяют, помогает кому-то</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Консультант центра помощи</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Пока ни один реестр не принимает такие фото. Открой настройки, чтобы добавить реестр.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Открыть настройки</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>Уже сделанные отпечатки сохраняются. Измени, что нужно, и продолжай кнопкой «Далее».</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>Если ты нашёл в сети изменённую копию (обрезанную, с текстом или стикерами), добавь и её скриншот.</translation>
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
        <translation>Демо-реестр (этот компьютер)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Экспорт файла отпечатков</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>Файлы отпечатков (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Проверить или отозвать обращение</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Используй подтверждение, полученное после отправки: открой сохранённый файл подтверждения или введи номер обращения и секретный код.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>&amp;Открыть сохранённое подтверждение…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Куда отправлено:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Номер обращения:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>&amp;Секретный код:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Показать ко&amp;д</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>Показать секретный код</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Отоз&amp;вать…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>Отозвать это обращение? Сайты перестанут искать эти отпечатки. Если передумаешь, можно отправить их снова.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;Да, отозвать</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Ост&amp;авить как есть</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Секретный код</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>Из твоего подтверждения.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер обращения</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>Это подтверждение от реестра, в котором нельзя проверять обращения.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (из подтверждения)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Подтверждение открыто. Выбери «Проверить» или «Отозвать».</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверяю…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Отзываю…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Номер обращения: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Записей всё ещё в списке: %1 из %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Получено. Сайты-участники ищут эти отпечатки.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Отозвано. Сайты больше не ищут эти отпечатки.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Отозвано частично. Сайты всё ещё ищут некоторые из этих отпечатков.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>Ответ реестра: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Принято отпечатков: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Отправлено: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Последнее изменение: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Ответ реестра: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Просматриваю добавленное…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Не поддерживается</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>Не фото и не видео</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>Выбрано файлов: %n (фото: %1, видео: %2)</numerusform>
            <numerusform>Выбрано файлов: %n (фото: %1, видео: %2)</numerusform>
            <numerusform>Выбрано файлов: %n (фото: %1, видео: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>Выбрано файлов: %n (фото: %1, видео: %2, не подходят: %3)</numerusform>
            <numerusform>Выбрано файлов: %n (фото: %1, видео: %2, не подходят: %3)</numerusform>
            <numerusform>Выбрано файлов: %n (фото: %1, видео: %2, не подходят: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>Скрыть &amp;размытый просмотр</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Просмотр скрыт</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>Для этого файла нет просмотра.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Создаю размытый просмотр…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Размытый просмотр выбранного файла</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Выбери фото и видео</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Они остаются на этом компьютере. Из них только создаются отпечатки.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Добавить п&amp;апку…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>Показать &amp;размытый просмотр</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>Сюда можно и перетащить файлы или папки.</translation>
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
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Открывает выбор файлов.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Добавить папку</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Добавляет все фото и видео из папки.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Убрать выбранные файлы из списка</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Показать размытый просмотр</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Показывает размытую версию выбранного фото. Ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Выбранные файлы</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Нажми Delete, чтобы убрать файл.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Выбрать фото или видео</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Фото и видео (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Открыть сохранённое подтверждение</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Файлы подтверждения (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Создаю отпечатки. Это может занять время.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Останавливаю…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Готово: %1 из %2 файлов</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>Обрабатываю: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Обработка…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>Обработано %1 из %2 файлов. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Считаю, сколько осталось времени…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Осталось меньше минуты</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Осталось около %n мин</numerusform>
            <numerusform>Осталось около %n мин</numerusform>
            <numerusform>Осталось около %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Фото, слишком простые для поиска похожих: %n. Их точные копии всё равно найдут.</numerusform>
            <numerusform>Фото, слишком простые для поиска похожих: %n. Их точные копии всё равно найдут.</numerusform>
            <numerusform>Фото, слишком простые для поиска похожих: %n. Их точные копии всё равно найдут.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>Не удалось создать ни одного отпечатка. Вернись назад и выбери другие файлы.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Создано отпечатков: %1. Файлов, которые не удалось использовать: %2 (список ниже).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Готово. Создано отпечатков: %n.</numerusform>
            <numerusform>Готово. Создано отпечатков: %n.</numerusform>
            <numerusform>Готово. Создано отпечатков: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Остановлено. Ничего не отправлено. Можно начать снова.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Создание отпечатков</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>Это происходит на этом компьютере. Пока ничего не отправляется.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Начать &amp;ещё раз</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Эти файлы не удалось использовать:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Общий прогресс</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Прогресс текущего файла</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Остановить создание отпечатков</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Снова начать создание отпечатков</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>Файлы, которые не удалось использовать, и причина</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Этот реестр принимает фото только по визуальному отпечатку. Фото, слишком простые для него, для которых ничего не будет отправлено: %n</numerusform>
            <numerusform>Этот реестр принимает фото только по визуальному отпечатку. Фото, слишком простые для него, для которых ничего не будет отправлено: %n</numerusform>
            <numerusform>Этот реестр принимает фото только по визуальному отпечатку. Фото, слишком простые для него, для которых ничего не будет отправлено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>Фото, для которых ничего не отправлено (слишком простые для визуального отпечатка): %n</numerusform>
            <numerusform>Фото, для которых ничего не отправлено (слишком простые для визуального отпечатка): %n</numerusform>
            <numerusform>Фото, для которых ничего не отправлено (слишком простые для визуального отпечатка): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>Видео, занесённые только по точному отпечатку (перекодированные копии не совпадут): %n</numerusform>
            <numerusform>Видео, занесённые только по точному отпечатку (перекодированные копии не совпадут): %n</numerusform>
            <numerusform>Видео, занесённые только по точному отпечатку (перекодированные копии не совпадут): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>Платформы, которые пользуются этим списком, смогут их находить через несколько минут.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Сохрани файл подтверждения: он нужен, чтобы проверить или отозвать, потому что записи из списка нельзя ввести вручную.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>Всё очищено. Можно начать снова.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Настро&amp;йки</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>На&amp;чать заново</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Начать заново?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Всё об этом обращении будет стёрто из приложения: список файлов и отпечатки. Твои файлы останутся там, где они есть.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>Номер обращения и секретный код больше не будут показаны. Убедись, что ты их сохранил, распечатал или скопировал.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Начать заново и всё очистить</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пустой.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>Файл неполный. Возможно, он загрузился не до конца.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>Файл повреждён, его не удаётся прочитать как фото или видео.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>Это не фото и не видео.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Такой тип файлов пока не поддерживается.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>Не удаётся открыть файл. Возможно, он занят или у тебя нет доступа.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>Файла больше нет. Возможно, его переместили или удалили.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>Фото слишком большое, чтобы безопасно с ним работать.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>Не удалось открыть папку, поэтому её файлы пропущены.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Ярлык папки указывает сам на себя, поэтому он пропущен.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>В файле нет видео. Возможно, там только звук.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>Из этого видео не удалось прочитать ни одного кадра.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>В видео не указана скорость воспроизведения, поэтому взята обычная. Отпечаток всё равно создан.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Остановлено по твоей просьбе.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>При чтении этого файла программа остановилась. Возможно, файл повреждён.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>С этим файлом что-то пошло не так.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Похоже, компьютер не подключён к интернету. Проверь подключение.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>Не удалось связаться с реестром. Возможно, он не работает или адрес неверный.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>Реестр слишком долго не отвечал.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>Не удалось проверить сертификат безопасности реестра, поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Этот адрес не защищён (он должен начинаться с https://), поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>Адрес реестра неверный.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>Реестр дал неожиданный ответ.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>Реестр сейчас занят. Попробуй ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>Проблема на стороне реестра. Попробуй ещё раз позже.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>Не удалось понять ответ реестра.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>Ответ реестра слишком большой, он не принят.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>Реестр не принял код доступа. Проверь его в настройках.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>Мы не нашли это обращение. Проверь номер обращения и секретный код.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>В реестре уже есть другой запрос с этим ключом.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>Реестр не принял запрос.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Этот реестр такое не поддерживает.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>Файл отпечатков недействителен.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>В этом реестре нет списка с названием %1. Проверь название списка в настройках.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>Название списка HMA пишется заглавными буквами, цифрами и подчёркиваниями, например NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>В этом реестре уже есть список с названием %1.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>Ничего не отправлено. Эти фото слишком простые для визуального отпечатка, а этот реестр принимает фото только так.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>По этому адресу что-то отвечает, но это не реестр выбранного вида. Проверь адрес и вид.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>Не удалось прочитать твои настройки, поэтому используются стандартные.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>Не удалось сохранить файл туда. Попробуй другое место.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>Не удалось распечатать.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Укажи, было ли человеку меньше 18 или он взрослый.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Укажи, кто пользуется приложением.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Нечего отправлять.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Один из отпечатков недействителен. Создай отпечатки заново.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>Это слишком много за один раз. Отправляй меньше файлов за раз.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>Это не файл подтверждения, или он повреждён.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>Не удалось открыть файл подтверждения.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Что-то пошло не так. Ничего не потеряно, попробуй ещё раз.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Отпечатки сохранены, чтобы отправить позже. После отправки они удаляются.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Сохранённые запросы</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>Удалить &amp;всё</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>Отправить выбранный запрос сейчас</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>Удалить выбранный запрос</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Удалить все сохранённые запросы</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, куда: %2, элементов: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Ничего не ждёт отправки.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Повреждённые сохранённые запросы, которые нельзя отправить: %n</numerusform>
            <numerusform>Повреждённые сохранённые запросы, которые нельзя отправить: %n</numerusform>
            <numerusform>Повреждённые сохранённые запросы, которые нельзя отправить: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>Реестр для этого запроса больше не настроен.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправляю…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Отправлено.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>Твоё подтверждение</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Отправлено. Сохрани номер обращения и код в надёжном месте.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Ответ реестра: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Удалено.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Удалить всё</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>Удалить все сохранённые запросы? Они не будут отправлены.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Всё, что было сохранено для отправки, удалено.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Take It Down registry API</source>
        <translation>API реестра Take It Down</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Банк Hasher-Matcher-Actioner (HMA)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Оставь пустым, чтобы сохранить текущий</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Только если реестр тебе его дал</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>Необязательно: файл сертификата для этого реестра</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Банк (только HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>&amp;Код доступа:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Файл &amp;сертификата:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Принимает изображения:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Дай реестру название.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Реестр с таким названием уже есть.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Отметь хотя бы один вид изображений, которые принимает этот реестр.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Введи название банка HMA.</translation>
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
        <translation>&amp;Тип файлов:</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Отправлено. Твоё подтверждение</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Сохрани номер обращения и код в надёжном и личном месте.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>Отпечатки отправлены. Твои фото остались на этом компьютере.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Что будет дальше</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>Сайты-участники будут сверять новые загрузки с твоими отпечатками и могут блокировать совпадающие копии. Это может занять время, и участвуют не все сайты. С номером обращения и кодом можно проверить, как дела, или отозвать обращение.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Важно: пожалуйста, нигде не публикуй эти фото или видео. Публикацию могут заблокировать, а твой аккаунт — пометить.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Режим консультанта: когда ты начнёшь заново или закроешь приложение, всё об этом обращении будет очищено. На этом компьютере ничего не останется.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>Квитанция не сохранена</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>Номер дела и секретный код не сохранены, не распечатаны и не скопированы. Когда всё будет очищено, их уже нельзя будет показать. Убедись, что они есть у этого человека.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>&amp;Очистить всё</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>Ты не сохранил, не распечатал и не скопировал номер дела и секретный код. Без них ты не сможешь позже проверить это дело или отозвать его.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Закрыть без сохранения</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>&amp;Вернуться к квитанции</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Номер обращения: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>Секретный код: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Подтверждение Take It Down

Номер обращения: %1
Секретный код: %2
Реестр: %3 (%4)
Отправлено: %5

Храни это в надёжном и личном месте. С номером обращения и кодом можно позже проверить, как дела, или отозвать обращение.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Скопировано. Вставь это в надёжное место.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Сохранить подтверждение</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Файлы подтверждения (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Распечатать подтверждение</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на печать.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Номер обращения:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Секретный код:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Куда отправлено:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Со&amp;хранить…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Копировать номер обращения и код</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Сохранить подтверждение в файл</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Ответа пока нет. Новая попытка (%1 из %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>Скрыть точные &amp;байты</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>Показать точные &amp;байты</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>Список изменился, поэтому отметка «Я соглашаюсь» снята. Проверь его ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Размер: %Ln байт</numerusform>
            <numerusform>Размер: %Ln байта</numerusform>
            <numerusform>Размер: %Ln байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>К отправке: %n</numerusform>
            <numerusform>К отправке: %n</numerusform>
            <numerusform>К отправке: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Пропущено точных дубликатов: %n</numerusform>
            <numerusform>Пропущено точных дубликатов: %n</numerusform>
            <numerusform>Пропущено точных дубликатов: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Слишком простые для поиска похожих (только точные копии): %n</numerusform>
            <numerusform>Слишком простые для поиска похожих (только точные копии): %n</numerusform>
            <numerusform>Слишком простые для поиска похожих (только точные копии): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>Ничего не выбрано для отправки.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Куда: %1
Адрес: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Проверь перед отправкой</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Сними отметку со всего, что не хочешь отправлять. Имена файлов никогда не отправляются.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>О&amp;тпечатки к отправке:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>Файл (не отправляется)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>&amp;Именно это будет отправлено:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Всё проверено. &amp;Я соглашаюсь отправить эти отпечатки в указанный выше реестр.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Отпечатки к отправке</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Нажми пробел, чтобы убрать элемент или вернуть его.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Именно это будет отправлено</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Только для чтения. Можно выделить и скопировать.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>Я соглашаюсь отправить эти отпечатки</translation>
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
        <translation>повёрнутое и отражённое</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>обрезанное</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>с полосами</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>на размытом фоне</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>с подписью</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>укороченное</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>фото внутри снимка экрана</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>фото на сфотографированном экране</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>файл видео</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>кадры видео</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>другая версия</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>Отпечатков кадров: %1 — %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>Отпечатков: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Отпечатки к отправке: %1 (фото: %2, видео: %3). Без имён, без фото.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>Выбранный реестр больше не настроен.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Отправляю отпечатки…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>Отпечатки не отправлены. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>Ответ реестра: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Сохранено на этом компьютере. Чтобы отправить позже, открой Настройки, затем «Исходящие». Теперь можно закрыть приложение или начать заново.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Сохранено. В файле только отпечатки, показанные на предыдущей странице.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Ещё не отправлено.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Отправляются только отпечатки.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Что ты хочешь сделать?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>Выбрать &amp;другой реестр</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>&amp;Сохранить на потом</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>&amp;Экспортировать файл отпечатков…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Прогресс отправки</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Попробовать отправить ещё раз</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Выбрать другой реестр</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Возвращает туда, где ты его выбирал. Отпечатки сохраняются.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Сохранить, чтобы отправить позже</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Хранит отпечатки на этом компьютере, пока ты не отправишь их из настроек.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Экспортировать файл отпечатков</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Сохраняет точные байты в выбранный файл, чтобы отправить другим способом.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Реестры</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>&amp;Язык и вид</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Исходящие</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Куда можно отправлять отпечатки.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Реестры</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить связь</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Добавить реестр</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Изменить выбранный реестр</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Удалить выбранный реестр</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>Проверить связь с выбранным реестром</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверяю связь…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>Связь есть. Список %1 на месте. Он принимает: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>Связь есть. Название реестра: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 Ответ реестра: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Как на этом компьютере</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>Разрешить размытый &amp;просмотр по запросу</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>Режим &amp;консультанта: всё очищать после каждого подтверждения</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>&amp;Также отправлять отпечатки повёрнутых и отражённых копий</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Блокировать и типичные &amp;изменённые копии (обрезанные, с полосами, скриншоты)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Я&amp;зык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>Разрешить размытый просмотр по запросу</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Режим консультанта</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>После каждого подтверждения всё об обращении очищается.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Также отправлять отпечатки повёрнутых и отражённых копий</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Блокировать и типичные изменённые копии (обрезанные, с полосами, скриншоты)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>Линии помощи не настроены.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Останови распространение своих фото</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>Ты не наедине с этим, и это не твоя вина.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Это приложение помогает остановить распространение интимных фото и видео в интернете.

Оно создаёт отпечаток (хеш) каждого файла — здесь, на этом компьютере.

Твои фото никогда не покидают этот компьютер. Отправляются только отпечатки.

Сайты-участники по отпечаткам находят и блокируют копии.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Как на этом компьютере</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Язык меняется сразу.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Получить помощь сейчас</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Если ты чувствуешь себя в опасности или хочешь с кем-то поговорить, обратись сюда:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>Отпечатки уже отправлялись?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>Проверить или &amp;отозвать обращение…</translation>
    </message>
</context>
</TS>
