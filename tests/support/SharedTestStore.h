#pragma once

// The shared store in tests: fresh databases on the throwaway PostgreSQL cluster that the test
// command starts (scripts/pg-test-cluster.sh, a CTest fixture). The cluster's superuser URL is in
// the file named by NETCODE_TEST_PG. A test that needs the cluster fails when it is missing: the
// test command always starts one, so a missing cluster is a broken setup, never a reason to skip.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QtTest>

namespace SharedTestStore {

// The superuser's URL (through the cluster's socket, no password), or empty with `error` set.
inline QString adminUrl(QString* error = nullptr)
{
    const QString file = qEnvironmentVariable("NETCODE_TEST_PG");
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("no PostgreSQL test cluster: NETCODE_TEST_PG=\"%1\" (run the tests through ctest, "
                                    "which starts one)")
                         .arg(file);
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

// The same URL pointing at another database (and, when given, another login).
inline QString withDatabase(const QString& url, const QString& database, const QString& user = {})
{
    QUrl u(url);
    u.setPath(QLatin1Char('/') + database);
    if (!user.isEmpty()) {
        QUrlQuery q(u);
        q.removeAllQueryItems(QStringLiteral("user"));
        q.addQueryItem(QStringLiteral("user"), user);
        u.setQuery(q);
    }
    return u.toString(QUrl::FullyEncoded);
}

// Runs statements as the superuser in `database` ("postgres" for cluster-wide ones).
inline bool runAsAdmin(const QString& database, const QStringList& statements, QString* error)
{
    const QString url = adminUrl(error);
    if (url.isEmpty())
        return false;
    const QUrl u(url);
    const QUrlQuery q(u);
    const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(q.queryItemValue(QStringLiteral("host")));
        db.setPort(q.queryItemValue(QStringLiteral("port")).toInt());
        db.setUserName(q.queryItemValue(QStringLiteral("user")));
        db.setDatabaseName(database);
        if (!db.open()) {
            *error = db.lastError().text();
            ok = false;
        }
        for (int i = 0; ok && i < statements.size(); ++i) {
            QSqlQuery query(db);
            if (!query.exec(statements.at(i))) {
                *error = statements.at(i) + QStringLiteral(": ") + query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A new, empty database on the cluster; returns its superuser URL (empty and `error` on failure).
inline QString newDatabase(QString* error)
{
    const QString url = adminUrl(error);
    if (url.isEmpty())
        return {};
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    if (!runAsAdmin(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1").arg(name)}, error))
        return {};
    return withDatabase(url, name);
}

// The cluster's TCP port (for logins that must give a password).
inline int tcpPort()
{
    QString ignored;
    return QUrlQuery(QUrl(adminUrl(&ignored))).queryItemValue(QStringLiteral("port")).toInt();
}

} // namespace SharedTestStore

// In a test function: a fresh database's URL, or the test fails.
#define NEW_SHARED_DATABASE(var)                                                                   \
    QString var;                                                                                   \
    do {                                                                                           \
        QString sharedStoreError_;                                                                 \
        var = SharedTestStore::newDatabase(&sharedStoreError_);                                    \
        QVERIFY2(!var.isEmpty(), qPrintable(sharedStoreError_));                                   \
    } while (false)
