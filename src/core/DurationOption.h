#pragma once

#include "NetCodeMode.h"

#include <QList>
#include <QString>

// One entry of the duration catalogue: the API's `duration` id and what it means.
struct DurationOption {
    int id = -1;
    NetCodeMode mode = NetCodeMode::Standard;
    int hours = 0; // set for hour-length codes
    int days = 0;  // set for day-length codes (which must start at the lock's midnight)

    bool isValid() const { return id >= 0 && (hours > 0 || days > 0); }
    bool isDayLength() const { return days > 0; }
    qint64 lengthSecs() const { return days > 0 ? qint64(days) * 86400 : qint64(hours) * 3600; }
    QString label() const; // "3 hours", "2 days" — translated
    bool operator==(const DurationOption&) const = default;
};

// The standard table that is confirmed public: id 0..11 = 1..12 hours, id 12..18 = 1..7 days.
// No other id is known to the client; everything else must come from the service's catalogue.
class StandardDurations {
public:
    static const QList<DurationOption>& all();
    static const DurationOption* byId(int id);
};
