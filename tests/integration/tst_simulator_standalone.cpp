#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// The simulator started on its own, as a developer would for manual trials.
class TestSimulatorStandalone final : public QObject {
    Q_OBJECT

private:
    QByteArray get(const QUrl& url, const QByteArray& key, int* status)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        if (!key.isEmpty())
            request.setRawHeader("x-api-key", key);
        QNetworkReply* reply = network.get(request);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000); }();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    QUrl start(QProcess& process, const QStringList& arguments)
    {
        process.start(QStringLiteral(SIMULATOR_EXECUTABLE), arguments);
        [&] {
            QVERIFY(process.waitForStarted(5000));
            QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        }();
        const QString line = QString::fromUtf8(process.readLine());
        const auto match = QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)")).match(line);
        return QUrl(match.captured(1));
    }

private slots:
    void servesNetCodesAndInjectsFaults()
    {
        QProcess process;
        const QUrl base = start(process, {QStringLiteral("--require-key"), QStringLiteral("k1")});
        QVERIFY2(base.isValid() && base.port() > 0, qPrintable(base.toString()));
        const QUrl netCode(base.toString() + QStringLiteral(
                               "/n/3/netcode/202604221226?start=2030-03-14%2015%3A00&duration=2&lockmodel=KL1060G3&identifier=921239"));
        int status = 0;
        const QByteArray body = get(netCode, "k1", &status);
        QCOMPARE(status, 200);
        QVERIFY(body.contains("ActualNetcode"));
        get(netCode, "other", &status);
        QCOMPARE(status, 403);
        process.kill();
        process.waitForFinished();

        QProcess faulty;
        const QUrl faultyBase = start(faulty, {QStringLiteral("--force-status"), QStringLiteral("500"),
                                               QStringLiteral("--force-body"), QStringLiteral("{\"message\":\"boom\"}")});
        const QByteArray faultBody = get(QUrl(faultyBase.toString() + QStringLiteral("/u/1/durations?lockmodel=KL1060")), "k",
                                         &status);
        QCOMPARE(status, 500);
        QCOMPARE(faultBody, QByteArray("{\"message\":\"boom\"}"));
        faulty.kill();
        faulty.waitForFinished();
    }

    void refusesABadPort()
    {
        QProcess process;
        process.start(QStringLiteral(SIMULATOR_EXECUTABLE), {QStringLiteral("--port"), QStringLiteral("99999")});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--port"));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorStandalone)
#include "tst_simulator_standalone.moc"
