#include "CodelocksClient.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kKey = QStringLiteral("0123456789abcdefghij0123456789ABCDEFGHIJ");

NetCodeRequest kitLockRequest()
{
    return {QStringLiteral("202604221226"), QStringLiteral("2027-03-14 15:00"), 2, QStringLiteral("KL1060G3"),
            QStringLiteral("921239")};
}

// A loopback HTTPS service with a certificate made for this run: it counts the requests it could
// read and either answers with a code or closes without answering.
class TlsService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsService)

public:
    TlsService(const QSslCertificate& certificate, const QSslKey& key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++handshakesStarted; });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto* socket = static_cast<QSslSocket*>(m_server.nextPendingConnection())) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    ++requests;
                    lastKeyHeaderSeen = buffer->contains("\r\nx-api-key: " + kKey.toUtf8() + "\r\n");
                    buffer->clear();
                    if (dropAfterRequest) {
                        socket->abort();
                        return;
                    }
                    const QByteArray body = "{\"ActualNetcode\":\"7830719\",\"Expires\":\"2027-03-14 18:00:00\"}";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }

    int handshakesStarted = 0;
    int requests = 0;
    bool lastKeyHeaderSeen = false;
    bool dropAfterRequest = false;

private:
    QSslServer m_server;
};
} // namespace

// The NetCode call's own transport over real TLS on loopback: the certificate is checked before a
// byte of the request (and its key) is written, and a cut after the request is never resent.
class TestClientTls final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QSslConfiguration m_originalDefault;
    std::unique_ptr<TlsService> m_service;
    std::unique_ptr<CodelocksClient> m_client;

    NetCodeResult fetch(const QString& host)
    {
        ApiEndpoint endpoint;
        endpoint.host = QUrl(QStringLiteral("https://%1:%2").arg(host).arg(m_service->port()));
        m_client->setEndpoint(endpoint);
        NetCodeResult result;
        bool done = false;
        m_client->fetchNetCode(kitLockRequest(), this, [&](const NetCodeResult& r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return result;
    }

    void trustTheTestCertificate()
    {
        QSslConfiguration configuration = m_originalDefault;
        configuration.addCaCertificate(m_certificate);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is needed to make a certificate for this run");
        QVERIFY(m_dir.isValid());
        QProcess make;
        make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                             QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                             QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);
        QFile certificate(m_dir.filePath(QStringLiteral("cert.pem")));
        QFile key(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_certificate = QSslCertificate(&certificate, QSsl::Pem);
        m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!m_certificate.isNull());
        QVERIFY(!m_key.isNull());
        m_originalDefault = QSslConfiguration::defaultConfiguration();
    }

    void init()
    {
        m_service = std::make_unique<TlsService>(m_certificate, m_key);
        QVERIFY(m_service->start());
        m_client = std::make_unique<CodelocksClient>();
        m_client->setApiKey(kKey);
        m_client->setTimeoutMs(5000);
        m_client->setRetryDelaysMs({20, 20});
    }

    void cleanup()
    {
        m_client.reset();
        m_service.reset();
        QSslConfiguration::setDefaultConfiguration(m_originalDefault);
    }

    void anUntrustedCertificateStopsTheRequestBeforeItIsWritten()
    {
        const NetCodeResult result = fetch(QStringLiteral("127.0.0.1"));
        QCOMPARE(result.error, ApiError::TlsFailure);
        QVERIFY(!result.mayHaveBeenBilled());
        QVERIFY(m_service->handshakesStarted >= 1); // the client did reach the service ...
        QCOMPARE(m_service->requests, 0);          // ... and sent it nothing
    }

    void aCertificateForAnotherNameIsRefused()
    {
        trustTheTestCertificate();
        const NetCodeResult result = fetch(QStringLiteral("localhost")); // the certificate names 127.0.0.1
        QCOMPARE(result.error, ApiError::TlsFailure);
        QCOMPARE(m_service->requests, 0);
    }

    void aTrustedServiceAnswers()
    {
        trustTheTestCertificate();
        const NetCodeResult result = fetch(QStringLiteral("127.0.0.1"));
        QVERIFY2(result.ok(), qPrintable(result.errorText));
        QCOMPARE(result.code, QStringLiteral("7830719"));
        QCOMPARE(result.expires, QStringLiteral("2027-03-14 18:00:00"));
        QCOMPARE(m_service->requests, 1);
        QVERIFY(m_service->lastKeyHeaderSeen);
    }

    void aCutAfterTheRequestIsNeverResent()
    {
        trustTheTestCertificate();
        QVERIFY(fetch(QStringLiteral("127.0.0.1")).ok());
        m_service->dropAfterRequest = true;
        const NetCodeResult result = fetch(QStringLiteral("127.0.0.1"));
        QCOMPARE(result.error, ApiError::ConnectionDropped);
        QVERIFY(result.mayHaveBeenBilled());
        QTest::qWait(100); // room for a resend that must not come
        QCOMPARE(m_service->requests, 2);
    }
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_client_tls.moc"
