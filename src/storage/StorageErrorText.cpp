#include "StorageErrorText.h"

#include <QCoreApplication>

#include <optional>

namespace {
// PostgreSQL reports a five-character SQLSTATE where SQLite reports a number of at most four
// digits, so the length alone tells the two stores apart.
std::optional<StorageErrorText::Kind> kindOfSqlState(const QString& state)
{
    if (state.size() != 5)
        return std::nullopt;
    if (state == QLatin1String("55P03")    // lock_not_available: lock_timeout ran out
        || state == QLatin1String("57014") // query_canceled: statement_timeout ran out
        || state == QLatin1String("40P01") // deadlock_detected
        || state == QLatin1String("40001")) // serialization_failure
        return StorageErrorText::Kind::Busy;
    if (state == QLatin1String("42501")) // insufficient_privilege: the server refused this login
        return StorageErrorText::Kind::NotAllowed;
    if (state == QLatin1String("25006")) // read_only_sql_transaction (a standby, or set read-only)
        return StorageErrorText::Kind::ReadOnly;
    if (state == QLatin1String("53100")) // disk_full
        return StorageErrorText::Kind::Full;
    if (state == QLatin1String("58030")) // io_error
        return StorageErrorText::Kind::InputOutput;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002")) // data or index corrupted
        return StorageErrorText::Kind::Damaged;
    return StorageErrorText::Kind::Other;
}
} // namespace

bool StorageErrorText::isConnectionLost(const QSqlError& error)
{
    if (!error.isValid())
        return false;
    // PostgreSQL's SQLSTATE: class 08 (connection exception), 57P01-57P03 (the server is shutting
    // down, crashed or not yet accepting connections). libpq's own failures carry no SQLSTATE.
    const QString state = error.nativeErrorCode();
    if (state.size() == 5
        && (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
            || state == QLatin1String("57P03")))
        return true;
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    for (const char* sign : {"server closed the connection", "no connection to the server", "terminating connection",
                             "could not connect to server", "connection to server", "could not receive data",
                             "could not send data", "SSL SYSCALL error", "connection timed out"}) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QSqlError StorageErrorText::withCause(const QSqlError& error, const QSqlDatabase& db)
{
    if (error.isValid() || db.isOpen() || !db.isValid())
        return error;
    return QSqlError(QString(), QStringLiteral("no connection to the server"), QSqlError::ConnectionError);
}

StorageErrorText::Kind StorageErrorText::kind(const QSqlError& error)
{
    if (isConnectionLost(error))
        return Kind::Unreachable;
    if (const auto serverKind = kindOfSqlState(error.nativeErrorCode()))
        return *serverKind;
    bool numeric = false;
    // SQLite's extended result codes carry the primary code in their low byte.
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (!numeric)
        return Kind::Other;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Kind::Busy;
    case 8: // SQLITE_READONLY
        return Kind::ReadOnly;
    case 13: // SQLITE_FULL
        return Kind::Full;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return Kind::InputOutput;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Kind::Damaged;
    default:
        return Kind::Other;
    }
}

QString StorageErrorText::describe(const QSqlError& error)
{
    switch (kind(error)) {
    case Kind::Busy:
        return QCoreApplication::translate("StorageErrorText",
                                           "the database is busy: another program has been writing to it for "
                                           "too long");
    case Kind::ReadOnly:
        return QCoreApplication::translate("StorageErrorText",
                                           "the database cannot be written (it or its folder is read-only)");
    case Kind::Full:
        return QCoreApplication::translate("StorageErrorText", "the disk that holds the database is full");
    case Kind::InputOutput:
        return QCoreApplication::translate("StorageErrorText",
                                           "the database file could not be read or written (disk or file error)");
    case Kind::Damaged:
        return QCoreApplication::translate("StorageErrorText", "the database file is damaged");
    case Kind::NotAllowed:
        return QCoreApplication::translate("StorageErrorText",
                                           "the shared store does not allow this login to do that (only a manager's "
                                           "login may); nothing was changed");
    case Kind::Unreachable:
        return QCoreApplication::translate("StorageErrorText",
                                           "the shared store cannot be reached (its server stopped or the network "
                                           "is down); NetCode Desk reconnects by itself");
    case Kind::Other:
        break;
    }
    const QString text = error.text().trimmed();
    return text.isEmpty() ? QCoreApplication::translate("StorageErrorText", "the database reported an unknown error")
                          : text;
}
