#include "TimeText.h"

#include <QLocale>
#include <QRegularExpression>

QString TimeText::datePattern(const QLocale& locale, bool withYear)
{
    QString pattern = locale.dateFormat(QLocale::LongFormat);
    // Short names: "dddd" -> "ddd", "MMMM" -> "MMM" (quoted literals hold no such runs in practice).
    pattern.replace(QStringLiteral("dddd"), QStringLiteral("ddd"));
    pattern.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    // A short day name reads as part of the date: "So. 29. Nov.", not "So., 29. Nov.".
    static const QRegularExpression weekdayComma(QStringLiteral("ddd,"));
    pattern.replace(weekdayComma, QStringLiteral("ddd"));
    if (!withYear) {
        // The year with the separators and words that belong to it: " yyyy", ", yyyy", " 'de' yyyy".
        static const QRegularExpression trailing(QStringLiteral("(?:[\\s,./-]|'[^']*')*y+\\.?$"));
        static const QRegularExpression leading(QStringLiteral("^y+(?:[^dMy']|'[^']*')*"));
        static const QRegularExpression inner(QStringLiteral("(?:[\\s,./-]|'[^']*')*y+"));
        if (pattern.contains(trailing))
            pattern.remove(trailing);
        else if (pattern.contains(leading))
            pattern.remove(leading);
        else
            pattern.remove(inner);
    } else if (!pattern.contains(QLatin1Char('y'))) {
        pattern += QStringLiteral(" yyyy");
    }
    return pattern.trimmed();
}

QString TimeText::time(const QDateTime& dt)
{
    return dt.toString(QStringLiteral("HH:mm"));
}

QString TimeText::date(const QDate& date)
{
    const QLocale locale;
    return locale.toString(date, datePattern(locale, true));
}

QString TimeText::date(const QDate& date, const QDate& today)
{
    const QLocale locale;
    return locale.toString(date, datePattern(locale, today.isValid() && date.year() != today.year()));
}

QString TimeText::dateTime(const QDateTime& dt, const QDate& today)
{
    const QLocale locale;
    const bool withYear = today.isValid() && dt.date().year() != today.year();
    return locale.toString(dt.date(), datePattern(locale, withYear)) + QLatin1Char(' ') + time(dt);
}

QString TimeText::zoneAbbreviation(const QDateTime& dt)
{
    return dt.timeZoneAbbreviation();
}

namespace {
struct WindowEnds {
    QString start;
    QString end;
};

WindowEnds windowEnds(const QDateTime& startUtc, const QDateTime& endUtc, const QTimeZone& zone, const QDate& today)
{
    const QDateTime start = startUtc.toTimeZone(zone);
    const QDateTime end = endUtc.toTimeZone(zone);
    const QDate reference = today.isValid() ? today : start.date();
    QString endText = TimeText::time(end);
    if (end.date() != start.date())
        endText = TimeText::dateTime(end, end.date().year() != start.date().year() ? start.date() : reference);
    return {TimeText::dateTime(start, reference), endText};
}
} // namespace

QString TimeText::window(const QDateTime& startUtc, const QDateTime& endUtc, const QTimeZone& zone, const QDate& today)
{
    const WindowEnds ends = windowEnds(startUtc, endUtc, zone, today);
    return QStringLiteral("%1 – %2").arg(ends.start, ends.end);
}

QString TimeText::windowWithZones(const QDateTime& startUtc, const QDateTime& endUtc, const QTimeZone& zone, const QDate& today)
{
    const WindowEnds ends = windowEnds(startUtc, endUtc, zone, today);
    const QString startZone = zoneAbbreviation(startUtc.toTimeZone(zone));
    const QString endZone = zoneAbbreviation(endUtc.toTimeZone(zone));
    if (startZone == endZone)
        return QStringLiteral("%1 – %2 %3").arg(ends.start, ends.end, endZone);
    return QStringLiteral("%1 %2 – %3 %4").arg(ends.start, startZone, ends.end, endZone);
}
