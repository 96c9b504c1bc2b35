// Statements kept prepared (SQLite) give the same answers as statements prepared each time: a run
// releases what it read, so the connection sees other writers' rows; the same statement asked for
// while an earlier run of it is still read gets a query of its own; a connection closed and opened
// again gets its statements prepared again; a setting as opened is read once per connection.
#include "StatementCache.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestStatementCache : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_connections = 0;

    QSqlDatabase open()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("cache-%1").arg(++m_connections));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("t.sqlite")));
        if (!db.open())
            qFatal("cannot open the test database");
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        return db;
    }

    static int count(const QSqlDatabase& db)
    {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && query.next() ? query.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        QSqlDatabase db = open();
        QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS t"));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO t (name) VALUES ('row %1')").arg(i)));
    }

    void keptStatementsAnswerLikeFreshOnes()
    {
        QSqlDatabase db = open();
        StatementCache cache(db);
        for (int round = 0; round < 3; ++round) {
            for (int id = 1; id <= 3; ++id) {
                StatementCache::Run run = cache.run(QStringLiteral("SELECT name FROM t WHERE id = ?"), {id});
                QVERIFY(run.ok());
                QVERIFY(run.query().next());
                QCOMPARE(run.query().value(0).toString(), QStringLiteral("row %1").arg(id));
            }
        }
        StatementCache::Run insert = cache.run(QStringLiteral("INSERT INTO t (name) VALUES (?)"), {QStringLiteral("it's ?")});
        QVERIFY(insert.ok());
        QCOMPARE(insert.query().numRowsAffected(), 1);
        StatementCache::Run wrong = cache.run(QStringLiteral("SELECT nothing FROM t"), {});
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.query().lastError().isValid());
    }

    void valuesThatDoNotFitAreRefusedNotTakenFromAnEarlierRun()
    {
        QSqlDatabase db = open();
        StatementCache cache(db);
        const QString statement = QStringLiteral("SELECT ? || ?");
        {
            StatementCache::Run run = cache.run(statement, {QStringLiteral("a"), QStringLiteral("b")});
            QVERIFY(run.ok());
            QVERIFY(run.query().next());
            QCOMPARE(run.query().value(0).toString(), QStringLiteral("ab"));
        }
        StatementCache::Run shortOfOne = cache.run(statement, {QStringLiteral("c")});
        QVERIFY(!shortOfOne.ok()); // never "cb" with the earlier run's second value
        QVERIFY(shortOfOne.query().lastError().isValid());
    }

    // A setting read, changed and read again through kept statements; what cannot be read is
    // the missing value asked for, never a zero that looks like a setting.
    void aSettingIsReadAsANumber()
    {
        QSqlDatabase db = open();
        StatementCache cache(db);
        QVERIFY(cache.run(QStringLiteral("PRAGMA busy_timeout = 1234"), {}).ok());
        QCOMPARE(cache.firstInt(QStringLiteral("PRAGMA busy_timeout")), 1234);
        QVERIFY(cache.run(QStringLiteral("PRAGMA busy_timeout = 200"), {}).ok());
        QCOMPARE(cache.firstInt(QStringLiteral("PRAGMA busy_timeout")), 200);
        QCOMPARE(cache.firstInt(QStringLiteral("SELECT id FROM t WHERE id < 0"), -7), -7); // no row
        QCOMPARE(cache.firstInt(QStringLiteral("SELECT nothing FROM nowhere")), -1);     // no statement
    }

    void aSettingAsOpenedIsReadOnceAndAgainOnANewConnection()
    {
        QSqlDatabase db = open();
        StatementCache cache(db);
        QVERIFY(cache.run(QStringLiteral("PRAGMA busy_timeout = 1234"), {}).ok());
        QCOMPARE(cache.settingAsOpened(QStringLiteral("busy_timeout")), 1234);
        // Changed for a moment (as an unflushed mark does): the setting as opened is still known.
        QVERIFY(cache.run(QStringLiteral("PRAGMA busy_timeout = 200"), {}).ok());
        QCOMPARE(cache.settingAsOpened(QStringLiteral("busy_timeout")), 1234);
        QCOMPARE(cache.firstInt(QStringLiteral("PRAGMA busy_timeout")), 200);
        // Opened again, the connection has its own settings, read anew.
        db.close();
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 4321")));
        QCOMPARE(cache.settingAsOpened(QStringLiteral("busy_timeout")), 4321);
        QCOMPARE(cache.settingAsOpened(QStringLiteral("no_such_setting"), -5), -5);
    }

    void aRunReleasesWhatItRead()
    {
        QSqlDatabase desk = open();
        QSqlDatabase other = open();
        StatementCache cache(desk);
        {
            StatementCache::Run run = cache.run(QStringLiteral("SELECT id FROM t ORDER BY id"), {});
            QVERIFY(run.ok());
            QVERIFY(run.query().next()); // one row read of three: the statement is not at its end
        }
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("INSERT INTO t (name) VALUES ('from another desk')")));
        // A read left open would keep this connection on the file as it was before that write.
        QCOMPARE(count(desk), 4);
    }

    void theSameStatementWhileStillReadGetsAQueryOfItsOwn()
    {
        QSqlDatabase db = open();
        StatementCache cache(db);
        const QString statement = QStringLiteral("SELECT id FROM t WHERE id >= ? ORDER BY id");
        StatementCache::Run outer = cache.run(statement, {1});
        QVERIFY(outer.ok());
        QList<int> seen;
        while (outer.query().next()) {
            const int id = outer.query().value(0).toInt();
            StatementCache::Run inner = cache.run(statement, {id});
            QVERIFY(inner.ok());
            QVERIFY(inner.query().next());
            QCOMPARE(inner.query().value(0).toInt(), id);
            seen << id;
        }
        QCOMPARE(seen, (QList<int>{1, 2, 3}));
    }

    void aConnectionOpenedAgainPreparesAgain()
    {
        QSqlDatabase db = open();
        StatementCache cache(db);
        const QString statement = QStringLiteral("SELECT name FROM t WHERE id = ?");
        QVERIFY(cache.run(statement, {1}).ok());
        db.close();
        QVERIFY(db.open());
        StatementCache::Run run = cache.run(statement, {2});
        QVERIFY2(run.ok(), qPrintable(run.query().lastError().text()));
        QVERIFY(run.query().next());
        QCOMPARE(run.query().value(0).toString(), QStringLiteral("row 2"));
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
