#pragma once

#include "Lock.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Locks as the desk keeps them. Every write reports failure with a translated message.
class LockRepository {
public:
    explicit LockRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Favourites first, then recently used, then by group and name.
    QList<Lock> all() const;
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
    QSqlDatabase m_db;
    QString m_error;
};
