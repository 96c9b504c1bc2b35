#include "LateStart.h"

#include "StayPlanner.h"
#include "TimeText.h"

#include <QCoreApplication>

bool LateStart::inTheNight(const QDateTime& deadlineUtc, const QTimeZone& zone)
{
    if (!deadlineUtc.isValid())
        return false;
    const QTime wall = deadlineUtc.toTimeZone(zone).time();
    return wall > QTime(0, 0) && wall.hour() < kNightEndsHour;
}

void LateStart::check(StartPlan* plan, const StartRequest& request)
{
    if (!plan->isOk())
        return;
    const QDateTime now = request.nowUtc;
    const QDateTime deadline = plan->firstUseByUtc;
    const bool dayCode = plan->duration.startsAtMidnight();
    const qint64 total = plan->windowStartUtc.secsTo(plan->windowEndUtc);
    const qint64 left = now.secsTo(plan->windowEndUtc);
    const auto wall = [&request](const QDateTime& utc) { return utc.toTimeZone(request.deskZone); };

    // Dates in another year than today's say which year.
    const QDate today = wall(now).date();
    const auto when = [&](const QDateTime& utc) { return TimeText::dateTime(wall(utc), today); };
    const qint64 passed = plan->windowStartUtc.secsTo(now);

    QStringList said;
    bool startLater = false;
    if (deadline.isValid() && deadline > now && now.secsTo(deadline) < kCloseDeadlineSecs) {
        said << QCoreApplication::translate("LateStart", "The guest must use this code for the first time by %1, only %2 from now.")
                    .arg(when(deadline), StayPlanner::spanText(now.secsTo(deadline)));
        // A day code started at a midnight already past gets a whole day more from the next one;
        // an hourly first use gains nothing from a later hour.
        startLater = dayCode && passed > 0;
    } else if (passed > 0 && total > 0 && (passed * 2 > total || (dayCode && passed > kDayCodeLostSecs))) {
        // Most of the window, or (day codes) more than half a day of it, is gone before the guest
        // gets the code.
        said << QCoreApplication::translate("LateStart", "This code started %1: %2 of its time is already over, and it works only %3 more, until %4.")
                    .arg(when(plan->windowStartUtc), StayPlanner::spanText(passed), StayPlanner::spanText(left),
                         when(plan->windowEndUtc));
        startLater = true;
    } else if (plan->duration.mode == IssueMode::LongTermRental && deadline > now && inTheNight(deadline, request.deskZone)) {
        said << QCoreApplication::translate("LateStart", "The guest must use this code for the first time by %1, in the middle of the night.")
                    .arg(when(deadline));
    }
    if (said.isEmpty())
        return;

    // (A medium-term rental's deadline is always its lock's next midnight: nothing to choose there.)
    // Day codes start at a lock midnight: the next one gives the guest the whole time. An hourly
    // code started this hour can start at the next one.
    if (startLater) {
        const QDateTime better = dayCode ? StartTimeRules::nextLockMidnight(now, request.frame, request.deskZone)
                                         : StartTimeRules::nextHour(now, request.deskZone);
        if (better.toUTC() > plan->windowStartUtc)
            plan->betterStartUtc = better.toUTC();
    }
    if (plan->betterStartUtc.isValid())
        said << QCoreApplication::translate("LateStart", "Starting at %1 gives the guest the whole time; or choose a longer length, or enter the guest's stay.")
                    .arg(when(plan->betterStartUtc));
    else
        said << QCoreApplication::translate("LateStart", "Choose a longer first use or a later start, or enter the guest's stay.");
    plan->lateNote = said.join(QLatin1Char(' '));
}
