#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

// Setting up a shared store (PostgreSQL) so that the server itself enforces who may do what.
//
// Three group roles, none of which can log in:
//   netcode_owner    owns the "netcode" schema and every table in it; used only by setup and
//                    migrations (SET ROLE), never by a desk.
//   netcode_desk     reads everything and writes what the daily job needs: new history rows, the
//                    ledger's columns of history, reprint counts, request counts, sign-in lock-out.
//                    No DELETE, no TRUNCATE, no DDL, no UPDATE of any other column.
//   netcode_manager  a member of netcode_desk; also edits locks, site settings and staff, and
//                    deletes old history (retention).
// Each desk or manager is an ordinary login (createuser) made a member of one group with grant().
//
// A BEFORE UPDATE trigger on history, owned by netcode_owner, keeps a settled row settled for
// every desk and manager login (only setup, as the owner, is exempt): only a row still being issued (claimed, sent, in doubt) may change its outcome and
// answer, and an issued row's code never changes. Reprint counts may change on any row.
namespace StoreSetup {

inline constexpr const char* kOwnerRole = "netcode_owner";
inline constexpr const char* kDeskRole = "netcode_desk";
inline constexpr const char* kManagerRole = "netcode_manager";

// What init() found and did; `changes` is empty when the store was already set up.
struct InitReport {
    QStringList changes; // translated, one line each
    QStringList notes;   // translated: what the person setting up should know (nothing changed by it)
    int versionBefore = 0; // 0: no store yet
    int versionAfter = 0;
    QString identity;
};

// `db` is connected (Database::StartOptions::connectOnly) as a login that may create roles: the
// server's superuser or a CREATEROLE login that may create schemas in the database. Creates the
// roles and the schema when missing, migrates as netcode_owner, and grants again. Idempotent.
bool init(QSqlDatabase& db, InitReport* report, QString* error);

enum class Role { Desk, Manager };
// Makes the existing login `login` a member of the desk or manager group (and of that one only).
// Never creates a login or sets a password.
bool grant(QSqlDatabase& db, const QString& login, Role role, QStringList* changes, QString* error);

struct Status {
    int version = 0;
    QString identity;
    QString login;
    QString role; // "admin", "owner", "manager", "desk" or "" (none of ours)
    bool rolesExist = false;
};
bool status(QSqlDatabase& db, Status* status, QString* error);

// The privileges of the groups on the store as it is now, and the history guard: idempotent
// statements run as netcode_owner after every migration (new tables get their grants too).
QStringList privilegeStatements();
// For migrations: whether this store belongs to netcode_owner and this login may act as it (then each step runs as the owner,
// SET LOCAL ROLE), and the privileges applied again after the last step. A store without the
// roles is left as it is.
bool mayActAsOwner(QSqlDatabase& db);
bool grantAgain(QSqlDatabase& db, QSqlError* error);
// Whether this server has the three group roles (a store set up with init()).
bool rolesExist(QSqlDatabase& db);

// The role named in messages ("desk", "manager").
QString roleName(Role role);

} // namespace StoreSetup
