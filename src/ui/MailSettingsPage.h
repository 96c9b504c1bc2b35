#pragma once

#include "MailServer.h"

#include <QWidget>

class GuestMailService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SecretStore;
class SiteSettings;
struct MailResult;

// Settings, Mail: the site's own mail server for emailing codes to guests — host, port, security
// (STARTTLS or TLS, the port following the choice until set by hand), login, the password (to the
// keychain under GuestMailService::passwordKey(), never shown back: the page only says one is
// saved, and an empty field keeps it), From name and address, Reply-To, and a certificate to
// trust for a server with the site's own CA (pasted as PEM text or read from a file). Addresses
// and host are checked while typing.
// "Send a test email" sends with the settings as typed, off the UI thread, and shows the result.
// A manager's page like the rest of the site's settings: read-only for anyone else.
class MailSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailSettingsPage)

public:
    MailSettingsPage(SiteSettings& site, SecretStore& secrets, GuestMailService& mail, QWidget* parent = nullptr);

    void setEditable(bool editable);
    // The settings as typed (the certificate as read from its file, or the one saved).
    MailServer typedServer() const;
    // The first problem with what is typed (empty: none), shown beside its field; `field` gets
    // the field to put the cursor in. An empty host means "no mail server": nothing else is asked.
    QString check(QWidget** field = nullptr);
    // Saves to the site's settings (by `editor`) and a typed password to the keychain; the
    // keychain's answer is reported to `lasting` (which outlives the dialog). False: `error` says why.
    bool save(const QString& editor, QWidget* lasting, QString* error);
    bool hasChanges() const;

    // For tests and screenshots.
    QString resultText() const;
    bool isTesting() const { return m_testing; }
    bool passwordSaved() const { return m_passwordSaved; }

private:
    void securityChanged();
    void showCheck(QLabel* label, const QString& error);
    void validateWhileTyping();
    void chooseCertificate();
    void pasteCertificate();
    // Takes `pem` as the certificate to trust when it holds one; false (nothing changed) otherwise.
    bool takeCertificate(const QByteArray& pem);
    void showCertificate();
    void sendTest();
    void testFinished(const MailResult& result);
    void updateEnabled();
    void lookForPassword();

    SiteSettings& m_site;
    SecretStore& m_secrets;
    GuestMailService& m_mail;
    MailServer m_saved;
    QByteArray m_certificate; // the certificate as it will be saved (PEM); empty: the system's
    bool m_editable = true;
    bool m_portTouched = false;
    bool m_testing = false;
    bool m_passwordSaved = false;

    QLineEdit* m_host;
    QComboBox* m_security;
    QSpinBox* m_port;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_passwordState;
    QLineEdit* m_fromName;
    QLineEdit* m_fromAddress;
    QLineEdit* m_replyTo;
    QLabel* m_certificateState;
    QPushButton* m_chooseCertificate;
    QPushButton* m_pasteCertificate;
    QPushButton* m_clearCertificate;
    QLabel* m_hostError;
    QLabel* m_fromError;
    QLabel* m_replyToError;
    QLineEdit* m_testAddress;
    QLabel* m_testAddressError;
    QPushButton* m_test;
    QLabel* m_result;
    QWidget* m_form;
};
