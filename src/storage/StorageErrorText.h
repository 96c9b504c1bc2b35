#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// What a failed database statement means for the desk, in words a receptionist can act on: a busy,
// read-only, full or damaged database each get their own message (never the same "could not").
namespace StorageErrorText {
// NotAllowed: the shared store refused this login (PostgreSQL's SQLSTATE 42501): a desk's login
// trying what only a manager's may do.
enum class Kind { Busy, ReadOnly, Full, InputOutput, Damaged, NotAllowed, Unreachable, Other };

Kind kind(const QSqlError& error);
// The shared store's server is gone (stopped, restarted, network down): the connection must be
// opened again before anything more can be read or written.
bool isConnectionLost(const QSqlError& error);
// QPSQL closes its connection once the server is gone, and statements on it then fail with no
// error of their own: this gives such a failure its cause (`error` unchanged otherwise).
QSqlError withCause(const QSqlError& error, const QSqlDatabase& db);
QString describe(const QSqlError& error); // translated
} // namespace StorageErrorText
