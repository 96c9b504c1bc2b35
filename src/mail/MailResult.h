#pragma once

#include <QMetaType>
#include <QString>

// How one send ended. Delivered: the server accepted the message for delivery (what happens
// after that is the server's business). Refused: the server answered and said no (a wrong
// password, a rejected recipient); `serverReply` holds its words. Failed: no server's decision
// and nothing reached it (cannot connect, encryption refused or not trusted, too slow before the
// message went out, an invalid address). Unknown: the message went out but the server's answer
// did not come (a timeout or a cut connection after the data, or the send was stopped then): it
// may reach the guest, so it must not be sent again without asking.
struct MailResult {
    enum class Outcome { Delivered, Refused, Failed, Unknown };

    Outcome outcome = Outcome::Failed;
    QString message;     // for the desk, translated; never the password
    QString serverReply; // the server's last reply ("550 5.1.1 <x@y>: Recipient address rejected")
    int curlCode = 0;    // for the log
    qint64 elapsedMs = 0;

    bool delivered() const { return outcome == Outcome::Delivered; }
    // "delivered", "refused", "failed", "unknown".
    static QString outcomeName(Outcome outcome);
    static Outcome outcomeFromName(const QString& name);
    // "Sent", "Refused by the mail server", "Not sent", "May have been sent", translated.
    static QString outcomeLabel(Outcome outcome);
};
Q_DECLARE_METATYPE(MailResult)
