#include "AppSession.h"
#include "AppSettings.h"
#include "AuditLogDialog.h"
#include "BatchIssueDialog.h"
#include "DemoSessionFixture.h"
#include "Languages.h"
#include "LockDialog.h"
#include "MnemonicClashes.h"
#include "SettingsDialog.h"
#include "EmailCodeDialog.h"
#include "MailSettingsPage.h"
#include "SharedStorePage.h"
#include "SignIn.h"
#include "SignInDialog.h"
#include "StaffAdmin.h"
#include "StaffDialog.h"
#include "StaffRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// Every dialog, in every language and in each of its states, gives each Alt+letter to one place only.
class TestDialogMnemonics final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    QTemporaryDir m_dir;

    // The dialogs this test opens; everyDialogIsCovered() holds it against the sources.
    static QSet<QString> covered()
    {
        return {QStringLiteral("LockDialog"),  QStringLiteral("SettingsDialog"), QStringLiteral("BatchIssueDialog"),
                QStringLiteral("StaffDialog"), QStringLiteral("SignInDialog"),   QStringLiteral("AuditLogDialog"),
                QStringLiteral("SharedStoreDialog"), QStringLiteral("EmailCodeDialog")};
    }

    static void check(QWidget* dialog, const QString& state = {})
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // For looking at each dialog in each language: NETCODE_SCREENSHOT_DIR=/some/dir.
        if (const QString dir = qEnvironmentVariable("NETCODE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QStringLiteral("%1/%2%3-%4.png")
                                    .arg(dir, QString::fromLatin1(dialog->metaObject()->className()),
                                         state.isEmpty() ? QString() : QLatin1Char('-') + state, QLocale().name()));
        const QStringList clashes = mnemonicClashes(dialog, true);
        QVERIFY2(clashes.isEmpty(), qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + QLatin1Char(' ')
                                               + state + QLatin1Char('\n') + clashes.join(QLatin1Char('\n'))));
    }

    // Each page of the settings on its own: a hidden page's fields take no Alt+letter.
    static void checkPages(SettingsDialog* dialog, const QString& state)
    {
        auto* pages = dialog->findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"));
        QVERIFY(pages && pages->count() >= 2);
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            check(dialog, state + QString::number(i));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start().isEmpty());
        // People in every state the staff dialog's buttons change with: a manager, a desk user,
        // and someone deactivated.
        AppSession& session = *m_fixture.session;
        SignIn tool(session.staff(), session.auditLog(), session.clock(), &session.database());
        tool.actAsAdministrator(QStringLiteral("(command line) test"));
        StaffAdmin admin(session.staff(), tool, session.database().connection());
        QVERIFY(admin.add(QStringLiteral("Maria"), StaffRole::Role::Manager, QStringLiteral("9999"), QString()));
        QVERIFY(admin.add(QStringLiteral("Tom"), StaffRole::Role::Desk, QStringLiteral("1234"), QString()));
        StaffMember gone;
        QVERIFY(admin.add(QStringLiteral("Lee"), StaffRole::Role::Desk, QStringLiteral("4321"), QString(), &gone));
        QVERIFY(admin.deactivate(gone.id));
    }
    void cleanupTestCase() { m_fixture.stop(); }

    // A dialog added to src/ui without a place here fails this, so none is left unchecked.
    void everyDialogIsCovered()
    {
        QSet<QString> found;
        const QRegularExpression declaration(QStringLiteral("class\\s+(\\w+)\\s+final\\s*:\\s*public\\s+QDialog\\b"));
        QDirIterator it(QStringLiteral(NETCODE_UI_SOURCE_DIR), {QStringLiteral("*.h")}, QDir::Files);
        while (it.hasNext()) {
            QFile header(it.next());
            QVERIFY(header.open(QIODevice::ReadOnly));
            for (const auto& match : declaration.globalMatch(QString::fromUtf8(header.readAll())))
                found.insert(match.captured(1));
        }
        QVERIFY2(found.size() >= 7, qPrintable(QStringList(found.values()).join(QLatin1Char(' '))));
        const QSet<QString> missing = found - covered();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not checked: ") + QStringList(missing.values()).join(QLatin1Char(' '))));
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto& [code, name] : Languages::available())
            QTest::newRow(qPrintable(code)) << code;
    }

    void dialogs()
    {
        QFETCH(QString, language);
        ScopedLanguage scoped(language);
        AppSession& session = *m_fixture.session;
        {
            Lock lock;
            lock.timeZoneId = QStringLiteral("Europe/London");
            LockDialog dialog(lock, {}, false);
            check(&dialog);
        }
        {
            AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
            SettingsDialog dialog(settings, session.site(), QStringLiteral("Manager"), true);
            dialog.addMailPage(new MailSettingsPage(session.site(), session.secrets(), session.mail()));
            checkPages(&dialog, QStringLiteral("manager"));
            // With sign-in on, and as a desk user (the site's page read-only, with its note).
            dialog.setStaffSignIn(true, false);
            checkPages(&dialog, QStringLiteral("signin"));
            dialog.setSiteEditable(false);
            checkPages(&dialog, QStringLiteral("desk"));
        }
        {
            BatchIssueDialog dialog(session);
            check(&dialog);
        }
        {
            StaffDialog dialog(session, false);
            check(&dialog, QStringLiteral("none"));
            // Each person selected: the buttons say "Make manager", "Make desk user", "Reactivate".
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("staffTableWidget"));
            QVERIFY(table && table->rowCount() >= 3);
            for (int row = 0; row < table->rowCount(); ++row) {
                table->selectRow(row);
                check(&dialog, table->item(row, 0)->text());
            }
        }
        {
            StaffDialog dialog(session, true);
            check(&dialog, QStringLiteral("first"));
        }
        for (const bool atStart : {true, false}) {
            SignInDialog dialog(session.signIn(), QStringLiteral("postgresql://desk1@server/netcode"), atStart);
            check(&dialog, atStart ? QStringLiteral("start") : QStringLiteral("switch"));
        }
        {
            AuditLogDialog dialog(session);
            check(&dialog);
        }
        {
            EmailCodeDialog dialog(QStringLiteral("Room 101 — Ana"), QStringLiteral("Deutsch"), QString(), true);
            check(&dialog);
        }
        {
            SharedStoreDialog dialog(session.settings(), session.secrets(), session.database().path());
            check(&dialog, QStringLiteral("file"));
            dialog.page()->chooseSharedStore();
            check(&dialog, QStringLiteral("shared"));
        }
    }
};

QTEST_MAIN(TestDialogMnemonics)
#include "tst_dialog_mnemonics.moc"
