#pragma once

#include "HistoryEntry.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The history of issued codes. `add` returns only once the row is committed to disk.
class HistoryRepository {
public:
    explicit HistoryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    bool add(HistoryEntry* entry);
    // Newest first; `search` matches guest, room, reference, lock name and code.
    QList<HistoryEntry> page(const QString& search, int offset, int limit) const;
    int count(const QString& search) const;
    bool find(qint64 id, HistoryEntry* entry) const;
    // Requests that reached the service this month (UTC calendar month of `nowUtc`).
    int sentThisMonth(const QDateTime& nowUtc) const;
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};
