#include "StayPlanner.h"

#include "LateStart.h"

#include "TimeText.h"
#include "WallTime.h"

#include <QCoreApplication>
#include <optional>
#include <tuple>

namespace {
// "Standard (3 days)": what the desk would pick by hand.
QString codeName(const StartPlan& plan)
{
    //: A kind of code and its length, as in "Standard (3 days)".
    return QCoreApplication::translate("StayPlanner", "%1 (%2)").arg(IssueModes::shortName(plan.duration.mode), plan.duration.label());
}

struct Candidate {
    StartPlan plan;
    int modeIndex = 0;
    int optionIndex = 0;
};

// The order a stay's codes are preferred in: least excess in all, then least time running before the
// guest arrives, then a first-use deadline that leaves the guest time and does not fall in the
// night (a long rental's first-use lengths all give the same year), then the lock's mode order and
// the shorter length.
auto rank(const Candidate& c, const QDateTime& arrivalUtc, const QDateTime& departureUtc, const QTimeZone& wallZone)
{
    const qint64 before = c.plan.windowStartUtc.secsTo(arrivalUtc);
    const qint64 after = departureUtc.secsTo(c.plan.windowEndUtc);
    const QDateTime deadline = c.plan.firstUseByUtc;
    const bool closeDeadline = deadline.isValid() && arrivalUtc.secsTo(deadline) < StayPlanner::kFirstUseMarginSecs;
    const bool nightDeadline = LateStart::inTheNight(deadline, wallZone);
    return std::make_tuple(before + after, before, closeDeadline ? 1 : 0, nightDeadline ? 1 : 0, c.modeIndex, c.optionIndex);
}

QDateTime firstTransitionWithin(const QTimeZone& zone, const QDateTime& startUtc, const QDateTime& endUtc)
{
    if (!zone.isValid() || !zone.hasTransitions())
        return {};
    const QTimeZone::OffsetData next = zone.nextTransition(startUtc);
    return next.atUtc.isValid() && next.atUtc < endUtc ? next.atUtc : QDateTime();
}
} // namespace

QStringList StayPlan::notes() const
{
    QStringList all;
    for (const QString* note : {&leadWarning, &deadlineWarning, &arrivalNote, &ambiguityNote, &dstNote}) {
        if (!note->isEmpty())
            all << *note;
    }
    return all;
}

QString StayPlanner::spanText(qint64 secs)
{
    secs = std::max<qint64>(secs, 0);
    const int days = int(secs / 86400);
    const int hours = int(secs % 86400 / 3600);
    const int minutes = int(secs % 3600 / 60);
    QStringList parts;
    // The day and hour words are the length catalogue's own, so they read the same as lengths do.
    if (days == 1)
        parts << QCoreApplication::translate("DurationOption", "1 day");
    else if (days > 1)
        parts << QCoreApplication::translate("DurationOption", "%n days", nullptr, days);
    if (hours == 1)
        parts << QCoreApplication::translate("DurationOption", "1 hour");
    else if (hours > 1)
        parts << QCoreApplication::translate("DurationOption", "%n hours", nullptr, hours);
    if (minutes == 1)
        parts << QCoreApplication::translate("StayPlanner", "1 minute");
    else if (minutes > 1 || parts.isEmpty())
        parts << QCoreApplication::translate("StayPlanner", "%n minutes", nullptr, minutes);
    return parts.join(QLatin1Char(' '));
}

QString StayPlanner::coverText(const StayPlan& plan, const QTimeZone& zone)
{
    return QCoreApplication::translate("StayPlanner", "Covers the stay %1: from %2 before arrival to %3 after departure.")
        .arg(TimeText::window(plan.arrivalUtc, plan.departureUtc, zone), spanText(plan.excessBeforeSecs),
             spanText(plan.excessAfterSecs));
}

StayPlan StayPlanner::plan(const StayRequest& request)
{
    StayPlan result;
    const QTimeZone wallZone = request.wallZone.isValid() ? request.wallZone : request.frame.zone;
    if (!request.frame.isValid() || !wallZone.isValid() || !request.catalogue || !request.nowUtc.isValid()
        || !request.departureDate.isValid() || !request.departureTime.isValid()
        || (request.arrivalDate.isValid() && !request.arrivalTime.isValid())) {
        result.reason = QCoreApplication::translate("StayPlanner", "Choose a lock and the guest's departure first.");
        return result;
    }

    // The stay as instants. Where the clocks go back, the code covers both readings: the earlier
    // arrival and the later departure. Where they go forward, the time does not exist: say so.
    auto resolve = [&](const QDate& date, const QTime& time, bool arrival, QDateTime* instant) {
        const WallTimeResolution r = WallTime::resolve(date, time, wallZone);
        const QDateTime reading(date, time, QTimeZone::utc());
        if (r.kind == WallTimeResolution::Kind::Gap) {
            const QDateTime resumes = wallZone.previousTransition(r.afterGap.addSecs(1)).atUtc.toTimeZone(wallZone);
            const QString text = arrival ? QCoreApplication::translate("StayPlanner", "The arrival %1 does not exist on this clock: the clocks go forward that night. "
                                              "Enter %2 or later.")
                                         : QCoreApplication::translate("StayPlanner", "The departure %1 does not exist on this clock: the clocks go forward that night. "
                                              "Enter %2 or later.");
            result.status = StayPlan::Status::NonExistentTime;
            result.reason = text.arg(TimeText::dateTime(reading), TimeText::time(resumes.isValid() ? resumes : r.afterGap));
            return false;
        }
        *instant = arrival ? r.first : (r.kind == WallTimeResolution::Kind::Ambiguous ? r.second : r.first);
        if (r.kind == WallTimeResolution::Kind::Ambiguous) {
            const QString text = arrival ? QCoreApplication::translate("StayPlanner", "The arrival %1 happens twice that night (the clocks go back): the code "
                                              "covers it from the first time, %2.")
                                         : QCoreApplication::translate("StayPlanner", "The departure %1 happens twice that night (the clocks go back): the code "
                                              "covers it until the second time, %2.");
            const QString note = text.arg(TimeText::time(*instant), TimeText::zoneAbbreviation(*instant));
            result.ambiguityNote = result.ambiguityNote.isEmpty() ? note : result.ambiguityNote + QLatin1Char(' ') + note;
        }
        *instant = instant->toUTC();
        return true;
    };

    QDateTime arrivalUtc = request.nowUtc.toUTC();
    QDateTime departureUtc;
    if (request.arrivalDate.isValid() && !resolve(request.arrivalDate, request.arrivalTime, true, &arrivalUtc))
        return result;
    if (!resolve(request.departureDate, request.departureTime, false, &departureUtc))
        return result;
    const QDateTime nowUtc = request.nowUtc.toUTC();
    if (departureUtc <= nowUtc) {
        result.status = StayPlan::Status::InvalidStay;
        result.reason = QCoreApplication::translate("StayPlanner", "The departure %1 has already passed.").arg(TimeText::dateTime(departureUtc.toTimeZone(wallZone)));
        return result;
    }
    if (departureUtc <= arrivalUtc) {
        result.status = StayPlan::Status::InvalidStay;
        result.reason = QCoreApplication::translate("StayPlanner", "The departure (%1) must come after the arrival (%2).")
                            .arg(TimeText::dateTime(departureUtc.toTimeZone(wallZone)),
                                 TimeText::dateTime(arrivalUtc.toTimeZone(wallZone)));
        return result;
    }
    if (arrivalUtc < nowUtc) {
        // A guest who is already here needs a code that works now; the past cannot be covered.
        result.arrivalNote = QCoreApplication::translate("StayPlanner", "The arrival %1 has passed: the code covers the stay from now (%2).")
                                 .arg(TimeText::dateTime(arrivalUtc.toTimeZone(wallZone)),
                                      TimeText::dateTime(nowUtc.toTimeZone(wallZone)));
        arrivalUtc = nowUtc;
    }
    result.arrivalUtc = arrivalUtc;
    result.departureUtc = departureUtc;

    // Every length is planned by the start-time rules themselves, from the arrival, so the start is
    // snapped and the window counted exactly as when the desk picks them by hand. Where the rules
    // snap to a start after the arrival (a day code on a lock whose midnight is later than the wall
    // clock's), the start one step earlier is tried.
    std::optional<Candidate> best;
    std::optional<Candidate> longest;       // reaches furthest, to say what falls short
    std::optional<Candidate> deadlineMissed; // covers, but its first use would be due before arrival
    QString firstRefusal;
    bool startsTooLate = false; // a length was offered, but the rules start it only after arrival
    auto consider = [&](IssueMode mode, const DurationOption& option, const QDate& endDate, int modeIndex, int optionIndex) {
        StartRequest start;
        start.frame = request.frame;
        start.mode = mode;
        start.duration = option;
        start.endDate = endDate;
        start.catalogue = request.catalogue;
        start.nowUtc = nowUtc;
        const qint64 step = mode != IssueMode::EndDate && option.startsAtMidnight() ? 86400 : 3600;
        QDateTime from = arrivalUtc;
        for (int attempt = 0; attempt < 3; ++attempt, from = from.addSecs(-step)) {
            // Read on a fixed-offset clock, the reading is one instant even in the hour the clocks go back.
            const QDateTime wall = from.toTimeZone(wallZone);
            start.deskZone = QTimeZone(wall.offsetFromUtc());
            start.wallDate = wall.date();
            start.wallTime = QTime(wall.time().hour(), wall.time().minute());
            const StartPlan plan = StartTimeRules::plan(start);
            if (!plan.isOk()) {
                if (firstRefusal.isEmpty())
                    firstRefusal = plan.refusal;
                if (plan.status == StartPlan::Status::NonExistentLockTime)
                    continue;
                return;
            }
            if (plan.windowStartUtc > arrivalUtc) {
                startsTooLate = true;
                continue;
            }
            const Candidate candidate{plan, modeIndex, optionIndex};
            if (!longest || plan.windowEndUtc > longest->plan.windowEndUtc)
                longest = candidate;
            if (plan.windowEndUtc < departureUtc)
                return;
            if (plan.firstUseByUtc.isValid() && plan.firstUseByUtc < arrivalUtc) {
                if (!deadlineMissed)
                    deadlineMissed = candidate;
                return;
            }
            if (!best || rank(candidate, arrivalUtc, departureUtc, wallZone) < rank(*best, arrivalUtc, departureUtc, wallZone))
                best = candidate;
            return;
        }
    };
    for (int m = 0; m < request.modes.size(); ++m) {
        const IssueMode mode = request.modes.at(m);
        const QList<DurationOption> options = request.catalogue->options(mode);
        if (options.isEmpty())
            continue;
        if (mode == IssueMode::EndDate) {
            // The last day is the lock's calendar day of the departure, or the day before when the
            // guest leaves at the lock's midnight; the rules find the length for it.
            const QDate lastDay = request.frame.lockReading(departureUtc).date();
            consider(mode, options.first(), lastDay.addDays(-1), m, 0);
            consider(mode, options.first(), lastDay, m, 1);
            continue;
        }
        for (int o = 0; o < options.size(); ++o)
            consider(mode, options.at(o), {}, m, o);
    }

    const QString stayText = TimeText::window(arrivalUtc, departureUtc, wallZone);
    if (!best) {
        if (deadlineMissed) {
            const StartPlan& p = deadlineMissed->plan;
            result.status = StayPlan::Status::DeadlineBeforeArrival;
            result.reason = QCoreApplication::translate("StayPlanner", "A %1 code covering this stay must be used for the first time by %2, before the guest "
                               "can arrive (%3).")
                                .arg(codeName(p), TimeText::dateTime(p.firstUseByUtc.toTimeZone(wallZone)),
                                     TimeText::dateTime(arrivalUtc.toTimeZone(wallZone)));
        } else if (longest) {
            const StartPlan& p = longest->plan;
            result.status = StayPlan::Status::NothingCovers;
            result.reason = QCoreApplication::translate("StayPlanner", "Nothing this lock can take covers the whole stay (%1, %2). The longest code from the "
                               "arrival, %3, ends %4, %5 before the departure.")
                                .arg(stayText, spanText(arrivalUtc.secsTo(departureUtc)), codeName(p),
                                     TimeText::dateTime(p.windowEndUtc.toTimeZone(wallZone)),
                                     spanText(p.windowEndUtc.secsTo(departureUtc)));
        } else if (startsTooLate && firstRefusal.isEmpty()) {
            result.status = StayPlan::Status::NothingCovers;
            result.reason = QCoreApplication::translate("StayPlanner", "Nothing this lock can take covers the stay (%1): no code it offers can start by the "
                                                        "arrival on the lock's clock.")
                                .arg(stayText);
        } else {
            result.status = StayPlan::Status::NothingCovers;
            result.reason = firstRefusal.isEmpty()
                                ? QCoreApplication::translate("StayPlanner", "Nothing this lock can take covers the stay (%1): its model offers no lengths for "
                                     "its mode. Refresh the lengths or check the lock's mode.")
                                      .arg(stayText)
                                : QCoreApplication::translate("StayPlanner", "Nothing this lock can take covers the stay (%1): %2").arg(stayText, firstRefusal);
        }
        return result;
    }

    result.status = StayPlan::Status::Ok;
    result.start = best->plan;
    result.excessBeforeSecs = result.start.windowStartUtc.secsTo(arrivalUtc);
    result.excessAfterSecs = departureUtc.secsTo(result.start.windowEndUtc);
    if (result.excessBeforeSecs > kLongLeadSecs)
        result.leadWarning = QCoreApplication::translate("StayPlanner", "The code already works from %1, %2 before the guest arrives.")
                                 .arg(TimeText::dateTime(result.start.windowStartUtc.toTimeZone(wallZone)),
                                      spanText(result.excessBeforeSecs));
    if (result.start.firstUseByUtc.isValid() && arrivalUtc.secsTo(result.start.firstUseByUtc) < kFirstUseMarginSecs)
        result.deadlineWarning = QCoreApplication::translate("StayPlanner", "The code must be used for the first time by %1, only %2 after arrival.")
                                     .arg(TimeText::dateTime(result.start.firstUseByUtc.toTimeZone(wallZone)),
                                          spanText(arrivalUtc.secsTo(result.start.firstUseByUtc)));
    // The same words and the same limit as the start-time rules' note, for the wall clock of the stay.
    constexpr qint64 kDstNoteMaxSecs = 35LL * 86400;
    if (result.start.windowStartUtc.secsTo(result.start.windowEndUtc) <= kDstNoteMaxSecs) {
        QDateTime change = firstTransitionWithin(wallZone, result.start.windowStartUtc, result.start.windowEndUtc);
        if (!change.isValid() && request.frame.followsDst)
            change = firstTransitionWithin(request.frame.zone, result.start.windowStartUtc, result.start.windowEndUtc);
        if (change.isValid())
            result.dstNote = QCoreApplication::translate("StartTimeRules", "The clocks change on %1 during this code's window; the times shown allow for it.")
                                 .arg(TimeText::dateTime(change.toTimeZone(wallZone)));
    }
    return result;
}
