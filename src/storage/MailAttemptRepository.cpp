#include "MailAttemptRepository.h"

#include "SqlDialect.h"
#include "StorageErrorText.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {
const QString kColumns =
    QStringLiteral("id, history_id, recipient, attempted_at_utc, attempted_by, outcome, detail, language");

QString utcText(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

// A null QString is bound as SQL NULL; the columns are NOT NULL text (empty when unknown).
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

MailAttempt fromQuery(const QSqlQuery& query)
{
    MailAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.historyId = query.value(1).toLongLong();
    attempt.recipient = query.value(2).toString();
    attempt.attemptedAtUtc = QDateTime::fromString(query.value(3).toString(), Qt::ISODate).toUTC();
    attempt.attemptedBy = query.value(4).toString();
    attempt.outcome = MailAttempt::outcomeFromName(query.value(5).toString());
    attempt.detail = query.value(6).toString();
    attempt.language = query.value(7).toString();
    return attempt;
}
} // namespace

bool MailAttemptRepository::record(MailAttempt* attempt)
{
    QSqlQuery query(m_db);
    const bool prepared = query.prepare(QStringLiteral("INSERT INTO mail_attempts (history_id, recipient, attempted_at_utc, "
                                                       "attempted_by, outcome, detail, language) VALUES (?, ?, ?, ?, ?, ?, ?)")
                                        + SqlDialect::returningId(m_db));
    query.addBindValue(attempt->historyId);
    query.addBindValue(notNull(attempt->recipient));
    query.addBindValue(utcText(attempt->attemptedAtUtc));
    query.addBindValue(notNull(attempt->attemptedBy));
    query.addBindValue(MailAttempt::outcomeName(attempt->outcome));
    query.addBindValue(notNull(attempt->detail));
    query.addBindValue(notNull(attempt->language));
    if (!prepared || !query.exec()) {
        m_error = QCoreApplication::translate("MailAttemptRepository", "The email attempt could not be recorded: %1")
                      .arg(StorageErrorText::describe(query.lastError()));
        return false;
    }
    attempt->id = SqlDialect::insertedId(query);
    return true;
}

QList<MailAttempt> MailAttemptRepository::forHistory(qint64 historyId) const
{
    QList<MailAttempt> attempts;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM mail_attempts WHERE history_id = ? ORDER BY id").arg(kColumns));
    query.addBindValue(historyId);
    if (!query.exec()) {
        m_error = StorageErrorText::describe(query.lastError());
        return attempts;
    }
    while (query.next())
        attempts.append(fromQuery(query));
    return attempts;
}

QHash<qint64, MailAttempt> MailAttemptRepository::latestFor(const QList<qint64>& historyIds) const
{
    QHash<qint64, MailAttempt> latest;
    if (historyIds.isEmpty())
        return latest;
    // One statement for a page: the newest attempt of each row (ids grow with time).
    QStringList marks;
    for (qsizetype i = 0; i < historyIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM mail_attempts WHERE id IN (SELECT MAX(id) FROM mail_attempts "
                                 "WHERE history_id IN (%2) GROUP BY history_id)")
                      .arg(kColumns, marks.join(QStringLiteral(", "))));
    for (const qint64 id : historyIds)
        query.addBindValue(id);
    if (!query.exec()) {
        m_error = StorageErrorText::describe(query.lastError());
        return latest;
    }
    while (query.next()) {
        const MailAttempt attempt = fromQuery(query);
        latest.insert(attempt.historyId, attempt);
    }
    return latest;
}

QList<MailAttempt> MailAttemptRepository::failedSince(const QDateTime& sinceUtc, int limit) const
{
    QList<MailAttempt> failed;
    QSqlQuery query(m_db);
    // A row emailed again successfully later is no longer a worry.
    query.prepare(QStringLiteral("SELECT %1 FROM mail_attempts a WHERE a.outcome IN ('refused', 'failed') "
                                 "AND a.attempted_at_utc >= ? AND NOT EXISTS (SELECT 1 FROM mail_attempts d "
                                 "WHERE d.history_id = a.history_id AND d.outcome = 'delivered' AND d.id > a.id) "
                                 "ORDER BY a.attempted_at_utc DESC, a.id DESC LIMIT ?")
                      .arg(QStringLiteral("a.id, a.history_id, a.recipient, a.attempted_at_utc, a.attempted_by, "
                                          "a.outcome, a.detail, a.language")));
    query.addBindValue(utcText(sinceUtc));
    query.addBindValue(qMax(1, limit));
    if (!query.exec()) {
        m_error = StorageErrorText::describe(query.lastError());
        return failed;
    }
    while (query.next())
        failed.append(fromQuery(query));
    return failed;
}
