#include "MailSettingsPage.h"

#include "DialogSeams.h"
#include "DisplayText.h"
#include "GuestMailService.h"
#include "MailAddress.h"
#include "MailResult.h"
#include "SecretStore.h"
#include "SiteSettings.h"
#include "StatusColours.h"
#include "TimeText.h"

#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace {
QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // what was typed is never read as markup
    label->setVisible(false);
    return label;
}

// A server's name or address as typed: one word of the characters a host name or an IP address
// (IPv6 in brackets or bare) can have. Empty: fine.
QString hostProblem(const QString& typed)
{
    const QString host = typed.trimmed();
    if (host.isEmpty())
        return {};
    if (host.contains(QLatin1String("://")))
        return QCoreApplication::translate("MailSettingsPage",
                                           "Type only the server's name, e.g. mail.example.com (without smtp://).");
    for (const QChar c : host) {
        const bool allowed = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.')
                             || c == QLatin1Char(':') || c == QLatin1Char('[') || c == QLatin1Char(']');
        if (!allowed)
            return QCoreApplication::translate("MailSettingsPage", "A server's name cannot contain \"%1\".")
                .arg(c.isSpace() ? QCoreApplication::translate("MailSettingsPage", "a space") : QString(c));
    }
    if (host.startsWith(QLatin1Char('.')) || host.endsWith(QLatin1Char('.')) || host.contains(QLatin1String("..")))
        return QCoreApplication::translate("MailSettingsPage", "A server's name has no dot at its start or end, nor two in a row.");
    return {};
}
} // namespace

MailSettingsPage::MailSettingsPage(SiteSettings& site, SecretStore& secrets, GuestMailService& mail, QWidget* parent)
    : QWidget(parent)
    , m_site(site)
    , m_secrets(secrets)
    , m_mail(mail)
    , m_saved(site.mailServer())
    , m_certificate(m_saved.trustedCertificatesPem)
    , m_host(new QLineEdit(this))
    , m_security(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordState(new QLabel(this))
    , m_fromName(new QLineEdit(this))
    , m_fromAddress(new QLineEdit(this))
    , m_replyTo(new QLineEdit(this))
    , m_certificateState(new QLabel(this))
    , m_chooseCertificate(new QPushButton(tr("Trust a certificate f&ile…"), this))
    , m_pasteCertificate(new QPushButton(tr("Past&e a certificate"), this))
    , m_clearCertificate(new QPushButton(tr("Use the s&ystem's certificates"), this))
    , m_hostError(errorLabel(QStringLiteral("mailHostErrorLabel"), this))
    , m_fromError(errorLabel(QStringLiteral("mailFromErrorLabel"), this))
    , m_replyToError(errorLabel(QStringLiteral("mailReplyToErrorLabel"), this))
    , m_testAddress(new QLineEdit(this))
    , m_testAddressError(errorLabel(QStringLiteral("mailTestAddressErrorLabel"), this))
    , m_test(new QPushButton(tr("Send &a test email"), this))
    , m_result(new QLabel(this))
    , m_form(new QWidget(this))
{
    setObjectName(QStringLiteral("mailSettingsPage"));
    m_host->setObjectName(QStringLiteral("mailHostLineEdit"));
    m_security->setObjectName(QStringLiteral("mailSecurityComboBox"));
    m_port->setObjectName(QStringLiteral("mailPortSpinBox"));
    m_user->setObjectName(QStringLiteral("mailUserLineEdit"));
    m_password->setObjectName(QStringLiteral("mailPasswordLineEdit"));
    m_passwordState->setObjectName(QStringLiteral("mailPasswordStateLabel"));
    m_fromName->setObjectName(QStringLiteral("mailFromNameLineEdit"));
    m_fromAddress->setObjectName(QStringLiteral("mailFromAddressLineEdit"));
    m_replyTo->setObjectName(QStringLiteral("mailReplyToLineEdit"));
    m_certificateState->setObjectName(QStringLiteral("mailCertificateLabel"));
    m_chooseCertificate->setObjectName(QStringLiteral("mailCertificatePushButton"));
    m_pasteCertificate->setObjectName(QStringLiteral("mailPasteCertificatePushButton"));
    m_pasteCertificate->setToolTip(tr("Trust the certificate copied to the clipboard: its text, from "
                                      "-----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----"));
    m_clearCertificate->setObjectName(QStringLiteral("mailSystemCertificatesPushButton"));
    m_testAddress->setObjectName(QStringLiteral("mailTestAddressLineEdit"));
    m_test->setObjectName(QStringLiteral("mailTestPushButton"));
    m_result->setObjectName(QStringLiteral("mailTestResultLabel"));

    m_host->setAccessibleName(tr("Mail server"));
    m_host->setPlaceholderText(tr("e.g. mail.example.com — empty: guests are emailed from this computer's mail program"));
    m_security->setAccessibleName(tr("Encryption"));
    m_security->addItem(MailServer::securityLabel(MailServer::Security::StartTls),
                        MailServer::securityName(MailServer::Security::StartTls));
    m_security->addItem(MailServer::securityLabel(MailServer::Security::ImplicitTls),
                        MailServer::securityName(MailServer::Security::ImplicitTls));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_user->setAccessibleName(tr("Login name"));
    m_user->setPlaceholderText(tr("Empty: the server takes mail without a login"));
    m_password->setAccessibleName(tr("Mail password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordState->setWordWrap(true);
    m_fromName->setAccessibleName(tr("From name"));
    m_fromName->setPlaceholderText(site.propertyName());
    m_fromAddress->setAccessibleName(tr("From address"));
    m_fromAddress->setPlaceholderText(tr("e.g. reception@hotel.example"));
    m_replyTo->setAccessibleName(tr("Reply-To address"));
    m_replyTo->setPlaceholderText(tr("Optional: where guests' replies go"));
    m_certificateState->setWordWrap(true);
    m_certificateState->setTextFormat(Qt::PlainText);
    m_testAddress->setAccessibleName(tr("Test email address"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, m_form);
        l->setBuddy(buddy);
        return l;
    };
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(label(tr("Mail ser&ver:"), m_host), m_host);
    form->addRow(QString(), m_hostError);
    auto* securityRow = new QHBoxLayout;
    securityRow->addWidget(m_security, 1);
    auto* portLabel = label(tr("Po&rt:"), m_port);
    securityRow->addWidget(portLabel);
    securityRow->addWidget(m_port);
    form->addRow(label(tr("E&ncryption:"), m_security), securityRow);
    form->addRow(label(tr("&Login name:"), m_user), m_user);
    form->addRow(label(tr("Pass&word:"), m_password), m_password);
    form->addRow(QString(), m_passwordState);
    form->addRow(label(tr("From na&me:"), m_fromName), m_fromName);
    form->addRow(label(tr("&From address:"), m_fromAddress), m_fromAddress);
    form->addRow(QString(), m_fromError);
    form->addRow(label(tr("Re&ply-To:"), m_replyTo), m_replyTo);
    form->addRow(QString(), m_replyToError);
    auto* certificateButtons = new QHBoxLayout;
    certificateButtons->addWidget(m_pasteCertificate);
    certificateButtons->addWidget(m_chooseCertificate);
    certificateButtons->addWidget(m_clearCertificate);
    certificateButtons->addStretch();
    auto* certificateBox = new QVBoxLayout;
    certificateBox->addWidget(m_certificateState);
    certificateBox->addLayout(certificateButtons);
    form->addRow(tr("Certificate:"), certificateBox);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testAddress, 1);
    testRow->addWidget(m_test);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>Email codes to guests through the site's mail server</b>"), this);
    heading->setWordWrap(true);
    auto* note = new QLabel(tr("Codes are sent encrypted (STARTTLS or TLS) with the slip's wording in the guest's language. "
                               "Without a mail server, Email opens this computer's mail program."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(m_form);
    auto* testLabel = new QLabel(tr("Test email &to:"), this);
    testLabel->setBuddy(m_testAddress);
    layout->addWidget(testLabel);
    layout->addLayout(testRow);
    layout->addWidget(m_testAddressError);
    layout->addWidget(m_result);
    layout->addStretch();
    StatusColours::styleErrorLabels(this);

    m_host->setText(m_saved.host);
    m_security->setCurrentIndex(qMax(0, m_security->findData(MailServer::securityName(m_saved.security))));
    m_port->setValue(m_saved.port);
    // A saved port other than the security's own was chosen by hand: it stays when security changes.
    m_portTouched = m_saved.port != MailServer::defaultPort(m_saved.security);
    m_user->setText(m_saved.user);
    m_fromName->setText(m_saved.fromName);
    m_fromAddress->setText(m_saved.fromAddress);
    m_replyTo->setText(m_saved.replyTo);
    m_testAddress->setText(m_saved.fromAddress);
    showCertificate();

    connect(m_security, &QComboBox::currentIndexChanged, this, &MailSettingsPage::securityChanged);
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (m_port->hasFocus())
            m_portTouched = true;
    });
    for (QLineEdit* field : {m_host, m_fromAddress, m_replyTo, m_testAddress})
        connect(field, &QLineEdit::textChanged, this, &MailSettingsPage::validateWhileTyping);
    // The test goes to the From address until another one is typed.
    connect(m_fromAddress, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_testAddress->isModified())
            m_testAddress->setText(text);
    });
    connect(m_host, &QLineEdit::textChanged, this, &MailSettingsPage::updateEnabled);
    connect(m_chooseCertificate, &QPushButton::clicked, this, &MailSettingsPage::chooseCertificate);
    connect(m_pasteCertificate, &QPushButton::clicked, this, &MailSettingsPage::pasteCertificate);
    connect(m_clearCertificate, &QPushButton::clicked, this, [this] {
        m_certificate.clear();
        showCertificate();
    });
    connect(m_test, &QPushButton::clicked, this, &MailSettingsPage::sendTest);
    connect(&m_mail, &GuestMailService::testFinished, this, &MailSettingsPage::testFinished);
    lookForPassword();
    updateEnabled();
}

void MailSettingsPage::lookForPassword()
{
    m_passwordState->setText(tr("Looking in the keychain…"));
    m_secrets.read(GuestMailService::passwordKey(), this, [this](bool found, const QString&, const QString& error) {
        m_passwordSaved = found;
        // The store's error says what failed ("The system keychain could not be read: …").
        if (!error.isEmpty())
            m_passwordState->setText(tr("No saved password could be looked for. %1").arg(error));
        else if (found)
            m_passwordState->setText(tr("A password is saved in the keychain. Leave the field empty to keep it."));
        else
            m_passwordState->setText(tr("No password saved. It goes to this computer's keychain, never to a file."));
        m_password->setPlaceholderText(found ? tr("Saved — type a new one to replace it") : QString());
    });
}

void MailSettingsPage::setEditable(bool editable)
{
    m_editable = editable;
    updateEnabled();
}

void MailSettingsPage::updateEnabled()
{
    m_form->setEnabled(m_editable);
    m_clearCertificate->setEnabled(m_editable && !m_certificate.isEmpty());
    const bool canTest = m_editable && !m_testing && !m_host->text().trimmed().isEmpty();
    m_test->setEnabled(canTest);
    m_testAddress->setEnabled(m_editable);
}

void MailSettingsPage::securityChanged()
{
    if (m_portTouched)
        return;
    m_port->setValue(MailServer::defaultPort(MailServer::securityFromName(m_security->currentData().toString())));
}

MailServer MailSettingsPage::typedServer() const
{
    MailServer server = m_saved; // the timeouts stay the site's
    server.host = m_host->text().trimmed();
    server.security = MailServer::securityFromName(m_security->currentData().toString());
    server.port = m_port->value();
    server.user = m_user->text().trimmed();
    server.fromName = m_fromName->text().trimmed();
    server.fromAddress = MailAddress::normalized(m_fromAddress->text());
    server.replyTo = m_replyTo->text().trimmed().isEmpty() ? QString() : MailAddress::normalized(m_replyTo->text());
    server.trustedCertificatesPem = m_certificate;
    return server;
}

void MailSettingsPage::showCheck(QLabel* label, const QString& error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
}

void MailSettingsPage::validateWhileTyping()
{
    showCheck(m_hostError, hostProblem(m_host->text()));
    // Half typed is not yet wrong: an address is judged once it has an @ and something after it.
    const auto judge = [](const QString& typed) {
        const QString text = typed.trimmed();
        const qsizetype at = text.indexOf(QLatin1Char('@'));
        QString reason;
        if (text.isEmpty() || at < 0 || at == text.size() - 1 || MailAddress::isValid(text, &reason))
            return QString();
        return reason;
    };
    showCheck(m_fromError, judge(m_fromAddress->text()));
    showCheck(m_replyToError, judge(m_replyTo->text()));
    showCheck(m_testAddressError, judge(m_testAddress->text()));
}

QString MailSettingsPage::check(QWidget** field)
{
    const auto fail = [field](QWidget* where, QLabel* label, const QString& error) {
        label->setText(error);
        label->setVisible(true);
        if (field)
            *field = where;
        return error;
    };
    const QString host = m_host->text().trimmed();
    if (const QString error = hostProblem(host); !error.isEmpty())
        return fail(m_host, m_hostError, error);
    if (host.isEmpty() && m_fromAddress->text().trimmed().isEmpty())
        return {}; // no mail server: the desk uses the mail program
    if (host.isEmpty())
        return fail(m_host, m_hostError, tr("Type the mail server's name, or empty the From address to use "
                                             "this computer's mail program."));
    QString reason;
    if (!MailAddress::isValid(m_fromAddress->text(), &reason))
        return fail(m_fromAddress, m_fromError, m_fromAddress->text().trimmed().isEmpty()
                                                    ? tr("Guests' emails need a From address.")
                                                    : reason);
    if (!m_replyTo->text().trimmed().isEmpty() && !MailAddress::isValid(m_replyTo->text(), &reason))
        return fail(m_replyTo, m_replyToError, reason);
    return {};
}

bool MailSettingsPage::hasChanges() const
{
    const MailServer typed = typedServer();
    return !m_password->text().isEmpty() || typed.host != m_saved.host || typed.port != m_saved.port
           || typed.security != m_saved.security || typed.user != m_saved.user || typed.fromName != m_saved.fromName
           || typed.fromAddress != m_saved.fromAddress || typed.replyTo != m_saved.replyTo
           || typed.trustedCertificatesPem != m_saved.trustedCertificatesPem;
}

bool MailSettingsPage::save(const QString& editor, QWidget* lasting, QString* error)
{
    if (!m_editable || !hasChanges())
        return true;
    const MailServer typed = typedServer();
    if (!m_site.setMailServer(typed, editor, error))
        return false;
    m_saved = typed;
    const QString password = m_password->text();
    if (password.isEmpty())
        return true;
    m_password->clear();
    // The dialog is gone by the time a keychain answers: the window that outlives it says so.
    QPointer<QWidget> warnOn = lasting ? lasting : this;
    m_secrets.write(GuestMailService::passwordKey(), password, warnOn ? warnOn.data() : this,
                    [warnOn](bool persisted, const QString&) {
                        // The store's own note is written for any secret ("the key"): this says it
                        // of the mail password.
                        if (!persisted && warnOn)
                            MessageBox::warning(warnOn, tr("Mail server"),
                                                tr("This computer's keychain could not keep the mail password, so it is "
                                                   "kept only until NetCode Desk closes. It was not written to any file. "
                                                   "Type it again in Settings once the keychain works."));
                    });
    return true;
}

void MailSettingsPage::chooseCertificate()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Certificate to trust"),
                                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_certificateState->setText(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    if (!takeCertificate(file.read(1024 * 1024)))
        m_certificateState->setText(tr("%1 holds no certificate in PEM form (text starting with "
                                       "-----BEGIN CERTIFICATE-----). Nothing changed.")
                                        .arg(path));
}

void MailSettingsPage::pasteCertificate()
{
    // A site's CA certificate usually arrives as text in an email or on an intranet page.
    const QString text = QGuiApplication::clipboard()->text();
    if (!takeCertificate(text.left(1024 * 1024).toUtf8()))
        m_certificateState->setText(tr("The clipboard holds no certificate in PEM form (text starting with "
                                       "-----BEGIN CERTIFICATE-----). Copy the certificate's text first. Nothing changed."));
}

bool MailSettingsPage::takeCertificate(const QByteArray& pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return false;
    // Only the certificates themselves are kept, whatever surrounded them in the text.
    QByteArray clean;
    for (const QSslCertificate& certificate : certificates)
        clean += certificate.toPem();
    m_certificate = clean;
    showCertificate();
    return true;
}

void MailSettingsPage::showCertificate()
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(m_certificate, QSsl::Pem);
    if (certificates.isEmpty()) {
        m_certificateState->setText(tr("The system's trusted certificate authorities (right for most servers)."));
    } else {
        const QSslCertificate& first = certificates.first();
        QString name = first.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
        if (name.isEmpty())
            name = first.subjectDisplayName();
        m_certificateState->setText(tr("Trusted for this server: %1 (valid until %2)")
                                        .arg(DisplayText::visible(name), TimeText::date(first.expiryDate().date())));
    }
    updateEnabled();
}

void MailSettingsPage::sendTest()
{
    QWidget* field = nullptr;
    if (const QString error = check(&field); !error.isEmpty()) {
        field->setFocus();
        m_result->setText(error);
        m_result->setStyleSheet(StatusColours::problemStyle(palette()));
        return;
    }
    const QString address = m_testAddress->text().trimmed();
    if (QString reason; !MailAddress::isValid(address, &reason)) {
        showCheck(m_testAddressError, reason);
        m_testAddress->setFocus();
        return;
    }
    m_testing = true;
    updateEnabled();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Sending a test email to %1…").arg(address));
    m_mail.sendTest(typedServer(), m_password->text(), address);
}

void MailSettingsPage::testFinished(const MailResult& result)
{
    if (!m_testing)
        return; // another page's test
    m_testing = false;
    updateEnabled();
    QString text = result.delivered() ? tr("The mail server accepted the test email. Check that it arrived.")
                                      : result.message;
    if (!result.delivered() && !result.serverReply.isEmpty() && !text.contains(result.serverReply))
        text += QLatin1Char('\n') + tr("The server said: %1").arg(result.serverReply);
    m_result->setText(text);
    m_result->setStyleSheet(result.delivered() ? StatusColours::noticeStyle(palette())
                                               : StatusColours::problemStyle(palette()));
}

QString MailSettingsPage::resultText() const
{
    return m_result->text();
}
