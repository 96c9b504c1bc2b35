#pragma once

#include "StartTimeRules.h"

// A code issued late in the day can be charged for and yet serve the guest for minutes: a day code
// started at the lock's midnight that has already passed, or a first-use deadline close ahead or in
// the middle of the night. Said before anything is charged, with the start that would serve better.
class LateStart {
public:
    // A first-use deadline nearer than this to now is "close".
    static constexpr qint64 kCloseDeadlineSecs = 3 * 3600;
    // A day code that lost more than this before it was issued is pointed out even with most left.
    static constexpr qint64 kDayCodeLostSecs = 12 * 3600;
    // A first-use deadline at or after midnight and before this hour (desk's clock) is "in the night".
    static constexpr int kNightEndsHour = 6;

    // Whether a first-use deadline falls in the night on the given clock (after midnight, before 06:00).
    static bool inTheNight(const QDateTime& deadlineUtc, const QTimeZone& zone);

    // Sets `plan->lateNote` and, where another start gives the guest the whole time,
    // `plan->betterStartUtc`. Only for a plan that is Ok.
    static void check(StartPlan* plan, const StartRequest& request);
};
