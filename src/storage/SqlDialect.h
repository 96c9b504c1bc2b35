#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

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

// Runs `statement` in `query` with `values` in place of its `?` markers, in order; false with the
// query's error when it fails. SQLite: prepared and bound. PostgreSQL: one round trip to the
// server instead of three — QPSQL prepares every statement on the server (PREPARE, EXECUTE, and
// DEALLOCATE when the query is done) and sends the values inside EXECUTE as literals written by
// the driver's formatValue; here the same literals, written the same way, go inside the statement
// itself. For the statements the issue path runs on a shared store (the ledger's claim, answer and
// marks): with six desks on two cores, every round trip waits for a turn on a processor.
// Give each value its column's type (text for text columns): a number written into the statement
// is a number, where a prepared parameter would have been converted to the column's type.
bool run(const QSqlDatabase& db, QSqlQuery& query, const QString& statement, const QVariantList& values);

} // namespace SqlDialect
