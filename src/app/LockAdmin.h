#pragma once

#include "Lock.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class LockRepository;
class SignIn;

// Adding, changing and removing locks as a manager action: refused for the desk role with a
// message that says what to do, and written to the audit log in the same transaction.
class LockAdmin {
    Q_DECLARE_TR_FUNCTIONS(LockAdmin)

public:
    LockAdmin(LockRepository& locks, SignIn& signIn, QSqlDatabase db);

    bool add(Lock* lock);
    bool update(const Lock& lock);
    bool remove(const Lock& lock);
    // All of `locks` or none, with one audit row naming how many came from `source` (a file's
    // name): a failure or a killed process leaves nothing behind, so the import can be run again.
    bool addAll(QList<Lock>* locks, const QString& source);
    QString errorText() const { return m_error; }

private:
    template <typename Change>
    bool apply(const QString& action, const QString& detail, Change change);

    LockRepository& m_locks;
    SignIn& m_signIn;
    QSqlDatabase m_db;
    QString m_error;
};
