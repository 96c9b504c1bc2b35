#include "ValidityText.h"

#include "TimeText.h"

#include <QCoreApplication>

namespace {
QString windowLine(const ValidityFacts& f, const QTimeZone& zone)
{
    const QString abbreviation = TimeText::zoneAbbreviation(f.windowStartUtc.toTimeZone(zone));
    if (f.mode == IssueMode::LongTermRental)
        return QCoreApplication::translate("ValidityText", "Valid from %1 %2 for up to a year (until %3)")
            .arg(TimeText::dateTime(f.windowStartUtc.toTimeZone(zone)), abbreviation,
                 TimeText::date(f.windowEndUtc.toTimeZone(zone).date()));
    return QCoreApplication::translate("ValidityText", "Valid %1 %2").arg(TimeText::window(f.windowStartUtc, f.windowEndUtc, zone), abbreviation);
}

QStringList deadlineLines(const ValidityFacts& f, const QTimeZone& zone, const ClockFrame& frame)
{
    QStringList lines;
    if (f.mode == IssueMode::EndDate) {
        // Expiry is at the lock's midnight: its last day is the day before, on the lock's calendar.
        const QDateTime lockEnd = f.windowEndUtc.toTimeZone(frame.effectiveZone(f.windowEndUtc));
        lines << QCoreApplication::translate("ValidityText", "Works until the end of %1 (expires %2)")
                     .arg(TimeText::date(lockEnd.addSecs(-1).date()), TimeText::dateTime(f.windowEndUtc.toTimeZone(zone)));
    }
    if (f.firstUseByUtc.isValid())
        lines << QCoreApplication::translate("ValidityText", "Must be used for the first time by %1").arg(TimeText::dateTime(f.firstUseByUtc.toTimeZone(zone)));
    return lines;
}
} // namespace

QStringList ValidityText::lines(const ValidityFacts& f, const QTimeZone& deskZone, const ClockFrame& frame)
{
    QStringList lines{windowLine(f, deskZone)};
    const QDateTime wallStart = f.windowStartUtc.toTimeZone(deskZone);
    const QDateTime lockStart = f.windowStartUtc.toTimeZone(frame.effectiveZone(f.windowStartUtc));
    const QDateTime lockEnd = f.windowEndUtc.toTimeZone(frame.effectiveZone(f.windowEndUtc));
    const bool sameReading = lockStart.offsetFromUtc() == wallStart.offsetFromUtc()
                             && lockEnd.offsetFromUtc() == f.windowEndUtc.toTimeZone(deskZone).offsetFromUtc();
    if (!sameReading || frame.zone.id() != deskZone.id()) {
        const QString lockWindow = lockStart.date() == lockEnd.date()
                                       ? QStringLiteral("%1–%2").arg(TimeText::time(lockStart), TimeText::time(lockEnd))
                                       : QStringLiteral("%1 – %2").arg(TimeText::dateTime(lockStart), TimeText::dateTime(lockEnd));
        lines << QCoreApplication::translate("ValidityText", "Lock clock %1 (%2)").arg(lockWindow, frame.describe(f.windowStartUtc));
    }
    lines << deadlineLines(f, deskZone, frame);
    return lines;
}

QStringList ValidityText::guestLines(const ValidityFacts& f, const QTimeZone& zone, const ClockFrame& frame)
{
    return QStringList{windowLine(f, zone)} + deadlineLines(f, zone, frame);
}
