#include "StartTimeRules.h"

#include "LateStart.h"
#include "TimeText.h"
#include "ValidityText.h"
#include "WallTime.h"

#include <QCoreApplication>

namespace {
QDateTime truncatedToHour(const QDateTime& dt)
{
    return QDateTime(dt.date(), QTime(dt.time().hour(), 0), dt.timeZone());
}

// A reading on the lock's clock as an instant; readings inside a spring-forward gap move past it.
QDateTime lockInstant(const QDate& date, const QTime& time, const QTimeZone& lockZone)
{
    const WallTimeResolution r = WallTime::resolve(date, time, lockZone);
    return (r.kind == WallTimeResolution::Kind::Gap ? r.afterGap : r.first).toUTC();
}

// The end of the window, counted on the lock's own clock.
QDateTime windowEnd(const QDateTime& lockStart, const DurationOption& duration, const QTimeZone& lockZone)
{
    switch (duration.mode) {
    case IssueMode::EndDate:
        return lockInstant(lockStart.date().addDays(duration.days), QTime(0, 0), lockZone);
    case IssueMode::LongTermRental:
        return lockInstant(lockStart.date().addDays(DurationOption::kLongRentalDays), lockStart.time(), lockZone);
    default:
        break;
    }
    if (duration.days > 0)
        return lockInstant(lockStart.date().addDays(duration.days), lockStart.time(), lockZone);
    const QDateTime naive = QDateTime(lockStart.date(), lockStart.time(), QTimeZone::utc()).addSecs(qint64(duration.hours) * 3600);
    return lockInstant(naive.date(), naive.time(), lockZone);
}

} // namespace

QString StartTimeRules::startString(const QDateTime& lockReading)
{
    return lockReading.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

StartPlan StartTimeRules::plan(const StartRequest& request)
{
    StartPlan plan;
    const bool endDateMode = request.mode == IssueMode::EndDate;
    if (!request.wallDate.isValid() || !request.wallTime.isValid() || !request.deskZone.isValid()
        || !request.frame.isValid() || (!endDateMode && !request.duration.isValid())
        || (endDateMode && (!request.endDate.isValid() || !request.catalogue))) {
        plan.refusal = endDateMode ? QCoreApplication::translate("StartTimeRules", "Choose the date the code should end.") : QCoreApplication::translate("StartTimeRules", "Choose a lock, a length and a start first.");
        return plan;
    }
    plan.duration = request.duration;

    const WallTimeResolution wall = WallTime::resolve(request.wallDate, request.wallTime, request.deskZone);
    if (wall.kind == WallTimeResolution::Kind::Gap) {
        plan.status = StartPlan::Status::NonExistentWallTime;
        // The first time that exists again is the moment the clocks jumped to.
        const QDateTime resumes = request.deskZone.previousTransition(wall.afterGap.addSecs(1)).atUtc.toTimeZone(request.deskZone);
        plan.refusal = QCoreApplication::translate("StartTimeRules", "%1 does not exist on this clock: the clocks go forward that night. Choose %2 or later.")
                           .arg(TimeText::dateTime(QDateTime(request.wallDate, request.wallTime, QTimeZone::utc())),
                                TimeText::time(resumes.isValid() ? resumes : wall.afterGap));
        return plan;
    }
    if (wall.kind == WallTimeResolution::Kind::Ambiguous) {
        plan.ambiguityNote = QCoreApplication::translate("StartTimeRules", "%1 happens twice that night (the clocks go back); the earlier one, %2, is used.")
                                 .arg(TimeText::time(wall.first), TimeText::zoneAbbreviation(wall.first));
    }
    plan.requestedUtc = wall.first.toUTC();

    const QTimeZone lockZone = request.frame.effectiveZone(plan.requestedUtc);
    const QDateTime reading = plan.requestedUtc.toTimeZone(lockZone);
    const bool atMidnight = !endDateMode && request.duration.startsAtMidnight();
    QDateTime snapped;
    if (atMidnight) {
        // Day-length codes begin at the lock's midnight on the date the desk chose.
        const WallTimeResolution midnight = WallTime::resolve(request.wallDate, QTime(0, 0), lockZone);
        if (midnight.kind == WallTimeResolution::Kind::Gap) {
            plan.status = StartPlan::Status::NonExistentLockTime;
            plan.refusal = QCoreApplication::translate("StartTimeRules", "Midnight does not exist on the lock's clock on %1 (its clocks go forward then). "
                              "Choose another date.")
                               .arg(TimeText::date(request.wallDate));
            return plan;
        }
        snapped = midnight.first;
    } else {
        const QDateTime hour = truncatedToHour(reading);
        const WallTimeResolution onHour = WallTime::resolve(hour.date(), hour.time(), lockZone);
        snapped = onHour.kind == WallTimeResolution::Kind::Gap ? onHour.afterGap : onHour.first;
    }
    plan.lockStart = snapped.toTimeZone(request.frame.effectiveZone(snapped.toUTC()));
    plan.startString = startString(plan.lockStart);
    plan.windowStartUtc = snapped.toUTC();

    const QDateTime nowLock = request.nowUtc.toTimeZone(request.frame.effectiveZone(request.nowUtc));
    if (endDateMode) {
        // The code expires at the lock's midnight after the last day, at most 365 days from today.
        const QDate latest = nowLock.date().addDays(kMaxDaysAhead - 1);
        if (request.endDate < plan.lockStart.date()) {
            plan.status = StartPlan::Status::InvalidInput;
            plan.refusal = QCoreApplication::translate("StartTimeRules", "The end date %1 is before the start. Choose %2 or later.")
                               .arg(TimeText::date(request.endDate), TimeText::date(plan.lockStart.date()));
            return plan;
        }
        if (request.endDate > latest) {
            plan.status = StartPlan::Status::TooFarAhead;
            plan.refusal = QCoreApplication::translate("StartTimeRules", "End Date codes expire at most %1 days ahead. The latest last day is %2.")
                               .arg(kMaxDaysAhead)
                               .arg(TimeText::date(latest));
            return plan;
        }
        const int days = int(plan.lockStart.date().daysTo(request.endDate)) + 1;
        const DurationOption* option = request.catalogue->find(IssueMode::EndDate, 0, days);
        if (!option) {
            plan.status = StartPlan::Status::NotOffered;
            plan.refusal = QCoreApplication::translate("StartTimeRules", "The Codelocks service does not offer End Date codes that long (%n days) for this "
                              "lock's model. Choose an earlier end date or refresh the lengths.",
                              nullptr, days);
            return plan;
        }
        plan.duration = *option;
    } else if (request.keepPaidTime && request.duration.hours > 0 && request.duration.days == 0
               && (request.mode == IssueMode::StandardMultiUse || request.mode == IssueMode::StandardSingleUse)
               && plan.windowStartUtc < plan.requestedUtc) {
        const DurationOption* longer =
            request.catalogue ? request.catalogue->find(request.mode, request.duration.hours + 1, 0) : nullptr;
        if (longer) {
            plan.duration = *longer;
            plan.lengthNote = QCoreApplication::translate("StartTimeRules", "One hour added so the guest keeps the time paid for: %1 from %2.")
                                  .arg(longer->label(), TimeText::time(plan.windowStartUtc.toTimeZone(request.deskZone)));
        } else {
            plan.lengthNote = QCoreApplication::translate("StartTimeRules", "An hour cannot be added: %1 is the longest hourly code.").arg(request.duration.label());
        }
    }

    plan.windowEndUtc = windowEnd(plan.lockStart, plan.duration, lockZone);
    if (const qint64 firstUse = plan.duration.firstUseWindowSecs(); firstUse > 0)
        plan.firstUseByUtc = plan.windowStartUtc.addSecs(firstUse);

    const QDateTime requestedWall = plan.requestedUtc.toTimeZone(request.deskZone);
    const QDateTime startWall = plan.windowStartUtc.toTimeZone(request.deskZone);
    if (startWall != requestedWall) {
        if (atMidnight) {
            plan.snapNote = QCoreApplication::translate("StartTimeRules", "Codes of whole days start at midnight on the lock's clock: you asked %1, the code "
                               "starts %2.")
                                .arg(TimeText::dateTime(requestedWall), TimeText::dateTime(startWall));
        } else {
            plan.snapNote = QCoreApplication::translate("StartTimeRules", "Codes start on the hour: you asked %1, the code starts %2.")
                                .arg(TimeText::time(requestedWall), TimeText::time(startWall));
        }
    }

    // Nothing may start before the current hour on the lock's clock. A code of whole days may start at
    // the lock's midnight today, because that is the only way to give such a code that works now.
    const QDateTime currentHour = truncatedToHour(nowLock);
    const bool startsToday = atMidnight && plan.lockStart.date() == nowLock.date();
    if (plan.windowStartUtc < currentHour.toUTC() && !startsToday) {
        plan.status = StartPlan::Status::InPast;
        const QDateTime earliest = atMidnight ? QDateTime(nowLock.date(), QTime(0, 0), nowLock.timeZone()) : currentHour;
        plan.refusal = QCoreApplication::translate("StartTimeRules", "That start is in the past. The earliest start for this code is %1.")
                           .arg(TimeText::dateTime(earliest.toTimeZone(request.deskZone)));
        return plan;
    }

    // Say when the clocks change inside a short window: the times shown already allow for it. The
    // same note goes on the result card, the slip and the message (ValidityText).
    plan.dstNote = ValidityText::clockChangeNote({plan.duration.mode, plan.windowStartUtc, plan.windowEndUtc, plan.firstUseByUtc},
                                                 request.deskZone, request.frame, request.nowUtc);

    plan.status = StartPlan::Status::Ok;
    LateStart::check(&plan, request);
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

QDateTime StartTimeRules::nextLockMidnight(const QDateTime& nowUtc, const ClockFrame& frame, const QTimeZone& deskZone)
{
    const QTimeZone lockZone = frame.effectiveZone(nowUtc);
    const QDate tomorrow = nowUtc.toTimeZone(lockZone).date().addDays(1);
    return lockInstant(tomorrow, QTime(0, 0), lockZone).toTimeZone(deskZone);
}
