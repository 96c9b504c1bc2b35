#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// The site's own mail server, as a manager set it in Settings. The password is not here: it lives
// in the keychain (SecretStore) and is handed to MailSender for one send only.
struct MailServer {
    // STARTTLS on the submission port (587) or TLS from the first byte (465). There is no
    // unencrypted choice: a server that offers neither gets nothing.
    enum class Security { StartTls, ImplicitTls };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;        // empty: the server takes mail without login (then no password is sent)
    QString fromName;    // e.g. the property's name
    QString fromAddress; // the envelope sender and From
    QString replyTo;     // optional
    // PEM certificates to trust instead of the system's (a site whose server uses its own CA).
    // Empty: the system's trusted authorities. Verification of the peer and host is always on.
    QByteArray trustedCertificatesPem;
    int connectTimeoutSeconds = 15;  // to reach the server and finish the TLS handshake
    int responseTimeoutSeconds = 30; // for each of the server's replies (a slow server ends here)
    int totalTimeoutSeconds = 120;   // the whole send, whatever happens

    // A host and a From address: what is needed to send at all.
    bool isConfigured() const;
    // "smtp://host:port" or "smtps://host:port" (IPv6 literals in brackets).
    QString url() const;

    static QString securityName(Security security); // "starttls", "tls"
    static Security securityFromName(const QString& name);
    static int defaultPort(Security security); // 587, 465
    // For Settings: "STARTTLS (port 587)" / "TLS (port 465)", translated.
    static QString securityLabel(Security security);
};
Q_DECLARE_METATYPE(MailServer)
