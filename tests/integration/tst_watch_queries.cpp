#include "Database.h"
#include "HistoryRepository.h"
#include "SqlDialect.h"
#include "TestStore.h"
#include "WatchItem.h"
#include "MailAttemptRepository.h"
#include "WatchQueries.h"
#include "WatchSources.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// What the day's watch list reads from history, on both stores: the right rows, through the index
// on the window's end (never a walk through all of history).
namespace {
const QTimeZone kLondon("Europe/London");

QDateTime london(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2027, 1, day), QTime(hour, minute), kLondon).toUTC();
}

HistoryEntry row(const QString& guest, const QDateTime& startUtc, const QDateTime& endUtc,
                 HistoryEntry::Outcome outcome = HistoryEntry::Outcome::Issued)
{
    HistoryEntry e;
    e.issuedAtUtc = startUtc.addSecs(-3600);
    e.issuedBy = QStringLiteral("sam");
    e.lockName = QStringLiteral("Room ") + guest;
    e.lockModel = QStringLiteral("KL1060G3");
    e.mode = QStringLiteral("standard");
    e.durationId = 2;
    e.startSent = startUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    e.windowStartUtc = startUtc;
    e.windowEndUtc = endUtc;
    e.code = outcome == HistoryEntry::Outcome::Issued ? QStringLiteral("1234567") : QString();
    e.guestName = guest;
    e.room = QStringLiteral("7");
    e.outcome = outcome;
    e.source = HistoryEntry::Source::Api;
    e.requestKey = outcome == HistoryEntry::Outcome::Issued ? QString() : QStringLiteral("key-") + guest;
    return e;
}

// The statement with its values written in, for EXPLAIN on either store.
QString withValues(QString sql, const QStringList& values)
{
    for (const QString& value : values)
        sql.replace(sql.indexOf(QLatin1Char('?')), 1, QStringLiteral("'%1'").arg(value));
    return sql;
}
} // namespace

class TestWatchQueries final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void readsTodaysRowsOnly()
    {
        FRESH_STORE(address, m_dir, QStringLiteral("today.sqlite"));
        Database db;
        QVERIFY2(db.open(address), qPrintable(db.errorText()));
        HistoryRepository history(db.connection());
        QHash<QString, qint64> ids;
        const auto add = [&](HistoryEntry e) {
            QVERIFY2(history.add(&e), qPrintable(history.errorText()));
            ids.insert(e.guestName, e.id);
        };
        // Now: Thursday 14 January 2027, 12:00 in London.
        add(row(QStringLiteral("endsTonight"), london(14, 20, 59), london(14, 23, 59)));
        add(row(QStringLiteral("endsAtMidnight"), london(14, 21), london(15, 0)));
        add(row(QStringLiteral("endedThisMorning"), london(14, 6), london(14, 9)));
        add(row(QStringLiteral("endedYesterday"), london(13, 6), london(13, 9)));
        add(row(QStringLiteral("runsAllWeek"), london(12, 0), london(19, 0)));
        HistoryEntry soon = row(QStringLiteral("deadlineSoon"), london(13, 13), london(19, 13));
        soon.mode = QStringLiteral("medium_term");
        soon.firstUseByUtc = london(14, 13);
        add(soon);
        HistoryEntry later = row(QStringLiteral("deadlineLater"), london(13, 15), london(19, 15));
        later.mode = QStringLiteral("medium_term");
        later.firstUseByUtc = london(14, 15);
        add(later);
        add(row(QStringLiteral("doubtToday"), london(14, 14), london(14, 17), HistoryEntry::Outcome::InDoubt));
        add(row(QStringLiteral("doubtLastWeek"), london(7, 14), london(7, 17), HistoryEntry::Outcome::InDoubt));
        HistoryEntry abandoned = row(QStringLiteral("abandoned"), london(14, 15), london(14, 18), HistoryEntry::Outcome::Sent);
        abandoned.leaseUntilUtc = london(14, 11);
        abandoned.claimedBy = QStringLiteral("desk-2/1");
        add(abandoned);
        add(row(QStringLiteral("failedToday"), london(14, 14), london(14, 17), HistoryEntry::Outcome::Failed));

        WatchContext context;
        context.nowUtc = london(14, 12);
        context.deskZone = kLondon;
        const QList<HistoryEntry> rows = WatchQueries(db.connection())
                                             .historyForToday(context.nowUtc, context.dayStartUtc(), context.dayEndUtc(),
                                                              context.nowUtc.addSecs(WatchRules::kDeadlineAheadSecs));
        QSet<QString> read;
        for (const HistoryEntry& e : rows)
            read << e.guestName;
        // Read: what ends today, deadlines close ahead, requests in doubt still of use (the
        // abandoned claim is told apart by the rules, from its lease).
        QCOMPARE(read, (QSet<QString>{QStringLiteral("endsTonight"), QStringLiteral("endedThisMorning"),
                                      QStringLiteral("deadlineSoon"), QStringLiteral("doubtToday"),
                                      QStringLiteral("abandoned")}));

        HistoryWatchSource source(db.connection());
        QList<WatchItem> items = source.items(context);
        WatchRules::sort(&items);
        QList<QPair<WatchItem::Kind, qint64>> got;
        for (const WatchItem& item : items)
            got << qMakePair(item.kind, item.historyId);
        const QList<QPair<WatchItem::Kind, qint64>> expected{
            {WatchItem::Kind::InDoubt, ids.value(QStringLiteral("abandoned"))},
            {WatchItem::Kind::InDoubt, ids.value(QStringLiteral("doubtToday"))},
            {WatchItem::Kind::DeadlineSoon, ids.value(QStringLiteral("deadlineSoon"))},
            {WatchItem::Kind::ExpiringToday, ids.value(QStringLiteral("endsTonight"))},
            {WatchItem::Kind::ExpiredToday, ids.value(QStringLiteral("endedThisMorning"))}};
        QCOMPARE(got, expected);
        // The rows carry what the items say.
        QVERIFY(items.at(3).text.contains(QStringLiteral("23:59")));
        QVERIFY(items.at(3).text.contains(QStringLiteral("Room endsTonight")));
    }

    // The mail log the mail service keeps (mail_attempts): the read and the source the list takes
    // it through.
    void failedMailFromTheMailLog()
    {
        FRESH_STORE(address, m_dir, QStringLiteral("mail.sqlite"));
        Database db;
        QVERIFY2(db.open(address), qPrintable(db.errorText()));
        const WatchQueries queries(db.connection());
        QVERIFY(queries.failedMailToday(london(14, 0)).isEmpty());
        QVERIFY(queries.errorText().isEmpty());

        HistoryRepository history(db.connection());
        HistoryEntry ana = row(QStringLiteral("Ana"), london(14, 14), london(14, 17));
        HistoryEntry ben = row(QStringLiteral("Ben"), london(14, 14), london(14, 17));
        HistoryEntry cem = row(QStringLiteral("Cem"), london(14, 14), london(14, 17));
        HistoryEntry dan = row(QStringLiteral("Dan"), london(13, 14), london(13, 17));
        HistoryEntry eve = row(QStringLiteral("Eve"), london(14, 14), london(14, 17));
        HistoryEntry fay = row(QStringLiteral("Fay"), london(14, 14), london(14, 17));
        HistoryEntry gus = row(QStringLiteral("Gus"), london(14, 14), london(14, 17));
        for (HistoryEntry* e : {&ana, &ben, &cem, &dan, &eve, &fay, &gus})
            QVERIFY2(history.add(e), qPrintable(history.errorText()));
        const auto attempt = [&](qint64 id, const QDateTime& at, const char* outcome, const char* detail) {
            QSqlQuery insert(db.connection());
            insert.prepare(QStringLiteral("INSERT INTO mail_attempts (history_id, recipient, attempted_at_utc, attempted_by, "
                                          "outcome, detail) VALUES (?, ?, ?, 'sam', ?, ?)"));
            insert.addBindValue(id);
            insert.addBindValue(QStringLiteral("guest%1@example.org").arg(id));
            insert.addBindValue(at.toUTC().toString(Qt::ISODate));
            insert.addBindValue(QString::fromLatin1(outcome));
            insert.addBindValue(QString::fromLatin1(detail));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        };
        attempt(ana.id, london(14, 9), "refused", "550 no such user"); // refused today
        attempt(ben.id, london(14, 9), "failed", "timed out");         // failed, then delivered
        attempt(ben.id, london(14, 10), "delivered", "");
        attempt(cem.id, london(14, 8), "delivered", "");               // delivered, then failed: the guest has it
        attempt(cem.id, london(14, 11), "failed", "connection refused");
        attempt(dan.id, london(13, 18), "failed", "timed out");        // yesterday's
        attempt(eve.id, london(14, 9), "failed", "timed out");         // failed, then delivered in the same second
        attempt(eve.id, london(14, 9), "delivered", "");

        // A send recorded before it went whose lease ran out with no outcome (the program stopped):
        // it may have been sent. And one still on its way: no worry yet.
        MailAttemptRepository mail(db.connection());
        MailAttempt stopped;
        stopped.historyId = fay.id;
        stopped.recipient = QStringLiteral("fay@example.org");
        stopped.attemptedAtUtc = london(14, 10);
        stopped.sender = QStringLiteral("other-desk.example/77");
        QCOMPARE(mail.begin(stopped, london(14, 11), london(14, 10)).result, MailAttemptRepository::Begin::Result::Started);
        MailAttempt onItsWay = stopped;
        onItsWay.historyId = gus.id;
        onItsWay.attemptedAtUtc = london(14, 11);
        QCOMPARE(mail.begin(onItsWay, london(14, 13), london(14, 11)).result, MailAttemptRepository::Begin::Result::Started);

        FailedMailWatchSource source([&db](const WatchContext& context) {
            return WatchQueries(db.connection()).failedMailToday(context.dayStartUtc(), WatchQueries::kRowLimit, context.nowUtc);
        });
        WatchContext context;
        context.nowUtc = london(14, 12);
        context.deskZone = kLondon;
        QList<WatchItem> items = source.items(context);
        WatchRules::sort(&items);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).kind, WatchItem::Kind::MailFailed);
        QCOMPARE(items.at(0).historyId, fay.id); // the latest first
        QVERIFY2(items.at(0).text.contains(QStringLiteral("may have been sent")), qPrintable(items.at(0).text));
        QVERIFY2(items.at(0).text.contains(QStringLiteral("10:00")), qPrintable(items.at(0).text));
        QVERIFY(items.at(0).detail.contains(QStringLiteral("Check with the guest")));
        QCOMPARE(items.at(1).historyId, ana.id);
        QVERIFY(items.at(1).text.contains(QStringLiteral("refused")));
        QVERIFY(items.at(1).text.contains(QStringLiteral("guest%1@example.org").arg(ana.id)));
        // Cem's earlier email was delivered (the later failure does not hide it); Gus's is on its way.
        for (const WatchItem& item : std::as_const(items))
            QVERIFY(item.historyId != cem.id && item.historyId != gus.id);
    }

    // The read starts from the index on the window's end, on either store, whatever the row count.
    void readIsServedByTheWindowEndIndex()
    {
        FRESH_STORE(address, m_dir, QStringLiteral("plan.sqlite"));
        Database db;
        QVERIFY2(db.open(address), qPrintable(db.errorText()));
        QSqlDatabase connection = db.connection();
        const QStringList values{QStringLiteral("2027-01-14T00:00:00Z"), QStringLiteral("2027-01-15T00:00:00Z"),
                                 QStringLiteral("2027-01-14T12:00:00Z"), QStringLiteral("2027-01-14T14:00:00Z"),
                                 QStringLiteral("2000")};
        const QString sql = withValues(WatchQueries::historyForTodaySql(), values);
        QSqlQuery query(connection);
        QString plan;
        if (SqlDialect::isPostgres(connection)) {
            // An empty table is cheapest to scan whole; what counts is that the index can serve it.
            QVERIFY(query.exec(QStringLiteral("SET enable_seqscan = off")));
            QVERIFY2(query.exec(QStringLiteral("EXPLAIN ") + sql), qPrintable(query.lastError().text()));
            while (query.next())
                plan += query.value(0).toString() + QLatin1Char('\n');
            QVERIFY(query.exec(QStringLiteral("RESET enable_seqscan")));
        } else {
            QVERIFY2(query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(query.lastError().text()));
            while (query.next())
                plan += query.value(3).toString() + QLatin1Char('\n');
        }
        QVERIFY2(plan.contains(QStringLiteral("history_window_end")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("SCAN history\n")) && !plan.contains(QStringLiteral("Seq Scan")), qPrintable(plan));
    }
};

NETCODE_STORE_TEST_MAIN(TestWatchQueries)
#include "tst_watch_queries.moc"
