#include "Migrations.h"

#include "MigrationSteps.h"
#include "SqlDialect.h"
#include "StoreSetup.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

int Migrations::latestVersion()
{
    Q_ASSERT(MigrationSteps::sqlite().size() == MigrationSteps::postgres().size());
    return int(MigrationSteps::sqlite().size());
}

namespace {
const QList<QStringList>& steps(const QSqlDatabase& db)
{
    return SqlDialect::isPostgres(db) ? MigrationSteps::postgres() : MigrationSteps::sqlite();
}

// The shared store keeps its version in a table of its own schema (PostgreSQL has no user_version).
int readVersion(const QSqlDatabase& db, QSqlError* error)
{
    QSqlQuery query(db);
    const QString statement = SqlDialect::isPostgres(db) ? QStringLiteral("SELECT version FROM schema_version")
                                                         : QStringLiteral("PRAGMA user_version");
    if (!query.exec(statement) || !query.next()) {
        *error = query.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

QString newerSchemaText(int found)
{
    return QCoreApplication::translate("Database",
                                       "This database was written by a newer version of NetCode Desk "
                                       "(schema %1; this version knows up to %2). Update NetCode Desk; "
                                       "the file has not been changed.")
        .arg(found)
        .arg(Migrations::latestVersion());
}
} // namespace

int Migrations::version(const QSqlDatabase& db)
{
    QSqlError ignored;
    return readVersion(db, &ignored);
}

bool Migrations::apply(QSqlDatabase& db, QString* error, int target, QSqlError* cause)
{
    if (target < 0 || target > latestVersion())
        target = latestVersion();
    QSqlError sqlError;
    const auto fail = [&](const QString& text) {
        *error = text;
        if (cause)
            *cause = sqlError;
        return false;
    };
    int current = readVersion(db, &sqlError);
    if (current < 0)
        return fail(QCoreApplication::translate("Database", "The database cannot be read: %1").arg(sqlError.text()));
    if (current > latestVersion())
        return fail(newerSchemaText(current));
    bool migrated = false;
    while (current < target) {
        // The write lock first, and only then the version: of several processes creating or
        // updating one file at once, one migrates while the others wait, and each of them finds
        // the work done when its turn comes instead of running the same step again.
        // On the shared store, a transaction-wide advisory lock does what SQLite's write lock does;
        // its DDL is transactional, so a failed step leaves nothing half done on either store.
        const bool postgres = SqlDialect::isPostgres(db);
        QSqlQuery query(db);
        if (!(postgres ? query.exec(QStringLiteral("BEGIN")) && query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7390451)"))
                       : query.exec(QStringLiteral("BEGIN IMMEDIATE")))) {
            sqlError = query.lastError();
            return fail(QCoreApplication::translate("Database", "Cannot update the database: %1").arg(sqlError.text()));
        }
        const auto rollBack = [&db] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };
        // The shared store's tables belong to netcode_owner whoever runs the step (StoreSetup).
        if (postgres && StoreSetup::mayActAsOwner(db) && !query.exec(QStringLiteral("SET LOCAL ROLE netcode_owner"))) {
            sqlError = query.lastError();
            rollBack();
            return fail(QCoreApplication::translate("Database", "Cannot update the database: %1").arg(sqlError.text()));
        }
        current = readVersion(db, &sqlError);
        if (current < 0 || current > latestVersion()) {
            rollBack();
            return fail(current < 0 ? QCoreApplication::translate("Database", "The database cannot be read: %1")
                                          .arg(sqlError.text())
                                    : newerSchemaText(current));
        }
        if (current >= target) {
            rollBack(); // nothing was written: another process did the work
            break;
        }
        for (const QString& statement : steps(db).at(current)) {
            if (!query.exec(statement)) {
                sqlError = query.lastError();
                rollBack();
                return fail(QCoreApplication::translate("Database", "Cannot update the database to schema %1: %2")
                                .arg(current + 1)
                                .arg(sqlError.text()));
            }
        }
        const QString setVersion = postgres ? QStringLiteral("UPDATE schema_version SET version = %1")
                                            : QStringLiteral("PRAGMA user_version = %1");
        if (!query.exec(setVersion.arg(current + 1))
            || !query.exec(QStringLiteral("COMMIT"))) {
            sqlError = query.lastError();
            rollBack();
            return fail(QCoreApplication::translate("Database", "Cannot update the database to schema %1: %2")
                            .arg(current + 1)
                            .arg(sqlError.text()));
        }
        ++current;
        migrated = true;
    }
    // New tables get the desk and manager privileges at once, not at the next store init.
    if (migrated && current == latestVersion() && SqlDialect::isPostgres(db) && !StoreSetup::grantAgain(db, &sqlError))
        return fail(QCoreApplication::translate("Database", "Cannot update the database: %1").arg(sqlError.text()));
    return true;
}
