#include "AppSession.h"
#include "DemoSessionFixture.h"
#include "HistoryRepository.h"
#include "IssueService.h"
#include "RequestLedger.h"

#include <QSignalSpy>
#include <QTest>

// "Ask again" on a request in doubt must go to the same service the request first went to. A desk
// that runs in demo mode (no API key in the keychain on this start, or --demo) still lists the
// real requests in doubt that share its database. Asking one of them again must not let the
// built-in simulator answer it: a demo code written into a real request's row is later
// "reissued from history — no new charge" as a real code, and opens no lock.
class TestAskAgainDemo final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;

private slots:
    void initTestCase() { qRegisterMetaType<IssueOutcome>(); }

    void aRealRequestInDoubtIsNotAnsweredByTheDemoSimulator()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        AppSession& session = *m_fixture.session;
        QVERIFY(session.isDemo());
        Lock lock;
        for (const Lock& l : session.locks().all()) {
            if (!l.isSmartLock() && l.configuredMode == NetCodeMode::Standard) {
                lock = l;
                break;
            }
        }
        QVERIFY(lock.id > 0);

        StartRequest start;
        start.wallDate = QDate(2027, 8, 1);
        start.wallTime = QTime(10, 0);
        start.deskZone = QTimeZone("Europe/London");
        start.frame = lock.clockFrame();
        start.duration = *StandardDurations::byId(2);
        start.mode = start.duration.mode;
        start.nowUtc = m_fixture.clock->nowUtc();
        IssueOrder order;
        order.lock = lock;
        order.plan = StartTimeRules::plan(start);
        QVERIFY(order.plan.isOk());

        // A real (billed) request in doubt, as another desk running with the API key left it.
        HistoryEntry real;
        real.issuedAtUtc = m_fixture.clock->nowUtc();
        real.lockId = lock.id;
        real.lockName = lock.name;
        real.lockModel = LockModelCatalogue::info(lock.model).wireValue;
        real.mode = IssueModes::storageName(order.plan.duration.mode);
        real.durationId = order.plan.duration.id;
        real.startSent = order.plan.startString;
        real.windowStartUtc = order.plan.windowStartUtc;
        real.windowEndUtc = order.plan.windowEndUtc;
        real.lockTimeZone = lock.timeZoneId;
        real.requestPathId = lock.pathId();
        real.requestIdentifier = lock.lockNumber;
        real.guestName = QStringLiteral("Ana Example");
        real.source = HistoryEntry::Source::Api;
        real.demo = false;
        real.requestKey = QStringLiteral("api|") + IssueService::requestKey(order);
        RequestLedger otherDesk(session.database().connection(), QStringLiteral("front-desk-2/4242"));
        const RequestLedger::Claim claim = otherDesk.claim(real, {}, m_fixture.clock->nowUtc(), 60000);
        QVERIFY(claim.result == RequestLedger::Claim::Result::Claimed);
        QVERIFY(otherDesk.recordInDoubt(claim.row.id, QStringLiteral("The connection was cut."), 0));
        HistoryEntry inDoubt;
        QVERIFY(session.ledger().find(claim.row.id, &inDoubt));
        QCOMPARE(inDoubt.outcome, HistoryEntry::Outcome::InDoubt);
        QVERIFY(!inDoubt.demo);

        // This desk, in demo mode, asks again for it (History → Ask again…).
        QSignalSpy finished(&session.issuer(), &IssueService::finished);
        QVERIFY(session.issuer().askAgain(inDoubt, lock));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

        HistoryEntry after;
        QVERIFY(session.ledger().find(claim.row.id, &after));
        QVERIFY2(!(after.hasCode() && !after.demo),
                 qPrintable(QStringLiteral("the real request's row now holds the demo code %1 (source %2, demo %3)")
                                .arg(after.code, HistoryEntry::sourceName(after.source))
                                .arg(after.demo)));
        // And a real desk asking for the same code later must not be answered with it for free.
        HistoryEntry reused;
        const HistoryRepository history(session.database().connection());
        QVERIFY2(!history.findIssued(real.requestPathId, real.requestIdentifier, real.lockModel, real.startSent,
                                     real.durationId, {QStringLiteral("api")}, &reused),
                 qPrintable(QStringLiteral("a real issue of this request would be answered from history with %1")
                                .arg(reused.code)));
    }
};

QTEST_GUILESS_MAIN(TestAskAgainDemo)
#include "tst_ask_again_demo.moc"
