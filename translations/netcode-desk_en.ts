<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BatchIssueDialog</name>
    <message numerus="yes">
        <source>%n lock(s): demo codes from the built-in simulator, nothing is billed.</source>
        <translation><numerusform>%n lock: demo code from the built-in simulator, nothing is billed.</numerusform><numerusform>%n locks: demo codes from the built-in simulator, nothing is billed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s).</source>
        <translation><numerusform>%n lock.</numerusform><numerusform>%n locks.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n billed request(s) will be sent to the Codelocks service.</source>
        <translation><numerusform>%n billed request will be sent to the Codelocks service.</numerusform><numerusform>%n billed requests will be sent to the Codelocks service.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) come from history free of charge.</source>
        <translation><numerusform>%n code comes from history free of charge.</numerusform><numerusform>%n codes come from history free of charge.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) issued and saved in history.</source>
        <translation><numerusform>%1 of %n code issued and saved in history.</numerusform><numerusform>%1 of %n codes issued and saved in history.</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Nothing was imported. Rows with problems: %n. Correct them, or add --accept-valid to import only the rows without problems.</source>
        <translation><numerusform>Nothing was imported. Rows with problems: %n. Correct them, or add --accept-valid to import only the rows without problems.</numerusform><numerusform>Nothing was imported. Rows with problems: %n. Correct them, or add --accept-valid to import only the rows without problems.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Locks imported: %n.</source>
        <translation><numerusform>Locks imported: %n.</numerusform><numerusform>Locks imported: %n.</numerusform></translation>
    </message>
</context>
<context>
    <name>DurationOption</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The history is kept for %n day(s).</source>
        <translation><numerusform>The history is kept for %n day.</numerusform><numerusform>The history is kept for %n days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n code(s) issued before %1 now? This cannot be undone (backups still hold them).</source>
        <translation><numerusform>Delete the %n code issued before %1 now? This cannot be undone (backups still hold it).</numerusform><numerusform>Delete the %n codes issued before %1 now? This cannot be undone (backups still hold them).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>NetCode requests this month: %n</source>
        <translation><numerusform>NetCode requests this month: %n</numerusform><numerusform>NetCode requests this month: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lock(s) imported. Smart locks need their access key (Edit lock).</source>
        <translation><numerusform>%n lock imported. Smart locks need their access key (Edit lock).</numerusform><numerusform>%n locks imported. Smart locks need their access key (Edit lock).</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>An API key has 40 letters and digits; this one has %n.</source>
        <translation><numerusform>An API key has 40 letters and digits; this one has %n.</numerusform><numerusform>An API key has 40 letters and digits; this one has %n.</numerusform></translation>
    </message>
</context>
<context>
    <name>StartTimeRules</name>
    <message numerus="yes">
        <source>The Codelocks service does not offer End Date codes that long (%n days) for this lock's model. Choose an earlier end date or refresh the lengths.</source>
        <translation><numerusform>The Codelocks service does not offer End Date codes that long (%n day) for this lock's model. Choose an earlier end date or refresh the lengths.</numerusform><numerusform>The Codelocks service does not offer End Date codes that long (%n days) for this lock's model. Choose an earlier end date or refresh the lengths.</numerusform></translation>
    </message>
</context>
</TS>