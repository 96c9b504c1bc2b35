#pragma once

#include "IssueMode.h"

#include <QDate>
#include <QList>
#include <QString>

// One entry of the duration catalogue: the API's `duration` id and what it means for its mode.
//  - standard codes: `hours` (1-12, start on the hour) or `days` (1-7, start at the lock's midnight)
//  - medium-term rental: `days` (1-21, start at midnight); first use within 24 hours of the start
//  - long-term rental: `hours`/`days` are the validation period (first use within it); the code
//    then lasts up to a year
//  - End Date: `days` = n, the code expires at the lock's midnight n days after its start date
//  - 24 hour: 24 hours from any hour
struct DurationOption {
    int id = -1;
    IssueMode mode = IssueMode::StandardMultiUse;
    int hours = 0;
    int days = 0;

    static constexpr int kLongRentalDays = 365;

    bool isValid() const { return id >= 0 && (hours > 0 || days > 0); }
    // Whether the code must start at the lock's midnight.
    bool startsAtMidnight() const;
    // Seconds from the first-use start to the first-use deadline; 0 when the mode has none.
    qint64 firstUseWindowSecs() const;
    QString label() const; // "3 hours", "2 days", "first use within 6 hours" — translated
    bool operator==(const DurationOption&) const = default;
};

// The standard table that is confirmed public: id 0..11 = 1..12 hours, id 12..18 = 1..7 days.
// No other id is known to the client; everything else comes from the service's catalogue.
class StandardDurations {
public:
    static const QList<DurationOption>& all();
    static const DurationOption* byId(int id);
};
