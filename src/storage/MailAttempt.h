#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One try at emailing a code to its guest, recorded on the history row whatever came of it.
// Attempts are only ever added: a retry is a new attempt.
struct MailAttempt {
    // Delivered: the site's mail server accepted the message for delivery.
    // Refused: the server answered no (wrong login, rejected recipient). Failed: no server's
    // decision (no connection, encryption refused or untrusted, too slow, invalid address).
    enum class Outcome { Delivered, Refused, Failed };

    qint64 id = 0;
    qint64 historyId = 0;
    QString recipient;
    QDateTime attemptedAtUtc;
    QString attemptedBy; // staff name (or the desk's "issued by")
    Outcome outcome = Outcome::Failed;
    QString detail; // the desk's message and the server's reply; never a password
    // The language the message was written in ("de"), so that sending it again later speaks the
    // guest's language rather than the desk's. Empty: not known (sent before it was recorded).
    QString language;

    bool isValid() const { return id > 0; }
    bool delivered() const { return outcome == Outcome::Delivered; }
    static QString outcomeName(Outcome outcome); // "delivered" | "refused" | "failed" (as stored)
    static Outcome outcomeFromName(const QString& name);
    // For History: "Emailed to guest@example.com" / "Email refused by the mail server: ..." (translated).
    QString summary() const;
};
Q_DECLARE_METATYPE(MailAttempt)
