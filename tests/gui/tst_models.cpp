#include "Clock.h"
#include "Database.h"
#include "HistoryRepository.h"
#include "HistoryTableModel.h"
#include "LockListModel.h"

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

private slots:
    void historyPagesFromSql()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("h.sqlite"))));
        HistoryRepository history(db.connection());
        QSqlDatabase connection = db.connection();
        connection.transaction();
        const int total = HistoryTableModel::kPageSize * 2 + 50;
        for (int i = 0; i < total; ++i) {
            HistoryEntry e;
            e.issuedAtUtc = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(60 * i);
            e.lockName = QStringLiteral("Room %1").arg(i % 40);
            e.lockModel = QStringLiteral("KL1060G3");
            e.mode = QStringLiteral("standard");
            e.durationId = 2;
            e.startSent = QStringLiteral("2027-01-01 00:00");
            e.windowStartUtc = e.issuedAtUtc;
            e.windowEndUtc = e.issuedAtUtc.addSecs(3 * 3600);
            e.code = QStringLiteral("%1").arg(1000000 + i);
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
        model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(inserted.size(), 2);
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
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
