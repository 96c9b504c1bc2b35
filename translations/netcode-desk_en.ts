<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppSession</name>
    <message numerus="yes">
        <source>%n code(s) issued before %1 deleted</source>
        <translation>
            <numerusform>%n code issued before %1 deleted</numerusform>
            <numerusform>%n codes issued before %1 deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>The last %n change(s) made as a manager, newest first.</source>
        <translation>
            <numerusform>The last change made as a manager.</numerusform>
            <numerusform>The last %n changes made as a manager, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message numerus="yes">
        <source>%n lock(s): demo codes from the built-in simulator, nothing is billed.</source>
        <translation>
            <numerusform>%n lock: demo code from the built-in simulator, nothing is billed.</numerusform>
            <numerusform>%n locks: demo codes from the built-in simulator, nothing is billed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s).</source>
        <translation>
            <numerusform>%n lock.</numerusform>
            <numerusform>%n locks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billed request(s) will be sent to the Codelocks service.</source>
        <translation>
            <numerusform>%n billed request will be sent to the Codelocks service.</numerusform>
            <numerusform>%n billed requests will be sent to the Codelocks service.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) come from history free of charge.</source>
        <translation>
            <numerusform>%n code comes from history free of charge.</numerusform>
            <numerusform>%n codes come from history free of charge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) issued and saved in history.</source>
        <translation>
            <numerusform>%1 of %n code issued and saved in history.</numerusform>
            <numerusform>%1 of %n codes issued and saved in history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) already belong to another guest and will be skipped (issue those on their own to give the same code).</source>
        <translation>
            <numerusform>%n code already belongs to another guest and will be skipped (issue it on its own to give the same code).</numerusform>
            <numerusform>%n codes already belong to another guest and will be skipped (issue those on their own to give the same code).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>One code, held by %n guest(s)</source>
        <translation>
            <numerusform>One code, held by %n guest</numerusform>
            <numerusform>One code, held by %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guests: %1</source>
        <translation>
            <numerusform>%n guest: %1</numerusform>
            <numerusform>%n guests: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeListener</name>
    <message numerus="yes">
        <source>The shared store&apos;s server has not answered for %n second(s).</source>
        <translation>
            <numerusform>The shared store&apos;s server has not answered for %n second.</numerusform>
            <numerusform>The shared store&apos;s server has not answered for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Nothing was imported. Rows with problems: %n. Correct them, or add --accept-valid to import only the rows without problems.</source>
        <translation>
            <numerusform>Nothing was imported. Rows with problems: %n. Correct them, or add --accept-valid to import only the rows without problems.</numerusform>
            <numerusform>Nothing was imported. Rows with problems: %n. Correct them, or add --accept-valid to import only the rows without problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locks imported: %n.</source>
        <translation>
            <numerusform>Locks imported: %n.</numerusform>
            <numerusform>Locks imported: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n code added</numerusform>
            <numerusform>%n codes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were still being issued in the file and are now in doubt (History, In doubt)</source>
        <translation>
            <numerusform>%n of them was still being issued in the file and is now in doubt (History, In doubt)</numerusform>
            <numerusform>%n of them were still being issued in the file and are now in doubt (History, In doubt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) added</source>
        <translation>
            <numerusform>%n lock added</numerusform>
            <numerusform>%n locks added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (kept as they are)</source>
        <translation>
            <numerusform>%n already there (kept as it is)</numerusform>
            <numerusform>%n already there (kept as they are)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request count(s) added</source>
        <translation>
            <numerusform>%n request count added</numerusform>
            <numerusform>%n request counts added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationOption</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message numerus="yes">
        <source>Also held by %n other guest(s).</source>
        <translation>
            <numerusform>Also held by %n other guest.</numerusform>
            <numerusform>Also held by %n other guests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message numerus="yes">
        <source>Slip printed %n time(s), last on %1.</source>
        <translation>
            <numerusform>Slip printed once, on %1.</numerusform>
            <numerusform>Slip printed %n times, last on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockAdmin</name>
    <message numerus="yes">
        <source>%n lock(s) imported from %1</source>
        <translation>
            <numerusform>%n lock imported from %1</numerusform>
            <numerusform>%n locks imported from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The history is kept for %n day(s).</source>
        <translation>
            <numerusform>The history is kept for %n day.</numerusform>
            <numerusform>The history is kept for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n code(s) issued before %1 now? This cannot be undone (backups still hold them).</source>
        <translation>
            <numerusform>Delete the %n code issued before %1 now? This cannot be undone (backups still hold it).</numerusform>
            <numerusform>Delete the %n codes issued before %1 now? This cannot be undone (backups still hold them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NetCode requests this month: %n</source>
        <translation>
            <numerusform>NetCode requests this month: %n</numerusform>
            <numerusform>NetCode requests this month: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported. Smart locks need their access key (Edit lock).</source>
        <translation>
            <numerusform>%n lock imported. Smart locks need their access key (Edit lock).</numerusform>
            <numerusform>%n locks imported. Smart locks need their access key (Edit lock).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported from %1</source>
        <translation>
            <numerusform>%n lock imported from %1</numerusform>
            <numerusform>%n locks imported from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>An API key has 40 letters and digits; this one has %n.</source>
        <translation>
            <numerusform>An API key has 40 letters and digits; this one has %n.</numerusform>
            <numerusform>An API key has 40 letters and digits; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedStorePage</name>
    <message numerus="yes">
        <source>Moved in: %n code(s) added</source>
        <translation>
            <numerusform>Moved in: %n code added</numerusform>
            <numerusform>Moved in: %n codes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) added</source>
        <translation>
            <numerusform>%n lock added</numerusform>
            <numerusform>%n locks added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) were still being issued in the file and are now in doubt (History, In doubt).</source>
        <translation>
            <numerusform>%n code was still being issued in the file and is now in doubt (History, In doubt).</numerusform>
            <numerusform>%n codes were still being issued in the file and are now in doubt (History, In doubt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartTimeRules</name>
    <message numerus="yes">
        <source>The Codelocks service does not offer End Date codes that long (%n days) for this lock&apos;s model. Choose an earlier end date or refresh the lengths.</source>
        <translation>
            <numerusform>The Codelocks service does not offer End Date codes that long (%n day) for this lock&apos;s model. Choose an earlier end date or refresh the lengths.</numerusform>
            <numerusform>The Codelocks service does not offer End Date codes that long (%n days) for this lock&apos;s model. Choose an earlier end date or refresh the lengths.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StayPlanner</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreSetup</name>
    <message numerus="yes">
        <source>Gave %n table(s) and function(s) to netcode_owner.</source>
        <translation>
            <numerusform>Gave %n table or function to netcode_owner.</numerusform>
            <numerusform>Gave %n tables and functions to netcode_owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n other table(s). The store keeps to its own schema &quot;netcode&quot; and does not touch them, but they share the database&apos;s backups and logins; a database of its own (createdb) is usually better.</source>
        <translation>
            <numerusform>This database already holds %n other table. The store keeps to its own schema &quot;netcode&quot; and does not touch it, but they share the database&apos;s backups and logins; a database of its own (createdb) is usually better.</numerusform>
            <numerusform>This database already holds %n other tables. The store keeps to its own schema &quot;netcode&quot; and does not touch them, but they share the database&apos;s backups and logins; a database of its own (createdb) is usually better.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message numerus="yes">
        <source>%n in doubt</source>
        <translation>
            <numerusform>%n in doubt</numerusform>
            <numerusform>%n in doubt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail failed</source>
        <translation>
            <numerusform>%n mail failed</numerusform>
            <numerusform>%n mails failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first-use deadline(s)</source>
        <translation>
            <numerusform>%n first-use deadline</numerusform>
            <numerusform>%n first-use deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ending today</source>
        <translation>
            <numerusform>%n ending today</numerusform>
            <numerusform>%n ending today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended today</source>
        <translation>
            <numerusform>%n ended today</numerusform>
            <numerusform>%n ended today</numerusform>
        </translation>
    </message>
</context>
</TS>
