#pragma once

#include "ClockFrame.h"
#include "ValidityText.h"

#include <QDateTime>
#include <QString>

// One code issued at this desk: the site's only record of it (the vendor records nothing).
struct HistoryEntry {
    enum class Source { Api, Reused, Demo };
    // A row of the request ledger moves Claimed -> Sent -> Issued (answered) | Failed | InDoubt.
    // Rows reissued from history are Issued from the start (no request was sent for them).
    enum class Outcome { Issued, Failed, Claimed, Sent, InDoubt };
    // Issuing: claimed or sent and still within its lease (a request on its way, here or at
    // another desk); InDoubt: may have been billed, and no answer was recorded.
    enum class Status { Upcoming, Active, Expired, Failed, InDoubt, Issuing };

    qint64 id = 0;
    QDateTime issuedAtUtc;
    QString issuedBy;
    qint64 lockId = 0;
    QString lockName;
    QString lockModel; // wire value
    QString mode;      // IssueModes storage name
    int durationId = -1;
    QString durationLabel;
    QString startSent; // the exact `start` string sent, in the lock's clock
    QDateTime windowStartUtc;
    QDateTime windowEndUtc;
    QDateTime firstUseByUtc; // rental modes: the first-use deadline
    QString lockTimeZone;    // the lock's clock frame when issued, so the window reads right later
    bool lockFollowsDst = false;
    QString requestPathId;     // the `{id}` sent: KitLock timecode or smart-lock id
    QString requestIdentifier; // the KitLock lock id sent; empty for smart locks (theirs is a secret)
    bool demo = false; // from the built-in simulator, directly or reissued: opens no real lock
    QString code;      // empty for failures: a failure never pretends to be a code
    QString guestName;
    QString room;
    QString reference;
    QString note;
    Source source = Source::Api;
    Outcome outcome = Outcome::Issued;
    QString failureText;
    // The ledger: the canonical request this row claimed (empty for rows reissued from history),
    // who claimed it ("host/pid"), until when the claim is live, and the answer's HTTP status.
    QString requestKey;
    QString claimedBy;
    QDateTime leaseUntilUtc;
    int httpStatus = 0;
    // Slips printed for this code (at any desk) and the last time one was.
    int printCount = 0;
    QDateTime lastPrintedUtc;

    bool isPending() const { return outcome == Outcome::Claimed || outcome == Outcome::Sent; }
    bool hasCode() const { return outcome == Outcome::Issued && !code.isEmpty(); }
    // The desk (computer) that claimed the request, for "being issued at <desk>".
    QString claimingDesk() const;
    Status status(const QDateTime& nowUtc) const;
    IssueMode issueMode() const;
    ValidityFacts validity() const { return {issueMode(), windowStartUtc, windowEndUtc, firstUseByUtc}; }
    // The lock's clock when the code was issued; `fallback` for rows written before it was kept.
    ClockFrame lockFrame(const QTimeZone& fallback) const;
    static QString sourceName(Source source);
    static QString outcomeName(Outcome outcome); // as stored: issued, failed, claimed, sent, in_doubt
    static Outcome outcomeFromName(const QString& name);
    static QString statusName(Status status); // stable, for scripts: upcoming, active, expired, failed, in_doubt
    static Source sourceFromName(const QString& name);
    static QString statusText(Status status); // translated
    static QString sourceText(Source source); // translated
};
