#pragma once

#include <QSqlDatabase>
#include <QString>

// Numbered schema migrations, tracked in PRAGMA user_version. Each runs in its own transaction.
class Migrations {
public:
    static int latestVersion();
    static int version(const QSqlDatabase& db);
    // Brings the schema up to `target` (the latest unless said otherwise — tests build old versions).
    static bool apply(QSqlDatabase& db, QString* error, int target = -1);
};
