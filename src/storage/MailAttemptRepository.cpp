#include "MailAttemptRepository.h"

#include "RequestLedger.h"
#include "SqlDialect.h"
#include "StorageErrorText.h"
#include "StoredTime.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace {
// An attempt and, beside it, the row that settles it (if any).
const QString kSelect = QStringLiteral(
    "SELECT a.id, a.history_id, a.recipient, a.attempted_at_utc, a.attempted_by, a.outcome, a.detail, a.state, "
    "a.sender, a.lease_until_utc, s.id, s.outcome, s.detail, s.state, s.attempted_at_utc, a.language "
    "FROM mail_attempts a LEFT JOIN mail_attempts s ON s.settles = a.id WHERE a.settles IS NULL AND ");


// A null QString is bound as SQL NULL; the columns are NOT NULL text (empty when unknown).
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString abandonedText()
{
    return QCoreApplication::translate("MailAttemptRepository",
                                       "No answer from the mail server was recorded: the program sending it stopped "
                                       "or could not record the outcome. The email may have reached the guest; "
                                       "check with the guest before sending it again.");
}

// A send whose process is gone, or whose lease is over, has ended without its outcome recorded.
bool stillSending(const MailAttempt& attempt, const QDateTime& nowUtc)
{
    if (nowUtc.isValid() && (!attempt.leaseUntilUtc.isValid() || attempt.leaseUntilUtc <= nowUtc))
        return false;
    return !RequestLedger::ownerGone(attempt.sender);
}

MailAttempt fromQuery(const QSqlQuery& query, const QDateTime& nowUtc)
{
    MailAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.historyId = query.value(1).toLongLong();
    attempt.recipient = query.value(2).toString();
    attempt.attemptedAtUtc = StoredTime::fromText(query.value(3).toString());
    attempt.attemptedBy = query.value(4).toString();
    attempt.outcome = MailAttempt::outcomeFromName(query.value(5).toString());
    attempt.detail = query.value(6).toString();
    attempt.language = query.value(15).toString();
    const QString state = query.value(7).toString();
    attempt.sender = query.value(8).toString();
    attempt.leaseUntilUtc = StoredTime::fromText(query.value(9).toString());
    if (state == QLatin1String("unknown"))
        attempt.outcome = MailAttempt::Outcome::Unknown;
    if (state != QLatin1String("sending"))
        return attempt;
    if (!query.value(10).isNull() && query.value(10).toLongLong() > 0) {
        attempt.outcome = query.value(13).toString() == QLatin1String("unknown")
            ? MailAttempt::Outcome::Unknown
            : MailAttempt::outcomeFromName(query.value(11).toString());
        attempt.detail = query.value(12).toString();
        attempt.settledAtUtc = StoredTime::fromText(query.value(14).toString());
    } else if (stillSending(attempt, nowUtc)) {
        attempt.outcome = MailAttempt::Outcome::Sending;
        attempt.detail.clear();
    } else {
        attempt.outcome = MailAttempt::Outcome::Unknown;
        attempt.detail = abandonedText();
    }
    return attempt;
}
} // namespace

void MailAttemptRepository::rollback()
{
    if (!m_db.rollback())
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

bool MailAttemptRepository::beginWrite(qint64 historyId)
{
    QSqlQuery query(m_db);
    bool ok = false;
    if (SqlDialect::isPostgres(m_db)) {
        // Desks emailing the same row take turns on a lock of that row alone, held until the
        // transaction ends (never across the send): the look for a send on its way and the record
        // of this one are one step no other desk can come between.
        ok = m_db.transaction();
        if (ok) {
            ok = query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"));
            query.addBindValue(QStringLiteral("mail:%1").arg(historyId));
            ok = ok && query.exec();
            if (!ok) {
                m_error = StorageErrorText::describe(query.lastError());
                rollback();
                return false;
            }
            query.finish();
        } else {
            m_error = StorageErrorText::describe(m_db.lastError());
        }
        return ok;
    }
    // SQLite: the write lock first (waiting up to the busy timeout), for the same reason.
    ok = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!ok)
        m_error = StorageErrorText::describe(StorageErrorText::withCause(query.lastError(), m_db));
    return ok;
}

MailAttemptRepository::Begin MailAttemptRepository::begin(const MailAttempt& attempt, const QDateTime& leaseUntilUtc,
                                                          const QDateTime& nowUtc)
{
    Begin result;
    m_error.clear();
    const auto notWritten = [this, &result](const QString& why) {
        m_error = QCoreApplication::translate("MailAttemptRepository",
                                              "The email could not be recorded, so it was not sent: %1")
                      .arg(why);
        result.result = Begin::Result::NotWritten;
        return result;
    };
    if (!beginWrite(attempt.historyId))
        return notWritten(m_error);
    // Another send to this row still on its way: the guest would get the email twice.
    const QList<MailAttempt> earlier =
        read(QStringLiteral("a.history_id = ? AND a.state = 'sending'"), {attempt.historyId}, nowUtc);
    for (const MailAttempt& other : earlier) {
        if (other.sending()) {
            rollback();
            result.result = Begin::Result::BeingSent;
            result.attempt = other;
            return result;
        }
    }
    if (!m_error.isEmpty()) {
        const QString why = m_error;
        rollback();
        return notWritten(why);
    }
    MailAttempt sending = attempt;
    sending.outcome = MailAttempt::Outcome::Sending;
    sending.leaseUntilUtc = leaseUntilUtc;
    sending.detail.clear();
    QSqlQuery query(m_db);
    const bool prepared = query.prepare(
        QStringLiteral("INSERT INTO mail_attempts (history_id, recipient, attempted_at_utc, attempted_by, outcome, "
                       "detail, state, sender, lease_until_utc, language) VALUES (?, ?, ?, ?, 'failed', '', 'sending', ?, ?, ?)")
        + SqlDialect::returningId(m_db));
    query.addBindValue(sending.historyId);
    query.addBindValue(notNull(sending.recipient));
    query.addBindValue(StoredTime::text(sending.attemptedAtUtc));
    query.addBindValue(notNull(sending.attemptedBy));
    query.addBindValue(notNull(sending.sender));
    query.addBindValue(StoredTime::text(leaseUntilUtc));
    query.addBindValue(notNull(sending.language));
    if (!prepared || !query.exec()) {
        const QSqlError error = StorageErrorText::withCause(query.lastError(), m_db);
        rollback();
        return notWritten(StorageErrorText::describe(error));
    }
    sending.id = SqlDialect::insertedId(query);
    query.finish();
    if (!m_db.commit()) {
        const QSqlError error = StorageErrorText::withCause(m_db.lastError(), m_db);
        rollback();
        return notWritten(StorageErrorText::describe(error));
    }
    result.result = Begin::Result::Started;
    result.attempt = sending;
    return result;
}

bool MailAttemptRepository::settle(MailAttempt* attempt, const QDateTime& settledAtUtc)
{
    m_error.clear();
    const bool unknown = attempt->outcome == MailAttempt::Outcome::Unknown;
    const MailAttempt::Outcome stored = unknown || attempt->outcome == MailAttempt::Outcome::Sending
        ? MailAttempt::Outcome::Failed
        : attempt->outcome;
    QSqlQuery query(m_db);
    // One statement, committed on its own: the outcome row names the send it settles (the unique
    // index refuses a second outcome for the same send).
    const bool prepared = query.prepare(
        QStringLiteral("INSERT INTO mail_attempts (history_id, recipient, attempted_at_utc, attempted_by, outcome, "
                       "detail, state, settles, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(attempt->historyId);
    query.addBindValue(notNull(attempt->recipient));
    query.addBindValue(StoredTime::text(settledAtUtc));
    query.addBindValue(notNull(attempt->attemptedBy));
    query.addBindValue(MailAttempt::outcomeName(stored));
    query.addBindValue(notNull(attempt->detail));
    query.addBindValue(unknown ? QStringLiteral("unknown") : QStringLiteral("settled"));
    query.addBindValue(attempt->id);
    query.addBindValue(notNull(attempt->language));
    if (!prepared || !query.exec()) {
        m_error = QCoreApplication::translate("MailAttemptRepository", "The email attempt could not be recorded: %1")
                      .arg(StorageErrorText::describe(StorageErrorText::withCause(query.lastError(), m_db)));
        return false;
    }
    attempt->settledAtUtc = settledAtUtc;
    return true;
}

bool MailAttemptRepository::record(MailAttempt* attempt)
{
    m_error.clear();
    QSqlQuery query(m_db);
    const bool prepared = query.prepare(QStringLiteral("INSERT INTO mail_attempts (history_id, recipient, attempted_at_utc, "
                                                       "attempted_by, outcome, detail, language) VALUES (?, ?, ?, ?, ?, ?, ?)")
                                        + SqlDialect::returningId(m_db));
    query.addBindValue(attempt->historyId);
    query.addBindValue(notNull(attempt->recipient));
    query.addBindValue(StoredTime::text(attempt->attemptedAtUtc));
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

QList<MailAttempt> MailAttemptRepository::read(const QString& where, const QList<qint64>& historyIds,
                                               const QDateTime& nowUtc) const
{
    QList<MailAttempt> attempts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(kSelect + where + QStringLiteral(" ORDER BY a.id"))) {
        m_error = StorageErrorText::describe(query.lastError());
        return attempts;
    }
    for (const qint64 id : historyIds)
        query.addBindValue(id);
    if (!query.exec()) {
        m_error = StorageErrorText::describe(query.lastError());
        return attempts;
    }
    while (query.next())
        attempts.append(fromQuery(query, nowUtc));
    return attempts;
}

QList<MailAttempt> MailAttemptRepository::forHistory(qint64 historyId, const QDateTime& nowUtc) const
{
    return read(QStringLiteral("a.history_id = ?"), {historyId}, nowUtc);
}

QHash<qint64, MailRowState> MailAttemptRepository::statesFor(const QList<qint64>& historyIds, const QDateTime& nowUtc) const
{
    QHash<qint64, MailRowState> states;
    if (historyIds.isEmpty())
        return states;
    // One statement for a page: every attempt of its rows (a row has one or two, rarely more).
    QStringList marks;
    for (qsizetype i = 0; i < historyIds.size(); ++i)
        marks << QStringLiteral("?");
    for (const MailAttempt& attempt :
         read(QStringLiteral("a.history_id IN (%1)").arg(marks.join(QStringLiteral(", "))), historyIds, nowUtc)) {
        MailRowState& state = states[attempt.historyId];
        state.latest = attempt; // ids grow with time, and the rows come in id order
        ++state.attempts;
        if (attempt.delivered())
            state.lastDelivered = attempt;
    }
    return states;
}

QHash<qint64, MailAttempt> MailAttemptRepository::latestFor(const QList<qint64>& historyIds, const QDateTime& nowUtc) const
{
    QHash<qint64, MailAttempt> latest;
    const QHash<qint64, MailRowState> states = statesFor(historyIds, nowUtc);
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        latest.insert(it.key(), it->latest);
    return latest;
}

QList<MailAttempt> MailAttemptRepository::failedSince(const QDateTime& sinceUtc, int limit, const QDateTime& nowUtc) const
{
    QList<MailAttempt> failed;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The rows that had an attempt not known to be delivered since then (a send in progress or
    // settled later holds 'failed' in its own row too), through the index on outcome and time;
    // whether any of their attempts did deliver is read next.
    query.prepare(QStringLiteral("SELECT DISTINCT history_id FROM mail_attempts WHERE outcome IN ('refused', 'failed') "
                                 "AND attempted_at_utc >= ? AND settles IS NULL"));
    query.addBindValue(StoredTime::text(sinceUtc));
    if (!query.exec()) {
        m_error = StorageErrorText::describe(query.lastError());
        return failed;
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    const QHash<qint64, MailRowState> states = statesFor(ids, nowUtc);
    for (const MailRowState& state : states) {
        if (state.anyDelivered() || state.latest.sending() || state.latest.attemptedAtUtc < sinceUtc)
            continue;
        failed.append(state.latest);
    }
    std::sort(failed.begin(), failed.end(), [](const MailAttempt& a, const MailAttempt& b) {
        return a.attemptedAtUtc != b.attemptedAtUtc ? a.attemptedAtUtc > b.attemptedAtUtc : a.id > b.id;
    });
    if (failed.size() > qMax(1, limit))
        failed.resize(qMax(1, limit));
    return failed;
}
