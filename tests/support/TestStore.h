#pragma once

// One suite, both stores. A test registered a second time with `STORE postgres` (netcode_add_test)
// runs with NETCODE_TEST_STORE=postgres: every fresh database it asks for is then a new database
// on the throwaway PostgreSQL cluster, set up as a store, instead of a new SQLite file.
//
// Cases that only mean something for a file (locks on the file, PRAGMAs, read-only files, a full
// disk, backups) are named in the suite's SQLite-only list; the PostgreSQL run does not contain
// them at all (they are neither run nor reported as skipped there), so they cannot pass by being
// skipped. NETCODE_STORE_TEST_MAIN replaces QTEST_MAIN / QTEST_GUILESS_MAIN for such a suite.

#include "Database.h"
#include "SharedTestStore.h"

#include <QMetaMethod>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace TestStore {

inline bool isPostgres()
{
    return qEnvironmentVariable("NETCODE_TEST_STORE") == QLatin1String("postgres");
}

inline const char* name()
{
    return isPostgres() ? "PostgreSQL" : "SQLite";
}

// A fresh, empty, set-up store: a new file in `dir` named `fileName`, or a new database on the
// cluster with the netcode schema created. Empty and `error` set when it could not be made.
inline QString fresh(const QTemporaryDir& dir, const QString& fileName, QString* error)
{
    if (!isPostgres())
        return dir.filePath(fileName);
    const QString url = SharedTestStore::newDatabase(error);
    if (url.isEmpty())
        return {};
    Database setUp;
    Database::StartOptions options;
    options.createStore = true;
    if (!setUp.open(url, options)) {
        *error = setUp.errorText();
        return {};
    }
    return url;
}

// Runs the test object's functions; on PostgreSQL all but those named in `sqliteOnly`, on SQLite
// all but those named in `postgresOnly` (desks sharing one server: a file has one desk).
inline int exec(QObject* test, int argc, char** argv, const QSet<QByteArray>& sqliteOnly,
                const QSet<QByteArray>& postgresOnly = {})
{
    const QSet<QByteArray>& excluded = isPostgres() ? sqliteOnly : postgresOnly;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Functions named on the command line run as asked (a data tag follows a colon).
    const bool namedFunctions = [&] {
        for (int i = 1; i < arguments.size(); ++i) {
            const QByteArray slot = arguments.at(i).section(QLatin1Char(':'), 0, 0).toLatin1() + "()";
            if (test->metaObject()->indexOfSlot(slot.constData()) >= 0)
                return true;
        }
        return false;
    }();
    if (!excluded.isEmpty() && !namedFunctions) {
        const QMetaObject* meta = test->metaObject();
        for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
            const QMetaMethod method = meta->method(i);
            const QByteArray slot = method.name();
            if (method.methodType() != QMetaMethod::Slot || method.access() != QMetaMethod::Private
                || method.parameterCount() != 0 || slot.endsWith("_data") || excluded.contains(slot)
                || slot == "initTestCase" || slot == "cleanupTestCase" || slot == "init" || slot == "cleanup")
                continue;
            arguments << QString::fromLatin1(slot);
        }
    }
    for (const QByteArray& slot : sqliteOnly + postgresOnly) {
        // A misspelt name would leave a case in the wrong run: refuse it.
        if (test->metaObject()->indexOfSlot(QByteArray(slot + "()").constData()) < 0) {
            qCritical("test function %s (named for one store only) does not exist", slot.constData());
            return 1;
        }
    }
    return QTest::qExec(test, arguments);
}

} // namespace TestStore

// In a suite whose SQLite-only functions are listed: main() for a widgets or core application.
#define NETCODE_STORE_TEST_MAIN_WITH(AppClass, TestObject, ...)                                    \
    int main(int argc, char** argv)                                                                \
    {                                                                                              \
        AppClass app(argc, argv);                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return TestStore::exec(&tc, argc, argv, QSet<QByteArray>{__VA_ARGS__});                    \
    }
#define NETCODE_STORE_TEST_MAIN(TestObject, ...) NETCODE_STORE_TEST_MAIN_WITH(QCoreApplication, TestObject, __VA_ARGS__)

// In a test function: a fresh store's address (file or URL), or the test fails.
#define FRESH_STORE(var, dir, fileName)                                                            \
    QString var;                                                                                   \
    do {                                                                                           \
        QString freshStoreError_;                                                                  \
        var = TestStore::fresh(dir, fileName, &freshStoreError_);                                  \
        QVERIFY2(!var.isEmpty(), qPrintable(freshStoreError_));                                    \
    } while (false)
