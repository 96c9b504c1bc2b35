#include "DurationOption.h"

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
};

QTEST_GUILESS_MAIN(TestDurations)
#include "tst_durations.moc"
