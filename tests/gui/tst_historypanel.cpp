#include "ActionRegistry.h"
#include "AppSession.h"
#include "DemoSessionFixture.h"
#include "HistoryPanel.h"
#include "DialogSeams.h"
#include "HistoryTableModel.h"
#include "IssuePanel.h"
#include "Languages.h"
#include "LockListPanel.h"
#include "MainWindow.h"
#include "RequireChild.h"
#include "TestStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

// The history panel and the data actions around it: filters, sorting, export, lock import, issue
// again, backups and the retention policy.
class TestHistoryPanel final : public QObject {
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

    QTableView* table() const { return child<QTableView>("historyTableView"); }

    void addRow(const QString& guest, int startOffsetHours, const QString& lockName, bool failed = false)
    {
        Lock lock;
        QVERIFY(m_session->locks().findByName(lockName, &lock));
        HistoryEntry e;
        const QDateTime now = m_fixture.clock->nowUtc();
        e.issuedAtUtc = now.addSecs(qint64(startOffsetHours) * 3600 - 1800);
        e.lockId = lock.id;
        e.lockName = lock.name;
        e.lockModel = QStringLiteral("KL1060G3");
        e.mode = QStringLiteral("standard");
        e.durationId = 2;
        e.durationLabel = QStringLiteral("3 hours");
        e.startSent = QStringLiteral("x");
        e.windowStartUtc = now.addSecs(qint64(startOffsetHours) * 3600);
        e.windowEndUtc = e.windowStartUtc.addSecs(3 * 3600);
        e.code = failed ? QString() : QStringLiteral("1234567");
        e.outcome = failed ? HistoryEntry::Outcome::Failed : HistoryEntry::Outcome::Issued;
        e.guestName = guest;
        e.room = QStringLiteral("12");
        e.source = HistoryEntry::Source::Demo;
        e.demo = true;
        QVERIFY(m_session->history().add(&e));
    }

private slots:
    // As the app does at start: English speaks through its catalogue for plural forms.
    void initTestCase() { Languages::installDesk(QCoreApplication::instance(), QStringLiteral("en")); }

    void init()
    {
        const QString error = m_fixture.start({{QStringLiteral("history/retentionDays"), 0}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
        addRow(QStringLiteral("Ana Active"), -1, QStringLiteral("Room 101"));
        addRow(QStringLiteral("Ben Upcoming"), 5, QStringLiteral("Locker A-12"));
        addRow(QStringLiteral("Cy Expired"), -30, QStringLiteral("Room 101"));
        addRow(QStringLiteral("Dee Failed"), 2, QStringLiteral("Locker A-12"), true);
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.stop();
    }

    void filtersAndSorting()
    {
        QCOMPARE(table()->model()->rowCount(), 4);
        auto* status = child<QComboBox>("historyStatusComboBox");
        status->setCurrentIndex(status->findText(QStringLiteral("Active now")));
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->index(0, HistoryTableModel::Guest).data().toString(), QStringLiteral("Ana Active"));
        status->setCurrentIndex(status->findText(QStringLiteral("Failed")));
        QCOMPARE(table()->model()->index(0, HistoryTableModel::Guest).data().toString(), QStringLiteral("Dee Failed"));
        status->setCurrentIndex(0);

        auto* lock = child<QComboBox>("historyLockComboBox");
        lock->setFocus(); // filled when first used
        QTRY_VERIFY(lock->count() > 1);
        lock->setCurrentIndex(lock->findText(QStringLiteral("Locker A-12")));
        QCOMPARE(table()->model()->rowCount(), 2);
        lock->setCurrentIndex(0);

        // Sorting by a column header, both ways.
        table()->sortByColumn(HistoryTableModel::Guest, Qt::AscendingOrder);
        QCOMPARE(table()->model()->index(0, HistoryTableModel::Guest).data().toString(), QStringLiteral("Ana Active"));
        table()->sortByColumn(HistoryTableModel::Guest, Qt::DescendingOrder);
        QCOMPARE(table()->model()->index(0, HistoryTableModel::Guest).data().toString(), QStringLiteral("Dee Failed"));

        // Search as you type, within the filters.
        QTest::keyClicks(child<QLineEdit>("historySearchLineEdit"), QStringLiteral("upcom"));
        QTRY_COMPARE(table()->model()->rowCount(), 1);
    }

    // A row revealed from the board or the watch list (here: written after the columns were sized)
    // shows its code whole, with the shared mark, and its status whole.
    void columnsFitRowsThatArriveLater()
    {
        auto* panel = requireChild<HistoryPanel>(m_window.get(), "historyPanel");
        const HistoryEntry* first = panel->model()->entryAt(0);
        QVERIFY(first);
        HistoryEntry e = *first;
        e.id = 0;
        e.guestName = QStringLiteral("Shares With Ana");
        e.sharesCodeWith = first->id; // "⚠ 123 4567 · shared": wider than any code sized at start
        e.windowStartUtc = m_fixture.clock->nowUtc().addSecs(-7200);
        e.windowEndUtc = m_fixture.clock->nowUtc().addSecs(3600);
        QVERIFY(m_session->history().add(&e));
        QVERIFY(panel->revealEntry(e.id));
        const QModelIndexList rows = table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        for (const int column : {int(HistoryTableModel::Code), int(HistoryTableModel::Status), int(HistoryTableModel::Window)}) {
            const QModelIndex index = table()->model()->index(rows.first().row(), column);
            QTRY_VERIFY2(table()->columnWidth(column) >= table()->sizeHintForIndex(index).width(),
                         qPrintable(QStringLiteral("column %1 cuts \"%2\" short").arg(column).arg(index.data().toString())));
        }
    }

    // Shift+F10 opens History's menu (Copy code, Reprint, Email…) where there is no Menu key, and
    // the lock list's.
    void shiftF10OpensTheContextMenus()
    {
        QStringList shown;
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [&shown] {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                for (QAction* action : menu->actions())
                    shown << action->text();
                menu->close();
            }
        });
        closer.start();
        table()->setFocus();
        table()->selectRow(0);
        QTest::keyClick(table(), Qt::Key_F10, Qt::ShiftModifier);
        QVERIFY2(shown.contains(QStringLiteral("Copy code")), qPrintable(shown.join(QLatin1Char('|'))));
        shown.clear();
        auto* locks = child<QListView>("lockListView");
        locks->setFocus();
        QTest::keyClick(locks, Qt::Key_F10, Qt::ShiftModifier);
        QVERIFY2(!shown.isEmpty(), "the lock list's menu did not open");
    }

    // A code is read off a slip or the screen grouped ("123 4567"): searching for it so finds it,
    // and a search that finds nothing says so instead of showing an empty table.
    void aCodeAsShownIsFoundAndNoMatchesIsSaid()
    {
        auto* search = child<QLineEdit>("historySearchLineEdit");
        auto* empty = child<QLabel>("historyEmptyLabel");
        QVERIFY(!empty->isVisible());
        QTest::keyClicks(search, QStringLiteral("123 4567"));
        QTRY_COMPARE(table()->model()->rowCount(), 3); // the failed row has no code
        QVERIFY(!empty->isVisible());
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nobody"));
        QTRY_COMPARE(table()->model()->rowCount(), 0);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QString::fromUtf8("No codes match “nobody”")), qPrintable(empty->text()));
        search->clear();
        QTRY_COMPARE(table()->model()->rowCount(), 4);
        QVERIFY(!empty->isVisible());
        auto* status = child<QComboBox>("historyStatusComboBox");
        status->setCurrentIndex(status->findText(QStringLiteral("In doubt")));
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QLatin1String("these filters")), qPrintable(empty->text()));
    }

    // A code for another year says which year; an End Date code's length is its last day.
    void validAndLengthColumnsForOtherYearsAndEndDates()
    {
        Lock lock;
        QVERIFY(m_session->locks().findByName(QStringLiteral("Room 101"), &lock));
        const QDateTime now = m_fixture.clock->nowUtc();
        const QTimeZone london("Europe/London");
        const QDate nextYear(now.toTimeZone(london).date().year() + 1, 1, 5);
        HistoryEntry e;
        e.issuedAtUtc = now;
        e.lockId = lock.id;
        e.lockName = lock.name;
        e.lockModel = QStringLiteral("KL1060G3");
        e.mode = QStringLiteral("end-date");
        e.durationId = 9;
        e.startSent = QStringLiteral("x");
        e.windowStartUtc = now.addSecs(3600);
        e.windowEndUtc = QDateTime(nextYear.addDays(1), QTime(0, 0), london).toUTC(); // works until the end of 5 Jan
        e.lockTimeZone = QStringLiteral("Europe/London");
        e.lockFollowsDst = true;
        e.code = QStringLiteral("7654321");
        e.guestName = QStringLiteral("Eve End Date");
        e.source = HistoryEntry::Source::Demo;
        e.demo = true;
        QVERIFY(m_session->history().add(&e));
        QTest::keyClicks(child<QLineEdit>("historySearchLineEdit"), QStringLiteral("Eve End"));
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(e.issueMode(), IssueMode::EndDate);
        const QString valid = table()->model()->index(0, HistoryTableModel::Window).data().toString();
        QVERIFY2(valid.contains(QString::number(nextYear.year())), qPrintable(valid));
        const QString length = table()->model()->index(0, HistoryTableModel::Length).data().toString();
        QVERIFY2(length.contains(QLatin1String("5 Jan")) && length.contains(QString::number(nextYear.year())), qPrintable(length));
        // This year's codes carry no year.
        const QString thisYear = QString::number(now.toTimeZone(london).date().year());
        child<QLineEdit>("historySearchLineEdit")->clear();
        QTRY_COMPARE(table()->model()->rowCount(), 5);
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (table()->model()->index(row, HistoryTableModel::Guest).data().toString() == QLatin1String("Ana Active"))
                QVERIFY(!table()->model()->index(row, HistoryTableModel::Window).data().toString().contains(thisYear));
        }
    }

    void codesIssuedElsewhereWhileScrollingShowNothingTwice()
    {
        // A shared store gains rows at the top while a desk scrolls down: the next page continues
        // after the last row shown, where counting rows from the top would show some again.
        for (int i = 0; i < HistoryTableModel::kPageSize + 20; ++i)
            addRow(QStringLiteral("Guest %1").arg(i), -40 - i, QStringLiteral("Room 101"));
        HistoryTableModel model(m_session->history(), *m_fixture.clock);
        QCOMPARE(model.rowCount(), HistoryTableModel::kPageSize);
        for (int i = 0; i < 3; ++i)
            addRow(QStringLiteral("Newer %1").arg(i), 10 + i, QStringLiteral("Room 101"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const HistoryEntry* e = model.entryAt(row);
            QVERIFY(e);
            QVERIFY2(!ids.contains(e->id), qPrintable(QStringLiteral("row %1 shown twice").arg(row)));
            ids.insert(e->id);
        }
        QCOMPARE(model.rowCount(), HistoryTableModel::kPageSize + 20 + 4); // and the four from init
        QVERIFY(!model.canFetchMore({}));
    }

    void exportWhatIsShown()
    {
        auto* status = child<QComboBox>("historyStatusComboBox");
        status->setCurrentIndex(status->findText(QStringLiteral("Expired")));
        const QString path = m_fixture.filePath(QStringLiteral("expired.json"));
        FileDialog::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>("historyExportPushButton"), Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("guest")).toString(), QStringLiteral("Cy Expired"));
    }

    void issueAgainForANewWindow()
    {
        table()->selectRow(0); // newest first: "Ben Upcoming" on Locker A-12
        const QString guest = table()->model()->index(0, HistoryTableModel::Guest).data().toString();
        QTest::mouseClick(child<QPushButton>("historyIssueAgainPushButton"), Qt::LeftButton);
        QCOMPARE(m_window->findChild<LockListPanel*>()->currentLock()->name,
                 table()->model()->index(0, HistoryTableModel::Lock).data().toString());
        QCOMPARE(child<QLineEdit>("guestNameLineEdit")->text(), guest);
        QVERIFY(child<QDateTimeEdit>("startDateTimeEdit")->hasFocus());
    }

    void importLocksReportsBadRowsAndAsksFirst()
    {
        const QString path = m_fixture.filePath(QStringLiteral("locks.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,model,timecode,lock_id\r\nBank 1,KL1060G3,202604221226,921239\r\nBank 2,KL1060G3,2026,5\r\n");
        file.close();
        const int before = m_session->locks().count();
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::No);
        m_window->actions().importLocks->trigger();
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Row 2, column timecode")));
        QCOMPARE(m_session->locks().count(), before); // nothing until the user accepts
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_window->actions().importLocks->trigger();
        QCOMPARE(m_session->locks().count(), before + 1);
    }

    void backupNowAndTheRetentionPolicy()
    {
        QTRY_VERIFY(!m_session->isMaintenanceRunning()); // the check made at start-up
        QSignalSpy done(m_session, &AppSession::maintenanceFinished);
        m_window->actions().backupNow->trigger();
        QTRY_VERIFY(!done.isEmpty());
        QVERIFY2(QFile::exists(done.last().at(2).toString()), qPrintable(done.last().at(2).toString() + QLatin1Char(' ') + done.last().at(3).toString() + QString::number(done.size())));

        m_session->site().setHistoryRetentionDays(1, QStringLiteral("Manager"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_window->offerRetention();
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("kept for 1 day. Delete the 1 code issued")), qPrintable(MessageBox::lastText()));
        QCOMPARE(m_session->history().count(QString()), 3);
    }
};

// Backups and the retention run are the file's (a shared store is backed up with pg_dump).
NETCODE_STORE_TEST_MAIN_WITH(QApplication, TestHistoryPanel, "backupNowAndTheRetentionPolicy")
#include "tst_historypanel.moc"
