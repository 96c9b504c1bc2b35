#include "CodelocksClient.h"
#include "CodelocksSimulator.h"
#include "SimulatorRoutes.h"
#include "DurationCatalogue.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
const QString kKey = QStringLiteral("0123456789abcdefghij0123456789ABCDEFGHIJ");

NetCodeRequest kitLockRequest()
{
    return {QStringLiteral("202604221226"), QStringLiteral("2027-03-14 15:00"), 2, QStringLiteral("KL1060G3"),
            QStringLiteral("921239")};
}
} // namespace

// The real client against the real simulator over loopback HTTP.
class TestClientSimulator final : public QObject {
    Q_OBJECT

private:
    CodelocksSimulator* m_simulator = nullptr;
    CodelocksClient* m_client = nullptr;

    NetCodeResult fetch(const NetCodeRequest& request)
    {
        NetCodeResult result;
        bool done = false;
        m_client->fetchNetCode(request, this, [&](const NetCodeResult& r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return result;
    }

    DurationsResult fetchDurations()
    {
        DurationsResult result;
        bool done = false;
        m_client->fetchDurations(QStringLiteral("KL1060G3"), this, [&](const DurationsResult& r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return result;
    }

    SmartLocksResult fetchSmartLocks(const QString& accessKey)
    {
        SmartLocksResult result;
        bool done = false;
        m_client->fetchSmartLocks(accessKey, this, [&](const SmartLocksResult& r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return result;
    }

    // A loopback port that was free a moment ago: connecting to it is refused.
    quint16 pointClientAtAClosedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            qFatal("no free loopback port");
        const quint16 port = probe.serverPort();
        probe.close();
        ApiEndpoint endpoint;
        endpoint.host = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_client->setEndpoint(endpoint);
        return port;
    }

    QByteArray selfUrl(const QByteArray& pathAndQuery) const
    {
        return m_simulator->baseUrl().toString().toUtf8() + pathAndQuery;
    }

private slots:
    void init()
    {
        m_simulator = new CodelocksSimulator(this);
        QVERIFY(m_simulator->start());
        m_simulator->setRequiredApiKey(kKey);
        m_client = new CodelocksClient(this);
        ApiEndpoint endpoint;
        endpoint.host = m_simulator->baseUrl();
        m_client->setEndpoint(endpoint);
        m_client->setApiKey(kKey);
        m_client->setTimeoutMs(3000);
    }

    void cleanup()
    {
        delete m_client;
        delete m_simulator;
    }

    void kitLockSuccess()
    {
        const NetCodeResult result = fetch(kitLockRequest());
        QVERIFY2(result.ok(), qPrintable(result.errorText));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.code.size(), 7);
        QCOMPARE(result.expires, QStringLiteral("2027-03-14 18:00:00"));
        QCOMPARE(m_simulator->requests().size(), 1);
        const auto& sent = m_simulator->requests().first();
        QCOMPARE(sent.path, QStringLiteral("/n/3/netcode/202604221226"));
        QCOMPARE(sent.rawQuery,
                 QByteArray("start=2027-03-14%2015%3A00&duration=2&lockmodel=KL1060G3&identifier=921239"));
        QVERIFY(sent.hadApiKey);
        // Same parameters, same code.
        QCOMPARE(fetch(kitLockRequest()).code, result.code);
    }

    void smartLockSuccess()
    {
        const NetCodeResult result = fetch({QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293"),
                                            QStringLiteral("2027-03-14 00:00"), 13, QStringLiteral("K3CONNECT"),
                                            SimulatorRoutes::demoAccessKey()});
        QVERIFY2(result.ok(), qPrintable(result.errorText));
        QCOMPARE(result.code.size(), 6);
    }

    void wrongKeyIs403()
    {
        m_client->setApiKey(QStringLiteral("wrong"));
        const NetCodeResult result = fetch(kitLockRequest());
        QCOMPARE(result.error, ApiError::KeyRejected);
        QCOMPARE(result.httpStatus, 403);
        QVERIFY(result.errorText.contains(QLatin1String("API key in Settings")));
        QVERIFY(!result.errorText.contains(QLatin1String("wrong")));
    }

    void invalidRequestIs422WithTheServersWords()
    {
        NetCodeRequest request = kitLockRequest();
        request.start = QStringLiteral("2027-03-14 15:30");
        const NetCodeResult result = fetch(request);
        QCOMPARE(result.error, ApiError::InvalidRequest);
        QCOMPARE(result.httpStatus, 422);
        QVERIFY2(result.errorText.contains(QLatin1String("on the hour")), qPrintable(result.errorText));
    }

    void injectedFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("fragment");
        // A KitLock request carries no access key: a 401 is about the site's API key.
        QTest::newRow("401 on a KitLock") << 401 << QByteArray() << int(ApiError::KeyRejected) << "API key in Settings";
        QTest::newRow("403 on a KitLock") << 403 << QByteArray("{\"message\":\"Forbidden\"}") << int(ApiError::KeyRejected)
                                          << "API key in Settings";
        QTest::newRow("404") << 404 << QByteArray("{\"message\":\"Generate netcode failed with ERROR status\"}")
                             << int(ApiError::LockNotFound) << "timecode";
        QTest::newRow("429") << 429 << QByteArray("{\"message\":\"Too Many Requests\"}") << int(ApiError::QuotaExceeded)
                             << "quota";
        QTest::newRow("500") << 500 << QByteArray("{\"message\":\"Generate netcode failed with ERROR status\"}")
                             << int(ApiError::ServiceError) << "internal error";
        QTest::newRow("garbage JSON") << 200 << QByteArray("<<garbage>>") << int(ApiError::MalformedResponse)
                                      << "cannot read";
        QTest::newRow("code as a rounded number")
            << 200 << QByteArray("{\"ActualNetcode\":1.2345675e6}") << int(ApiError::MalformedResponse) << "cannot read";
        QTest::newRow("2015 error in 200")
            << 200 << QByteArray("{\"error\":\"Lock not found\",\"message\":\"Please check the identifier provided.\"}")
            << int(ApiError::LockNotFound) << "Please check the identifier";
    }

    void injectedFailures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, error);
        QFETCH(QString, fragment);
        SimulatorFaults faults;
        faults.forcedStatus = status;
        faults.forcedBody = body;
        m_simulator->setFaults(faults);
        const NetCodeResult result = fetch(kitLockRequest());
        QCOMPARE(int(result.error), error);
        QCOMPARE(result.httpStatus, status);
        QVERIFY2(result.errorText.contains(fragment), qPrintable(result.errorText));
        QVERIFY2(!result.errorText.contains(QLatin1String("access key")), qPrintable(result.errorText));
        QVERIFY(result.code.isEmpty());
        QVERIFY(result.mayHaveBeenBilled()); // an answer came: the service saw the request
        QCOMPARE(m_simulator->requests().size(), 1);
    }

    void smartLockAccessKeyRejectedIsBlamedOnTheAccessKey()
    {
        const NetCodeResult result = fetch({QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293"),
                                            QStringLiteral("2027-03-14 00:00"), 13, QStringLiteral("K3CONNECT"),
                                            QStringLiteral("WrongAccessKey9")});
        QCOMPARE(result.error, ApiError::AccessKeyRejected);
        QCOMPARE(result.httpStatus, 401);
        QVERIFY2(result.errorText.contains(QLatin1String("access key")), qPrintable(result.errorText));

        // The API key refused on a smart-lock request is still the API key.
        SimulatorFaults faults;
        faults.forcedStatus = 403;
        faults.forcedBody = "{\"message\":\"Forbidden\"}";
        m_simulator->setFaults(faults);
        const NetCodeResult forbidden = fetch({QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293"),
                                               QStringLiteral("2027-03-14 00:00"), 13, QStringLiteral("K3CONNECT"),
                                               SimulatorRoutes::demoAccessKey()});
        QCOMPARE(forbidden.error, ApiError::KeyRejected);
        QVERIFY2(forbidden.errorText.contains(QLatin1String("API key")), qPrintable(forbidden.errorText));
    }

    void durationsUnauthorisedIsAboutTheApiKey()
    {
        SimulatorFaults faults;
        faults.forcedStatus = 401;
        m_simulator->setFaults(faults);
        const DurationsResult result = fetchDurations();
        QCOMPARE(result.error, ApiError::KeyRejected);
        QVERIFY2(result.errorText.contains(QLatin1String("API key in Settings")), qPrintable(result.errorText));
    }

    void keysEchoedInAnyCaseAreScrubbed_data()
    {
        QTest::addColumn<QString>("echo");
        QTest::newRow("as sent") << kKey;
        QTest::newRow("lower case") << kKey.toLower();
        QTest::newRow("upper case") << kKey.toUpper();
    }

    void keysEchoedInAnyCaseAreScrubbed()
    {
        QFETCH(QString, echo);
        const QString said = QStringLiteral("Invalid key %1 for identifier").arg(echo);
        SimulatorFaults faults;
        faults.forcedStatus = 422;
        faults.forcedBody = QJsonDocument(QJsonObject{{QStringLiteral("message"), said}}).toJson(QJsonDocument::Compact);
        m_simulator->setFaults(faults);

        const NetCodeResult result = fetch(kitLockRequest());
        QCOMPARE(result.error, ApiError::InvalidRequest);
        QVERIFY2(result.errorText.contains(QLatin1String("for identifier")), qPrintable(result.errorText));
        QVERIFY2(!result.errorText.contains(kKey, Qt::CaseInsensitive), qPrintable(result.errorText));

        // A smart lock's access key, echoed back, is scrubbed as well.
        const QString accessKey = SimulatorRoutes::demoAccessKey();
        faults.forcedBody = QJsonDocument(QJsonObject{{QStringLiteral("message"),
                                                       QStringLiteral("No lock for %1 / %2").arg(accessKey.toUpper(), echo)}})
                                .toJson(QJsonDocument::Compact);
        m_simulator->setFaults(faults);
        const NetCodeResult smart = fetch({QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293"), QStringLiteral("2027-03-14 00:00"),
                                           13, QStringLiteral("K3CONNECT"), accessKey});
        QVERIFY2(smart.errorText.contains(QLatin1String("No lock for")), qPrintable(smart.errorText));
        QVERIFY2(!smart.errorText.contains(accessKey, Qt::CaseInsensitive), qPrintable(smart.errorText));
        QVERIFY2(!smart.errorText.contains(kKey, Qt::CaseInsensitive), qPrintable(smart.errorText));

        const DurationsResult durations = fetchDurations();
        QCOMPARE(durations.error, ApiError::InvalidRequest);
        QVERIFY2(!durations.errorText.contains(kKey, Qt::CaseInsensitive), qPrintable(durations.errorText));

        const SmartLocksResult locks = fetchSmartLocks(accessKey);
        QCOMPARE(locks.error, ApiError::InvalidRequest);
        QVERIFY2(locks.errorText.contains(QLatin1String("No lock for")), qPrintable(locks.errorText));
        QVERIFY2(!locks.errorText.contains(accessKey, Qt::CaseInsensitive), qPrintable(locks.errorText));
        QVERIFY2(!locks.errorText.contains(kKey, Qt::CaseInsensitive), qPrintable(locks.errorText));
    }

    void wrongLengthCodeIsPassedOnForTheSanityCheck()
    {
        SimulatorFaults faults;
        faults.forcedStatus = 200;
        faults.forcedBody = "{\"ActualNetcode\":\"123456\"}";
        m_simulator->setFaults(faults);
        const NetCodeResult result = fetch(kitLockRequest());
        QVERIFY(result.ok());
        QCOMPARE(result.code, QStringLiteral("123456"));
    }

    void timeout()
    {
        SimulatorFaults faults;
        faults.delayMs = 2500;
        m_simulator->setFaults(faults);
        m_client->setTimeoutMs(500);
        const NetCodeResult result = fetch(kitLockRequest());
        QCOMPARE(result.error, ApiError::Timeout);
        QVERIFY(!result.responseReceived());
        QVERIFY(result.mayHaveBeenBilled());
        QVERIFY2(result.errorText.contains(QLatin1String("billed")), qPrintable(result.errorText));
        QVERIFY2(result.errorText.contains(QLatin1String("in doubt")), qPrintable(result.errorText));
        QCOMPARE(m_simulator->netCodeRequestCount(), 1);
    }

    void droppedConnection()
    {
        SimulatorFaults faults;
        faults.dropConnection = true;
        m_simulator->setFaults(faults);
        const NetCodeResult result = fetch(kitLockRequest());
        QCOMPARE(result.error, ApiError::ConnectionDropped);
        QVERIFY(!result.responseReceived());
        QVERIFY(result.mayHaveBeenBilled());
        QVERIFY2(result.errorText.contains(QLatin1String("billed")), qPrintable(result.errorText));
        QVERIFY2(result.errorText.contains(QLatin1String("in doubt")), qPrintable(result.errorText));
        // The service read the request once, and it was never sent again.
        QCOMPARE(m_simulator->netCodeRequestCount(), 1);
    }

    void anAnswerCutShortIsUnreadableButMayBeBilled()
    {
        SimulatorFaults faults;
        faults.cutAfterBytes = 120; // the head and the start of the body
        m_simulator->setFaults(faults);
        NetCodeResult result = fetch(kitLockRequest());
        QCOMPARE(result.error, ApiError::MalformedResponse);
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(result.code.isEmpty());
        QVERIFY(result.mayHaveBeenBilled());
        QCOMPARE(m_simulator->netCodeRequestCount(), 1);

        faults.cutAfterBytes = 20; // not even the whole head
        m_simulator->setFaults(faults);
        result = fetch(kitLockRequest());
        QCOMPARE(result.error, ApiError::MalformedResponse);
        QVERIFY(result.mayHaveBeenBilled());
        QCOMPARE(m_simulator->netCodeRequestCount(), 2);
    }

    void connectionRefused()
    {
        pointClientAtAClosedPort();
        const NetCodeResult result = fetch(kitLockRequest());
        QCOMPARE(result.error, ApiError::ConnectionRefused);
        QVERIFY(!result.mayHaveBeenBilled());
    }

    void plainHttpToAnotherHostIsNeverSent()
    {
        ApiEndpoint endpoint;
        endpoint.host = QUrl(QStringLiteral("http://api-connect.codelocks.io"));
        m_client->setEndpoint(endpoint);
        const NetCodeResult result = fetch(kitLockRequest());
        QCOMPARE(result.error, ApiError::InsecureHost);
        QCOMPARE(m_simulator->requests().size(), 0);
    }

    void hugeBodyIsNotRead()
    {
        SimulatorFaults faults;
        faults.forcedStatus = 200;
        faults.forcedBody = QByteArray(CodelocksClient::kMaxResponseBytes * 2, 'x');
        m_simulator->setFaults(faults);
        const NetCodeResult result = fetch(kitLockRequest());
        QCOMPARE(result.error, ApiError::ResponseTooLarge);
    }

    void faultsCanBeLimitedToSomeRequests()
    {
        SimulatorFaults faults;
        faults.forcedStatus = 500;
        faults.remaining = 1;
        m_simulator->setFaults(faults);
        QCOMPARE(fetch(kitLockRequest()).error, ApiError::ServiceError);
        QVERIFY(fetch(kitLockRequest()).ok());
    }

    void durationsCatalogue()
    {
        DurationsResult result;
        bool done = false;
        m_client->fetchDurations(QStringLiteral("KL1060G3"), this, [&](const DurationsResult& r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.error, ApiError::None);
        const DurationCatalogue catalogue(result.options, QDateTime::currentDateTimeUtc());
        // The G3 offers every mode in the simulator; the standard ids are the confirmed 0-18.
        QCOMPARE(catalogue.modes(), IssueModes::all());
        QCOMPARE(catalogue.options(IssueMode::StandardMultiUse).size(), 19);
        QCOMPARE(catalogue.options(IssueMode::StandardMultiUse).first().id, 0);
        QCOMPARE(catalogue.options(IssueMode::MediumTermRental).size(), 21);
        QCOMPARE(catalogue.options(IssueMode::LongTermRental).size(), 19);
        QCOMPARE(catalogue.options(IssueMode::EndDate).size(), 365);
        QCOMPARE(catalogue.options(IssueMode::TwentyFourHour).size(), 1);
        QCOMPARE(m_simulator->requests().first().path, QStringLiteral("/u/1/durations"));
    }

    // The service reads the request and closes without answering. Each click is one request on
    // the wire: neither the client nor the network stack under it sends it again — also not after
    // a complete answer, which is when Qt's own HTTP stack would resend a GET by itself.
    void aCutConnectionIsNeverResent()
    {
        m_client->setRetryDelaysMs({20, 40});
        QSignalSpy sent(m_client, &CodelocksClient::requestSent);
        SimulatorFaults faults;
        faults.dropConnection = true;
        faults.remaining = 1;
        m_simulator->setFaults(faults);
        QCOMPARE(fetch(kitLockRequest()).error, ApiError::ConnectionDropped);
        QCOMPARE(m_simulator->netCodeRequestCount(), 1);

        QVERIFY(fetch(kitLockRequest()).ok());
        QCOMPARE(m_simulator->netCodeRequestCount(), 2);

        // Cut every time, several clicks in a row: one request per click.
        faults.remaining = -1;
        m_simulator->setFaults(faults);
        for (int click = 1; click <= 3; ++click) {
            QCOMPARE(fetch(kitLockRequest()).error, ApiError::ConnectionDropped);
            QCOMPARE(m_simulator->netCodeRequestCount(), 2 + click);
        }
        QTest::qWait(100); // room for a resend that must not come
        QCOMPARE(m_simulator->netCodeRequestCount(), 5);
        QCOMPARE(sent.size(), 5); // every one left this computer and counts against the quota
    }

    void answersAndTimeoutsAreNeverRetriedByThemselves()
    {
        m_client->setRetryDelaysMs({20, 40});
        // An answer, even an error, is never repeated by itself: it may have been billed.
        SimulatorFaults faults;
        faults.forcedStatus = 500;
        m_simulator->setFaults(faults);
        QCOMPARE(fetch(kitLockRequest()).error, ApiError::ServiceError);
        QCOMPARE(m_simulator->requests().size(), 1);

        // Nor is a timeout.
        m_simulator->clearRequests();
        faults = {};
        faults.delayMs = 1500;
        m_simulator->setFaults(faults);
        m_client->setTimeoutMs(300);
        QCOMPARE(fetch(kitLockRequest()).error, ApiError::Timeout);
        QTest::qWait(100);
        QCOMPARE(m_simulator->requests().size(), 1);
    }

    // Refused: the request provably never left, so the client tries again by itself, and the
    // service (listening by then) gets it exactly once.
    void aRefusedRequestIsRetriedAndArrivesOnce()
    {
        const quint16 port = pointClientAtAClosedPort();
        m_client->setRetryDelaysMs({50, 50});
        CodelocksSimulator late;
        late.setRequiredApiKey(kKey);
        // The client logs each refused attempt; the service starts listening at the first one.
        static CodelocksSimulator* s_late = nullptr;
        static quint16 s_port = 0;
        static QtMessageHandler s_previous = nullptr;
        s_late = &late;
        s_port = port;
        s_previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& text) {
            if (s_late && text.contains(QLatin1String("connection-refused")) && !s_late->port())
                s_late->start(s_port);
            if (s_previous)
                s_previous(type, context, text);
        });
        const NetCodeResult result = fetch(kitLockRequest());
        qInstallMessageHandler(s_previous);
        s_late = nullptr;
        QVERIFY2(late.port() == port, "the first attempt was not refused");
        QVERIFY2(result.ok(), qPrintable(result.errorText));
        QCOMPARE(late.netCodeRequestCount(), 1);
    }

    void refusedConnectionsAreRetriedAndNotCounted()
    {
        m_client->setRetryDelaysMs({10, 10});
        pointClientAtAClosedPort();
        QSignalSpy sent(m_client, &CodelocksClient::requestSent);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(fetch(kitLockRequest()).error, ApiError::ConnectionRefused);
        QVERIFY(timer.elapsed() >= 20); // two retries after their delays
        QCOMPARE(sent.size(), 0); // nothing reached a service, nothing to bill
    }

    void aRedirectElsewhereNeverCarriesTheKey()
    {
        CodelocksSimulator elsewhere;
        QVERIFY(elsewhere.start());
        SimulatorFaults faults;
        faults.redirectTo = elsewhere.baseUrl().toString().toUtf8() +
                            "/n/3/netcode/202604221226?start=2027-03-14%2015%3A00&duration=2&lockmodel=KL1060G3&identifier=921239";
        m_simulator->setFaults(faults);
        const NetCodeResult result = fetch(kitLockRequest());
        QCOMPARE(result.error, ApiError::RedirectRefused);
        QVERIFY(result.errorText.contains(QLatin1String("key went nowhere else")));
        QTest::qWait(200);
        for (const auto& request : elsewhere.requests())
            QVERIFY(request.apiKey.isEmpty());
        QCOMPARE(elsewhere.requests().size(), 0);
        QCOMPARE(m_simulator->requests().size(), 1);
        QVERIFY(result.mayHaveBeenBilled());

        // The utility calls refuse the same way.
        faults.redirectTo = elsewhere.baseUrl().toString().toUtf8() + "/u/1/durations?lockmodel=KL1060G3&operation=DURATIONS";
        m_simulator->setFaults(faults);
        const DurationsResult durations = fetchDurations();
        QCOMPARE(durations.error, ApiError::RedirectRefused);
        QTest::qWait(200);
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    // The service redirects every request to itself: a few requests, then a message of its own.
    void aRedirectLoopStopsAfterAFewRequests()
    {
        SimulatorFaults faults;
        faults.redirectTo = selfUrl("/n/3/netcode/202604221226?start=2027-03-14%2015%3A00&duration=2&lockmodel=KL1060G3"
                                    "&identifier=921239");
        m_simulator->setFaults(faults);
        const NetCodeResult result = fetch(kitLockRequest());
        QCOMPARE(result.error, ApiError::RedirectLoop);
        QVERIFY2(result.errorText.contains(QLatin1String("kept redirecting")), qPrintable(result.errorText));
        QVERIFY(result.errorText != ApiErrors::message(ApiError::RedirectRefused));
        QTest::qWait(100);
        QCOMPARE(m_simulator->requests().size(), 1 + CodelocksClient::kMaxKeyedRedirects);
        for (const auto& request : m_simulator->requests())
            QCOMPARE(request.apiKey, kKey);

        m_simulator->clearRequests();
        faults.redirectTo = selfUrl("/u/1/durations?lockmodel=KL1060G3&operation=DURATIONS");
        m_simulator->setFaults(faults);
        const DurationsResult durations = fetchDurations();
        QCOMPARE(durations.error, ApiError::RedirectLoop);
        QVERIFY2(durations.errorText.contains(QLatin1String("kept redirecting")), qPrintable(durations.errorText));
        QTest::qWait(100);
        QCOMPARE(m_simulator->requests().size(), 1 + CodelocksClient::kMaxKeyedRedirects);
    }

    // A redirect within the service's own address is still followed, with the key.
    void aSingleSameOriginRedirectIsFollowed()
    {
        SimulatorFaults faults;
        faults.redirectTo = selfUrl("/n/3/netcode/202604221226?start=2027-03-14%2015%3A00&duration=2&lockmodel=KL1060G3"
                                    "&identifier=921239");
        faults.remaining = 1;
        m_simulator->setFaults(faults);
        const NetCodeResult result = fetch(kitLockRequest());
        QVERIFY2(result.ok(), qPrintable(result.errorText));
        QCOMPARE(m_simulator->requests().size(), 2);
    }

    void smartLockList()
    {
        SmartLocksResult result;
        bool done = false;
        m_client->fetchSmartLocks(SimulatorRoutes::demoAccessKey(), this, [&](const SmartLocksResult& r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.error, ApiError::None);
        QCOMPARE(result.locks.size(), 3);
        QCOMPARE(result.locks.first().lockId, QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293"));
        QCOMPARE(result.locks.first().timeZone, QStringLiteral("Europe/London"));
        QVERIFY(result.locks.first().followsDst());
        QVERIFY(!result.locks.last().followsDst());
        QCOMPARE(m_simulator->requests().last().path, QStringLiteral("/u/1/k3connect"));

        done = false;
        m_client->fetchSmartLocks(QStringLiteral("WrongKey123"), this, [&](const SmartLocksResult& r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.error, ApiError::AccessKeyRejected);
        QVERIFY(!result.errorText.contains(QLatin1String("WrongKey123")));
        QVERIFY(result.errorText.contains(QLatin1String("access key")));
    }

    void aQuotaExhaustedMidMonth()
    {
        m_simulator->setNetCodeQuota(2);
        NetCodeRequest request = kitLockRequest();
        QVERIFY(fetch(request).ok());
        request.start = QStringLiteral("2027-03-14 16:00");
        QVERIFY(fetch(request).ok());
        request.start = QStringLiteral("2027-03-14 17:00");
        const NetCodeResult refused = fetch(request);
        QCOMPARE(refused.error, ApiError::QuotaExceeded);
        QCOMPARE(refused.httpStatus, 403);
        QVERIFY(refused.errorText.contains(QLatin1String("plan")));
    }

    void callbackIsDroppedWhenContextDies()
    {
        auto* context = new QObject(this);
        bool called = false;
        SimulatorFaults faults;
        faults.delayMs = 200;
        m_simulator->setFaults(faults);
        m_client->fetchNetCode(kitLockRequest(), context, [&](const NetCodeResult&) { called = true; });
        delete context;
        QTRY_COMPARE(m_simulator->requests().size(), 1);
        QTest::qWait(400);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestClientSimulator)
#include "tst_client_simulator.moc"
