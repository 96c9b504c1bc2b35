#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

// A date and time read off a clock in a zone is not always one instant: in the spring-forward gap it
// is none, in the fall-back hour it is two. Callers must handle each case explicitly.
struct WallTimeResolution {
    enum class Kind { Unique, Gap, Ambiguous };
    Kind kind = Kind::Gap;
    QDateTime first;  // the only instant, or the earlier of two
    QDateTime second; // the later instant when ambiguous
    QDateTime afterGap; // for a gap: the same reading pushed past the transition
};

class WallTime {
public:
    static WallTimeResolution resolve(const QDate& date, const QTime& time, const QTimeZone& zone);
    // Reads a clock reading ("2027-03-28 01:30") as plain date and time, whatever the computer's own
    // zone: a reading that falls into this computer's spring-forward gap is still a reading.
    // Returned with a UTC time spec; invalid when the text does not match `format`.
    static QDateTime parseReading(const QString& text, const QString& format);
};
