#include "ActionRegistry.h"
#include "AppSession.h"
#include "BatchIssueDialog.h"
#include "BatchIssuer.h"
#include "CodelocksSimulator.h"
#include "DemoSessionFixture.h"
#include "DialogSeams.h"
#include "MainWindow.h"
#include "TestOrders.h"

#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// Several locks at once: the billed-request count before sending, the results as a sheet and a CSV.
class TestBatchIssue final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;

private slots:
    void init() { QVERIFY(m_fixture.start().isEmpty()); }
    void cleanup() { m_fixture.stop(); }

    void theBilledRequestsAreCountedBeforeSending()
    {
        AppSession& session = *m_fixture.session;
        Lock a = testKitLock(QStringLiteral("Bank 1"));
        Lock b = testKitLock(QStringLiteral("Bank 2"));
        b.lockNumber = QStringLiteral("921240");
        QVERIFY(session.locks().insert(&a));
        QVERIFY(session.locks().insert(&b));
        const QList<IssueOrder> orders = {testOrder(a, QDate(2027, 7, 14), QTime(15, 0), 2, m_fixture.clock->nowUtc()),
                                          testOrder(b, QDate(2027, 7, 14), QTime(15, 0), 2, m_fixture.clock->nowUtc())};
        BatchIssuer live(session.issuer(), session.history(), false);
        QCOMPARE(live.billedRequests(orders), 2);
        // Bank 1's code for this window is already in history from the real service: free now.
        HistoryEntry known;
        known.issuedAtUtc = m_fixture.clock->nowUtc();
        known.lockName = a.name;
        known.lockModel = QStringLiteral("KL1060G3");
        known.mode = QStringLiteral("standard");
        known.durationId = 2;
        known.startSent = orders.first().plan.startString;
        known.windowStartUtc = orders.first().plan.windowStartUtc;
        known.windowEndUtc = orders.first().plan.windowEndUtc;
        known.code = QStringLiteral("1234567");
        known.requestPathId = a.pathId();
        known.requestIdentifier = a.lockNumber;
        known.source = HistoryEntry::Source::Api;
        QVERIFY(session.history().add(&known));
        QCOMPARE(live.billedRequests(orders), 1);
        BatchIssuer demo(session.issuer(), session.history(), true);
        QCOMPARE(demo.billedRequests(orders), 0);
    }

    void issueForAGroupFromTheWindow()
    {
        MainWindow window(*m_fixture.session);
        window.show();
        const QString csv = m_fixture.filePath(QStringLiteral("group.csv"));
        const QString pdf = m_fixture.filePath(QStringLiteral("group.pdf"));
        int rows = 0;
        QString summary;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<BatchIssueDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* locks = dialog->findChild<QListWidget*>(QStringLiteral("batchLocksListWidget"));
            for (int i = 0; i < locks->count(); ++i)
                locks->item(i)->setCheckState(Qt::Checked); // every standard lock: Room 101 and Unit 7 gate
            summary = dialog->findChild<QLabel*>(QStringLiteral("batchSummaryLabel"))->text();
            dialog->findChild<QDateTimeEdit*>(QStringLiteral("batchStartDateTimeEdit"))
                ->setDateTime(QDateTime(QDate(2027, 7, 14), QTime(16, 0), QTimeZone::utc()));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("batchIssuePushButton")), Qt::LeftButton);
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("batchResultsTableWidget"));
            QTRY_COMPARE(table->rowCount(), 2);
            rows = table->rowCount();
            FileDialog::setNextFileName(csv);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("batchCsvPushButton")), Qt::LeftButton);
            FileDialog::setNextFileName(pdf);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("batchPrintPushButton")), Qt::LeftButton);
            dialog->reject();
        });
        window.actions().batchIssue->trigger();
        QCOMPARE(rows, 2);
        QVERIFY2(summary.contains(QLatin1String("nothing is billed")), qPrintable(summary));
        QCOMPARE(m_fixture.session->history().count(QString()), 2);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).contains(QLatin1String("issued")));
        QProcess toText;
        toText.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(toText.waitForFinished(20000));
        const QString sheet = QString::fromUtf8(toText.readAllStandardOutput());
        QVERIFY(sheet.contains(QLatin1String("Room 101")));
        QVERIFY(sheet.contains(QLatin1String("Unit 7 gate")));
        QVERIFY(sheet.contains(QLatin1String("DEMO")));
    }
};

QTEST_MAIN(TestBatchIssue)
#include "tst_batchissue.moc"
