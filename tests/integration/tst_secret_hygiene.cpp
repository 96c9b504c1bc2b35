#include "AppSession.h"
#include "CodelocksClient.h"
#include "CodelocksSimulator.h"
#include "IssueService.h"
#include "SecretStore.h"
#include "SimulatorRoutes.h"
#include "TestOrders.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kKey = QStringLiteral("Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LmNbVcXzQw");
QStringList g_log;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
}
} // namespace

// A session with a real key against a service that checks it: afterwards the key is in no log line,
// no message, the settings file, the database or its journal. So is the smart lock's access key.
class TestSecretHygiene final : public QObject {
    Q_OBJECT

private slots:
    void theKeysAppearNowhere()
    {
        QTemporaryDir dir;
        CodelocksSimulator service;
        QVERIFY(service.start());
        service.setRequiredApiKey(kKey);
        const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        QSettings(settingsPath, QSettings::IniFormat).setValue(QStringLiteral("api/host"), service.baseUrl().toString());

        qInstallMessageHandler(capture);
        QLoggingCategory::setFilterRules(QStringLiteral("netcode.*=true"));
        MemorySecretStore secrets;
        secrets.write(SecretStore::accessKeyName(QStringLiteral("acct")), SimulatorRoutes::demoAccessKey(), this,
                      [](bool, const QString&) {});
        FixedClock clock(QDateTime(QDate(2027, 7, 14), QTime(13, 20), QTimeZone::utc()));
        QStringList messages;
        {
            AppSession session;
            AppSession::Options options;
            options.databasePath = dir.filePath(QStringLiteral("db.sqlite"));
            options.settingsPath = settingsPath;
            options.apiKey = kKey;
            options.secrets = &secrets;
            options.clock = &clock;
            QString error;
            QVERIFY2(session.start(options, &error), qPrintable(error));
            QVERIFY(!session.isDemo());

            Lock kit = testKitLock(QStringLiteral("Room 1"));
            QVERIFY(session.locks().insert(&kit));
            Lock smart;
            smart.name = QStringLiteral("Gate");
            smart.model = LockModelId::K3Connect;
            smart.smartLockId = QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293");
            smart.accessKeyRef = QStringLiteral("acct");
            smart.timeZoneId = QStringLiteral("Europe/London");
            smart.clockFollowsDst = true;
            QVERIFY(session.locks().insert(&smart));

            auto issue = [&](const Lock& lock, int hour) {
                const IssueOrder order = testOrder(lock, QDate(2027, 7, 14), QTime(hour, 0), 2, clock.nowUtc());
                QSignalSpy finished(&session.issuer(), &IssueService::finished);
                QVERIFY(session.issuer().issue(order));
                QTRY_COMPARE(finished.size(), 1);
                messages << finished.first().first().value<IssueOutcome>().errorText;
            };
            issue(kit, 15);
            issue(smart, 15);
            // A service that echoes what it was sent — the key, and a smart lock's access key — in its errors.
            SimulatorFaults echo;
            echo.forcedStatus = 422;
            echo.forcedBody = "{\"message\":\"bad request from key " + kKey.toLatin1() + "\"}";
            service.setFaults(echo);
            issue(kit, 16);
            echo.forcedBody = "{\"message\":\"bad request from key " + kKey.toLatin1() + " with identifier " +
                              SimulatorRoutes::demoAccessKey().toLatin1() + "\"}";
            service.setFaults(echo);
            issue(smart, 16);
            echo.forcedStatus = 403;
            service.setFaults(echo);
            issue(kit, 17);
            QCOMPARE(session.netCodeRequestsThisMonth(), 5);
            session.settings().sync();
        }
        qInstallMessageHandler(nullptr);

        QVERIFY(!g_log.isEmpty()); // the client did log its requests
        for (const QString& secret : {kKey, SimulatorRoutes::demoAccessKey()}) {
            for (const QString& line : g_log)
                QVERIFY2(!line.contains(secret), qPrintable(line));
            for (const QString& message : messages)
                QVERIFY2(!message.contains(secret), qPrintable(message));
            QDirIterator files(dir.path(), QDir::Files);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secret_hygiene.moc"
