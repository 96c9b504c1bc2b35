#pragma once

#include "ClockFrame.h"
#include "IssueMode.h"

#include <QDateTime>
#include <QStringList>

// Everything a receptionist must know about when a code works, in plain lines: the window on the
// desk's clock, the lock's own clock where it reads differently, the End Date expiry and the
// first-use deadline of rental codes. Used by the preview, the result card, slips and messages.
struct ValidityFacts {
    IssueMode mode = IssueMode::StandardMultiUse;
    QDateTime windowStartUtc;
    QDateTime windowEndUtc;
    QDateTime firstUseByUtc;
};

class ValidityText {
public:
    static QStringList lines(const ValidityFacts& facts, const QTimeZone& deskZone, const ClockFrame& frame);
    // The lines a guest needs (no lock clock): window, End Date expiry, first-use deadline.
    static QStringList guestLines(const ValidityFacts& facts, const QTimeZone& zone, const ClockFrame& frame);
};
