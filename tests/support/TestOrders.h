#pragma once

#include "IssueService.h"
#include "Lock.h"
#include "StartTimeRules.h"

// Locks and orders as tests need them: a KitLock G3 and a standard-mode order for a wall time.
inline Lock testKitLock(const QString& name, const QString& zone = QStringLiteral("Europe/London"))
{
    Lock lock;
    lock.name = name;
    lock.model = LockModelId::KL1060G3;
    lock.timecode = QStringLiteral("202604221226");
    lock.lockNumber = QStringLiteral("921239");
    lock.timeZoneId = zone;
    return lock;
}

inline IssueOrder testOrder(const Lock& lock, const QDate& date, const QTime& wallTime, int standardDurationId,
                            const QDateTime& nowUtc, const QTimeZone& deskZone = QTimeZone("Europe/London"))
{
    StartRequest request;
    request.wallDate = date;
    request.wallTime = wallTime;
    request.deskZone = deskZone;
    request.frame = lock.clockFrame();
    request.duration = *StandardDurations::byId(standardDurationId);
    request.mode = request.duration.mode;
    request.nowUtc = nowUtc;
    IssueOrder order;
    order.lock = lock;
    order.plan = StartTimeRules::plan(request);
    return order;
}
