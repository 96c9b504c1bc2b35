#include "WallTime.h"

#include <QTest>

class TestWallTime final : public QObject {
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("wall");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("firstUtc");
        QTest::newRow("ordinary") << "Europe/London" << "2027-01-14 14:00" << int(WallTimeResolution::Kind::Unique)
                                  << "2027-01-14T14:00:00Z";
        QTest::newRow("London gap") << "Europe/London" << "2027-03-28 01:30" << int(WallTimeResolution::Kind::Gap)
                                    << "";
        QTest::newRow("London repeat") << "Europe/London" << "2027-10-31 01:30"
                                       << int(WallTimeResolution::Kind::Ambiguous) << "2027-10-31T00:30:00Z";
        QTest::newRow("Los Angeles gap") << "America/Los_Angeles" << "2027-03-14 02:30"
                                         << int(WallTimeResolution::Kind::Gap) << "";
        QTest::newRow("Lord Howe 30-minute gap") << "Australia/Lord_Howe" << "2027-10-03 02:15"
                                                 << int(WallTimeResolution::Kind::Gap) << "";
        QTest::newRow("Lord Howe 30-minute repeat") << "Australia/Lord_Howe" << "2027-04-04 01:45"
                                                    << int(WallTimeResolution::Kind::Ambiguous)
                                                    << "2027-04-03T14:45:00Z";
        QTest::newRow("Kolkata never shifts") << "Asia/Kolkata" << "2027-07-01 00:30"
                                              << int(WallTimeResolution::Kind::Unique) << "2027-06-30T19:00:00Z";
    }

    void resolve()
    {
        QFETCH(QString, zone);
        QFETCH(QString, wall);
        QFETCH(int, kind);
        QFETCH(QString, firstUtc);
        const QDateTime parsed = QDateTime::fromString(wall, QStringLiteral("yyyy-MM-dd HH:mm"));
        const auto result = WallTime::resolve(parsed.date(), parsed.time(), QTimeZone(zone.toLatin1()));
        QCOMPARE(int(result.kind), kind);
        if (!firstUtc.isEmpty())
            QCOMPARE(result.first.toUTC(), QDateTime::fromString(firstUtc, Qt::ISODate));
        if (result.kind == WallTimeResolution::Kind::Gap)
            QVERIFY(result.afterGap.isValid() && result.afterGap.time() > parsed.time());
        if (result.kind == WallTimeResolution::Kind::Ambiguous)
            QVERIFY(result.second > result.first);
    }

    void readingsParseWhateverTheComputersZone()
    {
        // The suite runs in Europe/London, where 01:30 on 28 March 2027 does not exist locally.
        const QDateTime reading = WallTime::parseReading(QStringLiteral("2027-03-28 01:30"), QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY(reading.isValid());
        QCOMPARE(reading.time(), QTime(1, 30));
        QVERIFY(!WallTime::parseReading(QStringLiteral("2027-02-30 01:30"), QStringLiteral("yyyy-MM-dd HH:mm")).isValid());
        QVERIFY(!WallTime::parseReading(QStringLiteral("2027-03-28 1:30"), QStringLiteral("yyyy-MM-dd HH:mm")).isValid());
        QVERIFY(!WallTime::parseReading(QStringLiteral("soon"), QStringLiteral("yyyy-MM-dd HH:mm")).isValid());
        QVERIFY(WallTime::parseReading(QStringLiteral("202703280130"), QStringLiteral("yyyyMMddHHmm")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestWallTime)
#include "tst_walltime.moc"
