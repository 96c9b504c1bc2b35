#include "WatchItem.h"

#include "DisplayText.h"
#include "TimeText.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// A time on the desk's clock; with its date when that is not the desk's today.
QString deskTime(const QDateTime& utc, const WatchContext& context)
{
    const QDateTime local = utc.toTimeZone(context.deskZone);
    const QDate today = context.nowUtc.toTimeZone(context.deskZone).date();
    return local.date() == today ? TimeText::time(local) : TimeText::dateTime(local, today);
}

QString windowText(const HistoryEntry& row, const WatchContext& context)
{
    const QDate today = context.nowUtc.toTimeZone(context.deskZone).date();
    return TimeText::window(row.windowStartUtc, row.windowEndUtc, context.deskZone, today);
}
} // namespace

QDateTime WatchContext::dayStartUtc() const
{
    const QDate today = nowUtc.toTimeZone(deskZone).date();
    // QDateTime moves a midnight that does not exist (a zone that springs forward at 00:00) to
    // the first time that does: the day starts then.
    return QDateTime(today, QTime(0, 0), deskZone).toUTC();
}

QDateTime WatchContext::dayEndUtc() const
{
    const QDate today = nowUtc.toTimeZone(deskZone).date();
    return QDateTime(today.addDays(1), QTime(0, 0), deskZone).toUTC();
}

QString WatchRules::who(const QString& lockName, const QString& guestName, const QString& room)
{
    const QString lock = DisplayText::visible(lockName.trimmed());
    // "Room 12 · Ana", not "Room 12 · Ana (room 12)": the list is narrow, and a room the lock's
    // name already says is said once.
    const QString trimmedRoom = room.trimmed();
    const bool roomInLockName = !trimmedRoom.isEmpty()
                                && lockName.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(trimmedRoom, Qt::CaseInsensitive);
    const QString holder = HistoryEntry::holderText(guestName, roomInLockName ? QString() : room);
    if (holder.isEmpty())
        return lock;
    if (lock.isEmpty())
        return holder;
    return QCoreApplication::translate("WatchList", "%1 · %2", "lock · guest").arg(lock, holder);
}

QString WatchRules::kindName(WatchItem::Kind kind)
{
    switch (kind) {
    case WatchItem::Kind::InDoubt: return QCoreApplication::translate("WatchList", "In doubt");
    case WatchItem::Kind::MailFailed: return QCoreApplication::translate("WatchList", "Mail failed");
    case WatchItem::Kind::QuotaUsedUp:
    case WatchItem::Kind::QuotaNearlyUsed: return QCoreApplication::translate("WatchList", "Quota");
    case WatchItem::Kind::DeadlineSoon: return QCoreApplication::translate("WatchList", "First use");
    case WatchItem::Kind::ExpiringToday: return QCoreApplication::translate("WatchList", "Ending today");
    case WatchItem::Kind::ExpiredToday: return QCoreApplication::translate("WatchList", "Ended today");
    }
    return {};
}

QList<WatchItem> WatchRules::fromHistory(const QList<HistoryEntry>& rows, const WatchContext& context)
{
    QList<WatchItem> items;
    const QDateTime now = context.nowUtc.toUTC();
    const QDateTime dayStart = context.dayStartUtc();
    const QDateTime dayEnd = context.dayEndUtc();
    const QDateTime deadlineHorizon = now.addSecs(kDeadlineAheadSecs);
    for (const HistoryEntry& row : rows) {
        const QString where = who(row.lockName, row.guestName, row.room);
        if (row.status(now) == HistoryEntry::Status::InDoubt) {
            WatchItem item;
            item.kind = WatchItem::Kind::InDoubt;
            item.historyId = row.id;
            item.atUtc = row.issuedAtUtc;
            item.text = QCoreApplication::translate("WatchList", "Request in doubt (%1): %2").arg(deskTime(row.issuedAtUtc, context), where);
            item.detail = QCoreApplication::translate("WatchList", "The request for %1, %2, got no recorded answer: it may have been billed. "
                             "Select it in History to ask again or to settle it.")
                              .arg(where, windowText(row, context));
            items << item;
            continue;
        }
        if (!row.hasCode())
            continue; // failed, or still on its way: nothing for the desk to act on yet
        // The deadline counts only while it is ahead and the code can still be used by then.
        if (row.firstUseByUtc.isValid() && row.firstUseByUtc > now && row.firstUseByUtc <= deadlineHorizon
            && row.firstUseByUtc <= row.windowEndUtc) {
            WatchItem item;
            item.kind = WatchItem::Kind::DeadlineSoon;
            item.historyId = row.id;
            item.atUtc = row.firstUseByUtc;
            item.text = QCoreApplication::translate("WatchList", "First use by %1: %2 — has the guest used it?")
                            .arg(deskTime(row.firstUseByUtc, context), where);
            item.detail = QCoreApplication::translate("WatchList", "If the code for %1 is not used by %2 it stops working. We cannot see whether the "
                             "guest has used it: ask them, or issue a new code.")
                              .arg(where, deskTime(row.firstUseByUtc, context));
            items << item;
        }
        if (row.windowEndUtc >= dayStart && row.windowEndUtc < dayEnd) {
            const bool ended = row.windowEndUtc <= now;
            WatchItem item;
            item.kind = ended ? WatchItem::Kind::ExpiredToday : WatchItem::Kind::ExpiringToday;
            item.historyId = row.id;
            item.atUtc = row.windowEndUtc;
            const QString end = deskTime(row.windowEndUtc, context);
            item.text = ended ? QCoreApplication::translate("WatchList", "Ended %1: %2").arg(end, where) : QCoreApplication::translate("WatchList", "Ends %1: %2").arg(end, where);
            item.detail = ended ? QCoreApplication::translate("WatchList", "The code for %1 stopped working at %2 (%3).").arg(where, end, windowText(row, context))
                                : QCoreApplication::translate("WatchList", "The code for %1 stops working at %2 (%3).").arg(where, end, windowText(row, context));
            items << item;
        }
    }
    return items;
}

QList<WatchItem> WatchRules::quota(int requestsThisMonth, int monthlyQuota)
{
    if (monthlyQuota <= 0)
        return {};
    // Whole numbers only, so 80 % is 80 % whatever the plan's size (4 of 5 counts).
    const bool usedUp = requestsThisMonth >= monthlyQuota;
    const bool nearly = qint64(requestsThisMonth) * 5 >= qint64(monthlyQuota) * 4;
    if (!usedUp && !nearly)
        return {};
    WatchItem item;
    item.kind = usedUp ? WatchItem::Kind::QuotaUsedUp : WatchItem::Kind::QuotaNearlyUsed;
    const int percent = int(qint64(requestsThisMonth) * 100 / monthlyQuota);
    item.text = usedUp ? QCoreApplication::translate("WatchList", "Quota used up: %1 of %2 requests this month").arg(requestsThisMonth).arg(monthlyQuota)
                       : QCoreApplication::translate("WatchList", "Quota: %1 of %2 requests this month (%3%)").arg(requestsThisMonth).arg(monthlyQuota).arg(percent);
    item.detail = usedUp ? QCoreApplication::translate("WatchList", "The plan's monthly quota is used up: the service may refuse requests until next month.")
                         : QCoreApplication::translate("WatchList", "More than 80% of the plan's monthly quota is used.");
    return {item};
}

WatchItem WatchRules::failedMail(const FailedMail& mail, const WatchContext& context)
{
    WatchItem item;
    item.kind = WatchItem::Kind::MailFailed;
    item.historyId = mail.historyId;
    item.atUtc = mail.attemptedAtUtc;
    const QString where = who(mail.lockName, mail.guestName, mail.room);
    const QString to = DisplayText::visible(mail.recipient.trimmed());
    const QString at = deskTime(mail.attemptedAtUtc, context);
    const QString why = DisplayText::visible(mail.detail.trimmed());
    if (mail.maybeSent) {
        item.text = QCoreApplication::translate("WatchList", "Mail may have been sent (%1): %2 to %3").arg(at, where, to);
        item.detail = QCoreApplication::translate("WatchList",
                                                  "The code for %1 went to the mail server for %2, but whether it "
                                                  "took it is not known. Check with the guest before sending it again.")
                          .arg(where, to);
        return item;
    }
    item.text = mail.refused ? QCoreApplication::translate("WatchList", "Mail refused (%1): %2 to %3").arg(at, where, to)
                             : QCoreApplication::translate("WatchList", "Mail not sent (%1): %2 to %3").arg(at, where, to);
    item.detail = (mail.refused ? QCoreApplication::translate("WatchList", "The mail server refused the code for %1 to %2.").arg(where, to)
                                : QCoreApplication::translate("WatchList", "The code for %1 could not be mailed to %2.").arg(where, to))
                  + (why.isEmpty() ? QString() : QLatin1Char(' ') + QCoreApplication::translate("WatchList", "It said: %1").arg(why))
                  + QLatin1Char(' ') + QCoreApplication::translate("WatchList", "Give the guest the code another way, or send it again.");
    return item;
}

void WatchRules::sort(QList<WatchItem>* items)
{
    std::stable_sort(items->begin(), items->end(), [](const WatchItem& a, const WatchItem& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        // What has happened already (ended, in doubt, failed mail): the latest first; what is
        // still to come: the soonest first.
        const bool past = a.kind == WatchItem::Kind::ExpiredToday || a.kind == WatchItem::Kind::InDoubt
                          || a.kind == WatchItem::Kind::MailFailed;
        if (a.atUtc != b.atUtc)
            return past ? a.atUtc > b.atUtc : a.atUtc < b.atUtc;
        return a.historyId < b.historyId;
    });
}
