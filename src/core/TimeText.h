#pragma once

#include "ClockFrame.h"

#include <QDateTime>
#include <QString>

// How times are written for people: "Sat 14 Mar 15:00", "Sat 14 Mar 15:00 – 18:00". Dates follow
// the application's default QLocale: its names and its own order and punctuation ("Sa. 14. März",
// "sáb 14 de mar"), taken from the locale's long date pattern with short names. The year is written
// when asked for, or when the date lies in another year than `today`.
class TimeText {
public:
    static QString time(const QDateTime& dt);
    static QString date(const QDate& date); // always with the year
    static QString date(const QDate& date, const QDate& today); // the year only when not today's
    static QString dateTime(const QDateTime& dt, const QDate& today = {});
    static QString zoneAbbreviation(const QDateTime& dt);
    // A window shown in one zone: the end repeats the date only when it differs. Dates carry their
    // year when it is not today's year (`today` invalid: the start's year needs none).
    static QString window(const QDateTime& startUtc, const QDateTime& endUtc, const QTimeZone& zone, const QDate& today = {});
    // The same with each end's zone abbreviation: one at the end ("15:00 – 18:00 BST"), or one on
    // each end when the clocks change between them ("00:00 GMT – 04:00 BST").
    static QString windowWithZones(const QDateTime& startUtc, const QDateTime& endUtc, const QTimeZone& zone,
                                   const QDate& today = {});
    // The locale's date pattern with short day and month names, with or without the year.
    static QString datePattern(const QLocale& locale, bool withYear);
};
