#include "AppSession.h"
#include "CodelocksSimulator.h"
#include "HistoryPanel.h"
#include "HistoryTableModel.h"
#include "IssueService.h"
#include "Languages.h"
#include "MailAttemptRepository.h"
#include "MainWindow.h"
#include "RequireChild.h"
#include "SecretStore.h"
#include "TestOrders.h"
#include "WatchList.h"
#include "WatchListPanel.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The day's watch list on the main window: it shows what needs a look today, each item leads to
// its History row, a code issued here shows up on it, and time passing takes a passed deadline off.
namespace {
const QTimeZone kLondon("Europe/London");

HistoryEntry seeded(const QString& guest, const QDateTime& issuedUtc, const QDateTime& startUtc, const QDateTime& endUtc)
{
    HistoryEntry e;
    e.issuedAtUtc = issuedUtc;
    e.issuedBy = QStringLiteral("sam");
    e.lockName = QStringLiteral("Room ") + guest;
    e.lockModel = QStringLiteral("KL1060G3");
    e.mode = QStringLiteral("standard");
    e.durationId = 2;
    e.startSent = startUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + guest;
    e.windowStartUtc = startUtc;
    e.windowEndUtc = endUtc;
    e.code = QStringLiteral("7654321");
    e.guestName = guest;
    e.room = QStringLiteral("4");
    e.source = HistoryEntry::Source::Api;
    return e;
}

QStringList texts(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

int indexOf(const QListWidget* list, const QString& part)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(part))
            return i;
    }
    return -1;
}

// A desk on a live (simulated) service with a quota, its clock pinned to Wednesday 14 July 2027,
// 14:20 in London (BST).
struct Desk {
    QTemporaryDir dir;
    CodelocksSimulator service;
    MemorySecretStore secrets;
    FixedClock clock{QDateTime(QDate(2027, 7, 14), QTime(14, 20), kLondon)};
    AppSession session;
    bool started = false;

    // Empty when the desk is up, else why not.
    QString start()
    {
        if (started)
            return {};
        if (!service.start())
            return QStringLiteral("the simulator did not start");
        const QString key = QStringLiteral("Watch0Key1Watch2Key3Watch4Key5Watch6Key7");
        service.setRequiredApiKey(key);
        const QString settingsPath = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(QStringLiteral("api/host"), service.baseUrl().toString());
            settings.setValue(QStringLiteral("api/monthlyQuota"), 5);
            settings.setValue(QStringLiteral("desk/timeZone"), QStringLiteral("Europe/London"));
            settings.setValue(QStringLiteral("desk/firstRunDone"), true);
            settings.setValue(QStringLiteral("slip/propertyName"), QStringLiteral("Harbour View Hotel"));
        }
        AppSession::Options options;
        options.databasePath = dir.filePath(QStringLiteral("db.sqlite"));
        options.settingsPath = settingsPath;
        options.apiKey = key;
        options.secrets = &secrets;
        options.clock = &clock;
        QString error;
        started = session.start(options, &error);
        return started ? QString() : error;
    }
};
} // namespace

class TestWatchListGui final : public QObject {
    Q_OBJECT

private slots:
    void watchesTheDay()
    {
        Desk desk;
        QVERIFY2(desk.start().isEmpty(), qPrintable(desk.start()));
        AppSession& session = desk.session;
        FixedClock& clock = desk.clock;

        const QDateTime now = clock.nowUtc();
        // A long rental issued weeks ago whose first use is due in an hour: below a page of newer
        // codes in History, so reaching it takes paging.
        HistoryEntry rental = seeded(QStringLiteral("Rental"), now.addDays(-20), now.addSecs(-23 * 3600), now.addDays(30));
        rental.mode = QStringLiteral("medium_term");
        rental.firstUseByUtc = now.addSecs(3600); // 15:20
        QVERIFY(session.history().add(&rental));
        for (int i = 0; i < HistoryTableModel::kPageSize + 30; ++i) {
            HistoryEntry old = seeded(QStringLiteral("Old%1").arg(i), now.addDays(-10).addSecs(i * 60),
                                      now.addDays(-10), now.addDays(-9));
            QVERIFY(session.history().add(&old));
        }
        HistoryEntry ending = seeded(QStringLiteral("Ana"), now.addSecs(-4 * 3600), now.addSecs(-3 * 3600),
                                     QDateTime(QDate(2027, 7, 14), QTime(17, 0), kLondon));
        QVERIFY(session.history().add(&ending));
        HistoryEntry doubt = seeded(QStringLiteral("Ben"), now.addSecs(-600), now.addSecs(3600), now.addSecs(4 * 3600));
        doubt.outcome = HistoryEntry::Outcome::InDoubt;
        doubt.requestKey = QStringLiteral("ben-key");
        QVERIFY(session.history().add(&doubt));

        MainWindow window(session);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* panel = requireChild<WatchListPanel>(&window, "watchListPanel");
        auto* list = requireChild<QListWidget>(&window, "watchListWidget");
        auto* watch = requireChild<WatchList>(&window, "watchList");
        auto* counts = requireChild<QLabel>(&window, "watchListCountsLabel");
        QVERIFY(panel->isVisible());
        QCOMPARE(list->count(), 3);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("Room Ben")), qPrintable(texts(list).join(u'\n')));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("15:20")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("Room Rental")));
        QVERIFY(list->item(2)->text().contains(QStringLiteral("17:00")));
        QVERIFY(counts->text().contains(QStringLiteral("1 in doubt")));
        QVERIFY(!list->item(0)->toolTip().isEmpty());

        // A search that hides the row does not stop the item from reaching it.
        auto* history = requireChild<HistoryPanel>(&window, "historyPanel");
        auto* search = requireChild<QLineEdit>(&window, "historySearchLineEdit");
        QTest::keyClicks(search, QStringLiteral("Old12"));
        QTRY_VERIFY(history->model()->rowCount() < HistoryTableModel::kPageSize);
        const QRect rentalRect = list->visualItemRect(list->item(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rentalRect.center());
        const auto selectedId = [history]() -> qint64 {
            const QModelIndexList rows = history->view()->selectionModel()->selectedRows();
            return rows.isEmpty() ? 0 : history->model()->entryAt(rows.first().row())->id;
        };
        QTRY_COMPARE(selectedId(), rental.id);
        QVERIFY(search->text().isEmpty());

        // By keyboard: the shortcut to the list, then Enter on an item.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(list->hasFocus());
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(selectedId(), ending.id);

        // A code issued here for this afternoon ends today: it joins the list at once.
        Lock lock = testKitLock(QStringLiteral("Room 9"));
        QVERIFY(session.locks().insert(&lock));
        const IssueOrder order = testOrder(lock, QDate(2027, 7, 14), QTime(15, 0), 2, clock.nowUtc());
        QSignalSpy done(&session.issuer(), &IssueService::finished);
        QVERIFY(session.issuer().issue(order));
        QTRY_COMPARE(done.size(), 1);
        QTRY_COMPARE(list->count(), 4);
        QVERIFY2(indexOf(list, QStringLiteral("Room 9")) >= 0, qPrintable(texts(list).join(u'\n')));
        // Items of one kind share one icon, made once (the style reads its image files on each
        // call: on a busy day, tens of megabytes): Ana's and Room 9's both end today.
        const qint64 endingIcon = list->item(indexOf(list, QStringLiteral("Room Ana")))->icon().cacheKey();
        QCOMPARE(list->item(indexOf(list, QStringLiteral("Room 9")))->icon().cacheKey(), endingIcon);
        watch->refresh();
        QCOMPARE(list->item(indexOf(list, QStringLiteral("Room Ana")))->icon().cacheKey(), endingIcon);

        // The minute timer waits for the start of the next minute on the desk's clock.
        auto* minute = watch->findChild<QTimer*>();
        QVERIFY(minute && minute->isActive());
        // (Its interval, not its remaining time: a coarse timer may fire up to 5 % late, and
        // remainingTime() counts to that later moment.)
        QCOMPARE(minute->interval(), int(60000 - clock.nowUtc().toMSecsSinceEpoch() % 60000 + 250));

        // An hour and a minute later the deadline has passed: it leaves the list.
        clock.advanceSecs(3660);
        watch->refresh(); // what the minute timer does
        QCOMPARE(indexOf(list, QStringLiteral("Room Rental")), -1);
        QVERIFY(indexOf(list, QStringLiteral("Room Ana")) >= 0);
        // After 17:00 Ana's code has ended, and says so.
        clock.setNowUtc(QDateTime(QDate(2027, 7, 14), QTime(17, 30), kLondon));
        watch->refresh();
        QVERIFY(list->item(indexOf(list, QStringLiteral("Room Ana")))->text().startsWith(QStringLiteral("Ended")));
        // The next day, yesterday's codes are gone; the request in doubt has ended too.
        clock.setNowUtc(QDateTime(QDate(2027, 7, 15), QTime(9, 0), kLondon));
        watch->refresh();
        QCOMPARE(texts(list), QStringList());
        QVERIFY(!list->isVisible());
        QVERIFY(requireChild<QLabel>(&window, "watchListEmptyLabel")->isVisible());
    }
    // Mail that did not go out today is on the list with its row's lock and guest, from the mail
    // log the desk keeps; a later delivery to the same row takes it off, and yesterday's is not
    // today's business.
    void watchesFailedMail()
    {
        Desk desk;
        QVERIFY2(desk.start().isEmpty(), qPrintable(desk.start()));
        AppSession& session = desk.session;
        const QDateTime now = desk.clock.nowUtc();
        HistoryEntry row = seeded(QStringLiteral("Cleo"), now.addDays(-1), now.addDays(-1), now.addDays(3));
        QVERIFY(session.history().add(&row));
        HistoryEntry old = seeded(QStringLiteral("Dan"), now.addDays(-3), now.addDays(-3), now.addDays(3));
        QVERIFY(session.history().add(&old));
        MailAttemptRepository attempts(session.history().connection());
        const auto record = [&attempts](qint64 historyId, const QDateTime& at, MailAttempt::Outcome outcome) {
            MailAttempt attempt;
            attempt.historyId = historyId;
            attempt.recipient = QStringLiteral("guest@example.org");
            attempt.attemptedAtUtc = at;
            attempt.attemptedBy = QStringLiteral("sam");
            attempt.outcome = outcome;
            attempt.detail = QStringLiteral("550 mailbox unavailable");
            return attempts.record(&attempt);
        };
        QVERIFY(record(row.id, now.addSecs(-600), MailAttempt::Outcome::Refused));
        QVERIFY(record(old.id, now.addDays(-1), MailAttempt::Outcome::Failed)); // yesterday

        MainWindow window(session);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* list = requireChild<QListWidget>(&window, "watchListWidget");
        auto* watch = requireChild<WatchList>(&window, "watchList");
        QCOMPARE(watch->count(WatchItem::Kind::MailFailed), 1);
        const int item = indexOf(list, QStringLiteral("Room Cleo"));
        QVERIFY2(item >= 0, qPrintable(texts(list).join(u'\n')));
        QCOMPARE(indexOf(list, QStringLiteral("Room Dan")), -1);

        QVERIFY(record(row.id, now.addSecs(-60), MailAttempt::Outcome::Delivered));
        watch->refresh();
        QCOMPARE(watch->count(WatchItem::Kind::MailFailed), 0);
        QCOMPARE(indexOf(list, QStringLiteral("Room Cleo")), -1);
    }

    // For people to look at (NETCODE_SCREENSHOT_DIR): the main window with a day's watch list at
    // 1024×768, in English and in German.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }
    void screenshots()
    {
        const QString shots = qEnvironmentVariable("NETCODE_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("NETCODE_SCREENSHOT_DIR is not set");
        QFETCH(QString, language);
        ScopedLanguage scoped(language);
        Desk desk;
        QVERIFY2(desk.start().isEmpty(), qPrintable(desk.start()));
        const QDateTime now = desk.clock.nowUtc();
        const QStringList guests{QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafor"), QStringLiteral("Chloé Dubois"),
                                 QStringLiteral("Dmitri Novak"), QStringLiteral("Elif Kaya")};
        for (int i = 0; i < guests.size(); ++i) {
            HistoryEntry e = seeded(QString::number(101 + i), now.addSecs(-3600 * (20 + i)), now.addSecs(-3600 * (19 + i)),
                                    now.addSecs(3600 * (i * 2 - 3)));
            e.guestName = guests.at(i);
            e.room = QString::number(101 + i);
            e.lockTimeZone = QStringLiteral("Europe/London");
            QVERIFY(desk.session.history().add(&e));
        }
        HistoryEntry rental = seeded(QStringLiteral("Locker 14"), now.addDays(-1), now.addSecs(-22 * 3600), now.addDays(30));
        rental.lockName = QStringLiteral("Locker 14");
        rental.guestName = QStringLiteral("Farah Ahmed");
        rental.room = QString();
        rental.mode = QStringLiteral("medium_term");
        rental.firstUseByUtc = now.addSecs(40 * 60);
        QVERIFY(desk.session.history().add(&rental));
        HistoryEntry doubt = seeded(QStringLiteral("207"), now.addSecs(-900), now.addSecs(2400), now.addSecs(3 * 3600 + 2400));
        doubt.guestName = QStringLiteral("Gustav Svensson");
        doubt.outcome = HistoryEntry::Outcome::InDoubt;
        doubt.requestKey = QStringLiteral("gustav");
        QVERIFY(desk.session.history().add(&doubt));
        MainWindow window(desk.session);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), QSize(1024, 768));
        auto* list = requireChild<QListWidget>(&window, "watchListWidget");
        QCOMPARE(list->count(), 7);
        // Every item can be read whole in its list without scrolling sideways.
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(list->visualItemRect(list->item(i)).width() <= list->viewport()->width());
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + QStringLiteral("/watch-1024x768-%1.png").arg(language)));
        window.resize(1366, 768);
        QTRY_COMPARE(window.size(), QSize(1366, 768));
        QVERIFY(window.grab().save(shots + QStringLiteral("/watch-1366x768-%1.png").arg(language)));
    }
};

QTEST_MAIN(TestWatchListGui)
#include "tst_watchlist.moc"
