#pragma once

#include "HistoryEntry.h"
#include "HistoryQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

class QSqlQuery;
class StatementCache;

// The history of issued codes. `add` returns only once the row is committed to disk.
class HistoryRepository {
public:
    explicit HistoryRepository(QSqlDatabase db);

    // `attempts`: the requests to the service this row stands for (the ledger's claim counts its
    // own; a code reissued from history, none).
    bool add(HistoryEntry* entry, int attempts = 0);
    // Newest first; `search` matches guest, room, reference, lock name and code.
    QList<HistoryEntry> page(const QString& search, int offset, int limit) const;
    int count(const QString& search) const;
    // Filtered, sorted pages for the history panel; search uses the full-text index.
    // `ok`, when given, tells a failed read (a store gone away) from an empty page.
    QList<HistoryEntry> page(const HistoryQuery& query, int offset, int limit, bool* ok = nullptr) const;
    // The page that follows the row `afterId` in the query's order (keyset paging): as fast deep in
    // a long history as at its start, and not thrown off by rows added meanwhile. A row that is no
    // longer there gives an empty page.
    QList<HistoryEntry> pageAfter(const HistoryQuery& query, qint64 afterId, int limit, bool* ok = nullptr) const;
    int count(const HistoryQuery& query) const;
    // Deletes codes issued before `beforeUtc` (the retention policy); returns how many went.
    int countIssuedBefore(const QDateTime& beforeUtc) const;
    int removeIssuedBefore(const QDateTime& beforeUtc);
    bool find(qint64 id, HistoryEntry* entry) const;
    // The first code issued for exactly this request (lock ids, model, start string, duration id)
    // with one of `sources` ("api", "demo", ...): the same request always gives the same code.
    bool findIssued(const QString& pathId, const QString& identifier, const QString& lockModel,
                    const QString& startSent, int durationId, const QStringList& sources, HistoryEntry* entry) const;
    // Every row holding a code for exactly this request (any source: first issued, or reissued
    // from history), oldest first, demo or real: who already holds the code it gives.
    QList<HistoryEntry> codeHolders(const QString& pathId, const QString& identifier, const QString& lockModel,
                                    const QString& startSent, int durationId, bool demo) const;
    // A slip was printed for row `id` (the first print or a reprint, at any desk): counted on the row.
    bool recordPrint(qint64 id, const QDateTime& atUtc);
    QString errorText() const { return m_error; }
    QSqlError lastError() const { return m_lastError; } // of the last failed write
    QSqlDatabase connection() const { return m_db; }

private:
    // The statement for the ids and sources of the rows that answered a request with a code, `tail`
    // appended; its values in `values` (more may follow for markers in `tail`). Only two columns:
    // QtSql describes every column of a result on every run (about 1 µs a column), and the looks
    // made on every issue nearly always find nothing; the rows found are then read whole by id.
    static QString issuedForStatement(const QString& tail, const QString& pathId, const QString& identifier,
                                      const QString& lockModel, const QString& startSent, int durationId,
                                      QVariantList* values);
    // The rows with these ids as they are now, oldest first (none when they cannot be read).
    QList<HistoryEntry> wholeRows(const QList<qint64>& ids) const;
    QList<HistoryEntry> select(const HistoryQuery& query, qint64 afterId, int offset, int limit, bool* ok) const;
    // Fills in who else holds each row's code (HistoryEntry::otherHolder*, alsoHeldBy).
    void addSharing(QList<HistoryEntry>* entries) const;

    QSqlDatabase m_db;
    // The issue path's statements (add, find, the rows answering a request), kept prepared; shared
    // by copies of this repository, which use the same connection.
    std::shared_ptr<StatementCache> m_statements;
    QString m_error;
    QSqlError m_lastError;
};
