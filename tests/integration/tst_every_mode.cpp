#include "CodelocksSimulator.h"
#include "DemoSessionFixture.h"
#include "DurationCatalogueService.h"
#include "IssueService.h"

#include <QSignalSpy>
#include <QTest>

// Every mode a lock's model offers is issued through the real client and the simulator; the
// simulator must receive exactly the `start` string and duration id the plan says, and history
// must hold the right window and deadline.
class TestEveryMode final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    AppSession* m_session = nullptr;

    Lock kitLock(NetCodeMode configured)
    {
        Lock lock;
        lock.name = QStringLiteral("Test %1").arg(NetCodeModes::storageName(configured));
        lock.model = LockModelId::KL1060G3;
        lock.timecode = QStringLiteral("202604221226");
        lock.lockNumber = QStringLiteral("921239");
        lock.timeZoneId = QStringLiteral("Europe/London");
        lock.configuredMode = configured;
        [&] { QVERIFY(m_session->locks().insert(&lock)); }();
        return lock;
    }

    DurationCatalogue fetchedCatalogue()
    {
        QSignalSpy changed(&m_session->durations(), &DurationCatalogueService::catalogueChanged);
        m_session->durations().refresh(QStringLiteral("KL1060G3"));
        [&] { QTRY_COMPARE(changed.size(), 1); }();
        return m_session->durations().catalogue(QStringLiteral("KL1060G3"));
    }

    IssueOutcome issue(const Lock& lock, const StartRequest& request)
    {
        IssueOrder order;
        order.lock = lock;
        order.plan = StartTimeRules::plan(request);
        [&] { QVERIFY2(order.plan.isOk(), qPrintable(order.plan.refusal)); }();
        QSignalSpy finished(&m_session->issuer(), &IssueService::finished);
        m_session->issuer().issue(order);
        [&] { QTRY_COMPARE(finished.size(), 1); }();
        return finished.isEmpty() ? IssueOutcome{} : finished.first().first().value<IssueOutcome>();
    }

    StartRequest request(const Lock& lock, const DurationCatalogue& catalogue, IssueMode mode, const char* wall)
    {
        const QDateTime w = QDateTime::fromString(QString::fromLatin1(wall), QStringLiteral("yyyy-MM-dd HH:mm"));
        StartRequest r;
        r.wallDate = w.date();
        r.wallTime = w.time();
        r.deskZone = QTimeZone("Europe/London");
        r.frame = lock.clockFrame();
        r.mode = mode;
        r.catalogue = &catalogue;
        r.nowUtc = m_fixture.clock->nowUtc();
        return r;
    }

    QByteArray lastQuery() const { return m_session->simulator()->requests().last().rawQuery; }

private slots:
    void initTestCase() { qRegisterMetaType<IssueOutcome>(); }

    void init()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
    }

    void cleanup() { m_fixture.stop(); }

    // The receptionist's July example: a 3-hour code from 15:00 BST on a KitLock.
    void theJulyKitLockExample()
    {
        const Lock lock = kitLock(NetCodeMode::Standard);
        const DurationCatalogue catalogue = fetchedCatalogue();
        StartRequest r = request(lock, catalogue, IssueMode::StandardMultiUse, "2027-07-14 15:00");
        r.duration = *catalogue.find(IssueMode::StandardMultiUse, 3, 0);
        const IssueOutcome outcome = issue(lock, r);
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QCOMPARE(lastQuery(), QByteArray("start=2027-07-14%2014%3A00&duration=2&lockmodel=KL1060G3&identifier=921239"));
        QCOMPARE(outcome.entry.windowStartUtc.toTimeZone(QTimeZone("Europe/London")).time(), QTime(15, 0));
        QCOMPARE(outcome.entry.windowEndUtc.toTimeZone(QTimeZone("Europe/London")).time(), QTime(18, 0));
    }

    void singleUse()
    {
        const Lock lock = kitLock(NetCodeMode::Standard);
        const DurationCatalogue catalogue = fetchedCatalogue();
        StartRequest r = request(lock, catalogue, IssueMode::StandardSingleUse, "2027-07-14 16:10");
        r.duration = *catalogue.find(IssueMode::StandardSingleUse, 2, 0);
        const IssueOutcome outcome = issue(lock, r);
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QCOMPARE(outcome.entry.issueMode(), IssueMode::StandardSingleUse);
        QVERIFY(lastQuery().startsWith("start=2027-07-14%2015%3A00&duration=" + QByteArray::number(r.duration.id)));
    }

    void mediumTermRental()
    {
        const Lock lock = kitLock(NetCodeMode::MediumTermRental);
        const DurationCatalogue catalogue = fetchedCatalogue();
        StartRequest r = request(lock, catalogue, IssueMode::MediumTermRental, "2027-07-15 09:00");
        r.duration = *catalogue.find(IssueMode::MediumTermRental, 0, 14);
        const IssueOutcome outcome = issue(lock, r);
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QVERIFY(lastQuery().startsWith("start=2027-07-15%2000%3A00&duration=" + QByteArray::number(r.duration.id)));
        QCOMPARE(outcome.entry.firstUseByUtc, QDateTime(QDate(2027, 7, 16), QTime(0, 0), QTimeZone::utc()));
        HistoryEntry stored;
        QVERIFY(m_session->history().find(outcome.entry.id, &stored));
        QCOMPARE(stored.firstUseByUtc, outcome.entry.firstUseByUtc);
        QCOMPARE(stored.issueMode(), IssueMode::MediumTermRental);
        QCOMPARE(stored.windowEndUtc, QDateTime(QDate(2027, 7, 29), QTime(0, 0), QTimeZone::utc()));
    }

    void longTermRental()
    {
        const Lock lock = kitLock(NetCodeMode::LongTermRental);
        const DurationCatalogue catalogue = fetchedCatalogue();
        StartRequest r = request(lock, catalogue, IssueMode::LongTermRental, "2027-07-14 15:37");
        r.duration = *catalogue.find(IssueMode::LongTermRental, 0, 2);
        const IssueOutcome outcome = issue(lock, r);
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QVERIFY(lastQuery().startsWith("start=2027-07-14%2014%3A00&duration=" + QByteArray::number(r.duration.id)));
        QCOMPARE(outcome.entry.firstUseByUtc, QDateTime(QDate(2027, 7, 16), QTime(14, 0), QTimeZone::utc()));
    }

    void endDate()
    {
        const Lock lock = kitLock(NetCodeMode::EndDate);
        const DurationCatalogue catalogue = fetchedCatalogue();
        StartRequest r = request(lock, catalogue, IssueMode::EndDate, "2027-07-14 15:37");
        r.endDate = QDate(2027, 8, 31);
        const IssueOutcome outcome = issue(lock, r);
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        const DurationOption* option = catalogue.find(IssueMode::EndDate, 0, 49); // 14 Jul to 31 Aug
        QVERIFY(option);
        QVERIFY(lastQuery().startsWith("start=2027-07-14%2014%3A00&duration=" + QByteArray::number(option->id)));
        QCOMPARE(outcome.entry.windowEndUtc, QDateTime(QDate(2027, 9, 1), QTime(0, 0), QTimeZone::utc()));
    }

    void twentyFourHours()
    {
        const Lock lock = kitLock(NetCodeMode::TwentyFourHour);
        const DurationCatalogue catalogue = fetchedCatalogue();
        StartRequest r = request(lock, catalogue, IssueMode::TwentyFourHour, "2027-07-14 21:59");
        r.duration = catalogue.options(IssueMode::TwentyFourHour).first();
        const IssueOutcome outcome = issue(lock, r);
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QVERIFY(lastQuery().startsWith("start=2027-07-14%2020%3A00&duration=300"));
    }

    void theSimulatorRefusesWhatTheModelDoesNotOffer()
    {
        Lock old = kitLock(NetCodeMode::EndDate);
        old.model = LockModelId::KL1060;
        const DurationCatalogue g3 = fetchedCatalogue();
        // A G3 End Date id sent for an old KL1060 (which has no End Date in the simulator).
        StartRequest r = request(old, g3, IssueMode::EndDate, "2027-07-14 15:37");
        r.endDate = QDate(2027, 7, 20);
        const IssueOutcome outcome = issue(old, r);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.apiError, ApiError::InvalidRequest);
        QVERIFY2(outcome.errorText.contains(QLatin1String("duration")), qPrintable(outcome.errorText));
    }
};

QTEST_GUILESS_MAIN(TestEveryMode)
#include "tst_every_mode.moc"
