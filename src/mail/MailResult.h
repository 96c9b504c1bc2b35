#pragma once

#include <QMetaType>
#include <QString>

// How one send ended. Delivered: the server accepted the message for delivery (what happens
// after that is the server's business). Refused: the server answered and said no (a wrong
// password, a rejected recipient); `serverReply` holds its words. Failed: no server's decision
// (cannot connect, encryption refused or not trusted, too slow, an invalid address).
struct MailResult {
    enum class Outcome { Delivered, Refused, Failed };

    Outcome outcome = Outcome::Failed;
    QString message;     // for the desk, translated; never the password
    QString serverReply; // the server's last reply ("550 5.1.1 <x@y>: Recipient address rejected")
    int curlCode = 0;    // for the log
    qint64 elapsedMs = 0;

    bool delivered() const { return outcome == Outcome::Delivered; }
    // "delivered", "refused", "failed": as stored with the attempt.
    static QString outcomeName(Outcome outcome);
    static Outcome outcomeFromName(const QString& name);
    // "Sent", "Refused by the mail server", "Not sent", translated.
    static QString outcomeLabel(Outcome outcome);
};
Q_DECLARE_METATYPE(MailResult)
