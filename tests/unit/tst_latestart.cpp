#include "LateStart.h"
#include "SimulatorCatalogue.h"

#include <QTest>

// A code chosen late in the day is pointed out before it is charged: most of its window over, a
// first-use deadline close ahead or in the night; with the start that would serve the guest.
class TestLateStart final : public QObject {
    Q_OBJECT

private slots:
    void lateStarts_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("hours");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("followsDst");
        QTest::addColumn<QString>("now");   // desk's wall clock, Europe/London
        QTest::addColumn<QString>("start"); // as typed, desk's wall clock
        QTest::addColumn<QString>("said");  // a word the note must hold; empty: no note at all
        QTest::addColumn<QString>("better"); // the better start on the desk's clock; empty: none

        const int standard = int(IssueMode::StandardMultiUse);
        const int medium = int(IssueMode::MediumTermRental);
        const int longRental = int(IssueMode::LongTermRental);
        // Winter: the KitLock's clock (no daylight saving) reads as the wall does.
        QTest::newRow("1 day at 23:00: one hour of 24 left") << "KL1060G3" << standard << 0 << 1 << false
                                                           << "2027-01-12 23:00" << "2027-01-12 23:00" << "already over"
                                                           << "2027-01-13 00:00";
        QTest::newRow("1 day at 11:00: half left, no note") << "KL1060G3" << standard << 0 << 1 << false
                                                          << "2027-01-12 11:00" << "2027-01-12 11:00" << "" << "";
        QTest::newRow("1 day at 13:00: most over") << "KL1060G3" << standard << 0 << 1 << false << "2027-01-12 13:00"
                                                 << "2027-01-12 13:00" << "already over" << "2027-01-13 00:00";
        QTest::newRow("3 days at 23:00: 23 hours of 72 gone") << "KL1060G3" << standard << 0 << 3 << false
                                                            << "2027-01-12 23:00" << "2027-01-12 23:00" << "23 hours of its time"
                                                            << "2027-01-13 00:00";
        QTest::newRow("3 days at 11:00: 11 hours gone, no note") << "KL1060G3" << standard << 0 << 3 << false
                                                               << "2027-01-12 11:00" << "2027-01-12 11:00" << "" << "";
        QTest::newRow("next year: the year is said") << "KL1060G3" << longRental << 2 << 0 << false << "2027-12-31 23:10"
                                                     << "2027-12-31 23:00" << "Sat 1 Jan 2028 01:00" << "";
        QTest::newRow("1 day for tomorrow: whole") << "KL1060G3" << standard << 0 << 1 << false << "2027-01-12 23:00"
                                                 << "2027-01-13 00:00" << "" << "";
        QTest::newRow("1 hour at 10:31: the next hour") << "KL1060G3" << standard << 1 << 0 << false
                                                      << "2027-01-12 10:31" << "2027-01-12 10:00" << "already over"
                                                      << "2027-01-12 11:00";
        QTest::newRow("3 hours at 11:59: a third over") << "KL1060G3" << standard << 3 << 0 << false
                                                         << "2027-01-12 11:59" << "2027-01-12 11:00" << "" << "";
        QTest::newRow("medium rental at 22:32: first use by midnight") << "KL1060C2" << medium << 0 << 3 << false
                                                                     << "2027-01-12 22:32" << "2027-01-12 22:00"
                                                                     << "1 hour 28 minutes" << "2027-01-13 00:00";
        QTest::newRow("medium rental at 09:00: a day to first use") << "KL1060C2" << medium << 0 << 3 << false
                                                                  << "2027-01-12 09:00" << "2027-01-12 09:00" << "" << "";
        QTest::newRow("long rental tonight, 3 h: deadline at 03:00") << "KL1060G3" << longRental << 3 << 0 << false
                                                                   << "2027-01-12 22:32" << "2027-01-13 00:00"
                                                                   << "middle of the night" << "";
        QTest::newRow("long rental now, 2 h: deadline close") << "KL1060G3" << longRental << 2 << 0 << false
                                                            << "2027-01-12 14:10" << "2027-01-12 14:00" << "only 1 hour 50 minutes"
                                                            << "";
        QTest::newRow("long rental from 18:00, 6 h: midnight is no night") << "KL1060G3" << longRental << 6 << 0 << false
                                                                         << "2027-01-12 17:10" << "2027-01-12 18:00" << ""
                                                                         << "";
        QTest::newRow("long rental from 20:00, 6 h: 02:00") << "KL1060G3" << longRental << 6 << 0 << false
                                                          << "2027-01-12 17:10" << "2027-01-12 20:00"
                                                          << "middle of the night" << "";
        // Summer: the KitLock keeps GMT, so its midnight is 01:00 on the wall.
        QTest::newRow("KitLock in BST, 1 day at 23:30") << "KL1060G3" << standard << 0 << 1 << false
                                                      << "2027-07-14 23:30" << "2027-07-14 23:30" << "already over"
                                                      << "2027-07-15 01:00";
        QTest::newRow("smart lock in BST, 1 day at 23:30") << "K3CONNECT" << standard << 0 << 1 << true
                                                         << "2027-07-14 23:30" << "2027-07-14 23:30" << "already over"
                                                         << "2027-07-15 00:00";
    }

    void lateStarts()
    {
        QFETCH(QString, model);
        QFETCH(int, mode);
        QFETCH(int, hours);
        QFETCH(int, days);
        QFETCH(bool, followsDst);
        QFETCH(QString, now);
        QFETCH(QString, start);
        QFETCH(QString, said);
        QFETCH(QString, better);

        const QTimeZone london("Europe/London");
        const auto wall = [&london](const QString& text) {
            const QDateTime reading = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
            return QDateTime(reading.date(), reading.time(), london);
        };
        const LockModelInfo* info = LockModelCatalogue::fromWire(model);
        QVERIFY(info);
        const DurationCatalogue catalogue(SimulatorCatalogue::forModel(info->id), wall(now).toUTC());
        const DurationOption* option = catalogue.find(IssueMode(mode), hours, days);
        QVERIFY2(option, "the model offers the length");

        StartRequest request;
        request.wallDate = wall(start).date();
        request.wallTime = wall(start).time();
        request.deskZone = london;
        request.frame = {london, followsDst};
        request.mode = IssueMode(mode);
        request.duration = *option;
        request.catalogue = &catalogue;
        request.nowUtc = wall(now).toUTC();
        const StartPlan plan = StartTimeRules::plan(request);
        QVERIFY2(plan.isOk(), qPrintable(plan.refusal));
        if (said.isEmpty()) {
            QVERIFY2(plan.lateNote.isEmpty(), qPrintable(plan.lateNote));
            QVERIFY(!plan.betterStartUtc.isValid());
            return;
        }
        QVERIFY2(plan.lateNote.contains(said), qPrintable(plan.lateNote));
        if (better.isEmpty()) {
            QVERIFY(!plan.betterStartUtc.isValid());
            QVERIFY2(plan.lateNote.contains(QLatin1String("stay")), qPrintable(plan.lateNote));
        } else {
            QCOMPARE(plan.betterStartUtc, wall(better).toUTC());
            QVERIFY2(plan.lateNote.contains(QLatin1String("whole time")), qPrintable(plan.lateNote));
            // The better start itself raises no note: it serves the guest.
            request.wallDate = wall(better).date();
            request.wallTime = wall(better).time();
            const StartPlan moved = StartTimeRules::plan(request);
            QVERIFY2(moved.isOk() && moved.lateNote.isEmpty(), qPrintable(moved.lateNote + moved.refusal));
        }
    }
};

QTEST_GUILESS_MAIN(TestLateStart)
#include "tst_latestart.moc"
