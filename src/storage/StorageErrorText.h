#pragma once

#include <QSqlError>
#include <QString>

// What a failed database statement means for the desk, in words a receptionist can act on: a busy,
// read-only, full or damaged database each get their own message (never the same "could not").
namespace StorageErrorText {
// NotAllowed: the shared store refused this login (PostgreSQL's SQLSTATE 42501): a desk's login
// trying what only a manager's may do.
enum class Kind { Busy, ReadOnly, Full, InputOutput, Damaged, NotAllowed, Other };

Kind kind(const QSqlError& error);
QString describe(const QSqlError& error); // translated
} // namespace StorageErrorText
