#include "TimeText.h"

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
    QString endText = end.date() == start.date() ? time(end) : dateTime(end);
    if (end.date().year() != start.date().year())
        endText = QLocale().toString(end, QStringLiteral("ddd d MMM yyyy HH:mm"));
    return QStringLiteral("%1 – %2").arg(dateTime(start), endText);
}
