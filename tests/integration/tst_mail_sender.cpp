// MailSender against a real SMTP server (aiosmtpd on 127.0.0.1 with STARTTLS, implicit TLS or no
// TLS, a login and faults): what arrives, and how every failure reads.
#include "CurlLibrary.h"
#include "MailSender.h"
#include "SmtpTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <atomic>

namespace {
MailMessage sampleMessage()
{
    MailMessage message;
    message.to = QStringLiteral("guest@example.org");
    message.toName = QStringLiteral("Jürgen Groß");
    message.subject = QStringLiteral("Ihr Zugangscode für Zimmer 12 im Hotel Müller – gültig ab heute Abend, bitte aufbewahren");
    message.plainText = QStringLiteral("Hallo Jürgen,\n\nIhr Code für Zimmer 12 ist 123 4567\nGrüße");
    message.html = QStringLiteral("<html><body><p>Hallo Jürgen,</p><p>Ihr Code: <strong>123 4567</strong></p></body></html>");
    message.attachments.append({QStringLiteral("netcode-slip-12.pdf"), QStringLiteral("application/pdf"),
                                QByteArrayLiteral("%PDF-1.4\n% not a real slip\n%%EOF\n")});
    return message;
}

QJsonObject summary(const QString& emlFile)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(NETCODE_EML_SUMMARY), emlFile});
    if (!python.waitForFinished(20000) || python.exitCode() != 0)
        qWarning("eml_summary: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}
} // namespace

class TestMailSender final : public QObject {
    Q_OBJECT

private:
    void checkNothingLeaks(const MailResult& result, const SmtpTestServer& smtp)
    {
        QVERIFY2(!result.message.contains(smtp.password()), qPrintable(result.message));
        QVERIFY2(!result.serverReply.contains(smtp.password()), qPrintable(result.serverReply));
        QVERIFY(!result.message.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(MailSender::initialise(&problem), qPrintable(problem));
        qInfo("%s", qPrintable(MailSender::libraryVersion()));
    }

    // libcurl is loaded on the first send: a system without it, or with one lacking a function the
    // sender calls, gets the reason in words (and the package name to install), never a crash.
    void aMissingOrUnsuitableMailLibraryIsExplained()
    {
        CurlLibrary library;
        QString error;
        QVERIFY(!CurlLibrary::load(QStringLiteral("netcode-no-such-mail-library"), 4, &library, &error));
        QVERIFY2(error.contains(QLatin1String("libcurl4")), qPrintable(error));
        QVERIFY(library.easyInit == nullptr);
        // A real library that is not libcurl: found, but without libcurl's functions.
        error.clear();
        QVERIFY(!CurlLibrary::load(QStringLiteral("z"), 1, &library, &error));
        QVERIFY2(error.contains(QLatin1String("curl_easy_init")), qPrintable(error));
        QVERIFY(library.easyInit == nullptr);
        // The system's own libcurl: every function found.
        error.clear();
        QVERIFY2(CurlLibrary::load(QStringLiteral("curl"), 4, &library, &error), qPrintable(error));
        QVERIFY(library.easyInit && library.easySetopt && library.mimeSubparts && library.version);
    }

    void deliversBothPartsAndTheAttachmentOverStartTls()
    {
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        const MailMessage message = sampleMessage();
        const MailResult result = MailSender::send(smtp.server(), smtp.password(), message);
        QVERIFY2(result.delivered(), qPrintable(result.message + QLatin1Char(' ') + result.serverReply));
        QCOMPARE(result.outcome, MailResult::Outcome::Delivered);
        QVERIFY(result.message.contains(message.to));
        qInfo("delivered in %lld ms", result.elapsedMs);
        checkNothingLeaks(result, smtp);

        QCOMPARE(smtp.messageFiles().size(), 1);
        const QJsonObject envelope = smtp.envelopes().first();
        QCOMPARE(envelope.value(QLatin1String("mail_from")).toString(), QStringLiteral("desk@hotel.example"));
        QCOMPARE(envelope.value(QLatin1String("rcpt_tos")).toArray().first().toString(), message.to);
        QVERIFY(envelope.value(QLatin1String("tls")).toBool());
        QCOMPARE(envelope.value(QLatin1String("login")).toString(), QStringLiteral("desk"));

        const QByteArray raw = smtp.messages().first();
        QVERIFY(!raw.contains(smtp.password().toUtf8()));
        // Every header line is 7-bit and within the line limit (encoded-words folded).
        const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
        for (const QByteArray& line : head.split('\n')) {
            QVERIFY2(line.size() <= 998, line.constData());
            for (const char c : line)
                QVERIFY2(static_cast<unsigned char>(c) < 0x80, line.constData());
        }
        QCOMPARE(head.toLower().count("mime-version: 1.0"), 1);

        const QJsonObject parsed = summary(smtp.messageFiles().first());
        const QJsonObject headers = parsed.value(QLatin1String("headers")).toObject();
        QCOMPARE(headers.value(QLatin1String("Subject")).toString(), message.subject);
        QCOMPARE(headers.value(QLatin1String("From")).toString(), QStringLiteral("Hotel Test <desk@hotel.example>"));
        QCOMPARE(headers.value(QLatin1String("To")).toString(), QStringLiteral("Jürgen Groß <guest@example.org>"));
        QCOMPARE(headers.value(QLatin1String("Reply-To")).toString(), QStringLiteral("reception@hotel.example"));
        QVERIFY(!headers.value(QLatin1String("Date")).toString().isEmpty());
        QVERIFY(headers.value(QLatin1String("Message-ID")).toString().endsWith(QLatin1String("@hotel.example>")));
        QVERIFY2(parsed.value(QLatin1String("header_defects")).toArray().isEmpty(),
                 QJsonDocument(parsed.value(QLatin1String("header_defects")).toArray()).toJson().constData());
        const QJsonArray structure = parsed.value(QLatin1String("structure")).toArray();
        QCOMPARE(structure.first().toString(), QStringLiteral("multipart/mixed"));
        QVERIFY(structure.contains(QStringLiteral("multipart/alternative")));
        QCOMPARE(parsed.value(QLatin1String("plain")).toString().trimmed().replace(QLatin1String("\r\n"), QLatin1String("\n")),
                 message.plainText);
        QVERIFY(parsed.value(QLatin1String("html")).toString().contains(QStringLiteral("<p>Hallo Jürgen,</p>")));
        const QJsonArray attachments = parsed.value(QLatin1String("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject pdf = attachments.first().toObject();
        QCOMPARE(pdf.value(QLatin1String("filename")).toString(), QStringLiteral("netcode-slip-12.pdf"));
        QCOMPARE(pdf.value(QLatin1String("type")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(pdf.value(QLatin1String("size")).toInt(), int(message.attachments.first().data.size()));
        QVERIFY(QByteArray::fromBase64(pdf.value(QLatin1String("start")).toString().toLatin1()).startsWith("%PDF"));
    }

    void deliversOverImplicitTls()
    {
        SmtpTestServer smtp;
        SmtpTestServer::Options options;
        options.security = QStringLiteral("tls");
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        MailMessage message = sampleMessage();
        message.attachments.clear();
        const MailResult result = MailSender::send(smtp.server(), smtp.password(), message);
        QVERIFY2(result.delivered(), qPrintable(result.message));
        QCOMPARE(smtp.messageFiles().size(), 1);
        const QJsonArray structure = summary(smtp.messageFiles().first()).value(QLatin1String("structure")).toArray();
        QVERIFY(structure.contains(QStringLiteral("text/plain")));
        QVERIFY(structure.contains(QStringLiteral("text/html")));
        QVERIFY(!structure.contains(QStringLiteral("application/pdf")));
    }

    void aWrongPasswordIsRefusedByTheServer()
    {
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        const QString wrong = QStringLiteral("not-the-password-42");
        const MailResult result = MailSender::send(smtp.server(), wrong, sampleMessage());
        QCOMPARE(result.outcome, MailResult::Outcome::Refused);
        QVERIFY2(result.message.contains(QLatin1String("user name or password")), qPrintable(result.message));
        QVERIFY(!result.message.contains(wrong));
        QVERIFY(!result.serverReply.contains(wrong));
        checkNothingLeaks(result, smtp);
        QVERIFY(smtp.messageFiles().isEmpty());
    }

    void aServerWithoutEncryptionGetsNothing()
    {
        SmtpTestServer smtp;
        SmtpTestServer::Options options;
        options.security = QStringLiteral("none");
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        const MailResult result = MailSender::send(smtp.server(), smtp.password(), sampleMessage());
        QCOMPARE(result.outcome, MailResult::Outcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("does not offer an encrypted connection")), qPrintable(result.message));
        checkNothingLeaks(result, smtp);
        QVERIFY(smtp.messageFiles().isEmpty()); // never a fallback to plain text
    }

    void anUntrustedCertificateIsNeverSentTo()
    {
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        MailServer server = smtp.server();
        server.trustedCertificatesPem.clear(); // the system's authorities do not know it
        const MailResult result = MailSender::send(server, smtp.password(), sampleMessage());
        QCOMPARE(result.outcome, MailResult::Outcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("not trusted")), qPrintable(result.message));
        checkNothingLeaks(result, smtp);
        QVERIFY(smtp.messageFiles().isEmpty());
    }

    void theWrongNameOnTheCertificateIsNeverSentTo()
    {
        // A trusted certificate for another host: the host name check is on too.
        SmtpTestServer smtp;
        SmtpTestServer::Options options;
        options.certificateName = QStringLiteral("mail.elsewhere.example");
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        const MailResult result = MailSender::send(smtp.server(), smtp.password(), sampleMessage());
        QCOMPARE(result.outcome, MailResult::Outcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("not trusted")), qPrintable(result.message));
        QVERIFY(smtp.messageFiles().isEmpty());
    }

    void implicitTlsAgainstAStartTlsPortFailsClearly()
    {
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        MailServer server = smtp.server();
        server.security = MailServer::Security::ImplicitTls;
        const MailResult result = MailSender::send(server, smtp.password(), sampleMessage());
        QCOMPARE(result.outcome, MailResult::Outcome::Failed);
        QVERIFY2(!result.message.isEmpty(), qPrintable(result.message));
        QVERIFY(smtp.messageFiles().isEmpty());
    }

    void aServerThatIsDownIsSaidSo()
    {
        MailServer server;
        {
            SmtpTestServer smtp;
            QVERIFY2(smtp.start(), qPrintable(smtp.error()));
            server = smtp.server();
        } // stopped: nothing listens on its port now
        const MailResult result = MailSender::send(server, QStringLiteral("pw"), sampleMessage());
        QCOMPARE(result.outcome, MailResult::Outcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("could not be reached")), qPrintable(result.message));
        QVERIFY(result.message.contains(QString::number(server.port)));
    }

    void aRejectedRecipientCarriesTheServersWords()
    {
        SmtpTestServer smtp;
        SmtpTestServer::Options options;
        options.rejected = {QStringLiteral("nobody@example.org")};
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        MailMessage message = sampleMessage();
        message.to = QStringLiteral("nobody@example.org");
        const MailResult result = MailSender::send(smtp.server(), smtp.password(), message);
        QCOMPARE(result.outcome, MailResult::Outcome::Refused);
        QVERIFY2(result.message.contains(QLatin1String("nobody@example.org")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("550")), qPrintable(result.message));
        QVERIFY2(result.serverReply.contains(QLatin1String("Recipient address rejected")), qPrintable(result.serverReply));
        checkNothingLeaks(result, smtp);
        QVERIFY(smtp.messageFiles().isEmpty());
    }

    void anInvalidAddressIsNeverSent_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("header injection") << QStringLiteral("guest@example.org\r\nBcc: all@example.org");
        QTest::newRow("two recipients") << QStringLiteral("a@example.org, b@example.org");
        QTest::newRow("no domain") << QStringLiteral("guest@");
        QTest::newRow("empty") << QString();
    }

    void anInvalidAddressIsNeverSent()
    {
        QFETCH(QString, address);
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        MailMessage message = sampleMessage();
        message.to = address;
        const MailResult result = MailSender::send(smtp.server(), smtp.password(), message);
        QCOMPARE(result.outcome, MailResult::Outcome::Failed);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(smtp.messageFiles().isEmpty());
    }

    void aSlowServerEndsWithinTheResponseTimeout()
    {
        SmtpTestServer smtp;
        SmtpTestServer::Options options;
        options.slowSeconds = 8;
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        MailServer server = smtp.server();
        server.responseTimeoutSeconds = 2;
        const MailResult result = MailSender::send(server, smtp.password(), sampleMessage());
        QCOMPARE(result.outcome, MailResult::Outcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("did not answer in time")), qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("nothing was sent")));
        qInfo("gave up after %lld ms", result.elapsedMs);
        QVERIFY(smtp.messageFiles().isEmpty());
    }

    // Stopped (the desk quits) while the server holds its greeting: nothing went out, so it is
    // "not sent", and the send ends at once instead of at its timeout.
    void aSendStoppedBeforeTheMessageSentNothing()
    {
        SmtpTestServer smtp;
        SmtpTestServer::Options options;
        options.slowSeconds = 20;
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        MailServer server = smtp.server();
        server.responseTimeoutSeconds = 30;
        std::atomic<bool> stop{false};
        MailResult result;
        QThread* thread = QThread::create([&] { result = MailSender::send(server, smtp.password(), sampleMessage(), &stop); });
        thread->start();
        stop = true; // wherever the conversation is: the server still holds its greeting

        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(result.outcome, MailResult::Outcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("stopped before")), qPrintable(result.message));
        QVERIFY(smtp.messageFiles().isEmpty());
    }

    void sendsFromSeveralThreadsAtOnce()
    {
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        QList<QThread*> threads;
        QList<MailResult> results(4);
        for (int i = 0; i < 4; ++i) {
            threads << QThread::create([&, i] {
                MailMessage message = sampleMessage();
                message.to = QStringLiteral("guest%1@example.org").arg(i);
                results[i] = MailSender::send(smtp.server(), smtp.password(), message);
            });
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        for (const MailResult& result : results)
            QVERIFY2(result.delivered(), qPrintable(result.message));
        QCOMPARE(smtp.messageFiles().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMailSender)
#include "tst_mail_sender.moc"
