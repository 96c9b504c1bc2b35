#include "AppSession.h"
#include "DemoSessionFixture.h"
#include "CodelocksClient.h"
#include "CodelocksSimulator.h"
#include "DemoData.h"
#include "IssueService.h"
#include "RequestLedger.h"
#include "SecretStore.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// The issuing service wired as the app wires it (demo mode: the built-in simulator over loopback).
class TestIssueService final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    AppSession* m_session = nullptr;
    FixedClock* m_clock = nullptr;

    Lock lockNamed(const QString& name)
    {
        for (const Lock& lock : m_session->locks().all()) {
            if (lock.name == name)
                return lock;
        }
        return {};
    }

    IssueOrder order(const Lock& lock, int durationId, const char* wall)
    {
        IssueOrder o;
        o.lock = lock;
        const QDateTime w = QDateTime::fromString(QString::fromLatin1(wall), QStringLiteral("yyyy-MM-dd HH:mm"));
        StartRequest request;
        request.wallDate = w.date();
        request.wallTime = w.time();
        request.deskZone = QTimeZone("Europe/London");
        request.frame = lock.clockFrame();
        request.duration = *StandardDurations::byId(durationId);
        request.mode = request.duration.mode;
        request.nowUtc = m_clock->nowUtc();
        o.plan = StartTimeRules::plan(request);
        o.guestName = QStringLiteral("Ana Example");
        o.room = QStringLiteral("101");
        o.reference = QStringLiteral("BK-1");
        return o;
    }

    IssueOutcome run(const IssueOrder& o)
    {
        QSignalSpy spy(&m_session->issuer(), &IssueService::finished);
        if (!m_session->issuer().issue(o))
            return {};
        [&] { QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000); }();
        return spy.isEmpty() ? IssueOutcome{} : spy.first().first().value<IssueOutcome>();
    }

private slots:
    void initTestCase() { qRegisterMetaType<IssueOutcome>(); }

    void init()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
        m_clock = m_fixture.clock.get();
        QVERIFY(m_session->isDemo());
        QCOMPARE(m_session->locks().count(), 4);
    }

    void cleanup() { m_fixture.stop(); }

    void issuesAndRecordsBeforeAnnouncing()
    {
        // The finished signal must only fire once the row is committed: check from inside the slot.
        bool rowPresentWhenAnnounced = false;
        connect(&m_session->issuer(), &IssueService::finished, this, [&](const IssueOutcome& outcome) {
            HistoryEntry stored;
            rowPresentWhenAnnounced = m_session->history().find(outcome.entry.id, &stored) && stored.code == outcome.entry.code;
        });
        const IssueOutcome outcome = run(order(lockNamed(QStringLiteral("Room 101")), 2, "2027-07-14 15:37"));
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QVERIFY(outcome.savedToHistory);
        QVERIFY(rowPresentWhenAnnounced);
        QCOMPARE(outcome.entry.code.size(), 7);
        QCOMPARE(outcome.entry.startSent, QStringLiteral("2027-07-14 14:00")); // KitLock: GMT in summer
        QCOMPARE(outcome.entry.source, HistoryEntry::Source::Demo);
        QCOMPARE(m_session->simulator()->requests().last().rawQuery,
                 QByteArray("start=2027-07-14%2014%3A00&duration=2&lockmodel=KL1060G3&identifier=921239"));
        const auto rows = m_session->history().page(QString(), 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().guestName, QStringLiteral("Ana Example"));
        QCOMPARE(rows.first().status(m_clock->nowUtc()), HistoryEntry::Status::Upcoming);
        // The lock moves to the top as recently used.
        QVERIFY(lockNamed(QStringLiteral("Room 101")).lastUsedUtc.isValid());
    }

    void smartLockUsesTheStoredAccessKey()
    {
        const IssueOutcome outcome = run(order(lockNamed(QStringLiteral("Unit 7 gate")), 0, "2027-07-14 15:00"));
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QCOMPARE(outcome.entry.code.size(), 6);
        QVERIFY(m_session->simulator()->requests().last().rawQuery.contains("identifier=" + DemoData::sampleAccessKey().toLatin1()));
        QCOMPARE(outcome.entry.startSent, QStringLiteral("2027-07-14 15:00")); // follows BST
    }

    void missingAccessKeySaysWhereToEnterIt()
    {
        Lock gate = lockNamed(QStringLiteral("Unit 7 gate"));
        gate.accessKeyRef = QStringLiteral("nobody");
        const IssueOutcome outcome = run(order(gate, 0, "2027-07-14 15:00"));
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.errorText.contains(QLatin1String("access key")));
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 0);
    }

    void accessKeyNeverReachesAMessage()
    {
        SimulatorFaults faults;
        faults.forcedStatus = 422;
        faults.forcedBody = "{\"message\":\"bad identifier " + DemoData::sampleAccessKey().toLatin1() + "\"}";
        m_session->simulator()->setFaults(faults);
        const IssueOutcome outcome = run(order(lockNamed(QStringLiteral("Unit 7 gate")), 0, "2027-07-14 15:00"));
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.errorText.contains(DemoData::sampleAccessKey()));
    }

    void wrongLengthCodeIsRecordedAsAFailureWithoutTheCode()
    {
        SimulatorFaults faults;
        faults.forcedStatus = 200;
        faults.forcedBody = "{\"ActualNetcode\":\"123456\"}";
        m_session->simulator()->setFaults(faults);
        const IssueOutcome outcome = run(order(lockNamed(QStringLiteral("Room 101")), 2, "2027-07-14 15:00"));
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.errorText.contains(QLatin1String("model")));
        const auto rows = m_session->history().page(QString(), 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().outcome, HistoryEntry::Outcome::Failed);
        QVERIFY(rows.first().code.isEmpty());
        QCOMPARE(m_session->history().count(QStringLiteral("123456")), 0);
    }

    void serviceFailuresAreRecordedWithoutACode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("drop");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("rowStatus"); // HistoryEntry::Status
        const int failed = int(HistoryEntry::Status::Failed);
        const int inDoubt = int(HistoryEntry::Status::InDoubt);
        QTest::newRow("403") << 403 << false << QByteArray("{\"message\":\"Forbidden\"}") << failed;
        QTest::newRow("422") << 422 << false << QByteArray("{\"message\":\"Generate netcode failed with ERROR status\"}") << failed;
        QTest::newRow("500") << 500 << false << QByteArray() << failed;
        // No readable answer: the service may have issued and billed a code.
        QTest::newRow("garbage") << 200 << false << QByteArray("}{") << inDoubt;
        QTest::newRow("dropped") << 0 << true << QByteArray() << inDoubt;
    }

    void serviceFailuresAreRecordedWithoutACode()
    {
        QFETCH(int, status);
        QFETCH(bool, drop);
        QFETCH(QByteArray, body);
        QFETCH(int, rowStatus);
        SimulatorFaults faults;
        faults.forcedStatus = status;
        faults.forcedBody = body;
        faults.dropConnection = drop;
        m_session->simulator()->setFaults(faults);
        const IssueOutcome outcome = run(order(lockNamed(QStringLiteral("Room 101")), 2, "2027-07-14 15:00"));
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.errorText.isEmpty());
        QCOMPARE(outcome.inDoubt, rowStatus == int(HistoryEntry::Status::InDoubt));
        // The request went out, so the ledger keeps it: never with a code, never as a success.
        const QList<HistoryEntry> rows = m_session->history().page(QString(), 0, 10);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().code.isEmpty());
        QCOMPARE(int(rows.first().status(m_session->clock().nowUtc())), rowStatus);
        QCOMPARE(rows.first().failureText, outcome.errorText);
        QCOMPARE(outcome.entry.id, rows.first().id);
    }

    void theLedgerCountsRequestsThatLeftOnly()
    {
        // Counted as the real service's requests would be (the simulator stands in for it).
        m_session->issuer().setDemo(false);
        const QDateTime now = m_session->clock().nowUtc();
        QVERIFY(run(order(lockNamed(QStringLiteral("Room 101")), 2, "2027-07-14 15:00")).ok);
        QCOMPARE(m_session->ledger().requestsThisMonth(now), 1);
        // Nothing listens on a port that was free a moment ago: that request never left.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiEndpoint endpoint;
        endpoint.host = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_session->client().setEndpoint(endpoint);
        m_session->client().setRetryDelaysMs({});
        const IssueOutcome outcome = run(order(lockNamed(QStringLiteral("Room 101")), 2, "2027-07-14 16:00"));
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.notSent);
        QVERIFY(!outcome.inDoubt);
        QCOMPARE(m_session->ledger().requestsThisMonth(now), 1);
        m_session->issuer().setDemo(true);
    }

    void onlyOneRequestInFlightAndIdenticalOnesAreMerged()
    {
        SimulatorFaults faults;
        faults.delayMs = 300;
        m_session->simulator()->setFaults(faults);
        const IssueOrder o = order(lockNamed(QStringLiteral("Room 101")), 2, "2027-07-14 15:00");
        const IssueOrder other = order(lockNamed(QStringLiteral("Room 101")), 3, "2027-07-14 15:00");
        QSignalSpy spy(&m_session->issuer(), &IssueService::finished);
        QVERIFY(m_session->issuer().issue(o));
        QVERIFY(m_session->issuer().isBusy());
        QVERIFY(!m_session->issuer().issue(other)); // a different request waits its turn
        QVERIFY(m_session->issuer().issue(o));      // the same one joins the request in flight
        QTRY_COMPARE(spy.size(), 2);
        QVERIFY(!m_session->issuer().isBusy());
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 1);
        const auto first = spy.at(0).first().value<IssueOutcome>();
        const auto second = spy.at(1).first().value<IssueOutcome>();
        QVERIFY(first.ok && !first.reused);
        QVERIFY(second.ok && second.reused);
        QCOMPARE(second.entry.code, first.entry.code);
        QCOMPARE(m_session->history().count(QString()), 2);
    }

    void anIdenticalRequestIsAnsweredFromHistory()
    {
        const IssueOrder o = order(lockNamed(QStringLiteral("Room 101")), 2, "2027-07-14 15:00");
        const IssueOutcome first = run(o);
        QVERIFY(first.ok && !first.reused);
        IssueOrder again = o;
        again.guestName = QStringLiteral("Ben Example");
        // Another guest: only once the desk agreed to share the code (tst_shared_code: it is asked).
        QVERIFY(run(again).needsConsent);
        again.shareCode = true;
        const IssueOutcome second = run(again);
        QVERIFY(second.ok);
        QVERIFY(second.reused);
        QVERIFY(!second.charged);
        QCOMPARE(second.entry.code, first.entry.code);
        QCOMPARE(second.original.id, first.entry.id);
        QCOMPARE(second.entry.source, HistoryEntry::Source::Reused);
        QCOMPARE(second.entry.guestName, QStringLiteral("Ben Example"));
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 1);
        // Forcing a fresh request asks the service again.
        again.fresh = true;
        const IssueOutcome fresh = run(again);
        QVERIFY(fresh.ok && !fresh.reused);
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 2);
        // Another start is another request.
        const IssueOutcome later = run(order(lockNamed(QStringLiteral("Room 101")), 2, "2027-07-14 16:00"));
        QVERIFY(!later.reused);
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 3);
    }

    void demoCodesNeverAnswerALiveRequest()
    {
        const IssueOrder o = order(lockNamed(QStringLiteral("Room 101")), 2, "2027-07-14 15:00");
        QVERIFY(run(o).ok);
        // Live mode against the same simulator: the demo row must not be reused.
        m_session->issuer().setDemo(false);
        const IssueOutcome live = run(o);
        QVERIFY(live.ok);
        QVERIFY(!live.reused);
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 2);
    }

    void refusedPlanSendsNothing()
    {
        const IssueOutcome outcome = run(order(lockNamed(QStringLiteral("Room 101")), 2, "2027-07-14 09:00"));
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.errorText.contains(QLatin1String("past")));
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIssueService)
#include "tst_issue_service.moc"
