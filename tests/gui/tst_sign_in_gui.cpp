// The desk with staff sign-in on, driven by keyboard: the sign-in dialog first, a wrong PIN's
// message, what a desk user may not do, "issued by" on the new row, and Switch user to a manager.
#include "ActionRegistry.h"
#include "AppSession.h"
#include "AuditLog.h"
#include "DemoSessionFixture.h"
#include "DialogSeams.h"
#include "DurationCatalogueService.h"
#include "IssueService.h"
#include "LockAdmin.h"
#include "LockListPanel.h"
#include "MainWindow.h"
#include "RequireChild.h"
#include "SignIn.h"
#include "SignInDialog.h"
#include "StaffAdmin.h"
#include "StaffDialog.h"
#include "StaffRepository.h"
#include "SettingsDialog.h"
#include "SiteSettings.h"

#include <QCheckBox>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

class TestSignInGui final : public QObject {
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

    SignInDialog* signInDialog() const
    {
        auto* dialog = m_window->findChild<SignInDialog*>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    // Types into whatever has the keyboard focus, as a person would.
    static void type(const QString& text)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClicks(focus, text);
    }
    static void press(Qt::Key key)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key);
    }

    void signInByKeyboard(const QString& name, const QString& secret)
    {
        QTRY_VERIFY(signInDialog());
        // The window manager activates a new modal dialog; offscreen, the test does.
        QApplication::setActiveWindow(signInDialog());
        QTRY_VERIFY(QApplication::focusWidget()
                    && QApplication::focusWidget()->objectName() == QLatin1String("signInNameLineEdit"));
        type(name);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("signInSecretLineEdit"));
        type(secret);
        press(Qt::Key_Return);
    }

private slots:
    void init()
    {
        const QString error = m_fixture.start({{QStringLiteral("desk/operatorName"), QStringLiteral("Typed Name")}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
        // Staff added and sign-in turned on as the administration tool does it.
        SignIn tool(m_session->staff(), m_session->auditLog(), m_session->clock(), &m_session->database());
        tool.actAsAdministrator(QStringLiteral("(command line) test"));
        StaffAdmin admin(m_session->staff(), tool, m_session->database().connection());
        QVERIFY(admin.add(QStringLiteral("Maria"), StaffRole::Role::Manager, QStringLiteral("9999"), QString()));
        QVERIFY(admin.add(QStringLiteral("Tom <b>Bold</b>"), StaffRole::Role::Desk, QStringLiteral("1234"), QString()));
        QString failure;
        QVERIFY2(tool.setEnabledSetting(true, &failure), qPrintable(failure));
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

    void startsAtSignInAndRefusesAWrongPin()
    {
        QTRY_VERIFY(signInDialog());
        QVERIFY(!m_window->centralWidget()->isVisible()); // no guest names before anyone signs in
        signInByKeyboard(QStringLiteral("Tom <b>Bold</b>"), QStringLiteral("0000"));
        auto* message = requireChild<QLabel>(signInDialog(), "signInErrorLabel");
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("do not match")), qPrintable(message->text()));
        QCOMPARE(message->textFormat(), Qt::PlainText);
        // The PIN field is cleared and has the focus again; the name stays.
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("signInSecretLineEdit"));
        QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget())->text().isEmpty());
        type(QStringLiteral("1234"));
        press(Qt::Key_Return);
        QTRY_VERIFY(!signInDialog());
        QApplication::setActiveWindow(m_window.get()); // as the window manager does after a dialog
        QVERIFY(m_session->signIn().isSignedIn());
        QVERIFY(m_window->centralWidget()->isVisible());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("DEMO — Tom <b>Bold</b> (Desk) — NetCode Desk"));
    }

    void deskUserMayIssueButNotChangeLocksOrSettings()
    {
        signInByKeyboard(QStringLiteral("tom <b>bold</b>"), QStringLiteral("1234"));
        QTRY_VERIFY(!signInDialog());
        QApplication::setActiveWindow(m_window.get()); // as the window manager does after a dialog
        ActionRegistry& actions = m_window->actions();
        for (QAction* action : {actions.newLock, actions.importLocks, actions.staff, actions.auditLog, actions.restoreBackup})
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(actions.newLock->toolTip().contains(QStringLiteral("Only a manager")));
        // Settings open for this computer's part (deskUserChangesOnlyThisComputersSettings).
        QVERIFY(actions.settings->isEnabled());
        // A lock selected: still no edit or remove, and Delete says why.
        auto* list = child<QListView>("lockListView");
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(m_window->findChild<LockListPanel*>()->currentLock());
        QVERIFY(!actions.editLock->isEnabled());
        QVERIFY(!actions.removeLock->isEnabled());
        QVERIFY(!child<QPushButton>("removeLockPushButton")->isEnabled());
        const int locks = m_session->locks().count();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(MessageBox::lastText(), QStringLiteral("Only a manager can add, change or remove locks. Ask a manager to sign in."));
        QCOMPARE(m_session->locks().count(), locks);

        // Issuing is the desk's job: the new row names the person signed in, not the typed name.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        type(QStringLiteral("room 1"));
        press(Qt::Key_Return);
        const auto lock = m_window->findChild<LockListPanel*>()->currentLock();
        QVERIFY(lock);
        QTRY_VERIFY(!m_session->durations().isFetching(LockModelCatalogue::info(lock->model).wireValue));
        auto* guest = child<QLineEdit>("guestNameLineEdit");
        guest->setFocus();
        QTest::keyClicks(guest, QStringLiteral("Ana Example"));
        QTest::keyClick(guest, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("codeLabel")->text().isEmpty(), 10000);
        const QList<HistoryEntry> rows = m_session->history().page(QStringLiteral("Ana Example"), 0, 5);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().issuedBy, QStringLiteral("Tom <b>Bold</b>"));
    }

    void switchUserToAManagerKeepsTheWindow()
    {
        signInByKeyboard(QStringLiteral("Tom <b>Bold</b>"), QStringLiteral("1234"));
        QTRY_VERIFY(!signInDialog());
        QApplication::setActiveWindow(m_window.get()); // as the window manager does after a dialog
        QWidget* window = m_window.get();
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(signInDialog());
        QVERIFY(m_window->centralWidget()->isVisible()); // the window stays as it was behind the dialog
        signInByKeyboard(QStringLiteral("Maria"), QStringLiteral("9999"));
        QTRY_VERIFY(!signInDialog());
        QApplication::setActiveWindow(m_window.get()); // as the window manager does after a dialog
        QCOMPARE(m_window.get(), window);
        QCOMPARE(m_session->signIn().currentName(), QStringLiteral("Maria"));
        // The person once, the application's name once (a title ending with it gets nothing
        // appended by the platform), DEMO kept — also after the status bar is brought up to date.
        const QString title = QStringLiteral("DEMO — Maria (Manager) — NetCode Desk");
        QCOMPARE(m_window->windowTitle(), title);
        emit m_session->requestCounted();
        QCOMPARE(m_window->windowTitle(), title);
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier); // and a second switch, to the same person
        signInByKeyboard(QStringLiteral("Maria"), QStringLiteral("9999"));
        QTRY_VERIFY(!signInDialog());
        QApplication::setActiveWindow(m_window.get());
        QCOMPARE(m_window->windowTitle(), title);
        ActionRegistry& actions = m_window->actions();
        for (QAction* action : {actions.settings, actions.newLock, actions.staff, actions.auditLog})
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
        auto* list = child<QListView>("lockListView");
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(actions.removeLock->isEnabled());
        // A manager's lock removal is audited with their name.
        const int locks = m_session->locks().count();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        actions.removeLock->trigger();
        QCOMPARE(m_session->locks().count(), locks - 1);
        const AuditEntry last = m_session->auditLog().recent().constFirst();
        QCOMPARE(last.action, QStringLiteral("lock.removed"));
        QCOMPARE(last.staffName, QStringLiteral("Maria"));
        // Sign out: back to the sign-in dialog, nothing on screen.
        actions.signOut->trigger();
        QTRY_VERIFY(signInDialog());
        QVERIFY(!m_session->signIn().isSignedIn());
        QVERIFY(!m_window->centralWidget()->isVisible());
        // Nobody signed in: a shortcut cannot issue behind the dialog's back.
        const int rows = m_session->history().count(QString());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        actions.issue->trigger();
        QCOMPARE(MessageBox::lastText(), QStringLiteral("Nobody is signed in at this desk. Sign in first."));
        QVERIFY(!m_session->issuer().isBusy());
        QCOMPARE(m_session->history().count(QString()), rows);
    }

    // A desk user opens Settings for what belongs to their computer; the site's page is there to
    // read, greyed, with the reason, and Save keeps the site's settings as they were.
    void deskUserChangesOnlyThisComputersSettings()
    {
        signInByKeyboard(QStringLiteral("Tom <b>Bold</b>"), QStringLiteral("1234"));
        QTRY_VERIFY(!signInDialog());
        QApplication::setActiveWindow(m_window.get());
        const SiteSettings::Values before = m_session->site().values();
        const int audits = int(m_session->auditLog().recent().size());
        bool opened = false;
        QTimer::singleShot(0, this, [&opened] {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            opened = true;
            auto* pages = requireChild<QTabWidget>(dialog, "settingsTabWidget");
            QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("computerPage"));
            // "Issued by" is the person signed in: a note, not a field that would do nothing.
            QVERIFY(!requireChild<QLineEdit>(dialog, "operatorNameLineEdit")->isVisible());
            QVERIFY(requireChild<QLabel>(dialog, "issuedBySignedInLabel")->isVisible());
            auto* timeout = requireChild<QSpinBox>(dialog, "requestTimeoutSpinBox");
            QVERIFY(timeout->isEnabled());
            timeout->setFocus();
            timeout->selectAll();
            QTest::keyClicks(timeout, QStringLiteral("45"));
            auto* zone = requireChild<QComboBox>(dialog, "deskTimeZoneComboBox");
            zone->setCurrentIndex(zone->findData(QStringLiteral("Europe/Paris")));
            QVERIFY(requireChild<QPushButton>(dialog, "sharedStorePushButton")->isEnabled());
            pages->setCurrentWidget(requireChild<QWidget>(dialog, "sitePage"));
            auto* why = requireChild<QLabel>(dialog, "siteReadOnlyLabel");
            QVERIFY(why->isVisible());
            QCOMPARE(why->text(), QStringLiteral("Only a manager can change the site's settings."));
            for (const char* name : {"apiKeyLineEdit", "apiHostLineEdit", "propertyNameLineEdit", "helpPhoneLineEdit",
                                     "retentionSpinBox", "monthlyQuotaSpinBox", "readBackCheckBox", "staffSignInCheckBox"})
                QVERIFY2(!requireChild<QWidget>(dialog, name)->isEnabled(), name);
            // Even a value that reached a greyed field is not saved for the site.
            requireChild<QLineEdit>(dialog, "propertyNameLineEdit")->setText(QStringLiteral("Changed by a desk"));
            QTest::mouseClick(requireChild<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
        });
        m_window->actions().settings->trigger();
        QVERIFY(opened);
        QCOMPARE(m_session->settings().requestTimeoutSecs(), 45);
        QCOMPARE(m_session->settings().deskTimeZoneOverride(), QStringLiteral("Europe/Paris"));
        QCOMPARE(m_session->site().propertyName(), before.propertyName);
        QCOMPARE(m_session->site().values().endpoint.host, before.endpoint.host);
        QCOMPARE(int(m_session->auditLog().recent().size()), audits); // no manager action was done
    }

    // First run with sign-in on: the welcome questions come first, each with no sign-in dialog
    // under it, then the sign-in; Settings asked for at the welcome open once someone is signed in.
    void firstRunWelcomesBeforeSignIn()
    {
        cleanup();
        QVERIFY(m_fixture.start({{QStringLiteral("desk/firstRunDone"), false}}).isEmpty());
        m_session = m_fixture.session.get();
        SignIn tool(m_session->staff(), m_session->auditLog(), m_session->clock(), &m_session->database());
        tool.actAsAdministrator(QStringLiteral("(command line) test"));
        StaffAdmin admin(m_session->staff(), tool, m_session->database().connection());
        QVERIFY(admin.add(QStringLiteral("Maria"), StaffRole::Role::Manager, QStringLiteral("9999"), QString()));
        QString failure;
        QVERIFY2(tool.setEnabledSetting(true, &failure), qPrintable(failure));

        // Whatever modal box shows up is noted (with whether a sign-in dialog was open under it) and answered.
        QStringList seen;
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, this, [this, &seen] {
            QWidget* modal = QApplication::activeModalWidget();
            const bool underSignIn = m_window && signInDialog();
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                const bool welcome = box->windowTitle().startsWith(QStringLiteral("Welcome"));
                seen << box->windowTitle() + (underSignIn ? QStringLiteral(" over sign-in") : QString());
                if (QAbstractButton* answer = box->button(welcome ? QMessageBox::Yes : QMessageBox::No))
                    answer->click();
                else
                    box->reject();
            } else if (auto* settings = qobject_cast<SettingsDialog*>(modal)) {
                seen << QStringLiteral("Settings") + (underSignIn ? QStringLiteral(" over sign-in") : QString());
                settings->reject();
            }
        });
        watcher.start(10);
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(signInDialog());
        QCOMPARE(seen, (QStringList{QStringLiteral("One desk or a team?"), QStringLiteral("Welcome to NetCode Desk")}));
        QVERIFY(!m_window->centralWidget()->isVisible()); // nobody signed in yet: no guest names
        signInByKeyboard(QStringLiteral("Maria"), QStringLiteral("9999"));
        QTRY_VERIFY(seen.size() == 3);
        QCOMPARE(seen.last(), QStringLiteral("Settings"));
        QVERIFY(m_session->settings().firstRunDone());
    }

    void settingsOffersSignInAndFixesItOnASharedStore()
    {
        SettingsDialog dialog(m_session->settings(), m_session->site(), QString(), false);
        dialog.setStaffSignIn(false, false);
        auto* box = requireChild<QCheckBox>(&dialog, "staffSignInCheckBox");
        auto* typedName = requireChild<QLineEdit>(&dialog, "operatorNameLineEdit");
        auto* signedInNote = requireChild<QLabel>(&dialog, "issuedBySignedInLabel");
        QVERIFY(!box->isChecked());
        QVERIFY(box->isEnabled());
        QVERIFY(!typedName->isHidden()); // on a page not shown yet: hidden or not by itself
        QVERIFY(signedInNote->isHidden());
        dialog.setStaffSignIn(true, false);
        QVERIFY(box->isChecked());
        // "Issued by" is the signed-in person: the typed name gives way to a note saying so.
        QVERIFY(typedName->isHidden());
        QVERIFY(!signedInNote->isHidden());
        QCOMPARE(signedInNote->text(), QStringLiteral("Codes are issued in the name of the person signed in."));
        dialog.setStaffSignIn(false, true);
        QVERIFY(box->isChecked());
        QVERIFY(!box->isEnabled()); // always on for a shared store
        QVERIFY(dialog.staffSignIn());
    }

    // Sign-in off (the default on one PC): no dialog, every action allowed, the typed name issues.
    void deskWorksAsBeforeWithoutSignIn()
    {
        DemoSessionFixture fixture;
        QVERIFY(fixture.start({{QStringLiteral("desk/operatorName"), QStringLiteral("Typed Name")}}).isEmpty());
        AppSession& session = *fixture.session;
        QVERIFY(!session.signIn().isRequired());
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(0); // afterStart
        QCoreApplication::processEvents();
        QVERIFY(!window.findChild<SignInDialog*>());
        QVERIFY(window.centralWidget()->isVisible());
        QVERIFY(window.actions().settings->isEnabled());
        QVERIFY(window.actions().newLock->isEnabled());
        QVERIFY(!window.actions().switchUser->isVisible());
        // The lock service allows a removal and audits it without a name.
        const Lock first = session.locks().all().constFirst();
        QVERIFY2(session.lockAdmin().remove(first), qPrintable(session.lockAdmin().errorText()));
        QCOMPARE(session.auditLog().recent().constFirst().action, QStringLiteral("lock.removed"));
    }

    void staffDialogAddsAPersonByKeyboard()
    {
        signInByKeyboard(QStringLiteral("Maria"), QStringLiteral("9999"));
        QTRY_VERIFY(!signInDialog());
        QApplication::setActiveWindow(m_window.get()); // as the window manager does after a dialog
        StaffDialog dialog(*m_session, false, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(requireChild<QLineEdit>(&dialog, "staffNameLineEdit"), QStringLiteral("Lee"));
        QTest::keyClicks(requireChild<QLineEdit>(&dialog, "staffSecretLineEdit"), QStringLiteral("4321"));
        QTest::keyClicks(requireChild<QLineEdit>(&dialog, "staffRepeatLineEdit"), QStringLiteral("4322"));
        QTest::mouseClick(requireChild<QPushButton>(&dialog, "staffAddPushButton"), Qt::LeftButton);
        auto* message = requireChild<QLabel>(&dialog, "staffErrorLabel");
        QVERIFY(message->text().contains(QStringLiteral("differ")));
        StaffMember lee;
        QVERIFY(!m_session->staff().findByName(QStringLiteral("Lee"), &lee));
        QTest::keyClicks(requireChild<QLineEdit>(&dialog, "staffSecretLineEdit"), QStringLiteral("4321"));
        QTest::keyClicks(requireChild<QLineEdit>(&dialog, "staffRepeatLineEdit"), QStringLiteral("4321"));
        QTest::mouseClick(requireChild<QPushButton>(&dialog, "staffAddPushButton"), Qt::LeftButton);
        QVERIFY2(m_session->staff().findByName(QStringLiteral("Lee"), &lee), qPrintable(message->text()));
        QCOMPARE(lee.role, StaffRole::Role::Desk);
        QCOMPARE(m_session->auditLog().recent().constFirst().staffName, QStringLiteral("Maria"));
    }
};

QTEST_MAIN(TestSignInGui)
#include "tst_sign_in_gui.moc"
