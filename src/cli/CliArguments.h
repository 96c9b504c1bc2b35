#pragma once

#include "IssueMode.h"
#include "NetCodeMode.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Reading the command line's own notations; each returns false for text it cannot read.
class CliArguments {
public:
    // "3h" -> 3 hours, "2d" -> 2 days.
    static bool length(const QString& text, int* hours, int* days);
    // single-use | multi-use | rental | long-rental | end-date | 24-hour
    static bool issueMode(const QString& text, IssueMode* mode);
    // standard | rental | long-rental | end-date | 24-hour (single-use / multi-use mean standard)
    static bool configuredMode(const QString& text, NetCodeMode* mode);
    // "YYYY-MM-DD HH:MM", or "YYYY-MM-DD" alone (midnight).
    static bool wallTime(const QString& text, QDate* date, QTime* time);
    // "YYYY-MM-DD HH:MM" only: an arrival or a departure has a time of day.
    static bool stayTime(const QString& text, QDate* date, QTime* time);
    static bool date(const QString& text, QDate* date);
};
