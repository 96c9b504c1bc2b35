<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;Issue code</source>
        <translation>Code &amp;ausgeben</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;message for the guest</source>
        <translation>&amp;Nachricht für den Gast kopieren</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>Beleg &amp;drucken…</translation>
    </message>
    <message>
        <source>Save slip as P&amp;DF…</source>
        <translation>Beleg als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>&amp;Email code…</source>
        <translation>Code per &amp;E-Mail…</translation>
    </message>
    <message>
        <source>&amp;Add lock…</source>
        <translation>Schloss &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit lock…</source>
        <translation>Schloss &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove lock…</source>
        <translation>Schloss &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Find lock</source>
        <translation>Schloss &amp;suchen</translation>
    </message>
    <message>
        <source>Search &amp;history</source>
        <translation>&amp;Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About NetCode Desk</source>
        <translation>Ü&amp;ber NetCode Desk</translation>
    </message>
    <message>
        <source>Issue the code (Ctrl+Enter, or Enter in the issue form)</source>
        <translation>Code ausgeben (Strg+Eingabe, oder Eingabe im Formular)</translation>
    </message>
    <message>
        <source>&amp;Import smart locks from K3 Connect…</source>
        <translation>Smart-Schlösser aus K3 Connect &amp;importieren…</translation>
    </message>
    <message>
        <source>Import locks from &amp;CSV…</source>
        <translation>Schlösser aus &amp;CSV importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport locks to CSV…</source>
        <translation>Schlösser als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Issue for &amp;several locks…</source>
        <translation>Für &amp;mehrere Schlösser ausgeben…</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Ben&amp;utzer wechseln…</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sta&amp;ff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <source>Audit lo&amp;g…</source>
        <translation>Änderungsprot&amp;okoll…</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Plantafel</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>The API host must start with https:// (plain http:// is allowed only for this computer). Correct the API host in Settings.</source>
        <translation>Der API-Host muss mit https:// beginnen (http:// nur für diesen Computer). Korrigieren Sie den API-Host in den Einstellungen.</translation>
    </message>
    <message>
        <source>The Codelocks service rejected the smart lock's access key (401). Check the access key in the lock's settings.</source>
        <translation>Der Codelocks-Dienst hat den Zugangsschlüssel des Smart-Schlosses abgelehnt (401). Prüfen Sie ihn in den Einstellungen des Schlosses.</translation>
    </message>
    <message>
        <source>The Codelocks service does not know this lock. Check the lock's timecode and lock id (or smart-lock id) in its settings.</source>
        <translation>Der Codelocks-Dienst kennt dieses Schloss nicht. Prüfen Sie Zeitcode und Schloss-ID (oder Smart-Schloss-ID) in den Einstellungen des Schlosses.</translation>
    </message>
    <message>
        <source>The Codelocks service is refusing requests because the plan's limit has been reached or too many were sent. Wait a minute and try again; if it persists, check the plan's monthly quota.</source>
        <translation>Der Codelocks-Dienst lehnt Anfragen ab, weil das Limit des Tarifs erreicht ist oder zu viele gesendet wurden. Warten Sie eine Minute und versuchen Sie es erneut; bleibt es so, prüfen Sie das Monatskontingent des Tarifs.</translation>
    </message>
    <message>
        <source>The Codelocks service had an internal error (%1). No code was issued. Try again in a few minutes.</source>
        <translation>Im Codelocks-Dienst ist ein interner Fehler aufgetreten (%1). Es wurde kein Code ausgegeben. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The Codelocks service answered with an unexpected status (%1). No code was issued.</source>
        <translation>Der Codelocks-Dienst hat mit einem unerwarteten Status geantwortet (%1). Es wurde kein Code ausgegeben.</translation>
    </message>
    <message>
        <source>Could not reach the Codelocks service. Check the internet connection and the API host in Settings, then try again.</source>
        <translation>Der Codelocks-Dienst ist nicht erreichbar. Prüfen Sie die Internetverbindung und den API-Host in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The connection to the Codelocks service was cut before it answered. Try again.</source>
        <translation>Die Verbindung zum Codelocks-Dienst wurde vor der Antwort getrennt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The API host could not be found. Check the internet connection and the API host in Settings.</source>
        <translation>Der API-Host wurde nicht gefunden. Prüfen Sie die Internetverbindung und den API-Host in den Einstellungen.</translation>
    </message>
    <message>
        <source>The secure connection to the Codelocks service could not be verified, so nothing was sent. Check the computer's date and time, and whether a network filter intercepts secure connections.</source>
        <translation>Die sichere Verbindung zum Codelocks-Dienst konnte nicht geprüft werden, daher wurde nichts gesendet. Prüfen Sie Datum und Uhrzeit des Computers und ob ein Netzwerkfilter sichere Verbindungen abfängt.</translation>
    </message>
    <message>
        <source>A network error stopped the request. Check the connection and try again.</source>
        <translation>Ein Netzwerkfehler hat die Anfrage verhindert. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer NetCode Desk cannot read. No code is shown; try again, and if it keeps happening check the API host and versions in Settings.</source>
        <translation>Der Codelocks-Dienst hat eine Antwort gesendet, die NetCode Desk nicht lesen kann. Es wird kein Code angezeigt; versuchen Sie es erneut und prüfen Sie bei Wiederholung API-Host und Versionen in den Einstellungen.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer far larger than a NetCode; it was not read. Check the API host in Settings.</source>
        <translation>Der Codelocks-Dienst hat eine Antwort gesendet, die weit größer als ein NetCode ist; sie wurde nicht gelesen. Prüfen Sie den API-Host in den Einstellungen.</translation>
    </message>
    <message>
        <source>The Codelocks service did not issue a code.</source>
        <translation>Der Codelocks-Dienst hat keinen Code ausgegeben.</translation>
    </message>
    <message>
        <source>The Codelocks service refused the request as invalid. Most often the lock's model is set wrongly, or its timecode or lock id has a typing error; also check that the lock is configured for this mode and that codes of whole days start at midnight.</source>
        <translation>Der Codelocks-Dienst hat die Anfrage als ungültig abgelehnt. Meist ist das Modell des Schlosses falsch eingestellt oder Zeitcode bzw. Schloss-ID enthalten einen Tippfehler; prüfen Sie auch, ob das Schloss für diesen Modus eingerichtet ist und ob Codes für ganze Tage um Mitternacht beginnen.</translation>
    </message>
    <message>
        <source>The Codelocks service tried to send the request to another address. NetCode Desk did not follow, so the API key went nowhere else. Check the API host in Settings.</source>
        <translation>Der Codelocks-Dienst wollte die Anfrage an eine andere Adresse umleiten. NetCode Desk ist nicht gefolgt, der API-Schlüssel ging also nirgendwo anders hin. Prüfen Sie den API-Host in den Einstellungen.</translation>
    </message>
    <message>
        <source>The service said: "%1".</source>
        <translation>Der Dienst meldete: „%1“.</translation>
    </message>
    <message>
        <source>The Codelocks service rejected the site's API key (%1). Check the API key in Settings.</source>
        <translation>Der Codelocks-Dienst hat den API-Schlüssel des Standorts abgelehnt (%1). Prüfen Sie den API-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>The Codelocks service did not answer in time. Check the internet connection and try again.</source>
        <translation>Der Codelocks-Dienst hat nicht rechtzeitig geantwortet. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Codelocks service did not answer in time. The request had already been sent, so the service may have issued — and billed — a code that never arrived. It is kept in History as "in doubt"; ask again from there.</source>
        <translation>Der Codelocks-Dienst hat nicht rechtzeitig geantwortet. Die Anfrage war bereits gesendet, daher hat der Dienst eventuell einen Code ausgegeben — und berechnet —, der nie angekommen ist. Die Anfrage steht im Verlauf als "ungeklärt"; fragen Sie dort erneut.</translation>
    </message>
    <message>
        <source>The connection was cut after the request was sent: the service may have issued — and billed — a code that never arrived. It is kept in History as "in doubt"; ask again from there.</source>
        <translation>Die Verbindung wurde nach dem Senden der Anfrage unterbrochen: Der Dienst hat eventuell einen Code ausgegeben — und berechnet —, der nie angekommen ist. Die Anfrage steht im Verlauf als "ungeklärt"; fragen Sie dort erneut.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer NetCode Desk cannot read, so no code is shown. The service may still have issued — and billed — the code: it is kept in History as "in doubt"; ask again from there. If this keeps happening, check the API host and versions in Settings.</source>
        <translation>Der Codelocks-Dienst hat eine Antwort gesendet, die NetCode Desk nicht lesen kann, daher wird kein Code angezeigt. Der Dienst hat den Code eventuell trotzdem ausgegeben — und berechnet —: Die Anfrage steht im Verlauf als "ungeklärt"; fragen Sie dort erneut. Wenn das wiederholt vorkommt, prüfen Sie API-Host und Versionen in den Einstellungen.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer far larger than a NetCode, so it was not read. The request may have been billed: it is kept in History as "in doubt". Check the API host in Settings.</source>
        <translation>Der Codelocks-Dienst hat eine Antwort gesendet, die viel größer als ein NetCode ist, daher wurde sie nicht gelesen. Die Anfrage wurde eventuell berechnet und steht im Verlauf als "ungeklärt". Prüfen Sie den API-Host in den Einstellungen.</translation>
    </message>
    <message>
        <source>The Codelocks service kept redirecting the request instead of answering it, so NetCode Desk stopped following. Check the API host and versions in Settings; if they are right, the service has a problem: try again later.</source>
        <translation>Der Codelocks-Dienst hat die Anfrage immer wieder umgeleitet, statt sie zu beantworten, daher ist NetCode Desk den Umleitungen nicht weiter gefolgt. Prüfen Sie API-Host und Versionen in den Einstellungen; wenn sie stimmen, hat der Dienst ein Problem: Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>The built-in demo service could not start: %1</source>
        <translation>Der eingebaute Demo-Dienst konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo: built-in simulator on %1</source>
        <translation>Demo: eingebauter Simulator auf %1</translation>
    </message>
    <message>
        <source>Codelocks Connect: %1</source>
        <translation>Codelocks Connect: %1</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>einem anderen Empfang</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>This desk's API key differs from the one the site uses (saved by %1 on %2). Codes issued here are billed to the account of this desk's key.</source>
        <translation>Der API-Schlüssel dieses Empfangs weicht von dem des Standorts ab (gespeichert von %1, %2). Hier ausgegebene Codes werden dem Konto des Schlüssels dieses Empfangs berechnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) issued before %1 deleted</source>
        <translation>
            <numerusform>%n vor dem %1 ausgegebener Code gelöscht</numerusform>
            <numerusform>%n vor dem %1 ausgegebene Codes gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1 (Login %2)</translation>
    </message>
    <message numerus="yes">
        <source>The last %n change(s) made as a manager, newest first.</source>
        <translation>
            <numerusform>%n letzte Änderung durch einen Manager.</numerusform>
            <numerusform>Die %n letzten Änderungen durch Manager, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <source>&amp;Issue codes</source>
        <translation>Codes &amp;ausgeben</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>&amp;Liste drucken…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Issue codes for several locks</source>
        <translation>Codes für mehrere Schlösser ausgeben</translation>
    </message>
    <message>
        <source>Narrow the list: a group, floor or name</source>
        <translation>Liste eingrenzen: Gruppe, Etage oder Name</translation>
    </message>
    <message>
        <source>Narrow the list of locks</source>
        <translation>Liste der Schlösser eingrenzen</translation>
    </message>
    <message>
        <source>Locks to issue codes for</source>
        <translation>Schlösser, für die Codes ausgegeben werden</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Guest or group name</source>
        <translation>Name des Gastes oder der Gruppe</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Schloss</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Guest or group:</source>
        <translation>&amp;Gast oder Gruppe:</translation>
    </message>
    <message>
        <source>Booking r&amp;eference:</source>
        <translation>Buchungs&amp;nummer:</translation>
    </message>
    <message>
        <source>Issued %1 of %2…</source>
        <translation>%1 von %2 ausgegeben…</translation>
    </message>
    <message>
        <source>Tick the locks to issue codes for.</source>
        <translation>Haken Sie die Schlösser an, für die Codes ausgegeben werden sollen.</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge</source>
        <translation>Aus dem Verlauf erneut ausgegeben — keine neue Gebühr</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Save the sheet as PDF (cancel to print instead)</source>
        <translation>Liste als PDF speichern (Abbrechen, um stattdessen zu drucken)</translation>
    </message>
    <message>
        <source>codes.pdf</source>
        <translation>codes.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save codes as CSV</source>
        <translation>Codes als CSV speichern</translation>
    </message>
    <message>
        <source>codes.csv</source>
        <translation>codes.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s): demo codes from the built-in simulator, nothing is billed.</source>
        <translation>
            <numerusform>%n Schloss: Demo-Code vom eingebauten Simulator, nichts wird berechnet.</numerusform>
            <numerusform>%n Schlösser: Demo-Codes vom eingebauten Simulator, nichts wird berechnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s).</source>
        <translation>
            <numerusform>%n Schloss.</numerusform>
            <numerusform>%n Schlösser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billed request(s) will be sent to the Codelocks service.</source>
        <translation>
            <numerusform>%n berechnete Anfrage wird an den Codelocks-Dienst gesendet.</numerusform>
            <numerusform>%n berechnete Anfragen werden an den Codelocks-Dienst gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) come from history free of charge.</source>
        <translation>
            <numerusform>%n Code kommt kostenlos aus dem Verlauf.</numerusform>
            <numerusform>%n Codes kommen kostenlos aus dem Verlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) issued and saved in history.</source>
        <translation>
            <numerusform>%1 von %n Code ausgegeben und im Verlauf gespeichert.</numerusform>
            <numerusform>%1 von %n Codes ausgegeben und im Verlauf gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) already belong to another guest and will be skipped (issue those on their own to give the same code).</source>
        <translation>
            <numerusform>%n Code gehört bereits einem anderen Gast und wird übersprungen (geben Sie ihn einzeln aus, um denselben Code zu vergeben).</numerusform>
            <numerusform>%n Codes gehören bereits anderen Gästen und werden übersprungen (geben Sie diese einzeln aus, um denselben Code zu vergeben).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchIssuer</name>
    <message>
        <source>DEMO — these codes will not open real locks</source>
        <translation>DEMO — diese Codes öffnen keine echten Schlösser</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Zugangscodes</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Schloss</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>not issued: %1</source>
        <translation>nicht ausgegeben: %1</translation>
    </message>
    <message>
        <source>Issue it on its own to give the same code to this guest too.</source>
        <translation>Geben Sie ihn einzeln aus, um auch diesem Gast denselben Code zu geben.</translation>
    </message>
</context>
<context>
    <name>BoardLayout</name>
    <message>
        <source>No guest named</source>
        <translation>Kein Gast angegeben</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board: codes per lock over time</source>
        <translation>Plantafel: Codes je Schloss im Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <source>One code, held by %n guest(s)</source>
        <translation>
            <numerusform>Ein Code für %n Gast</numerusform>
            <numerusform>Ein Code für %n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>Another code works on this lock at the same time.</source>
        <translation>Ein weiterer Code gilt zur selben Zeit für dieses Schloss.</translation>
    </message>
    <message>
        <source>Click or press Enter to open it in History.</source>
        <translation>Klicken oder Eingabetaste drücken, um ihn im Verlauf zu öffnen.</translation>
    </message>
    <message>
        <source>No locks match the group and search.</source>
        <translation>Keine Schlösser passen zu Gruppe und Suche.</translation>
    </message>
    <message>
        <source>In doubt: %1</source>
        <translation>Ungeklärt: %1</translation>
    </message>
    <message>
        <source>Being issued: %1</source>
        <translation>Wird ausgegeben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n guests: %1</source>
        <translation>
            <numerusform>%n Gast: %1</numerusform>
            <numerusform>%n Gäste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Schloss</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Board — NetCode Desk</source>
        <translation>Plantafel — NetCode Desk</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <source>Scroll to the current time</source>
        <translation>Zur aktuellen Zeit scrollen</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>Ein Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>How many days fill the width (Ctrl+wheel, + and - on the board)</source>
        <translation>Wie viele Tage die Breite füllen (Strg+Mausrad, + und - auf der Plantafel)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Search locks</source>
        <translation>Schlösser suchen</translation>
    </message>
    <message>
        <source>Lock or group</source>
        <translation>Schloss oder Gruppe</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Red outline with a cross-hatched edge: two codes work on one lock at the same time. Hatched with a dashed red outline: a request in doubt, to be looked at. Flag: first-use deadline. Edge at the right end: expires today. Line: now.</source>
        <translation>Roter Rahmen mit schraffiertem Rand: Zwei Codes gelten zur selben Zeit für ein Schloss. Schraffiert mit gestricheltem rotem Rahmen: eine ungeklärte Anfrage, die geprüft werden muss. Fähnchen: Frist für die erste Nutzung. Kante am rechten Ende: läuft heute ab. Linie: jetzt.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
</context>
<context>
    <name>ChangeListener</name>
    <message numerus="yes">
        <source>The shared store's server has not answered for %n second(s).</source>
        <translation>
            <numerusform>Der Server der gemeinsamen Datenbank antwortet seit %n Sekunde nicht.</numerusform>
            <numerusform>Der Server der gemeinsamen Datenbank antwortet seit %n Sekunden nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The API URL must start with https:// (http:// only for this computer): %1</source>
        <translation>Die API-URL muss mit https:// beginnen (http:// nur für diesen Computer): %1</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout erwartet Sekunden von 1 bis 600.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation>--format erwartet csv oder json.</translation>
    </message>
    <message>
        <source>(not issued)</source>
        <translation>(nicht ausgegeben)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Codes written to %1: %2.</source>
        <translation>Codes geschrieben nach %1: %2.</translation>
    </message>
    <message>
        <source>--model must be one of KL1060, KL1060C2, KL1060G3, K3CONNECT.</source>
        <translation>--model muss KL1060, KL1060C2, KL1060G3 oder K3CONNECT sein.</translation>
    </message>
    <message>
        <source>A smart lock needs --access-key-env VARIABLE naming the environment variable that holds its access key.</source>
        <translation>Ein Smart-Schloss braucht --access-key-env VARIABLE mit dem Namen der Umgebungsvariable, die seinen Zugangsschlüssel enthält.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>--mode must be one of single-use, multi-use, rental, long-rental, end-date, 24-hour.</source>
        <translation>--mode muss single-use, multi-use, rental, long-rental, end-date oder 24-hour sein.</translation>
    </message>
    <message>
        <source>--length takes hours or days, for example 3h or 2d.</source>
        <translation>--length erwartet Stunden oder Tage, zum Beispiel 3h oder 2d.</translation>
    </message>
    <message>
        <source>--validation takes hours or days, for example 6h or 2d.</source>
        <translation>--validation erwartet Stunden oder Tage, zum Beispiel 6h oder 2d.</translation>
    </message>
    <message>
        <source>--end-date takes a date as YYYY-MM-DD.</source>
        <translation>--end-date erwartet ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--start takes "YYYY-MM-DD HH:MM", or a date alone for codes of whole days.</source>
        <translation>--start erwartet "JJJJ-MM-TT HH:MM" oder für ganze Tage nur ein Datum.</translation>
    </message>
    <message>
        <source>Say which lock: --lock NAME, or the lock inline with --model and its ids.</source>
        <translation>Welches Schloss? --lock NAME oder das Schloss direkt mit --model und seinen IDs.</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (Befehlszeile)</translation>
    </message>
    <message>
        <source>There is no lock called "%1". See: netcode-desk-cli locks list</source>
        <translation>Es gibt kein Schloss namens "%1". Siehe: netcode-desk-cli locks list</translation>
    </message>
    <message>
        <source>--zone is for a lock given inline; %1 keeps its own zone (%2).</source>
        <translation>--zone gilt nur für direkt angegebene Schlösser; %1 behält seine eigene Zeitzone (%2).</translation>
    </message>
    <message>
        <source>%1 is configured for %2; it cannot take a %3 code.</source>
        <translation>%1 ist für %2 eingerichtet; ein Code vom Typ %3 ist nicht möglich.</translation>
    </message>
    <message>
        <source>A long-term rental code needs --validation, for example 6h or 2d.</source>
        <translation>Ein Langzeitmiet-Code braucht --validation, zum Beispiel 6h oder 2d.</translation>
    </message>
    <message>
        <source>An End Date code needs --end-date YYYY-MM-DD (its last day).</source>
        <translation>Ein Enddatum-Code braucht --end-date JJJJ-MM-TT (seinen letzten Tag).</translation>
    </message>
    <message>
        <source>Say how long the code lasts: --length 3h or --length 2d.</source>
        <translation>Wie lange gilt der Code? --length 3h oder --length 2d.</translation>
    </message>
    <message>
        <source>The service offers no such %1 code for %2.%3</source>
        <translation>Der Dienst bietet keinen solchen %1-Code für %2 an.%3</translation>
    </message>
    <message>
        <source>No answer came in time.</source>
        <translation>Keine Antwort in der vorgesehenen Zeit.</translation>
    </message>
    <message>
        <source>Code %1 for %2</source>
        <translation>Code %1 für %2</translation>
    </message>
    <message>
        <source>Start sent: %1 (lock's clock), duration id %2</source>
        <translation>Gesendeter Beginn: %1 (Uhr des Schlosses), Dauer-ID %2</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge (use --fresh to ask the service again).</source>
        <translation>Aus dem Verlauf erneut ausgegeben — keine neue Gebühr (mit --fresh wird der Dienst erneut gefragt).</translation>
    </message>
    <message>
        <source>DEMO code — it will not open a real lock.</source>
        <translation>DEMO-Code — er öffnet kein echtes Schloss.</translation>
    </message>
    <message>
        <source>locks add needs --name and --model, and the lock's ids.</source>
        <translation>locks add braucht --name und --model sowie die IDs des Schlosses.</translation>
    </message>
    <message>
        <source>--mode must be one of standard, rental, long-rental, end-date, 24-hour.</source>
        <translation>--mode muss standard, rental, long-rental, end-date oder 24-hour sein.</translation>
    </message>
    <message>
        <source>Enter the access key again in the app (Edit lock) on a computer with a keychain.</source>
        <translation>Geben Sie den Zugangsschlüssel in der App erneut ein (Schloss bearbeiten), auf einem Computer mit Schlüsselbund.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Say which lock: netcode-desk-cli locks remove NAME</source>
        <translation>Welches Schloss? netcode-desk-cli locks remove NAME</translation>
    </message>
    <message>
        <source>There is no lock called "%1".</source>
        <translation>Es gibt kein Schloss namens "%1".</translation>
    </message>
    <message>
        <source>Removed %1; its codes stay in history.</source>
        <translation>%1 entfernt; seine Codes bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Say which file: netcode-desk-cli locks import FILE.csv</source>
        <translation>Welche Datei? netcode-desk-cli locks import DATEI.csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Rows with problems: %n. Correct them, or add --accept-valid to import only the rows without problems.</source>
        <translation>
            <numerusform>Nichts wurde importiert. Zeilen mit Fehlern: %n. Korrigieren Sie sie oder fügen Sie --accept-valid hinzu, um nur die fehlerfreien Zeilen zu importieren.</numerusform>
            <numerusform>Nichts wurde importiert. Zeilen mit Fehlern: %n. Korrigieren Sie sie oder fügen Sie --accept-valid hinzu, um nur die fehlerfreien Zeilen zu importieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locks imported: %n.</source>
        <translation>
            <numerusform>Importierte Schlösser: %n.</numerusform>
            <numerusform>Importierte Schlösser: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--k3connect needs --access-key-env VARIABLE holding the account's access key.</source>
        <translation>--k3connect braucht --access-key-env VARIABLE mit dem Zugangsschlüssel des Kontos.</translation>
    </message>
    <message>
        <source>Smart locks added: %1, updated: %2.</source>
        <translation>Smart-Schlösser hinzugefügt: %1, aktualisiert: %2.</translation>
    </message>
    <message>
        <source>locks takes one of: list, add, remove, import, export.</source>
        <translation>locks erwartet list, add, remove, import oder export.</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>The simulator cannot listen: %1</source>
        <translation>Der Simulator kann nicht lauschen: %1</translation>
    </message>
    <message>
        <source>Codelocks simulator listening on %1 (Ctrl+C to stop)</source>
        <translation>Codelocks-Simulator lauscht auf %1 (Strg+C zum Beenden)</translation>
    </message>
    <message>
        <source>NetCode Desk from the command line.</source>
        <translation>NetCode Desk auf der Befehlszeile.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>See: netcode-desk-cli --help</source>
        <translation>Siehe: netcode-desk-cli --help</translation>
    </message>
    <message>
        <source>Say what to do, for example: netcode-desk-cli %1 list</source>
        <translation>Was soll geschehen? Zum Beispiel: netcode-desk-cli %1 list</translation>
    </message>
    <message>
        <source>Unknown command "%1". See: netcode-desk-cli --help</source>
        <translation>Unbekannter Befehl "%1". Siehe: netcode-desk-cli --help</translation>
    </message>
    <message>
        <source>The export did not reach standard output: %1</source>
        <translation>Der Export hat die Standardausgabe nicht erreicht: %1</translation>
    </message>
    <message>
        <source>The same request is being issued at %1 right now: waiting for its answer instead of sending it again…</source>
        <translation>Dieselbe Anfrage wird gerade an %1 ausgegeben: Es wird auf ihre Antwort gewartet, statt sie erneut zu senden…</translation>
    </message>
    <message>
        <source>No answer came in time. The request may have been billed; see History.</source>
        <translation>Es kam keine rechtzeitige Antwort. Die Anfrage wurde eventuell berechnet; siehe Verlauf.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>die Ausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Standard output could not be written: %1</source>
        <translation>Die Standardausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Say which request: netcode-desk-cli history ask-again ID (the id from history list --json).</source>
        <translation>Welche Anfrage? netcode-desk-cli history ask-again ID (die id aus history list --json).</translation>
    </message>
    <message>
        <source>There is no history row %1.</source>
        <translation>Es gibt keinen Verlaufseintrag %1.</translation>
    </message>
    <message>
        <source>Row %1 is not in doubt (it is %2): there is nothing to ask again.</source>
        <translation>Eintrag %1 ist nicht ungeklärt (er ist %2): Es gibt nichts erneut zu fragen.</translation>
    </message>
    <message>
        <source>The lock of row %1 is not in the database (it was given inline): issue it again with the same options and --fresh.</source>
        <translation>Das Schloss von Eintrag %1 ist nicht in der Datenbank (es wurde direkt angegeben): Geben Sie den Code mit denselben Optionen und --fresh erneut aus.</translation>
    </message>
    <message>
        <source>Say what to do, for example: netcode-desk-cli store status --database URL</source>
        <translation>Was soll geschehen? Zum Beispiel: netcode-desk-cli store status --database URL</translation>
    </message>
    <message>
        <source>The store commands work on a shared store: give its address, for example --database postgresql://HOST/DATABASE</source>
        <translation>Die store-Befehle arbeiten mit einer gemeinsamen Datenbank: Geben Sie ihre Adresse an, zum Beispiel --database postgresql://HOST/DATENBANK</translation>
    </message>
    <message>
        <source>The shared store %1 is already set up (schema %2); nothing was changed.</source>
        <translation>Die gemeinsame Datenbank %1 ist bereits eingerichtet (Schema %2); es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Set up the shared store %1 (schema %2):</source>
        <translation>Gemeinsame Datenbank %1 eingerichtet (Schema %2):</translation>
    </message>
    <message>
        <source>Next, for each desk and each manager: createuser --pwprompt NAME (on the database server), then
  netcode-desk-cli store grant NAME --role desk|manager --database URL</source>
        <translation>Als Nächstes für jeden Empfang und jeden Manager: createuser --pwprompt NAME (auf dem Datenbankserver), dann
  netcode-desk-cli store grant NAME --role desk|manager --database URL</translation>
    </message>
    <message>
        <source>Say which login: netcode-desk-cli store grant LOGIN --role desk|manager --database URL</source>
        <translation>Welches Login? netcode-desk-cli store grant LOGIN --role desk|manager --database URL</translation>
    </message>
    <message>
        <source>--role takes desk (issue, search, reprint, export) or manager (also locks, settings, staff, retention).</source>
        <translation>--role erwartet desk (ausgeben, suchen, nachdrucken, exportieren) oder manager (zusätzlich Schlösser, Einstellungen, Personal, Aufbewahrung).</translation>
    </message>
    <message>
        <source>%1 already has the %2 role; nothing was changed.</source>
        <translation>%1 hat bereits die Rolle %2; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Say which file: netcode-desk-cli store import-sqlite FILE --database URL</source>
        <translation>Welche Datei? netcode-desk-cli store import-sqlite DATEI --database URL</translation>
    </message>
    <message>
        <source>Moved %1 into %2:</source>
        <translation>%1 nach %2 übernommen:</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n Code hinzugefügt</numerusform>
            <numerusform>%n Codes hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were still being issued in the file and are now in doubt (History, In doubt)</source>
        <translation>
            <numerusform>%n davon wurde in der Datei noch ausgegeben und ist jetzt ungeklärt (Verlauf, Ungeklärt)</numerusform>
            <numerusform>%n davon wurden in der Datei noch ausgegeben und sind jetzt ungeklärt (Verlauf, Ungeklärt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) added</source>
        <translation>
            <numerusform>%n Schloss hinzugefügt</numerusform>
            <numerusform>%n Schlösser hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (kept as they are)</source>
        <translation>
            <numerusform>%n bereits vorhanden (unverändert gelassen)</numerusform>
            <numerusform>%n bereits vorhanden (unverändert gelassen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request count(s) added</source>
        <translation>
            <numerusform>%n Anfragezähler hinzugefügt</numerusform>
            <numerusform>%n Anfragezähler hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Store:    %1</source>
        <translation>Datenbank:  %1</translation>
    </message>
    <message>
        <source>Schema:   %1</source>
        <translation>Schema:     %1</translation>
    </message>
    <message>
        <source>not set up (netcode-desk-cli store init)</source>
        <translation>nicht eingerichtet (netcode-desk-cli store init)</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identität:  %1</translation>
    </message>
    <message>
        <source>Login:    %1</source>
        <translation>Login:      %1</translation>
    </message>
    <message>
        <source>Role:     %1</source>
        <translation>Rolle:      %1</translation>
    </message>
    <message>
        <source>Unknown store command "%1": init, grant, import-sqlite or status.</source>
        <translation>Unbekannter store-Befehl "%1": init, grant, import-sqlite oder status.</translation>
    </message>
    <message>
        <source>The login %1 has the desk role on the shared store %2, and only a manager's login may do that. Run it again with a manager's login (--database postgresql://LOGIN@SERVER/DATABASE); nothing was changed.</source>
        <translation>Das Login %1 hat in der gemeinsamen Datenbank %2 die Rolle Empfang, und das darf nur das Login eines Managers. Führen Sie es mit dem Login eines Managers erneut aus (--database postgresql://LOGIN@SERVER/DATABASE); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>K3 Connect account: %1 smart lock(s) added, %2 updated</source>
        <translation>K3-Connect-Konto: Smart-Schlösser hinzugefügt: %1, aktualisiert: %2</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli staff add NAME --role desk|manager [--login DBLOGIN]; the PIN or password is read from standard input.</source>
        <translation>Aufruf: netcode-desk-cli staff add NAME --role desk|manager [--login DBLOGIN]; PIN oder Passwort werden von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>--role takes desk or manager.</source>
        <translation>--role erwartet desk oder manager.</translation>
    </message>
    <message>
        <source>--login is for managers: desk staff use the desk's own login.</source>
        <translation>--login ist für Manager: Das Personal am Empfang nutzt das eigene Login des Empfangs.</translation>
    </message>
    <message>
        <source>PIN or password for %1: </source>
        <translation>PIN oder Passwort für %1: </translation>
    </message>
    <message>
        <source>Again, to check: </source>
        <translation>Noch einmal zur Kontrolle: </translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed.</source>
        <translation>Die beiden Eingaben stimmen nicht überein; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Nobody is on the staff list.</source>
        <translation>Die Personalliste ist leer.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation>gesperrt bis %1 UTC</translation>
    </message>
    <message>
        <source>login %1</source>
        <translation>Login %1</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli staff deactivate NAME</source>
        <translation>Aufruf: netcode-desk-cli staff deactivate NAME</translation>
    </message>
    <message>
        <source>Nobody called "%1" is on the staff list.</source>
        <translation>Niemand namens "%1" steht auf der Personalliste.</translation>
    </message>
    <message>
        <source>%1 deactivated: they can no longer sign in; their history stays.</source>
        <translation>%1 deaktiviert: kann sich nicht mehr anmelden; der Verlauf bleibt.</translation>
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
        <translation>Aufruf: netcode-desk-cli staff BEFEHL [--database DATEI|URL]

Die Personen, die sich an den Empfängen anmelden (in einer gemeinsamen Datenbank eine Manager-Aktion):
  staff add NAME --role desk|manager [--login DBLOGIN]   eine Person hinzufügen; PIN oder Passwort kommen
                             von der Standardeingabe (am Terminal verdeckt getippt), nie als Argument;
                             --login nennt in einer gemeinsamen Datenbank das eigene Login eines Managers
  staff list [--json]        die Personalliste
  staff deactivate NAME      die Person kann sich nicht mehr anmelden; ihr Verlauf bleibt

Jede Änderung wird im Änderungsprotokoll als "(command line)" mit dem Benutzernamen dieses Computers vermerkt.
</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli audit list [--limit N] [--json] [--database FILE|URL]

Manager actions (locks, settings, staff, retention, lock-outs, desks moved in), newest first;
--limit N shows the newest N (100 unless given).
</source>
        <translation>Aufruf: netcode-desk-cli audit list [--limit N] [--json] [--database DATEI|URL]

Aktionen von Managern (Schlösser, Einstellungen, Personal, Aufbewahrung, Sperren, übernommene Empfänge), neueste zuerst;
--limit N zeigt die N neuesten (sonst 100).
</translation>
    </message>
    <message>
        <source>staff takes one of: add, list, deactivate.</source>
        <translation>staff erwartet eines von: add, list, deactivate.</translation>
    </message>
    <message>
        <source>audit takes: list.</source>
        <translation>audit erwartet: list.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 is a superuser: the server lets it do everything, whatever role it is given, so it cannot be a desk or a manager. Make an ordinary login for the desk or person (createuser --pwprompt NAME) and grant that; nothing was changed.</source>
        <translation>%1 ist ein Superuser: Der Server erlaubt ihm alles, egal welche Rolle es bekommt, daher kann es weder Empfang noch Manager sein. Legen Sie ein gewöhnliches Login für den Empfang oder die Person an (createuser --pwprompt NAME) und vergeben Sie die Rolle diesem; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is netcode_owner or a member of it: the owner of the store's tables is for setting up and updating the store (store init), not for a desk or a manager. Make an ordinary login for the desk or person (createuser --pwprompt NAME) and grant that; nothing was changed.</source>
        <translation>%1 ist netcode_owner oder Mitglied davon: Der Eigentümer der Tabellen der Datenbank dient zum Einrichten und Aktualisieren (store init), nicht für einen Empfang oder Manager. Legen Sie ein gewöhnliches Login für den Empfang oder die Person an (createuser --pwprompt NAME) und vergeben Sie die Rolle diesem; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Left behind from demo mode: %1 sample lock(s), %2 demo code(s), %3 demo request count(s)</source>
        <translation>Aus dem Demo-Modus zurückgelassen: Beispielschlösser: %1, Demo-Codes: %2, Demo-Anfragezähler: %3</translation>
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
        <translation>Aufruf: netcode-desk-cli store BEFEHL --database postgresql://[LOGIN@]SERVER[:PORT]/DATENBANK [--json]

Eine gemeinsame Datenbank (PostgreSQL) für ein Empfangsteam:
  store init                 die Datenbank einrichten: Rollen, Schema und Rechte; nach einem Update erneut
                             ausführen (mit einem Login, das Rollen anlegen darf, z. B. postgres)
  store grant LOGIN --role desk|manager   einem bestehenden, gewöhnlichen Login die Rolle desk oder manager geben
                             (nie einem Superuser oder netcode_owner)
  store import-sqlite DATEI  die eigene Datenbankdatei eines Empfangs übernehmen (mit dem Login eines Managers;
                             die Datei wird nur gelesen; Demo-Schlösser und Demo-Codes bleiben zurück; wiederholbar)
  store status               Schema und Identität der Datenbank, dieses Login und seine Rolle

--database kann entfallen, wenn NETCODE_DESK_DATABASE oder die Einstellungen die Datenbank nennen. Das Passwort
kommt aus der URL (nur für diesen Aufruf), dem Schlüsselbund, PGPASSWORD oder ~/.pgpass.
</translation>
    </message>
    <message>
        <source>To give this guest the same code too, add --share-code.</source>
        <translation>Um auch diesem Gast denselben Code zu geben, fügen Sie --share-code hinzu.</translation>
    </message>
    <message>
        <source>Shared with %1 (history row %2, issued %3): both guests open the same door with this code in the same window.</source>
        <translation>Geteilt mit %1 (Verlaufseintrag %2, ausgegeben am %3): Beide Gäste öffnen mit diesem Code dieselbe Tür im selben Zeitraum.</translation>
    </message>
    <message>
        <source>--arrive/--depart choose the start and the length themselves; leave out --%1.</source>
        <translation>--arrive/--depart wählen Beginn und Dauer selbst; lassen Sie --%1 weg.</translation>
    </message>
    <message>
        <source>A stay needs --depart "YYYY-MM-DD HH:MM" (the guest's departure).</source>
        <translation>Ein Aufenthalt braucht --depart "JJJJ-MM-TT HH:MM" (die Abreise des Gastes).</translation>
    </message>
    <message>
        <source>--depart takes "YYYY-MM-DD HH:MM" (wall time in the lock's zone).</source>
        <translation>--depart erwartet "JJJJ-MM-TT HH:MM" (Ortszeit in der Zeitzone des Schlosses).</translation>
    </message>
    <message>
        <source>--arrive takes "YYYY-MM-DD HH:MM" (wall time in the lock's zone).</source>
        <translation>--arrive erwartet "JJJJ-MM-TT HH:MM" (Ortszeit in der Zeitzone des Schlosses).</translation>
    </message>
    <message>
        <source>history takes one of: list, export, ask-again, email.</source>
        <translation>history erwartet eines von: list, export, ask-again, email.</translation>
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
        <translation>Aufruf: netcode-desk-cli BEFEHL [Optionen]

Befehle:
  issue                 einen Code ausgeben (oder kostenlos aus dem Verlauf erneut ausgeben)
  locks list            die Schlösser des Empfangs auflisten
  locks add             ein Schloss hinzufügen (--name, --model und seine IDs, --mode, --group)
  locks remove NAME     ein Schloss entfernen (seine Codes bleiben im Verlauf)
  locks import DATEI    Schlösser aus CSV importieren (nichts, außer alle Zeilen sind gültig, oder --accept-valid)
  locks import --k3connect --access-key-env VAR   die Smart Locks eines K3-Connect-Kontos importieren
  locks export          die Schlösser als CSV schreiben (--output DATEI, Standard: Standardausgabe)
  history list          letzte Codes (--search TEXT, --limit N)
  history export        alle passenden Codes als CSV oder JSON (--format, --output DATEI)
  history ask-again ID  eine ungeklärte Anfrage (keine Antwort gespeichert) erneut senden: wird erneut berechnet
  history email ID ADRESSE   einen Code per E-Mail über den Mailserver des Standorts an seinen Gast senden
                        (--attach-slip, --language de|en|es|fr|nl)
  simulator             den eingebauten Codelocks-Simulator starten (--port N, --require-key SCHLÜSSEL)
  store init            eine gemeinsame Datenbank (PostgreSQL) einrichten: Rollen, Schema, Rechte (--database URL)
  store grant LOGIN     einem vorhandenen Login die Rolle Empfang oder Manager geben (--role desk|manager)
  store import-sqlite DATEI   die eigene Datenbankdatei eines Empfangs in die gemeinsame Datenbank übernehmen
  store status          Schema und Identität der gemeinsamen Datenbank sowie die Rolle dieses Logins
  staff add NAME --role desk|manager [--login DBLOGIN]   eine Person hinzufügen (PIN oder Passwort von
                        der Standardeingabe)
  staff list            die Personalliste (--json)
  staff deactivate NAME eine Person kann sich nicht mehr anmelden (ihr Verlauf bleibt)
  audit list            Aktionen von Managern, neueste zuerst (--limit N, --json)

Einen Code für ein Schloss aus der Datenbank ausgeben:
  netcode-desk-cli issue --lock "Room 101" --length 3h --start "2027-07-14 15:00" --guest "Ana"
oder für ein direkt angegebenes Schloss:
  --model KL1060G3 --timecode 202604221226 --lock-id 921239
  --model K3CONNECT --smart-lock-id &lt;32 hex&gt; --access-key-env VARIABLE
  --zone Europe/London, --clock-follows-dst / --no-clock-follows-dst (Standard: wie das Modell)
Codes: --mode single-use|multi-use|rental|long-rental|end-date|24-hour, --length 3h|2d|14d,
  --start "JJJJ-MM-TT HH:MM" (Ortszeit in der Zeitzone des Schlosses; nur ein Datum für ganze Tage),
  --end-date JJJJ-MM-TT, --validation 6h|2d, --guest, --room, --ref, --fresh (den Dienst fragen,
  auch wenn der Verlauf genau diese Anfrage enthält), --timeout SEKUNDEN, --json.
  Ein Code, den bereits ein anderer Gast hat (gleiches Schloss, gleicher Beginn, gleiche Dauer), wird
  abgelehnt (Exit 2, nichts gesendet), außer --share-code gibt an, ihn auch diesem Gast zu geben.
  --email ADRESSE sendet den Code per E-Mail an den Gast, sobald er im Verlauf steht (--attach-slip hängt
  den Beleg als PDF an, --language CODE die Sprache des Gastes); das Passwort kommt aus dem Schlüsselbund
  oder aus NETCODE_DESK_MAIL_PASSWORD.
Nach Aufenthalt statt Beginn und Dauer: --arrive "JJJJ-MM-TT HH:MM" (Standard: jetzt) und
  --depart "JJJJ-MM-TT HH:MM" (Ortszeit in der Zeitzone des Schlosses) wählen Beginn und Dauer (oder
  Enddatum), die den ganzen Aufenthalt mit dem geringsten Überhang abdecken; ein Aufenthalt, den nichts
  abdeckt, wird abgelehnt (Exit 2).

Der API-Schlüssel kommt aus NETCODE_DESK_API_KEY oder dem Schlüsselbund des Systems; ohne beides (oder
mit --demo) antwortet der eingebaute Simulator und die Codes sind DEMO-Codes. --api-url (oder
NETCODE_DESK_API_URL) ersetzt den API-Host für diesen Aufruf; --database (oder NETCODE_DESK_DATABASE)
wählt die Datenbank.

Exit-Codes: 0 Erfolg; 1 die Datenbank oder eine Datei konnte nicht verwendet werden; 2 ungültige Eingabe
oder Aufruf (nichts gesendet); 3 der Dienst hat die Anfrage abgelehnt; 4 Dienst- oder Netzwerkfehler (5xx,
Zeitüberschreitung, offline, unbrauchbare Antwort); 5 ein Code kam zurück, hat aber die Plausibilitätsprüfung
nicht bestanden; 6 der Code ist ausgegeben, aber die E-Mail wurde nicht gesendet (im Eintrag vermerkt).
Eine Manager-Aktion, die einem Empfangs-Login verweigert wird, endet ebenfalls mit Exit 2
(nichts wurde geändert).
</translation>
    </message>
    <message>
        <source>The history could not be read to its end: the export is incomplete.</source>
        <translation>Der Verlauf konnte nicht bis zum Ende gelesen werden: der Export ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>CliEmail</name>
    <message>
        <source>--attach-slip goes with --email ADDRESS.</source>
        <translation>--attach-slip gehört zu --email ADRESSE.</translation>
    </message>
    <message>
        <source>--email: %1 Nothing was sent.</source>
        <translation>--email: %1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>--language takes one of: %1.</source>
        <translation>--language erwartet eines von: %1.</translation>
    </message>
    <message>
        <source>No mail server is set up for this site (a manager sets one in Settings, Email). Nothing was sent.</source>
        <translation>Für diesen Standort ist kein Mailserver eingerichtet (ein Manager richtet ihn in den Einstellungen unter E-Mail ein). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Say which code and to whom: netcode-desk-cli history email ID ADDRESS (the id from history list --json).</source>
        <translation>Geben Sie an, welcher Code an wen geht: netcode-desk-cli history email ID ADRESSE (die ID aus history list --json).</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>There is no history row %1.</source>
        <translation>Es gibt keinen Verlaufseintrag %1.</translation>
    </message>
    <message>
        <source>Row %1 holds no code to email.</source>
        <translation>Eintrag %1 enthält keinen Code zum Versenden.</translation>
    </message>
    <message>
        <source>The email did not finish in time; whether it was sent is not known.</source>
        <translation>Die E-Mail wurde nicht rechtzeitig fertig; ob sie gesendet wurde, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Emailed to %1.</source>
        <translation>Per E-Mail an %1 gesendet.</translation>
    </message>
    <message>
        <source>Email not sent: %1</source>
        <translation>E-Mail nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The code is in history (row %1); send it again with: netcode-desk-cli history email %1 ADDRESS</source>
        <translation>Der Code steht im Verlauf (Eintrag %1); erneut senden mit: netcode-desk-cli history email %1 ADRESSE</translation>
    </message>
    <message>
        <source>The email to %1 was sent, but history could not record it: %2</source>
        <translation>Die E-Mail an %1 wurde gesendet, aber der Verlauf konnte sie nicht festhalten: %2</translation>
    </message>
    <message>
        <source>The email to %1 was not sent (%2), and history could not record the attempt: %3</source>
        <translation>Die E-Mail an %1 wurde nicht gesendet (%2), und der Verlauf konnte den Versuch nicht festhalten: %3</translation>
    </message>
    <message>
        <source>The email may have been sent: %1</source>
        <translation>Die E-Mail wurde möglicherweise gesendet: %1</translation>
    </message>
</context>
<context>
    <name>ClockFrame</name>
    <message>
        <source>%1, follows daylight saving</source>
        <translation>%1, folgt der Sommerzeit</translation>
    </message>
    <message>
        <source>%1 standard time all year (%2, no daylight saving)</source>
        <translation>%1 ganzjährig Normalzeit (%2, keine Sommerzeit)</translation>
    </message>
</context>
<context>
    <name>CodeEmailer</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try emailing again</source>
        <translation>E-Mail erneut senden</translation>
    </message>
    <message>
        <source>the desk's language</source>
        <translation>die Sprache des Empfangs</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-Mail…</translation>
    </message>
    <message>
        <source>History could not record this: %1</source>
        <translation>Der Verlauf konnte dies nicht speichern: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Emailed to %1 at %2.</source>
        <translation>Per E-Mail an %1 gesendet (%2).</translation>
    </message>
    <message>
        <source>Not emailed: %1</source>
        <translation>Nicht per E-Mail gesendet: %1</translation>
    </message>
    <message>
        <source>Not emailed to %1: %2</source>
        <translation>Nicht per E-Mail an %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No email program is set up on this computer. Use Copy message and paste it into your email instead.</source>
        <translation>Auf diesem Computer ist kein E-Mail-Programm eingerichtet. Nutzen Sie „Nachricht kopieren“ und fügen Sie sie in Ihre E-Mail ein.</translation>
    </message>
    <message>
        <source>May have been emailed to %1: %2</source>
        <translation>Möglicherweise per E-Mail an %1 gesendet: %2</translation>
    </message>
</context>
<context>
    <name>CodeFormat</name>
    <message>
        <source>The service answered without a code. Nothing was issued; try again in a moment.</source>
        <translation>Der Dienst hat ohne Code geantwortet. Es wurde nichts ausgegeben; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The service returned something that is not a keypad code. Do not give it to the guest; check the lock's model in its settings.</source>
        <translation>Der Dienst hat etwas zurückgegeben, das kein Tastencode ist. Geben Sie es nicht an den Gast weiter; prüfen Sie das Modell in den Einstellungen des Schlosses.</translation>
    </message>
    <message>
        <source>The service returned a %1-digit code, but a %2 expects %3 digits. The lock's model is probably set wrongly: the code would not open the lock, so it is not shown. Check the model in the lock's settings.</source>
        <translation>Der Dienst hat einen %1-stelligen Code zurückgegeben, ein %2 erwartet aber %3 Stellen. Das Modell des Schlosses ist wahrscheinlich falsch eingestellt: Der Code würde das Schloss nicht öffnen und wird daher nicht angezeigt. Prüfen Sie das Modell in den Einstellungen des Schlosses.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quote inside an unquoted cell.</source>
        <translation>Zeile %1: ein Anführungszeichen in einer Zelle ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation>Zeile %1: eine Zelle in Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>CurlLibrary</name>
    <message>
        <source>the mail library libcurl (package libcurl4) cannot be loaded: %1</source>
        <translation>die Mail-Bibliothek libcurl (Paket libcurl4) kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the mail library %1 is too old for this program (it lacks %2)</source>
        <translation>die Mail-Bibliothek %1 ist zu alt für dieses Programm (ihr fehlt %2)</translation>
    </message>
    <message>
        <source>the mail library libcurl could not start</source>
        <translation>die Mail-Bibliothek libcurl konnte nicht starten</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>This database was written by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk; the file has not been changed.</source>
        <translation>Diese Datenbank stammt von einer neueren Version von NetCode Desk (Schema %1; diese Version kennt bis %2). Aktualisieren Sie NetCode Desk; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot update the database: %1</source>
        <translation>Die Datenbank kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot update the database to schema %1: %2</source>
        <translation>Die Datenbank kann nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>A restore from a backup is waiting, but another NetCode Desk program has this database open, so the database was not changed. The restore is done the next time NetCode Desk starts while no other NetCode Desk program uses this database.</source>
        <translation>Eine Wiederherstellung aus einer Sicherung steht aus, aber ein anderes NetCode-Desk-Programm hat diese Datenbank geöffnet, daher wurde die Datenbank nicht verändert. Die Wiederherstellung erfolgt beim nächsten Start von NetCode Desk, wenn kein anderes NetCode-Desk-Programm diese Datenbank verwendet.</translation>
    </message>
    <message>
        <source>A restore from a backup is waiting, but the folder of this database does not support file locks, so NetCode Desk cannot tell whether another program uses the database, and did not change it. Move the database to a local disk to restore.</source>
        <translation>Eine Wiederherstellung aus einer Sicherung steht aus, aber der Ordner dieser Datenbank unterstützt keine Dateisperren. NetCode Desk kann daher nicht erkennen, ob ein anderes Programm die Datenbank verwendet, und hat sie nicht verändert. Verschieben Sie die Datenbank auf ein lokales Laufwerk, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>The folder %1 that holds the database is read-only, and NetCode Desk must be able to write files next to the database (its journal and lock file). Make the folder writable and start again; nothing was changed.</source>
        <translation>Der Ordner %1 mit der Datenbank ist schreibgeschützt, und NetCode Desk muss neben der Datenbank Dateien schreiben können (ihr Journal und ihre Sperrdatei). Machen Sie den Ordner beschreibbar und starten Sie NetCode Desk neu; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file, its folder or its disk), so NetCode Desk cannot record codes in it. Make it writable and start again; nothing was changed.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt (die Datei, ihr Ordner oder ihr Laufwerk), daher kann NetCode Desk keine Codes darin speichern. Machen Sie sie beschreibbar und starten Sie NetCode Desk neu; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it, and it did not let go within %2 seconds. Nothing was changed; try again in a moment, and if it keeps happening, close the program that holds the database.</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt, das gerade in sie schreibt, und wurde nicht innerhalb von %2 Sekunden freigegeben. Es wurde nichts verändert; versuchen Sie es gleich noch einmal, und wenn es wieder vorkommt, schließen Sie das Programm, das die Datenbank belegt.</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full, so NetCode Desk cannot write to it. Free some space and start again; nothing was changed.</source>
        <translation>Das Laufwerk mit der Datenbank %1 ist voll, daher kann NetCode Desk nicht darauf schreiben. Geben Sie Speicherplatz frei und starten Sie NetCode Desk neu; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The file %1 is not a NetCode Desk database: SQLite does not recognise it as a database (%2).</source>
        <translation>Die Datei %1 ist keine NetCode-Desk-Datenbank: SQLite erkennt sie nicht als Datenbank (%2).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite reports "%2".</source>
        <translation>Die Datenbank %1 ist beschädigt: SQLite meldet "%2".</translation>
    </message>
    <message>
        <source>The database %1 cannot be read or written (%2). Check that its disk or network share is there and that you may use the file; nothing was changed.</source>
        <translation>Die Datenbank %1 kann nicht gelesen oder geschrieben werden (%2). Prüfen Sie, ob ihr Laufwerk oder ihre Netzwerkfreigabe verfügbar ist und ob Sie die Datei verwenden dürfen; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program is restoring or repairing the database %1. Try again in a minute.</source>
        <translation>Ein anderes NetCode-Desk-Programm stellt die Datenbank %1 gerade wieder her oder repariert sie. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program is busy with this database, so the file was left as it is. Try again in a minute.</source>
        <translation>Ein anderes NetCode-Desk-Programm arbeitet gerade mit dieser Datenbank, daher wurde die Datei unverändert gelassen. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The folder of this database does not support file locks, so NetCode Desk cannot tell whether another program uses it, and left the file as it is.</source>
        <translation>Der Ordner dieser Datenbank unterstützt keine Dateisperren. NetCode Desk kann daher nicht erkennen, ob ein anderes Programm sie verwendet, und hat die Datei unverändert gelassen.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program has this database open, so the file was left as it is. Close NetCode Desk wherever it uses this database (desks and scripts), then start it again to put the newest good backup in its place.</source>
        <translation>Ein anderes NetCode-Desk-Programm hat diese Datenbank geöffnet, daher wurde die Datei unverändert gelassen. Schließen Sie NetCode Desk überall, wo es diese Datenbank verwendet (Empfänge und Skripte), und starten Sie es dann erneut, um die neueste gute Sicherung an ihre Stelle zu setzen.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be opened (Windows error %2).</source>
        <translation>Die Sperrdatei %1 kann nicht geöffnet werden (Windows-Fehler %2).</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be opened: %2</source>
        <translation>Die Sperrdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This computer cannot reach a shared store: Qt's PostgreSQL driver is not installed (Debian and Ubuntu: the package libqt6sql6-psql).</source>
        <translation>Dieser Computer kann keine gemeinsame Datenbank erreichen: Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian und Ubuntu: das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be reached: no server answered (%2). Check that the server is running and that this computer's network reaches it; nothing was changed.</source>
        <translation>Die gemeinsame Datenbank %1 ist nicht erreichbar: Kein Server hat geantwortet (%2). Prüfen Sie, ob der Server läuft und ob das Netzwerk dieses Computers ihn erreicht; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The shared store %1 refused the login: the user name or password is wrong, or no password was given (%2).</source>
        <translation>Die gemeinsame Datenbank %1 hat die Anmeldung abgelehnt: Benutzername oder Passwort ist falsch, oder es wurde kein Passwort angegeben (%2).</translation>
    </message>
    <message>
        <source>The server has no database by the name given in %1. Check the name after the last "/" of the address.</source>
        <translation>Der Server hat keine Datenbank mit dem in %1 angegebenen Namen. Prüfen Sie den Namen nach dem letzten "/" der Adresse.</translation>
    </message>
    <message>
        <source>The database %1 holds no NetCode Desk store. A manager sets one up with "netcode-desk-cli store init --database URL" (or Settings, Shared store, Set up); nothing was changed.</source>
        <translation>Die Datenbank %1 enthält keine NetCode-Desk-Daten. Ein Manager richtet sie mit "netcode-desk-cli store init --database URL" ein (oder unter Einstellungen, Gemeinsame Datenbank, Einrichten); es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database %1 has a schema named "netcode" that NetCode Desk did not make, so it was left alone. Use another database for the shared store.</source>
        <translation>Die Datenbank %1 hat ein Schema namens "netcode", das nicht von NetCode Desk stammt, daher wurde sie nicht angerührt. Verwenden Sie eine andere Datenbank als gemeinsame Datenbank.</translation>
    </message>
    <message>
        <source>The shared store %1 must be updated for this version of NetCode Desk, and this login may not change its tables. A manager runs "netcode-desk-cli store init --database URL" once; nothing was changed.</source>
        <translation>Die gemeinsame Datenbank %1 muss für diese Version von NetCode Desk aktualisiert werden, und dieses Login darf ihre Tabellen nicht ändern. Ein Manager führt einmal "netcode-desk-cli store init --database URL" aus; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Only a shared store has database logins to switch.</source>
        <translation>Nur eine gemeinsame Datenbank hat Datenbank-Logins, zwischen denen gewechselt werden kann.</translation>
    </message>
    <message>
        <source>The desk's own login could not reconnect either: %1</source>
        <translation>Auch das eigene Login des Empfangs konnte sich nicht wieder verbinden: %1</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be used with this login: the login %2 is not a member of netcode_desk or netcode_manager; ask whoever set up the store to run: netcode-desk-cli store grant %2 --role desk</source>
        <translation>Die gemeinsame Datenbank %1 kann mit diesem Login nicht genutzt werden: Das Login %2 ist kein Mitglied von netcode_desk oder netcode_manager; bitten Sie die Person, die die Datenbank eingerichtet hat, Folgendes auszuführen: netcode-desk-cli store grant %2 --role desk</translation>
    </message>
    <message>
        <source>The shared store %1 was written by a newer version of NetCode Desk (schema %2; this version knows up to %3). Update NetCode Desk on this computer; the store has not been changed.</source>
        <translation>Die gemeinsame Datenbank %1 wurde von einer neueren Version von NetCode Desk geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie NetCode Desk auf diesem Computer; die Datenbank wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The backup could not be written (%1). Check the free space in %2.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden (%1). Prüfen Sie den freien Speicher in %2.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied next to the database.</source>
        <translation>Die Sicherung %1 konnte nicht neben die Datenbank kopiert werden.</translation>
    </message>
    <message>
        <source>The backup chosen for restoring could not be put in place; the database was not changed.</source>
        <translation>Die gewählte Sicherung konnte nicht eingesetzt werden; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database was restored from the chosen backup. The database as it was before is kept as %1.</source>
        <translation>Die Datenbank wurde aus der gewählten Sicherung wiederhergestellt. Die vorherige Datenbank bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>the copy does not carry the database's identity</source>
        <translation>die Kopie trägt nicht die Kennung der Datenbank</translation>
    </message>
    <message>
        <source>it could not be flushed to the disk</source>
        <translation>sie konnte nicht vollständig auf das Laufwerk geschrieben werden</translation>
    </message>
    <message>
        <source>The backup %1 was not kept: %2</source>
        <translation>Die Sicherung %1 wurde nicht behalten: %2</translation>
    </message>
    <message>
        <source>the file is missing or empty</source>
        <translation>die Datei fehlt oder ist leer</translation>
    </message>
    <message>
        <source>it is not a NetCode Desk database</source>
        <translation>sie ist keine NetCode-Desk-Datenbank</translation>
    </message>
    <message>
        <source>it was written by a newer version of NetCode Desk</source>
        <translation>sie wurde von einer neueren Version von NetCode Desk geschrieben</translation>
    </message>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>die Integritätsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2.</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a backup of another database, not of this one (%2), so it cannot be restored here.</source>
        <translation>%1 ist eine Sicherung einer anderen Datenbank, nicht dieser (%2), und kann daher hier nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>it is a backup of another database</source>
        <translation>sie ist eine Sicherung einer anderen Datenbank</translation>
    </message>
    <message>
        <source>The backup chosen for restoring was not put in place (%1); the database was not changed. The chosen copy is kept as %2.</source>
        <translation>Die zur Wiederherstellung gewählte Sicherung wurde nicht eingesetzt (%1); die Datenbank wurde nicht verändert. Die gewählte Kopie bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <source>it does not say which database it belongs to</source>
        <translation>sie gibt nicht an, zu welcher Datenbank sie gehört</translation>
    </message>
    <message>
        <source>The file has been left as it is: there is no backup of this database to restore yet.</source>
        <translation>Die Datei wurde unverändert gelassen: Es gibt noch keine Sicherung dieser Datenbank zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>The file has been left as it is: no backup of this database passed its check (%1).</source>
        <translation>Die Datei wurde unverändert gelassen: Keine Sicherung dieser Datenbank hat ihre Prüfung bestanden (%1).</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied next to the database (is the disk full?); the damaged file was left as it is.</source>
        <translation>Die Sicherung %1 konnte nicht neben die Datenbank kopiert werden (ist das Laufwerk voll?); die beschädigte Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The damaged database could not be moved aside; it was left as it is.</source>
        <translation>Die beschädigte Datenbank konnte nicht beiseitegelegt werden; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1); the damaged file was left as it is.</source>
        <translation>Die Sicherung konnte nicht eingesetzt werden (%1); die beschädigte Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The database was damaged, so NetCode Desk put the newest good backup of it in its place: %1, written %2. The damaged file is kept as %3; codes issued after that backup may be found in it.</source>
        <translation>Die Datenbank war beschädigt, daher hat NetCode Desk die neueste gute Sicherung an ihre Stelle gesetzt: %1 vom %2. Die beschädigte Datei bleibt als %3 erhalten; Codes, die nach dieser Sicherung ausgegeben wurden, finden sich eventuell darin.</translation>
    </message>
    <message>
        <source>Newer backups that failed their check were left alone: %1.</source>
        <translation>Neuere Sicherungen, die ihre Prüfung nicht bestanden haben, wurden nicht angetastet: %1.</translation>
    </message>
</context>
<context>
    <name>DurationCatalogueService</name>
    <message>
        <source>The service's list of lengths was empty.</source>
        <translation>Die Liste der Dauern vom Dienst war leer.</translation>
    </message>
</context>
<context>
    <name>DurationOption</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>first use within %1</source>
        <translation>erste Nutzung innerhalb von %1</translation>
    </message>
</context>
<context>
    <name>EmailCodeDialog</name>
    <message>
        <source>&amp;Attach the slip as PDF</source>
        <translation>&amp;Beleg als PDF anhängen</translation>
    </message>
    <message>
        <source>Email the code</source>
        <translation>Code per E-Mail senden</translation>
    </message>
    <message>
        <source>Guest's email address</source>
        <translation>E-Mail-Adresse des Gastes</translation>
    </message>
    <message>
        <source>guest@example.com</source>
        <translation>gast@example.com</translation>
    </message>
    <message>
        <source>The code for %1.</source>
        <translation>Der Code für %1.</translation>
    </message>
    <message>
        <source>Written in %1, the language chosen for this guest on the card.</source>
        <translation>Verfasst in %1, der für diesen Gast auf der Karte gewählten Sprache.</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Guest's email a&amp;ddress:</source>
        <translation>E-&amp;Mail-Adresse des Gastes:</translation>
    </message>
    <message>
        <source>Written in %1, the language this code was last emailed in.</source>
        <translation>Verfasst in %1, der Sprache, in der dieser Code zuletzt per E-Mail gesendet wurde.</translation>
    </message>
    <message>
        <source>Written in %1, the desk's language: no earlier email of this code says which language the guest reads.</source>
        <translation>Verfasst in %1, der Sprache des Empfangs: Keine frühere E-Mail dieses Codes verrät, welche Sprache der Gast liest.</translation>
    </message>
</context>
<context>
    <name>GuestMail</name>
    <message>
        <source>NetCode Desk: test email</source>
        <translation>NetCode Desk: Test-E-Mail</translation>
    </message>
    <message>
        <source>NetCode Desk: test email from %1</source>
        <translation>NetCode Desk: Test-E-Mail von %1</translation>
    </message>
    <message>
        <source>This is a test email from NetCode Desk. The mail server settings work: codes can be emailed to guests.</source>
        <translation>Dies ist eine Test-E-Mail von NetCode Desk. Die Mailserver-Einstellungen funktionieren: Codes können per E-Mail an Gäste gesendet werden.</translation>
    </message>
</context>
<context>
    <name>GuestMailService</name>
    <message>
        <source>No mail server is set up: a manager sets one in Settings.</source>
        <translation>Es ist kein Mailserver eingerichtet: Ein Manager richtet ihn in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>This row holds no code to email.</source>
        <translation>Dieser Eintrag enthält keinen Code zum Versenden.</translation>
    </message>
    <message>
        <source>The slip could not be made into a PDF here; nothing was sent. Send it without the slip.</source>
        <translation>Der Beleg konnte hier nicht als PDF erstellt werden; es wurde nichts gesendet. Senden Sie die E-Mail ohne Beleg.</translation>
    </message>
    <message>
        <source>Give the mail server's host name and a From address first.</source>
        <translation>Geben Sie zuerst den Hostnamen des Mailservers und eine Absenderadresse an.</translation>
    </message>
    <message>
        <source>The mail server's password could not be read from the keychain: %1</source>
        <translation>Das Passwort des Mailservers konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>An email with this code is already being sent to %1; nothing was sent again. Wait for its outcome.</source>
        <translation>Eine E-Mail mit diesem Code wird gerade an %1 gesendet; es wurde nichts erneut gesendet. Warten Sie das Ergebnis ab.</translation>
    </message>
    <message>
        <source>An email with this code is already being sent to %1 (from another desk or program); nothing was sent again. Wait for its outcome.</source>
        <translation>Eine E-Mail mit diesem Code wird gerade an %1 gesendet (von einem anderen Empfang oder Programm); es wurde nichts erneut gesendet. Warten Sie das Ergebnis ab.</translation>
    </message>
</context>
<context>
    <name>GuestSlip</name>
    <message>
        <source>DEMO — will not open a real lock</source>
        <translation>DEMO — öffnet kein echtes Schloss</translation>
    </message>
    <message>
        <source>Your access code</source>
        <translation>Ihr Zugangscode</translation>
    </message>
    <message>
        <source>Need help? Call %1</source>
        <translation>Hilfe? Rufen Sie %1 an</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>Ausgegeben %1 von %2</translation>
    </message>
    <message>
        <source>the front desk</source>
        <translation>dem Empfang</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Your code for %1 is %2</source>
        <translation>Ihr Code für %1 lautet %2</translation>
    </message>
    <message>
        <source>Your access code for %1</source>
        <translation>Ihr Zugangscode für %1</translation>
    </message>
    <message>
        <source>Your access code for %1 at %2</source>
        <translation>Ihr Zugangscode für %1 im %2</translation>
    </message>
    <message>
        <source>Access code for %1</source>
        <translation>Zugangscode für %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>On a guest slip: the lock's name, then the room or unit as the desk typed it ("Side door — 12")</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The slip cannot print %1: it is left out on paper (the message keeps it). Check the guest's name before printing.</source>
        <translation>Der Beleg kann %1 nicht drucken: Es fehlt auf dem Papier (in der Nachricht bleibt es erhalten). Prüfen Sie den Namen des Gastes vor dem Drucken.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Ausgegeben %1</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Reissued from history</source>
        <translation>Aus dem Verlauf erneut ausgegeben</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>In doubt</source>
        <extracomment>History status: the request may have been billed, and no code was received</extracomment>
        <translation>Ungeklärt</translation>
    </message>
    <message>
        <source>Being issued</source>
        <translation>Wird ausgegeben</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>Zimmer %1</translation>
    </message>
    <message>
        <source>%1 (room %2)</source>
        <translation>%1 (Zimmer %2)</translation>
    </message>
    <message>
        <source>Same code as %1, issued %2: both open the same door in the same window.</source>
        <translation>Derselbe Code wie bei %1, ausgegeben am %2: Beide öffnen dieselbe Tür im selben Zeitraum.</translation>
    </message>
    <message>
        <source>Same code as history row %1 (another guest).</source>
        <translation>Derselbe Code wie Verlaufseintrag %1 (ein anderer Gast).</translation>
    </message>
    <message>
        <source>Also held by %1 (given %2).</source>
        <translation>Auch an %1 vergeben (am %2).</translation>
    </message>
    <message numerus="yes">
        <source>Also held by %n other guest(s).</source>
        <translation>
            <numerusform>Auch an %n weiteren Gast vergeben.</numerusform>
            <numerusform>Auch an %n weitere Gäste vergeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryMailColumn</name>
    <message>
        <source>%1: emailed to %2</source>
        <translation>%1: per E-Mail an %2 gesendet</translation>
    </message>
    <message>
        <source>%1: refused by the mail server for %2</source>
        <translation>%1: vom Mailserver für %2 abgelehnt</translation>
    </message>
    <message>
        <source>%1: not sent to %2</source>
        <translation>%1: nicht an %2 gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>History's Email column: the mail server took the code's email</extracomment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Email… on this row sends it again.</source>
        <translation>„E-Mail…“ in diesem Eintrag sendet sie erneut.</translation>
    </message>
    <message>
        <source>%1: may have been sent to %2 — check with the guest</source>
        <translation>%1: möglicherweise an %2 gesendet — fragen Sie beim Gast nach</translation>
    </message>
    <message>
        <source>%1: sending to %2…</source>
        <translation>%1: wird an %2 gesendet…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>History's Email column: an email with the code is on its way to the mail server now</extracomment>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent (a later attempt failed)</source>
        <extracomment>History's Email column: an earlier email was taken by the mail server; the guest has the code</extracomment>
        <translation>Gesendet (ein späterer Versuch schlug fehl)</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <extracomment>History's Email column: the email went to the mail server but its answer never came</extracomment>
        <translation>Möglicherweise gesendet</translation>
    </message>
    <message>
        <source>The mail server may have the email: check with the guest before sending it again.</source>
        <translation>Der Mailserver hat die E-Mail möglicherweise: fragen Sie beim Gast nach, bevor Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reprint…</source>
        <translation>Erneut drucken…</translation>
    </message>
    <message>
        <source>Search history: guest, room, reference, lock or code</source>
        <translation>Verlauf durchsuchen: Gast, Zimmer, Buchung, Schloss oder Code</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>History of issued codes</source>
        <translation>Verlauf der ausgegebenen Codes</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Reprint slip…</source>
        <translation>Beleg erneut drucken…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Issue again…</source>
        <translation>Erneut ausgeben…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>A new code for the same lock and guest, for a new window</source>
        <translation>Ein neuer Code für dasselbe Schloss und denselben Gast, für einen neuen Zeitraum</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Codes anzeigen</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Jetzt aktiv</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Issued today</source>
        <translation>Heute ausgegeben</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Schloss</translation>
    </message>
    <message>
        <source>All locks</source>
        <translation>Alle Schlösser</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>Ab beliebigem Datum</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>Bis beliebigem Datum</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Ausgegeben ab</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Ausgegeben bis</translation>
    </message>
    <message>
        <source>Issue again for a new window…</source>
        <translation>Erneut ausgeben für einen neuen Zeitraum…</translation>
    </message>
    <message>
        <source>Ask again…</source>
        <extracomment>Send a request again whose answer never arrived (it may be billed again)</extracomment>
        <translation>Erneut fragen…</translation>
    </message>
    <message>
        <source>This request got no answer and may have been billed: ask the service again for its code (billed again)</source>
        <translation>Diese Anfrage hat keine Antwort erhalten und wurde eventuell berechnet: Den Dienst erneut nach ihrem Code fragen (wird erneut berechnet)</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Ungeklärt</translation>
    </message>
    <message>
        <source>No codes match “%1” with these filters.</source>
        <translation>Keine Codes passen zu „%1“ mit diesen Filtern.</translation>
    </message>
    <message>
        <source>No codes match “%1”. Search looks in guests, rooms, references, locks and codes.</source>
        <translation>Keine Codes passen zu „%1“. Die Suche umfasst Gäste, Zimmer, Buchungen, Schlösser und Codes.</translation>
    </message>
    <message>
        <source>No codes match these filters.</source>
        <translation>Keine Codes passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No codes issued yet.</source>
        <translation>Noch keine Codes ausgegeben.</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>The code could not be written to history: %1</source>
        <translation>Der Code konnte nicht in den Verlauf geschrieben werden: %1</translation>
    </message>
    <message>
        <source>History could not be trimmed: %1</source>
        <translation>Der Verlauf konnte nicht gekürzt werden: %1</translation>
    </message>
    <message>
        <source>The print could not be recorded in history: %1</source>
        <translation>Der Druck konnte nicht im Verlauf vermerkt werden: %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Schloss</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Room/unit</source>
        <translation>Zimmer/Einheit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgegeben von</translation>
    </message>
    <message>
        <source>— not issued —</source>
        <translation>— nicht ausgegeben —</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>The kind of NetCode: standard, rental or end-date; not a display or operating mode.</extracomment>
        <translation>Modus</translation>
    </message>
    <message>
        <source>First use by</source>
        <translation>Erste Nutzung bis</translation>
    </message>
    <message>
        <source>Start sent to the service: %1 (lock's clock)</source>
        <translation>An den Dienst gesendeter Beginn: %1 (Uhr des Schlosses)</translation>
    </message>
    <message>
        <source>— may have been billed, no code received —</source>
        <extracomment>No code was received for a request that may still have been billed by the service</extracomment>
        <translation>— evtl. berechnet, kein Code erhalten —</translation>
    </message>
    <message>
        <source>— being issued at %1 —</source>
        <translation>— wird an %1 ausgegeben —</translation>
    </message>
    <message>
        <source>The request is on its way from %1; its answer appears here.</source>
        <translation>Die Anfrage ist von %1 aus unterwegs; ihre Antwort erscheint hier.</translation>
    </message>
    <message>
        <source>Ask again from History (billed again) or check with the guest before issuing another code.</source>
        <translation>Fragen Sie im Verlauf erneut (wird erneut berechnet) oder klären Sie es mit dem Gast, bevor Sie einen weiteren Code ausgeben.</translation>
    </message>
    <message numerus="yes">
        <source>Slip printed %n time(s), last on %1.</source>
        <translation>
            <numerusform>Beleg %n-mal gedruckt, zuletzt am %1.</numerusform>
            <numerusform>Beleg %n-mal gedruckt, zuletzt am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>History's Length column for an End Date code: the last day it works ("until Tue 5 Jan")</extracomment>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 · shared</source>
        <extracomment>History's Code column for a code that two guests hold ("316 5133 · shared")</extracomment>
        <translation>%1 · geteilt</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>History's column for emailing the code to its guest</extracomment>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>IssueModes</name>
    <message>
        <source>Standard, multi-use</source>
        <translation>Standard, mehrfach nutzbar</translation>
    </message>
    <message>
        <source>Standard, single-use</source>
        <translation>Standard, einmal nutzbar</translation>
    </message>
    <message>
        <source>Medium-term rental (1–21 days)</source>
        <translation>Mittelfristige Miete (1–21 Tage)</translation>
    </message>
    <message>
        <source>Long-term rental (up to a year)</source>
        <translation>Langzeitmiete (bis zu einem Jahr)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Single-use</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Miete</translation>
    </message>
    <message>
        <source>Long rental</source>
        <translation>Langzeitmiete</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>Choose a lock on the left</source>
        <translation>Wählen Sie links ein Schloss</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <extracomment>The kind of NetCode: standard, rental or end-date; not a display or operating mode.</extracomment>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>The kind of NetCode: standard, rental or end-date; not a display or operating mode.</extracomment>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Start this hour</source>
        <translation>Beginn zur aktuellen Stunde</translation>
    </message>
    <message>
        <source>&amp;This hour</source>
        <translation>D&amp;iese Stunde</translation>
    </message>
    <message>
        <source>Start next hour</source>
        <translation>Beginn zur nächsten Stunde</translation>
    </message>
    <message>
        <source>Ne&amp;xt hour</source>
        <translation>Nächst&amp;e Stunde</translation>
    </message>
    <message>
        <source>Tonight &amp;00:00</source>
        <translation>Heute &amp;00:00</translation>
    </message>
    <message>
        <source>G&amp;uest name:</source>
        <translation>Name des &amp;Gastes:</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>Name des Gastes</translation>
    </message>
    <message>
        <source>&amp;Room/unit:</source>
        <translation>&amp;Zimmer/Einheit:</translation>
    </message>
    <message>
        <source>Room or unit</source>
        <translation>Zimmer oder Einheit</translation>
    </message>
    <message>
        <source>&amp;Booking reference:</source>
        <translation>Buchungsnumme&amp;r:</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Issue code</source>
        <translation>Code ausgeben</translation>
    </message>
    <message>
        <source>&amp;Issue code</source>
        <translation>Code a&amp;usgeben</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Wird ausgegeben…</translation>
    </message>
    <message>
        <source>Choose a lock to see when its code will be valid.</source>
        <translation>Wählen Sie ein Schloss, um zu sehen, wann sein Code gilt.</translation>
    </message>
    <message>
        <source>Validity preview</source>
        <translation>Vorschau der Gültigkeit</translation>
    </message>
    <message>
        <source>Refresh lengths from the service</source>
        <translation>Dauern vom Dienst neu laden</translation>
    </message>
    <message>
        <source>Refresh lengths</source>
        <translation>Dauern neu laden</translation>
    </message>
    <message>
        <source>Last day the code works</source>
        <translation>Letzter Tag, an dem der Code gilt</translation>
    </message>
    <message>
        <source>Start at the lock's next midnight</source>
        <translation>Beginn um die nächste Mitternacht des Schlosses</translation>
    </message>
    <message>
        <source>Round down and add an hour</source>
        <translation>Abrunden und eine Stunde hinzufügen</translation>
    </message>
    <message>
        <source>Round down and add an hour, so the guest &amp;keeps the time paid for</source>
        <translation>Abrunden und eine Stunde hinzufügen, damit der Gast die bezah&amp;lte Zeit behält</translation>
    </message>
    <message>
        <source>Fetching the lengths this model offers from the service…</source>
        <translation>Die für dieses Modell angebotenen Dauern werden vom Dienst geladen…</translation>
    </message>
    <message>
        <source>Lengths from the Codelocks service, fetched %1.</source>
        <translation>Dauern vom Codelocks-Dienst, geladen am %1.</translation>
    </message>
    <message>
        <source>Only the built-in standard lengths are available: the service's list could not be fetched. %1</source>
        <translation>Nur die eingebauten Standarddauern sind verfügbar: Die Liste des Dienstes konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Built-in standard lengths.</source>
        <translation>Eingebaute Standarddauern.</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Letzter T&amp;ag:</translation>
    </message>
    <message>
        <source>First use &amp;within:</source>
        <translation>Erste Nutzung innerh&amp;alb:</translation>
    </message>
    <message>
        <source>Tonight &amp;%1</source>
        <translation>Heute Nacht &amp;%1</translation>
    </message>
    <message>
        <source>The lock's next midnight, %1 on this clock</source>
        <translation>Die nächste Mitternacht des Schlosses, %1 auf dieser Uhr</translation>
    </message>
    <message>
        <source>This lock is set to %1, which the lengths known for %2 do not include. Refresh the lengths, or check the lock's model and NetCode mode in its settings.</source>
        <translation>Dieses Schloss ist auf %1 eingestellt, das in den für %2 bekannten Dauern nicht vorkommt. Laden Sie die Dauern neu oder prüfen Sie Modell und NetCode-Modus in den Einstellungen des Schlosses.</translation>
    </message>
    <message>
        <source>%1 does not take %2 codes: %3 is chosen.</source>
        <translation>%1 unterstützt keine %2-Codes: %3 wurde gewählt.</translation>
    </message>
    <message>
        <source>%1 is not offered for this lock: %2 is chosen.</source>
        <translation>%1 wird für dieses Schloss nicht angeboten: %2 wurde gewählt.</translation>
    </message>
    <message>
        <source>Issue as shown</source>
        <translation>Wie angezeigt ausgeben</translation>
    </message>
    <message>
        <source>Start at %1 instead</source>
        <translation>Stattdessen ab %1 beginnen</translation>
    </message>
    <message>
        <source>Issue the code as shown? It is charged now.</source>
        <translation>Code wie angezeigt ausgeben? Er wird jetzt berechnet.</translation>
    </message>
</context>
<context>
    <name>IssueService</name>
    <message>
        <source>Choose a valid start first.</source>
        <translation>Wählen Sie zuerst einen gültigen Beginn.</translation>
    </message>
    <message>
        <source>The access key for %1 is not stored on this computer. Enter it again in the lock's settings (Edit lock).</source>
        <translation>Der Zugangsschlüssel für %1 ist auf diesem Computer nicht gespeichert. Geben Sie ihn in den Einstellungen des Schlosses erneut ein (Schloss bearbeiten).</translation>
    </message>
    <message>
        <source>This code could not be saved in history (%1). Write it down now.</source>
        <translation>Dieser Code konnte nicht im Verlauf gespeichert werden (%1). Schreiben Sie ihn jetzt auf.</translation>
    </message>
    <message>
        <source>%1 has changed since this request was sent (its ids or model differ), so it cannot be asked again as it was. Issue a new code instead.</source>
        <translation>%1 hat sich seit dem Senden dieser Anfrage geändert (IDs oder Modell weichen ab), daher kann sie nicht unverändert erneut angefragt werden. Geben Sie stattdessen einen neuen Code aus.</translation>
    </message>
    <message>
        <source>The same request was being issued elsewhere and its record is gone. Nothing was sent from here; try again.</source>
        <translation>Dieselbe Anfrage wurde an anderer Stelle ausgegeben, und ihr Eintrag ist verschwunden. Von hier wurde nichts gesendet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The same request was just sent from %1 and got no code: %2 Nothing was sent from here.</source>
        <translation>Dieselbe Anfrage wurde gerade von %1 gesendet und hat keinen Code erhalten: %2 Von hier wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The same request is still being issued at %1. Nothing was sent from here, so nothing was billed twice; look for the code in History in a moment.</source>
        <translation>Dieselbe Anfrage wird noch an %1 ausgegeben. Von hier wurde nichts gesendet, also wurde nichts doppelt berechnet; sehen Sie gleich im Verlauf nach dem Code.</translation>
    </message>
    <message>
        <source>The same request was sent from %1 and no answer was recorded: it may have been billed. Nothing was sent from here. To ask again (billed again), use Ask again in History.</source>
        <translation>Dieselbe Anfrage wurde von %1 gesendet, und es wurde keine Antwort gespeichert; sie wurde eventuell berechnet. Von hier wurde nichts gesendet. Um erneut zu fragen (wird erneut berechnet), verwenden Sie Erneut fragen im Verlauf.</translation>
    </message>
    <message>
        <source>This request was sent to the built-in demo simulator; this desk now talks to the real Codelocks service, so it cannot be asked again here.</source>
        <translation>Diese Anfrage ging an den eingebauten Demo-Simulator; dieser Schalter arbeitet jetzt mit dem echten Codelocks-Dienst und kann sie hier nicht erneut fragen.</translation>
    </message>
    <message>
        <source>This request was sent to the real Codelocks service; this desk is in demo mode now, so it cannot be asked again here. Enter the site's API key in Settings first.</source>
        <translation>Diese Anfrage ging an den echten Codelocks-Dienst; dieser Schalter ist jetzt im Demo-Modus und kann sie hier nicht erneut fragen. Geben Sie zuerst den API-Schlüssel des Standorts in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>This code could not be saved in history: %1. Write it down now: History will show this request as in doubt, without its code.</source>
        <translation>Dieser Code konnte nicht im Verlauf gespeichert werden: %1. Schreiben Sie ihn jetzt auf: Der Verlauf zeigt diese Anfrage als ungeklärt, ohne ihren Code.</translation>
    </message>
    <message>
        <source>This request was sent before (from %1) and no answer was recorded: it may have been billed. Nothing was sent now. To ask again (billed again), use Ask again in History.</source>
        <translation>Diese Anfrage wurde schon einmal gesendet (von %1), und es wurde keine Antwort gespeichert; sie wurde eventuell berechnet. Jetzt wurde nichts gesendet. Um erneut zu fragen (wird erneut berechnet), verwenden Sie Erneut fragen im Verlauf.</translation>
    </message>
    <message>
        <source>This code already belongs to %1: issued %2 by %3 for the same lock, start and length, so both guests would open the same door with the same code in the same window. Nothing was sent. A different start gives a different code.</source>
        <translation>Dieser Code gehört bereits %1: am %2 von %3 für dasselbe Schloss, denselben Beginn und dieselbe Dauer ausgegeben, sodass beide Gäste mit demselben Code im selben Zeitraum dieselbe Tür öffnen würden. Es wurde nichts gesendet. Ein anderer Beginn ergibt einen anderen Code.</translation>
    </message>
    <message>
        <source>an unnamed desk user</source>
        <translation>ein Mitarbeiter am Empfang ohne Namen</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key is kept only until NetCode Desk closes. It was not written to any file.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (%1), daher wird der Schlüssel nur bis zum Schließen von NetCode Desk aufbewahrt. Er wurde in keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>LateStart</name>
    <message>
        <source>The guest must use this code for the first time by %1, only %2 from now.</source>
        <translation>Der Gast muss diesen Code erstmals bis %1 nutzen, also schon in %2.</translation>
    </message>
    <message>
        <source>The guest must use this code for the first time by %1, in the middle of the night.</source>
        <translation>Der Gast muss diesen Code erstmals bis %1 nutzen, mitten in der Nacht.</translation>
    </message>
    <message>
        <source>Starting at %1 gives the guest the whole time; or choose a longer length, or enter the guest's stay.</source>
        <translation>Ein Beginn ab %1 gibt dem Gast die ganze Zeit; oder wählen Sie eine längere Dauer oder geben Sie den Aufenthalt des Gastes ein.</translation>
    </message>
    <message>
        <source>Choose a longer first use or a later start, or enter the guest's stay.</source>
        <translation>Wählen Sie eine längere Frist für die erste Nutzung oder einen späteren Beginn, oder geben Sie den Aufenthalt des Gastes ein.</translation>
    </message>
    <message>
        <source>This code started %1: %2 of its time is already over, and it works only %3 more, until %4.</source>
        <translation>Dieser Code gilt seit %1: %2 seiner Zeit sind schon vorbei, er gilt nur noch %3, bis %4.</translation>
    </message>
</context>
<context>
    <name>LateStartBar</name>
    <message>
        <source>Enter the guest's stay</source>
        <translation>Aufenthalt des Gastes eingeben</translation>
    </message>
    <message>
        <source>Warning about the start</source>
        <translation>Warnung zum Beginn</translation>
    </message>
    <message>
        <source>Start at %1</source>
        <extracomment>Button: move the code's start to a better time (a time of day, or a day and time)</extracomment>
        <translation>Ab %1 beginnen</translation>
    </message>
</context>
<context>
    <name>LockAdmin</name>
    <message>
        <source>Only a manager can remove locks. Ask a manager to sign in.</source>
        <translation>Nur ein Manager kann Schlösser entfernen. Bitten Sie einen Manager, sich anzumelden.</translation>
    </message>
    <message>
        <source>The locks could not be changed: the database is busy. Try again.</source>
        <translation>Die Schlösser konnten nicht geändert werden: Die Datenbank ist belegt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The locks could not be changed: the change could not be saved.</source>
        <translation>Die Schlösser konnten nicht geändert werden: Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported from %1</source>
        <translation>
            <numerusform>%n Schloss aus %1 importiert</numerusform>
            <numerusform>%n Schlösser aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the lock "%2")</source>
        <translation>%1 (Schloss "%2")</translation>
    </message>
</context>
<context>
    <name>LockCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The header row has no "%1" column. Expected: %2.</source>
        <translation>Die Kopfzeile hat keine Spalte "%1". Erwartet: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a lock model; use KL1060, KL1060C2, KL1060G3 or K3CONNECT.</source>
        <translation>"%1" ist kein Schlossmodell; verwenden Sie KL1060, KL1060C2, KL1060G3 oder K3CONNECT.</translation>
    </message>
    <message>
        <source>"%1" is not a NetCode mode; use standard, rental, long-rental, end-date or 24-hour.</source>
        <translation>"%1" ist kein NetCode-Modus; verwenden Sie standard, rental, long-rental, end-date oder 24-hour.</translation>
    </message>
    <message>
        <source>Use yes or no.</source>
        <translation>Verwenden Sie yes oder no.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Schloss</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Lock name</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Name des Schlosses</translation>
    </message>
    <message>
        <source>e.g. Room 101, Locker A-12</source>
        <translation>z. B. Zimmer 101, Schließfach A-12</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Site, floor or bank of lockers (optional)</source>
        <translation>Standort, Etage oder Schließfachreihe (optional)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Lock model</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Schlossmodell</translation>
    </message>
    <message>
        <source>&amp;Timecode:</source>
        <translation>Z&amp;eitcode:</translation>
    </message>
    <message>
        <source>Timecode</source>
        <translation>Zeitcode</translation>
    </message>
    <message>
        <source>12 digits, e.g. 202604221226</source>
        <translation>12 Ziffern, z. B. 202604221226</translation>
    </message>
    <message>
        <source>Lock &amp;id:</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Schloss-&amp;ID:</translation>
    </message>
    <message>
        <source>Lock id</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Schloss-ID</translation>
    </message>
    <message>
        <source>6 digits, e.g. 921239</source>
        <translation>6 Ziffern, z. B. 921239</translation>
    </message>
    <message>
        <source>Smart-lock &amp;id:</source>
        <translation>Smart-Schloss-&amp;ID:</translation>
    </message>
    <message>
        <source>Smart-lock id</source>
        <translation>Smart-Schloss-ID</translation>
    </message>
    <message>
        <source>32 characters from the K3 Connect lock list</source>
        <translation>32 Zeichen aus der Schlossliste von K3 Connect</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>&amp;Zugangsschlüssel:</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <source>From the K3 Connect app; kept in the system keychain</source>
        <translation>Aus der K3-Connect-App; wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeit&amp;zone:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Lock clock:</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Uhr des Schlosses:</translation>
    </message>
    <message>
        <source>Clock follows daylight saving</source>
        <translation>Uhr folgt der Sommerzeit</translation>
    </message>
    <message>
        <source>The lock's clock &amp;follows daylight saving</source>
        <translation>Die Uhr des Schlosses &amp;folgt der Sommerzeit</translation>
    </message>
    <message>
        <source>NetCode m&amp;ode:</source>
        <translation>NetCode-M&amp;odus:</translation>
    </message>
    <message>
        <source>Configured NetCode mode</source>
        <translation>Eingerichteter NetCode-Modus</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Show at the top of the list (fa&amp;vourite)</source>
        <translation>Oben in der Liste zeigen (Fa&amp;vorit)</translation>
    </message>
    <message>
        <source>Edit lock %1</source>
        <translation>Schloss %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add lock</source>
        <translation>Schloss hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert — leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>The lock's clock moves with daylight saving in %1, like a wall clock. Smart locks can be set up this way; if codes work an hour early or late, untick this.</source>
        <translation>Die Uhr des Schlosses stellt sich wie eine Wanduhr in %1 auf Sommerzeit um. Smart-Schlösser lassen sich so einrichten; gelten Codes eine Stunde zu früh oder zu spät, entfernen Sie diesen Haken.</translation>
    </message>
    <message>
        <source>The lock keeps standard time all year and never changes for daylight saving (KitLocks work this way). NetCode Desk converts for you: in summer the lock's clock is an hour behind the wall clock.</source>
        <translation>Das Schloss hält ganzjährig die Normalzeit und stellt nie auf Sommerzeit um (so arbeiten KitLocks). NetCode Desk rechnet für Sie um: Im Sommer geht die Uhr des Schlosses eine Stunde hinter der Wanduhr.</translation>
    </message>
    <message>
        <source>Change NetCode mode</source>
        <translation>NetCode-Modus ändern</translation>
    </message>
    <message>
        <source>Change %1 from "%2" to "%3"?

Only do this after the lock itself has been switched. Codes already issued in the old mode will stop working on the lock.</source>
        <translation>Modus von %1 von "%2" auf "%3" ändern?

Tun Sie das erst, nachdem das Schloss selbst umgestellt wurde. Bereits im alten Modus ausgegebene Codes funktionieren am Schloss nicht mehr.</translation>
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
Zeitzone: %2</translation>
    </message>
</context>
<context>
    <name>LockListPanel</name>
    <message>
        <source>Find a lock (Ctrl+F)</source>
        <translation>Schloss suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find a lock</source>
        <translation>Schloss suchen</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Schlösser</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Entfer&amp;nen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schlösser&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>LockModelCatalogue</name>
    <message>
        <source>Enter the code on the keypad, then turn the knob.</source>
        <translation>Geben Sie den Code am Tastenfeld ein und drehen Sie dann den Knauf.</translation>
    </message>
    <message>
        <source>Press * then enter the code.</source>
        <translation>Drücken Sie *, dann geben Sie den Code ein.</translation>
    </message>
</context>
<context>
    <name>LockRepository</name>
    <message>
        <source>The lock could not be saved: %1</source>
        <translation>Das Schloss konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The lock could not be removed: %1</source>
        <translation>Das Schloss konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The locks could not be saved: %1</source>
        <translation>Die Schlösser konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The lock "%1" could not be saved: %2</source>
        <translation>Das Schloss "%1" konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>LockValidator</name>
    <message>
        <source>Give the lock a name, for example the room or locker number.</source>
        <translation>Geben Sie dem Schloss einen Namen, zum Beispiel die Zimmer- oder Schließfachnummer.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Der Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Another lock is already called "%1". Choose a different name.</source>
        <translation>Ein anderes Schloss heißt bereits "%1". Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The group name is too long: at most %1 characters.</source>
        <translation>Der Gruppenname ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the lock's timecode: the 12 digits of the date and time it was set up (year, month, day, hour, minute), for example 202604221226.</source>
        <translation>Geben Sie den Zeitcode des Schlosses ein: die 12 Ziffern von Datum und Uhrzeit seiner Einrichtung (Jahr, Monat, Tag, Stunde, Minute), zum Beispiel 202604221226.</translation>
    </message>
    <message>
        <source>The timecode may contain digits only, for example 202604221226.</source>
        <translation>Der Zeitcode darf nur Ziffern enthalten, zum Beispiel 202604221226.</translation>
    </message>
    <message>
        <source>The timecode has %1 digits; it needs exactly 12 (year, month, day, hour, minute), for example 202604221226.</source>
        <translation>Der Zeitcode hat %1 Ziffern; er braucht genau 12 (Jahr, Monat, Tag, Stunde, Minute), zum Beispiel 202604221226.</translation>
    </message>
    <message>
        <source>The timecode %1 is not a real date and time. Read it again from the lock's set-up record: year, month, day, hour, minute.</source>
        <translation>Der Zeitcode %1 ist kein echtes Datum mit Uhrzeit. Lesen Sie ihn erneut aus dem Einrichtungsprotokoll ab: Jahr, Monat, Tag, Stunde, Minute.</translation>
    </message>
    <message>
        <source>Enter the lock id: the 6 digits from the lock's set-up record.</source>
        <translation>Geben Sie die Schloss-ID ein: die 6 Ziffern aus dem Einrichtungsprotokoll des Schlosses.</translation>
    </message>
    <message>
        <source>The lock id may contain digits only.</source>
        <translation>Die Schloss-ID darf nur Ziffern enthalten.</translation>
    </message>
    <message>
        <source>The lock id has %1 digits; it needs exactly 6.</source>
        <translation>Die Schloss-ID hat %1 Ziffern; sie braucht genau 6.</translation>
    </message>
    <message>
        <source>The lock id cannot start with 0; lock ids run from 100000 to 999999.</source>
        <translation>Die Schloss-ID darf nicht mit 0 beginnen; Schloss-IDs reichen von 100000 bis 999999.</translation>
    </message>
    <message>
        <source>Enter the smart lock's id: 32 characters (digits and letters a to f) from the K3 Connect lock list.</source>
        <translation>Geben Sie die ID des Smart-Schlosses ein: 32 Zeichen (Ziffern und Buchstaben a bis f) aus der Schlossliste von K3 Connect.</translation>
    </message>
    <message>
        <source>The smart-lock id may contain only digits and the letters a to f.</source>
        <translation>Die Smart-Schloss-ID darf nur Ziffern und die Buchstaben a bis f enthalten.</translation>
    </message>
    <message>
        <source>The smart-lock id has %1 characters; it needs exactly 32.</source>
        <translation>Die Smart-Schloss-ID hat %1 Zeichen; sie braucht genau 32.</translation>
    </message>
    <message>
        <source>Enter the access key from the K3 Connect app (letters and digits).</source>
        <translation>Geben Sie den Zugangsschlüssel aus der K3-Connect-App ein (Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>The access key may contain only letters and digits, exactly as the K3 Connect app shows it (capitals matter).</source>
        <translation>Der Zugangsschlüssel darf nur Buchstaben und Ziffern enthalten, genau wie die K3-Connect-App ihn zeigt (Groß- und Kleinschreibung zählt).</translation>
    </message>
    <message>
        <source>Choose the time zone the lock is in.</source>
        <translation>Wählen Sie die Zeitzone, in der sich das Schloss befindet.</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone. Choose one from the list, for example Europe/London.</source>
        <translation>"%1" ist keine bekannte Zeitzone. Wählen Sie eine aus der Liste, zum Beispiel Europe/London.</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>No email address was given.</source>
        <translation>Es wurde keine E-Mail-Adresse angegeben.</translation>
    </message>
    <message>
        <source>The email address contains a line break.</source>
        <translation>Die E-Mail-Adresse enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The email address contains a control character.</source>
        <translation>Die E-Mail-Adresse enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The email address is too long (at most 254 characters).</source>
        <translation>Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen).</translation>
    </message>
    <message>
        <source>The email address contains a space.</source>
        <translation>Die E-Mail-Adresse enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>Only one email address can be given.</source>
        <translation>Es kann nur eine E-Mail-Adresse angegeben werden.</translation>
    </message>
    <message>
        <source>Type the address alone, like guest@example.com, without a name or brackets.</source>
        <translation>Geben Sie nur die Adresse ein, etwa gast@example.com, ohne Namen oder Klammern.</translation>
    </message>
    <message>
        <source>The email address has no @.</source>
        <translation>Die E-Mail-Adresse enthält kein @.</translation>
    </message>
    <message>
        <source>The email address has more than one @.</source>
        <translation>Die E-Mail-Adresse enthält mehr als ein @.</translation>
    </message>
    <message>
        <source>The email address has nothing before the @.</source>
        <translation>Die E-Mail-Adresse hat nichts vor dem @.</translation>
    </message>
    <message>
        <source>The part before the @ is too long (at most 64 characters).</source>
        <translation>Der Teil vor dem @ ist zu lang (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The part before the @ has a misplaced dot.</source>
        <translation>Der Teil vor dem @ enthält einen falsch gesetzten Punkt.</translation>
    </message>
    <message>
        <source>The part before the @ contains "%1", which an email address cannot have.</source>
        <translation>Der Teil vor dem @ enthält „%1“, was in einer E-Mail-Adresse nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>The email address has nothing after the @.</source>
        <translation>Die E-Mail-Adresse hat nichts nach dem @.</translation>
    </message>
    <message>
        <source>The part after the @ is not a complete domain (like example.com).</source>
        <translation>Der Teil nach dem @ ist keine vollständige Domain (wie example.com).</translation>
    </message>
    <message>
        <source>The part after the @ is not a valid domain.</source>
        <translation>Der Teil nach dem @ ist keine gültige Domain.</translation>
    </message>
    <message>
        <source>The part before the @ contains "%1": NetCode Desk can only email addresses with plain letters (a–z), digits and . _ - + before the @.</source>
        <translation>Der Teil vor dem @ enthält „%1“: NetCode Desk kann nur an Adressen mit einfachen Buchstaben (a–z), Ziffern und . _ - + vor dem @ senden.</translation>
    </message>
</context>
<context>
    <name>MailAttempt</name>
    <message>
        <source>Emailed to %1</source>
        <translation>Per E-Mail an %1 gesendet</translation>
    </message>
    <message>
        <source>Email to %1 refused by the mail server: %2</source>
        <translation>E-Mail an %1 vom Mailserver abgelehnt: %2</translation>
    </message>
    <message>
        <source>Email to %1 not sent: %2</source>
        <translation>E-Mail an %1 nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Email to %1 may have been sent; check with the guest: %2</source>
        <translation>Die E-Mail an %1 wurde möglicherweise gesendet; fragen Sie beim Gast nach: %2</translation>
    </message>
    <message>
        <source>Sending the email to %1…</source>
        <translation>Die E-Mail wird an %1 gesendet…</translation>
    </message>
</context>
<context>
    <name>MailAttemptRepository</name>
    <message>
        <source>The email attempt could not be recorded: %1</source>
        <translation>Der E-Mail-Versuch konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No answer from the mail server was recorded: the program sending it stopped or could not record the outcome. The email may have reached the guest; check with the guest before sending it again.</source>
        <translation>Es wurde keine Antwort des Mailservers festgehalten: das sendende Programm wurde beendet oder konnte das Ergebnis nicht festhalten. Die E-Mail hat den Gast möglicherweise erreicht; fragen Sie beim Gast nach, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The email could not be recorded, so it was not sent: %1</source>
        <translation>Die E-Mail konnte nicht festgehalten werden und wurde daher nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>MailResult</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Refused by the mail server</source>
        <translation>Vom Mailserver abgelehnt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <translation>Möglicherweise gesendet</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>No mail server is set up; nothing was sent.</source>
        <translation>Es ist kein Mailserver eingerichtet; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The From address in the mail settings is not valid: %1</source>
        <translation>Die Absenderadresse in den Mail-Einstellungen ist ungültig: %1</translation>
    </message>
    <message>
        <source>The Reply-To address in the mail settings is not valid: %1</source>
        <translation>Die Reply-To-Adresse in den Mail-Einstellungen ist ungültig: %1</translation>
    </message>
    <message>
        <source>The email could not be prepared (out of memory); nothing was sent.</source>
        <translation>Die E-Mail konnte nicht vorbereitet werden (zu wenig Speicher); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The mail server accepted the email to %1.</source>
        <translation>Der Mailserver hat die E-Mail an %1 angenommen.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password; nothing was sent.</source>
        <translation>Der Mailserver hat Benutzername oder Passwort abgelehnt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The mail server does not offer an encrypted connection; nothing was sent.</source>
        <translation>Der Mailserver bietet keine verschlüsselte Verbindung an; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The mail server's certificate is not trusted (%1); nothing was sent. If the server uses its own certificate authority, add its certificate in Settings.</source>
        <translation>Dem Zertifikat des Mailservers wird nicht vertraut (%1); es wurde nichts gesendet. Wenn der Server eine eigene Zertifizierungsstelle verwendet, fügen Sie deren Zertifikat in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>The trusted certificate in the mail settings could not be read; nothing was sent.</source>
        <translation>Das vertrauenswürdige Zertifikat in den Mail-Einstellungen konnte nicht gelesen werden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No encrypted connection could be set up with the mail server (%1); nothing was sent. Check the security setting and the port.</source>
        <translation>Mit dem Mailserver konnte keine verschlüsselte Verbindung aufgebaut werden (%1); es wurde nichts gesendet. Prüfen Sie die Verschlüsselungseinstellung und den Port.</translation>
    </message>
    <message>
        <source>The mail server %1 could not be found; nothing was sent.</source>
        <translation>Der Mailserver %1 wurde nicht gefunden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The mail server at %1 could not be reached (it is not running, or the port is wrong); nothing was sent.</source>
        <translation>Der Mailserver unter %1 ist nicht erreichbar (er läuft nicht, oder der Port ist falsch); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time; nothing was sent.</source>
        <translation>Der Mailserver unter %1 hat nicht rechtzeitig geantwortet; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The mail server refused the address %1: %2</source>
        <translation>Der Mailserver hat die Adresse %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The mail server refused the sender address %1: %2</source>
        <translation>Der Mailserver hat die Absenderadresse %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The mail server refused the email: %1</source>
        <translation>Der Mailserver hat die E-Mail abgelehnt: %1</translation>
    </message>
    <message>
        <source>The email could not be sent: %1</source>
        <translation>Die E-Mail konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>The send was stopped after the email had gone to the mail server; it may or may not reach the guest. Check with the guest before sending it again.</source>
        <translation>Das Senden wurde abgebrochen, nachdem die E-Mail an den Mailserver gegangen war; sie erreicht den Gast vielleicht, vielleicht nicht. Fragen Sie beim Gast nach, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The mail server did not confirm the email; it may or may not reach the guest. Check with the guest before sending it again.</source>
        <translation>Der Mailserver hat die E-Mail nicht bestätigt; sie erreicht den Gast vielleicht, vielleicht nicht. Fragen Sie beim Gast nach, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>The send was stopped before the email went out; nothing was sent.</source>
        <translation>Das Senden wurde abgebrochen, bevor die E-Mail hinausging; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time; nothing was sent. Check the security setting and the port (TLS usually uses port 465, STARTTLS port 587).</source>
        <translation>Der Mailserver unter %1 hat nicht rechtzeitig geantwortet; es wurde nichts gesendet. Prüfen Sie die Sicherheitseinstellung und den Port (TLS nutzt meist Port 465, STARTTLS Port 587).</translation>
    </message>
    <message>
        <source>The email could not be sent: %1. Nothing was sent.</source>
        <translation>Die E-Mail konnte nicht gesendet werden: %1. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The email could not be sent: the mail library cannot apply a required safety setting (%1). Nothing was sent.</source>
        <translation>Die E-Mail konnte nicht gesendet werden: Die Mail-Bibliothek kann eine erforderliche Sicherheitseinstellung nicht anwenden (%1). Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>Type only the server's name, e.g. mail.example.com (without smtp://).</source>
        <translation>Geben Sie nur den Namen des Servers ein, z. B. mail.example.com (ohne smtp://).</translation>
    </message>
    <message>
        <source>A server's name cannot contain "%1".</source>
        <translation>Ein Servername darf „%1“ nicht enthalten.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>A server's name has no dot at its start or end, nor two in a row.</source>
        <translation>Ein Servername hat keinen Punkt am Anfang oder Ende und keine zwei Punkte hintereinander.</translation>
    </message>
    <message>
        <source>Trust a certificate f&amp;ile…</source>
        <translation>Zertifikats&amp;datei vertrauen…</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem's certificates</source>
        <translation>&amp;Zertifikate des Systems verwenden</translation>
    </message>
    <message>
        <source>Send &amp;a test email</source>
        <translation>&amp;Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>e.g. mail.example.com — empty: guests are emailed from this computer's mail program</source>
        <translation>z. B. mail.example.com — leer: Gäste erhalten E-Mails über das Mailprogramm dieses Computers</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Empty: the server takes mail without a login</source>
        <translation>Leer: Der Server nimmt E-Mails ohne Anmeldung an</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mail-Passwort</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>e.g. reception@hotel.example</source>
        <translation>z. B. rezeption@hotel.example</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>Reply-To-Adresse</translation>
    </message>
    <message>
        <source>Optional: where guests' replies go</source>
        <translation>Optional: wohin Antworten der Gäste gehen</translation>
    </message>
    <message>
        <source>Test email address</source>
        <translation>Adresse für die Test-E-Mail</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Mail-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <translation>Verschlüsselun&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>Anmelde&amp;name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation>Abs&amp;endername:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>A&amp;bsenderadresse:</translation>
    </message>
    <message>
        <source>Re&amp;ply-To:</source>
        <translation>Re&amp;ply-To:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Email codes to guests through the site's mail server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Codes per E-Mail über den Mailserver des Standorts an Gäste senden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Codes are sent encrypted (STARTTLS or TLS) with the slip's wording in the guest's language. Without a mail server, Email opens this computer's mail program.</source>
        <translation>Codes werden verschlüsselt (STARTTLS oder TLS) mit dem Wortlaut des Belegs in der Sprache des Gastes gesendet. Ohne Mailserver öffnet „E-Mail“ das Mailprogramm dieses Computers.</translation>
    </message>
    <message>
        <source>Test email &amp;to:</source>
        <translation>Test-E-&amp;Mail an:</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>A password is saved in the keychain. Leave the field empty to keep it.</source>
        <translation>Im Schlüsselbund ist ein Passwort gespeichert. Lassen Sie das Feld leer, um es zu behalten.</translation>
    </message>
    <message>
        <source>No password saved. It goes to this computer's keychain, never to a file.</source>
        <translation>Kein Passwort gespeichert. Es kommt in den Schlüsselbund dieses Computers, nie in eine Datei.</translation>
    </message>
    <message>
        <source>Saved — type a new one to replace it</source>
        <translation>Gespeichert — geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Type the mail server's name, or empty the From address to use this computer's mail program.</source>
        <translation>Geben Sie den Namen des Mailservers ein, oder leeren Sie die Absenderadresse, um das Mailprogramm dieses Computers zu verwenden.</translation>
    </message>
    <message>
        <source>Guests' emails need a From address.</source>
        <translation>E-Mails an Gäste brauchen eine Absenderadresse.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Zertifikat, dem vertraut werden soll</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM form (text starting with -----BEGIN CERTIFICATE-----). Nothing changed.</source>
        <translation>%1 enthält kein Zertifikat im PEM-Format (Text, der mit -----BEGIN CERTIFICATE----- beginnt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The system's trusted certificate authorities (right for most servers).</source>
        <translation>Die vertrauenswürdigen Zertifizierungsstellen des Systems (richtig für die meisten Server).</translation>
    </message>
    <message>
        <source>Trusted for this server: %1 (valid until %2)</source>
        <translation>Vertrauenswürdig für diesen Server: %1 (gültig bis %2)</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Test-E-Mail wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>The mail server accepted the test email. Check that it arrived.</source>
        <translation>Der Mailserver hat die Test-E-Mail angenommen. Prüfen Sie, ob sie angekommen ist.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>Past&amp;e a certificate</source>
        <translation>Zertifikat ein&amp;fügen</translation>
    </message>
    <message>
        <source>Trust the certificate copied to the clipboard: its text, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----</source>
        <translation>Dem in die Zwischenablage kopierten Zertifikat vertrauen: sein Text, von -----BEGIN CERTIFICATE----- bis -----END CERTIFICATE-----</translation>
    </message>
    <message>
        <source>No saved password could be looked for. %1</source>
        <translation>Nach einem gespeicherten Passwort konnte nicht gesucht werden. %1</translation>
    </message>
    <message>
        <source>This computer's keychain could not keep the mail password, so it is kept only until NetCode Desk closes. It was not written to any file. Type it again in Settings once the keychain works.</source>
        <translation>Der Schlüsselbund dieses Computers konnte das Mail-Passwort nicht aufnehmen; es bleibt daher nur erhalten, bis NetCode Desk geschlossen wird. Es wurde in keine Datei geschrieben. Geben Sie es in den Einstellungen erneut ein, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>The clipboard holds no certificate in PEM form (text starting with -----BEGIN CERTIFICATE-----). Copy the certificate's text first. Nothing changed.</source>
        <translation>Die Zwischenablage enthält kein Zertifikat im PEM-Format (Text, der mit -----BEGIN CERTIFICATE----- beginnt). Kopieren Sie zuerst den Text des Zertifikats. Nichts wurde geändert.</translation>
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
        <translation>DEMO-MODUS — die Codes kommen vom eingebauten Simulator und öffnen keine echten Schlösser. Geben Sie in den Einstellungen den API-Schlüssel Ihres Standorts ein, um echte Codes auszugeben.</translation>
    </message>
    <message>
        <source>About NetCode Desk</source>
        <translation>Über NetCode Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;NetCode Desk %1&lt;/b&gt;&lt;p&gt;Issue time-limited keypad codes for Codelocks and KitLock locks, and keep a record of every one.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NetCode Desk %1&lt;/b&gt;&lt;p&gt;Zeitlich begrenzte Tastencodes für Codelocks- und KitLock-Schlösser ausgeben und über jeden einzelnen Buch führen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Locks</source>
        <translation>&amp;Schlösser</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <extracomment>Menu for issuing and handing out keypad codes (NetCodes), not program code.</extracomment>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Demo codes are free</source>
        <translation>Demo-Codes sind kostenlos</translation>
    </message>
    <message>
        <source>Choose a lock, a length and a valid start first.</source>
        <translation>Wählen Sie zuerst ein Schloss, eine Dauer und einen gültigen Beginn.</translation>
    </message>
    <message>
        <source>Code issued for %1 and saved in history.</source>
        <translation>Code für %1 ausgegeben und im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Code kopiert.</translation>
    </message>
    <message>
        <source>Message for the guest copied.</source>
        <translation>Nachricht für den Gast kopiert.</translation>
    </message>
    <message>
        <source>code-%1.pdf</source>
        <translation>code-%1.pdf</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save slip</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>Slip saved to %1.</source>
        <translation>Beleg gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <source>Add lock</source>
        <translation>Schloss hinzufügen</translation>
    </message>
    <message>
        <source>Edit lock</source>
        <translation>Schloss bearbeiten</translation>
    </message>
    <message>
        <source>Remove lock</source>
        <translation>Schloss entfernen</translation>
    </message>
    <message>
        <source>Remove the lock "%1" from this desk? Codes already issued for it stay in history.</source>
        <translation>Das Schloss "%1" von diesem Empfang entfernen? Bereits dafür ausgegebene Codes bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Reprint from history — no new code was requested.</source>
        <translation>Nachdruck aus dem Verlauf — es wurde kein neuer Code angefordert.</translation>
    </message>
    <message>
        <source>Import smart locks</source>
        <translation>Smart-Schlösser importieren</translation>
    </message>
    <message>
        <source>Smart locks added: %1, updated: %2.</source>
        <translation>Smart-Schlösser hinzugefügt: %1, aktualisiert: %2.</translation>
    </message>
    <message>
        <source>Request a fresh code</source>
        <translation>Einen neuen Code anfordern</translation>
    </message>
    <message>
        <source>The service gives the same code for the same lock, start and length, and bills every request. Ask it again anyway?</source>
        <translation>Der Dienst gibt für dasselbe Schloss, denselben Beginn und dieselbe Dauer denselben Code und berechnet jede Anfrage. Trotzdem erneut fragen?</translation>
    </message>
    <message numerus="yes">
        <source>NetCode requests this month: %n</source>
        <translation>
            <numerusform>NetCode-Anfragen in diesem Monat: %n</numerusform>
            <numerusform>NetCode-Anfragen in diesem Monat: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>NetCode requests this month: %1 of %2</source>
        <translation>NetCode-Anfragen in diesem Monat: %1 von %2</translation>
    </message>
    <message>
        <source>The plan's monthly quota is used up: the service may refuse requests until next month.</source>
        <translation>Das Monatskontingent des Tarifs ist aufgebraucht: Der Dienst lehnt Anfragen eventuell bis zum nächsten Monat ab.</translation>
    </message>
    <message>
        <source>More than 80% of the plan's monthly quota is used.</source>
        <translation>Mehr als 80 % des Monatskontingents sind verbraucht.</translation>
    </message>
    <message>
        <source>Access key of the K3 Connect account (from the K3 Connect app, letters and digits; capitals matter):</source>
        <translation>Zugangsschlüssel des K3-Connect-Kontos (aus der K3-Connect-App, Buchstaben und Ziffern; Groß- und Kleinschreibung zählt):</translation>
    </message>
    <message>
        <source>Fetching the account's smart locks…</source>
        <translation>Die Smart-Schlösser des Kontos werden geladen…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Die Datenbank wird gesichert…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Delete old codes</source>
        <translation>Alte Codes löschen</translation>
    </message>
    <message>
        <source>Codes deleted from history: %1.</source>
        <translation>Aus dem Verlauf gelöschte Codes: %1.</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Datenbankprüfung</translation>
    </message>
    <message>
        <source>The database check found a problem (%1). Keep working only if you must: restore the latest backup (File → Restore from a backup…) and restart NetCode Desk.</source>
        <translation>Die Datenbankprüfung hat ein Problem gefunden (%1). Arbeiten Sie nur weiter, wenn es sein muss: Stellen Sie die neueste Sicherung wieder her (Datei → Aus einer Sicherung wiederherstellen…) und starten Sie NetCode Desk neu.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups (*.sqlite)</source>
        <translation>Sicherungen (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore %1? Codes issued after that backup will no longer be in History (the current database is kept beside it). NetCode Desk finishes the restore when it next starts.</source>
        <translation>%1 wiederherstellen? Nach dieser Sicherung ausgegebene Codes sind dann nicht mehr im Verlauf (die aktuelle Datenbank bleibt daneben erhalten). NetCode Desk schließt die Wiederherstellung beim nächsten Start ab.</translation>
    </message>
    <message>
        <source>Close and start NetCode Desk again to finish restoring.</source>
        <translation>Schließen Sie NetCode Desk und starten Sie es erneut, um die Wiederherstellung abzuschließen.</translation>
    </message>
    <message>
        <source>Code for %1 reissued from history, free of charge.</source>
        <translation>Code für %1 kostenlos aus dem Verlauf erneut ausgegeben.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>netcode-history.csv</source>
        <translation>netcode-verlauf.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Codes exported: %1, to %2.</source>
        <translation>Codes exportiert: %1, nach %2.</translation>
    </message>
    <message>
        <source>Export locks</source>
        <translation>Schlösser exportieren</translation>
    </message>
    <message>
        <source>netcode-locks.csv</source>
        <translation>netcode-schloesser.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Locks exported to %1.</source>
        <translation>Schlösser exportiert nach %1.</translation>
    </message>
    <message>
        <source>Import locks</source>
        <translation>Schlösser importieren</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Some rows have problems, so nothing has been imported yet:

%1

Import only the %2 rows without problems?</source>
        <translation>Einige Zeilen haben Fehler, daher wurde noch nichts importiert:

%1

Nur die %2 fehlerfreien Zeilen importieren?</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>Erneut ausgeben</translation>
    </message>
    <message>
        <source>The lock %1 is no longer on this desk.</source>
        <translation>Das Schloss %1 gibt es an diesem Empfang nicht mehr.</translation>
    </message>
    <message>
        <source>Choose the new start for %1, then Issue.</source>
        <translation>Wählen Sie den neuen Beginn für %1 und geben Sie dann aus.</translation>
    </message>
    <message>
        <source>Welcome to NetCode Desk</source>
        <translation>Willkommen bei NetCode Desk</translation>
    </message>
    <message>
        <source>NetCode Desk is running in demo mode: codes come from a built-in simulator and open no real lock, so you can try everything safely.

To issue real codes, enter your site's API key — you find it in the Codelocks developer portal under your account's API keys — and your property's name and help phone for the guest slip.

Enter them now?</source>
        <translation>NetCode Desk läuft im Demo-Modus: Die Codes kommen von einem eingebauten Simulator und öffnen kein echtes Schloss, Sie können also alles gefahrlos ausprobieren.

Um echte Codes auszugeben, geben Sie den API-Schlüssel Ihres Standorts ein — Sie finden ihn im Codelocks-Entwicklerportal unter den API-Schlüsseln Ihres Kontos — sowie Namen und Hilfe-Telefonnummer Ihres Hauses für den Beleg.

Jetzt eingeben?</translation>
    </message>
    <message>
        <source>Read-back check</source>
        <translation>Gegenprüfung</translation>
    </message>
    <message>
        <source>Type the code on the screen, as you will give it to the guest:</source>
        <translation>Geben Sie den Code vom Bildschirm so ein, wie Sie ihn dem Gast geben werden:</translation>
    </message>
    <message>
        <source>"%1" is not the code on the screen. Nothing was printed or copied; read it again.</source>
        <translation>"%1" ist nicht der Code auf dem Bildschirm. Es wurde nichts gedruckt oder kopiert; lesen Sie ihn noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>The history is kept for %n day(s).</source>
        <translation>
            <numerusform>Der Verlauf wird %n Tag aufbewahrt.</numerusform>
            <numerusform>Der Verlauf wird %n Tage aufbewahrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n code(s) issued before %1 now? This cannot be undone (backups still hold them).</source>
        <translation>
            <numerusform>Den %n vor dem %1 ausgegebenen Code jetzt löschen? Das lässt sich nicht rückgängig machen (Sicherungen enthalten ihn weiterhin).</numerusform>
            <numerusform>Die %n vor dem %1 ausgegebenen Codes jetzt löschen? Das lässt sich nicht rückgängig machen (Sicherungen enthalten sie weiterhin).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported. Smart locks need their access key (Edit lock).</source>
        <translation>
            <numerusform>%n Schloss importiert. Smart Locks brauchen ihren Zugangsschlüssel (Schloss bearbeiten).</numerusform>
            <numerusform>%n Schlösser importiert. Smart Locks brauchen ihren Zugangsschlüssel (Schloss bearbeiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code for %1 NOT saved in history: write it down.</source>
        <translation>Code für %1 NICHT im Verlauf gespeichert: Schreiben Sie ihn auf.</translation>
    </message>
    <message>
        <source>The same code was just issued at %1; reissued here free of charge.</source>
        <translation>Derselbe Code wurde gerade an %1 ausgegeben; hier kostenlos erneut ausgegeben.</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>No answer was received for this request, so the service may already have billed it. Asking again sends it once more and is billed again; the same lock, start and length give the same code.

Ask the service again for %1?</source>
        <translation>Für diese Anfrage kam keine Antwort, daher hat der Dienst sie eventuell schon berechnet. Erneutes Fragen sendet sie noch einmal und wird erneut berechnet; dasselbe Schloss, derselbe Beginn und dieselbe Dauer ergeben denselben Code.

Den Dienst erneut nach dem Code für %1 fragen?</translation>
    </message>
    <message>
        <source>Issue for several locks</source>
        <translation>Für mehrere Schlösser ausgeben</translation>
    </message>
    <message>
        <source>The shared store is back; History and locks are up to date.</source>
        <translation>Die gemeinsame Datenbank ist wieder da; Verlauf und Schlösser sind aktuell.</translation>
    </message>
    <message>
        <source>The shared store cannot be reached: no code can be issued until it is back. Reconnecting by itself…</source>
        <translation>Die gemeinsame Datenbank ist nicht erreichbar: Bis sie wieder da ist, kann kein Code ausgegeben werden. Verbindung wird automatisch wiederhergestellt…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>One desk or a team?</source>
        <translation>Ein Empfang oder ein Team?</translation>
    </message>
    <message>
        <source>Is this computer the site's only desk, or one of several desks that share their codes and locks?

One desk keeps everything in a file on this computer: nothing to set up. A team shares one store on a PostgreSQL server, set up once by the manager or IT.

Connect this desk to a team's shared store now?</source>
        <translation>Ist dieser Computer der einzige Empfang des Standorts oder einer von mehreren Empfängen, die ihre Codes und Schlösser teilen?

Ein einzelner Empfang speichert alles in einer Datei auf diesem Computer: Es gibt nichts einzurichten. Ein Team teilt eine gemeinsame Datenbank auf einem PostgreSQL-Server, die der Manager oder die IT einmal einrichtet.

Diesen Empfang jetzt mit der gemeinsamen Datenbank eines Teams verbinden?</translation>
    </message>
    <message>
        <source>API key differs from the site's</source>
        <translation>API-Schlüssel weicht vom Standort ab</translation>
    </message>
    <message>
        <source>Shared store: %1</source>
        <translation>Gemeinsame Datenbank: %1</translation>
    </message>
    <message>
        <source>Codes, locks and settings are shared with every desk on this store.</source>
        <translation>Codes, Schlösser und Einstellungen werden mit jedem Empfang an dieser Datenbank geteilt.</translation>
    </message>
    <message>
        <source>Shared store unreachable — reconnecting…</source>
        <translation>Gemeinsame Datenbank nicht erreichbar — Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be reached (its server stopped or the network is down). No code can be issued while it is away: the request could not be recorded, so nothing is sent and nothing is billed. What is on screen stays; NetCode Desk reconnects by itself.</source>
        <translation>Die gemeinsame Datenbank %1 ist nicht erreichbar (ihr Server wurde beendet oder das Netzwerk ist ausgefallen). Solange sie fehlt, kann kein Code ausgegeben werden: Die Anfrage könnte nicht gespeichert werden, daher wird nichts gesendet und nichts berechnet. Was auf dem Bildschirm steht, bleibt; NetCode Desk verbindet sich von selbst wieder.</translation>
    </message>
    <message>
        <source>Cannot issue: store unreachable</source>
        <extracomment>On the Issue button while the shared store cannot be reached.</extracomment>
        <translation>Ausgabe nicht möglich: Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <source>Issue code</source>
        <translation>Code ausgeben</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported from %1</source>
        <translation>
            <numerusform>%n Schloss aus %1 importiert</numerusform>
            <numerusform>%n Schlösser aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Staff sign in</source>
        <translation>Anmeldung des Personals</translation>
    </message>
    <message>
        <source>The other desks could not be told about the new key: %1</source>
        <translation>Die anderen Empfänge konnten nicht über den neuen Schlüssel informiert werden: %1</translation>
    </message>
    <message>
        <source>Signed in: %1.</source>
        <translation>Angemeldet: %1.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The shared store is backed up on its server (for example with pg_dump), not from a desk.</source>
        <translation>Die gemeinsame Datenbank wird auf ihrem Server gesichert (zum Beispiel mit pg_dump), nicht von einem Empfang aus.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Angemeldet: %1 (%2)</translation>
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
        <translation>Nicht ausgegeben: Dieser Code gehört %1. Es wurde nichts gesendet. Wählen Sie einen anderen Beginn, damit dieser Gast einen eigenen Code erhält.</translation>
    </message>
    <message>
        <source>That code is no longer in History.</source>
        <translation>Dieser Code ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>An email to a guest is still being sent. Wait for it to finish (NetCode Desk then closes by itself), or quit now? Quitting now stops the send: if the email had already gone to the mail server, History records that it may have been sent.</source>
        <translation>Eine E-Mail an einen Gast wird noch gesendet. Warten, bis sie fertig ist (NetCode Desk schließt sich dann selbst), oder jetzt beenden? Jetzt beenden bricht das Senden ab: war die E-Mail schon beim Mailserver, hält der Verlauf fest, dass sie möglicherweise gesendet wurde.</translation>
    </message>
    <message>
        <source>Wait for the email</source>
        <translation>Auf die E-Mail warten</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>Jetzt beenden</translation>
    </message>
    <message>
        <source>NetCode Desk closes once the email is sent and recorded.</source>
        <translation>NetCode Desk schließt sich, sobald die E-Mail gesendet und festgehalten ist.</translation>
    </message>
    <message>
        <source>The history could not be read to its end, so nothing was written. Try again when the store answers.</source>
        <translation>Der Verlauf konnte nicht bis zum Ende gelesen werden, daher wurde nichts geschrieben. Versuchen Sie es erneut, wenn die Datenbank antwortet.</translation>
    </message>
</context>
<context>
    <name>NetCodeModes</name>
    <message>
        <source>Standard (single-use or multi-use)</source>
        <translation>Standard (einmal oder mehrfach nutzbar)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>24 hour</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Miete</translation>
    </message>
    <message>
        <source>Long rental</source>
        <translation>Langzeitmiete</translation>
    </message>
    <message>
        <source>Medium-term rental (1–21 days, one code at a time)</source>
        <translation>Mittelfristige Miete (1–21 Tage, ein Code zur Zeit)</translation>
    </message>
    <message>
        <source>Long-term rental (up to a year)</source>
        <translation>Langzeitmiete (bis zu einem Jahr)</translation>
    </message>
    <message>
        <source>End date (expires at midnight on a set date)</source>
        <translation>Enddatum (läuft um Mitternacht eines festen Tages ab)</translation>
    </message>
    <message>
        <source>24 hour (starts on any hour)</source>
        <translation>24 Stunden (Beginn zu jeder Stunde)</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters (or use a PIN of 4 to 12 digits).</source>
        <translation>Ein Passwort hat mindestens 8 Zeichen (oder verwenden Sie eine PIN mit 4 bis 12 Ziffern).</translation>
    </message>
    <message>
        <source>A manager with a database login signs in with that login's password: at least 10 characters, not digits only (the server accepts it from the network, so a PIN is not enough).</source>
        <translation>Ein Manager mit Datenbank-Login meldet sich mit dem Passwort dieses Logins an: mindestens 10 Zeichen, nicht nur Ziffern (der Server nimmt es aus dem Netzwerk an, daher reicht eine PIN nicht).</translation>
    </message>
</context>
<context>
    <name>RequestLedger</name>
    <message>
        <source>The request could not be recorded, so it was not sent: %1.</source>
        <translation>Die Anfrage konnte nicht gespeichert werden und wurde daher nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>This request is no longer in history.</source>
        <translation>Diese Anfrage ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Only a request in doubt can be asked again.</source>
        <translation>Nur bei einer ungeklärten Anfrage kann erneut gefragt werden.</translation>
    </message>
    <message>
        <source>No answer was recorded for this request: the program that sent it stopped, the answer never came, or it could not be written. The service may have issued and billed a code.</source>
        <translation>Für diese Anfrage wurde keine Antwort erfasst: Das Programm, das sie gesendet hat, wurde beendet, die Antwort kam nie an, oder sie konnte nicht gespeichert werden. Der Dienst hat eventuell einen Code ausgegeben und berechnet.</translation>
    </message>
    <message>
        <source>its request row is gone or was already settled</source>
        <translation>ihr Anfrageeintrag fehlt oder wurde bereits abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy message for the guest</source>
        <translation>Nachricht für den Gast kopieren</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>Beleg druc&amp;ken…</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>Code per E-Mail</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-Mail…</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>DEMO code from the built-in simulator — it will not open a real lock.</source>
        <translation>DEMO-Code vom eingebauten Simulator — er öffnet kein echtes Schloss.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Asking the Codelocks service for the code…</source>
        <translation>Der Codelocks-Dienst wird nach dem Code gefragt…</translation>
    </message>
    <message>
        <source>The code appears here, large, once issued.</source>
        <translation>Der Code erscheint hier groß, sobald er ausgegeben ist.</translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation>Anfrage wiederholen</translation>
    </message>
    <message>
        <source>Retry (may be billed again)</source>
        <translation>Wiederholen (wird evtl. erneut berechnet)</translation>
    </message>
    <message>
        <source>Request a fresh code from the service</source>
        <translation>Einen neuen Code vom Dienst anfordern</translation>
    </message>
    <message>
        <source>Request a fresh code (billed)</source>
        <translation>Neuen Code anfordern (wird berechnet)</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge. This exact code was first issued %1.</source>
        <translation>Aus dem Verlauf erneut ausgegeben — keine neue Gebühr. Genau dieser Code wurde zuerst am %1 ausgegeben.</translation>
    </message>
    <message>
        <source>Language of the slip and message</source>
        <translation>Sprache von Beleg und Nachricht</translation>
    </message>
    <message>
        <source>Slip in the desk's language</source>
        <translation>Beleg in der Sprache des Empfangs</translation>
    </message>
    <message>
        <source>Slip in %1</source>
        <translation>Beleg auf %1</translation>
    </message>
    <message>
        <source>Being issued at %1 right now — waiting for that answer instead of paying for the same code twice…</source>
        <translation>Wird gerade an %1 ausgegeben — es wird auf diese Antwort gewartet, statt denselben Code zweimal zu bezahlen…</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge.</source>
        <translation>Aus dem Verlauf erneut ausgegeben — keine neue Gebühr.</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge. This exact code was first issued %1, with no guest named.</source>
        <translation>Aus dem Verlauf erneut ausgegeben — keine neue Gebühr. Genau dieser Code wurde zuerst am %1 ausgegeben, ohne Namen eines Gastes.</translation>
    </message>
    <message>
        <source>Shared with %1, issued %2: both guests open the same door with this code in the same window.</source>
        <translation>Geteilt mit %1, ausgegeben am %2: Beide Gäste öffnen mit diesem Code dieselbe Tür im selben Zeitraum.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>AP&amp;I-Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>40 letters and digits; empty runs the demo</source>
        <translation>40 Buchstaben und Ziffern; leer startet die Demo</translation>
    </message>
    <message>
        <source>API &amp;host:</source>
        <translation>API-&amp;Host:</translation>
    </message>
    <message>
        <source>API host</source>
        <translation>API-Host</translation>
    </message>
    <message>
        <source>&amp;NetCode path:</source>
        <translation>&amp;NetCode-Pfad:</translation>
    </message>
    <message>
        <source>NetCode path and version</source>
        <translation>NetCode-Pfad und -Version</translation>
    </message>
    <message>
        <source>&amp;Utility path:</source>
        <translation>&amp;Utility-Pfad:</translation>
    </message>
    <message>
        <source>Utility path and version</source>
        <translation>Utility-Pfad und -Version</translation>
    </message>
    <message>
        <source>P&amp;roperty name:</source>
        <translation>Name &amp;des Hauses:</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Name des Hauses</translation>
    </message>
    <message>
        <source>Help &amp;phone:</source>
        <translation>Hilfe-&amp;Telefon:</translation>
    </message>
    <message>
        <source>Help phone number</source>
        <translation>Hilfe-Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Ausgegeben &amp;von:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgegeben von</translation>
    </message>
    <message>
        <source>Your name or desk, shown in history and on slips</source>
        <translation>Ihr Name oder Empfang, erscheint im Verlauf und auf Belegen</translation>
    </message>
    <message>
        <source>&amp;Forget the stored key (back to demo mode)</source>
        <translation>Gespeicherten Schlüssel &amp;vergessen (zurück in den Demo-Modus)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>A key is stored in the keychain — type a new one to replace it</source>
        <translation>Ein Schlüssel ist im Schlüsselbund gespeichert — geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>An API key contains only letters and digits. Copy it again from the developer portal.</source>
        <translation>Ein API-Schlüssel besteht nur aus Buchstaben und Ziffern. Kopieren Sie ihn erneut aus dem Entwicklerportal.</translation>
    </message>
    <message numerus="yes">
        <source>An API key has 40 letters and digits; this one has %n.</source>
        <translation>
            <numerusform>Ein API-Schlüssel hat 40 Buchstaben und Ziffern; dieser hat %n.</numerusform>
            <numerusform>Ein API-Schlüssel hat 40 Buchstaben und Ziffern; dieser hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API host must be a full address starting with https://, for example https://api-connect.codelocks.io.</source>
        <translation>Der API-Host muss eine vollständige Adresse mit https:// sein, zum Beispiel https://api-connect.codelocks.io.</translation>
    </message>
    <message>
        <source>Desk time &amp;zone:</source>
        <translation>&amp;Zeitzone des Empfangs:</translation>
    </message>
    <message>
        <source>Desk time zone</source>
        <translation>Zeitzone des Empfangs</translation>
    </message>
    <message>
        <source>This computer's time zone (%1)</source>
        <translation>Zeitzone dieses Computers (%1)</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone. Choose one from the list.</source>
        <translation>"%1" ist keine bekannte Zeitzone. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Plan's monthly &amp;quota:</source>
        <translation>&amp;Monatskontingent des Tarifs:</translation>
    </message>
    <message>
        <source>Plan's monthly quota of NetCode requests</source>
        <translation>Monatskontingent an NetCode-Anfragen des Tarifs</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source> NetCode requests</source>
        <translation> NetCode-Anfragen</translation>
    </message>
    <message>
        <source>Keep history for this many days</source>
        <translation>Verlauf so viele Tage aufbewahren</translation>
    </message>
    <message>
        <source>Always (nothing is deleted)</source>
        <translation>Immer (nichts wird gelöscht)</translation>
    </message>
    <message>
        <source> days, then delete</source>
        <translation> Tage, dann löschen</translation>
    </message>
    <message>
        <source>Slip p&amp;aper:</source>
        <translation>&amp;Papier für Belege:</translation>
    </message>
    <message>
        <source>Paper the guest slip is printed on</source>
        <translation>Papier, auf dem der Beleg gedruckt wird</translation>
    </message>
    <message>
        <source>Read-back check</source>
        <translation>Gegenprüfung</translation>
    </message>
    <message>
        <source>Rea&amp;d-back check</source>
        <translation>&amp;Gegenprüfung</translation>
    </message>
    <message>
        <source>The code must be typed again before a slip is printed or a message sent.</source>
        <translation>Der Code muss erneut eingetippt werden, bevor ein Beleg gedruckt oder eine Nachricht gesendet wird.</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4-Blatt</translation>
    </message>
    <message>
        <source>US Letter sheet</source>
        <translation>US-Letter-Blatt</translation>
    </message>
    <message>
        <source>80 mm receipt printer</source>
        <translation>80-mm-Bondrucker</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Language of NetCode Desk (from the next start)</source>
        <translation>Sprache von NetCode Desk (ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>The computer's language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <source>Takes effect when NetCode Desk next starts.</source>
        <translation>Gilt ab dem nächsten Start von NetCode Desk.</translation>
    </message>
    <message>
        <source>This site (shared by every desk)</source>
        <translation>Dieser Standort (für alle Empfänge)</translation>
    </message>
    <message>
        <source>Every desk on this store uses these settings. A change applies at once, here and at the other desks.</source>
        <translation>Alle Empfänge an dieser Datenbank verwenden diese Einstellungen. Eine Änderung gilt sofort, hier und an den anderen Empfängen.</translation>
    </message>
    <message>
        <source>Codelocks Connect</source>
        <translation>Codelocks Connect</translation>
    </message>
    <message>
        <source>The site's key from the Codelocks developer portal. It is kept in this computer's keychain only — never in a file or the store — so each desk enters it once. Leave it empty to use demo mode.</source>
        <translation>Der Schlüssel des Standorts aus dem Codelocks-Entwicklerportal. Er wird nur im Schlüsselbund dieses Computers aufbewahrt — nie in einer Datei oder der Datenbank —, daher gibt jeder Empfang ihn einmal ein. Leer lassen für den Demo-Modus.</translation>
    </message>
    <message>
        <source>Guest slip</source>
        <translation>Beleg für den Gast</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Keep histor&amp;y for:</source>
        <translation>Verlauf &amp;aufbewahren:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>These settings apply to this computer only.</source>
        <translation>Diese Einstellungen gelten nur für diesen Computer.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Dieser Empfang</translation>
    </message>
    <message>
        <source>Shared store (t&amp;wo or more desks)…</source>
        <translation>&amp;Gemeinsame Datenbank (zwei oder mehr Empfänge)…</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>Zuletzt geändert von %1 am %2.</translation>
    </message>
    <message>
        <source>The site's settings could not be saved in the store, so no desk uses them yet: %1</source>
        <translation>Die Einstellungen des Standorts konnten nicht in der Datenbank gespeichert werden, daher verwendet sie noch kein Empfang: %1</translation>
    </message>
    <message>
        <source>Staff si&amp;gn-in (name and PIN at this desk; roles for locks and settings)</source>
        <translation>Anme&amp;ldung des Personals (Name und PIN an diesem Empfang; Rollen für Schlösser und Einstellungen)</translation>
    </message>
    <message>
        <source>Everyone signs in at a desk on a shared store.</source>
        <translation>Bei einer gemeinsamen Datenbank meldet sich jeder am Empfang an.</translation>
    </message>
    <message>
        <source>Codes are issued in the name of the person signed in.</source>
        <translation>Codes werden im Namen der angemeldeten Person ausgegeben.</translation>
    </message>
    <message>
        <source>Time to wait for an &amp;answer:</source>
        <translation>&amp;Wartezeit auf die Antwort:</translation>
    </message>
    <message>
        <source>Seconds to wait for the Codelocks service's answer</source>
        <translation>Sekunden, die auf die Antwort des Codelocks-Dienstes gewartet wird</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>How long this computer waits for the Codelocks service to answer. A slow network needs longer.</source>
        <translation>Wie lange dieser Computer auf die Antwort des Codelocks-Dienstes wartet. Ein langsames Netzwerk braucht länger.</translation>
    </message>
    <message>
        <source>Only a manager can change the site's settings.</source>
        <translation>Nur ein Manager kann die Einstellungen des Standorts ändern.</translation>
    </message>
    <message>
        <source>The mail server's settings could not be saved in the store: %1</source>
        <translation>Die Einstellungen des Mailservers konnten nicht in der Datenbank gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Mail (guests' emails)</source>
        <translation>Mail (E-Mails an Gäste)</translation>
    </message>
</context>
<context>
    <name>SharedCodeQuestion</name>
    <message>
        <source>an unnamed desk user</source>
        <translation>ein Mitarbeiter am Empfang ohne Namen</translation>
    </message>
    <message>
        <source>This code already belongs to %1.</source>
        <translation>Dieser Code gehört bereits %1.</translation>
    </message>
    <message>
        <source>It was issued %1 by %2 for %3, valid %4: the same lock, start and length as this order.</source>
        <translation>Er wurde am %1 von %2 für %3 ausgegeben, gültig %4: dasselbe Schloss, derselbe Beginn und dieselbe Dauer wie bei dieser Ausgabe.</translation>
    </message>
    <message>
        <source>Giving it to this order too means two people open the same door with the same code in the same window.</source>
        <translation>Wenn Sie ihn auch dieser Ausgabe geben, öffnen zwei Personen mit demselben Code im selben Zeitraum dieselbe Tür.</translation>
    </message>
    <message>
        <source>Giving it to %1 too means both guests open the same door with the same code in the same window.</source>
        <translation>Wenn Sie ihn auch %1 geben, öffnen beide Gäste mit demselben Code im selben Zeitraum dieselbe Tür.</translation>
    </message>
    <message>
        <source>For a code of their own, cancel and choose a different start: a different start gives a different code.</source>
        <translation>Für einen eigenen Code brechen Sie ab und wählen einen anderen Beginn: Ein anderer Beginn ergibt einen anderen Code.</translation>
    </message>
    <message>
        <source>Code already given to another guest</source>
        <translation>Code bereits an einen anderen Gast vergeben</translation>
    </message>
    <message>
        <source>&amp;Give the same code to this guest too</source>
        <translation>Denselben Code auch diesem Gast &amp;geben</translation>
    </message>
</context>
<context>
    <name>SharedStoreDialog</name>
    <message>
        <source>Shared store</source>
        <translation>Gemeinsame Datenbank</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SharedStorePage</name>
    <message>
        <source>the server's administrator</source>
        <translation>der Administrator des Servers</translation>
    </message>
    <message>
        <source>the store's owner (for setting up only)</source>
        <translation>der Eigentümer der Datenbank (nur zum Einrichten)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>&amp;One desk: codes and locks in a file on this computer</source>
        <translation>&amp;Ein Empfang: Codes und Schlösser in einer Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>S&amp;hared store: every desk of the site uses one PostgreSQL database</source>
        <translation>&amp;Gemeinsame Datenbank: Alle Empfänge des Standorts nutzen eine PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Set &amp;up this store</source>
        <translation>Diese Datenbank ein&amp;richten</translation>
    </message>
    <message>
        <source>&amp;Move this desk's history in</source>
        <translation>&amp;Verlauf dieses Empfangs übernehmen</translation>
    </message>
    <message>
        <source>This desk's file: %1</source>
        <translation>Datei dieses Empfangs: %1</translation>
    </message>
    <message>
        <source>A file in NetCode Desk's data folder on this computer.</source>
        <translation>Eine Datei im Datenordner von NetCode Desk auf diesem Computer.</translation>
    </message>
    <message>
        <source>Shared store address</source>
        <translation>Adresse der gemeinsamen Datenbank</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Passwort des Logins</translation>
    </message>
    <message>
        <source>Kept in this computer's keychain, never in a file</source>
        <translation>Im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Login &amp;password:</source>
        <translation>&amp;Passwort des Logins:</translation>
    </message>
    <message>
        <source>The address your manager gave you: postgresql://LOGIN@SERVER/DATABASE (add :PORT after the server when it is not 5432).</source>
        <translation>Die Adresse, die Sie von Ihrem Manager erhalten haben: postgresql://LOGIN@SERVER/DATENBANK (:PORT nach dem Server anfügen, wenn er nicht 5432 ist).</translation>
    </message>
    <message>
        <source>Creates the store's roles and tables, or updates them for this version. Needs a login that may create roles (the server's administrator). Running it again changes nothing.</source>
        <translation>Legt die Rollen und Tabellen der Datenbank an oder aktualisiert sie für diese Version. Braucht ein Login, das Rollen anlegen darf (der Administrator des Servers). Ein erneuter Aufruf ändert nichts.</translation>
    </message>
    <message>
        <source>Copies the codes, locks and request counts of this computer's file into the shared store. Needs a manager's login. Running it again adds nothing twice.</source>
        <translation>Kopiert die Codes, Schlösser und Anfragezähler aus der Datei dieses Computers in die gemeinsame Datenbank. Braucht das Login eines Managers. Ein erneuter Aufruf fügt nichts doppelt hinzu.</translation>
    </message>
    <message>
        <source>NetCode Desk uses the chosen store from its next start.</source>
        <translation>NetCode Desk verwendet die gewählte Datenbank ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where this desk keeps its codes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wo dieser Empfang seine Codes speichert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A password is stored in the keychain — type a new one to replace it</source>
        <translation>Ein Passwort ist im Schlüsselbund gespeichert — geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but this database holds no NetCode Desk store yet. The server's administrator sets it up with "Set up this store".</source>
        <translation>Mit %1 als %2 verbunden, aber diese Datenbank enthält noch keine NetCode-Desk-Daten. Der Administrator des Servers richtet sie mit "Diese Datenbank einrichten" ein.</translation>
    </message>
    <message>
        <source>Connected, but this store was set up by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk on this computer.</source>
        <translation>Verbunden, aber diese Datenbank wurde von einer neueren Version von NetCode Desk eingerichtet (Schema %1; diese Version kennt bis %2). Aktualisieren Sie NetCode Desk auf diesem Computer.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but this login has no NetCode Desk role yet. The administrator runs: netcode-desk-cli store grant %2 --role desk</source>
        <translation>Mit %1 als %2 verbunden, aber dieses Login hat noch keine NetCode-Desk-Rolle. Der Administrator führt aus: netcode-desk-cli store grant %2 --role desk</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (role: %3). Store schema %4.</source>
        <translation>Mit %1 als %2 verbunden (Rolle: %3). Schema der Datenbank: %4.</translation>
    </message>
    <message>
        <source>It must be updated for this version: "Set up this store", by the administrator.</source>
        <translation>Sie muss für diese Version aktualisiert werden: "Diese Datenbank einrichten", durch den Administrator.</translation>
    </message>
    <message>
        <source>Setting up the store…</source>
        <translation>Die Datenbank wird eingerichtet…</translation>
    </message>
    <message>
        <source>The store %1 is already set up (schema %2); nothing was changed.</source>
        <translation>Die Datenbank %1 ist bereits eingerichtet (Schema %2); es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The store %1 is set up (schema %2):</source>
        <translation>Die Datenbank %1 ist eingerichtet (Schema %2):</translation>
    </message>
    <message>
        <source>Next, give each desk and each manager a login (createuser --pwprompt NAME) and its role: netcode-desk-cli store grant NAME --role desk|manager.</source>
        <translation>Geben Sie als Nächstes jedem Empfang und jedem Manager ein Login (createuser --pwprompt NAME) und seine Rolle: netcode-desk-cli store grant NAME --role desk|manager.</translation>
    </message>
    <message>
        <source>Move this desk's history in</source>
        <translation>Verlauf dieses Empfangs übernehmen</translation>
    </message>
    <message>
        <source>Copy the codes, locks and request counts of this computer's file
%1
into the shared store %2?

The file stays as it is. Locks the store already has (by name) are kept as they are; running this again adds nothing twice.</source>
        <translation>Die Codes, Schlösser und Anfragezähler aus der Datei dieses Computers
%1
in die gemeinsame Datenbank %2 kopieren?

Die Datei bleibt unverändert. Schlösser, die die Datenbank schon hat (nach Name), bleiben, wie sie sind; ein erneuter Aufruf fügt nichts doppelt hinzu.</translation>
    </message>
    <message>
        <source>Moving this desk's history in…</source>
        <translation>Der Verlauf dieses Empfangs wird übernommen…</translation>
    </message>
    <message numerus="yes">
        <source>Moved in: %n code(s) added</source>
        <translation>
            <numerusform>Übernommen: %n Code hinzugefügt</numerusform>
            <numerusform>Übernommen: %n Codes hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) added</source>
        <translation>
            <numerusform>%n Schloss hinzugefügt</numerusform>
            <numerusform>%n Schlösser hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) were still being issued in the file and are now in doubt (History, In doubt).</source>
        <translation>
            <numerusform>%n Code wurde in der Datei noch ausgegeben und ist jetzt ungeklärt (Verlauf, Ungeklärt).</numerusform>
            <numerusform>%n Codes wurden in der Datei noch ausgegeben und sind jetzt ungeklärt (Verlauf, Ungeklärt).</numerusform>
        </translation>
    </message>
    <message>
        <source>(Settings at %1) %2</source>
        <translation>(Einstellungen an %1) %2</translation>
    </message>
    <message>
        <source>Left behind from demo mode: %1 sample lock(s) and %2 demo code(s).</source>
        <translation>Aus dem Demo-Modus zurückgelassen: Beispielschlösser: %1, Demo-Codes: %2.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Add a manager first: with sign-in on, only a manager can change the settings.</source>
        <translation>Legen Sie zuerst einen Manager an: Mit Anmeldung kann nur ein Manager die Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Staff sign-in turned on</source>
        <translation>Anmeldung des Personals eingeschaltet</translation>
    </message>
    <message>
        <source>Staff sign-in turned off</source>
        <translation>Anmeldung des Personals ausgeschaltet</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation>Die Einstellung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Too many wrong PINs or passwords for this name: it is locked until %1. Try again then, or ask a manager to reset the PIN.</source>
        <translation>Zu viele falsche PINs oder Passwörter für diesen Namen: Er ist bis %1 gesperrt. Versuchen Sie es dann erneut oder bitten Sie einen Manager, die PIN neu zu setzen.</translation>
    </message>
    <message>
        <source>%1 wrong PINs or passwords in a row; locked for %2 minutes</source>
        <translation>%1 falsche PINs oder Passwörter in Folge; für %2 Minuten gesperrt</translation>
    </message>
    <message>
        <source>That name and PIN or password do not match. Check both and try again.</source>
        <translation>Name und PIN oder Passwort passen nicht zusammen. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Signed in with the desk role only: the store did not accept the manager login %1 (%2). Manager actions stay unavailable until that works.</source>
        <translation>Nur mit der Rolle Empfang angemeldet: Die Datenbank hat das Manager-Login %1 nicht angenommen (%2). Manager-Aktionen bleiben gesperrt, bis das funktioniert.</translation>
    </message>
    <message>
        <source>Signed in with the desk role only: on a shared store a manager needs their own database login (ask whoever set up the store to add it to your staff entry).</source>
        <translation>Nur mit der Rolle Empfang angemeldet: Bei einer gemeinsamen Datenbank braucht ein Manager ein eigenes Datenbank-Login (bitten Sie die Person, die die Datenbank eingerichtet hat, es in Ihrem Personaleintrag einzutragen).</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk. Sign in first.</source>
        <translation>An diesem Empfang ist niemand angemeldet. Melden Sie sich zuerst an.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in — NetCode Desk</source>
        <translation>Anmelden — NetCode Desk</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN oder Passwort</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>Wer ist am Empfang?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN oder Passwort:</translation>
    </message>
    <message>
        <source>Forgotten your PIN? A manager can set a new one in Staff. After %1 wrong tries in a row a name is locked for %2 minutes.</source>
        <translation>PIN vergessen? Ein Manager kann unter Personal eine neue festlegen. Nach %1 falschen Versuchen in Folge wird ein Name für %2 Minuten gesperrt.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Type your PIN or password.</source>
        <translation>Geben Sie Ihre PIN oder Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Guest slip</source>
        <translation>Beleg für den Gast</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation>Die PDF-Datei konnte nicht nach %1 geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
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
        <translation>Smart-Schloss %1</translation>
    </message>
</context>
<context>
    <name>StaffAdmin</name>
    <message>
        <source>The staff list could not be changed: the database is busy. Try again.</source>
        <translation>Die Personalliste konnte nicht geändert werden: Die Datenbank ist belegt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The staff list could not be changed: the change could not be saved.</source>
        <translation>Die Personalliste konnte nicht geändert werden: Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>That person is no longer on the staff list.</source>
        <translation>Diese Person steht nicht mehr auf der Personalliste.</translation>
    </message>
    <message>
        <source>Enter the person's name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>The name holds a control character. Type it again with letters, digits and spaces.</source>
        <translation>Der Name enthält ein Steuerzeichen. Geben Sie ihn erneut mit Buchstaben, Ziffern und Leerzeichen ein.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Der Name ist zu lang (höchstens 80 Zeichen).</translation>
    </message>
    <message>
        <source>%1 added as %2</source>
        <translation>%1 als %2 hinzugefügt</translation>
    </message>
    <message>
        <source> (database login %1)</source>
        <translation> (Datenbank-Login %1)</translation>
    </message>
    <message>
        <source>%1 is the only manager. Make someone else a manager first.</source>
        <translation>%1 ist der einzige Manager. Machen Sie zuerst jemand anderen zum Manager.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>New PIN or password for %1</source>
        <translation>Neue PIN oder neues Passwort für %1</translation>
    </message>
    <message>
        <source>%1: database login %2</source>
        <translation>%1: Datenbank-Login %2</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself while signed in. Ask another manager.</source>
        <translation>Sie können sich nicht selbst deaktivieren, während Sie angemeldet sind. Bitten Sie einen anderen Manager.</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>%1 reactivated</source>
        <translation>%1 reaktiviert</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>&amp;Create manager</source>
        <translation>Manager &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>Set new &amp;PIN</source>
        <translation>Neue &amp;PIN festlegen</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Create the first manager</source>
        <translation>Den ersten Manager anlegen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN oder Passwort</translation>
    </message>
    <message>
        <source>PIN or password again</source>
        <translation>PIN oder Passwort noch einmal</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Datenbank-Login</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation>Der erste Manager</translation>
    </message>
    <message>
        <source>Add a person, or type a new PIN for the person selected above</source>
        <translation>Eine Person hinzufügen oder eine neue PIN für die oben gewählte Person eingeben</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>PIN or pass&amp;word:</source>
        <translation>PIN oder Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Again (&amp;to check):</source>
        <translation>Noch einmal (zur &amp;Kontrolle):</translation>
    </message>
    <message>
        <source>Database &amp;login:</source>
        <translation>Datenbank-&amp;Login:</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits; a password at least 8 characters.</source>
        <translation>Eine PIN hat 4 bis 12 Ziffern, ein Passwort mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>On a shared store, a manager's own database login; their password there is the same as their password here.</source>
        <translation>Bei einer gemeinsamen Datenbank das eigene Datenbank-Login eines Managers; sein Passwort dort ist dasselbe wie hier.</translation>
    </message>
    <message>
        <source>With sign-in on, everyone signs in at the desk, and only a manager can change locks, settings and staff. Create the first manager now: you.</source>
        <translation>Mit Anmeldung meldet sich jeder am Empfang an, und nur ein Manager kann Schlösser, Einstellungen und Personal ändern. Legen Sie jetzt den ersten Manager an: sich selbst.</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Make &amp;manager</source>
        <translation>Rolle &amp;Manager geben</translation>
    </message>
    <message>
        <source>The two PINs or passwords differ. Type them again.</source>
        <translation>Die beiden PINs oder Passwörter stimmen nicht überein. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ist jetzt: %2.</translation>
    </message>
    <message>
        <source>Type the new PIN or password for %1 twice in the fields below, then choose Set new PIN.</source>
        <translation>Geben Sie die neue PIN oder das neue Passwort für %1 zweimal in die Felder unten ein und wählen Sie dann „Neue PIN festlegen“.</translation>
    </message>
    <message>
        <source>New PIN or password set for %1; a lock-out is lifted.</source>
        <translation>Neue PIN oder neues Passwort für %1 festgelegt; eine Sperre ist aufgehoben.</translation>
    </message>
    <message>
        <source>%1 deactivated: they can no longer sign in. Their history stays.</source>
        <translation>%1 deaktiviert: Die Person kann sich nicht mehr anmelden. Ihr Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation>Reak&amp;tivieren</translation>
    </message>
    <message>
        <source>Make d&amp;esk user</source>
        <translation>Rolle &amp;Empfang geben</translation>
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
        <translation>Jemand namens "%1" steht bereits auf der Personalliste%2.</translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>The person could not be added</source>
        <translation>Die Person konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The role could not be changed</source>
        <translation>Die Rolle konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>The PIN or password could not be changed</source>
        <translation>Die PIN oder das Passwort konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>The person could not be deactivated</source>
        <translation>Die Person konnte nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>The database login could not be changed</source>
        <translation>Das Datenbank-Login konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>The failed sign-in could not be recorded</source>
        <translation>Die fehlgeschlagene Anmeldung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded</source>
        <translation>Die Anmeldung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The sign-in could not be checked</source>
        <translation>Die Anmeldung konnte nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Only a manager can add, change or remove locks. Ask a manager to sign in.</source>
        <translation>Nur ein Manager kann Schlösser hinzufügen, ändern oder entfernen. Bitten Sie einen Manager, sich anzumelden.</translation>
    </message>
    <message>
        <source>Only a manager can change the settings. Ask a manager to sign in.</source>
        <translation>Nur ein Manager kann die Einstellungen ändern. Bitten Sie einen Manager, sich anzumelden.</translation>
    </message>
    <message>
        <source>Only a manager can change the API key. Ask a manager to sign in.</source>
        <translation>Nur ein Manager kann den API-Schlüssel ändern. Bitten Sie einen Manager, sich anzumelden.</translation>
    </message>
    <message>
        <source>Only a manager can delete old codes. Ask a manager to sign in.</source>
        <translation>Nur ein Manager kann alte Codes löschen. Bitten Sie einen Manager, sich anzumelden.</translation>
    </message>
    <message>
        <source>Only a manager can back up or restore the database. Ask a manager to sign in.</source>
        <translation>Nur ein Manager kann die Datenbank sichern oder wiederherstellen. Bitten Sie einen Manager, sich anzumelden.</translation>
    </message>
    <message>
        <source>Only a manager can add or change staff. Ask a manager to sign in.</source>
        <translation>Nur ein Manager kann Personal hinzufügen oder ändern. Bitten Sie einen Manager, sich anzumelden.</translation>
    </message>
    <message>
        <source>Only a manager can read the audit log. Ask a manager to sign in.</source>
        <translation>Nur ein Manager kann das Änderungsprotokoll lesen. Bitten Sie einen Manager, sich anzumelden.</translation>
    </message>
</context>
<context>
    <name>StartTimeRules</name>
    <message>
        <source>Choose a lock, a length and a start first.</source>
        <translation>Wählen Sie zuerst ein Schloss, eine Dauer und einen Beginn.</translation>
    </message>
    <message>
        <source>%1 does not exist on this clock: the clocks go forward that night. Choose %2 or later.</source>
        <translation>%1 gibt es auf dieser Uhr nicht: In dieser Nacht wird die Uhr vorgestellt. Wählen Sie %2 oder später.</translation>
    </message>
    <message>
        <source>%1 happens twice that night (the clocks go back); the earlier one, %2, is used.</source>
        <translation>%1 kommt in dieser Nacht zweimal vor (die Uhr wird zurückgestellt); das frühere, %2, wird verwendet.</translation>
    </message>
    <message>
        <source>Midnight does not exist on the lock's clock on %1 (its clocks go forward then). Choose another date.</source>
        <translation>Mitternacht gibt es auf der Uhr des Schlosses am %1 nicht (dann wird seine Uhr vorgestellt). Wählen Sie ein anderes Datum.</translation>
    </message>
    <message>
        <source>Codes start on the hour: you asked %1, the code starts %2.</source>
        <translation>Codes beginnen zur vollen Stunde: Sie wollten %1, der Code beginnt %2.</translation>
    </message>
    <message>
        <source>Choose the date the code should end.</source>
        <translation>Wählen Sie den Tag, an dem der Code enden soll.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start. Choose %2 or later.</source>
        <translation>Das Enddatum %1 liegt vor dem Beginn. Wählen Sie %2 oder später.</translation>
    </message>
    <message>
        <source>End Date codes expire at most %1 days ahead. The latest last day is %2.</source>
        <translation>Enddatum-Codes laufen höchstens %1 Tage im Voraus ab. Der späteste letzte Tag ist %2.</translation>
    </message>
    <message>
        <source>One hour added so the guest keeps the time paid for: %1 from %2.</source>
        <translation>Eine Stunde hinzugefügt, damit der Gast die bezahlte Zeit behält: %1 ab %2.</translation>
    </message>
    <message>
        <source>An hour cannot be added: %1 is the longest hourly code.</source>
        <translation>Eine Stunde kann nicht hinzugefügt werden: %1 ist der längste Stunden-Code.</translation>
    </message>
    <message>
        <source>Codes of whole days start at midnight on the lock's clock: you asked %1, the code starts %2.</source>
        <translation>Codes für ganze Tage beginnen um Mitternacht auf der Uhr des Schlosses: Sie wollten %1, der Code beginnt %2.</translation>
    </message>
    <message>
        <source>That start is in the past. The earliest start for this code is %1.</source>
        <translation>Dieser Beginn liegt in der Vergangenheit. Der früheste Beginn für diesen Code ist %1.</translation>
    </message>
    <message>
        <source>The clocks change on %1 during this code's window; the times shown allow for it.</source>
        <translation>Am %1 wird während der Gültigkeit dieses Codes die Uhr umgestellt; die angezeigten Zeiten berücksichtigen das.</translation>
    </message>
    <message numerus="yes">
        <source>The Codelocks service does not offer End Date codes that long (%n days) for this lock's model. Choose an earlier end date or refresh the lengths.</source>
        <translation>
            <numerusform>Der Codelocks-Dienst bietet für das Modell dieses Schlosses keine so langen Enddatum-Codes an (%n Tag). Wählen Sie ein früheres Enddatum oder laden Sie die Dauern neu.</numerusform>
            <numerusform>Der Codelocks-Dienst bietet für das Modell dieses Schlosses keine so langen Enddatum-Codes an (%n Tage). Wählen Sie ein früheres Enddatum oder laden Sie die Dauern neu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StayEntry</name>
    <message>
        <source>Issue by stay</source>
        <translation>Nach Aufenthalt ausgeben</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>Ankunft:</translation>
    </message>
    <message>
        <source>Departure:</source>
        <translation>Abreise:</translation>
    </message>
    <message>
        <source>By stay: the code covers the guest's arrival to departure</source>
        <translation>Nach Aufenthalt: Der Code gilt von der Ankunft bis zur Abreise des Gastes</translation>
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
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers the stay %1: from %2 before arrival to %3 after departure.</source>
        <translation>Deckt den Aufenthalt %1 ab: von %2 vor der Ankunft bis %3 nach der Abreise.</translation>
    </message>
    <message>
        <source>Choose a lock and the guest's departure first.</source>
        <translation>Wählen Sie zuerst ein Schloss und die Abreise des Gastes.</translation>
    </message>
    <message>
        <source>The arrival %1 does not exist on this clock: the clocks go forward that night. Enter %2 or later.</source>
        <translation>Die Ankunft %1 gibt es auf dieser Uhr nicht: In dieser Nacht wird die Uhr vorgestellt. Geben Sie %2 oder später ein.</translation>
    </message>
    <message>
        <source>The departure %1 does not exist on this clock: the clocks go forward that night. Enter %2 or later.</source>
        <translation>Die Abreise %1 gibt es auf dieser Uhr nicht: In dieser Nacht wird die Uhr vorgestellt. Geben Sie %2 oder später ein.</translation>
    </message>
    <message>
        <source>The arrival %1 happens twice that night (the clocks go back): the code covers it from the first time, %2.</source>
        <translation>Die Ankunft %1 kommt in dieser Nacht zweimal vor (die Uhr wird zurückgestellt): Der Code gilt ab dem ersten Mal, %2.</translation>
    </message>
    <message>
        <source>The departure %1 happens twice that night (the clocks go back): the code covers it until the second time, %2.</source>
        <translation>Die Abreise %1 kommt in dieser Nacht zweimal vor (die Uhr wird zurückgestellt): Der Code gilt bis zum zweiten Mal, %2.</translation>
    </message>
    <message>
        <source>The departure %1 has already passed.</source>
        <translation>Die Abreise %1 ist bereits vorbei.</translation>
    </message>
    <message>
        <source>The departure (%1) must come after the arrival (%2).</source>
        <translation>Die Abreise (%1) muss nach der Ankunft (%2) liegen.</translation>
    </message>
    <message>
        <source>The arrival %1 has passed: the code covers the stay from now (%2).</source>
        <translation>Die Ankunft %1 ist vorbei: Der Code deckt den Aufenthalt ab jetzt ab (%2).</translation>
    </message>
    <message>
        <source>A %1 code covering this stay must be used for the first time by %2, before the guest can arrive (%3).</source>
        <translation>Ein %1-Code für diesen Aufenthalt muss erstmals bis %2 genutzt werden, bevor der Gast ankommen kann (%3).</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the whole stay (%1, %2). The longest code from the arrival, %3, ends %4, %5 before the departure.</source>
        <translation>Nichts, was dieses Schloss annimmt, deckt den ganzen Aufenthalt ab (%1, %2). Der längste Code ab der Ankunft, %3, endet %4, %5 vor der Abreise.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): no code it offers can start by the arrival on the lock's clock.</source>
        <translation>Nichts, was dieses Schloss annimmt, deckt den Aufenthalt ab (%1): Kein angebotener Code kann auf der Uhr des Schlosses spätestens zur Ankunft beginnen.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): its model offers no lengths for its mode. Refresh the lengths or check the lock's mode.</source>
        <translation>Nichts, was dieses Schloss annimmt, deckt den Aufenthalt ab (%1): Sein Modell bietet für seinen Modus keine Dauern an. Aktualisieren Sie die Dauern oder prüfen Sie den Modus des Schlosses.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): %2</source>
        <translation>Nichts, was dieses Schloss annimmt, deckt den Aufenthalt ab (%1): %2</translation>
    </message>
    <message>
        <source>The code already works from %1, %2 before the guest arrives.</source>
        <translation>Der Code gilt bereits ab %1, %2 vor der Ankunft des Gastes.</translation>
    </message>
    <message>
        <source>The code must be used for the first time by %1, only %2 after arrival.</source>
        <translation>Der Code muss erstmals bis %1 genutzt werden, nur %2 nach der Ankunft.</translation>
    </message>
</context>
<context>
    <name>StorageErrorText</name>
    <message>
        <source>the database is busy: another program has been writing to it for too long</source>
        <translation>die Datenbank ist belegt: Ein anderes Programm schreibt schon zu lange in sie</translation>
    </message>
    <message>
        <source>the database cannot be written (it or its folder is read-only)</source>
        <translation>die Datenbank kann nicht beschrieben werden (sie oder ihr Ordner ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>the disk that holds the database is full</source>
        <translation>das Laufwerk mit der Datenbank ist voll</translation>
    </message>
    <message>
        <source>the database file could not be read or written (disk or file error)</source>
        <translation>die Datenbankdatei konnte nicht gelesen oder geschrieben werden (Laufwerks- oder Dateifehler)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the database reported an unknown error</source>
        <translation>die Datenbank hat einen unbekannten Fehler gemeldet</translation>
    </message>
    <message>
        <source>the shared store does not allow this login to do that (only a manager's login may); nothing was changed</source>
        <translation>die gemeinsame Datenbank erlaubt das diesem Login nicht (nur das Login eines Managers darf das); es wurde nichts verändert</translation>
    </message>
    <message>
        <source>the shared store cannot be reached (its server stopped or the network is down); NetCode Desk reconnects by itself</source>
        <translation>die gemeinsame Datenbank ist nicht erreichbar (ihr Server wurde beendet oder das Netzwerk ist ausgefallen); NetCode Desk verbindet sich von selbst wieder</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>This is not a shared store address NetCode Desk can use: %1. Write it as postgresql://user@host:5432/database.</source>
        <translation>Diese Adresse einer gemeinsamen Datenbank kann NetCode Desk nicht verwenden: %1. Schreiben Sie sie als postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>sie muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <source>several hosts in one address are not supported</source>
        <translation>mehrere Hosts in einer Adresse werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>the value of %1 contains a character that is not allowed</source>
        <translation>der Wert von %1 enthält ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <source>the setting "%1" is not supported</source>
        <translation>die Einstellung "%1" wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>der Datenbankname fehlt</translation>
    </message>
</context>
<context>
    <name>StoreImport</name>
    <message>
        <source>%1 is not a NetCode Desk database; nothing was moved.</source>
        <translation>%1 ist keine NetCode-Desk-Datenbank; es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NetCode Desk (schema %2; this version knows up to %3). Update NetCode Desk first; nothing was moved.</source>
        <translation>%1 stammt von einer neueren Version von NetCode Desk (Schema %2; diese Version kennt bis %3). Aktualisieren Sie zuerst NetCode Desk; es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This login may not add locks or codes to the shared store. Moving a desk in needs a manager's login (netcode-desk-cli store grant LOGIN --role manager). Nothing was moved.</source>
        <translation>Dieses Login darf der gemeinsamen Datenbank keine Schlösser oder Codes hinzufügen. Zum Übernehmen eines Empfangs braucht es das Login eines Managers (netcode-desk-cli store grant LOGIN --role manager). Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>Es wurde nichts übernommen: %1</translation>
    </message>
    <message>
        <source>Moved in from a desk's own file while it was being issued: whether the service answered is not known.</source>
        <translation>Aus der eigenen Datei eines Empfangs übernommen, während der Code noch ausgegeben wurde: Ob der Dienst geantwortet hat, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>There is no file %1; nothing was moved.</source>
        <translation>Es gibt keine Datei %1; es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>No room for a working copy: %1</source>
        <translation>Kein Platz für eine Arbeitskopie: %1</translation>
    </message>
    <message>
        <source>The copy of %1 cannot be brought up to date: %2</source>
        <translation>Die Kopie von %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Moved in %1: codes added %2 (already there %3, in doubt %4), locks added %5 (already there %6), request counts added %7; left behind from demo mode: locks %8, codes %9</source>
        <translation>%1 übernommen: Codes hinzugefügt %2 (bereits vorhanden %3, ungeklärt %4), Schlösser hinzugefügt %5 (bereits vorhanden %6), Anfragezähler hinzugefügt %7; aus dem Demo-Modus zurückgelassen: Schlösser %8, Codes %9</translation>
    </message>
</context>
<context>
    <name>StorePassword</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>StoreSetup</name>
    <message>
        <source>The login "%1" may not create roles, so it cannot set up the shared store. Run this as the server's administrator (on the database server: sudo -u postgres netcode-desk-cli store init --database postgresql:///DATABASE), or with a login made with "createuser --createrole". Nothing was changed.</source>
        <translation>Das Login "%1" darf keine Rollen anlegen und kann daher die gemeinsame Datenbank nicht einrichten. Führen Sie dies als Administrator des Servers aus (auf dem Datenbankserver: sudo -u postgres netcode-desk-cli store init --database postgresql:///DATENBANK) oder mit einem Login, das mit "createuser --createrole" angelegt wurde. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The server did not say who this login is: %1</source>
        <translation>Der Server hat nicht mitgeteilt, wer dieses Login ist: %1</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This database already has a schema called "netcode" that NetCode Desk did not make. Use another database (createdb) for the shared store; nothing was changed.</source>
        <translation>Diese Datenbank hat bereits ein Schema namens "netcode", das nicht von NetCode Desk stammt. Verwenden Sie eine andere Datenbank (createdb) als gemeinsame Datenbank; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>This store was set up by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk; nothing was changed.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von NetCode Desk eingerichtet (Schema %1; diese Version kennt bis %2). Aktualisieren Sie NetCode Desk; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Cannot set up the store: %1</source>
        <translation>Die Datenbank kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the role %1: %2</source>
        <translation>Die Rolle %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Created the group role %1.</source>
        <translation>Gruppenrolle %1 angelegt.</translation>
    </message>
    <message>
        <source>Cannot make managers desks too: %1</source>
        <translation>Manager können nicht zusätzlich zu Empfängen gemacht werden: %1</translation>
    </message>
    <message>
        <source>Made netcode_manager a member of netcode_desk.</source>
        <translation>netcode_manager zum Mitglied von netcode_desk gemacht.</translation>
    </message>
    <message>
        <source>Cannot let this login act as netcode_owner: %1</source>
        <translation>Dieses Login kann nicht als netcode_owner handeln: %1</translation>
    </message>
    <message>
        <source>Let the login %1 act as netcode_owner for setting up and updating.</source>
        <translation>Das Login %1 darf zum Einrichten und Aktualisieren als netcode_owner handeln.</translation>
    </message>
    <message>
        <source>Cannot create the schema "netcode" (the login needs the right to create schemas in this database: it owns it, or GRANT CREATE ON DATABASE): %1</source>
        <translation>Das Schema "netcode" kann nicht angelegt werden (das Login braucht das Recht, in dieser Datenbank Schemas anzulegen: Es ist ihr Eigentümer, oder GRANT CREATE ON DATABASE): %1</translation>
    </message>
    <message>
        <source>Created the schema netcode, owned by netcode_owner.</source>
        <translation>Schema netcode angelegt, Eigentümer netcode_owner.</translation>
    </message>
    <message>
        <source>Cannot give the schema to netcode_owner: %1</source>
        <translation>Das Schema kann nicht an netcode_owner übergeben werden: %1</translation>
    </message>
    <message>
        <source>Gave the schema netcode to netcode_owner.</source>
        <translation>Schema netcode an netcode_owner übergeben.</translation>
    </message>
    <message>
        <source>Cannot give the store's tables to netcode_owner: %1</source>
        <translation>Die Tabellen der Datenbank können nicht an netcode_owner übergeben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave %n table(s) and function(s) to netcode_owner.</source>
        <translation>
            <numerusform>%n Tabelle oder Funktion an netcode_owner übergeben.</numerusform>
            <numerusform>%n Tabellen und Funktionen an netcode_owner übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot install the search extension pg_trgm (package postgresql-contrib): %1</source>
        <translation>Die Sucherweiterung pg_trgm (Paket postgresql-contrib) kann nicht installiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot act as netcode_owner: %1</source>
        <translation>Handeln als netcode_owner nicht möglich: %1</translation>
    </message>
    <message>
        <source>Created the store's tables (schema %1).</source>
        <translation>Tabellen der Datenbank angelegt (Schema %1).</translation>
    </message>
    <message>
        <source>Updated the store from schema %1 to %2.</source>
        <translation>Datenbank von Schema %1 auf %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Cannot grant the roles their rights: %1</source>
        <translation>Den Rollen können ihre Rechte nicht erteilt werden: %1</translation>
    </message>
    <message>
        <source>This server has no NetCode Desk roles yet. Set the store up first: netcode-desk-cli store init --database URL.</source>
        <translation>Dieser Server hat noch keine NetCode-Desk-Rollen. Richten Sie zuerst die Datenbank ein: netcode-desk-cli store init --database URL.</translation>
    </message>
    <message>
        <source>"%1" is one of NetCode Desk's own groups, not a person's or a desk's login.</source>
        <translation>"%1" ist eine der eigenen Gruppen von NetCode Desk, nicht das Login einer Person oder eines Empfangs.</translation>
    </message>
    <message>
        <source>The server's list of logins cannot be read: %1</source>
        <translation>Die Liste der Logins auf dem Server kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no login "%1" on this server. Create it first (on the database server: sudo -u postgres createuser --pwprompt %1), then run this again. Nothing was changed.</source>
        <translation>Auf diesem Server gibt es kein Login "%1". Legen Sie es zuerst an (auf dem Datenbankserver: sudo -u postgres createuser --pwprompt %1) und führen Sie dies dann erneut aus. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>"%1" is a role that cannot log in. Give each desk and each manager a login of its own (createuser --pwprompt NAME).</source>
        <translation>"%1" ist eine Rolle, die sich nicht anmelden kann. Geben Sie jedem Empfang und jedem Manager ein eigenes Login (createuser --pwprompt NAME).</translation>
    </message>
    <message>
        <source>This login may not change who belongs to NetCode Desk's groups. Run this as the server's administrator or with a login made with "createuser --createrole". Nothing was changed.</source>
        <translation>Dieses Login darf nicht ändern, wer zu den Gruppen von NetCode Desk gehört. Führen Sie dies als Administrator des Servers aus oder mit einem Login, das mit "createuser --createrole" angelegt wurde. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Cannot change the login's group: %1</source>
        <translation>Die Gruppe des Logins kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 ist jetzt Mitglied von %2.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2.</source>
        <translation>%1 ist nicht mehr Mitglied von %2.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n other table(s). The store keeps to its own schema "netcode" and does not touch them, but they share the database's backups and logins; a database of its own (createdb) is usually better.</source>
        <translation>
            <numerusform>Diese Datenbank enthält bereits %n andere Tabelle. Die Datenbank von NetCode Desk bleibt in ihrem eigenen Schema "netcode" und rührt sie nicht an, teilt aber Sicherungen und Logins der Datenbank mit ihr; eine eigene Datenbank (createdb) ist meist besser.</numerusform>
            <numerusform>Diese Datenbank enthält bereits %n andere Tabellen. Die Datenbank von NetCode Desk bleibt in ihrem eigenen Schema "netcode" und rührt sie nicht an, teilt aber Sicherungen und Logins der Datenbank mit ihnen; eine eigene Datenbank (createdb) ist meist besser.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidityText</name>
    <message>
        <source>Lock clock %1 (%2)</source>
        <translation>Uhr des Schlosses %1 (%2)</translation>
    </message>
    <message>
        <source>Valid from %1 %2 for up to a year (until %3)</source>
        <translation>Gültig ab %1 %2 für bis zu ein Jahr (bis %3)</translation>
    </message>
    <message>
        <source>Valid %1 %2</source>
        <translation>Gültig %1 %2</translation>
    </message>
    <message>
        <source>Works until the end of %1 (expires %2)</source>
        <translation>Gilt bis zum Ende von %1 (läuft ab %2)</translation>
    </message>
    <message>
        <source>Must be used for the first time by %1</source>
        <translation>Muss erstmals genutzt werden bis %1</translation>
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
        <translation>Ungeklärt</translation>
    </message>
    <message>
        <source>Mail failed</source>
        <translation>Mail fehlgeschlagen</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>First use</source>
        <translation>Erste Nutzung</translation>
    </message>
    <message>
        <source>Ending today</source>
        <translation>Endet heute</translation>
    </message>
    <message>
        <source>Ended today</source>
        <translation>Heute beendet</translation>
    </message>
    <message>
        <source>Request in doubt (%1): %2</source>
        <translation>Ungeklärte Anfrage (%1): %2</translation>
    </message>
    <message>
        <source>The request for %1, %2, got no recorded answer: it may have been billed. Select it in History to ask again or to settle it.</source>
        <translation>Die Anfrage für %1, %2, hat keine gespeicherte Antwort: Sie wurde eventuell berechnet. Wählen Sie sie im Verlauf aus, um erneut zu fragen oder sie zu klären.</translation>
    </message>
    <message>
        <source>First use by %1: %2 — has the guest used it?</source>
        <translation>Erste Nutzung bis %1: %2 — hat der Gast ihn benutzt?</translation>
    </message>
    <message>
        <source>If the code for %1 is not used by %2 it stops working. We cannot see whether the guest has used it: ask them, or issue a new code.</source>
        <translation>Wenn der Code für %1 nicht bis %2 benutzt wird, funktioniert er nicht mehr. Wir können nicht sehen, ob der Gast ihn benutzt hat: Fragen Sie den Gast, oder geben Sie einen neuen Code aus.</translation>
    </message>
    <message>
        <source>Ended %1: %2</source>
        <translation>Beendet %1: %2</translation>
    </message>
    <message>
        <source>Ends %1: %2</source>
        <translation>Endet %1: %2</translation>
    </message>
    <message>
        <source>The code for %1 stopped working at %2 (%3).</source>
        <translation>Der Code für %1 funktioniert seit %2 nicht mehr (%3).</translation>
    </message>
    <message>
        <source>The code for %1 stops working at %2 (%3).</source>
        <translation>Der Code für %1 funktioniert ab %2 nicht mehr (%3).</translation>
    </message>
    <message>
        <source>Quota used up: %1 of %2 requests this month</source>
        <translation>Kontingent aufgebraucht: %1 von %2 Anfragen in diesem Monat</translation>
    </message>
    <message>
        <source>Quota: %1 of %2 requests this month (%3%)</source>
        <translation>Kontingent: %1 von %2 Anfragen in diesem Monat (%3 %)</translation>
    </message>
    <message>
        <source>The plan's monthly quota is used up: the service may refuse requests until next month.</source>
        <translation>Das Monatskontingent des Tarifs ist aufgebraucht: Der Dienst lehnt Anfragen eventuell bis zum nächsten Monat ab.</translation>
    </message>
    <message>
        <source>More than 80% of the plan's monthly quota is used.</source>
        <translation>Mehr als 80 % des Monatskontingents sind verbraucht.</translation>
    </message>
    <message>
        <source>Mail refused (%1): %2 to %3</source>
        <translation>Mail abgelehnt (%1): %2 an %3</translation>
    </message>
    <message>
        <source>Mail not sent (%1): %2 to %3</source>
        <translation>Mail nicht gesendet (%1): %2 an %3</translation>
    </message>
    <message>
        <source>The mail server refused the code for %1 to %2.</source>
        <translation>Der Mailserver hat den Code für %1 an %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The code for %1 could not be mailed to %2.</source>
        <translation>Der Code für %1 konnte nicht an %2 gesendet werden.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Er meldete: %1</translation>
    </message>
    <message>
        <source>Give the guest the code another way, or send it again.</source>
        <translation>Geben Sie dem Gast den Code auf anderem Weg, oder senden Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Mail may have been sent (%1): %2 to %3</source>
        <translation>E-Mail möglicherweise gesendet (%1): %2 an %3</translation>
    </message>
    <message>
        <source>The code for %1 went to the mail server for %2, but whether it took it is not known. Check with the guest before sending it again.</source>
        <translation>Der Code für %1 ging für %2 an den Mailserver, aber ob er ihn angenommen hat, ist nicht bekannt. Fragen Sie beim Gast nach, bevor Sie ihn erneut senden.</translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message>
        <source>Watch list</source>
        <extracomment>Title of the list of things to look at today (codes ending, deadlines, requests in doubt).</extracomment>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>Go to the watch list</source>
        <translation>Zur Beobachtungsliste</translation>
    </message>
    <message>
        <source>%1: go to the watch list</source>
        <translation>%1: zur Beobachtungsliste</translation>
    </message>
    <message>
        <source>Nothing needs a look today.</source>
        <translation>Heute muss nichts geprüft werden.</translation>
    </message>
    <message>
        <source>Watch list for today</source>
        <translation>Beobachtungsliste für heute</translation>
    </message>
    <message numerus="yes">
        <source>%n in doubt</source>
        <translation>
            <numerusform>%n ungeklärt</numerusform>
            <numerusform>%n ungeklärt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail failed</source>
        <translation>
            <numerusform>%n Mail fehlgeschlagen</numerusform>
            <numerusform>%n Mails fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first-use deadline(s)</source>
        <translation>
            <numerusform>%n Frist für erste Nutzung</numerusform>
            <numerusform>%n Fristen für erste Nutzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ending today</source>
        <translation>
            <numerusform>%n endet heute</numerusform>
            <numerusform>%n enden heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended today</source>
        <translation>
            <numerusform>%n heute beendet</numerusform>
            <numerusform>%n heute beendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Issue NetCodes for Codelocks and KitLock locks.</source>
        <translation>NetCodes für Codelocks- und KitLock-Schlösser ausgeben.</translation>
    </message>
    <message>
        <source>Use this database file (default: the app's data folder; or set NETCODE_DESK_DATABASE).</source>
        <translation>Diese Datenbankdatei verwenden (Standard: der Datenordner der Anwendung; oder NETCODE_DESK_DATABASE setzen).</translation>
    </message>
    <message>
        <source>Use this settings file (or set NETCODE_DESK_SETTINGS).</source>
        <translation>Diese Einstellungsdatei verwenden (oder NETCODE_DESK_SETTINGS setzen).</translation>
    </message>
    <message>
        <source>Run against the built-in simulator even if an API key is stored.</source>
        <translation>Den eingebauten Simulator verwenden, auch wenn ein API-Schlüssel gespeichert ist.</translation>
    </message>
    <message>
        <source>NetCode Desk cannot start</source>
        <translation>NetCode Desk kann nicht starten</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>%1 — demo mode until the key can be read.</source>
        <translation>%1 — Demo-Modus, bis der Schlüssel gelesen werden kann.</translation>
    </message>
    <message>
        <source>This desk is set to use that shared store (Settings, Shared store).</source>
        <translation>Dieser Empfang ist auf diese gemeinsame Datenbank eingestellt (Einstellungen, Gemeinsame Datenbank).</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Change the store…</source>
        <translation>Datenbank &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
</TS>