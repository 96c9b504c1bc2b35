// The lock list on a site with many locks: the window reads only the first page of locks at start,
// reads more as the list is scrolled, and its search (done in SQL) finds every lock, as the list
// showed them before — any case, accents included, "%" and "_" taken literally.
#include "AppSession.h"
#include "DemoSessionFixture.h"
#include "LockListModel.h"
#include "LockListPanel.h"
#include "LockRepository.h"
#include "MainWindow.h"
#include "RequireChild.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSqlQuery>
#include <QTest>

class TestLockListPaging final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    static constexpr int kLocks = 1000;

    template <typename T>
    T* child(const char* name) const
    {
        return requireChild<T>(m_window.get(), name);
    }

    static Lock lockNamed(const QString& name, const QString& group)
    {
        Lock lock;
        lock.name = name;
        lock.group = group;
        lock.timecode = QStringLiteral("202604221226");
        lock.lockNumber = QStringLiteral("921239");
        lock.timeZoneId = QStringLiteral("Europe/London");
        return lock;
    }

    void type(const QString& text)
    {
        auto* search = child<QLineEdit>("lockSearchLineEdit");
        search->clear();
        // QTest types ASCII only; other text arrives as an input method would hand it over.
        if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
            QTest::keyClicks(search, text);
        else
            search->insert(text);
    }

    QStringList shownNames() const
    {
        QStringList names;
        auto* model = child<QListView>("lockListView")->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString().section(QLatin1Char('\n'), 0, 0);
        return names;
    }

private slots:
    void init()
    {
        QCOMPARE(m_fixture.start(), QString());
        QList<Lock> locks;
        for (int i = 0; i < kLocks; ++i)
            locks << lockNamed(QStringLiteral("Room %1").arg(1000 + i, 4, 10, QLatin1Char('0')),
                               QStringLiteral("Floor %1").arg(i / 50 + 1));
        locks << lockNamed(QStringLiteral("Suite Ölberg"), QStringLiteral("Zz annex"))
              << lockNamed(QStringLiteral("Store 50% off"), QStringLiteral("Zz annex"))
              << lockNamed(QStringLiteral("Shed_2"), QStringLiteral("Zz annex"));
        QVERIFY2(m_fixture.session->locks().insertAll(&locks), qPrintable(m_fixture.session->locks().errorText()));
        m_window = std::make_unique<MainWindow>(*m_fixture.session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.stop();
    }

    void onlyTheFirstPageIsReadAtStart()
    {
        auto* list = child<QListView>("lockListView");
        QCOMPARE(list->model()->rowCount(), LockListModel::kPageSize);
        QVERIFY(list->model()->canFetchMore({}));
        // Scrolling to the end reads the rest, a page at a time.
        for (int i = 0; i < 20 && list->model()->canFetchMore({}); ++i) {
            list->scrollToBottom();
            QCoreApplication::processEvents();
            list->model()->fetchMore({});
        }
        QVERIFY(!list->model()->canFetchMore({}));
        QCOMPARE(list->model()->rowCount(), m_fixture.session->locks().all().size());
        // The pages, one after another, are the whole list in its order: nothing skipped or repeated.
        QList<qint64> paged;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            paged << list->model()->index(row, 0).data(LockListModel::LockIdRole).toLongLong();
        QList<qint64> whole;
        for (const Lock& lock : m_fixture.session->locks().all())
            whole << lock.id;
        QCOMPARE(paged, whole);
    }

    void searchFindsLocksBeyondTheFirstPage()
    {
        type(QStringLiteral("room 1999"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("Room 1999")});
        // The issue form follows the only match.
        QCOMPARE(child<LockListPanel>("lockListPanel")->currentLock()->name, QStringLiteral("Room 1999"));
        type(QStringLiteral("floor 20"));
        QCOMPARE(shownNames().size(), 50);
        // The model's shown name is searched too; a search with many matches is paged as well.
        type(QStringLiteral("kl1000 g3"));
        QCOMPARE(shownNames().size(), LockListModel::kPageSize);
        QVERIFY(child<QListView>("lockListView")->model()->canFetchMore({}));
    }

    void searchIgnoresCaseOfAccentedLetters()
    {
        type(QStringLiteral("ölberg"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("Suite Ölberg")});
        type(QStringLiteral("ÖLBERG"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("Suite Ölberg")});
    }

    void wildcardsAreTakenLiterally()
    {
        type(QStringLiteral("50%"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("Store 50% off")});
        type(QStringLiteral("d_"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("Shed_2")});
    }

    void aLockFarDownTheListCanBeChosen()
    {
        auto* panel = child<LockListPanel>("lockListPanel");
        Lock last = m_fixture.session->locks().all().constLast();
        panel->selectLock(last.id);
        QCOMPARE(panel->currentLock()->id, last.id);
    }

    void markingALockUsedLeavesTheConnectionDurable()
    {
        // The lock's "last used" is written without a flush of its own; the connection must go on
        // flushing every commit (a code shown as issued survives a power cut).
        LockRepository& locks = m_fixture.session->locks();
        const Lock first = locks.all().constLast();
        const QDateTime when(QDate(2027, 7, 14), QTime(13, 0), QTimeZone::utc());
        QVERIFY(locks.markUsed(first.id, when));
        Lock read;
        QVERIFY(locks.find(first.id, &read));
        QCOMPARE(read.lastUsedUtc, when);
        if (!m_fixture.session->database().isShared()) {
            QSqlQuery query(m_fixture.session->database().connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
            QCOMPARE(query.value(0).toInt(), 2); // FULL
        }
    }

    void theHistoryLockFilterListsEveryLockWhenOpened()
    {
        auto* filter = child<QComboBox>("historyLockComboBox");
        filter->setFocus();
        QTRY_COMPARE(filter->count(), 1 + m_fixture.session->locks().all().size());
    }
};

QTEST_MAIN(TestLockListPaging)
#include "tst_locklist_paging.moc"
