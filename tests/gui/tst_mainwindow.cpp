#include "ActionRegistry.h"
#include "AppSession.h"
#include "DemoSessionFixture.h"
#include "CodelocksClient.h"
#include "CodelocksSimulator.h"
#include "DialogSeams.h"
#include "HistoryTableModel.h"
#include "IssueService.h"
#include "DurationCatalogueService.h"
#include "Languages.h"
#include "LockDialog.h"
#include "LockListPanel.h"
#include "IssuePanel.h"
#include "MainWindow.h"
#include "MnemonicClashes.h"
#include "RequireChild.h"
#include "SecretStore.h"
#include "SlipPrinter.h"

#include <QAction>
#include <QPalette>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QMultiMap>
#include <QAbstractButton>
#include <QMenuBar>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>
#include <optional>

// Drives the real main window, wired to a real session in demo mode (simulator on loopback), by
// keyboard and mouse, and checks what a receptionist would see.
class TestMainWindow final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    AppSession* m_session = nullptr;
    FixedClock* m_clock = nullptr;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T* child(const char* name) const
    {
        return requireChild<T>(m_window.get(), name);
    }

    QString shownCode() const { return child<QLabel>("codeLabel")->text(); }
    QString problem() const { return child<QLabel>("statusLabel")->text(); }
    int historyRows() const { return m_session->history().count(QString()); }

    // Find a lock by typing, then go on to the form with Enter.
    void chooseLock(const QString& search)
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* searchEdit = child<QLineEdit>("lockSearchLineEdit");
        QVERIFY(searchEdit->hasFocus());
        QTest::keyClicks(searchEdit, search);
        QTest::keyClick(searchEdit, Qt::Key_Return);
        QVERIFY(child<QComboBox>("lengthComboBox")->hasFocus() || child<QDateEdit>("endDateEdit")->hasFocus());
        // The first lock of a model fetches that model's lengths from the service.
        QTRY_VERIFY(!m_session->durations().isFetching(m_lockModel()));
    }

    QString m_lockModel() const
    {
        const auto lock = m_window->findChild<LockListPanel*>()->currentLock();
        return lock ? LockModelCatalogue::info(lock->model).wireValue : QString();
    }

    void issueByKeyboard()
    {
        auto* guest = child<QLineEdit>("guestNameLineEdit");
        guest->setFocus();
        QTest::keyClick(guest, Qt::Key_Return);
    }

private slots:
    void init()
    {
        const QString error = m_fixture.start({{QStringLiteral("slip/propertyName"), QStringLiteral("Harbour View Hotel")},
                                               {QStringLiteral("desk/operatorName"), QStringLiteral("Sam")}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
        m_clock = m_fixture.clock.get();
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        ExternalLinks::setCaptureForTests(true);
    }

    void cleanup()
    {
        SlipPrinter::setPreviewInterceptorForTests({});
        m_window.reset();
        m_fixture.stop();
    }

    void startsInDemoModeWithSampleLocks()
    {
        QVERIFY(m_window->windowTitle().contains(QLatin1String("NetCode Desk")));
        QVERIFY(child<QLabel>("demoBannerLabel")->isVisible());
        QVERIFY(child<QLabel>("demoBannerLabel")->text().contains(QLatin1String("DEMO")));
        QVERIFY(child<QLabel>("connectionLabel")->text().contains(QLatin1String("127.0.0.1")));
        QCOMPARE(child<QListView>("lockListView")->model()->rowCount(), 4);
        QVERIFY(!child<QPushButton>("copyPushButton")->isEnabled());
    }

    void issueCopyAndSavePdfByKeyboardAndMouse()
    {
        chooseLock(QStringLiteral("room 1"));
        auto* length = child<QComboBox>("lengthComboBox");
        QTest::keyClick(length, Qt::Key_Down); // 3 hours -> 4 hours
        QCOMPARE(length->currentText(), QStringLiteral("4 hours"));
        QTest::mouseClick(child<QPushButton>("nextHourPushButton"), Qt::LeftButton);
        // A KitLock keeps GMT in summer: 15:00 BST on the wall is 14:00 on the lock.
        QVERIFY2(child<QLabel>("previewLabel")->text().contains(QLatin1String("15:00")), qPrintable(child<QLabel>("previewLabel")->text()));
        QVERIFY(child<QLabel>("previewLabel")->text().contains(QLatin1String("Lock clock 14:00")));
        QTest::keyClicks(child<QLineEdit>("guestNameLineEdit"), QStringLiteral("Ana Example"));
        QTest::keyClicks(child<QLineEdit>("roomLineEdit"), QStringLiteral("101"));
        QTest::keyClicks(child<QLineEdit>("referenceLineEdit"), QStringLiteral("BK-7781"));
        issueByKeyboard();

        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
        const QString digits = QString(shownCode()).remove(QLatin1Char(' '));
        QCOMPARE(digits.size(), 7);
        QCOMPARE(shownCode().at(3), QLatin1Char(' ')); // grouped "783 0719"
        QVERIFY(child<QLabel>("windowLabel")->text().contains(QString::fromUtf8("15:00 – 19:00")));
        QVERIFY(child<QLabel>("instructionsLabel")->text().size() > 10);
        QCOMPARE(m_session->simulator()->requests().last().rawQuery,
                 QByteArray("start=2027-07-14%2014%3A00&duration=3&lockmodel=KL1060G3&identifier=921239"));

        // In history, with the guest, before anyone asked.
        QCOMPARE(historyRows(), 1);
        auto* table = child<QTableView>("historyTableView");
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, HistoryTableModel::Guest).data().toString(), QStringLiteral("Ana Example"));
        QCOMPARE(table->model()->index(0, HistoryTableModel::Status).data().toString(), QStringLiteral("Upcoming"));
        QCOMPARE(table->model()->index(0, HistoryTableModel::Source).data().toString(), QStringLiteral("Demo"));
        // The guest fields are cleared for the next guest; lock, length and start stay.
        QVERIFY(child<QLineEdit>("guestNameLineEdit")->text().isEmpty());
        QCOMPARE(child<QComboBox>("lengthComboBox")->currentText(), QStringLiteral("4 hours"));

        // Focus waits on Copy: Space copies the digits.
        QVERIFY(child<QPushButton>("copyPushButton")->hasFocus());
        QTest::keyClick(child<QPushButton>("copyPushButton"), Qt::Key_Space);
        QCOMPARE(QApplication::clipboard()->text(), digits);
        QApplication::clipboard()->clear();
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), digits);
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QApplication::clipboard()->text().contains(shownCode()));
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("DEMO")));

        const QString pdf = m_fixture.filePath(QStringLiteral("slip.pdf"));
        FileDialog::setNextFileName(pdf);
        QTest::mouseClick(child<QPushButton>("savePdfPushButton"), Qt::LeftButton);
        QVERIFY(QFile::exists(pdf));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(20000), "pdftotext (poppler-utils) is needed to read the slip back");
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(shownCode()), qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8("15:00 – 19:00")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Harbour View Hotel")));
        QVERIFY(text.contains(QLatin1String("Ana Example")));
        QVERIFY(text.contains(QLatin1String("DEMO")));

        // Ctrl+F goes back to the lock search for the next guest.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(child<QLineEdit>("lockSearchLineEdit")->hasFocus());

        QTest::mouseClick(child<QPushButton>("emailPushButton"), Qt::LeftButton);
        const QUrl mail = ExternalLinks::lastCaptured();
        QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
        QVERIFY(QUrlQuery(mail).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).contains(shownCode()));
    }

    // The whole daily job with no mouse at all: every key goes where a real keyboard sends it, to
    // the widget that has focus.
    void wholeDailyJobByKeyboardAlone()
    {
        const auto press = [](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, key, modifiers);
        };
        const auto type = [](const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); };
        const auto focusName = [] { return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(); };
        const auto tabTo = [&](const char* name) {
            for (int i = 0; i < 12 && focusName() != QLatin1String(name); ++i)
                press(Qt::Key_Tab);
            QCOMPARE(focusName(), QString::fromLatin1(name));
        };

        // Find the lock.
        m_window->activateWindow();
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focusName(), QStringLiteral("lockSearchLineEdit"));
        type(QStringLiteral("room 1"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!m_session->durations().isFetching(m_lockModel()));
        QCOMPARE(m_window->findChild<LockListPanel*>()->currentLock()->name, QStringLiteral("Room 101"));

        // Mode, length and start.
        press(Qt::Key_Backtab);
        while (focusName() != QLatin1String("modeComboBox") && focusName() != QLatin1String("lockListView"))
            press(Qt::Key_Backtab);
        QCOMPARE(focusName(), QStringLiteral("modeComboBox"));
        auto* mode = child<QComboBox>("modeComboBox");
        const QString firstMode = mode->currentText();
        press(Qt::Key_Down);
        QVERIFY(mode->currentText() != firstMode);
        press(Qt::Key_Up);
        QCOMPARE(mode->currentText(), firstMode);
        QTRY_VERIFY(!m_session->durations().isFetching(m_lockModel()));
        tabTo("lengthComboBox");
        press(Qt::Key_Down);
        QCOMPARE(child<QComboBox>("lengthComboBox")->currentText(), QStringLiteral("4 hours"));
        tabTo("nextHourPushButton");
        press(Qt::Key_Space);
        QVERIFY(child<QLabel>("previewLabel")->text().contains(QString::fromUtf8("15:00 – 19:00")));

        // Who it is for.
        tabTo("guestNameLineEdit");
        type(QStringLiteral("Keyboard Guest"));
        tabTo("roomLineEdit");
        type(QStringLiteral("101"));

        // Issue.
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
        const QString digits = QString(shownCode()).remove(QLatin1Char(' '));
        QCOMPARE(digits.size(), 7);

        // Copy: focus waits on Copy, Space presses it; the shortcut works from anywhere.
        QApplication::clipboard()->clear();
        QCOMPARE(focusName(), QStringLiteral("copyPushButton"));
        press(Qt::Key_Space);
        QCOMPARE(QApplication::clipboard()->text(), digits);
        QApplication::clipboard()->clear();
        press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), digits);

        // Print.
        std::optional<SlipDetails> printed;
        SlipPrinter::setPreviewInterceptorForTests([&printed](const SlipDetails& slip) { printed = slip; });
        press(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(printed.has_value());
        QCOMPARE(printed->entry.code, digits);
        QCOMPARE(printed->entry.guestName, QStringLiteral("Keyboard Guest"));

        // Find the code again in history, copy it and reprint it.
        press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(focusName(), QStringLiteral("historySearchLineEdit"));
        type(QStringLiteral("keyboard"));
        auto* table = child<QTableView>("historyTableView");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        press(Qt::Key_Return);
        QCOMPARE(focusName(), QStringLiteral("historyTableView"));
        QApplication::clipboard()->clear();
        press(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), digits);
        printed.reset();
        tabTo("historyReprintPushButton");
        press(Qt::Key_Space);
        QVERIFY(printed.has_value());
        QCOMPARE(printed->entry.code, digits);
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 1);
    }

    // Alt+letter must lead to one place only: no two menus, buttons or labelled fields of the main
    // window share a mnemonic, including the ones that appear only in some states.
    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto& [code, name] : Languages::available())
            QTest::newRow(qPrintable(code)) << code;
    }

    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        ScopedLanguage scoped(language);
        MainWindow window(*m_session);
        // Hidden ones count too: the retry and fresh-code buttons appear only in some states.
        const QStringList clashes = mnemonicClashes(&window, false);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // The app follows the system palette: on a dark one, problems and notices must stay readable
    // (WCAG contrast of at least 4.5:1 against the window).
    void problemsStayReadableOnLightAndDarkPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void problemsStayReadableOnLightAndDarkPalettes()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
            palette.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
            palette.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
            palette.setColor(QPalette::Button, QColor(0x35, 0x36, 0x3a));
            palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
            QApplication::setPalette(palette);
        }
        const auto luminance = [](const QColor& c) {
            const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&luminance](const QColor& a, const QColor& b) {
            const double la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        const auto styledColour = [](const QWidget* widget) {
            const auto match = QRegularExpression(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})")).match(widget->styleSheet());
            return match.hasMatch() ? QColor(match.captured(1)) : widget->palette().color(QPalette::WindowText);
        };

        SimulatorFaults faults;
        faults.forcedStatus = 500;
        m_session->simulator()->setFaults(faults);
        chooseLock(QStringLiteral("Room 101"));
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(problem().contains(QLatin1String("(500)")), 10000);
        const QColor background = m_window->palette().color(QPalette::Window);
        const QColor text = styledColour(child<QLabel>("statusLabel"));
        const double ratio = contrast(text, background);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("problem text %1 on %2: contrast %3:1")
                                              .arg(text.name(), background.name()).arg(ratio, 0, 'f', 2)));
        if (const QString dir = qEnvironmentVariable("NETCODE_SCREENSHOT_DIR"); !dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/main-window-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
    }

    // Every language fits the common 1366×768 front-desk screen: no translation may push the main
    // window wider or taller than that.
    void everyLanguageFitsACommonScreen()
    {
        QStringList tooLarge;
        for (const auto& [code, name] : Languages::available()) {
            ScopedLanguage language(code);
            MainWindow window(*m_session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
            qInfo("%s: main window needs at least %dx%d", qPrintable(code), needed.width(), needed.height());
            if (needed.width() > 1366 || needed.height() > 740)
                tooLarge << QStringLiteral("%1 needs %2x%3").arg(code).arg(needed.width()).arg(needed.height());
        }
        QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(QLatin1String(", "))));
    }

    void issueCannotBeSentTwiceWhileInFlight()
    {
        chooseLock(QStringLiteral("Locker"));
        SimulatorFaults faults;
        faults.delayMs = 600;
        m_session->simulator()->setFaults(faults);
        auto* issue = child<QPushButton>("issuePushButton");
        // A 1-day rental at 14:20 has most of its day behind it: the desk is asked, and goes on.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(issue, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("already over")));
        QVERIFY(!issue->isEnabled());
        QVERIFY(!m_window->actions().issue->isEnabled());
        QTest::mouseClick(issue, Qt::LeftButton);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 1);
        QCOMPARE(historyRows(), 1);
        QVERIFY(issue->isEnabled());
    }

    void serviceFailuresAreExplainedAndRecordedWithoutACode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("drop");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("403") << 403 << QByteArray("{\"message\":\"Forbidden\"}") << false << "API key";
        QTest::newRow("422") << 422 << QByteArray("{\"message\":\"Generate netcode failed with ERROR status\"}") << false
                             << "Generate netcode failed";
        QTest::newRow("500") << 500 << QByteArray() << false << "internal error";
        QTest::newRow("garbage") << 200 << QByteArray("{{{") << false << "cannot read";
        QTest::newRow("dropped") << 0 << QByteArray() << true << "connection";
    }

    void serviceFailuresAreExplainedAndRecordedWithoutACode()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, drop);
        QFETCH(QString, fragment);
        SimulatorFaults faults;
        faults.forcedStatus = status;
        faults.forcedBody = body;
        faults.dropConnection = drop;
        m_session->simulator()->setFaults(faults);
        chooseLock(QStringLiteral("Room 101"));
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(problem().contains(fragment), 10000);
        QVERIFY(shownCode().isEmpty());
        QVERIFY(!child<QPushButton>("copyPushButton")->isEnabled());
        // The request went out: History keeps it as failed or in doubt, never with a code.
        QCOMPARE(historyRows(), 1);
        const HistoryEntry row = m_session->history().page(QString(), 0, 1).first();
        QVERIFY(row.code.isEmpty());
        QVERIFY(row.status(m_clock->nowUtc()) == HistoryEntry::Status::Failed
                || row.status(m_clock->nowUtc()) == HistoryEntry::Status::InDoubt);
    }

    void timeoutIsExplained()
    {
        m_session->client().setTimeoutMs(300);
        SimulatorFaults faults;
        faults.delayMs = 2000;
        m_session->simulator()->setFaults(faults);
        chooseLock(QStringLiteral("Room 101"));
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(problem().contains(QLatin1String("did not answer in time")), 10000);
        // It may have been billed: kept in history as in doubt.
        QCOMPARE(historyRows(), 1);
        QCOMPARE(m_session->history().page(QString(), 0, 1).first().status(m_clock->nowUtc()),
                 HistoryEntry::Status::InDoubt);
    }

    void wrongLengthCodeIsNotShown()
    {
        SimulatorFaults faults;
        faults.forcedStatus = 200;
        faults.forcedBody = "{\"ActualNetcode\":\"123456\"}";
        m_session->simulator()->setFaults(faults);
        chooseLock(QStringLiteral("Room 101"));
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(problem().contains(QLatin1String("model")), 10000);
        QVERIFY(shownCode().isEmpty());
        QCOMPARE(historyRows(), 1);
        auto* table = child<QTableView>("historyTableView");
        QCOMPARE(table->model()->index(0, HistoryTableModel::Status).data().toString(), QStringLiteral("Failed"));
        QVERIFY(!table->model()->index(0, HistoryTableModel::Code).data().toString().contains(QLatin1String("123")));
    }

    void pastStartIsRefusedWithAReason()
    {
        chooseLock(QStringLiteral("Room 101"));
        auto* start = child<QDateTimeEdit>("startDateTimeEdit");
        start->setDateTime(QDateTime(QDate(2027, 7, 14), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(child<QLabel>("previewLabel")->text().contains(QLatin1String("past")));
        QVERIFY(!child<QPushButton>("issuePushButton")->isEnabled());
        issueByKeyboard();
        QTest::qWait(100);
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 0);
        // Snapping is explained live.
        start->setDateTime(QDateTime(QDate(2027, 7, 14), QTime(16, 37), QTimeZone::utc()));
        QVERIFY(child<QLabel>("snapNoteLabel")->text().contains(QLatin1String("16:37")));
        QVERIFY(child<QPushButton>("issuePushButton")->isEnabled());
    }

    void springForwardGapIsRefused()
    {
        m_clock->setNowUtc(QDateTime(QDate(2027, 3, 27), QTime(10, 0), QTimeZone::utc()));
        chooseLock(QStringLiteral("Room 101"));
        child<QDateTimeEdit>("startDateTimeEdit")->setDateTime(QDateTime(QDate(2027, 3, 28), QTime(1, 30), QTimeZone::utc()));
        QVERIFY2(child<QLabel>("previewLabel")->text().contains(QLatin1String("does not exist")),
                 qPrintable(child<QLabel>("previewLabel")->text()));
        QVERIFY(!child<QPushButton>("issuePushButton")->isEnabled());
    }

    void historySearchCopyAndReprint()
    {
        chooseLock(QStringLiteral("Room 101"));
        // Names beyond ASCII arrive as input-method text, not key codes.
        child<QLineEdit>("guestNameLineEdit")->insert(QStringLiteral("Zoë Müller"));
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
        const QString code = QString(shownCode()).remove(QLatin1Char(' '));
        chooseLock(QStringLiteral("Locker"));
        QTest::keyClicks(child<QLineEdit>("guestNameLineEdit"), QStringLiteral("Ben"));
        MessageBox::setNextAnswer(QMessageBox::Yes); // the afternoon's 1-day rental: issue as shown
        issueByKeyboard();
        // The row is there from the moment the request is claimed; wait for its answer too.
        QTRY_VERIFY_WITH_TIMEOUT(historyRows() == 2 && !m_session->issuer().isBusy(), 10000);

        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto* search = child<QLineEdit>("historySearchLineEdit");
        QVERIFY(search->hasFocus());
        search->insert(QStringLiteral("müller"));
        auto* table = child<QTableView>("historyTableView");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return); // to the first match
        QVERIFY(table->hasFocus());
        QApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>("historyCopyPushButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), code);

        std::optional<SlipDetails> printed;
        SlipPrinter::setPreviewInterceptorForTests([&printed](const SlipDetails& slip) { printed = slip; });
        QTest::mouseClick(child<QPushButton>("historyReprintPushButton"), Qt::LeftButton);
        QVERIFY(printed.has_value());
        QCOMPARE(printed->entry.code, code);
        QCOMPARE(printed->entry.guestName, QStringLiteral("Zoë Müller"));
        QVERIFY(problem().contains(QLatin1String("no new code")));
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 2); // a reprint is never a new request
    }

    // A guest name with a right-to-left override (pasted from a booking site) would make the card,
    // the history row and the message for the guest read reversed: each shows a marker instead,
    // while history keeps the name exactly as it was typed.
    void aHostileGuestNameIsShownWithMarkers()
    {
        const QString hostile = QStringLiteral("Ana \u202Exobdraob \u2066Room 12\u2069");
        const QString shown = QStringLiteral("Ana \u2039U+202E\u203Axobdraob \u2039U+2066\u203ARoom 12\u2039U+2069\u203A");
        chooseLock(QStringLiteral("Room 101"));
        child<QLineEdit>("guestNameLineEdit")->insert(hostile);
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
        QCOMPARE(m_session->history().page(QString(), 0, 1).constFirst().guestName, hostile);
        const QString card = child<QLabel>("windowLabel")->text();
        QVERIFY2(card.contains(shown), qPrintable(card));
        auto* table = child<QTableView>("historyTableView");
        QCOMPARE(table->model()->index(0, HistoryTableModel::Guest).data().toString(), shown);
        QApplication::clipboard()->clear();
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        const QString message = QApplication::clipboard()->text();
        QVERIFY2(message.contains(QStringLiteral("Hello ") + shown + QLatin1Char(',')), qPrintable(message));
        for (const QString& text : {card, message})
            for (const QChar control : {QChar(0x202E), QChar(0x2066), QChar(0x2069)})
                QVERIFY(!text.contains(control));

        // A lock's name at the top of the form: markers, and markup shown as typed.
        Lock lock = *m_window->findChild<LockListPanel*>()->currentLock();
        lock.name = QStringLiteral("<b>Gate</b> \u202E21");
        m_window->findChild<IssuePanel*>()->setLock(lock);
        auto* title = child<QLabel>("lockTitleLabel");
        QVERIFY2(title->text().startsWith(QStringLiteral("<b>Gate</b> \u2039U+202E\u203A21 — ")), qPrintable(title->text()));
        QCOMPARE(title->textFormat(), Qt::PlainText);
    }

    void addAndRemoveALock()
    {
        bool sawError = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<LockDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("Room 102"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("timecodeLineEdit")), QStringLiteral("20260422122"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("lockNumberLineEdit")), QStringLiteral("552301"));
            auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
            QTest::mouseClick(save, Qt::LeftButton);
            sawError = dialog->isVisible()
                       && dialog->findChild<QLabel*>(QStringLiteral("timecodeErrorLabel"))->text().contains(QLatin1String("11 digits"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("timecodeLineEdit")), QStringLiteral("6"));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(sawError);
        QCOMPARE(m_session->locks().count(), 5);
        auto* list = child<QListView>("lockListView");
        QTRY_VERIFY(list->currentIndex().data().toString().startsWith(QLatin1String("Room 102")));

        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>("removeLockPushButton"), Qt::LeftButton);
        QCOMPARE(m_session->locks().count(), 5);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>("removeLockPushButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Room 102")));
        QCOMPARE(m_session->locks().count(), 4);
    }

    void tabWalksTheIssueFormInOrder()
    {
        chooseLock(QStringLiteral("Room 101"));
        const QStringList expected = {QStringLiteral("startDateTimeEdit"), QStringLiteral("thisHourPushButton"),
                                      QStringLiteral("nextHourPushButton"), QStringLiteral("tonightPushButton"),
                                      QStringLiteral("keepPaidTimeCheckBox"), QStringLiteral("guestNameLineEdit"), QStringLiteral("roomLineEdit"),
                                      QStringLiteral("referenceLineEdit"), QStringLiteral("noteLineEdit"),
                                      QStringLiteral("issuePushButton")};
        QStringList visited;
        for (int i = 0; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(visited, expected);
        // Shift+Tab goes back out of the start field in one step, too.
        child<QLineEdit>("guestNameLineEdit")->setFocus();
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("startDateTimeEdit"));
    }

    void enterInTheStartFieldIssues()
    {
        chooseLock(QStringLiteral("Room 101"));
        auto* start = child<QDateTimeEdit>("startDateTimeEdit");
        start->setFocus();
        QTest::keyClick(start, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
    }

    void importSmartLocksFromTheMenu()
    {
        InputBox::setNextAnswer(QStringLiteral("DemoAccessKey42"));
        m_window->actions().importSmartLocks->trigger();
        QTRY_COMPARE(child<QListView>("lockListView")->model()->rowCount(), 6);
        InputBox::setNextAnswer(QStringLiteral("WrongKey1"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        m_window->actions().importSmartLocks->trigger();
        QTRY_VERIFY(MessageBox::lastText().contains(QLatin1String("access key")));
        QCOMPARE(child<QListView>("lockListView")->model()->rowCount(), 6);
    }

    void repeatingARequestCostsNothingUnlessAskedFor()
    {
        chooseLock(QStringLiteral("Room 101"));
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
        const QString first = shownCode();
        QVERIFY(!child<QPushButton>("freshPushButton")->isVisible());
        chooseLock(QStringLiteral("Room 101"));
        issueByKeyboard();
        QTRY_VERIFY(problem().contains(QLatin1String("no new charge")));
        QVERIFY(problem().contains(QLatin1String("DEMO"))); // a reissued demo code is still a demo code
        QCOMPARE(shownCode(), first);
        QCOMPARE(m_session->simulator()->netCodeRequestCount(), 1);
        auto* table = child<QTableView>("historyTableView");
        QCOMPARE(table->model()->index(0, HistoryTableModel::Source).data().toString(), QStringLiteral("Reissued from history"));
        QVERIFY(child<QPushButton>("freshPushButton")->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>("freshPushButton"), Qt::LeftButton);
        QTRY_COMPARE(m_session->simulator()->netCodeRequestCount(), 2);
        QTRY_VERIFY(!child<QPushButton>("freshPushButton")->isVisible());
    }

    void aTimeoutOffersRetry()
    {
        chooseLock(QStringLiteral("Room 101"));
        m_session->client().setTimeoutMs(300);
        SimulatorFaults faults;
        faults.delayMs = 1500;
        faults.remaining = 1;
        m_session->simulator()->setFaults(faults);
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("retryPushButton")->isVisible(), 10000);
        QVERIFY(problem().contains(QLatin1String("did not answer in time")));
        QTest::mouseClick(child<QPushButton>("retryPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
        QVERIFY(!child<QPushButton>("retryPushButton")->isVisible());
    }

    void smartLockIssuesWithItsStoredAccessKey()
    {
        chooseLock(QStringLiteral("gate"));
        issueByKeyboard();
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
        QCOMPARE(QString(shownCode()).remove(QLatin1Char(' ')).size(), 6);
        QVERIFY(child<QLabel>("instructionsLabel")->text().contains(QLatin1Char('*')));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
