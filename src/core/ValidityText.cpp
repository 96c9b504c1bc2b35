#include "ValidityText.h"

#include "TimeText.h"

#include <QCoreApplication>

namespace {
QDate referenceDate(const ValidityFacts& f, const QTimeZone& zone, const QDateTime& readAtUtc)
{
    return readAtUtc.isValid() ? readAtUtc.toTimeZone(zone).date() : f.windowStartUtc.toTimeZone(zone).date();
}

QString windowLine(const ValidityFacts& f, const QTimeZone& zone, const QDate& today)
{
    if (f.mode == IssueMode::LongTermRental)
        return QCoreApplication::translate("ValidityText", "Valid from %1 %2 for up to a year (until %3)")
            .arg(TimeText::dateTime(f.windowStartUtc.toTimeZone(zone), today),
                 TimeText::zoneAbbreviation(f.windowStartUtc.toTimeZone(zone)), TimeText::date(f.windowEndUtc.toTimeZone(zone).date()));
    // Each end carries its own zone when the clocks change between them ("00:00 GMT – 04:00 BST"),
    // so a 3-hour code never reads as 2 or 4 hours.
    const QString window = TimeText::windowWithZones(f.windowStartUtc, f.windowEndUtc, zone, today);
    const qsizetype lastSpace = window.lastIndexOf(QLatin1Char(' '));
    return QCoreApplication::translate("ValidityText", "Valid %1 %2").arg(window.left(lastSpace), window.mid(lastSpace + 1));
}

QStringList deadlineLines(const ValidityFacts& f, const QTimeZone& zone, const ClockFrame& frame, const QDate& today)
{
    QStringList lines;
    if (f.mode == IssueMode::EndDate) {
        // Expiry is at the lock's midnight: its last day is the day before, on the lock's calendar.
        const QDateTime lockEnd = f.windowEndUtc.toTimeZone(frame.effectiveZone(f.windowEndUtc));
        lines << QCoreApplication::translate("ValidityText", "Works until the end of %1 (expires %2)")
                     .arg(TimeText::date(lockEnd.addSecs(-1).date()), TimeText::dateTime(f.windowEndUtc.toTimeZone(zone), today));
    }
    if (f.firstUseByUtc.isValid())
        lines << QCoreApplication::translate("ValidityText", "Must be used for the first time by %1")
                     .arg(TimeText::dateTime(f.firstUseByUtc.toTimeZone(zone), today));
    return lines;
}

QDateTime firstTransitionWithin(const QTimeZone& zone, const QDateTime& startUtc, const QDateTime& endUtc)
{
    if (!zone.isValid() || !zone.hasTransitions())
        return {};
    const QTimeZone::OffsetData next = zone.nextTransition(startUtc);
    if (next.atUtc.isValid() && next.atUtc < endUtc)
        return next.atUtc;
    return {};
}
} // namespace

QString ValidityText::clockChangeNote(const ValidityFacts& f, const QTimeZone& zone, const ClockFrame& frame, const QDateTime& readAtUtc)
{
    // A year-long code always spans both changes: saying so would be noise.
    constexpr qint64 kNoteMaxSecs = 35LL * 86400;
    if (!f.windowStartUtc.isValid() || !f.windowEndUtc.isValid() || f.windowStartUtc.secsTo(f.windowEndUtc) > kNoteMaxSecs)
        return {};
    QDateTime change = firstTransitionWithin(zone, f.windowStartUtc, f.windowEndUtc);
    if (!change.isValid() && frame.followsDst)
        change = firstTransitionWithin(frame.zone, f.windowStartUtc, f.windowEndUtc);
    if (!change.isValid())
        return {};
    return QCoreApplication::translate("StartTimeRules", "The clocks change on %1 during this code's window; the times shown allow for it.")
        .arg(TimeText::dateTime(change.toTimeZone(zone), referenceDate(f, zone, readAtUtc)));
}

QStringList ValidityText::lines(const ValidityFacts& f, const QTimeZone& deskZone, const ClockFrame& frame, const QDateTime& readAtUtc)
{
    const QDate today = referenceDate(f, deskZone, readAtUtc);
    QStringList lines{windowLine(f, deskZone, today)};
    const QDateTime wallStart = f.windowStartUtc.toTimeZone(deskZone);
    const QDateTime lockStart = f.windowStartUtc.toTimeZone(frame.effectiveZone(f.windowStartUtc));
    const QDateTime lockEnd = f.windowEndUtc.toTimeZone(frame.effectiveZone(f.windowEndUtc));
    const bool sameReading = lockStart.offsetFromUtc() == wallStart.offsetFromUtc()
                             && lockEnd.offsetFromUtc() == f.windowEndUtc.toTimeZone(deskZone).offsetFromUtc();
    if (!sameReading || frame.zone.id() != deskZone.id()) {
        const QString lockWindow = lockStart.date() == lockEnd.date()
                                       ? QStringLiteral("%1–%2").arg(TimeText::time(lockStart), TimeText::time(lockEnd))
                                       : QStringLiteral("%1 – %2").arg(TimeText::dateTime(lockStart, today), TimeText::dateTime(lockEnd, today));
        lines << QCoreApplication::translate("ValidityText", "Lock clock %1 (%2)").arg(lockWindow, frame.describe(f.windowStartUtc));
    }
    lines << deadlineLines(f, deskZone, frame, today);
    if (const QString note = clockChangeNote(f, deskZone, frame, readAtUtc); !note.isEmpty())
        lines << note;
    return lines;
}

QStringList ValidityText::guestLines(const ValidityFacts& f, const QTimeZone& zone, const ClockFrame& frame, const QDateTime& readAtUtc)
{
    const QDate today = referenceDate(f, zone, readAtUtc);
    QStringList lines = QStringList{windowLine(f, zone, today)} + deadlineLines(f, zone, frame, today);
    if (const QString note = clockChangeNote(f, zone, frame, readAtUtc); !note.isEmpty())
        lines << note;
    return lines;
}
