#include "ActionRegistry.h"
#include "AppSession.h"
#include "CodelocksSimulator.h"
#include "DemoSessionFixture.h"
#include "DialogSeams.h"
#include "DurationCatalogueService.h"
#include "HistoryTableModel.h"
#include "LockDialog.h"
#include "LockListPanel.h"
#include "MainWindow.h"
#include "RequireChild.h"
#include "SettingsDialog.h"
#include "SiteSettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

// The issue panel in the real window: the mode guard, lengths from the catalogue, the start
// picker's quick picks and explanations, the two-clock preview, and every mode issued and shown.
class TestIssuePanel final : public QObject {
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
    QStringList items(const char* comboName) const
    {
        QStringList result;
        auto* combo = child<QComboBox>(comboName);
        for (int i = 0; i < combo->count(); ++i)
            result << combo->itemText(i);
        return result;
    }

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

    void setStart(const QDate& date, const QTime& time)
    {
        child<QDateTimeEdit>("startDateTimeEdit")->setDateTime(QDateTime(date, time, QTimeZone::utc()));
    }

    void issueAndWait()
    {
        QVERIFY2(child<QPushButton>("issuePushButton")->isEnabled(), qPrintable(preview()));
        QTest::mouseClick(child<QPushButton>("issuePushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("codeLabel")->text().isEmpty(), 10000);
    }

    Lock addLock(const QString& name, LockModelId model, NetCodeMode mode)
    {
        Lock lock;
        lock.name = name;
        lock.model = model;
        lock.timecode = QStringLiteral("202604221226");
        lock.lockNumber = QStringLiteral("921239");
        lock.timeZoneId = QStringLiteral("Europe/London");
        lock.configuredMode = mode;
        [&] { QVERIFY(m_session->locks().insert(&lock)); }();
        return lock;
    }

private slots:
    void init()
    {
        const QString error = m_fixture.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
        addLock(QStringLiteral("Bike store"), LockModelId::KL1060G3, NetCodeMode::EndDate);
        addLock(QStringLiteral("Day room"), LockModelId::KL1060G3, NetCodeMode::TwentyFourHour);
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.stop();
    }

    void theModeGuardOffersOnlyWhatTheLockTakes()
    {
        select(QStringLiteral("Room 101"));
        QCOMPARE(items("modeComboBox"), (QStringList{QStringLiteral("Standard, multi-use"), QStringLiteral("Standard, single-use")}));
        QCOMPARE(items("lengthComboBox").size(), 19);
        QVERIFY(child<QLabel>("catalogueNoteLabel")->text().contains(QLatin1String("fetched")));

        select(QStringLiteral("Locker A-12"));
        QCOMPARE(items("modeComboBox"), QStringList{QStringLiteral("Medium-term rental (1–21 days)")});
        QCOMPARE(items("lengthComboBox").size(), 21);
        QCOMPARE(child<QLabel>("lengthLabel")->text(), QStringLiteral("Len&gth:"));

        select(QStringLiteral("Storage unit 14"));
        QCOMPARE(items("modeComboBox"), QStringList{QStringLiteral("Long-term rental (up to a year)")});
        QCOMPARE(child<QLabel>("lengthLabel")->text(), QStringLiteral("First use &within:"));
        QVERIFY(items("lengthComboBox").contains(QStringLiteral("first use within 6 hours")));

        select(QStringLiteral("Bike store"));
        QVERIFY(child<QDateEdit>("endDateEdit")->isVisible());
        QVERIFY(!child<QComboBox>("lengthComboBox")->isVisible());
        QCOMPARE(child<QLabel>("lengthLabel")->text(), QStringLiteral("Last &day:"));
        QVERIFY(!child<QCheckBox>("keepPaidTimeCheckBox")->isVisible());
    }

    void quickPicksAndTheTwoClockPreview()
    {
        select(QStringLiteral("Room 101")); // KitLock in London; now 14:20 BST on 14 July 2027
        QCOMPARE(child<QPushButton>("tonightPushButton")->text(), QStringLiteral("Tonight &01:00"));
        QTest::mouseClick(child<QPushButton>("nextHourPushButton"), Qt::LeftButton);
        QCOMPARE(child<QDateTimeEdit>("startDateTimeEdit")->dateTime().time(), QTime(15, 0));
        // The desk asked for 15:00 for 3 hours: wall 15:00–18:00, the lock's clock 14:00–17:00.
        QVERIFY2(preview().contains(QString::fromUtf8("15:00 – 18:00 BST")), qPrintable(preview()));
        QVERIFY(preview().contains(QString::fromUtf8("Lock clock 14:00–17:00")));
        QVERIFY(preview().contains(QLatin1String("no daylight saving")));
        QTest::mouseClick(child<QPushButton>("tonightPushButton"), Qt::LeftButton);
        QCOMPARE(child<QDateTimeEdit>("startDateTimeEdit")->dateTime().time(), QTime(1, 0));
        QCOMPARE(child<QDateTimeEdit>("startDateTimeEdit")->dateTime().date(), QDate(2027, 7, 15));
        QTest::mouseClick(child<QPushButton>("thisHourPushButton"), Qt::LeftButton);
        QCOMPARE(child<QDateTimeEdit>("startDateTimeEdit")->dateTime().time(), QTime(14, 0));

        // A smart lock following BST reads the same as the wall: one clock only.
        select(QStringLiteral("Unit 7 gate"));
        QCOMPARE(child<QPushButton>("tonightPushButton")->text(), QStringLiteral("Tonight &00:00"));
        QVERIFY(!preview().contains(QLatin1String("Lock clock")));
    }

    void snappingIsExplainedAndTheGuestCanKeepThePaidTime()
    {
        select(QStringLiteral("Room 101"));
        setStart(QDate(2027, 7, 14), QTime(15, 37));
        QVERIFY2(child<QLabel>("snapNoteLabel")->text().contains(QLatin1String("you asked 15:37, the code starts 15:00")),
                 qPrintable(child<QLabel>("snapNoteLabel")->text()));
        QVERIFY(preview().contains(QString::fromUtf8("15:00 – 18:00")));
        child<QCheckBox>("keepPaidTimeCheckBox")->setChecked(true);
        QVERIFY2(preview().contains(QString::fromUtf8("15:00 – 19:00")), qPrintable(preview()));
        QVERIFY(child<QLabel>("snapNoteLabel")->text().contains(QLatin1String("One hour added")));
        issueAndWait();
        QVERIFY(m_session->simulator()->requests().last().rawQuery.startsWith("start=2027-07-14%2014%3A00&duration=3&"));
    }

    // When the clocks go back inside the window, the card names each end's zone and says so, as
    // the preview does; a guest name the slip cannot print is pointed out before printing.
    void theCardCarriesEachEndsZoneAndTheClockChange()
    {
        select(QStringLiteral("Room 101"));
        child<QComboBox>("lengthComboBox")->setCurrentText(QStringLiteral("3 hours"));
        setStart(QDate(2027, 10, 31), QTime(0, 0));
        QVERIFY2(preview().contains(QLatin1String("The clocks change on")), qPrintable(preview()));
        child<QLineEdit>("guestNameLineEdit")->setText(QString::fromUtf8("Ana \U0001F389"));
        issueAndWait();
        const QString card = child<QLabel>("windowLabel")->text();
        QVERIFY2(card.contains(QString::fromUtf8("00:00 BST – 02:00 GMT")), qPrintable(card));
        QVERIFY2(card.contains(QLatin1String("The clocks change on")), qPrintable(card));
        const QString status = child<QLabel>("statusLabel")->text();
        QVERIFY2(status.contains(QLatin1String("The slip cannot print")), qPrintable(status));
    }

    void dayCodesSayTheyStartAtTheLocksMidnight()
    {
        select(QStringLiteral("Room 101"));
        child<QComboBox>("lengthComboBox")->setCurrentText(QStringLiteral("2 days"));
        setStart(QDate(2027, 7, 15), QTime(10, 0));
        QVERIFY2(child<QLabel>("snapNoteLabel")->text().contains(QLatin1String("Thu 15 Jul 01:00")),
                 qPrintable(child<QLabel>("snapNoteLabel")->text()));
        QVERIFY(child<QLabel>("snapNoteLabel")->text().contains(QLatin1String("midnight")));
    }

    void rentalShowsItsFirstUseDeadlineEverywhere()
    {
        select(QStringLiteral("Locker A-12"));
        child<QComboBox>("lengthComboBox")->setCurrentText(QStringLiteral("7 days"));
        setStart(QDate(2027, 7, 15), QTime(9, 0));
        QVERIFY2(preview().contains(QLatin1String("Must be used for the first time by Fri 16 Jul 01:00")), qPrintable(preview()));
        child<QLineEdit>("guestNameLineEdit")->setText(QStringLiteral("Ana Example"));
        issueAndWait();
        QVERIFY(child<QLabel>("windowLabel")->text().contains(QLatin1String("Must be used for the first time by")));
        auto* table = child<QTableView>("historyTableView");
        QCOMPARE(table->model()->index(0, HistoryTableModel::FirstUseBy).data().toString(), QStringLiteral("Fri 16 Jul 01:00"));
        QCOMPARE(table->model()->index(0, HistoryTableModel::Mode).data().toString(), QStringLiteral("Rental"));

        const QString pdf = m_fixture.filePath(QStringLiteral("rental.pdf"));
        FileDialog::setNextFileName(pdf);
        QTest::mouseClick(child<QPushButton>("savePdfPushButton"), Qt::LeftButton);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(20000));
        // pdftotext writes the "fi" ligature as one character.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).replace(QChar(0xFB01), QStringLiteral("fi")).simplified();
        QVERIFY2(text.contains(QLatin1String("Must be used for the first time by Fri 16 Jul 01:00")), qPrintable(text));
    }

    void endDateCodes()
    {
        select(QStringLiteral("Bike store"));
        child<QDateEdit>("endDateEdit")->setDate(QDate(2027, 7, 20));
        setStart(QDate(2027, 7, 14), QTime(16, 0));
        QVERIFY2(preview().contains(QLatin1String("Works until the end of Tue 20 Jul 2027")), qPrintable(preview()));
        issueAndWait();
        auto* table = child<QTableView>("historyTableView");
        QCOMPARE(table->model()->index(0, HistoryTableModel::Mode).data().toString(), QStringLiteral("End date"));
        QVERIFY(table->model()->index(0, HistoryTableModel::Window).data().toString().contains(QLatin1String("Wed 21 Jul 01:00")));
        // The end date editor refuses the impossible itself: at most 365 days, never before today.
        QCOMPARE(child<QDateEdit>("endDateEdit")->maximumDate(), QDate(2028, 7, 12));
        QCOMPARE(child<QDateEdit>("endDateEdit")->minimumDate(), QDate(2027, 7, 14));
    }

    void twentyFourHourCodes()
    {
        select(QStringLiteral("Day room"));
        QCOMPARE(items("lengthComboBox"), QStringList{QStringLiteral("24 hours")});
        setStart(QDate(2027, 7, 14), QTime(22, 30));
        QVERIFY2(preview().contains(QString::fromUtf8("Wed 14 Jul 22:00 – Thu 15 Jul 22:00")), qPrintable(preview()));
        issueAndWait();
    }

    void whenTheListCannotBeFetchedOnlyStandardCodesRemain()
    {
        SimulatorFaults faults;
        faults.forcedStatus = 500;
        m_session->simulator()->setFaults(faults);
        select(QStringLiteral("Locker A-12"));
        QVERIFY2(child<QLabel>("catalogueNoteLabel")->text().contains(QLatin1String("built-in standard lengths")),
                 qPrintable(child<QLabel>("catalogueNoteLabel")->text()));
        QVERIFY(preview().contains(QLatin1String("Refresh the lengths")));
        QVERIFY(!child<QPushButton>("issuePushButton")->isEnabled());
        m_session->simulator()->clearFaults();
        QTest::mouseClick(child<QPushButton>("refreshLengthsPushButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QComboBox>("modeComboBox")->count(), 1);
        QVERIFY(child<QPushButton>("issuePushButton")->isEnabled());
    }

    void changingALocksModeWarnsFirst()
    {
        select(QStringLiteral("Room 101"));
        bool warned = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<LockDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* mode = dialog->findChild<QComboBox*>(QStringLiteral("modeComboBox"));
            mode->setCurrentIndex(mode->findData(int(NetCodeMode::MediumTermRental)));
            auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
            MessageBox::setNextAnswer(QMessageBox::No);
            QTest::mouseClick(save, Qt::LeftButton);
            warned = dialog->isVisible() && MessageBox::lastText().contains(QLatin1String("stop working"));
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(save, Qt::LeftButton);
        });
        m_window->actions().editLock->trigger();
        QVERIFY(warned);
        Lock changed;
        QVERIFY(m_session->locks().find(m_window->findChild<LockListPanel*>()->currentLock()->id, &changed));
        QCOMPARE(changed.configuredMode, NetCodeMode::MediumTermRental);
        QTRY_COMPARE(items("modeComboBox"), QStringList{QStringLiteral("Medium-term rental (1–21 days)")});
    }

    void aDeskInAnotherZoneSeesTheLocksZoneNamed()
    {
        // A code already on the card is read on the new clock at once, like everything else.
        select(QStringLiteral("Room 101"));
        issueAndWait();
        QVERIFY2(child<QLabel>("windowLabel")->text().contains(QLatin1String("BST")), qPrintable(child<QLabel>("windowLabel")->text()));
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* zone = dialog->findChild<QComboBox*>(QStringLiteral("deskTimeZoneComboBox"));
            zone->setCurrentIndex(zone->findData(QStringLiteral("Asia/Kolkata")));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        m_window->actions().settings->trigger();
        QCOMPARE(m_session->deskZone().id(), QByteArray("Asia/Kolkata"));
        QVERIFY2(child<QLabel>("windowLabel")->text().contains(QLatin1String("IST")), qPrintable(child<QLabel>("windowLabel")->text()));
        select(QStringLiteral("Unit 7 gate"));
        setStart(QDate(2027, 7, 15), QTime(10, 0));
        QVERIFY2(preview().contains(QLatin1String("Europe/London")), qPrintable(preview()));
        QVERIFY(preview().contains(QLatin1String("IST")));
    }
    // Late in the day a code is charged for time already gone: the desk is told above the preview
    // and asked before charging, with the start that serves the guest (issue 11, defect 1).
    void aLateDayCodeIsPointedOutBeforeItIsCharged()
    {
        // 22:32 BST; Locker A-12 is a KitLock (GMT all year), a 3-day rental from the lock's midnight.
        m_fixture.clock->setNowUtc(QDateTime(QDate(2027, 7, 14), QTime(21, 32), QTimeZone::utc()));
        select(QStringLiteral("Locker A-12"));
        child<QComboBox>("lengthComboBox")->setCurrentText(QStringLiteral("3 days"));
        QTest::mouseClick(child<QPushButton>("thisHourPushButton"), Qt::LeftButton);
        auto* bar = child<QWidget>("lateStartBar");
        QVERIFY(bar->isVisible());
        // Beside the preview, never scrolled out of sight with the form.
        QVERIFY(!child<QWidget>("formScrollArea")->isAncestorOf(bar));
        const QString note = child<QLabel>("lateStartLabel")->text();
        QVERIFY2(note.contains(QLatin1String("first time by Thu 15 Jul 01:00, only 2 hours 28 minutes from now")), qPrintable(note));
        auto* better = child<QPushButton>("betterStartPushButton");
        QCOMPARE(better->text(), QStringLiteral("Start at Thu 15 Jul 01:00"));
        QVERIFY(child<QPushButton>("useStayPushButton")->isVisible());

        // Issue: asked first; Cancel sends nothing.
        const int before = m_session->simulator()->netCodeRequestCount();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>("issuePushButton"), Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("only 2 hours 28 minutes")), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("charged now")));
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), before);
        // Taking the offered start moves the code to the lock's next midnight, still uncharged.
        MessageBox::setNextAnswer(QMessageBox::Apply);
        QTest::mouseClick(child<QPushButton>("issuePushButton"), Qt::LeftButton);
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), before);
        QCOMPARE(child<QDateTimeEdit>("startDateTimeEdit")->dateTime().date(), QDate(2027, 7, 15));
        QVERIFY(!bar->isVisible());
        QVERIFY2(preview().contains(QLatin1String("Fri 16 Jul 01:00")), qPrintable(preview()));
        issueAndWait(); // no question now
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), before + 1);
        QVERIFY(m_session->simulator()->requests().last().rawQuery.startsWith("start=2027-07-15%2000%3A00"));

        // A standard day code at 23:00 runs only to the lock's midnight: the bar offers the next one,
        // and its own button moves the start.
        m_fixture.clock->setNowUtc(QDateTime(QDate(2027, 7, 14), QTime(22, 0), QTimeZone::utc()));
        select(QStringLiteral("Room 101"));
        child<QComboBox>("lengthComboBox")->setCurrentText(QStringLiteral("1 day"));
        QTest::mouseClick(child<QPushButton>("thisHourPushButton"), Qt::LeftButton);
        QVERIFY2(child<QLabel>("lateStartLabel")->text().contains(QLatin1String("already over")),
                 qPrintable(child<QLabel>("lateStartLabel")->text()));
        QTest::mouseClick(child<QPushButton>("betterStartPushButton"), Qt::LeftButton);
        QCOMPARE(child<QDateTimeEdit>("startDateTimeEdit")->dateTime(), QDateTime(QDate(2027, 7, 15), QTime(1, 0), QTimeZone::utc()));
        QVERIFY(!bar->isVisible());

        // A long rental from tonight with first use within 3 hours: due at 03:00 (on the desk's clock
        // 04:00), in the night; the stay entry is offered.
        select(QStringLiteral("Storage unit 14"));
        child<QComboBox>("lengthComboBox")->setCurrentText(QStringLiteral("first use within 3 hours"));
        QTest::mouseClick(child<QPushButton>("tonightPushButton"), Qt::LeftButton);
        QVERIFY2(child<QLabel>("lateStartLabel")->text().contains(QLatin1String("middle of the night")),
                 qPrintable(child<QLabel>("lateStartLabel")->text()));
        QVERIFY(!child<QPushButton>("betterStartPushButton")->isVisible());
        QTest::mouseClick(child<QPushButton>("useStayPushButton"), Qt::LeftButton);
        QVERIFY(child<QCheckBox>("stayCheckBox")->isChecked());
        QVERIFY(child<QDateTimeEdit>("arrivalDateTimeEdit")->hasFocus());
        QVERIFY(!bar->isVisible());
    }

    // The desk's length and mode stay what it chose while it looks at other locks, even when the
    // search selects locks as it types; where a lock does not offer the choice, it says so (defect 2).
    void theChosenLengthSurvivesSwitchingLocks()
    {
        auto* search = child<QLineEdit>("lockSearchLineEdit");
        auto* length = child<QComboBox>("lengthComboBox");
        const auto find = [&](const QString& text) {
            search->setFocus();
            search->selectAll();
            QTest::keyClicks(search, text);
            QTest::keyClick(search, Qt::Key_Return);
            // A model seen for the first time fetches its lengths; wait for them.
            const QString model = LockModelCatalogue::info(m_window->findChild<LockListPanel*>()->currentLock()->model).wireValue;
            QTRY_VERIFY(!m_session->durations().isFetching(model));
        };
        find(QStringLiteral("room 101"));
        QCOMPARE(length->currentText(), QStringLiteral("3 hours"));
        find(QStringLiteral("locker"));
        find(QStringLiteral("room 101"));
        QCOMPARE(length->currentText(), QStringLiteral("3 hours"));

        // A length picked by keyboard is the desk's choice.
        length->setFocus();
        QTest::keyClick(length, Qt::Key_Down);
        QCOMPARE(length->currentText(), QStringLiteral("4 hours"));
        find(QStringLiteral("locker a"));
        QTRY_COMPARE(child<QComboBox>("modeComboBox")->currentText(), QStringLiteral("Medium-term rental (1–21 days)"));
        find(QStringLiteral("storage"));
        find(QStringLiteral("room 1"));
        QCOMPARE(length->currentText(), QStringLiteral("4 hours"));
        QVERIFY(!child<QLabel>("snapNoteLabel")->text().contains(QLatin1String("chosen")));

        // A mode picked by the desk that another lock does not take: said, and restored on return.
        auto* mode = child<QComboBox>("modeComboBox");
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(mode->currentText(), QStringLiteral("Standard, single-use"));
        find(QStringLiteral("storage"));
        const QString note = child<QLabel>("snapNoteLabel")->text();
        QVERIFY2(note.contains(QLatin1String("Storage unit 14 does not take Standard, single-use codes")), qPrintable(note));
        find(QStringLiteral("room 101"));
        QCOMPARE(mode->currentText(), QStringLiteral("Standard, single-use"));
        QCOMPARE(length->currentText(), QStringLiteral("4 hours"));
    }

    // A lock added while the search holds text that does not match it is shown and selected (defect 11).
    void aLockAddedDuringASearchIsShownAndSelected()
    {
        auto* search = child<QLineEdit>("lockSearchLineEdit");
        search->setText(QStringLiteral("room"));
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<LockDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Bike shed"));
            dialog->findChild<QLineEdit*>(QStringLiteral("timecodeLineEdit"))->setText(QStringLiteral("202604221226"));
            dialog->findChild<QLineEdit*>(QStringLiteral("lockNumberLineEdit"))->setText(QStringLiteral("921239"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        m_window->actions().newLock->trigger();
        auto* panel = m_window->findChild<LockListPanel*>();
        QVERIFY(panel->currentLock());
        QCOMPARE(panel->currentLock()->name, QStringLiteral("Bike shed"));
        QVERIFY(search->text().isEmpty());
        QVERIFY(child<QLabel>("lockTitleLabel")->text().startsWith(QLatin1String("Bike shed")));
    }
    // Slips on both papers for a code next year and one across the autumn clock change: the year is
    // written, each end carries its zone, the clock change is said. With NETCODE_SHOTS_DIR set, the
    // PDFs and a picture of the window with the stay entry are left there for a person to look at.
    void slipsForNextYearAndAcrossTheClockChange()
    {
        const QString shots = qEnvironmentVariable("NETCODE_SHOTS_DIR");
        struct Case {
            QString paper;
            QDate date;
            QTime time;
            QStringList says;
        };
        const QList<Case> cases{
            {QStringLiteral("a4"), QDate(2028, 1, 5), QTime(10, 0), {QStringLiteral("2028"), QStringLiteral("Room 101")}},
            {QStringLiteral("receipt-80mm"), QDate(2028, 1, 5), QTime(10, 0), {QStringLiteral("2028")}},
            {QStringLiteral("a4"), QDate(2027, 10, 31), QTime(0, 0), {QStringLiteral("BST"), QStringLiteral("GMT"), QStringLiteral("clocks change")}},
            {QStringLiteral("receipt-80mm"), QDate(2027, 10, 31), QTime(0, 0), {QStringLiteral("BST"), QStringLiteral("GMT"), QStringLiteral("clocks change")}},
        };
        select(QStringLiteral("Room 101"));
        for (const Case& c : cases) {
            SiteSettings::Values values = m_session->site().values();
            values.slipLayout = c.paper;
            values.propertyName = QStringLiteral("Seaside Inn");
            values.helpPhone = QStringLiteral("+44 20 7946 0000");
            QVERIFY(m_session->site().save(values, QStringLiteral("test")));
            setStart(c.date, c.time);
            child<QLineEdit>("guestNameLineEdit")->setText(QStringLiteral("Zoë Müller"));
            child<QLineEdit>("roomLineEdit")->setText(QStringLiteral("101"));
            child<QLabel>("codeLabel")->clear();
            issueAndWait();
            const QString name = QStringLiteral("slip-%1-%2.pdf").arg(c.paper, c.date.toString(Qt::ISODate));
            const QString pdf = shots.isEmpty() ? m_fixture.filePath(name) : QDir(shots).filePath(name);
            FileDialog::setNextFileName(pdf);
            QTest::mouseClick(child<QPushButton>("savePdfPushButton"), Qt::LeftButton);
            QProcess pdftotext;
            pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(pdftotext.waitForFinished(20000));
            const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
            for (const QString& word : c.says)
                QVERIFY2(text.contains(word), qPrintable(name + QLatin1String(": ") + text));
            QVERIFY2(!text.contains(QLatin1String("(room/unit")), qPrintable(text));
            QVERIFY2(text.contains(QString::fromUtf8("+44\u00a020\u00a07946\u00a00000")) || text.contains(QLatin1String("+44 20 7946 0000")), qPrintable(text));
        }
        child<QCheckBox>("stayCheckBox")->setChecked(true);
        if (!shots.isEmpty())
            QVERIFY(m_window->grab().save(QDir(shots).filePath(QStringLiteral("stay-entry.png"))));
    }
};

QTEST_MAIN(TestIssuePanel)
#include "tst_issuepanel.moc"
