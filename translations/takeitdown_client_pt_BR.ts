<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutPage</name>
    <message>
        <source>About the pictures</source>
        <translation>Sobre as fotos</translation>
    </message>
    <message>
        <source>A few questions decide where the fingerprints go.</source>
        <translation>Algumas perguntas definem para onde vão as impressões digitais.</translation>
    </message>
    <message>
        <source>How old was the person in the pictures when they were taken?</source>
        <translation>Quantos anos a pessoa das fotos tinha quando elas foram tiradas?</translation>
    </message>
    <message>
        <source>&amp;Under 18</source>
        <translation>&amp;Menos de 18 anos</translation>
    </message>
    <message>
        <source>&amp;18 or older</source>
        <translation>&amp;18 anos ou mais</translation>
    </message>
    <message>
        <source>This is for pictures or videos that show nudity, partial nudity or sexual content. Pictures taken before the person turned 18 go to a service for young people, like Take It Down. Pictures of adults go to a service like StopNCII.org. The two are kept separate. Not sure? Choose “Under 18”.</source>
        <translation>Isto é para fotos ou vídeos com nudez, nudez parcial ou conteúdo sexual. Fotos tiradas antes de a pessoa fazer 18 anos vão para um serviço para jovens, como o Take It Down. Fotos de adultos vão para um serviço como o StopNCII.org. Os dois ficam separados. Na dúvida? Escolha “Menos de 18 anos”.</translation>
    </message>
    <message>
        <source>Who is using this app?</source>
        <translation>Quem está usando este app?</translation>
    </message>
    <message>
        <source>&amp;Me, the pictures are of me</source>
        <translation>&amp;Eu, sou eu nas fotos</translation>
    </message>
    <message>
        <source>A &amp;trusted adult helping someone</source>
        <translation>Um &amp;adulto de confiança ajudando alguém</translation>
    </message>
    <message>
        <source>A &amp;counselor at a help centre</source>
        <translation>Um &amp;orientador de um centro de apoio</translation>
    </message>
    <message>
        <source>&amp;Send the fingerprints to:</source>
        <translation>E&amp;nviar as impressões digitais para:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Where the fingerprints are sent.</source>
        <translation>Para onde as impressões digitais são enviadas.</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Menos de 18 anos</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 anos ou mais</translation>
    </message>
    <message>
        <source>Me, the pictures are of me</source>
        <translation>Eu, sou eu nas fotos</translation>
    </message>
    <message>
        <source>A trusted adult helping someone</source>
        <translation>Um adulto de confiança ajudando alguém</translation>
    </message>
    <message>
        <source>A counselor at a help centre</source>
        <translation>Um orientador de um centro de apoio</translation>
    </message>
    <message>
        <source>No registry accepts this kind of picture yet. Open Settings to add one.</source>
        <translation>Nenhum registro aceita este tipo de foto ainda. Abra as Configurações para adicionar um.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir &amp;Configurações</translation>
    </message>
    <message>
        <source>The fingerprints already made are kept. Change what you need, then go on with Next.</source>
        <translation>As impressões digitais já feitas são mantidas. Mude o que precisar e depois continue com Avançar.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
    <message>
        <source>If you found an edited copy online (cropped, with text or stickers), add a screenshot of it too.</source>
        <translation>Se você encontrou uma cópia editada na internet (cortada, com texto ou figurinhas), adicione também uma captura de tela dela.</translation>
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
        <translation>Registro de demonstração (este computador)</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Exportar o arquivo de impressões digitais</translation>
    </message>
    <message>
        <source>Fingerprint files (*.json)</source>
        <translation>Arquivos de impressões digitais (*.json)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Check or withdraw a case</source>
        <translation>Consultar ou cancelar um caso</translation>
    </message>
    <message>
        <source>Use the receipt you got after sending: open the receipt file you saved, or type the case number and the secret code.</source>
        <translation>Use o comprovante que você recebeu depois de enviar: abra o arquivo de comprovante que você salvou, ou digite o número do caso e o código secreto.</translation>
    </message>
    <message>
        <source>&amp;Open a saved receipt…</source>
        <translation>&amp;Abrir um comprovante salvo…</translation>
    </message>
    <message>
        <source>&amp;Sent to:</source>
        <translation>&amp;Enviado para:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Número do caso:</translation>
    </message>
    <message>
        <source>Secret &amp;code:</source>
        <translation>Código &amp;secreto:</translation>
    </message>
    <message>
        <source>Show co&amp;de</source>
        <translation>Mostrar có&amp;digo</translation>
    </message>
    <message>
        <source>Show the secret code</source>
        <translation>Mostrar o código secreto</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;onsultar</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Cancelar o caso…</translation>
    </message>
    <message>
        <source>Withdraw this case? Websites will stop looking for these fingerprints. If you change your mind, you can send them again.</source>
        <translation>Cancelar este caso? Os sites vão parar de procurar estas impressões digitais. Se você mudar de ideia, pode enviá-las de novo.</translation>
    </message>
    <message>
        <source>&amp;Yes, withdraw it</source>
        <translation>S&amp;im, cancelar o caso</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Manter o caso</translation>
    </message>
    <message>
        <source>Secret code</source>
        <translation>Código secreto</translation>
    </message>
    <message>
        <source>From your receipt.</source>
        <translation>Está no seu comprovante.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número do caso</translation>
    </message>
    <message>
        <source>This receipt is from a registry that has no cases to check.</source>
        <translation>Este comprovante é de um registro que não tem casos para consultar.</translation>
    </message>
    <message>
        <source>%1 (from the receipt)</source>
        <translation>%1 (do comprovante)</translation>
    </message>
    <message>
        <source>Receipt opened. Choose Check or Withdraw.</source>
        <translation>Comprovante aberto. Escolha Consultar ou Cancelar o caso.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Consultando…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Número do caso: %1</translation>
    </message>
    <message>
        <source>Entries still on the list: %1 of %2</source>
        <translation>Itens ainda na lista: %1 de %2</translation>
    </message>
    <message>
        <source>Received. Websites that take part look for these fingerprints.</source>
        <translation>Recebido. Os sites participantes procuram estas impressões digitais.</translation>
    </message>
    <message>
        <source>Withdrawn. Websites no longer look for these fingerprints.</source>
        <translation>Cancelado. Os sites não procuram mais estas impressões digitais.</translation>
    </message>
    <message>
        <source>Partly withdrawn. Websites still look for some of these fingerprints.</source>
        <translation>Cancelado em parte. Os sites ainda procuram algumas destas impressões digitais.</translation>
    </message>
    <message>
        <source>The registry says: %1</source>
        <translation>O registro diz: %1</translation>
    </message>
    <message>
        <source>Fingerprints accepted: %1</source>
        <translation>Impressões digitais aceitas: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado em: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Última alteração: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 O registro disse: %2</translation>
    </message>
</context>
<context>
    <name>ChooseFilesPage</name>
    <message>
        <source>Looking through what you added…</source>
        <translation>Olhando o que você adicionou…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Não suportado</translation>
    </message>
    <message>
        <source>Not a picture or video</source>
        <translation>Não é foto nem vídeo</translation>
    </message>
    <message>
        <source>Can&apos;t be opened</source>
        <translation>Não dá para abrir</translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2)</source>
        <translation>
            <numerusform>Arquivo escolhido: %n (fotos: %1, vídeos: %2)</numerusform>
            <numerusform>Arquivos escolhidos: %n (fotos: %1, vídeos: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files chosen: %n (pictures: %1, videos: %2, can&apos;t be used: %3)</source>
        <translation>
            <numerusform>Arquivo escolhido: %n (fotos: %1, vídeos: %2, não podem ser usados: %3)</numerusform>
            <numerusform>Arquivos escolhidos: %n (fotos: %1, vídeos: %2, não podem ser usados: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;blurred preview</source>
        <translation>Ocultar prévia &amp;desfocada</translation>
    </message>
    <message>
        <source>Preview hidden</source>
        <translation>Prévia oculta</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>Sem prévia para este arquivo.</translation>
    </message>
    <message>
        <source>Making a blurred preview…</source>
        <translation>Criando uma prévia desfocada…</translation>
    </message>
    <message>
        <source>Blurred preview of the selected file</source>
        <translation>Prévia desfocada do arquivo selecionado</translation>
    </message>
    <message>
        <source>Choose the pictures and videos</source>
        <translation>Escolha as fotos e os vídeos</translation>
    </message>
    <message>
        <source>They stay on this computer. Only fingerprints are made from them.</source>
        <translation>Eles ficam neste computador. Só servem para criar as impressões digitais.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Adicionar &amp;arquivos…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Adicionar uma pas&amp;ta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Show &amp;blurred preview</source>
        <translation>Mostrar prévia &amp;desfocada</translation>
    </message>
    <message>
        <source>You can also drag files or folders here.</source>
        <translation>Você também pode arrastar arquivos ou pastas para cá.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Adicionar arquivos</translation>
    </message>
    <message>
        <source>Opens a file chooser.</source>
        <translation>Abre uma janela para escolher arquivos.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Adicionar uma pasta</translation>
    </message>
    <message>
        <source>Adds every picture and video in a folder.</source>
        <translation>Adiciona todas as fotos e vídeos de uma pasta.</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Tirar os arquivos selecionados da lista</translation>
    </message>
    <message>
        <source>Show blurred preview</source>
        <translation>Mostrar prévia desfocada</translation>
    </message>
    <message>
        <source>Shows a blurred version of the selected picture. Nothing is saved.</source>
        <translation>Mostra uma versão desfocada da foto selecionada. Nada é salvo.</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Arquivos escolhidos</translation>
    </message>
    <message>
        <source>Press Delete to remove a file.</source>
        <translation>Aperte Delete para tirar um arquivo.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose pictures or videos</source>
        <translation>Escolher fotos ou vídeos</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Fotos e vídeos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
    <message>
        <source>Open a saved receipt</source>
        <translation>Abrir um comprovante salvo</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Arquivos de comprovante (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintingPage</name>
    <message>
        <source>Making fingerprints. This can take a while.</source>
        <translation>Criando as impressões digitais. Isso pode levar um tempo.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 files</source>
        <translation>Prontos: %1 de %2 arquivos</translation>
    </message>
    <message>
        <source>Working on: %1</source>
        <translation>Processando: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Processando…</translation>
    </message>
    <message>
        <source>%1 of %2 files done. %3</source>
        <translation>%1 de %2 arquivos prontos. %3</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Calculando o tempo restante…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Falta menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Falta cerca de %n min</numerusform>
            <numerusform>Faltam cerca de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pictures too plain to match visually: %n. Exact copies of them will still be found.</source>
        <translation>
            <numerusform>Foto simples demais para comparar visualmente: %n. Cópias exatas dela ainda serão encontradas.</numerusform>
            <numerusform>Fotos simples demais para comparar visualmente: %n. Cópias exatas delas ainda serão encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fingerprints could be made. Go back to choose other files.</source>
        <translation>Não foi possível criar nenhuma impressão digital. Volte para escolher outros arquivos.</translation>
    </message>
    <message>
        <source>Fingerprints made: %1. Files that could not be used: %2 (listed below).</source>
        <translation>Impressões digitais criadas: %1. Arquivos que não puderam ser usados: %2 (listados abaixo).</translation>
    </message>
    <message numerus="yes">
        <source>All done. Fingerprints made: %n.</source>
        <translation>
            <numerusform>Tudo pronto. Impressão digital criada: %n.</numerusform>
            <numerusform>Tudo pronto. Impressões digitais criadas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent. You can start again.</source>
        <translation>Parado. Nada foi enviado. Você pode começar de novo.</translation>
    </message>
    <message>
        <source>Making fingerprints</source>
        <translation>Criando as impressões digitais</translation>
    </message>
    <message>
        <source>This happens on this computer. Nothing is sent yet.</source>
        <translation>Isso acontece neste computador. Nada é enviado ainda.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Começar de &amp;novo</translation>
    </message>
    <message>
        <source>These files could not be used:</source>
        <translation>Estes arquivos não puderam ser usados:</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progresso geral</translation>
    </message>
    <message>
        <source>Progress on the current file</source>
        <translation>Progresso do arquivo atual</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Parar de criar as impressões digitais</translation>
    </message>
    <message>
        <source>Start making fingerprints again</source>
        <translation>Começar a criar as impressões digitais de novo</translation>
    </message>
    <message>
        <source>Files that could not be used, with the reason</source>
        <translation>Arquivos que não puderam ser usados, com o motivo</translation>
    </message>
</context>
<context>
    <name>HmaNotes</name>
    <message numerus="yes">
        <source>This registry takes pictures only by their visual fingerprint. Nothing will be sent for %n picture(s) too plain to have one.</source>
        <translation>
            <numerusform>Este registro só aceita fotos pela impressão digital visual. Nada será enviado para %n foto simples demais para ter uma.</numerusform>
            <numerusform>Este registro só aceita fotos pela impressão digital visual. Nada será enviado para %n fotos simples demais para ter uma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent for %n picture(s): too plain for a visual fingerprint.</source>
        <translation>
            <numerusform>Nada foi enviado para %n foto: simples demais para uma impressão digital visual.</numerusform>
            <numerusform>Nada foi enviado para %n fotos: simples demais para uma impressão digital visual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) listed by exact fingerprint only: re-encoded copies will not match.</source>
        <translation>
            <numerusform>%n vídeo listado só pela impressão digital exata: cópias recodificadas não vão corresponder.</numerusform>
            <numerusform>%n vídeos listados só pela impressão digital exata: cópias recodificadas não vão corresponder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms using this list can match it within a few minutes.</source>
        <translation>As plataformas que usam esta lista podem reconhecê-las em poucos minutos.</translation>
    </message>
    <message>
        <source>Save the receipt file: checking or withdrawing needs it, because its list entries can&apos;t be typed in.</source>
        <translation>Salve o arquivo do comprovante: você precisa dele para consultar ou cancelar, porque os itens da lista não podem ser digitados.</translation>
    </message>
</context>
<context>
    <name>MainWizard</name>
    <message>
        <source>Everything was cleared. You can start again.</source>
        <translation>Tudo foi apagado. Você pode começar de novo.</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Confi&amp;gurações</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Recomeçar</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Recomeçar?</translation>
    </message>
    <message>
        <source>Everything about this case is cleared from the app: the list of files and the fingerprints. Your files stay where they are.</source>
        <translation>Tudo deste caso é apagado do aplicativo: a lista de arquivos e as impressões digitais. Seus arquivos ficam onde estão.</translation>
    </message>
    <message>
        <source>The case number and secret code will no longer be shown. Make sure you saved, printed or copied them.</source>
        <translation>O número do caso e o código secreto não serão mais mostrados. Confira se você os salvou, imprimiu ou copiou.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Start over and clear everything</source>
        <translation>Recomeçar e apagar tudo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The file is incomplete. It may not have finished downloading.</source>
        <translation>O arquivo está incompleto. Talvez o download não tenha terminado.</translation>
    </message>
    <message>
        <source>The file is damaged and can&apos;t be read as a picture or video.</source>
        <translation>O arquivo está danificado e não pode ser lido como foto ou vídeo.</translation>
    </message>
    <message>
        <source>This is not a picture or a video.</source>
        <translation>Isto não é uma foto nem um vídeo.</translation>
    </message>
    <message>
        <source>This kind of file is not supported yet.</source>
        <translation>Este tipo de arquivo ainda não é suportado.</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened. It may be in use, or you may not have access.</source>
        <translation>Não foi possível abrir o arquivo. Ele pode estar em uso, ou você pode não ter acesso.</translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted.</source>
        <translation>O arquivo não está mais lá. Ele pode ter sido movido ou apagado.</translation>
    </message>
    <message>
        <source>The picture is too large to work with safely.</source>
        <translation>A foto é grande demais para ser processada com segurança.</translation>
    </message>
    <message>
        <source>A folder couldn&apos;t be opened, so its files were skipped.</source>
        <translation>Não foi possível abrir uma pasta, então os arquivos dela foram pulados.</translation>
    </message>
    <message>
        <source>A folder shortcut points back into itself, so it was skipped.</source>
        <translation>Um atalho de pasta aponta para ela mesma, então foi pulado.</translation>
    </message>
    <message>
        <source>The file has no video in it. It may be sound only.</source>
        <translation>O arquivo não tem vídeo. Talvez seja só áudio.</translation>
    </message>
    <message>
        <source>No pictures could be read from this video.</source>
        <translation>Não foi possível ler nenhuma imagem deste vídeo.</translation>
    </message>
    <message>
        <source>The video doesn&apos;t say how fast it plays, so a usual speed was assumed. It was still fingerprinted.</source>
        <translation>O vídeo não informa a velocidade de reprodução, então foi usada uma velocidade comum. A impressão digital foi criada mesmo assim.</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Parado, como você pediu.</translation>
    </message>
    <message>
        <source>Reading this file made the reader stop. The file may be damaged.</source>
        <translation>Ler este arquivo travou o leitor. O arquivo pode estar danificado.</translation>
    </message>
    <message>
        <source>Something went wrong with this file.</source>
        <translation>Algo deu errado com este arquivo.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the internet connection.</source>
        <translation>Este computador parece estar sem internet. Verifique a conexão.</translation>
    </message>
    <message>
        <source>The registry couldn&apos;t be reached. It may be down, or the address is wrong.</source>
        <translation>Não foi possível conectar ao registro. Ele pode estar fora do ar, ou o endereço está errado.</translation>
    </message>
    <message>
        <source>The registry took too long to answer.</source>
        <translation>O registro demorou demais para responder.</translation>
    </message>
    <message>
        <source>The registry&apos;s security certificate couldn&apos;t be checked, so nothing was sent.</source>
        <translation>Não foi possível verificar o certificado de segurança do registro, então nada foi enviado.</translation>
    </message>
    <message>
        <source>This address is not secure (it must start with https://), so nothing was sent.</source>
        <translation>Este endereço não é seguro (ele precisa começar com https://), então nada foi enviado.</translation>
    </message>
    <message>
        <source>The registry address is not valid.</source>
        <translation>O endereço do registro não é válido.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer.</source>
        <translation>O registro deu uma resposta inesperada.</translation>
    </message>
    <message>
        <source>The registry is busy right now. Please try again in a little while.</source>
        <translation>O registro está ocupado agora. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The registry had a problem on its side. Please try again later.</source>
        <translation>O registro teve um problema do lado dele. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer couldn&apos;t be understood.</source>
        <translation>Não foi possível entender a resposta do registro.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was too large to accept.</source>
        <translation>A resposta do registro era grande demais para ser aceita.</translation>
    </message>
    <message>
        <source>The registry did not accept the access code. Check it in Settings.</source>
        <translation>O registro não aceitou o código de acesso. Confira nas Configurações.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that case. Check the case number and secret code.</source>
        <translation>Não encontramos esse caso. Confira o número do caso e o código secreto.</translation>
    </message>
    <message>
        <source>The registry already has a different submission with this key.</source>
        <translation>O registro já tem outro envio com esta chave.</translation>
    </message>
    <message>
        <source>The registry did not accept the request.</source>
        <translation>O registro não aceitou o pedido.</translation>
    </message>
    <message>
        <source>This registry doesn&apos;t support that.</source>
        <translation>Este registro não permite isso.</translation>
    </message>
    <message>
        <source>The fingerprints file is not valid.</source>
        <translation>O arquivo de impressões digitais não é válido.</translation>
    </message>
    <message>
        <source>This registry has no list called %1. Check the list name in Settings.</source>
        <translation>Este registro não tem nenhuma lista chamada %1. Confira o nome da lista nas Configurações.</translation>
    </message>
    <message>
        <source>An HMA list name is written in capital letters, digits and underscores, like NCII_REPORTS.</source>
        <translation>O nome de uma lista do HMA é escrito com letras maiúsculas, números e sublinhados, como NCII_REPORTS.</translation>
    </message>
    <message>
        <source>This registry already has a list called %1.</source>
        <translation>Este registro já tem uma lista chamada %1.</translation>
    </message>
    <message>
        <source>Nothing was sent. These pictures are too plain for a visual fingerprint, and this registry takes pictures only that way.</source>
        <translation>Nada foi enviado. Estas fotos são simples demais para uma impressão digital visual, e este registro só aceita fotos desse jeito.</translation>
    </message>
    <message>
        <source>Something answers at this address, but not a registry of the kind set up. Check the address and the kind.</source>
        <translation>Algo responde neste endereço, mas não é um registro do tipo configurado. Confira o endereço e o tipo.</translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be read, so the defaults are used.</source>
        <translation>Não foi possível ler suas configurações, então as configurações padrão estão sendo usadas.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Try another place.</source>
        <translation>Não foi possível salvar o arquivo ali. Tente outro lugar.</translation>
    </message>
    <message>
        <source>Printing didn&apos;t work.</source>
        <translation>Não foi possível imprimir.</translation>
    </message>
    <message>
        <source>Please say whether the person was under 18 or an adult.</source>
        <translation>Diga se a pessoa tinha menos de 18 anos ou era adulta.</translation>
    </message>
    <message>
        <source>Please say who is using the app.</source>
        <translation>Diga quem está usando o app.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Não há nada para enviar.</translation>
    </message>
    <message>
        <source>A fingerprint is not valid. Please make the fingerprints again.</source>
        <translation>Uma impressão digital não é válida. Crie as impressões digitais de novo.</translation>
    </message>
    <message>
        <source>This is too much to send at once. Please send fewer files at a time.</source>
        <translation>Isso é demais para enviar de uma vez. Envie menos arquivos por vez.</translation>
    </message>
    <message>
        <source>This is not a receipt file, or it is damaged.</source>
        <translation>Este não é um arquivo de comprovante, ou ele está danificado.</translation>
    </message>
    <message>
        <source>The receipt file couldn&apos;t be opened.</source>
        <translation>Não foi possível abrir o arquivo de comprovante.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you did was lost; please try again.</source>
        <translation>Algo deu errado. Nada do que você fez foi perdido; tente de novo.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Fingerprints saved to send later. They are deleted once they are sent.</source>
        <translation>Impressões digitais salvas para enviar depois. Elas são apagadas assim que forem enviadas.</translation>
    </message>
    <message>
        <source>Saved submissions</source>
        <translation>Envios salvos</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar agora</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete &amp;all</source>
        <translation>Excluir &amp;tudo</translation>
    </message>
    <message>
        <source>Send the selected submission now</source>
        <translation>Enviar agora o envio selecionado</translation>
    </message>
    <message>
        <source>Delete the selected submission</source>
        <translation>Excluir o envio selecionado</translation>
    </message>
    <message>
        <source>Delete all saved submissions</source>
        <translation>Excluir todos os envios salvos</translation>
    </message>
    <message>
        <source>%1, to %2, items: %3</source>
        <translation>%1, para %2, itens: %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nada está esperando para ser enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Saved submissions that are damaged and can&apos;t be sent: %n</source>
        <translation>
            <numerusform>Envio salvo danificado que não pode ser enviado: %n</numerusform>
            <numerusform>Envios salvos danificados que não podem ser enviados: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry for this submission is no longer set up.</source>
        <translation>O registro deste envio não está mais configurado.</translation>
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
        <translation>Seu comprovante</translation>
    </message>
    <message>
        <source>Sent. Keep the case number and the code safe.</source>
        <translation>Enviado. Guarde o número do caso e o código em segurança.</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 O registro disse: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Excluído.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Excluir tudo</translation>
    </message>
    <message>
        <source>Delete every saved submission? They will not be sent.</source>
        <translation>Excluir todos os envios salvos? Eles não serão enviados.</translation>
    </message>
    <message>
        <source>Everything saved to send later was deleted.</source>
        <translation>Tudo o que estava salvo para enviar depois foi excluído.</translation>
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
        <translation>API de registro do Take It Down</translation>
    </message>
    <message>
        <source>Hasher-Matcher-Actioner (HMA) bank</source>
        <translation>Banco do Hasher-Matcher-Actioner (HMA)</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Deixe vazio para manter o atual</translation>
    </message>
    <message>
        <source>Only if the registry gave you one</source>
        <translation>Só se o registro tiver dado um a você</translation>
    </message>
    <message>
        <source>Optional: a certificate file for this registry</source>
        <translation>Opcional: um arquivo de certificado para este registro</translation>
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
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>&amp;Bank (HMA only):</source>
        <translation>&amp;Banco (só HMA):</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>Código de &amp;acesso:</translation>
    </message>
    <message>
        <source>C&amp;ertificate file:</source>
        <translation>Arquivo de &amp;certificado:</translation>
    </message>
    <message>
        <source>Takes pictures:</source>
        <translation>Aceita imagens:</translation>
    </message>
    <message>
        <source>Please give the registry a name.</source>
        <translation>Dê um nome ao registro.</translation>
    </message>
    <message>
        <source>Another registry already has this name.</source>
        <translation>Outro registro já tem este nome.</translation>
    </message>
    <message>
        <source>Tick at least one kind of picture this registry takes.</source>
        <translation>Marque pelo menos um tipo de imagem que este registro aceita.</translation>
    </message>
    <message>
        <source>Please enter the HMA bank name.</source>
        <translation>Digite o nome do banco HMA.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Arquivos do &amp;tipo:</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Próximo &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próximo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>C&amp;oncluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Sent. Your receipt</source>
        <translation>Enviado. Seu comprovante</translation>
    </message>
    <message>
        <source>Keep the case number and the code somewhere safe and private.</source>
        <translation>Guarde o número do caso e o código em um lugar seguro e privado.</translation>
    </message>
    <message>
        <source>The fingerprints were sent. Your pictures stayed on this computer.</source>
        <translation>As impressões digitais foram enviadas. Suas fotos ficaram neste computador.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>O que acontece agora</translation>
    </message>
    <message>
        <source>Websites that take part will check new uploads against your fingerprints and can block matching copies. This can take some time, and not every website takes part. With your case number and code you can check on your case or withdraw it.</source>
        <translation>Os sites participantes vão comparar novos uploads com suas impressões digitais e podem bloquear cópias iguais. Isso pode levar algum tempo, e nem todo site participa. Com o número do caso e o código, você pode acompanhar seu caso ou cancelá-lo.</translation>
    </message>
    <message>
        <source>Important: please don&apos;t post these pictures or videos yourself, anywhere. The post may be blocked and your account could be flagged.</source>
        <translation>Importante: não publique essas fotos ou vídeos você mesmo, em lugar nenhum. A publicação pode ser bloqueada e sua conta pode ser sinalizada.</translation>
    </message>
    <message>
        <source>Counselor mode: when you start over or close the app, everything about this case is cleared. Nothing is kept on this computer.</source>
        <translation>Modo orientador: quando você recomeçar ou fechar o app, tudo sobre este caso será apagado. Nada fica neste computador.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>The receipt is not saved</source>
        <translation>O recibo não foi salvo</translation>
    </message>
    <message>
        <source>The case number and secret code were not saved, printed or copied. Once everything is cleared they can&apos;t be shown again. Make sure the person has them.</source>
        <translation>O número do caso e o código secreto não foram salvos, impressos nem copiados. Depois que tudo for apagado, não dá para mostrá-los de novo. Confira se a pessoa está com eles.</translation>
    </message>
    <message>
        <source>&amp;Clear everything</source>
        <translation>&amp;Apagar tudo</translation>
    </message>
    <message>
        <source>You haven&apos;t saved, printed or copied your case number and secret code. Without them you can&apos;t check on this case or withdraw it later.</source>
        <translation>Você não salvou, imprimiu nem copiou o número do caso e o código secreto. Sem eles, não dá para acompanhar nem retirar este caso depois.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Fechar sem salvar</translation>
    </message>
    <message>
        <source>&amp;Go back to the receipt</source>
        <translation>&amp;Voltar ao recibo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Número do caso: %1</translation>
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
        <translation>Comprovante do Take It Down

Número do caso: %1
Código secreto: %2
Registro: %3 (%4)
Enviado em: %5

Guarde isto em um lugar seguro e privado. Com o número do caso e o código, você pode acompanhar seu caso ou cancelá-lo depois.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe.</source>
        <translation>Copiado. Cole em um lugar seguro.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Salvar o comprovante</translation>
    </message>
    <message>
        <source>Receipt files (*.json)</source>
        <translation>Arquivos de comprovante (*.json)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimir o comprovante</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Número do caso:</translation>
    </message>
    <message>
        <source>Secret code:</source>
        <translation>Código secreto:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Enviado para:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Copy the case number and code</source>
        <translation>Copiar o número do caso e o código</translation>
    </message>
    <message>
        <source>Save the receipt to a file</source>
        <translation>Salvar o comprovante em um arquivo</translation>
    </message>
</context>
<context>
    <name>Retries</name>
    <message>
        <source>No answer yet. Trying again (%1 of %2)…</source>
        <translation>Ainda sem resposta. Tentando de novo (%1 de %2)…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Hide the exact &amp;bytes</source>
        <translation>Ocultar os &amp;bytes exatos</translation>
    </message>
    <message>
        <source>Show the exact &amp;bytes</source>
        <translation>Mostrar os &amp;bytes exatos</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>The list changed, so the box “I agree” was unticked. Check it again.</source>
        <translation>A lista mudou, então a caixa “Concordo” foi desmarcada. Confira de novo.</translation>
    </message>
    <message numerus="yes">
        <source>Size: %Ln bytes</source>
        <translation>
            <numerusform>Tamanho: %Ln byte</numerusform>
            <numerusform>Tamanho: %Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items to send: %n</source>
        <translation>
            <numerusform>Item a enviar: %n</numerusform>
            <numerusform>Itens a enviar: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact duplicates left out: %n</source>
        <translation>
            <numerusform>Duplicata exata deixada de fora: %n</numerusform>
            <numerusform>Duplicatas exatas deixadas de fora: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too plain to match visually (exact copies only): %n</source>
        <translation>
            <numerusform>Simples demais para comparar visualmente (só cópias exatas): %n</numerusform>
            <numerusform>Simples demais para comparar visualmente (só cópias exatas): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to send.</source>
        <translation>Nada está selecionado para enviar.</translation>
    </message>
    <message>
        <source>Sending to: %1
Address: %2</source>
        <translation>Enviando para: %1
Endereço: %2</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Confira antes de enviar</translation>
    </message>
    <message>
        <source>Untick anything you don&apos;t want to send. File names are never sent.</source>
        <translation>Desmarque o que você não quiser enviar. Nomes de arquivos nunca são enviados.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Fingerprints to send:</source>
        <translation>&amp;Impressões digitais a enviar:</translation>
    </message>
    <message>
        <source>File (not sent)</source>
        <translation>Arquivo (não enviado)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>E&amp;xactly what will be sent:</source>
        <translation>E&amp;xatamente o que será enviado:</translation>
    </message>
    <message>
        <source>I have checked this. &amp;I agree to send these fingerprints to the registry above.</source>
        <translation>Eu conferi isto. &amp;Concordo em enviar estas impressões digitais para o registro acima.</translation>
    </message>
    <message>
        <source>Fingerprints to send</source>
        <translation>Impressões digitais a enviar</translation>
    </message>
    <message>
        <source>Press Space to leave an item out or put it back.</source>
        <translation>Aperte Espaço para deixar um item de fora ou colocá-lo de volta.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Exatamente o que será enviado</translation>
    </message>
    <message>
        <source>Read-only. You can select and copy it.</source>
        <translation>Somente leitura. Você pode selecionar e copiar.</translation>
    </message>
    <message>
        <source>I agree to send these fingerprints</source>
        <translation>Concordo em enviar estas impressões digitais</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <source>the picture</source>
        <translation>a foto</translation>
    </message>
    <message>
        <source>turned and mirrored</source>
        <translation>girada e espelhada</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>cortada</translation>
    </message>
    <message>
        <source>with bars</source>
        <translation>com faixas</translation>
    </message>
    <message>
        <source>on a blurred background</source>
        <translation>sobre um fundo desfocado</translation>
    </message>
    <message>
        <source>with a caption</source>
        <translation>com uma legenda</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>encurtado</translation>
    </message>
    <message>
        <source>the picture inside a screenshot</source>
        <translation>a foto dentro de uma captura de tela</translation>
    </message>
    <message>
        <source>the picture on a photographed screen</source>
        <translation>a foto em uma tela fotografada</translation>
    </message>
    <message>
        <source>the video file</source>
        <translation>o arquivo de vídeo</translation>
    </message>
    <message>
        <source>frames of the video</source>
        <translation>quadros do vídeo</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>outra versão</translation>
    </message>
    <message>
        <source>%1 frame fingerprints: %2</source>
        <translation>%1 impressões digitais de quadros: %2</translation>
    </message>
    <message>
        <source>%1 fingerprints: %2</source>
        <translation>%1 impressões digitais: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fingerprints to send: %1 (pictures: %2, videos: %3). No names, no pictures.</source>
        <translation>Impressões digitais a enviar: %1 (fotos: %2, vídeos: %3). Sem nomes, sem fotos.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>The registry you chose is no longer set up.</source>
        <translation>O registro que você escolheu não está mais configurado.</translation>
    </message>
    <message>
        <source>Sending the fingerprints…</source>
        <translation>Enviando as impressões digitais…</translation>
    </message>
    <message>
        <source>The fingerprints were not sent. %1</source>
        <translation>As impressões digitais não foram enviadas. %1</translation>
    </message>
    <message>
        <source>The registry said: %1</source>
        <translation>O registro disse: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. To send it later, open Settings, then Outbox. You can close the app or start over now.</source>
        <translation>Salvo neste computador. Para enviar depois, abra Configurações e depois Caixa de saída. Agora você pode fechar o app ou recomeçar.</translation>
    </message>
    <message>
        <source>Saved. The file holds only the fingerprints shown on the previous page.</source>
        <translation>Salvo. O arquivo contém só as impressões digitais mostradas na página anterior.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Ainda não enviado.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent.</source>
        <translation>Só as impressões digitais são enviadas.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>O que você quer fazer?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Choose &amp;another registry</source>
        <translation>Escolher &amp;outro registro</translation>
    </message>
    <message>
        <source>Save to send &amp;later</source>
        <translation>Salvar para enviar &amp;depois</translation>
    </message>
    <message>
        <source>&amp;Export the fingerprints file…</source>
        <translation>&amp;Exportar o arquivo de impressões digitais…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progresso do envio</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Tentar enviar de novo</translation>
    </message>
    <message>
        <source>Choose another registry</source>
        <translation>Escolher outro registro</translation>
    </message>
    <message>
        <source>Goes back to where you chose it. The fingerprints are kept.</source>
        <translation>Volta para onde você o escolheu. As impressões digitais são mantidas.</translation>
    </message>
    <message>
        <source>Save to send later</source>
        <translation>Salvar para enviar depois</translation>
    </message>
    <message>
        <source>Keeps the fingerprints on this computer until you send them from Settings.</source>
        <translation>Guarda as impressões digitais neste computador até você enviá-las pelas Configurações.</translation>
    </message>
    <message>
        <source>Export the fingerprints file</source>
        <translation>Exportar o arquivo de impressões digitais</translation>
    </message>
    <message>
        <source>Saves the exact bytes to a file you choose, to send another way.</source>
        <translation>Salva exatamente os mesmos bytes em um arquivo que você escolher, para enviar de outro jeito.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <source>&amp;Language and look</source>
        <translation>I&amp;dioma e aparência</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Caixa de saída</translation>
    </message>
    <message>
        <source>Where fingerprints can be sent.</source>
        <translation>Para onde as impressões digitais podem ser enviadas.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Adicionar um registro</translation>
    </message>
    <message>
        <source>Edit the selected registry</source>
        <translation>Editar o registro selecionado</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Remover o registro selecionado</translation>
    </message>
    <message>
        <source>Test the connection to the selected registry</source>
        <translation>Testar a conexão com o registro selecionado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>Connected. The list %1 is there. It takes: %2</source>
        <translation>Conectado. A lista %1 existe. Ela aceita: %2</translation>
    </message>
    <message>
        <source>Connected. The registry&apos;s name: %1</source>
        <translation>Conectado. Nome do registro: %1</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 O registro disse: %2</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual a este computador</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Allow &amp;blurred previews when asked for</source>
        <translation>Permitir &amp;prévias desfocadas quando pedido</translation>
    </message>
    <message>
        <source>&amp;Counselor mode: clear everything after each receipt</source>
        <translation>Modo &amp;orientador: apagar tudo após cada comprovante</translation>
    </message>
    <message>
        <source>Also send fingerprints of &amp;rotated and flipped copies</source>
        <translation>Enviar também impressões digitais de cópias giradas e &amp;espelhadas</translation>
    </message>
    <message>
        <source>Also block common &amp;edited copies (cropped, with bars, screenshots)</source>
        <translation>Bloquear também cópias &amp;editadas comuns (cortadas, com faixas, capturas de tela)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
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
        <translation>Permitir prévias desfocadas quando pedido</translation>
    </message>
    <message>
        <source>Counselor mode</source>
        <translation>Modo orientador</translation>
    </message>
    <message>
        <source>After each receipt, everything about the case is cleared.</source>
        <translation>Após cada comprovante, tudo sobre o caso é apagado.</translation>
    </message>
    <message>
        <source>Also send fingerprints of rotated and flipped copies</source>
        <translation>Enviar também impressões digitais de cópias giradas e espelhadas</translation>
    </message>
    <message>
        <source>Also block common edited copies (cropped, with bars, screenshots)</source>
        <translation>Bloquear também cópias editadas comuns (cortadas, com faixas, capturas de tela)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No help lines are set up.</source>
        <translation>Nenhuma linha de ajuda configurada.</translation>
    </message>
    <message>
        <source>Stop your pictures from spreading</source>
        <translation>Impeça que suas fotos se espalhem</translation>
    </message>
    <message>
        <source>You are not alone, and this is not your fault.</source>
        <translation>Você não está só, e a culpa não é sua.</translation>
    </message>
    <message>
        <source>This app helps stop intimate pictures and videos from being shared online.

It makes a fingerprint (a hash) of each file, here on this computer.

Your pictures never leave this computer. Only the fingerprints are sent.

Websites that take part use the fingerprints to find and block copies.</source>
        <translation>Este app ajuda a impedir que fotos e vídeos íntimos sejam compartilhados na internet.

Ele cria uma impressão digital (um hash) de cada arquivo, aqui neste computador.

Suas fotos nunca saem deste computador. Só as impressões digitais são enviadas.

Os sites participantes usam as impressões digitais para encontrar e bloquear cópias.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual a este computador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Changes the language at once.</source>
        <translation>Muda o idioma na hora.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Peça ajuda agora</translation>
    </message>
    <message>
        <source>If you feel unsafe or need someone to talk to, you can reach out here:</source>
        <translation>Se você se sentir em perigo ou precisar de alguém para conversar, pode procurar ajuda aqui:</translation>
    </message>
    <message>
        <source>Sent fingerprints before?</source>
        <translation>Você já enviou impressões digitais?</translation>
    </message>
    <message>
        <source>Check or &amp;withdraw a case…</source>
        <translation>Consultar ou &amp;cancelar um caso…</translation>
    </message>
</context>
</TS>
