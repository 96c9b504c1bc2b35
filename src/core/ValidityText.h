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

// `readAtUtc`: when the text is read (issued, or now); dates in another year than that carry their
// year. Invalid: the window's start year is taken as known.
class ValidityText {
public:
    static QStringList lines(const ValidityFacts& facts, const QTimeZone& deskZone, const ClockFrame& frame,
                             const QDateTime& readAtUtc = {});
    // The lines a guest needs (no lock clock): window, End Date expiry, first-use deadline.
    static QStringList guestLines(const ValidityFacts& facts, const QTimeZone& zone, const ClockFrame& frame,
                                  const QDateTime& readAtUtc = {});
    // Set when the clocks change inside a window of up to 35 days: in `zone`, or else on a lock
    // that follows summer time. Empty otherwise. Part of lines() and guestLines().
    static QString clockChangeNote(const ValidityFacts& facts, const QTimeZone& zone, const ClockFrame& frame,
                                   const QDateTime& readAtUtc = {});
};
