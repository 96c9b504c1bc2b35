#include "RequestLedger.h"

#include "HistoryRepository.h"
#include "SqlDialect.h"
#include "StatementCache.h"
#include "StoredText.h"
#include "StorageErrorText.h"
#include "StoredTime.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTimeZone>
#include <QVariant>
#include <QVariantList>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace {
const QString kLive = QStringLiteral("('claimed', 'sent')");

QString abandonedText()
{
    return QCoreApplication::translate("RequestLedger",
                                       "No answer was recorded for this request: the program that sent it stopped, "
                                       "the answer never came, or it could not be written. The service may have "
                                       "issued and billed a code.");
}
} // namespace

RequestLedger::RequestLedger(QSqlDatabase db, QString owner)
    : m_db(std::move(db))
    , m_owner(std::move(owner))
    , m_history(m_db)
    , m_statements(std::make_unique<StatementCache>(m_db))
{
}

RequestLedger::~RequestLedger() = default;

QString RequestLedger::ownerForThisProcess()
{
    return QSysInfo::machineHostName() + QLatin1Char('/') + QString::number(QCoreApplication::applicationPid());
}

bool RequestLedger::ownerGone(const QString& owner)
{
    const qsizetype slash = owner.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0 || owner.left(slash) != QSysInfo::machineHostName())
        return false; // another computer's process: only its lease can tell
    bool ok = false;
    const qint64 pid = owner.mid(slash + 1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
#if defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_INVALID_PARAMETER; // no such process
    DWORD exitCode = 0;
    const bool gone = GetExitCodeProcess(process, &exitCode) && exitCode != STILL_ACTIVE;
    CloseHandle(process);
    return gone;
#else
    return false;
#endif
}

void RequestLedger::fail(const QSqlError& error, const QString& what)
{
    m_lastError = StorageErrorText::withCause(error, m_db);
    m_errorText = what.arg(StorageErrorText::describe(m_lastError));
}

bool RequestLedger::begin(const QString& requestKey)
{
    const QString notRecorded =
        QCoreApplication::translate("RequestLedger", "The request could not be recorded, so it was not sent: %1.");
    if (SqlDialect::isPostgres(m_db)) {
        // The shared store: desks claiming the same request take turns on a lock of that request
        // alone, held until the transaction ends (never across the network call), so the check
        // for a live claim and the claim itself are one step no other desk can come between. The
        // unique index on live claims stands behind it.
        if (!m_db.transaction()) {
            fail(m_db.lastError(), notRecorded);
            return false;
        }
        if (!requestKey.isEmpty()) {
            StatementCache::Run lock = m_statements->run(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"), {requestKey});
            if (!lock.ok()) {
                fail(lock.query().lastError(), notRecorded);
                rollback();
                return false;
            }
        }
        return true;
    }
    // SQLite: take the write lock now, so the check for a live claim and the claim itself are
    // one step no other process can come between (it waits up to the busy timeout).
    StatementCache::Run begin = m_statements->run(QStringLiteral("BEGIN IMMEDIATE"), {});
    if (!begin.ok())
        fail(begin.query().lastError(), notRecorded);
    return begin.ok();
}

bool RequestLedger::commit()
{
    if (m_db.commit())
        return true;
    fail(m_db.lastError(),
         QCoreApplication::translate("RequestLedger", "The request could not be recorded, so it was not sent: %1."));
    rollback();
    return false;
}

void RequestLedger::rollback()
{
    if (!m_db.rollback()) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

RequestLedger::Claim RequestLedger::notWritten() const
{
    Claim result;
    result.errorText = m_errorText;
    result.error = m_lastError;
    return result;
}

bool RequestLedger::findLive(const QString& requestKey, const QDateTime& nowUtc, HistoryEntry* row)
{
    // One read of the request's live claims both turns the abandoned ones in doubt and finds the
    // one still on its way: there is at most one (the unique index on live claims).
    QList<qint64> stillLive;
    reap(nowUtc, requestKey, &stillLive);
    return !stillLive.isEmpty() && find(stillLive.constFirst(), row);
}

bool RequestLedger::findInDoubt(const QString& requestKey, HistoryEntry* row) const
{
    qint64 id = 0;
    {
        StatementCache::Run run = m_statements->run(QStringLiteral("SELECT id FROM history WHERE request_key = ? AND "
                                                                   "outcome = 'in_doubt' ORDER BY id DESC LIMIT 1"),
                                                    {requestKey});
        if (!run.ok() || !run.query().next())
            return false;
        id = run.query().value(0).toLongLong();
    }
    return find(id, row);
}

bool RequestLedger::findAnswer(const HistoryEntry& request, const QStringList& sources, HistoryEntry* row) const
{
    if (sources.isEmpty())
        return false;
    return m_history.findIssued(request.requestPathId, request.requestIdentifier, request.lockModel, request.startSent,
                                request.durationId, sources, row);
}

bool RequestLedger::find(qint64 rowId, HistoryEntry* row) const
{
    return m_history.find(rowId, row);
}

RequestLedger::Claim RequestLedger::claim(const HistoryEntry& request, const QStringList& reuseFrom,
                                          const QDateTime& nowUtc, int leaseMs)
{
    Claim result;
    m_errorText.clear();
    // The key as history keeps it (StoredText), so every look below finds the rows it wrote.
    const QString key = StoredText::of(request.requestKey);
    if (!begin(key)) {
        return notWritten();
    }
    // Live claims first, answers second. On a shared store each statement sees what was committed
    // when it began, and another desk records its answer without waiting for this desk's turn: read
    // the other way round, a claim answered between the two reads would be seen neither as answered
    // nor as live, and the request sent (and billed) again. This way, a claim not live any more was
    // settled before the second read, which sees its answer; no new claim can start meanwhile.
    HistoryEntry live;
    const bool isLive = findLive(key, nowUtc, &live);
    if (findAnswer(request, reuseFrom, &result.row)) {
        commit(); // keeps any abandoned claims just turned in doubt
        result.result = Claim::Result::AlreadyIssued;
        return result;
    }
    if (isLive) {
        commit();
        result.row = live;
        result.result = Claim::Result::BeingIssued;
        return result;
    }
    // Sending it again would bill it again while the first answer may simply have been lost:
    // only an explicit "ask again" of that row (or a fresh code the desk asked for) sends it.
    if (!reuseFrom.isEmpty() && findInDoubt(key, &result.row)) {
        commit();
        result.result = Claim::Result::EarlierInDoubt;
        return result;
    }
    HistoryEntry row = request;
    row.outcome = HistoryEntry::Outcome::Claimed;
    row.claimedBy = m_owner;
    row.leaseUntilUtc = nowUtc.addMSecs(leaseMs);
    row.code.clear();
    if (!m_history.add(&row, 1)) { // the request it stands for counts from the claim: it may go out
        const QSqlError error = StorageErrorText::withCause(m_history.lastError(), m_db);
        rollback();
        result.errorText = QCoreApplication::translate("RequestLedger",
                                                       "The request could not be recorded, so it was not sent: %1.")
                               .arg(StorageErrorText::describe(error));
        result.error = error;
        return result;
    }
    if (!commit()) {
        return notWritten();
    }
    result.result = Claim::Result::Claimed;
    result.row = row;
    return result;
}

RequestLedger::Claim RequestLedger::reclaim(qint64 rowId, const QDateTime& nowUtc, int leaseMs)
{
    Claim result;
    HistoryEntry row;
    // The row's request key first, to take its turn with any desk claiming the same request.
    if (!find(rowId, &row)) {
        result.errorText = QCoreApplication::translate("RequestLedger", "This request is no longer in history.");
        return result;
    }
    if (!begin(row.requestKey)) {
        return notWritten();
    }
    if (!find(rowId, &row)) {
        commit();
        result.errorText = QCoreApplication::translate("RequestLedger", "This request is no longer in history.");
        return result;
    }
    if (findLive(row.requestKey, nowUtc, &result.row)) {
        commit();
        result.result = Claim::Result::BeingIssued;
        return result;
    }
    find(rowId, &row);
    if (row.outcome != HistoryEntry::Outcome::InDoubt) {
        commit();
        result.row = row;
        result.result = row.hasCode() ? Claim::Result::AlreadyIssued : Claim::Result::NotWritten;
        if (!row.hasCode())
            result.errorText = QCoreApplication::translate("RequestLedger", "Only a request in doubt can be asked again.");
        return result;
    }
    QSqlError error;
    {
        StatementCache::Run again = m_statements->run(
            QStringLiteral("UPDATE history SET outcome = 'claimed', claimed_by = ?, lease_until_utc = ?, "
                           "failure_text = '', attempts = attempts + 1 WHERE id = ? AND outcome = 'in_doubt'"),
            {m_owner, StoredTime::text(nowUtc.addMSecs(leaseMs)), rowId});
        if (!again.ok())
            error = again.query().lastError();
    }
    if (error.isValid()) {
        rollback();
        fail(error, QCoreApplication::translate("RequestLedger",
                                                "The request could not be recorded, so it was not sent: %1."));
        return notWritten();
    }
    if (!commit()) {
        return notWritten();
    }
    find(rowId, &result.row);
    result.result = Claim::Result::Claimed;
    return result;
}

bool RequestLedger::quickUpdate(const QString& statement, const QVariantList& values)
{
    const bool sqlite = !SqlDialect::isPostgres(m_db);
    int busyTimeoutMs = -1;
    int synchronous = -1;
    if (sqlite) {
        // Barely wait on another writer, and skip the flush: these marks are refreshed or
        // informational, and losing one in a power cut changes nothing.
        busyTimeoutMs = m_statements->settingAsOpened(QStringLiteral("busy_timeout"));
        synchronous = m_statements->settingAsOpened(QStringLiteral("synchronous"));
        m_statements->run(QStringLiteral("PRAGMA busy_timeout = 200"), {});
        m_statements->run(QStringLiteral("PRAGMA synchronous = NORMAL"), {});
    }
    bool ok = false;
    {
        StatementCache::Run run = m_statements->run(statement, values);
        ok = run.ok() && run.query().numRowsAffected() == 1;
    }
    if (sqlite) {
        // Back to how the connection was opened (a committed code must survive a power cut).
        m_statements->run(QStringLiteral("PRAGMA synchronous = %1").arg(synchronous >= 0 ? synchronous : 2), {});
        m_statements->run(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs >= 0 ? busyTimeoutMs : 5000), {});
    }
    return ok;
}

void RequestLedger::markSent(qint64 rowId)
{
    quickUpdate(QStringLiteral("UPDATE history SET outcome = 'sent' WHERE id = ? AND outcome = 'claimed'"), {rowId});
}

bool RequestLedger::renewLease(qint64 rowId, const QDateTime& untilUtc)
{
    return quickUpdate(QStringLiteral("UPDATE history SET lease_until_utc = ? WHERE id = ? AND outcome IN %1").arg(kLive),
                       {StoredTime::text(untilUtc), rowId});
}

bool RequestLedger::finishRow(qint64 rowId, HistoryEntry::Outcome outcome, const QString& code, const QString& text,
                              int httpStatus, bool neverSent, const LockUse* use, bool* lockMarked)
{
    // An answer also settles a row that was meanwhile seen as abandoned (in doubt): it is known now.
    QString statement =
        QStringLiteral("UPDATE history SET outcome = ?, code = ?, failure_text = ?, http_status = ?%1 "
                       "WHERE id = ? AND outcome IN ('claimed', 'sent', 'in_doubt')")
            .arg(neverSent ? QStringLiteral(", attempts = %1")
                                 .arg(SqlDialect::greatest(m_db, QStringLiteral("attempts - 1"), QStringLiteral("0")))
                           : QString());
    QVariantList values{HistoryEntry::outcomeName(outcome), outcome == HistoryEntry::Outcome::Issued ? code : QStringLiteral(""),
                        StoredText::of(text), httpStatus, rowId};
    if (use) {
        // The lock's last use rides along (the statement's own count stays the history row's), and
        // never makes the answer wait: a lock row another session holds is skipped, not waited for.
        statement.prepend(QStringLiteral("WITH used AS (UPDATE locks SET last_used_utc = ? WHERE id = (SELECT id FROM "
                                         "locks WHERE id = ? FOR NO KEY UPDATE SKIP LOCKED) RETURNING 1) "));
        statement.append(QStringLiteral(" RETURNING (SELECT COUNT(*) FROM used)"));
        values.prepend(use->lockId);
        values.prepend(StoredTime::text(use->atUtc));
    }
    StatementCache::Run run = m_statements->run(statement, values);
    if (!run.ok()) {
        fail(run.query().lastError(), QStringLiteral("%1"));
        return false;
    }
    if (run.query().numRowsAffected() != 1) {
        m_lastError = {};
        m_errorText = QCoreApplication::translate("RequestLedger",
                                                  "its request row is gone or was already settled");
        return false;
    }
    if (use && lockMarked)
        *lockMarked = run.query().next() && run.query().value(0).toInt() == 1;
    return true;
}

bool RequestLedger::recordAnswer(qint64 rowId, const QString& code, int httpStatus, const LockUse& use, bool* lockMarked)
{
    *lockMarked = false;
    if (use.lockId > 0 && SqlDialect::isPostgres(m_db)) {
        if (finishRow(rowId, HistoryEntry::Outcome::Issued, code, {}, httpStatus, false, &use, lockMarked))
            return true;
        if (!m_lastError.isValid())
            return false; // the statement ran: the row is gone or was settled already, as errorText() says
        // The statement failed, so nothing of it was written: the answer alone, as below.
    } else if (use.lockId > 0 && m_statements->run(QStringLiteral("BEGIN"), {}).ok()) {
        // SQLite: both in one transaction, so one commit (the answer's, flushed to disk). A mark
        // that fails is undone alone: SQLite undoes a failed statement and keeps the transaction,
        // and where a failure ends the whole transaction (a full disk) the commit below fails and
        // the answer is written alone.
        if (!finishRow(rowId, HistoryEntry::Outcome::Issued, code, {}, httpStatus)) {
            rollback(); // the answer itself could not be written: said as it is
            return false;
        }
        {
            StatementCache::Run mark = m_statements->run(QStringLiteral("UPDATE locks SET last_used_utc = ? WHERE id = ?"),
                                                         {StoredTime::text(use.atUtc), use.lockId});
            *lockMarked = mark.ok() && mark.query().numRowsAffected() == 1; // as on the shared store
        }
        if (m_statements->run(QStringLiteral("COMMIT"), {}).ok())
            return true;
        *lockMarked = false;
        rollback(); // the answer alone, as below
    }
    return finishRow(rowId, HistoryEntry::Outcome::Issued, code, {}, httpStatus);
}

bool RequestLedger::recordAnswer(qint64 rowId, const QString& code, int httpStatus)
{
    return finishRow(rowId, HistoryEntry::Outcome::Issued, code, {}, httpStatus);
}

bool RequestLedger::recordFailure(qint64 rowId, const QString& failureText, int httpStatus, bool neverSent)
{
    return finishRow(rowId, HistoryEntry::Outcome::Failed, {}, failureText, httpStatus, neverSent);
}

int RequestLedger::requestsThisMonth(const QDateTime& nowUtc) const
{
    const QDate today = nowUtc.toUTC().date();
    const QDateTime monthStart(QDate(today.year(), today.month(), 1), QTime(0, 0), QTimeZone::utc());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(attempts), 0) FROM history WHERE demo = 0 AND request_key <> '' "
                                 "AND issued_at_utc >= ? AND issued_at_utc < ?"));
    query.addBindValue(StoredTime::text(monthStart));
    query.addBindValue(StoredTime::text(monthStart.addMonths(1)));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool RequestLedger::recordInDoubt(qint64 rowId, const QString& failureText, int httpStatus)
{
    return finishRow(rowId, HistoryEntry::Outcome::InDoubt, {}, failureText, httpStatus);
}

int RequestLedger::reapAbandoned(const QDateTime& nowUtc, const QString& requestKey)
{
    return reap(nowUtc, requestKey, nullptr);
}

int RequestLedger::reap(const QDateTime& nowUtc, const QString& requestKey, QList<qint64>* stillLive)
{
    // Every request's claims, or when asked which are still live, the one request's (even a request
    // with an empty key: its live claims are not another request's).
    const bool oneRequest = !requestKey.isEmpty() || stillLive;
    QList<std::pair<qint64, QString>> abandoned; // with the lease seen as over
    {
        StatementCache::Run select = m_statements->run(
            QStringLiteral("SELECT id, claimed_by, lease_until_utc FROM history WHERE outcome IN %1%2")
                .arg(kLive, oneRequest ? QStringLiteral(" AND request_key = ?") : QString()),
            oneRequest ? QVariantList{requestKey} : QVariantList());
        if (!select.ok())
            return 0;
        while (select.query().next()) {
            const qint64 id = select.query().value(0).toLongLong();
            const QDateTime lease = StoredTime::fromText(select.query().value(2).toString());
            if (!lease.isValid() || lease <= nowUtc || ownerGone(select.query().value(1).toString()))
                abandoned.append({id, select.query().value(2).toString()});
            else if (stillLive)
                stillLive->append(id);
        }
    } // read released before the writes
    int changed = 0;
    for (const auto& [id, lease] : std::as_const(abandoned)) {
        // Only while its lease is still the one seen: a claim renewed meanwhile (on the shared store
        // its desk renews without waiting for this one's turn) is on its way, not abandoned.
        StatementCache::Run update = m_statements->run(
            QStringLiteral("UPDATE history SET outcome = 'in_doubt', failure_text = ? WHERE id = ? AND outcome IN %1 "
                           "AND COALESCE(lease_until_utc, '') = ?")
                .arg(kLive),
            {abandonedText(), id, lease});
        const bool failed = !update.ok();
        const bool turned = !failed && update.query().numRowsAffected() == 1;
        if (turned) {
            ++changed;
            continue;
        }
        if (!stillLive)
            continue;
        // Not turned: if the write failed, or the claim was renewed meanwhile, it is still live as far
        // as this desk can tell; settled meanwhile, it is not.
        HistoryEntry row;
        if (failed || (find(id, &row) && row.isPending()))
            stillLive->append(id);
    }
    return changed;
}
