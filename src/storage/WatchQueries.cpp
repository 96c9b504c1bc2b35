#include "WatchQueries.h"

#include "MailAttemptRepository.h"
#include "StoredTime.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
    query.addBindValue(StoredTime::text(dayStartUtc));
    query.addBindValue(StoredTime::text(dayEndUtc));
    query.addBindValue(StoredTime::text(nowUtc));
    query.addBindValue(StoredTime::text(deadlineUntilUtc));
    query.addBindValue(limit);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return rows;
    }
    while (query.next()) {
        HistoryEntry e;
        e.id = query.value(0).toLongLong();
        e.issuedAtUtc = StoredTime::fromText(query.value(1).toString());
        e.lockId = query.value(2).toLongLong();
        e.lockName = query.value(3).toString();
        e.guestName = query.value(4).toString();
        e.room = query.value(5).toString();
        e.windowStartUtc = StoredTime::fromText(query.value(6).toString());
        e.windowEndUtc = StoredTime::fromText(query.value(7).toString());
        e.firstUseByUtc = StoredTime::fromText(query.value(8).toString());
        e.outcome = HistoryEntry::outcomeFromName(query.value(9).toString());
        e.leaseUntilUtc = StoredTime::fromText(query.value(10).toString());
        e.mode = query.value(11).toString();
        e.code = query.value(12).toString();
        e.lockTimeZone = query.value(13).toString();
        e.lockFollowsDst = query.value(14).toBool();
        rows << e;
    }
    return rows;
}

QList<FailedMail> WatchQueries::failedMailToday(const QDateTime& dayStartUtc, int limit, const QDateTime& nowUtc) const
{
    QList<FailedMail> mails;
    m_error.clear();
    // A code's latest attempt counts, and only when no attempt of it ever delivered: a mail sent
    // again and delivered is settled, and so is one delivered before a later attempt failed.
    const MailAttemptRepository repository(m_db);
    const QList<MailAttempt> failed = repository.failedSince(dayStartUtc, limit, nowUtc);
    if (!repository.errorText().isEmpty()) {
        m_error = repository.errorText();
        return mails;
    }
    if (failed.isEmpty())
        return mails;
    QStringList marks;
    for (qsizetype i = 0; i < failed.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, lock_name, guest_name, room FROM history WHERE id IN (%1)")
                      .arg(marks.join(QStringLiteral(", "))));
    for (const MailAttempt& attempt : failed)
        query.addBindValue(attempt.historyId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return mails;
    }
    struct Names {
        QString lock, guest, room;
    };
    QHash<qint64, Names> names;
    while (query.next())
        names.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    for (const MailAttempt& attempt : failed) {
        const auto it = names.constFind(attempt.historyId);
        if (it == names.constEnd())
            continue;
        FailedMail mail;
        mail.historyId = attempt.historyId;
        mail.recipient = attempt.recipient;
        mail.attemptedAtUtc = attempt.attemptedAtUtc;
        mail.attemptedBy = attempt.attemptedBy;
        mail.refused = attempt.outcome == MailAttempt::Outcome::Refused;
        mail.maybeSent = attempt.outcome == MailAttempt::Outcome::Unknown;
        mail.detail = attempt.detail;
        mail.lockName = it->lock;
        mail.guestName = it->guest;
        mail.room = it->room;
        mails << mail;
    }
    return mails;
}
