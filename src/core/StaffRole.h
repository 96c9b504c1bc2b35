#pragma once

#include <QString>

// Who may do what at a desk. Every permission rule lives here, so the menus, the services and the
// command line ask one place (the shared store's database roles enforce the same split).
namespace StaffRole {

enum class Role { Desk, Manager };

enum class Action {
    Issue,
    Search,
    Reprint,
    Export,
    EditLocks,     // add, change or remove a lock (and import them)
    EditDeskSettings, // this computer's own settings: language, time zone, timeout, store address
    EditSettings,  // the site's settings and the sign-in setting
    ChangeApiKey,
    RunRetention,
    Restore,       // back up now, restore from a backup
    ManageStaff,
    ViewAuditLog,
};

bool allows(Role role, Action action);

// "desk" / "manager", as stored in staff.role and typed on the command line.
QString roleName(Role role);
bool parseRole(const QString& text, Role* role);
// Translated, for the user: "Desk" / "Manager".
QString roleLabel(Role role);
// Translated: why `action` was refused to someone with the desk role, and what to do.
QString refusal(Action action);

} // namespace StaffRole
