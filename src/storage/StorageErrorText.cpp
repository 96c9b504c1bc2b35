#include "StorageErrorText.h"

#include <QCoreApplication>

StorageErrorText::Kind StorageErrorText::kind(const QSqlError& error)
{
    // PostgreSQL's SQLSTATE has five characters, often all digits ("42501"); SQLite's codes have
    // at most four, so a SQLSTATE is never read as one of them.
    if (error.nativeErrorCode().size() == 5)
        return error.nativeErrorCode() == QLatin1String("42501") ? Kind::NotAllowed : Kind::Other;
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
    case Kind::Other:
        break;
    }
    const QString text = error.text().trimmed();
    return text.isEmpty() ? QCoreApplication::translate("StorageErrorText", "the database reported an unknown error")
                          : text;
}
