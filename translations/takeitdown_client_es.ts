<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>Sobre las imágenes</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Unas preguntas deciden adónde van las huellas.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>¿Qué edad tenía la persona de las imágenes cuando se tomaron?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>&amp;Menos de 18</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>&amp;18 o más</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Esto es para imágenes o videos con desnudez, desnudez parcial o contenido sexual. Las imágenes tomadas antes de que la persona cumpliera 18 años van a un servicio para jóvenes, como Take It Down. Las imágenes de adultos van a un servicio como StopNCII.org. Los dos se mantienen separados. ¿Tienes dudas? Elige «Menos de 18».</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>¿Quién usa esta app?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>&amp;Yo, salgo en las imágenes</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>Un adulto de &amp;confianza que ayuda a alguien</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>Un conse&amp;jero de un centro de ayuda</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>&amp;Enviar las huellas a:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Adónde se envían las huellas.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Menos de 18</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 o más</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Yo, salgo en las imágenes</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Un adulto de confianza que ayuda a alguien</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Un consejero de un centro de ayuda</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Ningún registro acepta todavía este tipo de imágenes. Abre Ajustes para añadir uno.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Ab&amp;rir Ajustes</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>Las huellas ya hechas se conservan. Cambia lo que necesites y luego sigue con Siguiente.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>Si encontraste una copia editada en internet (recortada, con texto o stickers), añade también una captura de pantalla de ella.</translation>
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
        <translation>Registro de demostración (este equipo)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Exportar el archivo de huellas</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>Archivos de huellas (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Consultar o retirar un caso</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Usa el comprobante que recibiste al enviar: abre el archivo de comprobante que guardaste, o escribe el número de caso y el código secreto.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>&amp;Abrir un comprobante guardado…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Enviado a:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Número de caso:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>&amp;Código secreto:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Mostrar có&amp;digo</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>Mostrar el código secreto</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;onsultar</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>¿Retirar este caso? Los sitios web dejarán de buscar estas huellas. Si cambias de opinión, puedes volver a enviarlas.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>&amp;Sí, retirarlo</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Mantenerlo</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Código secreto</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>De tu comprobante.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>Este comprobante es de un registro que no tiene casos para consultar.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (del comprobante)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Comprobante abierto. Elige Consultar o Retirar.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Consultando…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Retirando…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Número de caso: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Entradas que siguen en la lista: %1 de %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Recibido. Los sitios web que participan buscan estas huellas.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Retirado. Los sitios web ya no buscan estas huellas.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Retirado en parte. Los sitios web todavía buscan algunas de estas huellas.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>El registro dice: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Huellas aceptadas: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Último cambio: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 El registro dijo: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Revisando lo que añadiste…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>No compatible</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>No es imagen ni video</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>No se puede abrir</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>Archivo elegido: %n (imágenes: %1, videos: %2)</numerusform>
            <numerusform>Archivos elegidos: %n (imágenes: %1, videos: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>Archivo elegido: %n (imágenes: %1, videos: %2, no se pueden usar: %3)</numerusform>
            <numerusform>Archivos elegidos: %n (imágenes: %1, videos: %2, no se pueden usar: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>Ocultar vista previa &amp;borrosa</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Vista previa oculta</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>No hay vista previa para este archivo.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Creando una vista previa borrosa…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Vista previa borrosa del archivo seleccionado</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Elige las imágenes y los videos</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Se quedan en este equipo. Solo se crean sus huellas.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir a&amp;rchivos…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Añadir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>Mostrar vista previa &amp;borrosa</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>También puedes arrastrar archivos o carpetas aquí.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Abre un selector de archivos.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Añade todas las imágenes y videos de una carpeta.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Quitar los archivos seleccionados de la lista</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Mostrar vista previa borrosa</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Muestra una versión borrosa de la imagen seleccionada. No se guarda nada.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Archivos elegidos</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Pulsa Supr para quitar un archivo.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Elegir imágenes o videos</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Imágenes y videos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Abrir un comprobante guardado</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Archivos de comprobante (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Creando las huellas. Puede tardar un rato.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Listo: %1 de %2 archivos</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>Procesando: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%1 de %2 archivos listos. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Calculando el tiempo restante…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Falta menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Queda %n min aprox.</numerusform>
            <numerusform>Quedan %n min aprox.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Imagen demasiado uniforme para compararla visualmente: %n. Sus copias exactas se encontrarán igualmente.</numerusform>
            <numerusform>Imágenes demasiado uniformes para compararlas visualmente: %n. Sus copias exactas se encontrarán igualmente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>No se pudo crear ninguna huella. Vuelve atrás para elegir otros archivos.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Huellas creadas: %1. Archivos que no se pudieron usar: %2 (en la lista de abajo).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Listo. Huella creada: %n.</numerusform>
            <numerusform>Listo. Huellas creadas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Detenido. No se envió nada. Puedes empezar de nuevo.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Creando las huellas</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>Esto pasa en este equipo. Todavía no se envía nada.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Volver a empezar</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Estos archivos no se pudieron usar:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Progreso del archivo actual</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Dejar de crear huellas</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Volver a crear las huellas</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>Archivos que no se pudieron usar, con el motivo</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Este registro solo acepta imágenes por su huella visual. No se enviará nada para %n imagen demasiado uniforme para tenerla.</numerusform>
            <numerusform>Este registro solo acepta imágenes por su huella visual. No se enviará nada para %n imágenes demasiado uniformes para tenerla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>No se envió nada para %n imagen: demasiado uniforme para una huella visual.</numerusform>
            <numerusform>No se envió nada para %n imágenes: demasiado uniformes para una huella visual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n video registrado solo por su huella exacta: las copias recodificadas no coincidirán.</numerusform>
            <numerusform>%n videos registrados solo por su huella exacta: las copias recodificadas no coincidirán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>Las plataformas que usan esta lista pueden reconocerlas en pocos minutos.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Guarda el archivo del comprobante: lo necesitas para consultar o retirar, porque sus entradas de la lista no se pueden escribir a mano.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>Se borró todo. Puedes empezar de nuevo.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Aj&amp;ustes</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Empe&amp;zar de nuevo</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Se borra de la aplicación todo lo de este caso: la lista de archivos y las huellas. Tus archivos se quedan donde están.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>El número de caso y el código secreto ya no se mostrarán. Asegúrate de haberlos guardado, impreso o copiado.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Empezar de nuevo y borrar todo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>El archivo está incompleto. Puede que no terminara de descargarse.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>El archivo está dañado y no se puede leer como imagen o video.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>Esto no es una imagen ni un video.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Este tipo de archivo todavía no es compatible.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>No se puede abrir el archivo. Puede que esté en uso o que no tengas acceso.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>El archivo ya no está. Puede que se haya movido o borrado.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>La imagen es demasiado grande para procesarla de forma segura.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>No se pudo abrir una carpeta, así que se omitieron sus archivos.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Un acceso directo de carpeta apunta a sí mismo, así que se omitió.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>El archivo no tiene video. Puede que sea solo audio.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>No se pudo leer ninguna imagen de este video.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>El video no indica a qué velocidad se reproduce, así que se supuso una velocidad normal. Aun así se creó su huella.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Detenido, como pediste.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>Al leer este archivo, el lector se detuvo. Puede que el archivo esté dañado.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>Algo salió mal con este archivo.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Parece que este equipo no tiene conexión. Revisa la conexión a internet.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>No se pudo conectar con el registro. Puede que no funcione o que la dirección esté mal.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>El registro tardó demasiado en responder.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>No se pudo comprobar el certificado de seguridad del registro, así que no se envió nada.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Esta dirección no es segura (debe empezar por https://), así que no se envió nada.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>La dirección del registro no es válida.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>El registro dio una respuesta inesperada.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>El registro está ocupado ahora mismo. Inténtalo de nuevo en un rato.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>El registro tuvo un problema por su parte. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>No se pudo entender la respuesta del registro.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>La respuesta del registro era demasiado grande.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>El registro no aceptó el código de acceso. Revísalo en Ajustes.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>No encontramos ese caso. Revisa el número de caso y el código secreto.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>El registro ya tiene un envío distinto con esta clave.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>El registro no aceptó la solicitud.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Este registro no admite eso.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>El archivo de huellas no es válido.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>Este registro no tiene ninguna lista llamada %1. Revisa el nombre de la lista en Ajustes.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>El nombre de una lista de HMA se escribe con mayúsculas, números y guiones bajos, como NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>Este registro ya tiene una lista llamada %1.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>No se envió nada. Estas imágenes son demasiado uniformes para una huella visual, y este registro solo acepta imágenes de esa forma.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>Algo responde en esta dirección, pero no es un registro del tipo configurado. Revisa la dirección y el tipo.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>No se pudieron leer tus ajustes, así que se usan los predeterminados.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>No se pudo guardar el archivo ahí. Prueba en otro lugar.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>No se pudo imprimir.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Indica si la persona era menor de 18 o adulta.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Indica quién usa la app.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Una huella no es válida. Vuelve a crear las huellas.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>Es demasiado para enviarlo de una vez. Envía menos archivos cada vez.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>Esto no es un archivo de comprobante, o está dañado.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>No se pudo abrir el archivo de comprobante.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Algo salió mal. No se perdió nada de lo que hiciste; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Huellas guardadas para enviar más tarde. Se borran en cuanto se envían.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Envíos guardados</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>Borrar &amp;todo</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>Enviar ahora el envío seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>Borrar el envío seleccionado</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Borrar todos los envíos guardados</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, a %2, elementos: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>No hay nada esperando para enviarse.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Envío guardado dañado que no se puede enviar: %n</numerusform>
            <numerusform>Envíos guardados dañados que no se pueden enviar: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>El registro de este envío ya no está configurado.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <source>Your receipt</source>
        <translation>Tu comprobante</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Enviado. Guarda bien el número de caso y el código.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 El registro dijo: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Borrado.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>¿Borrar todos los envíos guardados? No se enviarán.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Se borró todo lo guardado para enviar más tarde.</translation>
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
        <translation>API de registro de Take It Down</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Banco de Hasher-Matcher-Actioner (HMA)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Déjalo vacío para mantener el actual</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Solo si el registro te dio uno</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>Opcional: un archivo de certificado para este registro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Banco (solo HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>&amp;Código de acceso:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Archivo de c&amp;ertificado:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Acepta imágenes:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Ponle un nombre al registro.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Otro registro ya tiene este nombre.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Marca al menos un tipo de imágenes que acepta este registro.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Escribe el nombre del banco de HMA.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Siguie&amp;nte &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Siguie&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Ir atrás</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Enviado. Tu comprobante</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Guarda el número de caso y el código en un lugar seguro y privado.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>Las huellas se enviaron. Tus imágenes se quedaron en este equipo.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Qué pasa ahora</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>Los sitios web que participan compararán las nuevas subidas con tus huellas y podrán bloquear las copias que coincidan. Puede tardar un tiempo, y no todos los sitios participan. Con tu número de caso y tu código puedes consultar tu caso o retirarlo.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Importante: por favor, no publiques tú estas imágenes o videos en ningún sitio. La publicación podría bloquearse y tu cuenta podría quedar marcada.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Modo consejero: al empezar de nuevo o cerrar la app, se borra todo lo de este caso. No se guarda nada en este equipo.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>El recibo no está guardado</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>El número de caso y el código secreto no se guardaron, imprimieron ni copiaron. Cuando se borre todo, no se podrán volver a mostrar. Asegúrate de que la persona los tenga.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>No has guardado, impreso ni copiado tu número de caso y tu código secreto. Sin ellos no podrás consultar ni retirar este caso más adelante.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Cerrar sin guardar</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>&amp;Volver al recibo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Número de caso: %1</translation>
    </message>
    <message>
        <source>Secret code: %1</source>
        <translation>Código secreto: %1</translation>
    </message>
    <message>
        <source>Take It Down receipt

Case number: %1
Secret code: %2
Registry: %3 (%4)
Sent: %5

Keep this safe and private. With the case number and the code you can check on your case or withdraw it later.</source>
        <translation>Comprobante de Take It Down

Número de caso: %1
Código secreto: %2
Registro: %3 (%4)
Enviado: %5

Guárdalo en un lugar seguro y privado. Con el número de caso y el código puedes consultar tu caso o retirarlo más tarde.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Copiado. Pégalo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Guardar el comprobante</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Archivos de comprobante (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimir el comprobante</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Número de caso:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Código secreto:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Enviado a:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Copiar el número de caso y el código</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Guardar el comprobante en un archivo</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Aún no hay respuesta. Volviendo a intentar (%1 de %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>Ocultar los &amp;bytes exactos</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>Mostrar los &amp;bytes exactos</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>La lista cambió, así que se desmarcó la casilla «Acepto». Revísala otra vez.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Tamaño: %Ln byte</numerusform>
            <numerusform>Tamaño: %Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>Elemento para enviar: %n</numerusform>
            <numerusform>Elementos para enviar: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Duplicado exacto omitido: %n</numerusform>
            <numerusform>Duplicados exactos omitidos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Demasiado uniforme para comparar visualmente (solo copias exactas): %n</numerusform>
            <numerusform>Demasiado uniformes para comparar visualmente (solo copias exactas): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>No hay nada seleccionado para enviar.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Se envía a: %1
Dirección: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Revisa antes de enviar</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Desmarca lo que no quieras enviar. Los nombres de archivo nunca se envían.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>&amp;Huellas para enviar:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>Archivo (no se envía)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>E&amp;xactamente lo que se enviará:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Lo he revisado. Acep&amp;to enviar estas huellas al registro de arriba.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Huellas para enviar</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Pulsa Espacio para excluir un elemento o volver a incluirlo.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Exactamente lo que se enviará</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Solo lectura. Puedes seleccionarlo y copiarlo.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>Acepto enviar estas huellas</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>la imagen</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>girada y reflejada</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>recortada</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>con franjas</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>sobre un fondo borroso</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>con un texto</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>acortado</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>la imagen dentro de una captura de pantalla</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>la imagen en una pantalla fotografiada</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>el archivo de vídeo</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>fotogramas del vídeo</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>otra versión</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 huellas de fotogramas: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 huellas: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Huellas para enviar: %1 (imágenes: %2, vídeos: %3). Sin nombres, sin imágenes.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>El registro que elegiste ya no está configurado.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Enviando las huellas…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>Las huellas no se enviaron. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>El registro dijo: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Guardado en este equipo. Para enviarlo más tarde, abre Ajustes y luego Bandeja de salida. Ya puedes cerrar la app o empezar de nuevo.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Guardado. El archivo solo contiene las huellas que se mostraron en la página anterior.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Todavía no se ha enviado.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Solo se envían las huellas.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué quieres hacer?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>Elegir &amp;otro registro</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>Guardar para enviar más &amp;tarde</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>&amp;Exportar el archivo de huellas…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Intentar enviar de nuevo</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Elegir otro registro</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Vuelve a donde lo elegiste. Las huellas se conservan.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Guardar para enviar más tarde</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Guarda las huellas en este equipo hasta que las envíes desde Ajustes.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Exportar el archivo de huellas</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Guarda exactamente estos bytes en un archivo que elijas, para enviarlos de otra forma.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>&amp;Idioma y aspecto</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Bandeja de &amp;salida</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Adónde se pueden enviar las huellas.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Añadir un registro</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Quitar el registro seleccionado</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>Probar la conexión con el registro seleccionado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>Conectado. La lista %1 existe. Acepta: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>Conectado. Nombre del registro: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 El registro dijo: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual que este equipo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>Permitir vistas previas &amp;borrosas cuando se pidan</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>Modo &amp;consejero: borrar todo después de cada comprobante</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>Enviar también huellas de copias &amp;giradas y volteadas</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Bloquear también las copias &amp;editadas habituales (recortadas, con barras, capturas de pantalla)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Allow blurred previews when asked for</source>
        <translation>Permitir vistas previas borrosas cuando se pidan</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Modo consejero</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>Después de cada comprobante, se borra todo lo del caso.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Enviar también huellas de copias giradas y volteadas</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Bloquear también las copias editadas habituales (recortadas, con barras, capturas de pantalla)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>No hay líneas de ayuda configuradas.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Evita que tus imágenes se difundan</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>No estás solo/a, y esto no es culpa tuya.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Esta app ayuda a evitar que se compartan en internet imágenes y videos íntimos.

Crea una huella (un hash) de cada archivo, aquí en este equipo.

Tus imágenes nunca salen de este equipo. Solo se envían las huellas.

Los sitios web que participan usan las huellas para encontrar y bloquear copias.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual que este equipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Cambia el idioma al momento.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Pide ayuda ahora</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Si sientes que no estás a salvo o necesitas hablar con alguien, puedes pedir ayuda aquí:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>¿Ya enviaste huellas?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>Consultar o &amp;retirar un caso…</translation>
    </message>
</context>
</TS>
