#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One try at emailing a code to its guest, recorded on the history row whatever came of it.
// Attempts are only ever added: a retry is a new attempt, and an attempt's outcome is a row of its
// own that settles it (MailAttemptRepository).
struct MailAttempt {
    // Delivered: the site's mail server accepted the message for delivery.
    // Refused: the server answered no (wrong login, rejected recipient). Failed: no server's
    // decision and nothing reached it (no connection, encryption refused or untrusted, too slow
    // before the message went out, invalid address).
    // Unknown: the message went out and no answer was recorded (the server's reply did not come in
    // time, or the program sending it stopped): it may have reached the guest.
    // Sending: on its way now (recorded before anything went to the server).
    enum class Outcome { Delivered, Refused, Failed, Unknown, Sending };

    qint64 id = 0;
    qint64 historyId = 0;
    QString recipient;
    QDateTime attemptedAtUtc;
    QString attemptedBy; // staff name (or the desk's "issued by")
    Outcome outcome = Outcome::Failed;
    QString detail; // the desk's message and the server's reply; never a password
    // A send recorded before it started: the process sending it ("host/pid") and when it has ended
    // whatever happened (after that, no answer means Unknown). Empty for an attempt recorded whole.
    QString sender;
    QDateTime leaseUntilUtc;
    QDateTime settledAtUtc; // when the outcome of such a send was recorded (invalid: not yet, or whole)
    // The language the message was written in ("de"), so that sending it again later speaks the
    // guest's language rather than the desk's. Empty: not known (sent before it was recorded).
    QString language;

    bool isValid() const { return id > 0; }
    bool delivered() const { return outcome == Outcome::Delivered; }
    // The guest may have it (delivered, or unknown): sending again should be a deliberate choice.
    bool maybeDelivered() const { return outcome == Outcome::Delivered || outcome == Outcome::Unknown; }
    bool sending() const { return outcome == Outcome::Sending; }
    // "delivered" | "refused" | "failed" | "unknown" | "sending" (as the command line prints it).
    static QString outcomeName(Outcome outcome);
    static Outcome outcomeFromName(const QString& name);
    // For History: "Emailed to guest@example.com" / "Email refused by the mail server: ..." (translated).
    QString summary() const;
};
Q_DECLARE_METATYPE(MailAttempt)

// Everything History and the watch list need about one row's emails, read in one go.
struct MailRowState {
    MailAttempt latest;        // the newest attempt
    MailAttempt lastDelivered; // the newest delivered one (id 0: none was)
    int attempts = 0;

    bool anyDelivered() const { return lastDelivered.isValid(); }
    // The guest has the code by email, even when a later attempt failed.
    bool guestHasIt() const { return anyDelivered(); }
};
