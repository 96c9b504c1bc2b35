// The shared store (PostgreSQL) opened as a desk opens it: set up, migrated, refused with its own
// message for each wrong address, login or database, and the same repositories and ledger as on
// SQLite.
#include "Database.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "Migrations.h"
#include "RequestLedger.h"
#include "SharedTestStore.h"
#include "StoreAddress.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

namespace {
HistoryEntry request(const QString& key, const QString& start = QStringLiteral("2027-08-01 09:00"))
{
    HistoryEntry e;
    e.issuedAtUtc = QDateTime(QDate(2027, 7, 1), QTime(9, 0), QTimeZone::utc());
    e.lockName = QStringLiteral("Room 101");
    e.lockModel = QStringLiteral("KL1060G3");
    e.mode = QStringLiteral("standard");
    e.durationId = 3;
    e.startSent = start;
    e.windowStartUtc = e.issuedAtUtc;
    e.windowEndUtc = e.issuedAtUtc.addSecs(3 * 3600);
    e.source = HistoryEntry::Source::Api;
    e.requestPathId = QStringLiteral("921239");
    e.requestKey = key;
    e.guestName = QStringLiteral("Ana Müller");
    e.room = QStringLiteral("101");
    return e;
}

Database::StartOptions creating()
{
    Database::StartOptions options;
    options.createStore = true;
    return options;
}
} // namespace

class TestSharedStore final : public QObject {
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2027, 7, 1), QTime(9, 0), QTimeZone::utc());

private slots:
    void addressesAreReadAsLibpqReadsThem_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::newRow("full") << "postgresql://desk1:secret@db.example:6543/netcode" << true << "db.example" << 6543
                              << "netcode" << "desk1";
        QTest::newRow("default port") << "postgres://desk1@10.0.0.5/netcode" << true << "10.0.0.5" << 5432 << "netcode"
                                      << "desk1";
        QTest::newRow("socket") << "postgresql:///netcode?host=/run/postgresql&port=5433" << true << "/run/postgresql"
                                << 5433 << "netcode" << "";
        QTest::newRow("no database") << "postgresql://desk1@db.example" << false << "" << 0 << "" << "";
        QTest::newRow("not a url") << "/var/lib/netcode.sqlite" << false << "" << 0 << "" << "";
        QTest::newRow("bad port") << "postgresql://db.example:99999/x" << false << "" << 0 << "" << "";
        QTest::newRow("smuggled option") << "postgresql://db.example/x?sslmode=disable%20host=evil" << false << "" << 0
                                         << "" << "";
        QTest::newRow("unknown setting") << "postgresql://db.example/x?options=-c%20a=b" << false << "" << 0 << ""
                                         << "";
    }

    void addressesAreReadAsLibpqReadsThem()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        StoreAddress address;
        QString error;
        QCOMPARE(StoreAddress::parse(url, &address, &error), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            QVERIFY(!error.contains(QLatin1String("secret")));
            return;
        }
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QCOMPARE(address.host, host);
        QCOMPARE(address.port, port);
        QCOMPARE(address.database, database);
        QCOMPARE(address.user, user);
        QVERIFY(!address.display().contains(QLatin1String("secret")));
    }

    void setsUpMigratesAndReopens()
    {
        NEW_SHARED_DATABASE(url);
        {
            Database db;
            QVERIFY(!db.open(url));
            QCOMPARE(db.failure(), Database::Failure::NotSetUp);
            QVERIFY2(db.errorText().contains(QLatin1String("store init")), qPrintable(db.errorText()));
        }
        Database db;
        QVERIFY2(db.open(url, creating()), qPrintable(db.errorText()));
        QVERIFY(db.isShared());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QVERIFY(!db.identity().isEmpty());
        const QString identity = db.identity();
        db.close();
        QVERIFY2(db.open(url), qPrintable(db.errorText()));
        QCOMPARE(db.identity(), identity);
    }

    void aNewerStoreIsRefusedUntouched()
    {
        NEW_SHARED_DATABASE(url);
        {
            Database db;
            QVERIFY2(db.open(url, creating()), qPrintable(db.errorText()));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        Database db;
        QVERIFY(!db.open(url));
        QCOMPARE(db.failure(), Database::Failure::NewerSchema);
        QVERIFY2(db.errorText().contains(QLatin1String("99")), qPrintable(db.errorText()));
    }

    void aDatabaseThatIsNotOursIsLeftAlone()
    {
        NEW_SHARED_DATABASE(url);
        QString error;
        QVERIFY2(SharedTestStore::runAsAdmin(QUrl(url).path().mid(1),
                                             {QStringLiteral("CREATE SCHEMA netcode"),
                                              QStringLiteral("CREATE TABLE netcode.payroll (id int)")},
                                             &error),
                 qPrintable(error));
        Database db;
        QVERIFY(!db.open(url, creating()));
        QCOMPARE(db.failure(), Database::Failure::NotOurs);
    }

    void eachWrongConnectionHasItsOwnMessage()
    {
        NEW_SHARED_DATABASE(url);
        const QString database = QUrl(url).path().mid(1);
        QString error;
        QVERIFY2(SharedTestStore::runAsAdmin(QStringLiteral("postgres"),
                                             {QStringLiteral("DROP ROLE IF EXISTS clerk_pw"),
                                              QStringLiteral("CREATE ROLE clerk_pw LOGIN PASSWORD 'right-one'")},
                                             &error),
                 qPrintable(error));
        const int port = SharedTestStore::tcpPort();
        {
            Database db;
            QVERIFY(!db.open(QStringLiteral("postgresql://clerk_pw:wrong-one@127.0.0.1:%1/%2").arg(port).arg(database)));
            QCOMPARE(db.failure(), Database::Failure::LoginRefused);
            QVERIFY(!db.errorText().contains(QLatin1String("wrong-one")));
            QVERIFY(!db.path().contains(QLatin1String("wrong-one")));
        }
        {
            Database db;
            Database::StartOptions options;
            options.password = QStringLiteral("right-one");
            QVERIFY(!db.open(QStringLiteral("postgresql://clerk_pw@127.0.0.1:%1/no_such_db").arg(port), options));
            QCOMPARE(db.failure(), Database::Failure::NoSuchDatabase);
        }
        {
            Database db;
            QVERIFY(!db.open(QStringLiteral("postgresql://clerk_pw@127.0.0.1:1/%1").arg(database)));
            QCOMPARE(db.failure(), Database::Failure::Unreachable);
        }
        {
            Database db;
            QVERIFY(!db.open(QStringLiteral("postgresql://clerk_pw:pw@127.0.0.1:%1").arg(port)));
            QCOMPARE(db.failure(), Database::Failure::BadAddress);
            QVERIFY(!db.errorText().contains(QLatin1String(":pw@")));
        }
    }

    void repositoriesWorkAsOnSqlite()
    {
        NEW_SHARED_DATABASE(url);
        Database db;
        QVERIFY2(db.open(url, creating()), qPrintable(db.errorText()));
        LockRepository locks(db.connection());
        Lock lock;
        lock.name = QStringLiteral("Room 101");
        lock.model = LockModelId::KL1060G3;
        lock.timecode = QStringLiteral("202604221226");
        lock.lockNumber = QStringLiteral("921239");
        lock.timeZoneId = QStringLiteral("Europe/London");
        QVERIFY2(locks.insert(&lock), qPrintable(locks.errorText()));
        QVERIFY(lock.id > 0);
        Lock found;
        QVERIFY(locks.findByName(QStringLiteral("ROOM 101"), &found));
        QCOMPARE(found.id, lock.id);
        Lock twin = lock;
        twin.name = QStringLiteral("room 101");
        QVERIFY(!locks.insert(&twin)); // names are unique whatever their case

        HistoryRepository history(db.connection());
        HistoryEntry a = request(QStringLiteral("k-a"));
        a.outcome = HistoryEntry::Outcome::Issued;
        a.code = QStringLiteral("7830719");
        QVERIFY2(history.add(&a), qPrintable(history.errorText()));
        HistoryEntry b = request(QStringLiteral("k-b"));
        b.guestName = QStringLiteral("Zoë Quinn");
        b.room = QStringLiteral("A-12");
        b.outcome = HistoryEntry::Outcome::Issued;
        b.code = QStringLiteral("1112223");
        QVERIFY(history.add(&b));
        QVERIFY(b.id > a.id);
        QCOMPARE(history.count(QString()), 2);
        QCOMPARE(history.count(QStringLiteral("müll")), 1);     // trigram, any case
        QCOMPARE(history.count(QStringLiteral("ZOË")), 1);
        QCOMPARE(history.count(QStringLiteral("a-")), 1);       // prefix, short
        QCOMPARE(history.count(QStringLiteral("783")), 1);
        QCOMPARE(history.count(QStringLiteral("50%_")), 0);     // LIKE characters are literal
        QCOMPARE(history.page(QStringLiteral("room"), 0, 10).size(), 2);
        HistoryEntry back;
        QVERIFY(history.find(b.id, &back));
        QCOMPARE(back.guestName, QStringLiteral("Zoë Quinn"));
        QCOMPARE(back.windowEndUtc, b.windowEndUtc);
    }

    void oneLiveClaimPerRequestAcrossConnections()
    {
        NEW_SHARED_DATABASE(url);
        Database a;
        Database b;
        QVERIFY2(a.open(url, creating()), qPrintable(a.errorText()));
        QVERIFY2(b.open(url), qPrintable(b.errorText()));
        RequestLedger first(a.connection(), QStringLiteral("desk-a/1"));
        RequestLedger second(b.connection(), QStringLiteral("desk-b/2"));
        const QStringList api{QStringLiteral("api")};
        const RequestLedger::Claim mine = first.claim(request(QStringLiteral("k1")), api, m_now, 60000);
        QCOMPARE(mine.result, RequestLedger::Claim::Result::Claimed);
        const RequestLedger::Claim theirs = second.claim(request(QStringLiteral("k1")), api, m_now, 60000);
        QCOMPARE(theirs.result, RequestLedger::Claim::Result::BeingIssued);
        QCOMPARE(theirs.row.claimingDesk(), QStringLiteral("desk-a"));
        first.markSent(mine.row.id);
        QVERIFY(first.recordAnswer(mine.row.id, QStringLiteral("1234567"), 200));
        const RequestLedger::Claim again = second.claim(request(QStringLiteral("k1")), api, m_now, 60000);
        QCOMPARE(again.result, RequestLedger::Claim::Result::AlreadyIssued);
        QCOMPARE(again.row.code, QStringLiteral("1234567"));
        QCOMPARE(second.requestsThisMonth(m_now), 1);

        // A failure that never left is not counted; an abandoned claim turns in doubt.
        const RequestLedger::Claim refused = first.claim(request(QStringLiteral("k2"), QStringLiteral("2027-08-02 09:00")),
                                                         api, m_now, 60000);
        QCOMPARE(refused.result, RequestLedger::Claim::Result::Claimed);
        QVERIFY(first.recordFailure(refused.row.id, QStringLiteral("refused"), 0, true));
        QCOMPARE(second.requestsThisMonth(m_now), 1);
        const RequestLedger::Claim lost = first.claim(request(QStringLiteral("k3"), QStringLiteral("2027-08-03 09:00")),
                                                      api, m_now, 1000);
        QCOMPARE(second.reapAbandoned(m_now.addSecs(5)), 1);
        HistoryEntry row;
        QVERIFY(second.find(lost.row.id, &row));
        QCOMPARE(row.outcome, HistoryEntry::Outcome::InDoubt);
        const RequestLedger::Claim asked = second.reclaim(lost.row.id, m_now.addSecs(6), 60000);
        QCOMPARE(asked.result, RequestLedger::Claim::Result::Claimed);
        QVERIFY(second.recordAnswer(lost.row.id, QStringLiteral("5556667"), 200));
        QCOMPARE(second.requestsThisMonth(m_now), 3);
    }
};

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_shared_store.moc"
