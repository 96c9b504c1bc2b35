#include "Clock.h"
#include "Database.h"
#include "HistoryRepository.h"
#include "HistoryTableModel.h"
#include "LockListModel.h"
#include "LockRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

// Item models checked by Qt's model tester; history pages from SQL instead of loading everything.
class TestModels final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Room 1's i-th code, issued i minutes after 2027-01-01 00:00 UTC and valid for `hours` from then.
    static HistoryEntry row(int i, int firstCode, int hours)
    {
        HistoryEntry e;
        e.issuedAtUtc = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(60 * i);
        e.lockName = QStringLiteral("Room 1");
        e.lockModel = QStringLiteral("KL1060G3");
        e.mode = QStringLiteral("standard");
        e.durationId = 2;
        e.startSent = QStringLiteral("2027-01-01 00:00");
        e.windowStartUtc = e.issuedAtUtc;
        e.windowEndUtc = e.issuedAtUtc.addSecs(hours * 3600);
        e.code = QString::number(firstCode + i);
        return e;
    }

private slots:
    void historyPagesFromSql()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("h.sqlite"))));
        HistoryRepository history(db.connection());
        QSqlDatabase connection = db.connection();
        connection.transaction();
        // Rows a minute apart from midnight; the clock below makes the newest upcoming and the oldest expired.
        const int total = 450;
        static_assert(450 > HistoryTableModel::kPageSize * 2 && 450 % HistoryTableModel::kPageSize != 0);
        for (int i = 0; i < total; ++i) {
            HistoryEntry e = row(i, 1000000, 3);
            e.lockName = QStringLiteral("Room %1").arg(i % 40);
            e.guestName = i == 7 ? QStringLiteral("Needle Guest") : QStringLiteral("Guest %1").arg(i);
            QVERIFY(history.add(&e));
        }
        connection.commit();

        FixedClock clock(QDateTime(QDate(2027, 1, 1), QTime(5, 0), QTimeZone::utc()));
        HistoryTableModel model(history, clock);
        QCOMPARE(model.rowCount(), HistoryTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), HistoryTableModel::kPageSize * 2);
        for (int page = 0; page < total && model.canFetchMore({}); ++page)
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(inserted.size(), total / HistoryTableModel::kPageSize); // the first page came with the model
        // Newest first; status comes from the injected clock.
        QCOMPARE(model.index(0, HistoryTableModel::Code).data().toString(), QStringLiteral("100 0449"));
        QCOMPARE(model.index(0, HistoryTableModel::Status).data().toString(), QStringLiteral("Upcoming"));
        QCOMPARE(model.index(total - 1 - 200, HistoryTableModel::Status).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(total - 1, HistoryTableModel::Status).data().toString(), QStringLiteral("Expired"));

        // The model tester fetches everything it can, so it joins once paging has been checked.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(QStringLiteral("needle"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HistoryTableModel::Guest).data().toString(), QStringLiteral("Needle Guest"));
        model.setSearch(QString());
        QVERIFY(model.rowCount() >= HistoryTableModel::kPageSize);
    }

    // A panel sets its model up (sort, search, filters, the mail column) before the window asks
    // for rows: a model made to read when asked reads nothing until then, and then reads once,
    // with every setting made meanwhile.
    void aModelReadsWhenAskedOnceWithEverySettingMadeMeanwhile()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("asked.sqlite"))));
        HistoryRepository history(db.connection());
        for (int i = 0; i < 30; ++i) {
            HistoryEntry e = row(i, 3000000, 1);
            e.guestName = i % 2 ? QStringLiteral("Odd %1").arg(i) : QStringLiteral("Even %1").arg(i);
            QVERIFY(history.add(&e));
        }
        FixedClock clock(QDateTime(QDate(2027, 1, 1), QTime(5, 0), QTimeZone::utc()));
        HistoryTableModel model(history, clock, nullptr, HistoryTableModel::FirstRead::WhenAsked);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({})); // a view shown before the first read does not read either
        model.sort(HistoryTableModel::Code, Qt::AscendingOrder);
        model.setSearch(QStringLiteral("odd"));
        model.setFilter(HistoryQuery::Status::All, 0, QDate(), QDate());
        model.setMailAttempts(db.connection());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 0);

        model.reload();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.index(0, HistoryTableModel::Code).data().toString(), QStringLiteral("300 0001"));
        QCOMPARE(model.index(0, HistoryTableModel::Guest).data().toString(), QStringLiteral("Odd 1"));
        // From then on a setting reads at once, as for a model that read when made.
        model.setSearch(QStringLiteral("even"));
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.index(0, HistoryTableModel::Guest).data().toString(), QStringLiteral("Even 0"));
    }

    void aStoreThatCannotBeReadLeavesTheRowsOnScreen()
    {
        // A shared store gone away: a reload, a new search or a scroll reads nothing, and what the
        // desk was looking at stays (it is not replaced by an empty history).
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("gone.sqlite"))));
        HistoryRepository history(db.connection());
        for (int i = 0; i < HistoryTableModel::kPageSize + 3; ++i) {
            HistoryEntry e = row(i, 2000000, 1);
            QVERIFY(history.add(&e));
        }
        FixedClock clock(QDateTime(QDate(2027, 1, 1), QTime(5, 0), QTimeZone::utc()));
        HistoryTableModel model(history, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(QStringLiteral("2000001"));
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(QString());
        QCOMPARE(model.rowCount(), HistoryTableModel::kPageSize);
        const QString top = model.index(0, HistoryTableModel::Code).data().toString();

        QSqlDatabase connection = db.connection();
        connection.close();
        bool read = true;
        QVERIFY(history.page(HistoryQuery(), 0, 10, &read).isEmpty());
        QVERIFY(!read);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSearch(QStringLiteral("2000001"));
        model.fetchMore({});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), HistoryTableModel::kPageSize);
        QCOMPARE(model.index(0, HistoryTableModel::Code).data().toString(), top);
        QVERIFY(model.canFetchMore({})); // a failed read is not the history's end

        QVERIFY(connection.open());
        read = false;
        QCOMPARE(history.page(HistoryQuery(), 0, 10, &read).size(), 10);
        QVERIFY(read);
        // The next scroll reads the search typed while the store was away, not more of the old rows.
        model.fetchMore({});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(QString());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), HistoryTableModel::kPageSize + 3);
    }

    void lockListModel()
    {
        LockListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Lock a;
        a.id = 1;
        a.name = QStringLiteral("Room 101");
        a.group = QStringLiteral("First floor");
        Lock b;
        b.id = 2;
        b.name = QStringLiteral("Gate");
        b.model = LockModelId::K3Connect;
        model.setLocks({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(2), 1);
        QVERIFY(model.index(0).data().toString().startsWith(QLatin1String("Room 101\nFirst floor")));
        QVERIFY(model.index(1).data(LockListModel::SearchTextRole).toString().contains(QLatin1String("K3CONNECT")));
        QVERIFY(!model.index(1).data(Qt::AccessibleTextRole).toString().isEmpty());
    }

    // The lock list with its store gone away: a search (ASCII, read in SQL, or accented, read
    // whole), a reload or a scroll reads nothing, and the list the desk had stays; looking for a
    // lock further down gives up instead of asking forever.
    void aLockStoreThatCannotBeReadLeavesTheListOnScreen()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("locks-gone.sqlite"))));
        LockRepository repository(db.connection());
        QList<Lock> locks;
        for (int i = 0; i < LockListModel::kPageSize + 20; ++i) {
            Lock lock;
            lock.name = QStringLiteral("Room %1").arg(1000 + i);
            lock.timecode = QStringLiteral("202604221226");
            lock.lockNumber = QStringLiteral("921239");
            lock.timeZoneId = QStringLiteral("Europe/London");
            locks.append(lock);
        }
        QVERIFY(repository.insertAll(&locks));
        LockListModel model;
        model.setRepository(&repository);
        model.reload();
        QCOMPARE(model.rowCount(), LockListModel::kPageSize);
        const QString first = model.index(0).data().toString();
        const qint64 last = locks.constLast().id; // not read yet: past the first page
        QCOMPARE(model.rowOf(last), -1);

        QSqlDatabase connection = db.connection();
        connection.close();
        bool read = true;
        QVERIFY(repository.page(QString(), 0, 10, &read).isEmpty());
        QVERIFY(!read);
        read = true;
        repository.all(&read);
        QVERIFY(!read);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSearch(locks.constLast().name);
        model.setSearch(QStringLiteral("Zimmer Müller"));
        model.reload();
        model.fetchMore({});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), LockListModel::kPageSize);
        QCOMPARE(model.index(0).data().toString(), first);
        QCOMPARE(model.fetchUntil(last), -1);

        QVERIFY(connection.open());
        model.setSearch(locks.constLast().name);
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(QString());
        QCOMPARE(model.fetchUntil(last), LockListModel::kPageSize + 19);
        // Checked by Qt's model tester once paging has been (it fetches all it can).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connection.close();
        // The 20 locks past the first page, and no other: "Room 11" for rooms 1100 to 1119.
        static_assert(LockListModel::kPageSize % 100 == 0);
        model.setSearch(QStringLiteral("Room %1").arg((1000 + LockListModel::kPageSize) / 100));
        QCOMPARE(model.rowCount(), LockListModel::kPageSize + 20);
        QVERIFY(connection.open());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
    }

    // Names stored with bidi or other invisible controls are shown with those made visible: a
    // right-to-left override cannot make "Room 21" read as "Room 12" in the lists.
    void hostileNamesAreShownWithMarkers()
    {
        const QString rlo = QStringLiteral("\u2039U+202E\u203A");
        LockListModel locks;
        Lock lock;
        lock.id = 1;
        lock.name = QStringLiteral("Room \u202E21");
        lock.group = QStringLiteral("Floor \u20662\u2069");
        locks.setLocks({lock});
        const QString shown = locks.index(0).data().toString();
        QVERIFY2(shown.startsWith(QStringLiteral("Room ") + rlo + QStringLiteral("21\nFloor \u2039U+2066\u203A2\u2039U+2069\u203A")),
                 qPrintable(shown));
        QVERIFY(!shown.contains(QChar(0x202E)));
        QVERIFY(locks.index(0).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Room ") + rlo));
        // Searching still finds the name as typed.
        QVERIFY(locks.index(0).data(LockListModel::SearchTextRole).toString().contains(lock.name));

        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("hostile.sqlite"))));
        HistoryRepository history(db.connection());
        HistoryEntry e;
        e.issuedAtUtc = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
        e.lockName = lock.name;
        e.lockModel = QStringLiteral("KL1060G3");
        e.mode = QStringLiteral("standard");
        e.durationId = 2;
        e.startSent = QStringLiteral("2027-01-01 00:00");
        e.windowStartUtc = e.issuedAtUtc;
        e.windowEndUtc = e.issuedAtUtc.addSecs(3 * 3600);
        e.code = QStringLiteral("1234567");
        e.guestName = QStringLiteral("Ana \u202Exobdraob");
        e.room = QStringLiteral("\u200F12\u200E");
        e.reference = QStringLiteral("BK\u0007\u001b[2J");
        e.issuedBy = QStringLiteral("Tom\u2028Evil");
        QVERIFY(history.add(&e));
        FixedClock clock(QDateTime(QDate(2027, 1, 1), QTime(1, 0), QTimeZone::utc()));
        HistoryTableModel model(history, clock);
        QCOMPARE(model.rowCount(), 1);
        auto cell = [&model](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(HistoryTableModel::Lock), QStringLiteral("Room ") + rlo + QStringLiteral("21"));
        QCOMPARE(cell(HistoryTableModel::Guest), QStringLiteral("Ana ") + rlo + QStringLiteral("xobdraob"));
        QCOMPARE(cell(HistoryTableModel::Room), QStringLiteral("\u2039U+200F\u203A12\u2039U+200E\u203A"));
        QCOMPARE(cell(HistoryTableModel::Reference), QStringLiteral("BK\u2039U+0007\u203A\u2039U+001B\u203A[2J"));
        QCOMPARE(cell(HistoryTableModel::IssuedBy), QStringLiteral("Tom\u2039U+2028\u203AEvil"));
        // The search still matches the stored text.
        model.setSearch(QStringLiteral("xobdraob"));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
