#pragma once

#include <QSqlDatabase>
#include <QString>

// Numbered schema migrations, tracked in PRAGMA user_version. Each runs in its own transaction.
class Migrations {
public:
    static int latestVersion();
    static int version(const QSqlDatabase& db);
    static bool apply(QSqlDatabase& db, QString* error);
};
