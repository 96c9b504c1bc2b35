<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;Issue code</source>
        <translation>Code &amp;uitgeven</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;message for the guest</source>
        <translation>&amp;Bericht voor de gast kopiëren</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>Bon &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Save slip as P&amp;DF…</source>
        <translation>Bon als P&amp;DF opslaan…</translation>
    </message>
    <message>
        <source>&amp;Email code…</source>
        <translation>Code &amp;e-mailen…</translation>
    </message>
    <message>
        <source>&amp;Add lock…</source>
        <translation>Slot &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit lock…</source>
        <translation>Slot &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove lock…</source>
        <translation>Slot &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Find lock</source>
        <translation>Slot &amp;zoeken</translation>
    </message>
    <message>
        <source>Search &amp;history</source>
        <translation>In &amp;geschiedenis zoeken</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About NetCode Desk</source>
        <translation>&amp;Over NetCode Desk</translation>
    </message>
    <message>
        <source>Issue the code (Ctrl+Enter, or Enter in the issue form)</source>
        <translation>De code uitgeven (Ctrl+Enter, of Enter in het formulier)</translation>
    </message>
    <message>
        <source>&amp;Import smart locks from K3 Connect…</source>
        <translation>Slimme sloten uit K3 Connect &amp;importeren…</translation>
    </message>
    <message>
        <source>Import locks from &amp;CSV…</source>
        <translation>Sloten uit &amp;CSV importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport locks to CSV…</source>
        <translation>Sloten naar CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Geschiedenis &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Een back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Issue for &amp;several locks…</source>
        <translation>Uitgeven voor &amp;meerdere sloten…</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Andere &amp;gebruiker…</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>Sta&amp;ff…</source>
        <translation>&amp;Personeel…</translation>
    </message>
    <message>
        <source>Audit lo&amp;g…</source>
        <translation>Wijzigings&amp;logboek…</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Planbord</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>The API host must start with https:// (plain http:// is allowed only for this computer). Correct the API host in Settings.</source>
        <translation>De API-host moet met https:// beginnen (http:// alleen voor deze computer). Corrigeer de API-host in Instellingen.</translation>
    </message>
    <message>
        <source>The Codelocks service rejected the smart lock's access key (401). Check the access key in the lock's settings.</source>
        <translation>De Codelocks-dienst heeft de toegangssleutel van het slimme slot geweigerd (401). Controleer de toegangssleutel in de instellingen van het slot.</translation>
    </message>
    <message>
        <source>The Codelocks service does not know this lock. Check the lock's timecode and lock id (or smart-lock id) in its settings.</source>
        <translation>De Codelocks-dienst kent dit slot niet. Controleer de tijdcode en de slot-id (of slimme-slot-id) in de instellingen van het slot.</translation>
    </message>
    <message>
        <source>The Codelocks service is refusing requests because the plan's limit has been reached or too many were sent. Wait a minute and try again; if it persists, check the plan's monthly quota.</source>
        <translation>De Codelocks-dienst weigert verzoeken omdat de limiet van het abonnement is bereikt of er te veel zijn verstuurd. Wacht een minuut en probeer het opnieuw; blijft het zo, controleer dan het maandquotum van het abonnement.</translation>
    </message>
    <message>
        <source>The Codelocks service had an internal error (%1). No code was issued. Try again in a few minutes.</source>
        <translation>De Codelocks-dienst had een interne fout (%1). Er is geen code uitgegeven. Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>The Codelocks service answered with an unexpected status (%1). No code was issued.</source>
        <translation>De Codelocks-dienst antwoordde met een onverwachte status (%1). Er is geen code uitgegeven.</translation>
    </message>
    <message>
        <source>Could not reach the Codelocks service. Check the internet connection and the API host in Settings, then try again.</source>
        <translation>De Codelocks-dienst is niet bereikbaar. Controleer de internetverbinding en de API-host in Instellingen en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The connection to the Codelocks service was cut before it answered. Try again.</source>
        <translation>De verbinding met de Codelocks-dienst werd verbroken voordat hij antwoordde. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The API host could not be found. Check the internet connection and the API host in Settings.</source>
        <translation>De API-host is niet gevonden. Controleer de internetverbinding en de API-host in Instellingen.</translation>
    </message>
    <message>
        <source>The secure connection to the Codelocks service could not be verified, so nothing was sent. Check the computer's date and time, and whether a network filter intercepts secure connections.</source>
        <translation>De beveiligde verbinding met de Codelocks-dienst kon niet worden gecontroleerd, dus er is niets verstuurd. Controleer datum en tijd van de computer en of een netwerkfilter beveiligde verbindingen onderschept.</translation>
    </message>
    <message>
        <source>A network error stopped the request. Check the connection and try again.</source>
        <translation>Een netwerkfout hield het verzoek tegen. Controleer de verbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer NetCode Desk cannot read. No code is shown; try again, and if it keeps happening check the API host and versions in Settings.</source>
        <translation>De Codelocks-dienst stuurde een antwoord dat NetCode Desk niet kan lezen. Er wordt geen code getoond; probeer het opnieuw en controleer bij herhaling de API-host en versies in Instellingen.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer far larger than a NetCode; it was not read. Check the API host in Settings.</source>
        <translation>De Codelocks-dienst stuurde een antwoord dat veel groter is dan een NetCode; het is niet gelezen. Controleer de API-host in Instellingen.</translation>
    </message>
    <message>
        <source>The Codelocks service did not issue a code.</source>
        <translation>De Codelocks-dienst heeft geen code uitgegeven.</translation>
    </message>
    <message>
        <source>The Codelocks service refused the request as invalid. Most often the lock's model is set wrongly, or its timecode or lock id has a typing error; also check that the lock is configured for this mode and that codes of whole days start at midnight.</source>
        <translation>De Codelocks-dienst weigerde het verzoek als ongeldig. Meestal is het model van het slot verkeerd ingesteld, of bevat de tijdcode of slot-id een typefout; controleer ook of het slot voor deze modus is ingesteld en of codes voor hele dagen om middernacht beginnen.</translation>
    </message>
    <message>
        <source>The Codelocks service tried to send the request to another address. NetCode Desk did not follow, so the API key went nowhere else. Check the API host in Settings.</source>
        <translation>De Codelocks-dienst probeerde het verzoek naar een ander adres te sturen. NetCode Desk is niet gevolgd, dus de API-sleutel is nergens anders heen gegaan. Controleer de API-host in Instellingen.</translation>
    </message>
    <message>
        <source>The service said: "%1".</source>
        <translation>De dienst meldde: ‘%1’.</translation>
    </message>
    <message>
        <source>The Codelocks service rejected the site's API key (%1). Check the API key in Settings.</source>
        <translation>De Codelocks-dienst heeft de API-sleutel van de locatie geweigerd (%1). Controleer de API-sleutel in Instellingen.</translation>
    </message>
    <message>
        <source>The Codelocks service did not answer in time. Check the internet connection and try again.</source>
        <translation>De Codelocks-dienst antwoordde niet op tijd. Controleer de internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The Codelocks service did not answer in time. The request had already been sent, so the service may have issued — and billed — a code that never arrived. It is kept in History as "in doubt"; ask again from there.</source>
        <translation>De Codelocks-dienst antwoordde niet op tijd. Het verzoek was al verstuurd, dus de dienst heeft mogelijk een code uitgegeven — en in rekening gebracht — die nooit is aangekomen. Het verzoek staat in de geschiedenis als "onzeker"; vraag het daar opnieuw.</translation>
    </message>
    <message>
        <source>The connection was cut after the request was sent: the service may have issued — and billed — a code that never arrived. It is kept in History as "in doubt"; ask again from there.</source>
        <translation>De verbinding werd verbroken nadat het verzoek was verstuurd: de dienst heeft mogelijk een code uitgegeven — en in rekening gebracht — die nooit is aangekomen. Het verzoek staat in de geschiedenis als "onzeker"; vraag het daar opnieuw.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer NetCode Desk cannot read, so no code is shown. The service may still have issued — and billed — the code: it is kept in History as "in doubt"; ask again from there. If this keeps happening, check the API host and versions in Settings.</source>
        <translation>De Codelocks-dienst stuurde een antwoord dat NetCode Desk niet kan lezen, dus er wordt geen code getoond. Mogelijk heeft de dienst de code toch uitgegeven — en in rekening gebracht —: het verzoek staat in de geschiedenis als "onzeker"; vraag het daar opnieuw. Gebeurt dit vaker, controleer dan de API-host en versies in Instellingen.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer far larger than a NetCode, so it was not read. The request may have been billed: it is kept in History as "in doubt". Check the API host in Settings.</source>
        <translation>De Codelocks-dienst stuurde een antwoord dat veel groter is dan een NetCode, dus het is niet gelezen. Het verzoek is mogelijk in rekening gebracht: het staat in de geschiedenis als "onzeker". Controleer de API-host in Instellingen.</translation>
    </message>
    <message>
        <source>The Codelocks service kept redirecting the request instead of answering it, so NetCode Desk stopped following. Check the API host and versions in Settings; if they are right, the service has a problem: try again later.</source>
        <translation>De Codelocks-dienst bleef het verzoek doorsturen in plaats van het te beantwoorden, dus NetCode Desk is gestopt met volgen. Controleer de API-host en versies in Instellingen; kloppen die, dan heeft de dienst een probleem: probeer het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>The built-in demo service could not start: %1</source>
        <translation>De ingebouwde demodienst kon niet starten: %1</translation>
    </message>
    <message>
        <source>Demo: built-in simulator on %1</source>
        <translation>Demo: ingebouwde simulator op %1</translation>
    </message>
    <message>
        <source>Codelocks Connect: %1</source>
        <translation>Codelocks Connect: %1</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>een andere balie</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>datum onbekend</translation>
    </message>
    <message>
        <source>This desk's API key differs from the one the site uses (saved by %1 on %2). Codes issued here are billed to the account of this desk's key.</source>
        <translation>De API-sleutel van deze balie wijkt af van die van de locatie (opgeslagen door %1, %2). Codes die hier worden uitgegeven, worden in rekening gebracht bij het account van de sleutel van deze balie.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) issued before %1 deleted</source>
        <translation>
            <numerusform>%n code uitgegeven vóór %1 verwijderd</numerusform>
            <numerusform>%n codes uitgegeven vóór %1 verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Het wijzigingslogboek kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Wijzigingslogboek</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1 (login %2)</translation>
    </message>
    <message numerus="yes">
        <source>The last %n change(s) made as a manager, newest first.</source>
        <translation>
            <numerusform>De laatste wijziging door een manager (%n).</numerusform>
            <numerusform>De laatste %n wijzigingen door een manager, nieuwste eerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <source>&amp;Issue codes</source>
        <translation>Codes &amp;uitgeven</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>Lijst &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV opslaan…</translation>
    </message>
    <message>
        <source>Issue codes for several locks</source>
        <translation>Codes uitgeven voor meerdere sloten</translation>
    </message>
    <message>
        <source>Narrow the list: a group, floor or name</source>
        <translation>Lijst verkleinen: groep, verdieping of naam</translation>
    </message>
    <message>
        <source>Narrow the list of locks</source>
        <translation>De lijst met sloten verkleinen</translation>
    </message>
    <message>
        <source>Locks to issue codes for</source>
        <translation>Sloten waarvoor codes worden uitgegeven</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Guest or group name</source>
        <translation>Naam van de gast of de groep</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Boekingsnummer</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;Guest or group:</source>
        <translation>&amp;Gast of groep:</translation>
    </message>
    <message>
        <source>Booking r&amp;eference:</source>
        <translation>Boekings&amp;nummer:</translation>
    </message>
    <message>
        <source>Issued %1 of %2…</source>
        <translation>%1 van %2 uitgegeven…</translation>
    </message>
    <message>
        <source>Tick the locks to issue codes for.</source>
        <translation>Vink de sloten aan waarvoor codes moeten worden uitgegeven.</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge</source>
        <translation>Opnieuw uitgegeven uit de geschiedenis — geen nieuwe kosten</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Save the sheet as PDF (cancel to print instead)</source>
        <translation>Lijst als PDF opslaan (annuleren om in plaats daarvan af te drukken)</translation>
    </message>
    <message>
        <source>codes.pdf</source>
        <translation>codes.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save codes as CSV</source>
        <translation>Codes als CSV opslaan</translation>
    </message>
    <message>
        <source>codes.csv</source>
        <translation>codes.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s): demo codes from the built-in simulator, nothing is billed.</source>
        <translation>
            <numerusform>%n slot: democode van de ingebouwde simulator, er wordt niets gefactureerd.</numerusform>
            <numerusform>%n sloten: democodes van de ingebouwde simulator, er wordt niets gefactureerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s).</source>
        <translation>
            <numerusform>%n slot.</numerusform>
            <numerusform>%n sloten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billed request(s) will be sent to the Codelocks service.</source>
        <translation>
            <numerusform>%n gefactureerde aanvraag wordt naar de Codelocks-dienst gestuurd.</numerusform>
            <numerusform>%n gefactureerde aanvragen worden naar de Codelocks-dienst gestuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) come from history free of charge.</source>
        <translation>
            <numerusform>%n code komt gratis uit de geschiedenis.</numerusform>
            <numerusform>%n codes komen gratis uit de geschiedenis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) issued and saved in history.</source>
        <translation>
            <numerusform>%1 van %n code uitgegeven en in de geschiedenis bewaard.</numerusform>
            <numerusform>%1 van %n codes uitgegeven en in de geschiedenis bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) already belong to another guest and will be skipped (issue those on their own to give the same code).</source>
        <translation>
            <numerusform>%n code is al van een andere gast en wordt overgeslagen (geef die apart uit om dezelfde code te geven).</numerusform>
            <numerusform>%n codes zijn al van andere gasten en worden overgeslagen (geef die apart uit om dezelfde code te geven).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchIssuer</name>
    <message>
        <source>DEMO — these codes will not open real locks</source>
        <translation>DEMO — deze codes openen geen echte sloten</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Toegangscodes</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>not issued: %1</source>
        <translation>niet uitgegeven: %1</translation>
    </message>
    <message>
        <source>Issue it on its own to give the same code to this guest too.</source>
        <translation>Geef hem apart uit om ook deze gast dezelfde code te geven.</translation>
    </message>
</context>
<context>
    <name>BoardLayout</name>
    <message>
        <source>No guest named</source>
        <translation>Geen gast opgegeven</translation>
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
        <translation>Planbord: codes per slot in de tijd</translation>
    </message>
    <message numerus="yes">
        <source>One code, held by %n guest(s)</source>
        <translation>
            <numerusform>Eén code, van %n gast</numerusform>
            <numerusform>Eén code, gedeeld door %n gasten</numerusform>
        </translation>
    </message>
    <message>
        <source>Another code works on this lock at the same time.</source>
        <translation>Een andere code werkt tegelijk op dit slot.</translation>
    </message>
    <message>
        <source>Click or press Enter to open it in History.</source>
        <translation>Klik of druk op Enter om hem in de geschiedenis te openen.</translation>
    </message>
    <message>
        <source>No locks match the group and search.</source>
        <translation>Geen sloten komen overeen met de groep en de zoekopdracht.</translation>
    </message>
    <message>
        <source>In doubt: %1</source>
        <translation>Onzeker: %1</translation>
    </message>
    <message>
        <source>Being issued: %1</source>
        <translation>Wordt uitgegeven: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n guests: %1</source>
        <translation>
            <numerusform>%n gast: %1</numerusform>
            <numerusform>%n gasten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Slot</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Board — NetCode Desk</source>
        <translation>Planbord — NetCode Desk</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>Scroll to the current time</source>
        <translation>Naar de huidige tijd scrollen</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>Eén dag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>How many days fill the width (Ctrl+wheel, + and - on the board)</source>
        <translation>Hoeveel dagen de breedte vullen (Ctrl+scrollwiel, + en - op het planbord)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Search locks</source>
        <translation>Sloten zoeken</translation>
    </message>
    <message>
        <source>Lock or group</source>
        <translation>Slot of groep</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Zoe&amp;ken:</translation>
    </message>
    <message>
        <source>Red outline with a cross-hatched edge: two codes work on one lock at the same time. Hatched with a dashed red outline: a request in doubt, to be looked at. Flag: first-use deadline. Edge at the right end: expires today. Line: now.</source>
        <translation>Rode rand met gearceerde kant: twee codes werken tegelijk op één slot. Gearceerd met een rode stippelrand: een onzeker verzoek dat bekeken moet worden. Vlag: uiterste datum voor eerste gebruik. Kant aan het rechtereinde: verloopt vandaag. Lijn: nu.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
</context>
<context>
    <name>ChangeListener</name>
    <message numerus="yes">
        <source>The shared store's server has not answered for %n second(s).</source>
        <translation>
            <numerusform>De server van de gedeelde database antwoordt al %n seconde niet.</numerusform>
            <numerusform>De server van de gedeelde database antwoordt al %n seconden niet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The API URL must start with https:// (http:// only for this computer): %1</source>
        <translation>De API-URL moet met https:// beginnen (http:// alleen voor deze computer): %1</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout verwacht een aantal seconden van 1 tot 600.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit verwacht een positief getal.</translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation>--format verwacht csv of json.</translation>
    </message>
    <message>
        <source>(not issued)</source>
        <translation>(niet uitgegeven)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Codes written to %1: %2.</source>
        <translation>Codes geschreven naar %1: %2.</translation>
    </message>
    <message>
        <source>--model must be one of KL1060, KL1060C2, KL1060G3, K3CONNECT.</source>
        <translation>--model moet KL1060, KL1060C2, KL1060G3 of K3CONNECT zijn.</translation>
    </message>
    <message>
        <source>A smart lock needs --access-key-env VARIABLE naming the environment variable that holds its access key.</source>
        <translation>Een slim slot heeft --access-key-env VARIABELE nodig: de naam van de omgevingsvariabele met zijn toegangssleutel.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>De omgevingsvariabele %1 is leeg of niet ingesteld.</translation>
    </message>
    <message>
        <source>--mode must be one of single-use, multi-use, rental, long-rental, end-date, 24-hour.</source>
        <translation>--mode moet single-use, multi-use, rental, long-rental, end-date of 24-hour zijn.</translation>
    </message>
    <message>
        <source>--length takes hours or days, for example 3h or 2d.</source>
        <translation>--length verwacht uren of dagen, bijvoorbeeld 3h of 2d.</translation>
    </message>
    <message>
        <source>--validation takes hours or days, for example 6h or 2d.</source>
        <translation>--validation verwacht uren of dagen, bijvoorbeeld 6h of 2d.</translation>
    </message>
    <message>
        <source>--end-date takes a date as YYYY-MM-DD.</source>
        <translation>--end-date verwacht een datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>--start takes "YYYY-MM-DD HH:MM", or a date alone for codes of whole days.</source>
        <translation>--start verwacht "JJJJ-MM-DD UU:MM", of alleen een datum voor codes van hele dagen.</translation>
    </message>
    <message>
        <source>Say which lock: --lock NAME, or the lock inline with --model and its ids.</source>
        <translation>Welk slot? --lock NAAM, of het slot direct met --model en zijn id's.</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (opdrachtregel)</translation>
    </message>
    <message>
        <source>There is no lock called "%1". See: netcode-desk-cli locks list</source>
        <translation>Er is geen slot met de naam "%1". Zie: netcode-desk-cli locks list</translation>
    </message>
    <message>
        <source>--zone is for a lock given inline; %1 keeps its own zone (%2).</source>
        <translation>--zone is voor een direct opgegeven slot; %1 houdt zijn eigen tijdzone (%2).</translation>
    </message>
    <message>
        <source>%1 is configured for %2; it cannot take a %3 code.</source>
        <translation>%1 is ingesteld voor %2; het kan geen %3-code krijgen.</translation>
    </message>
    <message>
        <source>A long-term rental code needs --validation, for example 6h or 2d.</source>
        <translation>Een code voor langdurige verhuur heeft --validation nodig, bijvoorbeeld 6h of 2d.</translation>
    </message>
    <message>
        <source>An End Date code needs --end-date YYYY-MM-DD (its last day).</source>
        <translation>Een code met einddatum heeft --end-date JJJJ-MM-DD nodig (de laatste dag).</translation>
    </message>
    <message>
        <source>Say how long the code lasts: --length 3h or --length 2d.</source>
        <translation>Hoe lang geldt de code? --length 3h of --length 2d.</translation>
    </message>
    <message>
        <source>The service offers no such %1 code for %2.%3</source>
        <translation>De dienst biedt zo'n %1-code niet aan voor %2.%3</translation>
    </message>
    <message>
        <source>No answer came in time.</source>
        <translation>Er kwam niet op tijd een antwoord.</translation>
    </message>
    <message>
        <source>Code %1 for %2</source>
        <translation>Code %1 voor %2</translation>
    </message>
    <message>
        <source>Start sent: %1 (lock's clock), duration id %2</source>
        <translation>Verstuurd begin: %1 (klok van het slot), duur-id %2</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge (use --fresh to ask the service again).</source>
        <translation>Opnieuw uitgegeven uit de geschiedenis — geen nieuwe kosten (gebruik --fresh om de dienst opnieuw te vragen).</translation>
    </message>
    <message>
        <source>DEMO code — it will not open a real lock.</source>
        <translation>DEMO-code — opent geen echt slot.</translation>
    </message>
    <message>
        <source>locks add needs --name and --model, and the lock's ids.</source>
        <translation>locks add heeft --name en --model nodig, plus de id's van het slot.</translation>
    </message>
    <message>
        <source>--mode must be one of standard, rental, long-rental, end-date, 24-hour.</source>
        <translation>--mode moet standard, rental, long-rental, end-date of 24-hour zijn.</translation>
    </message>
    <message>
        <source>Enter the access key again in the app (Edit lock) on a computer with a keychain.</source>
        <translation>Voer de toegangssleutel opnieuw in in de app (Slot bewerken), op een computer met een sleutelbos.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 toegevoegd.</translation>
    </message>
    <message>
        <source>Say which lock: netcode-desk-cli locks remove NAME</source>
        <translation>Welk slot? netcode-desk-cli locks remove NAAM</translation>
    </message>
    <message>
        <source>There is no lock called "%1".</source>
        <translation>Er is geen slot met de naam "%1".</translation>
    </message>
    <message>
        <source>Removed %1; its codes stay in history.</source>
        <translation>%1 verwijderd; zijn codes blijven in de geschiedenis.</translation>
    </message>
    <message>
        <source>Say which file: netcode-desk-cli locks import FILE.csv</source>
        <translation>Welk bestand? netcode-desk-cli locks import BESTAND.csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Rij %1, kolom %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Rows with problems: %n. Correct them, or add --accept-valid to import only the rows without problems.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd. Rijen met fouten: %n. Corrigeer ze, of voeg --accept-valid toe om alleen de foutloze rijen te importeren.</numerusform>
            <numerusform>Er is niets geïmporteerd. Rijen met fouten: %n. Corrigeer ze, of voeg --accept-valid toe om alleen de foutloze rijen te importeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locks imported: %n.</source>
        <translation>
            <numerusform>Sloten geïmporteerd: %n.</numerusform>
            <numerusform>Sloten geïmporteerd: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--k3connect needs --access-key-env VARIABLE holding the account's access key.</source>
        <translation>--k3connect heeft --access-key-env VARIABELE nodig met de toegangssleutel van het account.</translation>
    </message>
    <message>
        <source>Smart locks added: %1, updated: %2.</source>
        <translation>Slimme sloten toegevoegd: %1, bijgewerkt: %2.</translation>
    </message>
    <message>
        <source>locks takes one of: list, add, remove, import, export.</source>
        <translation>locks verwacht list, add, remove, import of export.</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port verwacht een getal van 0 tot 65535.</translation>
    </message>
    <message>
        <source>The simulator cannot listen: %1</source>
        <translation>De simulator kan niet luisteren: %1</translation>
    </message>
    <message>
        <source>Codelocks simulator listening on %1 (Ctrl+C to stop)</source>
        <translation>Codelocks-simulator luistert op %1 (Ctrl+C om te stoppen)</translation>
    </message>
    <message>
        <source>NetCode Desk from the command line.</source>
        <translation>NetCode Desk op de opdrachtregel.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>De versie tonen.</translation>
    </message>
    <message>
        <source>See: netcode-desk-cli --help</source>
        <translation>Zie: netcode-desk-cli --help</translation>
    </message>
    <message>
        <source>Say what to do, for example: netcode-desk-cli %1 list</source>
        <translation>Wat moet er gebeuren? Bijvoorbeeld: netcode-desk-cli %1 list</translation>
    </message>
    <message>
        <source>Unknown command "%1". See: netcode-desk-cli --help</source>
        <translation>Onbekende opdracht "%1". Zie: netcode-desk-cli --help</translation>
    </message>
    <message>
        <source>The export did not reach standard output: %1</source>
        <translation>De export heeft de standaarduitvoer niet bereikt: %1</translation>
    </message>
    <message>
        <source>The same request is being issued at %1 right now: waiting for its answer instead of sending it again…</source>
        <translation>Hetzelfde verzoek wordt op dit moment bij %1 uitgegeven: er wordt op het antwoord gewacht in plaats van het opnieuw te versturen…</translation>
    </message>
    <message>
        <source>No answer came in time. The request may have been billed; see History.</source>
        <translation>Er kwam niet op tijd een antwoord. Het verzoek is mogelijk in rekening gebracht; zie de geschiedenis.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>de uitvoer kon niet worden geschreven</translation>
    </message>
    <message>
        <source>Standard output could not be written: %1</source>
        <translation>De standaarduitvoer kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Say which request: netcode-desk-cli history ask-again ID (the id from history list --json).</source>
        <translation>Zeg welke aanvraag: netcode-desk-cli history ask-again ID (de id uit history list --json).</translation>
    </message>
    <message>
        <source>There is no history row %1.</source>
        <translation>Er is geen geschiedenisregel %1.</translation>
    </message>
    <message>
        <source>Row %1 is not in doubt (it is %2): there is nothing to ask again.</source>
        <translation>Regel %1 is niet onzeker (hij is %2): er valt niets opnieuw te vragen.</translation>
    </message>
    <message>
        <source>The lock of row %1 is not in the database (it was given inline): issue it again with the same options and --fresh.</source>
        <translation>Het slot van regel %1 staat niet in de database (het werd rechtstreeks opgegeven): geef de code opnieuw uit met dezelfde opties en --fresh.</translation>
    </message>
    <message>
        <source>Say what to do, for example: netcode-desk-cli store status --database URL</source>
        <translation>Zeg wat er moet gebeuren, bijvoorbeeld: netcode-desk-cli store status --database URL</translation>
    </message>
    <message>
        <source>The store commands work on a shared store: give its address, for example --database postgresql://HOST/DATABASE</source>
        <translation>De store-opdrachten werken op een gedeelde database: geef het adres, bijvoorbeeld --database postgresql://HOST/DATABASE</translation>
    </message>
    <message>
        <source>The shared store %1 is already set up (schema %2); nothing was changed.</source>
        <translation>De gedeelde database %1 is al ingericht (schema %2); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Set up the shared store %1 (schema %2):</source>
        <translation>Gedeelde database %1 ingericht (schema %2):</translation>
    </message>
    <message>
        <source>Next, for each desk and each manager: createuser --pwprompt NAME (on the database server), then
  netcode-desk-cli store grant NAME --role desk|manager --database URL</source>
        <translation>Daarna, voor elke balie en elke manager: createuser --pwprompt NAAM (op de databaseserver), dan
  netcode-desk-cli store grant NAAM --role desk|manager --database URL</translation>
    </message>
    <message>
        <source>Say which login: netcode-desk-cli store grant LOGIN --role desk|manager --database URL</source>
        <translation>Welke login? netcode-desk-cli store grant LOGIN --role desk|manager --database URL</translation>
    </message>
    <message>
        <source>--role takes desk (issue, search, reprint, export) or manager (also locks, settings, staff, retention).</source>
        <translation>--role verwacht desk (uitgeven, zoeken, opnieuw afdrukken, exporteren) of manager (ook sloten, instellingen, personeel, bewaartermijn).</translation>
    </message>
    <message>
        <source>%1 already has the %2 role; nothing was changed.</source>
        <translation>%1 heeft de rol %2 al; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Say which file: netcode-desk-cli store import-sqlite FILE --database URL</source>
        <translation>Welk bestand? netcode-desk-cli store import-sqlite BESTAND --database URL</translation>
    </message>
    <message>
        <source>Moved %1 into %2:</source>
        <translation>%1 overgezet naar %2:</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n code toegevoegd</numerusform>
            <numerusform>%n codes toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n al aanwezig</numerusform>
            <numerusform>%n al aanwezig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were still being issued in the file and are now in doubt (History, In doubt)</source>
        <translation>
            <numerusform>%n daarvan werd in het bestand nog uitgegeven en is nu onzeker (Geschiedenis, Onzeker)</numerusform>
            <numerusform>%n daarvan werden in het bestand nog uitgegeven en zijn nu onzeker (Geschiedenis, Onzeker)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) added</source>
        <translation>
            <numerusform>%n slot toegevoegd</numerusform>
            <numerusform>%n sloten toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (kept as they are)</source>
        <translation>
            <numerusform>%n al aanwezig (ongewijzigd gelaten)</numerusform>
            <numerusform>%n al aanwezig (ongewijzigd gelaten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request count(s) added</source>
        <translation>
            <numerusform>%n aanvraagteller toegevoegd</numerusform>
            <numerusform>%n aanvraagtellers toegevoegd</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Store:    %1</source>
        <translation>Database:   %1</translation>
    </message>
    <message>
        <source>Schema:   %1</source>
        <translation>Schema:     %1</translation>
    </message>
    <message>
        <source>not set up (netcode-desk-cli store init)</source>
        <translation>niet ingericht (netcode-desk-cli store init)</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identiteit: %1</translation>
    </message>
    <message>
        <source>Login:    %1</source>
        <translation>Login:      %1</translation>
    </message>
    <message>
        <source>Role:     %1</source>
        <translation>Rol:        %1</translation>
    </message>
    <message>
        <source>Unknown store command "%1": init, grant, import-sqlite or status.</source>
        <translation>Onbekende store-opdracht "%1": init, grant, import-sqlite of status.</translation>
    </message>
    <message>
        <source>The login %1 has the desk role on the shared store %2, and only a manager's login may do that. Run it again with a manager's login (--database postgresql://LOGIN@SERVER/DATABASE); nothing was changed.</source>
        <translation>De login %1 heeft de rol balie in de gedeelde database %2, en dat mag alleen de login van een manager. Voer het opnieuw uit met de login van een manager (--database postgresql://LOGIN@SERVER/DATABASE); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>K3 Connect account: %1 smart lock(s) added, %2 updated</source>
        <translation>K3 Connect-account: slimme sloten toegevoegd: %1, bijgewerkt: %2</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli staff add NAME --role desk|manager [--login DBLOGIN]; the PIN or password is read from standard input.</source>
        <translation>Gebruik: netcode-desk-cli staff add NAAM --role desk|manager [--login DBLOGIN]; de pincode of het wachtwoord wordt van standaardinvoer gelezen.</translation>
    </message>
    <message>
        <source>--role takes desk or manager.</source>
        <translation>--role verwacht desk of manager.</translation>
    </message>
    <message>
        <source>--login is for managers: desk staff use the desk's own login.</source>
        <translation>--login is voor managers: baliepersoneel gebruikt de eigen login van de balie.</translation>
    </message>
    <message>
        <source>PIN or password for %1: </source>
        <translation>Pincode of wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>Again, to check: </source>
        <translation>Nogmaals, ter controle: </translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed.</source>
        <translation>De twee invoeren verschillen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) toegevoegd.</translation>
    </message>
    <message>
        <source>Nobody is on the staff list.</source>
        <translation>De personeelslijst is leeg.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation>geblokkeerd tot %1 UTC</translation>
    </message>
    <message>
        <source>login %1</source>
        <translation>login %1</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli staff deactivate NAME</source>
        <translation>Gebruik: netcode-desk-cli staff deactivate NAAM</translation>
    </message>
    <message>
        <source>Nobody called "%1" is on the staff list.</source>
        <translation>Er staat niemand met de naam "%1" op de personeelslijst.</translation>
    </message>
    <message>
        <source>%1 deactivated: they can no longer sign in; their history stays.</source>
        <translation>%1 gedeactiveerd: kan zich niet meer aanmelden; de geschiedenis blijft.</translation>
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
        <translation>Gebruik: netcode-desk-cli staff OPDRACHT [--database BESTAND|URL]

De mensen die zich aan de balies aanmelden (bij een gedeelde database een manageractie):
  staff add NAAM --role desk|manager [--login DBLOGIN]   een persoon toevoegen; de pincode of het wachtwoord
                             komt van standaardinvoer (verborgen getypt in een terminal), nooit als argument;
                             --login noemt de eigen login van een manager in een gedeelde database
  staff list [--json]        de personeelslijst
  staff deactivate NAAM      de persoon kan zich niet meer aanmelden; de geschiedenis blijft

Elke wijziging komt in het wijzigingslogboek als "(command line)" met de gebruikersnaam van deze computer.
</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli audit list [--limit N] [--json] [--database FILE|URL]

Manager actions (locks, settings, staff, retention, lock-outs, desks moved in), newest first;
--limit N shows the newest N (100 unless given).
</source>
        <translation>Gebruik: netcode-desk-cli audit list [--limit N] [--json] [--database BESTAND|URL]

Acties van managers (sloten, instellingen, personeel, bewaartermijn, blokkeringen, overgezette balies), nieuwste eerst;
--limit N toont de N nieuwste (anders 100).
</translation>
    </message>
    <message>
        <source>staff takes one of: add, list, deactivate.</source>
        <translation>staff verwacht een van: add, list, deactivate.</translation>
    </message>
    <message>
        <source>audit takes: list.</source>
        <translation>audit verwacht: list.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>%1 is a superuser: the server lets it do everything, whatever role it is given, so it cannot be a desk or a manager. Make an ordinary login for the desk or person (createuser --pwprompt NAME) and grant that; nothing was changed.</source>
        <translation>%1 is een superuser: de server staat die alles toe, welke rol die ook krijgt, dus kan die geen balie of manager zijn. Maak een gewone login voor de balie of persoon (createuser --pwprompt NAME) en geef die de rol; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is netcode_owner or a member of it: the owner of the store's tables is for setting up and updating the store (store init), not for a desk or a manager. Make an ordinary login for the desk or person (createuser --pwprompt NAME) and grant that; nothing was changed.</source>
        <translation>%1 is netcode_owner of lid daarvan: de eigenaar van de tabellen van de database is voor het inrichten en bijwerken ervan (store init), niet voor een balie of manager. Maak een gewone login voor de balie of persoon (createuser --pwprompt NAME) en geef die de rol; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Left behind from demo mode: %1 sample lock(s), %2 demo code(s), %3 demo request count(s)</source>
        <translation>Achtergelaten uit de demomodus: voorbeeldsloten: %1, democodes: %2, demo-aanvraagtellers: %3</translation>
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
        <translation>Gebruik: netcode-desk-cli store OPDRACHT --database postgresql://[LOGIN@]SERVER[:POORT]/DATABASE [--json]

Een gedeelde database (PostgreSQL) voor een team van balies:
  store init                 de database inrichten: rollen, schema en rechten; opnieuw uitvoeren na een
                             update (met een login die rollen mag maken, bijv. postgres)
  store grant LOGIN --role desk|manager   een bestaande, gewone login de rol desk of manager geven
                             (nooit een superuser of netcode_owner)
  store import-sqlite BESTAND   het eigen databasebestand van een balie overzetten (login van een manager;
                             het bestand wordt alleen gelezen; demosloten en democodes blijven achter; herhaalbaar)
  store status               schema en identiteit van de database, deze login en zijn rol

--database mag weg als NETCODE_DESK_DATABASE of Instellingen de database noemt. Het wachtwoord
komt uit de URL (alleen voor deze keer), de sleutelbos, PGPASSWORD of ~/.pgpass.
</translation>
    </message>
    <message>
        <source>To give this guest the same code too, add --share-code.</source>
        <translation>Voeg --share-code toe om ook deze gast dezelfde code te geven.</translation>
    </message>
    <message>
        <source>Shared with %1 (history row %2, issued %3): both guests open the same door with this code in the same window.</source>
        <translation>Gedeeld met %1 (geschiedenisregel %2, uitgegeven op %3): beide gasten openen met deze code dezelfde deur in dezelfde periode.</translation>
    </message>
    <message>
        <source>--arrive/--depart choose the start and the length themselves; leave out --%1.</source>
        <translation>--arrive/--depart kiezen zelf het begin en de duur; laat --%1 weg.</translation>
    </message>
    <message>
        <source>A stay needs --depart "YYYY-MM-DD HH:MM" (the guest's departure).</source>
        <translation>Een verblijf heeft --depart "JJJJ-MM-DD UU:MM" nodig (het vertrek van de gast).</translation>
    </message>
    <message>
        <source>--depart takes "YYYY-MM-DD HH:MM" (wall time in the lock's zone).</source>
        <translation>--depart verwacht "JJJJ-MM-DD UU:MM" (lokale tijd in de tijdzone van het slot).</translation>
    </message>
    <message>
        <source>--arrive takes "YYYY-MM-DD HH:MM" (wall time in the lock's zone).</source>
        <translation>--arrive verwacht "JJJJ-MM-DD UU:MM" (lokale tijd in de tijdzone van het slot).</translation>
    </message>
    <message>
        <source>history takes one of: list, export, ask-again, email.</source>
        <translation>history verwacht een van: list, export, ask-again, email.</translation>
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
        <translation>Gebruik: netcode-desk-cli OPDRACHT [opties]

Opdrachten:
  issue                 een code uitgeven (of opnieuw uitgeven vanuit de geschiedenis, kosteloos)
  locks list            de sloten van de balie tonen
  locks add             een slot toevoegen (--name, --model en zijn id's, --mode, --group)
  locks remove NAAM     een slot verwijderen (zijn codes blijven in de geschiedenis)
  locks import BESTAND  sloten importeren uit CSV (niets tenzij elke regel geldig is, of --accept-valid)
  locks import --k3connect --access-key-env VAR   de slimme sloten van een K3 Connect-account importeren
  locks export          de sloten als CSV schrijven (--output BESTAND, standaard de standaarduitvoer)
  history list          recente codes (--search TEKST, --limit N)
  history export        alle overeenkomende codes als CSV of JSON (--format, --output BESTAND)
  history ask-again ID  een onzeker verzoek (geen antwoord vastgelegd) nogmaals versturen: opnieuw in rekening gebracht
  history email ID ADRES   een code per e-mail naar zijn gast sturen via de mailserver van de locatie
                        (--attach-slip, --language de|en|es|fr|nl)
  simulator             de ingebouwde Codelocks-simulator starten (--port N, --require-key SLEUTEL)
  store init            een gedeelde database (PostgreSQL) inrichten: rollen, schema, rechten (--database URL)
  store grant LOGIN     een bestaande login de rol balie of manager geven (--role desk|manager)
  store import-sqlite BESTAND   het eigen databasebestand van een balie naar de gedeelde database overzetten
  store status          schema en identiteit van de gedeelde database, en de rol van deze login
  staff add NAAM --role desk|manager [--login DBLOGIN]   een persoon toevoegen (pincode of wachtwoord via
                        de standaardinvoer)
  staff list            de personeelslijst (--json)
  staff deactivate NAAM een persoon kan niet meer aanmelden (zijn geschiedenis blijft)
  audit list            acties van managers, nieuwste eerst (--limit N, --json)

Een code uitgeven voor een slot in de database:
  netcode-desk-cli issue --lock "Room 101" --length 3h --start "2027-07-14 15:00" --guest "Ana"
of voor een slot dat direct wordt opgegeven:
  --model KL1060G3 --timecode 202604221226 --lock-id 921239
  --model K3CONNECT --smart-lock-id &lt;32 hex&gt; --access-key-env VARIABELE
  --zone Europe/London, --clock-follows-dst / --no-clock-follows-dst (standaard: volgens het model)
Codes: --mode single-use|multi-use|rental|long-rental|end-date|24-hour, --length 3h|2d|14d,
  --start "JJJJ-MM-DD UU:MM" (lokale tijd in de tijdzone van het slot; alleen een datum voor hele dagen),
  --end-date JJJJ-MM-DD, --validation 6h|2d, --guest, --room, --ref, --fresh (de dienst vragen,
  ook als de geschiedenis precies dit verzoek bevat), --timeout SECONDEN, --json.
  Een code die een andere gast al heeft (zelfde slot, begin en duur) wordt geweigerd (exit 2, niets
  verstuurd), tenzij --share-code aangeeft dat ook deze gast hem krijgt.
  --email ADRES mailt de code naar de gast zodra hij in de geschiedenis staat (--attach-slip voegt de
  bon als PDF toe, --language CODE de taal van de gast); het wachtwoord komt uit de sleutelbos of uit
  NETCODE_DESK_MAIL_PASSWORD.
Per verblijf in plaats van begin en duur: --arrive "JJJJ-MM-DD UU:MM" (standaard: nu) en
  --depart "JJJJ-MM-DD UU:MM" (lokale tijd in de tijdzone van het slot) kiezen het begin en de duur (of
  einddatum) die het hele verblijf met het minste overschot dekken; een verblijf dat niets dekt, wordt
  geweigerd (exit 2).

De API-sleutel komt uit NETCODE_DESK_API_KEY of de sleutelbos van het systeem; zonder beide (of met --demo)
antwoordt de ingebouwde simulator en zijn de codes DEMO-codes. --api-url (of NETCODE_DESK_API_URL)
vervangt de API-host voor deze keer; --database (of NETCODE_DESK_DATABASE) kiest de database.

Exitcodes: 0 gelukt; 1 de database of een bestand kon niet worden gebruikt; 2 ongeldige invoer of gebruik
(niets verstuurd); 3 de dienst heeft het verzoek geweigerd; 4 storing van dienst of netwerk (5xx, time-out,
offline, onbruikbaar antwoord); 5 er kwam een code terug die de controle niet doorstond; 6 de code is
uitgegeven maar de e-mail is niet verstuurd (vastgelegd in de regel). Een actie van een manager die een
balielogin wordt geweigerd, eindigt ook met exit 2 (er is niets gewijzigd).
</translation>
    </message>
    <message>
        <source>The history could not be read to its end: the export is incomplete.</source>
        <translation>De geschiedenis kon niet tot het einde worden gelezen: de export is onvolledig.</translation>
    </message>
</context>
<context>
    <name>CliEmail</name>
    <message>
        <source>--attach-slip goes with --email ADDRESS.</source>
        <translation>--attach-slip hoort bij --email ADRES.</translation>
    </message>
    <message>
        <source>--email: %1 Nothing was sent.</source>
        <translation>--email: %1 Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>--language takes one of: %1.</source>
        <translation>--language verwacht een van: %1.</translation>
    </message>
    <message>
        <source>No mail server is set up for this site (a manager sets one in Settings, Email). Nothing was sent.</source>
        <translation>Er is geen mailserver ingesteld voor deze locatie (een manager stelt die in bij Instellingen, E-mail). Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>Say which code and to whom: netcode-desk-cli history email ID ADDRESS (the id from history list --json).</source>
        <translation>Geef aan welke code en aan wie: netcode-desk-cli history email ID ADRES (de id uit history list --json).</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>There is no history row %1.</source>
        <translation>Er is geen geschiedenisregel %1.</translation>
    </message>
    <message>
        <source>Row %1 holds no code to email.</source>
        <translation>Regel %1 bevat geen code om te e-mailen.</translation>
    </message>
    <message>
        <source>The email did not finish in time; whether it was sent is not known.</source>
        <translation>De e-mail werd niet op tijd afgerond; of hij is verstuurd, is niet bekend.</translation>
    </message>
    <message>
        <source>Emailed to %1.</source>
        <translation>Gemaild naar %1.</translation>
    </message>
    <message>
        <source>Email not sent: %1</source>
        <translation>E-mail niet verstuurd: %1</translation>
    </message>
    <message>
        <source>The code is in history (row %1); send it again with: netcode-desk-cli history email %1 ADDRESS</source>
        <translation>De code staat in de geschiedenis (regel %1); verstuur hem opnieuw met: netcode-desk-cli history email %1 ADRES</translation>
    </message>
    <message>
        <source>The email to %1 was sent, but history could not record it: %2</source>
        <translation>De e-mail aan %1 is verzonden, maar de geschiedenis kon hem niet vastleggen: %2</translation>
    </message>
    <message>
        <source>The email to %1 was not sent (%2), and history could not record the attempt: %3</source>
        <translation>De e-mail aan %1 is niet verzonden (%2), en de geschiedenis kon de poging niet vastleggen: %3</translation>
    </message>
    <message>
        <source>The email may have been sent: %1</source>
        <translation>De e-mail is mogelijk verzonden: %1</translation>
    </message>
</context>
<context>
    <name>ClockFrame</name>
    <message>
        <source>%1, follows daylight saving</source>
        <translation>%1, volgt de zomertijd</translation>
    </message>
    <message>
        <source>%1 standard time all year (%2, no daylight saving)</source>
        <translation>%1 het hele jaar standaardtijd (%2, geen zomertijd)</translation>
    </message>
</context>
<context>
    <name>CodeEmailer</name>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Try emailing again</source>
        <translation>Opnieuw proberen te e-mailen</translation>
    </message>
    <message>
        <source>the desk's language</source>
        <translation>de taal van de balie</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>History could not record this: %1</source>
        <translation>De geschiedenis kon dit niet vastleggen: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Versturen naar %1…</translation>
    </message>
    <message>
        <source>Emailed to %1 at %2.</source>
        <translation>Gemaild naar %1 om %2.</translation>
    </message>
    <message>
        <source>Not emailed: %1</source>
        <translation>Niet gemaild: %1</translation>
    </message>
    <message>
        <source>Not emailed to %1: %2</source>
        <translation>Niet gemaild naar %1: %2</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No email program is set up on this computer. Use Copy message and paste it into your email instead.</source>
        <translation>Op deze computer is geen e-mailprogramma ingesteld. Gebruik Bericht kopiëren en plak het in uw e-mail.</translation>
    </message>
    <message>
        <source>May have been emailed to %1: %2</source>
        <translation>Mogelijk per e-mail verzonden aan %1: %2</translation>
    </message>
</context>
<context>
    <name>CodeFormat</name>
    <message>
        <source>The service answered without a code. Nothing was issued; try again in a moment.</source>
        <translation>De dienst antwoordde zonder code. Er is niets uitgegeven; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The service returned something that is not a keypad code. Do not give it to the guest; check the lock's model in its settings.</source>
        <translation>De dienst gaf iets terug dat geen toetscode is. Geef het niet aan de gast; controleer het model in de instellingen van het slot.</translation>
    </message>
    <message>
        <source>The service returned a %1-digit code, but a %2 expects %3 digits. The lock's model is probably set wrongly: the code would not open the lock, so it is not shown. Check the model in the lock's settings.</source>
        <translation>De dienst gaf een code van %1 cijfers terug, maar een %2 verwacht %3 cijfers. Het model van het slot is waarschijnlijk verkeerd ingesteld: de code zou het slot niet openen en wordt daarom niet getoond. Controleer het model in de instellingen van het slot.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quote inside an unquoted cell.</source>
        <translation>Regel %1: een aanhalingsteken in een cel zonder aanhalingstekens.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation>Regel %1: een cel tussen aanhalingstekens wordt nooit gesloten.</translation>
    </message>
</context>
<context>
    <name>CurlLibrary</name>
    <message>
        <source>the mail library libcurl (package libcurl4) cannot be loaded: %1</source>
        <translation>de mailbibliotheek libcurl (pakket libcurl4) kan niet worden geladen: %1</translation>
    </message>
    <message>
        <source>the mail library %1 is too old for this program (it lacks %2)</source>
        <translation>de mailbibliotheek %1 is te oud voor dit programma (%2 ontbreekt)</translation>
    </message>
    <message>
        <source>the mail library libcurl could not start</source>
        <translation>de mailbibliotheek libcurl kon niet starten</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>De map %1 voor de database kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>De database %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>This database was written by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk; the file has not been changed.</source>
        <translation>Deze database is geschreven door een nieuwere versie van NetCode Desk (schema %1; deze versie kent tot %2). Werk NetCode Desk bij; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot update the database: %1</source>
        <translation>De database kan niet worden bijgewerkt: %1</translation>
    </message>
    <message>
        <source>Cannot update the database to schema %1: %2</source>
        <translation>De database kan niet naar schema %1 worden bijgewerkt: %2</translation>
    </message>
    <message>
        <source>A restore from a backup is waiting, but another NetCode Desk program has this database open, so the database was not changed. The restore is done the next time NetCode Desk starts while no other NetCode Desk program uses this database.</source>
        <translation>Er staat een terugzetting van een back-up klaar, maar een ander NetCode Desk-programma heeft deze database open, dus de database is niet gewijzigd. Het terugzetten gebeurt de volgende keer dat NetCode Desk start terwijl geen ander NetCode Desk-programma deze database gebruikt.</translation>
    </message>
    <message>
        <source>A restore from a backup is waiting, but the folder of this database does not support file locks, so NetCode Desk cannot tell whether another program uses the database, and did not change it. Move the database to a local disk to restore.</source>
        <translation>Er staat een terugzetting van een back-up klaar, maar de map van deze database ondersteunt geen bestandsvergrendeling, dus NetCode Desk kan niet zien of een ander programma de database gebruikt en heeft hem niet gewijzigd. Zet de database op een lokale schijf om hem terug te zetten.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>The folder %1 that holds the database is read-only, and NetCode Desk must be able to write files next to the database (its journal and lock file). Make the folder writable and start again; nothing was changed.</source>
        <translation>De map %1 met de database is alleen-lezen, en NetCode Desk moet bestanden naast de database kunnen schrijven (het journaal en het vergrendelingsbestand). Maak de map schrijfbaar en start NetCode Desk opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file, its folder or its disk), so NetCode Desk cannot record codes in it. Make it writable and start again; nothing was changed.</source>
        <translation>De database %1 is alleen-lezen (het bestand, de map of de schijf), dus NetCode Desk kan er geen codes in vastleggen. Maak hem schrijfbaar en start NetCode Desk opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it, and it did not let go within %2 seconds. Nothing was changed; try again in a moment, and if it keeps happening, close the program that holds the database.</source>
        <translation>De database %1 is vergrendeld door een ander programma dat erin schrijft, en werd niet binnen %2 seconden vrijgegeven. Er is niets gewijzigd; probeer het zo meteen opnieuw, en sluit het programma dat de database vasthoudt als het blijft gebeuren.</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full, so NetCode Desk cannot write to it. Free some space and start again; nothing was changed.</source>
        <translation>De schijf met de database %1 is vol, dus NetCode Desk kan er niet naar schrijven. Maak ruimte vrij en start NetCode Desk opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The file %1 is not a NetCode Desk database: SQLite does not recognise it as a database (%2).</source>
        <translation>Het bestand %1 is geen NetCode Desk-database: SQLite herkent het niet als database (%2).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite reports "%2".</source>
        <translation>De database %1 is beschadigd: SQLite meldt "%2".</translation>
    </message>
    <message>
        <source>The database %1 cannot be read or written (%2). Check that its disk or network share is there and that you may use the file; nothing was changed.</source>
        <translation>De database %1 kan niet worden gelezen of geschreven (%2). Controleer of de schijf of netwerkshare beschikbaar is en of u het bestand mag gebruiken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program is restoring or repairing the database %1. Try again in a minute.</source>
        <translation>Een ander NetCode Desk-programma zet de database %1 terug of herstelt hem. Probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program is busy with this database, so the file was left as it is. Try again in a minute.</source>
        <translation>Een ander NetCode Desk-programma is met deze database bezig, dus het bestand is gelaten zoals het was. Probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <source>The folder of this database does not support file locks, so NetCode Desk cannot tell whether another program uses it, and left the file as it is.</source>
        <translation>De map van deze database ondersteunt geen bestandsvergrendeling, dus NetCode Desk kan niet zien of een ander programma hem gebruikt, en heeft het bestand gelaten zoals het was.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program has this database open, so the file was left as it is. Close NetCode Desk wherever it uses this database (desks and scripts), then start it again to put the newest good backup in its place.</source>
        <translation>Een ander NetCode Desk-programma heeft deze database open, dus het bestand is gelaten zoals het was. Sluit NetCode Desk overal waar het deze database gebruikt (balies en scripts) en start het daarna opnieuw om de nieuwste goede back-up ervoor in de plaats te zetten.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be opened (Windows error %2).</source>
        <translation>Het vergrendelingsbestand %1 kan niet worden geopend (Windows-fout %2).</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be opened: %2</source>
        <translation>Het vergrendelingsbestand %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>De database kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>This computer cannot reach a shared store: Qt's PostgreSQL driver is not installed (Debian and Ubuntu: the package libqt6sql6-psql).</source>
        <translation>Deze computer kan geen gedeelde database bereiken: het PostgreSQL-stuurprogramma van Qt is niet geïnstalleerd (Debian en Ubuntu: het pakket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be reached: no server answered (%2). Check that the server is running and that this computer's network reaches it; nothing was changed.</source>
        <translation>De gedeelde database %1 is niet bereikbaar: er antwoordde geen server (%2). Controleer of de server draait en of het netwerk van deze computer hem bereikt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The shared store %1 refused the login: the user name or password is wrong, or no password was given (%2).</source>
        <translation>De gedeelde database %1 weigerde de login: de gebruikersnaam of het wachtwoord klopt niet, of er is geen wachtwoord opgegeven (%2).</translation>
    </message>
    <message>
        <source>The server has no database by the name given in %1. Check the name after the last "/" of the address.</source>
        <translation>De server heeft geen database met de naam uit %1. Controleer de naam na de laatste "/" van het adres.</translation>
    </message>
    <message>
        <source>The database %1 holds no NetCode Desk store. A manager sets one up with "netcode-desk-cli store init --database URL" (or Settings, Shared store, Set up); nothing was changed.</source>
        <translation>De database %1 bevat geen NetCode Desk-gegevens. Een manager richt ze in met "netcode-desk-cli store init --database URL" (of Instellingen, Gedeelde database, Inrichten); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 has a schema named "netcode" that NetCode Desk did not make, so it was left alone. Use another database for the shared store.</source>
        <translation>De database %1 heeft een schema "netcode" dat niet door NetCode Desk is gemaakt, dus is hij niet aangeraakt. Gebruik een andere database voor de gedeelde database.</translation>
    </message>
    <message>
        <source>The shared store %1 must be updated for this version of NetCode Desk, and this login may not change its tables. A manager runs "netcode-desk-cli store init --database URL" once; nothing was changed.</source>
        <translation>De gedeelde database %1 moet voor deze versie van NetCode Desk worden bijgewerkt, en deze login mag de tabellen niet wijzigen. Een manager voert eenmaal "netcode-desk-cli store init --database URL" uit; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Only a shared store has database logins to switch.</source>
        <translation>Alleen een gedeelde database heeft databaselogins om tussen te wisselen.</translation>
    </message>
    <message>
        <source>The desk's own login could not reconnect either: %1</source>
        <translation>Ook de eigen login van de balie kon niet opnieuw verbinden: %1</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be used with this login: the login %2 is not a member of netcode_desk or netcode_manager; ask whoever set up the store to run: netcode-desk-cli store grant %2 --role desk</source>
        <translation>De gedeelde database %1 is met deze login niet te gebruiken: de login %2 is geen lid van netcode_desk of netcode_manager; vraag degene die de database heeft ingericht dit uit te voeren: netcode-desk-cli store grant %2 --role desk</translation>
    </message>
    <message>
        <source>The shared store %1 was written by a newer version of NetCode Desk (schema %2; this version knows up to %3). Update NetCode Desk on this computer; the store has not been changed.</source>
        <translation>De gedeelde database %1 is geschreven door een nieuwere versie van NetCode Desk (schema %2; deze versie kent tot en met %3). Werk NetCode Desk op deze computer bij; de database is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>De back-upmap %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The backup could not be written (%1). Check the free space in %2.</source>
        <translation>De back-up kon niet worden geschreven (%1). Controleer de vrije ruimte in %2.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied next to the database.</source>
        <translation>De back-up %1 kon niet naast de database worden gekopieerd.</translation>
    </message>
    <message>
        <source>The backup chosen for restoring could not be put in place; the database was not changed.</source>
        <translation>De gekozen back-up kon niet worden teruggezet; de database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database was restored from the chosen backup. The database as it was before is kept as %1.</source>
        <translation>De database is teruggezet vanuit de gekozen back-up. De database van daarvoor blijft bewaard als %1.</translation>
    </message>
    <message>
        <source>the copy does not carry the database's identity</source>
        <translation>de kopie draagt niet de identiteit van de database</translation>
    </message>
    <message>
        <source>it could not be flushed to the disk</source>
        <translation>hij kon niet volledig naar de schijf worden geschreven</translation>
    </message>
    <message>
        <source>The backup %1 was not kept: %2</source>
        <translation>De back-up %1 is niet bewaard: %2</translation>
    </message>
    <message>
        <source>the file is missing or empty</source>
        <translation>het bestand ontbreekt of is leeg</translation>
    </message>
    <message>
        <source>it is not a NetCode Desk database</source>
        <translation>het is geen NetCode Desk-database</translation>
    </message>
    <message>
        <source>it was written by a newer version of NetCode Desk</source>
        <translation>hij is geschreven door een nieuwere versie van NetCode Desk</translation>
    </message>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>de integriteitscontrole is mislukt: %1</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2.</source>
        <translation>%1 kan niet worden teruggezet: %2.</translation>
    </message>
    <message>
        <source>%1 is a backup of another database, not of this one (%2), so it cannot be restored here.</source>
        <translation>%1 is een back-up van een andere database, niet van deze (%2), dus hij kan hier niet worden teruggezet.</translation>
    </message>
    <message>
        <source>it is a backup of another database</source>
        <translation>het is een back-up van een andere database</translation>
    </message>
    <message>
        <source>The backup chosen for restoring was not put in place (%1); the database was not changed. The chosen copy is kept as %2.</source>
        <translation>De gekozen back-up is niet teruggezet (%1); de database is niet gewijzigd. De gekozen kopie blijft bewaard als %2.</translation>
    </message>
    <message>
        <source>it does not say which database it belongs to</source>
        <translation>er staat niet in bij welke database hij hoort</translation>
    </message>
    <message>
        <source>The file has been left as it is: there is no backup of this database to restore yet.</source>
        <translation>Het bestand is gelaten zoals het was: er is nog geen back-up van deze database om terug te zetten.</translation>
    </message>
    <message>
        <source>The file has been left as it is: no backup of this database passed its check (%1).</source>
        <translation>Het bestand is gelaten zoals het was: geen enkele back-up van deze database doorstond de controle (%1).</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied next to the database (is the disk full?); the damaged file was left as it is.</source>
        <translation>De back-up %1 kon niet naast de database worden gekopieerd (is de schijf vol?); het beschadigde bestand is gelaten zoals het was.</translation>
    </message>
    <message>
        <source>The damaged database could not be moved aside; it was left as it is.</source>
        <translation>De beschadigde database kon niet opzij worden gezet; hij is gelaten zoals hij was.</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1); the damaged file was left as it is.</source>
        <translation>De back-up kon niet worden teruggezet (%1); het beschadigde bestand is gelaten zoals het was.</translation>
    </message>
    <message>
        <source>The database was damaged, so NetCode Desk put the newest good backup of it in its place: %1, written %2. The damaged file is kept as %3; codes issued after that backup may be found in it.</source>
        <translation>De database was beschadigd, daarom heeft NetCode Desk de nieuwste goede back-up ervan in de plaats gezet: %1, geschreven op %2. Het beschadigde bestand blijft bewaard als %3; codes die na die back-up zijn uitgegeven staan er mogelijk in.</translation>
    </message>
    <message>
        <source>Newer backups that failed their check were left alone: %1.</source>
        <translation>Nieuwere back-ups die de controle niet doorstonden, zijn met rust gelaten: %1.</translation>
    </message>
</context>
<context>
    <name>DurationCatalogueService</name>
    <message>
        <source>The service's list of lengths was empty.</source>
        <translation>De lijst met duren van de dienst was leeg.</translation>
    </message>
</context>
<context>
    <name>DurationOption</name>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>first use within %1</source>
        <translation>eerste gebruik binnen %1</translation>
    </message>
</context>
<context>
    <name>EmailCodeDialog</name>
    <message>
        <source>&amp;Attach the slip as PDF</source>
        <translation>&amp;Bon als PDF bijvoegen</translation>
    </message>
    <message>
        <source>Email the code</source>
        <translation>De code e-mailen</translation>
    </message>
    <message>
        <source>Guest's email address</source>
        <translation>E-mailadres van de gast</translation>
    </message>
    <message>
        <source>guest@example.com</source>
        <translation>gast@example.com</translation>
    </message>
    <message>
        <source>The code for %1.</source>
        <translation>De code voor %1.</translation>
    </message>
    <message>
        <source>Written in %1, the language chosen for this guest on the card.</source>
        <translation>Geschreven in %1, de taal die op de kaart voor deze gast is gekozen.</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Verzenden</translation>
    </message>
    <message>
        <source>Guest's email a&amp;ddress:</source>
        <translation>E-mailadres van de &amp;gast:</translation>
    </message>
    <message>
        <source>Written in %1, the language this code was last emailed in.</source>
        <translation>Geschreven in %1, de taal waarin deze code het laatst is gemaild.</translation>
    </message>
    <message>
        <source>Written in %1, the desk's language: no earlier email of this code says which language the guest reads.</source>
        <translation>Geschreven in %1, de taal van de balie: geen eerdere e-mail van deze code zegt welke taal de gast leest.</translation>
    </message>
</context>
<context>
    <name>GuestMail</name>
    <message>
        <source>NetCode Desk: test email</source>
        <translation>NetCode Desk: test-e-mail</translation>
    </message>
    <message>
        <source>NetCode Desk: test email from %1</source>
        <translation>NetCode Desk: test-e-mail van %1</translation>
    </message>
    <message>
        <source>This is a test email from NetCode Desk. The mail server settings work: codes can be emailed to guests.</source>
        <translation>Dit is een test-e-mail van NetCode Desk. De mailserverinstellingen werken: codes kunnen naar gasten worden gemaild.</translation>
    </message>
</context>
<context>
    <name>GuestMailService</name>
    <message>
        <source>No mail server is set up: a manager sets one in Settings.</source>
        <translation>Er is geen mailserver ingesteld: een manager stelt die in bij Instellingen.</translation>
    </message>
    <message>
        <source>This row holds no code to email.</source>
        <translation>Deze regel bevat geen code om te e-mailen.</translation>
    </message>
    <message>
        <source>The slip could not be made into a PDF here; nothing was sent. Send it without the slip.</source>
        <translation>De bon kon hier niet als PDF worden gemaakt; er is niets verstuurd. Verstuur de e-mail zonder de bon.</translation>
    </message>
    <message>
        <source>Give the mail server's host name and a From address first.</source>
        <translation>Geef eerst de hostnaam van de mailserver en een afzenderadres op.</translation>
    </message>
    <message>
        <source>The mail server's password could not be read from the keychain: %1</source>
        <translation>Het wachtwoord van de mailserver kon niet uit de sleutelbos worden gelezen: %1</translation>
    </message>
    <message>
        <source>An email with this code is already being sent to %1; nothing was sent again. Wait for its outcome.</source>
        <translation>Er wordt al een e-mail met deze code aan %1 verzonden; er is niets opnieuw verzonden. Wacht op de uitkomst.</translation>
    </message>
    <message>
        <source>An email with this code is already being sent to %1 (from another desk or program); nothing was sent again. Wait for its outcome.</source>
        <translation>Er wordt al een e-mail met deze code aan %1 verzonden (vanaf een andere balie of een ander programma); er is niets opnieuw verzonden. Wacht op de uitkomst.</translation>
    </message>
</context>
<context>
    <name>GuestSlip</name>
    <message>
        <source>DEMO — will not open a real lock</source>
        <translation>DEMO — opent geen echt slot</translation>
    </message>
    <message>
        <source>Your access code</source>
        <translation>Uw toegangscode</translation>
    </message>
    <message>
        <source>Need help? Call %1</source>
        <translation>Hulp nodig? Bel %1</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>Uitgegeven %1 door %2</translation>
    </message>
    <message>
        <source>the front desk</source>
        <translation>de receptie</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Beste %1,</translation>
    </message>
    <message>
        <source>Your code for %1 is %2</source>
        <translation>Uw code voor %1 is %2</translation>
    </message>
    <message>
        <source>Your access code for %1</source>
        <translation>Uw toegangscode voor %1</translation>
    </message>
    <message>
        <source>Your access code for %1 at %2</source>
        <translation>Uw toegangscode voor %1 bij %2</translation>
    </message>
    <message>
        <source>Access code for %1</source>
        <translation>Toegangscode voor %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>On a guest slip: the lock's name, then the room or unit as the desk typed it ("Side door — 12")</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The slip cannot print %1: it is left out on paper (the message keeps it). Check the guest's name before printing.</source>
        <translation>De bon kan %1 niet afdrukken: dat ontbreekt op papier (het bericht bevat het wel). Controleer de naam van de gast voordat u afdrukt.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Uitgegeven %1</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Upcoming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Reissued from history</source>
        <translation>Opnieuw uitgegeven uit de geschiedenis</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>In doubt</source>
        <extracomment>History status: the request may have been billed, and no code was received</extracomment>
        <translation>Onzeker</translation>
    </message>
    <message>
        <source>Being issued</source>
        <translation>Wordt uitgegeven</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>kamer %1</translation>
    </message>
    <message>
        <source>%1 (room %2)</source>
        <translation>%1 (kamer %2)</translation>
    </message>
    <message>
        <source>Same code as %1, issued %2: both open the same door in the same window.</source>
        <translation>Dezelfde code als %1, uitgegeven op %2: beide openen dezelfde deur in dezelfde periode.</translation>
    </message>
    <message>
        <source>Same code as history row %1 (another guest).</source>
        <translation>Dezelfde code als geschiedenisregel %1 (een andere gast).</translation>
    </message>
    <message>
        <source>Also held by %1 (given %2).</source>
        <translation>Ook gegeven aan %1 (op %2).</translation>
    </message>
    <message numerus="yes">
        <source>Also held by %n other guest(s).</source>
        <translation>
            <numerusform>Ook gegeven aan %n andere gast.</numerusform>
            <numerusform>Ook gegeven aan %n andere gasten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryMailColumn</name>
    <message>
        <source>%1: emailed to %2</source>
        <translation>%1: gemaild naar %2</translation>
    </message>
    <message>
        <source>%1: refused by the mail server for %2</source>
        <translation>%1: door de mailserver geweigerd voor %2</translation>
    </message>
    <message>
        <source>%1: not sent to %2</source>
        <translation>%1: niet verstuurd naar %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>History's Email column: the mail server took the code's email</extracomment>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niet verstuurd</translation>
    </message>
    <message>
        <source>Email… on this row sends it again.</source>
        <translation>E-mail… op deze regel verstuurt hem opnieuw.</translation>
    </message>
    <message>
        <source>%1: may have been sent to %2 — check with the guest</source>
        <translation>%1: mogelijk verzonden aan %2 — vraag het na bij de gast</translation>
    </message>
    <message>
        <source>%1: sending to %2…</source>
        <translation>%1: wordt verzonden aan %2…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>History's Email column: an email with the code is on its way to the mail server now</extracomment>
        <translation>Wordt verzonden…</translation>
    </message>
    <message>
        <source>Sent (a later attempt failed)</source>
        <extracomment>History's Email column: an earlier email was taken by the mail server; the guest has the code</extracomment>
        <translation>Verzonden (een latere poging mislukte)</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <extracomment>History's Email column: the email went to the mail server but its answer never came</extracomment>
        <translation>Mogelijk verzonden</translation>
    </message>
    <message>
        <source>The mail server may have the email: check with the guest before sending it again.</source>
        <translation>De mailserver heeft de e-mail mogelijk: vraag het na bij de gast voordat u hem opnieuw verzendt.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reprint…</source>
        <translation>Opnieuw afdrukken…</translation>
    </message>
    <message>
        <source>Search history: guest, room, reference, lock or code</source>
        <translation>Geschiedenis doorzoeken: gast, kamer, boeking, slot of code</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Geschiedenis doorzoeken</translation>
    </message>
    <message>
        <source>History of issued codes</source>
        <translation>Geschiedenis van uitgegeven codes</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopiëren</translation>
    </message>
    <message>
        <source>Reprint slip…</source>
        <translation>Bon opnieuw afdrukken…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geschiedenis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Issue again…</source>
        <translation>Opnieuw uitgeven…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>A new code for the same lock and guest, for a new window</source>
        <translation>Een nieuwe code voor hetzelfde slot en dezelfde gast, voor een nieuwe periode</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Codes tonen</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle codes</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Nu actief</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Issued today</source>
        <translation>Vandaag uitgegeven</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Slot</translation>
    </message>
    <message>
        <source>All locks</source>
        <translation>Alle sloten</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>Vanaf elke datum</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>Tot elke datum</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Uitgegeven vanaf</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Uitgegeven tot</translation>
    </message>
    <message>
        <source>Issue again for a new window…</source>
        <translation>Opnieuw uitgeven voor een nieuwe periode…</translation>
    </message>
    <message>
        <source>Ask again…</source>
        <extracomment>Send a request again whose answer never arrived (it may be billed again)</extracomment>
        <translation>Opnieuw vragen…</translation>
    </message>
    <message>
        <source>This request got no answer and may have been billed: ask the service again for its code (billed again)</source>
        <translation>Dit verzoek kreeg geen antwoord en is mogelijk in rekening gebracht: de dienst opnieuw om de code vragen (opnieuw in rekening gebracht)</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Onzeker</translation>
    </message>
    <message>
        <source>No codes match “%1” with these filters.</source>
        <translation>Geen codes komen overeen met “%1” met deze filters.</translation>
    </message>
    <message>
        <source>No codes match “%1”. Search looks in guests, rooms, references, locks and codes.</source>
        <translation>Geen codes komen overeen met “%1”. Er wordt gezocht in gasten, kamers, boekingen, sloten en codes.</translation>
    </message>
    <message>
        <source>No codes match these filters.</source>
        <translation>Geen codes komen overeen met deze filters.</translation>
    </message>
    <message>
        <source>No codes issued yet.</source>
        <translation>Nog geen codes uitgegeven.</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>The code could not be written to history: %1</source>
        <translation>De code kon niet in de geschiedenis worden geschreven: %1</translation>
    </message>
    <message>
        <source>History could not be trimmed: %1</source>
        <translation>De geschiedenis kon niet worden ingekort: %1</translation>
    </message>
    <message>
        <source>The print could not be recorded in history: %1</source>
        <translation>Het afdrukken kon niet in de geschiedenis worden vastgelegd: %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
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
        <translation>Kamer/unit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Uitgegeven door</translation>
    </message>
    <message>
        <source>— not issued —</source>
        <translation>— niet uitgegeven —</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>The kind of NetCode: standard, rental or end-date; not a display or operating mode.</extracomment>
        <translation>Modus</translation>
    </message>
    <message>
        <source>First use by</source>
        <translation>Eerste gebruik vóór</translation>
    </message>
    <message>
        <source>Start sent to the service: %1 (lock's clock)</source>
        <translation>Begin verstuurd naar de dienst: %1 (klok van het slot)</translation>
    </message>
    <message>
        <source>— may have been billed, no code received —</source>
        <extracomment>No code was received for a request that may still have been billed by the service</extracomment>
        <translation>— mogelijk in rekening gebracht, geen code ontvangen —</translation>
    </message>
    <message>
        <source>— being issued at %1 —</source>
        <translation>— wordt uitgegeven bij %1 —</translation>
    </message>
    <message>
        <source>The request is on its way from %1; its answer appears here.</source>
        <translation>Het verzoek is onderweg vanaf %1; het antwoord verschijnt hier.</translation>
    </message>
    <message>
        <source>Ask again from History (billed again) or check with the guest before issuing another code.</source>
        <translation>Vraag het opnieuw vanuit de geschiedenis (opnieuw in rekening gebracht) of overleg met de gast voordat u een nieuwe code uitgeeft.</translation>
    </message>
    <message numerus="yes">
        <source>Slip printed %n time(s), last on %1.</source>
        <translation>
            <numerusform>Bon %n keer afgedrukt, laatst op %1.</numerusform>
            <numerusform>Bon %n keer afgedrukt, laatst op %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>History's Length column for an End Date code: the last day it works ("until Tue 5 Jan")</extracomment>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>%1 · shared</source>
        <extracomment>History's Code column for a code that two guests hold ("316 5133 · shared")</extracomment>
        <translation>%1 · gedeeld</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>History's column for emailing the code to its guest</extracomment>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>IssueModes</name>
    <message>
        <source>Standard, multi-use</source>
        <translation>Standaard, meermalig</translation>
    </message>
    <message>
        <source>Standard, single-use</source>
        <translation>Standaard, eenmalig</translation>
    </message>
    <message>
        <source>Medium-term rental (1–21 days)</source>
        <translation>Middellange verhuur (1–21 dagen)</translation>
    </message>
    <message>
        <source>Long-term rental (up to a year)</source>
        <translation>Langdurige verhuur (tot een jaar)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 uur</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Single-use</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Verhuur</translation>
    </message>
    <message>
        <source>Long rental</source>
        <translation>Lange verhuur</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>Choose a lock on the left</source>
        <translation>Kies links een slot</translation>
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
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Duur</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>B&amp;egin:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Start this hour</source>
        <translation>Beginnen in het huidige uur</translation>
    </message>
    <message>
        <source>&amp;This hour</source>
        <translation>Dit &amp;uur</translation>
    </message>
    <message>
        <source>Start next hour</source>
        <translation>Beginnen in het volgende uur</translation>
    </message>
    <message>
        <source>Ne&amp;xt hour</source>
        <translation>Vo&amp;lgend uur</translation>
    </message>
    <message>
        <source>Tonight &amp;00:00</source>
        <translation>Vannacht &amp;00:00</translation>
    </message>
    <message>
        <source>G&amp;uest name:</source>
        <translation>&amp;Naam van de gast:</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>Naam van de gast</translation>
    </message>
    <message>
        <source>&amp;Room/unit:</source>
        <translation>K&amp;amer/unit:</translation>
    </message>
    <message>
        <source>Room or unit</source>
        <translation>Kamer of unit</translation>
    </message>
    <message>
        <source>&amp;Booking reference:</source>
        <translation>Boek&amp;ingsnummer:</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Boekingsnummer</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Issue code</source>
        <translation>Code uitgeven</translation>
    </message>
    <message>
        <source>&amp;Issue code</source>
        <translation>Code uitge&amp;ven</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Bezig met uitgeven…</translation>
    </message>
    <message>
        <source>Choose a lock to see when its code will be valid.</source>
        <translation>Kies een slot om te zien wanneer zijn code geldig is.</translation>
    </message>
    <message>
        <source>Validity preview</source>
        <translation>Voorbeeld van de geldigheid</translation>
    </message>
    <message>
        <source>Refresh lengths from the service</source>
        <translation>Duren opnieuw laden van de dienst</translation>
    </message>
    <message>
        <source>Refresh lengths</source>
        <translation>Duren opnieuw laden</translation>
    </message>
    <message>
        <source>Last day the code works</source>
        <translation>Laatste dag dat de code werkt</translation>
    </message>
    <message>
        <source>Start at the lock's next midnight</source>
        <translation>Beginnen om de volgende middernacht van het slot</translation>
    </message>
    <message>
        <source>Round down and add an hour</source>
        <translation>Naar beneden afronden en een uur toevoegen</translation>
    </message>
    <message>
        <source>Round down and add an hour, so the guest &amp;keeps the time paid for</source>
        <translation>Naar beneden afronden en een uur toevoegen, &amp;zodat de gast de betaalde tijd houdt</translation>
    </message>
    <message>
        <source>Fetching the lengths this model offers from the service…</source>
        <translation>De duren die dit model biedt worden van de dienst geladen…</translation>
    </message>
    <message>
        <source>Lengths from the Codelocks service, fetched %1.</source>
        <translation>Duren van de Codelocks-dienst, geladen op %1.</translation>
    </message>
    <message>
        <source>Only the built-in standard lengths are available: the service's list could not be fetched. %1</source>
        <translation>Alleen de ingebouwde standaardduren zijn beschikbaar: de lijst van de dienst kon niet worden geladen. %1</translation>
    </message>
    <message>
        <source>Built-in standard lengths.</source>
        <translation>Ingebouwde standaardduren.</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Laatste &amp;dag:</translation>
    </message>
    <message>
        <source>First use &amp;within:</source>
        <translation>Ee&amp;rste gebruik binnen:</translation>
    </message>
    <message>
        <source>Tonight &amp;%1</source>
        <translation>Komende nacht &amp;%1</translation>
    </message>
    <message>
        <source>The lock's next midnight, %1 on this clock</source>
        <translation>De volgende middernacht van het slot, %1 op deze klok</translation>
    </message>
    <message>
        <source>This lock is set to %1, which the lengths known for %2 do not include. Refresh the lengths, or check the lock's model and NetCode mode in its settings.</source>
        <translation>Dit slot staat op %1, dat niet voorkomt in de duren die voor %2 bekend zijn. Laad de duren opnieuw of controleer model en NetCode-modus in de instellingen van het slot.</translation>
    </message>
    <message>
        <source>%1 does not take %2 codes: %3 is chosen.</source>
        <translation>%1 ondersteunt geen %2-codes: %3 is gekozen.</translation>
    </message>
    <message>
        <source>%1 is not offered for this lock: %2 is chosen.</source>
        <translation>%1 wordt voor dit slot niet aangeboden: %2 is gekozen.</translation>
    </message>
    <message>
        <source>Issue as shown</source>
        <translation>Uitgeven zoals getoond</translation>
    </message>
    <message>
        <source>Start at %1 instead</source>
        <translation>In plaats daarvan beginnen op %1</translation>
    </message>
    <message>
        <source>Issue the code as shown? It is charged now.</source>
        <translation>De code uitgeven zoals getoond? Dit wordt nu in rekening gebracht.</translation>
    </message>
</context>
<context>
    <name>IssueService</name>
    <message>
        <source>Choose a valid start first.</source>
        <translation>Kies eerst een geldig begin.</translation>
    </message>
    <message>
        <source>The access key for %1 is not stored on this computer. Enter it again in the lock's settings (Edit lock).</source>
        <translation>De toegangssleutel voor %1 is niet op deze computer opgeslagen. Voer hem opnieuw in bij de instellingen van het slot (Slot bewerken).</translation>
    </message>
    <message>
        <source>This code could not be saved in history (%1). Write it down now.</source>
        <translation>Deze code kon niet in de geschiedenis worden bewaard (%1). Schrijf hem nu op.</translation>
    </message>
    <message>
        <source>%1 has changed since this request was sent (its ids or model differ), so it cannot be asked again as it was. Issue a new code instead.</source>
        <translation>%1 is gewijzigd sinds dit verzoek is verstuurd (de id's of het model verschillen), dus het kan niet ongewijzigd opnieuw worden gevraagd. Geef in plaats daarvan een nieuwe code uit.</translation>
    </message>
    <message>
        <source>The same request was being issued elsewhere and its record is gone. Nothing was sent from here; try again.</source>
        <translation>Hetzelfde verzoek werd elders uitgegeven en de registratie ervan is verdwenen. Er is hiervandaan niets verstuurd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The same request was just sent from %1 and got no code: %2 Nothing was sent from here.</source>
        <translation>Hetzelfde verzoek is net vanaf %1 verstuurd en kreeg geen code: %2 Er is hiervandaan niets verstuurd.</translation>
    </message>
    <message>
        <source>The same request is still being issued at %1. Nothing was sent from here, so nothing was billed twice; look for the code in History in a moment.</source>
        <translation>Hetzelfde verzoek wordt nog bij %1 uitgegeven. Er is hiervandaan niets verstuurd, dus er is niets dubbel in rekening gebracht; kijk zo meteen in de geschiedenis voor de code.</translation>
    </message>
    <message>
        <source>The same request was sent from %1 and no answer was recorded: it may have been billed. Nothing was sent from here. To ask again (billed again), use Ask again in History.</source>
        <translation>Hetzelfde verzoek is vanaf %1 verstuurd en er is geen antwoord vastgelegd: het is mogelijk in rekening gebracht. Er is hiervandaan niets verstuurd. Om het opnieuw te vragen (opnieuw in rekening gebracht), gebruikt u Opnieuw vragen in de geschiedenis.</translation>
    </message>
    <message>
        <source>This request was sent to the built-in demo simulator; this desk now talks to the real Codelocks service, so it cannot be asked again here.</source>
        <translation>Deze aanvraag ging naar de ingebouwde demosimulator; deze balie werkt nu met de echte Codelocks-dienst en kan haar hier dus niet opnieuw vragen.</translation>
    </message>
    <message>
        <source>This request was sent to the real Codelocks service; this desk is in demo mode now, so it cannot be asked again here. Enter the site's API key in Settings first.</source>
        <translation>Deze aanvraag ging naar de echte Codelocks-dienst; deze balie staat nu in demomodus en kan haar hier dus niet opnieuw vragen. Vul eerst in Instellingen de API-sleutel van de locatie in.</translation>
    </message>
    <message>
        <source>This code could not be saved in history: %1. Write it down now: History will show this request as in doubt, without its code.</source>
        <translation>Deze code kon niet in de geschiedenis worden opgeslagen: %1. Schrijf hem nu op: de geschiedenis toont deze aanvraag als onzeker, zonder code.</translation>
    </message>
    <message>
        <source>This request was sent before (from %1) and no answer was recorded: it may have been billed. Nothing was sent now. To ask again (billed again), use Ask again in History.</source>
        <translation>Deze aanvraag is al eerder verstuurd (vanaf %1) en er is geen antwoord vastgelegd: hij is mogelijk in rekening gebracht. Er is nu niets verstuurd. Om opnieuw te vragen (opnieuw in rekening gebracht), gebruik Opnieuw vragen in de geschiedenis.</translation>
    </message>
    <message>
        <source>This code already belongs to %1: issued %2 by %3 for the same lock, start and length, so both guests would open the same door with the same code in the same window. Nothing was sent. A different start gives a different code.</source>
        <translation>Deze code is al van %1: uitgegeven op %2 door %3 voor hetzelfde slot, hetzelfde begin en dezelfde duur, dus beide gasten zouden met dezelfde code in dezelfde periode dezelfde deur openen. Er is niets verstuurd. Een ander begin geeft een andere code.</translation>
    </message>
    <message>
        <source>an unnamed desk user</source>
        <translation>een baliemedewerker zonder naam</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>De sleutelbos van het systeem kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key is kept only until NetCode Desk closes. It was not written to any file.</source>
        <translation>Er is geen sleutelbos van het systeem beschikbaar (%1), dus de sleutel wordt alleen bewaard tot NetCode Desk sluit. Hij is in geen enkel bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>LateStart</name>
    <message>
        <source>The guest must use this code for the first time by %1, only %2 from now.</source>
        <translation>De gast moet deze code voor het eerst gebruiken vóór %1, al over %2.</translation>
    </message>
    <message>
        <source>The guest must use this code for the first time by %1, in the middle of the night.</source>
        <translation>De gast moet deze code voor het eerst gebruiken vóór %1, midden in de nacht.</translation>
    </message>
    <message>
        <source>Starting at %1 gives the guest the whole time; or choose a longer length, or enter the guest's stay.</source>
        <translation>Beginnen op %1 geeft de gast de hele tijd; of kies een langere duur, of voer het verblijf van de gast in.</translation>
    </message>
    <message>
        <source>Choose a longer first use or a later start, or enter the guest's stay.</source>
        <translation>Kies een langere termijn voor eerste gebruik of een later begin, of voer het verblijf van de gast in.</translation>
    </message>
    <message>
        <source>This code started %1: %2 of its time is already over, and it works only %3 more, until %4.</source>
        <translation>Deze code begon op %1: %2 van de tijd is al voorbij, en hij werkt nog maar %3, tot %4.</translation>
    </message>
</context>
<context>
    <name>LateStartBar</name>
    <message>
        <source>Enter the guest's stay</source>
        <translation>Verblijf van de gast invoeren</translation>
    </message>
    <message>
        <source>Warning about the start</source>
        <translation>Waarschuwing over het begin</translation>
    </message>
    <message>
        <source>Start at %1</source>
        <extracomment>Button: move the code's start to a better time (a time of day, or a day and time)</extracomment>
        <translation>Beginnen op %1</translation>
    </message>
</context>
<context>
    <name>LockAdmin</name>
    <message>
        <source>Only a manager can remove locks. Ask a manager to sign in.</source>
        <translation>Alleen een manager kan sloten verwijderen. Vraag een manager om zich aan te melden.</translation>
    </message>
    <message>
        <source>The locks could not be changed: the database is busy. Try again.</source>
        <translation>De sloten konden niet worden gewijzigd: de database is bezet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The locks could not be changed: the change could not be saved.</source>
        <translation>De sloten konden niet worden gewijzigd: de wijziging kon niet worden opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported from %1</source>
        <translation>
            <numerusform>%n slot geïmporteerd uit %1</numerusform>
            <numerusform>%n sloten geïmporteerd uit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the lock "%2")</source>
        <translation>%1 (het slot "%2")</translation>
    </message>
</context>
<context>
    <name>LockCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The header row has no "%1" column. Expected: %2.</source>
        <translation>De kopregel heeft geen kolom "%1". Verwacht: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a lock model; use KL1060, KL1060C2, KL1060G3 or K3CONNECT.</source>
        <translation>"%1" is geen slotmodel; gebruik KL1060, KL1060C2, KL1060G3 of K3CONNECT.</translation>
    </message>
    <message>
        <source>"%1" is not a NetCode mode; use standard, rental, long-rental, end-date or 24-hour.</source>
        <translation>"%1" is geen NetCode-modus; gebruik standard, rental, long-rental, end-date of 24-hour.</translation>
    </message>
    <message>
        <source>Use yes or no.</source>
        <translation>Gebruik yes of no.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Slot</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Lock name</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Naam van het slot</translation>
    </message>
    <message>
        <source>e.g. Room 101, Locker A-12</source>
        <translation>bijv. Kamer 101, Kluisje A-12</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Site, floor or bank of lockers (optional)</source>
        <translation>Locatie, verdieping of rij kluisjes (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Lock model</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Slotmodel</translation>
    </message>
    <message>
        <source>&amp;Timecode:</source>
        <translation>&amp;Tijdcode:</translation>
    </message>
    <message>
        <source>Timecode</source>
        <translation>Tijdcode</translation>
    </message>
    <message>
        <source>12 digits, e.g. 202604221226</source>
        <translation>12 cijfers, bijv. 202604221226</translation>
    </message>
    <message>
        <source>Lock &amp;id:</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Slot-&amp;id:</translation>
    </message>
    <message>
        <source>Lock id</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Slot-id</translation>
    </message>
    <message>
        <source>6 digits, e.g. 921239</source>
        <translation>6 cijfers, bijv. 921239</translation>
    </message>
    <message>
        <source>Smart-lock &amp;id:</source>
        <translation>Slimme-slot-&amp;id:</translation>
    </message>
    <message>
        <source>Smart-lock id</source>
        <translation>Slimme-slot-id</translation>
    </message>
    <message>
        <source>32 characters from the K3 Connect lock list</source>
        <translation>32 tekens uit de slotenlijst van K3 Connect</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>&amp;Toegangssleutel:</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Toegangssleutel</translation>
    </message>
    <message>
        <source>From the K3 Connect app; kept in the system keychain</source>
        <translation>Uit de K3 Connect-app; bewaard in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Lock clock:</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Klok van het slot:</translation>
    </message>
    <message>
        <source>Clock follows daylight saving</source>
        <translation>Klok volgt de zomertijd</translation>
    </message>
    <message>
        <source>The lock's clock &amp;follows daylight saving</source>
        <translation>&amp;De klok van het slot volgt de zomertijd</translation>
    </message>
    <message>
        <source>NetCode m&amp;ode:</source>
        <translation>N&amp;etCode-modus:</translation>
    </message>
    <message>
        <source>Configured NetCode mode</source>
        <translation>Ingestelde NetCode-modus</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoriet</translation>
    </message>
    <message>
        <source>Show at the top of the list (fa&amp;vourite)</source>
        <translation>Bovenaan de lijst tonen (fa&amp;voriet)</translation>
    </message>
    <message>
        <source>Edit lock %1</source>
        <translation>Slot %1 bewerken</translation>
    </message>
    <message>
        <source>Add lock</source>
        <translation>Slot toevoegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Opgeslagen in de sleutelbos — leeg laten om hem te houden</translation>
    </message>
    <message>
        <source>The lock's clock moves with daylight saving in %1, like a wall clock. Smart locks can be set up this way; if codes work an hour early or late, untick this.</source>
        <translation>De klok van het slot gaat mee met de zomertijd in %1, zoals een wandklok. Slimme sloten kunnen zo worden ingesteld; werken codes een uur te vroeg of te laat, vink dit dan uit.</translation>
    </message>
    <message>
        <source>The lock keeps standard time all year and never changes for daylight saving (KitLocks work this way). NetCode Desk converts for you: in summer the lock's clock is an hour behind the wall clock.</source>
        <translation>Het slot houdt het hele jaar de standaardtijd aan en gaat nooit over op zomertijd (zo werken KitLocks). NetCode Desk rekent voor u om: in de zomer loopt de klok van het slot een uur achter op de wandklok.</translation>
    </message>
    <message>
        <source>Change NetCode mode</source>
        <translation>NetCode-modus wijzigen</translation>
    </message>
    <message>
        <source>Change %1 from "%2" to "%3"?

Only do this after the lock itself has been switched. Codes already issued in the old mode will stop working on the lock.</source>
        <translation>%1 wijzigen van "%2" naar "%3"?

Doe dit pas nadat het slot zelf is omgezet. Codes die al in de oude modus zijn uitgegeven, werken dan niet meer op het slot.</translation>
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
Tijdzone: %2</translation>
    </message>
</context>
<context>
    <name>LockListPanel</name>
    <message>
        <source>Find a lock (Ctrl+F)</source>
        <translation>Een slot zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a lock</source>
        <translation>Een slot zoeken</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Sloten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sloten&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>LockModelCatalogue</name>
    <message>
        <source>Enter the code on the keypad, then turn the knob.</source>
        <translation>Voer de code in op het toetsenbord en draai daarna aan de knop.</translation>
    </message>
    <message>
        <source>Press * then enter the code.</source>
        <translation>Druk op * en voer dan de code in.</translation>
    </message>
</context>
<context>
    <name>LockRepository</name>
    <message>
        <source>The lock could not be saved: %1</source>
        <translation>Het slot kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The lock could not be removed: %1</source>
        <translation>Het slot kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>The locks could not be saved: %1</source>
        <translation>De sloten konden niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>The lock "%1" could not be saved: %2</source>
        <translation>Het slot "%1" kon niet worden bewaard: %2</translation>
    </message>
</context>
<context>
    <name>LockValidator</name>
    <message>
        <source>Give the lock a name, for example the room or locker number.</source>
        <translation>Geef het slot een naam, bijvoorbeeld het kamer- of kluisjesnummer.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>De naam is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Another lock is already called "%1". Choose a different name.</source>
        <translation>Een ander slot heet al "%1". Kies een andere naam.</translation>
    </message>
    <message>
        <source>The group name is too long: at most %1 characters.</source>
        <translation>De groepsnaam is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Enter the lock's timecode: the 12 digits of the date and time it was set up (year, month, day, hour, minute), for example 202604221226.</source>
        <translation>Voer de tijdcode van het slot in: de 12 cijfers van de datum en tijd waarop het is ingesteld (jaar, maand, dag, uur, minuut), bijvoorbeeld 202604221226.</translation>
    </message>
    <message>
        <source>The timecode may contain digits only, for example 202604221226.</source>
        <translation>De tijdcode mag alleen cijfers bevatten, bijvoorbeeld 202604221226.</translation>
    </message>
    <message>
        <source>The timecode has %1 digits; it needs exactly 12 (year, month, day, hour, minute), for example 202604221226.</source>
        <translation>De tijdcode heeft %1 cijfers; er zijn er precies 12 nodig (jaar, maand, dag, uur, minuut), bijvoorbeeld 202604221226.</translation>
    </message>
    <message>
        <source>The timecode %1 is not a real date and time. Read it again from the lock's set-up record: year, month, day, hour, minute.</source>
        <translation>De tijdcode %1 is geen echte datum en tijd. Lees hem opnieuw af van het installatieformulier: jaar, maand, dag, uur, minuut.</translation>
    </message>
    <message>
        <source>Enter the lock id: the 6 digits from the lock's set-up record.</source>
        <translation>Voer de slot-id in: de 6 cijfers van het installatieformulier van het slot.</translation>
    </message>
    <message>
        <source>The lock id may contain digits only.</source>
        <translation>De slot-id mag alleen cijfers bevatten.</translation>
    </message>
    <message>
        <source>The lock id has %1 digits; it needs exactly 6.</source>
        <translation>De slot-id heeft %1 cijfers; er zijn er precies 6 nodig.</translation>
    </message>
    <message>
        <source>The lock id cannot start with 0; lock ids run from 100000 to 999999.</source>
        <translation>De slot-id mag niet met 0 beginnen; slot-id's lopen van 100000 tot 999999.</translation>
    </message>
    <message>
        <source>Enter the smart lock's id: 32 characters (digits and letters a to f) from the K3 Connect lock list.</source>
        <translation>Voer de id van het slimme slot in: 32 tekens (cijfers en letters a tot f) uit de slotenlijst van K3 Connect.</translation>
    </message>
    <message>
        <source>The smart-lock id may contain only digits and the letters a to f.</source>
        <translation>De slimme-slot-id mag alleen cijfers en de letters a tot f bevatten.</translation>
    </message>
    <message>
        <source>The smart-lock id has %1 characters; it needs exactly 32.</source>
        <translation>De slimme-slot-id heeft %1 tekens; er zijn er precies 32 nodig.</translation>
    </message>
    <message>
        <source>Enter the access key from the K3 Connect app (letters and digits).</source>
        <translation>Voer de toegangssleutel uit de K3 Connect-app in (letters en cijfers).</translation>
    </message>
    <message>
        <source>The access key may contain only letters and digits, exactly as the K3 Connect app shows it (capitals matter).</source>
        <translation>De toegangssleutel mag alleen letters en cijfers bevatten, precies zoals de K3 Connect-app hem toont (hoofdletters tellen).</translation>
    </message>
    <message>
        <source>Choose the time zone the lock is in.</source>
        <translation>Kies de tijdzone waarin het slot staat.</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone. Choose one from the list, for example Europe/London.</source>
        <translation>"%1" is geen bekende tijdzone. Kies er een uit de lijst, bijvoorbeeld Europe/London.</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>No email address was given.</source>
        <translation>Er is geen e-mailadres opgegeven.</translation>
    </message>
    <message>
        <source>The email address contains a line break.</source>
        <translation>Het e-mailadres bevat een regeleinde.</translation>
    </message>
    <message>
        <source>The email address contains a control character.</source>
        <translation>Het e-mailadres bevat een stuurteken.</translation>
    </message>
    <message>
        <source>The email address is too long (at most 254 characters).</source>
        <translation>Het e-mailadres is te lang (hoogstens 254 tekens).</translation>
    </message>
    <message>
        <source>The email address contains a space.</source>
        <translation>Het e-mailadres bevat een spatie.</translation>
    </message>
    <message>
        <source>Only one email address can be given.</source>
        <translation>Er kan maar één e-mailadres worden opgegeven.</translation>
    </message>
    <message>
        <source>Type the address alone, like guest@example.com, without a name or brackets.</source>
        <translation>Typ alleen het adres, zoals gast@example.com, zonder naam of punthaken.</translation>
    </message>
    <message>
        <source>The email address has no @.</source>
        <translation>Het e-mailadres heeft geen @.</translation>
    </message>
    <message>
        <source>The email address has more than one @.</source>
        <translation>Het e-mailadres heeft meer dan één @.</translation>
    </message>
    <message>
        <source>The email address has nothing before the @.</source>
        <translation>Het e-mailadres heeft niets vóór de @.</translation>
    </message>
    <message>
        <source>The part before the @ is too long (at most 64 characters).</source>
        <translation>Het deel vóór de @ is te lang (hoogstens 64 tekens).</translation>
    </message>
    <message>
        <source>The part before the @ has a misplaced dot.</source>
        <translation>Het deel vóór de @ heeft een verkeerd geplaatste punt.</translation>
    </message>
    <message>
        <source>The part before the @ contains "%1", which an email address cannot have.</source>
        <translation>Het deel vóór de @ bevat "%1", wat een e-mailadres niet mag bevatten.</translation>
    </message>
    <message>
        <source>The email address has nothing after the @.</source>
        <translation>Het e-mailadres heeft niets na de @.</translation>
    </message>
    <message>
        <source>The part after the @ is not a complete domain (like example.com).</source>
        <translation>Het deel na de @ is geen volledig domein (zoals example.com).</translation>
    </message>
    <message>
        <source>The part after the @ is not a valid domain.</source>
        <translation>Het deel na de @ is geen geldig domein.</translation>
    </message>
    <message>
        <source>The part before the @ contains "%1": NetCode Desk can only email addresses with plain letters (a–z), digits and . _ - + before the @.</source>
        <translation>Het deel vóór de @ bevat ‘%1’: NetCode Desk kan alleen mailen naar adressen met gewone letters (a–z), cijfers en . _ - + vóór de @.</translation>
    </message>
</context>
<context>
    <name>MailAttempt</name>
    <message>
        <source>Emailed to %1</source>
        <translation>Gemaild naar %1</translation>
    </message>
    <message>
        <source>Email to %1 refused by the mail server: %2</source>
        <translation>E-mail aan %1 geweigerd door de mailserver: %2</translation>
    </message>
    <message>
        <source>Email to %1 not sent: %2</source>
        <translation>E-mail aan %1 niet verstuurd: %2</translation>
    </message>
    <message>
        <source>Email to %1 may have been sent; check with the guest: %2</source>
        <translation>De e-mail aan %1 is mogelijk verzonden; vraag het na bij de gast: %2</translation>
    </message>
    <message>
        <source>Sending the email to %1…</source>
        <translation>De e-mail wordt aan %1 verzonden…</translation>
    </message>
</context>
<context>
    <name>MailAttemptRepository</name>
    <message>
        <source>The email attempt could not be recorded: %1</source>
        <translation>De e-mailpoging kon niet worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>No answer from the mail server was recorded: the program sending it stopped or could not record the outcome. The email may have reached the guest; check with the guest before sending it again.</source>
        <translation>Er is geen antwoord van de mailserver vastgelegd: het programma dat hem verzond is gestopt of kon de uitkomst niet vastleggen. De e-mail heeft de gast mogelijk bereikt; vraag het na bij de gast voordat u hem opnieuw verzendt.</translation>
    </message>
    <message>
        <source>The email could not be recorded, so it was not sent: %1</source>
        <translation>De e-mail kon niet worden vastgelegd en is daarom niet verzonden: %1</translation>
    </message>
</context>
<context>
    <name>MailResult</name>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Refused by the mail server</source>
        <translation>Geweigerd door de mailserver</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niet verstuurd</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <translation>Mogelijk verzonden</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>No mail server is set up; nothing was sent.</source>
        <translation>Er is geen mailserver ingesteld; er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The From address in the mail settings is not valid: %1</source>
        <translation>Het afzenderadres in de mailinstellingen is ongeldig: %1</translation>
    </message>
    <message>
        <source>The Reply-To address in the mail settings is not valid: %1</source>
        <translation>Het Reply-To-adres in de mailinstellingen is ongeldig: %1</translation>
    </message>
    <message>
        <source>The email could not be prepared (out of memory); nothing was sent.</source>
        <translation>De e-mail kon niet worden voorbereid (onvoldoende geheugen); er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The mail server accepted the email to %1.</source>
        <translation>De mailserver heeft de e-mail aan %1 geaccepteerd.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password; nothing was sent.</source>
        <translation>De mailserver heeft de gebruikersnaam of het wachtwoord geweigerd; er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>De server meldde: %1</translation>
    </message>
    <message>
        <source>The mail server does not offer an encrypted connection; nothing was sent.</source>
        <translation>De mailserver biedt geen versleutelde verbinding aan; er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The mail server's certificate is not trusted (%1); nothing was sent. If the server uses its own certificate authority, add its certificate in Settings.</source>
        <translation>Het certificaat van de mailserver wordt niet vertrouwd (%1); er is niets verstuurd. Gebruikt de server een eigen certificeringsinstantie, voeg dan het certificaat daarvan toe in Instellingen.</translation>
    </message>
    <message>
        <source>The trusted certificate in the mail settings could not be read; nothing was sent.</source>
        <translation>Het vertrouwde certificaat in de mailinstellingen kon niet worden gelezen; er is niets verstuurd.</translation>
    </message>
    <message>
        <source>No encrypted connection could be set up with the mail server (%1); nothing was sent. Check the security setting and the port.</source>
        <translation>Er kon geen versleutelde verbinding met de mailserver worden opgezet (%1); er is niets verstuurd. Controleer de beveiligingsinstelling en de poort.</translation>
    </message>
    <message>
        <source>The mail server %1 could not be found; nothing was sent.</source>
        <translation>De mailserver %1 is niet gevonden; er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The mail server at %1 could not be reached (it is not running, or the port is wrong); nothing was sent.</source>
        <translation>De mailserver op %1 is niet bereikbaar (hij draait niet, of de poort klopt niet); er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time; nothing was sent.</source>
        <translation>De mailserver op %1 antwoordde niet op tijd; er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The mail server refused the address %1: %2</source>
        <translation>De mailserver heeft het adres %1 geweigerd: %2</translation>
    </message>
    <message>
        <source>The mail server refused the sender address %1: %2</source>
        <translation>De mailserver heeft het afzenderadres %1 geweigerd: %2</translation>
    </message>
    <message>
        <source>The mail server refused the email: %1</source>
        <translation>De mailserver heeft de e-mail geweigerd: %1</translation>
    </message>
    <message>
        <source>The email could not be sent: %1</source>
        <translation>De e-mail kon niet worden verstuurd: %1</translation>
    </message>
    <message>
        <source>The send was stopped after the email had gone to the mail server; it may or may not reach the guest. Check with the guest before sending it again.</source>
        <translation>Het verzenden is gestopt nadat de e-mail naar de mailserver was gegaan; hij bereikt de gast misschien wel, misschien niet. Vraag het na bij de gast voordat u hem opnieuw verzendt.</translation>
    </message>
    <message>
        <source>The mail server did not confirm the email; it may or may not reach the guest. Check with the guest before sending it again.</source>
        <translation>De mailserver heeft de e-mail niet bevestigd; hij bereikt de gast misschien wel, misschien niet. Vraag het na bij de gast voordat u hem opnieuw verzendt.</translation>
    </message>
    <message>
        <source>The send was stopped before the email went out; nothing was sent.</source>
        <translation>Het verzenden is gestopt voordat de e-mail vertrok; er is niets verzonden.</translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time; nothing was sent. Check the security setting and the port (TLS usually uses port 465, STARTTLS port 587).</source>
        <translation>De mailserver op %1 antwoordde niet op tijd; er is niets verzonden. Controleer de beveiligingsinstelling en de poort (TLS gebruikt meestal poort 465, STARTTLS poort 587).</translation>
    </message>
    <message>
        <source>The email could not be sent: %1. Nothing was sent.</source>
        <translation>De e-mail kon niet worden verstuurd: %1. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The email could not be sent: the mail library cannot apply a required safety setting (%1). Nothing was sent.</source>
        <translation>De e-mail kon niet worden verstuurd: de mailbibliotheek kan een vereiste beveiligingsinstelling niet toepassen (%1). Er is niets verstuurd.</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (poort 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (poort 587)</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>Type only the server's name, e.g. mail.example.com (without smtp://).</source>
        <translation>Typ alleen de naam van de server, bijv. mail.example.com (zonder smtp://).</translation>
    </message>
    <message>
        <source>A server's name cannot contain "%1".</source>
        <translation>Een servernaam mag geen "%1" bevatten.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>een spatie</translation>
    </message>
    <message>
        <source>A server's name has no dot at its start or end, nor two in a row.</source>
        <translation>Een servernaam heeft geen punt aan het begin of eind, en geen twee punten achter elkaar.</translation>
    </message>
    <message>
        <source>Trust a certificate f&amp;ile…</source>
        <translation>Certificaat&amp;bestand vertrouwen…</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem's certificates</source>
        <translation>&amp;Systeemcertificaten gebruiken</translation>
    </message>
    <message>
        <source>Send &amp;a test email</source>
        <translation>&amp;Test-e-mail versturen</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>e.g. mail.example.com — empty: guests are emailed from this computer's mail program</source>
        <translation>bijv. mail.example.com — leeg: gasten worden gemaild via het e-mailprogramma van deze computer</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Empty: the server takes mail without a login</source>
        <translation>Leeg: de server neemt e-mail aan zonder aanmelding</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mailwachtwoord</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Afzendernaam</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <source>e.g. reception@hotel.example</source>
        <translation>bijv. receptie@hotel.example</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>Reply-To-adres</translation>
    </message>
    <message>
        <source>Optional: where guests' replies go</source>
        <translation>Optioneel: waar antwoorden van gasten naartoe gaan</translation>
    </message>
    <message>
        <source>Test email address</source>
        <translation>Adres voor de test-e-mail</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Mailser&amp;ver:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Poo&amp;rt:</translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <translation>Versleutel&amp;ing:</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation>Afzender&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>A&amp;fzenderadres:</translation>
    </message>
    <message>
        <source>Re&amp;ply-To:</source>
        <translation>Antwoor&amp;dadres (Reply-To):</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificaat:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Email codes to guests through the site's mail server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Codes naar gasten e-mailen via de mailserver van de locatie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Codes are sent encrypted (STARTTLS or TLS) with the slip's wording in the guest's language. Without a mail server, Email opens this computer's mail program.</source>
        <translation>Codes worden versleuteld verstuurd (STARTTLS of TLS) met de tekst van de bon in de taal van de gast. Zonder mailserver opent E-mail het e-mailprogramma van deze computer.</translation>
    </message>
    <message>
        <source>Test email &amp;to:</source>
        <translation>Test-e-&amp;mail naar:</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Sleutelbos raadplegen…</translation>
    </message>
    <message>
        <source>A password is saved in the keychain. Leave the field empty to keep it.</source>
        <translation>Er is een wachtwoord opgeslagen in de sleutelbos. Laat het veld leeg om het te behouden.</translation>
    </message>
    <message>
        <source>No password saved. It goes to this computer's keychain, never to a file.</source>
        <translation>Geen wachtwoord opgeslagen. Het gaat naar de sleutelbos van deze computer, nooit naar een bestand.</translation>
    </message>
    <message>
        <source>Saved — type a new one to replace it</source>
        <translation>Opgeslagen — typ een nieuw om het te vervangen</translation>
    </message>
    <message>
        <source>Type the mail server's name, or empty the From address to use this computer's mail program.</source>
        <translation>Typ de naam van de mailserver, of maak het afzenderadres leeg om het e-mailprogramma van deze computer te gebruiken.</translation>
    </message>
    <message>
        <source>Guests' emails need a From address.</source>
        <translation>E-mails aan gasten hebben een afzenderadres nodig.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Te vertrouwen certificaat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM form (text starting with -----BEGIN CERTIFICATE-----). Nothing changed.</source>
        <translation>%1 bevat geen certificaat in PEM-vorm (tekst die begint met -----BEGIN CERTIFICATE-----). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The system's trusted certificate authorities (right for most servers).</source>
        <translation>De vertrouwde certificeringsinstanties van het systeem (juist voor de meeste servers).</translation>
    </message>
    <message>
        <source>Trusted for this server: %1 (valid until %2)</source>
        <translation>Vertrouwd voor deze server: %1 (geldig tot %2)</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Test-e-mail versturen naar %1…</translation>
    </message>
    <message>
        <source>The mail server accepted the test email. Check that it arrived.</source>
        <translation>De mailserver heeft de test-e-mail geaccepteerd. Controleer of hij is aangekomen.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>De server meldde: %1</translation>
    </message>
    <message>
        <source>Past&amp;e a certificate</source>
        <translation>C&amp;ertificaat plakken</translation>
    </message>
    <message>
        <source>Trust the certificate copied to the clipboard: its text, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----</source>
        <translation>Het naar het klembord gekopieerde certificaat vertrouwen: de tekst van -----BEGIN CERTIFICATE----- tot -----END CERTIFICATE-----</translation>
    </message>
    <message>
        <source>No saved password could be looked for. %1</source>
        <translation>Er kon niet naar een opgeslagen wachtwoord worden gezocht. %1</translation>
    </message>
    <message>
        <source>This computer's keychain could not keep the mail password, so it is kept only until NetCode Desk closes. It was not written to any file. Type it again in Settings once the keychain works.</source>
        <translation>De sleutelbos van deze computer kon het mailwachtwoord niet bewaren; het blijft daarom alleen bewaard tot NetCode Desk sluit. Het is in geen enkel bestand geschreven. Typ het opnieuw in Instellingen zodra de sleutelbos werkt.</translation>
    </message>
    <message>
        <source>The clipboard holds no certificate in PEM form (text starting with -----BEGIN CERTIFICATE-----). Copy the certificate's text first. Nothing changed.</source>
        <translation>Het klembord bevat geen certificaat in PEM-vorm (tekst die begint met -----BEGIN CERTIFICATE-----). Kopieer eerst de tekst van het certificaat. Er is niets gewijzigd.</translation>
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
        <translation>DEMOMODUS — de codes komen van de ingebouwde simulator en openen geen echte sloten. Voer in Instellingen de API-sleutel van uw locatie in om echte codes uit te geven.</translation>
    </message>
    <message>
        <source>About NetCode Desk</source>
        <translation>Over NetCode Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;NetCode Desk %1&lt;/b&gt;&lt;p&gt;Issue time-limited keypad codes for Codelocks and KitLock locks, and keep a record of every one.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NetCode Desk %1&lt;/b&gt;&lt;p&gt;Tijdelijke toetscodes uitgeven voor Codelocks- en KitLock-sloten, en van elke code een overzicht bijhouden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Locks</source>
        <translation>&amp;Sloten</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <extracomment>Menu for issuing and handing out keypad codes (NetCodes), not program code.</extracomment>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Demo codes are free</source>
        <translation>Democodes zijn gratis</translation>
    </message>
    <message>
        <source>Choose a lock, a length and a valid start first.</source>
        <translation>Kies eerst een slot, een duur en een geldig begin.</translation>
    </message>
    <message>
        <source>Code issued for %1 and saved in history.</source>
        <translation>Code uitgegeven voor %1 en bewaard in de geschiedenis.</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Code gekopieerd.</translation>
    </message>
    <message>
        <source>Message for the guest copied.</source>
        <translation>Bericht voor de gast gekopieerd.</translation>
    </message>
    <message>
        <source>code-%1.pdf</source>
        <translation>code-%1.pdf</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Bon als PDF opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save slip</source>
        <translation>Bon opslaan</translation>
    </message>
    <message>
        <source>Slip saved to %1.</source>
        <translation>Bon opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Toegangssleutel</translation>
    </message>
    <message>
        <source>Add lock</source>
        <translation>Slot toevoegen</translation>
    </message>
    <message>
        <source>Edit lock</source>
        <translation>Slot bewerken</translation>
    </message>
    <message>
        <source>Remove lock</source>
        <translation>Slot verwijderen</translation>
    </message>
    <message>
        <source>Remove the lock "%1" from this desk? Codes already issued for it stay in history.</source>
        <translation>Het slot "%1" van deze balie verwijderen? Codes die er al voor zijn uitgegeven blijven in de geschiedenis.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>Reprint from history — no new code was requested.</source>
        <translation>Herdruk uit de geschiedenis — er is geen nieuwe code aangevraagd.</translation>
    </message>
    <message>
        <source>Import smart locks</source>
        <translation>Slimme sloten importeren</translation>
    </message>
    <message>
        <source>Smart locks added: %1, updated: %2.</source>
        <translation>Slimme sloten toegevoegd: %1, bijgewerkt: %2.</translation>
    </message>
    <message>
        <source>Request a fresh code</source>
        <translation>Een nieuwe code aanvragen</translation>
    </message>
    <message>
        <source>The service gives the same code for the same lock, start and length, and bills every request. Ask it again anyway?</source>
        <translation>De dienst geeft voor hetzelfde slot, begin en duur dezelfde code en rekent elk verzoek af. Toch opnieuw vragen?</translation>
    </message>
    <message numerus="yes">
        <source>NetCode requests this month: %n</source>
        <translation>
            <numerusform>NetCode-verzoeken deze maand: %n</numerusform>
            <numerusform>NetCode-verzoeken deze maand: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>NetCode requests this month: %1 of %2</source>
        <translation>NetCode-verzoeken deze maand: %1 van %2</translation>
    </message>
    <message>
        <source>The plan's monthly quota is used up: the service may refuse requests until next month.</source>
        <translation>Het maandquotum van het abonnement is op: de dienst kan verzoeken weigeren tot volgende maand.</translation>
    </message>
    <message>
        <source>More than 80% of the plan's monthly quota is used.</source>
        <translation>Meer dan 80% van het maandquotum van het abonnement is gebruikt.</translation>
    </message>
    <message>
        <source>Access key of the K3 Connect account (from the K3 Connect app, letters and digits; capitals matter):</source>
        <translation>Toegangssleutel van het K3 Connect-account (uit de K3 Connect-app, letters en cijfers; hoofdletters tellen):</translation>
    </message>
    <message>
        <source>Fetching the account's smart locks…</source>
        <translation>De slimme sloten van het account worden geladen…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Back-up van de database wordt gemaakt…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Delete old codes</source>
        <translation>Oude codes verwijderen</translation>
    </message>
    <message>
        <source>Codes deleted from history: %1.</source>
        <translation>Codes uit de geschiedenis verwijderd: %1.</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Databasecontrole</translation>
    </message>
    <message>
        <source>The database check found a problem (%1). Keep working only if you must: restore the latest backup (File → Restore from a backup…) and restart NetCode Desk.</source>
        <translation>De databasecontrole vond een probleem (%1). Werk alleen verder als het moet: zet de nieuwste back-up terug (Bestand → Een back-up terugzetten…) en start NetCode Desk opnieuw.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Back-up geschreven: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Backups (*.sqlite)</source>
        <translation>Back-ups (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore %1? Codes issued after that backup will no longer be in History (the current database is kept beside it). NetCode Desk finishes the restore when it next starts.</source>
        <translation>%1 terugzetten? Codes die na die back-up zijn uitgegeven staan dan niet meer in de geschiedenis (de huidige database blijft ernaast bewaard). NetCode Desk voltooit het terugzetten bij de volgende start.</translation>
    </message>
    <message>
        <source>Close and start NetCode Desk again to finish restoring.</source>
        <translation>Sluit NetCode Desk en start het opnieuw om het terugzetten te voltooien.</translation>
    </message>
    <message>
        <source>Code for %1 reissued from history, free of charge.</source>
        <translation>Code voor %1 gratis opnieuw uitgegeven uit de geschiedenis.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>%1 kon niet worden geschreven: %2. Kies een andere map.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Geschiedenis exporteren</translation>
    </message>
    <message>
        <source>netcode-history.csv</source>
        <translation>netcode-geschiedenis.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-bestanden (*.csv);;JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Codes exported: %1, to %2.</source>
        <translation>Codes geëxporteerd: %1, naar %2.</translation>
    </message>
    <message>
        <source>Export locks</source>
        <translation>Sloten exporteren</translation>
    </message>
    <message>
        <source>netcode-locks.csv</source>
        <translation>netcode-sloten.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Locks exported to %1.</source>
        <translation>Sloten geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Import locks</source>
        <translation>Sloten importeren</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Rij %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… en nog %1.</translation>
    </message>
    <message>
        <source>Some rows have problems, so nothing has been imported yet:

%1

Import only the %2 rows without problems?</source>
        <translation>Sommige rijen bevatten fouten, daarom is er nog niets geïmporteerd:

%1

Alleen de %2 foutloze rijen importeren?</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>Opnieuw uitgeven</translation>
    </message>
    <message>
        <source>The lock %1 is no longer on this desk.</source>
        <translation>Het slot %1 staat niet meer bij deze balie.</translation>
    </message>
    <message>
        <source>Choose the new start for %1, then Issue.</source>
        <translation>Kies het nieuwe begin voor %1 en geef dan uit.</translation>
    </message>
    <message>
        <source>Welcome to NetCode Desk</source>
        <translation>Welkom bij NetCode Desk</translation>
    </message>
    <message>
        <source>NetCode Desk is running in demo mode: codes come from a built-in simulator and open no real lock, so you can try everything safely.

To issue real codes, enter your site's API key — you find it in the Codelocks developer portal under your account's API keys — and your property's name and help phone for the guest slip.

Enter them now?</source>
        <translation>NetCode Desk draait in demomodus: de codes komen van een ingebouwde simulator en openen geen echt slot, dus u kunt alles veilig uitproberen.

Om echte codes uit te geven, voert u de API-sleutel van uw locatie in — u vindt die in het Codelocks-ontwikkelaarsportaal bij de API-sleutels van uw account — en de naam en het hulpnummer van uw accommodatie voor de bon.

Nu invoeren?</translation>
    </message>
    <message>
        <source>Read-back check</source>
        <translation>Controle door overtypen</translation>
    </message>
    <message>
        <source>Type the code on the screen, as you will give it to the guest:</source>
        <translation>Typ de code op het scherm over, zoals u hem aan de gast zult geven:</translation>
    </message>
    <message>
        <source>"%1" is not the code on the screen. Nothing was printed or copied; read it again.</source>
        <translation>"%1" is niet de code op het scherm. Er is niets afgedrukt of gekopieerd; lees hem opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>The history is kept for %n day(s).</source>
        <translation>
            <numerusform>De geschiedenis wordt %n dag bewaard.</numerusform>
            <numerusform>De geschiedenis wordt %n dagen bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n code(s) issued before %1 now? This cannot be undone (backups still hold them).</source>
        <translation>
            <numerusform>De %n code die vóór %1 is uitgegeven nu verwijderen? Dit kan niet ongedaan worden gemaakt (back-ups bevatten hem nog).</numerusform>
            <numerusform>De %n codes die vóór %1 zijn uitgegeven nu verwijderen? Dit kan niet ongedaan worden gemaakt (back-ups bevatten ze nog).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported. Smart locks need their access key (Edit lock).</source>
        <translation>
            <numerusform>%n slot geïmporteerd. Slimme sloten hebben hun toegangssleutel nodig (Slot bewerken).</numerusform>
            <numerusform>%n sloten geïmporteerd. Slimme sloten hebben hun toegangssleutel nodig (Slot bewerken).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code for %1 NOT saved in history: write it down.</source>
        <translation>Code voor %1 NIET in de geschiedenis bewaard: schrijf hem op.</translation>
    </message>
    <message>
        <source>The same code was just issued at %1; reissued here free of charge.</source>
        <translation>Dezelfde code is net bij %1 uitgegeven; hier gratis opnieuw uitgegeven.</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Opnieuw vragen</translation>
    </message>
    <message>
        <source>No answer was received for this request, so the service may already have billed it. Asking again sends it once more and is billed again; the same lock, start and length give the same code.

Ask the service again for %1?</source>
        <translation>Voor dit verzoek is geen antwoord ontvangen, dus de dienst heeft het mogelijk al in rekening gebracht. Opnieuw vragen verstuurt het nog een keer en wordt opnieuw in rekening gebracht; hetzelfde slot, begin en duur geven dezelfde code.

De dienst opnieuw om de code voor %1 vragen?</translation>
    </message>
    <message>
        <source>Issue for several locks</source>
        <translation>Uitgeven voor meerdere sloten</translation>
    </message>
    <message>
        <source>The shared store is back; History and locks are up to date.</source>
        <translation>De gedeelde database is terug; geschiedenis en sloten zijn bijgewerkt.</translation>
    </message>
    <message>
        <source>The shared store cannot be reached: no code can be issued until it is back. Reconnecting by itself…</source>
        <translation>De gedeelde database is niet bereikbaar: er kan geen code worden uitgegeven tot hij terug is. Er wordt automatisch opnieuw verbonden…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Wijzigingslogboek</translation>
    </message>
    <message>
        <source>One desk or a team?</source>
        <translation>Eén balie of een team?</translation>
    </message>
    <message>
        <source>Is this computer the site's only desk, or one of several desks that share their codes and locks?

One desk keeps everything in a file on this computer: nothing to set up. A team shares one store on a PostgreSQL server, set up once by the manager or IT.

Connect this desk to a team's shared store now?</source>
        <translation>Is deze computer de enige balie van de locatie, of een van meerdere balies die hun codes en sloten delen?

Eén balie bewaart alles in een bestand op deze computer: niets in te richten. Een team deelt één database op een PostgreSQL-server, eenmalig ingericht door de manager of IT.

Deze balie nu verbinden met de gedeelde database van een team?</translation>
    </message>
    <message>
        <source>API key differs from the site's</source>
        <translation>API-sleutel wijkt af van die van de locatie</translation>
    </message>
    <message>
        <source>Shared store: %1</source>
        <translation>Gedeelde database: %1</translation>
    </message>
    <message>
        <source>Codes, locks and settings are shared with every desk on this store.</source>
        <translation>Codes, sloten en instellingen worden gedeeld met elke balie op deze database.</translation>
    </message>
    <message>
        <source>Shared store unreachable — reconnecting…</source>
        <translation>Gedeelde database onbereikbaar — opnieuw verbinden…</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be reached (its server stopped or the network is down). No code can be issued while it is away: the request could not be recorded, so nothing is sent and nothing is billed. What is on screen stays; NetCode Desk reconnects by itself.</source>
        <translation>De gedeelde database %1 is niet bereikbaar (de server is gestopt of het netwerk ligt plat). Zolang hij weg is, kan er geen code worden uitgegeven: de aanvraag zou niet kunnen worden vastgelegd, dus er wordt niets verstuurd en niets in rekening gebracht. Wat op het scherm staat, blijft staan; NetCode Desk verbindt vanzelf opnieuw.</translation>
    </message>
    <message>
        <source>Cannot issue: store unreachable</source>
        <extracomment>On the Issue button while the shared store cannot be reached.</extracomment>
        <translation>Uitgeven niet mogelijk: database onbereikbaar</translation>
    </message>
    <message>
        <source>Issue code</source>
        <translation>Code uitgeven</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported from %1</source>
        <translation>
            <numerusform>%n slot geïmporteerd uit %1</numerusform>
            <numerusform>%n sloten geïmporteerd uit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Instellingen opgeslagen</translation>
    </message>
    <message>
        <source>Staff sign in</source>
        <translation>Aanmelden personeel</translation>
    </message>
    <message>
        <source>The other desks could not be told about the new key: %1</source>
        <translation>De andere balies konden niet op de hoogte worden gebracht van de nieuwe sleutel: %1</translation>
    </message>
    <message>
        <source>Signed in: %1.</source>
        <translation>Aangemeld: %1.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>The shared store is backed up on its server (for example with pg_dump), not from a desk.</source>
        <translation>Van de gedeelde database wordt op de server een back-up gemaakt (bijvoorbeeld met pg_dump), niet vanaf een balie.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Aangemeld: %1 (%2)</translation>
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
        <translation>Niet uitgegeven: deze code is van %1. Er is niets verstuurd. Kies een ander begin voor een eigen code voor deze gast.</translation>
    </message>
    <message>
        <source>That code is no longer in History.</source>
        <translation>Die code staat niet meer in de geschiedenis.</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Wee&amp;rgave</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>An email to a guest is still being sent. Wait for it to finish (NetCode Desk then closes by itself), or quit now? Quitting now stops the send: if the email had already gone to the mail server, History records that it may have been sent.</source>
        <translation>Er wordt nog een e-mail aan een gast verzonden. Wachten tot die klaar is (NetCode Desk sluit dan vanzelf), of nu afsluiten? Nu afsluiten stopt het verzenden: was de e-mail al naar de mailserver gegaan, dan legt de geschiedenis vast dat hij mogelijk is verzonden.</translation>
    </message>
    <message>
        <source>Wait for the email</source>
        <translation>Op de e-mail wachten</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>Nu afsluiten</translation>
    </message>
    <message>
        <source>NetCode Desk closes once the email is sent and recorded.</source>
        <translation>NetCode Desk sluit zodra de e-mail is verzonden en vastgelegd.</translation>
    </message>
    <message>
        <source>The history could not be read to its end, so nothing was written. Try again when the store answers.</source>
        <translation>De geschiedenis kon niet tot het einde worden gelezen, dus er is niets geschreven. Probeer het opnieuw als de database antwoordt.</translation>
    </message>
</context>
<context>
    <name>NetCodeModes</name>
    <message>
        <source>Standard (single-use or multi-use)</source>
        <translation>Standaard (eenmalig of meermalig)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>24 hour</source>
        <translation>24 uur</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Verhuur</translation>
    </message>
    <message>
        <source>Long rental</source>
        <translation>Lange verhuur</translation>
    </message>
    <message>
        <source>Medium-term rental (1–21 days, one code at a time)</source>
        <translation>Middellange verhuur (1–21 dagen, één code tegelijk)</translation>
    </message>
    <message>
        <source>Long-term rental (up to a year)</source>
        <translation>Langdurige verhuur (tot een jaar)</translation>
    </message>
    <message>
        <source>End date (expires at midnight on a set date)</source>
        <translation>Einddatum (verloopt om middernacht op een vaste datum)</translation>
    </message>
    <message>
        <source>24 hour (starts on any hour)</source>
        <translation>24 uur (begint op elk uur)</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Een pincode heeft 4 tot 12 cijfers.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters (or use a PIN of 4 to 12 digits).</source>
        <translation>Een wachtwoord heeft minstens 8 tekens (of gebruik een pincode van 4 tot 12 cijfers).</translation>
    </message>
    <message>
        <source>A manager with a database login signs in with that login's password: at least 10 characters, not digits only (the server accepts it from the network, so a PIN is not enough).</source>
        <translation>Een manager met een databaselogin meldt zich aan met het wachtwoord van die login: minstens 10 tekens, niet alleen cijfers (de server neemt het aan via het netwerk, dus een pincode is niet genoeg).</translation>
    </message>
</context>
<context>
    <name>RequestLedger</name>
    <message>
        <source>The request could not be recorded, so it was not sent: %1.</source>
        <translation>Het verzoek kon niet worden vastgelegd, dus het is niet verstuurd: %1.</translation>
    </message>
    <message>
        <source>This request is no longer in history.</source>
        <translation>Dit verzoek staat niet meer in de geschiedenis.</translation>
    </message>
    <message>
        <source>Only a request in doubt can be asked again.</source>
        <translation>Alleen een onzeker verzoek kan opnieuw worden gevraagd.</translation>
    </message>
    <message>
        <source>No answer was recorded for this request: the program that sent it stopped, the answer never came, or it could not be written. The service may have issued and billed a code.</source>
        <translation>Voor deze aanvraag is geen antwoord vastgelegd: het programma dat haar verstuurde is gestopt, het antwoord kwam nooit aan, of het kon niet worden opgeslagen. De dienst heeft mogelijk een code uitgegeven en gefactureerd.</translation>
    </message>
    <message>
        <source>its request row is gone or was already settled</source>
        <translation>de aanvraagregel bestaat niet meer of is al afgehandeld</translation>
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
        <translation>Code kopiëren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;piëren</translation>
    </message>
    <message>
        <source>Copy message for the guest</source>
        <translation>Bericht voor de gast kopiëren</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Bericht kopiëren</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Bon afdrukken</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>Bon a&amp;fdrukken…</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Bon als PDF opslaan</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF opslaan…</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>Code e-mailen</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>DEMO code from the built-in simulator — it will not open a real lock.</source>
        <translation>DEMO-code van de ingebouwde simulator — opent geen echt slot.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Asking the Codelocks service for the code…</source>
        <translation>De Codelocks-dienst wordt om de code gevraagd…</translation>
    </message>
    <message>
        <source>The code appears here, large, once issued.</source>
        <translation>De code verschijnt hier groot zodra hij is uitgegeven.</translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation>Het verzoek herhalen</translation>
    </message>
    <message>
        <source>Retry (may be billed again)</source>
        <translation>Opnieuw (kan opnieuw in rekening worden gebracht)</translation>
    </message>
    <message>
        <source>Request a fresh code from the service</source>
        <translation>Een nieuwe code bij de dienst aanvragen</translation>
    </message>
    <message>
        <source>Request a fresh code (billed)</source>
        <translation>Een nieuwe code aanvragen (betaald)</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge. This exact code was first issued %1.</source>
        <translation>Opnieuw uitgegeven uit de geschiedenis — geen nieuwe kosten. Precies deze code werd voor het eerst uitgegeven op %1.</translation>
    </message>
    <message>
        <source>Language of the slip and message</source>
        <translation>Taal van bon en bericht</translation>
    </message>
    <message>
        <source>Slip in the desk's language</source>
        <translation>Bon in de taal van de balie</translation>
    </message>
    <message>
        <source>Slip in %1</source>
        <translation>Bon in het %1</translation>
    </message>
    <message>
        <source>Being issued at %1 right now — waiting for that answer instead of paying for the same code twice…</source>
        <translation>Wordt op dit moment bij %1 uitgegeven — er wordt op dat antwoord gewacht in plaats van twee keer voor dezelfde code te betalen…</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge.</source>
        <translation>Opnieuw uitgegeven uit de geschiedenis — geen nieuwe kosten.</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge. This exact code was first issued %1, with no guest named.</source>
        <translation>Opnieuw uitgegeven uit de geschiedenis — geen nieuwe kosten. Precies deze code werd voor het eerst uitgegeven op %1, zonder naam van een gast.</translation>
    </message>
    <message>
        <source>Shared with %1, issued %2: both guests open the same door with this code in the same window.</source>
        <translation>Gedeeld met %1, uitgegeven op %2: beide gasten openen met deze code dezelfde deur in dezelfde periode.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>40 letters and digits; empty runs the demo</source>
        <translation>40 letters en cijfers; leeg start de demo</translation>
    </message>
    <message>
        <source>API &amp;host:</source>
        <translation>AP&amp;I-host:</translation>
    </message>
    <message>
        <source>API host</source>
        <translation>API-host</translation>
    </message>
    <message>
        <source>&amp;NetCode path:</source>
        <translation>&amp;NetCode-pad:</translation>
    </message>
    <message>
        <source>NetCode path and version</source>
        <translation>NetCode-pad en -versie</translation>
    </message>
    <message>
        <source>&amp;Utility path:</source>
        <translation>&amp;Hulppad:</translation>
    </message>
    <message>
        <source>Utility path and version</source>
        <translation>Hulppad en -versie</translation>
    </message>
    <message>
        <source>P&amp;roperty name:</source>
        <translation>Naam van de &amp;accommodatie:</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Naam van de accommodatie</translation>
    </message>
    <message>
        <source>Help &amp;phone:</source>
        <translation>Hu&amp;lpnummer:</translation>
    </message>
    <message>
        <source>Help phone number</source>
        <translation>Telefoonnummer voor hulp</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Uitgegeven door:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Uitgegeven door</translation>
    </message>
    <message>
        <source>Your name or desk, shown in history and on slips</source>
        <translation>Uw naam of balie, zichtbaar in de geschiedenis en op bonnen</translation>
    </message>
    <message>
        <source>&amp;Forget the stored key (back to demo mode)</source>
        <translation>Opgeslagen sleutel &amp;vergeten (terug naar demomodus)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>A key is stored in the keychain — type a new one to replace it</source>
        <translation>Er staat een sleutel in de sleutelbos — typ een nieuwe om hem te vervangen</translation>
    </message>
    <message>
        <source>An API key contains only letters and digits. Copy it again from the developer portal.</source>
        <translation>Een API-sleutel bevat alleen letters en cijfers. Kopieer hem opnieuw uit het ontwikkelaarsportaal.</translation>
    </message>
    <message numerus="yes">
        <source>An API key has 40 letters and digits; this one has %n.</source>
        <translation>
            <numerusform>Een API-sleutel heeft 40 letters en cijfers; deze heeft er %n.</numerusform>
            <numerusform>Een API-sleutel heeft 40 letters en cijfers; deze heeft er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API host must be a full address starting with https://, for example https://api-connect.codelocks.io.</source>
        <translation>De API-host moet een volledig adres zijn dat met https:// begint, bijvoorbeeld https://api-connect.codelocks.io.</translation>
    </message>
    <message>
        <source>Desk time &amp;zone:</source>
        <translation>Tijdzone &amp;van de balie:</translation>
    </message>
    <message>
        <source>Desk time zone</source>
        <translation>Tijdzone van de balie</translation>
    </message>
    <message>
        <source>This computer's time zone (%1)</source>
        <translation>Tijdzone van deze computer (%1)</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone. Choose one from the list.</source>
        <translation>"%1" is geen bekende tijdzone. Kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Plan's monthly &amp;quota:</source>
        <translation>&amp;Maandquotum van het abonnement:</translation>
    </message>
    <message>
        <source>Plan's monthly quota of NetCode requests</source>
        <translation>Maandquotum aan NetCode-verzoeken van het abonnement</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source> NetCode requests</source>
        <translation> NetCode-verzoeken</translation>
    </message>
    <message>
        <source>Keep history for this many days</source>
        <translation>Geschiedenis zoveel dagen bewaren</translation>
    </message>
    <message>
        <source>Always (nothing is deleted)</source>
        <translation>Altijd (er wordt niets verwijderd)</translation>
    </message>
    <message>
        <source> days, then delete</source>
        <translation> dagen, dan verwijderen</translation>
    </message>
    <message>
        <source>Slip p&amp;aper:</source>
        <translation>&amp;Papier voor bonnen:</translation>
    </message>
    <message>
        <source>Paper the guest slip is printed on</source>
        <translation>Papier waarop de bon voor de gast wordt afgedrukt</translation>
    </message>
    <message>
        <source>Read-back check</source>
        <translation>Controle door overtypen</translation>
    </message>
    <message>
        <source>Rea&amp;d-back check</source>
        <translation>&amp;Controle door overtypen</translation>
    </message>
    <message>
        <source>The code must be typed again before a slip is printed or a message sent.</source>
        <translation>De code moet opnieuw worden getypt voordat een bon wordt afgedrukt of een bericht verstuurd.</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4-vel</translation>
    </message>
    <message>
        <source>US Letter sheet</source>
        <translation>US Letter-vel</translation>
    </message>
    <message>
        <source>80 mm receipt printer</source>
        <translation>Bonprinter van 80 mm</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language of NetCode Desk (from the next start)</source>
        <translation>Taal van NetCode Desk (vanaf de volgende start)</translation>
    </message>
    <message>
        <source>The computer's language</source>
        <translation>Taal van de computer</translation>
    </message>
    <message>
        <source>Takes effect when NetCode Desk next starts.</source>
        <translation>Gaat in bij de volgende start van NetCode Desk.</translation>
    </message>
    <message>
        <source>This site (shared by every desk)</source>
        <translation>Deze locatie (voor alle balies)</translation>
    </message>
    <message>
        <source>Every desk on this store uses these settings. A change applies at once, here and at the other desks.</source>
        <translation>Elke balie op deze database gebruikt deze instellingen. Een wijziging geldt meteen, hier en bij de andere balies.</translation>
    </message>
    <message>
        <source>Codelocks Connect</source>
        <translation>Codelocks Connect</translation>
    </message>
    <message>
        <source>The site's key from the Codelocks developer portal. It is kept in this computer's keychain only — never in a file or the store — so each desk enters it once. Leave it empty to use demo mode.</source>
        <translation>De sleutel van de locatie uit het Codelocks-ontwikkelaarsportaal. Hij staat alleen in de sleutelbos van deze computer — nooit in een bestand of de database — dus elke balie voert hem één keer in. Laat leeg voor de demomodus.</translation>
    </message>
    <message>
        <source>Guest slip</source>
        <translation>Bon voor de gast</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Keep histor&amp;y for:</source>
        <translation>Geschiedenis &amp;bewaren:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>These settings apply to this computer only.</source>
        <translation>Deze instellingen gelden alleen voor deze computer.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Deze balie</translation>
    </message>
    <message>
        <source>Shared store (t&amp;wo or more desks)…</source>
        <translation>&amp;Gedeelde database (twee of meer balies)…</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>Laatst gewijzigd door %1 op %2.</translation>
    </message>
    <message>
        <source>The site's settings could not be saved in the store, so no desk uses them yet: %1</source>
        <translation>De instellingen van de locatie konden niet in de database worden opgeslagen, dus nog geen enkele balie gebruikt ze: %1</translation>
    </message>
    <message>
        <source>Staff si&amp;gn-in (name and PIN at this desk; roles for locks and settings)</source>
        <translation>Aanmel&amp;ding van personeel (naam en pincode aan deze balie; rollen voor sloten en instellingen)</translation>
    </message>
    <message>
        <source>Everyone signs in at a desk on a shared store.</source>
        <translation>Bij een gedeelde database meldt iedereen zich aan de balie aan.</translation>
    </message>
    <message>
        <source>Codes are issued in the name of the person signed in.</source>
        <translation>Codes worden uitgegeven op naam van de aangemelde persoon.</translation>
    </message>
    <message>
        <source>Time to wait for an &amp;answer:</source>
        <translation>&amp;Wachttijd voor antwoord:</translation>
    </message>
    <message>
        <source>Seconds to wait for the Codelocks service's answer</source>
        <translation>Seconden wachten op het antwoord van de Codelocks-dienst</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconden</translation>
    </message>
    <message>
        <source>How long this computer waits for the Codelocks service to answer. A slow network needs longer.</source>
        <translation>Hoe lang deze computer op het antwoord van de Codelocks-dienst wacht. Een traag netwerk heeft meer tijd nodig.</translation>
    </message>
    <message>
        <source>Only a manager can change the site's settings.</source>
        <translation>Alleen een manager kan de instellingen van de locatie wijzigen.</translation>
    </message>
    <message>
        <source>The mail server's settings could not be saved in the store: %1</source>
        <translation>De instellingen van de mailserver konden niet in de database worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Mail (guests' emails)</source>
        <translation>Mail (e-mails aan gasten)</translation>
    </message>
</context>
<context>
    <name>SharedCodeQuestion</name>
    <message>
        <source>an unnamed desk user</source>
        <translation>een baliemedewerker zonder naam</translation>
    </message>
    <message>
        <source>This code already belongs to %1.</source>
        <translation>Deze code is al van %1.</translation>
    </message>
    <message>
        <source>It was issued %1 by %2 for %3, valid %4: the same lock, start and length as this order.</source>
        <translation>Hij werd op %1 door %2 uitgegeven voor %3, geldig %4: hetzelfde slot, begin en dezelfde duur als deze aanvraag.</translation>
    </message>
    <message>
        <source>Giving it to this order too means two people open the same door with the same code in the same window.</source>
        <translation>Als u hem ook aan deze aanvraag geeft, openen twee personen met dezelfde code in dezelfde periode dezelfde deur.</translation>
    </message>
    <message>
        <source>Giving it to %1 too means both guests open the same door with the same code in the same window.</source>
        <translation>Als u hem ook aan %1 geeft, openen beide gasten met dezelfde code in dezelfde periode dezelfde deur.</translation>
    </message>
    <message>
        <source>For a code of their own, cancel and choose a different start: a different start gives a different code.</source>
        <translation>Voor een eigen code: annuleer en kies een ander begin; een ander begin geeft een andere code.</translation>
    </message>
    <message>
        <source>Code already given to another guest</source>
        <translation>Code al aan een andere gast gegeven</translation>
    </message>
    <message>
        <source>&amp;Give the same code to this guest too</source>
        <translation>Dezelfde code ook aan deze gast &amp;geven</translation>
    </message>
</context>
<context>
    <name>SharedStoreDialog</name>
    <message>
        <source>Shared store</source>
        <translation>Gedeelde database</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>SharedStorePage</name>
    <message>
        <source>the server's administrator</source>
        <translation>de beheerder van de server</translation>
    </message>
    <message>
        <source>the store's owner (for setting up only)</source>
        <translation>de eigenaar van de database (alleen voor inrichten)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>balie</translation>
    </message>
    <message>
        <source>&amp;One desk: codes and locks in a file on this computer</source>
        <translation>&amp;Eén balie: codes en sloten in een bestand op deze computer</translation>
    </message>
    <message>
        <source>S&amp;hared store: every desk of the site uses one PostgreSQL database</source>
        <translation>&amp;Gedeelde database: alle balies van de locatie gebruiken één PostgreSQL-database</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Set &amp;up this store</source>
        <translation>Deze database &amp;inrichten</translation>
    </message>
    <message>
        <source>&amp;Move this desk's history in</source>
        <translation>Geschiedenis van deze balie over&amp;zetten</translation>
    </message>
    <message>
        <source>This desk's file: %1</source>
        <translation>Bestand van deze balie: %1</translation>
    </message>
    <message>
        <source>A file in NetCode Desk's data folder on this computer.</source>
        <translation>Een bestand in de gegevensmap van NetCode Desk op deze computer.</translation>
    </message>
    <message>
        <source>Shared store address</source>
        <translation>Adres van de gedeelde database</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Wachtwoord van de login</translation>
    </message>
    <message>
        <source>Kept in this computer's keychain, never in a file</source>
        <translation>Bewaard in de sleutelbos van deze computer, nooit in een bestand</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Login &amp;password:</source>
        <translation>&amp;Wachtwoord van de login:</translation>
    </message>
    <message>
        <source>The address your manager gave you: postgresql://LOGIN@SERVER/DATABASE (add :PORT after the server when it is not 5432).</source>
        <translation>Het adres dat uw manager u gaf: postgresql://LOGIN@SERVER/DATABASE (zet :POORT achter de server als die niet 5432 is).</translation>
    </message>
    <message>
        <source>Creates the store's roles and tables, or updates them for this version. Needs a login that may create roles (the server's administrator). Running it again changes nothing.</source>
        <translation>Maakt de rollen en tabellen van de database aan, of werkt ze bij voor deze versie. Vereist een login die rollen mag aanmaken (de beheerder van de server). Opnieuw uitvoeren verandert niets.</translation>
    </message>
    <message>
        <source>Copies the codes, locks and request counts of this computer's file into the shared store. Needs a manager's login. Running it again adds nothing twice.</source>
        <translation>Kopieert de codes, sloten en aanvraagtellers uit het bestand van deze computer naar de gedeelde database. Vereist de login van een manager. Opnieuw uitvoeren voegt niets dubbel toe.</translation>
    </message>
    <message>
        <source>NetCode Desk uses the chosen store from its next start.</source>
        <translation>NetCode Desk gebruikt de gekozen database vanaf de volgende start.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where this desk keeps its codes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Waar deze balie haar codes bewaart&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A password is stored in the keychain — type a new one to replace it</source>
        <translation>Er staat een wachtwoord in de sleutelbos — typ een nieuw om het te vervangen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but this database holds no NetCode Desk store yet. The server's administrator sets it up with "Set up this store".</source>
        <translation>Verbonden met %1 als %2, maar deze database bevat nog geen NetCode Desk-gegevens. De beheerder van de server richt hem in met "Deze database inrichten".</translation>
    </message>
    <message>
        <source>Connected, but this store was set up by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk on this computer.</source>
        <translation>Verbonden, maar deze database is ingericht door een nieuwere versie van NetCode Desk (schema %1; deze versie kent tot en met %2). Werk NetCode Desk op deze computer bij.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but this login has no NetCode Desk role yet. The administrator runs: netcode-desk-cli store grant %2 --role desk</source>
        <translation>Verbonden met %1 als %2, maar deze login heeft nog geen NetCode Desk-rol. De beheerder voert uit: netcode-desk-cli store grant %2 --role desk</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (role: %3). Store schema %4.</source>
        <translation>Verbonden met %1 als %2 (rol: %3). Schema van de database: %4.</translation>
    </message>
    <message>
        <source>It must be updated for this version: "Set up this store", by the administrator.</source>
        <translation>Hij moet voor deze versie worden bijgewerkt: "Deze database inrichten", door de beheerder.</translation>
    </message>
    <message>
        <source>Setting up the store…</source>
        <translation>Database inrichten…</translation>
    </message>
    <message>
        <source>The store %1 is already set up (schema %2); nothing was changed.</source>
        <translation>De database %1 is al ingericht (schema %2); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The store %1 is set up (schema %2):</source>
        <translation>De database %1 is ingericht (schema %2):</translation>
    </message>
    <message>
        <source>Next, give each desk and each manager a login (createuser --pwprompt NAME) and its role: netcode-desk-cli store grant NAME --role desk|manager.</source>
        <translation>Geef daarna elke balie en elke manager een login (createuser --pwprompt NAAM) en een rol: netcode-desk-cli store grant NAAM --role desk|manager.</translation>
    </message>
    <message>
        <source>Move this desk's history in</source>
        <translation>Geschiedenis van deze balie overzetten</translation>
    </message>
    <message>
        <source>Copy the codes, locks and request counts of this computer's file
%1
into the shared store %2?

The file stays as it is. Locks the store already has (by name) are kept as they are; running this again adds nothing twice.</source>
        <translation>De codes, sloten en aanvraagtellers uit het bestand van deze computer
%1
naar de gedeelde database %2 kopiëren?

Het bestand blijft zoals het is. Sloten die de database al heeft (op naam) blijven zoals ze zijn; opnieuw uitvoeren voegt niets dubbel toe.</translation>
    </message>
    <message>
        <source>Moving this desk's history in…</source>
        <translation>Geschiedenis van deze balie overzetten…</translation>
    </message>
    <message numerus="yes">
        <source>Moved in: %n code(s) added</source>
        <translation>
            <numerusform>Overgezet: %n code toegevoegd</numerusform>
            <numerusform>Overgezet: %n codes toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n al aanwezig</numerusform>
            <numerusform>%n al aanwezig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) added</source>
        <translation>
            <numerusform>%n slot toegevoegd</numerusform>
            <numerusform>%n sloten toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) were still being issued in the file and are now in doubt (History, In doubt).</source>
        <translation>
            <numerusform>%n code werd in het bestand nog uitgegeven en is nu onzeker (Geschiedenis, Onzeker).</numerusform>
            <numerusform>%n codes werden in het bestand nog uitgegeven en zijn nu onzeker (Geschiedenis, Onzeker).</numerusform>
        </translation>
    </message>
    <message>
        <source>(Settings at %1) %2</source>
        <translation>(Instellingen op %1) %2</translation>
    </message>
    <message>
        <source>Left behind from demo mode: %1 sample lock(s) and %2 demo code(s).</source>
        <translation>Achtergelaten uit de demomodus: voorbeeldsloten: %1, democodes: %2.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Add a manager first: with sign-in on, only a manager can change the settings.</source>
        <translation>Voeg eerst een manager toe: met aanmelden aan kan alleen een manager de instellingen wijzigen.</translation>
    </message>
    <message>
        <source>Staff sign-in turned on</source>
        <translation>Aanmelden van personeel aangezet</translation>
    </message>
    <message>
        <source>Staff sign-in turned off</source>
        <translation>Aanmelden van personeel uitgezet</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation>De instelling kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs or passwords for this name: it is locked until %1. Try again then, or ask a manager to reset the PIN.</source>
        <translation>Te veel verkeerde pincodes of wachtwoorden voor deze naam: hij is geblokkeerd tot %1. Probeer het dan opnieuw, of vraag een manager de pincode opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>%1 wrong PINs or passwords in a row; locked for %2 minutes</source>
        <translation>%1 verkeerde pincodes of wachtwoorden achter elkaar; %2 minuten geblokkeerd</translation>
    </message>
    <message>
        <source>That name and PIN or password do not match. Check both and try again.</source>
        <translation>Die naam en pincode of wachtwoord horen niet bij elkaar. Controleer beide en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Signed in with the desk role only: the store did not accept the manager login %1 (%2). Manager actions stay unavailable until that works.</source>
        <translation>Alleen met de rol balie aangemeld: de database accepteerde de managerlogin %1 niet (%2). Manageracties blijven onbeschikbaar tot dat werkt.</translation>
    </message>
    <message>
        <source>Signed in with the desk role only: on a shared store a manager needs their own database login (ask whoever set up the store to add it to your staff entry).</source>
        <translation>Alleen met de rol balie aangemeld: bij een gedeelde database heeft een manager een eigen databaselogin nodig (vraag degene die de database heeft ingericht die bij uw personeelsgegevens te zetten).</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk. Sign in first.</source>
        <translation>Er is niemand aangemeld aan deze balie. Meld u eerst aan.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>Aan&amp;melden</translation>
    </message>
    <message>
        <source>Sign in — NetCode Desk</source>
        <translation>Aanmelden — NetCode Desk</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Pincode of wachtwoord</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>Wie staat er aan de balie?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;Pincode of wachtwoord:</translation>
    </message>
    <message>
        <source>Forgotten your PIN? A manager can set a new one in Staff. After %1 wrong tries in a row a name is locked for %2 minutes.</source>
        <translation>Pincode vergeten? Een manager kan in Personeel een nieuwe instellen. Na %1 verkeerde pogingen achter elkaar wordt een naam %2 minuten geblokkeerd.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Typ uw naam.</translation>
    </message>
    <message>
        <source>Type your PIN or password.</source>
        <translation>Typ uw pincode of wachtwoord.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Guest slip</source>
        <translation>Bon voor de gast</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Bon afdrukken</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation>De PDF kon niet naar %1 worden geschreven. Kies een andere map.</translation>
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
        <translation>Slim slot %1</translation>
    </message>
</context>
<context>
    <name>StaffAdmin</name>
    <message>
        <source>The staff list could not be changed: the database is busy. Try again.</source>
        <translation>De personeelslijst kon niet worden gewijzigd: de database is bezet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The staff list could not be changed: the change could not be saved.</source>
        <translation>De personeelslijst kon niet worden gewijzigd: de wijziging kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>That person is no longer on the staff list.</source>
        <translation>Die persoon staat niet meer op de personeelslijst.</translation>
    </message>
    <message>
        <source>Enter the person's name.</source>
        <translation>Vul de naam van de persoon in.</translation>
    </message>
    <message>
        <source>The name holds a control character. Type it again with letters, digits and spaces.</source>
        <translation>De naam bevat een stuurteken. Typ hem opnieuw met letters, cijfers en spaties.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>De naam is te lang (hoogstens 80 tekens).</translation>
    </message>
    <message>
        <source>%1 added as %2</source>
        <translation>%1 toegevoegd als %2</translation>
    </message>
    <message>
        <source> (database login %1)</source>
        <translation> (databaselogin %1)</translation>
    </message>
    <message>
        <source>%1 is the only manager. Make someone else a manager first.</source>
        <translation>%1 is de enige manager. Maak eerst iemand anders manager.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>New PIN or password for %1</source>
        <translation>Nieuwe pincode of nieuw wachtwoord voor %1</translation>
    </message>
    <message>
        <source>%1: database login %2</source>
        <translation>%1: databaselogin %2</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself while signed in. Ask another manager.</source>
        <translation>U kunt uzelf niet deactiveren terwijl u bent aangemeld. Vraag een andere manager.</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>%1 gedeactiveerd</translation>
    </message>
    <message>
        <source>%1 reactivated</source>
        <translation>%1 opnieuw geactiveerd</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>&amp;Create manager</source>
        <translation>Manager &amp;aanmaken</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Persoon &amp;toevoegen</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Rol wijzigen</translation>
    </message>
    <message>
        <source>Set new &amp;PIN</source>
        <translation>Nieuwe &amp;pincode</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <source>Create the first manager</source>
        <translation>De eerste manager aanmaken</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Pincode of wachtwoord</translation>
    </message>
    <message>
        <source>PIN or password again</source>
        <translation>Pincode of wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Databaselogin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation>De eerste manager</translation>
    </message>
    <message>
        <source>Add a person, or type a new PIN for the person selected above</source>
        <translation>Voeg een persoon toe, of typ een nieuwe pincode voor de hierboven gekozen persoon</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>PIN or pass&amp;word:</source>
        <translation>Pincode of &amp;wachtwoord:</translation>
    </message>
    <message>
        <source>Again (&amp;to check):</source>
        <translation>Nogmaals (ter &amp;controle):</translation>
    </message>
    <message>
        <source>Database &amp;login:</source>
        <translation>Database&amp;login:</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits; a password at least 8 characters.</source>
        <translation>Een pincode heeft 4 tot 12 cijfers, een wachtwoord minstens 8 tekens.</translation>
    </message>
    <message>
        <source>On a shared store, a manager's own database login; their password there is the same as their password here.</source>
        <translation>Bij een gedeelde database de eigen databaselogin van een manager; het wachtwoord daar is hetzelfde als hier.</translation>
    </message>
    <message>
        <source>With sign-in on, everyone signs in at the desk, and only a manager can change locks, settings and staff. Create the first manager now: you.</source>
        <translation>Met aanmelden aan meldt iedereen zich aan de balie aan, en kan alleen een manager sloten, instellingen en personeel wijzigen. Maak nu de eerste manager aan: uzelf.</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Geblokkeerd tot %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Make &amp;manager</source>
        <translation>Rol &amp;manager</translation>
    </message>
    <message>
        <source>The two PINs or passwords differ. Type them again.</source>
        <translation>De twee pincodes of wachtwoorden verschillen. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 toegevoegd als %2.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is nu: %2.</translation>
    </message>
    <message>
        <source>Type the new PIN or password for %1 twice in the fields below, then choose Set new PIN.</source>
        <translation>Typ de nieuwe pincode of het nieuwe wachtwoord voor %1 twee keer in de velden hieronder en kies dan Nieuwe pincode.</translation>
    </message>
    <message>
        <source>New PIN or password set for %1; a lock-out is lifted.</source>
        <translation>Nieuwe pincode of nieuw wachtwoord ingesteld voor %1; een blokkering is opgeheven.</translation>
    </message>
    <message>
        <source>%1 deactivated: they can no longer sign in. Their history stays.</source>
        <translation>%1 gedeactiveerd: deze persoon kan zich niet meer aanmelden. De geschiedenis blijft.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kan zich weer aanmelden.</translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation>&amp;Heractiveren</translation>
    </message>
    <message>
        <source>Make d&amp;esk user</source>
        <translation>Rol &amp;balie</translation>
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
        <translation>Er staat al iemand met de naam "%1" op de personeelslijst%2.</translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation> (gedeactiveerd)</translation>
    </message>
    <message>
        <source>The person could not be added</source>
        <translation>De persoon kon niet worden toegevoegd</translation>
    </message>
    <message>
        <source>The role could not be changed</source>
        <translation>De rol kon niet worden gewijzigd</translation>
    </message>
    <message>
        <source>The PIN or password could not be changed</source>
        <translation>De pincode of het wachtwoord kon niet worden gewijzigd</translation>
    </message>
    <message>
        <source>The person could not be deactivated</source>
        <translation>De persoon kon niet worden gedeactiveerd</translation>
    </message>
    <message>
        <source>The database login could not be changed</source>
        <translation>De databaselogin kon niet worden gewijzigd</translation>
    </message>
    <message>
        <source>The failed sign-in could not be recorded</source>
        <translation>De mislukte aanmelding kon niet worden vastgelegd</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded</source>
        <translation>De aanmelding kon niet worden vastgelegd</translation>
    </message>
    <message>
        <source>The sign-in could not be checked</source>
        <translation>De aanmelding kon niet worden gecontroleerd</translation>
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
        <translation>Balie</translation>
    </message>
    <message>
        <source>Only a manager can add, change or remove locks. Ask a manager to sign in.</source>
        <translation>Alleen een manager kan sloten toevoegen, wijzigen of verwijderen. Vraag een manager om zich aan te melden.</translation>
    </message>
    <message>
        <source>Only a manager can change the settings. Ask a manager to sign in.</source>
        <translation>Alleen een manager kan de instellingen wijzigen. Vraag een manager om zich aan te melden.</translation>
    </message>
    <message>
        <source>Only a manager can change the API key. Ask a manager to sign in.</source>
        <translation>Alleen een manager kan de API-sleutel wijzigen. Vraag een manager om zich aan te melden.</translation>
    </message>
    <message>
        <source>Only a manager can delete old codes. Ask a manager to sign in.</source>
        <translation>Alleen een manager kan oude codes verwijderen. Vraag een manager om zich aan te melden.</translation>
    </message>
    <message>
        <source>Only a manager can back up or restore the database. Ask a manager to sign in.</source>
        <translation>Alleen een manager kan een back-up van de database maken of terugzetten. Vraag een manager om zich aan te melden.</translation>
    </message>
    <message>
        <source>Only a manager can add or change staff. Ask a manager to sign in.</source>
        <translation>Alleen een manager kan personeel toevoegen of wijzigen. Vraag een manager om zich aan te melden.</translation>
    </message>
    <message>
        <source>Only a manager can read the audit log. Ask a manager to sign in.</source>
        <translation>Alleen een manager kan het wijzigingslogboek lezen. Vraag een manager om zich aan te melden.</translation>
    </message>
</context>
<context>
    <name>StartTimeRules</name>
    <message>
        <source>Choose a lock, a length and a start first.</source>
        <translation>Kies eerst een slot, een duur en een begin.</translation>
    </message>
    <message>
        <source>%1 does not exist on this clock: the clocks go forward that night. Choose %2 or later.</source>
        <translation>%1 bestaat niet op deze klok: die nacht gaat de klok vooruit. Kies %2 of later.</translation>
    </message>
    <message>
        <source>%1 happens twice that night (the clocks go back); the earlier one, %2, is used.</source>
        <translation>%1 komt die nacht twee keer voor (de klok gaat terug); de eerste, %2, wordt gebruikt.</translation>
    </message>
    <message>
        <source>Midnight does not exist on the lock's clock on %1 (its clocks go forward then). Choose another date.</source>
        <translation>Middernacht bestaat niet op de klok van het slot op %1 (dan gaat zijn klok vooruit). Kies een andere datum.</translation>
    </message>
    <message>
        <source>Codes start on the hour: you asked %1, the code starts %2.</source>
        <translation>Codes beginnen op het hele uur: u vroeg %1, de code begint om %2.</translation>
    </message>
    <message>
        <source>Choose the date the code should end.</source>
        <translation>Kies de datum waarop de code moet eindigen.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start. Choose %2 or later.</source>
        <translation>De einddatum %1 ligt vóór het begin. Kies %2 of later.</translation>
    </message>
    <message>
        <source>End Date codes expire at most %1 days ahead. The latest last day is %2.</source>
        <translation>Codes met einddatum verlopen hoogstens %1 dagen vooruit. De laatst mogelijke laatste dag is %2.</translation>
    </message>
    <message>
        <source>One hour added so the guest keeps the time paid for: %1 from %2.</source>
        <translation>Een uur toegevoegd zodat de gast de betaalde tijd houdt: %1 vanaf %2.</translation>
    </message>
    <message>
        <source>An hour cannot be added: %1 is the longest hourly code.</source>
        <translation>Er kan geen uur worden toegevoegd: %1 is de langste uurcode.</translation>
    </message>
    <message>
        <source>Codes of whole days start at midnight on the lock's clock: you asked %1, the code starts %2.</source>
        <translation>Codes van hele dagen beginnen om middernacht op de klok van het slot: u vroeg %1, de code begint %2.</translation>
    </message>
    <message>
        <source>That start is in the past. The earliest start for this code is %1.</source>
        <translation>Dat begin ligt in het verleden. Het vroegste begin voor deze code is %1.</translation>
    </message>
    <message>
        <source>The clocks change on %1 during this code's window; the times shown allow for it.</source>
        <translation>Op %1 verandert de klok tijdens de geldigheid van deze code; de getoonde tijden houden daar rekening mee.</translation>
    </message>
    <message numerus="yes">
        <source>The Codelocks service does not offer End Date codes that long (%n days) for this lock's model. Choose an earlier end date or refresh the lengths.</source>
        <translation>
            <numerusform>De Codelocks-dienst biedt voor het model van dit slot geen codes met einddatum die zo lang duren (%n dag). Kies een eerdere einddatum of laad de duren opnieuw.</numerusform>
            <numerusform>De Codelocks-dienst biedt voor het model van dit slot geen codes met einddatum die zo lang duren (%n dagen). Kies een eerdere einddatum of laad de duren opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StayEntry</name>
    <message>
        <source>Issue by stay</source>
        <translation>Uitgeven op verblijf</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Aankomst</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>Aankomst:</translation>
    </message>
    <message>
        <source>Departure:</source>
        <translation>Vertrek:</translation>
    </message>
    <message>
        <source>By stay: the code covers the guest's arrival to departure</source>
        <translation>Op verblijf: de code geldt van aankomst tot vertrek van de gast</translation>
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
        <translation>1 minuut</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers the stay %1: from %2 before arrival to %3 after departure.</source>
        <translation>Dekt het verblijf %1: van %2 vóór aankomst tot %3 na vertrek.</translation>
    </message>
    <message>
        <source>Choose a lock and the guest's departure first.</source>
        <translation>Kies eerst een slot en het vertrek van de gast.</translation>
    </message>
    <message>
        <source>The arrival %1 does not exist on this clock: the clocks go forward that night. Enter %2 or later.</source>
        <translation>De aankomst %1 bestaat niet op deze klok: die nacht gaat de klok vooruit. Voer %2 of later in.</translation>
    </message>
    <message>
        <source>The departure %1 does not exist on this clock: the clocks go forward that night. Enter %2 or later.</source>
        <translation>Het vertrek %1 bestaat niet op deze klok: die nacht gaat de klok vooruit. Voer %2 of later in.</translation>
    </message>
    <message>
        <source>The arrival %1 happens twice that night (the clocks go back): the code covers it from the first time, %2.</source>
        <translation>De aankomst %1 komt die nacht twee keer voor (de klok gaat terug): de code dekt die vanaf de eerste keer, %2.</translation>
    </message>
    <message>
        <source>The departure %1 happens twice that night (the clocks go back): the code covers it until the second time, %2.</source>
        <translation>Het vertrek %1 komt die nacht twee keer voor (de klok gaat terug): de code dekt dat tot de tweede keer, %2.</translation>
    </message>
    <message>
        <source>The departure %1 has already passed.</source>
        <translation>Het vertrek %1 is al voorbij.</translation>
    </message>
    <message>
        <source>The departure (%1) must come after the arrival (%2).</source>
        <translation>Het vertrek (%1) moet na de aankomst (%2) liggen.</translation>
    </message>
    <message>
        <source>The arrival %1 has passed: the code covers the stay from now (%2).</source>
        <translation>De aankomst %1 is voorbij: de code dekt het verblijf vanaf nu (%2).</translation>
    </message>
    <message>
        <source>A %1 code covering this stay must be used for the first time by %2, before the guest can arrive (%3).</source>
        <translation>Een %1-code die dit verblijf dekt, moet voor het eerst worden gebruikt vóór %2, voordat de gast kan aankomen (%3).</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the whole stay (%1, %2). The longest code from the arrival, %3, ends %4, %5 before the departure.</source>
        <translation>Niets wat dit slot aankan dekt het hele verblijf (%1, %2). De langste code vanaf aankomst, %3, eindigt %4, %5 vóór vertrek.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): no code it offers can start by the arrival on the lock's clock.</source>
        <translation>Niets wat dit slot aankan dekt het verblijf (%1): geen enkele aangeboden code kan op de klok van het slot uiterlijk bij aankomst beginnen.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): its model offers no lengths for its mode. Refresh the lengths or check the lock's mode.</source>
        <translation>Niets wat dit slot aankan dekt het verblijf (%1): het model biedt geen duren voor zijn modus. Vernieuw de duren of controleer de modus van het slot.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): %2</source>
        <translation>Niets wat dit slot aankan dekt het verblijf (%1): %2</translation>
    </message>
    <message>
        <source>The code already works from %1, %2 before the guest arrives.</source>
        <translation>De code werkt al vanaf %1, %2 voordat de gast aankomt.</translation>
    </message>
    <message>
        <source>The code must be used for the first time by %1, only %2 after arrival.</source>
        <translation>De code moet voor het eerst worden gebruikt vóór %1, slechts %2 na aankomst.</translation>
    </message>
</context>
<context>
    <name>StorageErrorText</name>
    <message>
        <source>the database is busy: another program has been writing to it for too long</source>
        <translation>de database is bezet: een ander programma schrijft er al te lang in</translation>
    </message>
    <message>
        <source>the database cannot be written (it or its folder is read-only)</source>
        <translation>de database kan niet worden beschreven (hij of zijn map is alleen-lezen)</translation>
    </message>
    <message>
        <source>the disk that holds the database is full</source>
        <translation>de schijf met de database is vol</translation>
    </message>
    <message>
        <source>the database file could not be read or written (disk or file error)</source>
        <translation>het databasebestand kon niet worden gelezen of geschreven (schijf- of bestandsfout)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>het databasebestand is beschadigd</translation>
    </message>
    <message>
        <source>the database reported an unknown error</source>
        <translation>de database meldde een onbekende fout</translation>
    </message>
    <message>
        <source>the shared store does not allow this login to do that (only a manager's login may); nothing was changed</source>
        <translation>de gedeelde database staat dat deze login niet toe (alleen de login van een manager mag dat); er is niets gewijzigd</translation>
    </message>
    <message>
        <source>the shared store cannot be reached (its server stopped or the network is down); NetCode Desk reconnects by itself</source>
        <translation>de gedeelde database is niet bereikbaar (de server is gestopt of het netwerk ligt plat); NetCode Desk verbindt vanzelf opnieuw</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>This is not a shared store address NetCode Desk can use: %1. Write it as postgresql://user@host:5432/database.</source>
        <translation>Dit is geen adres van een gedeelde database dat NetCode Desk kan gebruiken: %1. Schrijf het als postgresql://gebruiker@host:5432/database.</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>het moet met postgresql:// beginnen</translation>
    </message>
    <message>
        <source>several hosts in one address are not supported</source>
        <translation>meerdere hosts in één adres worden niet ondersteund</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>de poort moet een getal van 1 tot 65535 zijn</translation>
    </message>
    <message>
        <source>the value of %1 contains a character that is not allowed</source>
        <translation>de waarde van %1 bevat een teken dat niet is toegestaan</translation>
    </message>
    <message>
        <source>the setting "%1" is not supported</source>
        <translation>de instelling "%1" wordt niet ondersteund</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>de databasenaam ontbreekt</translation>
    </message>
</context>
<context>
    <name>StoreImport</name>
    <message>
        <source>%1 is not a NetCode Desk database; nothing was moved.</source>
        <translation>%1 is geen NetCode Desk-database; er is niets overgezet.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NetCode Desk (schema %2; this version knows up to %3). Update NetCode Desk first; nothing was moved.</source>
        <translation>%1 is geschreven door een nieuwere versie van NetCode Desk (schema %2; deze versie kent tot en met %3). Werk eerst NetCode Desk bij; er is niets overgezet.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Het bestand kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>This login may not add locks or codes to the shared store. Moving a desk in needs a manager's login (netcode-desk-cli store grant LOGIN --role manager). Nothing was moved.</source>
        <translation>Deze login mag geen sloten of codes aan de gedeelde database toevoegen. Voor het overzetten van een balie is de login van een manager nodig (netcode-desk-cli store grant LOGIN --role manager). Er is niets overgezet.</translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>Er is niets overgezet: %1</translation>
    </message>
    <message>
        <source>Moved in from a desk's own file while it was being issued: whether the service answered is not known.</source>
        <translation>Overgezet uit het eigen bestand van een balie terwijl hij werd uitgegeven: of de dienst heeft geantwoord, is niet bekend.</translation>
    </message>
    <message>
        <source>There is no file %1; nothing was moved.</source>
        <translation>Er is geen bestand %1; er is niets overgezet.</translation>
    </message>
    <message>
        <source>No room for a working copy: %1</source>
        <translation>Geen ruimte voor een werkkopie: %1</translation>
    </message>
    <message>
        <source>The copy of %1 cannot be brought up to date: %2</source>
        <translation>De kopie van %1 kan niet worden bijgewerkt: %2</translation>
    </message>
    <message>
        <source>Moved in %1: codes added %2 (already there %3, in doubt %4), locks added %5 (already there %6), request counts added %7; left behind from demo mode: locks %8, codes %9</source>
        <translation>%1 overgezet: codes toegevoegd %2 (al aanwezig %3, onzeker %4), sloten toegevoegd %5 (al aanwezig %6), aanvraagtellers toegevoegd %7; achtergelaten uit de demomodus: sloten %8, codes %9</translation>
    </message>
</context>
<context>
    <name>StorePassword</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>De sleutelbos van het systeem antwoordde niet.</translation>
    </message>
</context>
<context>
    <name>StoreSetup</name>
    <message>
        <source>The login "%1" may not create roles, so it cannot set up the shared store. Run this as the server's administrator (on the database server: sudo -u postgres netcode-desk-cli store init --database postgresql:///DATABASE), or with a login made with "createuser --createrole". Nothing was changed.</source>
        <translation>De login "%1" mag geen rollen aanmaken en kan de gedeelde database dus niet inrichten. Voer dit uit als beheerder van de server (op de databaseserver: sudo -u postgres netcode-desk-cli store init --database postgresql:///DATABASE), of met een login die is gemaakt met "createuser --createrole". Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server did not say who this login is: %1</source>
        <translation>De server zei niet wie deze login is: %1</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>De database kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>This database already has a schema called "netcode" that NetCode Desk did not make. Use another database (createdb) for the shared store; nothing was changed.</source>
        <translation>Deze database heeft al een schema "netcode" dat niet door NetCode Desk is gemaakt. Gebruik een andere database (createdb) voor de gedeelde database; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This store was set up by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk; nothing was changed.</source>
        <translation>Deze database is ingericht door een nieuwere versie van NetCode Desk (schema %1; deze versie kent tot en met %2). Werk NetCode Desk bij; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot set up the store: %1</source>
        <translation>Kan de database niet inrichten: %1</translation>
    </message>
    <message>
        <source>Cannot create the role %1: %2</source>
        <translation>Kan de rol %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Created the group role %1.</source>
        <translation>Groepsrol %1 aangemaakt.</translation>
    </message>
    <message>
        <source>Cannot make managers desks too: %1</source>
        <translation>Kan managers niet ook de rol balie geven: %1</translation>
    </message>
    <message>
        <source>Made netcode_manager a member of netcode_desk.</source>
        <translation>netcode_manager lid gemaakt van netcode_desk.</translation>
    </message>
    <message>
        <source>Cannot let this login act as netcode_owner: %1</source>
        <translation>Kan deze login niet als netcode_owner laten optreden: %1</translation>
    </message>
    <message>
        <source>Let the login %1 act as netcode_owner for setting up and updating.</source>
        <translation>De login %1 mag als netcode_owner optreden voor inrichten en bijwerken.</translation>
    </message>
    <message>
        <source>Cannot create the schema "netcode" (the login needs the right to create schemas in this database: it owns it, or GRANT CREATE ON DATABASE): %1</source>
        <translation>Kan het schema "netcode" niet aanmaken (de login heeft het recht nodig om schema's in deze database te maken: hij is de eigenaar, of GRANT CREATE ON DATABASE): %1</translation>
    </message>
    <message>
        <source>Created the schema netcode, owned by netcode_owner.</source>
        <translation>Schema netcode aangemaakt, eigendom van netcode_owner.</translation>
    </message>
    <message>
        <source>Cannot give the schema to netcode_owner: %1</source>
        <translation>Kan het schema niet aan netcode_owner geven: %1</translation>
    </message>
    <message>
        <source>Gave the schema netcode to netcode_owner.</source>
        <translation>Schema netcode aan netcode_owner gegeven.</translation>
    </message>
    <message>
        <source>Cannot give the store's tables to netcode_owner: %1</source>
        <translation>Kan de tabellen van de database niet aan netcode_owner geven: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave %n table(s) and function(s) to netcode_owner.</source>
        <translation>
            <numerusform>%n tabel of functie aan netcode_owner gegeven.</numerusform>
            <numerusform>%n tabellen en functies aan netcode_owner gegeven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot install the search extension pg_trgm (package postgresql-contrib): %1</source>
        <translation>Kan de zoekextensie pg_trgm (pakket postgresql-contrib) niet installeren: %1</translation>
    </message>
    <message>
        <source>Cannot act as netcode_owner: %1</source>
        <translation>Kan niet als netcode_owner optreden: %1</translation>
    </message>
    <message>
        <source>Created the store's tables (schema %1).</source>
        <translation>Tabellen van de database aangemaakt (schema %1).</translation>
    </message>
    <message>
        <source>Updated the store from schema %1 to %2.</source>
        <translation>Database bijgewerkt van schema %1 naar %2.</translation>
    </message>
    <message>
        <source>Cannot grant the roles their rights: %1</source>
        <translation>Kan de rollen hun rechten niet geven: %1</translation>
    </message>
    <message>
        <source>This server has no NetCode Desk roles yet. Set the store up first: netcode-desk-cli store init --database URL.</source>
        <translation>Deze server heeft nog geen NetCode Desk-rollen. Richt eerst de database in: netcode-desk-cli store init --database URL.</translation>
    </message>
    <message>
        <source>"%1" is one of NetCode Desk's own groups, not a person's or a desk's login.</source>
        <translation>"%1" is een van de eigen groepen van NetCode Desk, niet de login van een persoon of balie.</translation>
    </message>
    <message>
        <source>The server's list of logins cannot be read: %1</source>
        <translation>De lijst met logins van de server kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>There is no login "%1" on this server. Create it first (on the database server: sudo -u postgres createuser --pwprompt %1), then run this again. Nothing was changed.</source>
        <translation>Er is geen login "%1" op deze server. Maak hem eerst aan (op de databaseserver: sudo -u postgres createuser --pwprompt %1) en voer dit daarna opnieuw uit. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>"%1" is a role that cannot log in. Give each desk and each manager a login of its own (createuser --pwprompt NAME).</source>
        <translation>"%1" is een rol die niet kan inloggen. Geef elke balie en elke manager een eigen login (createuser --pwprompt NAAM).</translation>
    </message>
    <message>
        <source>This login may not change who belongs to NetCode Desk's groups. Run this as the server's administrator or with a login made with "createuser --createrole". Nothing was changed.</source>
        <translation>Deze login mag niet wijzigen wie bij de groepen van NetCode Desk hoort. Voer dit uit als beheerder van de server of met een login die is gemaakt met "createuser --createrole". Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot change the login's group: %1</source>
        <translation>Kan de groep van de login niet wijzigen: %1</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 is nu lid van %2.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2.</source>
        <translation>%1 is geen lid meer van %2.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n other table(s). The store keeps to its own schema "netcode" and does not touch them, but they share the database's backups and logins; a database of its own (createdb) is usually better.</source>
        <translation>
            <numerusform>Deze database bevat al %n andere tabel. De database van NetCode Desk blijft in zijn eigen schema "netcode" en raakt die niet aan, maar ze delen de back-ups en logins van de database; een eigen database (createdb) is meestal beter.</numerusform>
            <numerusform>Deze database bevat al %n andere tabellen. De database van NetCode Desk blijft in zijn eigen schema "netcode" en raakt ze niet aan, maar ze delen de back-ups en logins van de database; een eigen database (createdb) is meestal beter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidityText</name>
    <message>
        <source>Lock clock %1 (%2)</source>
        <translation>Klok van het slot %1 (%2)</translation>
    </message>
    <message>
        <source>Valid from %1 %2 for up to a year (until %3)</source>
        <translation>Geldig vanaf %1 %2 voor hoogstens een jaar (tot %3)</translation>
    </message>
    <message>
        <source>Valid %1 %2</source>
        <translation>Geldig %1 %2</translation>
    </message>
    <message>
        <source>Works until the end of %1 (expires %2)</source>
        <translation>Werkt tot het einde van %1 (verloopt %2)</translation>
    </message>
    <message>
        <source>Must be used for the first time by %1</source>
        <translation>Moet voor het eerst worden gebruikt vóór %1</translation>
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
        <translation>Onzeker</translation>
    </message>
    <message>
        <source>Mail failed</source>
        <translation>Mail mislukt</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quotum</translation>
    </message>
    <message>
        <source>First use</source>
        <translation>Eerste gebruik</translation>
    </message>
    <message>
        <source>Ending today</source>
        <translation>Eindigt vandaag</translation>
    </message>
    <message>
        <source>Ended today</source>
        <translation>Vandaag geëindigd</translation>
    </message>
    <message>
        <source>Request in doubt (%1): %2</source>
        <translation>Onzeker verzoek (%1): %2</translation>
    </message>
    <message>
        <source>The request for %1, %2, got no recorded answer: it may have been billed. Select it in History to ask again or to settle it.</source>
        <translation>Het verzoek voor %1, %2, heeft geen vastgelegd antwoord: het is mogelijk in rekening gebracht. Selecteer het in de geschiedenis om het opnieuw te vragen of af te handelen.</translation>
    </message>
    <message>
        <source>First use by %1: %2 — has the guest used it?</source>
        <translation>Eerste gebruik vóór %1: %2 — heeft de gast hem gebruikt?</translation>
    </message>
    <message>
        <source>If the code for %1 is not used by %2 it stops working. We cannot see whether the guest has used it: ask them, or issue a new code.</source>
        <translation>Als de code voor %1 niet vóór %2 wordt gebruikt, werkt hij niet meer. Wij kunnen niet zien of de gast hem heeft gebruikt: vraag het de gast, of geef een nieuwe code uit.</translation>
    </message>
    <message>
        <source>Ended %1: %2</source>
        <translation>Geëindigd %1: %2</translation>
    </message>
    <message>
        <source>Ends %1: %2</source>
        <translation>Eindigt %1: %2</translation>
    </message>
    <message>
        <source>The code for %1 stopped working at %2 (%3).</source>
        <translation>De code voor %1 werkt sinds %2 niet meer (%3).</translation>
    </message>
    <message>
        <source>The code for %1 stops working at %2 (%3).</source>
        <translation>De code voor %1 werkt vanaf %2 niet meer (%3).</translation>
    </message>
    <message>
        <source>Quota used up: %1 of %2 requests this month</source>
        <translation>Quotum op: %1 van %2 verzoeken deze maand</translation>
    </message>
    <message>
        <source>Quota: %1 of %2 requests this month (%3%)</source>
        <translation>Quotum: %1 van %2 verzoeken deze maand (%3%)</translation>
    </message>
    <message>
        <source>The plan's monthly quota is used up: the service may refuse requests until next month.</source>
        <translation>Het maandquotum van het abonnement is op: de dienst kan verzoeken weigeren tot volgende maand.</translation>
    </message>
    <message>
        <source>More than 80% of the plan's monthly quota is used.</source>
        <translation>Meer dan 80% van het maandquotum van het abonnement is gebruikt.</translation>
    </message>
    <message>
        <source>Mail refused (%1): %2 to %3</source>
        <translation>Mail geweigerd (%1): %2 aan %3</translation>
    </message>
    <message>
        <source>Mail not sent (%1): %2 to %3</source>
        <translation>Mail niet verstuurd (%1): %2 aan %3</translation>
    </message>
    <message>
        <source>The mail server refused the code for %1 to %2.</source>
        <translation>De mailserver heeft de code voor %1 aan %2 geweigerd.</translation>
    </message>
    <message>
        <source>The code for %1 could not be mailed to %2.</source>
        <translation>De code voor %1 kon niet naar %2 worden gemaild.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Hij meldde: %1</translation>
    </message>
    <message>
        <source>Give the guest the code another way, or send it again.</source>
        <translation>Geef de gast de code op een andere manier, of verstuur hem opnieuw.</translation>
    </message>
    <message>
        <source>Mail may have been sent (%1): %2 to %3</source>
        <translation>E-mail mogelijk verzonden (%1): %2 aan %3</translation>
    </message>
    <message>
        <source>The code for %1 went to the mail server for %2, but whether it took it is not known. Check with the guest before sending it again.</source>
        <translation>De code voor %1 ging naar de mailserver voor %2, maar of die hem aannam is niet bekend. Vraag het na bij de gast voordat u hem opnieuw verzendt.</translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message>
        <source>Watch list</source>
        <extracomment>Title of the list of things to look at today (codes ending, deadlines, requests in doubt).</extracomment>
        <translation>Aandachtslijst</translation>
    </message>
    <message>
        <source>Go to the watch list</source>
        <translation>Naar de aandachtslijst</translation>
    </message>
    <message>
        <source>%1: go to the watch list</source>
        <translation>%1: naar de aandachtslijst</translation>
    </message>
    <message>
        <source>Nothing needs a look today.</source>
        <translation>Niets vraagt vandaag aandacht.</translation>
    </message>
    <message>
        <source>Watch list for today</source>
        <translation>Aandachtslijst voor vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n in doubt</source>
        <translation>
            <numerusform>%n onzeker</numerusform>
            <numerusform>%n onzeker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail failed</source>
        <translation>
            <numerusform>%n mail mislukt</numerusform>
            <numerusform>%n mails mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first-use deadline(s)</source>
        <translation>
            <numerusform>%n uiterste datum eerste gebruik</numerusform>
            <numerusform>%n uiterste data eerste gebruik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ending today</source>
        <translation>
            <numerusform>%n eindigt vandaag</numerusform>
            <numerusform>%n eindigen vandaag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended today</source>
        <translation>
            <numerusform>%n vandaag geëindigd</numerusform>
            <numerusform>%n vandaag geëindigd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Issue NetCodes for Codelocks and KitLock locks.</source>
        <translation>NetCodes uitgeven voor Codelocks- en KitLock-sloten.</translation>
    </message>
    <message>
        <source>Use this database file (default: the app's data folder; or set NETCODE_DESK_DATABASE).</source>
        <translation>Dit databasebestand gebruiken (standaard: de gegevensmap van de toepassing; of stel NETCODE_DESK_DATABASE in).</translation>
    </message>
    <message>
        <source>Use this settings file (or set NETCODE_DESK_SETTINGS).</source>
        <translation>Dit instellingenbestand gebruiken (of stel NETCODE_DESK_SETTINGS in).</translation>
    </message>
    <message>
        <source>Run against the built-in simulator even if an API key is stored.</source>
        <translation>De ingebouwde simulator gebruiken, ook als er een API-sleutel is opgeslagen.</translation>
    </message>
    <message>
        <source>NetCode Desk cannot start</source>
        <translation>NetCode Desk kan niet starten</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>De sleutelbos van het systeem antwoordde niet.</translation>
    </message>
    <message>
        <source>%1 — demo mode until the key can be read.</source>
        <translation>%1 — demomodus tot de sleutel kan worden gelezen.</translation>
    </message>
    <message>
        <source>This desk is set to use that shared store (Settings, Shared store).</source>
        <translation>Deze balie is ingesteld op die gedeelde database (Instellingen, Gedeelde database).</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Change the store…</source>
        <translation>Database &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
</TS>