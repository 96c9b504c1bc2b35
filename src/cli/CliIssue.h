#pragma once

class CliContext;
struct Lock;
class QString;

// `netcode-desk-cli issue`: one code, from a lock in the database or given inline.
class CliIssue {
public:
    static int run(CliContext& cli);
    // Builds a lock from --model/--timecode/--lock-id or --smart-lock-id/--access-key-env, checked.
    // Returns ExitOk or the code to exit with (the reason is already printed).
    static int inlineLock(CliContext& cli, Lock* lock, QString* accessKey);
};
