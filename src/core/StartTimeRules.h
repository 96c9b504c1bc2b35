#pragma once

#include "ClockFrame.h"
#include "DurationCatalogue.h"
#include "DurationOption.h"

#include <QDateTime>
#include <QString>

// What the desk asked for: a date and time on the desk's wall clock, a mode and a length.
struct StartRequest {
    QDate wallDate;
    QTime wallTime;
    QTimeZone deskZone;
    ClockFrame frame;
    IssueMode mode = IssueMode::StandardMultiUse;
    DurationOption duration;      // the chosen length; not used for End Date
    QDate endDate;                // End Date: the last day the code works, on the lock's calendar
    bool keepPaidTime = false;    // hourly codes: round down and add an hour
    const DurationCatalogue* catalogue = nullptr; // where End Date and "+1 hour" lengths are found
    QDateTime nowUtc;
};

// What will be sent and what the guest gets, or why not.
struct StartPlan {
    enum class Status { Ok, NonExistentWallTime, NonExistentLockTime, InPast, TooFarAhead, NotOffered, InvalidInput };
    Status status = Status::InvalidInput;
    QString refusal;       // why the start cannot be used and what would (translated)
    QString snapNote;      // how the requested time was snapped, in wall time
    QString ambiguityNote; // set when the wall time occurs twice (fall back)
    QString lengthNote;    // an hour added to keep the time paid for, or why not
    QString dstNote;       // the clocks change during the window
    QString lateNote;      // most of the window already over, or first use due soon or at night (LateStart)
    QDateTime betterStartUtc; // with lateNote: a start that gives the guest the whole time, if one does
    QDateTime requestedUtc;
    QDateTime lockStart;   // the snapped start as the lock's clock reads it
    QString startString;   // `start` query value: yyyy-MM-dd HH:mm in the lock's clock
    QDateTime windowStartUtc;
    QDateTime windowEndUtc;
    QDateTime firstUseByUtc; // rental modes: the first-use deadline; invalid otherwise
    DurationOption duration; // the length that will be sent

    bool isOk() const { return status == Status::Ok; }
};

class StartTimeRules {
public:
    static constexpr int kMaxDaysAhead = 365;

    // Converts a wall time into the lock's clock, snaps it there (to the hour; to midnight on the
    // chosen date where the mode needs it), works out the window and deadlines, and checks limits.
    static StartPlan plan(const StartRequest& request);

    // Convenience starts offered by the start picker, as wall times in the desk zone.
    static QDateTime thisHour(const QDateTime& nowUtc, const QTimeZone& deskZone);
    static QDateTime nextHour(const QDateTime& nowUtc, const QTimeZone& deskZone);
    // The lock's next midnight, shown on the desk's wall clock (01:00 for a KitLock in BST).
    static QDateTime nextLockMidnight(const QDateTime& nowUtc, const ClockFrame& frame, const QTimeZone& deskZone);

    static QString startString(const QDateTime& lockReading);
};
