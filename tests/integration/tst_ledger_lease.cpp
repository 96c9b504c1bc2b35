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

// A claim must stay live for as long as the request it stands for can still be answered. The
// command line's --timeout sets how long the request may take, but the claim's lease is worked
// out from the settings' timeout alone; with --timeout longer than that lease, a second desk
// that asks for the same code while the first is still waiting finds the claim "abandoned",
// turns it in doubt and sends the same billed request again.
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

    // The first desk's row once its request is on the wire: its lease and its request key.
    bool sentRow(QDateTime* leaseUntil, QString* requestKey, QDateTime* issuedAt)
    {
        Database reader;
        if (!reader.open(m_database))
            return false;
        QSqlQuery query(reader.connection());
        if (!query.exec(QStringLiteral("SELECT lease_until_utc, request_key, issued_at_utc FROM history "
                                       "WHERE outcome = 'sent' LIMIT 1"))
            || !query.next())
            return false;
        *leaseUntil = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
        *requestKey = query.value(1).toString();
        *issuedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
        return true;
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

    // Fast: the claim written by `issue --timeout 600` must outlive 600 seconds of waiting, so
    // that no other desk can take the request over while this one may still get its answer.
    void theClaimOutlivesTheCommandLineTimeout()
    {
        SimulatorFaults faults;
        faults.delayMs = 30000; // the answer is slow; we only need the request on the wire
        m_service.setFaults(faults);
        auto first = startIssue(QStringLiteral("First"), {QStringLiteral("--timeout"), QStringLiteral("600")});
        QVERIFY(first->waitForStarted(10000));
        QDateTime leaseUntil;
        QDateTime issuedAt;
        QString requestKey;
        QTRY_VERIFY_WITH_TIMEOUT(sentRow(&leaseUntil, &requestKey, &issuedAt), 20000);
        QCOMPARE(m_service.netCodeRequestCount(), 1);

        // Another desk asks for the same code 100 s later, while the first may wait up to 600 s.
        Database other;
        QVERIFY(other.open(m_database));
        RequestLedger ledger(other.connection(), QStringLiteral("another-desk/1"));
        HistoryEntry same;
        QVERIFY(ledger.find(1, &same));
        const RequestLedger::Claim claim = ledger.claim(same, {}, issuedAt.addSecs(100), 90000);
        first->kill();
        first->waitForFinished(10000);
        QVERIFY2(leaseUntil >= issuedAt.addSecs(600),
                 qPrintable(QStringLiteral("lease ends %1 s after the claim; the request may take 600 s")
                                .arg(issuedAt.secsTo(leaseUntil))));
        QVERIFY2(claim.result == RequestLedger::Claim::Result::BeingIssued,
                 "a second desk took over a claim whose process was still waiting for its answer");
    }

    // End to end: two command-line processes, one request key, one billed request.
    void aLongTimeoutIsNotSentTwice()
    {
        // The shortest settings timeout (3 s) gives a 39 s lease; the first desk waits up to 60 s.
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
