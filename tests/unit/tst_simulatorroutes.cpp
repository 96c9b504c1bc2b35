#include "DemoCode.h"
#include "HttpMessage.h"
#include "SimulatorRoutes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
HttpRequest parse(const QByteArray& raw)
{
    QByteArray buffer = raw;
    HttpRequest request;
    const auto state = HttpRequestParser::take(buffer, &request);
    Q_ASSERT(state == HttpRequestParser::State::Complete);
    return request;
}

HttpRequest get(const QByteArray& target, bool withKey = true)
{
    QByteArray raw = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (withKey)
        raw += "x-api-key: k\r\n";
    return parse(raw + "\r\n");
}
} // namespace

class TestSimulatorRoutes final : public QObject {
    Q_OBJECT

private slots:
    void demoCodesAreDeterministicAndOfTheModelsLength()
    {
        const QString a = DemoCode::generate(QStringLiteral("KL1060G3"), QStringLiteral("202604221226"),
                                             QStringLiteral("921239"), QStringLiteral("2027-03-14 15:00"), 2, 7);
        QCOMPARE(a.size(), 7);
        QCOMPARE(a, DemoCode::generate(QStringLiteral("KL1060G3"), QStringLiteral("202604221226"),
                                       QStringLiteral("921239"), QStringLiteral("2027-03-14 15:00"), 2, 7));
        QVERIFY(a != DemoCode::generate(QStringLiteral("KL1060G3"), QStringLiteral("202604221226"),
                                        QStringLiteral("921239"), QStringLiteral("2027-03-14 16:00"), 2, 7));
        // Leading zeros must occur and be kept: over many inputs some code starts with 0.
        bool sawLeadingZero = false;
        for (int hour = 0; hour < 200 && !sawLeadingZero; ++hour) {
            const QString code = DemoCode::generate(QStringLiteral("KL1060"), QStringLiteral("202604221226"),
                                                    QStringLiteral("921239"), QString::number(hour), 0, 6);
            QCOMPARE(code.size(), 6);
            sawLeadingZero = code.startsWith(QLatin1Char('0'));
        }
        QVERIFY(sawLeadingZero);
    }

    void parserHandlesPipelinedAndPartialRequests()
    {
        QByteArray buffer = "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHo";
        HttpRequest request;
        QCOMPARE(HttpRequestParser::take(buffer, &request), HttpRequestParser::State::Complete);
        QCOMPARE(request.path, QStringLiteral("/a"));
        QCOMPARE(HttpRequestParser::take(buffer, &request), HttpRequestParser::State::NeedMore);
        buffer += "st: x\r\nConnection: close\r\n\r\n";
        QCOMPARE(HttpRequestParser::take(buffer, &request), HttpRequestParser::State::Complete);
        QCOMPARE(request.path, QStringLiteral("/b"));
        QVERIFY(!request.keepAlive);
        QByteArray junk = "NONSENSE\r\n\r\n";
        QCOMPARE(HttpRequestParser::take(junk, &request), HttpRequestParser::State::Malformed);
        QByteArray huge(HttpRequestParser::kMaxHeaderBytes + 10, 'a');
        QCOMPARE(HttpRequestParser::take(huge, &request), HttpRequestParser::State::TooLarge);
    }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messageFragment");
        const QByteArray ok = "/n/3/netcode/202604221226?start=2027-03-14%2015%3A00&duration=2&lockmodel=KL1060G3&identifier=921239";
        QTest::newRow("success") << ok << true << 200 << "";
        QTest::newRow("no key") << ok << false << 403 << "Forbidden";
        QTest::newRow("off the hour")
            << QByteArray("/n/3/netcode/202604221226?start=2027-03-14%2015%3A30&duration=2&lockmodel=KL1060G3&identifier=921239")
            << true << 422 << "on the hour";
        QTest::newRow("day code not at midnight")
            << QByteArray("/n/3/netcode/202604221226?start=2027-03-14%2015%3A00&duration=13&lockmodel=KL1060G3&identifier=921239")
            << true << 422 << "midnight";
        QTest::newRow("unknown duration")
            << QByteArray("/n/3/netcode/202604221226?start=2027-03-14%2015%3A00&duration=99&lockmodel=KL1060G3&identifier=921239")
            << true << 422 << "duration";
        QTest::newRow("5-digit identifier")
            << QByteArray("/n/3/netcode/202604221226?start=2027-03-14%2015%3A00&duration=2&lockmodel=KL1060G3&identifier=92123")
            << true << 422 << "identifier";
        QTest::newRow("11-digit timecode")
            << QByteArray("/n/3/netcode/20260422122?start=2027-03-14%2015%3A00&duration=2&lockmodel=KL1060G3&identifier=921239")
            << true << 422 << "ID";
        QTest::newRow("unknown model")
            << QByteArray("/n/3/netcode/202604221226?start=2027-03-14%2015%3A00&duration=2&lockmodel=KL9&identifier=921239")
            << true << 422 << "lockmodel";
        QTest::newRow("bad start")
            << QByteArray("/n/3/netcode/202604221226?start=tomorrow&duration=2&lockmodel=KL1060G3&identifier=921239")
            << true << 422 << "start";
        QTest::newRow("smart lock")
            << QByteArray("/n/3/netcode/3f2a9c0d4b6e8f1a2c3d4e5f60718293?start=2027-03-14%2015%3A00&duration=0&lockmodel=K3CONNECT&identifier=DemoAccessKey42")
            << true << 200 << "";
        QTest::newRow("smart lock 31 hex")
            << QByteArray("/n/3/netcode/3f2a9c0d4b6e8f1a2c3d4e5f6071829?start=2027-03-14%2015%3A00&duration=0&lockmodel=K3CONNECT&identifier=DemoAccessKey42")
            << true << 422 << "ID";
        QTest::newRow("a KitLock start inside this computer's own DST gap")
            << QByteArray("/n/3/netcode/202604221226?start=2027-03-28%2001%3A00&duration=2&lockmodel=KL1060G3&identifier=921239")
            << true << 200 << "";
        QTest::newRow("durations") << QByteArray("/u/1/durations?lockmodel=KL1060G3&operation=DURATIONS") << true << 200
                                   << "";
        QTest::newRow("unknown path") << QByteArray("/x") << true << 404 << "Not Found";
    }

    void answers()
    {
        QFETCH(QByteArray, target);
        QFETCH(bool, withKey);
        QFETCH(int, status);
        QFETCH(QString, messageFragment);
        const SimulatedResponse response = SimulatorRoutes::answer(get(target, withKey), QString());
        QCOMPARE(response.status, status);
        if (!messageFragment.isEmpty()) {
            const QString message = QJsonDocument::fromJson(response.body).object().value(QLatin1String("message")).toString();
            QVERIFY2(message.contains(messageFragment), qPrintable(message));
        }
    }

    void successHasThe2026Shape()
    {
        const SimulatedResponse response = SimulatorRoutes::answer(
            get("/n/3/netcode/202604221226?start=2027-03-14%2015%3A00&duration=2&lockmodel=KL1060G3&identifier=921239"),
            QString());
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(QLatin1String("ActualNetcode")).toString().size(), 7);
        QCOMPARE(body.value(QLatin1String("LockID")).toString(), QStringLiteral("921239"));
        QCOMPARE(body.value(QLatin1String("DurationHours")).toInt(), 3);
        QCOMPARE(body.value(QLatin1String("Expires")).toString(), QStringLiteral("2027-03-14 18:00:00"));
        QCOMPARE(body.value(QLatin1String("Timecode")).toString(), QStringLiteral("2026/04/22/12:26"));
    }

    void requiredKeyIsEnforced()
    {
        const HttpRequest request = get("/u/1/durations?lockmodel=KL1060G3");
        QCOMPARE(SimulatorRoutes::answer(request, QStringLiteral("other")).status, 403);
        QCOMPARE(SimulatorRoutes::answer(request, QStringLiteral("k")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorRoutes)
#include "tst_simulatorroutes.moc"
