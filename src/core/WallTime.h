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
};
