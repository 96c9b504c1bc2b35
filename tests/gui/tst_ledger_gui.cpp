#include "AppSession.h"
#include "Database.h"
#include "CodelocksSimulator.h"
#include "DemoSessionFixture.h"
#include "DialogSeams.h"
#include "DurationCatalogueService.h"
#include "HistoryTableModel.h"
#include "LockListPanel.h"
#include "MainWindow.h"
#include "RequestLedger.h"
#include "RequireChild.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

// What the desk sees of the request ledger: a request in doubt in History with a way to ask again,
// and the same request being issued at another desk shown as such, then answered without a charge.
class TestLedgerGui final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    AppSession* m_session = nullptr;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T* child(const char* name) const
    {
        return requireChild<T>(m_window.get(), name);
    }

    QString shownCode() const { return child<QLabel>("codeLabel")->text(); }
    QString status() const { return child<QLabel>("statusLabel")->text(); }

    // Chooses Room 101 (its lengths fetched first), then the next request is cut after it arrives.
    void chooseRoom101AndIssueIntoACut()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = child<QLineEdit>("lockSearchLineEdit");
        QTest::keyClicks(search, QStringLiteral("Room 101"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(!m_session->durations().isFetching(QStringLiteral("KL1060G3")));
        SimulatorFaults faults;
        faults.dropConnection = true;
        faults.remaining = 1;
        m_session->simulator()->setFaults(faults);
        auto* guest = child<QLineEdit>("guestNameLineEdit");
        guest->setFocus();
        QTest::keyClick(guest, Qt::Key_Return);
    }

    QString codeCell(int row) const
    {
        auto* model = child<QTableView>("historyTableView")->model();
        return model->index(row, HistoryTableModel::Code).data().toString();
    }

private slots:
    void init()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.stop();
    }

    void aCutConnectionIsInDoubtAndCanBeAskedAgain()
    {
        chooseRoom101AndIssueIntoACut();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("retryPushButton")->isVisible(), 10000);
        QVERIFY2(status().contains(QLatin1String("billed")), qPrintable(status()));
        QVERIFY(shownCode().isEmpty());
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 1);

        // History keeps it, says what it is, and offers to ask again.
        QCOMPARE(m_session->history().count(QString()), 1);
        QTRY_COMPARE(codeCell(0), QStringLiteral("— may have been billed, no code received —"));
        auto* view = child<QTableView>("historyTableView");
        view->setFocus();
        view->selectRow(0);
        auto* askAgain = child<QPushButton>("historyAskAgainPushButton");
        QTRY_VERIFY(askAgain->isVisible());
        QVERIFY(askAgain->isEnabled());
        if (const QString dir = qEnvironmentVariable("NETCODE_SCREENSHOT_DIR"); !dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/in-doubt.png"));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(askAgain, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("billed again")));
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 2);
        // The answer settled the row that was in doubt: still one row, now with its code.
        QCOMPARE(m_session->history().count(QString()), 1);
        QTRY_COMPARE(codeCell(0), shownCode());
    }

    void theSameRequestAtAnotherDeskIsAwaitedNotPaidTwice()
    {
        // A first attempt leaves a row in doubt; then "the back office" claims the same request.
        chooseRoom101AndIssueIntoACut();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("retryPushButton")->isVisible(), 10000);
        const qint64 rowId = m_session->history().page(QString(), 0, 1).first().id;
        QSqlQuery claim(m_session->database().connection());
        QVERIFY(claim.exec(QStringLiteral("UPDATE history SET outcome = 'claimed', claimed_by = 'back-office/4242', "
                                          "lease_until_utc = '2099-01-01T00:00:00Z' WHERE id = %1")
                               .arg(rowId)));

        auto* guest = child<QLineEdit>("guestNameLineEdit");
        guest->setFocus();
        QTest::keyClick(guest, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QLatin1String("back-office")), qPrintable(status()), 10000);
        QVERIFY(shownCode().isEmpty());
        if (const QString dir = qEnvironmentVariable("NETCODE_SCREENSHOT_DIR"); !dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/being-issued.png"));

        // The back office's answer arrives: this desk shows it, free of charge.
        RequestLedger backOffice(m_session->database().connection(), QStringLiteral("back-office/4242"));
        QVERIFY(backOffice.recordAnswer(rowId, QStringLiteral("7830719"), 200));
        QTRY_COMPARE_WITH_TIMEOUT(shownCode(), QStringLiteral("783 0719"), 10000);
        QVERIFY(status().contains(QLatin1String("no new charge")));
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 1);
    }

    void rowsWrittenByAnotherProcessAppearByThemselves()
    {
        QCOMPARE(child<QTableView>("historyTableView")->model()->rowCount(), 0);
        // Another program on the same file (its own connection) leaves a request in doubt.
        Database other;
        QVERIFY(other.open(m_fixture.databasePath));
        RequestLedger desk(other.connection(), QStringLiteral("night-desk/77"));
        HistoryEntry request;
        request.issuedAtUtc = m_fixture.clock->nowUtc();
        request.lockName = QStringLiteral("Locker B-7");
        request.lockModel = QStringLiteral("KL1060G3");
        request.mode = QStringLiteral("multi-use");
        request.durationId = 2;
        request.startSent = QStringLiteral("2027-07-14 15:00");
        request.windowStartUtc = request.issuedAtUtc;
        request.windowEndUtc = request.issuedAtUtc.addSecs(3 * 3600);
        request.requestKey = QStringLiteral("api|elsewhere");
        const qint64 id = desk.claim(request, {}, request.issuedAtUtc, 60000).row.id;
        QVERIFY(id > 0);
        QVERIFY(desk.recordInDoubt(id, QStringLiteral("The connection was cut."), 0));
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>("historyTableView")->model()->rowCount(), 1, 10000);
        QCOMPARE(codeCell(0), QStringLiteral("— may have been billed, no code received —"));
    }
};

QTEST_MAIN(TestLedgerGui)
#include "tst_ledger_gui.moc"
