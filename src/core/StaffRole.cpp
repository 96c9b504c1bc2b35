#include "StaffRole.h"

#include <QCoreApplication>

namespace StaffRole {

bool allows(Role role, Action action)
{
    switch (action) {
    case Action::Issue:
    case Action::Search:
    case Action::Reprint:
    case Action::Export:
    case Action::EditDeskSettings:
        return true;
    case Action::EditLocks:
    case Action::EditSettings:
    case Action::ChangeApiKey:
    case Action::RunRetention:
    case Action::Restore:
    case Action::ManageStaff:
    case Action::ViewAuditLog:
        return role == Role::Manager;
    }
    return false;
}

QString roleName(Role role)
{
    return role == Role::Manager ? QStringLiteral("manager") : QStringLiteral("desk");
}

bool parseRole(const QString& text, Role* role)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("manager")) {
        *role = Role::Manager;
        return true;
    }
    if (name == QLatin1String("desk")) {
        *role = Role::Desk;
        return true;
    }
    return false;
}

QString roleLabel(Role role)
{
    return role == Role::Manager ? QCoreApplication::translate("StaffRole", "Manager")
                                 : QCoreApplication::translate("StaffRole", "Desk");
}

QString refusal(Action action)
{
    const char* what = nullptr;
    switch (action) {
    case Action::EditLocks:
        what = QT_TRANSLATE_NOOP("StaffRole", "Only a manager can add, change or remove locks. Ask a manager to sign in.");
        break;
    case Action::EditSettings:
        what = QT_TRANSLATE_NOOP("StaffRole", "Only a manager can change the settings. Ask a manager to sign in.");
        break;
    case Action::ChangeApiKey:
        what = QT_TRANSLATE_NOOP("StaffRole", "Only a manager can change the API key. Ask a manager to sign in.");
        break;
    case Action::RunRetention:
        what = QT_TRANSLATE_NOOP("StaffRole", "Only a manager can delete old codes. Ask a manager to sign in.");
        break;
    case Action::Restore:
        what = QT_TRANSLATE_NOOP("StaffRole", "Only a manager can back up or restore the database. Ask a manager to sign in.");
        break;
    case Action::ManageStaff:
        what = QT_TRANSLATE_NOOP("StaffRole", "Only a manager can add or change staff. Ask a manager to sign in.");
        break;
    case Action::ViewAuditLog:
        what = QT_TRANSLATE_NOOP("StaffRole", "Only a manager can read the audit log. Ask a manager to sign in.");
        break;
    case Action::Issue:
    case Action::Search:
    case Action::Reprint:
    case Action::Export:
    case Action::EditDeskSettings:
        return QString();
    }
    return QCoreApplication::translate("StaffRole", what);
}

} // namespace StaffRole
