#pragma once

#include "HistoryEntry.h"
#include "HistoryRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class StatementCache;

// The request ledger: every request that can be billed is a history row claimed BEFORE it is sent,
// keyed by the canonical request. Only one live claim per request can exist across every process
// and desk sharing the database (a partial unique index, written under SQLite's write lock), so a
// second desk asking for the same code waits for the first one's answer instead of paying again.
// A claim carries a lease; a claim whose process died or whose lease ran out is turned "in doubt"
// the next time anyone looks: it may have been billed, and no answer was recorded.
class RequestLedger {
public:
    struct Claim {
        enum class Result {
            Claimed,       // `row` is ours: send the request now
            AlreadyIssued, // `row` already holds this request's code: answer from it, nothing sent
            BeingIssued,   // `row` is another live claim for the same request: wait for its answer
            // `row` is an earlier request for the same code that may have been billed and got no
            // answer: nothing is sent again unless the desk asks again for that row (reclaim).
            EarlierInDoubt,
            NotWritten,    // nothing could be recorded, so nothing may be sent; `errorText` says why
        };
        Result result = Result::NotWritten;
        HistoryEntry row;
        QString errorText; // translated
        QSqlError error;
    };

    explicit RequestLedger(QSqlDatabase db, QString owner = ownerForThisProcess());
    ~RequestLedger();
    RequestLedger(const RequestLedger&) = delete;
    RequestLedger& operator=(const RequestLedger&) = delete;

    // Claims `request` (a history row with requestKey set) unless history already answers it
    // (`reuseFrom`: the sources whose codes may answer it; empty to always ask the service).
    Claim claim(const HistoryEntry& request, const QStringList& reuseFrom, const QDateTime& nowUtc, int leaseMs);
    // Claims an in-doubt row again to ask the service once more (billed again).
    Claim reclaim(qint64 rowId, const QDateTime& nowUtc, int leaseMs);
    // The request is about to go out. Informational (a crash before or after it is in doubt
    // either way), so it never waits for a busy database.
    void markSent(qint64 rowId);
    // Keeps a claim live while its request is still on its way (called well before the lease
    // runs out). False when the write did not happen this time.
    bool renewLease(qint64 rowId, const QDateTime& untilUtc);
    // The answer, recorded durably. False when it could not be written (the row stays claimed and
    // turns in doubt later; the caller must tell the desk to write the code down); errorText()
    // then says why, as a clause ("the disk that holds the database is full").
    bool recordAnswer(qint64 rowId, const QString& code, int httpStatus);
    // The lock a code was issued for, and when: which lock was used last orders the lock list.
    struct LockUse {
        qint64 lockId = 0;
        QDateTime atUtc;
    };
    // The answer as above, with the lock's last use in the same commit: on the shared store in the
    // same statement (one round trip and one commit instead of five round trips and two commits), on
    // SQLite in the same transaction. `lockMarked` says so. The answer never depends on the mark:
    // where the mark cannot be written (or, on the shared store, its lock row is held by another
    // session) the answer is written without it, and the caller marks the lock itself
    // (LockRepository::markUsed).
    bool recordAnswer(qint64 rowId, const QString& code, int httpStatus, const LockUse& use, bool* lockMarked);
    // `neverSent`: the request provably never reached the service (refused), so it is not counted.
    bool recordFailure(qint64 rowId, const QString& failureText, int httpStatus, bool neverSent = false);
    bool recordInDoubt(qint64 rowId, const QString& failureText, int httpStatus);
    // Turns abandoned claims (lease over, or their process gone from this computer) in doubt; for
    // one request key, or all when `requestKey` is empty. Returns how many changed.
    int reapAbandoned(const QDateTime& nowUtc, const QString& requestKey = {});
    bool find(qint64 rowId, HistoryEntry* row) const;
    // NetCode requests sent to the real service (not demo) for rows issued in the UTC calendar
    // month of `nowUtc`: claimed rows count, as they may have gone out.
    int requestsThisMonth(const QDateTime& nowUtc) const;

    QString errorText() const { return m_errorText; }
    QSqlError lastError() const { return m_lastError; }
    QString owner() const { return m_owner; }
    // "host/pid": which desk (computer) and process holds a claim.
    static QString ownerForThisProcess();
    // Whether the process behind `owner` is known to be gone (same computer, no such process).
    static bool ownerGone(const QString& owner);

private:
    bool begin(const QString& requestKey);
    bool quickUpdate(const QString& statement, const QVariantList& values);
    bool commit();
    void rollback();
    bool finishRow(qint64 rowId, HistoryEntry::Outcome outcome, const QString& code, const QString& text,
                   int httpStatus, bool neverSent = false, const LockUse* use = nullptr, bool* lockMarked = nullptr);
    // Turns the request's abandoned claims in doubt and finds its claim still on its way, if any.
    bool findLive(const QString& requestKey, const QDateTime& nowUtc, HistoryEntry* row);
    // reapAbandoned, also listing the request's claims found still live (`stillLive`, may be null).
    int reap(const QDateTime& nowUtc, const QString& requestKey, QList<qint64>* stillLive);
    bool findInDoubt(const QString& requestKey, HistoryEntry* row) const;
    bool findAnswer(const HistoryEntry& request, const QStringList& sources, HistoryEntry* row) const;
    void fail(const QSqlError& error, const QString& what);
    Claim notWritten() const; // the failure just recorded, as a claim that sent nothing

    QSqlDatabase m_db;
    QString m_owner;
    HistoryRepository m_history;
    std::unique_ptr<StatementCache> m_statements; // the claim's and the marks' statements, kept prepared
    QString m_errorText;
    QSqlError m_lastError;
};
