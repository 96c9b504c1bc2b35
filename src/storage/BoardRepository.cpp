#include "BoardRepository.h"

#include "StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {
const QString kColumns = QStringLiteral(
    "id, issued_at_utc, lock_id, lock_name, mode, window_start_utc, window_end_utc, first_use_by_utc, code, "
    "guest_name, room, outcome, request_key, lease_until_utc, lock_time_zone, lock_follows_dst, shares_code_with, "
    "demo, source");

HistoryEntry entryFromQuery(const QSqlQuery& q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.issuedAtUtc = StoredTime::fromText(q.value(1).toString());
    e.lockId = q.value(2).toLongLong();
    e.lockName = q.value(3).toString();
    e.mode = q.value(4).toString();
    e.windowStartUtc = StoredTime::fromText(q.value(5).toString());
    e.windowEndUtc = StoredTime::fromText(q.value(6).toString());
    e.firstUseByUtc = StoredTime::fromText(q.value(7).toString());
    e.code = q.value(8).toString();
    e.guestName = q.value(9).toString();
    e.room = q.value(10).toString();
    e.outcome = HistoryEntry::outcomeFromName(q.value(11).toString());
    e.requestKey = q.value(12).toString();
    e.leaseUntilUtc = StoredTime::fromText(q.value(13).toString());
    e.lockTimeZone = q.value(14).toString();
    e.lockFollowsDst = q.value(15).toBool();
    e.sharesCodeWith = q.value(16).toLongLong();
    e.demo = q.value(17).toBool();
    e.source = HistoryEntry::sourceFromName(q.value(18).toString());
    return e;
}
} // namespace

QString BoardRepository::windowsStatement(const QList<qint64>& lockIds)
{
    // Ids are numbers from the store, written into the statement: a bound list is not portable
    // across both drivers, and a number cannot inject anything.
    QStringList ids;
    ids.reserve(lockIds.size());
    for (const qint64 id : lockIds)
        ids << QString::number(id);
    return QStringLiteral("SELECT %1 FROM history WHERE lock_id IN (%2) AND window_end_utc > ? AND window_start_utc < ? "
                          "AND outcome <> 'failed' ORDER BY lock_id, window_start_utc, id")
        .arg(kColumns, ids.join(QLatin1Char(',')));
}

QList<HistoryEntry> BoardRepository::windows(const QList<qint64>& lockIds, const QDateTime& fromUtc,
                                             const QDateTime& toUtc) const
{
    m_error.clear();
    QList<HistoryEntry> rows;
    if (lockIds.isEmpty())
        return rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(windowsStatement(lockIds));
    q.addBindValue(StoredTime::text(fromUtc));
    q.addBindValue(StoredTime::text(toUtc));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return rows;
    }
    while (q.next())
        rows << entryFromQuery(q);
    return rows;
}

bool BoardRepository::find(qint64 id, HistoryEntry* entry) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM history WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (!q.next())
        return false;
    *entry = entryFromQuery(q);
    return true;
}
