#include "StartTimeRules.h"

#include "TimeText.h"
#include "WallTime.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("StartTimeRules", text);
}

QDateTime truncatedToHour(const QDateTime& dt)
{
    return QDateTime(dt.date(), QTime(dt.time().hour(), 0), dt.timeZone());
}
} // namespace

QString StartTimeRules::startString(const QDateTime& lockReading)
{
    return lockReading.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

StartPlan StartTimeRules::plan(const StartRequest& request)
{
    StartPlan plan;
    if (!request.wallDate.isValid() || !request.wallTime.isValid() || !request.deskZone.isValid()
        || !request.frame.isValid() || !request.duration.isValid()) {
        plan.refusal = tr("Choose a lock, a length and a start first.");
        return plan;
    }

    const WallTimeResolution wall = WallTime::resolve(request.wallDate, request.wallTime, request.deskZone);
    if (wall.kind == WallTimeResolution::Kind::Gap) {
        plan.status = StartPlan::Status::NonExistentWallTime;
        plan.refusal = tr("%1 does not exist on this clock: the clocks go forward that night. "
                          "Choose %2 or later.")
                           .arg(TimeText::dateTime(QDateTime(request.wallDate, request.wallTime, QTimeZone::utc())),
                                TimeText::time(truncatedToHour(wall.afterGap)));
        return plan;
    }
    if (wall.kind == WallTimeResolution::Kind::Ambiguous) {
        plan.ambiguityNote = tr("%1 happens twice that night (the clocks go back); the earlier one, %2, "
                                "is used.")
                                 .arg(TimeText::time(wall.first), TimeText::zoneAbbreviation(wall.first));
    }
    plan.requestedUtc = wall.first.toUTC();

    const QTimeZone lockZone = request.frame.effectiveZone(plan.requestedUtc);
    const QDateTime reading = plan.requestedUtc.toTimeZone(lockZone);
    QDateTime snapped;
    if (request.duration.isDayLength()) {
        // Day-length codes begin at the lock's midnight on the date the desk chose.
        const WallTimeResolution midnight = WallTime::resolve(request.wallDate, QTime(0, 0), lockZone);
        if (midnight.kind == WallTimeResolution::Kind::Gap) {
            plan.status = StartPlan::Status::NonExistentLockTime;
            plan.refusal = tr("Midnight does not exist on the lock's clock on %1 (its clocks go forward "
                              "then). Choose another date.")
                               .arg(TimeText::date(request.wallDate));
            return plan;
        }
        snapped = midnight.first;
    } else {
        const QDateTime hour = truncatedToHour(reading);
        const WallTimeResolution onHour = WallTime::resolve(hour.date(), hour.time(), lockZone);
        snapped = onHour.kind == WallTimeResolution::Kind::Gap ? onHour.afterGap : onHour.first;
        if (snapped.toUTC() > plan.requestedUtc && onHour.kind == WallTimeResolution::Kind::Ambiguous)
            snapped = onHour.first;
    }

    plan.lockStart = snapped.toTimeZone(request.frame.effectiveZone(snapped.toUTC()));
    plan.startString = startString(plan.lockStart);
    plan.windowStartUtc = snapped.toUTC();
    if (request.frame.followsDst) {
        // The lock counts its window on its own clock, which moves for daylight saving.
        const QDateTime naiveEnd = QDateTime(plan.lockStart.date(), plan.lockStart.time(), QTimeZone::utc())
                                       .addSecs(request.duration.lengthSecs());
        const WallTimeResolution end = WallTime::resolve(naiveEnd.date(), naiveEnd.time(), lockZone);
        plan.windowEndUtc = (end.kind == WallTimeResolution::Kind::Gap ? end.afterGap : end.first).toUTC();
    } else {
        plan.windowEndUtc = plan.windowStartUtc.addSecs(request.duration.lengthSecs());
    }

    const QDateTime requestedWall = plan.requestedUtc.toTimeZone(request.deskZone);
    const QDateTime startWall = plan.windowStartUtc.toTimeZone(request.deskZone);
    if (startWall != requestedWall) {
        if (request.duration.isDayLength()) {
            plan.snapNote = tr("Day-length codes start at midnight on the lock's clock: you asked %1, "
                               "the code starts %2.")
                                .arg(TimeText::dateTime(requestedWall), TimeText::dateTime(startWall));
        } else {
            plan.snapNote = tr("Codes start on the hour: you asked %1, the code starts %2.")
                                .arg(TimeText::time(requestedWall), TimeText::time(startWall));
        }
    }

    // Nothing may start before the current hour on the lock's clock. A day-length code may start at
    // the lock's midnight today, because that is the only way to give a day code that works now.
    const QDateTime nowLock = request.nowUtc.toTimeZone(request.frame.effectiveZone(request.nowUtc));
    const QDateTime currentHour = truncatedToHour(nowLock);
    const bool startsToday = request.duration.isDayLength() && plan.lockStart.date() == nowLock.date();
    if (plan.windowStartUtc < currentHour.toUTC() && !startsToday) {
        plan.status = StartPlan::Status::InPast;
        const QDateTime earliest = request.duration.isDayLength()
                                       ? QDateTime(nowLock.date(), QTime(0, 0), nowLock.timeZone())
                                       : currentHour;
        plan.refusal = tr("That start is in the past. The earliest start for this length is %1.")
                           .arg(TimeText::dateTime(earliest.toTimeZone(request.deskZone)));
        return plan;
    }

    plan.status = StartPlan::Status::Ok;
    return plan;
}

QDateTime StartTimeRules::thisHour(const QDateTime& nowUtc, const QTimeZone& deskZone)
{
    return truncatedToHour(nowUtc.toTimeZone(deskZone));
}

QDateTime StartTimeRules::nextHour(const QDateTime& nowUtc, const QTimeZone& deskZone)
{
    return thisHour(nowUtc, deskZone).addSecs(3600).toTimeZone(deskZone);
}

QDateTime StartTimeRules::tonightMidnight(const QDateTime& nowUtc, const QTimeZone& deskZone)
{
    const QDate tomorrow = nowUtc.toTimeZone(deskZone).date().addDays(1);
    const WallTimeResolution midnight = WallTime::resolve(tomorrow, QTime(0, 0), deskZone);
    return midnight.kind == WallTimeResolution::Kind::Gap ? midnight.afterGap : midnight.first;
}
