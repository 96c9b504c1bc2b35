// The board driven as a receptionist drives it: opened from the View menu and Ctrl+B, bars for the
// codes of the day, two codes on one door marked, keyboard from bar to bar and Enter to the history
// row, group filter and search, zoom, a dark palette that still reads, new codes followed, and
// only the rows on screen read from the store.
#include "ActionRegistry.h"
#include "AppSession.h"
#include "BoardView.h"
#include "BoardWindow.h"
#include "DemoSessionFixture.h"
#include "HistoryPanel.h"
#include "HistoryTableModel.h"
#include "Languages.h"
#include "MainWindow.h"
#include "RequireChild.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

class TestBoard final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    AppSession* m_session = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QHash<QString, qint64> m_ids; // guest -> history row

    void addRow(const QString& guest, int startOffsetHours, int hours, const QString& lockName,
                HistoryEntry::Outcome outcome = HistoryEntry::Outcome::Issued)
    {
        Lock lock;
        QVERIFY(m_session->locks().findByName(lockName, &lock));
        HistoryEntry e;
        const QDateTime now = m_fixture.clock->nowUtc();
        e.issuedAtUtc = now.addSecs(-600);
        e.lockId = lock.id;
        e.lockName = lock.name;
        e.lockModel = QStringLiteral("KL1060G3");
        e.mode = QStringLiteral("standard");
        e.durationId = 2;
        e.startSent = QStringLiteral("x");
        e.windowStartUtc = now.addSecs(qint64(startOffsetHours) * 3600);
        e.windowEndUtc = e.windowStartUtc.addSecs(qint64(hours) * 3600);
        e.outcome = outcome;
        e.code = outcome == HistoryEntry::Outcome::Issued ? QStringLiteral("%1").arg(1000000 + m_ids.size()) : QString();
        e.guestName = guest;
        e.room = QStringLiteral("12");
        e.source = HistoryEntry::Source::Demo;
        e.demo = true;
        e.lockTimeZone = lock.timeZoneId;
        e.lockFollowsDst = lock.clockFollowsDst;
        QVERIFY(m_session->history().add(&e));
        m_ids.insert(guest, e.id);
    }

    BoardWindow* openBoard()
    {
        m_window->actions().board->trigger();
        auto* board = m_window->findChild<BoardWindow*>(QStringLiteral("boardWindow"));
        if (board)
            (void)QTest::qWaitForWindowExposed(board);
        return board;
    }

    qint64 selectedHistoryId() const
    {
        auto* panel = requireChild<HistoryPanel>(m_window.get(), "historyPanel");
        const QModelIndexList rows = panel->view()->selectionModel()->selectedRows();
        return rows.size() == 1 ? panel->model()->entryAt(rows.first().row())->id : 0;
    }

private slots:
    void initTestCase() { Languages::installDesk(QCoreApplication::instance(), QStringLiteral("en")); }

    void init()
    {
        m_ids.clear();
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
        addRow(QStringLiteral("Ana Active"), -1, 3, QStringLiteral("Room 101"));
        addRow(QStringLiteral("Ben Overlapping"), 1, 3, QStringLiteral("Room 101"));
        addRow(QStringLiteral("Cy Later"), 5, 3, QStringLiteral("Locker A-12"));
        addRow(QStringLiteral("Dee Failed"), 2, 3, QStringLiteral("Locker A-12"), HistoryEntry::Outcome::Failed);
        addRow(QStringLiteral("Eve In Doubt"), 24, 3, QStringLiteral("Storage unit 14"), HistoryEntry::Outcome::InDoubt);
        addRow(QStringLiteral("Fay Last Week"), -24 * 7, 3, QStringLiteral("Storage unit 14"));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.stop();
    }

    void opensFromTheViewMenuAndCtrlB()
    {
        QMenu* viewMenu = nullptr;
        for (QAction* action : m_window->menuBar()->actions())
            if (action->menu() && action->menu()->actions().contains(m_window->actions().board))
                viewMenu = action->menu();
        QVERIFY(viewMenu);
        QCOMPARE(viewMenu->title(), QStringLiteral("Vie&w"));
        QCOMPARE(m_window->actions().board->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
        auto* board = m_window->findChild<BoardWindow*>(QStringLiteral("boardWindow"));
        QVERIFY(board);
        QTRY_VERIFY(board->isVisible());
        QCOMPARE(board->view()->firstDay(), QDate(2027, 7, 14));
        QCOMPARE(board->view()->days(), 15);
    }

    void barsForTheDay()
    {
        BoardWindow* board = openBoard();
        QVERIFY(board);
        BoardView* view = board->view();
        QCOMPARE(view->rowCount(), 4); // the demo locks, by group then name
        // Room 101 (First floor): two codes at once, in two lanes, both marked.
        const QList<BoardBar> room = view->barsOf(0);
        QCOMPARE(room.size(), 2);
        QVERIFY(room.at(0).overlaps && room.at(1).overlaps);
        QCOMPARE(room.at(0).lane, 0);
        QCOMPARE(room.at(1).lane, 1);
        QCOMPARE(room.at(0).historyId, m_ids.value(QStringLiteral("Ana Active")));
        // Locker A-12: the failed request is not a bar.
        const QList<BoardBar> locker = view->barsOf(1);
        QCOMPARE(locker.size(), 1);
        QCOMPARE(locker.first().historyId, m_ids.value(QStringLiteral("Cy Later")));
        QVERIFY(!locker.first().overlaps);
        // Storage unit 14: the request in doubt, and not last week's code.
        const QList<BoardBar> unit = view->barsOf(2);
        QCOMPARE(unit.size(), 1);
        QVERIFY(unit.first().inDoubt);
        QVERIFY(view->barsOf(3).isEmpty());
        // The hover: guest, the window, and the KitLock's own clock (no summer time) where it differs.
        const QString tip = view->barToolTip(0, 0);
        QVERIFY2(tip.contains(QStringLiteral("Ana Active")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Lock clock")), qPrintable(tip));
        QVERIFY2(view->barToolTip(0, 1).contains(QStringLiteral("same time")), qPrintable(view->barToolTip(0, 1)));
        QVERIFY2(view->barToolTip(2, 0).contains(QStringLiteral("In doubt")), qPrintable(view->barToolTip(2, 0)));
    }

    void keyboardToABarAndEnterOpensItsHistoryRow()
    {
        // History hides the row at first: a search for somebody else.
        auto* search = requireChild<QLineEdit>(m_window.get(), "historySearchLineEdit");
        QTest::keyClicks(search, QStringLiteral("Cy"));
        BoardWindow* board = openBoard();
        QVERIFY(board);
        BoardView* view = board->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view->currentRow(), 0);
        QVERIFY(view->currentHistoryId() != 0); // the bar nearest the time in view
        QTest::keyClick(view, Qt::Key_Left);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(view->currentHistoryId(), m_ids.value(QStringLiteral("Ana Active")));
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentHistoryId(), m_ids.value(QStringLiteral("Ben Overlapping")));
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(view->currentHistoryId(), m_ids.value(QStringLiteral("Ana Active")));
        QTest::keyClick(view, Qt::Key_Down); // Locker A-12: its only bar
        QCOMPARE(view->currentRow(), 1);
        QCOMPARE(view->currentHistoryId(), m_ids.value(QStringLiteral("Cy Later")));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentHistoryId(), m_ids.value(QStringLiteral("Eve In Doubt")));
        QTest::keyClick(view, Qt::Key_Down); // no codes on the gate
        QCOMPARE(view->currentRow(), 3);
        QCOMPARE(view->currentHistoryId(), 0);
        QTest::keyClick(view, Qt::Key_Up);
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(view->currentHistoryId(), m_ids.value(QStringLiteral("Cy Later")));
        QTest::keyClick(view, Qt::Key_Up);
        QSignalSpy activated(board, &BoardWindow::entryActivated);
        const qint64 id = view->currentHistoryId();
        QVERIFY(id == m_ids.value(QStringLiteral("Ana Active")) || id == m_ids.value(QStringLiteral("Ben Overlapping")));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), id);
        QCOMPARE(selectedHistoryId(), id);
        QVERIFY(search->text().isEmpty()); // the search that hid it was cleared
    }

    void clickABar()
    {
        BoardWindow* board = openBoard();
        QVERIFY(board);
        BoardView* view = board->view();
        view->setVisibleDays(1);
        view->scrollToNow();
        const QRect rect = view->barRect(1, 0);
        QVERIFY2(!rect.isEmpty(), "Cy's bar is on screen");
        QSignalSpy activated(view, &BoardView::entryActivated);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), m_ids.value(QStringLiteral("Cy Later")));
        QCOMPARE(selectedHistoryId(), m_ids.value(QStringLiteral("Cy Later")));
        // Between bars: nothing opens.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(rect.left() - 30, rect.center().y()));
        QCOMPARE(activated.size(), 1);
        // A double click (what a widget gets: press, release, double-click, release) opens it once.
        activated.clear();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 1);
    }

    void groupsOnceWhateverTheirCase()
    {
        BoardWindow* board = openBoard();
        QVERIFY(board);
        QList<Lock> locks;
        const auto lock = [&locks](const QString& name, const QString& group) {
            Lock l;
            l.id = 9000 + locks.size();
            l.name = name;
            l.group = group;
            locks << l;
        };
        // Interleaved as an import gives them: a neighbour-only check let each spelling through.
        for (int i = 0; i < 200; ++i)
            lock(QStringLiteral("Room 2%1").arg(i, 2, 10, QLatin1Char('0')), i % 2 ? QStringLiteral("floor 2") : QStringLiteral("Floor 2"));
        lock(QStringLiteral("Shed"), QStringLiteral("Bau"));
        lock(QStringLiteral("Barn"), QStringLiteral("Ärger"));
        lock(QStringLiteral("Hut"), QStringLiteral("Anbau"));
        lock(QStringLiteral("Loose"), QString());
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // a German desk
        board->setLocks(locks);
        QLocale::setDefault(previous);
        auto* group = requireChild<QComboBox>(board, "groupComboBox");
        QStringList items;
        for (int i = 0; i < group->count(); ++i)
            items << group->itemText(i);
        // Each once, sorted as the desk's language sorts (German: Ä with the A's, not after Z).
        QCOMPARE(items, QStringList({QStringLiteral("All groups"), QStringLiteral("Anbau"), QStringLiteral("Ärger"),
                                     QStringLiteral("Bau"), QStringLiteral("Floor 2")}));
        group->setCurrentIndex(group->findText(QStringLiteral("Floor 2")));
        QCOMPARE(board->view()->rowCount(), 200); // both spellings
        // Kept across a reload of the locks.
        board->setLocks(locks);
        QCOMPARE(group->currentText(), QStringLiteral("Floor 2"));
    }

    void zoomKeepsTheSelectedBarAndNowInView()
    {
        BoardWindow* board = openBoard();
        QVERIFY(board);
        BoardView* view = board->view();
        view->setFocus();
        view->setVisibleDays(15); // the whole range: everything on screen
        view->setCurrent(1, 0);   // Cy's bar, a few hours from now
        QCOMPARE(view->currentHistoryId(), m_ids.value(QStringLiteral("Cy Later")));
        for (const int days : {7, 3, 1}) {
            QTest::keyClick(view, Qt::Key_Plus);
            QCOMPARE(view->visibleDays(), days);
            QVERIFY2(!view->barRect(1, 0).isEmpty(), qPrintable(QStringLiteral("the selected bar is off screen at %1 days").arg(days)));
        }
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(!view->barRect(1, 0).isEmpty());
        // Nothing selected (the gate has no codes): the now line stays, and Ana's code across it.
        view->setCurrent(3, -1);
        view->setVisibleDays(15);
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        QCOMPARE(view->visibleDays(), 1);
        QVERIFY2(!view->barRect(0, 0).isEmpty(), "the code working now is off screen");
        // Ctrl+wheel: around the time under the mouse.
        view->setVisibleDays(7);
        view->setCurrent(3, -1);
        const QPoint at = view->barRect(1, 0).center();
        QVERIFY(!at.isNull());
        QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QCOMPARE(view->visibleDays(), 3);
        const QRect after = view->barRect(1, 0);
        QVERIFY2(after.left() <= at.x() && at.x() <= after.right(), "the bar under the mouse moved away");
    }

    void groupFilterAndSearch()
    {
        BoardWindow* board = openBoard();
        QVERIFY(board);
        BoardView* view = board->view();
        auto* group = requireChild<QComboBox>(board, "groupComboBox");
        QCOMPARE(group->count(), 4); // all, and three groups
        group->setCurrentIndex(group->findText(QStringLiteral("Self storage")));
        QCOMPARE(view->rowCount(), 2);
        group->setCurrentIndex(0);
        auto* search = requireChild<QLineEdit>(board, "searchLineEdit");
        QTest::keyClicks(search, QStringLiteral("a-12"));
        QTRY_COMPARE(view->rowCount(), 1);
        QCOMPARE(view->barsOf(0).first().historyId, m_ids.value(QStringLiteral("Cy Later")));
        search->clear();
        QTRY_COMPARE(view->rowCount(), 4);
        QTest::keyClicks(search, QStringLiteral("nothing like it"));
        QTRY_COMPARE(view->rowCount(), 0);
        QVERIFY(!view->viewport()->grab().isNull()); // paints its empty state
    }

    void zoom()
    {
        BoardWindow* board = openBoard();
        QVERIFY(board);
        BoardView* view = board->view();
        auto* zoom = requireChild<QComboBox>(board, "zoomComboBox");
        QCOMPARE(view->visibleDays(), 3);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Plus);
        QCOMPARE(view->visibleDays(), 1);
        QCOMPARE(zoom->currentData().toInt(), 1);
        view->scrollToNow();
        const int dayWide = view->barRect(1, 0).width();
        QTest::keyClick(view, Qt::Key_Minus);
        QTest::keyClick(view, Qt::Key_Minus);
        QCOMPARE(view->visibleDays(), 7);
        view->scrollToNow();
        QVERIFY2(view->barRect(1, 0).width() < dayWide, "a week's zoom draws the bar narrower");
        zoom->setCurrentIndex(zoom->findData(15));
        QCOMPARE(view->visibleDays(), 15);
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0); // the whole range fits
        QWheelEvent wheel(QPointF(300, 100), view->viewport()->mapToGlobal(QPointF(300, 100)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QCOMPARE(view->visibleDays(), 7);
    }

    void followsNewCodes()
    {
        BoardWindow* board = openBoard();
        QVERIFY(board);
        BoardView* view = board->view();
        QVERIFY(view->barsOf(3).isEmpty());
        addRow(QStringLiteral("Gil New"), 2, 3, QStringLiteral("Unit 7 gate"));
        // History is read again whenever codes are written here or at another desk.
        requireChild<HistoryPanel>(m_window.get(), "historyPanel")->reload();
        QCOMPARE(view->barsOf(3).size(), 1);
        QCOMPARE(view->barsOf(3).first().historyId, m_ids.value(QStringLiteral("Gil New")));
        // After midnight the board starts at the new today.
        m_fixture.clock->advanceSecs(24 * 3600);
        board->refresh();
        QCOMPARE(view->firstDay(), QDate(2027, 7, 15));
    }

    void readableOnADarkPalette()
    {
        BoardWindow* board = openBoard();
        QVERIFY(board);
        BoardView* view = board->view();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        board->setPalette(dark);
        view->setVisibleDays(1);
        view->scrollToNow();
        const QRect bar = view->barRect(1, 0); // Cy: upcoming, plain
        QVERIFY(!bar.isEmpty());
        const QImage image = view->viewport()->grab().toImage();
        const QColor background = image.pixelColor(bar.left() - 20, bar.center().y());
        const QColor fill = image.pixelColor(bar.right() - 8, bar.top() + 2);
        QVERIFY2(qAbs(fill.lightness() - background.lightness()) > 40 || fill.hue() != background.hue(),
                 qPrintable(fill.name() + QLatin1Char(' ') + background.name()));
        // The label is drawn in a colour far from the bar's.
        int textPixels = 0;
        for (int x = bar.left(); x < bar.right(); ++x)
            for (int y = bar.top(); y < bar.bottom(); ++y)
                if (qAbs(image.pixelColor(x, y).lightness() - fill.lightness()) > 80)
                    ++textPixels;
        QVERIFY2(textPixels > 20, "the bar's label shows on the dark palette");
        // And the lock names on the left.
        int namePixels = 0;
        const QColor nameBackground = image.pixelColor(2, bar.center().y());
        for (int x = 0; x < 80; ++x)
            for (int y = bar.top(); y < bar.bottom(); ++y)
                if (qAbs(image.pixelColor(x, y).lightness() - nameBackground.lightness()) > 80)
                    ++namePixels;
        QVERIFY2(namePixels > 20, "lock names show on the dark palette");
    }

    // Thousands of locks: the board reads the rows on screen (and a screen either side), a few
    // reads for a scroll from top to bottom, never one per lock.
    void readsOnlyTheRowsOnScreen()
    {
        QList<Lock> many;
        for (int i = 0; i < 3000; ++i) {
            Lock lock;
            lock.name = QStringLiteral("Bay %1").arg(i);
            lock.group = QStringLiteral("Zeta yard");
            lock.timecode = QStringLiteral("202604221226");
            lock.lockNumber = QString::number(200000 + i);
            many << lock;
        }
        QVERIFY(m_session->locks().insertAll(&many));
        BoardWindow* board = openBoard();
        QVERIFY(board);
        board->setLocks(m_session->locks().all());
        BoardView* view = board->view();
        QCOMPARE(view->rowCount(), 3004);
        QTRY_VERIFY(view->storeReads() > 0);
        const int afterOpen = view->storeReads();
        QVERIFY2(afterOpen <= 2, qPrintable(QString::number(afterOpen)));
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QVERIFY(!view->viewport()->grab().isNull());
        QVERIFY2(view->storeReads() <= afterOpen + 2, qPrintable(QString::number(view->storeReads())));
        // A code for the last row, read once the board is told codes changed.
        addRow(QStringLiteral("Hal Far Down"), 2, 3, view->lockAt(3003).name);
        board->refresh();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view->currentRow(), 3003);
        QCOMPARE(view->currentHistoryId(), m_ids.value(QStringLiteral("Hal Far Down")));
    }
};

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
