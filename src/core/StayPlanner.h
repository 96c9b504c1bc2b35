#pragma once

#include "ClockFrame.h"
#include "DurationCatalogue.h"
#include "StartTimeRules.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// A guest's stay as the desk thinks of it: arrival and departure, read on the wall clock of the
// lock's zone (or `wallZone` where the desk reads another clock).
struct StayRequest {
    QDate arrivalDate; // invalid: the guest arrives now
    QTime arrivalTime;
    QDate departureDate;
    QTime departureTime;
    ClockFrame frame;
    QTimeZone wallZone;            // invalid: the lock's own zone
    QList<IssueMode> modes;        // what the lock may take (the mode guard's answer), preferred first
    const DurationCatalogue* catalogue = nullptr;
    QDateTime nowUtc;
};

// The code that covers a stay with the least excess, or why none does. Every warning is meant to be
// shown before anything is charged.
struct StayPlan {
    enum class Status { Ok, InvalidStay, NonExistentTime, NothingCovers, DeadlineBeforeArrival };
    Status status = Status::InvalidStay;
    QString reason;           // why nothing can be issued for this stay (translated)
    QDateTime arrivalUtc;     // the stay as instants; arrival is "now" when it was not given or has passed
    QDateTime departureUtc;
    StartPlan start;          // the chosen start, length (or End Date) and window, as the rules made it
    qint64 excessBeforeSecs = 0; // the code works this long before the guest arrives
    qint64 excessAfterSecs = 0;  // and this long after the guest leaves

    // Never silent: each set when it applies.
    QString leadWarning;      // the code runs long before arrival, and for how long
    QString deadlineWarning;  // the first-use deadline comes soon after arrival
    QString arrivalNote;      // the arrival has passed: covered from now
    QString ambiguityNote;    // an arrival or departure that happens twice (clocks go back)
    QString dstNote;          // the clocks change during the code's window

    bool isOk() const { return status == Status::Ok; }
    IssueMode mode() const { return start.duration.mode; }
    // Every warning and note that applies, most important first.
    QStringList notes() const;
};

class StayPlanner {
public:
    // A code beginning more than this before arrival is said to run "long before" the guest arrives.
    static constexpr qint64 kLongLeadSecs = 3 * 3600;
    // A first-use deadline closer than this to arrival is pointed out, and avoided where a length allows.
    static constexpr qint64 kFirstUseMarginSecs = 3 * 3600;

    // Tries every mode and length the lock offers through StartTimeRules::plan, from the latest start
    // the rules allow at or before arrival, and keeps the window that covers the whole stay with the
    // least excess (then the least lead before arrival).
    static StayPlan plan(const StayRequest& request);

    // "2 days 3 hours", "45 minutes" (translated).
    static QString spanText(qint64 secs);
    // One line setting the window against the stay, on the given wall clock.
    static QString coverText(const StayPlan& plan, const QTimeZone& zone);
};
