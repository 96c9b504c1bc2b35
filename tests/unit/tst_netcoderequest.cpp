#include "NetCodeRequest.h"

#include <QTest>

class TestNetCodeRequest final : public QObject {
    Q_OBJECT

private slots:
    void urlIsExactlyTheWireContract()
    {
        NetCodeRequest request{QStringLiteral("202604221226"), QStringLiteral("2027-03-14 15:00"), 2,
                               QStringLiteral("KL1060G3"), QStringLiteral("921239")};
        const QUrl url = request.url(ApiEndpoint{});
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://api-connect.codelocks.io/n/3/netcode/202604221226"
                                "?start=2027-03-14%2015%3A00&duration=2&lockmodel=KL1060G3&identifier=921239"));
    }

    void accessKeyIsEncoded()
    {
        NetCodeRequest request{QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293"), QStringLiteral("2027-03-14 15:00"),
                               0, QStringLiteral("K3CONNECT"), QStringLiteral("a+b&c=d")};
        const QString encoded = request.url(ApiEndpoint{}).toString(QUrl::FullyEncoded);
        QVERIFY2(encoded.endsWith(QLatin1String("identifier=a%2Bb%26c%3Dd")), qPrintable(encoded));
    }

    void prefixesAndHostPathsAreSettings()
    {
        ApiEndpoint old;
        old.host = QUrl(QStringLiteral("https://api-eu.codelocks.io/v5/"));
        old.netCodePrefix = QString();
        NetCodeRequest request{QStringLiteral("202604221226"), QStringLiteral("2027-03-14 15:00"), 2,
                               QStringLiteral("KL1060G3"), QStringLiteral("921239")};
        QCOMPARE(request.url(old).path(), QStringLiteral("/v5/netcode/202604221226"));
        ApiEndpoint slashes;
        slashes.netCodePrefix = QStringLiteral("/n/1/");
        QCOMPARE(request.url(slashes).path(), QStringLiteral("/n/1/netcode/202604221226"));
    }

    void transportRules_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api-connect.codelocks.io" << true;
        QTest::newRow("http remote") << "http://api-connect.codelocks.io" << false;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http loopback range") << "http://127.0.0.2:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << true;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:8080" << true;
        QTest::newRow("http private address") << "http://192.168.1.10" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("empty") << "" << false;
    }

    void transportRules()
    {
        QFETCH(QString, host);
        QFETCH(bool, allowed);
        ApiEndpoint endpoint;
        endpoint.host = QUrl(host);
        QCOMPARE(endpoint.isTransportAllowed(), allowed);
    }
};

QTEST_GUILESS_MAIN(TestNetCodeRequest)
#include "tst_netcoderequest.moc"
