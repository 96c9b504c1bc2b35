// What the board reads from the store, on SQLite and (as tst_board_repository_pg) on PostgreSQL:
// only the shown locks' codes whose window meets the shown range, failed requests left out, and
// through an index rather than a scan of the whole history.
#include "BoardRepository.h"
#include "Database.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "TestStore.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace {
QDateTime utc(int d, int h)
{
    return QDateTime(QDate(2027, 7, d), QTime(h, 0), QTimeZone::utc());
}

HistoryEntry code(qint64 lockId, const QDateTime& start, const QDateTime& end, const QString& guest,
                  HistoryEntry::Outcome outcome = HistoryEntry::Outcome::Issued)
{
    HistoryEntry e;
    e.issuedAtUtc = utc(1, 9);
    e.lockId = lockId;
    e.lockName = QStringLiteral("Room %1").arg(lockId);
    e.lockModel = QStringLiteral("KL1060G3");
    e.mode = QStringLiteral("standard");
    e.durationId = 3;
    e.startSent = start.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    e.windowStartUtc = start;
    e.windowEndUtc = end;
    e.source = HistoryEntry::Source::Api;
    e.outcome = outcome;
    e.code = outcome == HistoryEntry::Outcome::Issued ? QStringLiteral("1234567") : QString();
    e.requestPathId = QStringLiteral("202604221226");
    e.guestName = guest;
    e.lockTimeZone = QStringLiteral("America/New_York");
    e.lockFollowsDst = true;
    return e;
}
} // namespace

class TestBoardRepository final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_made = 0;

    QString freshStore()
    {
        QString error;
        const QString address = TestStore::fresh(m_dir, QStringLiteral("board%1.sqlite").arg(++m_made), &error);
        if (address.isEmpty())
            qWarning("%s", qPrintable(error));
        return address;
    }

    static QList<qint64> addLocks(LockRepository& locks, int count)
    {
        QList<Lock> list;
        for (int i = 0; i < count; ++i) {
            Lock lock;
            lock.name = QStringLiteral("Room %1").arg(i + 1);
            lock.timecode = QStringLiteral("202604221226");
            lock.lockNumber = QString::number(100001 + i);
            list << lock;
        }
        if (!locks.insertAll(&list))
            return {};
        QList<qint64> ids;
        for (const Lock& lock : list)
            ids << lock.id;
        return ids;
    }

private slots:
    void readsOnlyTheShownLocksInTheShownRange()
    {
        const QString address = freshStore();
        QVERIFY(!address.isEmpty());
        Database db;
        QVERIFY2(db.open(address), qPrintable(db.errorText()));
        LockRepository locks(db.connection());
        const QList<qint64> ids = addLocks(locks, 3);
        QCOMPARE(ids.size(), 3);
        HistoryRepository history(db.connection());
        QList<HistoryEntry> rows{
            code(ids[0], utc(14, 10), utc(14, 13), QStringLiteral("inside")),
            code(ids[0], utc(13, 20), utc(14, 0), QStringLiteral("ends as the range starts")),
            code(ids[0], utc(13, 22), utc(14, 1), QStringLiteral("reaches into the range")),
            code(ids[0], utc(16, 0), utc(16, 3), QStringLiteral("starts as the range ends")),
            code(ids[0], utc(14, 11), utc(14, 14), QStringLiteral("failed"), HistoryEntry::Outcome::Failed),
            code(ids[0], utc(14, 12), utc(14, 15), QStringLiteral("in doubt"), HistoryEntry::Outcome::InDoubt),
            code(ids[1], utc(15, 8), utc(15, 9), QStringLiteral("second lock")),
            code(ids[2], utc(14, 10), utc(14, 13), QStringLiteral("lock not shown")),
        };
        for (HistoryEntry& row : rows)
            QVERIFY2(history.add(&row), qPrintable(history.errorText()));

        BoardRepository board(db.connection());
        const QList<HistoryEntry> read = board.windows({ids[0], ids[1]}, utc(14, 0), utc(16, 0));
        QVERIFY2(board.errorText().isEmpty(), qPrintable(board.errorText()));
        QStringList guests;
        for (const HistoryEntry& row : read)
            guests << row.guestName;
        QCOMPARE(guests, (QStringList{QStringLiteral("reaches into the range"), QStringLiteral("inside"),
                                      QStringLiteral("in doubt"), QStringLiteral("second lock")}));
        // What the board and its hover need came back as written.
        const HistoryEntry& inside = read.at(1);
        QCOMPARE(inside.windowStartUtc, utc(14, 10));
        QCOMPARE(inside.windowEndUtc, utc(14, 13));
        QCOMPARE(inside.lockTimeZone, QStringLiteral("America/New_York"));
        QVERIFY(inside.lockFollowsDst);
        QCOMPARE(inside.code, QStringLiteral("1234567"));
        QCOMPARE(read.at(2).outcome, HistoryEntry::Outcome::InDoubt);
        HistoryEntry found;
        QVERIFY(board.find(inside.id, &found));
        QCOMPARE(found.guestName, QStringLiteral("inside"));
        QVERIFY(!board.find(999999, &found));
        QVERIFY(board.windows({}, utc(14, 0), utc(16, 0)).isEmpty());
    }

    // The read must not walk the whole history nor every code a lock ever had: a seek per lock
    // on (lock, window end).
    void theReadUsesAnIndex()
    {
        const QString address = freshStore();
        QVERIFY(!address.isEmpty());
        Database db;
        QVERIFY2(db.open(address), qPrintable(db.errorText()));
        LockRepository locks(db.connection());
        const QList<qint64> ids = addLocks(locks, 40);
        QCOMPARE(ids.size(), 40);
        HistoryRepository history(db.connection());
        for (int i = 0; i < 400; ++i) {
            HistoryEntry row = code(ids[i % 40], utc(1, 0).addSecs(qint64(i) * 5400), utc(1, 3).addSecs(qint64(i) * 5400),
                                    QStringLiteral("Guest %1").arg(i));
            QVERIFY2(history.add(&row), qPrintable(history.errorText()));
        }
        QString statement = BoardRepository::windowsStatement(ids.mid(0, 20));
        statement.replace(QStringLiteral("window_end_utc > ?"), QStringLiteral("window_end_utc > '2027-07-14T00:00:00Z'"));
        statement.replace(QStringLiteral("window_start_utc < ?"), QStringLiteral("window_start_utc < '2027-07-29T00:00:00Z'"));
        QSqlQuery q(db.connection());
        QString plan;
        if (TestStore::isPostgres()) {
            // A small table is cheaper to scan; what matters is that an index can serve the read.
            QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
            QVERIFY2(q.exec(QStringLiteral("EXPLAIN ") + statement), qPrintable(q.lastError().text()));
            while (q.next())
                plan += q.value(0).toString() + QLatin1Char('\n');
            QVERIFY(q.exec(QStringLiteral("RESET enable_seqscan")));
            QVERIFY2(plan.contains(QLatin1String("Index")), qPrintable(plan));
        } else {
            QVERIFY2(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement), qPrintable(q.lastError().text()));
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QLatin1String("USING INDEX history_lock_window (lock_id=? AND window_end_utc>?)")),
                     qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("SCAN history\n")), qPrintable(plan));
        }
        const QList<HistoryEntry> read = BoardRepository(db.connection()).windows(ids.mid(0, 20), utc(14, 0), utc(29, 0));
        for (const HistoryEntry& row : read) {
            QVERIFY(ids.mid(0, 20).contains(row.lockId));
            QVERIFY(row.windowEndUtc > utc(14, 0));
            QVERIFY(row.windowStartUtc < utc(29, 0));
        }
        QVERIFY(!read.isEmpty());
    }
};

NETCODE_STORE_TEST_MAIN(TestBoardRepository)
#include "tst_board_repository.moc"
