#include "WatchQueries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QString utcText(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

QDateTime fromUtcText(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate).toUTC();
}
} // namespace

QString WatchQueries::historyForTodaySql()
{
    // The range on window_end_utc drives the read (history_window_end); everything else filters
    // the few rows in it. Times are ISO text in UTC on both stores, so text order is time order.
    // In doubt: only requests whose code would still be of use today; an older one is History's
    // "In doubt" filter's business, not today's.
    return QStringLiteral(
        "SELECT id, issued_at_utc, lock_id, lock_name, guest_name, room, window_start_utc, window_end_utc, "
        "first_use_by_utc, outcome, lease_until_utc, mode, code, lock_time_zone, lock_follows_dst FROM history "
        "WHERE window_end_utc >= ? AND (outcome IN ('in_doubt', 'claimed', 'sent') OR (outcome = 'issued' AND "
        "(window_end_utc < ? OR (first_use_by_utc > ? AND first_use_by_utc <= ?)))) "
        "ORDER BY window_end_utc LIMIT ?");
}

QList<HistoryEntry> WatchQueries::historyForToday(const QDateTime& nowUtc, const QDateTime& dayStartUtc,
                                                  const QDateTime& dayEndUtc, const QDateTime& deadlineUntilUtc,
                                                  int limit) const
{
    QList<HistoryEntry> rows;
    m_error.clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(historyForTodaySql());
    query.addBindValue(utcText(dayStartUtc));
    query.addBindValue(utcText(dayEndUtc));
    query.addBindValue(utcText(nowUtc));
    query.addBindValue(utcText(deadlineUntilUtc));
    query.addBindValue(limit);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return rows;
    }
    while (query.next()) {
        HistoryEntry e;
        e.id = query.value(0).toLongLong();
        e.issuedAtUtc = fromUtcText(query.value(1).toString());
        e.lockId = query.value(2).toLongLong();
        e.lockName = query.value(3).toString();
        e.guestName = query.value(4).toString();
        e.room = query.value(5).toString();
        e.windowStartUtc = fromUtcText(query.value(6).toString());
        e.windowEndUtc = fromUtcText(query.value(7).toString());
        e.firstUseByUtc = fromUtcText(query.value(8).toString());
        e.outcome = HistoryEntry::outcomeFromName(query.value(9).toString());
        e.leaseUntilUtc = fromUtcText(query.value(10).toString());
        e.mode = query.value(11).toString();
        e.code = query.value(12).toString();
        e.lockTimeZone = query.value(13).toString();
        e.lockFollowsDst = query.value(14).toBool();
        rows << e;
    }
    return rows;
}

QList<FailedMail> WatchQueries::failedMailToday(const QDateTime& dayStartUtc, int limit) const
{
    QList<FailedMail> mails;
    m_error.clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Only a code's latest attempt counts: a mail sent again and delivered is settled.
    query.prepare(QStringLiteral(
        "SELECT m.history_id, m.recipient, m.attempted_at_utc, m.attempted_by, m.outcome, m.detail, "
        "h.lock_name, h.guest_name, h.room FROM mail_attempts m JOIN history h ON h.id = m.history_id "
        "WHERE m.attempted_at_utc >= ? AND m.outcome IN ('refused', 'failed') AND NOT EXISTS ("
        "SELECT 1 FROM mail_attempts later WHERE later.history_id = m.history_id "
        "AND (later.attempted_at_utc > m.attempted_at_utc "
        "OR (later.attempted_at_utc = m.attempted_at_utc AND later.id > m.id))) "
        "ORDER BY m.attempted_at_utc DESC LIMIT ?"));
    query.addBindValue(utcText(dayStartUtc));
    query.addBindValue(limit);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return mails;
    }
    while (query.next()) {
        FailedMail mail;
        mail.historyId = query.value(0).toLongLong();
        mail.recipient = query.value(1).toString();
        mail.attemptedAtUtc = fromUtcText(query.value(2).toString());
        mail.attemptedBy = query.value(3).toString();
        mail.refused = query.value(4).toString() == QLatin1String("refused");
        mail.detail = query.value(5).toString();
        mail.lockName = query.value(6).toString();
        mail.guestName = query.value(7).toString();
        mail.room = query.value(8).toString();
        mails << mail;
    }
    return mails;
}
