#include "StartTimeRules.h"
#include "ValidityText.h"

#include <QTest>

namespace {
QDateTime utc(const char* iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

QTimeZone zone(const char* id)
{
    return QTimeZone(QByteArray(id));
}

StartRequest request(const char* deskZone, const char* lockZone, bool followsDst, const char* wall, int durationId,
                     const char* nowUtc)
{
    const QDateTime wallDt = QDateTime::fromString(QString::fromLatin1(wall), QStringLiteral("yyyy-MM-dd HH:mm"));
    StartRequest r;
    r.wallDate = wallDt.date();
    r.wallTime = wallDt.time();
    r.deskZone = zone(deskZone);
    r.frame = {zone(lockZone), followsDst};
    r.duration = *StandardDurations::byId(durationId);
    r.mode = r.duration.mode;
    r.nowUtc = utc(nowUtc);
    return r;
}
} // namespace

class TestStartTimeRules final : public QObject {
    Q_OBJECT

private slots:
    void plan_data()
    {
        QTest::addColumn<QString>("deskZone");
        QTest::addColumn<QString>("lockZone");
        QTest::addColumn<bool>("followsDst");
        QTest::addColumn<QString>("wall");
        QTest::addColumn<int>("durationId");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("startString");
        QTest::addColumn<QString>("windowStart");
        QTest::addColumn<QString>("windowEnd");

        QTest::newRow("London winter KitLock, snaps down to the hour")
            << "Europe/London" << "Europe/London" << false << "2027-01-14 14:37" << 2 << "2027-01-14T10:00:00"
            << "2027-01-14 14:00" << "2027-01-14T14:00:00Z" << "2027-01-14T17:00:00Z";
        QTest::newRow("London summer KitLock keeps GMT all year")
            << "Europe/London" << "Europe/London" << false << "2027-07-14 15:37" << 2 << "2027-07-14T10:00:00"
            << "2027-07-14 14:00" << "2027-07-14T14:00:00Z" << "2027-07-14T17:00:00Z";
        QTest::newRow("London summer smart lock follows BST")
            << "Europe/London" << "Europe/London" << true << "2027-07-14 15:37" << 2 << "2027-07-14T10:00:00"
            << "2027-07-14 15:00" << "2027-07-14T14:00:00Z" << "2027-07-14T17:00:00Z";
        QTest::newRow("day code on a summer KitLock starts at the lock's midnight (01:00 BST)")
            << "Europe/London" << "Europe/London" << false << "2027-07-15 10:00" << 13 << "2027-07-14T10:00:00"
            << "2027-07-15 00:00" << "2027-07-15T00:00:00Z" << "2027-07-17T00:00:00Z";
        QTest::newRow("day code may start at today's midnight")
            << "Europe/London" << "Europe/London" << false << "2027-01-14 15:00" << 12 << "2027-01-14T15:20:00"
            << "2027-01-14 00:00" << "2027-01-14T00:00:00Z" << "2027-01-15T00:00:00Z";
        QTest::newRow("current hour is still allowed")
            << "Europe/London" << "Europe/London" << false << "2027-01-14 15:05" << 0 << "2027-01-14T15:50:00"
            << "2027-01-14 15:00" << "2027-01-14T15:00:00Z" << "2027-01-14T16:00:00Z";
        QTest::newRow("Los Angeles KitLock runs on UTC-8 all year")
            << "America/Los_Angeles" << "America/Los_Angeles" << false << "2027-07-14 09:20" << 0
            << "2027-07-14T10:00:00" << "2027-07-14 08:00" << "2027-07-14T16:00:00Z" << "2027-07-14T17:00:00Z";
        QTest::newRow("Kolkata half-hour offset")
            << "Asia/Kolkata" << "Asia/Kolkata" << false << "2027-01-14 14:37" << 0 << "2027-01-14T05:00:00"
            << "2027-01-14 14:00" << "2027-01-14T08:30:00Z" << "2027-01-14T09:30:00Z";
        QTest::newRow("desk in London, lock in Kolkata")
            << "Europe/London" << "Asia/Kolkata" << false << "2027-01-14 09:10" << 0 << "2027-01-14T05:00:00"
            << "2027-01-14 14:00" << "2027-01-14T08:30:00Z" << "2027-01-14T09:30:00Z";
        QTest::newRow("Lord Howe summer KitLock keeps +10:30")
            << "Australia/Lord_Howe" << "Australia/Lord_Howe" << false << "2027-01-14 14:37" << 0
            << "2027-01-13T20:00:00" << "2027-01-14 14:00" << "2027-01-14T03:30:00Z" << "2027-01-14T04:30:00Z";
        QTest::newRow("Sydney smart lock across the April change keeps its own clock")
            << "Australia/Sydney" << "Australia/Sydney" << true << "2027-04-04 01:00" << 2 << "2027-04-03T10:00:00"
            << "2027-04-04 01:00" << "2027-04-03T14:00:00Z" << "2027-04-03T18:00:00Z";
    }

    void plan()
    {
        QFETCH(QString, deskZone);
        QFETCH(QString, lockZone);
        QFETCH(bool, followsDst);
        QFETCH(QString, wall);
        QFETCH(int, durationId);
        QFETCH(QString, now);
        QFETCH(QString, startString);
        QFETCH(QString, windowStart);
        QFETCH(QString, windowEnd);

        const StartPlan result = StartTimeRules::plan(request(deskZone.toLatin1().constData(), lockZone.toLatin1().constData(),
                                                              followsDst, wall.toLatin1().constData(), durationId,
                                                              now.toLatin1().constData()));
        QVERIFY2(result.isOk(), qPrintable(result.refusal));
        QCOMPARE(result.startString, startString);
        QCOMPARE(result.windowStartUtc, QDateTime::fromString(windowStart, Qt::ISODate));
        QCOMPARE(result.windowEndUtc, QDateTime::fromString(windowEnd, Qt::ISODate));
    }

    void snapIsExplainedInWallTime()
    {
        const StartPlan summer = StartTimeRules::plan(
            request("Europe/London", "Europe/London", false, "2027-07-14 15:37", 2, "2027-07-14T10:00:00"));
        QVERIFY(summer.snapNote.contains(QLatin1String("15:37")));
        QVERIFY2(summer.snapNote.contains(QLatin1String("15:00")), qPrintable(summer.snapNote));

        const StartPlan exact = StartTimeRules::plan(
            request("Europe/London", "Europe/London", false, "2027-01-14 15:00", 2, "2027-01-14T10:00:00"));
        QVERIFY(exact.snapNote.isEmpty());

        const StartPlan day = StartTimeRules::plan(
            request("Europe/London", "Europe/London", false, "2027-07-15 10:00", 13, "2027-07-14T10:00:00"));
        QVERIFY2(day.snapNote.contains(QLatin1String("01:00")), qPrintable(day.snapNote));
        QVERIFY(day.snapNote.contains(QLatin1String("midnight")));
    }

    void springForwardGapIsRefused()
    {
        const StartPlan result = StartTimeRules::plan(
            request("Europe/London", "Europe/London", false, "2027-03-28 01:30", 2, "2027-03-27T10:00:00"));
        QCOMPARE(result.status, StartPlan::Status::NonExistentWallTime);
        QVERIFY2(result.refusal.contains(QLatin1String("02:00")), qPrintable(result.refusal));
        QVERIFY(result.startString.isEmpty());
    }

    void fallBackHourIsNamed()
    {
        const StartPlan result = StartTimeRules::plan(
            request("Europe/London", "Europe/London", true, "2027-10-31 01:30", 0, "2027-10-30T10:00:00"));
        QVERIFY(result.isOk());
        QVERIFY(!result.ambiguityNote.isEmpty());
        QCOMPARE(result.requestedUtc, utc("2027-10-31T00:30:00"));
        QCOMPARE(result.startString, QStringLiteral("2027-10-31 01:00"));
    }

    void pastStartIsRefusedWithTheEarliestValidOne()
    {
        const StartPlan result = StartTimeRules::plan(
            request("Europe/London", "Europe/London", false, "2027-01-14 14:00", 2, "2027-01-14T15:10:00"));
        QCOMPARE(result.status, StartPlan::Status::InPast);
        QVERIFY2(result.refusal.contains(QLatin1String("15:00")), qPrintable(result.refusal));

        const StartPlan yesterday = StartTimeRules::plan(
            request("Europe/London", "Europe/London", false, "2027-01-13 00:00", 12, "2027-01-14T15:10:00"));
        QCOMPARE(yesterday.status, StartPlan::Status::InPast);
        QVERIFY(yesterday.refusal.contains(QLatin1String("00:00")));
    }

    void invalidInputIsRefused()
    {
        StartRequest r = request("Europe/London", "Europe/London", false, "2027-01-14 14:00", 2, "2027-01-14T10:00:00");
        r.duration = {};
        QCOMPARE(StartTimeRules::plan(r).status, StartPlan::Status::InvalidInput);
        QVERIFY(!StartTimeRules::plan(r).refusal.isEmpty());
    }

    void quickStarts()
    {
        const QDateTime now = utc("2027-07-14T13:37:00");
        const QTimeZone london = zone("Europe/London");
        QCOMPARE(StartTimeRules::thisHour(now, london).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2027-07-14 14:00"));
        QCOMPARE(StartTimeRules::nextHour(now, london).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2027-07-14 15:00"));
        // The lock's next midnight: 00:00 for a lock on BST, 01:00 BST for a KitLock on GMT.
        QCOMPARE(StartTimeRules::nextLockMidnight(now, {london, true}, london).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2027-07-15 00:00"));
        QCOMPARE(StartTimeRules::nextLockMidnight(now, {london, false}, london).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2027-07-15 01:00"));
    }

    void validityShowsBothClocksOnlyWhenTheyDiffer()
    {
        const ClockFrame kitLock{zone("Europe/London"), false};
        const QString summer = ValidityText::lines({IssueMode::StandardMultiUse, utc("2027-07-14T14:00:00"), utc("2027-07-14T17:00:00"), {}},
                                                  zone("Europe/London"), kitLock).join(QLatin1Char('\n'));
        QVERIFY2(summer.contains(QString::fromUtf8("15:00 – 18:00")), qPrintable(summer));
        QVERIFY2(summer.contains(QString::fromUtf8("Lock clock 14:00–17:00")), qPrintable(summer));
        QVERIFY(summer.contains(QLatin1String("no daylight saving")));

        const QString winter = ValidityText::lines({IssueMode::StandardMultiUse, utc("2027-01-14T14:00:00"), utc("2027-01-14T17:00:00"), {}},
                                                  zone("Europe/London"), kitLock).join(QLatin1Char('\n'));
        QVERIFY2(winter.contains(QString::fromUtf8("14:00 – 17:00")), qPrintable(winter));
        QVERIFY(!winter.contains(QLatin1String("Lock clock")));

        const ClockFrame kolkata{zone("Asia/Kolkata"), false};
        const QString remote = ValidityText::lines({IssueMode::StandardMultiUse, utc("2027-01-14T08:30:00"), utc("2027-01-14T09:30:00"), {}},
                                                  zone("Europe/London"), kolkata).join(QLatin1Char('\n'));
        QVERIFY2(remote.contains(QLatin1String("Asia/Kolkata")), qPrintable(remote));
    }
};

QTEST_GUILESS_MAIN(TestStartTimeRules)
#include "tst_starttimerules.moc"
