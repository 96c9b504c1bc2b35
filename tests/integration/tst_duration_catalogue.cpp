#include "CodelocksSimulator.h"
#include "DemoSessionFixture.h"
#include "DurationCatalogueRepository.h"
#include "DurationCatalogueService.h"
#include "HistoryRepository.h"

#include <QSqlQuery>

#include <QSignalSpy>
#include <QTest>

// The duration catalogue as the app uses it: fetched from the service (the simulator over loopback),
// cached with its fetch time, refreshed, and the built-in table when the call fails. A list read
// once is used again while it is unchanged, and read again as soon as any desk stores another.
class TestDurationCatalogue final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    AppSession* m_session = nullptr;

    int catalogueCalls() const
    {
        int calls = 0;
        for (const auto& request : m_session->simulator()->requests())
            calls += request.path.endsWith(QLatin1String("/durations")) ? 1 : 0;
        return calls;
    }

private slots:
    void init()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
    }

    void cleanup() { m_fixture.stop(); }

    void fetchedOnceCachedAndRefreshed()
    {
        DurationCatalogueService& durations = m_session->durations();
        const QString model = QStringLiteral("KL1060G3");
        QVERIFY(durations.catalogue(model).isBuiltIn());
        QSignalSpy changed(&durations, &DurationCatalogueService::catalogueChanged);
        QVERIFY(durations.ensureFresh(model));
        QVERIFY(durations.isFetching(model));
        QVERIFY(!durations.ensureFresh(model)); // no second call while one is in flight
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), model);
        const DurationCatalogue fetched = durations.catalogue(model);
        QVERIFY(!fetched.isBuiltIn());
        QCOMPARE(fetched.fetchedAtUtc(), m_fixture.clock->nowUtc());
        QCOMPARE(fetched.modes(), IssueModes::all());
        QCOMPARE(catalogueCalls(), 1);

        // Fresh enough: no new call. Every call counts against the plan.
        QVERIFY(!durations.ensureFresh(model));
        QCOMPARE(catalogueCalls(), 1);
        // A month later it is fetched again.
        m_fixture.clock->advanceSecs(qint64(DurationCatalogueService::kMaxAgeDays) * 86400);
        QVERIFY(durations.ensureFresh(model));
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(catalogueCalls(), 2);
        // Refresh always asks.
        durations.refresh(model);
        QTRY_COMPARE(changed.size(), 3);
        QCOMPARE(catalogueCalls(), 3);
    }

    void eachModelHasItsOwnList()
    {
        DurationCatalogueService& durations = m_session->durations();
        QSignalSpy changed(&durations, &DurationCatalogueService::catalogueChanged);
        durations.refresh(QStringLiteral("KL1060"));
        durations.refresh(QStringLiteral("K3CONNECT"));
        QTRY_COMPARE(changed.size(), 2);
        const DurationCatalogue old = durations.catalogue(QStringLiteral("KL1060"));
        const DurationCatalogue smart = durations.catalogue(QStringLiteral("K3CONNECT"));
        QVERIFY(!old.modes().contains(IssueMode::EndDate));
        QVERIFY(smart.modes().contains(IssueMode::EndDate));
        QVERIFY(!smart.modes().contains(IssueMode::MediumTermRental));
    }

    void aFailedFetchFallsBackToTheBuiltInTableAndSaysWhy()
    {
        SimulatorFaults faults;
        faults.forcedStatus = 500;
        faults.forcedBody = "{\"message\":\"catalogue unavailable\"}";
        m_session->simulator()->setFaults(faults);
        DurationCatalogueService& durations = m_session->durations();
        QSignalSpy changed(&durations, &DurationCatalogueService::catalogueChanged);
        QVERIFY(durations.ensureFresh(QStringLiteral("KL1060G3")));
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(durations.catalogue(QStringLiteral("KL1060G3")).isBuiltIn());
        QVERIFY2(durations.problem(QStringLiteral("KL1060G3")).contains(QLatin1String("catalogue unavailable")),
                 qPrintable(durations.problem(QStringLiteral("KL1060G3"))));
        // Not retried on every selection; Refresh tries again.
        QVERIFY(!durations.ensureFresh(QStringLiteral("KL1060G3")));
        m_session->simulator()->clearFaults();
        durations.refresh(QStringLiteral("KL1060G3"));
        QTRY_COMPARE(changed.size(), 2);
        QVERIFY(!durations.catalogue(QStringLiteral("KL1060G3")).isBuiltIn());
        QVERIFY(durations.problem(QStringLiteral("KL1060G3")).isEmpty());
    }

    void garbageIsNotACatalogue()
    {
        SimulatorFaults faults;
        faults.forcedStatus = 200;
        faults.forcedBody = "[{\"DurationId\":\"x\"}, 5, \"y\"]";
        m_session->simulator()->setFaults(faults);
        QSignalSpy changed(&m_session->durations(), &DurationCatalogueService::catalogueChanged);
        m_session->durations().refresh(QStringLiteral("KL1060G3"));
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(m_session->durations().catalogue(QStringLiteral("KL1060G3")).isBuiltIn());
        QVERIFY(!m_session->durations().problem(QStringLiteral("KL1060G3")).isEmpty());
    }

    void aListIsReadAgainWhenAnyDeskStoresAnother()
    {
        const QSqlDatabase db = m_session->history().connection();
        DurationCatalogueRepository mine(db);
        DurationCatalogueRepository theirs(db); // another desk on the same store
        const QString key = QStringLiteral("demo|KL1060G3");
        const QDateTime first = m_fixture.clock->nowUtc();
        const QList<DurationOption> three{{0, IssueMode::StandardMultiUse, 1, 0},
                                          {1, IssueMode::StandardMultiUse, 2, 0},
                                          {30, IssueMode::EndDate, 0, 3}};
        QVERIFY(theirs.store(key, DurationCatalogue(three, first)));
        DurationCatalogue read;
        QVERIFY(mine.load(key, &read));
        QCOMPARE(read.all(), three);
        QVERIFY(mine.load(key, &read)); // unchanged: the same list again
        QCOMPARE(read.all(), three);
        QCOMPARE(read.fetchedAtUtc(), first);

        // Fetched again elsewhere a minute later, with one length fewer.
        const QList<DurationOption> two = three.mid(0, 2);
        QVERIFY(theirs.store(key, DurationCatalogue(two, first.addSecs(60))));
        QVERIFY(mine.load(key, &read));
        QCOMPARE(read.all(), two);
        QCOMPARE(read.fetchedAtUtc(), first.addSecs(60));

        // Written over within the same second (its fetch time unchanged): still read again, even
        // when only a number changed and the stored text kept its length.
        QVERIFY(theirs.store(key, DurationCatalogue(three, first.addSecs(60))));
        QVERIFY(mine.load(key, &read));
        QCOMPARE(read.all(), three);
        QList<DurationOption> changed = three;
        changed[1].hours = 3;
        QVERIFY(theirs.store(key, DurationCatalogue(changed, first.addSecs(60))));
        QVERIFY(mine.load(key, &read));
        QCOMPARE(read.all(), changed);

        // Gone from the store: nothing cached, whatever was read before; stored again, read again.
        QSqlQuery remove(db);
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM duration_catalogue")));
        QVERIFY(!mine.load(key, &read));
        QVERIFY(theirs.store(key, DurationCatalogue(two, first.addSecs(120))));
        QVERIFY(mine.load(key, &read));
        QCOMPARE(read.all(), two);
    }

    void anotherServicesListIsNeverUsed()
    {
        DurationCatalogueService& durations = m_session->durations();
        QSignalSpy changed(&durations, &DurationCatalogueService::catalogueChanged);
        durations.refresh(QStringLiteral("KL1060G3"));
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(!durations.catalogue(QStringLiteral("KL1060G3")).isBuiltIn());
        durations.setSource(QStringLiteral("https://api-connect.codelocks.io/u/1"));
        QVERIFY(durations.catalogue(QStringLiteral("KL1060G3")).isBuiltIn());
        durations.setSource(QStringLiteral("demo"));
        QVERIFY(!durations.catalogue(QStringLiteral("KL1060G3")).isBuiltIn());
    }
};

QTEST_GUILESS_MAIN(TestDurationCatalogue)
#include "tst_duration_catalogue.moc"
