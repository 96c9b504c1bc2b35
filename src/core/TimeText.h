#pragma once

#include "ClockFrame.h"

#include <QDateTime>
#include <QString>

// How times are written for people: "Sat 14 Mar 15:00", "Sat 14 Mar 15:00 – 18:00". Uses the
// application's default QLocale so the UI language decides day and month names.
class TimeText {
public:
    static QString time(const QDateTime& dt);
    static QString date(const QDate& date);
    static QString dateTime(const QDateTime& dt);
    static QString zoneAbbreviation(const QDateTime& dt);
    // A window shown in one zone: the end repeats the date only when it differs.
    static QString window(const QDateTime& startUtc, const QDateTime& endUtc, const QTimeZone& zone);
};
