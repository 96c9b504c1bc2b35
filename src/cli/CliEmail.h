#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class CliContext;
class QString;
class QTimeZone;
struct HistoryEntry;
struct MailRowState;

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
    // --language, when given, is one NetCode Desk speaks; else a clear message (exit 2).
    static int checkLanguage(CliContext& cli);
    // With the session open and before a code is asked for: a mail server is set up.
    static int checkServer(CliContext& cli);
    // After `entry` was issued and written to history with exit code `issueCode`: emails it when
    // --email was given. Returns `issueCode`, ExitMailFailure when the email did not (or may not
    // have) reached the server, or ExitLocalFailure when its outcome could not be recorded. With
    // --json the email's outcome goes into `json` as "email" (one document for the whole run).
    static int afterIssue(CliContext& cli, const HistoryEntry& entry, int issueCode, QJsonObject* json = nullptr);
    // `history email ID ADDRESS`: in --language when given, else in the language the row's latest
    // email was written in, else as a first email would be.
    static int historyEmail(CliContext& cli);

    // A row's emails for `history list --json`: "state" (the latest attempt: delivered, refused,
    // failed, unknown, sending), "to", "at", "attempts", "delivered" (any attempt ever was).
    static QJsonObject stateJson(const MailRowState& state, const QTimeZone& zone);

private:
    // `again`: the row may have been emailed before (its language is then kept). With `json`, the
    // email's outcome goes into it as "email".
    static int send(CliContext& cli, const HistoryEntry& entry, const QString& address, QJsonObject* json, bool again);
};
