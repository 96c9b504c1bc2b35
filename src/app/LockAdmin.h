#pragma once

#include "Lock.h"

#include <QSqlDatabase>
#include <QString>

class LockRepository;
class SignIn;

// Adding, changing and removing locks as a manager action: refused for the desk role with a
// message that says what to do, and written to the audit log in the same transaction.
class LockAdmin {
public:
    LockAdmin(LockRepository& locks, SignIn& signIn, QSqlDatabase db);

    bool add(Lock* lock);
    bool update(const Lock& lock);
    bool remove(const Lock& lock);
    QString errorText() const { return m_error; }

private:
    template <typename Change>
    bool apply(const QString& action, const QString& detail, Change change);

    LockRepository& m_locks;
    SignIn& m_signIn;
    QSqlDatabase m_db;
    QString m_error;
};
