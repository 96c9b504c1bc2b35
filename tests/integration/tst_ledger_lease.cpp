#include "CliEnvironment.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "RequestLedger.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

namespace {
const QString kKey = QStringLiteral("Lea0Key1Lea2Key3Lea4Key5Lea6Key7Lea8Key9");
}

// A claim must stay live for as long as the request it stands for can still be answered, however
// long that is (the command line's --timeout goes up to 600 s, a slow service can trickle its
// answer): its process renews the lease while it waits. Otherwise a second desk asking for the
// same code would find the claim "abandoned", turn it in doubt and send the billed request again.
class TestLedgerLease final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CodelocksSimulator m_service;
    QString m_database;
    QString m_settings;

    std::unique_ptr<QProcess> startIssue(const QString& guest, const QStringList& extra)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = isolatedCliEnvironment(m_database, m_settings);
        env.insert(QStringLiteral("NETCODE_DESK_API_KEY"), kKey);
        env.insert(QStringLiteral("NETCODE_DESK_API_URL"), m_service.baseUrl().toString());
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(CLI_EXECUTABLE),
                       QStringList{QStringLiteral("issue"), QStringLiteral("--model"), QStringLiteral("KL1060G3"),
                                   QStringLiteral("--timecode"), QStringLiteral("202604221226"),
                                   QStringLiteral("--lock-id"), QStringLiteral("921239"), QStringLiteral("--zone"),
                                   QStringLiteral("UTC"), QStringLiteral("--length"), QStringLiteral("3h"),
                                   QStringLiteral("--start"), QStringLiteral("2027-08-01 10:00"),
                                   QStringLiteral("--guest"), guest, QStringLiteral("--json")}
                           + extra);
        return process;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_service.start());
        m_service.setRequiredApiKey(kKey);
    }

    void init()
    {
        static int n = 0;
        ++n;
        m_database = m_dir.filePath(QStringLiteral("lease%1.sqlite").arg(n));
        m_settings = m_dir.filePath(QStringLiteral("settings%1.ini").arg(n));
        m_service.clearFaults();
        m_service.clearRequests();
    }

    // End to end: two command-line processes, one request key, one billed request.
    void aLongTimeoutIsNotSentTwice()
    {
        // The first desk waits up to 60 s for an answer that takes 45 s: longer than a lease.
        {
            QSettings settings(m_settings, QSettings::IniFormat);
            settings.setValue(QStringLiteral("api/timeoutSecs"), 3);
        }
        SimulatorFaults faults;
        faults.delayMs = 45000;
        m_service.setFaults(faults);
        auto first = startIssue(QStringLiteral("First"), {QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY(first->waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_service.netCodeRequestCount(), 1, 20000);
        // Past the lease, but well inside the first desk's own timeout.
        QTest::qWait(42000);
        QCOMPARE(first->state(), QProcess::Running);
        auto second = startIssue(QStringLiteral("Second"), {});
        QVERIFY(second->waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(first->state() == QProcess::NotRunning, 120000);
        const QJsonObject a = QJsonDocument::fromJson(first->readAllStandardOutput()).object();
        const QJsonObject b = QJsonDocument::fromJson(second->readAllStandardOutput()).object();
        QCOMPARE(first->exitCode(), 0);
        QVERIFY(a.value(QLatin1String("charged")).toBool());
        QVERIFY2(m_service.netCodeRequestCount() == 1,
                 qPrintable(QStringLiteral("%1 billed requests for one code; second desk said: %2")
                                .arg(m_service.netCodeRequestCount())
                                .arg(QString::fromUtf8(QJsonDocument(b).toJson(QJsonDocument::Compact)))));
    }
};

QTEST_GUILESS_MAIN(TestLedgerLease)
#include "tst_ledger_lease.moc"
