#pragma once

#include "Lock.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class StatementCache;

// Locks as the desk keeps them. Every write reports failure with a translated message.
class LockRepository {
public:
    explicit LockRepository(QSqlDatabase db);

    // Favourites first, then recently used, then by group and name.
    // `ok`, when given, tells a failed read (a store gone away) from no locks.
    QList<Lock> all(bool* ok = nullptr) const;
    // One page of all() (the same order), only locks whose searchText() contains `search` in any
    // case: the lock list reads what it shows, never every lock. A search with letters outside
    // ASCII, which SQL's LIKE does not fold, is matched here instead, lock by lock.
    QList<Lock> page(const QString& search, int offset, int limit, bool* ok = nullptr) const;
    // What the lock list's search looks through: name, group, model (as sent and as shown).
    static QString searchText(const Lock& lock);
    // Every lock's id and name, for a lock filter (read when it is opened, not at start).
    QList<QPair<qint64, QString>> names() const;
    bool isEmpty() const;
    bool find(qint64 id, Lock* lock) const;
    bool findByName(const QString& name, Lock* lock) const;
    bool findBySmartLockId(const QString& smartLockId, Lock* lock) const;
    QStringList namesExcept(qint64 id) const;
    int count() const;
    bool insert(Lock* lock);
    // All of `locks` or none: one transaction and one prepared statement, so an import of a
    // hundred thousand rows takes seconds and a failure, a crash or a kill leaves nothing of it
    // behind. Sets each lock's id on success; on failure the message names the lock that failed.
    bool insertAll(QList<Lock>* locks);
    bool update(const Lock& lock);
    bool remove(qint64 id);
    bool markUsed(qint64 id, const QDateTime& whenUtc);
    QString errorText() const { return m_error; }

private:
    QString orderBy() const;

    QSqlDatabase m_db;
    std::shared_ptr<StatementCache> m_statements; // the lock's last use, kept prepared (shared by copies)
    QString m_error;
};
