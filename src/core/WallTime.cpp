#include "WallTime.h"

#include <QList>
#include <algorithm>

WallTimeResolution WallTime::resolve(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    WallTimeResolution result;
    const QDateTime naiveUtc(date, time, QTimeZone::utc());
    // Every offset in force within a day either side; transitions never come closer than that.
    QList<int> offsets;
    for (qint64 shift : {-86400LL, 0LL, 86400LL}) {
        const int offset = zone.offsetFromUtc(naiveUtc.addSecs(shift));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    QList<QDateTime> instants;
    for (int offset : offsets) {
        const QDateTime candidate = naiveUtc.addSecs(-offset);
        const QDateTime local = candidate.toTimeZone(zone);
        if (local.date() == date && local.time() == time && !instants.contains(candidate))
            instants.append(candidate);
    }
    std::sort(instants.begin(), instants.end());
    if (instants.isEmpty()) {
        result.kind = WallTimeResolution::Kind::Gap;
        // Read with the offset that applied before the jump, the time lands just after it.
        const int before = zone.offsetFromUtc(naiveUtc.addSecs(-86400));
        result.afterGap = naiveUtc.addSecs(-before).toTimeZone(zone);
        return result;
    }
    result.first = instants.first().toTimeZone(zone);
    if (instants.size() > 1) {
        result.kind = WallTimeResolution::Kind::Ambiguous;
        result.second = instants.last().toTimeZone(zone);
    } else {
        result.kind = WallTimeResolution::Kind::Unique;
    }
    return result;
}

QDateTime WallTime::parseReading(const QString& text, const QString& format)
{
    // Parsed in local time, a reading inside the local gap comes back "invalid" but with its date and
    // time intact; other failures leave the date or the time invalid.
    const QDateTime parsed = QDateTime::fromString(text, format);
    if (!parsed.date().isValid() || !parsed.time().isValid())
        return {};
    const QDateTime reading(parsed.date(), parsed.time(), QTimeZone::utc());
    // Reject what Qt accepted loosely: the reading must print back exactly as given.
    if (reading.toString(format) != text)
        return {};
    return reading;
}
