#pragma once

#include "ClockFrame.h"
#include "DurationOption.h"

#include <QDateTime>
#include <QString>

// What the desk asked for: a date and time on the desk's wall clock.
struct StartRequest {
    QDate wallDate;
    QTime wallTime;
    QTimeZone deskZone;
    ClockFrame frame;
    DurationOption duration;
    QDateTime nowUtc;
};

// What will be sent and what the guest gets, or why not.
struct StartPlan {
    enum class Status { Ok, NonExistentWallTime, NonExistentLockTime, InPast, InvalidInput };
    Status status = Status::InvalidInput;
    QString refusal;          // why the start cannot be used and what would (translated)
    QString snapNote;         // how the requested time was snapped, in wall time (translated)
    QString ambiguityNote;    // set when the wall time occurs twice (fall back)
    QDateTime requestedUtc;
    QDateTime lockStart;      // the snapped start as the lock's clock reads it
    QString startString;      // `start` query value: yyyy-MM-dd HH:mm in the lock's clock
    QDateTime windowStartUtc;
    QDateTime windowEndUtc;

    bool isOk() const { return status == Status::Ok; }
};

class StartTimeRules {
public:
    // Converts a wall time into the lock's clock, snaps it there (to the hour; to midnight on the
    // chosen date for day-length codes), and checks it is not in the past.
    static StartPlan plan(const StartRequest& request);

    // Convenience starts offered by the start picker, as wall times in the desk zone.
    static QDateTime thisHour(const QDateTime& nowUtc, const QTimeZone& deskZone);
    static QDateTime nextHour(const QDateTime& nowUtc, const QTimeZone& deskZone);
    static QDateTime tonightMidnight(const QDateTime& nowUtc, const QTimeZone& deskZone);

    static QString startString(const QDateTime& lockReading);
};
