// Every desk live on the shared store: a change written at one desk reaches the others through
// LISTEN/NOTIFY within a second; when the server goes away the desks say so, send nothing they could
// not record, and when it comes back they reconnect, subscribe again and catch up by themselves.
#include "AppSession.h"
#include "ChangeListener.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "HistoryRepository.h"
#include "IssueService.h"
#include "LockRepository.h"
#include "OwnTestCluster.h"
#include "RequestLedger.h"
#include "SharedDeskFixture.h"
#include "SharedTestStore.h"
#include "TestOrders.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <sys/types.h>

namespace {
Database::StartOptions creating()
{
    Database::StartOptions options;
    options.createStore = true;
    return options;
}

// The first lock of the demo set whose codes the order helper can plan (a standard-mode KitLock).
Lock plainLock(AppSession& desk)
{
    for (const Lock& lock : desk.locks().all()) {
        if (!lock.isSmartLock() && lock.configuredMode == NetCodeMode::Standard)
            return lock;
    }
    return {};
}

IssueOrder orderAt(AppSession& desk, int hour)
{
    return testOrder(plainLock(desk), QDate(2027, 8, 1), QTime(hour, 0), 2, desk.clock().nowUtc());
}

// Issues `order` at `desk` and returns what it finished with.
IssueOutcome issueAt(AppSession& desk, const IssueOrder& order)
{
    QSignalSpy finished(&desk.issuer(), &IssueService::finished);
    IssueOutcome outcome;
    [&] {
        QVERIFY(desk.issuer().issue(order));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        outcome = finished.first().first().value<IssueOutcome>();
    }();
    return outcome;
}

// Points SharedTestStore at another cluster for the life of the object.
class ClusterSwitch {
public:
    explicit ClusterSwitch(const QString& urlFile)
        : m_previous(qgetenv("NETCODE_TEST_PG"))
    {
        qputenv("NETCODE_TEST_PG", urlFile.toLocal8Bit());
    }
    ~ClusterSwitch() { qputenv("NETCODE_TEST_PG", m_previous); }
    ClusterSwitch(const ClusterSwitch&) = delete;
    ClusterSwitch& operator=(const ClusterSwitch&) = delete;

private:
    QByteArray m_previous;
};
} // namespace

class TestStoreLive final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<IssueOutcome>(); }

    void aWriteAtAnotherConnectionReachesTheListener()
    {
        NEW_SHARED_DATABASE(url);
        Database store;
        QVERIFY2(store.open(url, creating()), qPrintable(store.errorText()));
        ChangeListener listener(store.connection());
        QSignalSpy reachable(&listener, &ChangeListener::reachable);
        QSignalSpy changed(&listener, &ChangeListener::changed);
        listener.start();
        QTRY_COMPARE(reachable.size(), 1);
        QCOMPARE(reachable.first().first().toBool(), false); // the first connection, no outage
        QVERIFY(listener.isListening());

        // Another desk (its own connection) adds a lock, then claims and answers a request.
        Database other;
        QVERIFY2(other.open(url), qPrintable(other.errorText()));
        LockRepository locks(other.connection());
        Lock lock = testKitLock(QStringLiteral("Room 7"));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QVERIFY(locks.insert(&lock));
        QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{QStringLiteral("locks")}), 1000);
        qInfo("lock change seen by the listener %lld ms after its commit", sinceCommit.elapsed());

        RequestLedger ledger(other.connection(), QStringLiteral("desk-2/99"));
        HistoryEntry request;
        request.issuedAtUtc = QDateTime(QDate(2027, 7, 1), QTime(9, 0), QTimeZone::utc());
        request.lockName = lock.name;
        request.lockModel = QStringLiteral("KL1060G3");
        request.mode = QStringLiteral("standard");
        request.durationId = 2;
        request.startSent = QStringLiteral("2027-08-01 09:00");
        request.windowStartUtc = request.issuedAtUtc;
        request.windowEndUtc = request.issuedAtUtc.addSecs(3600);
        request.requestKey = QStringLiteral("api|live-1");
        changed.clear();
        sinceCommit.restart();
        const RequestLedger::Claim claim = ledger.claim(request, {}, request.issuedAtUtc, 60000);
        QVERIFY(claim.result == RequestLedger::Claim::Result::Claimed);
        QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{QStringLiteral("history")}), 1000);
        qInfo("claimed row seen by the listener %lld ms after its commit", sinceCommit.elapsed());
        QVERIFY(!changed.contains(QVariantList{QStringLiteral("staff")}));
    }

    void aCodeIssuedAtOneDeskIsSeenAtTheOther()
    {
        NEW_SHARED_DATABASE(url);
        {
            Database setup;
            QVERIFY2(setup.open(url, creating()), qPrintable(setup.errorText()));
        }
        SharedDeskFixture a;
        SharedDeskFixture b;
        QString error = a.start(url, QStringLiteral("a"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = b.start(url, QStringLiteral("b"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY(a.session->changeListener()->isListening() && b.session->changeListener()->isListening());
        // Both desks seeded the demo locks into one store only once.
        QCOMPARE(b.session->locks().all().size(), a.session->locks().all().size());

        QSignalSpy seenAtB(b.session.get(), &AppSession::changedElsewhere);
        // How long from A's code being in history (A told) to B told to refresh.
        QElapsedTimer clock;
        clock.start();
        qint64 issuedAt = -1;
        qint64 seenAt = -1;
        connect(&a.session->issuer(), &IssueService::finished, this, [&] { issuedAt = clock.elapsed(); });
        connect(b.session.get(), &AppSession::changedElsewhere, this, [&] {
            if (seenAt < 0)
                seenAt = clock.elapsed();
        });
        const IssueOutcome outcome = issueAt(*a.session, orderAt(*a.session, 10));
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QTRY_VERIFY_WITH_TIMEOUT(!seenAtB.isEmpty(), 1000);
        qInfo("B told to refresh %lld ms after A finished issuing (negative: before A showed it)", seenAt - issuedAt);
        const QList<HistoryEntry> rows = b.session->history().page(QString(), 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().code, outcome.entry.code);

        // A lock added at B shows at A.
        QSignalSpy locksAtA(a.session.get(), &AppSession::locksChanged);
        Lock added = testKitLock(QStringLiteral("Garage 3"));
        QVERIFY(b.session->locks().insert(&added));
        QTRY_VERIFY_WITH_TIMEOUT(!locksAtA.isEmpty(), 1000);
    }

    void desksReconnectAndCatchUpAfterAServerRestart()
    {
        OwnTestCluster cluster;
        QString error = cluster.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ClusterSwitch useIt(cluster.urlFile());
        NEW_SHARED_DATABASE(url);
        {
            Database setup;
            QVERIFY2(setup.open(url, creating()), qPrintable(setup.errorText()));
        }
        SharedDeskFixture a;
        SharedDeskFixture b;
        error = a.start(url, QStringLiteral("a"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = b.start(url, QStringLiteral("b"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        AppSession& deskA = *a.session;
        AppSession& deskB = *b.session;
        QTRY_VERIFY(deskA.changeListener()->isListening() && deskB.changeListener()->isListening());
        QVERIFY(issueAt(deskA, orderAt(deskA, 10)).ok);
        QTRY_COMPARE_WITH_TIMEOUT(deskB.history().count(QString()), 1, 1000);

        // The server goes away: both desks say so by themselves.
        QSignalSpy downA(&deskA, &AppSession::storeReachableChanged);
        QSignalSpy downB(&deskB, &AppSession::storeReachableChanged);
        error = cluster.halt();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!deskA.isStoreReachable() && !deskB.isStoreReachable(), 10000);
        QCOMPARE(downA.first().first().toBool(), false);
        QCOMPARE(downB.first().first().toBool(), false);

        // Nothing is sent that could not be recorded.
        const int sentByA = deskA.simulator()->netCodeRequestCount();
        const IssueOutcome refused = issueAt(deskA, orderAt(deskA, 11));
        QVERIFY(!refused.ok);
        QVERIFY(refused.notRecorded);
        QVERIFY(refused.notSent);
        QVERIFY2(refused.errorText.contains(QLatin1String("shared store cannot be reached")), qPrintable(refused.errorText));
        QCOMPARE(deskA.simulator()->netCodeRequestCount(), sentByA);

        // The server is back: the desks reconnect, subscribe again and catch up.
        QSignalSpy catchUpA(&deskA, &AppSession::changedElsewhere);
        error = cluster.resume();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QElapsedTimer sinceResume;
        sinceResume.start();
        QTRY_VERIFY_WITH_TIMEOUT(deskA.isStoreReachable() && deskB.isStoreReachable(), 15000);
        qInfo("both desks reconnected %lld ms after the server was back", sinceResume.elapsed());
        QTRY_VERIFY(!catchUpA.isEmpty()); // what was missed is read again
        QVERIFY(deskA.changeListener()->isListening() && deskB.changeListener()->isListening());

        // B's own connection works again (a claim is written) and A sees B's code live.
        catchUpA.clear();
        const IssueOutcome again = issueAt(deskB, orderAt(deskB, 12));
        QVERIFY2(again.ok, qPrintable(again.errorText));
        QTRY_VERIFY_WITH_TIMEOUT(!catchUpA.isEmpty(), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(deskA.history().count(QString()), 2, 1000);
        // And A issues again too.
        const IssueOutcome fromA = issueAt(deskA, orderAt(deskA, 13));
        QVERIFY2(fromA.ok, qPrintable(fromA.errorText));
        QCOMPARE(deskA.simulator()->netCodeRequestCount(), sentByA + 1);
    }

    void aClaimThatFailsOnALostServerFlipsTheDeskAtOnce()
    {
        OwnTestCluster cluster;
        QString error = cluster.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ClusterSwitch useIt(cluster.urlFile());
        NEW_SHARED_DATABASE(url);
        {
            Database setup;
            QVERIFY2(setup.open(url, creating()), qPrintable(setup.errorText()));
        }
        SharedDeskFixture a;
        error = a.start(url, QStringLiteral("a"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        AppSession& desk = *a.session;
        QTRY_VERIFY(desk.changeListener()->isListening());

        // The desk's connection is cut by the server while the listener's stays up: only the
        // failed claim can tell the desk.
        QString adminError;
        QVERIFY2(SharedTestStore::runAsAdmin(QStringLiteral("postgres"),
                                             {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                             "WHERE application_name = 'netcode-desk'")},
                                             &adminError),
                 qPrintable(adminError));
        const IssueOutcome refused = issueAt(desk, orderAt(desk, 10));
        QVERIFY(refused.notRecorded);
        QCOMPARE(desk.simulator()->netCodeRequestCount(), 0);
        // Flipped by the failure itself, before anything else could notice.
        QVERIFY(!desk.isStoreReachable());
        // ...and back by itself, without a restart.
        QTRY_VERIFY_WITH_TIMEOUT(desk.isStoreReachable(), 10000);
        const IssueOutcome issued = issueAt(desk, orderAt(desk, 10));
        QVERIFY2(issued.ok, qPrintable(issued.errorText));
        QCOMPARE(desk.simulator()->netCodeRequestCount(), 1);
    }

    void aServerThatStopsAnsweringIsUnreachableWithoutFreezingTheDesk()
    {
        NEW_SHARED_DATABASE(url);
        Database admin;
        QVERIFY2(admin.open(url, creating()), qPrintable(admin.errorText()));
        SharedDeskFixture a;
        const QString error = a.start(url, QStringLiteral("a"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        AppSession& desk = *a.session;
        QTRY_VERIFY(desk.changeListener()->isListening());

        // The server process serving the listener stops dead: the connection stays up, nothing
        // answers (no keepalive or socket error will ever say so).
        QSqlQuery find(admin.connection());
        QVERIFY(find.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = "
                                         "'netcode-desk-listener' AND datname = current_database()")));
        QVERIFY(find.next());
        const qint64 pid = find.value(0).toLongLong();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        // The desk's own thread keeps running meanwhile (the QTRY below processes its events).
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(100);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.isStoreReachable(), 15000);
        QVERIFY(ticks > 0);
        QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
        QTRY_VERIFY_WITH_TIMEOUT(desk.isStoreReachable(), 15000);
        const IssueOutcome issued = issueAt(desk, orderAt(desk, 10));
        QVERIFY2(issued.ok, qPrintable(issued.errorText));
    }
};

QTEST_GUILESS_MAIN(TestStoreLive)
#include "tst_store_live.moc"
