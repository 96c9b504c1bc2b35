// Database: opening the shared store (PostgreSQL). The SQLite side is in Database.cpp.
#include "Database.h"

#include "Migrations.h"
#include "StoreAddress.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// libpq settings every desk uses: a server that does not answer is given up on within seconds,
// never waited for without end (the window must not freeze).
QString connectOptions(const StoreAddress& address)
{
    QStringList options = {
        QStringLiteral("connect_timeout=5"),    QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=10"),   QStringLiteral("keepalives_interval=3"),
        QStringLiteral("keepalives_count=3"),   QStringLiteral("tcp_user_timeout=10000"),
    };
    bool named = false;
    for (const auto& [key, value] : address.parameters) {
        options << key + QLatin1Char('=') + value;
        named = named || key == QLatin1String("application_name");
    }
    if (!named)
        options << QStringLiteral("application_name=netcode-desk");
    return options.join(QLatin1Char(';'));
}

// Every statement is bounded: a server that stops answering costs a desk seconds, not its
// window, and a desk that dies inside a transaction does not hold the others up.
bool applySessionSettings(QSqlDatabase& db, QSqlError* error)
{
    QSqlQuery query(db);
    const QStringList session = {
        QStringLiteral("SET search_path = netcode, public"),
        QStringLiteral("SET statement_timeout = '20s'"),
        QStringLiteral("SET lock_timeout = '10s'"),
        QStringLiteral("SET idle_in_transaction_session_timeout = '60s'"),
        QStringLiteral("SET TIME ZONE 'UTC'"),
    };
    for (const QString& statement : session) {
        if (!query.exec(statement)) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

bool contains(const QString& text, const char* part)
{
    return text.contains(QLatin1String(part), Qt::CaseInsensitive);
}
} // namespace

void Database::failShared(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText().trimmed();
    const QString state = error.nativeErrorCode();
    if (contains(text, "password authentication failed") || contains(text, "no password supplied")
        || contains(text, "authentication failed") || (contains(text, "role \"") && contains(text, "does not exist"))
        || state == QLatin1String("28P01") || state == QLatin1String("28000")) {
        fail(Failure::LoginRefused, text);
    } else if (state == QLatin1String("3D000") || (contains(text, "database \"") && contains(text, "does not exist"))) {
        fail(Failure::NoSuchDatabase, text);
    } else if (contains(text, "could not connect") || contains(text, "connection refused") || contains(text, "timeout expired")
               || contains(text, "could not translate host name") || contains(text, "no route to host")
               || contains(text, "network is unreachable") || contains(text, "server closed the connection")
               || contains(text, "no such file or directory") || contains(text, "connection to server")
               || state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
               || state == QLatin1String("57P03")) {
        fail(Failure::Unreachable, text);
    } else {
        fail(Failure::Other, text);
    }
}

bool Database::openShared(const QString& url, const StartOptions& options)
{
    StoreAddress address;
    QString addressError;
    if (!StoreAddress::parse(url, &address, &addressError)) {
        m_path = QString(); // never echo what may hold a password
        fail(Failure::BadAddress, addressError);
        return false;
    }
    m_path = address.display();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        fail(Failure::NoDriver, QString());
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        db.setPassword(address.password.isEmpty() ? options.password : address.password);
        db.setConnectOptions(connectOptions(address));
    }
    if (setUpSharedConnection(options))
        return true;
    closeConnection();
    return false;
}

bool Database::openSharedSession()
{
    QSqlDatabase db = connection();
    if (!db.open()) {
        failShared(db.lastError());
        return false;
    }
    QSqlError sessionError;
    if (!applySessionSettings(db, &sessionError)) {
        failShared(sessionError);
        db.close();
        return false;
    }
    return true;
}

bool Database::setUpSharedConnection(const StartOptions& options)
{
    if (!openSharedSession())
        return false;
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (options.connectOnly)
        return true;
    // A store set up with the groups (its schema belongs to netcode_owner) and a login in none of
    // them: the server would refuse it everything, first as "permission denied" or as a store that
    // looks not set up. Say so, and what to do. Superusers are members of every role.
    if (!query.exec(QStringLiteral("SELECT session_user, EXISTS (SELECT 1 FROM pg_namespace n JOIN pg_roles o ON o.oid = n.nspowner "
                                   "WHERE n.nspname = 'netcode' AND o.rolname = 'netcode_owner') "
                                   "AND NOT EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname IN ('netcode_desk', "
                                   "'netcode_manager', 'netcode_owner') AND pg_has_role(session_user, g.oid, 'MEMBER'))"))
        || !query.next()) {
        failShared(query.lastError());
        return false;
    }
    if (query.value(1).toBool()) {
        fail(Failure::NotAMember, query.value(0).toString());
        return false;
    }
    query.finish();
    if (!query.exec(QStringLiteral("SELECT to_regnamespace('netcode') IS NOT NULL, "
                                   "to_regclass('netcode.schema_version') IS NOT NULL"))
        || !query.next()) {
        failShared(query.lastError());
        return false;
    }
    const bool hasSchema = query.value(0).toBool();
    const bool hasVersion = query.value(1).toBool();
    query.finish();
    if (hasSchema && !hasVersion) {
        fail(Failure::NotOurs, QString());
        return false;
    }
    if (!hasSchema) {
        if (!options.createStore) {
            fail(Failure::NotSetUp, QString());
            return false;
        }
        if (!query.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS netcode"))
            || !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS netcode.schema_version (version INTEGER NOT NULL)"))
            || !query.exec(QStringLiteral("INSERT INTO netcode.schema_version (version) "
                                          "SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM netcode.schema_version)"))) {
            failShared(query.lastError());
            return false;
        }
    }
    QString migrationError;
    QSqlError cause;
    if (!Migrations::apply(db, &migrationError, -1, &cause)) {
        if (cause.nativeErrorCode() == QLatin1String("42501")) {
            fail(Failure::NeedsSetUp, QString());
        } else if (cause.isValid()) {
            failShared(cause);
            if (m_failure == Failure::Other)
                m_error = migrationError;
        } else {
            // Migrations word it for a file; here it is the store that was left as it is.
            m_failure = Failure::NewerSchema;
            m_error = QCoreApplication::translate("Database", "The shared store %1 was written by a newer version of NetCode "
                                                              "Desk (schema %2; this version knows up to %3). Update NetCode "
                                                              "Desk on this computer; the store has not been changed.")
                          .arg(m_path)
                          .arg(Migrations::version(db))
                          .arg(Migrations::latestVersion());
        }
        return false;
    }
    return true;
}

QString Database::loginName() const
{
    return m_shared ? connection().userName() : QString();
}

bool Database::switchLogin(const QString& user, const QString& password, QString* error)
{
    if (!m_shared) {
        *error = QCoreApplication::translate("Database", "Only a shared store has database logins to switch.");
        return false;
    }
    QSqlDatabase db = connection();
    const QString previousUser = db.userName();
    const QString previousPassword = db.password();
    // Close and open the same connection (never remove and add it): repositories hold its handle.
    db.close();
    db.setUserName(user);
    db.setPassword(password);
    QSqlError sessionError;
    if (db.open() && applySessionSettings(db, &sessionError))
        return true;
    if (db.isOpen()) {
        failShared(sessionError);
        db.close();
    } else {
        failShared(db.lastError());
    }
    *error = m_error;
    db.setUserName(previousUser);
    db.setPassword(previousPassword);
    if (!db.open() || !applySessionSettings(db, &sessionError)) {
        *error += QLatin1Char('\n')
                  + QCoreApplication::translate("Database", "The desk's own login could not reconnect either: %1").arg(m_error);
        m_error = *error;
        return false;
    }
    m_error = *error;
    return false;
}

bool Database::reconnect()
{
    if (!m_shared || !QSqlDatabase::contains(m_connectionName))
        return false;
    // The same connection, closed and opened again: every repository holding it keeps working.
    // QPSQL never does this by itself; a connection the server dropped stays "open" until used.
    connection().close();
    m_error.clear();
    m_failure = Failure::None;
    return openSharedSession();
}
