<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;Issue code</source>
        <translation>&amp;Délivrer le code</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>Copy &amp;message for the guest</source>
        <translation>Copier le &amp;message pour le client</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>&amp;Imprimer le ticket…</translation>
    </message>
    <message>
        <source>Save slip as P&amp;DF…</source>
        <translation>Enregistrer le ticket en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Email code…</source>
        <translation>Envoyer le code par &amp;e-mail…</translation>
    </message>
    <message>
        <source>&amp;Add lock…</source>
        <translation>&amp;Ajouter une serrure…</translation>
    </message>
    <message>
        <source>&amp;Edit lock…</source>
        <translation>&amp;Modifier la serrure…</translation>
    </message>
    <message>
        <source>&amp;Remove lock…</source>
        <translation>&amp;Retirer la serrure…</translation>
    </message>
    <message>
        <source>&amp;Find lock</source>
        <translation>&amp;Chercher une serrure</translation>
    </message>
    <message>
        <source>Search &amp;history</source>
        <translation>Chercher dans l'&amp;historique</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About NetCode Desk</source>
        <translation>À &amp;propos de NetCode Desk</translation>
    </message>
    <message>
        <source>Issue the code (Ctrl+Enter, or Enter in the issue form)</source>
        <translation>Délivrer le code (Ctrl+Entrée, ou Entrée dans le formulaire)</translation>
    </message>
    <message>
        <source>&amp;Import smart locks from K3 Connect…</source>
        <translation>&amp;Importer les serrures connectées de K3 Connect…</translation>
    </message>
    <message>
        <source>Import locks from &amp;CSV…</source>
        <translation>Importer des serrures depuis un &amp;CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport locks to CSV…</source>
        <translation>E&amp;xporter les serrures en CSV…</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exporter l'historique…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Issue for &amp;several locks…</source>
        <translation>Délivrer pour &amp;plusieurs serrures…</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Changer d'&amp;utilisateur…</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sta&amp;ff…</source>
        <translation>Perso&amp;nnel…</translation>
    </message>
    <message>
        <source>Audit lo&amp;g…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Planning</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>The API host must start with https:// (plain http:// is allowed only for this computer). Correct the API host in Settings.</source>
        <translation>L'hôte de l'API doit commencer par https:// (http:// seulement pour cet ordinateur). Corrigez l'hôte de l'API dans les paramètres.</translation>
    </message>
    <message>
        <source>The Codelocks service rejected the smart lock's access key (401). Check the access key in the lock's settings.</source>
        <translation>Le service Codelocks a refusé la clé d'accès de la serrure connectée (401). Vérifiez-la dans les paramètres de la serrure.</translation>
    </message>
    <message>
        <source>The Codelocks service does not know this lock. Check the lock's timecode and lock id (or smart-lock id) in its settings.</source>
        <translation>Le service Codelocks ne connaît pas cette serrure. Vérifiez le code horaire et l'identifiant (ou l'identifiant de serrure connectée) dans ses paramètres.</translation>
    </message>
    <message>
        <source>The Codelocks service is refusing requests because the plan's limit has been reached or too many were sent. Wait a minute and try again; if it persists, check the plan's monthly quota.</source>
        <translation>Le service Codelocks refuse les demandes : la limite de l'abonnement est atteinte ou trop de demandes ont été envoyées. Attendez une minute et réessayez ; si cela persiste, vérifiez le quota mensuel de l'abonnement.</translation>
    </message>
    <message>
        <source>The Codelocks service had an internal error (%1). No code was issued. Try again in a few minutes.</source>
        <translation>Le service Codelocks a rencontré une erreur interne (%1). Aucun code n'a été délivré. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The Codelocks service answered with an unexpected status (%1). No code was issued.</source>
        <translation>Le service Codelocks a répondu avec un statut inattendu (%1). Aucun code n'a été délivré.</translation>
    </message>
    <message>
        <source>Could not reach the Codelocks service. Check the internet connection and the API host in Settings, then try again.</source>
        <translation>Impossible de joindre le service Codelocks. Vérifiez la connexion Internet et l'hôte de l'API dans les paramètres, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to the Codelocks service was cut before it answered. Try again.</source>
        <translation>La connexion au service Codelocks a été coupée avant sa réponse. Réessayez.</translation>
    </message>
    <message>
        <source>The API host could not be found. Check the internet connection and the API host in Settings.</source>
        <translation>L'hôte de l'API est introuvable. Vérifiez la connexion Internet et l'hôte de l'API dans les paramètres.</translation>
    </message>
    <message>
        <source>The secure connection to the Codelocks service could not be verified, so nothing was sent. Check the computer's date and time, and whether a network filter intercepts secure connections.</source>
        <translation>La connexion sécurisée au service Codelocks n'a pas pu être vérifiée, rien n'a donc été envoyé. Vérifiez la date et l'heure de l'ordinateur et si un filtre réseau intercepte les connexions sécurisées.</translation>
    </message>
    <message>
        <source>A network error stopped the request. Check the connection and try again.</source>
        <translation>Une erreur réseau a empêché la demande. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer NetCode Desk cannot read. No code is shown; try again, and if it keeps happening check the API host and versions in Settings.</source>
        <translation>Le service Codelocks a envoyé une réponse que NetCode Desk ne sait pas lire. Aucun code n'est affiché ; réessayez et, si cela se répète, vérifiez l'hôte et les versions de l'API dans les paramètres.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer far larger than a NetCode; it was not read. Check the API host in Settings.</source>
        <translation>Le service Codelocks a envoyé une réponse bien plus grande qu'un NetCode ; elle n'a pas été lue. Vérifiez l'hôte de l'API dans les paramètres.</translation>
    </message>
    <message>
        <source>The Codelocks service did not issue a code.</source>
        <translation>Le service Codelocks n'a pas délivré de code.</translation>
    </message>
    <message>
        <source>The Codelocks service refused the request as invalid. Most often the lock's model is set wrongly, or its timecode or lock id has a typing error; also check that the lock is configured for this mode and that codes of whole days start at midnight.</source>
        <translation>Le service Codelocks a refusé la demande comme invalide. Le plus souvent, le modèle de la serrure est mal réglé ou son code horaire ou son identifiant contient une faute de frappe ; vérifiez aussi que la serrure est configurée pour ce mode et que les codes à la journée commencent à minuit.</translation>
    </message>
    <message>
        <source>The Codelocks service tried to send the request to another address. NetCode Desk did not follow, so the API key went nowhere else. Check the API host in Settings.</source>
        <translation>Le service Codelocks a voulu envoyer la demande vers une autre adresse. NetCode Desk ne l'a pas suivi : la clé d'API n'est allée nulle part ailleurs. Vérifiez l'hôte de l'API dans les paramètres.</translation>
    </message>
    <message>
        <source>The service said: "%1".</source>
        <translation>Le service a indiqué : « %1 ».</translation>
    </message>
    <message>
        <source>The Codelocks service rejected the site's API key (%1). Check the API key in Settings.</source>
        <translation>Le service Codelocks a refusé la clé d'API du site (%1). Vérifiez la clé d'API dans les paramètres.</translation>
    </message>
    <message>
        <source>The Codelocks service did not answer in time. Check the internet connection and try again.</source>
        <translation>Le service Codelocks n'a pas répondu à temps. Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The Codelocks service did not answer in time. The request had already been sent, so the service may have issued — and billed — a code that never arrived. It is kept in History as "in doubt"; ask again from there.</source>
        <translation>Le service Codelocks n'a pas répondu à temps. La demande était déjà envoyée : le service a donc peut-être délivré — et facturé — un code qui n'est jamais arrivé. Elle figure dans l'historique avec l'état « Incertain » ; redemandez à partir de là.</translation>
    </message>
    <message>
        <source>The connection was cut after the request was sent: the service may have issued — and billed — a code that never arrived. It is kept in History as "in doubt"; ask again from there.</source>
        <translation>La connexion a été coupée après l'envoi de la demande : le service a peut-être délivré — et facturé — un code qui n'est jamais arrivé. Elle figure dans l'historique avec l'état « Incertain » ; redemandez à partir de là.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer NetCode Desk cannot read, so no code is shown. The service may still have issued — and billed — the code: it is kept in History as "in doubt"; ask again from there. If this keeps happening, check the API host and versions in Settings.</source>
        <translation>Le service Codelocks a envoyé une réponse que NetCode Desk ne sait pas lire, aucun code n'est donc affiché. Le service a peut-être quand même délivré — et facturé — le code : la demande figure dans l'historique avec l'état « Incertain » ; redemandez à partir de là. Si cela se répète, vérifiez l'hôte et les versions de l'API dans les paramètres.</translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer far larger than a NetCode, so it was not read. The request may have been billed: it is kept in History as "in doubt". Check the API host in Settings.</source>
        <translation>Le service Codelocks a envoyé une réponse bien plus grande qu'un NetCode, elle n'a donc pas été lue. La demande a peut-être été facturée : elle figure dans l'historique avec l'état « Incertain ». Vérifiez l'hôte de l'API dans les paramètres.</translation>
    </message>
    <message>
        <source>The Codelocks service kept redirecting the request instead of answering it, so NetCode Desk stopped following. Check the API host and versions in Settings; if they are right, the service has a problem: try again later.</source>
        <translation>Le service Codelocks redirigeait sans cesse la demande au lieu d'y répondre, NetCode Desk a donc cessé de suivre les redirections. Vérifiez l'hôte et les versions de l'API dans les paramètres ; s'ils sont corrects, le service a un problème : réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>The built-in demo service could not start: %1</source>
        <translation>Le service de démonstration intégré n'a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Demo: built-in simulator on %1</source>
        <translation>Démo : simulateur intégré sur %1</translation>
    </message>
    <message>
        <source>Codelocks Connect: %1</source>
        <translation>Codelocks Connect : %1</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>une autre réception</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>This desk's API key differs from the one the site uses (saved by %1 on %2). Codes issued here are billed to the account of this desk's key.</source>
        <translation>La clé API de cette réception n'est pas celle du site (enregistrée par %1, %2). Les codes délivrés ici sont facturés au compte de la clé de cette réception.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) issued before %1 deleted</source>
        <translation>
            <numerusform>%n code délivré avant le %1 supprimé</numerusform>
            <numerusform>%n codes délivrés avant le %1 supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Le journal des modifications n'a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1 (identifiant %2)</translation>
    </message>
    <message numerus="yes">
        <source>The last %n change(s) made as a manager, newest first.</source>
        <translation>
            <numerusform>La dernière modification faite par un responsable (%n).</numerusform>
            <numerusform>Les %n dernières modifications faites par un responsable, les plus récentes d'abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <source>&amp;Issue codes</source>
        <translation>Délivrer &amp;les codes</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>&amp;Imprimer la liste…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Issue codes for several locks</source>
        <translation>Délivrer des codes pour plusieurs serrures</translation>
    </message>
    <message>
        <source>Narrow the list: a group, floor or name</source>
        <translation>Filtrer la liste : groupe, étage ou nom</translation>
    </message>
    <message>
        <source>Narrow the list of locks</source>
        <translation>Filtrer la liste des serrures</translation>
    </message>
    <message>
        <source>Locks to issue codes for</source>
        <translation>Serrures pour lesquelles délivrer des codes</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Guest or group name</source>
        <translation>Nom du client ou du groupe</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Référence de réservation</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Serrure</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>&amp;Guest or group:</source>
        <translation>Client &amp;ou groupe :</translation>
    </message>
    <message>
        <source>Booking r&amp;eference:</source>
        <translation>Référence de rés&amp;ervation :</translation>
    </message>
    <message>
        <source>Issued %1 of %2…</source>
        <translation>%1 sur %2 délivrés…</translation>
    </message>
    <message>
        <source>Tick the locks to issue codes for.</source>
        <translation>Cochez les serrures pour lesquelles délivrer des codes.</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge</source>
        <translation>Redélivré depuis l'historique — sans nouveaux frais</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Save the sheet as PDF (cancel to print instead)</source>
        <translation>Enregistrer la liste en PDF (annuler pour l'imprimer)</translation>
    </message>
    <message>
        <source>codes.pdf</source>
        <translation>codes.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save codes as CSV</source>
        <translation>Enregistrer les codes en CSV</translation>
    </message>
    <message>
        <source>codes.csv</source>
        <translation>codes.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s): demo codes from the built-in simulator, nothing is billed.</source>
        <translation>
            <numerusform>%n serrure : code de démonstration du simulateur intégré, rien n'est facturé.</numerusform>
            <numerusform>%n serrures : codes de démonstration du simulateur intégré, rien n'est facturé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s).</source>
        <translation>
            <numerusform>%n serrure.</numerusform>
            <numerusform>%n serrures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billed request(s) will be sent to the Codelocks service.</source>
        <translation>
            <numerusform>%n demande facturée sera envoyée au service Codelocks.</numerusform>
            <numerusform>%n demandes facturées seront envoyées au service Codelocks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) come from history free of charge.</source>
        <translation>
            <numerusform>%n code vient gratuitement de l'historique.</numerusform>
            <numerusform>%n codes viennent gratuitement de l'historique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) issued and saved in history.</source>
        <translation>
            <numerusform>%1 sur %n code délivré et enregistré dans l'historique.</numerusform>
            <numerusform>%1 sur %n codes délivrés et enregistrés dans l'historique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) already belong to another guest and will be skipped (issue those on their own to give the same code).</source>
        <translation>
            <numerusform>%n code appartient déjà à un autre client et sera ignoré (délivrez-le séparément pour donner le même code).</numerusform>
            <numerusform>%n codes appartiennent déjà à d'autres clients et seront ignorés (délivrez-les séparément pour donner le même code).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchIssuer</name>
    <message>
        <source>DEMO — these codes will not open real locks</source>
        <translation>DÉMO — ces codes n'ouvrent aucune vraie serrure</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Codes d'accès</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Serrure</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>not issued: %1</source>
        <translation>non délivré : %1</translation>
    </message>
    <message>
        <source>Issue it on its own to give the same code to this guest too.</source>
        <translation>Délivrez-le séparément pour donner aussi le même code à ce client.</translation>
    </message>
</context>
<context>
    <name>BoardLayout</name>
    <message>
        <source>No guest named</source>
        <translation>Aucun client indiqué</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board: codes per lock over time</source>
        <translation>Planning : codes par serrure dans le temps</translation>
    </message>
    <message numerus="yes">
        <source>One code, held by %n guest(s)</source>
        <translation>
            <numerusform>Un code, détenu par %n client</numerusform>
            <numerusform>Un code, détenu par %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Another code works on this lock at the same time.</source>
        <translation>Un autre code fonctionne sur cette serrure en même temps.</translation>
    </message>
    <message>
        <source>Click or press Enter to open it in History.</source>
        <translation>Cliquez ou appuyez sur Entrée pour l'ouvrir dans l'historique.</translation>
    </message>
    <message>
        <source>No locks match the group and search.</source>
        <translation>Aucune serrure ne correspond au groupe et à la recherche.</translation>
    </message>
    <message>
        <source>In doubt: %1</source>
        <translation>Incertain : %1</translation>
    </message>
    <message>
        <source>Being issued: %1</source>
        <translation>En cours de délivrance : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n guests: %1</source>
        <translation>
            <numerusform>%n client : %1</numerusform>
            <numerusform>%n clients : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd'hui, %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Serrure</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Board — NetCode Desk</source>
        <translation>Planning — NetCode Desk</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <source>Scroll to the current time</source>
        <translation>Aller à l'heure actuelle</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>Un jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>How many days fill the width (Ctrl+wheel, + and - on the board)</source>
        <translation>Nombre de jours affichés sur la largeur (Ctrl+molette, + et - sur le planning)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Search locks</source>
        <translation>Rechercher des serrures</translation>
    </message>
    <message>
        <source>Lock or group</source>
        <translation>Serrure ou groupe</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Red outline with a cross-hatched edge: two codes work on one lock at the same time. Hatched with a dashed red outline: a request in doubt, to be looked at. Flag: first-use deadline. Edge at the right end: expires today. Line: now.</source>
        <translation>Contour rouge avec bord hachuré : deux codes fonctionnent sur une serrure en même temps. Hachuré avec contour rouge en pointillés : une demande incertaine, à examiner. Drapeau : date limite de première utilisation. Bord à l'extrémité droite : expire aujourd'hui. Ligne : maintenant.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
</context>
<context>
    <name>ChangeListener</name>
    <message numerus="yes">
        <source>The shared store's server has not answered for %n second(s).</source>
        <translation>
            <numerusform>Le serveur de la base partagée ne répond plus depuis %n seconde.</numerusform>
            <numerusform>Le serveur de la base partagée ne répond plus depuis %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The API URL must start with https:// (http:// only for this computer): %1</source>
        <translation>L'URL de l'API doit commencer par https:// (http:// seulement pour cet ordinateur) : %1</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout attend un nombre de secondes de 1 à 600.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation>--format attend csv ou json.</translation>
    </message>
    <message>
        <source>(not issued)</source>
        <translation>(non délivré)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Codes written to %1: %2.</source>
        <translation>Codes écrits dans %1 : %2.</translation>
    </message>
    <message>
        <source>--model must be one of KL1060, KL1060C2, KL1060G3, K3CONNECT.</source>
        <translation>--model doit être KL1060, KL1060C2, KL1060G3 ou K3CONNECT.</translation>
    </message>
    <message>
        <source>A smart lock needs --access-key-env VARIABLE naming the environment variable that holds its access key.</source>
        <translation>Une serrure connectée a besoin de --access-key-env VARIABLE, le nom de la variable d'environnement qui contient sa clé d'accès.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>La variable d'environnement %1 est vide ou absente.</translation>
    </message>
    <message>
        <source>--mode must be one of single-use, multi-use, rental, long-rental, end-date, 24-hour.</source>
        <translation>--mode doit être single-use, multi-use, rental, long-rental, end-date ou 24-hour.</translation>
    </message>
    <message>
        <source>--length takes hours or days, for example 3h or 2d.</source>
        <translation>--length attend des heures ou des jours, par exemple 3h ou 2d.</translation>
    </message>
    <message>
        <source>--validation takes hours or days, for example 6h or 2d.</source>
        <translation>--validation attend des heures ou des jours, par exemple 6h ou 2d.</translation>
    </message>
    <message>
        <source>--end-date takes a date as YYYY-MM-DD.</source>
        <translation>--end-date attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--start takes "YYYY-MM-DD HH:MM", or a date alone for codes of whole days.</source>
        <translation>--start attend "AAAA-MM-JJ HH:MM", ou une date seule pour les codes à la journée.</translation>
    </message>
    <message>
        <source>Say which lock: --lock NAME, or the lock inline with --model and its ids.</source>
        <translation>Quelle serrure ? --lock NOM, ou la serrure décrite avec --model et ses identifiants.</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (ligne de commande)</translation>
    </message>
    <message>
        <source>There is no lock called "%1". See: netcode-desk-cli locks list</source>
        <translation>Aucune serrure ne s'appelle "%1". Voir : netcode-desk-cli locks list</translation>
    </message>
    <message>
        <source>--zone is for a lock given inline; %1 keeps its own zone (%2).</source>
        <translation>--zone ne vaut que pour une serrure décrite en ligne ; %1 garde son propre fuseau (%2).</translation>
    </message>
    <message>
        <source>%1 is configured for %2; it cannot take a %3 code.</source>
        <translation>%1 est configurée pour %2 ; elle ne peut pas recevoir de code %3.</translation>
    </message>
    <message>
        <source>A long-term rental code needs --validation, for example 6h or 2d.</source>
        <translation>Un code de location longue durée a besoin de --validation, par exemple 6h ou 2d.</translation>
    </message>
    <message>
        <source>An End Date code needs --end-date YYYY-MM-DD (its last day).</source>
        <translation>Un code à date de fin a besoin de --end-date AAAA-MM-JJ (son dernier jour).</translation>
    </message>
    <message>
        <source>Say how long the code lasts: --length 3h or --length 2d.</source>
        <translation>Combien de temps dure le code ? --length 3h ou --length 2d.</translation>
    </message>
    <message>
        <source>The service offers no such %1 code for %2.%3</source>
        <translation>Le service ne propose pas ce code %1 pour %2.%3</translation>
    </message>
    <message>
        <source>No answer came in time.</source>
        <translation>Aucune réponse dans le délai.</translation>
    </message>
    <message>
        <source>Code %1 for %2</source>
        <translation>Code %1 pour %2</translation>
    </message>
    <message>
        <source>Start sent: %1 (lock's clock), duration id %2</source>
        <translation>Début envoyé : %1 (horloge de la serrure), identifiant de durée %2</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge (use --fresh to ask the service again).</source>
        <translation>Redélivré depuis l'historique — sans nouveaux frais (--fresh pour redemander au service).</translation>
    </message>
    <message>
        <source>DEMO code — it will not open a real lock.</source>
        <translation>Code DÉMO — il n'ouvre aucune vraie serrure.</translation>
    </message>
    <message>
        <source>locks add needs --name and --model, and the lock's ids.</source>
        <translation>locks add a besoin de --name et --model, ainsi que des identifiants de la serrure.</translation>
    </message>
    <message>
        <source>--mode must be one of standard, rental, long-rental, end-date, 24-hour.</source>
        <translation>--mode doit être standard, rental, long-rental, end-date ou 24-hour.</translation>
    </message>
    <message>
        <source>Enter the access key again in the app (Edit lock) on a computer with a keychain.</source>
        <translation>Saisissez à nouveau la clé d'accès dans l'application (Modifier la serrure), sur un ordinateur disposant d'un trousseau.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajoutée.</translation>
    </message>
    <message>
        <source>Say which lock: netcode-desk-cli locks remove NAME</source>
        <translation>Quelle serrure ? netcode-desk-cli locks remove NOM</translation>
    </message>
    <message>
        <source>There is no lock called "%1".</source>
        <translation>Aucune serrure ne s'appelle "%1".</translation>
    </message>
    <message>
        <source>Removed %1; its codes stay in history.</source>
        <translation>%1 retirée ; ses codes restent dans l'historique.</translation>
    </message>
    <message>
        <source>Say which file: netcode-desk-cli locks import FILE.csv</source>
        <translation>Quel fichier ? netcode-desk-cli locks import FICHIER.csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Rows with problems: %n. Correct them, or add --accept-valid to import only the rows without problems.</source>
        <translation>
            <numerusform>Rien n'a été importé. Lignes avec problème : %n. Corrigez-les, ou ajoutez --accept-valid pour n'importer que les lignes sans problème.</numerusform>
            <numerusform>Rien n'a été importé. Lignes avec problème : %n. Corrigez-les, ou ajoutez --accept-valid pour n'importer que les lignes sans problème.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locks imported: %n.</source>
        <translation>
            <numerusform>Serrures importées : %n.</numerusform>
            <numerusform>Serrures importées : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--k3connect needs --access-key-env VARIABLE holding the account's access key.</source>
        <translation>--k3connect a besoin de --access-key-env VARIABLE contenant la clé d'accès du compte.</translation>
    </message>
    <message>
        <source>Smart locks added: %1, updated: %2.</source>
        <translation>Serrures connectées ajoutées : %1, mises à jour : %2.</translation>
    </message>
    <message>
        <source>locks takes one of: list, add, remove, import, export.</source>
        <translation>locks attend list, add, remove, import ou export.</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port attend un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>The simulator cannot listen: %1</source>
        <translation>Le simulateur ne peut pas écouter : %1</translation>
    </message>
    <message>
        <source>Codelocks simulator listening on %1 (Ctrl+C to stop)</source>
        <translation>Simulateur Codelocks à l'écoute sur %1 (Ctrl+C pour arrêter)</translation>
    </message>
    <message>
        <source>NetCode Desk from the command line.</source>
        <translation>NetCode Desk en ligne de commande.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>See: netcode-desk-cli --help</source>
        <translation>Voir : netcode-desk-cli --help</translation>
    </message>
    <message>
        <source>Say what to do, for example: netcode-desk-cli %1 list</source>
        <translation>Que faire ? Par exemple : netcode-desk-cli %1 list</translation>
    </message>
    <message>
        <source>Unknown command "%1". See: netcode-desk-cli --help</source>
        <translation>Commande inconnue "%1". Voir : netcode-desk-cli --help</translation>
    </message>
    <message>
        <source>The export did not reach standard output: %1</source>
        <translation>L'export n'a pas atteint la sortie standard : %1</translation>
    </message>
    <message>
        <source>The same request is being issued at %1 right now: waiting for its answer instead of sending it again…</source>
        <translation>La même demande est en cours de délivrance sur %1 : attente de sa réponse au lieu de l'envoyer à nouveau…</translation>
    </message>
    <message>
        <source>No answer came in time. The request may have been billed; see History.</source>
        <translation>Aucune réponse n'est arrivée à temps. La demande a peut-être été facturée ; voir l'historique.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n'a été importé.</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>la sortie n'a pas pu être écrite</translation>
    </message>
    <message>
        <source>Standard output could not be written: %1</source>
        <translation>La sortie standard n'a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>Say which request: netcode-desk-cli history ask-again ID (the id from history list --json).</source>
        <translation>Indiquez quelle demande : netcode-desk-cli history ask-again ID (l’id donné par history list --json).</translation>
    </message>
    <message>
        <source>There is no history row %1.</source>
        <translation>Il n’y a pas de ligne %1 dans l’historique.</translation>
    </message>
    <message>
        <source>Row %1 is not in doubt (it is %2): there is nothing to ask again.</source>
        <translation>La ligne %1 n’est pas incertaine (elle est « %2 ») : il n’y a rien à redemander.</translation>
    </message>
    <message>
        <source>The lock of row %1 is not in the database (it was given inline): issue it again with the same options and --fresh.</source>
        <translation>La serrure de la ligne %1 n’est pas dans la base de données (elle a été donnée en ligne de commande) : délivrez le code à nouveau avec les mêmes options et --fresh.</translation>
    </message>
    <message>
        <source>Say what to do, for example: netcode-desk-cli store status --database URL</source>
        <translation>Indiquez quoi faire, par exemple : netcode-desk-cli store status --database URL</translation>
    </message>
    <message>
        <source>The store commands work on a shared store: give its address, for example --database postgresql://HOST/DATABASE</source>
        <translation>Les commandes store portent sur une base partagée : indiquez son adresse, par exemple --database postgresql://HÔTE/BASE</translation>
    </message>
    <message>
        <source>The shared store %1 is already set up (schema %2); nothing was changed.</source>
        <translation>La base partagée %1 est déjà configurée (schéma %2) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Set up the shared store %1 (schema %2):</source>
        <translation>Base partagée %1 configurée (schéma %2) :</translation>
    </message>
    <message>
        <source>Next, for each desk and each manager: createuser --pwprompt NAME (on the database server), then
  netcode-desk-cli store grant NAME --role desk|manager --database URL</source>
        <translation>Ensuite, pour chaque réception et chaque responsable : createuser --pwprompt NOM (sur le serveur de base de données), puis
  netcode-desk-cli store grant NOM --role desk|manager --database URL</translation>
    </message>
    <message>
        <source>Say which login: netcode-desk-cli store grant LOGIN --role desk|manager --database URL</source>
        <translation>Quel identifiant ? netcode-desk-cli store grant IDENTIFIANT --role desk|manager --database URL</translation>
    </message>
    <message>
        <source>--role takes desk (issue, search, reprint, export) or manager (also locks, settings, staff, retention).</source>
        <translation>--role attend desk (délivrer, chercher, réimprimer, exporter) ou manager (en plus : serrures, paramètres, personnel, conservation).</translation>
    </message>
    <message>
        <source>%1 already has the %2 role; nothing was changed.</source>
        <translation>%1 a déjà le rôle %2 ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Say which file: netcode-desk-cli store import-sqlite FILE --database URL</source>
        <translation>Quel fichier ? netcode-desk-cli store import-sqlite FICHIER --database URL</translation>
    </message>
    <message>
        <source>Moved %1 into %2:</source>
        <translation>%1 transféré dans %2 :</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n code ajouté</numerusform>
            <numerusform>%n codes ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>déjà là : %n</numerusform>
            <numerusform>déjà là : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were still being issued in the file and are now in doubt (History, In doubt)</source>
        <translation>
            <numerusform>%n d'entre eux était encore en cours de délivrance dans le fichier et est maintenant incertain (Historique, Incertain)</numerusform>
            <numerusform>%n d'entre eux étaient encore en cours de délivrance dans le fichier et sont maintenant incertains (Historique, Incertain)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) added</source>
        <translation>
            <numerusform>%n serrure ajoutée</numerusform>
            <numerusform>%n serrures ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (kept as they are)</source>
        <translation>
            <numerusform>déjà là : %n (laissée telle quelle)</numerusform>
            <numerusform>déjà là : %n (laissées telles quelles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request count(s) added</source>
        <translation>
            <numerusform>%n compteur de demandes ajouté</numerusform>
            <numerusform>%n compteurs de demandes ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Store:    %1</source>
        <translation>Base :        %1</translation>
    </message>
    <message>
        <source>Schema:   %1</source>
        <translation>Schéma :      %1</translation>
    </message>
    <message>
        <source>not set up (netcode-desk-cli store init)</source>
        <translation>non configurée (netcode-desk-cli store init)</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identité :    %1</translation>
    </message>
    <message>
        <source>Login:    %1</source>
        <translation>Identifiant : %1</translation>
    </message>
    <message>
        <source>Role:     %1</source>
        <translation>Rôle :        %1</translation>
    </message>
    <message>
        <source>Unknown store command "%1": init, grant, import-sqlite or status.</source>
        <translation>Commande store inconnue "%1" : init, grant, import-sqlite ou status.</translation>
    </message>
    <message>
        <source>The login %1 has the desk role on the shared store %2, and only a manager's login may do that. Run it again with a manager's login (--database postgresql://LOGIN@SERVER/DATABASE); nothing was changed.</source>
        <translation>L'identifiant %1 a le rôle réception sur la base partagée %2, et seul l'identifiant d'un responsable peut faire cela. Relancez avec l'identifiant d'un responsable (--database postgresql://LOGIN@SERVER/DATABASE) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>K3 Connect account: %1 smart lock(s) added, %2 updated</source>
        <translation>Compte K3 Connect : serrures connectées ajoutées : %1, mises à jour : %2</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli staff add NAME --role desk|manager [--login DBLOGIN]; the PIN or password is read from standard input.</source>
        <translation>Utilisation : netcode-desk-cli staff add NOM --role desk|manager [--login DBLOGIN] ; le PIN ou le mot de passe est lu sur l'entrée standard.</translation>
    </message>
    <message>
        <source>--role takes desk or manager.</source>
        <translation>--role attend desk ou manager.</translation>
    </message>
    <message>
        <source>--login is for managers: desk staff use the desk's own login.</source>
        <translation>--login est réservé aux responsables : le personnel de réception utilise l'identifiant propre à la réception.</translation>
    </message>
    <message>
        <source>PIN or password for %1: </source>
        <translation>PIN ou mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>Again, to check: </source>
        <translation>Encore une fois, pour vérifier : </translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed.</source>
        <translation>Les deux saisies diffèrent ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) ajouté(e).</translation>
    </message>
    <message>
        <source>Nobody is on the staff list.</source>
        <translation>La liste du personnel est vide.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé(e)</translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation>bloqué(e) jusqu'à %1 UTC</translation>
    </message>
    <message>
        <source>login %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli staff deactivate NAME</source>
        <translation>Utilisation : netcode-desk-cli staff deactivate NOM</translation>
    </message>
    <message>
        <source>Nobody called "%1" is on the staff list.</source>
        <translation>Personne ne s'appelle "%1" dans la liste du personnel.</translation>
    </message>
    <message>
        <source>%1 deactivated: they can no longer sign in; their history stays.</source>
        <translation>%1 désactivé(e) : ne peut plus s'identifier ; son historique reste.</translation>
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
        <translation>Utilisation : netcode-desk-cli staff COMMANDE [--database FICHIER|URL]

Les personnes qui s'identifient aux réceptions (sur une base partagée, une action de responsable) :
  staff add NOM --role desk|manager [--login DBLOGIN]   ajouter une personne ; le PIN ou le mot de passe est lu
                             sur l'entrée standard (saisie masquée dans un terminal), jamais en argument ;
                             --login indique l'identifiant propre d'un responsable sur une base partagée
  staff list [--json]        la liste du personnel
  staff deactivate NOM       la personne ne peut plus s'identifier ; son historique reste

Chaque modification est écrite dans le journal des modifications avec "(command line)" et le nom d'utilisateur de cet ordinateur.
</translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli audit list [--limit N] [--json] [--database FILE|URL]

Manager actions (locks, settings, staff, retention, lock-outs, desks moved in), newest first;
--limit N shows the newest N (100 unless given).
</source>
        <translation>Utilisation : netcode-desk-cli audit list [--limit N] [--json] [--database FICHIER|URL]

Actions des responsables (serrures, paramètres, personnel, conservation, blocages, réceptions transférées), les plus récentes d'abord ;
--limit N affiche les N plus récentes (100 par défaut).
</translation>
    </message>
    <message>
        <source>staff takes one of: add, list, deactivate.</source>
        <translation>staff attend l'une de : add, list, deactivate.</translation>
    </message>
    <message>
        <source>audit takes: list.</source>
        <translation>audit attend : list.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>%1 is a superuser: the server lets it do everything, whatever role it is given, so it cannot be a desk or a manager. Make an ordinary login for the desk or person (createuser --pwprompt NAME) and grant that; nothing was changed.</source>
        <translation>%1 est un superutilisateur : le serveur lui permet tout, quel que soit son rôle, il ne peut donc être ni une réception ni un responsable. Créez un identifiant ordinaire pour la réception ou la personne (createuser --pwprompt NAME) et attribuez-lui le rôle ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>%1 is netcode_owner or a member of it: the owner of the store's tables is for setting up and updating the store (store init), not for a desk or a manager. Make an ordinary login for the desk or person (createuser --pwprompt NAME) and grant that; nothing was changed.</source>
        <translation>%1 est netcode_owner ou en est membre : le propriétaire des tables de la base sert à la configurer et à la mettre à jour (store init), pas à une réception ni à un responsable. Créez un identifiant ordinaire pour la réception ou la personne (createuser --pwprompt NAME) et attribuez-lui le rôle ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Left behind from demo mode: %1 sample lock(s), %2 demo code(s), %3 demo request count(s)</source>
        <translation>Laissés du mode démo : serrures d'exemple : %1, codes démo : %2, compteurs de demandes démo : %3</translation>
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
        <translation>Utilisation : netcode-desk-cli store COMMANDE --database postgresql://[LOGIN@]SERVEUR[:PORT]/BASE [--json]

Une base partagée (PostgreSQL) pour une équipe de réceptions :
  store init                 configurer la base : ses rôles, son schéma et ses droits ; à relancer après une
                             mise à jour (avec un identifiant qui peut créer des rôles, p. ex. postgres)
  store grant LOGIN --role desk|manager   donner à un identifiant ordinaire existant le rôle desk ou manager
                             (jamais un superutilisateur ni netcode_owner)
  store import-sqlite FICHIER   transférer le fichier de base propre à une réception (identifiant d'un responsable ;
                             le fichier est seulement lu ; serrures et codes démo restent en arrière ; peut être relancé)
  store status               schéma et identité de la base, cet identifiant et son rôle

--database peut être omis si NETCODE_DESK_DATABASE ou les paramètres indiquent la base. Le mot de passe
vient de l'URL (pour cette exécution seulement), du trousseau, de PGPASSWORD ou de ~/.pgpass.
</translation>
    </message>
    <message>
        <source>To give this guest the same code too, add --share-code.</source>
        <translation>Pour donner aussi le même code à ce client, ajoutez --share-code.</translation>
    </message>
    <message>
        <source>Shared with %1 (history row %2, issued %3): both guests open the same door with this code in the same window.</source>
        <translation>Partagé avec %1 (ligne %2 de l'historique, délivré le %3) : les deux clients ouvrent la même porte avec ce code pendant la même période.</translation>
    </message>
    <message>
        <source>--arrive/--depart choose the start and the length themselves; leave out --%1.</source>
        <translation>--arrive/--depart choisissent eux-mêmes le début et la durée ; omettez --%1.</translation>
    </message>
    <message>
        <source>A stay needs --depart "YYYY-MM-DD HH:MM" (the guest's departure).</source>
        <translation>Un séjour a besoin de --depart "AAAA-MM-JJ HH:MM" (le départ du client).</translation>
    </message>
    <message>
        <source>--depart takes "YYYY-MM-DD HH:MM" (wall time in the lock's zone).</source>
        <translation>--depart attend "AAAA-MM-JJ HH:MM" (heure locale du fuseau de la serrure).</translation>
    </message>
    <message>
        <source>--arrive takes "YYYY-MM-DD HH:MM" (wall time in the lock's zone).</source>
        <translation>--arrive attend "AAAA-MM-JJ HH:MM" (heure locale du fuseau de la serrure).</translation>
    </message>
    <message>
        <source>history takes one of: list, export, ask-again, email.</source>
        <translation>history accepte : list, export, ask-again, email.</translation>
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
        <translation>Utilisation : netcode-desk-cli COMMANDE [options]

Commandes :
  issue                 délivrer un code (ou le redélivrer depuis l'historique, sans frais)
  locks list            lister les serrures de la réception
  locks add             ajouter une serrure (--name, --model et ses identifiants, --mode, --group)
  locks remove NOM      supprimer une serrure (ses codes restent dans l'historique)
  locks import FICHIER  importer des serrures depuis un CSV (rien si une ligne n'est pas valide, sauf --accept-valid)
  locks import --k3connect --access-key-env VAR   importer les serrures connectées d'un compte K3 Connect
  locks export          écrire les serrures en CSV (--output FICHIER, par défaut la sortie standard)
  history list          codes récents (--search TEXTE, --limit N)
  history export        tous les codes correspondants en CSV ou JSON (--format, --output FICHIER)
  history ask-again ID  renvoyer une demande incertaine (aucune réponse enregistrée) : facturée à nouveau
  history email ID ADRESSE   envoyer un code par e-mail à son client via le serveur de messagerie du site
                        (--attach-slip, --language de|en|es|fr|nl)
  simulator             lancer le simulateur Codelocks intégré (--port N, --require-key CLÉ)
  store init            créer une base partagée (PostgreSQL) : rôles, schéma, droits (--database URL)
  store grant LOGIN     donner à un login existant le rôle réception ou responsable (--role desk|manager)
  store import-sqlite FICHIER   transférer le fichier de base de données d'une réception dans la base partagée
  store status          schéma et identité de la base partagée, et rôle de ce login
  staff add NOM --role desk|manager [--login DBLOGIN]   ajouter une personne (PIN ou mot de passe lu
                        sur l'entrée standard)
  staff list            la liste du personnel (--json)
  staff deactivate NOM  une personne ne peut plus se connecter (son historique reste)
  audit list            actions des responsables, les plus récentes d'abord (--limit N, --json)

Délivrer un code pour une serrure de la base de données :
  netcode-desk-cli issue --lock "Room 101" --length 3h --start "2027-07-14 15:00" --guest "Ana"
ou pour une serrure indiquée directement :
  --model KL1060G3 --timecode 202604221226 --lock-id 921239
  --model K3CONNECT --smart-lock-id &lt;32 hex&gt; --access-key-env VARIABLE
  --zone Europe/London, --clock-follows-dst / --no-clock-follows-dst (par défaut : selon le modèle)
Codes : --mode single-use|multi-use|rental|long-rental|end-date|24-hour, --length 3h|2d|14d,
  --start "AAAA-MM-JJ HH:MM" (heure locale du fuseau de la serrure ; une date seule pour des jours entiers),
  --end-date AAAA-MM-JJ, --validation 6h|2d, --guest, --room, --ref, --fresh (interroger le service
  même si l'historique contient exactement cette demande), --timeout SECONDES, --json.
  Un code qu'un autre client détient déjà (même serrure, même début, même durée) est refusé (sortie 2,
  rien n'est envoyé), sauf si --share-code indique de le donner aussi à ce client.
  --email ADRESSE envoie le code par e-mail au client dès qu'il est dans l'historique (--attach-slip joint
  le ticket en PDF, --language CODE la langue du client) ; le mot de passe vient du trousseau ou de
  NETCODE_DESK_MAIL_PASSWORD.
Par séjour plutôt que par début et durée : --arrive "AAAA-MM-JJ HH:MM" (par défaut : maintenant) et
  --depart "AAAA-MM-JJ HH:MM" (heure locale du fuseau de la serrure) choisissent le début et la durée (ou
  la date de fin) qui couvrent tout le séjour avec le moins d'excédent ; un séjour que rien ne couvre est
  refusé (sortie 2).

La clé d'API vient de NETCODE_DESK_API_KEY ou du trousseau du système ; sans l'une ni l'autre (ou avec
--demo), le simulateur intégré répond et les codes sont des codes DEMO. --api-url (ou NETCODE_DESK_API_URL)
remplace l'hôte de l'API pour cette exécution ; --database (ou NETCODE_DESK_DATABASE) choisit la base de données.

Codes de sortie : 0 succès ; 1 la base de données ou un fichier n'a pas pu être utilisé ; 2 saisie ou
utilisation non valide (rien n'est envoyé) ; 3 le service a rejeté la demande ; 4 panne du service ou du
réseau (5xx, délai dépassé, hors ligne, réponse inutilisable) ; 5 un code est revenu mais a échoué au contrôle
de cohérence ; 6 le code est délivré mais l'e-mail n'a pas été envoyé (noté sur la ligne). Une action de
responsable refusée à un login de réception sort aussi avec 2 (rien n'a été modifié).
</translation>
    </message>
    <message>
        <source>The history could not be read to its end: the export is incomplete.</source>
        <translation>L'historique n'a pas pu être lu jusqu'au bout : l'export est incomplet.</translation>
    </message>
</context>
<context>
    <name>CliEmail</name>
    <message>
        <source>--attach-slip goes with --email ADDRESS.</source>
        <translation>--attach-slip va avec --email ADRESSE.</translation>
    </message>
    <message>
        <source>--email: %1 Nothing was sent.</source>
        <translation>--email : %1 Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>--language takes one of: %1.</source>
        <translation>--language accepte : %1.</translation>
    </message>
    <message>
        <source>No mail server is set up for this site (a manager sets one in Settings, Email). Nothing was sent.</source>
        <translation>Aucun serveur de messagerie n'est configuré pour ce site (un responsable le configure dans Paramètres, E-mail). Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>Say which code and to whom: netcode-desk-cli history email ID ADDRESS (the id from history list --json).</source>
        <translation>Indiquez quel code et à qui : netcode-desk-cli history email ID ADRESSE (l'ID vient de history list --json).</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>There is no history row %1.</source>
        <translation>Il n’y a pas de ligne %1 dans l’historique.</translation>
    </message>
    <message>
        <source>Row %1 holds no code to email.</source>
        <translation>La ligne %1 ne contient aucun code à envoyer par e-mail.</translation>
    </message>
    <message>
        <source>The email did not finish in time; whether it was sent is not known.</source>
        <translation>L'e-mail ne s'est pas terminé à temps ; on ne sait pas s'il a été envoyé.</translation>
    </message>
    <message>
        <source>Emailed to %1.</source>
        <translation>Envoyé par e-mail à %1.</translation>
    </message>
    <message>
        <source>Email not sent: %1</source>
        <translation>E-mail non envoyé : %1</translation>
    </message>
    <message>
        <source>The code is in history (row %1); send it again with: netcode-desk-cli history email %1 ADDRESS</source>
        <translation>Le code est dans l'historique (ligne %1) ; renvoyez-le avec : netcode-desk-cli history email %1 ADRESSE</translation>
    </message>
    <message>
        <source>The email to %1 was sent, but history could not record it: %2</source>
        <translation>L'e-mail à %1 a été envoyé, mais l'historique n'a pas pu l'enregistrer : %2</translation>
    </message>
    <message>
        <source>The email to %1 was not sent (%2), and history could not record the attempt: %3</source>
        <translation>L'e-mail à %1 n'a pas été envoyé (%2), et l'historique n'a pas pu enregistrer la tentative : %3</translation>
    </message>
    <message>
        <source>The email may have been sent: %1</source>
        <translation>L'e-mail a peut-être été envoyé : %1</translation>
    </message>
</context>
<context>
    <name>ClockFrame</name>
    <message>
        <source>%1, follows daylight saving</source>
        <translation>%1, suit l'heure d'été</translation>
    </message>
    <message>
        <source>%1 standard time all year (%2, no daylight saving)</source>
        <translation>%1 à l'heure normale toute l'année (%2, sans heure d'été)</translation>
    </message>
</context>
<context>
    <name>CodeEmailer</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try emailing again</source>
        <translation>Réessayer l'envoi par e-mail</translation>
    </message>
    <message>
        <source>the desk's language</source>
        <translation>la langue de la réception</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>History could not record this: %1</source>
        <translation>L'historique n'a pas pu enregistrer ceci : %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message>
        <source>Emailed to %1 at %2.</source>
        <translation>Envoyé par e-mail à %1 à %2.</translation>
    </message>
    <message>
        <source>Not emailed: %1</source>
        <translation>Non envoyé par e-mail : %1</translation>
    </message>
    <message>
        <source>Not emailed to %1: %2</source>
        <translation>Non envoyé par e-mail à %1 : %2</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No email program is set up on this computer. Use Copy message and paste it into your email instead.</source>
        <translation>Aucun logiciel de messagerie n'est configuré sur cet ordinateur. Utilisez « Copier le message » et collez-le dans votre e-mail.</translation>
    </message>
    <message>
        <source>May have been emailed to %1: %2</source>
        <translation>Peut-être envoyé par e-mail à %1 : %2</translation>
    </message>
</context>
<context>
    <name>CodeFormat</name>
    <message>
        <source>The service answered without a code. Nothing was issued; try again in a moment.</source>
        <translation>Le service a répondu sans code. Rien n'a été délivré ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The service returned something that is not a keypad code. Do not give it to the guest; check the lock's model in its settings.</source>
        <translation>Le service a renvoyé quelque chose qui n'est pas un code de clavier. Ne le donnez pas au client ; vérifiez le modèle dans les paramètres de la serrure.</translation>
    </message>
    <message>
        <source>The service returned a %1-digit code, but a %2 expects %3 digits. The lock's model is probably set wrongly: the code would not open the lock, so it is not shown. Check the model in the lock's settings.</source>
        <translation>Le service a renvoyé un code à %1 chiffres, mais une %2 attend %3 chiffres. Le modèle de la serrure est probablement mal réglé : le code n'ouvrirait pas la serrure, il n'est donc pas affiché. Vérifiez le modèle dans les paramètres de la serrure.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quote inside an unquoted cell.</source>
        <translation>Ligne %1 : un guillemet dans une cellule sans guillemets.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation>Ligne %1 : une cellule entre guillemets n'est jamais fermée.</translation>
    </message>
</context>
<context>
    <name>CurlLibrary</name>
    <message>
        <source>the mail library libcurl (package libcurl4) cannot be loaded: %1</source>
        <translation>la bibliothèque de messagerie libcurl (paquet libcurl4) ne peut pas être chargée : %1</translation>
    </message>
    <message>
        <source>the mail library %1 is too old for this program (it lacks %2)</source>
        <translation>la bibliothèque de messagerie %1 est trop ancienne pour ce programme (il lui manque %2)</translation>
    </message>
    <message>
        <source>the mail library libcurl could not start</source>
        <translation>la bibliothèque de messagerie libcurl n'a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d'ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>This database was written by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk; the file has not been changed.</source>
        <translation>Cette base de données a été écrite par une version plus récente de NetCode Desk (schéma %1 ; cette version connaît jusqu'au %2). Mettez NetCode Desk à jour ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot update the database: %1</source>
        <translation>Impossible de mettre à jour la base de données : %1</translation>
    </message>
    <message>
        <source>Cannot update the database to schema %1: %2</source>
        <translation>Impossible de mettre la base de données au schéma %1 : %2</translation>
    </message>
    <message>
        <source>A restore from a backup is waiting, but another NetCode Desk program has this database open, so the database was not changed. The restore is done the next time NetCode Desk starts while no other NetCode Desk program uses this database.</source>
        <translation>Une restauration depuis une sauvegarde est en attente, mais un autre programme NetCode Desk a ouvert cette base de données ; la base n'a donc pas été modifiée. La restauration se fera au prochain démarrage de NetCode Desk, lorsqu'aucun autre programme NetCode Desk n'utilisera cette base.</translation>
    </message>
    <message>
        <source>A restore from a backup is waiting, but the folder of this database does not support file locks, so NetCode Desk cannot tell whether another program uses the database, and did not change it. Move the database to a local disk to restore.</source>
        <translation>Une restauration depuis une sauvegarde est en attente, mais le dossier de cette base de données ne prend pas en charge les verrous de fichier : NetCode Desk ne peut pas savoir si un autre programme utilise la base, et ne l'a pas modifiée. Déplacez la base sur un disque local pour la restaurer.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c'est un dossier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>The folder %1 that holds the database is read-only, and NetCode Desk must be able to write files next to the database (its journal and lock file). Make the folder writable and start again; nothing was changed.</source>
        <translation>Le dossier %1 qui contient la base de données est en lecture seule, et NetCode Desk doit pouvoir écrire des fichiers à côté de la base (son journal et son fichier de verrou). Rendez le dossier accessible en écriture et redémarrez ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file, its folder or its disk), so NetCode Desk cannot record codes in it. Make it writable and start again; nothing was changed.</source>
        <translation>La base de données %1 est en lecture seule (le fichier, son dossier ou son disque) : NetCode Desk ne peut donc pas y enregistrer de codes. Rendez-la accessible en écriture et redémarrez ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it, and it did not let go within %2 seconds. Nothing was changed; try again in a moment, and if it keeps happening, close the program that holds the database.</source>
        <translation>La base de données %1 est verrouillée par un autre programme qui y écrit, et elle n'a pas été libérée dans les %2 secondes. Rien n'a été modifié ; réessayez dans un instant et, si cela se répète, fermez le programme qui bloque la base.</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full, so NetCode Desk cannot write to it. Free some space and start again; nothing was changed.</source>
        <translation>Le disque qui contient la base de données %1 est plein : NetCode Desk ne peut donc pas y écrire. Libérez de l'espace et redémarrez ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The file %1 is not a NetCode Desk database: SQLite does not recognise it as a database (%2).</source>
        <translation>Le fichier %1 n'est pas une base de données NetCode Desk : SQLite ne le reconnaît pas comme base de données (%2).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite reports "%2".</source>
        <translation>La base de données %1 est endommagée : SQLite signale « %2 ».</translation>
    </message>
    <message>
        <source>The database %1 cannot be read or written (%2). Check that its disk or network share is there and that you may use the file; nothing was changed.</source>
        <translation>La base de données %1 ne peut être ni lue ni écrite (%2). Vérifiez que son disque ou son partage réseau est disponible et que vous avez le droit d'utiliser le fichier ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program is restoring or repairing the database %1. Try again in a minute.</source>
        <translation>Un autre programme NetCode Desk est en train de restaurer ou de réparer la base de données %1. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program is busy with this database, so the file was left as it is. Try again in a minute.</source>
        <translation>Un autre programme NetCode Desk travaille sur cette base de données, le fichier a donc été laissé tel quel. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The folder of this database does not support file locks, so NetCode Desk cannot tell whether another program uses it, and left the file as it is.</source>
        <translation>Le dossier de cette base de données ne prend pas en charge les verrous de fichier : NetCode Desk ne peut pas savoir si un autre programme l'utilise, et a laissé le fichier tel quel.</translation>
    </message>
    <message>
        <source>Another NetCode Desk program has this database open, so the file was left as it is. Close NetCode Desk wherever it uses this database (desks and scripts), then start it again to put the newest good backup in its place.</source>
        <translation>Un autre programme NetCode Desk a ouvert cette base de données, le fichier a donc été laissé tel quel. Fermez NetCode Desk partout où il utilise cette base (réceptions et scripts), puis redémarrez-le pour mettre la dernière sauvegarde valable à sa place.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be opened (Windows error %2).</source>
        <translation>Le fichier de verrou %1 ne peut pas être ouvert (erreur Windows %2).</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be opened: %2</source>
        <translation>Le fichier de verrou %1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>La base de données ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>This computer cannot reach a shared store: Qt's PostgreSQL driver is not installed (Debian and Ubuntu: the package libqt6sql6-psql).</source>
        <translation>Cet ordinateur ne peut pas atteindre une base partagée : le pilote PostgreSQL de Qt n'est pas installé (Debian et Ubuntu : le paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be reached: no server answered (%2). Check that the server is running and that this computer's network reaches it; nothing was changed.</source>
        <translation>La base partagée %1 est injoignable : aucun serveur n'a répondu (%2). Vérifiez que le serveur fonctionne et que le réseau de cet ordinateur l'atteint ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The shared store %1 refused the login: the user name or password is wrong, or no password was given (%2).</source>
        <translation>La base partagée %1 a refusé la connexion : le nom d'utilisateur ou le mot de passe est faux, ou aucun mot de passe n'a été donné (%2).</translation>
    </message>
    <message>
        <source>The server has no database by the name given in %1. Check the name after the last "/" of the address.</source>
        <translation>Le serveur n'a pas de base de données portant le nom indiqué dans %1. Vérifiez le nom après le dernier "/" de l'adresse.</translation>
    </message>
    <message>
        <source>The database %1 holds no NetCode Desk store. A manager sets one up with "netcode-desk-cli store init --database URL" (or Settings, Shared store, Set up); nothing was changed.</source>
        <translation>La base de données %1 ne contient pas de données NetCode Desk. Un responsable les configure avec "netcode-desk-cli store init --database URL" (ou Paramètres, Base partagée, Configurer) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 has a schema named "netcode" that NetCode Desk did not make, so it was left alone. Use another database for the shared store.</source>
        <translation>La base de données %1 a un schéma nommé "netcode" qui ne vient pas de NetCode Desk ; elle n'a donc pas été touchée. Utilisez une autre base de données pour la base partagée.</translation>
    </message>
    <message>
        <source>The shared store %1 must be updated for this version of NetCode Desk, and this login may not change its tables. A manager runs "netcode-desk-cli store init --database URL" once; nothing was changed.</source>
        <translation>La base partagée %1 doit être mise à jour pour cette version de NetCode Desk, et cet identifiant ne peut pas modifier ses tables. Un responsable lance une fois "netcode-desk-cli store init --database URL" ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Only a shared store has database logins to switch.</source>
        <translation>Seule une base partagée a des identifiants de base de données entre lesquels changer.</translation>
    </message>
    <message>
        <source>The desk's own login could not reconnect either: %1</source>
        <translation>L'identifiant propre à la réception n'a pas pu se reconnecter non plus : %1</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be used with this login: the login %2 is not a member of netcode_desk or netcode_manager; ask whoever set up the store to run: netcode-desk-cli store grant %2 --role desk</source>
        <translation>La base partagée %1 n'est pas utilisable avec cet identifiant : l'identifiant %2 n'est membre ni de netcode_desk ni de netcode_manager ; demandez à la personne qui a configuré la base de lancer : netcode-desk-cli store grant %2 --role desk</translation>
    </message>
    <message>
        <source>The shared store %1 was written by a newer version of NetCode Desk (schema %2; this version knows up to %3). Update NetCode Desk on this computer; the store has not been changed.</source>
        <translation>La base partagée %1 a été écrite par une version plus récente de NetCode Desk (schéma %2 ; cette version connaît jusqu'au %3). Mettez à jour NetCode Desk sur cet ordinateur ; la base n'a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Le dossier de sauvegarde %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The backup could not be written (%1). Check the free space in %2.</source>
        <translation>La sauvegarde n'a pas pu être écrite (%1). Vérifiez l'espace libre dans %2.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied next to the database.</source>
        <translation>La sauvegarde %1 n'a pas pu être copiée à côté de la base de données.</translation>
    </message>
    <message>
        <source>The backup chosen for restoring could not be put in place; the database was not changed.</source>
        <translation>La sauvegarde choisie n'a pas pu être mise en place ; la base de données n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database was restored from the chosen backup. The database as it was before is kept as %1.</source>
        <translation>La base de données a été restaurée depuis la sauvegarde choisie. La base d'avant est conservée sous %1.</translation>
    </message>
    <message>
        <source>the copy does not carry the database's identity</source>
        <translation>la copie ne porte pas l'identité de la base de données</translation>
    </message>
    <message>
        <source>it could not be flushed to the disk</source>
        <translation>elle n'a pas pu être entièrement écrite sur le disque</translation>
    </message>
    <message>
        <source>The backup %1 was not kept: %2</source>
        <translation>La sauvegarde %1 n'a pas été conservée : %2</translation>
    </message>
    <message>
        <source>the file is missing or empty</source>
        <translation>le fichier est absent ou vide</translation>
    </message>
    <message>
        <source>it is not a NetCode Desk database</source>
        <translation>ce n'est pas une base de données NetCode Desk</translation>
    </message>
    <message>
        <source>it was written by a newer version of NetCode Desk</source>
        <translation>elle a été écrite par une version plus récente de NetCode Desk</translation>
    </message>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>le contrôle d'intégrité a échoué : %1</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2.</source>
        <translation>%1 ne peut pas être restaurée : %2.</translation>
    </message>
    <message>
        <source>%1 is a backup of another database, not of this one (%2), so it cannot be restored here.</source>
        <translation>%1 est une sauvegarde d'une autre base de données, pas de celle-ci (%2) : elle ne peut donc pas être restaurée ici.</translation>
    </message>
    <message>
        <source>it is a backup of another database</source>
        <translation>c'est une sauvegarde d'une autre base de données</translation>
    </message>
    <message>
        <source>The backup chosen for restoring was not put in place (%1); the database was not changed. The chosen copy is kept as %2.</source>
        <translation>La sauvegarde choisie pour la restauration n'a pas été mise en place (%1) ; la base de données n'a pas été modifiée. La copie choisie est conservée sous %2.</translation>
    </message>
    <message>
        <source>it does not say which database it belongs to</source>
        <translation>elle n'indique pas à quelle base de données elle appartient</translation>
    </message>
    <message>
        <source>The file has been left as it is: there is no backup of this database to restore yet.</source>
        <translation>Le fichier a été laissé tel quel : il n'existe encore aucune sauvegarde de cette base de données à restaurer.</translation>
    </message>
    <message>
        <source>The file has been left as it is: no backup of this database passed its check (%1).</source>
        <translation>Le fichier a été laissé tel quel : aucune sauvegarde de cette base de données n'a passé son contrôle (%1).</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied next to the database (is the disk full?); the damaged file was left as it is.</source>
        <translation>La sauvegarde %1 n'a pas pu être copiée à côté de la base de données (le disque est-il plein ?) ; le fichier endommagé a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The damaged database could not be moved aside; it was left as it is.</source>
        <translation>La base de données endommagée n'a pas pu être mise de côté ; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1); the damaged file was left as it is.</source>
        <translation>La sauvegarde n'a pas pu être mise en place (%1) ; le fichier endommagé a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The database was damaged, so NetCode Desk put the newest good backup of it in its place: %1, written %2. The damaged file is kept as %3; codes issued after that backup may be found in it.</source>
        <translation>La base de données était endommagée : NetCode Desk a donc mis à sa place sa dernière sauvegarde valable, %1, écrite le %2. Le fichier endommagé est conservé sous %3 ; les codes délivrés après cette sauvegarde s'y trouvent peut-être.</translation>
    </message>
    <message>
        <source>Newer backups that failed their check were left alone: %1.</source>
        <translation>Les sauvegardes plus récentes qui n'ont pas passé leur contrôle ont été laissées de côté : %1.</translation>
    </message>
</context>
<context>
    <name>DurationCatalogueService</name>
    <message>
        <source>The service's list of lengths was empty.</source>
        <translation>La liste des durées du service était vide.</translation>
    </message>
</context>
<context>
    <name>DurationOption</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>first use within %1</source>
        <translation>première utilisation sous %1</translation>
    </message>
</context>
<context>
    <name>EmailCodeDialog</name>
    <message>
        <source>&amp;Attach the slip as PDF</source>
        <translation>&amp;Joindre le ticket en PDF</translation>
    </message>
    <message>
        <source>Email the code</source>
        <translation>Envoyer le code par e-mail</translation>
    </message>
    <message>
        <source>Guest's email address</source>
        <translation>Adresse e-mail du client</translation>
    </message>
    <message>
        <source>guest@example.com</source>
        <translation>client@example.com</translation>
    </message>
    <message>
        <source>The code for %1.</source>
        <translation>Le code pour %1.</translation>
    </message>
    <message>
        <source>Written in %1, the language chosen for this guest on the card.</source>
        <translation>Rédigé en %1, la langue choisie pour ce client sur la fiche.</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Guest's email a&amp;ddress:</source>
        <translation>A&amp;dresse e-mail du client :</translation>
    </message>
    <message>
        <source>Written in %1, the language this code was last emailed in.</source>
        <translation>Rédigé en %1, la langue du dernier e-mail de ce code.</translation>
    </message>
    <message>
        <source>Written in %1, the desk's language: no earlier email of this code says which language the guest reads.</source>
        <translation>Rédigé en %1, la langue de la réception : aucun e-mail précédent de ce code n’indique la langue que lit le client.</translation>
    </message>
</context>
<context>
    <name>GuestMail</name>
    <message>
        <source>NetCode Desk: test email</source>
        <translation>NetCode Desk : e-mail de test</translation>
    </message>
    <message>
        <source>NetCode Desk: test email from %1</source>
        <translation>NetCode Desk : e-mail de test de %1</translation>
    </message>
    <message>
        <source>This is a test email from NetCode Desk. The mail server settings work: codes can be emailed to guests.</source>
        <translation>Ceci est un e-mail de test de NetCode Desk. Les paramètres du serveur de messagerie fonctionnent : les codes peuvent être envoyés par e-mail aux clients.</translation>
    </message>
</context>
<context>
    <name>GuestMailService</name>
    <message>
        <source>No mail server is set up: a manager sets one in Settings.</source>
        <translation>Aucun serveur de messagerie n'est configuré : un responsable le configure dans les paramètres.</translation>
    </message>
    <message>
        <source>This row holds no code to email.</source>
        <translation>Cette ligne ne contient aucun code à envoyer par e-mail.</translation>
    </message>
    <message>
        <source>The slip could not be made into a PDF here; nothing was sent. Send it without the slip.</source>
        <translation>Le ticket n'a pas pu être converti en PDF ici ; rien n'a été envoyé. Envoyez l'e-mail sans le ticket.</translation>
    </message>
    <message>
        <source>Give the mail server's host name and a From address first.</source>
        <translation>Indiquez d'abord le nom d'hôte du serveur de messagerie et une adresse d'expéditeur.</translation>
    </message>
    <message>
        <source>The mail server's password could not be read from the keychain: %1</source>
        <translation>Le mot de passe du serveur de messagerie n'a pas pu être lu dans le trousseau : %1</translation>
    </message>
    <message>
        <source>An email with this code is already being sent to %1; nothing was sent again. Wait for its outcome.</source>
        <translation>Un e-mail avec ce code est déjà en cours d'envoi à %1 ; rien n'a été renvoyé. Attendez son résultat.</translation>
    </message>
    <message>
        <source>An email with this code is already being sent to %1 (from another desk or program); nothing was sent again. Wait for its outcome.</source>
        <translation>Un e-mail avec ce code est déjà en cours d'envoi à %1 (depuis une autre réception ou un autre programme) ; rien n'a été renvoyé. Attendez son résultat.</translation>
    </message>
</context>
<context>
    <name>GuestSlip</name>
    <message>
        <source>DEMO — will not open a real lock</source>
        <translation>DÉMO — n'ouvre aucune vraie serrure</translation>
    </message>
    <message>
        <source>Your access code</source>
        <translation>Votre code d'accès</translation>
    </message>
    <message>
        <source>Need help? Call %1</source>
        <translation>Besoin d'aide ? Appelez le %1</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>Délivré le %1 par %2</translation>
    </message>
    <message>
        <source>the front desk</source>
        <translation>la réception</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>Your code for %1 is %2</source>
        <translation>Votre code pour %1 est %2</translation>
    </message>
    <message>
        <source>Your access code for %1</source>
        <translation>Votre code d'accès pour %1</translation>
    </message>
    <message>
        <source>Your access code for %1 at %2</source>
        <translation>Votre code d'accès pour %1 à %2</translation>
    </message>
    <message>
        <source>Access code for %1</source>
        <translation>Code d'accès pour %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>On a guest slip: the lock's name, then the room or unit as the desk typed it ("Side door — 12")</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The slip cannot print %1: it is left out on paper (the message keeps it). Check the guest's name before printing.</source>
        <translation>Le ticket ne peut pas imprimer %1 : cet élément est omis sur papier (le message le conserve). Vérifiez le nom du client avant d'imprimer.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Délivré le %1</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Reissued from history</source>
        <translation>Redélivré depuis l'historique</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>In doubt</source>
        <extracomment>History status: the request may have been billed, and no code was received</extracomment>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Being issued</source>
        <translation>En cours de délivrance</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>chambre %1</translation>
    </message>
    <message>
        <source>%1 (room %2)</source>
        <translation>%1 (chambre %2)</translation>
    </message>
    <message>
        <source>Same code as %1, issued %2: both open the same door in the same window.</source>
        <translation>Même code que %1, délivré le %2 : les deux ouvrent la même porte pendant la même période.</translation>
    </message>
    <message>
        <source>Same code as history row %1 (another guest).</source>
        <translation>Même code que la ligne %1 de l'historique (un autre client).</translation>
    </message>
    <message>
        <source>Also held by %1 (given %2).</source>
        <translation>Également attribué à %1 (le %2).</translation>
    </message>
    <message numerus="yes">
        <source>Also held by %n other guest(s).</source>
        <translation>
            <numerusform>Également attribué à %n autre client.</numerusform>
            <numerusform>Également attribué à %n autres clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryMailColumn</name>
    <message>
        <source>%1: emailed to %2</source>
        <translation>%1 : envoyé par e-mail à %2</translation>
    </message>
    <message>
        <source>%1: refused by the mail server for %2</source>
        <translation>%1 : refusé par le serveur de messagerie pour %2</translation>
    </message>
    <message>
        <source>%1: not sent to %2</source>
        <translation>%1 : non envoyé à %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>History's Email column: the mail server took the code's email</extracomment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Email… on this row sends it again.</source>
        <translation>« E-mail… » sur cette ligne le renvoie.</translation>
    </message>
    <message>
        <source>%1: may have been sent to %2 — check with the guest</source>
        <translation>%1 : peut-être envoyé à %2 — vérifiez auprès du client</translation>
    </message>
    <message>
        <source>%1: sending to %2…</source>
        <translation>%1 : envoi à %2…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>History's Email column: an email with the code is on its way to the mail server now</extracomment>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent (a later attempt failed)</source>
        <extracomment>History's Email column: an earlier email was taken by the mail server; the guest has the code</extracomment>
        <translation>Envoyé (un essai suivant a échoué)</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <extracomment>History's Email column: the email went to the mail server but its answer never came</extracomment>
        <translation>Peut-être envoyé</translation>
    </message>
    <message>
        <source>The mail server may have the email: check with the guest before sending it again.</source>
        <translation>Le serveur de messagerie a peut-être l'e-mail : vérifiez auprès du client avant de le renvoyer.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Reprint…</source>
        <translation>Réimprimer…</translation>
    </message>
    <message>
        <source>Search history: guest, room, reference, lock or code</source>
        <translation>Chercher dans l'historique : client, chambre, référence, serrure ou code</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Chercher dans l'historique</translation>
    </message>
    <message>
        <source>History of issued codes</source>
        <translation>Historique des codes délivrés</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Reprint slip…</source>
        <translation>Réimprimer le ticket…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Issue again…</source>
        <translation>Délivrer à nouveau…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>A new code for the same lock and guest, for a new window</source>
        <translation>Un nouveau code pour la même serrure et le même client, pour une nouvelle période</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Afficher les codes</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Actifs maintenant</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Issued today</source>
        <translation>Délivrés aujourd'hui</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Serrure</translation>
    </message>
    <message>
        <source>All locks</source>
        <translation>Toutes les serrures</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>Depuis n'importe quelle date</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>Jusqu'à n'importe quelle date</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Délivrés depuis</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Délivrés jusqu'au</translation>
    </message>
    <message>
        <source>Issue again for a new window…</source>
        <translation>Délivrer à nouveau pour une nouvelle période…</translation>
    </message>
    <message>
        <source>Ask again…</source>
        <extracomment>Send a request again whose answer never arrived (it may be billed again)</extracomment>
        <translation>Redemander…</translation>
    </message>
    <message>
        <source>This request got no answer and may have been billed: ask the service again for its code (billed again)</source>
        <translation>Cette demande n'a reçu aucune réponse et a peut-être été facturée : redemander son code au service (facturé à nouveau)</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>No codes match “%1” with these filters.</source>
        <translation>Aucun code ne correspond à « %1 » avec ces filtres.</translation>
    </message>
    <message>
        <source>No codes match “%1”. Search looks in guests, rooms, references, locks and codes.</source>
        <translation>Aucun code ne correspond à « %1 ». La recherche porte sur les clients, chambres, références, serrures et codes.</translation>
    </message>
    <message>
        <source>No codes match these filters.</source>
        <translation>Aucun code ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No codes issued yet.</source>
        <translation>Aucun code délivré pour l'instant.</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>The code could not be written to history: %1</source>
        <translation>Le code n'a pas pu être écrit dans l'historique : %1</translation>
    </message>
    <message>
        <source>History could not be trimmed: %1</source>
        <translation>L'historique n'a pas pu être réduit : %1</translation>
    </message>
    <message>
        <source>The print could not be recorded in history: %1</source>
        <translation>L'impression n'a pas pu être notée dans l'historique : %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Serrure</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The keypad code a guest types on the lock (a NetCode), not program code.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Room/unit</source>
        <translation>Chambre/box</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>— not issued —</source>
        <translation>— non délivré —</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>The kind of NetCode: standard, rental or end-date; not a display or operating mode.</extracomment>
        <translation>Mode</translation>
    </message>
    <message>
        <source>First use by</source>
        <translation>Première utilisation avant</translation>
    </message>
    <message>
        <source>Start sent to the service: %1 (lock's clock)</source>
        <translation>Début envoyé au service : %1 (horloge de la serrure)</translation>
    </message>
    <message>
        <source>— may have been billed, no code received —</source>
        <extracomment>No code was received for a request that may still have been billed by the service</extracomment>
        <translation>— peut-être facturé, aucun code reçu —</translation>
    </message>
    <message>
        <source>— being issued at %1 —</source>
        <translation>— en cours de délivrance sur %1 —</translation>
    </message>
    <message>
        <source>The request is on its way from %1; its answer appears here.</source>
        <translation>La demande est partie de %1 ; sa réponse s'affichera ici.</translation>
    </message>
    <message>
        <source>Ask again from History (billed again) or check with the guest before issuing another code.</source>
        <translation>Redemandez depuis l'historique (facturé à nouveau) ou vérifiez auprès du client avant de délivrer un autre code.</translation>
    </message>
    <message numerus="yes">
        <source>Slip printed %n time(s), last on %1.</source>
        <translation>
            <numerusform>Ticket imprimé %n fois, la dernière le %1.</numerusform>
            <numerusform>Ticket imprimé %n fois, la dernière le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>History's Length column for an End Date code: the last day it works ("until Tue 5 Jan")</extracomment>
        <translation>jusqu'au %1</translation>
    </message>
    <message>
        <source>%1 · shared</source>
        <extracomment>History's Code column for a code that two guests hold ("316 5133 · shared")</extracomment>
        <translation>%1 · partagé</translation>
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
        <translation>Standard, utilisations multiples</translation>
    </message>
    <message>
        <source>Standard, single-use</source>
        <translation>Standard, usage unique</translation>
    </message>
    <message>
        <source>Medium-term rental (1–21 days)</source>
        <translation>Location moyenne durée (1–21 jours)</translation>
    </message>
    <message>
        <source>Long-term rental (up to a year)</source>
        <translation>Location longue durée (jusqu'à un an)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Single-use</source>
        <translation>Usage unique</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Long rental</source>
        <translation>Location longue</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>Choose a lock on the left</source>
        <translation>Choisissez une serrure à gauche</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <extracomment>The kind of NetCode: standard, rental or end-date; not a display or operating mode.</extracomment>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>The kind of NetCode: standard, rental or end-date; not a display or operating mode.</extracomment>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>How long the code stays valid (a duration in hours or days), not a length in metres.</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Start this hour</source>
        <translation>Commencer à l'heure en cours</translation>
    </message>
    <message>
        <source>&amp;This hour</source>
        <translation>C&amp;ette heure</translation>
    </message>
    <message>
        <source>Start next hour</source>
        <translation>Commencer à l'heure suivante</translation>
    </message>
    <message>
        <source>Ne&amp;xt hour</source>
        <translation>Heure sui&amp;vante</translation>
    </message>
    <message>
        <source>Tonight &amp;00:00</source>
        <translation>Cette nuit &amp;00:00</translation>
    </message>
    <message>
        <source>G&amp;uest name:</source>
        <translation>&amp;Nom du client :</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>&amp;Room/unit:</source>
        <translation>Chambre/bo&amp;x :</translation>
    </message>
    <message>
        <source>Room or unit</source>
        <translation>Chambre ou box</translation>
    </message>
    <message>
        <source>&amp;Booking reference:</source>
        <translation>Référence de réserva&amp;tion :</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Référence de réservation</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Issue code</source>
        <translation>Délivrer le code</translation>
    </message>
    <message>
        <source>&amp;Issue code</source>
        <translation>Délivrer &amp;le code</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Délivrance…</translation>
    </message>
    <message>
        <source>Choose a lock to see when its code will be valid.</source>
        <translation>Choisissez une serrure pour voir quand son code sera valable.</translation>
    </message>
    <message>
        <source>Validity preview</source>
        <translation>Aperçu de la validité</translation>
    </message>
    <message>
        <source>Refresh lengths from the service</source>
        <translation>Recharger les durées depuis le service</translation>
    </message>
    <message>
        <source>Refresh lengths</source>
        <translation>Recharger les durées</translation>
    </message>
    <message>
        <source>Last day the code works</source>
        <translation>Dernier jour de validité du code</translation>
    </message>
    <message>
        <source>Start at the lock's next midnight</source>
        <translation>Commencer au prochain minuit de la serrure</translation>
    </message>
    <message>
        <source>Round down and add an hour</source>
        <translation>Arrondir vers le bas et ajouter une heure</translation>
    </message>
    <message>
        <source>Round down and add an hour, so the guest &amp;keeps the time paid for</source>
        <translation>Arrondir vers le bas et ajouter une heure, pour que le client &amp;garde le temps payé</translation>
    </message>
    <message>
        <source>Fetching the lengths this model offers from the service…</source>
        <translation>Chargement des durées proposées pour ce modèle…</translation>
    </message>
    <message>
        <source>Lengths from the Codelocks service, fetched %1.</source>
        <translation>Durées du service Codelocks, chargées le %1.</translation>
    </message>
    <message>
        <source>Only the built-in standard lengths are available: the service's list could not be fetched. %1</source>
        <translation>Seules les durées standard intégrées sont disponibles : la liste du service n'a pas pu être chargée. %1</translation>
    </message>
    <message>
        <source>Built-in standard lengths.</source>
        <translation>Durées standard intégrées.</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>&amp;Dernier jour :</translation>
    </message>
    <message>
        <source>First use &amp;within:</source>
        <translation>Première &amp;utilisation sous :</translation>
    </message>
    <message>
        <source>Tonight &amp;%1</source>
        <translation>Nuit prochaine &amp;%1</translation>
    </message>
    <message>
        <source>The lock's next midnight, %1 on this clock</source>
        <translation>Le prochain minuit de la serrure, %1 sur cette horloge</translation>
    </message>
    <message>
        <source>This lock is set to %1, which the lengths known for %2 do not include. Refresh the lengths, or check the lock's model and NetCode mode in its settings.</source>
        <translation>Cette serrure est réglée sur %1, absent des durées connues pour %2. Rechargez les durées ou vérifiez le modèle et le mode NetCode dans les paramètres de la serrure.</translation>
    </message>
    <message>
        <source>%1 does not take %2 codes: %3 is chosen.</source>
        <translation>%1 n'accepte pas les codes %2 : %3 est choisi.</translation>
    </message>
    <message>
        <source>%1 is not offered for this lock: %2 is chosen.</source>
        <translation>%1 n'est pas proposé pour cette serrure : %2 est choisi.</translation>
    </message>
    <message>
        <source>Issue as shown</source>
        <translation>Délivrer tel quel</translation>
    </message>
    <message>
        <source>Start at %1 instead</source>
        <translation>Commencer plutôt à %1</translation>
    </message>
    <message>
        <source>Issue the code as shown? It is charged now.</source>
        <translation>Délivrer le code tel qu'affiché ? Il est facturé maintenant.</translation>
    </message>
</context>
<context>
    <name>IssueService</name>
    <message>
        <source>Choose a valid start first.</source>
        <translation>Choisissez d'abord un début valable.</translation>
    </message>
    <message>
        <source>The access key for %1 is not stored on this computer. Enter it again in the lock's settings (Edit lock).</source>
        <translation>La clé d'accès de %1 n'est pas enregistrée sur cet ordinateur. Saisissez-la à nouveau dans les paramètres de la serrure (Modifier la serrure).</translation>
    </message>
    <message>
        <source>This code could not be saved in history (%1). Write it down now.</source>
        <translation>Ce code n'a pas pu être enregistré dans l'historique (%1). Notez-le maintenant.</translation>
    </message>
    <message>
        <source>%1 has changed since this request was sent (its ids or model differ), so it cannot be asked again as it was. Issue a new code instead.</source>
        <translation>%1 a changé depuis l'envoi de cette demande (ses identifiants ou son modèle diffèrent) : elle ne peut donc pas être redemandée telle quelle. Délivrez plutôt un nouveau code.</translation>
    </message>
    <message>
        <source>The same request was being issued elsewhere and its record is gone. Nothing was sent from here; try again.</source>
        <translation>La même demande était en cours de délivrance ailleurs et son enregistrement a disparu. Rien n'a été envoyé d'ici ; réessayez.</translation>
    </message>
    <message>
        <source>The same request was just sent from %1 and got no code: %2 Nothing was sent from here.</source>
        <translation>La même demande vient d'être envoyée depuis %1 et n'a reçu aucun code : %2 Rien n'a été envoyé d'ici.</translation>
    </message>
    <message>
        <source>The same request is still being issued at %1. Nothing was sent from here, so nothing was billed twice; look for the code in History in a moment.</source>
        <translation>La même demande est encore en cours de délivrance sur %1. Rien n'a été envoyé d'ici, donc rien n'a été facturé deux fois ; cherchez le code dans l'historique dans un instant.</translation>
    </message>
    <message>
        <source>The same request was sent from %1 and no answer was recorded: it may have been billed. Nothing was sent from here. To ask again (billed again), use Ask again in History.</source>
        <translation>La même demande a été envoyée depuis %1 et aucune réponse n'a été enregistrée : elle a peut-être été facturée. Rien n'a été envoyé d'ici. Pour redemander (facturé à nouveau), utilisez Redemander dans l'historique.</translation>
    </message>
    <message>
        <source>This request was sent to the built-in demo simulator; this desk now talks to the real Codelocks service, so it cannot be asked again here.</source>
        <translation>Cette demande a été envoyée au simulateur de démonstration intégré ; ce poste utilise maintenant le vrai service Codelocks et ne peut donc pas la redemander ici.</translation>
    </message>
    <message>
        <source>This request was sent to the real Codelocks service; this desk is in demo mode now, so it cannot be asked again here. Enter the site's API key in Settings first.</source>
        <translation>Cette demande a été envoyée au vrai service Codelocks ; ce poste est maintenant en mode démo et ne peut donc pas la redemander ici. Saisissez d’abord la clé API du site dans les paramètres.</translation>
    </message>
    <message>
        <source>This code could not be saved in history: %1. Write it down now: History will show this request as in doubt, without its code.</source>
        <translation>Ce code n’a pas pu être enregistré dans l’historique : %1. Notez-le maintenant : l’historique affichera cette demande comme « Incertain », sans son code.</translation>
    </message>
    <message>
        <source>This request was sent before (from %1) and no answer was recorded: it may have been billed. Nothing was sent now. To ask again (billed again), use Ask again in History.</source>
        <translation>Cette demande a déjà été envoyée (depuis %1) et aucune réponse n'a été enregistrée : elle a peut-être été facturée. Rien n'a été envoyé cette fois. Pour redemander (facturé à nouveau), utilisez Redemander dans l'historique.</translation>
    </message>
    <message>
        <source>This code already belongs to %1: issued %2 by %3 for the same lock, start and length, so both guests would open the same door with the same code in the same window. Nothing was sent. A different start gives a different code.</source>
        <translation>Ce code appartient déjà à %1 : délivré le %2 par %3 pour la même serrure, le même début et la même durée, donc les deux clients ouvriraient la même porte avec le même code pendant la même période. Rien n'a été envoyé. Un autre début donne un autre code.</translation>
    </message>
    <message>
        <source>an unnamed desk user</source>
        <translation>un utilisateur de la réception sans nom</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Le trousseau du système n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key is kept only until NetCode Desk closes. It was not written to any file.</source>
        <translation>Aucun trousseau système n'est disponible (%1) : la clé n'est conservée que jusqu'à la fermeture de NetCode Desk. Elle n'a été écrite dans aucun fichier.</translation>
    </message>
</context>
<context>
    <name>LateStart</name>
    <message>
        <source>The guest must use this code for the first time by %1, only %2 from now.</source>
        <translation>Le client doit utiliser ce code pour la première fois avant %1, soit dans %2 seulement.</translation>
    </message>
    <message>
        <source>The guest must use this code for the first time by %1, in the middle of the night.</source>
        <translation>Le client doit utiliser ce code pour la première fois avant %1, en pleine nuit.</translation>
    </message>
    <message>
        <source>Starting at %1 gives the guest the whole time; or choose a longer length, or enter the guest's stay.</source>
        <translation>Commencer à %1 donne au client toute la durée ; ou choisissez une durée plus longue, ou saisissez le séjour du client.</translation>
    </message>
    <message>
        <source>Choose a longer first use or a later start, or enter the guest's stay.</source>
        <translation>Choisissez un délai de première utilisation plus long ou un début plus tardif, ou saisissez le séjour du client.</translation>
    </message>
    <message>
        <source>This code started %1: %2 of its time is already over, and it works only %3 more, until %4.</source>
        <translation>Ce code a commencé le %1 : %2 de sa durée sont déjà passées, et il ne vaut plus que %3, jusqu'au %4.</translation>
    </message>
</context>
<context>
    <name>LateStartBar</name>
    <message>
        <source>Enter the guest's stay</source>
        <translation>Saisir le séjour du client</translation>
    </message>
    <message>
        <source>Warning about the start</source>
        <translation>Avertissement sur le début</translation>
    </message>
    <message>
        <source>Start at %1</source>
        <extracomment>Button: move the code's start to a better time (a time of day, or a day and time)</extracomment>
        <translation>Commencer à %1</translation>
    </message>
</context>
<context>
    <name>LockAdmin</name>
    <message>
        <source>Only a manager can remove locks. Ask a manager to sign in.</source>
        <translation>Seul un responsable peut retirer des serrures. Demandez à un responsable de s'identifier.</translation>
    </message>
    <message>
        <source>The locks could not be changed: the database is busy. Try again.</source>
        <translation>Les serrures n'ont pas pu être modifiées : la base de données est occupée. Réessayez.</translation>
    </message>
    <message>
        <source>The locks could not be changed: the change could not be saved.</source>
        <translation>Les serrures n'ont pas pu être modifiées : la modification n'a pas pu être enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported from %1</source>
        <translation>
            <numerusform>%n serrure importée depuis %1</numerusform>
            <numerusform>%n serrures importées depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the lock "%2")</source>
        <translation>%1 (la serrure "%2")</translation>
    </message>
</context>
<context>
    <name>LockCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The header row has no "%1" column. Expected: %2.</source>
        <translation>La ligne d'en-tête n'a pas de colonne "%1". Attendu : %2.</translation>
    </message>
    <message>
        <source>"%1" is not a lock model; use KL1060, KL1060C2, KL1060G3 or K3CONNECT.</source>
        <translation>"%1" n'est pas un modèle de serrure ; utilisez KL1060, KL1060C2, KL1060G3 ou K3CONNECT.</translation>
    </message>
    <message>
        <source>"%1" is not a NetCode mode; use standard, rental, long-rental, end-date or 24-hour.</source>
        <translation>"%1" n'est pas un mode NetCode ; utilisez standard, rental, long-rental, end-date ou 24-hour.</translation>
    </message>
    <message>
        <source>Use yes or no.</source>
        <translation>Utilisez yes ou no.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Lock</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Serrure</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Lock name</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Nom de la serrure</translation>
    </message>
    <message>
        <source>e.g. Room 101, Locker A-12</source>
        <translation>ex. Chambre 101, Casier A-12</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Site, floor or bank of lockers (optional)</source>
        <translation>Site, étage ou rangée de casiers (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Lock model</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Modèle de serrure</translation>
    </message>
    <message>
        <source>&amp;Timecode:</source>
        <translation>Code &amp;horaire :</translation>
    </message>
    <message>
        <source>Timecode</source>
        <translation>Code horaire</translation>
    </message>
    <message>
        <source>12 digits, e.g. 202604221226</source>
        <translation>12 chiffres, ex. 202604221226</translation>
    </message>
    <message>
        <source>Lock &amp;id:</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Lock id</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Identifiant de serrure</translation>
    </message>
    <message>
        <source>6 digits, e.g. 921239</source>
        <translation>6 chiffres, ex. 921239</translation>
    </message>
    <message>
        <source>Smart-lock &amp;id:</source>
        <translation>&amp;Identifiant connecté :</translation>
    </message>
    <message>
        <source>Smart-lock id</source>
        <translation>Identifiant de serrure connectée</translation>
    </message>
    <message>
        <source>32 characters from the K3 Connect lock list</source>
        <translation>32 caractères de la liste des serrures K3 Connect</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>Clé d'&amp;accès :</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clé d'accès</translation>
    </message>
    <message>
        <source>From the K3 Connect app; kept in the system keychain</source>
        <translation>Depuis l'application K3 Connect ; conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Lock clock:</source>
        <extracomment>A door or locker keypad lock (noun), not the verb 'to lock'.</extracomment>
        <translation>Horloge de la serrure :</translation>
    </message>
    <message>
        <source>Clock follows daylight saving</source>
        <translation>L'horloge suit l'heure d'été</translation>
    </message>
    <message>
        <source>The lock's clock &amp;follows daylight saving</source>
        <translation>L'horloge de la serrure &amp;suit l'heure d'été</translation>
    </message>
    <message>
        <source>NetCode m&amp;ode:</source>
        <translation>M&amp;ode NetCode :</translation>
    </message>
    <message>
        <source>Configured NetCode mode</source>
        <translation>Mode NetCode configuré</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Show at the top of the list (fa&amp;vourite)</source>
        <translation>Afficher en haut de la liste (fa&amp;vori)</translation>
    </message>
    <message>
        <source>Edit lock %1</source>
        <translation>Modifier la serrure %1</translation>
    </message>
    <message>
        <source>Add lock</source>
        <translation>Ajouter une serrure</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Enregistrée dans le trousseau — laisser vide pour la garder</translation>
    </message>
    <message>
        <source>The lock's clock moves with daylight saving in %1, like a wall clock. Smart locks can be set up this way; if codes work an hour early or late, untick this.</source>
        <translation>L'horloge de la serrure passe à l'heure d'été de %1, comme une horloge murale. Les serrures connectées peuvent être réglées ainsi ; si les codes fonctionnent une heure trop tôt ou trop tard, décochez ceci.</translation>
    </message>
    <message>
        <source>The lock keeps standard time all year and never changes for daylight saving (KitLocks work this way). NetCode Desk converts for you: in summer the lock's clock is an hour behind the wall clock.</source>
        <translation>La serrure garde l'heure normale toute l'année et ne passe jamais à l'heure d'été (c'est le cas des KitLock). NetCode Desk convertit pour vous : en été, l'horloge de la serrure a une heure de retard sur l'horloge murale.</translation>
    </message>
    <message>
        <source>Change NetCode mode</source>
        <translation>Changer le mode NetCode</translation>
    </message>
    <message>
        <source>Change %1 from "%2" to "%3"?

Only do this after the lock itself has been switched. Codes already issued in the old mode will stop working on the lock.</source>
        <translation>Passer %1 de "%2" à "%3" ?

Ne le faites qu'après avoir changé la serrure elle-même. Les codes déjà délivrés dans l'ancien mode ne fonctionneront plus sur la serrure.</translation>
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
Fuseau horaire : %2</translation>
    </message>
</context>
<context>
    <name>LockListPanel</name>
    <message>
        <source>Find a lock (Ctrl+F)</source>
        <translation>Chercher une serrure (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a lock</source>
        <translation>Chercher une serrure</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Serrures</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Reti&amp;rer…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Serrures&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>LockModelCatalogue</name>
    <message>
        <source>Enter the code on the keypad, then turn the knob.</source>
        <translation>Saisissez le code sur le clavier, puis tournez le bouton.</translation>
    </message>
    <message>
        <source>Press * then enter the code.</source>
        <translation>Appuyez sur *, puis saisissez le code.</translation>
    </message>
</context>
<context>
    <name>LockRepository</name>
    <message>
        <source>The lock could not be saved: %1</source>
        <translation>La serrure n'a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The lock could not be removed: %1</source>
        <translation>La serrure n'a pas pu être retirée : %1</translation>
    </message>
    <message>
        <source>The locks could not be saved: %1</source>
        <translation>Les serrures n'ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>The lock "%1" could not be saved: %2</source>
        <translation>La serrure "%1" n'a pas pu être enregistrée : %2</translation>
    </message>
</context>
<context>
    <name>LockValidator</name>
    <message>
        <source>Give the lock a name, for example the room or locker number.</source>
        <translation>Donnez un nom à la serrure, par exemple le numéro de chambre ou de casier.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Le nom est trop long : %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Another lock is already called "%1". Choose a different name.</source>
        <translation>Une autre serrure s'appelle déjà "%1". Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The group name is too long: at most %1 characters.</source>
        <translation>Le nom du groupe est trop long : %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Enter the lock's timecode: the 12 digits of the date and time it was set up (year, month, day, hour, minute), for example 202604221226.</source>
        <translation>Saisissez le code horaire de la serrure : les 12 chiffres de la date et de l'heure de sa mise en service (année, mois, jour, heure, minute), par exemple 202604221226.</translation>
    </message>
    <message>
        <source>The timecode may contain digits only, for example 202604221226.</source>
        <translation>Le code horaire ne peut contenir que des chiffres, par exemple 202604221226.</translation>
    </message>
    <message>
        <source>The timecode has %1 digits; it needs exactly 12 (year, month, day, hour, minute), for example 202604221226.</source>
        <translation>Le code horaire a %1 chiffres ; il en faut exactement 12 (année, mois, jour, heure, minute), par exemple 202604221226.</translation>
    </message>
    <message>
        <source>The timecode %1 is not a real date and time. Read it again from the lock's set-up record: year, month, day, hour, minute.</source>
        <translation>Le code horaire %1 n'est pas une date et une heure réelles. Relisez-le sur la fiche de mise en service : année, mois, jour, heure, minute.</translation>
    </message>
    <message>
        <source>Enter the lock id: the 6 digits from the lock's set-up record.</source>
        <translation>Saisissez l'identifiant de la serrure : les 6 chiffres de sa fiche de mise en service.</translation>
    </message>
    <message>
        <source>The lock id may contain digits only.</source>
        <translation>L'identifiant de la serrure ne peut contenir que des chiffres.</translation>
    </message>
    <message>
        <source>The lock id has %1 digits; it needs exactly 6.</source>
        <translation>L'identifiant a %1 chiffres ; il en faut exactement 6.</translation>
    </message>
    <message>
        <source>The lock id cannot start with 0; lock ids run from 100000 to 999999.</source>
        <translation>L'identifiant ne peut pas commencer par 0 ; les identifiants vont de 100000 à 999999.</translation>
    </message>
    <message>
        <source>Enter the smart lock's id: 32 characters (digits and letters a to f) from the K3 Connect lock list.</source>
        <translation>Saisissez l'identifiant de la serrure connectée : 32 caractères (chiffres et lettres a à f) de la liste des serrures K3 Connect.</translation>
    </message>
    <message>
        <source>The smart-lock id may contain only digits and the letters a to f.</source>
        <translation>L'identifiant de serrure connectée ne peut contenir que des chiffres et les lettres a à f.</translation>
    </message>
    <message>
        <source>The smart-lock id has %1 characters; it needs exactly 32.</source>
        <translation>L'identifiant de serrure connectée a %1 caractères ; il en faut exactement 32.</translation>
    </message>
    <message>
        <source>Enter the access key from the K3 Connect app (letters and digits).</source>
        <translation>Saisissez la clé d'accès de l'application K3 Connect (lettres et chiffres).</translation>
    </message>
    <message>
        <source>The access key may contain only letters and digits, exactly as the K3 Connect app shows it (capitals matter).</source>
        <translation>La clé d'accès ne peut contenir que des lettres et des chiffres, exactement comme l'affiche l'application K3 Connect (majuscules comprises).</translation>
    </message>
    <message>
        <source>Choose the time zone the lock is in.</source>
        <translation>Choisissez le fuseau horaire de la serrure.</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone. Choose one from the list, for example Europe/London.</source>
        <translation>"%1" n'est pas un fuseau horaire connu. Choisissez-en un dans la liste, par exemple Europe/London.</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>No email address was given.</source>
        <translation>Aucune adresse e-mail n'a été indiquée.</translation>
    </message>
    <message>
        <source>The email address contains a line break.</source>
        <translation>L'adresse e-mail contient un saut de ligne.</translation>
    </message>
    <message>
        <source>The email address contains a control character.</source>
        <translation>L'adresse e-mail contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The email address is too long (at most 254 characters).</source>
        <translation>L'adresse e-mail est trop longue (254 caractères au maximum).</translation>
    </message>
    <message>
        <source>The email address contains a space.</source>
        <translation>L'adresse e-mail contient une espace.</translation>
    </message>
    <message>
        <source>Only one email address can be given.</source>
        <translation>Une seule adresse e-mail peut être indiquée.</translation>
    </message>
    <message>
        <source>Type the address alone, like guest@example.com, without a name or brackets.</source>
        <translation>Saisissez l'adresse seule, par exemple client@example.com, sans nom ni chevrons.</translation>
    </message>
    <message>
        <source>The email address has no @.</source>
        <translation>L'adresse e-mail n'a pas de @.</translation>
    </message>
    <message>
        <source>The email address has more than one @.</source>
        <translation>L'adresse e-mail contient plus d'un @.</translation>
    </message>
    <message>
        <source>The email address has nothing before the @.</source>
        <translation>L'adresse e-mail n'a rien avant le @.</translation>
    </message>
    <message>
        <source>The part before the @ is too long (at most 64 characters).</source>
        <translation>La partie avant le @ est trop longue (64 caractères au maximum).</translation>
    </message>
    <message>
        <source>The part before the @ has a misplaced dot.</source>
        <translation>La partie avant le @ contient un point mal placé.</translation>
    </message>
    <message>
        <source>The part before the @ contains "%1", which an email address cannot have.</source>
        <translation>La partie avant le @ contient « %1 », ce qu'une adresse e-mail ne peut pas contenir.</translation>
    </message>
    <message>
        <source>The email address has nothing after the @.</source>
        <translation>L'adresse e-mail n'a rien après le @.</translation>
    </message>
    <message>
        <source>The part after the @ is not a complete domain (like example.com).</source>
        <translation>La partie après le @ n'est pas un domaine complet (comme example.com).</translation>
    </message>
    <message>
        <source>The part after the @ is not a valid domain.</source>
        <translation>La partie après le @ n'est pas un domaine valide.</translation>
    </message>
    <message>
        <source>The part before the @ contains "%1": NetCode Desk can only email addresses with plain letters (a–z), digits and . _ - + before the @.</source>
        <translation>La partie avant le @ contient « %1 » : NetCode Desk ne peut envoyer qu’aux adresses composées de lettres simples (a–z), de chiffres et de . _ - + avant le @.</translation>
    </message>
</context>
<context>
    <name>MailAttempt</name>
    <message>
        <source>Emailed to %1</source>
        <translation>Envoyé par e-mail à %1</translation>
    </message>
    <message>
        <source>Email to %1 refused by the mail server: %2</source>
        <translation>E-mail à %1 refusé par le serveur de messagerie : %2</translation>
    </message>
    <message>
        <source>Email to %1 not sent: %2</source>
        <translation>E-mail à %1 non envoyé : %2</translation>
    </message>
    <message>
        <source>Email to %1 may have been sent; check with the guest: %2</source>
        <translation>L'e-mail à %1 a peut-être été envoyé ; vérifiez auprès du client : %2</translation>
    </message>
    <message>
        <source>Sending the email to %1…</source>
        <translation>Envoi de l'e-mail à %1…</translation>
    </message>
</context>
<context>
    <name>MailAttemptRepository</name>
    <message>
        <source>The email attempt could not be recorded: %1</source>
        <translation>La tentative d'envoi par e-mail n'a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>No answer from the mail server was recorded: the program sending it stopped or could not record the outcome. The email may have reached the guest; check with the guest before sending it again.</source>
        <translation>Aucune réponse du serveur de messagerie n'a été enregistrée : le programme qui l'envoyait s'est arrêté ou n'a pas pu enregistrer le résultat. L'e-mail a peut-être atteint le client ; vérifiez auprès du client avant de le renvoyer.</translation>
    </message>
    <message>
        <source>The email could not be recorded, so it was not sent: %1</source>
        <translation>L'e-mail n'a pas pu être enregistré, il n'a donc pas été envoyé : %1</translation>
    </message>
</context>
<context>
    <name>MailResult</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Refused by the mail server</source>
        <translation>Refusé par le serveur de messagerie</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <translation>Peut-être envoyé</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>No mail server is set up; nothing was sent.</source>
        <translation>Aucun serveur de messagerie n'est configuré ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The From address in the mail settings is not valid: %1</source>
        <translation>L'adresse d'expéditeur des paramètres de messagerie n'est pas valide : %1</translation>
    </message>
    <message>
        <source>The Reply-To address in the mail settings is not valid: %1</source>
        <translation>L'adresse de réponse (Reply-To) des paramètres de messagerie n'est pas valide : %1</translation>
    </message>
    <message>
        <source>The email could not be prepared (out of memory); nothing was sent.</source>
        <translation>L'e-mail n'a pas pu être préparé (mémoire insuffisante) ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server accepted the email to %1.</source>
        <translation>Le serveur de messagerie a accepté l'e-mail pour %1.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password; nothing was sent.</source>
        <translation>Le serveur de messagerie a refusé le nom d'utilisateur ou le mot de passe ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>The mail server does not offer an encrypted connection; nothing was sent.</source>
        <translation>Le serveur de messagerie ne propose pas de connexion chiffrée ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server's certificate is not trusted (%1); nothing was sent. If the server uses its own certificate authority, add its certificate in Settings.</source>
        <translation>Le certificat du serveur de messagerie n'est pas approuvé (%1) ; rien n'a été envoyé. Si le serveur utilise sa propre autorité de certification, ajoutez son certificat dans les paramètres.</translation>
    </message>
    <message>
        <source>The trusted certificate in the mail settings could not be read; nothing was sent.</source>
        <translation>Le certificat approuvé des paramètres de messagerie n'a pas pu être lu ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>No encrypted connection could be set up with the mail server (%1); nothing was sent. Check the security setting and the port.</source>
        <translation>Aucune connexion chiffrée n'a pu être établie avec le serveur de messagerie (%1) ; rien n'a été envoyé. Vérifiez le paramètre de sécurité et le port.</translation>
    </message>
    <message>
        <source>The mail server %1 could not be found; nothing was sent.</source>
        <translation>Le serveur de messagerie %1 est introuvable ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server at %1 could not be reached (it is not running, or the port is wrong); nothing was sent.</source>
        <translation>Le serveur de messagerie %1 est injoignable (il ne fonctionne pas, ou le port est incorrect) ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time; nothing was sent.</source>
        <translation>Le serveur de messagerie %1 n'a pas répondu à temps ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server refused the address %1: %2</source>
        <translation>Le serveur de messagerie a refusé l'adresse %1 : %2</translation>
    </message>
    <message>
        <source>The mail server refused the sender address %1: %2</source>
        <translation>Le serveur de messagerie a refusé l'adresse d'expéditeur %1 : %2</translation>
    </message>
    <message>
        <source>The mail server refused the email: %1</source>
        <translation>Le serveur de messagerie a refusé l'e-mail : %1</translation>
    </message>
    <message>
        <source>The email could not be sent: %1</source>
        <translation>L'e-mail n'a pas pu être envoyé : %1</translation>
    </message>
    <message>
        <source>The send was stopped after the email had gone to the mail server; it may or may not reach the guest. Check with the guest before sending it again.</source>
        <translation>L'envoi a été arrêté après que l'e-mail est parti vers le serveur de messagerie ; il atteindra peut-être le client, peut-être pas. Vérifiez auprès du client avant de le renvoyer.</translation>
    </message>
    <message>
        <source>The mail server did not confirm the email; it may or may not reach the guest. Check with the guest before sending it again.</source>
        <translation>Le serveur de messagerie n'a pas confirmé l'e-mail ; il atteindra peut-être le client, peut-être pas. Vérifiez auprès du client avant de le renvoyer.</translation>
    </message>
    <message>
        <source>The send was stopped before the email went out; nothing was sent.</source>
        <translation>L'envoi a été arrêté avant le départ de l'e-mail ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time; nothing was sent. Check the security setting and the port (TLS usually uses port 465, STARTTLS port 587).</source>
        <translation>Le serveur de messagerie %1 n'a pas répondu à temps ; rien n'a été envoyé. Vérifiez le réglage de sécurité et le port (TLS utilise d'habitude le port 465, STARTTLS le port 587).</translation>
    </message>
    <message>
        <source>The email could not be sent: %1. Nothing was sent.</source>
        <translation>L'e-mail n'a pas pu être envoyé : %1. Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The email could not be sent: the mail library cannot apply a required safety setting (%1). Nothing was sent.</source>
        <translation>L'e-mail n'a pas pu être envoyé : la bibliothèque de messagerie ne peut pas appliquer un réglage de sécurité requis (%1). Rien n'a été envoyé.</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>Type only the server's name, e.g. mail.example.com (without smtp://).</source>
        <translation>Saisissez uniquement le nom du serveur, par ex. mail.example.com (sans smtp://).</translation>
    </message>
    <message>
        <source>A server's name cannot contain "%1".</source>
        <translation>Un nom de serveur ne peut pas contenir « %1 ».</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>A server's name has no dot at its start or end, nor two in a row.</source>
        <translation>Un nom de serveur ne commence ni ne finit par un point, et n'a pas deux points à la suite.</translation>
    </message>
    <message>
        <source>Trust a certificate f&amp;ile…</source>
        <translation>Faire confiance à un &amp;fichier de certificat…</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem's certificates</source>
        <translation>Utiliser les certificats du s&amp;ystème</translation>
    </message>
    <message>
        <source>Send &amp;a test email</source>
        <translation>Envoyer &amp;un e-mail de test</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>e.g. mail.example.com — empty: guests are emailed from this computer's mail program</source>
        <translation>par ex. mail.example.com — vide : les clients reçoivent les e-mails via le logiciel de messagerie de cet ordinateur</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Empty: the server takes mail without a login</source>
        <translation>Vide : le serveur accepte les e-mails sans identification</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mot de passe de messagerie</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nom de l'expéditeur</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
        <source>e.g. reception@hotel.example</source>
        <translation>par ex. reception@hotel.example</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>Adresse de réponse (Reply-To)</translation>
    </message>
    <message>
        <source>Optional: where guests' replies go</source>
        <translation>Facultatif : où vont les réponses des clients</translation>
    </message>
    <message>
        <source>Test email address</source>
        <translation>Adresse pour l’e-mail de test</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Ser&amp;veur de messagerie :</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt :</translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>Ide&amp;ntifiant :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation>N&amp;om de l'expéditeur :</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Adresse de l'e&amp;xpéditeur :</translation>
    </message>
    <message>
        <source>Re&amp;ply-To:</source>
        <translation>Ré&amp;ponse à (Reply-To) :</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Email codes to guests through the site's mail server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Envoyer les codes aux clients par e-mail via le serveur de messagerie du site&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Codes are sent encrypted (STARTTLS or TLS) with the slip's wording in the guest's language. Without a mail server, Email opens this computer's mail program.</source>
        <translation>Les codes sont envoyés chiffrés (STARTTLS ou TLS) avec le texte du ticket dans la langue du client. Sans serveur de messagerie, « E-mail » ouvre le logiciel de messagerie de cet ordinateur.</translation>
    </message>
    <message>
        <source>Test email &amp;to:</source>
        <translation>E-mail de &amp;test à :</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Consultation du trousseau…</translation>
    </message>
    <message>
        <source>A password is saved in the keychain. Leave the field empty to keep it.</source>
        <translation>Un mot de passe est enregistré dans le trousseau. Laissez le champ vide pour le garder.</translation>
    </message>
    <message>
        <source>No password saved. It goes to this computer's keychain, never to a file.</source>
        <translation>Aucun mot de passe enregistré. Il est conservé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Saved — type a new one to replace it</source>
        <translation>Enregistré — saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>Type the mail server's name, or empty the From address to use this computer's mail program.</source>
        <translation>Saisissez le nom du serveur de messagerie, ou videz l'adresse d'expéditeur pour utiliser le logiciel de messagerie de cet ordinateur.</translation>
    </message>
    <message>
        <source>Guests' emails need a From address.</source>
        <translation>Les e-mails aux clients ont besoin d'une adresse d'expéditeur.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Certificat à approuver</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n'a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM form (text starting with -----BEGIN CERTIFICATE-----). Nothing changed.</source>
        <translation>%1 ne contient aucun certificat au format PEM (texte commençant par -----BEGIN CERTIFICATE-----). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The system's trusted certificate authorities (right for most servers).</source>
        <translation>Les autorités de certification approuvées du système (convient à la plupart des serveurs).</translation>
    </message>
    <message>
        <source>Trusted for this server: %1 (valid until %2)</source>
        <translation>Approuvé pour ce serveur : %1 (valable jusqu'au %2)</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Envoi d'un e-mail de test à %1…</translation>
    </message>
    <message>
        <source>The mail server accepted the test email. Check that it arrived.</source>
        <translation>Le serveur de messagerie a accepté l'e-mail de test. Vérifiez qu'il est bien arrivé.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>Past&amp;e a certificate</source>
        <translation>Coller un cert&amp;ificat</translation>
    </message>
    <message>
        <source>Trust the certificate copied to the clipboard: its text, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----</source>
        <translation>Faire confiance au certificat copié dans le presse-papiers : son texte, de -----BEGIN CERTIFICATE----- à -----END CERTIFICATE-----</translation>
    </message>
    <message>
        <source>No saved password could be looked for. %1</source>
        <translation>Aucun mot de passe enregistré n’a pu être recherché. %1</translation>
    </message>
    <message>
        <source>This computer's keychain could not keep the mail password, so it is kept only until NetCode Desk closes. It was not written to any file. Type it again in Settings once the keychain works.</source>
        <translation>Le trousseau de cet ordinateur n’a pas pu garder le mot de passe de messagerie : il est conservé seulement jusqu’à la fermeture de NetCode Desk. Il n’a été écrit dans aucun fichier. Saisissez-le de nouveau dans les Paramètres quand le trousseau fonctionnera.</translation>
    </message>
    <message>
        <source>The clipboard holds no certificate in PEM form (text starting with -----BEGIN CERTIFICATE-----). Copy the certificate's text first. Nothing changed.</source>
        <translation>Le presse-papiers ne contient aucun certificat au format PEM (texte commençant par -----BEGIN CERTIFICATE-----). Copiez d’abord le texte du certificat. Rien n’a changé.</translation>
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
        <translation>MODE DÉMO — les codes viennent du simulateur intégré et n'ouvrent aucune vraie serrure. Saisissez la clé d'API de votre site dans les paramètres pour délivrer de vrais codes.</translation>
    </message>
    <message>
        <source>About NetCode Desk</source>
        <translation>À propos de NetCode Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;NetCode Desk %1&lt;/b&gt;&lt;p&gt;Issue time-limited keypad codes for Codelocks and KitLock locks, and keep a record of every one.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NetCode Desk %1&lt;/b&gt;&lt;p&gt;Délivrer des codes de clavier temporaires pour les serrures Codelocks et KitLock, et garder une trace de chacun.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Locks</source>
        <translation>&amp;Serrures</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <extracomment>Menu for issuing and handing out keypad codes (NetCodes), not program code.</extracomment>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Demo codes are free</source>
        <translation>Les codes de démo sont gratuits</translation>
    </message>
    <message>
        <source>Choose a lock, a length and a valid start first.</source>
        <translation>Choisissez d'abord une serrure, une durée et un début valable.</translation>
    </message>
    <message>
        <source>Code issued for %1 and saved in history.</source>
        <translation>Code délivré pour %1 et enregistré dans l'historique.</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Code copié.</translation>
    </message>
    <message>
        <source>Message for the guest copied.</source>
        <translation>Message pour le client copié.</translation>
    </message>
    <message>
        <source>code-%1.pdf</source>
        <translation>code-%1.pdf</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Enregistrer le ticket en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save slip</source>
        <translation>Enregistrer le ticket</translation>
    </message>
    <message>
        <source>Slip saved to %1.</source>
        <translation>Ticket enregistré dans %1.</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clé d'accès</translation>
    </message>
    <message>
        <source>Add lock</source>
        <translation>Ajouter une serrure</translation>
    </message>
    <message>
        <source>Edit lock</source>
        <translation>Modifier la serrure</translation>
    </message>
    <message>
        <source>Remove lock</source>
        <translation>Retirer la serrure</translation>
    </message>
    <message>
        <source>Remove the lock "%1" from this desk? Codes already issued for it stay in history.</source>
        <translation>Retirer la serrure "%1" de cette réception ? Les codes déjà délivrés pour elle restent dans l'historique.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <source>Reprint from history — no new code was requested.</source>
        <translation>Réimpression depuis l'historique — aucun nouveau code n'a été demandé.</translation>
    </message>
    <message>
        <source>Import smart locks</source>
        <translation>Importer les serrures connectées</translation>
    </message>
    <message>
        <source>Smart locks added: %1, updated: %2.</source>
        <translation>Serrures connectées ajoutées : %1, mises à jour : %2.</translation>
    </message>
    <message>
        <source>Request a fresh code</source>
        <translation>Demander un nouveau code</translation>
    </message>
    <message>
        <source>The service gives the same code for the same lock, start and length, and bills every request. Ask it again anyway?</source>
        <translation>Le service donne le même code pour la même serrure, le même début et la même durée, et facture chaque demande. Redemander quand même ?</translation>
    </message>
    <message numerus="yes">
        <source>NetCode requests this month: %n</source>
        <translation>
            <numerusform>Demandes NetCode ce mois-ci : %n</numerusform>
            <numerusform>Demandes NetCode ce mois-ci : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>NetCode requests this month: %1 of %2</source>
        <translation>Demandes NetCode ce mois-ci : %1 sur %2</translation>
    </message>
    <message>
        <source>The plan's monthly quota is used up: the service may refuse requests until next month.</source>
        <translation>Le quota mensuel de l'abonnement est épuisé : le service peut refuser les demandes jusqu'au mois prochain.</translation>
    </message>
    <message>
        <source>More than 80% of the plan's monthly quota is used.</source>
        <translation>Plus de 80 % du quota mensuel de l'abonnement est utilisé.</translation>
    </message>
    <message>
        <source>Access key of the K3 Connect account (from the K3 Connect app, letters and digits; capitals matter):</source>
        <translation>Clé d'accès du compte K3 Connect (depuis l'application K3 Connect, lettres et chiffres ; majuscules comprises) :</translation>
    </message>
    <message>
        <source>Fetching the account's smart locks…</source>
        <translation>Chargement des serrures connectées du compte…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Delete old codes</source>
        <translation>Supprimer les anciens codes</translation>
    </message>
    <message>
        <source>Codes deleted from history: %1.</source>
        <translation>Codes supprimés de l'historique : %1.</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Vérification de la base</translation>
    </message>
    <message>
        <source>The database check found a problem (%1). Keep working only if you must: restore the latest backup (File → Restore from a backup…) and restart NetCode Desk.</source>
        <translation>La vérification de la base a trouvé un problème (%1). Ne continuez que si nécessaire : restaurez la dernière sauvegarde (Fichier → Restaurer une sauvegarde…) et redémarrez NetCode Desk.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sauvegarde écrite : %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.sqlite)</source>
        <translation>Sauvegardes (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore %1? Codes issued after that backup will no longer be in History (the current database is kept beside it). NetCode Desk finishes the restore when it next starts.</source>
        <translation>Restaurer %1 ? Les codes délivrés après cette sauvegarde ne figureront plus dans l'historique (la base actuelle est conservée à côté). NetCode Desk termine la restauration au prochain démarrage.</translation>
    </message>
    <message>
        <source>Close and start NetCode Desk again to finish restoring.</source>
        <translation>Fermez puis relancez NetCode Desk pour terminer la restauration.</translation>
    </message>
    <message>
        <source>Code for %1 reissued from history, free of charge.</source>
        <translation>Code pour %1 redélivré gratuitement depuis l'historique.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>%1 n'a pas pu être écrit : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l'historique</translation>
    </message>
    <message>
        <source>netcode-history.csv</source>
        <translation>netcode-historique.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Codes exported: %1, to %2.</source>
        <translation>Codes exportés : %1, vers %2.</translation>
    </message>
    <message>
        <source>Export locks</source>
        <translation>Exporter les serrures</translation>
    </message>
    <message>
        <source>netcode-locks.csv</source>
        <translation>netcode-serrures.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Locks exported to %1.</source>
        <translation>Serrures exportées vers %1.</translation>
    </message>
    <message>
        <source>Import locks</source>
        <translation>Importer des serrures</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n'a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Some rows have problems, so nothing has been imported yet:

%1

Import only the %2 rows without problems?</source>
        <translation>Certaines lignes posent problème, rien n'a donc encore été importé :

%1

Importer seulement les %2 lignes sans problème ?</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>Délivrer à nouveau</translation>
    </message>
    <message>
        <source>The lock %1 is no longer on this desk.</source>
        <translation>La serrure %1 n'est plus sur cette réception.</translation>
    </message>
    <message>
        <source>Choose the new start for %1, then Issue.</source>
        <translation>Choisissez le nouveau début pour %1, puis délivrez.</translation>
    </message>
    <message>
        <source>Welcome to NetCode Desk</source>
        <translation>Bienvenue dans NetCode Desk</translation>
    </message>
    <message>
        <source>NetCode Desk is running in demo mode: codes come from a built-in simulator and open no real lock, so you can try everything safely.

To issue real codes, enter your site's API key — you find it in the Codelocks developer portal under your account's API keys — and your property's name and help phone for the guest slip.

Enter them now?</source>
        <translation>NetCode Desk fonctionne en mode démo : les codes viennent d'un simulateur intégré et n'ouvrent aucune vraie serrure, vous pouvez donc tout essayer sans risque.

Pour délivrer de vrais codes, saisissez la clé d'API de votre site — vous la trouvez dans le portail développeur Codelocks, parmi les clés d'API de votre compte — ainsi que le nom et le téléphone d'assistance de votre établissement pour le ticket.

Les saisir maintenant ?</translation>
    </message>
    <message>
        <source>Read-back check</source>
        <translation>Contrôle de relecture</translation>
    </message>
    <message>
        <source>Type the code on the screen, as you will give it to the guest:</source>
        <translation>Saisissez le code affiché, tel que vous allez le donner au client :</translation>
    </message>
    <message>
        <source>"%1" is not the code on the screen. Nothing was printed or copied; read it again.</source>
        <translation>"%1" n'est pas le code affiché. Rien n'a été imprimé ni copié ; relisez-le.</translation>
    </message>
    <message numerus="yes">
        <source>The history is kept for %n day(s).</source>
        <translation>
            <numerusform>L'historique est conservé %n jour.</numerusform>
            <numerusform>L'historique est conservé %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n code(s) issued before %1 now? This cannot be undone (backups still hold them).</source>
        <translation>
            <numerusform>Supprimer maintenant le %n code délivré avant le %1 ? Impossible d'annuler (les sauvegardes le conservent).</numerusform>
            <numerusform>Supprimer maintenant les %n codes délivrés avant le %1 ? Impossible d'annuler (les sauvegardes les conservent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported. Smart locks need their access key (Edit lock).</source>
        <translation>
            <numerusform>%n serrure importée. Les serrures connectées ont besoin de leur clé d'accès (Modifier la serrure).</numerusform>
            <numerusform>%n serrures importées. Les serrures connectées ont besoin de leur clé d'accès (Modifier la serrure).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code for %1 NOT saved in history: write it down.</source>
        <translation>Code pour %1 NON enregistré dans l'historique : notez-le.</translation>
    </message>
    <message>
        <source>The same code was just issued at %1; reissued here free of charge.</source>
        <translation>Le même code vient d'être délivré sur %1 ; redélivré ici gratuitement.</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Redemander</translation>
    </message>
    <message>
        <source>No answer was received for this request, so the service may already have billed it. Asking again sends it once more and is billed again; the same lock, start and length give the same code.

Ask the service again for %1?</source>
        <translation>Aucune réponse n'a été reçue pour cette demande : le service l'a donc peut-être déjà facturée. Redemander l'envoie une nouvelle fois et la fait facturer à nouveau ; la même serrure, le même début et la même durée donnent le même code.

Redemander au service le code pour %1 ?</translation>
    </message>
    <message>
        <source>Issue for several locks</source>
        <translation>Délivrer pour plusieurs serrures</translation>
    </message>
    <message>
        <source>The shared store is back; History and locks are up to date.</source>
        <translation>La base partagée est de retour ; l'historique et les serrures sont à jour.</translation>
    </message>
    <message>
        <source>The shared store cannot be reached: no code can be issued until it is back. Reconnecting by itself…</source>
        <translation>La base partagée est injoignable : aucun code ne peut être délivré avant son retour. Reconnexion automatique…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>One desk or a team?</source>
        <translation>Une seule réception ou une équipe ?</translation>
    </message>
    <message>
        <source>Is this computer the site's only desk, or one of several desks that share their codes and locks?

One desk keeps everything in a file on this computer: nothing to set up. A team shares one store on a PostgreSQL server, set up once by the manager or IT.

Connect this desk to a team's shared store now?</source>
        <translation>Cet ordinateur est-il la seule réception du site, ou l'une de plusieurs réceptions qui partagent leurs codes et leurs serrures ?

Une seule réception garde tout dans un fichier sur cet ordinateur : rien à configurer. Une équipe partage une base sur un serveur PostgreSQL, configurée une fois par le responsable ou l'informatique.

Relier maintenant cette réception à la base partagée d'une équipe ?</translation>
    </message>
    <message>
        <source>API key differs from the site's</source>
        <translation>Clé API différente de celle du site</translation>
    </message>
    <message>
        <source>Shared store: %1</source>
        <translation>Base partagée : %1</translation>
    </message>
    <message>
        <source>Codes, locks and settings are shared with every desk on this store.</source>
        <translation>Les codes, les serrures et les paramètres sont partagés avec toutes les réceptions de cette base.</translation>
    </message>
    <message>
        <source>Shared store unreachable — reconnecting…</source>
        <translation>Base partagée injoignable — reconnexion…</translation>
    </message>
    <message>
        <source>The shared store %1 cannot be reached (its server stopped or the network is down). No code can be issued while it is away: the request could not be recorded, so nothing is sent and nothing is billed. What is on screen stays; NetCode Desk reconnects by itself.</source>
        <translation>La base partagée %1 est injoignable (son serveur s'est arrêté ou le réseau est coupé). Aucun code ne peut être délivré pendant son absence : la demande ne pourrait pas être enregistrée, donc rien n'est envoyé et rien n'est facturé. Ce qui est à l'écran reste ; NetCode Desk se reconnecte tout seul.</translation>
    </message>
    <message>
        <source>Cannot issue: store unreachable</source>
        <extracomment>On the Issue button while the shared store cannot be reached.</extracomment>
        <translation>Impossible de délivrer : base injoignable</translation>
    </message>
    <message>
        <source>Issue code</source>
        <translation>Délivrer le code</translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported from %1</source>
        <translation>
            <numerusform>%n serrure importée depuis %1</numerusform>
            <numerusform>%n serrures importées depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>Staff sign in</source>
        <translation>Identification du personnel</translation>
    </message>
    <message>
        <source>The other desks could not be told about the new key: %1</source>
        <translation>Les autres réceptions n'ont pas pu être prévenues de la nouvelle clé : %1</translation>
    </message>
    <message>
        <source>Signed in: %1.</source>
        <translation>Identifié : %1.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>The shared store is backed up on its server (for example with pg_dump), not from a desk.</source>
        <translation>La base partagée est sauvegardée sur son serveur (par exemple avec pg_dump), pas depuis une réception.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Identifié : %1 (%2)</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not issued: this code belongs to %1. Nothing was sent. Choose a different start for a code of this guest's own.</source>
        <translation>Non délivré : ce code appartient à %1. Rien n'a été envoyé. Choisissez un autre début pour que ce client ait son propre code.</translation>
    </message>
    <message>
        <source>That code is no longer in History.</source>
        <translation>Ce code n'est plus dans l'historique.</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>V&amp;ue</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>An email to a guest is still being sent. Wait for it to finish (NetCode Desk then closes by itself), or quit now? Quitting now stops the send: if the email had already gone to the mail server, History records that it may have been sent.</source>
        <translation>Un e-mail à un client est encore en cours d'envoi. Attendre la fin (NetCode Desk se ferme alors tout seul), ou quitter maintenant ? Quitter maintenant arrête l'envoi : si l'e-mail était déjà parti vers le serveur de messagerie, l'historique indique qu'il a peut-être été envoyé.</translation>
    </message>
    <message>
        <source>Wait for the email</source>
        <translation>Attendre l'e-mail</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>Quitter maintenant</translation>
    </message>
    <message>
        <source>NetCode Desk closes once the email is sent and recorded.</source>
        <translation>NetCode Desk se fermera une fois l'e-mail envoyé et enregistré.</translation>
    </message>
    <message>
        <source>The history could not be read to its end, so nothing was written. Try again when the store answers.</source>
        <translation>L'historique n'a pas pu être lu jusqu'au bout, rien n'a donc été écrit. Réessayez quand la base répond.</translation>
    </message>
</context>
<context>
    <name>NetCodeModes</name>
    <message>
        <source>Standard (single-use or multi-use)</source>
        <translation>Standard (usage unique ou multiple)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>24 hour</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Long rental</source>
        <translation>Location longue</translation>
    </message>
    <message>
        <source>Medium-term rental (1–21 days, one code at a time)</source>
        <translation>Location moyenne durée (1–21 jours, un code à la fois)</translation>
    </message>
    <message>
        <source>Long-term rental (up to a year)</source>
        <translation>Location longue durée (jusqu'à un an)</translation>
    </message>
    <message>
        <source>End date (expires at midnight on a set date)</source>
        <translation>Date de fin (expire à minuit à une date fixée)</translation>
    </message>
    <message>
        <source>24 hour (starts on any hour)</source>
        <translation>24 heures (commence à n'importe quelle heure)</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un PIN a de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters (or use a PIN of 4 to 12 digits).</source>
        <translation>Un mot de passe a au moins 8 caractères (ou utilisez un PIN de 4 à 12 chiffres).</translation>
    </message>
    <message>
        <source>A manager with a database login signs in with that login's password: at least 10 characters, not digits only (the server accepts it from the network, so a PIN is not enough).</source>
        <translation>Un responsable avec un identifiant de base de données s'identifie avec le mot de passe de cet identifiant : au moins 10 caractères, pas uniquement des chiffres (le serveur l'accepte depuis le réseau, un PIN ne suffit donc pas).</translation>
    </message>
</context>
<context>
    <name>RequestLedger</name>
    <message>
        <source>The request could not be recorded, so it was not sent: %1.</source>
        <translation>La demande n'a pas pu être enregistrée, elle n'a donc pas été envoyée : %1.</translation>
    </message>
    <message>
        <source>This request is no longer in history.</source>
        <translation>Cette demande n'est plus dans l'historique.</translation>
    </message>
    <message>
        <source>Only a request in doubt can be asked again.</source>
        <translation>Seule une demande incertaine peut être redemandée.</translation>
    </message>
    <message>
        <source>No answer was recorded for this request: the program that sent it stopped, the answer never came, or it could not be written. The service may have issued and billed a code.</source>
        <translation>Aucune réponse n’a été enregistrée pour cette demande : le programme qui l’a envoyée s’est arrêté, la réponse n’est jamais arrivée, ou elle n’a pas pu être enregistrée. Le service a peut-être délivré et facturé un code.</translation>
    </message>
    <message>
        <source>its request row is gone or was already settled</source>
        <translation>sa ligne de demande a disparu ou est déjà réglée</translation>
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
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy message for the guest</source>
        <translation>Copier le message pour le client</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>Imprimer le tic&amp;ket…</translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation>Enregistrer le ticket en PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>Envoyer le code par e-mail</translation>
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
        <translation>Code DÉMO du simulateur intégré — il n'ouvre aucune vraie serrure.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Asking the Codelocks service for the code…</source>
        <translation>Demande du code au service Codelocks…</translation>
    </message>
    <message>
        <source>The code appears here, large, once issued.</source>
        <translation>Le code s'affiche ici, en grand, une fois délivré.</translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation>Relancer la demande</translation>
    </message>
    <message>
        <source>Retry (may be billed again)</source>
        <translation>Relancer (peut être facturé à nouveau)</translation>
    </message>
    <message>
        <source>Request a fresh code from the service</source>
        <translation>Demander un nouveau code au service</translation>
    </message>
    <message>
        <source>Request a fresh code (billed)</source>
        <translation>Demander un nouveau code (facturé)</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge. This exact code was first issued %1.</source>
        <translation>Redélivré depuis l'historique — sans nouveaux frais. Ce même code a d'abord été délivré le %1.</translation>
    </message>
    <message>
        <source>Language of the slip and message</source>
        <translation>Langue du ticket et du message</translation>
    </message>
    <message>
        <source>Slip in the desk's language</source>
        <translation>Ticket dans la langue de la réception</translation>
    </message>
    <message>
        <source>Slip in %1</source>
        <translation>Ticket en %1</translation>
    </message>
    <message>
        <source>Being issued at %1 right now — waiting for that answer instead of paying for the same code twice…</source>
        <translation>En cours de délivrance sur %1 en ce moment — attente de cette réponse au lieu de payer deux fois le même code…</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge.</source>
        <translation>Redélivré depuis l'historique — sans nouveaux frais.</translation>
    </message>
    <message>
        <source>Reissued from history — no new charge. This exact code was first issued %1, with no guest named.</source>
        <translation>Redélivré depuis l'historique — sans nouveaux frais. Ce même code a d'abord été délivré le %1, sans nom de client.</translation>
    </message>
    <message>
        <source>Shared with %1, issued %2: both guests open the same door with this code in the same window.</source>
        <translation>Partagé avec %1, délivré le %2 : les deux clients ouvrent la même porte avec ce code pendant la même période.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d'API :</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <source>40 letters and digits; empty runs the demo</source>
        <translation>40 lettres et chiffres ; vide pour la démo</translation>
    </message>
    <message>
        <source>API &amp;host:</source>
        <translation>&amp;Hôte de l'API :</translation>
    </message>
    <message>
        <source>API host</source>
        <translation>Hôte de l'API</translation>
    </message>
    <message>
        <source>&amp;NetCode path:</source>
        <translation>Chemin &amp;NetCode :</translation>
    </message>
    <message>
        <source>NetCode path and version</source>
        <translation>Chemin et version NetCode</translation>
    </message>
    <message>
        <source>&amp;Utility path:</source>
        <translation>Chemin des &amp;utilitaires :</translation>
    </message>
    <message>
        <source>Utility path and version</source>
        <translation>Chemin et version des utilitaires</translation>
    </message>
    <message>
        <source>P&amp;roperty name:</source>
        <translation>Nom de l'&amp;établissement :</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Nom de l'établissement</translation>
    </message>
    <message>
        <source>Help &amp;phone:</source>
        <translation>&amp;Téléphone d'assistance :</translation>
    </message>
    <message>
        <source>Help phone number</source>
        <translation>Numéro de téléphone d'assistance</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Délivré par :</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Your name or desk, shown in history and on slips</source>
        <translation>Votre nom ou votre réception, affiché dans l'historique et sur les tickets</translation>
    </message>
    <message>
        <source>&amp;Forget the stored key (back to demo mode)</source>
        <translation>&amp;Oublier la clé enregistrée (retour au mode démo)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>A key is stored in the keychain — type a new one to replace it</source>
        <translation>Une clé est enregistrée dans le trousseau — saisissez-en une nouvelle pour la remplacer</translation>
    </message>
    <message>
        <source>An API key contains only letters and digits. Copy it again from the developer portal.</source>
        <translation>Une clé d'API ne contient que des lettres et des chiffres. Copiez-la à nouveau depuis le portail développeur.</translation>
    </message>
    <message numerus="yes">
        <source>An API key has 40 letters and digits; this one has %n.</source>
        <translation>
            <numerusform>Une clé d'API compte 40 lettres et chiffres ; celle-ci en compte %n.</numerusform>
            <numerusform>Une clé d'API compte 40 lettres et chiffres ; celle-ci en compte %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API host must be a full address starting with https://, for example https://api-connect.codelocks.io.</source>
        <translation>L'hôte de l'API doit être une adresse complète commençant par https://, par exemple https://api-connect.codelocks.io.</translation>
    </message>
    <message>
        <source>Desk time &amp;zone:</source>
        <translation>&amp;Fuseau de la réception :</translation>
    </message>
    <message>
        <source>Desk time zone</source>
        <translation>Fuseau horaire de la réception</translation>
    </message>
    <message>
        <source>This computer's time zone (%1)</source>
        <translation>Fuseau de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>"%1" is not a known time zone. Choose one from the list.</source>
        <translation>"%1" n'est pas un fuseau horaire connu. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Plan's monthly &amp;quota:</source>
        <translation>&amp;Quota mensuel de l'abonnement :</translation>
    </message>
    <message>
        <source>Plan's monthly quota of NetCode requests</source>
        <translation>Quota mensuel de demandes NetCode de l'abonnement</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source> NetCode requests</source>
        <translation> demandes NetCode</translation>
    </message>
    <message>
        <source>Keep history for this many days</source>
        <translation>Conserver l'historique ce nombre de jours</translation>
    </message>
    <message>
        <source>Always (nothing is deleted)</source>
        <translation>Toujours (rien n'est supprimé)</translation>
    </message>
    <message>
        <source> days, then delete</source>
        <translation> jours, puis supprimer</translation>
    </message>
    <message>
        <source>Slip p&amp;aper:</source>
        <translation>&amp;Papier du ticket :</translation>
    </message>
    <message>
        <source>Paper the guest slip is printed on</source>
        <translation>Papier sur lequel le ticket client est imprimé</translation>
    </message>
    <message>
        <source>Read-back check</source>
        <translation>Contrôle de relecture</translation>
    </message>
    <message>
        <source>Rea&amp;d-back check</source>
        <translation>Contrôle de &amp;relecture</translation>
    </message>
    <message>
        <source>The code must be typed again before a slip is printed or a message sent.</source>
        <translation>Le code doit être ressaisi avant d'imprimer un ticket ou d'envoyer un message.</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>Feuille A4</translation>
    </message>
    <message>
        <source>US Letter sheet</source>
        <translation>Feuille US Letter</translation>
    </message>
    <message>
        <source>80 mm receipt printer</source>
        <translation>Imprimante à tickets 80 mm</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language of NetCode Desk (from the next start)</source>
        <translation>Langue de NetCode Desk (au prochain démarrage)</translation>
    </message>
    <message>
        <source>The computer's language</source>
        <translation>Langue de l'ordinateur</translation>
    </message>
    <message>
        <source>Takes effect when NetCode Desk next starts.</source>
        <translation>Prend effet au prochain démarrage de NetCode Desk.</translation>
    </message>
    <message>
        <source>This site (shared by every desk)</source>
        <translation>Ce site (commun à toutes les réceptions)</translation>
    </message>
    <message>
        <source>Every desk on this store uses these settings. A change applies at once, here and at the other desks.</source>
        <translation>Toutes les réceptions de cette base utilisent ces paramètres. Une modification s'applique tout de suite, ici et dans les autres réceptions.</translation>
    </message>
    <message>
        <source>Codelocks Connect</source>
        <translation>Codelocks Connect</translation>
    </message>
    <message>
        <source>The site's key from the Codelocks developer portal. It is kept in this computer's keychain only — never in a file or the store — so each desk enters it once. Leave it empty to use demo mode.</source>
        <translation>La clé du site, issue du portail développeur Codelocks. Elle est conservée uniquement dans le trousseau de cet ordinateur — jamais dans un fichier ni dans la base — donc chaque réception la saisit une fois. Laissez vide pour le mode démo.</translation>
    </message>
    <message>
        <source>Guest slip</source>
        <translation>Ticket client</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Keep histor&amp;y for:</source>
        <translation>Conser&amp;ver l'historique :</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>These settings apply to this computer only.</source>
        <translation>Ces paramètres ne valent que pour cet ordinateur.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Cette réception</translation>
    </message>
    <message>
        <source>Shared store (t&amp;wo or more desks)…</source>
        <translation>&amp;Base partagée (deux réceptions ou plus)…</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2.</source>
        <translation>Dernière modification par %1 le %2.</translation>
    </message>
    <message>
        <source>The site's settings could not be saved in the store, so no desk uses them yet: %1</source>
        <translation>Les paramètres du site n'ont pas pu être enregistrés dans la base ; aucune réception ne les utilise donc encore : %1</translation>
    </message>
    <message>
        <source>Staff si&amp;gn-in (name and PIN at this desk; roles for locks and settings)</source>
        <translation>&amp;Identification du personnel (nom et PIN à cette réception ; rôles pour les serrures et les paramètres)</translation>
    </message>
    <message>
        <source>Everyone signs in at a desk on a shared store.</source>
        <translation>Avec une base partagée, chacun s'identifie à la réception.</translation>
    </message>
    <message>
        <source>Codes are issued in the name of the person signed in.</source>
        <translation>Les codes sont délivrés au nom de la personne identifiée.</translation>
    </message>
    <message>
        <source>Time to wait for an &amp;answer:</source>
        <translation>Délai d'&amp;attente de la réponse :</translation>
    </message>
    <message>
        <source>Seconds to wait for the Codelocks service's answer</source>
        <translation>Secondes d'attente de la réponse du service Codelocks</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>How long this computer waits for the Codelocks service to answer. A slow network needs longer.</source>
        <translation>Combien de temps cet ordinateur attend la réponse du service Codelocks. Un réseau lent demande plus de temps.</translation>
    </message>
    <message>
        <source>Only a manager can change the site's settings.</source>
        <translation>Seul un responsable peut modifier les paramètres du site.</translation>
    </message>
    <message>
        <source>The mail server's settings could not be saved in the store: %1</source>
        <translation>Les paramètres du serveur de messagerie n'ont pas pu être enregistrés dans la base partagée : %1</translation>
    </message>
    <message>
        <source>Mail (guests' emails)</source>
        <translation>Messagerie (e-mails aux clients)</translation>
    </message>
</context>
<context>
    <name>SharedCodeQuestion</name>
    <message>
        <source>an unnamed desk user</source>
        <translation>un utilisateur de la réception sans nom</translation>
    </message>
    <message>
        <source>This code already belongs to %1.</source>
        <translation>Ce code appartient déjà à %1.</translation>
    </message>
    <message>
        <source>It was issued %1 by %2 for %3, valid %4: the same lock, start and length as this order.</source>
        <translation>Il a été délivré le %1 par %2 pour %3, valable %4 : même serrure, même début et même durée que cette demande.</translation>
    </message>
    <message>
        <source>Giving it to this order too means two people open the same door with the same code in the same window.</source>
        <translation>Le donner aussi à cette demande signifie que deux personnes ouvrent la même porte avec le même code pendant la même période.</translation>
    </message>
    <message>
        <source>Giving it to %1 too means both guests open the same door with the same code in the same window.</source>
        <translation>Le donner aussi à %1 signifie que les deux clients ouvrent la même porte avec le même code pendant la même période.</translation>
    </message>
    <message>
        <source>For a code of their own, cancel and choose a different start: a different start gives a different code.</source>
        <translation>Pour un code qui lui soit propre, annulez et choisissez un autre début : un autre début donne un autre code.</translation>
    </message>
    <message>
        <source>Code already given to another guest</source>
        <translation>Code déjà donné à un autre client</translation>
    </message>
    <message>
        <source>&amp;Give the same code to this guest too</source>
        <translation>&amp;Donner aussi le même code à ce client</translation>
    </message>
</context>
<context>
    <name>SharedStoreDialog</name>
    <message>
        <source>Shared store</source>
        <translation>Base partagée</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SharedStorePage</name>
    <message>
        <source>the server's administrator</source>
        <translation>l'administrateur du serveur</translation>
    </message>
    <message>
        <source>the store's owner (for setting up only)</source>
        <translation>le propriétaire de la base (pour la configuration seulement)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>&amp;One desk: codes and locks in a file on this computer</source>
        <translation>&amp;Une seule réception : codes et serrures dans un fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>S&amp;hared store: every desk of the site uses one PostgreSQL database</source>
        <translation>Base &amp;partagée : toutes les réceptions du site utilisent une même base PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Set &amp;up this store</source>
        <translation>&amp;Configurer cette base</translation>
    </message>
    <message>
        <source>&amp;Move this desk's history in</source>
        <translation>Transférer l'&amp;historique de cette réception</translation>
    </message>
    <message>
        <source>This desk's file: %1</source>
        <translation>Fichier de cette réception : %1</translation>
    </message>
    <message>
        <source>A file in NetCode Desk's data folder on this computer.</source>
        <translation>Un fichier dans le dossier de données de NetCode Desk sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Shared store address</source>
        <translation>Adresse de la base partagée</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Mot de passe de l'identifiant</translation>
    </message>
    <message>
        <source>Kept in this computer's keychain, never in a file</source>
        <translation>Conservé dans le trousseau de cet ordinateur, jamais dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Login &amp;password:</source>
        <translation>&amp;Mot de passe de l'identifiant :</translation>
    </message>
    <message>
        <source>The address your manager gave you: postgresql://LOGIN@SERVER/DATABASE (add :PORT after the server when it is not 5432).</source>
        <translation>L'adresse donnée par votre responsable : postgresql://IDENTIFIANT@SERVEUR/BASE (ajoutez :PORT après le serveur s'il n'est pas 5432).</translation>
    </message>
    <message>
        <source>Creates the store's roles and tables, or updates them for this version. Needs a login that may create roles (the server's administrator). Running it again changes nothing.</source>
        <translation>Crée les rôles et les tables de la base, ou les met à jour pour cette version. Demande un identifiant autorisé à créer des rôles (l'administrateur du serveur). Le relancer ne change rien.</translation>
    </message>
    <message>
        <source>Copies the codes, locks and request counts of this computer's file into the shared store. Needs a manager's login. Running it again adds nothing twice.</source>
        <translation>Copie les codes, les serrures et les compteurs de demandes du fichier de cet ordinateur dans la base partagée. Demande l'identifiant d'un responsable. Le relancer n'ajoute rien deux fois.</translation>
    </message>
    <message>
        <source>NetCode Desk uses the chosen store from its next start.</source>
        <translation>NetCode Desk utilise la base choisie à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where this desk keeps its codes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Où cette réception garde ses codes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A password is stored in the keychain — type a new one to replace it</source>
        <translation>Un mot de passe est enregistré dans le trousseau — saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but this database holds no NetCode Desk store yet. The server's administrator sets it up with "Set up this store".</source>
        <translation>Connecté à %1 en tant que %2, mais cette base de données ne contient pas encore de données NetCode Desk. L'administrateur du serveur la configure avec "Configurer cette base".</translation>
    </message>
    <message>
        <source>Connected, but this store was set up by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk on this computer.</source>
        <translation>Connecté, mais cette base a été configurée par une version plus récente de NetCode Desk (schéma %1 ; cette version connaît jusqu'au %2). Mettez à jour NetCode Desk sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but this login has no NetCode Desk role yet. The administrator runs: netcode-desk-cli store grant %2 --role desk</source>
        <translation>Connecté à %1 en tant que %2, mais cet identifiant n'a pas encore de rôle NetCode Desk. L'administrateur lance : netcode-desk-cli store grant %2 --role desk</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (role: %3). Store schema %4.</source>
        <translation>Connecté à %1 en tant que %2 (rôle : %3). Schéma de la base : %4.</translation>
    </message>
    <message>
        <source>It must be updated for this version: "Set up this store", by the administrator.</source>
        <translation>Elle doit être mise à jour pour cette version : "Configurer cette base", par l'administrateur.</translation>
    </message>
    <message>
        <source>Setting up the store…</source>
        <translation>Configuration de la base…</translation>
    </message>
    <message>
        <source>The store %1 is already set up (schema %2); nothing was changed.</source>
        <translation>La base %1 est déjà configurée (schéma %2) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The store %1 is set up (schema %2):</source>
        <translation>La base %1 est configurée (schéma %2) :</translation>
    </message>
    <message>
        <source>Next, give each desk and each manager a login (createuser --pwprompt NAME) and its role: netcode-desk-cli store grant NAME --role desk|manager.</source>
        <translation>Ensuite, donnez à chaque réception et à chaque responsable un identifiant (createuser --pwprompt NOM) et son rôle : netcode-desk-cli store grant NOM --role desk|manager.</translation>
    </message>
    <message>
        <source>Move this desk's history in</source>
        <translation>Transférer l'historique de cette réception</translation>
    </message>
    <message>
        <source>Copy the codes, locks and request counts of this computer's file
%1
into the shared store %2?

The file stays as it is. Locks the store already has (by name) are kept as they are; running this again adds nothing twice.</source>
        <translation>Copier les codes, les serrures et les compteurs de demandes du fichier de cet ordinateur
%1
dans la base partagée %2 ?

Le fichier reste tel quel. Les serrures que la base a déjà (même nom) restent telles quelles ; relancer n'ajoute rien deux fois.</translation>
    </message>
    <message>
        <source>Moving this desk's history in…</source>
        <translation>Transfert de l'historique de cette réception…</translation>
    </message>
    <message numerus="yes">
        <source>Moved in: %n code(s) added</source>
        <translation>
            <numerusform>Transféré : %n code ajouté</numerusform>
            <numerusform>Transféré : %n codes ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>déjà là : %n</numerusform>
            <numerusform>déjà là : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) added</source>
        <translation>
            <numerusform>%n serrure ajoutée</numerusform>
            <numerusform>%n serrures ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) were still being issued in the file and are now in doubt (History, In doubt).</source>
        <translation>
            <numerusform>%n code était encore en cours de délivrance dans le fichier et est maintenant incertain (Historique, Incertain).</numerusform>
            <numerusform>%n codes étaient encore en cours de délivrance dans le fichier et sont maintenant incertains (Historique, Incertain).</numerusform>
        </translation>
    </message>
    <message>
        <source>(Settings at %1) %2</source>
        <translation>(Paramètres sur %1) %2</translation>
    </message>
    <message>
        <source>Left behind from demo mode: %1 sample lock(s) and %2 demo code(s).</source>
        <translation>Laissés du mode démo : serrures d'exemple : %1, codes démo : %2.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Add a manager first: with sign-in on, only a manager can change the settings.</source>
        <translation>Ajoutez d'abord un responsable : avec l'identification, seul un responsable peut modifier les paramètres.</translation>
    </message>
    <message>
        <source>Staff sign-in turned on</source>
        <translation>Identification du personnel activée</translation>
    </message>
    <message>
        <source>Staff sign-in turned off</source>
        <translation>Identification du personnel désactivée</translation>
    </message>
    <message>
        <source>The setting could not be saved.</source>
        <translation>Le paramètre n'a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Too many wrong PINs or passwords for this name: it is locked until %1. Try again then, or ask a manager to reset the PIN.</source>
        <translation>Trop de PIN ou de mots de passe erronés pour ce nom : il est bloqué jusqu'à %1. Réessayez à ce moment-là, ou demandez à un responsable de refaire le PIN.</translation>
    </message>
    <message>
        <source>%1 wrong PINs or passwords in a row; locked for %2 minutes</source>
        <translation>%1 PIN ou mots de passe erronés de suite ; bloqué pour %2 minutes</translation>
    </message>
    <message>
        <source>That name and PIN or password do not match. Check both and try again.</source>
        <translation>Ce nom et ce PIN ou mot de passe ne correspondent pas. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <source>Signed in with the desk role only: the store did not accept the manager login %1 (%2). Manager actions stay unavailable until that works.</source>
        <translation>Identifié avec le rôle réception seulement : la base n'a pas accepté l'identifiant responsable %1 (%2). Les actions de responsable restent indisponibles tant que cela ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Signed in with the desk role only: on a shared store a manager needs their own database login (ask whoever set up the store to add it to your staff entry).</source>
        <translation>Identifié avec le rôle réception seulement : avec une base partagée, un responsable a besoin de son propre identifiant de base de données (demandez à la personne qui a configuré la base de l'ajouter à votre fiche).</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk. Sign in first.</source>
        <translation>Personne n'est identifié à cette réception. Identifiez-vous d'abord.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;S'identifier</translation>
    </message>
    <message>
        <source>Sign in — NetCode Desk</source>
        <translation>Identification — NetCode Desk</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN ou mot de passe</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>Qui est à la réception ?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN ou mot de passe :</translation>
    </message>
    <message>
        <source>Forgotten your PIN? A manager can set a new one in Staff. After %1 wrong tries in a row a name is locked for %2 minutes.</source>
        <translation>PIN oublié ? Un responsable peut en définir un nouveau dans Personnel. Après %1 essais erronés de suite, un nom est bloqué pendant %2 minutes.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>Type your PIN or password.</source>
        <translation>Saisissez votre PIN ou votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Guest slip</source>
        <translation>Ticket client</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation>Le PDF n'a pas pu être écrit dans %1. Choisissez un autre dossier.</translation>
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
        <translation>Serrure connectée %1</translation>
    </message>
</context>
<context>
    <name>StaffAdmin</name>
    <message>
        <source>The staff list could not be changed: the database is busy. Try again.</source>
        <translation>La liste du personnel n'a pas pu être modifiée : la base de données est occupée. Réessayez.</translation>
    </message>
    <message>
        <source>The staff list could not be changed: the change could not be saved.</source>
        <translation>La liste du personnel n'a pas pu être modifiée : la modification n'a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>That person is no longer on the staff list.</source>
        <translation>Cette personne n'est plus dans la liste du personnel.</translation>
    </message>
    <message>
        <source>Enter the person's name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>The name holds a control character. Type it again with letters, digits and spaces.</source>
        <translation>Le nom contient un caractère de contrôle. Saisissez-le à nouveau avec des lettres, des chiffres et des espaces.</translation>
    </message>
    <message>
        <source>The name is too long (at most 80 characters).</source>
        <translation>Le nom est trop long (80 caractères au plus).</translation>
    </message>
    <message>
        <source>%1 added as %2</source>
        <translation>%1 ajouté comme %2</translation>
    </message>
    <message>
        <source> (database login %1)</source>
        <translation> (identifiant de base de données %1)</translation>
    </message>
    <message>
        <source>%1 is the only manager. Make someone else a manager first.</source>
        <translation>%1 est le seul responsable. Nommez d'abord quelqu'un d'autre responsable.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>New PIN or password for %1</source>
        <translation>Nouveau PIN ou mot de passe pour %1</translation>
    </message>
    <message>
        <source>%1: database login %2</source>
        <translation>%1 : identifiant de base de données %2</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself while signed in. Ask another manager.</source>
        <translation>Vous ne pouvez pas vous désactiver vous-même en étant identifié. Demandez à un autre responsable.</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>%1 désactivé</translation>
    </message>
    <message>
        <source>%1 reactivated</source>
        <translation>%1 réactivé</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>&amp;Create manager</source>
        <translation>&amp;Créer le responsable</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <source>Set new &amp;PIN</source>
        <translation>Nouveau &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Create the first manager</source>
        <translation>Créer le premier responsable</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN ou mot de passe</translation>
    </message>
    <message>
        <source>PIN or password again</source>
        <translation>PIN ou mot de passe à nouveau</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Identifiant de base de données</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation>Le premier responsable</translation>
    </message>
    <message>
        <source>Add a person, or type a new PIN for the person selected above</source>
        <translation>Ajoutez une personne, ou saisissez un nouveau PIN pour la personne choisie ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Rô&amp;le :</translation>
    </message>
    <message>
        <source>PIN or pass&amp;word:</source>
        <translation>PIN ou &amp;mot de passe :</translation>
    </message>
    <message>
        <source>Again (&amp;to check):</source>
        <translation>Encore (pour &amp;vérifier) :</translation>
    </message>
    <message>
        <source>Database &amp;login:</source>
        <translation>&amp;Identifiant de base de données :</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits; a password at least 8 characters.</source>
        <translation>Un PIN a de 4 à 12 chiffres ; un mot de passe au moins 8 caractères.</translation>
    </message>
    <message>
        <source>On a shared store, a manager's own database login; their password there is the same as their password here.</source>
        <translation>Avec une base partagée, l'identifiant de base de données propre au responsable ; son mot de passe y est le même qu'ici.</translation>
    </message>
    <message>
        <source>With sign-in on, everyone signs in at the desk, and only a manager can change locks, settings and staff. Create the first manager now: you.</source>
        <translation>Avec l'identification, chacun s'identifie à la réception, et seul un responsable peut modifier les serrures, les paramètres et le personnel. Créez maintenant le premier responsable : vous.</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqué jusqu'à %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Make &amp;manager</source>
        <translation>Rôle re&amp;sponsable</translation>
    </message>
    <message>
        <source>The two PINs or passwords differ. Type them again.</source>
        <translation>Les deux PIN ou mots de passe diffèrent. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>%1 ajouté comme %2.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 est maintenant : %2.</translation>
    </message>
    <message>
        <source>Type the new PIN or password for %1 twice in the fields below, then choose Set new PIN.</source>
        <translation>Saisissez deux fois le nouveau PIN ou mot de passe de %1 dans les champs ci-dessous, puis choisissez Nouveau PIN.</translation>
    </message>
    <message>
        <source>New PIN or password set for %1; a lock-out is lifted.</source>
        <translation>Nouveau PIN ou mot de passe défini pour %1 ; un blocage éventuel est levé.</translation>
    </message>
    <message>
        <source>%1 deactivated: they can no longer sign in. Their history stays.</source>
        <translation>%1 désactivé : cette personne ne peut plus s'identifier. Son historique reste.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau s'identifier.</translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>Make d&amp;esk user</source>
        <translation>Rôle réc&amp;eption</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Someone called "%1" is already on the staff list%2.</source>
        <translation>Une personne nommée "%1" est déjà dans la liste du personnel%2.</translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <source>The person could not be added</source>
        <translation>La personne n'a pas pu être ajoutée</translation>
    </message>
    <message>
        <source>The role could not be changed</source>
        <translation>Le rôle n'a pas pu être modifié</translation>
    </message>
    <message>
        <source>The PIN or password could not be changed</source>
        <translation>Le PIN ou le mot de passe n'a pas pu être modifié</translation>
    </message>
    <message>
        <source>The person could not be deactivated</source>
        <translation>La personne n'a pas pu être désactivée</translation>
    </message>
    <message>
        <source>The database login could not be changed</source>
        <translation>L'identifiant de base de données n'a pas pu être modifié</translation>
    </message>
    <message>
        <source>The failed sign-in could not be recorded</source>
        <translation>L'échec d'identification n'a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded</source>
        <translation>L'identification n'a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The sign-in could not be checked</source>
        <translation>L'identification n'a pas pu être vérifiée</translation>
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
        <translation>Réception</translation>
    </message>
    <message>
        <source>Only a manager can add, change or remove locks. Ask a manager to sign in.</source>
        <translation>Seul un responsable peut ajouter, modifier ou retirer des serrures. Demandez à un responsable de s'identifier.</translation>
    </message>
    <message>
        <source>Only a manager can change the settings. Ask a manager to sign in.</source>
        <translation>Seul un responsable peut modifier les paramètres. Demandez à un responsable de s'identifier.</translation>
    </message>
    <message>
        <source>Only a manager can change the API key. Ask a manager to sign in.</source>
        <translation>Seul un responsable peut modifier la clé API. Demandez à un responsable de s'identifier.</translation>
    </message>
    <message>
        <source>Only a manager can delete old codes. Ask a manager to sign in.</source>
        <translation>Seul un responsable peut supprimer les anciens codes. Demandez à un responsable de s'identifier.</translation>
    </message>
    <message>
        <source>Only a manager can back up or restore the database. Ask a manager to sign in.</source>
        <translation>Seul un responsable peut sauvegarder ou restaurer la base de données. Demandez à un responsable de s'identifier.</translation>
    </message>
    <message>
        <source>Only a manager can add or change staff. Ask a manager to sign in.</source>
        <translation>Seul un responsable peut ajouter ou modifier le personnel. Demandez à un responsable de s'identifier.</translation>
    </message>
    <message>
        <source>Only a manager can read the audit log. Ask a manager to sign in.</source>
        <translation>Seul un responsable peut lire le journal des modifications. Demandez à un responsable de s'identifier.</translation>
    </message>
</context>
<context>
    <name>StartTimeRules</name>
    <message>
        <source>Choose a lock, a length and a start first.</source>
        <translation>Choisissez d'abord une serrure, une durée et un début.</translation>
    </message>
    <message>
        <source>%1 does not exist on this clock: the clocks go forward that night. Choose %2 or later.</source>
        <translation>%1 n'existe pas sur cette horloge : on avance l'heure cette nuit-là. Choisissez %2 ou plus tard.</translation>
    </message>
    <message>
        <source>%1 happens twice that night (the clocks go back); the earlier one, %2, is used.</source>
        <translation>%1 a lieu deux fois cette nuit-là (on recule l'heure) ; la première, %2, est utilisée.</translation>
    </message>
    <message>
        <source>Midnight does not exist on the lock's clock on %1 (its clocks go forward then). Choose another date.</source>
        <translation>Minuit n'existe pas sur l'horloge de la serrure le %1 (son heure avance alors). Choisissez une autre date.</translation>
    </message>
    <message>
        <source>Codes start on the hour: you asked %1, the code starts %2.</source>
        <translation>Les codes commencent à l'heure pile : vous avez demandé %1, le code commence à %2.</translation>
    </message>
    <message>
        <source>Choose the date the code should end.</source>
        <translation>Choisissez la date de fin du code.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start. Choose %2 or later.</source>
        <translation>La date de fin %1 précède le début. Choisissez %2 ou plus tard.</translation>
    </message>
    <message>
        <source>End Date codes expire at most %1 days ahead. The latest last day is %2.</source>
        <translation>Les codes à date de fin expirent au plus %1 jours à l'avance. Le dernier jour possible est le %2.</translation>
    </message>
    <message>
        <source>One hour added so the guest keeps the time paid for: %1 from %2.</source>
        <translation>Une heure ajoutée pour que le client garde le temps payé : %1 à partir de %2.</translation>
    </message>
    <message>
        <source>An hour cannot be added: %1 is the longest hourly code.</source>
        <translation>Impossible d'ajouter une heure : %1 est le code horaire le plus long.</translation>
    </message>
    <message>
        <source>Codes of whole days start at midnight on the lock's clock: you asked %1, the code starts %2.</source>
        <translation>Les codes à la journée commencent à minuit sur l'horloge de la serrure : vous avez demandé %1, le code commence %2.</translation>
    </message>
    <message>
        <source>That start is in the past. The earliest start for this code is %1.</source>
        <translation>Ce début est dans le passé. Le début le plus proche pour ce code est %1.</translation>
    </message>
    <message>
        <source>The clocks change on %1 during this code's window; the times shown allow for it.</source>
        <translation>L'heure change le %1 pendant la validité de ce code ; les heures affichées en tiennent compte.</translation>
    </message>
    <message numerus="yes">
        <source>The Codelocks service does not offer End Date codes that long (%n days) for this lock's model. Choose an earlier end date or refresh the lengths.</source>
        <translation>
            <numerusform>Le service Codelocks ne propose pas de code à date de fin aussi long (%n jour) pour le modèle de cette serrure. Choisissez une date de fin plus proche ou rechargez les durées.</numerusform>
            <numerusform>Le service Codelocks ne propose pas de code à date de fin aussi long (%n jours) pour le modèle de cette serrure. Choisissez une date de fin plus proche ou rechargez les durées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StayEntry</name>
    <message>
        <source>Issue by stay</source>
        <translation>Délivrer par séjour</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>Arrivée :</translation>
    </message>
    <message>
        <source>Departure:</source>
        <translation>Départ :</translation>
    </message>
    <message>
        <source>By stay: the code covers the guest's arrival to departure</source>
        <translation>Par séjour : le code couvre le client de son arrivée à son départ</translation>
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
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers the stay %1: from %2 before arrival to %3 after departure.</source>
        <translation>Couvre le séjour %1 : de %2 avant l'arrivée à %3 après le départ.</translation>
    </message>
    <message>
        <source>Choose a lock and the guest's departure first.</source>
        <translation>Choisissez d'abord une serrure et le départ du client.</translation>
    </message>
    <message>
        <source>The arrival %1 does not exist on this clock: the clocks go forward that night. Enter %2 or later.</source>
        <translation>L'arrivée %1 n'existe pas sur cette horloge : on avance l'heure cette nuit-là. Saisissez %2 ou plus tard.</translation>
    </message>
    <message>
        <source>The departure %1 does not exist on this clock: the clocks go forward that night. Enter %2 or later.</source>
        <translation>Le départ %1 n'existe pas sur cette horloge : on avance l'heure cette nuit-là. Saisissez %2 ou plus tard.</translation>
    </message>
    <message>
        <source>The arrival %1 happens twice that night (the clocks go back): the code covers it from the first time, %2.</source>
        <translation>L'arrivée %1 a lieu deux fois cette nuit-là (on recule l'heure) : le code la couvre dès la première fois, %2.</translation>
    </message>
    <message>
        <source>The departure %1 happens twice that night (the clocks go back): the code covers it until the second time, %2.</source>
        <translation>Le départ %1 a lieu deux fois cette nuit-là (on recule l'heure) : le code le couvre jusqu'à la seconde fois, %2.</translation>
    </message>
    <message>
        <source>The departure %1 has already passed.</source>
        <translation>Le départ %1 est déjà passé.</translation>
    </message>
    <message>
        <source>The departure (%1) must come after the arrival (%2).</source>
        <translation>Le départ (%1) doit être postérieur à l'arrivée (%2).</translation>
    </message>
    <message>
        <source>The arrival %1 has passed: the code covers the stay from now (%2).</source>
        <translation>L'arrivée %1 est passée : le code couvre le séjour à partir de maintenant (%2).</translation>
    </message>
    <message>
        <source>A %1 code covering this stay must be used for the first time by %2, before the guest can arrive (%3).</source>
        <translation>Un code %1 couvrant ce séjour doit être utilisé pour la première fois avant %2, avant que le client puisse arriver (%3).</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the whole stay (%1, %2). The longest code from the arrival, %3, ends %4, %5 before the departure.</source>
        <translation>Rien de ce que cette serrure accepte ne couvre tout le séjour (%1, %2). Le code le plus long depuis l'arrivée, %3, se termine %4, %5 avant le départ.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): no code it offers can start by the arrival on the lock's clock.</source>
        <translation>Rien de ce que cette serrure accepte ne couvre le séjour (%1) : aucun code proposé ne peut commencer au plus tard à l'arrivée sur l'horloge de la serrure.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): its model offers no lengths for its mode. Refresh the lengths or check the lock's mode.</source>
        <translation>Rien de ce que cette serrure accepte ne couvre le séjour (%1) : son modèle ne propose aucune durée pour son mode. Actualisez les durées ou vérifiez le mode de la serrure.</translation>
    </message>
    <message>
        <source>Nothing this lock can take covers the stay (%1): %2</source>
        <translation>Rien de ce que cette serrure accepte ne couvre le séjour (%1) : %2</translation>
    </message>
    <message>
        <source>The code already works from %1, %2 before the guest arrives.</source>
        <translation>Le code fonctionne déjà à partir de %1, %2 avant l'arrivée du client.</translation>
    </message>
    <message>
        <source>The code must be used for the first time by %1, only %2 after arrival.</source>
        <translation>Le code doit être utilisé pour la première fois avant %1, seulement %2 après l'arrivée.</translation>
    </message>
</context>
<context>
    <name>StorageErrorText</name>
    <message>
        <source>the database is busy: another program has been writing to it for too long</source>
        <translation>la base de données est occupée : un autre programme y écrit depuis trop longtemps</translation>
    </message>
    <message>
        <source>the database cannot be written (it or its folder is read-only)</source>
        <translation>la base de données ne peut pas être écrite (elle ou son dossier est en lecture seule)</translation>
    </message>
    <message>
        <source>the disk that holds the database is full</source>
        <translation>le disque qui contient la base de données est plein</translation>
    </message>
    <message>
        <source>the database file could not be read or written (disk or file error)</source>
        <translation>le fichier de la base de données n'a pas pu être lu ou écrit (erreur de disque ou de fichier)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>le fichier de la base de données est endommagé</translation>
    </message>
    <message>
        <source>the database reported an unknown error</source>
        <translation>la base de données a signalé une erreur inconnue</translation>
    </message>
    <message>
        <source>the shared store does not allow this login to do that (only a manager's login may); nothing was changed</source>
        <translation>la base partagée ne permet pas cela à cet identifiant (seul l'identifiant d'un responsable le peut) ; rien n'a été modifié</translation>
    </message>
    <message>
        <source>the shared store cannot be reached (its server stopped or the network is down); NetCode Desk reconnects by itself</source>
        <translation>la base partagée est injoignable (son serveur s'est arrêté ou le réseau est coupé) ; NetCode Desk se reconnecte tout seul</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>This is not a shared store address NetCode Desk can use: %1. Write it as postgresql://user@host:5432/database.</source>
        <translation>Ce n'est pas une adresse de base partagée que NetCode Desk peut utiliser : %1. Écrivez-la sous la forme postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>elle doit commencer par postgresql://</translation>
    </message>
    <message>
        <source>several hosts in one address are not supported</source>
        <translation>plusieurs hôtes dans une adresse ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>the value of %1 contains a character that is not allowed</source>
        <translation>la valeur de %1 contient un caractère non autorisé</translation>
    </message>
    <message>
        <source>the setting "%1" is not supported</source>
        <translation>le paramètre "%1" n'est pas pris en charge</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>le nom de la base de données manque</translation>
    </message>
</context>
<context>
    <name>StoreImport</name>
    <message>
        <source>%1 is not a NetCode Desk database; nothing was moved.</source>
        <translation>%1 n'est pas une base de données NetCode Desk ; rien n'a été transféré.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of NetCode Desk (schema %2; this version knows up to %3). Update NetCode Desk first; nothing was moved.</source>
        <translation>%1 a été écrit par une version plus récente de NetCode Desk (schéma %2 ; cette version connaît jusqu'au %3). Mettez d'abord NetCode Desk à jour ; rien n'a été transféré.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>This login may not add locks or codes to the shared store. Moving a desk in needs a manager's login (netcode-desk-cli store grant LOGIN --role manager). Nothing was moved.</source>
        <translation>Cet identifiant ne peut pas ajouter de serrures ni de codes à la base partagée. Transférer une réception demande l'identifiant d'un responsable (netcode-desk-cli store grant IDENTIFIANT --role manager). Rien n'a été transféré.</translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>Rien n'a été transféré : %1</translation>
    </message>
    <message>
        <source>Moved in from a desk's own file while it was being issued: whether the service answered is not known.</source>
        <translation>Transféré depuis le fichier propre à une réception pendant sa délivrance : on ne sait pas si le service a répondu.</translation>
    </message>
    <message>
        <source>There is no file %1; nothing was moved.</source>
        <translation>Il n'y a pas de fichier %1 ; rien n'a été transféré.</translation>
    </message>
    <message>
        <source>No room for a working copy: %1</source>
        <translation>Pas de place pour une copie de travail : %1</translation>
    </message>
    <message>
        <source>The copy of %1 cannot be brought up to date: %2</source>
        <translation>La copie de %1 ne peut pas être mise à jour : %2</translation>
    </message>
    <message>
        <source>Moved in %1: codes added %2 (already there %3, in doubt %4), locks added %5 (already there %6), request counts added %7; left behind from demo mode: locks %8, codes %9</source>
        <translation>%1 transféré : codes ajoutés %2 (déjà là %3, incertains %4), serrures ajoutées %5 (déjà là %6), compteurs de demandes ajoutés %7 ; laissés du mode démo : serrures %8, codes %9</translation>
    </message>
</context>
<context>
    <name>StorePassword</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n'a pas répondu.</translation>
    </message>
</context>
<context>
    <name>StoreSetup</name>
    <message>
        <source>The login "%1" may not create roles, so it cannot set up the shared store. Run this as the server's administrator (on the database server: sudo -u postgres netcode-desk-cli store init --database postgresql:///DATABASE), or with a login made with "createuser --createrole". Nothing was changed.</source>
        <translation>L'identifiant "%1" ne peut pas créer de rôles, il ne peut donc pas configurer la base partagée. Lancez ceci en tant qu'administrateur du serveur (sur le serveur de base de données : sudo -u postgres netcode-desk-cli store init --database postgresql:///BASE), ou avec un identifiant créé par "createuser --createrole". Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The server did not say who this login is: %1</source>
        <translation>Le serveur n'a pas indiqué qui est cet identifiant : %1</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>La base de données ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>This database already has a schema called "netcode" that NetCode Desk did not make. Use another database (createdb) for the shared store; nothing was changed.</source>
        <translation>Cette base de données a déjà un schéma appelé "netcode" qui ne vient pas de NetCode Desk. Utilisez une autre base de données (createdb) pour la base partagée ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>This store was set up by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk; nothing was changed.</source>
        <translation>Cette base a été configurée par une version plus récente de NetCode Desk (schéma %1 ; cette version connaît jusqu'au %2). Mettez NetCode Desk à jour ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Cannot set up the store: %1</source>
        <translation>Impossible de configurer la base : %1</translation>
    </message>
    <message>
        <source>Cannot create the role %1: %2</source>
        <translation>Impossible de créer le rôle %1 : %2</translation>
    </message>
    <message>
        <source>Created the group role %1.</source>
        <translation>Rôle de groupe %1 créé.</translation>
    </message>
    <message>
        <source>Cannot make managers desks too: %1</source>
        <translation>Impossible de donner aussi aux responsables le rôle réception : %1</translation>
    </message>
    <message>
        <source>Made netcode_manager a member of netcode_desk.</source>
        <translation>netcode_manager est maintenant membre de netcode_desk.</translation>
    </message>
    <message>
        <source>Cannot let this login act as netcode_owner: %1</source>
        <translation>Impossible de laisser cet identifiant agir en tant que netcode_owner : %1</translation>
    </message>
    <message>
        <source>Let the login %1 act as netcode_owner for setting up and updating.</source>
        <translation>L'identifiant %1 peut agir en tant que netcode_owner pour la configuration et les mises à jour.</translation>
    </message>
    <message>
        <source>Cannot create the schema "netcode" (the login needs the right to create schemas in this database: it owns it, or GRANT CREATE ON DATABASE): %1</source>
        <translation>Impossible de créer le schéma "netcode" (l'identifiant doit avoir le droit de créer des schémas dans cette base : en être propriétaire, ou GRANT CREATE ON DATABASE) : %1</translation>
    </message>
    <message>
        <source>Created the schema netcode, owned by netcode_owner.</source>
        <translation>Schéma netcode créé, propriété de netcode_owner.</translation>
    </message>
    <message>
        <source>Cannot give the schema to netcode_owner: %1</source>
        <translation>Impossible de donner le schéma à netcode_owner : %1</translation>
    </message>
    <message>
        <source>Gave the schema netcode to netcode_owner.</source>
        <translation>Schéma netcode donné à netcode_owner.</translation>
    </message>
    <message>
        <source>Cannot give the store's tables to netcode_owner: %1</source>
        <translation>Impossible de donner les tables de la base à netcode_owner : %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave %n table(s) and function(s) to netcode_owner.</source>
        <translation>
            <numerusform>%n table ou fonction donnée à netcode_owner.</numerusform>
            <numerusform>%n tables et fonctions données à netcode_owner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot install the search extension pg_trgm (package postgresql-contrib): %1</source>
        <translation>Impossible d'installer l'extension de recherche pg_trgm (paquet postgresql-contrib) : %1</translation>
    </message>
    <message>
        <source>Cannot act as netcode_owner: %1</source>
        <translation>Impossible d'agir en tant que netcode_owner : %1</translation>
    </message>
    <message>
        <source>Created the store's tables (schema %1).</source>
        <translation>Tables de la base créées (schéma %1).</translation>
    </message>
    <message>
        <source>Updated the store from schema %1 to %2.</source>
        <translation>Base mise à jour du schéma %1 au schéma %2.</translation>
    </message>
    <message>
        <source>Cannot grant the roles their rights: %1</source>
        <translation>Impossible d'accorder leurs droits aux rôles : %1</translation>
    </message>
    <message>
        <source>This server has no NetCode Desk roles yet. Set the store up first: netcode-desk-cli store init --database URL.</source>
        <translation>Ce serveur n'a pas encore de rôles NetCode Desk. Configurez d'abord la base : netcode-desk-cli store init --database URL.</translation>
    </message>
    <message>
        <source>"%1" is one of NetCode Desk's own groups, not a person's or a desk's login.</source>
        <translation>"%1" est l'un des groupes propres à NetCode Desk, pas l'identifiant d'une personne ou d'une réception.</translation>
    </message>
    <message>
        <source>The server's list of logins cannot be read: %1</source>
        <translation>La liste des identifiants du serveur ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>There is no login "%1" on this server. Create it first (on the database server: sudo -u postgres createuser --pwprompt %1), then run this again. Nothing was changed.</source>
        <translation>Il n'y a pas d'identifiant "%1" sur ce serveur. Créez-le d'abord (sur le serveur de base de données : sudo -u postgres createuser --pwprompt %1), puis relancez ceci. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>"%1" is a role that cannot log in. Give each desk and each manager a login of its own (createuser --pwprompt NAME).</source>
        <translation>"%1" est un rôle qui ne peut pas se connecter. Donnez à chaque réception et à chaque responsable son propre identifiant (createuser --pwprompt NOM).</translation>
    </message>
    <message>
        <source>This login may not change who belongs to NetCode Desk's groups. Run this as the server's administrator or with a login made with "createuser --createrole". Nothing was changed.</source>
        <translation>Cet identifiant ne peut pas changer qui appartient aux groupes de NetCode Desk. Lancez ceci en tant qu'administrateur du serveur ou avec un identifiant créé par "createuser --createrole". Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Cannot change the login's group: %1</source>
        <translation>Impossible de changer le groupe de l'identifiant : %1</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 est maintenant membre de %2.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2.</source>
        <translation>%1 n'est plus membre de %2.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n other table(s). The store keeps to its own schema "netcode" and does not touch them, but they share the database's backups and logins; a database of its own (createdb) is usually better.</source>
        <translation>
            <numerusform>Cette base contient déjà %n autre table. La base de NetCode Desk reste dans son propre schéma "netcode" et n'y touche pas, mais elles partagent les sauvegardes et les identifiants de la base ; une base à part (createdb) est généralement préférable.</numerusform>
            <numerusform>Cette base contient déjà %n autres tables. La base de NetCode Desk reste dans son propre schéma "netcode" et n'y touche pas, mais elles partagent les sauvegardes et les identifiants de la base ; une base à part (createdb) est généralement préférable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidityText</name>
    <message>
        <source>Lock clock %1 (%2)</source>
        <translation>Horloge de la serrure %1 (%2)</translation>
    </message>
    <message>
        <source>Valid from %1 %2 for up to a year (until %3)</source>
        <translation>Valable à partir du %1 %2 pour un an au plus (jusqu'au %3)</translation>
    </message>
    <message>
        <source>Valid %1 %2</source>
        <translation>Valable %1 %2</translation>
    </message>
    <message>
        <source>Works until the end of %1 (expires %2)</source>
        <translation>Valable jusqu'à la fin du %1 (expire le %2)</translation>
    </message>
    <message>
        <source>Must be used for the first time by %1</source>
        <translation>Première utilisation avant le %1</translation>
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
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Mail failed</source>
        <translation>Échec de l’e-mail</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>First use</source>
        <translation>Première utilisation</translation>
    </message>
    <message>
        <source>Ending today</source>
        <translation>Se termine aujourd'hui</translation>
    </message>
    <message>
        <source>Ended today</source>
        <translation>Terminé aujourd'hui</translation>
    </message>
    <message>
        <source>Request in doubt (%1): %2</source>
        <translation>Demande incertaine (%1) : %2</translation>
    </message>
    <message>
        <source>The request for %1, %2, got no recorded answer: it may have been billed. Select it in History to ask again or to settle it.</source>
        <translation>La demande pour %1, %2, n'a aucune réponse enregistrée : elle a peut-être été facturée. Sélectionnez-la dans l'historique pour redemander ou pour la régler.</translation>
    </message>
    <message>
        <source>First use by %1: %2 — has the guest used it?</source>
        <translation>Première utilisation avant %1 : %2 — le client l'a-t-il utilisé ?</translation>
    </message>
    <message>
        <source>If the code for %1 is not used by %2 it stops working. We cannot see whether the guest has used it: ask them, or issue a new code.</source>
        <translation>Si le code pour %1 n'est pas utilisé avant %2, il cesse de fonctionner. Nous ne pouvons pas voir si le client l'a utilisé : demandez-lui, ou délivrez un nouveau code.</translation>
    </message>
    <message>
        <source>Ended %1: %2</source>
        <translation>Terminé %1 : %2</translation>
    </message>
    <message>
        <source>Ends %1: %2</source>
        <translation>Se termine %1 : %2</translation>
    </message>
    <message>
        <source>The code for %1 stopped working at %2 (%3).</source>
        <translation>Le code pour %1 a cessé de fonctionner à %2 (%3).</translation>
    </message>
    <message>
        <source>The code for %1 stops working at %2 (%3).</source>
        <translation>Le code pour %1 cesse de fonctionner à %2 (%3).</translation>
    </message>
    <message>
        <source>Quota used up: %1 of %2 requests this month</source>
        <translation>Quota épuisé : %1 demandes sur %2 ce mois-ci</translation>
    </message>
    <message>
        <source>Quota: %1 of %2 requests this month (%3%)</source>
        <translation>Quota : %1 demandes sur %2 ce mois-ci (%3 %)</translation>
    </message>
    <message>
        <source>The plan's monthly quota is used up: the service may refuse requests until next month.</source>
        <translation>Le quota mensuel de l'abonnement est épuisé : le service peut refuser les demandes jusqu'au mois prochain.</translation>
    </message>
    <message>
        <source>More than 80% of the plan's monthly quota is used.</source>
        <translation>Plus de 80 % du quota mensuel de l'abonnement est utilisé.</translation>
    </message>
    <message>
        <source>Mail refused (%1): %2 to %3</source>
        <translation>E-mail refusé (%1) : %2 à %3</translation>
    </message>
    <message>
        <source>Mail not sent (%1): %2 to %3</source>
        <translation>E-mail non envoyé (%1) : %2 à %3</translation>
    </message>
    <message>
        <source>The mail server refused the code for %1 to %2.</source>
        <translation>Le serveur de messagerie a refusé le code pour %1 à %2.</translation>
    </message>
    <message>
        <source>The code for %1 could not be mailed to %2.</source>
        <translation>Le code pour %1 n'a pas pu être envoyé à %2.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Il a répondu : %1</translation>
    </message>
    <message>
        <source>Give the guest the code another way, or send it again.</source>
        <translation>Donnez le code au client d'une autre manière, ou renvoyez-le.</translation>
    </message>
    <message>
        <source>Mail may have been sent (%1): %2 to %3</source>
        <translation>E-mail peut-être envoyé (%1) : %2 à %3</translation>
    </message>
    <message>
        <source>The code for %1 went to the mail server for %2, but whether it took it is not known. Check with the guest before sending it again.</source>
        <translation>Le code pour %1 est parti vers le serveur de messagerie pour %2, mais on ne sait pas s'il l'a accepté. Vérifiez auprès du client avant de le renvoyer.</translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message>
        <source>Watch list</source>
        <extracomment>Title of the list of things to look at today (codes ending, deadlines, requests in doubt).</extracomment>
        <translation>Liste de suivi</translation>
    </message>
    <message>
        <source>Go to the watch list</source>
        <translation>Aller à la liste de suivi</translation>
    </message>
    <message>
        <source>%1: go to the watch list</source>
        <translation>%1 : aller à la liste de suivi</translation>
    </message>
    <message>
        <source>Nothing needs a look today.</source>
        <translation>Rien à vérifier aujourd'hui.</translation>
    </message>
    <message>
        <source>Watch list for today</source>
        <translation>Liste de suivi du jour</translation>
    </message>
    <message numerus="yes">
        <source>%n in doubt</source>
        <translation>
            <numerusform>%n incertain</numerusform>
            <numerusform>%n incertains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail failed</source>
        <translation>
            <numerusform>%n échec d'e-mail</numerusform>
            <numerusform>%n échecs d'e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first-use deadline(s)</source>
        <translation>
            <numerusform>%n date limite de première utilisation</numerusform>
            <numerusform>%n dates limites de première utilisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ending today</source>
        <translation>
            <numerusform>%n se termine aujourd'hui</numerusform>
            <numerusform>%n se terminent aujourd'hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended today</source>
        <translation>
            <numerusform>%n terminé aujourd'hui</numerusform>
            <numerusform>%n terminés aujourd'hui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Issue NetCodes for Codelocks and KitLock locks.</source>
        <translation>Délivrer des NetCodes pour les serrures Codelocks et KitLock.</translation>
    </message>
    <message>
        <source>Use this database file (default: the app's data folder; or set NETCODE_DESK_DATABASE).</source>
        <translation>Utiliser ce fichier de base de données (par défaut : le dossier de données de l'application ; ou définir NETCODE_DESK_DATABASE).</translation>
    </message>
    <message>
        <source>Use this settings file (or set NETCODE_DESK_SETTINGS).</source>
        <translation>Utiliser ce fichier de paramètres (ou définir NETCODE_DESK_SETTINGS).</translation>
    </message>
    <message>
        <source>Run against the built-in simulator even if an API key is stored.</source>
        <translation>Utiliser le simulateur intégré même si une clé d'API est enregistrée.</translation>
    </message>
    <message>
        <source>NetCode Desk cannot start</source>
        <translation>NetCode Desk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n'a pas répondu.</translation>
    </message>
    <message>
        <source>%1 — demo mode until the key can be read.</source>
        <translation>%1 — mode démo jusqu'à ce que la clé puisse être lue.</translation>
    </message>
    <message>
        <source>This desk is set to use that shared store (Settings, Shared store).</source>
        <translation>Cette réception est réglée pour utiliser cette base partagée (Paramètres, Base partagée).</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Change the store…</source>
        <translation>&amp;Changer de base…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
</TS>