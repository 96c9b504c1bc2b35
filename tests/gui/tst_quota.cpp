#include "AppSession.h"
#include "CodelocksSimulator.h"
#include "IssueService.h"
#include "MainWindow.h"
#include "RequireChild.h"
#include "SecretStore.h"
#include "TestOrders.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The status bar counts the NetCode requests sent this month against the plan's quota, warns from
// 80 %, and says when it is used up. Reissues from history and demo codes cost nothing.
class TestQuota final : public QObject {
    Q_OBJECT

private slots:
    void countsAgainstThePlan()
    {
        QTemporaryDir dir;
        CodelocksSimulator service;
        QVERIFY(service.start());
        const QString key = QStringLiteral("Quota0Key1Quota2Key3Quota4Key5Quota6Key7");
        service.setRequiredApiKey(key);
        const QString settingsPath = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(QStringLiteral("api/host"), service.baseUrl().toString());
            settings.setValue(QStringLiteral("api/monthlyQuota"), 5);
            settings.setValue(QStringLiteral("desk/timeZone"), QStringLiteral("Europe/London"));
            settings.setValue(QStringLiteral("desk/firstRunDone"), true);
        }
        MemorySecretStore secrets;
        FixedClock clock(QDateTime(QDate(2027, 7, 14), QTime(13, 20), QTimeZone::utc()));
        AppSession session;
        AppSession::Options options;
        options.databasePath = dir.filePath(QStringLiteral("db.sqlite"));
        options.settingsPath = settingsPath;
        options.apiKey = key;
        options.secrets = &secrets;
        options.clock = &clock;
        QString error;
        QVERIFY2(session.start(options, &error), qPrintable(error));
        MainWindow window(session);
        window.show();
        auto* label = requireChild<QLabel>(&window, "requestsLabel");
        QCOMPARE(label->text(), QStringLiteral("NetCode requests this month: 0 of 5"));

        Lock lock = testKitLock(QStringLiteral("Room 1"));
        QVERIFY(session.locks().insert(&lock));
        auto issue = [&](int hour) {
            const IssueOrder order = testOrder(lock, QDate(2027, 7, 14), QTime(hour, 0), 2, clock.nowUtc());
            QSignalSpy done(&session.issuer(), &IssueService::finished);
            QVERIFY(session.issuer().issue(order));
            QTRY_COMPARE(done.size(), 1);
        };
        for (int hour = 15; hour < 19; ++hour)
            issue(hour);
        QTRY_COMPARE(label->text(), QStringLiteral("NetCode requests this month: 4 of 5"));
        QVERIFY(label->toolTip().contains(QLatin1String("80%")));
        issue(15); // identical to the first: answered from history, not counted
        QCOMPARE(label->text(), QStringLiteral("NetCode requests this month: 4 of 5"));
        issue(19);
        QTRY_COMPARE(label->text(), QStringLiteral("NetCode requests this month: 5 of 5"));
        QVERIFY(label->toolTip().contains(QLatin1String("used up")));
        // Next month starts from zero.
        clock.setNowUtc(QDateTime(QDate(2027, 8, 1), QTime(0, 5), QTimeZone::utc()));
        QCOMPARE(session.netCodeRequestsThisMonth(), 0);
    }
};

QTEST_MAIN(TestQuota)
#include "tst_quota.moc"
