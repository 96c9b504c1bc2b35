<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;Issue code</source>
        <translation>&amp;Emitir código</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>Copy &amp;message for the guest</source>
        <translation>Copiar &amp;mensaje para el huésped</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>&amp;Imprimir comprobante…</translation>
    </message>
    <message>
        <source>Save slip as P&amp;DF…</source>
        <translation>Guardar comprobante como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Email code…</source>
        <translation>Enviar código por &amp;correo…</translation>
    </message>
    <message>
        <source>&amp;Add lock…</source>
        <translation>&amp;Añadir cerradura…</translation>
    </message>
    <message>
        <source>&amp;Edit lock…</source>
        <translation>&amp;Editar cerradura…</translation>
    </message>
    <message>
        <source>&amp;Remove lock…</source>
        <translation>&amp;Quitar cerradura…</translation>
    </message>
    <message>
        <source>&amp;Find lock</source>
        <translation>&amp;Buscar cerradura</translation>
    </message>
    <message>
        <source>Search &amp;history</source>
        <translation>Buscar en el &amp;historial</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About NetCode Desk</source>
        <translation>A&amp;cerca de NetCode Desk</translation>
    </message>
    <message>
        <source>Issue the code (Ctrl+Enter, or Enter in the issue form)</source>
        <translation>Emitir el código (Ctrl+Intro, o Intro en el formulario)</translation>
    </message>
    <message>
        <source>&amp;Import smart locks from K3 Connect…</source>
        <translation>&amp;Importar cerraduras inteligentes de K3 Connect…</translation>
    </message>
    <message>
        <source>Import locks from &amp;CSV…</source>
        <translation>Importar cerraduras desde &amp;CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport locks to CSV…</source>
        <translation>E&amp;xportar cerraduras a CSV…</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar historial…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Issue for &amp;several locks…</source>
        <translation>Emitir para &amp;varias cerraduras…</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sta&amp;ff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <source>Audit lo&amp;g…</source>
        <translation>Re&amp;gistro de cambios…</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>The API host must start with https:// (plain http:// is allowed only for this computer). Correct the API host in Settings.</source>
        <translation>El host de la API debe empezar por https:// (http:// solo para este ordenador). Corrija el host de la API en Ajustes.</translation>
    </message>
    <message>
        <source>The Codelocks service rejected the smart lock's access key (401). Check the access key in the lock's settings.</source>
        <translation>El servicio Codelocks rechazó la clave de acceso de la cerradura inteligente (401). Compruébela en los ajustes de la cerradura.</translation>
    </message>
    <message>
        <source>The Codelocks service does not know this lock. Check the lock's timecode and lock id (or smart-lock id) in its settings.</source>
        <translation>El servicio Codelocks no conoce esta cerradura. Compruebe el código horario y el id de la cerradura (o el id de cerradura inteligente) en sus ajustes.</translation>
    </message>
    <message>
        <source>The Codelocks service is refusing requests because the plan's limit has been reached or too many were sent. Wait a minute and try again; if it persists, check the plan's monthly quota.</source>
        <translation>El servicio Codelocks rechaza solicitudes porque se alcanzó el límite del plan o se enviaron demasiadas. Espere un minuto y vuelva a intentarlo; si continúa, revise la cuota mensual del plan.</translation>
    </message>
    <message>
        <source>The Codelocks service had an internal error (%1). No code was issued. Try again in a few minutes.</source>
        <translation>El servicio Codelocks tuvo un error interno (%1). No se emitió ningún código. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The Codelocks service answered with an unexpected status (%1). No code was issued.</source>
        <translation>El servicio Codelocks respondió con un estado inesperado (%1). No se emitió ningún código.</translation>
    </message>
    <message>
        <source>Could not reach the Codelocks service. Check the internet connection and the API host in Settings, then try again.</source>
        <translation>No se pudo contactar con el servicio Codelocks. Compruebe la conexión a internet y el host de la API en Ajustes, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the Codelocks service was cut before it answered. Try again.</source>
        <translation>La conexión con el servicio Codelocks se cortó antes de la respuesta. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The API host could not be found. Check the internet connection and the API host in Settings.</source>
        <translation>No se encontró el host de la API. Compruebe la conexión a internet y el host de la API en Ajustes.</translation>
    </message>
    <message>
        <source>The secure connection to the Codelocks service could not be verified, so nothing was sent. Check the computer's date and time, and whether a network filter intercepts secure connections.</source>
        <translation>No se pudo verificar la conexión segura con el servicio Codelocks, así que no se envió nada. Compruebe la fecha y la hora del ordenador y si algún filtro de red intercepta las conexiones seguras.</translation>
    </message>
    <message>
        <source>A network error stopped the request. Check the connection and try again.</source>
        <translation>Un error de red impidió la solicitud. Compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer NetCode Desk cannot read. No code is shown; try again, and if it keeps happening check the API host and versions in Settings.</source>
        <translation>El servicio Codelocks envió una respuesta que NetCode Desk no puede leer. No se muestra ningún código; vuelva a intentarlo y, si se repite, revise el host y las versiones de la API en Ajustes.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer far larger than a NetCode; it was not read. Check the API host in Settings.</source>
        <translation>El servicio Codelocks envió una respuesta mucho mayor que un NetCode; no se leyó. Compruebe el host de la API en Ajustes.</translation>
    </message>
    <message>
        <source>The Codelocks service did not issue a code.</source>
        <translation>El servicio Codelocks no emitió ningún código.</translation>
    </message>
    <message>
        <source>The Codelocks service refused the request as invalid. Most often the lock's model is set wrongly, or its timecode or lock id has a typing error; also check that the lock is configured for this mode and that codes of whole days start at midnight.</source>
        <translation>El servicio Codelocks rechazó la solicitud por no válida. Lo más habitual es que el modelo de la cerradura esté mal configurado o que su código horario o su id tengan una errata; compruebe también que la cerradura está configurada para este modo y que los códigos de días completos empiezan a medianoche.</translation>
    </message>
    <message>
        <source>The Codelocks service tried to send the request to another address. NetCode Desk did not follow, so the API key went nowhere else. Check the API host in Settings.</source>
        <translation>El servicio Codelocks intentó enviar la solicitud a otra dirección. NetCode Desk no la siguió, así que la clave de API no fue a ningún otro sitio. Compruebe el host de la API en Ajustes.</translation>
    </message>
    <message>
        <source>The service said: "%1".</source>
        <translation>El servicio dijo: «%1».</translation>
    </message>
    <message>
        <source>The Codelocks service rejected the site's API key (%1). Check the API key in Settings.</source>
        <translation>El servicio Codelocks rechazó la clave de API del sitio (%1). Compruebe la clave de API en Ajustes.</translation>
    </message>
    <message>
        <source>The Codelocks service did not answer in time. Check the internet connection and try again.</source>
        <translation>El servicio Codelocks no respondió a tiempo. Compruebe la conexión a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Codelocks service did not answer in time. The request had already been sent, so the service may have issued — and billed — a code that never arrived. It is kept in History as "in doubt"; ask again from there.</source>
        <translation>El servicio Codelocks no respondió a tiempo. La solicitud ya se había enviado, así que puede que el servicio haya emitido — y cobrado — un código que nunca llegó. Queda en el historial como "en duda"; vuelva a preguntar desde allí.</translation>
    </message>
    <message>
        <source>The connection was cut after the request was sent: the service may have issued — and billed — a code that never arrived. It is kept in History as "in doubt"; ask again from there.</source>
        <translation>La conexión se cortó después de enviar la solicitud: puede que el servicio haya emitido — y cobrado — un código que nunca llegó. Queda en el historial como "en duda"; vuelva a preguntar desde allí.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer NetCode Desk cannot read, so no code is shown. The service may still have issued — and billed — the code: it is kept in History as "in doubt"; ask again from there. If this keeps happening, check the API host and versions in Settings.</source>
        <translation>El servicio Codelocks envió una respuesta que NetCode Desk no puede leer, así que no se muestra ningún código. Puede que el servicio haya emitido — y cobrado — el código de todos modos: la solicitud queda en el historial como "en duda"; vuelva a preguntar desde allí. Si se repite, revise el host y las versiones de la API en Ajustes.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer far larger than a NetCode, so it was not read. The request may have been billed: it is kept in History as "in doubt". Check the API host in Settings.</source>
        <translation>El servicio Codelocks envió una respuesta mucho más grande que un NetCode, así que no se leyó. Puede que la solicitud se haya cobrado: queda en el historial como "en duda". Compruebe el host de la API en Ajustes.</translation>
    </message>
    <message>
        <source>The Codelocks service kept redirecting the request instead of answering it, so NetCode Desk stopped following. Check the API host and versions in Settings; if they are right, the service has a problem: try again later.</source>
        <translation>El servicio Codelocks redirigía la solicitud una y otra vez en lugar de responderla, así que NetCode Desk dejó de seguir las redirecciones. Revise el host y las versiones de la API en Ajustes; si son correctos, el servicio tiene un problema: vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>The built-in demo service could not start: %1</source>
        <translation>No se pudo iniciar el servicio de demostración integrado: %1</translation>
    </message>
    <message>
        <source>Demo: built-in simulator on %1</source>
        <translation>Demo: simulador integrado en %1</translation>
    </message>
    <message>
        <source>Codelocks Connect: %1</source>
        <translation>Codelocks Connect: %1</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>otra recepción</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>This desk's API key differs from the one the site uses (saved by %1 on %2). Codes issued here are billed to the account of this desk's key.</source>
        <translation>La clave API de esta recepción no es la que usa el sitio (guardada por %1, %2). Los códigos emitidos aquí se cobran a la cuenta de la clave de esta recepción.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) issued before %1 deleted</source>
        <translation>
            <numerusform>%n código emitido antes del %1 eliminado</numerusform>
            <numerusform>%n códigos emitidos antes del %1 eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>No se pudo escribir el registro de cambios: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1 (usuario %2)</translation>
    </message>
    <message numerus="yes">
        <source>The last %n change(s) made as a manager, newest first.</source>
        <translation>
            <numerusform>El último cambio hecho como responsable (%n).</numerusform>
            <numerusform>Los %n últimos cambios hechos como responsable, los más recientes primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <source>&amp;Issue codes</source>
        <translation>&amp;Emitir códigos</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>Imprimir &amp;lista…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Guardar &amp;CSV…</translation>
    </message>
    <message>
        <source>Issue codes for several locks</source>
        <translation>Emitir códigos para varias cerraduras</translation>
    </message>
    <message>
        <source>Narrow the list: a group, floor or name</source>
        <translation>Filtrar la lista: grupo, planta o nombre</translation>
    </message>
    <message>
        <source>Narrow the list of locks</source>
        <translation>Filtrar la lista de cerraduras</translation>
    </message>
    <message>
        <source>Locks to issue codes for</source>
        <translation>Cerraduras para las que emitir códigos</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Guest or group name</source>
        <translation>Nombre del huésped o del grupo</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Referencia de reserva</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Cerradura</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Guest or group:</source>
        <translation>&amp;Huésped o grupo:</translation>
    </message>
    <message>
        <source>Booking r&amp;eference:</source>
        <translation>&amp;Referencia de reserva:</translation>
    </message>
    <message>
        <source>Issued %1 of %2…</source>
        <translation>Emitidos %1 de %2…</translation>
    </message>
    <message>
        <source>Tick the locks to issue codes for.</source>
        <translation>Marque las cerraduras para las que emitir códigos.</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge</source>
        <translation>Reemitido desde el historial — sin nuevo cargo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Save the sheet as PDF (cancel to print instead)</source>
        <translation>Guardar la lista como PDF (cancelar para imprimirla)</translation>
    </message>
    <message>
        <source>codes.pdf</source>
        <translation>codigos.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save codes as CSV</source>
        <translation>Guardar códigos como CSV</translation>
    </message>
    <message>
        <source>codes.csv</source>
        <translation>codigos.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s): demo codes from the built-in simulator, nothing is billed.</source>
        <translation>
            <numerusform>%n cerradura: código de demostración del simulador integrado, no se factura nada.</numerusform>
            <numerusform>%n cerraduras: códigos de demostración del simulador integrado, no se factura nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s).</source>
        <translation>
            <numerusform>%n cerradura.</numerusform>
            <numerusform>%n cerraduras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billed request(s) will be sent to the Codelocks service.</source>
        <translation>
            <numerusform>Se enviará %n solicitud facturada al servicio Codelocks.</numerusform>
            <numerusform>Se enviarán %n solicitudes facturadas al servicio Codelocks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) come from history free of charge.</source>
        <translation>
            <numerusform>%n código viene gratis del historial.</numerusform>
            <numerusform>%n códigos vienen gratis del historial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) issued and saved in history.</source>
        <translation>
            <numerusform>%1 de %n código emitido y guardado en el historial.</numerusform>
            <numerusform>%1 de %n códigos emitidos y guardados en el historial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) already belong to another guest and will be skipped (issue those on their own to give the same code).</source>
        <translation>
            <numerusform>%n código ya pertenece a otro huésped y se omitirá (emítalo por separado para dar el mismo código).</numerusform>
            <numerusform>%n códigos ya pertenecen a otros huéspedes y se omitirán (emítalos por separado para dar el mismo código).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchIssuer</name>
    <message>
        <source>DEMO — these codes will not open real locks</source>
        <translation>DEMO — estos códigos no abren cerraduras reales</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Códigos de acceso</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Cerradura</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>not issued: %1</source>
        <translation>no emitido: %1</translation>
    </message>
    <message>
        <source>Issue it on its own to give the same code to this guest too.</source>
        <translation>Emítalo por separado para dar también el mismo código a este huésped.</translation>
    </message>
</context>
<context>
    <name>BoardLayout</name>
    <message>
        <source>No guest named</source>
        <translation>Ningún huésped indicado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board: codes per lock over time</source>
        <translation>Tablero: códigos por cerradura a lo largo del tiempo</translation>
    </message>
    <message numerus="yes">
        <source>One code, held by %n guest(s)</source>
        <translation>
            <numerusform>Un código, de %n huésped</numerusform>
            <numerusform>Un código, compartido por %n huéspedes</numerusform>
        </translation>
    </message>
    <message>
        <source>Another code works on this lock at the same time.</source>
        <translation>Otro código funciona en esta cerradura al mismo tiempo.</translation>
    </message>
    <message>
        <source>Click or press Enter to open it in History.</source>
        <translation>Haga clic o pulse Intro para abrirlo en el historial.</translation>
    </message>
    <message>
        <source>No locks match the group and search.</source>
        <translation>Ninguna cerradura coincide con el grupo y la búsqueda.</translation>
    </message>
    <message>
        <source>In doubt: %1</source>
        <translation>En duda: %1</translation>
    </message>
    <message>
        <source>Being issued: %1</source>
        <translation>En emisión: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n guests: %1</source>
        <translation>
            <numerusform>%n huésped: %1</numerusform>
            <numerusform>%n huéspedes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cerradura</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Board — NetCode Desk</source>
        <translation>Tablero — NetCode Desk</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Ahora</translation>
    </message>
    <message>
        <source>Scroll to the current time</source>
        <translation>Desplazarse a la hora actual</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>Un día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>How many days fill the width (Ctrl+wheel, + and - on the board)</source>
        <translation>Cuántos días ocupan el ancho (Ctrl+rueda, + y - en el tablero)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Search locks</source>
        <translation>Buscar cerraduras</translation>
    </message>
    <message>
        <source>Lock or group</source>
        <translation>Cerradura o grupo</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>G&amp;rupo:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Red outline with a cross-hatched edge: two codes work on one lock at the same time. Hatched with a dashed red outline: a request in doubt, to be looked at. Flag: first-use deadline. Edge at the right end: expires today. Line: now.</source>
        <translation>Contorno rojo con borde rayado: dos códigos funcionan en una cerradura al mismo tiempo. Rayado con contorno rojo discontinuo: una solicitud en duda que hay que revisar. Bandera: fecha límite del primer uso. Borde en el extremo derecho: caduca hoy. Línea: ahora.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
</context>
<context>
    <name>ChangeListener</name>
    <message numerus="yes">
        <source>The shared store's server has not answered for %n second(s).</source>
        <translation>
            <numerusform>El servidor de la base compartida lleva %n segundo sin responder.</numerusform>
            <numerusform>El servidor de la base compartida lleva %n segundos sin responder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The API URL must start with https:// (http:// only for this computer): %1</source>
        <translation>La URL de la API debe empezar por https:// (http:// solo para este ordenador): %1</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout espera un número de segundos de 1 a 600.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit espera un número positivo.</translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation>--format espera csv o json.</translation>
    </message>
    <message>
        <source>(not issued)</source>
        <translation>(no emitido)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Codes written to %1: %2.</source>
        <translation>Códigos escritos en %1: %2.</translation>
    </message>
    <message>
        <source>--model must be one of KL1060, KL1060C2, KL1060G3, K3CONNECT.</source>
        <translation>--model debe ser KL1060, KL1060C2, KL1060G3 o K3CONNECT.</translation>
    </message>
    <message>
        <source>A smart lock needs --access-key-env VARIABLE naming the environment variable that holds its access key.</source>
        <translation>Una cerradura inteligente necesita --access-key-env VARIABLE con el nombre de la variable de entorno que contiene su clave de acceso.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>La variable de entorno %1 está vacía o no existe.</translation>
    </message>
    <message>
        <source>--mode must be one of single-use, multi-use, rental, long-rental, end-date, 24-hour.</source>
        <translation>--mode debe ser single-use, multi-use, rental, long-rental, end-date o 24-hour.</translation>
    </message>
    <message>
        <source>--length takes hours or days, for example 3h or 2d.</source>
        <translation>--length espera horas o días, por ejemplo 3h o 2d.</translation>
    </message>
    <message>
        <source>--validation takes hours or days, for example 6h or 2d.</source>
        <translation>--validation espera horas o días, por ejemplo 6h o 2d.</translation>
    </message>
    <message>
        <source>--end-date takes a date as YYYY-MM-DD.</source>
        <translation>--end-date espera una fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--start takes "YYYY-MM-DD HH:MM", or a date alone for codes of whole days.</source>
        <translation>--start espera "AAAA-MM-DD HH:MM", o solo una fecha para códigos de días completos.</translation>
    </message>
    <message>
        <source>Say which lock: --lock NAME, or the lock inline with --model and its ids.</source>
        <translation>¿Qué cerradura? --lock NOMBRE, o la cerradura indicada con --model y sus ids.</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (línea de comandos)</translation>
    </message>
    <message>
        <source>There is no lock called "%1". See: netcode-desk-cli locks list</source>
        <translation>No hay ninguna cerradura llamada "%1". Vea: netcode-desk-cli locks list</translation>
    </message>
    <message>
        <source>--zone is for a lock given inline; %1 keeps its own zone (%2).</source>
        <translation>--zone es para una cerradura indicada en línea; %1 conserva su propia zona (%2).</translation>
    </message>
    <message>
        <source>%1 is configured for %2; it cannot take a %3 code.</source>
        <translation>%1 está configurada para %2; no admite un código %3.</translation>
    </message>
    <message>
        <source>A long-term rental code needs --validation, for example 6h or 2d.</source>
        <translation>Un código de alquiler de larga duración necesita --validation, por ejemplo 6h o 2d.</translation>
    </message>
    <message>
        <source>An End Date code needs --end-date YYYY-MM-DD (its last day).</source>
        <translation>Un código con fecha de fin necesita --end-date AAAA-MM-DD (su último día).</translation>
    </message>
    <message>
        <source>Say how long the code lasts: --length 3h or --length 2d.</source>
        <translation>¿Cuánto dura el código? --length 3h o --length 2d.</translation>
    </message>
    <message>
        <source>The service offers no such %1 code for %2.%3</source>
        <translation>El servicio no ofrece ese código %1 para %2.%3</translation>
    </message>
    <message>
        <source>No answer came in time.</source>
        <translation>No llegó ninguna respuesta a tiempo.</translation>
    </message>
    <message>
        <source>Code %1 for %2</source>
        <translation>Código %1 para %2</translation>
    </message>
    <message>
        <source>Start sent: %1 (lock's clock), duration id %2</source>
        <translation>Inicio enviado: %1 (reloj de la cerradura), id de duración %2</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge (use --fresh to ask the service again).</source>
        <translation>Reemitido desde el historial — sin nuevo cargo (use --fresh para volver a preguntar al servicio).</translation>
    </message>
    <message>
        <source>DEMO code — it will not open a real lock.</source>
        <translation>Código DEMO — no abre ninguna cerradura real.</translation>
    </message>
    <message>
        <source>locks add needs --name and --model, and the lock's ids.</source>
        <translation>locks add necesita --name y --model, y los ids de la cerradura.</translation>
    </message>
    <message>
        <source>--mode must be one of standard, rental, long-rental, end-date, 24-hour.</source>
        <translation>--mode debe ser standard, rental, long-rental, end-date o 24-hour.</translation>
    </message>
    <message>
        <source>Enter the access key again in the app (Edit lock) on a computer with a keychain.</source>
        <translation>Vuelva a introducir la clave de acceso en la aplicación (Editar cerradura), en un ordenador con llavero.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 añadida.</translation>
    </message>
    <message>
        <source>Say which lock: netcode-desk-cli locks remove NAME</source>
        <translation>¿Qué cerradura? netcode-desk-cli locks remove NOMBRE</translation>
    </message>
    <message>
        <source>There is no lock called "%1".</source>
        <translation>No hay ninguna cerradura llamada "%1".</translation>
    </message>
    <message>
        <source>Removed %1; its codes stay in history.</source>
        <translation>%1 quitada; sus códigos quedan en el historial.</translation>
    </message>
    <message>
        <source>Say which file: netcode-desk-cli locks import FILE.csv</source>
        <translation>¿Qué archivo? netcode-desk-cli locks import ARCHIVO.csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Fila %1, columna %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Rows with problems: %n. Correct them, or add --accept-valid to import only the rows without problems.</source>
        <translation>
            <numerusform>No se importó nada. Filas con problemas: %n. Corríjalas o añada --accept-valid para importar solo las filas sin problemas.</numerusform>
            <numerusform>No se importó nada. Filas con problemas: %n. Corríjalas o añada --accept-valid para importar solo las filas sin problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locks imported: %n.</source>
        <translation>
            <numerusform>Cerraduras importadas: %n.</numerusform>
            <numerusform>Cerraduras importadas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--k3connect needs --access-key-env VARIABLE holding the account's access key.</source>
        <translation>--k3connect necesita --access-key-env VARIABLE con la clave de acceso de la cuenta.</translation>
    </message>
    <message>
        <source>Smart locks added: %1, updated: %2.</source>
        <translation>Cerraduras inteligentes añadidas: %1, actualizadas: %2.</translation>
    </message>
    <message>
        <source>locks takes one of: list, add, remove, import, export.</source>
        <translation>locks espera list, add, remove, import o export.</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port espera un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>The simulator cannot listen: %1</source>
        <translation>El simulador no puede escuchar: %1</translation>
    </message>
    <message>
        <source>Codelocks simulator listening on %1 (Ctrl+C to stop)</source>
        <translation>Simulador Codelocks escuchando en %1 (Ctrl+C para parar)</translation>
    </message>
    <message>
        <source>NetCode Desk from the command line.</source>
        <translation>NetCode Desk desde la línea de comandos.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>See: netcode-desk-cli --help</source>
        <translation>Vea: netcode-desk-cli --help</translation>
    </message>
    <message>
        <source>Say what to do, for example: netcode-desk-cli %1 list</source>
        <translation>¿Qué hacer? Por ejemplo: netcode-desk-cli %1 list</translation>
    </message>
    <message>
        <source>Unknown command "%1". See: netcode-desk-cli --help</source>
        <translation>Orden desconocida "%1". Vea: netcode-desk-cli --help</translation>
    </message>
    <message>
        <source>The export did not reach standard output: %1</source>
        <translation>La exportación no llegó a la salida estándar: %1</translation>
    </message>
    <message>
        <source>The same request is being issued at %1 right now: waiting for its answer instead of sending it again…</source>
        <translation>La misma solicitud se está emitiendo ahora mismo en %1: se espera su respuesta en lugar de enviarla otra vez…</translation>
    </message>
    <message>
        <source>No answer came in time. The request may have been billed; see History.</source>
        <translation>No llegó ninguna respuesta a tiempo. Puede que la solicitud se haya cobrado; consulte el historial.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>no se pudo escribir la salida</translation>
    </message>
    <message>
        <source>Standard output could not be written: %1</source>
        <translation>No se pudo escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>Say which request: netcode-desk-cli history ask-again ID (the id from history list --json).</source>
        <translation>Indique qué solicitud: netcode-desk-cli history ask-again ID (el id de history list --json).</translation>
    </message>
    <message>
        <source>There is no history row %1.</source>
        <translation>No hay ninguna fila %1 en el historial.</translation>
    </message>
    <message>
        <source>Row %1 is not in doubt (it is %2): there is nothing to ask again.</source>
        <translation>La fila %1 no está en duda (está «%2»): no hay nada que preguntar de nuevo.</translation>
    </message>
    <message>
        <source>The lock of row %1 is not in the database (it was given inline): issue it again with the same options and --fresh.</source>
        <translation>La cerradura de la fila %1 no está en la base de datos (se indicó en la línea de órdenes): emita el código de nuevo con las mismas opciones y --fresh.</translation>
    </message>
    <message>
        <source>Say what to do, for example: netcode-desk-cli store status --database URL</source>
        <translation>Indique qué hacer, por ejemplo: netcode-desk-cli store status --database URL</translation>
    </message>
    <message>
        <source>The store commands work on a shared store: give its address, for example --database postgresql://HOST/DATABASE</source>
        <translation>Las órdenes store trabajan con una base compartida: indique su dirección, por ejemplo --database postgresql://HOST/BASE</translation>
    </message>
    <message>
        <source>The shared store %1 is already set up (schema %2); nothing was changed.</source>
        <translation>La base compartida %1 ya está configurada (esquema %2); no se cambió nada.</translation>
    </message>
    <message>
        <source>Set up the shared store %1 (schema %2):</source>
        <translation>Base compartida %1 configurada (esquema %2):</translation>
    </message>
    <message>
        <source>Next, for each desk and each manager: createuser --pwprompt NAME (on the database server), then
  netcode-desk-cli store grant NAME --role desk|manager --database URL</source>
        <translation>Después, para cada recepción y cada responsable: createuser --pwprompt NOMBRE (en el servidor de base de datos), luego
  netcode-desk-cli store grant NOMBRE --role desk|manager --database URL</translation>
    </message>
    <message>
        <source>Say which login: netcode-desk-cli store grant LOGIN --role desk|manager --database URL</source>
        <translation>¿Qué usuario? netcode-desk-cli store grant USUARIO --role desk|manager --database URL</translation>
    </message>
    <message>
        <source>--role takes desk (issue, search, reprint, export) or manager (also locks, settings, staff, retention).</source>
        <translation>--role admite desk (emitir, buscar, reimprimir, exportar) o manager (además cerraduras, ajustes, personal, conservación).</translation>
    </message>
    <message>
        <source>%1 already has the %2 role; nothing was changed.</source>
        <translation>%1 ya tiene el rol %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>Say which file: netcode-desk-cli store import-sqlite FILE --database URL</source>
        <translation>¿Qué archivo? netcode-desk-cli store import-sqlite ARCHIVO --database URL</translation>
    </message>
    <message>
        <source>Moved %1 into %2:</source>
        <translation>%1 traído a %2:</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n código añadido</numerusform>
            <numerusform>%n códigos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>ya estaban: %n</numerusform>
            <numerusform>ya estaban: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were still being issued in the file and are now in doubt (History, In doubt)</source>
        <translation>
            <numerusform>%n de ellos aún se estaba emitiendo en el archivo y ahora está en duda (Historial, En duda)</numerusform>
            <numerusform>%n de ellos aún se estaban emitiendo en el archivo y ahora están en duda (Historial, En duda)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) added</source>
        <translation>
            <numerusform>%n cerradura añadida</numerusform>
            <numerusform>%n cerraduras añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (kept as they are)</source>
        <translation>
            <numerusform>ya estaban: %n (se dejan como están)</numerusform>
            <numerusform>ya estaban: %n (se dejan como están)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request count(s) added</source>
        <translation>
            <numerusform>%n contador de solicitudes añadido</numerusform>
            <numerusform>%n contadores de solicitudes añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Store:    %1</source>
        <translation>Base:       %1</translation>
    </message>
    <message>
        <source>Schema:   %1</source>
        <translation>Esquema:    %1</translation>
    </message>
    <message>
        <source>not set up (netcode-desk-cli store init)</source>
        <translation>sin configurar (netcode-desk-cli store init)</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identidad:  %1</translation>
    </message>
    <message>
        <source>Login:    %1</source>
        <translation>Usuario:    %1</translation>
    </message>
    <message>
        <source>Role:     %1</source>
        <translation>Rol:        %1</translation>
    </message>
    <message>
        <source>Unknown store command "%1": init, grant, import-sqlite or status.</source>
        <translation>Orden store desconocida "%1": init, grant, import-sqlite o status.</translation>
    </message>
    <message>
        <source>The login %1 has the desk role on the shared store %2, and only a manager's login may do that. Run it again with a manager's login (--database postgresql://LOGIN@SERVER/DATABASE); nothing was changed.</source>
        <translation>El usuario %1 tiene el rol de recepción en la base compartida %2, y eso solo puede hacerlo el usuario de un responsable. Vuelva a ejecutarlo con el usuario de un responsable (--database postgresql://LOGIN@SERVER/DATABASE); no se cambió nada.</translation>
    </message>
    <message>
        <source>K3 Connect account: %1 smart lock(s) added, %2 updated</source>
        <translation>Cuenta K3 Connect: cerraduras inteligentes añadidas: %1, actualizadas: %2</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli staff add NAME --role desk|manager [--login DBLOGIN]; the PIN or password is read from standard input.</source>
        <translation>Uso: netcode-desk-cli staff add NOMBRE --role desk|manager [--login DBLOGIN]; el PIN o la contraseña se leen de la entrada estándar.</translation>
    </message>
    <message>
        <source>--role takes desk or manager.</source>
        <translation>--role admite desk o manager.</translation>
    </message>
    <message>
        <source>--login is for managers: desk staff use the desk's own login.</source>
        <translation>--login es para responsables: el personal de recepción usa el usuario propio de la recepción.</translation>
    </message>
    <message>
        <source>PIN or password for %1: </source>
        <translation>PIN o contraseña de %1: </translation>
    </message>
    <message>
        <source>Again, to check: </source>
        <translation>Otra vez, para comprobar: </translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed.</source>
        <translation>Las dos entradas no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Se añadió a %1 (%2).</translation>
    </message>
    <message>
        <source>Nobody is on the staff list.</source>
        <translation>La lista de personal está vacía.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation>bloqueado hasta %1 UTC</translation>
    </message>
    <message>
        <source>login %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli staff deactivate NAME</source>
        <translation>Uso: netcode-desk-cli staff deactivate NOMBRE</translation>
    </message>
    <message>
        <source>Nobody called "%1" is on the staff list.</source>
        <translation>No hay nadie llamado "%1" en la lista de personal.</translation>
    </message>
    <message>
        <source>%1 deactivated: they can no longer sign in; their history stays.</source>
        <translation>%1 desactivado: ya no puede identificarse; su historial se conserva.</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli staff COMMAND [--database FILE|URL]

The people who sign in at the desks (a manager's action on a shared store):
  staff add NAME --role desk|manager [--login DBLOGIN]   add a person; the PIN or password is read
                             from standard input (typed hidden at a terminal), never an argument;
                             --login names a manager's own login on a shared store
  staff list [--json]        the staff list
  staff deactivate NAME      the person can no longer sign in; their history stays

Each change is written to the audit log as "(command line)" and this computer's user name.
</source>
        <translation>Uso: netcode-desk-cli staff ORDEN [--database ARCHIVO|URL]

Las personas que se identifican en las recepciones (en una base compartida, una acción de responsable):
  staff add NOMBRE --role desk|manager [--login DBLOGIN]   añadir una persona; el PIN o la contraseña se leen
                             de la entrada estándar (ocultos al teclearlos en un terminal), nunca como argumento;
                             --login indica el usuario propio de un responsable en una base compartida
  staff list [--json]        la lista de personal
  staff deactivate NOMBRE    la persona ya no puede identificarse; su historial se conserva

Cada cambio se escribe en el registro de cambios como "(command line)" con el nombre de usuario de este equipo.
</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli audit list [--limit N] [--json] [--database FILE|URL]

Manager actions (locks, settings, staff, retention, lock-outs, desks moved in), newest first;
--limit N shows the newest N (100 unless given).
</source>
        <translation>Uso: netcode-desk-cli audit list [--limit N] [--json] [--database ARCHIVO|URL]

Acciones de responsables (cerraduras, ajustes, personal, conservación, bloqueos, recepciones traídas), las más recientes primero;
--limit N muestra las N más recientes (100 si no se indica).
</translation>
    </message>
    <message>
        <source>staff takes one of: add, list, deactivate.</source>
        <translation>staff admite una de: add, list, deactivate.</translation>
    </message>
    <message>
        <source>audit takes: list.</source>
        <translation>audit admite: list.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1 is a superuser: the server lets it do everything, whatever role it is given, so it cannot be a desk or a manager. Make an ordinary login for the desk or person (createuser --pwprompt NAME) and grant that; nothing was changed.</source>
        <translation>%1 es un superusuario: el servidor le permite todo, tenga el rol que tenga, así que no puede ser una recepción ni un responsable. Cree un usuario normal para la recepción o la persona (createuser --pwprompt NAME) y asígnele el rol a ese; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is netcode_owner or a member of it: the owner of the store's tables is for setting up and updating the store (store init), not for a desk or a manager. Make an ordinary login for the desk or person (createuser --pwprompt NAME) and grant that; nothing was changed.</source>
        <translation>%1 es netcode_owner o miembro de él: el propietario de las tablas de la base sirve para configurarla y actualizarla (store init), no para una recepción ni un responsable. Cree un usuario normal para la recepción o la persona (createuser --pwprompt NAME) y asígnele el rol a ese; no se cambió nada.</translation>
    </message>
    <message>
        <source>Left behind from demo mode: %1 sample lock(s), %2 demo code(s), %3 demo request count(s)</source>
        <translation>Quedan del modo demo: cerraduras de ejemplo: %1, códigos demo: %2, contadores de solicitudes demo: %3</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli store COMMAND --database postgresql://[LOGIN@]SERVER[:PORT]/DATABASE [--json]

A shared store (PostgreSQL) for a desk team:
  store init                 set up the store: its roles, schema and privileges; run again after an
                             update (a login that may create roles, e.g. postgres)
  store grant LOGIN --role desk|manager   give an existing, ordinary login the desk or manager role
                             (never a superuser or netcode_owner)
  store import-sqlite FILE   move a desk's own database file in (a manager's login; the file is only
                             read; demo locks and demo codes stay behind; safe to run again)
  store status               the store's schema and identity, this login and its role

--database may be left out when NETCODE_DESK_DATABASE or Settings names the store. The password
comes from the URL (this run only), the keychain, PGPASSWORD or ~/.pgpass.
</source>
        <translation>Uso: netcode-desk-cli store ORDEN --database postgresql://[LOGIN@]SERVIDOR[:PUERTO]/BASE [--json]

Una base compartida (PostgreSQL) para un equipo de recepciones:
  store init                 configurar la base: sus roles, esquema y permisos; volver a ejecutar tras una
                             actualización (con un usuario que pueda crear roles, p. ej. postgres)
  store grant LOGIN --role desk|manager   dar a un usuario normal existente el rol desk o manager
                             (nunca a un superusuario ni a netcode_owner)
  store import-sqlite ARCHIVO   traer el archivo de base de datos propio de una recepción (usuario de un responsable;
                             el archivo solo se lee; las cerraduras y códigos demo se quedan; se puede repetir)
  store status               esquema e identidad de la base, este usuario y su rol

--database puede omitirse si NETCODE_DESK_DATABASE o los Ajustes indican la base. La contraseña
viene de la URL (solo en esta ejecución), del llavero, de PGPASSWORD o de ~/.pgpass.
</translation>
    </message>
    <message>
        <source>To give this guest the same code too, add --share-code.</source>
        <translation>Para dar también el mismo código a este huésped, añada --share-code.</translation>
    </message>
    <message>
        <source>Shared with %1 (history row %2, issued %3): both guests open the same door with this code in the same window.</source>
        <translation>Compartido con %1 (fila %2 del historial, emitido el %3): ambos huéspedes abren la misma puerta con este código en el mismo periodo.</translation>
    </message>
    <message>
        <source>--arrive/--depart choose the start and the length themselves; leave out --%1.</source>
        <translation>--arrive/--depart eligen por sí mismos el inicio y la duración; omita --%1.</translation>
    </message>
    <message>
        <source>A stay needs --depart "YYYY-MM-DD HH:MM" (the guest's departure).</source>
        <translation>Una estancia necesita --depart "AAAA-MM-DD HH:MM" (la salida del huésped).</translation>
    </message>
    <message>
        <source>--depart takes "YYYY-MM-DD HH:MM" (wall time in the lock's zone).</source>
        <translation>--depart espera "AAAA-MM-DD HH:MM" (hora local en la zona de la cerradura).</translation>
    </message>
    <message>
        <source>--arrive takes "YYYY-MM-DD HH:MM" (wall time in the lock's zone).</source>
        <translation>--arrive espera "AAAA-MM-DD HH:MM" (hora local en la zona de la cerradura).</translation>
    </message>
    <message>
        <source>history takes one of: list, export, ask-again, email.</source>
        <translation>history admite uno de: list, export, ask-again, email.</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli COMMAND [options]

Commands:
  issue                 issue a code (or reissue it from history, free of charge)
  locks list            list the desk's locks
  locks add             add a lock (--name, --model and its ids, --mode, --group)
  locks remove NAME     remove a lock (its codes stay in history)
  locks import FILE     import locks from CSV (nothing unless every row is valid, or --accept-valid)
  locks import --k3connect --access-key-env VAR   import a K3 Connect account's smart locks
  locks export          write the locks as CSV (--output FILE, default standard output)
  history list          recent codes (--search TEXT, --limit N)
  history export        all matching codes as CSV or JSON (--format, --output FILE)
  history ask-again ID  send a request in doubt (no answer recorded) once more: billed again
  history email ID ADDRESS   email a code to its guest through the site's mail server
                        (--attach-slip, --language de|en|es|fr|nl)
  simulator             run the built-in Codelocks simulator (--port N, --require-key KEY)
  store init            set up a shared store (PostgreSQL): roles, schema, privileges (--database URL)
  store grant LOGIN     give an existing login the desk or manager role (--role desk|manager)
  store import-sqlite FILE   move a desk's own database file into the shared store
  store status          the shared store's schema, identity, and this login's role
  staff add NAME --role desk|manager [--login DBLOGIN]   add a person (PIN or password from
                        standard input)
  staff list            the staff list (--json)
  staff deactivate NAME a person can no longer sign in (their history stays)
  audit list            manager actions, newest first (--limit N, --json)

Issue a code for a lock in the database:
  netcode-desk-cli issue --lock "Room 101" --length 3h --start "2027-07-14 15:00" --guest "Ana"
or for a lock given inline:
  --model KL1060G3 --timecode 202604221226 --lock-id 921239
  --model K3CONNECT --smart-lock-id &lt;32 hex&gt; --access-key-env VARIABLE
  --zone Europe/London, --clock-follows-dst / --no-clock-follows-dst (default: the model's)
Codes: --mode single-use|multi-use|rental|long-rental|end-date|24-hour, --length 3h|2d|14d,
  --start "YYYY-MM-DD HH:MM" (wall time in the lock's zone; a date alone for whole days),
  --end-date YYYY-MM-DD, --validation 6h|2d, --guest, --room, --ref, --fresh (ask the service
  even if history holds this exact request), --timeout SECONDS, --json.
  A code another guest already holds (same lock, start and length) is refused (exit 2, nothing
  sent) unless --share-code says to give it to this guest too.
  --email ADDRESS emails the code to the guest once it is in history (--attach-slip adds the
  slip as PDF, --language CODE the guest's language); the password is the keychain's or
  NETCODE_DESK_MAIL_PASSWORD's.
By stay instead of start and length: --arrive "YYYY-MM-DD HH:MM" (default: now) and
  --depart "YYYY-MM-DD HH:MM" (wall time in the lock's zone) pick the start and length (or End
  Date) that cover the whole stay with the least excess; a stay nothing covers is refused (exit 2).

The API key comes from NETCODE_DESK_API_KEY or the system keychain; with neither (or --demo)
the built-in simulator answers and codes are DEMO codes. --api-url (or NETCODE_DESK_API_URL)
overrides the API host for this run; --database (or NETCODE_DESK_DATABASE) picks the database.

Exit codes: 0 success; 1 the database or a file could not be used; 2 invalid input or usage
(nothing sent); 3 the service rejected the request; 4 service or network failure (5xx, timeout,
offline, unusable answer); 5 a code came back but failed the sanity check; 6 the code is issued
but the email was not sent (recorded on the row). A manager's action refused to a desk login
exits 2 as well (nothing was changed).
</source>
        <translation>Uso: netcode-desk-cli COMANDO [opciones]

Comandos:
  issue                 emitir un código (o volver a emitirlo desde el historial, sin coste)
  locks list            listar las cerraduras de la recepción
  locks add             añadir una cerradura (--name, --model y sus identificadores, --mode, --group)
  locks remove NOMBRE   eliminar una cerradura (sus códigos siguen en el historial)
  locks import ARCHIVO  importar cerraduras desde CSV (nada salvo que todas las filas sean válidas, o --accept-valid)
  locks import --k3connect --access-key-env VAR   importar las cerraduras inteligentes de una cuenta de K3 Connect
  locks export          escribir las cerraduras como CSV (--output ARCHIVO, por defecto la salida estándar)
  history list          códigos recientes (--search TEXTO, --limit N)
  history export        todos los códigos que coinciden como CSV o JSON (--format, --output ARCHIVO)
  history ask-again ID  enviar otra vez una solicitud en duda (sin respuesta registrada): se factura de nuevo
  history email ID DIRECCIÓN   enviar un código por correo a su huésped mediante el servidor de correo del sitio
                        (--attach-slip, --language de|en|es|fr|nl)
  simulator             ejecutar el simulador de Codelocks integrado (--port N, --require-key CLAVE)
  store init            preparar una base compartida (PostgreSQL): roles, esquema, privilegios (--database URL)
  store grant LOGIN     dar a un login existente el rol de recepción o de responsable (--role desk|manager)
  store import-sqlite ARCHIVO   pasar el archivo de base de datos propio de una recepción a la base compartida
  store status          esquema e identidad de la base compartida, y el rol de este login
  staff add NOMBRE --role desk|manager [--login DBLOGIN]   añadir una persona (PIN o contraseña desde
                        la entrada estándar)
  staff list            la lista del personal (--json)
  staff deactivate NOMBRE   una persona ya no puede iniciar sesión (su historial se conserva)
  audit list            acciones de responsables, las más recientes primero (--limit N, --json)

Emitir un código para una cerradura de la base de datos:
  netcode-desk-cli issue --lock "Room 101" --length 3h --start "2027-07-14 15:00" --guest "Ana"
o para una cerradura indicada directamente:
  --model KL1060G3 --timecode 202604221226 --lock-id 921239
  --model K3CONNECT --smart-lock-id &lt;32 hex&gt; --access-key-env VARIABLE
  --zone Europe/London, --clock-follows-dst / --no-clock-follows-dst (por defecto: según el modelo)
Códigos: --mode single-use|multi-use|rental|long-rental|end-date|24-hour, --length 3h|2d|14d,
  --start "AAAA-MM-DD HH:MM" (hora local de la zona de la cerradura; solo una fecha para días enteros),
  --end-date AAAA-MM-DD, --validation 6h|2d, --guest, --room, --ref, --fresh (preguntar al servicio
  aunque el historial tenga exactamente esta solicitud), --timeout SEGUNDOS, --json.
  Un código que ya tiene otro huésped (misma cerradura, inicio y duración) se rechaza (salida 2, no se
  envía nada) salvo que --share-code indique dárselo también a este huésped.
  --email DIRECCIÓN envía el código por correo al huésped en cuanto está en el historial (--attach-slip
  adjunta el comprobante en PDF, --language CÓDIGO el idioma del huésped); la contraseña es la del llavero
  o la de NETCODE_DESK_MAIL_PASSWORD.
Por estancia en lugar de inicio y duración: --arrive "AAAA-MM-DD HH:MM" (por defecto: ahora) y
  --depart "AAAA-MM-DD HH:MM" (hora local de la zona de la cerradura) eligen el inicio y la duración (o
  la fecha de fin) que cubren toda la estancia con el menor exceso; una estancia que nada cubre se
  rechaza (salida 2).

La clave de API viene de NETCODE_DESK_API_KEY o del llavero del sistema; sin ninguna de las dos (o con
--demo) responde el simulador integrado y los códigos son códigos DEMO. --api-url (o NETCODE_DESK_API_URL)
sustituye el host de la API en esta ejecución; --database (o NETCODE_DESK_DATABASE) elige la base de datos.

Códigos de salida: 0 éxito; 1 no se pudo usar la base de datos o un archivo; 2 entrada o uso no válidos
(no se envió nada); 3 el servicio rechazó la solicitud; 4 fallo del servicio o de la red (5xx, tiempo
agotado, sin conexión, respuesta inutilizable); 5 llegó un código pero no superó la comprobación de
coherencia; 6 el código está emitido pero el correo no se envió (anotado en la fila). Una acción de
responsable rechazada a un login de recepción también sale con 2 (no se cambió nada).
</translation>
    </message>
    <message>
        <source>The history could not be read to its end: the export is incomplete.</source>
        <translation>No se pudo leer el historial hasta el final: la exportación está incompleta.</translation>
    </message>
</context>
<context>
    <name>CliEmail</name>
    <message>
        <source>--attach-slip goes with --email ADDRESS.</source>
        <translation>--attach-slip va con --email DIRECCIÓN.</translation>
    </message>
    <message>
        <source>--email: %1 Nothing was sent.</source>
        <translation>--email: %1 No se envió nada.</translation>
    </message>
    <message>
        <source>--language takes one of: %1.</source>
        <translation>--language admite uno de: %1.</translation>
    </message>
    <message>
        <source>No mail server is set up for this site (a manager sets one in Settings, Email). Nothing was sent.</source>
        <translation>No hay ningún servidor de correo configurado para este sitio (un responsable lo configura en Ajustes, Correo). No se envió nada.</translation>
    </message>
    <message>
        <source>Say which code and to whom: netcode-desk-cli history email ID ADDRESS (the id from history list --json).</source>
        <translation>Indique qué código y a quién: netcode-desk-cli history email ID DIRECCIÓN (el ID de history list --json).</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 No se envió nada.</translation>
    </message>
    <message>
        <source>There is no history row %1.</source>
        <translation>No hay ninguna fila %1 en el historial.</translation>
    </message>
    <message>
        <source>Row %1 holds no code to email.</source>
        <translation>La fila %1 no contiene ningún código que enviar por correo.</translation>
    </message>
    <message>
        <source>The email did not finish in time; whether it was sent is not known.</source>
        <translation>El correo no terminó a tiempo; no se sabe si se envió.</translation>
    </message>
    <message>
        <source>Emailed to %1.</source>
        <translation>Enviado por correo a %1.</translation>
    </message>
    <message>
        <source>Email not sent: %1</source>
        <translation>Correo no enviado: %1</translation>
    </message>
    <message>
        <source>The code is in history (row %1); send it again with: netcode-desk-cli history email %1 ADDRESS</source>
        <translation>El código está en el historial (fila %1); vuelva a enviarlo con: netcode-desk-cli history email %1 DIRECCIÓN</translation>
    </message>
    <message>
        <source>The email to %1 was sent, but history could not record it: %2</source>
        <translation>El correo a %1 se envió, pero el historial no pudo registrarlo: %2</translation>
    </message>
    <message>
        <source>The email to %1 was not sent (%2), and history could not record the attempt: %3</source>
        <translation>El correo a %1 no se envió (%2), y el historial no pudo registrar el intento: %3</translation>
    </message>
    <message>
        <source>The email may have been sent: %1</source>
        <translation>Puede que el correo se haya enviado: %1</translation>
    </message>
</context>
<context>
    <name>ClockFrame</name>
    <message>
        <source>%1, follows daylight saving</source>
        <translation>%1, sigue el horario de verano</translation>
    </message>
    <message>
        <source>%1 standard time all year (%2, no daylight saving)</source>
        <translation>%1 en hora estándar todo el año (%2, sin horario de verano)</translation>
    </message>
</context>
<context>
    <name>CodeEmailer</name>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try emailing again</source>
        <translation>Volver a enviar por correo</translation>
    </message>
    <message>
        <source>the desk's language</source>
        <translation>el idioma de la recepción</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <source>History could not record this: %1</source>
        <translation>El historial no pudo registrar esto: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <source>Emailed to %1 at %2.</source>
        <translation>Enviado por correo a %1 a las %2.</translation>
    </message>
    <message>
        <source>Not emailed: %1</source>
        <translation>No enviado por correo: %1</translation>
    </message>
    <message>
        <source>Not emailed to %1: %2</source>
        <translation>No enviado por correo a %1: %2</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>No email program is set up on this computer. Use Copy message and paste it into your email instead.</source>
        <translation>No hay ningún programa de correo configurado en este ordenador. Use Copiar mensaje y péguelo en su correo.</translation>
    </message>
    <message>
        <source>May have been emailed to %1: %2</source>
        <translation>Puede que se haya enviado por correo a %1: %2</translation>
    </message>
</context>
<context>
    <name>CodeFormat</name>
    <message>
        <source>The service answered without a code. Nothing was issued; try again in a moment.</source>
        <translation>El servicio respondió sin código. No se emitió nada; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The service returned something that is not a keypad code. Do not give it to the guest; check the lock's model in its settings.</source>
        <translation>El servicio devolvió algo que no es un código de teclado. No se lo dé al huésped; compruebe el modelo en los ajustes de la cerradura.</translation>
    </message>
    <message>
        <source>The service returned a %1-digit code, but a %2 expects %3 digits. The lock's model is probably set wrongly: the code would not open the lock, so it is not shown. Check the model in the lock's settings.</source>
        <translation>El servicio devolvió un código de %1 dígitos, pero una %2 espera %3 dígitos. Probablemente el modelo de la cerradura está mal configurado: el código no abriría la cerradura, así que no se muestra. Compruebe el modelo en los ajustes de la cerradura.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quote inside an unquoted cell.</source>
        <translation>Línea %1: unas comillas dentro de una celda sin comillas.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation>Línea %1: una celda entre comillas nunca se cierra.</translation>
    </message>
</context>
<context>
    <name>CurlLibrary</name>
    <message>
        <source>the mail library libcurl (package libcurl4) cannot be loaded: %1</source>
        <translation>no se puede cargar la biblioteca de correo libcurl (paquete libcurl4): %1</translation>
    </message>
    <message>
        <source>the mail library %1 is too old for this program (it lacks %2)</source>
        <translation>la biblioteca de correo %1 es demasiado antigua para este programa (le falta %2)</translation>
    </message>
    <message>
        <source>the mail library libcurl could not start</source>
        <translation>la biblioteca de correo libcurl no pudo iniciarse</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>This database was written by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk; the file has not been changed.</source>
        <translation>Esta base de datos la escribió una versión más reciente de NetCode Desk (esquema %1; esta versión conoce hasta el %2). Actualice NetCode Desk; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot update the database: %1</source>
        <translation>No se puede actualizar la base de datos: %1</translation>
    </message>
    <message>
        <source>Cannot update the database to schema %1: %2</source>
        <translation>No se puede actualizar la base de datos al esquema %1: %2</translation>
    </message>
    <message>
        <source>A restore from a backup is waiting, but another NetCode Desk program has this database open, so the database was not changed. The restore is done the next time NetCode Desk starts while no other NetCode Desk program uses this database.</source>
        <translation>Hay una restauración desde una copia de seguridad pendiente, pero otro programa de NetCode Desk tiene abierta esta base de datos, así que no se modificó. La restauración se hará la próxima vez que NetCode Desk arranque sin que ningún otro programa de NetCode Desk use esta base de datos.</translation>
    </message>
    <message>
        <source>A restore from a backup is waiting, but the folder of this database does not support file locks, so NetCode Desk cannot tell whether another program uses the database, and did not change it. Move the database to a local disk to restore.</source>
        <translation>Hay una restauración desde una copia de seguridad pendiente, pero la carpeta de esta base de datos no admite bloqueos de archivo, así que NetCode Desk no puede saber si otro programa usa la base de datos y no la modificó. Mueva la base de datos a un disco local para restaurarla.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>The folder %1 that holds the database is read-only, and NetCode Desk must be able to write files next to the database (its journal and lock file). Make the folder writable and start again; nothing was changed.</source>
        <translation>La carpeta %1 que contiene la base de datos es de solo lectura, y NetCode Desk necesita poder escribir archivos junto a la base de datos (su diario y su archivo de bloqueo). Permita la escritura en la carpeta y vuelva a iniciar NetCode Desk; no se modificó nada.</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file, its folder or its disk), so NetCode Desk cannot record codes in it. Make it writable and start again; nothing was changed.</source>
        <translation>La base de datos %1 es de solo lectura (el archivo, su carpeta o su disco), así que NetCode Desk no puede registrar códigos en ella. Permita la escritura y vuelva a iniciar NetCode Desk; no se modificó nada.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it, and it did not let go within %2 seconds. Nothing was changed; try again in a moment, and if it keeps happening, close the program that holds the database.</source>
        <translation>La base de datos %1 está bloqueada por otro programa que está escribiendo en ella, y no la liberó en %2 segundos. No se modificó nada; vuelva a intentarlo en un momento y, si sigue ocurriendo, cierre el programa que tiene la base de datos.</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full, so NetCode Desk cannot write to it. Free some space and start again; nothing was changed.</source>
        <translation>El disco que contiene la base de datos %1 está lleno, así que NetCode Desk no puede escribir en él. Libere espacio y vuelva a iniciar NetCode Desk; no se modificó nada.</translation>
    </message>
    <message>
        <source>The file %1 is not a NetCode Desk database: SQLite does not recognise it as a database (%2).</source>
        <translation>El archivo %1 no es una base de datos de NetCode Desk: SQLite no lo reconoce como base de datos (%2).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite reports "%2".</source>
        <translation>La base de datos %1 está dañada: SQLite informa "%2".</translation>
    </message>
    <message>
        <source>The database %1 cannot be read or written (%2). Check that its disk or network share is there and that you may use the file; nothing was changed.</source>
        <translation>No se puede leer ni escribir la base de datos %1 (%2). Compruebe que su disco o recurso de red está disponible y que usted puede usar el archivo; no se modificó nada.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program is restoring or repairing the database %1. Try again in a minute.</source>
        <translation>Otro programa de NetCode Desk está restaurando o reparando la base de datos %1. Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program is busy with this database, so the file was left as it is. Try again in a minute.</source>
        <translation>Otro programa de NetCode Desk está trabajando con esta base de datos, así que el archivo se dejó como estaba. Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>The folder of this database does not support file locks, so NetCode Desk cannot tell whether another program uses it, and left the file as it is.</source>
        <translation>La carpeta de esta base de datos no admite bloqueos de archivo, así que NetCode Desk no puede saber si otro programa la usa, y dejó el archivo como estaba.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program has this database open, so the file was left as it is. Close NetCode Desk wherever it uses this database (desks and scripts), then start it again to put the newest good backup in its place.</source>
        <translation>Otro programa de NetCode Desk tiene abierta esta base de datos, así que el archivo se dejó como estaba. Cierre NetCode Desk dondequiera que use esta base de datos (recepciones y scripts) y vuelva a iniciarlo para poner en su lugar la copia de seguridad válida más reciente.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be opened (Windows error %2).</source>
        <translation>No se puede abrir el archivo de bloqueo %1 (error de Windows %2).</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo de bloqueo %1: %2</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>This computer cannot reach a shared store: Qt's PostgreSQL driver is not installed (Debian and Ubuntu: the package libqt6sql6-psql).</source>
        <translation>Este ordenador no puede llegar a una base compartida: el controlador PostgreSQL de Qt no está instalado (Debian y Ubuntu: el paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be reached: no server answered (%2). Check that the server is running and that this computer's network reaches it; nothing was changed.</source>
        <translation>No se puede llegar a la base compartida %1: ningún servidor respondió (%2). Compruebe que el servidor está en marcha y que la red de este ordenador llega a él; no se cambió nada.</translation>
    </message>
    <message>
        <source>The shared store %1 refused the login: the user name or password is wrong, or no password was given (%2).</source>
        <translation>La base compartida %1 rechazó el acceso: el usuario o la contraseña no son correctos, o no se dio contraseña (%2).</translation>
    </message>
    <message>
        <source>The server has no database by the name given in %1. Check the name after the last "/" of the address.</source>
        <translation>El servidor no tiene ninguna base de datos con el nombre indicado en %1. Compruebe el nombre tras la última "/" de la dirección.</translation>
    </message>
    <message>
        <source>The database %1 holds no NetCode Desk store. A manager sets one up with "netcode-desk-cli store init --database URL" (or Settings, Shared store, Set up); nothing was changed.</source>
        <translation>La base de datos %1 no contiene datos de NetCode Desk. Un responsable los configura con "netcode-desk-cli store init --database URL" (o Ajustes, Base compartida, Configurar); no se cambió nada.</translation>
    </message>
    <message>
        <source>The database %1 has a schema named "netcode" that NetCode Desk did not make, so it was left alone. Use another database for the shared store.</source>
        <translation>La base de datos %1 tiene un esquema llamado "netcode" que no creó NetCode Desk, así que no se tocó. Use otra base de datos para la base compartida.</translation>
    </message>
    <message>
        <source>The shared store %1 must be updated for this version of NetCode Desk, and this login may not change its tables. A manager runs "netcode-desk-cli store init --database URL" once; nothing was changed.</source>
        <translation>La base compartida %1 debe actualizarse para esta versión de NetCode Desk, y este usuario no puede cambiar sus tablas. Un responsable ejecuta una vez "netcode-desk-cli store init --database URL"; no se cambió nada.</translation>
    </message>
    <message>
        <source>Only a shared store has database logins to switch.</source>
        <translation>Solo una base compartida tiene usuarios de base de datos entre los que cambiar.</translation>
    </message>
    <message>
        <source>The desk's own login could not reconnect either: %1</source>
        <translation>El usuario propio de la recepción tampoco pudo volver a conectarse: %1</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be used with this login: the login %2 is not a member of netcode_desk or netcode_manager; ask whoever set up the store to run: netcode-desk-cli store grant %2 --role desk</source>
        <translation>La base compartida %1 no se puede usar con este usuario: el usuario %2 no es miembro de netcode_desk ni de netcode_manager; pida a quien configuró la base que ejecute: netcode-desk-cli store grant %2 --role desk</translation>
    </message>
    <message>
        <source>The shared store %1 was written by a newer version of NetCode Desk (schema %2; this version knows up to %3). Update NetCode Desk on this computer; the store has not been changed.</source>
        <translation>La base compartida %1 fue escrita por una versión más reciente de NetCode Desk (esquema %2; esta versión conoce hasta el %3). Actualice NetCode Desk en este equipo; la base no se ha cambiado.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de copias %1.</translation>
    </message>
    <message>
        <source>The backup could not be written (%1). Check the free space in %2.</source>
        <translation>No se pudo escribir la copia de seguridad (%1). Compruebe el espacio libre en %2.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied next to the database.</source>
        <translation>No se pudo copiar la copia de seguridad %1 junto a la base de datos.</translation>
    </message>
    <message>
        <source>The backup chosen for restoring could not be put in place; the database was not changed.</source>
        <translation>No se pudo colocar la copia de seguridad elegida; la base de datos no se modificó.</translation>
    </message>
    <message>
        <source>The database was restored from the chosen backup. The database as it was before is kept as %1.</source>
        <translation>La base de datos se restauró desde la copia elegida. La base anterior se conserva como %1.</translation>
    </message>
    <message>
        <source>the copy does not carry the database's identity</source>
        <translation>la copia no lleva la identidad de la base de datos</translation>
    </message>
    <message>
        <source>it could not be flushed to the disk</source>
        <translation>no se pudo escribir por completo en el disco</translation>
    </message>
    <message>
        <source>The backup %1 was not kept: %2</source>
        <translation>La copia de seguridad %1 no se conservó: %2</translation>
    </message>
    <message>
        <source>the file is missing or empty</source>
        <translation>el archivo falta o está vacío</translation>
    </message>
    <message>
        <source>it is not a NetCode Desk database</source>
        <translation>no es una base de datos de NetCode Desk</translation>
    </message>
    <message>
        <source>it was written by a newer version of NetCode Desk</source>
        <translation>la escribió una versión más reciente de NetCode Desk</translation>
    </message>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>la comprobación de integridad falló: %1</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2.</source>
        <translation>%1 no se puede restaurar: %2.</translation>
    </message>
    <message>
        <source>%1 is a backup of another database, not of this one (%2), so it cannot be restored here.</source>
        <translation>%1 es una copia de seguridad de otra base de datos, no de esta (%2), así que no se puede restaurar aquí.</translation>
    </message>
    <message>
        <source>it is a backup of another database</source>
        <translation>es una copia de seguridad de otra base de datos</translation>
    </message>
    <message>
        <source>The backup chosen for restoring was not put in place (%1); the database was not changed. The chosen copy is kept as %2.</source>
        <translation>La copia de seguridad elegida para restaurar no se colocó (%1); la base de datos no se modificó. La copia elegida se conserva como %2.</translation>
    </message>
    <message>
        <source>it does not say which database it belongs to</source>
        <translation>no indica a qué base de datos pertenece</translation>
    </message>
    <message>
        <source>The file has been left as it is: there is no backup of this database to restore yet.</source>
        <translation>El archivo se dejó como estaba: todavía no hay ninguna copia de seguridad de esta base de datos que restaurar.</translation>
    </message>
    <message>
        <source>The file has been left as it is: no backup of this database passed its check (%1).</source>
        <translation>El archivo se dejó como estaba: ninguna copia de seguridad de esta base de datos pasó su comprobación (%1).</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied next to the database (is the disk full?); the damaged file was left as it is.</source>
        <translation>No se pudo copiar la copia de seguridad %1 junto a la base de datos (¿está lleno el disco?); el archivo dañado se dejó como estaba.</translation>
    </message>
    <message>
        <source>The damaged database could not be moved aside; it was left as it is.</source>
        <translation>No se pudo apartar la base de datos dañada; se dejó como estaba.</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1); the damaged file was left as it is.</source>
        <translation>No se pudo colocar la copia de seguridad (%1); el archivo dañado se dejó como estaba.</translation>
    </message>
    <message>
        <source>The database was damaged, so NetCode Desk put the newest good backup of it in its place: %1, written %2. The damaged file is kept as %3; codes issued after that backup may be found in it.</source>
        <translation>La base de datos estaba dañada, así que NetCode Desk puso en su lugar su copia de seguridad válida más reciente: %1, escrita el %2. El archivo dañado se conserva como %3; los códigos emitidos después de esa copia pueden estar en él.</translation>
    </message>
    <message>
        <source>Newer backups that failed their check were left alone: %1.</source>
        <translation>Las copias más recientes que no pasaron su comprobación se dejaron como estaban: %1.</translation>
    </message>
</context>
<context>
    <name>DurationCatalogueService</name>
    <message>
        <source>The service's list of lengths was empty.</source>
        <translation>La lista de duraciones del servicio estaba vacía.</translation>
    </message>
</context>
<context>
    <name>DurationOption</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>first use within %1</source>
        <translation>primer uso en un plazo de %1</translation>
    </message>
</context>
<context>
    <name>EmailCodeDialog</name>
    <message>
        <source>&amp;Attach the slip as PDF</source>
        <translation>&amp;Adjuntar el comprobante en PDF</translation>
    </message>
    <message>
        <source>Email the code</source>
        <translation>Enviar el código por correo</translation>
    </message>
    <message>
        <source>Guest's email address</source>
        <translation>Correo electrónico del huésped</translation>
    </message>
    <message>
        <source>guest@example.com</source>
        <translation>huesped@example.com</translation>
    </message>
    <message>
        <source>The code for %1.</source>
        <translation>El código para %1.</translation>
    </message>
    <message>
        <source>Written in %1, the language chosen for this guest on the card.</source>
        <translation>Redactado en %1, el idioma elegido para este huésped en la ficha.</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Guest's email a&amp;ddress:</source>
        <translation>&amp;Dirección de correo del huésped:</translation>
    </message>
    <message>
        <source>Written in %1, the language this code was last emailed in.</source>
        <translation>Redactado en %1, el idioma del último correo de este código.</translation>
    </message>
    <message>
        <source>Written in %1, the desk's language: no earlier email of this code says which language the guest reads.</source>
        <translation>Redactado en %1, el idioma de la recepción: ningún correo anterior de este código indica qué idioma lee el huésped.</translation>
    </message>
</context>
<context>
    <name>GuestMail</name>
    <message>
        <source>NetCode Desk: test email</source>
        <translation>NetCode Desk: correo de prueba</translation>
    </message>
    <message>
        <source>NetCode Desk: test email from %1</source>
        <translation>NetCode Desk: correo de prueba de %1</translation>
    </message>
    <message>
        <source>This is a test email from NetCode Desk. The mail server settings work: codes can be emailed to guests.</source>
        <translation>Este es un correo de prueba de NetCode Desk. Los ajustes del servidor de correo funcionan: se pueden enviar códigos por correo a los huéspedes.</translation>
    </message>
</context>
<context>
    <name>GuestMailService</name>
    <message>
        <source>No mail server is set up: a manager sets one in Settings.</source>
        <translation>No hay ningún servidor de correo configurado: un responsable lo configura en Ajustes.</translation>
    </message>
    <message>
        <source>This row holds no code to email.</source>
        <translation>Esta fila no contiene ningún código que enviar por correo.</translation>
    </message>
    <message>
        <source>The slip could not be made into a PDF here; nothing was sent. Send it without the slip.</source>
        <translation>Aquí no se pudo convertir el comprobante en PDF; no se envió nada. Envíelo sin el comprobante.</translation>
    </message>
    <message>
        <source>Give the mail server's host name and a From address first.</source>
        <translation>Indique primero el nombre del servidor de correo y una dirección de remitente.</translation>
    </message>
    <message>
        <source>The mail server's password could not be read from the keychain: %1</source>
        <translation>No se pudo leer del llavero la contraseña del servidor de correo: %1</translation>
    </message>
    <message>
        <source>An email with this code is already being sent to %1; nothing was sent again. Wait for its outcome.</source>
        <translation>Ya se está enviando un correo con este código a %1; no se volvió a enviar nada. Espere a su resultado.</translation>
    </message>
    <message>
        <source>An email with this code is already being sent to %1 (from another desk or program); nothing was sent again. Wait for its outcome.</source>
        <translation>Ya se está enviando un correo con este código a %1 (desde otra recepción u otro programa); no se volvió a enviar nada. Espere a su resultado.</translation>
    </message>
</context>
<context>
    <name>GuestSlip</name>
    <message>
        <source>DEMO — will not open a real lock</source>
        <translation>DEMO — no abre ninguna cerradura real</translation>
    </message>
    <message>
        <source>Your access code</source>
        <translation>Su código de acceso</translation>
    </message>
    <message>
        <source>Need help? Call %1</source>
        <translation>¿Necesita ayuda? Llame al %1</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>Emitido el %1 por %2</translation>
    </message>
    <message>
        <source>the front desk</source>
        <translation>la recepción</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>Your code for %1 is %2</source>
        <translation>Su código para %1 es %2</translation>
    </message>
    <message>
        <source>Your access code for %1</source>
        <translation>Su código de acceso para %1</translation>
    </message>
    <message>
        <source>Your access code for %1 at %2</source>
        <translation>Su código de acceso para %1 en %2</translation>
    </message>
    <message>
        <source>Access code for %1</source>
        <translation>Código de acceso para %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>On a guest slip: the lock's name, then the room or unit as the desk typed it ("Side door — 12")</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The slip cannot print %1: it is left out on paper (the message keeps it). Check the guest's name before printing.</source>
        <translation>El ticket no puede imprimir %1: se omite en papel (el mensaje lo conserva). Revise el nombre del huésped antes de imprimir.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Emitido el %1</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Reissued from history</source>
        <translation>Reemitido desde el historial</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>In doubt</source>
        <extracomment>History status: the request may have been billed, and no code was received</extracomment>
        <translation>En duda</translation>
    </message>
    <message>
        <source>Being issued</source>
        <translation>En emisión</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>habitación %1</translation>
    </message>
    <message>
        <source>%1 (room %2)</source>
        <translation>%1 (habitación %2)</translation>
    </message>
    <message>
        <source>Same code as %1, issued %2: both open the same door in the same window.</source>
        <translation>Mismo código que %1, emitido el %2: ambos abren la misma puerta en el mismo periodo.</translation>
    </message>
    <message>
        <source>Same code as history row %1 (another guest).</source>
        <translation>Mismo código que la fila %1 del historial (otro huésped).</translation>
    </message>
    <message>
        <source>Also held by %1 (given %2).</source>
        <translation>También lo tiene %1 (dado el %2).</translation>
    </message>
    <message numerus="yes">
        <source>Also held by %n other guest(s).</source>
        <translation>
            <numerusform>También lo tiene %n huésped más.</numerusform>
            <numerusform>También lo tienen %n huéspedes más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryMailColumn</name>
    <message>
        <source>%1: emailed to %2</source>
        <translation>%1: enviado por correo a %2</translation>
    </message>
    <message>
        <source>%1: refused by the mail server for %2</source>
        <translation>%1: rechazado por el servidor de correo para %2</translation>
    </message>
    <message>
        <source>%1: not sent to %2</source>
        <translation>%1: no enviado a %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>History's Email column: the mail server took the code's email</extracomment>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Email… on this row sends it again.</source>
        <translation>Correo… en esta fila lo vuelve a enviar.</translation>
    </message>
    <message>
        <source>%1: may have been sent to %2 — check with the guest</source>
        <translation>%1: puede que se haya enviado a %2 — compruébelo con el huésped</translation>
    </message>
    <message>
        <source>%1: sending to %2…</source>
        <translation>%1: enviando a %2…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>History's Email column: an email with the code is on its way to the mail server now</extracomment>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent (a later attempt failed)</source>
        <extracomment>History's Email column: an earlier email was taken by the mail server; the guest has the code</extracomment>
        <translation>Enviado (un intento posterior falló)</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <extracomment>History's Email column: the email went to the mail server but its answer never came</extracomment>
        <translation>Puede que se haya enviado</translation>
    </message>
    <message>
        <source>The mail server may have the email: check with the guest before sending it again.</source>
        <translation>Puede que el servidor de correo tenga el correo: compruébelo con el huésped antes de volver a enviarlo.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reprint…</source>
        <translation>Reimprimir…</translation>
    </message>
    <message>
        <source>Search history: guest, room, reference, lock or code</source>
        <translation>Buscar en el historial: huésped, habitación, referencia, cerradura o código</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>History of issued codes</source>
        <translation>Historial de códigos emitidos</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Reprint slip…</source>
        <translation>Reimprimir comprobante…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Issue again…</source>
        <translation>Emitir de nuevo…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>A new code for the same lock and guest, for a new window</source>
        <translation>Un código nuevo para la misma cerradura y el mismo huésped, para otro periodo</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Mostrar códigos</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Activos ahora</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Issued today</source>
        <translation>Emitidos hoy</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Cerradura</translation>
    </message>
    <message>
        <source>All locks</source>
        <translation>Todas las cerraduras</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>Desde cualquier fecha</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>Hasta cualquier fecha</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Emitidos desde</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Emitidos hasta</translation>
    </message>
    <message>
        <source>Issue again for a new window…</source>
        <translation>Emitir de nuevo para otro periodo…</translation>
    </message>
    <message>
        <source>Ask again…</source>
        <extracomment>Send a request again whose answer never arrived (it may be billed again)</extracomment>
        <translation>Preguntar de nuevo…</translation>
    </message>
    <message>
        <source>This request got no answer and may have been billed: ask the service again for its code (billed again)</source>
        <translation>Esta solicitud no recibió respuesta y puede que se haya cobrado: volver a pedir su código al servicio (se cobra de nuevo)</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>En duda</translation>
    </message>
    <message>
        <source>No codes match “%1” with these filters.</source>
        <translation>Ningún código coincide con «%1» con estos filtros.</translation>
    </message>
    <message>
        <source>No codes match “%1”. Search looks in guests, rooms, references, locks and codes.</source>
        <translation>Ningún código coincide con «%1». La búsqueda abarca huéspedes, habitaciones, referencias, cerraduras y códigos.</translation>
    </message>
    <message>
        <source>No codes match these filters.</source>
        <translation>Ningún código coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No codes issued yet.</source>
        <translation>Aún no se ha emitido ningún código.</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>The code could not be written to history: %1</source>
        <translation>No se pudo escribir el código en el historial: %1</translation>
    </message>
    <message>
        <source>History could not be trimmed: %1</source>
        <translation>No se pudo recortar el historial: %1</translation>
    </message>
    <message>
        <source>The print could not be recorded in history: %1</source>
        <translation>No se pudo anotar la impresión en el historial: %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Cerradura</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Room/unit</source>
        <translation>Habitación/unidad</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>— not issued —</source>
        <translation>— no emitido —</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>The kind of NetCode: standard, rental or end-date; not a display or operating mode.</extracomment>
        <translation>Modo</translation>
    </message>
    <message>
        <source>First use by</source>
        <translation>Primer uso antes de</translation>
    </message>
    <message>
        <source>Start sent to the service: %1 (lock's clock)</source>
        <translation>Inicio enviado al servicio: %1 (reloj de la cerradura)</translation>
    </message>
    <message>
        <source>— may have been billed, no code received —</source>
        <extracomment>No code was received for a request that may still have been billed by the service</extracomment>
        <translation>— puede que se haya cobrado, no se recibió código —</translation>
    </message>
    <message>
        <source>— being issued at %1 —</source>
        <translation>— emitiéndose en %1 —</translation>
    </message>
    <message>
        <source>The request is on its way from %1; its answer appears here.</source>
        <translation>La solicitud está en camino desde %1; su respuesta aparecerá aquí.</translation>
    </message>
    <message>
        <source>Ask again from History (billed again) or check with the guest before issuing another code.</source>
        <translation>Pregunte de nuevo desde el historial (se cobra otra vez) o confirme con el huésped antes de emitir otro código.</translation>
    </message>
    <message numerus="yes">
        <source>Slip printed %n time(s), last on %1.</source>
        <translation>
            <numerusform>Comprobante impreso %n vez, la última el %1.</numerusform>
            <numerusform>Comprobante impreso %n veces, la última el %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>History's Length column for an End Date code: the last day it works ("until Tue 5 Jan")</extracomment>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>%1 · shared</source>
        <extracomment>History's Code column for a code that two guests hold ("316 5133 · shared")</extracomment>
        <translation>%1 · compartido</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>History's column for emailing the code to its guest</extracomment>
        <translation>Correo</translation>
    </message>
</context>
<context>
    <name>IssueModes</name>
    <message>
        <source>Standard, multi-use</source>
        <translation>Estándar, uso múltiple</translation>
    </message>
    <message>
        <source>Standard, single-use</source>
        <translation>Estándar, un solo uso</translation>
    </message>
    <message>
        <source>Medium-term rental (1–21 days)</source>
        <translation>Alquiler de media duración (1–21 días)</translation>
    </message>
    <message>
        <source>Long-term rental (up to a year)</source>
        <translation>Alquiler de larga duración (hasta un año)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Single-use</source>
        <translation>Un solo uso</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Alquiler</translation>
    </message>
    <message>
        <source>Long rental</source>
        <translation>Alquiler largo</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>Choose a lock on the left</source>
        <translation>Elija una cerradura a la izquierda</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <extracomment>The kind of NetCode: standard, rental or end-date; not a display or operating mode.</extracomment>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>The kind of NetCode: standard, rental or end-date; not a display or operating mode.</extracomment>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Duración</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start this hour</source>
        <translation>Empezar en la hora actual</translation>
    </message>
    <message>
        <source>&amp;This hour</source>
        <translation>&amp;Esta hora</translation>
    </message>
    <message>
        <source>Start next hour</source>
        <translation>Empezar en la hora siguiente</translation>
    </message>
    <message>
        <source>Ne&amp;xt hour</source>
        <translation>Hora si&amp;guiente</translation>
    </message>
    <message>
        <source>Tonight &amp;00:00</source>
        <translation>Esta noche &amp;00:00</translation>
    </message>
    <message>
        <source>G&amp;uest name:</source>
        <translation>Nombre del hué&amp;sped:</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>Nombre del huésped</translation>
    </message>
    <message>
        <source>&amp;Room/unit:</source>
        <translation>Ha&amp;bitación/unidad:</translation>
    </message>
    <message>
        <source>Room or unit</source>
        <translation>Habitación o unidad</translation>
    </message>
    <message>
        <source>&amp;Booking reference:</source>
        <translation>Re&amp;ferencia de reserva:</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Referencia de reserva</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Issue code</source>
        <translation>Emitir código</translation>
    </message>
    <message>
        <source>&amp;Issue code</source>
        <translation>Emiti&amp;r código</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Emitiendo…</translation>
    </message>
    <message>
        <source>Choose a lock to see when its code will be valid.</source>
        <translation>Elija una cerradura para ver cuándo será válido su código.</translation>
    </message>
    <message>
        <source>Validity preview</source>
        <translation>Vista previa de la validez</translation>
    </message>
    <message>
        <source>Refresh lengths from the service</source>
        <translation>Recargar las duraciones desde el servicio</translation>
    </message>
    <message>
        <source>Refresh lengths</source>
        <translation>Recargar duraciones</translation>
    </message>
    <message>
        <source>Last day the code works</source>
        <translation>Último día en que funciona el código</translation>
    </message>
    <message>
        <source>Start at the lock's next midnight</source>
        <translation>Empezar en la próxima medianoche de la cerradura</translation>
    </message>
    <message>
        <source>Round down and add an hour</source>
        <translation>Redondear hacia abajo y añadir una hora</translation>
    </message>
    <message>
        <source>Round down and add an hour, so the guest &amp;keeps the time paid for</source>
        <translation>Redondear hacia aba&amp;jo y añadir una hora, para que el huésped conserve el tiempo pagado</translation>
    </message>
    <message>
        <source>Fetching the lengths this model offers from the service…</source>
        <translation>Cargando del servicio las duraciones que ofrece este modelo…</translation>
    </message>
    <message>
        <source>Lengths from the Codelocks service, fetched %1.</source>
        <translation>Duraciones del servicio Codelocks, cargadas el %1.</translation>
    </message>
    <message>
        <source>Only the built-in standard lengths are available: the service's list could not be fetched. %1</source>
        <translation>Solo están disponibles las duraciones estándar integradas: no se pudo cargar la lista del servicio. %1</translation>
    </message>
    <message>
        <source>Built-in standard lengths.</source>
        <translation>Duraciones estándar integradas.</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>First use &amp;within:</source>
        <translation>Primer &amp;uso en:</translation>
    </message>
    <message>
        <source>Tonight &amp;%1</source>
        <translation>Esta noche &amp;%1</translation>
    </message>
    <message>
        <source>The lock's next midnight, %1 on this clock</source>
        <translation>La próxima medianoche de la cerradura, %1 en este reloj</translation>
    </message>
    <message>
        <source>This lock is set to %1, which the lengths known for %2 do not include. Refresh the lengths, or check the lock's model and NetCode mode in its settings.</source>
        <translation>Esta cerradura está configurada para %1, que no figura entre las duraciones conocidas para %2. Recargue las duraciones o compruebe el modelo y el modo NetCode en los ajustes de la cerradura.</translation>
    </message>
    <message>
        <source>%1 does not take %2 codes: %3 is chosen.</source>
        <translation>%1 no admite códigos %2: se ha elegido %3.</translation>
    </message>
    <message>
        <source>%1 is not offered for this lock: %2 is chosen.</source>
        <translation>%1 no se ofrece para esta cerradura: se ha elegido %2.</translation>
    </message>
    <message>
        <source>Issue as shown</source>
        <translation>Emitir como se muestra</translation>
    </message>
    <message>
        <source>Start at %1 instead</source>
        <translation>Empezar mejor en %1</translation>
    </message>
    <message>
        <source>Issue the code as shown? It is charged now.</source>
        <translation>¿Emitir el código como se muestra? Se cobra ahora.</translation>
    </message>
</context>
<context>
    <name>IssueService</name>
    <message>
        <source>Choose a valid start first.</source>
        <translation>Elija primero un inicio válido.</translation>
    </message>
    <message>
        <source>The access key for %1 is not stored on this computer. Enter it again in the lock's settings (Edit lock).</source>
        <translation>La clave de acceso de %1 no está guardada en este ordenador. Vuelva a introducirla en los ajustes de la cerradura (Editar cerradura).</translation>
    </message>
    <message>
        <source>This code could not be saved in history (%1). Write it down now.</source>
        <translation>Este código no se pudo guardar en el historial (%1). Anótelo ahora.</translation>
    </message>
    <message>
        <source>%1 has changed since this request was sent (its ids or model differ), so it cannot be asked again as it was. Issue a new code instead.</source>
        <translation>%1 ha cambiado desde que se envió esta solicitud (sus ids o su modelo son distintos), así que no se puede volver a preguntar tal cual. Emita un código nuevo en su lugar.</translation>
    </message>
    <message>
        <source>The same request was being issued elsewhere and its record is gone. Nothing was sent from here; try again.</source>
        <translation>La misma solicitud se estaba emitiendo en otro lugar y su registro ha desaparecido. No se envió nada desde aquí; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The same request was just sent from %1 and got no code: %2 Nothing was sent from here.</source>
        <translation>La misma solicitud se acaba de enviar desde %1 y no obtuvo código: %2 No se envió nada desde aquí.</translation>
    </message>
    <message>
        <source>The same request is still being issued at %1. Nothing was sent from here, so nothing was billed twice; look for the code in History in a moment.</source>
        <translation>La misma solicitud se sigue emitiendo en %1. No se envió nada desde aquí, así que nada se cobró dos veces; busque el código en el historial dentro de un momento.</translation>
    </message>
    <message>
        <source>The same request was sent from %1 and no answer was recorded: it may have been billed. Nothing was sent from here. To ask again (billed again), use Ask again in History.</source>
        <translation>La misma solicitud se envió desde %1 y no se registró ninguna respuesta: puede que se haya cobrado. No se envió nada desde aquí. Para preguntar de nuevo (se cobra otra vez), use Preguntar de nuevo en el historial.</translation>
    </message>
    <message>
        <source>This request was sent to the built-in demo simulator; this desk now talks to the real Codelocks service, so it cannot be asked again here.</source>
        <translation>Esta solicitud se envió al simulador de demostración integrado; este puesto trabaja ahora con el servicio real de Codelocks, así que no puede preguntarla de nuevo aquí.</translation>
    </message>
    <message>
        <source>This request was sent to the real Codelocks service; this desk is in demo mode now, so it cannot be asked again here. Enter the site's API key in Settings first.</source>
        <translation>Esta solicitud se envió al servicio real de Codelocks; este puesto está ahora en modo demo, así que no puede preguntarla de nuevo aquí. Introduzca antes la clave API del sitio en Ajustes.</translation>
    </message>
    <message>
        <source>This code could not be saved in history: %1. Write it down now: History will show this request as in doubt, without its code.</source>
        <translation>Este código no se pudo guardar en el historial: %1. Anótelo ahora: el historial mostrará esta solicitud como en duda, sin su código.</translation>
    </message>
    <message>
        <source>This request was sent before (from %1) and no answer was recorded: it may have been billed. Nothing was sent now. To ask again (billed again), use Ask again in History.</source>
        <translation>Esta solicitud ya se envió antes (desde %1) y no se registró ninguna respuesta: puede que se haya cobrado. Esta vez no se envió nada. Para preguntar de nuevo (se cobra otra vez), use Preguntar de nuevo en el historial.</translation>
    </message>
    <message>
        <source>This code already belongs to %1: issued %2 by %3 for the same lock, start and length, so both guests would open the same door with the same code in the same window. Nothing was sent. A different start gives a different code.</source>
        <translation>Este código ya pertenece a %1: emitido el %2 por %3 para la misma cerradura, inicio y duración, así que ambos huéspedes abrirían la misma puerta con el mismo código en el mismo periodo. No se envió nada. Un inicio distinto da un código distinto.</translation>
    </message>
    <message>
        <source>an unnamed desk user</source>
        <translation>un usuario de recepción sin nombre</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key is kept only until NetCode Desk closes. It was not written to any file.</source>
        <translation>No hay ningún llavero del sistema disponible (%1), así que la clave solo se conserva hasta cerrar NetCode Desk. No se escribió en ningún archivo.</translation>
    </message>
</context>
<context>
    <name>LateStart</name>
    <message>
        <source>The guest must use this code for the first time by %1, only %2 from now.</source>
        <translation>El huésped debe usar este código por primera vez antes de %1, es decir, dentro de solo %2.</translation>
    </message>
    <message>
        <source>The guest must use this code for the first time by %1, in the middle of the night.</source>
        <translation>El huésped debe usar este código por primera vez antes de %1, en plena noche.</translation>
    </message>
    <message>
        <source>Starting at %1 gives the guest the whole time; or choose a longer length, or enter the guest's stay.</source>
        <translation>Empezar en %1 da al huésped todo el tiempo; o elija una duración más larga, o introduzca la estancia del huésped.</translation>
    </message>
    <message>
        <source>Choose a longer first use or a later start, or enter the guest's stay.</source>
        <translation>Elija un plazo de primer uso más largo o un inicio más tardío, o introduzca la estancia del huésped.</translation>
    </message>
    <message>
        <source>This code started %1: %2 of its time is already over, and it works only %3 more, until %4.</source>
        <translation>Este código empezó el %1: ya han pasado %2 de su tiempo y solo vale %3 más, hasta el %4.</translation>
    </message>
</context>
<context>
    <name>LateStartBar</name>
    <message>
        <source>Enter the guest's stay</source>
        <translation>Introducir la estancia del huésped</translation>
    </message>
    <message>
        <source>Warning about the start</source>
        <translation>Aviso sobre el inicio</translation>
    </message>
    <message>
        <source>Start at %1</source>
        <extracomment>Button: move the code's start to a better time (a time of day, or a day and time)</extracomment>
        <translation>Empezar en %1</translation>
    </message>
</context>
<context>
    <name>LockAdmin</name>
    <message>
        <source>Only a manager can remove locks. Ask a manager to sign in.</source>
        <translation>Solo un responsable puede quitar cerraduras. Pida a un responsable que se identifique.</translation>
    </message>
    <message>
        <source>The locks could not be changed: the database is busy. Try again.</source>
        <translation>No se pudieron cambiar las cerraduras: la base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The locks could not be changed: the change could not be saved.</source>
        <translation>No se pudieron cambiar las cerraduras: no se pudo guardar el cambio.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported from %1</source>
        <translation>
            <numerusform>%n cerradura importada de %1</numerusform>
            <numerusform>%n cerraduras importadas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the lock "%2")</source>
        <translation>%1 (la cerradura "%2")</translation>
    </message>
</context>
<context>
    <name>LockCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The header row has no "%1" column. Expected: %2.</source>
        <translation>La fila de encabezado no tiene la columna "%1". Se esperaba: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a lock model; use KL1060, KL1060C2, KL1060G3 or K3CONNECT.</source>
        <translation>"%1" no es un modelo de cerradura; use KL1060, KL1060C2, KL1060G3 o K3CONNECT.</translation>
    </message>
    <message>
        <source>"%1" is not a NetCode mode; use standard, rental, long-rental, end-date or 24-hour.</source>
        <translation>"%1" no es un modo NetCode; use standard, rental, long-rental, end-date o 24-hour.</translation>
    </message>
    <message>
        <source>Use yes or no.</source>
        <translation>Use yes o no.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Cerradura</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Lock name</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Nombre de la cerradura</translation>
    </message>
    <message>
        <source>e.g. Room 101, Locker A-12</source>
        <translation>p. ej. Habitación 101, Taquilla A-12</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>G&amp;rupo:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Site, floor or bank of lockers (optional)</source>
        <translation>Sede, planta o fila de taquillas (opcional)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Lock model</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Modelo de cerradura</translation>
    </message>
    <message>
        <source>&amp;Timecode:</source>
        <translation>Código &amp;horario:</translation>
    </message>
    <message>
        <source>Timecode</source>
        <translation>Código horario</translation>
    </message>
    <message>
        <source>12 digits, e.g. 202604221226</source>
        <translation>12 dígitos, p. ej. 202604221226</translation>
    </message>
    <message>
        <source>Lock &amp;id:</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>&amp;Id de cerradura:</translation>
    </message>
    <message>
        <source>Lock id</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Id de cerradura</translation>
    </message>
    <message>
        <source>6 digits, e.g. 921239</source>
        <translation>6 dígitos, p. ej. 921239</translation>
    </message>
    <message>
        <source>Smart-lock &amp;id:</source>
        <translation>&amp;Id inteligente:</translation>
    </message>
    <message>
        <source>Smart-lock id</source>
        <translation>Id de cerradura inteligente</translation>
    </message>
    <message>
        <source>32 characters from the K3 Connect lock list</source>
        <translation>32 caracteres de la lista de cerraduras de K3 Connect</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>Clave de &amp;acceso:</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <source>From the K3 Connect app; kept in the system keychain</source>
        <translation>De la app K3 Connect; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Lock clock:</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Reloj de la cerradura:</translation>
    </message>
    <message>
        <source>Clock follows daylight saving</source>
        <translation>El reloj sigue el horario de verano</translation>
    </message>
    <message>
        <source>The lock's clock &amp;follows daylight saving</source>
        <translation>El reloj de la cerradura &amp;sigue el horario de verano</translation>
    </message>
    <message>
        <source>NetCode m&amp;ode:</source>
        <translation>M&amp;odo NetCode:</translation>
    </message>
    <message>
        <source>Configured NetCode mode</source>
        <translation>Modo NetCode configurado</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <source>Show at the top of the list (fa&amp;vourite)</source>
        <translation>Mostrar arriba en la lista (fa&amp;vorita)</translation>
    </message>
    <message>
        <source>Edit lock %1</source>
        <translation>Editar cerradura %1</translation>
    </message>
    <message>
        <source>Add lock</source>
        <translation>Añadir cerradura</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Guardada en el llavero — déjelo vacío para conservarla</translation>
    </message>
    <message>
        <source>The lock's clock moves with daylight saving in %1, like a wall clock. Smart locks can be set up this way; if codes work an hour early or late, untick this.</source>
        <translation>El reloj de la cerradura cambia con el horario de verano de %1, como un reloj de pared. Las cerraduras inteligentes pueden configurarse así; si los códigos funcionan una hora antes o después, desmarque esta opción.</translation>
    </message>
    <message>
        <source>The lock keeps standard time all year and never changes for daylight saving (KitLocks work this way). NetCode Desk converts for you: in summer the lock's clock is an hour behind the wall clock.</source>
        <translation>La cerradura mantiene la hora estándar todo el año y nunca cambia al horario de verano (así funcionan las KitLock). NetCode Desk lo convierte por usted: en verano el reloj de la cerradura va una hora por detrás del reloj de pared.</translation>
    </message>
    <message>
        <source>Change NetCode mode</source>
        <translation>Cambiar el modo NetCode</translation>
    </message>
    <message>
        <source>Change %1 from "%2" to "%3"?

Only do this after the lock itself has been switched. Codes already issued in the old mode will stop working on the lock.</source>
        <translation>¿Cambiar %1 de "%2" a "%3"?

Hágalo solo después de cambiar la propia cerradura. Los códigos ya emitidos en el modo anterior dejarán de funcionar en la cerradura.</translation>
    </message>
</context>
<context>
    <name>LockListModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1
Time zone: %2</source>
        <translation>%1
Zona horaria: %2</translation>
    </message>
</context>
<context>
    <name>LockListPanel</name>
    <message>
        <source>Find a lock (Ctrl+F)</source>
        <translation>Buscar una cerradura (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a lock</source>
        <translation>Buscar una cerradura</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Cerraduras</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cerraduras&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>LockModelCatalogue</name>
    <message>
        <source>Enter the code on the keypad, then turn the knob.</source>
        <translation>Introduzca el código en el teclado y gire el pomo.</translation>
    </message>
    <message>
        <source>Press * then enter the code.</source>
        <translation>Pulse * y luego introduzca el código.</translation>
    </message>
</context>
<context>
    <name>LockRepository</name>
    <message>
        <source>The lock could not be saved: %1</source>
        <translation>No se pudo guardar la cerradura: %1</translation>
    </message>
    <message>
        <source>The lock could not be removed: %1</source>
        <translation>No se pudo quitar la cerradura: %1</translation>
    </message>
    <message>
        <source>The locks could not be saved: %1</source>
        <translation>No se pudieron guardar las cerraduras: %1</translation>
    </message>
    <message>
        <source>The lock "%1" could not be saved: %2</source>
        <translation>No se pudo guardar la cerradura "%1": %2</translation>
    </message>
</context>
<context>
    <name>LockValidator</name>
    <message>
        <source>Give the lock a name, for example the room or locker number.</source>
        <translation>Dé un nombre a la cerradura, por ejemplo el número de habitación o de taquilla.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>El nombre es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Another lock is already called "%1". Choose a different name.</source>
        <translation>Ya hay otra cerradura llamada "%1". Elija otro nombre.</translation>
    </message>
    <message>
        <source>The group name is too long: at most %1 characters.</source>
        <translation>El nombre del grupo es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the lock's timecode: the 12 digits of the date and time it was set up (year, month, day, hour, minute), for example 202604221226.</source>
        <translation>Introduzca el código horario de la cerradura: los 12 dígitos de la fecha y hora de su configuración (año, mes, día, hora, minuto), por ejemplo 202604221226.</translation>
    </message>
    <message>
        <source>The timecode may contain digits only, for example 202604221226.</source>
        <translation>El código horario solo puede contener dígitos, por ejemplo 202604221226.</translation>
    </message>
    <message>
        <source>The timecode has %1 digits; it needs exactly 12 (year, month, day, hour, minute), for example 202604221226.</source>
        <translation>El código horario tiene %1 dígitos; necesita exactamente 12 (año, mes, día, hora, minuto), por ejemplo 202604221226.</translation>
    </message>
    <message>
        <source>The timecode %1 is not a real date and time. Read it again from the lock's set-up record: year, month, day, hour, minute.</source>
        <translation>El código horario %1 no es una fecha y hora reales. Vuelva a leerlo en la hoja de configuración de la cerradura: año, mes, día, hora, minuto.</translation>
    </message>
    <message>
        <source>Enter the lock id: the 6 digits from the lock's set-up record.</source>
        <translation>Introduzca el id de la cerradura: los 6 dígitos de su hoja de configuración.</translation>
    </message>
    <message>
        <source>The lock id may contain digits only.</source>
        <translation>El id de la cerradura solo puede contener dígitos.</translation>
    </message>
    <message>
        <source>The lock id has %1 digits; it needs exactly 6.</source>
        <translation>El id de la cerradura tiene %1 dígitos; necesita exactamente 6.</translation>
    </message>
    <message>
        <source>The lock id cannot start with 0; lock ids run from 100000 to 999999.</source>
        <translation>El id de la cerradura no puede empezar por 0; los ids van de 100000 a 999999.</translation>
    </message>
    <message>
        <source>Enter the smart lock's id: 32 characters (digits and letters a to f) from the K3 Connect lock list.</source>
        <translation>Introduzca el id de la cerradura inteligente: 32 caracteres (dígitos y letras de la a a la f) de la lista de cerraduras de K3 Connect.</translation>
    </message>
    <message>
        <source>The smart-lock id may contain only digits and the letters a to f.</source>
        <translation>El id de cerradura inteligente solo puede contener dígitos y las letras de la a a la f.</translation>
    </message>
    <message>
        <source>The smart-lock id has %1 characters; it needs exactly 32.</source>
        <translation>El id de cerradura inteligente tiene %1 caracteres; necesita exactamente 32.</translation>
    </message>
    <message>
        <source>Enter the access key from the K3 Connect app (letters and digits).</source>
        <translation>Introduzca la clave de acceso de la app K3 Connect (letras y dígitos).</translation>
    </message>
    <message>
        <source>The access key may contain only letters and digits, exactly as the K3 Connect app shows it (capitals matter).</source>
        <translation>La clave de acceso solo puede contener letras y dígitos, tal como la muestra la app K3 Connect (las mayúsculas cuentan).</translation>
    </message>
    <message>
        <source>Choose the time zone the lock is in.</source>
        <translation>Elija la zona horaria en la que está la cerradura.</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone. Choose one from the list, for example Europe/London.</source>
        <translation>"%1" no es una zona horaria conocida. Elija una de la lista, por ejemplo Europe/London.</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>No email address was given.</source>
        <translation>No se indicó ninguna dirección de correo.</translation>
    </message>
    <message>
        <source>The email address contains a line break.</source>
        <translation>La dirección de correo contiene un salto de línea.</translation>
    </message>
    <message>
        <source>The email address contains a control character.</source>
        <translation>La dirección de correo contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The email address is too long (at most 254 characters).</source>
        <translation>La dirección de correo es demasiado larga (254 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The email address contains a space.</source>
        <translation>La dirección de correo contiene un espacio.</translation>
    </message>
    <message>
        <source>Only one email address can be given.</source>
        <translation>Solo se puede indicar una dirección de correo.</translation>
    </message>
    <message>
        <source>Type the address alone, like guest@example.com, without a name or brackets.</source>
        <translation>Escriba solo la dirección, como huesped@example.com, sin nombre ni corchetes angulares.</translation>
    </message>
    <message>
        <source>The email address has no @.</source>
        <translation>La dirección de correo no tiene @.</translation>
    </message>
    <message>
        <source>The email address has more than one @.</source>
        <translation>La dirección de correo tiene más de una @.</translation>
    </message>
    <message>
        <source>The email address has nothing before the @.</source>
        <translation>La dirección de correo no tiene nada antes de la @.</translation>
    </message>
    <message>
        <source>The part before the @ is too long (at most 64 characters).</source>
        <translation>La parte anterior a la @ es demasiado larga (64 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The part before the @ has a misplaced dot.</source>
        <translation>La parte anterior a la @ tiene un punto mal colocado.</translation>
    </message>
    <message>
        <source>The part before the @ contains "%1", which an email address cannot have.</source>
        <translation>La parte anterior a la @ contiene «%1», que una dirección de correo no puede tener.</translation>
    </message>
    <message>
        <source>The email address has nothing after the @.</source>
        <translation>La dirección de correo no tiene nada después de la @.</translation>
    </message>
    <message>
        <source>The part after the @ is not a complete domain (like example.com).</source>
        <translation>La parte posterior a la @ no es un dominio completo (como example.com).</translation>
    </message>
    <message>
        <source>The part after the @ is not a valid domain.</source>
        <translation>La parte posterior a la @ no es un dominio válido.</translation>
    </message>
    <message>
        <source>The part before the @ contains "%1": NetCode Desk can only email addresses with plain letters (a–z), digits and . _ - + before the @.</source>
        <translation>La parte antes de la @ contiene «%1»: NetCode Desk solo puede enviar a direcciones con letras simples (a–z), cifras y . _ - + antes de la @.</translation>
    </message>
</context>
<context>
    <name>MailAttempt</name>
    <message>
        <source>Emailed to %1</source>
        <translation>Enviado por correo a %1</translation>
    </message>
    <message>
        <source>Email to %1 refused by the mail server: %2</source>
        <translation>Correo a %1 rechazado por el servidor de correo: %2</translation>
    </message>
    <message>
        <source>Email to %1 not sent: %2</source>
        <translation>Correo a %1 no enviado: %2</translation>
    </message>
    <message>
        <source>Email to %1 may have been sent; check with the guest: %2</source>
        <translation>Puede que el correo a %1 se haya enviado; compruébelo con el huésped: %2</translation>
    </message>
    <message>
        <source>Sending the email to %1…</source>
        <translation>Enviando el correo a %1…</translation>
    </message>
</context>
<context>
    <name>MailAttemptRepository</name>
    <message>
        <source>The email attempt could not be recorded: %1</source>
        <translation>No se pudo registrar el intento de envío por correo: %1</translation>
    </message>
    <message>
        <source>No answer from the mail server was recorded: the program sending it stopped or could not record the outcome. The email may have reached the guest; check with the guest before sending it again.</source>
        <translation>No se registró ninguna respuesta del servidor de correo: el programa que lo enviaba se detuvo o no pudo registrar el resultado. Puede que el correo haya llegado al huésped; compruébelo con el huésped antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>The email could not be recorded, so it was not sent: %1</source>
        <translation>No se pudo registrar el correo, así que no se envió: %1</translation>
    </message>
</context>
<context>
    <name>MailResult</name>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Refused by the mail server</source>
        <translation>Rechazado por el servidor de correo</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <translation>Puede que se haya enviado</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>No mail server is set up; nothing was sent.</source>
        <translation>No hay ningún servidor de correo configurado; no se envió nada.</translation>
    </message>
    <message>
        <source>The From address in the mail settings is not valid: %1</source>
        <translation>La dirección de remitente de los ajustes de correo no es válida: %1</translation>
    </message>
    <message>
        <source>The Reply-To address in the mail settings is not valid: %1</source>
        <translation>La dirección Reply-To de los ajustes de correo no es válida: %1</translation>
    </message>
    <message>
        <source>The email could not be prepared (out of memory); nothing was sent.</source>
        <translation>No se pudo preparar el correo (memoria insuficiente); no se envió nada.</translation>
    </message>
    <message>
        <source>The mail server accepted the email to %1.</source>
        <translation>El servidor de correo aceptó el correo para %1.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password; nothing was sent.</source>
        <translation>El servidor de correo rechazó el nombre de usuario o la contraseña; no se envió nada.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor respondió: %1</translation>
    </message>
    <message>
        <source>The mail server does not offer an encrypted connection; nothing was sent.</source>
        <translation>El servidor de correo no ofrece una conexión cifrada; no se envió nada.</translation>
    </message>
    <message>
        <source>The mail server's certificate is not trusted (%1); nothing was sent. If the server uses its own certificate authority, add its certificate in Settings.</source>
        <translation>El certificado del servidor de correo no es de confianza (%1); no se envió nada. Si el servidor usa su propia autoridad de certificación, añada su certificado en Ajustes.</translation>
    </message>
    <message>
        <source>The trusted certificate in the mail settings could not be read; nothing was sent.</source>
        <translation>No se pudo leer el certificado de confianza de los ajustes de correo; no se envió nada.</translation>
    </message>
    <message>
        <source>No encrypted connection could be set up with the mail server (%1); nothing was sent. Check the security setting and the port.</source>
        <translation>No se pudo establecer una conexión cifrada con el servidor de correo (%1); no se envió nada. Compruebe el ajuste de seguridad y el puerto.</translation>
    </message>
    <message>
        <source>The mail server %1 could not be found; nothing was sent.</source>
        <translation>No se encontró el servidor de correo %1; no se envió nada.</translation>
    </message>
    <message>
        <source>The mail server at %1 could not be reached (it is not running, or the port is wrong); nothing was sent.</source>
        <translation>No se pudo conectar con el servidor de correo en %1 (no está en marcha o el puerto es incorrecto); no se envió nada.</translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time; nothing was sent.</source>
        <translation>El servidor de correo en %1 no respondió a tiempo; no se envió nada.</translation>
    </message>
    <message>
        <source>The mail server refused the address %1: %2</source>
        <translation>El servidor de correo rechazó la dirección %1: %2</translation>
    </message>
    <message>
        <source>The mail server refused the sender address %1: %2</source>
        <translation>El servidor de correo rechazó la dirección del remitente %1: %2</translation>
    </message>
    <message>
        <source>The mail server refused the email: %1</source>
        <translation>El servidor de correo rechazó el correo: %1</translation>
    </message>
    <message>
        <source>The email could not be sent: %1</source>
        <translation>No se pudo enviar el correo: %1</translation>
    </message>
    <message>
        <source>The send was stopped after the email had gone to the mail server; it may or may not reach the guest. Check with the guest before sending it again.</source>
        <translation>El envío se detuvo después de que el correo llegara al servidor de correo; puede que llegue al huésped o no. Compruébelo con el huésped antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>The mail server did not confirm the email; it may or may not reach the guest. Check with the guest before sending it again.</source>
        <translation>El servidor de correo no confirmó el correo; puede que llegue al huésped o no. Compruébelo con el huésped antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>The send was stopped before the email went out; nothing was sent.</source>
        <translation>El envío se detuvo antes de que saliera el correo; no se envió nada.</translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time; nothing was sent. Check the security setting and the port (TLS usually uses port 465, STARTTLS port 587).</source>
        <translation>El servidor de correo en %1 no respondió a tiempo; no se envió nada. Compruebe el ajuste de seguridad y el puerto (TLS suele usar el puerto 465, STARTTLS el 587).</translation>
    </message>
    <message>
        <source>The email could not be sent: %1. Nothing was sent.</source>
        <translation>No se pudo enviar el correo: %1. No se envió nada.</translation>
    </message>
    <message>
        <source>The email could not be sent: the mail library cannot apply a required safety setting (%1). Nothing was sent.</source>
        <translation>No se pudo enviar el correo: la biblioteca de correo no puede aplicar un ajuste de seguridad necesario (%1). No se envió nada.</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (puerto 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>Type only the server's name, e.g. mail.example.com (without smtp://).</source>
        <translation>Escriba solo el nombre del servidor, p. ej. mail.example.com (sin smtp://).</translation>
    </message>
    <message>
        <source>A server's name cannot contain "%1".</source>
        <translation>El nombre de un servidor no puede contener «%1».</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>A server's name has no dot at its start or end, nor two in a row.</source>
        <translation>El nombre de un servidor no empieza ni termina con un punto, ni tiene dos seguidos.</translation>
    </message>
    <message>
        <source>Trust a certificate f&amp;ile…</source>
        <translation>Confiar en un arc&amp;hivo de certificado…</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem's certificates</source>
        <translation>Usar los certificados del s&amp;istema</translation>
    </message>
    <message>
        <source>Send &amp;a test email</source>
        <translation>Enviar un correo de &amp;prueba</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>e.g. mail.example.com — empty: guests are emailed from this computer's mail program</source>
        <translation>p. ej. mail.example.com — vacío: los huéspedes reciben el correo desde el programa de correo de este ordenador</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Empty: the server takes mail without a login</source>
        <translation>Vacío: el servidor acepta correo sin iniciar sesión</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>e.g. reception@hotel.example</source>
        <translation>p. ej. recepcion@hotel.example</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>Dirección de respuesta (Reply-To)</translation>
    </message>
    <message>
        <source>Optional: where guests' replies go</source>
        <translation>Opcional: adónde van las respuestas de los huéspedes</translation>
    </message>
    <message>
        <source>Test email address</source>
        <translation>Dirección para el correo de prueba</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Ser&amp;vidor de correo:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <translation>Ci&amp;frado:</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation>Nombre del re&amp;mitente:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>Re&amp;ply-To:</source>
        <translation>&amp;Responder a:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Email codes to guests through the site's mail server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enviar los códigos a los huéspedes por correo mediante el servidor de correo del sitio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Codes are sent encrypted (STARTTLS or TLS) with the slip's wording in the guest's language. Without a mail server, Email opens this computer's mail program.</source>
        <translation>Los códigos se envían cifrados (STARTTLS o TLS) con el texto del comprobante en el idioma del huésped. Sin servidor de correo, Correo abre el programa de correo de este ordenador.</translation>
    </message>
    <message>
        <source>Test email &amp;to:</source>
        <translation>Correo de prueba &amp;a:</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Consultando el llavero…</translation>
    </message>
    <message>
        <source>A password is saved in the keychain. Leave the field empty to keep it.</source>
        <translation>Hay una contraseña guardada en el llavero. Deje el campo vacío para conservarla.</translation>
    </message>
    <message>
        <source>No password saved. It goes to this computer's keychain, never to a file.</source>
        <translation>No hay ninguna contraseña guardada. Se guarda en el llavero de este ordenador, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Saved — type a new one to replace it</source>
        <translation>Guardada — escriba una nueva para sustituirla</translation>
    </message>
    <message>
        <source>Type the mail server's name, or empty the From address to use this computer's mail program.</source>
        <translation>Escriba el nombre del servidor de correo, o vacíe la dirección del remitente para usar el programa de correo de este ordenador.</translation>
    </message>
    <message>
        <source>Guests' emails need a From address.</source>
        <translation>Los correos a los huéspedes necesitan una dirección de remitente.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Certificado de confianza</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM form (text starting with -----BEGIN CERTIFICATE-----). Nothing changed.</source>
        <translation>%1 no contiene ningún certificado en formato PEM (texto que empieza por -----BEGIN CERTIFICATE-----). No se cambió nada.</translation>
    </message>
    <message>
        <source>The system's trusted certificate authorities (right for most servers).</source>
        <translation>Las autoridades de certificación de confianza del sistema (lo adecuado para la mayoría de los servidores).</translation>
    </message>
    <message>
        <source>Trusted for this server: %1 (valid until %2)</source>
        <translation>De confianza para este servidor: %1 (válido hasta %2)</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Enviando un correo de prueba a %1…</translation>
    </message>
    <message>
        <source>The mail server accepted the test email. Check that it arrived.</source>
        <translation>El servidor de correo aceptó el correo de prueba. Compruebe que ha llegado.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor respondió: %1</translation>
    </message>
    <message>
        <source>Past&amp;e a certificate</source>
        <translation>Pegar certificado de&amp;sde el portapapeles</translation>
    </message>
    <message>
        <source>Trust the certificate copied to the clipboard: its text, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----</source>
        <translation>Confiar en el certificado copiado en el portapapeles: su texto, de -----BEGIN CERTIFICATE----- a -----END CERTIFICATE-----</translation>
    </message>
    <message>
        <source>No saved password could be looked for. %1</source>
        <translation>No se pudo buscar una contraseña guardada. %1</translation>
    </message>
    <message>
        <source>This computer's keychain could not keep the mail password, so it is kept only until NetCode Desk closes. It was not written to any file. Type it again in Settings once the keychain works.</source>
        <translation>El llavero de este equipo no pudo guardar la contraseña del correo, así que solo se conserva hasta que se cierre NetCode Desk. No se escribió en ningún archivo. Vuelva a escribirla en Ajustes cuando el llavero funcione.</translation>
    </message>
    <message>
        <source>The clipboard holds no certificate in PEM form (text starting with -----BEGIN CERTIFICATE-----). Copy the certificate's text first. Nothing changed.</source>
        <translation>El portapapeles no contiene ningún certificado en formato PEM (texto que empieza por -----BEGIN CERTIFICATE-----). Copie primero el texto del certificado. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NetCode Desk</source>
        <translation>NetCode Desk</translation>
    </message>
    <message>
        <source>DEMO MODE — codes come from the built-in simulator and will not open real locks. Enter your site's API key in Settings to issue real codes.</source>
        <translation>MODO DEMO — los códigos vienen del simulador integrado y no abren cerraduras reales. Introduzca la clave de API de su sitio en Ajustes para emitir códigos reales.</translation>
    </message>
    <message>
        <source>About NetCode Desk</source>
        <translation>Acerca de NetCode Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;NetCode Desk %1&lt;/b&gt;&lt;p&gt;Issue time-limited keypad codes for Codelocks and KitLock locks, and keep a record of every one.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NetCode Desk %1&lt;/b&gt;&lt;p&gt;Emitir códigos de teclado temporales para cerraduras Codelocks y KitLock, y llevar registro de cada uno.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Locks</source>
        <translation>&amp;Cerraduras</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <extracomment>Menu for issuing and handing out keypad codes (NetCodes), not program code.</extracomment>
        <translation>C&amp;ódigo</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Demo codes are free</source>
        <translation>Los códigos de demostración son gratis</translation>
    </message>
    <message>
        <source>Choose a lock, a length and a valid start first.</source>
        <translation>Elija primero una cerradura, una duración y un inicio válido.</translation>
    </message>
    <message>
        <source>Code issued for %1 and saved in history.</source>
        <translation>Código emitido para %1 y guardado en el historial.</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Código copiado.</translation>
    </message>
    <message>
        <source>Message for the guest copied.</source>
        <translation>Mensaje para el huésped copiado.</translation>
    </message>
    <message>
        <source>code-%1.pdf</source>
        <translation>codigo-%1.pdf</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Guardar comprobante como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save slip</source>
        <translation>Guardar comprobante</translation>
    </message>
    <message>
        <source>Slip saved to %1.</source>
        <translation>Comprobante guardado en %1.</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <source>Add lock</source>
        <translation>Añadir cerradura</translation>
    </message>
    <message>
        <source>Edit lock</source>
        <translation>Editar cerradura</translation>
    </message>
    <message>
        <source>Remove lock</source>
        <translation>Quitar cerradura</translation>
    </message>
    <message>
        <source>Remove the lock "%1" from this desk? Codes already issued for it stay in history.</source>
        <translation>¿Quitar la cerradura "%1" de esta recepción? Los códigos ya emitidos para ella siguen en el historial.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Reprint from history — no new code was requested.</source>
        <translation>Reimpresión desde el historial — no se solicitó ningún código nuevo.</translation>
    </message>
    <message>
        <source>Import smart locks</source>
        <translation>Importar cerraduras inteligentes</translation>
    </message>
    <message>
        <source>Smart locks added: %1, updated: %2.</source>
        <translation>Cerraduras inteligentes añadidas: %1, actualizadas: %2.</translation>
    </message>
    <message>
        <source>Request a fresh code</source>
        <translation>Solicitar un código nuevo</translation>
    </message>
    <message>
        <source>The service gives the same code for the same lock, start and length, and bills every request. Ask it again anyway?</source>
        <translation>El servicio da el mismo código para la misma cerradura, inicio y duración, y cobra cada solicitud. ¿Preguntar de nuevo de todos modos?</translation>
    </message>
    <message numerus="yes">
        <source>NetCode requests this month: %n</source>
        <translation>
            <numerusform>Solicitudes NetCode este mes: %n</numerusform>
            <numerusform>Solicitudes NetCode este mes: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>NetCode requests this month: %1 of %2</source>
        <translation>Solicitudes NetCode este mes: %1 de %2</translation>
    </message>
    <message>
        <source>The plan's monthly quota is used up: the service may refuse requests until next month.</source>
        <translation>La cuota mensual del plan está agotada: el servicio puede rechazar solicitudes hasta el mes que viene.</translation>
    </message>
    <message>
        <source>More than 80% of the plan's monthly quota is used.</source>
        <translation>Se ha usado más del 80 % de la cuota mensual del plan.</translation>
    </message>
    <message>
        <source>Access key of the K3 Connect account (from the K3 Connect app, letters and digits; capitals matter):</source>
        <translation>Clave de acceso de la cuenta K3 Connect (de la app K3 Connect, letras y dígitos; las mayúsculas cuentan):</translation>
    </message>
    <message>
        <source>Fetching the account's smart locks…</source>
        <translation>Cargando las cerraduras inteligentes de la cuenta…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Haciendo copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Delete old codes</source>
        <translation>Borrar códigos antiguos</translation>
    </message>
    <message>
        <source>Codes deleted from history: %1.</source>
        <translation>Códigos borrados del historial: %1.</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Comprobación de la base de datos</translation>
    </message>
    <message>
        <source>The database check found a problem (%1). Keep working only if you must: restore the latest backup (File → Restore from a backup…) and restart NetCode Desk.</source>
        <translation>La comprobación de la base de datos encontró un problema (%1). Siga trabajando solo si es imprescindible: restaure la última copia (Archivo → Restaurar una copia de seguridad…) y reinicie NetCode Desk.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Copia de seguridad escrita: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups (*.sqlite)</source>
        <translation>Copias de seguridad (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore %1? Codes issued after that backup will no longer be in History (the current database is kept beside it). NetCode Desk finishes the restore when it next starts.</source>
        <translation>¿Restaurar %1? Los códigos emitidos después de esa copia dejarán de estar en el historial (la base actual se conserva al lado). NetCode Desk termina la restauración al arrancar de nuevo.</translation>
    </message>
    <message>
        <source>Close and start NetCode Desk again to finish restoring.</source>
        <translation>Cierre y vuelva a abrir NetCode Desk para terminar la restauración.</translation>
    </message>
    <message>
        <source>Code for %1 reissued from history, free of charge.</source>
        <translation>Código para %1 reemitido gratis desde el historial.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>netcode-history.csv</source>
        <translation>netcode-historial.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Archivos CSV (*.csv);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Codes exported: %1, to %2.</source>
        <translation>Códigos exportados: %1, a %2.</translation>
    </message>
    <message>
        <source>Export locks</source>
        <translation>Exportar cerraduras</translation>
    </message>
    <message>
        <source>netcode-locks.csv</source>
        <translation>netcode-cerraduras.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Locks exported to %1.</source>
        <translation>Cerraduras exportadas a %1.</translation>
    </message>
    <message>
        <source>Import locks</source>
        <translation>Importar cerraduras</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Some rows have problems, so nothing has been imported yet:

%1

Import only the %2 rows without problems?</source>
        <translation>Algunas filas tienen problemas, así que todavía no se ha importado nada:

%1

¿Importar solo las %2 filas sin problemas?</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>Emitir de nuevo</translation>
    </message>
    <message>
        <source>The lock %1 is no longer on this desk.</source>
        <translation>La cerradura %1 ya no está en esta recepción.</translation>
    </message>
    <message>
        <source>Choose the new start for %1, then Issue.</source>
        <translation>Elija el nuevo inicio para %1 y emita.</translation>
    </message>
    <message>
        <source>Welcome to NetCode Desk</source>
        <translation>Bienvenido a NetCode Desk</translation>
    </message>
    <message>
        <source>NetCode Desk is running in demo mode: codes come from a built-in simulator and open no real lock, so you can try everything safely.

To issue real codes, enter your site's API key — you find it in the Codelocks developer portal under your account's API keys — and your property's name and help phone for the guest slip.

Enter them now?</source>
        <translation>NetCode Desk funciona en modo demo: los códigos vienen de un simulador integrado y no abren ninguna cerradura real, así que puede probarlo todo sin riesgo.

Para emitir códigos reales, introduzca la clave de API de su sitio — la encontrará en el portal de desarrolladores de Codelocks, entre las claves de API de su cuenta — y el nombre y el teléfono de ayuda de su establecimiento para el comprobante.

¿Introducirlos ahora?</translation>
    </message>
    <message>
        <source>Read-back check</source>
        <translation>Comprobación de lectura</translation>
    </message>
    <message>
        <source>Type the code on the screen, as you will give it to the guest:</source>
        <translation>Escriba el código de la pantalla tal como se lo dará al huésped:</translation>
    </message>
    <message>
        <source>"%1" is not the code on the screen. Nothing was printed or copied; read it again.</source>
        <translation>"%1" no es el código de la pantalla. No se imprimió ni copió nada; vuelva a leerlo.</translation>
    </message>
    <message numerus="yes">
        <source>The history is kept for %n day(s).</source>
        <translation>
            <numerusform>El historial se conserva %n día.</numerusform>
            <numerusform>El historial se conserva %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n code(s) issued before %1 now? This cannot be undone (backups still hold them).</source>
        <translation>
            <numerusform>¿Eliminar ahora el %n código emitido antes del %1? No se puede deshacer (las copias de seguridad lo conservan).</numerusform>
            <numerusform>¿Eliminar ahora los %n códigos emitidos antes del %1? No se puede deshacer (las copias de seguridad los conservan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported. Smart locks need their access key (Edit lock).</source>
        <translation>
            <numerusform>%n cerradura importada. Las cerraduras inteligentes necesitan su clave de acceso (Editar cerradura).</numerusform>
            <numerusform>%n cerraduras importadas. Las cerraduras inteligentes necesitan su clave de acceso (Editar cerradura).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code for %1 NOT saved in history: write it down.</source>
        <translation>Código para %1 NO guardado en el historial: anótelo.</translation>
    </message>
    <message>
        <source>The same code was just issued at %1; reissued here free of charge.</source>
        <translation>El mismo código se acaba de emitir en %1; reemitido aquí sin cargo.</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Preguntar de nuevo</translation>
    </message>
    <message>
        <source>No answer was received for this request, so the service may already have billed it. Asking again sends it once more and is billed again; the same lock, start and length give the same code.

Ask the service again for %1?</source>
        <translation>No se recibió respuesta para esta solicitud, así que puede que el servicio ya la haya cobrado. Preguntar de nuevo la envía otra vez y se cobra de nuevo; la misma cerradura, inicio y duración dan el mismo código.

¿Volver a pedir al servicio el código para %1?</translation>
    </message>
    <message>
        <source>Issue for several locks</source>
        <translation>Emitir para varias cerraduras</translation>
    </message>
    <message>
        <source>The shared store is back; History and locks are up to date.</source>
        <translation>La base compartida ha vuelto; el historial y las cerraduras están al día.</translation>
    </message>
    <message>
        <source>The shared store cannot be reached: no code can be issued until it is back. Reconnecting by itself…</source>
        <translation>No se puede llegar a la base compartida: no se puede emitir ningún código hasta que vuelva. Reconectando automáticamente…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>One desk or a team?</source>
        <translation>¿Una sola recepción o un equipo?</translation>
    </message>
    <message>
        <source>Is this computer the site's only desk, or one of several desks that share their codes and locks?

One desk keeps everything in a file on this computer: nothing to set up. A team shares one store on a PostgreSQL server, set up once by the manager or IT.

Connect this desk to a team's shared store now?</source>
        <translation>¿Es este ordenador la única recepción del sitio, o una de varias recepciones que comparten sus códigos y cerraduras?

Una sola recepción guarda todo en un archivo de este ordenador: no hay nada que configurar. Un equipo comparte una base en un servidor PostgreSQL, configurada una vez por el responsable o por informática.

¿Conectar ahora esta recepción a la base compartida de un equipo?</translation>
    </message>
    <message>
        <source>API key differs from the site's</source>
        <translation>La clave API no es la del sitio</translation>
    </message>
    <message>
        <source>Shared store: %1</source>
        <translation>Base compartida: %1</translation>
    </message>
    <message>
        <source>Codes, locks and settings are shared with every desk on this store.</source>
        <translation>Los códigos, las cerraduras y los ajustes se comparten con todas las recepciones de esta base.</translation>
    </message>
    <message>
        <source>Shared store unreachable — reconnecting…</source>
        <translation>Base compartida inaccesible — reconectando…</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be reached (its server stopped or the network is down). No code can be issued while it is away: the request could not be recorded, so nothing is sent and nothing is billed. What is on screen stays; NetCode Desk reconnects by itself.</source>
        <translation>No se puede llegar a la base compartida %1 (su servidor se detuvo o la red no funciona). Mientras no esté, no se puede emitir ningún código: la solicitud no podría registrarse, así que no se envía nada y no se cobra nada. Lo que hay en pantalla se queda; NetCode Desk se vuelve a conectar solo.</translation>
    </message>
    <message>
        <source>Cannot issue: store unreachable</source>
        <extracomment>On the Issue button while the shared store cannot be reached.</extracomment>
        <translation>No se puede emitir: base inaccesible</translation>
    </message>
    <message>
        <source>Issue code</source>
        <translation>Emitir código</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported from %1</source>
        <translation>
            <numerusform>%n cerradura importada de %1</numerusform>
            <numerusform>%n cerraduras importadas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Ajustes guardados</translation>
    </message>
    <message>
        <source>Staff sign in</source>
        <translation>Identificación del personal</translation>
    </message>
    <message>
        <source>The other desks could not be told about the new key: %1</source>
        <translation>No se pudo avisar a las demás recepciones de la nueva clave: %1</translation>
    </message>
    <message>
        <source>Signed in: %1.</source>
        <translation>Identificado: %1.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>The shared store is backed up on its server (for example with pg_dump), not from a desk.</source>
        <translation>La copia de seguridad de la base compartida se hace en su servidor (por ejemplo con pg_dump), no desde una recepción.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Identificado: %1 (%2)</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not issued: this code belongs to %1. Nothing was sent. Choose a different start for a code of this guest's own.</source>
        <translation>No emitido: este código pertenece a %1. No se envió nada. Elija otro inicio para que este huésped tenga su propio código.</translation>
    </message>
    <message>
        <source>That code is no longer in History.</source>
        <translation>Ese código ya no está en el historial.</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>An email to a guest is still being sent. Wait for it to finish (NetCode Desk then closes by itself), or quit now? Quitting now stops the send: if the email had already gone to the mail server, History records that it may have been sent.</source>
        <translation>Todavía se está enviando un correo a un huésped. ¿Esperar a que termine (NetCode Desk se cerrará solo) o salir ahora? Salir ahora detiene el envío: si el correo ya había llegado al servidor de correo, el historial registra que puede que se haya enviado.</translation>
    </message>
    <message>
        <source>Wait for the email</source>
        <translation>Esperar al correo</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>Salir ahora</translation>
    </message>
    <message>
        <source>NetCode Desk closes once the email is sent and recorded.</source>
        <translation>NetCode Desk se cerrará cuando el correo esté enviado y registrado.</translation>
    </message>
    <message>
        <source>The history could not be read to its end, so nothing was written. Try again when the store answers.</source>
        <translation>No se pudo leer el historial hasta el final, así que no se escribió nada. Vuelva a intentarlo cuando la base de datos responda.</translation>
    </message>
</context>
<context>
    <name>NetCodeModes</name>
    <message>
        <source>Standard (single-use or multi-use)</source>
        <translation>Estándar (un solo uso o uso múltiple)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>24 hour</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Alquiler</translation>
    </message>
    <message>
        <source>Long rental</source>
        <translation>Alquiler largo</translation>
    </message>
    <message>
        <source>Medium-term rental (1–21 days, one code at a time)</source>
        <translation>Alquiler de media duración (1–21 días, un código cada vez)</translation>
    </message>
    <message>
        <source>Long-term rental (up to a year)</source>
        <translation>Alquiler de larga duración (hasta un año)</translation>
    </message>
    <message>
        <source>End date (expires at midnight on a set date)</source>
        <translation>Fecha de fin (caduca a medianoche de una fecha fija)</translation>
    </message>
    <message>
        <source>24 hour (starts on any hour)</source>
        <translation>24 horas (empieza a cualquier hora)</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un PIN tiene de 4 a 12 cifras.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters (or use a PIN of 4 to 12 digits).</source>
        <translation>Una contraseña tiene al menos 8 caracteres (o use un PIN de 4 a 12 cifras).</translation>
    </message>
    <message>
        <source>A manager with a database login signs in with that login's password: at least 10 characters, not digits only (the server accepts it from the network, so a PIN is not enough).</source>
        <translation>Un responsable con usuario de base de datos se identifica con la contraseña de ese usuario: al menos 10 caracteres, no solo cifras (el servidor la acepta desde la red, así que un PIN no basta).</translation>
    </message>
</context>
<context>
    <name>RequestLedger</name>
    <message>
        <source>The request could not be recorded, so it was not sent: %1.</source>
        <translation>No se pudo registrar la solicitud, así que no se envió: %1.</translation>
    </message>
    <message>
        <source>This request is no longer in history.</source>
        <translation>Esta solicitud ya no está en el historial.</translation>
    </message>
    <message>
        <source>Only a request in doubt can be asked again.</source>
        <translation>Solo se puede volver a preguntar por una solicitud en duda.</translation>
    </message>
    <message>
        <source>No answer was recorded for this request: the program that sent it stopped, the answer never came, or it could not be written. The service may have issued and billed a code.</source>
        <translation>No se registró ninguna respuesta para esta solicitud: el programa que la envió se detuvo, la respuesta nunca llegó o no se pudo guardar. El servicio puede haber emitido y facturado un código.</translation>
    </message>
    <message>
        <source>its request row is gone or was already settled</source>
        <translation>su fila de solicitud ya no existe o ya estaba resuelta</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy message for the guest</source>
        <translation>Copiar mensaje para el huésped</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Imprimir comprobante</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>Imprimir comproba&amp;nte…</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Guardar comprobante como PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>Enviar código por correo</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <source>DEMO code from the built-in simulator — it will not open a real lock.</source>
        <translation>Código DEMO del simulador integrado — no abre ninguna cerradura real.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Asking the Codelocks service for the code…</source>
        <translation>Pidiendo el código al servicio Codelocks…</translation>
    </message>
    <message>
        <source>The code appears here, large, once issued.</source>
        <translation>El código aparece aquí, en grande, una vez emitido.</translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation>Repetir la solicitud</translation>
    </message>
    <message>
        <source>Retry (may be billed again)</source>
        <translation>Repetir (puede volver a cobrarse)</translation>
    </message>
    <message>
        <source>Request a fresh code from the service</source>
        <translation>Solicitar un código nuevo al servicio</translation>
    </message>
    <message>
        <source>Request a fresh code (billed)</source>
        <translation>Solicitar un código nuevo (se cobra)</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge. This exact code was first issued %1.</source>
        <translation>Reemitido desde el historial — sin nuevo cargo. Este mismo código se emitió por primera vez el %1.</translation>
    </message>
    <message>
        <source>Language of the slip and message</source>
        <translation>Idioma del comprobante y del mensaje</translation>
    </message>
    <message>
        <source>Slip in the desk's language</source>
        <translation>Comprobante en el idioma de la recepción</translation>
    </message>
    <message>
        <source>Slip in %1</source>
        <translation>Comprobante en %1</translation>
    </message>
    <message>
        <source>Being issued at %1 right now — waiting for that answer instead of paying for the same code twice…</source>
        <translation>Emitiéndose ahora mismo en %1 — esperando esa respuesta en lugar de pagar dos veces el mismo código…</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge.</source>
        <translation>Reemitido desde el historial — sin nuevo cargo.</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge. This exact code was first issued %1, with no guest named.</source>
        <translation>Reemitido desde el historial — sin nuevo cargo. Este mismo código se emitió por primera vez el %1, sin nombre de huésped.</translation>
    </message>
    <message>
        <source>Shared with %1, issued %2: both guests open the same door with this code in the same window.</source>
        <translation>Compartido con %1, emitido el %2: ambos huéspedes abren la misma puerta con este código en el mismo periodo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>40 letters and digits; empty runs the demo</source>
        <translation>40 letras y dígitos; vacío para la demo</translation>
    </message>
    <message>
        <source>API &amp;host:</source>
        <translation>&amp;Host de la API:</translation>
    </message>
    <message>
        <source>API host</source>
        <translation>Host de la API</translation>
    </message>
    <message>
        <source>&amp;NetCode path:</source>
        <translation>Ruta &amp;NetCode:</translation>
    </message>
    <message>
        <source>NetCode path and version</source>
        <translation>Ruta y versión NetCode</translation>
    </message>
    <message>
        <source>&amp;Utility path:</source>
        <translation>Ruta de &amp;utilidades:</translation>
    </message>
    <message>
        <source>Utility path and version</source>
        <translation>Ruta y versión de utilidades</translation>
    </message>
    <message>
        <source>P&amp;roperty name:</source>
        <translation>Nombre del &amp;establecimiento:</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Nombre del establecimiento</translation>
    </message>
    <message>
        <source>Help &amp;phone:</source>
        <translation>&amp;Teléfono de ayuda:</translation>
    </message>
    <message>
        <source>Help phone number</source>
        <translation>Número de teléfono de ayuda</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Emitido &amp;por:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Your name or desk, shown in history and on slips</source>
        <translation>Su nombre o su recepción, que aparece en el historial y en los comprobantes</translation>
    </message>
    <message>
        <source>&amp;Forget the stored key (back to demo mode)</source>
        <translation>&amp;Olvidar la clave guardada (volver al modo demo)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>A key is stored in the keychain — type a new one to replace it</source>
        <translation>Hay una clave guardada en el llavero — escriba una nueva para sustituirla</translation>
    </message>
    <message>
        <source>An API key contains only letters and digits. Copy it again from the developer portal.</source>
        <translation>Una clave de API solo contiene letras y dígitos. Cópiela de nuevo del portal de desarrolladores.</translation>
    </message>
    <message numerus="yes">
        <source>An API key has 40 letters and digits; this one has %n.</source>
        <translation>
            <numerusform>Una clave de API tiene 40 letras y dígitos; esta tiene %n.</numerusform>
            <numerusform>Una clave de API tiene 40 letras y dígitos; esta tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API host must be a full address starting with https://, for example https://api-connect.codelocks.io.</source>
        <translation>El host de la API debe ser una dirección completa que empiece por https://, por ejemplo https://api-connect.codelocks.io.</translation>
    </message>
    <message>
        <source>Desk time &amp;zone:</source>
        <translation>&amp;Zona horaria de la recepción:</translation>
    </message>
    <message>
        <source>Desk time zone</source>
        <translation>Zona horaria de la recepción</translation>
    </message>
    <message>
        <source>This computer's time zone (%1)</source>
        <translation>Zona horaria de este ordenador (%1)</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone. Choose one from the list.</source>
        <translation>"%1" no es una zona horaria conocida. Elija una de la lista.</translation>
    </message>
    <message>
        <source>Plan's monthly &amp;quota:</source>
        <translation>Cuota &amp;mensual del plan:</translation>
    </message>
    <message>
        <source>Plan's monthly quota of NetCode requests</source>
        <translation>Cuota mensual de solicitudes NetCode del plan</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source> NetCode requests</source>
        <translation> solicitudes NetCode</translation>
    </message>
    <message>
        <source>Keep history for this many days</source>
        <translation>Conservar el historial este número de días</translation>
    </message>
    <message>
        <source>Always (nothing is deleted)</source>
        <translation>Siempre (no se borra nada)</translation>
    </message>
    <message>
        <source> days, then delete</source>
        <translation> días, después borrar</translation>
    </message>
    <message>
        <source>Slip p&amp;aper:</source>
        <translation>Papel &amp;del comprobante:</translation>
    </message>
    <message>
        <source>Paper the guest slip is printed on</source>
        <translation>Papel en el que se imprime el comprobante del huésped</translation>
    </message>
    <message>
        <source>Read-back check</source>
        <translation>Comprobación de lectura</translation>
    </message>
    <message>
        <source>Rea&amp;d-back check</source>
        <translation>Comprobación de &amp;lectura</translation>
    </message>
    <message>
        <source>The code must be typed again before a slip is printed or a message sent.</source>
        <translation>Hay que volver a escribir el código antes de imprimir un comprobante o enviar un mensaje.</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>Hoja A4</translation>
    </message>
    <message>
        <source>US Letter sheet</source>
        <translation>Hoja US Letter</translation>
    </message>
    <message>
        <source>80 mm receipt printer</source>
        <translation>Impresora de tickets de 80 mm</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of NetCode Desk (from the next start)</source>
        <translation>Idioma de NetCode Desk (desde el próximo arranque)</translation>
    </message>
    <message>
        <source>The computer's language</source>
        <translation>Idioma del ordenador</translation>
    </message>
    <message>
        <source>Takes effect when NetCode Desk next starts.</source>
        <translation>Se aplica la próxima vez que se inicie NetCode Desk.</translation>
    </message>
    <message>
        <source>This site (shared by every desk)</source>
        <translation>Este sitio (común a todas las recepciones)</translation>
    </message>
    <message>
        <source>Every desk on this store uses these settings. A change applies at once, here and at the other desks.</source>
        <translation>Todas las recepciones de esta base usan estos ajustes. Un cambio se aplica enseguida, aquí y en las demás recepciones.</translation>
    </message>
    <message>
        <source>Codelocks Connect</source>
        <translation>Codelocks Connect</translation>
    </message>
    <message>
        <source>The site's key from the Codelocks developer portal. It is kept in this computer's keychain only — never in a file or the store — so each desk enters it once. Leave it empty to use demo mode.</source>
        <translation>La clave del sitio, del portal de desarrolladores de Codelocks. Se guarda solo en el llavero de este ordenador — nunca en un archivo ni en la base —, así que cada recepción la introduce una vez. Déjela vacía para usar el modo demo.</translation>
    </message>
    <message>
        <source>Guest slip</source>
        <translation>Comprobante del huésped</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Keep histor&amp;y for:</source>
        <translation>Conser&amp;var historial:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>These settings apply to this computer only.</source>
        <translation>Estos ajustes solo valen para este ordenador.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Esta recepción</translation>
    </message>
    <message>
        <source>Shared store (t&amp;wo or more desks)…</source>
        <translation>&amp;Base de datos compartida (dos o más recepciones)…</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>Último cambio por %1 el %2.</translation>
    </message>
    <message>
        <source>The site's settings could not be saved in the store, so no desk uses them yet: %1</source>
        <translation>No se pudieron guardar los ajustes del sitio en la base, así que ninguna recepción los usa todavía: %1</translation>
    </message>
    <message>
        <source>Staff si&amp;gn-in (name and PIN at this desk; roles for locks and settings)</source>
        <translation>&amp;Identificación del personal (nombre y PIN en esta recepción; roles para cerraduras y ajustes)</translation>
    </message>
    <message>
        <source>Everyone signs in at a desk on a shared store.</source>
        <translation>Con una base compartida, todos se identifican en la recepción.</translation>
    </message>
    <message>
        <source>Codes are issued in the name of the person signed in.</source>
        <translation>Los códigos se emiten a nombre de la persona identificada.</translation>
    </message>
    <message>
        <source>Time to wait for an &amp;answer:</source>
        <translation>Tiempo de espera de la &amp;respuesta:</translation>
    </message>
    <message>
        <source>Seconds to wait for the Codelocks service's answer</source>
        <translation>Segundos de espera de la respuesta del servicio Codelocks</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>How long this computer waits for the Codelocks service to answer. A slow network needs longer.</source>
        <translation>Cuánto espera este equipo la respuesta del servicio Codelocks. Una red lenta necesita más tiempo.</translation>
    </message>
    <message>
        <source>Only a manager can change the site's settings.</source>
        <translation>Solo un responsable puede cambiar los ajustes del sitio.</translation>
    </message>
    <message>
        <source>The mail server's settings could not be saved in the store: %1</source>
        <translation>No se pudieron guardar los ajustes del servidor de correo en la base compartida: %1</translation>
    </message>
    <message>
        <source>Mail (guests' emails)</source>
        <translation>Correo (correos a huéspedes)</translation>
    </message>
</context>
<context>
    <name>SharedCodeQuestion</name>
    <message>
        <source>an unnamed desk user</source>
        <translation>un usuario de recepción sin nombre</translation>
    </message>
    <message>
        <source>This code already belongs to %1.</source>
        <translation>Este código ya pertenece a %1.</translation>
    </message>
    <message>
        <source>It was issued %1 by %2 for %3, valid %4: the same lock, start and length as this order.</source>
        <translation>Fue emitido el %1 por %2 para %3, válido %4: la misma cerradura, inicio y duración que esta solicitud.</translation>
    </message>
    <message>
        <source>Giving it to this order too means two people open the same door with the same code in the same window.</source>
        <translation>Darlo también a esta solicitud significa que dos personas abren la misma puerta con el mismo código en el mismo periodo.</translation>
    </message>
    <message>
        <source>Giving it to %1 too means both guests open the same door with the same code in the same window.</source>
        <translation>Darlo también a %1 significa que ambos huéspedes abren la misma puerta con el mismo código en el mismo periodo.</translation>
    </message>
    <message>
        <source>For a code of their own, cancel and choose a different start: a different start gives a different code.</source>
        <translation>Para un código propio, cancele y elija otro inicio: un inicio distinto da un código distinto.</translation>
    </message>
    <message>
        <source>Code already given to another guest</source>
        <translation>Código ya dado a otro huésped</translation>
    </message>
    <message>
        <source>&amp;Give the same code to this guest too</source>
        <translation>&amp;Dar el mismo código también a este huésped</translation>
    </message>
</context>
<context>
    <name>SharedStoreDialog</name>
    <message>
        <source>Shared store</source>
        <translation>Base compartida</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SharedStorePage</name>
    <message>
        <source>the server's administrator</source>
        <translation>el administrador del servidor</translation>
    </message>
    <message>
        <source>the store's owner (for setting up only)</source>
        <translation>el propietario de la base (solo para configurar)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>&amp;One desk: codes and locks in a file on this computer</source>
        <translation>&amp;Una sola recepción: códigos y cerraduras en un archivo de este ordenador</translation>
    </message>
    <message>
        <source>S&amp;hared store: every desk of the site uses one PostgreSQL database</source>
        <translation>Base de datos &amp;compartida: todas las recepciones del sitio usan una misma base PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Set &amp;up this store</source>
        <translation>Con&amp;figurar esta base</translation>
    </message>
    <message>
        <source>&amp;Move this desk's history in</source>
        <translation>&amp;Traer el historial de esta recepción</translation>
    </message>
    <message>
        <source>This desk's file: %1</source>
        <translation>Archivo de esta recepción: %1</translation>
    </message>
    <message>
        <source>A file in NetCode Desk's data folder on this computer.</source>
        <translation>Un archivo en la carpeta de datos de NetCode Desk en este ordenador.</translation>
    </message>
    <message>
        <source>Shared store address</source>
        <translation>Dirección de la base compartida</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Contraseña del usuario</translation>
    </message>
    <message>
        <source>Kept in this computer's keychain, never in a file</source>
        <translation>Se guarda en el llavero de este ordenador, nunca en un archivo</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Login &amp;password:</source>
        <translation>C&amp;ontraseña del usuario:</translation>
    </message>
    <message>
        <source>The address your manager gave you: postgresql://LOGIN@SERVER/DATABASE (add :PORT after the server when it is not 5432).</source>
        <translation>La dirección que le dio su responsable: postgresql://USUARIO@SERVIDOR/BASE (añada :PUERTO tras el servidor si no es 5432).</translation>
    </message>
    <message>
        <source>Creates the store's roles and tables, or updates them for this version. Needs a login that may create roles (the server's administrator). Running it again changes nothing.</source>
        <translation>Crea los roles y las tablas de la base, o los actualiza para esta versión. Necesita un usuario que pueda crear roles (el administrador del servidor). Ejecutarlo otra vez no cambia nada.</translation>
    </message>
    <message>
        <source>Copies the codes, locks and request counts of this computer's file into the shared store. Needs a manager's login. Running it again adds nothing twice.</source>
        <translation>Copia los códigos, las cerraduras y los contadores de solicitudes del archivo de este ordenador a la base compartida. Necesita el usuario de un responsable. Ejecutarlo otra vez no añade nada dos veces.</translation>
    </message>
    <message>
        <source>NetCode Desk uses the chosen store from its next start.</source>
        <translation>NetCode Desk usa la base elegida a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where this desk keeps its codes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dónde guarda esta recepción sus códigos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A password is stored in the keychain — type a new one to replace it</source>
        <translation>Hay una contraseña guardada en el llavero — escriba una nueva para sustituirla</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but this database holds no NetCode Desk store yet. The server's administrator sets it up with "Set up this store".</source>
        <translation>Conectado a %1 como %2, pero esta base de datos aún no contiene datos de NetCode Desk. El administrador del servidor la configura con "Configurar esta base".</translation>
    </message>
    <message>
        <source>Connected, but this store was set up by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk on this computer.</source>
        <translation>Conectado, pero esta base la configuró una versión más reciente de NetCode Desk (esquema %1; esta versión conoce hasta el %2). Actualice NetCode Desk en este ordenador.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but this login has no NetCode Desk role yet. The administrator runs: netcode-desk-cli store grant %2 --role desk</source>
        <translation>Conectado a %1 como %2, pero este usuario aún no tiene rol de NetCode Desk. El administrador ejecuta: netcode-desk-cli store grant %2 --role desk</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (role: %3). Store schema %4.</source>
        <translation>Conectado a %1 como %2 (rol: %3). Esquema de la base: %4.</translation>
    </message>
    <message>
        <source>It must be updated for this version: "Set up this store", by the administrator.</source>
        <translation>Debe actualizarse para esta versión: "Configurar esta base", por el administrador.</translation>
    </message>
    <message>
        <source>Setting up the store…</source>
        <translation>Configurando la base…</translation>
    </message>
    <message>
        <source>The store %1 is already set up (schema %2); nothing was changed.</source>
        <translation>La base %1 ya está configurada (esquema %2); no se cambió nada.</translation>
    </message>
    <message>
        <source>The store %1 is set up (schema %2):</source>
        <translation>La base %1 está configurada (esquema %2):</translation>
    </message>
    <message>
        <source>Next, give each desk and each manager a login (createuser --pwprompt NAME) and its role: netcode-desk-cli store grant NAME --role desk|manager.</source>
        <translation>Después, dé a cada recepción y a cada responsable un usuario (createuser --pwprompt NOMBRE) y su rol: netcode-desk-cli store grant NOMBRE --role desk|manager.</translation>
    </message>
    <message>
        <source>Move this desk's history in</source>
        <translation>Traer el historial de esta recepción</translation>
    </message>
    <message>
        <source>Copy the codes, locks and request counts of this computer's file
%1
into the shared store %2?

The file stays as it is. Locks the store already has (by name) are kept as they are; running this again adds nothing twice.</source>
        <translation>¿Copiar los códigos, las cerraduras y los contadores de solicitudes del archivo de este ordenador
%1
a la base compartida %2?

El archivo queda como está. Las cerraduras que la base ya tiene (por nombre) se dejan como están; repetirlo no añade nada dos veces.</translation>
    </message>
    <message>
        <source>Moving this desk's history in…</source>
        <translation>Trayendo el historial de esta recepción…</translation>
    </message>
    <message numerus="yes">
        <source>Moved in: %n code(s) added</source>
        <translation>
            <numerusform>Traído: %n código añadido</numerusform>
            <numerusform>Traído: %n códigos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>ya estaban: %n</numerusform>
            <numerusform>ya estaban: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) added</source>
        <translation>
            <numerusform>%n cerradura añadida</numerusform>
            <numerusform>%n cerraduras añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) were still being issued in the file and are now in doubt (History, In doubt).</source>
        <translation>
            <numerusform>%n código aún se estaba emitiendo en el archivo y ahora está en duda (Historial, En duda).</numerusform>
            <numerusform>%n códigos aún se estaban emitiendo en el archivo y ahora están en duda (Historial, En duda).</numerusform>
        </translation>
    </message>
    <message>
        <source>(Settings at %1) %2</source>
        <translation>(Ajustes en %1) %2</translation>
    </message>
    <message>
        <source>Left behind from demo mode: %1 sample lock(s) and %2 demo code(s).</source>
        <translation>Quedan del modo demo: cerraduras de ejemplo: %1, códigos demo: %2.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Add a manager first: with sign-in on, only a manager can change the settings.</source>
        <translation>Añada primero un responsable: con la identificación activada, solo un responsable puede cambiar los ajustes.</translation>
    </message>
    <message>
        <source>Staff sign-in turned on</source>
        <translation>Identificación del personal activada</translation>
    </message>
    <message>
        <source>Staff sign-in turned off</source>
        <translation>Identificación del personal desactivada</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation>No se pudo guardar el ajuste.</translation>
    </message>
    <message>
        <source>Too many wrong PINs or passwords for this name: it is locked until %1. Try again then, or ask a manager to reset the PIN.</source>
        <translation>Demasiados PIN o contraseñas incorrectos para este nombre: está bloqueado hasta %1. Inténtelo entonces, o pida a un responsable que cambie el PIN.</translation>
    </message>
    <message>
        <source>%1 wrong PINs or passwords in a row; locked for %2 minutes</source>
        <translation>%1 PIN o contraseñas incorrectos seguidos; bloqueado %2 minutos</translation>
    </message>
    <message>
        <source>That name and PIN or password do not match. Check both and try again.</source>
        <translation>Ese nombre y ese PIN o contraseña no coinciden. Compruebe ambos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Signed in with the desk role only: the store did not accept the manager login %1 (%2). Manager actions stay unavailable until that works.</source>
        <translation>Identificado solo con el rol de recepción: la base no aceptó el usuario de responsable %1 (%2). Las acciones de responsable no están disponibles hasta que funcione.</translation>
    </message>
    <message>
        <source>Signed in with the desk role only: on a shared store a manager needs their own database login (ask whoever set up the store to add it to your staff entry).</source>
        <translation>Identificado solo con el rol de recepción: con una base compartida, un responsable necesita su propio usuario de base de datos (pida a quien configuró la base que lo añada a su ficha de personal).</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk. Sign in first.</source>
        <translation>No hay nadie identificado en esta recepción. Identifíquese primero.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Identificarse</translation>
    </message>
    <message>
        <source>Sign in — NetCode Desk</source>
        <translation>Identificación — NetCode Desk</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>¿Quién está en la recepción?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN o contraseña:</translation>
    </message>
    <message>
        <source>Forgotten your PIN? A manager can set a new one in Staff. After %1 wrong tries in a row a name is locked for %2 minutes.</source>
        <translation>¿Ha olvidado su PIN? Un responsable puede poner uno nuevo en Personal. Tras %1 intentos fallidos seguidos, un nombre queda bloqueado %2 minutos.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Type your PIN or password.</source>
        <translation>Escriba su PIN o contraseña.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Guest slip</source>
        <translation>Comprobante del huésped</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Imprimir comprobante</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation>No se pudo escribir el PDF en %1. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>SmartLockImporter</name>
    <message>
        <source>K3 Connect</source>
        <translation>K3 Connect</translation>
    </message>
    <message>
        <source>Smart lock %1</source>
        <translation>Cerradura inteligente %1</translation>
    </message>
</context>
<context>
    <name>StaffAdmin</name>
    <message>
        <source>The staff list could not be changed: the database is busy. Try again.</source>
        <translation>No se pudo cambiar la lista de personal: la base de datos está ocupada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The staff list could not be changed: the change could not be saved.</source>
        <translation>No se pudo cambiar la lista de personal: no se pudo guardar el cambio.</translation>
    </message>
    <message>
        <source>That person is no longer on the staff list.</source>
        <translation>Esa persona ya no está en la lista de personal.</translation>
    </message>
    <message>
        <source>Enter the person's name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>The name holds a control character. Type it again with letters, digits and spaces.</source>
        <translation>El nombre contiene un carácter de control. Escríbalo de nuevo con letras, cifras y espacios.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>El nombre es demasiado largo (80 caracteres como máximo).</translation>
    </message>
    <message>
        <source>%1 added as %2</source>
        <translation>%1 añadido como %2</translation>
    </message>
    <message>
        <source> (database login %1)</source>
        <translation> (usuario de base de datos %1)</translation>
    </message>
    <message>
        <source>%1 is the only manager. Make someone else a manager first.</source>
        <translation>%1 es el único responsable. Haga antes responsable a otra persona.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>New PIN or password for %1</source>
        <translation>Nuevo PIN o contraseña para %1</translation>
    </message>
    <message>
        <source>%1: database login %2</source>
        <translation>%1: usuario de base de datos %2</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself while signed in. Ask another manager.</source>
        <translation>No puede desactivarse a sí mismo mientras está identificado. Pídaselo a otro responsable.</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>%1 desactivado</translation>
    </message>
    <message>
        <source>%1 reactivated</source>
        <translation>%1 reactivado</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>&amp;Create manager</source>
        <translation>&amp;Crear responsable</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Cambiar &amp;rol</translation>
    </message>
    <message>
        <source>Set new &amp;PIN</source>
        <translation>Nuevo &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Create the first manager</source>
        <translation>Crear el primer responsable</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <source>PIN or password again</source>
        <translation>PIN o contraseña otra vez</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Usuario de base de datos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation>El primer responsable</translation>
    </message>
    <message>
        <source>Add a person, or type a new PIN for the person selected above</source>
        <translation>Añada una persona, o escriba un PIN nuevo para la persona elegida arriba</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>PIN or pass&amp;word:</source>
        <translation>PIN o con&amp;traseña:</translation>
    </message>
    <message>
        <source>Again (&amp;to check):</source>
        <translation>Otra vez (para co&amp;mprobar):</translation>
    </message>
    <message>
        <source>Database &amp;login:</source>
        <translation>&amp;Usuario de base de datos:</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits; a password at least 8 characters.</source>
        <translation>Un PIN tiene de 4 a 12 cifras; una contraseña, al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>On a shared store, a manager's own database login; their password there is the same as their password here.</source>
        <translation>Con una base compartida, el usuario de base de datos propio del responsable; su contraseña allí es la misma que aquí.</translation>
    </message>
    <message>
        <source>With sign-in on, everyone signs in at the desk, and only a manager can change locks, settings and staff. Create the first manager now: you.</source>
        <translation>Con la identificación activada, todos se identifican en la recepción, y solo un responsable puede cambiar cerraduras, ajustes y personal. Cree ahora el primer responsable: usted.</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueado hasta %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Make &amp;manager</source>
        <translation>Rol re&amp;sponsable</translation>
    </message>
    <message>
        <source>The two PINs or passwords differ. Type them again.</source>
        <translation>Los dos PIN o contraseñas no coinciden. Escríbalos de nuevo.</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 añadido como %2.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ahora es: %2.</translation>
    </message>
    <message>
        <source>Type the new PIN or password for %1 twice in the fields below, then choose Set new PIN.</source>
        <translation>Escriba dos veces el nuevo PIN o contraseña de %1 en los campos de abajo y elija Nuevo PIN.</translation>
    </message>
    <message>
        <source>New PIN or password set for %1; a lock-out is lifted.</source>
        <translation>Nuevo PIN o contraseña puesto para %1; se levanta cualquier bloqueo.</translation>
    </message>
    <message>
        <source>%1 deactivated: they can no longer sign in. Their history stays.</source>
        <translation>%1 desactivado: ya no puede identificarse. Su historial se conserva.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a identificarse.</translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation>Reacti&amp;var</translation>
    </message>
    <message>
        <source>Make d&amp;esk user</source>
        <translation>Rol r&amp;ecepción</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Someone called "%1" is already on the staff list%2.</source>
        <translation>Ya hay alguien llamado "%1" en la lista de personal%2.</translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation> (desactivado)</translation>
    </message>
    <message>
        <source>The person could not be added</source>
        <translation>No se pudo añadir a la persona</translation>
    </message>
    <message>
        <source>The role could not be changed</source>
        <translation>No se pudo cambiar el rol</translation>
    </message>
    <message>
        <source>The PIN or password could not be changed</source>
        <translation>No se pudo cambiar el PIN o la contraseña</translation>
    </message>
    <message>
        <source>The person could not be deactivated</source>
        <translation>No se pudo desactivar a la persona</translation>
    </message>
    <message>
        <source>The database login could not be changed</source>
        <translation>No se pudo cambiar el usuario de base de datos</translation>
    </message>
    <message>
        <source>The failed sign-in could not be recorded</source>
        <translation>No se pudo registrar la identificación fallida</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded</source>
        <translation>No se pudo registrar la identificación</translation>
    </message>
    <message>
        <source>The sign-in could not be checked</source>
        <translation>No se pudo comprobar la identificación</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Only a manager can add, change or remove locks. Ask a manager to sign in.</source>
        <translation>Solo un responsable puede añadir, cambiar o quitar cerraduras. Pida a un responsable que se identifique.</translation>
    </message>
    <message>
        <source>Only a manager can change the settings. Ask a manager to sign in.</source>
        <translation>Solo un responsable puede cambiar los ajustes. Pida a un responsable que se identifique.</translation>
    </message>
    <message>
        <source>Only a manager can change the API key. Ask a manager to sign in.</source>
        <translation>Solo un responsable puede cambiar la clave API. Pida a un responsable que se identifique.</translation>
    </message>
    <message>
        <source>Only a manager can delete old codes. Ask a manager to sign in.</source>
        <translation>Solo un responsable puede eliminar códigos antiguos. Pida a un responsable que se identifique.</translation>
    </message>
    <message>
        <source>Only a manager can back up or restore the database. Ask a manager to sign in.</source>
        <translation>Solo un responsable puede hacer o restaurar copias de seguridad de la base de datos. Pida a un responsable que se identifique.</translation>
    </message>
    <message>
        <source>Only a manager can add or change staff. Ask a manager to sign in.</source>
        <translation>Solo un responsable puede añadir o cambiar personal. Pida a un responsable que se identifique.</translation>
    </message>
    <message>
        <source>Only a manager can read the audit log. Ask a manager to sign in.</source>
        <translation>Solo un responsable puede leer el registro de cambios. Pida a un responsable que se identifique.</translation>
    </message>
</context>
<context>
    <name>StartTimeRules</name>
    <message>
        <source>Choose a lock, a length and a start first.</source>
        <translation>Elija primero una cerradura, una duración y un inicio.</translation>
    </message>
    <message>
        <source>%1 does not exist on this clock: the clocks go forward that night. Choose %2 or later.</source>
        <translation>%1 no existe en este reloj: esa noche se adelanta la hora. Elija %2 o más tarde.</translation>
    </message>
    <message>
        <source>%1 happens twice that night (the clocks go back); the earlier one, %2, is used.</source>
        <translation>%1 ocurre dos veces esa noche (se atrasa la hora); se usa la primera, %2.</translation>
    </message>
    <message>
        <source>Midnight does not exist on the lock's clock on %1 (its clocks go forward then). Choose another date.</source>
        <translation>La medianoche no existe en el reloj de la cerradura el %1 (ese día se adelanta su hora). Elija otra fecha.</translation>
    </message>
    <message>
        <source>Codes start on the hour: you asked %1, the code starts %2.</source>
        <translation>Los códigos empiezan en punto: pidió %1, el código empieza a las %2.</translation>
    </message>
    <message>
        <source>Choose the date the code should end.</source>
        <translation>Elija la fecha en que debe terminar el código.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start. Choose %2 or later.</source>
        <translation>La fecha de fin %1 es anterior al inicio. Elija %2 o posterior.</translation>
    </message>
    <message>
        <source>End Date codes expire at most %1 days ahead. The latest last day is %2.</source>
        <translation>Los códigos con fecha de fin caducan como máximo %1 días después. El último día posible es el %2.</translation>
    </message>
    <message>
        <source>One hour added so the guest keeps the time paid for: %1 from %2.</source>
        <translation>Se añadió una hora para que el huésped conserve el tiempo pagado: %1 desde las %2.</translation>
    </message>
    <message>
        <source>An hour cannot be added: %1 is the longest hourly code.</source>
        <translation>No se puede añadir una hora: %1 es el código por horas más largo.</translation>
    </message>
    <message>
        <source>Codes of whole days start at midnight on the lock's clock: you asked %1, the code starts %2.</source>
        <translation>Los códigos de días completos empiezan a medianoche en el reloj de la cerradura: pidió %1, el código empieza el %2.</translation>
    </message>
    <message>
        <source>That start is in the past. The earliest start for this code is %1.</source>
        <translation>Ese inicio ya ha pasado. El inicio más temprano para este código es %1.</translation>
    </message>
    <message>
        <source>The clocks change on %1 during this code's window; the times shown allow for it.</source>
        <translation>La hora cambia el %1 durante la validez de este código; las horas mostradas ya lo tienen en cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>The Codelocks service does not offer End Date codes that long (%n days) for this lock's model. Choose an earlier end date or refresh the lengths.</source>
        <translation>
            <numerusform>El servicio Codelocks no ofrece códigos con fecha de fin tan largos (%n día) para el modelo de esta cerradura. Elija una fecha de fin anterior o recargue las duraciones.</numerusform>
            <numerusform>El servicio Codelocks no ofrece códigos con fecha de fin tan largos (%n días) para el modelo de esta cerradura. Elija una fecha de fin anterior o recargue las duraciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StayEntry</name>
    <message>
        <source>Issue by stay</source>
        <translation>Emitir por estancia</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>Llegada:</translation>
    </message>
    <message>
        <source>Departure:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <source>By stay: the code covers the guest's arrival to departure</source>
        <translation>Por estancia: el código cubre desde la llegada hasta la salida del huésped</translation>
    </message>
</context>
<context>
    <name>StayPlanner</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A kind of code and its length, as in "Standard (3 days)".</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers the stay %1: from %2 before arrival to %3 after departure.</source>
        <translation>Cubre la estancia %1: desde %2 antes de la llegada hasta %3 después de la salida.</translation>
    </message>
    <message>
        <source>Choose a lock and the guest's departure first.</source>
        <translation>Elija primero una cerradura y la salida del huésped.</translation>
    </message>
    <message>
        <source>The arrival %1 does not exist on this clock: the clocks go forward that night. Enter %2 or later.</source>
        <translation>La llegada %1 no existe en este reloj: esa noche se adelanta la hora. Introduzca %2 o más tarde.</translation>
    </message>
    <message>
        <source>The departure %1 does not exist on this clock: the clocks go forward that night. Enter %2 or later.</source>
        <translation>La salida %1 no existe en este reloj: esa noche se adelanta la hora. Introduzca %2 o más tarde.</translation>
    </message>
    <message>
        <source>The arrival %1 happens twice that night (the clocks go back): the code covers it from the first time, %2.</source>
        <translation>La llegada %1 ocurre dos veces esa noche (se atrasa la hora): el código la cubre desde la primera vez, %2.</translation>
    </message>
    <message>
        <source>The departure %1 happens twice that night (the clocks go back): the code covers it until the second time, %2.</source>
        <translation>La salida %1 ocurre dos veces esa noche (se atrasa la hora): el código la cubre hasta la segunda vez, %2.</translation>
    </message>
    <message>
        <source>The departure %1 has already passed.</source>
        <translation>La salida %1 ya ha pasado.</translation>
    </message>
    <message>
        <source>The departure (%1) must come after the arrival (%2).</source>
        <translation>La salida (%1) debe ser posterior a la llegada (%2).</translation>
    </message>
    <message>
        <source>The arrival %1 has passed: the code covers the stay from now (%2).</source>
        <translation>La llegada %1 ya ha pasado: el código cubre la estancia desde ahora (%2).</translation>
    </message>
    <message>
        <source>A %1 code covering this stay must be used for the first time by %2, before the guest can arrive (%3).</source>
        <translation>Un código %1 que cubra esta estancia debe usarse por primera vez antes de %2, antes de que el huésped pueda llegar (%3).</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the whole stay (%1, %2). The longest code from the arrival, %3, ends %4, %5 before the departure.</source>
        <translation>Nada de lo que admite esta cerradura cubre toda la estancia (%1, %2). El código más largo desde la llegada, %3, termina %4, %5 antes de la salida.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): no code it offers can start by the arrival on the lock's clock.</source>
        <translation>Nada de lo que admite esta cerradura cubre la estancia (%1): ningún código que ofrece puede empezar como muy tarde a la llegada en el reloj de la cerradura.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): its model offers no lengths for its mode. Refresh the lengths or check the lock's mode.</source>
        <translation>Nada de lo que admite esta cerradura cubre la estancia (%1): su modelo no ofrece duraciones para su modo. Actualice las duraciones o revise el modo de la cerradura.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): %2</source>
        <translation>Nada de lo que admite esta cerradura cubre la estancia (%1): %2</translation>
    </message>
    <message>
        <source>The code already works from %1, %2 before the guest arrives.</source>
        <translation>El código ya funciona desde %1, %2 antes de que llegue el huésped.</translation>
    </message>
    <message>
        <source>The code must be used for the first time by %1, only %2 after arrival.</source>
        <translation>El código debe usarse por primera vez antes de %1, solo %2 después de la llegada.</translation>
    </message>
</context>
<context>
    <name>StorageErrorText</name>
    <message>
        <source>the database is busy: another program has been writing to it for too long</source>
        <translation>la base de datos está ocupada: otro programa lleva demasiado tiempo escribiendo en ella</translation>
    </message>
    <message>
        <source>the database cannot be written (it or its folder is read-only)</source>
        <translation>no se puede escribir en la base de datos (ella o su carpeta es de solo lectura)</translation>
    </message>
    <message>
        <source>the disk that holds the database is full</source>
        <translation>el disco que contiene la base de datos está lleno</translation>
    </message>
    <message>
        <source>the database file could not be read or written (disk or file error)</source>
        <translation>no se pudo leer o escribir el archivo de la base de datos (error de disco o de archivo)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>el archivo de la base de datos está dañado</translation>
    </message>
    <message>
        <source>the database reported an unknown error</source>
        <translation>la base de datos informó de un error desconocido</translation>
    </message>
    <message>
        <source>the shared store does not allow this login to do that (only a manager's login may); nothing was changed</source>
        <translation>la base compartida no permite eso a este usuario (solo al usuario de un responsable); no se cambió nada</translation>
    </message>
    <message>
        <source>the shared store cannot be reached (its server stopped or the network is down); NetCode Desk reconnects by itself</source>
        <translation>no se puede llegar a la base compartida (su servidor se detuvo o la red no funciona); NetCode Desk se vuelve a conectar solo</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>This is not a shared store address NetCode Desk can use: %1. Write it as postgresql://user@host:5432/database.</source>
        <translation>Esta no es una dirección de base compartida que NetCode Desk pueda usar: %1. Escríbala como postgresql://usuario@host:5432/base.</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>debe empezar por postgresql://</translation>
    </message>
    <message>
        <source>several hosts in one address are not supported</source>
        <translation>no se admiten varios hosts en una dirección</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>el puerto debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>the value of %1 contains a character that is not allowed</source>
        <translation>el valor de %1 contiene un carácter no permitido</translation>
    </message>
    <message>
        <source>the setting "%1" is not supported</source>
        <translation>no se admite el ajuste "%1"</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>falta el nombre de la base de datos</translation>
    </message>
</context>
<context>
    <name>StoreImport</name>
    <message>
        <source>%1 is not a NetCode Desk database; nothing was moved.</source>
        <translation>%1 no es una base de datos de NetCode Desk; no se trajo nada.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NetCode Desk (schema %2; this version knows up to %3). Update NetCode Desk first; nothing was moved.</source>
        <translation>%1 lo escribió una versión más reciente de NetCode Desk (esquema %2; esta versión conoce hasta el %3). Actualice antes NetCode Desk; no se trajo nada.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>This login may not add locks or codes to the shared store. Moving a desk in needs a manager's login (netcode-desk-cli store grant LOGIN --role manager). Nothing was moved.</source>
        <translation>Este usuario no puede añadir cerraduras ni códigos a la base compartida. Traer una recepción necesita el usuario de un responsable (netcode-desk-cli store grant USUARIO --role manager). No se trajo nada.</translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>No se trajo nada: %1</translation>
    </message>
    <message>
        <source>Moved in from a desk's own file while it was being issued: whether the service answered is not known.</source>
        <translation>Traído del archivo propio de una recepción mientras se estaba emitiendo: no se sabe si el servicio respondió.</translation>
    </message>
    <message>
        <source>There is no file %1; nothing was moved.</source>
        <translation>No existe el archivo %1; no se trajo nada.</translation>
    </message>
    <message>
        <source>No room for a working copy: %1</source>
        <translation>No hay espacio para una copia de trabajo: %1</translation>
    </message>
    <message>
        <source>The copy of %1 cannot be brought up to date: %2</source>
        <translation>No se puede actualizar la copia de %1: %2</translation>
    </message>
    <message>
        <source>Moved in %1: codes added %2 (already there %3, in doubt %4), locks added %5 (already there %6), request counts added %7; left behind from demo mode: locks %8, codes %9</source>
        <translation>%1 traída: códigos añadidos %2 (ya estaban %3, en duda %4), cerraduras añadidas %5 (ya estaban %6), contadores de solicitudes añadidos %7; quedan del modo demo: cerraduras %8, códigos %9</translation>
    </message>
</context>
<context>
    <name>StorePassword</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>El llavero del sistema no respondió.</translation>
    </message>
</context>
<context>
    <name>StoreSetup</name>
    <message>
        <source>The login "%1" may not create roles, so it cannot set up the shared store. Run this as the server's administrator (on the database server: sudo -u postgres netcode-desk-cli store init --database postgresql:///DATABASE), or with a login made with "createuser --createrole". Nothing was changed.</source>
        <translation>El usuario "%1" no puede crear roles, así que no puede configurar la base compartida. Ejecute esto como administrador del servidor (en el servidor de base de datos: sudo -u postgres netcode-desk-cli store init --database postgresql:///BASE), o con un usuario creado con "createuser --createrole". No se cambió nada.</translation>
    </message>
    <message>
        <source>The server did not say who this login is: %1</source>
        <translation>El servidor no dijo quién es este usuario: %1</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>This database already has a schema called "netcode" that NetCode Desk did not make. Use another database (createdb) for the shared store; nothing was changed.</source>
        <translation>Esta base de datos ya tiene un esquema llamado "netcode" que no creó NetCode Desk. Use otra base de datos (createdb) para la base compartida; no se cambió nada.</translation>
    </message>
    <message>
        <source>This store was set up by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk; nothing was changed.</source>
        <translation>Esta base la configuró una versión más reciente de NetCode Desk (esquema %1; esta versión conoce hasta el %2). Actualice NetCode Desk; no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot set up the store: %1</source>
        <translation>No se puede configurar la base: %1</translation>
    </message>
    <message>
        <source>Cannot create the role %1: %2</source>
        <translation>No se puede crear el rol %1: %2</translation>
    </message>
    <message>
        <source>Created the group role %1.</source>
        <translation>Rol de grupo %1 creado.</translation>
    </message>
    <message>
        <source>Cannot make managers desks too: %1</source>
        <translation>No se puede dar también a los responsables el rol de recepción: %1</translation>
    </message>
    <message>
        <source>Made netcode_manager a member of netcode_desk.</source>
        <translation>netcode_manager es ahora miembro de netcode_desk.</translation>
    </message>
    <message>
        <source>Cannot let this login act as netcode_owner: %1</source>
        <translation>No se puede dejar que este usuario actúe como netcode_owner: %1</translation>
    </message>
    <message>
        <source>Let the login %1 act as netcode_owner for setting up and updating.</source>
        <translation>El usuario %1 puede actuar como netcode_owner para configurar y actualizar.</translation>
    </message>
    <message>
        <source>Cannot create the schema "netcode" (the login needs the right to create schemas in this database: it owns it, or GRANT CREATE ON DATABASE): %1</source>
        <translation>No se puede crear el esquema "netcode" (el usuario necesita el derecho de crear esquemas en esta base de datos: ser su propietario, o GRANT CREATE ON DATABASE): %1</translation>
    </message>
    <message>
        <source>Created the schema netcode, owned by netcode_owner.</source>
        <translation>Esquema netcode creado, propiedad de netcode_owner.</translation>
    </message>
    <message>
        <source>Cannot give the schema to netcode_owner: %1</source>
        <translation>No se puede dar el esquema a netcode_owner: %1</translation>
    </message>
    <message>
        <source>Gave the schema netcode to netcode_owner.</source>
        <translation>Esquema netcode dado a netcode_owner.</translation>
    </message>
    <message>
        <source>Cannot give the store's tables to netcode_owner: %1</source>
        <translation>No se pueden dar las tablas de la base a netcode_owner: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave %n table(s) and function(s) to netcode_owner.</source>
        <translation>
            <numerusform>%n tabla o función dada a netcode_owner.</numerusform>
            <numerusform>%n tablas y funciones dadas a netcode_owner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot install the search extension pg_trgm (package postgresql-contrib): %1</source>
        <translation>No se puede instalar la extensión de búsqueda pg_trgm (paquete postgresql-contrib): %1</translation>
    </message>
    <message>
        <source>Cannot act as netcode_owner: %1</source>
        <translation>No se puede actuar como netcode_owner: %1</translation>
    </message>
    <message>
        <source>Created the store's tables (schema %1).</source>
        <translation>Tablas de la base creadas (esquema %1).</translation>
    </message>
    <message>
        <source>Updated the store from schema %1 to %2.</source>
        <translation>Base actualizada del esquema %1 al %2.</translation>
    </message>
    <message>
        <source>Cannot grant the roles their rights: %1</source>
        <translation>No se pueden conceder sus derechos a los roles: %1</translation>
    </message>
    <message>
        <source>This server has no NetCode Desk roles yet. Set the store up first: netcode-desk-cli store init --database URL.</source>
        <translation>Este servidor aún no tiene roles de NetCode Desk. Configure antes la base: netcode-desk-cli store init --database URL.</translation>
    </message>
    <message>
        <source>"%1" is one of NetCode Desk's own groups, not a person's or a desk's login.</source>
        <translation>"%1" es uno de los grupos propios de NetCode Desk, no el usuario de una persona o de una recepción.</translation>
    </message>
    <message>
        <source>The server's list of logins cannot be read: %1</source>
        <translation>No se puede leer la lista de usuarios del servidor: %1</translation>
    </message>
    <message>
        <source>There is no login "%1" on this server. Create it first (on the database server: sudo -u postgres createuser --pwprompt %1), then run this again. Nothing was changed.</source>
        <translation>No hay ningún usuario "%1" en este servidor. Créelo primero (en el servidor de base de datos: sudo -u postgres createuser --pwprompt %1) y ejecute esto de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>"%1" is a role that cannot log in. Give each desk and each manager a login of its own (createuser --pwprompt NAME).</source>
        <translation>"%1" es un rol que no puede iniciar sesión. Dé a cada recepción y a cada responsable su propio usuario (createuser --pwprompt NOMBRE).</translation>
    </message>
    <message>
        <source>This login may not change who belongs to NetCode Desk's groups. Run this as the server's administrator or with a login made with "createuser --createrole". Nothing was changed.</source>
        <translation>Este usuario no puede cambiar quién pertenece a los grupos de NetCode Desk. Ejecute esto como administrador del servidor o con un usuario creado con "createuser --createrole". No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot change the login's group: %1</source>
        <translation>No se puede cambiar el grupo del usuario: %1</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 es ahora miembro de %2.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2.</source>
        <translation>%1 ya no es miembro de %2.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n other table(s). The store keeps to its own schema "netcode" and does not touch them, but they share the database's backups and logins; a database of its own (createdb) is usually better.</source>
        <translation>
            <numerusform>Esta base de datos ya contiene %n tabla más. La base de NetCode Desk se mantiene en su propio esquema "netcode" y no la toca, pero comparten las copias de seguridad y los usuarios de la base de datos; suele ser mejor una base de datos propia (createdb).</numerusform>
            <numerusform>Esta base de datos ya contiene %n tablas más. La base de NetCode Desk se mantiene en su propio esquema "netcode" y no las toca, pero comparten las copias de seguridad y los usuarios de la base de datos; suele ser mejor una base de datos propia (createdb).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidityText</name>
    <message>
        <source>Lock clock %1 (%2)</source>
        <translation>Reloj de la cerradura %1 (%2)</translation>
    </message>
    <message>
        <source>Valid from %1 %2 for up to a year (until %3)</source>
        <translation>Válido desde el %1 %2 durante un año como máximo (hasta el %3)</translation>
    </message>
    <message>
        <source>Valid %1 %2</source>
        <translation>Válido %1 %2</translation>
    </message>
    <message>
        <source>Works until the end of %1 (expires %2)</source>
        <translation>Funciona hasta el final del %1 (caduca el %2)</translation>
    </message>
    <message>
        <source>Must be used for the first time by %1</source>
        <translation>Debe usarse por primera vez antes del %1</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <source>%1 · %2</source>
        <comment>lock · guest</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>En duda</translation>
    </message>
    <message>
        <source>Mail failed</source>
        <translation>Correo fallido</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>First use</source>
        <translation>Primer uso</translation>
    </message>
    <message>
        <source>Ending today</source>
        <translation>Termina hoy</translation>
    </message>
    <message>
        <source>Ended today</source>
        <translation>Terminado hoy</translation>
    </message>
    <message>
        <source>Request in doubt (%1): %2</source>
        <translation>Solicitud en duda (%1): %2</translation>
    </message>
    <message>
        <source>The request for %1, %2, got no recorded answer: it may have been billed. Select it in History to ask again or to settle it.</source>
        <translation>La solicitud para %1, %2, no tiene respuesta registrada: puede que se haya facturado. Selecciónela en el historial para volver a preguntar o para resolverla.</translation>
    </message>
    <message>
        <source>First use by %1: %2 — has the guest used it?</source>
        <translation>Primer uso antes de %1: %2 — ¿lo ha usado el huésped?</translation>
    </message>
    <message>
        <source>If the code for %1 is not used by %2 it stops working. We cannot see whether the guest has used it: ask them, or issue a new code.</source>
        <translation>Si el código para %1 no se usa antes de %2, deja de funcionar. No podemos ver si el huésped lo ha usado: pregúntele, o emita un código nuevo.</translation>
    </message>
    <message>
        <source>Ended %1: %2</source>
        <translation>Terminado %1: %2</translation>
    </message>
    <message>
        <source>Ends %1: %2</source>
        <translation>Termina %1: %2</translation>
    </message>
    <message>
        <source>The code for %1 stopped working at %2 (%3).</source>
        <translation>El código para %1 dejó de funcionar a las %2 (%3).</translation>
    </message>
    <message>
        <source>The code for %1 stops working at %2 (%3).</source>
        <translation>El código para %1 deja de funcionar a las %2 (%3).</translation>
    </message>
    <message>
        <source>Quota used up: %1 of %2 requests this month</source>
        <translation>Cuota agotada: %1 de %2 solicitudes este mes</translation>
    </message>
    <message>
        <source>Quota: %1 of %2 requests this month (%3%)</source>
        <translation>Cuota: %1 de %2 solicitudes este mes (%3 %)</translation>
    </message>
    <message>
        <source>The plan's monthly quota is used up: the service may refuse requests until next month.</source>
        <translation>La cuota mensual del plan está agotada: el servicio puede rechazar solicitudes hasta el mes que viene.</translation>
    </message>
    <message>
        <source>More than 80% of the plan's monthly quota is used.</source>
        <translation>Se ha usado más del 80 % de la cuota mensual del plan.</translation>
    </message>
    <message>
        <source>Mail refused (%1): %2 to %3</source>
        <translation>Correo rechazado (%1): %2 a %3</translation>
    </message>
    <message>
        <source>Mail not sent (%1): %2 to %3</source>
        <translation>Correo no enviado (%1): %2 a %3</translation>
    </message>
    <message>
        <source>The mail server refused the code for %1 to %2.</source>
        <translation>El servidor de correo rechazó el código para %1 a %2.</translation>
    </message>
    <message>
        <source>The code for %1 could not be mailed to %2.</source>
        <translation>No se pudo enviar por correo el código para %1 a %2.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Respondió: %1</translation>
    </message>
    <message>
        <source>Give the guest the code another way, or send it again.</source>
        <translation>Dé el código al huésped de otra forma, o vuelva a enviarlo.</translation>
    </message>
    <message>
        <source>Mail may have been sent (%1): %2 to %3</source>
        <translation>Puede que el correo se haya enviado (%1): %2 a %3</translation>
    </message>
    <message>
        <source>The code for %1 went to the mail server for %2, but whether it took it is not known. Check with the guest before sending it again.</source>
        <translation>El código para %1 llegó al servidor de correo para %2, pero no se sabe si lo aceptó. Compruébelo con el huésped antes de volver a enviarlo.</translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message>
        <source>Watch list</source>
        <extracomment>Title of the list of things to look at today (codes ending, deadlines, requests in doubt).</extracomment>
        <translation>Lista de seguimiento</translation>
    </message>
    <message>
        <source>Go to the watch list</source>
        <translation>Ir a la lista de seguimiento</translation>
    </message>
    <message>
        <source>%1: go to the watch list</source>
        <translation>%1: ir a la lista de seguimiento</translation>
    </message>
    <message>
        <source>Nothing needs a look today.</source>
        <translation>Hoy no hay nada que revisar.</translation>
    </message>
    <message>
        <source>Watch list for today</source>
        <translation>Lista de seguimiento de hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n in doubt</source>
        <translation>
            <numerusform>%n en duda</numerusform>
            <numerusform>%n en duda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail failed</source>
        <translation>
            <numerusform>%n correo fallido</numerusform>
            <numerusform>%n correos fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first-use deadline(s)</source>
        <translation>
            <numerusform>%n fecha límite de primer uso</numerusform>
            <numerusform>%n fechas límite de primer uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ending today</source>
        <translation>
            <numerusform>%n termina hoy</numerusform>
            <numerusform>%n terminan hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended today</source>
        <translation>
            <numerusform>%n terminado hoy</numerusform>
            <numerusform>%n terminados hoy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Issue NetCodes for Codelocks and KitLock locks.</source>
        <translation>Emitir NetCodes para cerraduras Codelocks y KitLock.</translation>
    </message>
    <message>
        <source>Use this database file (default: the app's data folder; or set NETCODE_DESK_DATABASE).</source>
        <translation>Usar este archivo de base de datos (por defecto: la carpeta de datos de la aplicación; o defina NETCODE_DESK_DATABASE).</translation>
    </message>
    <message>
        <source>Use this settings file (or set NETCODE_DESK_SETTINGS).</source>
        <translation>Usar este archivo de ajustes (o defina NETCODE_DESK_SETTINGS).</translation>
    </message>
    <message>
        <source>Run against the built-in simulator even if an API key is stored.</source>
        <translation>Usar el simulador integrado aunque haya una clave de API guardada.</translation>
    </message>
    <message>
        <source>NetCode Desk cannot start</source>
        <translation>NetCode Desk no puede arrancar</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>El llavero del sistema no respondió.</translation>
    </message>
    <message>
        <source>%1 — demo mode until the key can be read.</source>
        <translation>%1 — modo demo hasta que se pueda leer la clave.</translation>
    </message>
    <message>
        <source>This desk is set to use that shared store (Settings, Shared store).</source>
        <translation>Esta recepción está configurada para usar esa base compartida (Ajustes, Base compartida).</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Change the store…</source>
        <translation>&amp;Cambiar de base…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
</TS>