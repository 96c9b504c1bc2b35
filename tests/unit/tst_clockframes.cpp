#include "StartTimeRules.h"

#include <QTest>

// Conversion from the desk's wall clock into each lock's clock, and snapping there, in zones with
// whole-hour, half-hour and 30-minute-DST offsets, on ordinary days and on both daylight-saving
// transition days of 2026 and 2027, for locks that follow DST and locks that keep standard time.
// Every expected `start` string and instant below was worked out by hand.
//
// Windows are counted on the lock's own clock: a 3-hour code from 00:00 on a DST-following lock on
// a fall-back night runs until 03:00 on that clock, four real hours later.
class TestClockFrames final : public QObject {
    Q_OBJECT

private slots:
    void startStrings_data()
    {
        QTest::addColumn<QString>("deskZone");
        QTest::addColumn<QString>("lockZone");
        QTest::addColumn<bool>("followsDst");
        QTest::addColumn<QString>("wall");
        QTest::addColumn<int>("durationId");
        QTest::addColumn<QString>("startString");
        QTest::addColumn<QString>("windowStart");
        QTest::addColumn<QString>("windowEnd");

        const QString london = QStringLiteral("Europe/London");
        const QString la = QStringLiteral("America/Los_Angeles");
        const QString sydney = QStringLiteral("Australia/Sydney");
        const QString kolkata = QStringLiteral("Asia/Kolkata");
        const QString lordHowe = QStringLiteral("Australia/Lord_Howe");
        const QString stJohns = QStringLiteral("America/St_Johns");

        // Europe/London: GMT, BST from 29 Mar 2026 / 28 Mar 2027 to 25 Oct 2026 / 31 Oct 2027.
        QTest::newRow("London ordinary winter day, KitLock") << london << london << false << "2026-01-14 14:37" << 2
            << "2026-01-14 14:00" << "2026-01-14T14:00:00Z" << "2026-01-14T17:00:00Z";
        QTest::newRow("London spring 2026, KitLock keeps GMT") << london << london << false << "2026-03-29 10:20" << 2
            << "2026-03-29 09:00" << "2026-03-29T09:00:00Z" << "2026-03-29T12:00:00Z";
        QTest::newRow("London spring 2026, DST lock") << london << london << true << "2026-03-29 10:20" << 2
            << "2026-03-29 10:00" << "2026-03-29T09:00:00Z" << "2026-03-29T12:00:00Z";
        QTest::newRow("London spring 2026, before the change") << london << london << false << "2026-03-29 00:30" << 2
            << "2026-03-29 00:00" << "2026-03-29T00:00:00Z" << "2026-03-29T03:00:00Z";
        QTest::newRow("London autumn 2026, KitLock") << london << london << false << "2026-10-25 09:45" << 2
            << "2026-10-25 09:00" << "2026-10-25T09:00:00Z" << "2026-10-25T12:00:00Z";
        QTest::newRow("London autumn 2026, DST lock over the change") << london << london << true << "2026-10-25 00:30" << 2
            << "2026-10-25 00:00" << "2026-10-24T23:00:00Z" << "2026-10-25T03:00:00Z";
        QTest::newRow("London spring 2027, KitLock in BST") << london << london << false << "2027-03-28 15:37" << 2
            << "2027-03-28 14:00" << "2027-03-28T14:00:00Z" << "2027-03-28T17:00:00Z";
        QTest::newRow("London autumn 2027, KitLock") << london << london << false << "2027-10-31 23:10" << 2
            << "2027-10-31 23:00" << "2027-10-31T23:00:00Z" << "2027-11-01T02:00:00Z";
        QTest::newRow("London summer, 2-day code, KitLock midnight is 01:00 BST") << london << london << false
            << "2027-07-15 10:00" << 13 << "2027-07-15 00:00" << "2027-07-15T00:00:00Z" << "2027-07-17T00:00:00Z";
        QTest::newRow("London summer, 2-day code, DST lock") << london << london << true << "2027-07-15 10:00" << 13
            << "2027-07-15 00:00" << "2027-07-14T23:00:00Z" << "2027-07-16T23:00:00Z";
        QTest::newRow("London spring 2027, 1-day code on a DST lock is 23 hours") << london << london << true
            << "2027-03-28 10:00" << 12 << "2027-03-28 00:00" << "2027-03-28T00:00:00Z" << "2027-03-28T23:00:00Z";

        // America/Los_Angeles: PST -8, PDT -7 from 8 Mar 2026 / 14 Mar 2027 to 1 Nov 2026 / 7 Nov 2027.
        QTest::newRow("LA spring 2026, KitLock on PST") << la << la << false << "2026-03-08 10:20" << 2
            << "2026-03-08 09:00" << "2026-03-08T17:00:00Z" << "2026-03-08T20:00:00Z";
        QTest::newRow("LA spring 2026, DST lock") << la << la << true << "2026-03-08 10:20" << 2
            << "2026-03-08 10:00" << "2026-03-08T17:00:00Z" << "2026-03-08T20:00:00Z";
        QTest::newRow("LA autumn 2026, KitLock") << la << la << false << "2026-11-01 09:20" << 2
            << "2026-11-01 09:00" << "2026-11-01T17:00:00Z" << "2026-11-01T20:00:00Z";
        QTest::newRow("LA spring 2027, just after the gap, KitLock reads 02:00") << la << la << false
            << "2027-03-14 03:30" << 2 << "2027-03-14 02:00" << "2027-03-14T10:00:00Z" << "2027-03-14T13:00:00Z";
        QTest::newRow("LA autumn 2027, repeated 01:30, DST lock") << la << la << true << "2027-11-07 01:30" << 2
            << "2027-11-07 01:00" << "2027-11-07T08:00:00Z" << "2027-11-07T12:00:00Z";
        QTest::newRow("LA autumn 2027, repeated 01:30, KitLock") << la << la << false << "2027-11-07 01:30" << 2
            << "2027-11-07 00:00" << "2027-11-07T08:00:00Z" << "2027-11-07T11:00:00Z";

        // Australia/Sydney: AEDT +11 until 5 Apr 2026 / 4 Apr 2027, from 4 Oct 2026 / 3 Oct 2027; AEST +10.
        QTest::newRow("Sydney April 2026, KitLock on AEST") << sydney << sydney << false << "2026-04-05 10:20" << 2
            << "2026-04-05 10:00" << "2026-04-05T00:00:00Z" << "2026-04-05T03:00:00Z";
        QTest::newRow("Sydney April 2026, 01:20 AEDT is 00:20 on a KitLock") << sydney << sydney << false
            << "2026-04-05 01:20" << 2 << "2026-04-05 00:00" << "2026-04-04T14:00:00Z" << "2026-04-04T17:00:00Z";
        QTest::newRow("Sydney October 2026, DST lock") << sydney << sydney << true << "2026-10-04 09:50" << 2
            << "2026-10-04 09:00" << "2026-10-03T22:00:00Z" << "2026-10-04T01:00:00Z";
        QTest::newRow("Sydney October 2026, KitLock") << sydney << sydney << false << "2026-10-04 09:50" << 2
            << "2026-10-04 08:00" << "2026-10-03T22:00:00Z" << "2026-10-04T01:00:00Z";
        QTest::newRow("Sydney April 2027, DST lock") << sydney << sydney << true << "2027-04-04 14:05" << 2
            << "2027-04-04 14:00" << "2027-04-04T04:00:00Z" << "2027-04-04T07:00:00Z";
        QTest::newRow("Sydney October 2027, KitLock") << sydney << sydney << false << "2027-10-03 12:00" << 2
            << "2027-10-03 11:00" << "2027-10-03T01:00:00Z" << "2027-10-03T04:00:00Z";

        // Asia/Kolkata: +05:30 all year.
        QTest::newRow("Kolkata half-hour offset") << kolkata << kolkata << false << "2026-03-29 14:37" << 2
            << "2026-03-29 14:00" << "2026-03-29T08:30:00Z" << "2026-03-29T11:30:00Z";
        QTest::newRow("desk in London, lock in Kolkata") << london << kolkata << false << "2027-10-31 09:10" << 2
            << "2027-10-31 14:00" << "2027-10-31T08:30:00Z" << "2027-10-31T11:30:00Z";

        // Australia/Lord_Howe: +10:30, +11:00 (a 30-minute shift) until 5 Apr 2026 / 4 Apr 2027,
        // from 4 Oct 2026 / 3 Oct 2027.
        QTest::newRow("Lord Howe April 2026, KitLock") << lordHowe << lordHowe << false << "2026-04-05 10:20" << 2
            << "2026-04-05 10:00" << "2026-04-04T23:30:00Z" << "2026-04-05T02:30:00Z";
        QTest::newRow("Lord Howe October 2026, DST lock") << lordHowe << lordHowe << true << "2026-10-04 09:45" << 2
            << "2026-10-04 09:00" << "2026-10-03T22:00:00Z" << "2026-10-04T01:00:00Z";
        QTest::newRow("Lord Howe October 2026, KitLock half an hour behind") << lordHowe << lordHowe << false
            << "2026-10-04 09:45" << 2 << "2026-10-04 09:00" << "2026-10-03T22:30:00Z" << "2026-10-04T01:30:00Z";
        QTest::newRow("Lord Howe April 2027, repeated 01:45, KitLock") << lordHowe << lordHowe << false
            << "2027-04-04 01:45" << 2 << "2027-04-04 01:00" << "2027-04-03T14:30:00Z" << "2027-04-03T17:30:00Z";
        QTest::newRow("Lord Howe October 2027, DST lock") << lordHowe << lordHowe << true << "2027-10-03 12:10" << 2
            << "2027-10-03 12:00" << "2027-10-03T01:00:00Z" << "2027-10-03T04:00:00Z";

        // America/St_Johns: NST -03:30, NDT -02:30 from 8 Mar 2026 / 14 Mar 2027 to 1 Nov 2026 / 7 Nov 2027.
        QTest::newRow("St John's spring 2026, KitLock on NST") << stJohns << stJohns << false << "2026-03-08 10:20" << 2
            << "2026-03-08 09:00" << "2026-03-08T12:30:00Z" << "2026-03-08T15:30:00Z";
        QTest::newRow("St John's spring 2026, DST lock") << stJohns << stJohns << true << "2026-03-08 10:20" << 2
            << "2026-03-08 10:00" << "2026-03-08T12:30:00Z" << "2026-03-08T15:30:00Z";
        QTest::newRow("St John's autumn 2026, KitLock") << stJohns << stJohns << false << "2026-11-01 09:20" << 2
            << "2026-11-01 09:00" << "2026-11-01T12:30:00Z" << "2026-11-01T15:30:00Z";
        QTest::newRow("St John's spring 2027, DST lock over the gap runs 2 real hours") << stJohns << stJohns << true
            << "2027-03-14 01:30" << 2 << "2027-03-14 01:00" << "2027-03-14T04:30:00Z" << "2027-03-14T06:30:00Z";
        QTest::newRow("St John's autumn 2027, KitLock") << stJohns << stJohns << false << "2027-11-07 15:45" << 2
            << "2027-11-07 15:00" << "2027-11-07T18:30:00Z" << "2027-11-07T21:30:00Z";
        QTest::newRow("St John's autumn 2027, 1-day code on a DST lock is 25 hours") << stJohns << stJohns << true
            << "2027-11-07 10:00" << 12 << "2027-11-07 00:00" << "2027-11-07T02:30:00Z" << "2027-11-08T03:30:00Z";
    }

    void startStrings()
    {
        QFETCH(QString, deskZone);
        QFETCH(QString, lockZone);
        QFETCH(bool, followsDst);
        QFETCH(QString, wall);
        QFETCH(int, durationId);
        QFETCH(QString, startString);
        QFETCH(QString, windowStart);
        QFETCH(QString, windowEnd);

        const QDateTime wallTime = QDateTime::fromString(wall, QStringLiteral("yyyy-MM-dd HH:mm"));
        StartRequest request;
        request.wallDate = wallTime.date();
        request.wallTime = wallTime.time();
        request.deskZone = QTimeZone(deskZone.toUtf8());
        request.frame = {QTimeZone(lockZone.toUtf8()), followsDst};
        request.duration = *StandardDurations::byId(durationId);
        request.mode = request.duration.mode;
        request.nowUtc = QDateTime(wallTime.date().addDays(-1), QTime(12, 0), QTimeZone::utc());

        const StartPlan plan = StartTimeRules::plan(request);
        QVERIFY2(plan.isOk(), qPrintable(plan.refusal));
        QCOMPARE(plan.startString, startString);
        QCOMPARE(plan.windowStartUtc, QDateTime::fromString(windowStart, Qt::ISODate));
        QCOMPARE(plan.windowEndUtc, QDateTime::fromString(windowEnd, Qt::ISODate));
        // The lock's own reading of the start is exactly the string sent.
        QCOMPARE(StartTimeRules::startString(plan.windowStartUtc.toTimeZone(request.frame.effectiveZone(plan.windowStartUtc))),
                 startString);
    }

    void gapsAreRefusedInEveryZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("wall");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("London 2026") << "Europe/London" << "2026-03-29 01:30" << "02:00";
        QTest::newRow("London 2027") << "Europe/London" << "2027-03-28 01:00" << "02:00";
        QTest::newRow("Los Angeles 2026") << "America/Los_Angeles" << "2026-03-08 02:15" << "03:00";
        QTest::newRow("Sydney 2026") << "Australia/Sydney" << "2026-10-04 02:30" << "03:00";
        QTest::newRow("Lord Howe 2027, a 30-minute gap") << "Australia/Lord_Howe" << "2027-10-03 02:10" << "02:30";
        QTest::newRow("St John's 2027") << "America/St_Johns" << "2027-03-14 02:45" << "03:00";
    }

    void gapsAreRefusedInEveryZone()
    {
        QFETCH(QString, zone);
        QFETCH(QString, wall);
        QFETCH(QString, suggestion);
        const QDateTime wallTime = QDateTime::fromString(wall, QStringLiteral("yyyy-MM-dd HH:mm"));
        StartRequest request;
        request.wallDate = wallTime.date();
        request.wallTime = wallTime.time();
        request.deskZone = QTimeZone(zone.toUtf8());
        request.frame = {request.deskZone, false};
        request.duration = *StandardDurations::byId(2);
        request.nowUtc = QDateTime(wallTime.date().addDays(-1), QTime(12, 0), QTimeZone::utc());
        const StartPlan plan = StartTimeRules::plan(request);
        QCOMPARE(plan.status, StartPlan::Status::NonExistentWallTime);
        QVERIFY2(plan.refusal.contains(suggestion), qPrintable(plan.refusal));
        QVERIFY(plan.startString.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClockFrames)
#include "tst_clockframes.moc"
