#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// Numbered schema migrations, tracked in PRAGMA user_version. Each runs in its own write
// transaction (BEGIN IMMEDIATE) that reads the version again once it holds the lock, so any number
// of processes may open the same new or old file at once.
class Migrations {
public:
    static int latestVersion();
    static int version(const QSqlDatabase& db);
    // Brings the schema up to `target` (the latest unless said otherwise — tests build old versions).
    // `cause` receives SQLite's own error when one made it fail (busy, read-only, full, not a database…).
    static bool apply(QSqlDatabase& db, QString* error, int target = -1, QSqlError* cause = nullptr);
};
