#pragma once

#include "MailServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

// A real SMTP server on 127.0.0.1 for a test: tests/support/smtp_test_server.py run with Debian's
// Python and python3-aiosmtpd, STARTTLS (or implicit TLS, or none) with a self-signed certificate
// made for the run, a login, and faults on request. Messages it accepts land in messageDir() as
// .eml files. The test target defines NETCODE_SMTP_TEST_SERVER as the script's path (see
// tests/integration/CMakeLists.txt). Every wait is bounded; a server that does not come up fails the test with its output.
class SmtpTestServer {
public:
    struct Options {
        QString security = QStringLiteral("starttls"); // "starttls", "tls", "none"
        QString user = QStringLiteral("desk");
        QString password = QStringLiteral("s3cret-mail-pass");
        QStringList rejected;     // recipients answered with 550
        double slowSeconds = 0;   // the EHLO reply comes this much later
        double slowDataSeconds = 0; // the message is stored, and its reply comes this much later
        QString certificateName;  // non-empty: the certificate names only this host (not 127.0.0.1)
    };

    SmtpTestServer() = default;
    ~SmtpTestServer() { stop(); }
    SmtpTestServer(const SmtpTestServer&) = delete;
    SmtpTestServer& operator=(const SmtpTestServer&) = delete;

    // Starts the server and waits (at most 20 s) for its port. False (with the reason in error())
    // when it could not start.
    bool start() { return start(Options()); }
    bool start(const Options& options)
    {
        m_options = options;
        const QString script = QStringLiteral(NETCODE_SMTP_TEST_SERVER);
        QStringList args = {script, QStringLiteral("--dir"), messageDir(), QStringLiteral("--cert-dir"),
                            m_dir.filePath(QStringLiteral("cert")), QStringLiteral("--security"), options.security};
        if (!options.user.isEmpty())
            args << QStringLiteral("--user") << options.user << QStringLiteral("--password") << options.password;
        for (const QString& rejected : options.rejected)
            args << QStringLiteral("--reject") << rejected;
        if (!options.certificateName.isEmpty())
            args << QStringLiteral("--cert-name") << options.certificateName;
        if (options.slowSeconds > 0)
            args << QStringLiteral("--slow") << QString::number(options.slowSeconds);
        if (options.slowDataSeconds > 0)
            args << QStringLiteral("--slow-data") << QString::number(options.slowDataSeconds);
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            m_error = QStringLiteral("python3 did not start: ") + m_process.errorString();
            return false;
        }
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 20000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(500);
            out += m_process.readAllStandardOutput();
        }
        const QByteArray line = out.trimmed();
        if (!line.startsWith("PORT ")) {
            m_error = QStringLiteral("the SMTP test server did not start: ")
                + QString::fromUtf8(out + m_process.readAllStandardError());
            return false;
        }
        m_port = line.mid(5).toInt();
        return m_port > 0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel(); // the server stops when its stdin closes
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    int port() const { return m_port; }
    QString error() const { return m_error; }
    QString messageDir() const { return m_dir.filePath(QStringLiteral("messages")); }
    // The certificate the server presents (self-signed): what a test trusts, or deliberately not.
    QByteArray certificatePem() const
    {
        QFile file(m_dir.filePath(QStringLiteral("cert/cert.pem")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The site's settings for this server, trusting its certificate.
    MailServer server() const
    {
        MailServer server;
        server.host = QStringLiteral("127.0.0.1");
        server.port = m_port;
        server.security = m_options.security == QLatin1String("tls") ? MailServer::Security::ImplicitTls
                                                                      : MailServer::Security::StartTls;
        server.user = m_options.user;
        server.fromName = QStringLiteral("Hotel Test");
        server.fromAddress = QStringLiteral("desk@hotel.example");
        server.replyTo = QStringLiteral("reception@hotel.example");
        server.trustedCertificatesPem = certificatePem();
        server.connectTimeoutSeconds = 10;
        server.responseTimeoutSeconds = 3;
        server.totalTimeoutSeconds = 30;
        return server;
    }
    QString password() const { return m_options.password; }

    // The messages the server accepted, oldest first (raw bytes), and their envelopes.
    QList<QByteArray> messages() const
    {
        QList<QByteArray> all;
        const QDir dir(messageDir());
        for (const QString& name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all.append(file.readAll());
        }
        return all;
    }
    QList<QJsonObject> envelopes() const
    {
        QList<QJsonObject> all;
        const QDir dir(messageDir());
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all.append(QJsonDocument::fromJson(file.readAll()).object());
        }
        return all;
    }
    QStringList messageFiles() const
    {
        const QDir dir(messageDir());
        QStringList files;
        for (const QString& name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
        return files;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    Options m_options;
    QString m_error;
    int m_port = 0;
};
