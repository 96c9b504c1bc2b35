#include "CliEnvironment.h"
#include "CodelocksSimulator.h"
#include "SimulatorRoutes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kKey = QStringLiteral("Cli0Key1Cli2Key3Cli4Key5Cli6Key7Cli8Key9");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};
} // namespace

// netcode-desk-cli as a script runs it: every subcommand and every exit code, in demo mode and
// live against a simulator that checks the key.
class TestCli final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CodelocksSimulator m_service;
    int m_databases = 0;
    QString m_database;

    Run cli(const QStringList& arguments, const QMap<QString, QString>& extraEnv = {})
    {
        QProcess process;
        QProcessEnvironment env = isolatedCliEnvironment(m_database, m_dir.filePath(QStringLiteral("settings.ini")));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLI_EXECUTABLE), arguments);
        Run run;
        // The simulator answers from this process's event loop, so keep it turning while waiting.
        [&] {
            QVERIFY(process.waitForStarted(10000));
            QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        }();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QMap<QString, QString> live() const
    {
        return {{QStringLiteral("NETCODE_DESK_API_KEY"), kKey},
                {QStringLiteral("NETCODE_DESK_API_URL"), m_service.baseUrl().toString()}};
    }

    static QStringList kitLock()
    {
        return {QStringLiteral("--model"), QStringLiteral("KL1060G3"), QStringLiteral("--timecode"),
                QStringLiteral("202604221226"), QStringLiteral("--lock-id"), QStringLiteral("921239"),
                QStringLiteral("--zone"), QStringLiteral("Europe/London")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        m_service.setRequiredApiKey(kKey);
    }

    void init()
    {
        m_database = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases));
        m_service.clearFaults();
        m_service.clearRequests();
    }

    void usageAndVersion()
    {
        Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1String("netcode-desk-cli ")));
        run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("Exit codes")));
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("issue"), QStringLiteral("--no-such-option")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("locks")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("burn")}).exitCode, 2);
    }

    void issueInDemoModeReusesAndForcesFresh()
    {
        const QStringList args = QStringList{QStringLiteral("issue")} + kitLock()
                                 + QStringList{QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--start"),
                                               QStringLiteral("2027-07-14 15:00"), QStringLiteral("--json")};
        Run run = cli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject first = run.json();
        QCOMPARE(first.value(QLatin1String("source")).toString(), QStringLiteral("demo"));
        QCOMPARE(first.value(QLatin1String("charged")).toBool(), false);
        QCOMPARE(first.value(QLatin1String("start_sent")).toString(), QStringLiteral("2027-07-14 14:00"));
        QCOMPARE(first.value(QLatin1String("duration_id")).toInt(), 2);
        QCOMPARE(first.value(QLatin1String("valid_from")).toString(), QStringLiteral("2027-07-14T15:00:00+01:00"));
        QCOMPARE(first.value(QLatin1String("valid_until")).toString(), QStringLiteral("2027-07-14T18:00:00+01:00"));
        QCOMPARE(first.value(QLatin1String("code")).toString().size(), 7);

        run = cli(args);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QLatin1String("source")).toString(), QStringLiteral("history"));
        QCOMPARE(run.json().value(QLatin1String("code")), first.value(QLatin1String("code")));

        run = cli(args + QStringList{QStringLiteral("--fresh")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QLatin1String("source")).toString(), QStringLiteral("demo"));
    }

    void everyModeFromTheCommandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("startSent");
        QTest::newRow("single-use") << QStringList{QStringLiteral("--mode"), QStringLiteral("single-use"), QStringLiteral("--length"), QStringLiteral("2h"), QStringLiteral("--start"), QStringLiteral("2027-07-14 15:30")}
                                    << "2027-07-14 14:00";
        QTest::newRow("rental, a date alone") << QStringList{QStringLiteral("--mode"), QStringLiteral("rental"), QStringLiteral("--length"), QStringLiteral("14d"), QStringLiteral("--start"), QStringLiteral("2027-07-15")}
                                              << "2027-07-15 00:00";
        QTest::newRow("long rental") << QStringList{QStringLiteral("--mode"), QStringLiteral("long-rental"), QStringLiteral("--validation"), QStringLiteral("6h"), QStringLiteral("--start"), QStringLiteral("2027-07-14 15:00")}
                                     << "2027-07-14 14:00";
        QTest::newRow("end date") << QStringList{QStringLiteral("--mode"), QStringLiteral("end-date"), QStringLiteral("--end-date"), QStringLiteral("2027-07-20"), QStringLiteral("--start"), QStringLiteral("2027-07-14 15:00")}
                                  << "2027-07-14 14:00";
        QTest::newRow("24 hour") << QStringList{QStringLiteral("--mode"), QStringLiteral("24-hour"), QStringLiteral("--start"), QStringLiteral("2027-07-14 22:00")}
                                 << "2027-07-14 21:00";
    }

    void everyModeFromTheCommandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, startSent);
        const Run run = cli(QStringList{QStringLiteral("issue")} + kitLock() + args + QStringList{QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(run.json().value(QLatin1String("start_sent")).toString(), startSent);
    }

    void invalidInputSendsNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        const QStringList base{QStringLiteral("issue"), QStringLiteral("--model"), QStringLiteral("KL1060G3"),
                               QStringLiteral("--timecode"), QStringLiteral("202604221226")};
        QTest::newRow("5-digit lock id") << base + QStringList{QStringLiteral("--lock-id"), QStringLiteral("92123"), QStringLiteral("--length"), QStringLiteral("3h")} << "5 digits";
        QTest::newRow("bad length") << base + QStringList{QStringLiteral("--lock-id"), QStringLiteral("921239"), QStringLiteral("--length"), QStringLiteral("3 weeks")} << "--length";
        QTest::newRow("no length") << base + QStringList{QStringLiteral("--lock-id"), QStringLiteral("921239")} << "--length";
        QTest::newRow("bad mode") << base + QStringList{QStringLiteral("--lock-id"), QStringLiteral("921239"), QStringLiteral("--mode"), QStringLiteral("forever"), QStringLiteral("--length"), QStringLiteral("3h")} << "--mode";
        QTest::newRow("past start") << base + QStringList{QStringLiteral("--lock-id"), QStringLiteral("921239"), QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--start"), QStringLiteral("2020-01-01 10:00")} << "past";
        QTest::newRow("spring-forward gap") << base + QStringList{QStringLiteral("--lock-id"), QStringLiteral("921239"), QStringLiteral("--zone"), QStringLiteral("Europe/London"), QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--start"), QStringLiteral("2027-03-28 01:30")} << "does not exist";
        QTest::newRow("bad start") << base + QStringList{QStringLiteral("--lock-id"), QStringLiteral("921239"), QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--start"), QStringLiteral("tomorrow")} << "--start";
        QTest::newRow("unknown lock") << QStringList{QStringLiteral("issue"), QStringLiteral("--lock"), QStringLiteral("Room 999"), QStringLiteral("--length"), QStringLiteral("3h")} << "no lock called";
        QTest::newRow("smart lock without key") << QStringList{QStringLiteral("issue"), QStringLiteral("--model"), QStringLiteral("K3CONNECT"), QStringLiteral("--smart-lock-id"), QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293"), QStringLiteral("--access-key-env"), QStringLiteral("NO_SUCH_VARIABLE_HERE"), QStringLiteral("--length"), QStringLiteral("3h")} << "empty or not set";
        QTest::newRow("31-hex smart lock") << QStringList{QStringLiteral("issue"), QStringLiteral("--model"), QStringLiteral("K3CONNECT"), QStringLiteral("--smart-lock-id"), QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f6071829"), QStringLiteral("--access-key-env"), QStringLiteral("HOME"), QStringLiteral("--length"), QStringLiteral("3h")} << "31 characters";
        QTest::newRow("bad timeout") << base + QStringList{QStringLiteral("--lock-id"), QStringLiteral("921239"), QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--timeout"), QStringLiteral("-4")} << "--timeout";
    }

    void invalidInputSendsNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        const Run run = cli(args, live());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
        QCOMPARE(m_service.netCodeRequestCount(), 0);
    }

    void theModeGuardHoldsOnTheCommandLine()
    {
        // Demo mode: the sample "Room 101" is configured for standard codes.
        const Run run = cli({QStringLiteral("issue"), QStringLiteral("--lock"), QStringLiteral("Room 101"), QStringLiteral("--mode"),
                             QStringLiteral("rental"), QStringLiteral("--length"), QStringLiteral("3d")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("cannot take")), qPrintable(run.err));
    }

    void liveRequestsAndEveryFailure_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("success") << 0 << QByteArray() << 0 << 0;
        QTest::newRow("403") << 403 << QByteArray("{\"message\":\"Forbidden\"}") << 0 << 3;
        QTest::newRow("422") << 422 << QByteArray("{\"message\":\"Generate netcode failed with ERROR status\"}") << 0 << 3;
        QTest::newRow("429") << 429 << QByteArray("{\"message\":\"Too Many Requests\"}") << 0 << 3;
        QTest::newRow("2015 error in 200") << 200 << QByteArray("{\"error\":\"Lock not found\",\"message\":\"x\"}") << 0 << 3;
        QTest::newRow("500") << 500 << QByteArray() << 0 << 4;
        QTest::newRow("garbage") << 200 << QByteArray("not json") << 0 << 4;
        QTest::newRow("timeout") << 0 << QByteArray() << 2500 << 4;
        QTest::newRow("wrong length code") << 200 << QByteArray("{\"ActualNetcode\":\"123456\"}") << 0 << 5;
        QTest::newRow("leading zeros kept") << 200 << QByteArray("{\"ActualNetcode\":\"0012345\"}") << 0 << 0;
    }

    void liveRequestsAndEveryFailure()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, delayMs);
        QFETCH(int, exitCode);
        SimulatorFaults faults;
        faults.forcedStatus = status;
        faults.forcedBody = body;
        faults.delayMs = delayMs;
        m_service.setFaults(faults);
        const Run run = cli(QStringList{QStringLiteral("issue")} + kitLock()
                                + QStringList{QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--start"),
                                              QStringLiteral("2027-07-14 15:00"), QStringLiteral("--timeout"),
                                              QStringLiteral("1"), QStringLiteral("--json")},
                            live());
        QVERIFY2(run.exitCode == exitCode, qPrintable(QString::number(run.exitCode) + run.err + run.out));
        QVERIFY(!run.err.contains(kKey));
        QVERIFY(!run.out.contains(kKey));
        QCOMPARE(m_service.netCodeRequestCount(), 1);
        QCOMPARE(m_service.requests().last().apiKey, kKey);
        if (exitCode == 0) {
            QCOMPARE(run.json().value(QLatin1String("source")).toString(), QStringLiteral("api"));
            QCOMPARE(run.json().value(QLatin1String("charged")).toBool(), true);
            if (!body.isEmpty())
                QCOMPARE(run.json().value(QLatin1String("code")).toString(), QStringLiteral("0012345"));
        } else {
            QVERIFY(!run.err.trimmed().isEmpty());
        }
    }

    void aWrongKeyIsRejectedAndNeverPrinted()
    {
        QMap<QString, QString> env = live();
        env.insert(QStringLiteral("NETCODE_DESK_API_KEY"), QStringLiteral("WrongWrongWrong"));
        const Run run = cli(QStringList{QStringLiteral("issue")} + kitLock()
                                + QStringList{QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--start"),
                                              QStringLiteral("2027-07-14 15:00")},
                            env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QLatin1String("API key")));
        QVERIFY(!run.err.contains(QLatin1String("WrongWrongWrong")));
    }

    void smartLockInlineWithItsAccessKeyFromTheEnvironment()
    {
        QMap<QString, QString> env = live();
        env.insert(QStringLiteral("SITE_ACCESS_KEY"), SimulatorRoutes::demoAccessKey());
        const Run run = cli({QStringLiteral("issue"), QStringLiteral("--model"), QStringLiteral("K3CONNECT"),
                             QStringLiteral("--smart-lock-id"), QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293"),
                             QStringLiteral("--access-key-env"), QStringLiteral("SITE_ACCESS_KEY"), QStringLiteral("--zone"),
                             QStringLiteral("Europe/London"), QStringLiteral("--length"), QStringLiteral("2h"),
                             QStringLiteral("--start"), QStringLiteral("2027-07-14 15:00"), QStringLiteral("--json")},
                            env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QLatin1String("start_sent")).toString(), QStringLiteral("2027-07-14 15:00")); // follows BST
        QCOMPARE(run.json().value(QLatin1String("code")).toString().size(), 6);
        QVERIFY(!run.out.contains(SimulatorRoutes::demoAccessKey()));
    }

    void locksCommands()
    {
        Run run = cli({QStringLiteral("locks"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 4); // the demo locks

        run = cli({QStringLiteral("locks"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("=HYPERLINK(\"x\")"),
                   QStringLiteral("--model"), QStringLiteral("KL1060C2"), QStringLiteral("--timecode"),
                   QStringLiteral("202501011200"), QStringLiteral("--lock-id"), QStringLiteral("555123"),
                   QStringLiteral("--mode"), QStringLiteral("rental")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("locks"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Room 101"),
                   QStringLiteral("--model"), QStringLiteral("KL1060C2"), QStringLiteral("--timecode"),
                   QStringLiteral("202501011200"), QStringLiteral("--lock-id"), QStringLiteral("555123")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("already called")));

        const QString exported = m_dir.filePath(QStringLiteral("locks.csv"));
        QCOMPARE(cli({QStringLiteral("locks"), QStringLiteral("export"), QStringLiteral("--output"), exported}).exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.startsWith(QLatin1String("name,group,model,")));
        QVERIFY2(csv.contains(QLatin1String("\"'=HYPERLINK(\"\"x\"\")\"")), qPrintable(csv)); // neutralised formula

        QCOMPARE(cli({QStringLiteral("locks"), QStringLiteral("remove"), QStringLiteral("=HYPERLINK(\"x\")")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("locks"), QStringLiteral("remove"), QStringLiteral("No such lock")}).exitCode, 2);

        // Import into a fresh database: all rows valid.
        m_database = m_dir.filePath(QStringLiteral("import.sqlite"));
        QFile csvIn(m_dir.filePath(QStringLiteral("in.csv")));
        QVERIFY(csvIn.open(QIODevice::WriteOnly));
        csvIn.write("name,model,timecode,lock_id,mode,time_zone\r\nBank 1,KL1060G3,202604221226,921239,standard,Europe/London\r\n"
                    "Bank 2,KL1060G3,20260422122,92123,standard,Europe/London\r\n\"Bank, 3\",KL1060C2,202604221226,921240,rental,Asia/Kolkata\r\n");
        csvIn.close();
        run = cli({QStringLiteral("locks"), QStringLiteral("import"), csvIn.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Row 2, column timecode")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("Row 2, column lock_id")));
        run = cli({QStringLiteral("locks"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!run.out.contains(QLatin1String("Bank 1"))); // nothing imported
        run = cli({QStringLiteral("locks"), QStringLiteral("import"), csvIn.fileName(), QStringLiteral("--accept-valid")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("locks"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(run.out.contains(QLatin1String("Bank 1")));
        QVERIFY(run.out.contains(QLatin1String("Bank, 3")));
        QVERIFY(!run.out.contains(QLatin1String("Bank 2")));
    }

    void importSmartLocksFromTheAccount()
    {
        const Run run = cli({QStringLiteral("locks"), QStringLiteral("import"), QStringLiteral("--k3connect"),
                             QStringLiteral("--access-key-env"), QStringLiteral("K3_KEY")},
                            {{QStringLiteral("K3_KEY"), SimulatorRoutes::demoAccessKey()}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Smart locks added: 2, updated: 1.")), qPrintable(run.out));
        const Run bad = cli({QStringLiteral("locks"), QStringLiteral("import"), QStringLiteral("--k3connect"),
                             QStringLiteral("--access-key-env"), QStringLiteral("K3_KEY")},
                            {{QStringLiteral("K3_KEY"), QStringLiteral("WrongKey7")}});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY(!bad.err.contains(QLatin1String("WrongKey7")));
    }

    void historyCommands()
    {
        QCOMPARE(cli(QStringList{QStringLiteral("issue")} + kitLock()
                     + QStringList{QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--start"),
                                   QStringLiteral("2027-07-14 15:00"), QStringLiteral("--guest"), QStringLiteral("Zoë Müller"),
                                   QStringLiteral("--ref"), QStringLiteral("BK-1")})
                     .exitCode,
                 0);
        Run run = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("guest")).toString(), QStringLiteral("Zoë Müller"));
        QCOMPARE(rows.first().toObject().value(QLatin1String("start_sent")).toString(), QStringLiteral("2027-07-14 14:00"));
        run = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("nobody")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.trimmed().isEmpty());

        const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--output"), csv}).exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QLatin1String("issued_at,")));
        QVERIFY(text.contains(QStringLiteral("Zoë Müller")));
        run = cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    }

    void simulatorInTheForeground()
    {
        QProcess process;
        process.start(QStringLiteral(CLI_EXECUTABLE), {QStringLiteral("simulator"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(process.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString line = QString::fromUtf8(process.readLine());
        QVERIFY2(QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+")).match(line).hasMatch(), qPrintable(line));
        process.kill();
        process.waitForFinished();
        QCOMPARE(cli({QStringLiteral("simulator"), QStringLiteral("--port"), QStringLiteral("70000")}).exitCode, 2);
    }

    void anUnusableDatabaseIsALocalFailure()
    {
        m_database = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
        QFile junk(m_database);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        const Run run = cli({QStringLiteral("locks"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
