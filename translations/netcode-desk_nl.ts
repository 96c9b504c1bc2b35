<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;Issue code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;message for the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save slip as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NetCode Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the code (Ctrl+Enter, or Enter in the issue form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import smart locks from K3 Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import locks from &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport locks to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue for &amp;several locks…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>The API host must start with https:// (plain http:// is allowed only for this computer). Correct the API host in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service rejected the API key (403). Check the API key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service rejected the smart lock&apos;s access key (401). Check the access key in the lock&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service does not know this lock. Check the lock&apos;s timecode and lock id (or smart-lock id) in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service is refusing requests because the plan&apos;s limit has been reached or too many were sent. Wait a minute and try again; if it persists, check the plan&apos;s monthly quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service had an internal error (%1). No code was issued. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service answered with an unexpected status (%1). No code was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service did not answer in time. It may still have issued (and billed) the code: check History before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the Codelocks service. Check the internet connection and the API host in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the Codelocks service was cut before it answered. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API host could not be found. Check the internet connection and the API host in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the Codelocks service could not be verified, so nothing was sent. Check the computer&apos;s date and time, and whether a network filter intercepts secure connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error stopped the request. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer NetCode Desk cannot read. No code is shown; try again, and if it keeps happening check the API host and versions in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service sent an answer far larger than a NetCode; it was not read. Check the API host in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service did not issue a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service refused the request as invalid. Most often the lock&apos;s model is set wrongly, or its timecode or lock id has a typing error; also check that the lock is configured for this mode and that codes of whole days start at midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codelocks service tried to send the request to another address. NetCode Desk did not follow, so the API key went nowhere else. Check the API host in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>The built-in demo service could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: built-in simulator on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codelocks Connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The file has been left as it is, and there is no backup to restore yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <source>&amp;Issue codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue codes for several locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the list: a group, floor or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the list of locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks to issue codes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest or group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guest or group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking r&amp;eference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the locks to issue codes for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locks: demo codes from the built-in simulator, nothing is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locks: %2 billed requests will be sent to the Codelocks service; %3 codes come from history free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissued from history — no new charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 codes issued and saved in history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sheet as PDF (cancel to print instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save codes as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchIssuer</name>
    <message>
        <source>DEMO — these codes will not open real locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The API URL must start with https:// (http:// only for this computer): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history takes one of: list, export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model must be one of KL1060, KL1060C2, KL1060G3, K3CONNECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smart lock needs --access-key-env VARIABLE naming the environment variable that holds its access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be one of single-use, multi-use, rental, long-rental, end-date, 24-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--length takes hours or days, for example 3h or 2d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--validation takes hours or days, for example 6h or 2d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end-date takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start takes &quot;YYYY-MM-DD HH:MM&quot;, or a date alone for codes of whole days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which lock: --lock NAME, or the lock inline with --model and its ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lock called &quot;%1&quot;. See: netcode-desk-cli locks list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zone is for a lock given inline; %1 keeps its own zone (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is configured for %2; it cannot take a %3 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long-term rental code needs --validation, for example 6h or 2d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An End Date code needs --end-date YYYY-MM-DD (its last day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how long the code lasts: --length 3h or --length 2d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service offers no such %1 code for %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sent: %1 (lock&apos;s clock), duration id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissued from history — no new charge (use --fresh to ask the service again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO code — it will not open a real lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locks add needs --name and --model, and the lock&apos;s ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be one of standard, rental, long-rental, end-date, 24-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key again in the app (Edit lock) on a computer with a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which lock: netcode-desk-cli locks remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lock called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1; its codes stay in history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which file: netcode-desk-cli locks import FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Rows with problems: %n. Correct them, or add --accept-valid to import only the rows without problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locks imported: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--k3connect needs --access-key-env VARIABLE holding the account&apos;s access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart locks added: %1, updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locks takes one of: list, add, remove, import, export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codelocks simulator listening on %1 (Ctrl+C to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: netcode-desk-cli COMMAND [options]

Commands:
  issue                 issue a code (or reissue it from history, free of charge)
  locks list            list the desk&apos;s locks
  locks add             add a lock (--name, --model and its ids, --mode, --group)
  locks remove NAME     remove a lock (its codes stay in history)
  locks import FILE     import locks from CSV (nothing unless every row is valid, or --accept-valid)
  locks import --k3connect --access-key-env VAR   import a K3 Connect account&apos;s smart locks
  locks export          write the locks as CSV (--output FILE, default standard output)
  history list          recent codes (--search TEXT, --limit N)
  history export        all matching codes as CSV or JSON (--format, --output FILE)
  simulator             run the built-in Codelocks simulator (--port N, --require-key KEY)

Issue a code for a lock in the database:
  netcode-desk-cli issue --lock &quot;Room 101&quot; --length 3h --start &quot;2027-07-14 15:00&quot; --guest &quot;Ana&quot;
or for a lock given inline:
  --model KL1060G3 --timecode 202604221226 --lock-id 921239
  --model K3CONNECT --smart-lock-id &lt;32 hex&gt; --access-key-env VARIABLE
  --zone Europe/London, --clock-follows-dst / --no-clock-follows-dst (default: the model&apos;s)
Codes: --mode single-use|multi-use|rental|long-rental|end-date|24-hour, --length 3h|2d|14d,
  --start &quot;YYYY-MM-DD HH:MM&quot; (wall time in the lock&apos;s zone; a date alone for whole days),
  --end-date YYYY-MM-DD, --validation 6h|2d, --guest, --ref, --fresh (ask the service even if
  history holds this exact request), --timeout SECONDS, --json.

The API key comes from NETCODE_DESK_API_KEY or the system keychain; with neither (or --demo)
the built-in simulator answers and codes are DEMO codes. --api-url (or NETCODE_DESK_API_URL)
overrides the API host for this run; --database (or NETCODE_DESK_DATABASE) picks the database.

Exit codes: 0 success; 1 the database or a file could not be used; 2 invalid input or usage
(nothing sent); 3 the service rejected the request; 4 service or network failure (5xx, timeout,
offline, unusable answer); 5 a code came back but failed the sanity check.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetCode Desk from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: netcode-desk-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do, for example: netcode-desk-cli %1 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See: netcode-desk-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockFrame</name>
    <message>
        <source>%1, follows daylight saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 standard time all year (%2, no daylight saving)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeFormat</name>
    <message>
        <source>The service answered without a code. Nothing was issued; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned something that is not a keypad code. Do not give it to the guest; check the lock&apos;s model in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned a %1-digit code, but a %2 expects %3 digits. The lock&apos;s model is probably set wrongly: the code would not open the lock, so it is not shown. Check the model in the lock&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quote inside an unquoted cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a NetCode Desk database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of NetCode Desk (schema %1; this version knows up to %2). Update NetCode Desk; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the database to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written (%1). Check the free space in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be copied next to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup chosen for restoring could not be put in place; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from the chosen backup. The database as it was before is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was damaged, so NetCode Desk restored the backup %1. The damaged file is kept as %2; codes issued after that backup may be found in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationCatalogueService</name>
    <message>
        <source>The service&apos;s list of lengths was empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationOption</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>first use within %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestSlip</name>
    <message>
        <source>DEMO — will not open a real lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (room/unit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help? Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code for %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access code for %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access code for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissued from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Copy c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history: guest, room, reference, lock or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of issued codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code for the same lock and guest, for a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue again for a new window…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>The code could not be written to history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History could not be trimmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room/unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not issued —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First use by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sent to the service: %1 (lock&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueModes</name>
    <message>
        <source>Standard, multi-use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard, single-use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium-term rental (1–21 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term rental (up to a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long rental</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>Choose a lock on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight &amp;00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guest name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room/unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking r&amp;eference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lock to see when its code will be valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh lengths from the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day the code works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at the lock&apos;s next midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round down and add an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round down and add an hour, so the guest &amp;keeps the time paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the lengths this model offers from the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengths from the Codelocks service, fetched %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the built-in standard lengths are available: the service&apos;s list could not be fetched. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in standard lengths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;use within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock&apos;s next midnight, %1 on this clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lock is set to %1, which the lengths known for %2 do not include. Refresh the lengths, or check the lock&apos;s model and NetCode mode in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueService</name>
    <message>
        <source>Choose a valid start first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key for %1 is not stored on this computer. Enter it again in the lock&apos;s settings (Edit lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code could not be saved in history (%1). Write it down now: it will not be found in History later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code could not be saved in history (%1). Write it down now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key is kept only until NetCode Desk closes. It was not written to any file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column. Expected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lock model; use KL1060, KL1060C2, KL1060G3 or K3CONNECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NetCode mode; use standard, rental, long-rental, end-date or 24-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Room 101, Locker A-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site, floor or bank of lockers (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timecode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timecode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits, e.g. 202604221226</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits, e.g. 921239</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart-lock &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart-lock id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 characters from the K3 Connect lock list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the K3 Connect app; kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock follows daylight saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock&apos;s clock &amp;follows daylight saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetCode m&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured NetCode mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at the top of the list (fa&amp;vourite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock&apos;s clock moves with daylight saving in %1, like a wall clock. Smart locks can be set up this way; if codes work an hour early or late, untick this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock keeps standard time all year and never changes for daylight saving (KitLocks work this way). NetCode Desk converts for you: in summer the lock&apos;s clock is an hour behind the wall clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change NetCode mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 from &quot;%2&quot; to &quot;%3&quot;?

Only do this after the lock itself has been switched. Codes already issued in the old mode will stop working on the lock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockListModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Time zone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockListPanel</name>
    <message>
        <source>Find a lock (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Locks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockModelCatalogue</name>
    <message>
        <source>Enter the code on the keypad, then turn the knob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press * then enter the code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockRepository</name>
    <message>
        <source>The lock could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockValidator</name>
    <message>
        <source>Give the lock a name, for example the room or locker number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another lock is already called &quot;%1&quot;. Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the lock&apos;s timecode: the 12 digits of the date and time it was set up (year, month, day, hour, minute), for example 202604221226.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timecode may contain digits only, for example 202604221226.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timecode has %1 digits; it needs exactly 12 (year, month, day, hour, minute), for example 202604221226.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timecode %1 is not a real date and time. Read it again from the lock&apos;s set-up record: year, month, day, hour, minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the lock id: the 6 digits from the lock&apos;s set-up record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock id may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock id has %1 digits; it needs exactly 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock id cannot start with 0; lock ids run from 100000 to 999999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the smart lock&apos;s id: 32 characters (digits and letters a to f) from the K3 Connect lock list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart-lock id may contain only digits and the letters a to f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart-lock id has %1 characters; it needs exactly 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key from the K3 Connect app (letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key may contain only letters and digits, exactly as the K3 Connect app shows it (capitals matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the time zone the lock is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Choose one from the list, for example Europe/London.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NetCode Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO MODE — codes come from the built-in simulator and will not open real locks. Enter your site&apos;s API key in Settings to issue real codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NetCode Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;NetCode Desk %1&lt;/b&gt;&lt;p&gt;Issue time-limited keypad codes for Codelocks and KitLock locks, and keep a record of every one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo codes are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lock, a length and a valid start first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code issued for %1 and saved in history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for the guest copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email program is set up on this computer. Use Copy message and paste it into your email instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the lock &quot;%1&quot; from this desk? Codes already issued for it stay in history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint from history — no new code was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — NetCode Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import smart locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart locks added: %1, updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a fresh code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service gives the same code for the same lock, start and length, and bills every request. Ask it again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NetCode requests this month: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>NetCode requests this month: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s monthly quota is used up: the service may refuse requests until next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 80% of the plan&apos;s monthly quota is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key of the K3 Connect account (from the K3 Connect app, letters and digits; capitals matter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the account&apos;s smart locks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is kept for %1 days. Delete the %2 codes issued before %3 now? This cannot be undone (backups still hold them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes deleted from history: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database check found a problem (%1). Keep working only if you must: restore the latest backup (File → Restore from a backup…) and restart NetCode Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1? Codes issued after that backup will no longer be in History (the current database is kept beside it). NetCode Desk finishes the restore when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and start NetCode Desk again to finish restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for %1 reissued from history, free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netcode-history.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes exported: %1, to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netcode-locks.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows have problems, so nothing has been imported yet:

%1

Import only the %2 rows without problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks imported: %1. Smart locks need their access key (Edit lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock %1 is no longer on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new start for %1, then Issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to NetCode Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetCode Desk is running in demo mode: codes come from a built-in simulator and open no real lock, so you can try everything safely.

To issue real codes, enter your site&apos;s API key — you find it in the Codelocks developer portal under your account&apos;s API keys — and your property&apos;s name and help phone for the guest slip.

Enter them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-back check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code on the screen, as you will give it to the guest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the code on the screen. Nothing was printed or copied; read it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetCodeModes</name>
    <message>
        <source>Standard (single-use or multi-use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium-term rental (1–21 days, one code at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term rental (up to a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date (expires at midnight on a set date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hour (starts on any hour)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message for the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save slip as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO code from the built-in simulator — it will not open a real lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the Codelocks service for the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code appears here, large, once issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry (may be billed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a fresh code from the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a &amp;fresh code (billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissued from history — no new charge. This exact code was first issued %1.</source>
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
        <source>&lt;b&gt;Codelocks Connect&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 letters and digits; empty runs the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your site&apos;s key from the Codelocks developer portal. It is kept in the system keychain, never in a file. Leave it empty to use demo mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NetCode path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetCode path and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utility path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility path and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Guest slip&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Property name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or desk, shown in history and on slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget the stored key (back to demo mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the keychain — type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key contains only letters and digits. Copy it again from the developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An API key has 40 letters and digits; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The API host must be a full address starting with https://, for example https://api-connect.codelocks.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This desk&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan&apos;s monthly &amp;quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan&apos;s monthly quota of NetCode requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> NetCode requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep history for this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always (nothing is deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days, then delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip &amp;paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper the guest slip is printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-back check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;d-back check: the code must be typed again before a slip is printed or a message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Guest slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartLockImporter</name>
    <message>
        <source>K3 Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart lock %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartTimeRules</name>
    <message>
        <source>Choose a lock, a length and a start first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on this clock: the clocks go forward that night. Choose %2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice that night (the clocks go back); the earlier one, %2, is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midnight does not exist on the lock&apos;s clock on %1 (its clocks go forward then). Choose another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes start on the hour: you asked %1, the code starts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the code should end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start. Choose %2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Date codes expire at most %1 days ahead. The latest last day is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hour added so the guest keeps the time paid for: %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hour cannot be added: %1 is the longest hourly code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of whole days start at midnight on the lock&apos;s clock: you asked %1, the code starts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That start is in the past. The earliest start for this code is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks change on %1 during this code&apos;s window; the times shown allow for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Codelocks service does not offer End Date codes that long (%n days) for this lock&apos;s model. Choose an earlier end date or refresh the lengths.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidityText</name>
    <message>
        <source>Lock clock %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 %2 for up to a year (until %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works until the end of %1 (expires %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be used for the first time by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Issue NetCodes for Codelocks and KitLock locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this database file (default: the app&apos;s data folder; or set NETCODE_DESK_DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this settings file (or set NETCODE_DESK_SETTINGS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the built-in simulator even if an API key is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetCode Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — demo mode until the key can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
