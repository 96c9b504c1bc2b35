#pragma once

#include <QDateTime>
#include <QTimeZone>

// The clock a lock keeps: an IANA zone and whether the lock moves its clock for daylight saving.
// KitLocks keep local *standard* time all year, so their clock is a fixed offset from UTC.
struct ClockFrame {
    QTimeZone zone;
    bool followsDst = false;

    bool isValid() const { return zone.isValid(); }
    // The zone the lock's clock actually reads at (or around) the given instant: the IANA zone
    // itself when the lock follows daylight saving, else that zone's standard offset.
    QTimeZone effectiveZone(const QDateTime& aroundUtc) const;
    // What the lock's clock shows at an instant.
    QDateTime lockReading(const QDateTime& instant) const;
    // Short description: "Europe/London, no daylight saving (UTC+00:00)".
    QString describe(const QDateTime& aroundUtc) const;
};
