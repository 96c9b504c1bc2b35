#include "ApiKeyFingerprint.h"
#include "AppSession.h"
#include "CodelocksClient.h"
#include "CodelocksSimulator.h"
#include "IssueService.h"
#include "SecretStore.h"
#include "SharedTestStore.h"
#include "SimulatorRoutes.h"
#include "TestOrders.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kKey = QStringLiteral("Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LmNbVcXzQw");
QStringList g_log;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
}

// Every value in every table of the store, as text.
QStringList everyValue(QSqlDatabase db)
{
    QStringList tables;
    QSqlQuery list(db);
    if (db.driverName() == QLatin1String("QPSQL"))
        list.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'netcode'"));
    else
        list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (list.next())
        tables << list.value(0).toString();
    QStringList values;
    for (const QString& table : tables) {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            values << QStringLiteral("unreadable table ") + table;
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString();
        }
    }
    return values;
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
            // Saving the key in Settings records its fingerprint for the other desks: never the key.
            QString error2;
            QVERIFY2(session.recordApiKey(kKey, &error2), qPrintable(error2));
            QCOMPARE(session.site().apiKeyRecord().value, ApiKeyFingerprint::of(kKey));
            const QStringList stored = everyValue(session.database().connection());
            QVERIFY(stored.contains(ApiKeyFingerprint::of(kKey)));
            for (const QString& value : stored)
                QVERIFY2(!value.contains(kKey), qPrintable(value));
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

    // On the shared store: the key a desk saves reaches no table, only its fingerprint does.
    void theKeyIsInNoTableOfTheSharedStore()
    {
        NEW_SHARED_DATABASE(url);
        {
            Database setUp;
            Database::StartOptions create;
            create.createStore = true;
            QVERIFY2(setUp.open(url, create), qPrintable(setUp.errorText()));
        }
        QTemporaryDir dir;
        CodelocksSimulator service;
        QVERIFY(service.start());
        service.setRequiredApiKey(kKey);
        const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        QSettings(settingsPath, QSettings::IniFormat).setValue(QStringLiteral("api/host"), service.baseUrl().toString());
        MemorySecretStore secrets;
        FixedClock clock(QDateTime(QDate(2027, 7, 14), QTime(13, 20), QTimeZone::utc()));
        AppSession session;
        AppSession::Options options;
        options.databasePath = url;
        options.settingsPath = settingsPath;
        options.apiKey = kKey;
        options.secrets = &secrets;
        options.clock = &clock;
        QString error;
        QVERIFY2(session.start(options, &error), qPrintable(error));
        Lock kit = testKitLock(QStringLiteral("Room 1"));
        QVERIFY(session.locks().insert(&kit));
        QSignalSpy finished(&session.issuer(), &IssueService::finished);
        QVERIFY(session.issuer().issue(testOrder(kit, QDate(2027, 7, 14), QTime(15, 0), 2, clock.nowUtc())));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<IssueOutcome>().errorText.isEmpty());
        QVERIFY2(session.recordApiKey(kKey, &error), qPrintable(error));
        const QStringList stored = everyValue(session.database().connection());
        QVERIFY(stored.contains(ApiKeyFingerprint::of(kKey)));
        QVERIFY(stored.contains(QStringLiteral("Room 1")));
        for (const QString& value : stored)
            QVERIFY2(!value.contains(kKey), qPrintable(value));
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secret_hygiene.moc"
