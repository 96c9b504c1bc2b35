#include "DurationOption.h"
#include "HistoryEntry.h"
#include "IssueMode.h"

#include <QTest>

class TestDurations final : public QObject {
    Q_OBJECT

private slots:
    void standardTableIsTheConfirmedOne()
    {
        const auto& table = StandardDurations::all();
        QCOMPARE(table.size(), 19);
        for (int hours = 1; hours <= 12; ++hours) {
            const auto* option = StandardDurations::byId(hours - 1);
            QVERIFY(option);
            QCOMPARE(option->hours, hours);
            QVERIFY(!option->startsAtMidnight());
            QCOMPARE(option->mode, IssueMode::StandardMultiUse);
        }
        for (int days = 1; days <= 7; ++days) {
            const auto* option = StandardDurations::byId(11 + days);
            QVERIFY(option);
            QCOMPARE(option->days, days);
            QVERIFY(option->startsAtMidnight());
        }
        QVERIFY(!StandardDurations::byId(19));
        QVERIFY(!StandardDurations::byId(-1));
    }

    void labelsUsePlurals()
    {
        QCOMPARE(StandardDurations::byId(0)->label(), QStringLiteral("1 hour"));
        QCOMPARE(StandardDurations::byId(2)->label(), QStringLiteral("3 hours"));
        QCOMPARE(StandardDurations::byId(12)->label(), QStringLiteral("1 day"));
        QCOMPARE(StandardDurations::byId(18)->label(), QStringLiteral("7 days"));
    }

    // History's Length follows the desk's language whatever language the row was stored in (a
    // command line run under another locale, or a desk since switched): here the desk speaks
    // English and the rows were stored by a German one.
    void historyLengthIsShownInTheDesksLanguage_data()
    {
        QTest::addColumn<IssueMode>("mode");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<qint64>("windowSecs");
        QTest::addColumn<qint64>("firstUseSecs");
        QTest::addColumn<QString>("shown");
        QTest::newRow("hours") << IssueMode::StandardMultiUse << "5 Stunden" << 5 * 3600LL << 0LL << "5 hours";
        QTest::newRow("one hour") << IssueMode::StandardSingleUse << "1 Stunde" << 3600LL << 0LL << "1 hour";
        QTest::newRow("days") << IssueMode::StandardMultiUse << "3 Tage" << 3 * 86400LL << 0LL << "3 days";
        QTest::newRow("24 hour") << IssueMode::TwentyFourHour << "24 Stunden" << 86400LL << 0LL << "24 hours";
        QTest::newRow("long-term rental") << IssueMode::LongTermRental << "Erstnutzung innerhalb von 6 Stunden"
                                          << 365 * 86400LL << 6 * 3600LL << "first use within 6 hours";
        QTest::newRow("English stays English") << IssueMode::StandardMultiUse << "2 hours" << 7200LL << 0LL << "2 hours";
        QTest::newRow("window disagrees: as stored") << IssueMode::StandardMultiUse << "3 Stunden" << 5 * 3600LL << 0LL << "3 Stunden";
        QTest::newRow("no number: as stored") << IssueMode::StandardMultiUse << "Spezial" << 3600LL << 0LL << "Spezial";
    }

    void historyLengthIsShownInTheDesksLanguage()
    {
        QFETCH(IssueMode, mode);
        QFETCH(QString, stored);
        QFETCH(qint64, windowSecs);
        QFETCH(qint64, firstUseSecs);
        QFETCH(QString, shown);
        HistoryEntry e;
        e.mode = IssueModes::storageName(mode);
        e.durationLabel = stored;
        e.windowStartUtc = QDateTime(QDate(2027, 7, 14), QTime(13, 0), QTimeZone::utc());
        e.windowEndUtc = e.windowStartUtc.addSecs(windowSecs);
        if (firstUseSecs > 0)
            e.firstUseByUtc = e.windowStartUtc.addSecs(firstUseSecs);
        e.lockTimeZone = QStringLiteral("Europe/Berlin");
        e.lockFollowsDst = true;
        QCOMPARE(e.lengthText(QTimeZone("Europe/London")), shown);
    }

    void aDayCodeOverAClockChangeIsStillDays()
    {
        // 2 days from the lock's midnight before the spring change: 47 hours of real time.
        HistoryEntry e;
        e.mode = IssueModes::storageName(IssueMode::StandardMultiUse);
        e.durationLabel = QStringLiteral("2 Tage");
        e.lockTimeZone = QStringLiteral("Europe/Berlin");
        e.lockFollowsDst = true;
        const QTimeZone berlin("Europe/Berlin");
        e.windowStartUtc = QDateTime(QDate(2027, 3, 27), QTime(0, 0), berlin).toUTC();
        e.windowEndUtc = QDateTime(QDate(2027, 3, 29), QTime(0, 0), berlin).toUTC();
        QCOMPARE(e.windowStartUtc.secsTo(e.windowEndUtc), 47 * 3600);
        QCOMPARE(e.lengthText(berlin), QStringLiteral("2 days"));
    }
};

QTEST_GUILESS_MAIN(TestDurations)
#include "tst_durations.moc"
