#pragma once

#include "ClockFrame.h"
#include "ValidityText.h"

#include <QDateTime>
#include <QString>

// One code issued at this desk: the site's only record of it (the vendor records nothing).
struct HistoryEntry {
    enum class Source { Api, Reused, Demo };
    enum class Outcome { Issued, Failed };
    enum class Status { Upcoming, Active, Expired, Failed };

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

    Status status(const QDateTime& nowUtc) const;
    IssueMode issueMode() const;
    ValidityFacts validity() const { return {issueMode(), windowStartUtc, windowEndUtc, firstUseByUtc}; }
    // The lock's clock when the code was issued; `fallback` for rows written before it was kept.
    ClockFrame lockFrame(const QTimeZone& fallback) const;
    static QString sourceName(Source source);
    static Source sourceFromName(const QString& name);
    static QString statusText(Status status); // translated
    static QString sourceText(Source source); // translated
};
