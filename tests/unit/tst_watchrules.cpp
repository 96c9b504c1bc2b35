#include "WatchItem.h"

#include "TimeText.h"

#include <QTest>

// The day's watch list: which rows are worth a look today on the desk's clock, and in what order.
namespace {
QDateTime wall(const QString& text, const char* zone)
{
    return QDateTime(QDate::fromString(text.left(10), Qt::ISODate), QTime::fromString(text.mid(11, 5), QStringLiteral("HH:mm")),
                     QTimeZone(zone))
        .toUTC();
}

HistoryEntry code(qint64 id, const QDateTime& startUtc, const QDateTime& endUtc)
{
    HistoryEntry e;
    e.id = id;
    e.issuedAtUtc = startUtc.addSecs(-600);
    e.lockName = QStringLiteral("Room 12");
    e.guestName = QStringLiteral("Ana");
    e.room = QStringLiteral("12");
    e.windowStartUtc = startUtc;
    e.windowEndUtc = endUtc;
    e.code = QStringLiteral("1234567");
    e.outcome = HistoryEntry::Outcome::Issued;
    return e;
}

WatchContext at(const QString& deskWall, const char* zone)
{
    WatchContext context;
    context.nowUtc = wall(deskWall, zone);
    context.deskZone = QTimeZone(zone);
    return context;
}

QList<WatchItem::Kind> kinds(const QList<WatchItem>& items)
{
    QList<WatchItem::Kind> out;
    for (const WatchItem& item : items)
        out << item.kind;
    return out;
}
} // namespace

class TestWatchRules final : public QObject {
    Q_OBJECT

private slots:
    // A code's end against the desk's today: [midnight, next midnight) on the desk's clock.
    void endsToday_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("now");  // desk's wall clock
        QTest::addColumn<QString>("end");  // desk's wall clock
        QTest::addColumn<int>("kind");     // -1: not on the list

        const int ending = int(WatchItem::Kind::ExpiringToday);
        const int ended = int(WatchItem::Kind::ExpiredToday);
        QTest::newRow("ends 23:59 today") << "Europe/London" << "2027-01-14 09:00" << "2027-01-14 23:59" << ending;
        QTest::newRow("ends 00:00 tomorrow: tomorrow's") << "Europe/London" << "2027-01-14 09:00" << "2027-01-15 00:00" << -1;
        QTest::newRow("ended 00:00 today") << "Europe/London" << "2027-01-14 09:00" << "2027-01-14 00:00" << ended;
        QTest::newRow("ended 23:59 yesterday") << "Europe/London" << "2027-01-14 09:00" << "2027-01-13 23:59" << -1;
        QTest::newRow("ends now: ended") << "Europe/London" << "2027-01-14 09:00" << "2027-01-14 09:00" << ended;
        QTest::newRow("ends a minute from now") << "Europe/London" << "2027-01-14 09:00" << "2027-01-14 09:01" << ending;
        // 25 October 2026: the clocks go back at 02:00, the day is 25 hours long.
        QTest::newRow("clocks back: 00:30 BST is today") << "Europe/London" << "2026-10-25 12:00" << "2026-10-25 00:30" << ended;
        QTest::newRow("clocks back: 23:30 GMT is today") << "Europe/London" << "2026-10-25 12:00" << "2026-10-25 23:30" << ending;
        QTest::newRow("clocks back: midnight after is not") << "Europe/London" << "2026-10-25 12:00" << "2026-10-26 00:00" << -1;
        // 29 March 2026: the clocks go forward, the day is 23 hours long.
        QTest::newRow("clocks forward: 23:59 BST is today") << "Europe/London" << "2026-03-29 12:00" << "2026-03-29 23:59" << ending;
        QTest::newRow("clocks forward: 00:00 GMT is today") << "Europe/London" << "2026-03-29 12:00" << "2026-03-29 00:00" << ended;
        // Another desk, another day: Sydney is 11 hours ahead of London in January.
        QTest::newRow("Sydney desk's today") << "Australia/Sydney" << "2027-01-14 09:00" << "2027-01-14 23:00" << ending;
    }
    void endsToday()
    {
        QFETCH(QString, zone);
        QFETCH(QString, now);
        QFETCH(QString, end);
        QFETCH(int, kind);
        const QByteArray id = zone.toLatin1();
        const WatchContext context = at(now, id.constData());
        const QDateTime endUtc = wall(end, id.constData());
        const QList<WatchItem> items = WatchRules::fromHistory({code(7, endUtc.addSecs(-3 * 3600), endUtc)}, context);
        if (kind < 0) {
            QVERIFY2(items.isEmpty(), qPrintable(items.value(0).text));
            return;
        }
        QCOMPARE(items.size(), 1);
        QCOMPARE(int(items.first().kind), kind);
        QCOMPARE(items.first().historyId, qint64(7));
        // Said on the desk's clock.
        QVERIFY2(items.first().text.contains(end.mid(11, 5)), qPrintable(items.first().text));
        QVERIFY(items.first().text.contains(QStringLiteral("Room 12")));
        QVERIFY(items.first().text.contains(QStringLiteral("Ana")));
    }

    // Who and where, once each: a room the lock's name says is not said again.
    void whoAndWhere()
    {
        QCOMPARE(WatchRules::who(QStringLiteral("Room 12"), QStringLiteral("Ana"), QStringLiteral("12")),
                 QStringLiteral("Room 12 · Ana"));
        QCOMPARE(WatchRules::who(QStringLiteral("Room 120"), QStringLiteral("Ana"), QStringLiteral("12")),
                 QStringLiteral("Room 120 · Ana (room 12)"));
        QCOMPARE(WatchRules::who(QStringLiteral("Locker 14"), QStringLiteral("Ana"), QString()), QStringLiteral("Locker 14 · Ana"));
        QCOMPARE(WatchRules::who(QStringLiteral("Room 12"), QString(), QStringLiteral("12")), QStringLiteral("Room 12"));
        QCOMPARE(WatchRules::who(QString(), QStringLiteral("Ana"), QStringLiteral("12")), QStringLiteral("Ana (room 12)"));
    }

    // The lock may be in another zone: "today" and the times are the desk's, never the lock's.
    void deskZoneNotLockZone()
    {
        // Desk in London, lock in Los Angeles: 23:00 in LA on the 14th is 07:00 on the 15th in London.
        const WatchContext context = at(QStringLiteral("2027-01-14 09:00"), "Europe/London");
        HistoryEntry la = code(3, wall(QStringLiteral("2027-01-14 20:00"), "America/Los_Angeles"),
                               wall(QStringLiteral("2027-01-14 23:00"), "America/Los_Angeles"));
        la.lockTimeZone = QStringLiteral("America/Los_Angeles");
        QVERIFY(WatchRules::fromHistory({la}, context).isEmpty());
        // 08:00 in LA on the 14th is 16:00 in London: today, said as 16:00.
        HistoryEntry morning = code(4, wall(QStringLiteral("2027-01-14 05:00"), "America/Los_Angeles"),
                                    wall(QStringLiteral("2027-01-14 08:00"), "America/Los_Angeles"));
        morning.lockTimeZone = QStringLiteral("America/Los_Angeles");
        const QList<WatchItem> items = WatchRules::fromHistory({morning}, context);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().text.contains(QStringLiteral("16:00")), qPrintable(items.first().text));
    }

    void deadlines_data()
    {
        QTest::addColumn<int>("aheadSecs"); // the first-use deadline from now
        QTest::addColumn<bool>("listed");
        QTest::newRow("1 h 59 ahead") << (119 * 60) << true;
        QTest::newRow("2 h ahead") << (120 * 60) << true;
        QTest::newRow("2 h 01 ahead") << (121 * 60) << false;
        QTest::newRow("a minute ahead") << 60 << true;
        QTest::newRow("just passed") << -60 << false;
        QTest::newRow("now: passed") << 0 << false;
    }
    void deadlines()
    {
        QFETCH(int, aheadSecs);
        QFETCH(bool, listed);
        const WatchContext context = at(QStringLiteral("2027-01-14 12:00"), "Europe/London");
        // A medium-term rental: valid for days, to be used first within 24 hours.
        HistoryEntry rental = code(9, context.nowUtc.addSecs(aheadSecs - 24 * 3600), context.nowUtc.addDays(6));
        rental.firstUseByUtc = context.nowUtc.addSecs(aheadSecs);
        const QList<WatchItem> items = WatchRules::fromHistory({rental}, context);
        QCOMPARE(kinds(items).contains(WatchItem::Kind::DeadlineSoon), listed);
        if (listed) {
            QVERIFY(items.first().text.contains(TimeText::time(rental.firstUseByUtc.toTimeZone(context.deskZone))));
            QVERIFY(items.first().text.contains(QStringLiteral("used")));
        }
    }

    void inDoubt()
    {
        const WatchContext context = at(QStringLiteral("2027-01-14 12:00"), "Europe/London");
        HistoryEntry doubt = code(11, context.nowUtc.addSecs(3600), context.nowUtc.addSecs(4 * 3600));
        doubt.outcome = HistoryEntry::Outcome::InDoubt;
        doubt.code.clear();
        // A claim whose lease ran out is in doubt too; one still on its way is not (yet).
        HistoryEntry abandoned = doubt;
        abandoned.id = 12;
        abandoned.outcome = HistoryEntry::Outcome::Sent;
        abandoned.leaseUntilUtc = context.nowUtc.addSecs(-5);
        HistoryEntry onItsWay = abandoned;
        onItsWay.id = 13;
        onItsWay.leaseUntilUtc = context.nowUtc.addSecs(30);
        HistoryEntry failed = doubt;
        failed.id = 14;
        failed.outcome = HistoryEntry::Outcome::Failed;
        const QList<WatchItem> items = WatchRules::fromHistory({doubt, abandoned, onItsWay, failed}, context);
        QCOMPARE(kinds(items), (QList<WatchItem::Kind>{WatchItem::Kind::InDoubt, WatchItem::Kind::InDoubt}));
        QCOMPARE(items.at(0).historyId, qint64(11));
        QCOMPARE(items.at(1).historyId, qint64(12));
        QVERIFY(items.first().detail.contains(QStringLiteral("billed")));
    }

    void quota_data()
    {
        QTest::addColumn<int>("sent");
        QTest::addColumn<int>("quota");
        QTest::addColumn<int>("kind"); // -1: nothing
        QTest::newRow("79 %") << 79 << 100 << -1;
        QTest::newRow("80 %") << 80 << 100 << int(WatchItem::Kind::QuotaNearlyUsed);
        QTest::newRow("99 %") << 99 << 100 << int(WatchItem::Kind::QuotaNearlyUsed);
        QTest::newRow("100 %") << 100 << 100 << int(WatchItem::Kind::QuotaUsedUp);
        QTest::newRow("over") << 130 << 100 << int(WatchItem::Kind::QuotaUsedUp);
        QTest::newRow("4 of 5 is 80 %") << 4 << 5 << int(WatchItem::Kind::QuotaNearlyUsed);
        QTest::newRow("799 of 1000") << 799 << 1000 << -1;
        QTest::newRow("no quota set") << 5000 << 0 << -1;
    }
    void quota()
    {
        QFETCH(int, sent);
        QFETCH(int, quota);
        QFETCH(int, kind);
        const QList<WatchItem> items = WatchRules::quota(sent, quota);
        if (kind < 0) {
            QVERIFY(items.isEmpty());
            return;
        }
        QCOMPARE(items.size(), 1);
        QCOMPARE(int(items.first().kind), kind);
        QCOMPARE(items.first().historyId, qint64(0));
        QVERIFY2(items.first().text.contains(QString::number(sent)) && items.first().text.contains(QString::number(quota)),
                 qPrintable(items.first().text));
    }

    // Mail is its own source: a fake one stands for the mail log here.
    void failedMailFromAFakeSource()
    {
        class FakeMail final : public WatchSource {
        public:
            QList<WatchItem> items(const WatchContext& context) const override
            {
                FailedMail refused;
                refused.historyId = 21;
                refused.recipient = QStringLiteral("ana@example.org");
                refused.attemptedAtUtc = context.nowUtc.addSecs(-600);
                refused.refused = true;
                refused.detail = QStringLiteral("550 no such user");
                refused.lockName = QStringLiteral("Room 12");
                refused.guestName = QStringLiteral("Ana\u202E"); // a bidi override is shown, never obeyed
                FailedMail failed = refused;
                failed.historyId = 22;
                failed.refused = false;
                failed.detail = QStringLiteral("connection timed out");
                failed.attemptedAtUtc = context.nowUtc.addSecs(-60);
                return {WatchRules::failedMail(refused, context), WatchRules::failedMail(failed, context)};
            }
        };
        const WatchContext context = at(QStringLiteral("2027-01-14 12:00"), "Europe/London");
        const FakeMail source;
        QList<WatchItem> items = source.items(context);
        WatchRules::sort(&items);
        QCOMPARE(kinds(items), (QList<WatchItem::Kind>{WatchItem::Kind::MailFailed, WatchItem::Kind::MailFailed}));
        QCOMPARE(items.at(0).historyId, qint64(22)); // the latest first
        QVERIFY2(items.at(0).text.contains(QStringLiteral("11:59")), qPrintable(items.at(0).text));
        QVERIFY(items.at(0).text.contains(QStringLiteral("ana@example.org")));
        QVERIFY(items.at(0).text.contains(QStringLiteral("not sent")));
        QVERIFY(items.at(1).text.contains(QStringLiteral("refused")));
        QVERIFY(items.at(1).detail.contains(QStringLiteral("550 no such user")));
        QVERIFY(!items.at(1).text.contains(QChar(0x202E)));
        QVERIFY(items.at(1).text.contains(QStringLiteral("U+202E")));
    }

    // What may cost money or a guest's entry comes first; within a kind the soonest (what is to
    // come) or the latest (what has happened).
    void order()
    {
        const WatchContext context = at(QStringLiteral("2027-01-14 12:00"), "Europe/London");
        const QDateTime now = context.nowUtc;
        HistoryEntry endsLate = code(1, now.addSecs(-3600), now.addSecs(6 * 3600));
        HistoryEntry endsSoon = code(2, now.addSecs(-3600), now.addSecs(1800));
        HistoryEntry endedEarly = code(3, now.addSecs(-6 * 3600), now.addSecs(-5 * 3600));
        HistoryEntry endedLate = code(4, now.addSecs(-3 * 3600), now.addSecs(-600));
        HistoryEntry rental = code(5, now.addSecs(-20 * 3600), now.addDays(5));
        rental.firstUseByUtc = now.addSecs(3600);
        HistoryEntry doubt = code(6, now.addSecs(3600), now.addSecs(4 * 3600));
        doubt.outcome = HistoryEntry::Outcome::InDoubt;
        QList<WatchItem> items =
            WatchRules::fromHistory({endsLate, endsSoon, endedEarly, endedLate, rental, doubt}, context);
        items << WatchRules::quota(90, 100);
        WatchRules::sort(&items);
        QList<qint64> ids;
        for (const WatchItem& item : items)
            ids << item.historyId;
        QCOMPARE(ids, (QList<qint64>{6, 5, 2, 1, 4, 3, 0}));
        items << WatchRules::quota(100, 100);
        WatchRules::sort(&items);
        QCOMPARE(items.at(1).kind, WatchItem::Kind::QuotaUsedUp); // used up: before the day's codes
    }
};

QTEST_GUILESS_MAIN(TestWatchRules)
#include "tst_watchrules.moc"
