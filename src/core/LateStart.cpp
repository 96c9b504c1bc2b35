#include "LateStart.h"

#include "StayPlanner.h"
#include "TimeText.h"

#include <QCoreApplication>

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

    QStringList said;
    bool startLater = false;
    if (plan->windowStartUtc < now && total > 0 && left * 2 < total) {
        said << QCoreApplication::translate("LateStart", "Most of this code's time is already over: it started %1 and works only %2 more, until %3.")
                    .arg(TimeText::dateTime(wall(plan->windowStartUtc)), StayPlanner::spanText(left),
                         TimeText::dateTime(wall(plan->windowEndUtc)));
        startLater = true;
    } else if (deadline.isValid() && deadline > now && now.secsTo(deadline) < kCloseDeadlineSecs) {
        said << QCoreApplication::translate("LateStart", "The guest must use this code for the first time by %1, only %2 from now.")
                    .arg(TimeText::dateTime(wall(deadline)), StayPlanner::spanText(now.secsTo(deadline)));
        // A day code started at a midnight already past gets a whole day more from the next one;
        // an hourly first use gains nothing from a later hour.
        startLater = dayCode && plan->windowStartUtc < now;
    } else if (plan->duration.mode == IssueMode::LongTermRental && deadline.isValid() && deadline > now
               && wall(deadline).time() > QTime(0, 0)
               && wall(deadline).time().hour() < kNightEndsHour) {
        said << QCoreApplication::translate("LateStart", "The guest must use this code for the first time by %1, in the middle of the night.")
                    .arg(TimeText::dateTime(wall(deadline)));
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
                    .arg(TimeText::dateTime(wall(plan->betterStartUtc)));
    else
        said << QCoreApplication::translate("LateStart", "Choose a longer first use or a later start, or enter the guest's stay.");
    plan->lateNote = said.join(QLatin1Char(' '));
}
