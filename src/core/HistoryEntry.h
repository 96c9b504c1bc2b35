#pragma once

#include "ClockFrame.h"
#include "ValidityText.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

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
    // Two guests holding one code: the desk agreed to give this row's code (first held by another
    // guest, in row `sharesCodeWith`) to this row's guest too. Stored on the later row only.
    qint64 sharesCodeWith = 0;
    // Read with a page, never stored: the other guest holding this row's code (the row it shares
    // with, or else the first later row that shares this one's), and how many later rows share
    // this row's code.
    qint64 otherHolderId = 0;
    QString otherHolderGuest;
    QString otherHolderRoom;
    QDateTime otherHolderIssuedAtUtc;
    int alsoHeldBy = 0;

    bool isPending() const { return outcome == Outcome::Claimed || outcome == Outcome::Sent; }
    bool hasCode() const { return outcome == Outcome::Issued && !code.isEmpty(); }
    // Another guest holds the same code (this row shares theirs, or theirs shares this one's).
    bool codeShared() const { return sharesCodeWith > 0 || alsoHeldBy > 0; }
    // "Guest (room 12)", "room 12", "guest" or empty: who a row names, for messages.
    static QString holderText(const QString& guestName, const QString& room);
    // The text History shows for a shared code: "Shares the code of …" / "Also held by …".
    QString sharingText(const QTimeZone& deskZone) const;
    // Whether handing `row`'s code to `guestName`/`room` gives it to somebody else: `row` names a
    // guest or room that differs (trimmed, case-insensitive); the same guest without a room (on
    // either side) is the same guest. A row that names nobody is nobody's.
    static bool namesOtherGuest(const HistoryEntry& row, const QString& guestName, const QString& room);
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
    // Who issued a code from the command line when the computer has no desk name set:
    // "(command line) LOGIN", stored as it is (the audit log's and History's wording).
    static QString commandLineIssuer(const QString& login);
    // Whether `issuedBy` is such a name: a guest is never shown it (a computer login means
    // nothing to them and says too much).
    bool issuedFromCommandLine() const;
    // History's Length: the length the code was issued for, in the desk's language now (the
    // stored durationLabel is in the language of whoever issued it), e.g. "3 hours", "2 days",
    // "first use within 6 hours". The stored label when the window does not say (empty for End
    // Date codes).
    QString lengthText(const QTimeZone& deskZone) const;
};
