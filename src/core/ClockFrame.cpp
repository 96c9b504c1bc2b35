#include "ClockFrame.h"

#include <QCoreApplication>

QTimeZone ClockFrame::effectiveZone(const QDateTime& aroundUtc) const
{
    if (followsDst)
        return zone;
    return QTimeZone(zone.standardTimeOffset(aroundUtc));
}

QDateTime ClockFrame::lockReading(const QDateTime& instant) const
{
    return instant.toTimeZone(effectiveZone(instant));
}

QString ClockFrame::describe(const QDateTime& aroundUtc) const
{
    const QString zoneId = QString::fromUtf8(zone.id());
    if (followsDst)
        return QCoreApplication::translate("ClockFrame", "%1, follows daylight saving").arg(zoneId);
    const QString offset = QTimeZone(zone.standardTimeOffset(aroundUtc)).displayName(
        QTimeZone::StandardTime, QTimeZone::OffsetName);
    return QCoreApplication::translate("ClockFrame", "%1 standard time all year (%2, no daylight saving)")
        .arg(zoneId, offset);
}
