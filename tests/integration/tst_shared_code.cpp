// One code, two guests: the same lock, start and length always give the same code, so a code
// another guest already holds is only given to a second guest when the desk says so. The issuing
// service wired as the app wires it (demo mode: the built-in simulator over loopback), on SQLite,
// and on PostgreSQL in the suite's shared-store run.
#include "AppSession.h"
#include "BatchIssuer.h"
#include "CodelocksSimulator.h"
#include "DemoSessionFixture.h"
#include "HistoryRepository.h"
#include "IssueService.h"

#include <QSignalSpy>
#include <QTest>

class TestSharedCode final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    AppSession* m_session = nullptr;
    FixedClock* m_clock = nullptr;

    Lock room101()
    {
        for (const Lock& lock : m_session->locks().all()) {
            if (lock.name == QLatin1String("Room 101"))
                return lock;
        }
        return {};
    }

    IssueOrder order(const QString& guest, const QString& room, const char* wall = "2027-07-14 15:00")
    {
        IssueOrder o;
        o.lock = room101();
        const QDateTime w = QDateTime::fromString(QString::fromLatin1(wall), QStringLiteral("yyyy-MM-dd HH:mm"));
        StartRequest request;
        request.wallDate = w.date();
        request.wallTime = w.time();
        request.deskZone = QTimeZone("Europe/London");
        request.frame = o.lock.clockFrame();
        request.duration = *StandardDurations::byId(2);
        request.mode = request.duration.mode;
        request.nowUtc = m_clock->nowUtc();
        o.plan = StartTimeRules::plan(request);
        o.guestName = guest;
        o.room = room;
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

    int requests() const { return m_session->simulator()->netCodeRequestCount(); }
    int rows() const { return m_session->history().count(QString()); }

    // The first guest's code, issued by the service (one request).
    HistoryEntry issueForAna()
    {
        const IssueOutcome first = run(order(QStringLiteral("Ana Example"), QStringLiteral("101")));
        if (!first.ok || first.reused)
            qWarning("first code not issued: %s", qPrintable(first.errorText));
        return first.entry;
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
    }

    void cleanup() { m_fixture.stop(); }

    void whoCountsAsAnotherGuest_data()
    {
        QTest::addColumn<QString>("rowGuest");
        QTest::addColumn<QString>("rowRoom");
        QTest::addColumn<QString>("guest");
        QTest::addColumn<QString>("room");
        QTest::addColumn<bool>("other");
        QTest::newRow("same guest and room") << "Ana" << "12" << "Ana" << "12" << false;
        QTest::newRow("case and spaces") << "Ana Example" << "12a" << "  ana example " << "12A " << false;
        QTest::newRow("same guest, no room now") << "Ana" << "12" << "Ana" << "" << false;
        QTest::newRow("same guest, no room then") << "Ana" << "" << "Ana" << "14" << false;
        QTest::newRow("same room, guest named now") << "" << "12" << "Ana" << "12" << false;
        QTest::newRow("nobody named then") << "" << "" << "Ben" << "14" << false;
        QTest::newRow("another guest, same room") << "Ana" << "12" << "Ben" << "12" << true;
        QTest::newRow("same guest, another room") << "Ana" << "12" << "Ana" << "14" << true;
        QTest::newRow("another room, nobody named") << "" << "12" << "" << "14" << true;
        QTest::newRow("a named guest's code to nobody") << "Ana" << "" << "" << "" << true;
    }

    void whoCountsAsAnotherGuest()
    {
        QFETCH(QString, rowGuest);
        QFETCH(QString, rowRoom);
        QFETCH(QString, guest);
        QFETCH(QString, room);
        QFETCH(bool, other);
        HistoryEntry row;
        row.guestName = rowGuest;
        row.room = rowRoom;
        QCOMPARE(HistoryEntry::namesOtherGuest(row, guest, room), other);
    }

    void anotherGuestNeedsConsentAndNothingIsSentOrWritten()
    {
        const HistoryEntry ana = issueForAna();
        QCOMPARE(requests(), 1);
        QCOMPARE(rows(), 1);

        const IssueOutcome outcome = run(order(QStringLiteral("Ben Other"), QStringLiteral("102")));
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.needsConsent);
        QVERIFY(outcome.notSent);
        QVERIFY(!outcome.reused);
        QVERIFY(!outcome.savedToHistory);
        QCOMPARE(outcome.original.id, ana.id);
        QCOMPARE(outcome.original.guestName, QStringLiteral("Ana Example"));
        // Whose code, when: the text the command line and batch issue show.
        QVERIFY2(outcome.errorText.contains(QLatin1String("Ana Example (room 101)")), qPrintable(outcome.errorText));
        QVERIFY2(outcome.errorText.contains(QLatin1String("14:20")), qPrintable(outcome.errorText)); // desk time (BST)
        QVERIFY2(outcome.errorText.contains(QLatin1String("different start")), qPrintable(outcome.errorText));
        QCOMPARE(requests(), 1);
        QCOMPARE(rows(), 1);
        QVERIFY(!m_session->issuer().isBusy());
    }

    void consentWritesOneLinkedRowAndSendsNothing()
    {
        const HistoryEntry ana = issueForAna();
        IssueOrder ben = order(QStringLiteral("Ben Other"), QStringLiteral("102"));
        ben.shareCode = true;
        const IssueOutcome outcome = run(ben);
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QVERIFY(outcome.reused);
        QVERIFY(outcome.savedToHistory);
        QCOMPARE(outcome.entry.code, ana.code);
        QCOMPARE(outcome.entry.sharesCodeWith, ana.id);
        QCOMPARE(outcome.original.id, ana.id);
        QCOMPARE(requests(), 1);
        QCOMPARE(rows(), 2);

        // Both rows say so, read a page at a time as History and the board read them.
        const QList<HistoryEntry> page = m_session->history().page(QString(), 0, 10);
        QCOMPARE(page.size(), 2);
        const HistoryEntry& benRow = page.at(0);
        const HistoryEntry& anaRow = page.at(1);
        QCOMPARE(benRow.sharesCodeWith, ana.id);
        QCOMPARE(benRow.otherHolderGuest, QStringLiteral("Ana Example"));
        QCOMPARE(benRow.otherHolderRoom, QStringLiteral("101"));
        QCOMPARE(anaRow.sharesCodeWith, 0);
        QCOMPARE(anaRow.alsoHeldBy, 1);
        QCOMPARE(anaRow.otherHolderGuest, QStringLiteral("Ben Other"));
        QVERIFY(anaRow.codeShared() && benRow.codeShared());
        QVERIFY2(anaRow.sharingText(QTimeZone("Europe/London")).contains(QLatin1String("Also held by Ben Other (room 102)")),
                 qPrintable(anaRow.sharingText(QTimeZone("Europe/London"))));

        // The same guest again: their own code, answered from history without a question.
        const IssueOutcome again = run(order(QStringLiteral("Ben Other"), QStringLiteral("102")));
        QVERIFY2(again.ok && again.reused, qPrintable(again.errorText));
        QCOMPARE(requests(), 1);
    }

    void theSameGuestIsAnsweredWithoutAQuestion_data()
    {
        QTest::addColumn<QString>("guest");
        QTest::addColumn<QString>("room");
        QTest::newRow("as written") << "Ana Example" << "101";
        QTest::newRow("other case and spaces") << " ana EXAMPLE " << "101 ";
        QTest::newRow("no room") << "Ana Example" << "";
    }

    void theSameGuestIsAnsweredWithoutAQuestion()
    {
        QFETCH(QString, guest);
        QFETCH(QString, room);
        const HistoryEntry ana = issueForAna();
        const IssueOutcome outcome = run(order(guest, room));
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QVERIFY(outcome.reused);
        QVERIFY(!outcome.needsConsent);
        QCOMPARE(outcome.entry.code, ana.code);
        QCOMPARE(outcome.entry.sharesCodeWith, 0);
        QCOMPARE(requests(), 1);
        QCOMPARE(rows(), 2);
    }

    void aCodeFirstIssuedForNobodyIsNoQuestion()
    {
        const IssueOutcome first = run(order(QString(), QString()));
        QVERIFY2(first.ok && !first.reused, qPrintable(first.errorText));
        const IssueOutcome outcome = run(order(QStringLiteral("Ben Other"), QStringLiteral("102")));
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QVERIFY(outcome.reused);
        QCOMPARE(outcome.entry.sharesCodeWith, 0);
        QCOMPARE(outcome.original.id, first.entry.id);
        QVERIFY(outcome.original.guestName.isEmpty() && outcome.original.room.isEmpty());
        QCOMPARE(requests(), 1);

        // Ben holds it now: a third guest is asked, and told it is Ben's.
        const IssueOutcome third = run(order(QStringLiteral("Cleo Third"), QStringLiteral("103")));
        QVERIFY(third.needsConsent);
        QCOMPARE(third.original.id, outcome.entry.id);
        QVERIFY2(third.errorText.contains(QLatin1String("Ben Other")), qPrintable(third.errorText));
        QCOMPARE(rows(), 2);
    }

    void aFreshRequestForAnotherGuestIsAskedFirst()
    {
        const HistoryEntry ana = issueForAna();
        IssueOrder ben = order(QStringLiteral("Ben Other"), QStringLiteral("102"));
        ben.fresh = true; // it would bring back Ana's code, and bill for it
        const IssueOutcome asked = run(ben);
        QVERIFY(asked.needsConsent);
        QCOMPARE(asked.original.id, ana.id);
        QCOMPARE(requests(), 1);
        QCOMPARE(rows(), 1);

        ben.shareCode = true;
        const IssueOutcome outcome = run(ben);
        QVERIFY2(outcome.ok, qPrintable(outcome.errorText));
        QVERIFY(!outcome.reused);
        QCOMPARE(requests(), 2); // the desk asked for it: sent and (for real) billed
        QCOMPARE(outcome.entry.code, ana.code);
        QCOMPARE(outcome.entry.sharesCodeWith, ana.id);
        HistoryEntry stored;
        QVERIFY(m_session->history().find(outcome.entry.id, &stored));
        QCOMPARE(stored.sharesCodeWith, ana.id);
        QCOMPARE(stored.otherHolderGuest, QStringLiteral("Ana Example"));
        QVERIFY(m_session->history().find(ana.id, &stored));
        QCOMPARE(stored.alsoHeldBy, 1);
    }

    void aBatchSkipsAnotherGuestsCodeAndSaysWhy()
    {
        const HistoryEntry ana = issueForAna();
        BatchIssuer batch(m_session->issuer(), m_session->history(), m_session->isDemo());
        const QList<IssueOrder> orders = {order(QStringLiteral("Group Tour"), QString()),
                                          order(QStringLiteral("Group Tour"), QString(), "2027-07-14 16:00")};
        QCOMPARE(batch.heldByOtherGuests(orders), 1);
        QSignalSpy done(&batch, &BatchIssuer::finished);
        batch.run(orders);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        const QList<IssueOutcome>& results = batch.results();
        QCOMPARE(results.size(), 2);
        QVERIFY(!results.at(0).ok);
        QVERIFY(results.at(0).needsConsent);
        QCOMPARE(results.at(0).original.id, ana.id);
        QVERIFY2(results.at(0).errorText.contains(QLatin1String("Ana Example (room 101)")), qPrintable(results.at(0).errorText));
        QVERIFY2(results.at(0).errorText.contains(QLatin1String("on its own")), qPrintable(results.at(0).errorText));
        QCOMPARE(results.at(0).entry.lockName, QStringLiteral("Room 101")); // the sheet names what was asked
        QVERIFY2(results.at(1).ok && !results.at(1).reused, qPrintable(results.at(1).errorText));
        QCOMPARE(requests(), 2); // Ana's, and the other start's: nothing for the skipped row
        QCOMPARE(rows(), 2);
    }

    void aDifferentStartIsADifferentCodeAndNoQuestion()
    {
        const HistoryEntry ana = issueForAna();
        const IssueOutcome outcome = run(order(QStringLiteral("Ben Other"), QStringLiteral("102"), "2027-07-14 16:00"));
        QVERIFY2(outcome.ok && !outcome.reused, qPrintable(outcome.errorText));
        QVERIFY(outcome.entry.code != ana.code);
        QCOMPARE(requests(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSharedCode)
#include "tst_shared_code.moc"
