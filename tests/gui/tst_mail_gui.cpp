#include "ActionRegistry.h"
#include "AppSession.h"
#include "CodeEmailer.h"
#include "DemoSessionFixture.h"
#include "DialogSeams.h"
#include "EmailCodeDialog.h"
#include "GuestMail.h"
#include "GuestMailService.h"
#include "HistoryTableModel.h"
#include "Languages.h"
#include "LockListPanel.h"
#include "MailAttemptRepository.h"
#include "MailSettingsPage.h"
#include "MainWindow.h"
#include "RequireChild.h"
#include "ResultCard.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "SiteSettings.h"
#include "SmtpTestServer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrlQuery>

namespace {
const QString kGuest = QStringLiteral("guest@example.com");

// What a mail reader sees in a received message (tests/support/eml_summary.py).
QJsonObject summary(const QString& emlPath)
{
    QProcess reader;
    reader.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(NETCODE_EML_SUMMARY), emlPath});
    if (!reader.waitForFinished(20000))
        return {};
    return QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

QString shotsDir()
{
    return qEnvironmentVariable("NETCODE_MAIL_SHOTS");
}

// A keychain that cannot be used, worded as the system keychain words it.
class BrokenKeychain final : public SecretStore {
public:
    void read(const QString&, QObject* context, ReadCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] {
            callback(false, {}, QStringLiteral("The system keychain could not be read: Unknown error"));
        });
    }
    void write(const QString&, const QString&, QObject* context, WriteCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] {
            callback(false, QStringLiteral("No system keychain is available (no D-Bus), so the key is kept only until "
                                           "NetCode Desk closes. It was not written to any file."));
        });
    }
    void remove(const QString&, QObject*, WriteCallback) override {}
};

void shoot(QWidget* widget, const QString& name)
{
    if (shotsDir().isEmpty())
        return;
    QCoreApplication::processEvents(); // the layout settled first
    widget->grab().save(shotsDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

// Emailing codes from the desk, against a real SMTP server (aiosmtpd, STARTTLS and login) on
// 127.0.0.1: Settings → Mail, the test email, Email… on the card and in History, refusals, Try
// again, a server that is down or slow — and the mail program when no server is set up.
class TestMailGui final : public QObject {
    Q_OBJECT

private:
    DemoSessionFixture m_fixture;
    AppSession* m_session = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    template <typename T>
    T* child(const char* name) const
    {
        return requireChild<T>(m_window.get(), name);
    }
    QString shownCode() const { return child<QLabel>("codeLabel")->text(); }
    QLabel* emailLine() const { return child<QLabel>("emailStatusLabel"); }

    void issueCode(const QString& lockName = QStringLiteral("Room 101"))
    {
        Lock lock;
        QVERIFY(m_session->locks().findByName(lockName, &lock));
        m_window->findChild<LockListPanel*>()->selectLock(lock.id);
        QTest::keyClicks(child<QLineEdit>("guestNameLineEdit"), QStringLiteral("Ana Example"));
        auto* issue = child<QPushButton>("issuePushButton");
        QTRY_VERIFY(issue->isEnabled());
        child<QLabel>("codeLabel")->clear();
        QTest::mouseClick(issue, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!shownCode().isEmpty(), 10000);
    }

    // The server's settings straight into the store and keychain (Settings has its own test).
    void useServer(const SmtpTestServer& server)
    {
        QString error;
        QVERIFY2(m_session->site().setMailServer(server.server(), QStringLiteral("Test"), &error), qPrintable(error));
        bool written = false;
        m_session->secrets().write(GuestMailService::passwordKey(), server.password(), this,
                                   [&written](bool, const QString&) { written = true; });
        QTRY_VERIFY(written);
    }

    // Opens Settings and runs `fill` in the modal dialog, on the Mail page.
    void withMailSettings(const std::function<void(SettingsDialog*, MailSettingsPage*)>& fill)
    {
        bool ran = false;
        QTimer::singleShot(0, this, [fill, &ran] {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* page = dialog->findChild<MailSettingsPage*>();
            QVERIFY(page);
            dialog->findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"))
                ->setCurrentWidget(dialog->findChild<QWidget*>(QStringLiteral("mailTab")));
            ran = true;
            fill(dialog, page);
            if (dialog->isVisible())
                dialog->reject();
        });
        m_window->actions().settings->trigger();
        QVERIFY(ran);
    }

    QString writeCertificate(const SmtpTestServer& server)
    {
        const QString path = m_dir.filePath(QStringLiteral("site-ca.pem"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(server.certificatePem());
        return path;
    }

    // Types the server's settings into the Mail page as a manager would.
    void typeServer(MailSettingsPage* page, const SmtpTestServer& server, const QString& password)
    {
        retype(page->findChild<QLineEdit*>(QStringLiteral("mailHostLineEdit")), QStringLiteral("127.0.0.1"));
        auto* port = page->findChild<QSpinBox*>(QStringLiteral("mailPortSpinBox"));
        port->setFocus();
        port->setValue(server.port());
        retype(page->findChild<QLineEdit*>(QStringLiteral("mailUserLineEdit")), QStringLiteral("desk"));
        retype(page->findChild<QLineEdit*>(QStringLiteral("mailPasswordLineEdit")), password);
        retype(page->findChild<QLineEdit*>(QStringLiteral("mailFromNameLineEdit")), QStringLiteral("Harbour View Hotel"));
        retype(page->findChild<QLineEdit*>(QStringLiteral("mailFromAddressLineEdit")), QStringLiteral("desk@hotel.example"));
        retype(page->findChild<QLineEdit*>(QStringLiteral("mailReplyToLineEdit")), QStringLiteral("reception@hotel.example"));
        FileDialog::setNextFileName(writeCertificate(server));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("mailCertificatePushButton")), Qt::LeftButton);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("mailCertificateLabel"))->text().contains(QLatin1String("Trusted")));
    }

    QByteArray fileBytes(const QString& path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        const QString error = m_fixture.start({{QStringLiteral("slip/propertyName"), QStringLiteral("Harbour View Hotel")},
                                               {QStringLiteral("desk/operatorName"), QStringLiteral("Sam")}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_session = m_fixture.session.get();
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        ExternalLinks::setCaptureForTests(true);
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.stop();
    }

    // No mail server: Email opens the computer's mail program with the message, as before.
    void withoutServerTheMailProgramOpens()
    {
        QVERIFY(!m_session->mail().isConfigured());
        issueCode();
        QTest::mouseClick(child<QPushButton>("emailPushButton"), Qt::LeftButton);
        const QUrl mail = ExternalLinks::lastCaptured();
        QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
        QVERIFY(QUrlQuery(mail).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).contains(shownCode()));
        QVERIFY(!emailLine()->isVisible());
    }

    // Settings → Mail: the port follows the security, addresses are checked while typing, the
    // password goes to the keychain only (never the settings file or the store), a test email is
    // sent without blocking and its result shown; a wrong password is the server's refusal.
    void settingsPageSavesAndSendsATestEmail()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString password = server.password();
        withMailSettings([&](SettingsDialog* dialog, MailSettingsPage* page) {
            auto* security = page->findChild<QComboBox*>(QStringLiteral("mailSecurityComboBox"));
            auto* port = page->findChild<QSpinBox*>(QStringLiteral("mailPortSpinBox"));
            QCOMPARE(port->value(), 587);
            security->setCurrentIndex(security->findData(QStringLiteral("tls")));
            QCOMPARE(port->value(), 465);
            security->setCurrentIndex(security->findData(QStringLiteral("starttls")));
            QCOMPARE(port->value(), 587);
            // Checked while typing, with the reason.
            auto* from = page->findChild<QLineEdit*>(QStringLiteral("mailFromAddressLineEdit"));
            retype(from, QStringLiteral("desk@hotel example"));
            auto* fromError = page->findChild<QLabel*>(QStringLiteral("mailFromErrorLabel"));
            QVERIFY(fromError->isVisible());
            QVERIFY(!fromError->text().isEmpty());
            retype(page->findChild<QLineEdit*>(QStringLiteral("mailHostLineEdit")), QStringLiteral("smtp://mail"));
            QVERIFY(page->findChild<QLabel*>(QStringLiteral("mailHostErrorLabel"))->isVisible());

            typeServer(page, server, password);
            QVERIFY(!fromError->isVisible());
            shoot(dialog, QStringLiteral("mail-settings-en"));

            // The test goes to the From address unless another is typed.
            QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("mailTestAddressLineEdit"))->text(),
                     QStringLiteral("desk@hotel.example"));
            int ticks = 0;
            QTimer ticker;
            connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
            ticker.start(10);
            QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("mailTestPushButton")), Qt::LeftButton);
            QVERIFY(page->isTesting());
            QTRY_VERIFY_WITH_TIMEOUT(!page->isTesting(), 30000);
            QVERIFY(ticks > 0);
            QVERIFY2(page->resultText().contains(QLatin1String("accepted")), qPrintable(page->resultText()));
            QCOMPARE(server.messages().size(), 1);
            QCOMPARE(server.envelopes().constFirst().value(QStringLiteral("rcpt_tos")).toArray().first().toString(),
                     QStringLiteral("desk@hotel.example"));

            // A wrong password: the server's refusal, in words.
            retype(page->findChild<QLineEdit*>(QStringLiteral("mailPasswordLineEdit")), QStringLiteral("wrong"));
            QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("mailTestPushButton")), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isTesting(), 30000);
            QVERIFY(!page->resultText().contains(QLatin1String("accepted")));
            QVERIFY(!page->resultText().isEmpty());
            shoot(dialog, QStringLiteral("mail-settings-refused"));
            QCOMPARE(server.messages().size(), 1);

            retype(page->findChild<QLineEdit*>(QStringLiteral("mailPasswordLineEdit")), password);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        });

        const MailServer saved = m_session->site().mailServer();
        QCOMPARE(saved.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(saved.port, server.port());
        QCOMPARE(saved.user, QStringLiteral("desk"));
        QCOMPARE(saved.fromAddress, QStringLiteral("desk@hotel.example"));
        QCOMPARE(saved.replyTo, QStringLiteral("reception@hotel.example"));
        QCOMPARE(saved.trustedCertificatesPem.trimmed(), server.certificatePem().trimmed());
        QVERIFY(m_session->mail().isConfigured());
        // The password in the keychain, and nowhere on disk.
        QTRY_VERIFY(m_fixture.secrets->contains(GuestMailService::passwordKey()));
        m_session->settings().sync();
        QVERIFY(!fileBytes(m_fixture.settingsPath).contains(password.toUtf8()));
        QVERIFY(!fileBytes(m_fixture.databasePath).contains(password.toUtf8()));

        // Opened again: the password is not shown back; the page says one is saved, and an empty
        // field keeps it.
        withMailSettings([&](SettingsDialog* dialog, MailSettingsPage* page) {
            QVERIFY(page->findChild<QLineEdit*>(QStringLiteral("mailPasswordLineEdit"))->text().isEmpty());
            QTRY_VERIFY(page->passwordSaved());
            QVERIFY(page->findChild<QLabel*>(QStringLiteral("mailPasswordStateLabel"))->text().contains(QLatin1String("saved")));
            QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("mailTestPushButton")), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isTesting(), 30000);
            QVERIFY2(page->resultText().contains(QLatin1String("accepted")), qPrintable(page->resultText()));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QCOMPARE(server.messages().size(), 2);
        bool found = false;
        QString kept;
        m_session->secrets().read(GuestMailService::passwordKey(), this, [&](bool ok, const QString& value, const QString&) {
            found = ok;
            kept = value;
        });
        QTRY_VERIFY(found);
        QCOMPARE(kept, password);
    }

    // The site's CA certificate pasted as text (as it arrives in an email), and a keychain that
    // cannot be used said once, of the mail password.
    void certificatePastedAndKeychainTroubleInPlainWords()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        BrokenKeychain keychain;
        MailSettingsPage page(m_session->site(), keychain, m_session->mail());
        auto* state = page.findChild<QLabel*>(QStringLiteral("mailPasswordStateLabel"));
        QTRY_VERIFY(state->text().contains(QLatin1String("Unknown error")));
        QCOMPARE(state->text().count(QLatin1String("could not be read")), 1);

        auto* certificate = page.findChild<QLabel*>(QStringLiteral("mailCertificateLabel"));
        auto* paste = page.findChild<QPushButton*>(QStringLiteral("mailPasteCertificatePushButton"));
        QVERIFY(paste);
        QGuiApplication::clipboard()->setText(QStringLiteral("Nothing useful"));
        QTest::mouseClick(paste, Qt::LeftButton);
        QVERIFY2(certificate->text().contains(QLatin1String("clipboard holds no certificate")), qPrintable(certificate->text()));
        QVERIFY(page.typedServer().trustedCertificatesPem.isEmpty());
        QGuiApplication::clipboard()->setText(QStringLiteral("Here is our CA:\n\n") + QString::fromLatin1(server.certificatePem())
                                              + QStringLiteral("\nRegards, IT"));
        QTest::mouseClick(paste, Qt::LeftButton);
        QVERIFY2(certificate->text().contains(QLatin1String("Trusted")), qPrintable(certificate->text()));
        QCOMPARE(page.typedServer().trustedCertificatesPem.trimmed(), server.certificatePem().trimmed());

        retype(page.findChild<QLineEdit*>(QStringLiteral("mailHostLineEdit")), QStringLiteral("127.0.0.1"));
        retype(page.findChild<QLineEdit*>(QStringLiteral("mailFromAddressLineEdit")), QStringLiteral("desk@hotel.example"));
        retype(page.findChild<QLineEdit*>(QStringLiteral("mailPasswordLineEdit")), QStringLiteral("secret"));
        shoot(&page, QStringLiteral("mail-settings-pasted"));
        QWidget lasting;
        QString error;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY2(page.save(QStringLiteral("Test"), &lasting, &error), qPrintable(error));
        QTRY_VERIFY(MessageBox::lastText().contains(QLatin1String("mail password")));
        QVERIFY2(!MessageBox::lastText().contains(QRegularExpression(QStringLiteral("\\bkey\\b"))), qPrintable(MessageBox::lastText()));
    }

    // A desk user sees the mail settings greyed: they are the site's.
    void mailSettingsAreAManagersSettings()
    {
        withMailSettings([](SettingsDialog* dialog, MailSettingsPage* page) {
            dialog->setSiteEditable(false);
            QVERIFY(!page->findChild<QLineEdit*>(QStringLiteral("mailHostLineEdit"))->isEnabled());
            QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("mailTestPushButton"))->isEnabled());
        });
    }

    // Email… with a server: the address asked (remembered for the row), sent in the background,
    // the card says where and when; the message arrives in the guest's language with the slip.
    void emailingACodeArrivesInTheGuestsLanguage()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        useServer(server);
        issueCode();
        const QString code = shownCode();
        auto* language = child<QComboBox>("slipLanguageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        const auto slip = m_window->findChild<ResultCard*>()->slip();
        QVERIFY(slip);

        EmailCodeDialog::setNextAnswer(kGuest, true);
        QTest::mouseClick(child<QPushButton>("emailPushButton"), Qt::LeftButton);
        QVERIFY2(emailLine()->text().contains(QLatin1String("Sending to guest@example.com")), qPrintable(emailLine()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(emailLine()->text().startsWith(QLatin1String("Emailed to guest@example.com at")), 30000);
        QCOMPARE(shownCode(), code);
        QVERIFY(!child<QPushButton>("emailRetryPushButton")->isVisible());
        shoot(m_window.get(), QStringLiteral("card-after-send"));

        QCOMPARE(server.messageFiles().size(), 1);
        const QJsonObject mail = summary(server.messageFiles().constFirst());
        const MailMessage german = GuestMail::compose(*slip, kGuest, true);
        SlipDetails english = *slip;
        english.language = QStringLiteral("en");
        QVERIFY(german.subject != GuestMail::compose(english, kGuest, false).subject);
        QCOMPARE(mail.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Subject")).toString(), german.subject);
        QVERIFY(mail.value(QStringLiteral("plain")).toString().contains(QString(code).remove(QLatin1Char(' ')))
                || mail.value(QStringLiteral("plain")).toString().contains(code));
        const QJsonArray attachments = mail.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("application/pdf"));
        QVERIFY(m_session->settings().mailAttachSlip());

        // The received message, as a mail reader shows its HTML part.
        if (!shotsDir().isEmpty()) {
            QTextBrowser reader;
            // The headers a mail reader shows above the message, then its HTML part.
            const QJsonObject headers = mail.value(QStringLiteral("headers")).toObject();
            QString top;
            for (const char* name : {"From", "To", "Reply-To", "Subject"})
                top += QStringLiteral("<b>%1:</b> %2<br/>").arg(QLatin1String(name), headers.value(QLatin1String(name)).toString().toHtmlEscaped());
            top += QStringLiteral("<b>Attachment:</b> %1<hr/>")
                       .arg(attachments.first().toObject().value(QStringLiteral("filename")).toString().toHtmlEscaped());
            reader.setHtml(top + mail.value(QStringLiteral("html")).toString());
            reader.resize(640, 560);
            reader.show();
            QVERIFY(QTest::qWaitForWindowExposed(&reader));
            shoot(&reader, QStringLiteral("received-message"));
        }

        // History shows the attempt on the row.
        auto* table = child<QTableView>("historyTableView");
        const auto cell = [table] { return table->model()->index(0, HistoryTableModel::Email); };
        QTRY_VERIFY(cell().data().toString().startsWith(QLatin1String("Sent")));
        QVERIFY(cell().data(Qt::ToolTipRole).toString().contains(kGuest));

        // Without the slip this time: remembered for the next email.
        EmailCodeDialog::setNextAnswer(QStringLiteral("second@example.com"), false);
        QTest::mouseClick(child<QPushButton>("emailPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(emailLine()->text().startsWith(QLatin1String("Emailed to second@example.com")), 30000);
        QCOMPARE(server.messageFiles().size(), 2);
        QVERIFY(summary(server.messageFiles().constLast()).value(QStringLiteral("attachments")).toArray().isEmpty());
        QVERIFY(!m_session->settings().mailAttachSlip());
        QTRY_COMPARE(MailAttemptRepository(m_session->database().connection()).forHistory(slip->entry.id).size(), 2);
    }

    // A recipient the server refuses: the refusal in words on the card, the code still there,
    // Try again; History lists both attempts and Email… there sends once more.
    void refusedRecipientShowsTheRefusalAndTryAgain()
    {
        SmtpTestServer::Options options;
        options.rejected = {QStringLiteral("nobody@example.com")};
        SmtpTestServer server;
        QVERIFY2(server.start(options), qPrintable(server.error()));
        useServer(server);
        issueCode();
        const QString code = shownCode();
        EmailCodeDialog::setNextAnswer(QStringLiteral("nobody@example.com"), false);
        QTest::mouseClick(child<QPushButton>("emailPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(emailLine()->text().startsWith(QLatin1String("Not emailed")), 30000);
        QVERIFY2(emailLine()->text().contains(QLatin1String("nobody@example.com")), qPrintable(emailLine()->text()));
        QVERIFY(emailLine()->text().contains(QLatin1String("550")));
        QCOMPARE(shownCode(), code);
        auto* retry = child<QPushButton>("emailRetryPushButton");
        QVERIFY(retry->isVisible());
        shoot(m_window.get(), QStringLiteral("card-after-refusal"));
        QVERIFY(server.messageFiles().isEmpty());

        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(emailLine()->text().startsWith(QLatin1String("Sending to nobody@example.com")));
        QTRY_VERIFY_WITH_TIMEOUT(emailLine()->text().startsWith(QLatin1String("Not emailed")), 30000);

        auto* table = child<QTableView>("historyTableView");
        QTRY_VERIFY(table->model()->index(0, HistoryTableModel::Email).data().toString().startsWith(QLatin1String("Refused")));
        const QString tip = table->model()->index(0, HistoryTableModel::Email).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip.count(QLatin1String("refused by the mail server for nobody@example.com")), 2);
        shoot(m_window.get(), QStringLiteral("history-with-mail"));

        // Email… on the row opens the dialog with the refused address in it, so that a typo can be
        // mended there; the corrected address is the one that is sent to.
        table->setCurrentIndex(table->model()->index(0, 0));
        auto* action = m_window->findChild<CodeEmailer*>()->historyAction();
        QVERIFY(action);
        QString offered;
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<EmailCodeDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* address = dialog->findChild<QLineEdit*>(QStringLiteral("guestEmailLineEdit"));
            offered = address->text();
            retype(address, QStringLiteral("somebody@example.com"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("sendEmailPushButton")), Qt::LeftButton);
            answered = true;
        });
        action->trigger();
        QVERIFY(answered);
        QCOMPARE(offered, QStringLiteral("nobody@example.com"));
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), 1, 30000);
        QVERIFY(summary(server.messageFiles().constLast()).value(QStringLiteral("headers")).toObject()
                    .value(QStringLiteral("To")).toString().contains(QLatin1String("somebody@example.com")));
        QTRY_COMPARE(MailAttemptRepository(m_session->database().connection()).forHistory(
                         m_window->findChild<ResultCard*>()->slip()->entry.id).size(), 3);
        // Cancelling the dialog sends nothing.
        QTRY_VERIFY(action->isEnabled());
        QTimer::singleShot(0, this, [] {
            if (auto* dialog = qobject_cast<EmailCodeDialog*>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        action->trigger();
        QTest::qWait(200);
        QCOMPARE(server.messageFiles().size(), 1);
    }

    // The server is down: a clear message and Try again; once it is back, Try again delivers.
    void serverDownThenTryAgainDelivers()
    {
        SmtpTestServer gone;
        QVERIFY2(gone.start(), qPrintable(gone.error()));
        useServer(gone);
        gone.stop();
        issueCode();
        EmailCodeDialog::setNextAnswer(kGuest, false);
        QTest::mouseClick(child<QPushButton>("emailPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(emailLine()->text().startsWith(QLatin1String("Not emailed")), 30000);
        QVERIFY2(emailLine()->text().contains(kGuest), qPrintable(emailLine()->text()));
        QVERIFY(child<QPushButton>("emailRetryPushButton")->isVisible());

        SmtpTestServer back;
        QVERIFY2(back.start(), qPrintable(back.error()));
        useServer(back);
        QTest::mouseClick(child<QPushButton>("emailRetryPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(emailLine()->text().startsWith(QLatin1String("Emailed to guest@example.com")), 30000);
        QCOMPARE(back.messageFiles().size(), 1);
        QVERIFY(!child<QPushButton>("emailRetryPushButton")->isVisible());
    }

    // The desk works in English; the guest was written to in German from the card. Sent again
    // from History (after a failure, and once more later through Email…), the message is German,
    // and the dialog says which language it will be in and why.
    void sendingAgainFromHistoryKeepsTheGuestsLanguage()
    {
        SmtpTestServer gone;
        QVERIFY2(gone.start(), qPrintable(gone.error()));
        useServer(gone);
        gone.stop();
        issueCode();
        auto* language = child<QComboBox>("slipLanguageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        const qint64 id = m_window->findChild<ResultCard*>()->slip()->entry.id;
        EmailCodeDialog::setNextAnswer(kGuest, false);
        QTest::mouseClick(child<QPushButton>("emailPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(emailLine()->text().startsWith(QLatin1String("Not emailed")), 30000);
        QCOMPARE(m_session->mail().lastLanguage(id), QStringLiteral("de"));
        // The card moves on to an English slip; History knows the guest's language regardless.
        language->setCurrentIndex(language->findData(QString()));

        SmtpTestServer back;
        QVERIFY2(back.start(), qPrintable(back.error()));
        useServer(back);
        auto* table = child<QTableView>("historyTableView");
        QTRY_VERIFY(table->model()->index(0, HistoryTableModel::Email).data().toString().startsWith(QLatin1String("Not")));
        table->setCurrentIndex(table->model()->index(0, 0));
        auto* action = m_window->findChild<CodeEmailer*>()->historyAction();
        EmailCodeDialog::setNextAnswer(kGuest, false); // Email… asks, even for a failed email
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(back.messageFiles().size(), 1, 30000);
        const QString germanSubject = [this] {
            SlipDetails slip = *m_window->findChild<ResultCard*>()->slip();
            slip.language = QStringLiteral("de");
            return GuestMail::compose(slip, kGuest, false).subject;
        }();
        QVERIFY2(germanSubject.contains(QStringLiteral("Zugangscode")), qPrintable(germanSubject));
        QCOMPARE(summary(back.messageFiles().constLast()).value(QStringLiteral("headers")).toObject()
                     .value(QStringLiteral("Subject")).toString(),
                 germanSubject);

        // Delivered now: Email… on the row asks, naming the language the message will be in.
        QTRY_VERIFY(table->model()->index(0, HistoryTableModel::Email).data().toString().startsWith(QLatin1String("Sent")));
        table->setCurrentIndex(table->model()->index(0, 0));
        QString said;
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<EmailCodeDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            said = dialog->findChild<QLabel*>(QStringLiteral("emailLanguageLabel"))->text();
            shoot(dialog, QStringLiteral("email-dialog-from-history"));
            retype(dialog->findChild<QLineEdit*>(QStringLiteral("guestEmailLineEdit")), QStringLiteral("again@example.com"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("sendEmailPushButton")), Qt::LeftButton);
            answered = true;
        });
        action->trigger();
        QVERIFY(answered);
        QCOMPARE(said, EmailCodeDialog::languageText(QStringLiteral("Deutsch"), EmailCodeDialog::LanguageSource::LastEmail));
        QVERIFY2(said.contains(QLatin1String("Deutsch")) && said.contains(QLatin1String("last emailed")), qPrintable(said));
        QTRY_COMPARE_WITH_TIMEOUT(back.messageFiles().size(), 2, 30000);
        const QJsonObject again = summary(back.messageFiles().constLast());
        QCOMPARE(again.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Subject")).toString(), germanSubject);
        QVERIFY(again.value(QStringLiteral("headers")).toObject().value(QStringLiteral("To")).toString().contains(
            QLatin1String("again@example.com")));

        // Every attempt on the row was written in German. The server has the message before the
        // desk has recorded what came of it: wait for the record, not only for the message.
        QTRY_COMPARE_WITH_TIMEOUT(MailAttemptRepository(m_session->database().connection()).forHistory(id).size(), 3, 30000);
        const QList<MailAttempt> recorded = MailAttemptRepository(m_session->database().connection()).forHistory(id);
        QCOMPARE(recorded.size(), 3);
        for (const MailAttempt& attempt : recorded)
            QCOMPARE(attempt.language, QStringLiteral("de"));
    }

    // Try again speaks the language of the row's latest email, even when another desk sent one
    // in another language since this card asked.
    void tryAgainUsesTheLatestEmailsLanguage()
    {
        SmtpTestServer gone;
        QVERIFY2(gone.start(), qPrintable(gone.error()));
        useServer(gone);
        gone.stop();
        issueCode();
        auto* language = child<QComboBox>("slipLanguageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        const SlipDetails slip = *m_window->findChild<ResultCard*>()->slip();
        EmailCodeDialog::setNextAnswer(kGuest, false);
        QTest::mouseClick(child<QPushButton>("emailPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(emailLine()->text().startsWith(QLatin1String("Not emailed")), 30000);
        // Another desk emailed the guest in French meanwhile (and it did not go either).
        MailAttempt elsewhere;
        elsewhere.historyId = slip.entry.id;
        elsewhere.recipient = kGuest;
        elsewhere.attemptedAtUtc = QDateTime::currentDateTimeUtc();
        elsewhere.outcome = MailAttempt::Outcome::Failed;
        elsewhere.detail = QStringLiteral("no connection");
        elsewhere.language = QStringLiteral("fr");
        MailAttemptRepository attempts(m_session->database().connection());
        QVERIFY2(attempts.record(&elsewhere), qPrintable(attempts.errorText()));

        SmtpTestServer back;
        QVERIFY2(back.start(), qPrintable(back.error()));
        useServer(back);
        QTest::mouseClick(child<QPushButton>("emailRetryPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(emailLine()->text().startsWith(QLatin1String("Emailed to guest@example.com")), 30000);
        QCOMPARE(back.messageFiles().size(), 1);
        SlipDetails french = slip;
        french.language = QStringLiteral("fr");
        QCOMPARE(summary(back.messageFiles().constFirst()).value(QStringLiteral("headers")).toObject()
                     .value(QStringLiteral("Subject")).toString(),
                 GuestMail::compose(french, kGuest, false).subject);
        QCOMPARE(attempts.latestFor({slip.entry.id}).value(slip.entry.id).language, QStringLiteral("fr"));
    }

    // A code never emailed: Email… from History says the message is in the desk's language.
    void emailFromHistoryNamesTheDesksLanguage()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        useServer(server);
        issueCode();
        auto* table = child<QTableView>("historyTableView");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
        QString said;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<EmailCodeDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            said = dialog->findChild<QLabel*>(QStringLiteral("emailLanguageLabel"))->text();
            dialog->reject();
        });
        m_window->findChild<CodeEmailer*>()->historyAction()->trigger();
        QCOMPARE(said, EmailCodeDialog::languageText(QStringLiteral("English"), EmailCodeDialog::LanguageSource::Desk));
        QVERIFY(server.messageFiles().isEmpty());
    }

    // A slow server holds the send: the window keeps working meanwhile.
    void slowServerNeverBlocksTheWindow()
    {
        SmtpTestServer::Options options;
        options.slowSeconds = 2;
        SmtpTestServer server;
        QVERIFY2(server.start(options), qPrintable(server.error()));
        useServer(server);
        issueCode();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        EmailCodeDialog::setNextAnswer(kGuest, false);
        QTest::mouseClick(child<QPushButton>("emailPushButton"), Qt::LeftButton);
        // The event loop turns while the server holds the send.
        QTRY_VERIFY(ticks >= 5);
        QVERIFY2(emailLine()->text().startsWith(QLatin1String("Sending to")), qPrintable(emailLine()->text()));
        QVERIFY(m_session->mail().pending() > 0);
        // The desk goes on meanwhile: the lock search answers while the server holds the send.
        auto* locks = child<QListView>("lockListView");
        QCOMPARE(locks->model()->rowCount(), 4);
        QTest::keyClicks(child<QLineEdit>("lockSearchLineEdit"), QStringLiteral("Locker"));
        QTRY_COMPARE(locks->model()->rowCount(), 1);
        QVERIFY(m_session->mail().pending() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->mail().pending() == 0, 30000);
        QCOMPARE(server.messageFiles().size(), 1);
        // Sent: Email… works again (off only while the send was on its way).
        QTRY_VERIFY(child<QPushButton>("emailPushButton")->isEnabled());
        QVERIFY(m_window->actions().emailCode->isEnabled());
    }

    // While an email is on its way, Email… (card and History) cannot send it a second time, the
    // History row reads "Sending…", and quitting asks: waiting lets the send finish and be recorded,
    // then the window closes by itself.
    void aSendOnItsWayIsNotRepeatedAndQuitWaitsForIt()
    {
        SmtpTestServer::Options options;
        options.slowDataSeconds = 2;
        SmtpTestServer server;
        QVERIFY2(server.start(options), qPrintable(server.error()));
        useServer(server);
        m_session->mail().setResponseTimeoutSeconds(20);
        issueCode();
        const auto slip = m_window->findChild<ResultCard*>()->slip();
        QVERIFY(slip);
        auto* emailButton = child<QPushButton>("emailPushButton");
        QVERIFY(emailButton->isEnabled());
        EmailCodeDialog::setNextAnswer(kGuest, false);
        QTest::mouseClick(emailButton, Qt::LeftButton);
        QTRY_VERIFY(emailLine()->text().startsWith(QLatin1String("Sending to")));
        QVERIFY(!emailButton->isEnabled());
        QVERIFY(!m_window->actions().emailCode->isEnabled());
        QVERIFY(!child<QPushButton>("emailRetryPushButton")->isVisible());
        // Ctrl+Shift+E does nothing now: no dialog is asked for, nothing else is sent.
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_session->mail().pending(), 1);

        auto* table = child<QTableView>("historyTableView");
        const auto cell = [table] { return table->model()->index(0, HistoryTableModel::Email); };
        QTRY_COMPARE(cell().data().toString(), QStringLiteral("Sending…"));
        table->setCurrentIndex(table->model()->index(0, 0));
        auto* historyEmail = m_window->findChild<QAction*>(QStringLiteral("historyEmailAction"));
        QVERIFY(historyEmail);
        QVERIFY(!historyEmail->isEnabled());
        shoot(m_window.get(), QStringLiteral("history-sending"));

        // Quit: the desk chooses to wait.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!m_window->close());
        QVERIFY(MessageBox::lastText().contains(QLatin1String("still being sent")));
        QVERIFY(m_window->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 30000);
        QCOMPARE(m_session->mail().pending(), 0);
        QCOMPARE(server.messageFiles().size(), 1);
        const QList<MailAttempt> recorded =
            MailAttemptRepository(m_session->database().connection()).forHistory(slip->entry.id);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().outcome, MailAttempt::Outcome::Delivered);
    }

    // The screenshots of the page in German (only when screenshots are asked for).
    void mailSettingsInGerman()
    {
        if (shotsDir().isEmpty())
            QSKIP("screenshots only");
        ScopedLanguage german(QStringLiteral("de"));
        withMailSettings([](SettingsDialog* dialog, MailSettingsPage*) { shoot(dialog, QStringLiteral("mail-settings-de")); });
    }

    // The address is checked as it is typed, with the reason; Send waits for a good one.
    void emailDialogChecksTheAddress()
    {
        EmailCodeDialog dialog(QStringLiteral("Room 101 — Ana"), QStringLiteral("Deutsch"), QString(), true);
        dialog.show();
        auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("guestEmailLineEdit"));
        auto* send = dialog.findChild<QPushButton*>(QStringLiteral("sendEmailPushButton"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("guestEmailErrorLabel"));
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(address, QStringLiteral("ana@"));
        QVERIFY(!error->isVisible()); // half typed is not yet wrong
        QTest::keyClicks(address, QStringLiteral("exa mple.com"));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!send->isEnabled());
        retype(address, QStringLiteral("ana@example.com"));
        QVERIFY(!error->isVisible());
        QVERIFY(send->isEnabled());
        shoot(&dialog, QStringLiteral("email-dialog"));
    }
};

QTEST_MAIN(TestMailGui)
#include "tst_mail_gui.moc"
