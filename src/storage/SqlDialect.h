#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// The few places where SQLite (one desk) and PostgreSQL (the shared store) want different SQL.
// Repositories ask here instead of testing driver names themselves, so every difference between
// the two stores is in this one file.
namespace SqlDialect {

bool isPostgres(const QSqlDatabase& db);

// `column` compared and sorted without regard to ASCII case ("Room 101" = "room 101").
QString caseless(const QSqlDatabase& db, const QString& column);
// The larger of two expressions.
QString greatest(const QSqlDatabase& db, const QString& a, const QString& b);
// Appended to an INSERT so that the new row's id can be read back (PostgreSQL has no rowid).
QString returningId(const QSqlDatabase& db);
// The id of the row an INSERT (written with returningId) just added.
qint64 insertedId(QSqlQuery& query);

} // namespace SqlDialect
