#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

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
    close();
    m_path = path;
    m_error.clear();
    m_damaged = false;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QCoreApplication::translate("Database", "Cannot create the folder %1 for the database.")
                      .arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                      .arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery pragma(db);
    // A committed history row must survive a crash or power cut.
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!Migrations::apply(db, &m_error)) {
        // SQLite's "not a database" (26) and "malformed" (11) mean damage, not a version problem.
        const QString native = db.lastError().nativeErrorCode();
        QSqlQuery probe(db);
        const bool unreadable = !probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        m_damaged = native == QLatin1String("26") || native == QLatin1String("11") || unreadable
                    || probe.lastError().nativeErrorCode() == QLatin1String("26");
        db.close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

int Database::schemaVersion() const
{
    return Migrations::version(connection());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}
