#include "Lock.h"

ClockFrame Lock::clockFrame() const
{
    return {QTimeZone(timeZoneId.toUtf8()), clockFollowsDst};
}

QString Lock::summary() const
{
    return QStringLiteral("%1 · %2").arg(LockModelCatalogue::info(model).wireValue,
                                          NetCodeModes::shortName(configuredMode));
}
