#pragma once

#include <QCoreApplication>

class CliContext;
class QString;
struct HistoryEntry;

// Emailing a code to its guest from the command line, through the site's mail server:
// `issue … --email ADDRESS [--attach-slip] [--language CODE]` once the code is in history, and
// `history email ID ADDRESS`. The mail server's password comes from the keychain, or for this run
// from NETCODE_DESK_MAIL_PASSWORD. Every attempt is recorded on the row.
class CliEmail {
    Q_DECLARE_TR_FUNCTIONS(CliEmail)

public:
    // Before anything is sent: the address and language given are usable. ExitOk or the code to
    // exit with (the reason printed).
    static int checkOptions(CliContext& cli);
    // With the session open and before a code is asked for: a mail server is set up.
    static int checkServer(CliContext& cli);
    // After `entry` was issued and written to history with exit code `issueCode`: emails it when
    // --email was given. Returns `issueCode`, or ExitMailFailure when the email did not go.
    static int afterIssue(CliContext& cli, const HistoryEntry& entry, int issueCode);
    // `history email ID ADDRESS`: in --language when given, else in the language the row's latest
    // email was written in, else as a first email would be.
    static int historyEmail(CliContext& cli);

private:
    // `again`: the row may have been emailed before (its language is then kept).
    static int send(CliContext& cli, const HistoryEntry& entry, const QString& address, bool again);
};
