#include "TimeText.h"

#include <QCoreApplication>
#include <QLocale>

QString TimeText::time(const QDateTime& dt)
{
    return dt.toString(QStringLiteral("HH:mm"));
}

QString TimeText::date(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString TimeText::dateTime(const QDateTime& dt)
{
    return QLocale().toString(dt, QStringLiteral("ddd d MMM HH:mm"));
}

QString TimeText::zoneAbbreviation(const QDateTime& dt)
{
    return dt.timeZoneAbbreviation();
}

QString TimeText::window(const QDateTime& startUtc, const QDateTime& endUtc, const QTimeZone& zone)
{
    const QDateTime start = startUtc.toTimeZone(zone);
    const QDateTime end = endUtc.toTimeZone(zone);
    const QString endText = end.date() == start.date() ? time(end) : dateTime(end);
    return QStringLiteral("%1 – %2").arg(dateTime(start), endText);
}

QString TimeText::validity(const QDateTime& startUtc, const QDateTime& endUtc, const QTimeZone& deskZone,
                           const ClockFrame& frame)
{
    const QDateTime wallStart = startUtc.toTimeZone(deskZone);
    QString text = QCoreApplication::translate("TimeText", "Valid %1 %2")
                       .arg(window(startUtc, endUtc, deskZone), zoneAbbreviation(wallStart));
    const QTimeZone lockZone = frame.effectiveZone(startUtc);
    const QDateTime lockStart = startUtc.toTimeZone(lockZone);
    const QDateTime lockEnd = endUtc.toTimeZone(frame.effectiveZone(endUtc));
    const bool sameReading = lockStart.offsetFromUtc() == wallStart.offsetFromUtc()
                             && lockEnd.offsetFromUtc() == endUtc.toTimeZone(deskZone).offsetFromUtc();
    const bool sameZone = frame.zone.id() == deskZone.id();
    if (!sameReading || !sameZone) {
        const QString lockWindow = lockStart.date() == lockEnd.date()
                                       ? QStringLiteral("%1–%2").arg(time(lockStart), time(lockEnd))
                                       : QStringLiteral("%1 – %2").arg(dateTime(lockStart), dateTime(lockEnd));
        text += QLatin1Char('\n')
                + QCoreApplication::translate("TimeText", "Lock clock %1 (%2)").arg(lockWindow, frame.describe(startUtc));
    }
    return text;
}
