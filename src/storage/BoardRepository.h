#pragma once

#include "HistoryEntry.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What the board reads: only the codes of the lock rows on screen whose window meets the shown
// time range, never the whole history (a million rows) nor every lock (ten thousand).
class BoardRepository {
public:
    explicit BoardRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Rows of `lockIds` whose window meets [fromUtc, toUtc) (ends exclusive: a code that ends as
    // the range starts is not in it), failed requests left out, ordered by lock, then start.
    // Only what the board needs is filled in (no print counts, no ledger lease holder).
    QList<HistoryEntry> windows(const QList<qint64>& lockIds, const QDateTime& fromUtc, const QDateTime& toUtc) const;
    // One full row, for the hover text.
    bool find(qint64 id, HistoryEntry* entry) const;
    // The statement windows() runs, for checking its plan (EXPLAIN) in tests and the benchmark.
    static QString windowsStatement(const QList<qint64>& lockIds);
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};
