#pragma once

#include "StaffRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class SignIn;

// Adding and changing staff: only a manager (or the administration tool), each change in one
// transaction with its audit row. Nobody is ever deleted (history names them): they are deactivated.
class StaffAdmin {
    Q_DECLARE_TR_FUNCTIONS(StaffAdmin)

public:
    StaffAdmin(StaffRepository& staff, SignIn& signIn, QSqlDatabase db);

    bool add(const QString& name, StaffRole::Role role, const QString& secret, const QString& dbLogin,
             StaffMember* added = nullptr);
    bool changeRole(qint64 id, StaffRole::Role role);
    bool resetSecret(qint64 id, const QString& secret);
    bool setDbLogin(qint64 id, const QString& login);
    bool deactivate(qint64 id);
    bool reactivate(qint64 id);
    QString errorText() const { return m_error; }

private:
    template <typename Change>
    bool apply(const QString& action, const QString& detail, Change change);
    bool leavesNoManager(const StaffMember& member) const;
    bool load(qint64 id, StaffMember* member);

    StaffRepository& m_staff;
    SignIn& m_signIn;
    QSqlDatabase m_db;
    QString m_error;
};
