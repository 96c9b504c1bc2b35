#include "SimulatorCatalogue.h"
#include "StayPlanner.h"

#include <QTest>

namespace {
QDateTime utc(const QString& iso)
{
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

QDateTime reading(const QString& text)
{
    return QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
}

struct Setup {
    DurationCatalogue catalogue;
    StayRequest request;
};

// A lock of the given model, configured mode and clock, with the lengths its model offers (the
// simulator's catalogue, the same one the integration tests are served).
Setup setup(const QString& model, const QString& configured, const QString& zone, bool followsDst, const QString& now,
            const QString& arrive, const QString& depart)
{
    Setup s;
    const LockModelInfo* info = LockModelCatalogue::fromWire(model);
    Q_ASSERT(info);
    NetCodeMode mode = NetCodeMode::Standard;
    const bool known = NetCodeModes::fromStorageName(configured, &mode);
    Q_ASSERT(known);
    Q_UNUSED(known);
    s.catalogue = DurationCatalogue(SimulatorCatalogue::forModel(info->id), utc(QStringLiteral("2027-01-01T00:00:00")));
    s.request.frame = {QTimeZone(zone.toUtf8()), followsDst};
    s.request.modes = s.catalogue.modesFor(mode);
    s.request.nowUtc = utc(now);
    if (!arrive.isEmpty()) {
        s.request.arrivalDate = reading(arrive).date();
        s.request.arrivalTime = reading(arrive).time();
    }
    s.request.departureDate = reading(depart).date();
    s.request.departureTime = reading(depart).time();
    return s;
}

// Every start the rules allow on each hour up to two days before arrival, with every length (every
// last day for End Date): the least excess of any that covers the stay. Independent of the planner's
// own search, so a planner that misses a better start or length fails.
qint64 leastExcessByBruteForce(const StayRequest& stay, const StayPlan& planned)
{
    qint64 least = std::numeric_limits<qint64>::max();
    const QTimeZone wall = stay.frame.zone;
    for (IssueMode mode : stay.modes) {
        const QList<DurationOption> options = stay.catalogue->options(mode);
        for (int back = 0; back <= 49; ++back) {
            const QDateTime from = planned.arrivalUtc.addSecs(-3600LL * back).toTimeZone(wall);
            StartRequest r;
            r.wallDate = from.date();
            r.wallTime = QTime(from.time().hour(), 0);
            r.deskZone = wall;
            r.frame = stay.frame;
            r.mode = mode;
            r.catalogue = stay.catalogue;
            r.nowUtc = stay.nowUtc;
            QList<QPair<DurationOption, QDate>> tries;
            if (mode == IssueMode::EndDate) {
                const QDate last = stay.frame.lockReading(planned.departureUtc).date();
                for (int d = -2; d <= 2; ++d)
                    tries.append({options.first(), last.addDays(d)});
            } else {
                for (const DurationOption& o : options)
                    tries.append({o, QDate()});
            }
            for (const auto& [option, endDate] : tries) {
                r.duration = option;
                r.endDate = endDate;
                const StartPlan p = StartTimeRules::plan(r);
                if (!p.isOk() || p.windowStartUtc > planned.arrivalUtc || p.windowEndUtc < planned.departureUtc)
                    continue;
                if (p.firstUseByUtc.isValid() && p.firstUseByUtc < planned.arrivalUtc)
                    continue;
                least = std::min(least, p.windowStartUtc.secsTo(planned.arrivalUtc) + planned.departureUtc.secsTo(p.windowEndUtc));
            }
        }
    }
    return least;
}
} // namespace

class TestStayPlanner final : public QObject {
    Q_OBJECT

private slots:
    void plan_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("configured"); // the lock's NetCode mode
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("followsDst");
        QTest::addColumn<QString>("now");    // UTC
        QTest::addColumn<QString>("arrive"); // wall time in the lock's zone; empty: now
        QTest::addColumn<QString>("depart");
        QTest::addColumn<QString>("status"); // ok | nothing | invalid | nonexistent
        QTest::addColumn<QString>("mode");   // what is issued (storage name)
        QTest::addColumn<QString>("startSent");
        QTest::addColumn<QString>("from");   // the window, UTC
        QTest::addColumn<QString>("until");
        QTest::addColumn<int>("beforeMin"); // excess before arrival, after departure
        QTest::addColumn<int>("afterMin");
        QTest::addColumn<QString>("length");
        QTest::addColumn<QString>("text");  // in the reason, or in the notes when ok

        const QString london = QStringLiteral("Europe/London");
        const QString ok = QStringLiteral("ok");
        const QString nothing = QStringLiteral("nothing");

        // Hours, standard mode
        QTest::newRow("1 hour, KitLock in summer reads GMT")
            << "KL1060G3" << "standard" << london << false << "2027-07-14T08:00:00" << "2027-07-14 15:00" << "2027-07-14 16:00"
            << ok << "standard" << "2027-07-14 14:00" << "2027-07-14T14:00:00" << "2027-07-14T15:00:00" << 0 << 0 << "1 hour" << "";
        QTest::newRow("1 hour from half past: 2 hours from the hour, smart lock")
            << "K3CONNECT" << "standard" << london << true << "2027-07-14T08:00:00" << "2027-07-14 15:30" << "2027-07-14 16:30"
            << ok << "standard" << "2027-07-14 15:00" << "2027-07-14T14:00:00" << "2027-07-14T16:00:00" << 30 << 30 << "2 hours" << "";
        QTest::newRow("arrives now (no arrival given)")
            << "KL1060G3" << "standard" << london << false << "2027-07-14T13:20:00" << "" << "2027-07-14 18:00"
            << ok << "standard" << "2027-07-14 13:00" << "2027-07-14T13:00:00" << "2027-07-14T17:00:00" << 20 << 0 << "4 hours" << "";
        QTest::newRow("arrival passed: covered from now, and said")
            << "KL1060G3" << "standard" << london << false << "2027-07-14T13:20:00" << "2027-07-14 10:00" << "2027-07-14 18:00"
            << ok << "standard" << "2027-07-14 13:00" << "2027-07-14T13:00:00" << "2027-07-14T17:00:00" << 20 << 0 << "4 hours"
            << "has passed";

        // Days: the code starts at the lock's midnight, and says how long before arrival
        QTest::newRow("22:30 to Wednesday 11:00, KitLock: 3 days from its midnight, lead said")
            << "KL1060G3" << "standard" << london << false << "2027-07-12T12:00:00" << "2027-07-12 22:30" << "2027-07-14 11:00"
            << ok << "standard" << "2027-07-12 00:00" << "2027-07-12T00:00:00" << "2027-07-15T00:00:00" << 1290 << 840 << "3 days"
            << "21 hours 30 minutes before the guest arrives";
        QTest::newRow("22:30 to Wednesday 11:00, smart lock: its midnight is BST")
            << "K3CONNECT" << "standard" << london << true << "2027-07-12T12:00:00" << "2027-07-12 22:30" << "2027-07-14 11:00"
            << ok << "standard" << "2027-07-12 00:00" << "2027-07-11T23:00:00" << "2027-07-14T23:00:00" << 1350 << 780 << "3 days"
            << "22 hours 30 minutes before the guest arrives";
        QTest::newRow("4 days across the spring change, KitLock")
            << "KL1060G3" << "standard" << london << false << "2027-03-25T00:00:00" << "2027-03-26 14:00" << "2027-03-29 10:00"
            << ok << "standard" << "2027-03-26 00:00" << "2027-03-26T00:00:00" << "2027-03-30T00:00:00" << 840 << 900 << "4 days" << "";

        // The London DST nights
        QTest::newRow("spring night, KitLock counts 7 real hours")
            << "KL1060G3" << "standard" << london << false << "2027-03-27T12:00:00" << "2027-03-27 22:00" << "2027-03-28 06:00"
            << ok << "standard" << "2027-03-27 22:00" << "2027-03-27T22:00:00" << "2027-03-28T05:00:00" << 0 << 0 << "7 hours" << "";
        QTest::newRow("spring night, smart lock needs 8 hours on its clock")
            << "K3CONNECT" << "standard" << london << true << "2027-03-27T12:00:00" << "2027-03-27 22:00" << "2027-03-28 06:00"
            << ok << "standard" << "2027-03-27 22:00" << "2027-03-27T22:00:00" << "2027-03-28T05:00:00" << 0 << 0 << "8 hours"
            << "The clocks change";
        QTest::newRow("autumn night, KitLock counts 9 real hours")
            << "KL1060G3" << "standard" << london << false << "2027-10-30T12:00:00" << "2027-10-30 22:00" << "2027-10-31 06:00"
            << ok << "standard" << "2027-10-30 21:00" << "2027-10-30T21:00:00" << "2027-10-31T06:00:00" << 0 << 0 << "9 hours"
            << "The clocks change";
        QTest::newRow("autumn night, smart lock needs 8 hours on its clock")
            << "K3CONNECT" << "standard" << london << true << "2027-10-30T12:00:00" << "2027-10-30 22:00" << "2027-10-31 06:00"
            << ok << "standard" << "2027-10-30 22:00" << "2027-10-30T21:00:00" << "2027-10-31T06:00:00" << 0 << 0 << "8 hours"
            << "The clocks change";
        QTest::newRow("autumn night, arrival 01:30 happens twice: covered from the first")
            << "K3CONNECT" << "standard" << london << true << "2027-10-30T12:00:00" << "2027-10-31 01:30" << "2027-10-31 03:00"
            << ok << "standard" << "2027-10-31 01:00" << "2027-10-31T00:00:00" << "2027-10-31T03:00:00" << 30 << 0 << "2 hours"
            << "covers it from the first time";
        QTest::newRow("autumn night, departure 01:30 happens twice: covered until the second")
            << "KL1060G3" << "standard" << london << false << "2027-10-30T12:00:00" << "2027-10-30 23:00" << "2027-10-31 01:30"
            << ok << "standard" << "2027-10-30 22:00" << "2027-10-30T22:00:00" << "2027-10-31T02:00:00" << 0 << 30 << "4 hours"
            << "until the second time";
        QTest::newRow("spring night, departure 01:30 does not exist")
            << "KL1060G3" << "standard" << london << false << "2027-03-27T12:00:00" << "2027-03-27 22:00" << "2027-03-28 01:30"
            << "nonexistent" << "" << "" << "" << "" << 0 << 0 << "" << "02:00";

        // Half-hour zones
        QTest::newRow("Kolkata, 4 hours from half past")
            << "KL1060G3" << "standard" << "Asia/Kolkata" << false << "2027-01-14T00:00:00" << "2027-01-14 14:30" << "2027-01-14 18:30"
            << ok << "standard" << "2027-01-14 14:00" << "2027-01-14T08:30:00" << "2027-01-14T13:30:00" << 30 << 30 << "5 hours" << "";
        QTest::newRow("Kolkata rental from the lock's midnight")
            << "KL1060G3" << "rental" << "Asia/Kolkata" << false << "2027-01-10T00:00:00" << "2027-01-12 12:00" << "2027-01-14 10:00"
            << ok << "rental" << "2027-01-12 00:00" << "2027-01-11T18:30:00" << "2027-01-14T18:30:00" << 720 << 840 << "3 days" << "";
        QTest::newRow("Adelaide autumn change, 24-hour KitLock keeps +09:30")
            << "KL1060G3" << "24-hour" << "Australia/Adelaide" << false << "2027-04-03T00:00:00" << "2027-04-03 20:00" << "2027-04-04 08:00"
            << ok << "24-hour" << "2027-04-03 19:00" << "2027-04-03T09:30:00" << "2027-04-04T09:30:00" << 0 << 660 << "24 hours"
            << "The clocks change";
        QTest::newRow("Adelaide spring change, smart lock needs 10 hours on its clock")
            << "K3CONNECT" << "standard" << "Australia/Adelaide" << true << "2027-10-02T00:00:00" << "2027-10-02 22:30" << "2027-10-03 08:00"
            << ok << "standard" << "2027-10-02 22:00" << "2027-10-02T12:30:00" << "2027-10-02T21:30:00" << 30 << 0 << "10 hours"
            << "The clocks change";

        // Rental modes
        QTest::newRow("rental, 5 nights: 6 days from the lock's midnight")
            << "KL1060G3" << "rental" << london << false << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2027-07-17 11:00"
            << ok << "rental" << "2027-07-12 00:00" << "2027-07-12T00:00:00" << "2027-07-18T00:00:00" << 840 << 840 << "6 days"
            << "14 hours before the guest arrives";
        QTest::newRow("rental, arrival 00:30 BST is still the KitLock's previous day; deadline said")
            << "KL1060G3" << "rental" << london << false << "2027-07-10T08:00:00" << "2027-07-13 00:30" << "2027-07-14 10:00"
            << ok << "rental" << "2027-07-12 00:00" << "2027-07-12T00:00:00" << "2027-07-15T00:00:00" << 1410 << 900 << "3 days"
            << "only 30 minutes after arrival";
        QTest::newRow("rental on a KL1060, 20 days: 21 days")
            << "KL1060" << "rental" << london << false << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2027-08-01 11:00"
            << ok << "rental" << "2027-07-12 00:00" << "2027-07-12T00:00:00" << "2027-08-02T00:00:00" << 840 << 840 << "21 days" << "";
        QTest::newRow("long rental, 6 months: first use within 8 hours runs past the night (06:00 BST)")
            << "KL1060G3" << "long-rental" << london << false << "2027-07-10T08:00:00" << "2027-07-12 22:30" << "2028-01-12 10:00"
            << ok << "long-rental" << "2027-07-12 21:00" << "2027-07-12T21:00:00" << "2028-07-11T21:00:00" << 30 << 261300
            << "first use within 8 hours" << "";

        // End Date
        QTest::newRow("End Date: to the end of the departure day")
            << "KL1060G3" << "end-date" << london << false << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2027-07-15 11:00"
            << ok << "end-date" << "2027-07-12 14:00" << "2027-07-12T14:00:00" << "2027-07-16T00:00:00" << 0 << 840 << "4 days" << "";
        QTest::newRow("End Date: departure at the lock's midnight ends there")
            << "KL1060G3" << "end-date" << london << false << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2027-07-16 01:00"
            << ok << "end-date" << "2027-07-12 14:00" << "2027-07-12T14:00:00" << "2027-07-16T00:00:00" << 0 << 0 << "4 days" << "";
        QTest::newRow("End Date on a smart lock, 300 days")
            << "K3CONNECT" << "end-date" << london << true << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2028-05-07 11:00"
            << ok << "end-date" << "2027-07-12 15:00" << "2027-07-12T14:00:00" << "2028-05-07T23:00:00" << 0 << 780 << "301 days" << "";

        // Nothing covers
        QTest::newRow("8 days on a standard lock")
            << "KL1060G3" << "standard" << london << false << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2027-07-20 15:00"
            << nothing << "" << "" << "" << "" << 0 << 0 << "" << "Standard (7 days)";
        QTest::newRow("30 hours on a 24-hour lock")
            << "KL1060G3" << "24-hour" << london << false << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2027-07-13 21:00"
            << nothing << "" << "" << "" << "" << 0 << 0 << "" << "24 hours";
        QTest::newRow("22 days on a KL1060 rental lock")
            << "KL1060" << "rental" << london << false << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2027-08-03 11:00"
            << nothing << "" << "" << "" << "" << 0 << 0 << "" << "Rental (21 days)";
        QTest::newRow("400 days on a long rental lock")
            << "KL1060G3" << "long-rental" << london << false << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2028-08-15 10:00"
            << nothing << "" << "" << "" << "" << 0 << 0 << "" << "Long rental";
        QTest::newRow("400 days on an End Date lock")
            << "KL1060G3" << "end-date" << london << false << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2028-08-15 10:00"
            << nothing << "" << "" << "" << "" << 0 << 0 << "" << "at most 365 days";
        QTest::newRow("KL1060 offers no End Date lengths")
            << "KL1060" << "end-date" << london << false << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2027-07-14 10:00"
            << nothing << "" << "" << "" << "" << 0 << 0 << "" << "offers no lengths";

        // Stays that are no stay
        QTest::newRow("departure before arrival")
            << "KL1060G3" << "standard" << london << false << "2027-07-10T08:00:00" << "2027-07-12 15:00" << "2027-07-12 11:00"
            << "invalid" << "" << "" << "" << "" << 0 << 0 << "" << "must come after";
        QTest::newRow("departure passed")
            << "KL1060G3" << "standard" << london << false << "2027-07-10T08:00:00" << "" << "2027-07-09 11:00"
            << "invalid" << "" << "" << "" << "" << 0 << 0 << "" << "already passed";
    }

    void plan()
    {
        QFETCH(QString, model);
        QFETCH(QString, configured);
        QFETCH(QString, zone);
        QFETCH(bool, followsDst);
        QFETCH(QString, now);
        QFETCH(QString, arrive);
        QFETCH(QString, depart);
        QFETCH(QString, status);
        QFETCH(QString, mode);
        QFETCH(QString, startSent);
        QFETCH(QString, from);
        QFETCH(QString, until);
        QFETCH(int, beforeMin);
        QFETCH(int, afterMin);
        QFETCH(QString, length);
        QFETCH(QString, text);

        Setup s = setup(model, configured, zone, followsDst, now, arrive, depart);
        s.request.catalogue = &s.catalogue;
        const StayPlan plan = StayPlanner::plan(s.request);

        const QHash<QString, StayPlan::Status> statuses{{QStringLiteral("ok"), StayPlan::Status::Ok},
                                                        {QStringLiteral("nothing"), StayPlan::Status::NothingCovers},
                                                        {QStringLiteral("invalid"), StayPlan::Status::InvalidStay},
                                                        {QStringLiteral("nonexistent"), StayPlan::Status::NonExistentTime}};
        QVERIFY2(plan.status == statuses.value(status), qPrintable(plan.reason));
        if (!plan.isOk()) {
            // Never silent: a refusal always says why.
            QVERIFY2(plan.reason.contains(text), qPrintable(plan.reason));
            QVERIFY(plan.start.startString.isEmpty());
            return;
        }
        QVERIFY(plan.reason.isEmpty());
        QCOMPARE(IssueModes::storageName(plan.mode()), mode);
        QCOMPARE(plan.start.startString, startSent);
        QCOMPARE(plan.start.windowStartUtc, utc(from));
        QCOMPARE(plan.start.windowEndUtc, utc(until));
        QCOMPARE(plan.excessBeforeSecs, qint64(beforeMin) * 60);
        QCOMPARE(plan.excessAfterSecs, qint64(afterMin) * 60);
        QCOMPARE(plan.start.duration.label(), length);
        const QString notes = plan.notes().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(text), qPrintable(notes));
        // The window covers the whole stay, and a long lead is always said.
        QVERIFY(plan.start.windowStartUtc <= plan.arrivalUtc && plan.start.windowEndUtc >= plan.departureUtc);
        QCOMPARE(!plan.leadWarning.isEmpty(), plan.excessBeforeSecs > StayPlanner::kLongLeadSecs);
        // What is sent is what the start-time rules make of it: the same start string, length and window.
        QVERIFY(plan.start.duration.isValid());
        QVERIFY(s.catalogue.byId(plan.start.duration.id));
        // No start and length the rules allow covers the stay with less excess.
        QCOMPARE(plan.excessBeforeSecs + plan.excessAfterSecs, leastExcessByBruteForce(s.request, plan));
    }

    void spanText_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0 minutes";
        QTest::newRow("a minute") << qint64(60) << "1 minute";
        QTest::newRow("hours and minutes") << qint64(21 * 3600 + 30 * 60) << "21 hours 30 minutes";
        QTest::newRow("a day and an hour") << qint64(86400 + 3600) << "1 day 1 hour";
        QTest::newRow("days") << qint64(3 * 86400) << "3 days";
    }

    void spanText()
    {
        QFETCH(qint64, secs);
        QFETCH(QString, text);
        QCOMPARE(StayPlanner::spanText(secs), text);
    }

    void coverTextSetsTheWindowAgainstTheStay()
    {
        Setup s = setup(QStringLiteral("KL1060G3"), QStringLiteral("standard"), QStringLiteral("Europe/London"), false,
                        QStringLiteral("2027-07-12T12:00:00"), QStringLiteral("2027-07-12 22:30"), QStringLiteral("2027-07-14 11:00"));
        s.request.catalogue = &s.catalogue;
        const StayPlan plan = StayPlanner::plan(s.request);
        QVERIFY(plan.isOk());
        const QString text = StayPlanner::coverText(plan, QTimeZone("Europe/London"));
        QVERIFY2(text.contains(QStringLiteral("Mon 12 Jul 22:30 – Wed 14 Jul 11:00")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("21 hours 30 minutes before arrival")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("14 hours after departure")), qPrintable(text));
    }

    void onlyTheGivenModeIsUsed()
    {
        // A standard lock takes single-use codes too; the desk may ask for that kind alone.
        Setup s = setup(QStringLiteral("KL1060G3"), QStringLiteral("standard"), QStringLiteral("Europe/London"), false,
                        QStringLiteral("2027-07-14T08:00:00"), QStringLiteral("2027-07-14 15:00"), QStringLiteral("2027-07-14 17:00"));
        s.request.catalogue = &s.catalogue;
        QCOMPARE(StayPlanner::plan(s.request).mode(), IssueMode::StandardMultiUse);
        s.request.modes = {IssueMode::StandardSingleUse};
        const StayPlan single = StayPlanner::plan(s.request);
        QVERIFY(single.isOk());
        QCOMPARE(single.mode(), IssueMode::StandardSingleUse);
        QCOMPARE(single.start.duration.hours, 2);
    }

    // What one plan costs: the issue panel plans again on every edit of the stay.
    void planCost_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("depart");
        QTest::newRow("standard, 3 days") << "standard" << "2027-07-14 11:00";
        QTest::newRow("End Date, 300 days") << "end-date" << "2028-05-07 11:00";
        QTest::newRow("long rental, 6 months") << "long-rental" << "2028-01-12 10:00";
    }

    void planCost()
    {
        QFETCH(QString, configured);
        QFETCH(QString, depart);
        Setup s = setup(QStringLiteral("KL1060G3"), configured, QStringLiteral("Europe/London"), false,
                        QStringLiteral("2027-07-10T12:00:00"), QStringLiteral("2027-07-12 22:30"), depart);
        s.request.catalogue = &s.catalogue;
        StayPlan plan;
        QBENCHMARK {
            plan = StayPlanner::plan(s.request);
        }
        QVERIFY2(plan.isOk(), qPrintable(plan.reason));
    }

    void noCatalogueIsNoPlan()
    {
        StayRequest request;
        request.frame = {QTimeZone("Europe/London"), false};
        request.departureDate = QDate(2027, 7, 14);
        request.departureTime = QTime(11, 0);
        request.nowUtc = utc(QStringLiteral("2027-07-12T12:00:00"));
        const StayPlan plan = StayPlanner::plan(request);
        QVERIFY(!plan.isOk());
        QVERIFY(!plan.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStayPlanner)
#include "tst_stayplanner.moc"
