// The board as a model: which bars a lock's history rows give, where they sit on a day scale that
// keeps every day one unit wide (23- and 25-hour days too), which overlap, which are in doubt.
#include "BoardLayout.h"

#include <QtTest>

namespace {
const QTimeZone kLondon("Europe/London");

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

// "id:startHourUtc-endHourUtc:outcome[:code]" on 2027-07-14 (hours may pass 24).
HistoryEntry row(qint64 id, int startHour, int endHour, HistoryEntry::Outcome outcome = HistoryEntry::Outcome::Issued,
                 const QString& code = {})
{
    HistoryEntry e;
    e.id = id;
    e.lockId = 7;
    e.lockName = QStringLiteral("Room 12");
    e.mode = QStringLiteral("standard_multi");
    const QDateTime base = utc(2027, 7, 14, 0);
    e.windowStartUtc = base.addSecs(qint64(startHour) * 3600);
    e.windowEndUtc = base.addSecs(qint64(endHour) * 3600);
    e.outcome = outcome;
    e.code = outcome == HistoryEntry::Outcome::Issued ? (code.isEmpty() ? QString::number(1000 + id) : code) : QString();
    e.guestName = QStringLiteral("Guest %1").arg(id);
    e.lockTimeZone = QStringLiteral("Europe/London");
    return e;
}

using Rows = QList<HistoryEntry>;
// Per bar, in order: "firstRowId/lane/flags" where flags are o (overlaps), d (in doubt), p (pending).
QStringList describe(const QList<BoardBar>& bars)
{
    QStringList out;
    for (const BoardBar& bar : bars) {
        QString flags;
        if (bar.overlaps)
            flags += QLatin1Char('o');
        if (bar.inDoubt)
            flags += QLatin1Char('d');
        if (bar.pending)
            flags += QLatin1Char('p');
        QStringList ids;
        for (const qint64 id : bar.rowIds)
            ids << QString::number(id);
        out << QStringLiteral("%1/%2/%3").arg(ids.join(QLatin1Char('+'))).arg(bar.lane).arg(flags);
    }
    return out;
}
} // namespace

class TestBoardLayout final : public QObject {
    Q_OBJECT

private slots:
    void bars_data()
    {
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QStringList>("expected");
        using O = HistoryEntry::Outcome;

        QTest::newRow("one code") << Rows{row(1, 14, 17)} << QStringList{QStringLiteral("1/0/")};
        QTest::newRow("two codes at once: two guests, one door")
            << Rows{row(1, 14, 17), row(2, 15, 18)} << QStringList{QStringLiteral("1/0/o"), QStringLiteral("2/1/o")};
        QTest::newRow("touching, not overlapping: one lane")
            << Rows{row(1, 14, 17), row(2, 17, 20)} << QStringList{QStringLiteral("1/0/"), QStringLiteral("2/0/")};
        QTest::newRow("rows given in any order come out by start")
            << Rows{row(2, 17, 20), row(1, 14, 17)} << QStringList{QStringLiteral("1/0/"), QStringLiteral("2/0/")};
        QTest::newRow("failed request left out")
            << Rows{row(1, 14, 17), row(2, 15, 18, O::Failed)} << QStringList{QStringLiteral("1/0/")};
        QTest::newRow("in doubt marked, and overlaps the code it may duplicate")
            << Rows{row(1, 14, 17), row(2, 15, 18, O::InDoubt)} << QStringList{QStringLiteral("1/0/o"), QStringLiteral("2/1/od")};
        QTest::newRow("a claim past its lease is in doubt") << Rows{row(3, 20, 23, O::Sent)} << QStringList{QStringLiteral("3/0/d")};
        QTest::newRow("the same code held by two guests is one code on the door")
            << Rows{row(1, 14, 17, O::Issued, QStringLiteral("4711")), row(5, 14, 17, O::Issued, QStringLiteral("4711"))}
            << QStringList{QStringLiteral("1+5/0/")};
        QTest::newRow("same window, different codes: two codes")
            << Rows{row(1, 14, 17), row(5, 14, 17)} << QStringList{QStringLiteral("1/0/o"), QStringLiteral("5/1/o")};
        {
            HistoryEntry doubt = row(6, 14, 17, O::InDoubt);
            HistoryEntry answered = row(7, 14, 17);
            doubt.requestKey = answered.requestKey = QStringLiteral("K|1|2");
            QTest::newRow("in doubt and then answered for the same request: one known code")
                << Rows{doubt, answered} << QStringList{QStringLiteral("6+7/0/")};
        }
        QTest::newRow("three at once need three lanes; a later one reuses the first free")
            << Rows{row(1, 10, 20), row(2, 11, 13), row(3, 12, 14), row(4, 13, 15)}
            << QStringList{QStringLiteral("1/0/o"), QStringLiteral("2/1/o"), QStringLiteral("3/2/o"), QStringLiteral("4/1/o")};
    }

    void bars()
    {
        QFETCH(Rows, rows);
        QFETCH(QStringList, expected);
        // 13:20 UTC: the Sent row's (unset) lease has run out.
        const QList<BoardBar> bars = BoardLayout::bars(rows, QDate(2027, 7, 14), kLondon, utc(2027, 7, 14, 13, 20));
        QCOMPARE(describe(bars), expected);
    }

    void pendingClaimIsNotInDoubt()
    {
        HistoryEntry claim = row(1, 14, 17, HistoryEntry::Outcome::Claimed);
        claim.leaseUntilUtc = utc(2027, 7, 14, 13, 25);
        const auto bars = BoardLayout::bars({claim}, QDate(2027, 7, 14), kLondon, utc(2027, 7, 14, 13, 20));
        QCOMPARE(describe(bars), QStringList{QStringLiteral("1/0/p")});
    }

    void positions_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("firstDay");
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<double>("expected");
        // 14 July in London is BST (UTC+1): 11:00 UTC is noon, half a day in.
        QTest::newRow("summer noon") << "Europe/London" << QDate(2027, 7, 14) << utc(2027, 7, 14, 11) << 0.5;
        QTest::newRow("next day's midnight") << "Europe/London" << QDate(2027, 7, 14) << utc(2027, 7, 14, 23) << 1.0;
        QTest::newRow("before the range") << "Europe/London" << QDate(2027, 7, 14) << utc(2027, 7, 12, 23) << -1.0;
        // 28 March 2027: clocks go forward at 01:00 UTC; the day has 23 hours.
        QTest::newRow("23-hour day: 11.5 hours in is half way")
            << "Europe/London" << QDate(2027, 3, 28) << utc(2027, 3, 28, 11, 30) << 0.5;
        QTest::newRow("23-hour day ends at the next midnight")
            << "Europe/London" << QDate(2027, 3, 28) << utc(2027, 3, 28, 23) << 1.0;
        // 31 October 2027: clocks go back at 01:00 UTC; the day has 25 hours (starts 23:00 UTC the day before).
        QTest::newRow("25-hour day: 12.5 hours in is half way")
            << "Europe/London" << QDate(2027, 10, 31) << utc(2027, 10, 31, 11, 30) << 0.5;
        QTest::newRow("25-hour day ends at the next midnight")
            << "Europe/London" << QDate(2027, 10, 31) << utc(2027, 11, 1, 0) << 1.0;
        // The desk in Sydney sees the same instant on its own day.
        QTest::newRow("desk in Sydney") << "Australia/Sydney" << QDate(2027, 7, 15) << utc(2027, 7, 14, 14) << 0.0;
    }

    void positions()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, firstDay);
        QFETCH(QDateTime, instant);
        QFETCH(double, expected);
        QCOMPARE(BoardLayout::dayPosition(instant, firstDay, QTimeZone(zone.toUtf8())), expected);
    }

    // A three-hour code across the spring-forward gap: three real hours, drawn as 3/23 of the day.
    void barAcrossTheClockChangeKeepsItsLength()
    {
        HistoryEntry e = row(1, 0, 0);
        e.windowStartUtc = utc(2027, 3, 28, 0);
        e.windowEndUtc = utc(2027, 3, 28, 3);
        const auto bars = BoardLayout::bars({e}, QDate(2027, 3, 28), kLondon, utc(2027, 3, 27, 12));
        QCOMPARE(bars.size(), 1);
        QVERIFY(qFuzzyCompare(bars.first().endX - bars.first().startX, 3.0 / 23.0));
    }

    // A lock in another zone: the bar is on the desk's clock, the hover names the lock's own.
    void lockInAnotherZone()
    {
        HistoryEntry e = row(1, 14, 17);
        e.lockTimeZone = QStringLiteral("America/Los_Angeles");
        e.lockFollowsDst = true;
        const QDateTime now = utc(2027, 7, 14, 13, 20);
        const auto bars = BoardLayout::bars({e}, QDate(2027, 7, 14), kLondon, now);
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first().startX, 15.0 / 24.0); // 15:00 BST
        const QString hover = BoardLayout::details(e, kLondon, now).join(QLatin1Char('\n'));
        QVERIFY2(hover.contains(QStringLiteral("Lock clock 07:00–10:00")), qPrintable(hover));
        QVERIFY2(hover.contains(QStringLiteral("Guest 1")), qPrintable(hover));
        // On the desk's own clock the lock line is not repeated.
        HistoryEntry same = row(2, 14, 17);
        same.lockFollowsDst = true;
        const QString plain = BoardLayout::details(same, kLondon, now).join(QLatin1Char('\n'));
        QVERIFY2(!plain.contains(QStringLiteral("Lock clock")), qPrintable(plain));
    }

    void firstUseDeadlineAndEndsToday()
    {
        HistoryEntry e = row(1, 12, 20);
        e.mode = QStringLiteral("rental");
        e.firstUseByUtc = utc(2027, 7, 14, 17);
        const QDateTime now = utc(2027, 7, 14, 13, 20);
        const auto bars = BoardLayout::bars({e, row(2, 20, 30)}, QDate(2027, 7, 14), kLondon, now);
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars.at(0).firstUseX, 18.0 / 24.0);
        QVERIFY(bars.at(0).endsToday);   // 21:00 BST today
        QVERIFY(!bars.at(1).endsToday);  // 07:00 BST tomorrow
        QCOMPARE(bars.at(1).firstUseX, -1.0);
        QCOMPARE(BoardLayout::laneCount(bars), 1);
        QVERIFY(BoardLayout::details(e, kLondon, now).join(QLatin1Char('\n')).contains(QStringLiteral("first time by")));
    }
};

QTEST_GUILESS_MAIN(TestBoardLayout)
#include "tst_boardlayout.moc"
