#include "AppSession.h"
#include "DemoSessionFixture.h"
#include "DurationCatalogueService.h"
#include "HistoryRepository.h"
#include "LockListPanel.h"
#include "MainWindow.h"
#include "RequireChild.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QTest>

// The issue panel's stay entry in the real window (demo desk in London, clock pinned to Wed 14 Jul
// 2027 14:20 BST): the window is chosen for the stay, shown against it, and what it costs the
// guest (a code running long before arrival) is said before Issue; a stay nothing covers cannot be
// issued.
class TestIssuePanelStay final : public QObject {
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

    QString preview() const { return child<QLabel>("previewLabel")->text(); }
    QString notes() const { return child<QLabel>("snapNoteLabel")->text(); }

    void select(const QString& lockName)
    {
        auto* panel = m_window->findChild<LockListPanel*>();
        for (const Lock& lock : m_session->locks().all()) {
            if (lock.name == lockName)
                panel->selectLock(lock.id);
        }
        QCOMPARE(panel->currentLock()->name, lockName);
        const QString model = LockModelCatalogue::info(panel->currentLock()->model).wireValue;
        QTRY_VERIFY(!m_session->durations().isFetching(model));
    }

    void setStay(const QDateTime& arrival, const QDateTime& departure)
    {
        child<QDateTimeEdit>("arrivalDateTimeEdit")->setDateTime(arrival);
        child<QDateTimeEdit>("departureDateTimeEdit")->setDateTime(departure);
    }

    static QDateTime reading(int day, int hour, int minute)
    {
        return QDateTime(QDate(2027, 7, day), QTime(hour, minute), QTimeZone::utc());
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
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.stop();
    }

    void theCodeIsChosenForTheStayAndShownAgainstIt()
    {
        select(QStringLiteral("Room 101"));
        auto* byStay = child<QCheckBox>("stayCheckBox");
        QVERIFY(!child<QDateTimeEdit>("arrivalDateTimeEdit")->isEnabled());
        // Arrival defaults to now on the desk's clock.
        QCOMPARE(child<QDateTimeEdit>("arrivalDateTimeEdit")->dateTime(), reading(14, 14, 20));
        QTest::mouseClick(byStay, Qt::LeftButton, {}, QPoint(4, byStay->height() / 2));
        QVERIFY(byStay->isChecked());
        QVERIFY(child<QDateTimeEdit>("arrivalDateTimeEdit")->isEnabled());
        // Length and start are the stay's to choose now.
        QVERIFY(!child<QComboBox>("lengthComboBox")->isEnabled());
        QVERIFY(!child<QDateTimeEdit>("startDateTimeEdit")->isEnabled());

        // Tab walks the stay entry, then on into the form.
        byStay->setFocus();
        QStringList visited;
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(visited, (QStringList{QStringLiteral("arrivalDateTimeEdit"), QStringLiteral("departureDateTimeEdit"),
                                       QStringLiteral("modeComboBox")}));

        setStay(reading(14, 22, 30), reading(16, 11, 0));
        QVERIFY2(preview().contains(QStringLiteral("Covers the stay Wed 14 Jul 22:30 – Fri 16 Jul 11:00")), qPrintable(preview()));
        // The KitLock's midnight is 01:00 BST: a 3-day code from then, said to start long before arrival.
        QVERIFY2(preview().contains(QStringLiteral("Valid Wed 14 Jul 01:00 – Sat 17 Jul 01:00")), qPrintable(preview()));
        QVERIFY2(notes().contains(QLatin1String("21 hours 30 minutes before the guest arrives")), qPrintable(notes()));
        QVERIFY(child<QLabel>("snapNoteLabel")->isVisible());
        // The greyed length and start show the code the stay chose.
        QCOMPARE(child<QComboBox>("lengthComboBox")->currentText(), QStringLiteral("3 days"));
        QCOMPARE(child<QDateTimeEdit>("startDateTimeEdit")->dateTime(), reading(14, 1, 0));

        auto* issue = child<QPushButton>("issuePushButton");
        QVERIFY2(issue->isEnabled(), qPrintable(preview()));
        QTest::mouseClick(issue, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("codeLabel")->text().isEmpty(), 10000);
        const QList<HistoryEntry> rows = m_session->history().page(QString(), 0, 1);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().startSent, QStringLiteral("2027-07-14 00:00"));
        QCOMPARE(rows.first().durationId, 14); // 3 days
    }

    void aStayNothingCoversCannotBeIssued()
    {
        select(QStringLiteral("Room 101"));
        child<QCheckBox>("stayCheckBox")->setChecked(true);
        setStay(reading(14, 15, 0), reading(24, 11, 0));
        QVERIFY2(preview().contains(QLatin1String("Nothing this lock can take covers")), qPrintable(preview()));
        QVERIFY(!child<QPushButton>("issuePushButton")->isEnabled());

        // Off again, the start and length are back as they were.
        child<QCheckBox>("stayCheckBox")->setChecked(false);
        QVERIFY(child<QComboBox>("lengthComboBox")->isEnabled());
        QVERIFY(child<QDateTimeEdit>("startDateTimeEdit")->isEnabled());
        QVERIFY2(!preview().contains(QLatin1String("Nothing this lock")), qPrintable(preview()));
        QVERIFY(child<QPushButton>("issuePushButton")->isEnabled());
    }
};

QTEST_MAIN(TestIssuePanelStay)
#include "tst_issuepanel_stay.moc"
