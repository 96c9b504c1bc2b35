#include "Database.h"

#include "DatabaseBackup.h"
#include "Migrations.h"
#include "StoreAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>
#include <QVariant>

namespace {
// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteAuth = 23,
    SqliteNotADb = 26,
};

constexpr qint64 kLowSpaceBytes = 1024 * 1024;

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

QString sqliteText(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("netcode-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("netcode-desk.sqlite"));
}

bool Database::open(const QString& path)
{
    return open(path, StartOptions());
}

bool Database::open(const QString& path, const StartOptions& options)
{
    close();
    m_path = path;
    m_error.clear();
    m_notices.clear();
    m_failure = Failure::None;
    m_shared = StoreAddress::isShared(path);
    if (m_shared)
        return openShared(path, options);
    if (!checkFiles())
        return false;
    QString lockError;
    if (!m_lock.open(path, &lockError)) {
        fail(Failure::Unreadable, lockError);
        return false;
    }
    if (!m_lock.lockGate(kGateTimeoutMs)) {
        fail(Failure::InUse, QString());
        m_lock.close();
        return false;
    }
    const QDateTime nowUtc = options.nowUtc.isValid() ? options.nowUtc : QDateTime::currentDateTimeUtc();
    // Alone: no other process has the database open, so its file may be replaced.
    const bool alone = m_lock.setHold(DatabaseLock::Hold::Exclusive);
    if (options.applyStagedRestore && DatabaseBackup::hasStagedRestore(path)) {
        if (alone) {
            QString note;
            DatabaseBackup::applyStagedRestore(path, nowUtc, &note);
            if (!note.isEmpty())
                m_notices << note;
        } else if (m_lock.isSupported()) {
            m_notices << QCoreApplication::translate("Database", "A restore from a backup is waiting, but another NetCode Desk program has this "
                                   "database open, so the database was not changed. The restore is done the next time "
                                   "NetCode Desk starts while no other NetCode Desk program uses this database.");
        } else {
            m_notices << QCoreApplication::translate("Database", "A restore from a backup is waiting, but the folder of this database does not "
                                   "support file locks, so NetCode Desk cannot tell whether another program uses the "
                                   "database, and did not change it. Move the database to a local disk to restore.");
        }
    }
    m_lock.setHold(DatabaseLock::Hold::Shared); // cannot be refused: the gate is held
    m_lock.unlockGate();
    if (openConnection())
        return true;
    if (failedAsDamaged() && options.recoverFromBackup) {
        StartOptions recovery = options;
        recovery.nowUtc = nowUtc;
        if (recover(recovery))
            return true;
    }
    closeConnection();
    m_lock.close();
    return false;
}

bool Database::checkFiles()
{
    const QFileInfo file(m_path);
    const QString folder = file.absolutePath();
    if (!QDir().mkpath(folder)) {
        m_failure = Failure::Folder;
        m_error = QCoreApplication::translate("Database", "Cannot create the folder %1 for the database.").arg(folder);
        return false;
    }
    if (file.exists()) {
        if (file.isDir()) {
            fail(Failure::Other, QCoreApplication::translate("Database", "it is a folder"));
            return false;
        }
        if (!file.isReadable()) {
            fail(Failure::Unreadable, QCoreApplication::translate("Database", "permission denied"));
            return false;
        }
        if (!file.isWritable()) {
            fail(Failure::ReadOnly, QString());
            return false;
        }
    }
    // SQLite writes its journal next to the database, and the lock file lives there too.
    if (!QFileInfo(folder).isWritable()) {
        m_failure = Failure::ReadOnly;
        m_error = QCoreApplication::translate("Database", "The folder %1 that holds the database is read-only, and NetCode Desk must be able to "
                            "write files next to the database (its journal and lock file). Make the folder "
                            "writable and start again; nothing was changed.")
                      .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    return true;
}

void Database::fail(Failure failure, const QString& detail)
{
    m_failure = failure;
    const QString file = QDir::toNativeSeparators(m_path);
    switch (failure) {
    case Failure::ReadOnly:
        m_error = QCoreApplication::translate("Database", "The database %1 is read-only (the file, its folder or its disk), so NetCode Desk cannot "
                            "record codes in it. Make it writable and start again; nothing was changed.")
                      .arg(file);
        break;
    case Failure::Busy:
        m_error = QCoreApplication::translate("Database", "The database %1 is locked by another program that is writing to it, and it did not let "
                            "go within %2 seconds. Nothing was changed; try again in a moment, and if it keeps "
                            "happening, close the program that holds the database.")
                      .arg(file)
                      .arg(qMax(kBusyTimeoutMs, int(m_opening.elapsed())) / 1000);
        break;
    case Failure::DiskFull:
        m_error = QCoreApplication::translate("Database", "The disk that holds the database %1 is full, so NetCode Desk cannot write to it. Free "
                            "some space and start again; nothing was changed.")
                      .arg(file);
        break;
    case Failure::NotADatabase:
        m_error = QCoreApplication::translate("Database", "The file %1 is not a NetCode Desk database: SQLite does not recognise it as a "
                            "database (%2).")
                      .arg(file, detail);
        break;
    case Failure::Corrupt:
        m_error = QCoreApplication::translate("Database", "The database %1 is damaged: SQLite reports \"%2\".").arg(file, detail);
        break;
    case Failure::Unreadable:
        m_error = QCoreApplication::translate("Database", "The database %1 cannot be read or written (%2). Check that its disk or network share "
                            "is there and that you may use the file; nothing was changed.")
                      .arg(file, detail);
        break;
    case Failure::InUse:
        m_error = QCoreApplication::translate("Database", "Another NetCode Desk program is restoring or repairing the database %1. Try again in "
                            "a minute.")
                      .arg(file);
        break;
    case Failure::BadAddress:
        m_error = detail;
        break;
    case Failure::NoDriver:
        m_error = QCoreApplication::translate("Database", "This computer cannot reach a shared store: Qt's PostgreSQL driver is not "
                                                          "installed (Debian and Ubuntu: the package libqt6sql6-psql).");
        break;
    case Failure::Unreachable:
        m_error = QCoreApplication::translate("Database", "The shared store %1 cannot be reached: no server answered (%2). Check that the "
                                                          "server is running and that this computer's network reaches it; "
                                                          "nothing was changed.")
                      .arg(file, detail);
        break;
    case Failure::LoginRefused:
        m_error = QCoreApplication::translate("Database", "The shared store %1 refused the login: the user name or password is wrong, or "
                                                          "no password was given (%2).")
                      .arg(file, detail);
        break;
    case Failure::NoSuchDatabase:
        m_error = QCoreApplication::translate("Database", "The server has no database by the name given in %1. Check the name after the "
                                                          "last \"/\" of the address.")
                      .arg(file);
        break;
    case Failure::NotSetUp:
        m_error = QCoreApplication::translate("Database", "The database %1 holds no NetCode Desk store. A manager sets one up with "
                                                          "\"netcode-desk-cli store init --database URL\" (or Settings, Shared store, "
                                                          "Set up); nothing was changed.")
                      .arg(file);
        break;
    case Failure::NotOurs:
        m_error = QCoreApplication::translate("Database", "The database %1 has a schema named \"netcode\" that NetCode Desk did not make, "
                                                          "so it was left alone. Use another database for the shared store.")
                      .arg(file);
        break;
    case Failure::NeedsSetUp:
        m_error = QCoreApplication::translate("Database", "The shared store %1 must be updated for this version of NetCode Desk, and this "
                                                          "login may not change its tables. A manager runs \"netcode-desk-cli store "
                                                          "init --database URL\" once; nothing was changed.")
                      .arg(file);
        break;
    case Failure::NotAMember:
        // `detail` is the login.
        m_error = QCoreApplication::translate("Database", "The shared store %1 cannot be used with this login: the login %2 is "
                                                          "not a member of netcode_desk or netcode_manager; ask whoever set "
                                                          "up the store to run: netcode-desk-cli store grant %2 --role desk")
                      .arg(file, detail);
        break;
    case Failure::Folder:
    case Failure::NewerSchema:
    case Failure::Other:
        m_error = QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(file, detail);
        break;
    case Failure::None:
        m_error.clear();
        break;
    }
}

void Database::failWith(const QSqlError& error, const QString& fallback)
{
    switch (primaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        fail(Failure::Busy, QString());
        break;
    case SqliteReadOnly:
        fail(Failure::ReadOnly, QString());
        break;
    case SqliteFull:
        fail(Failure::DiskFull, QString());
        break;
    case SqliteNotADb:
        fail(Failure::NotADatabase, sqliteText(error));
        break;
    case SqliteCorrupt:
        fail(Failure::Corrupt, sqliteText(error));
        break;
    case SqliteIoErr:
    case SqliteCantOpen:
        // A full disk often reaches SQLite as an I/O error (growing the -shm file, for one): with
        // next to no space left on the database's disk, say so rather than "cannot be read".
        if (QStorageInfo(QFileInfo(m_path).absolutePath()).bytesAvailable() < kLowSpaceBytes) {
            fail(Failure::DiskFull, QString());
            break;
        }
        fail(Failure::Unreadable, sqliteText(error));
        break;
    case SqlitePerm:
    case SqliteAuth:
        fail(Failure::Unreadable, sqliteText(error));
        break;
    default:
        m_failure = Failure::Other;
        m_error = fallback;
        break;
    }
}

bool Database::openConnection()
{
    m_opening.start();
    // Every QSqlDatabase and QSqlQuery of the attempt is gone before the connection is removed.
    if (setUpConnection())
        return true;
    closeConnection();
    return false;
}

bool Database::setUpConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        failWith(db.lastError(), QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(m_path, db.lastError().text()));
        return false;
    }
    QSqlQuery pragma(db);
    // The first read: a file SQLite cannot read, or one another program keeps locked, fails here,
    // once, with SQLite's own reason.
    if (!pragma.exec(QStringLiteral("PRAGMA user_version")) || !pragma.next()) {
        failWith(pragma.lastError(), QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(m_path, pragma.lastError().text()));
        pragma.finish();
        return false;
    }
    pragma.finish();
    // A committed history row must survive a crash or power cut. Switching to WAL needs a moment
    // alone with the file: another process opening it at the same time may hold it, which is no
    // reason to fail — the switch is tried again below, and any later opener makes it.
    bool wal = pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && pragma.next()
               && pragma.value(0).toString() == QLatin1String("wal");
    if (!wal && pragma.lastError().isValid() && primaryCode(pragma.lastError()) != SqliteBusy
        && primaryCode(pragma.lastError()) != SqliteLocked) {
        failWith(pragma.lastError(), QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(m_path, pragma.lastError().text()));
        pragma.finish();
        return false;
    }
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    QString migrationError;
    QSqlError cause;
    if (!Migrations::apply(db, &migrationError, -1, &cause)) {
        if (cause.isValid()) {
            failWith(cause, migrationError);
        } else {
            m_failure = Failure::NewerSchema;
            m_error = migrationError;
        }
        return false;
    }
    if (!wal)
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.finish();
    // Reading the schema itself finds a damaged first page, which PRAGMA user_version alone does not.
    if (!pragma.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !pragma.next()) {
        failWith(pragma.lastError(), QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(m_path, pragma.lastError().text()));
        pragma.finish();
        return false;
    }
    pragma.finish();
    return true;
}

bool Database::recover(const StartOptions& options)
{
    closeConnection();
    const QString damage = m_error;
    // Only when no other process has the database open: the file may be damaged, but someone may
    // still be reading what is left of it, and two processes must never both replace it.
    if (!m_lock.lockGate(kGateTimeoutMs)) {
        m_error = damage + QLatin1Char('\n')
                  + QCoreApplication::translate("Database", "Another NetCode Desk program is busy with this database, so the file was left as it "
                              "is. Try again in a minute.");
        return false;
    }
    // This process no longer has the database open: of several that found it damaged at once, the
    // last to get here is then alone and repairs it.
    m_lock.setHold(DatabaseLock::Hold::None);
    if (!m_lock.setHold(DatabaseLock::Hold::Exclusive)) {
        m_lock.unlockGate();
        if (!m_lock.isSupported()) {
            m_error = damage + QLatin1Char('\n')
                      + QCoreApplication::translate("Database", "The folder of this database does not support file locks, so NetCode Desk "
                                                                "cannot tell whether another program uses it, and left the file as it "
                                                                "is.");
            return false;
        }
        m_error = damage + QLatin1Char('\n')
                  + QCoreApplication::translate("Database", "Another NetCode Desk program has this database open, so the file was left as it is. "
                              "Close NetCode Desk wherever it uses this database (desks and scripts), then start it "
                              "again to put the newest good backup in its place.");
        return false;
    }
    // Alone now. Another process may have put a backup in place meanwhile: look again first.
    bool recovered = openConnection();
    if (!recovered && failedAsDamaged()) {
        closeConnection();
        QString note;
        if (DatabaseBackup::recover(m_path, options.nowUtc, options.zone, &note)) {
            m_notices << note;
            recovered = openConnection();
        } else {
            m_error = damage + QLatin1Char('\n') + note;
        }
    }
    m_lock.setHold(DatabaseLock::Hold::Shared);
    m_lock.unlockGate();
    return recovered;
}

void Database::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::close()
{
    closeConnection();
    m_lock.close();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

int Database::schemaVersion() const
{
    return Migrations::version(connection());
}

QString Database::identity() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT id FROM store_identity LIMIT 1")) || !query.next())
        return {};
    return query.value(0).toString();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}
