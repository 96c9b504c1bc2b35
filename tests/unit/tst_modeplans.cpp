#include "DurationCatalogue.h"
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

// A catalogue like one the service could send: ids other than the standard 0-18 are arbitrary here,
// which is the point — the client must take them from the catalogue.
DurationCatalogue catalogue(int endDateDays = 365)
{
    QList<DurationOption> options = StandardDurations::all();
    for (int days = 1; days <= 21; ++days)
        options.append({500 + days, IssueMode::MediumTermRental, 0, days});
    options.append({601, IssueMode::LongTermRental, 6, 0});
    options.append({602, IssueMode::LongTermRental, 0, 2});
    for (int days = 1; days <= endDateDays; ++days)
        options.append({1000 + days, IssueMode::EndDate, 0, days});
    options.append({700, IssueMode::TwentyFourHour, 24, 0});
    options.append({800, IssueMode::StandardSingleUse, 3, 0});
    return DurationCatalogue(options, utc("2027-07-01T00:00:00"));
}

StartRequest londonKitLock(const char* wall, IssueMode mode, const DurationCatalogue& cat, int durationId = -1)
{
    const QDateTime w = QDateTime::fromString(QString::fromLatin1(wall), QStringLiteral("yyyy-MM-dd HH:mm"));
    StartRequest r;
    r.wallDate = w.date();
    r.wallTime = w.time();
    r.deskZone = QTimeZone("Europe/London");
    r.frame = {QTimeZone("Europe/London"), false};
    r.mode = mode;
    if (durationId >= 0)
        r.duration = *cat.byId(durationId);
    r.catalogue = &cat;
    r.nowUtc = utc("2027-07-14T13:20:00");
    return r;
}
} // namespace

class TestModePlans final : public QObject {
    Q_OBJECT

private slots:
    void catalogueWordingIsReadTolerantly_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("subMode");
        QTest::addColumn<int>("expected"); // -1: not understood
        QTest::newRow("standard alltime") << "standard" << "alltime" << int(IssueMode::StandardMultiUse);
        QTest::newRow("Standard, no submode") << "Standard" << "" << int(IssueMode::StandardMultiUse);
        QTest::newRow("single use") << "standard" << "Single-Use" << int(IssueMode::StandardSingleUse);
        QTest::newRow("ACC") << "ACC" << "" << int(IssueMode::MediumTermRental);
        QTest::newRow("medium-term rental") << "Medium-Term Rental" << "" << int(IssueMode::MediumTermRental);
        QTest::newRow("URM") << "urm" << "validation" << int(IssueMode::LongTermRental);
        QTest::newRow("long term") << "LongTerm" << "" << int(IssueMode::LongTermRental);
        QTest::newRow("end date") << "End Date" << "" << int(IssueMode::EndDate);
        QTest::newRow("24 hour") << "24-hour" << "" << int(IssueMode::TwentyFourHour);
        QTest::newRow("unknown") << "quantum" << "" << -1;
        QTest::newRow("empty") << "" << "" << -1;
    }

    void catalogueWordingIsReadTolerantly()
    {
        QFETCH(QString, mode);
        QFETCH(QString, subMode);
        QFETCH(int, expected);
        IssueMode result = IssueMode::StandardMultiUse;
        const bool understood = IssueModes::fromCatalogue(mode, subMode, &result);
        QCOMPARE(understood, expected >= 0);
        if (understood)
            QCOMPARE(int(result), expected);
    }

    void modeGuard()
    {
        const DurationCatalogue cat = catalogue();
        QCOMPARE(cat.modesFor(NetCodeMode::Standard),
                 (QList<IssueMode>{IssueMode::StandardMultiUse, IssueMode::StandardSingleUse}));
        QCOMPARE(cat.modesFor(NetCodeMode::MediumTermRental), QList<IssueMode>{IssueMode::MediumTermRental});
        QCOMPARE(cat.modesFor(NetCodeMode::EndDate), QList<IssueMode>{IssueMode::EndDate});
        // Offline, only the standard table is known: a rental lock gets nothing rather than a guess.
        QVERIFY(DurationCatalogue::builtIn().modesFor(NetCodeMode::MediumTermRental).isEmpty());
        QCOMPARE(DurationCatalogue::builtIn().modesFor(NetCodeMode::Standard), QList<IssueMode>{IssueMode::StandardMultiUse});
        const auto rentals = cat.options(IssueMode::MediumTermRental);
        QCOMPARE(rentals.size(), 21);
        QCOMPARE(rentals.first().days, 1);
        QCOMPARE(rentals.last().days, 21);
    }

    void mediumTermRentalStartsAtMidnightWithA24HourDeadline()
    {
        const DurationCatalogue cat = catalogue();
        const StartPlan plan = StartTimeRules::plan(londonKitLock("2027-07-15 10:00", IssueMode::MediumTermRental, cat, 514));
        QVERIFY2(plan.isOk(), qPrintable(plan.refusal));
        QCOMPARE(plan.startString, QStringLiteral("2027-07-15 00:00"));
        QCOMPARE(plan.duration.id, 514);
        QCOMPARE(plan.windowStartUtc, utc("2027-07-15T00:00:00"));
        QCOMPARE(plan.windowEndUtc, utc("2027-07-29T00:00:00"));
        QCOMPARE(plan.firstUseByUtc, utc("2027-07-16T00:00:00"));
        const QStringList lines = ValidityText::lines({plan.duration.mode, plan.windowStartUtc, plan.windowEndUtc, plan.firstUseByUtc},
                                                      QTimeZone("Europe/London"), {QTimeZone("Europe/London"), false});
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QLatin1String("Must be used for the first time by Fri 16 Jul 01:00")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void longTermRentalLastsAYearWithTheChosenValidationPeriod()
    {
        const DurationCatalogue cat = catalogue();
        const StartPlan plan = StartTimeRules::plan(londonKitLock("2027-07-14 15:37", IssueMode::LongTermRental, cat, 601));
        QVERIFY2(plan.isOk(), qPrintable(plan.refusal));
        QCOMPARE(plan.startString, QStringLiteral("2027-07-14 14:00"));
        QCOMPARE(plan.firstUseByUtc, utc("2027-07-14T20:00:00"));
        QCOMPARE(plan.windowEndUtc, utc("2028-07-13T14:00:00")); // 365 days, across 29 Feb 2028
        QCOMPARE(plan.duration.label(), QStringLiteral("first use within 6 hours"));
        QVERIFY(plan.dstNote.isEmpty()); // a year always crosses a change: no note for that
        const QString text = ValidityText::lines({plan.duration.mode, plan.windowStartUtc, plan.windowEndUtc, plan.firstUseByUtc},
                                                 QTimeZone("Europe/London"), {QTimeZone("Europe/London"), false})
                                 .join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("for up to a year")), qPrintable(text));
    }

    void endDateExpiresAtTheLocksMidnight()
    {
        const DurationCatalogue cat = catalogue();
        StartRequest request = londonKitLock("2027-07-14 15:37", IssueMode::EndDate, cat);
        request.endDate = QDate(2027, 7, 20);
        const StartPlan plan = StartTimeRules::plan(request);
        QVERIFY2(plan.isOk(), qPrintable(plan.refusal));
        QCOMPARE(plan.startString, QStringLiteral("2027-07-14 14:00"));
        QCOMPARE(plan.duration.id, 1007); // 14th to 20th inclusive: 7 days
        QCOMPARE(plan.windowEndUtc, utc("2027-07-21T00:00:00")); // the KitLock's midnight = 01:00 BST
        const QString text = ValidityText::lines({plan.duration.mode, plan.windowStartUtc, plan.windowEndUtc, {}},
                                                 QTimeZone("Europe/London"), {QTimeZone("Europe/London"), false})
                                 .join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("Works until the end of Tue 20 Jul 2027")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Wed 21 Jul 01:00")));
    }

    void endDateLimits()
    {
        const DurationCatalogue cat = catalogue();
        StartRequest request = londonKitLock("2027-07-14 15:37", IssueMode::EndDate, cat);
        request.endDate = QDate(2027, 7, 13);
        QCOMPARE(StartTimeRules::plan(request).status, StartPlan::Status::InvalidInput);
        QVERIFY(StartTimeRules::plan(request).refusal.contains(QLatin1String("before the start")));

        request.endDate = QDate(2028, 7, 13); // would expire 366 days ahead
        StartPlan tooFar = StartTimeRules::plan(request);
        QCOMPARE(tooFar.status, StartPlan::Status::TooFarAhead);
        QVERIFY2(tooFar.refusal.contains(QLatin1String("365")) && tooFar.refusal.contains(QLatin1String("12 Jul 2028")),
                 qPrintable(tooFar.refusal));
        request.endDate = QDate(2028, 7, 12);
        QVERIFY2(StartTimeRules::plan(request).isOk(), qPrintable(StartTimeRules::plan(request).refusal));

        const DurationCatalogue shortList = catalogue(30);
        StartRequest limited = londonKitLock("2027-07-14 15:37", IssueMode::EndDate, shortList);
        limited.endDate = QDate(2027, 9, 1);
        const StartPlan notOffered = StartTimeRules::plan(limited);
        QCOMPARE(notOffered.status, StartPlan::Status::NotOffered);
        QVERIFY(notOffered.refusal.contains(QLatin1String("does not offer")));
    }

    void twentyFourHourCodesStartOnAnyHour()
    {
        const DurationCatalogue cat = catalogue();
        const StartPlan plan = StartTimeRules::plan(londonKitLock("2027-07-14 18:05", IssueMode::TwentyFourHour, cat, 700));
        QVERIFY2(plan.isOk(), qPrintable(plan.refusal));
        QCOMPARE(plan.startString, QStringLiteral("2027-07-14 17:00"));
        QCOMPARE(plan.windowEndUtc, utc("2027-07-15T17:00:00"));
        QVERIFY(!plan.firstUseByUtc.isValid());
    }

    void keepPaidTimeAddsAnHour()
    {
        const DurationCatalogue cat = catalogue();
        StartRequest request = londonKitLock("2027-07-14 15:37", IssueMode::StandardMultiUse, cat, 2);
        request.keepPaidTime = true;
        StartPlan plan = StartTimeRules::plan(request);
        QVERIFY(plan.isOk());
        QCOMPARE(plan.duration.id, 3); // 4 hours
        QCOMPARE(plan.windowEndUtc, utc("2027-07-14T18:00:00")); // 19:00 BST: the 3 hours from 15:37 are kept
        QVERIFY2(plan.lengthNote.contains(QLatin1String("4 hours")), qPrintable(plan.lengthNote));

        request.duration = *cat.byId(11); // 12 hours: nothing longer
        plan = StartTimeRules::plan(request);
        QVERIFY(plan.isOk());
        QCOMPARE(plan.duration.id, 11);
        QVERIFY(plan.lengthNote.contains(QLatin1String("cannot be added")));

        StartRequest onTheHour = londonKitLock("2027-07-14 15:00", IssueMode::StandardMultiUse, cat, 2);
        onTheHour.keepPaidTime = true;
        plan = StartTimeRules::plan(onTheHour);
        QCOMPARE(plan.duration.id, 2);
        QVERIFY(plan.lengthNote.isEmpty());

        StartRequest single = londonKitLock("2027-07-14 15:37", IssueMode::StandardSingleUse, cat, 800);
        single.keepPaidTime = true;
        plan = StartTimeRules::plan(single); // the catalogue has no 4-hour single-use code
        QCOMPARE(plan.duration.id, 800);
        QVERIFY(!plan.lengthNote.isEmpty());
    }

    void windowsAcrossAClockChangeSaySo()
    {
        const DurationCatalogue cat = catalogue();
        StartRequest request = londonKitLock("2027-03-28 00:00", IssueMode::StandardMultiUse, cat, 2);
        request.nowUtc = utc("2027-03-27T12:00:00");
        StartPlan plan = StartTimeRules::plan(request);
        QVERIFY(plan.isOk());
        QVERIFY2(plan.dstNote.contains(QLatin1String("clocks change")), qPrintable(plan.dstNote));
        request.wallDate = QDate(2027, 3, 28);
        request.wallTime = QTime(9, 0);
        plan = StartTimeRules::plan(request);
        QVERIFY(plan.dstNote.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModePlans)
#include "tst_modeplans.moc"
