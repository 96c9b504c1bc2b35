#include "TestStore.h"
#include "CliEnvironment.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "SimulatorRoutes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>

namespace {
const QString kKey = QStringLiteral("Cli0Key1Cli2Key3Cli4Key5Cli6Key7Cli8Key9");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// A guest name built to attack the receptionist's terminal: clear the screen, write the
// clipboard (OSC 52), ring the bell, reverse the text, and break the table with a tab and a
// newline that starts a fake row.
const QString kHostile = QStringLiteral("Ana\x1b[2J\x1b]52;c;Q09ERSA5OTk5\x07" "Bell\x07|\u202e1 moor|\t\nFake row\r"
                                        "\x7f\u009b31m|\u2066x\u2069");

// Anything in the output a terminal could act on, apart from the tab and newline that lay out
// the table itself.
QString firstControl(const QString& text)
{
    for (const char32_t u : text.toUcs4()) {
        if (u == U'\t' || u == U'\n')
            continue;
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
            || u == 0x200E || u == 0x200F || u == 0x061C || u == 0x2028 || u == 0x2029)
            return QStringLiteral("U+%1").arg(quint32(u), 4, 16, QLatin1Char('0'));
    }
    return {};
}

// A small tmpfs that fills up: the only honest way to see what an export does on a full disk.
class FullDisk {
public:
    explicit FullDisk(const QString& path, const QByteArray& size) : m_path(path)
    {
        QDir().mkpath(path);
        m_mounted = ::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0,
                            QByteArray("size=" + size).constData())
                    == 0;
        if (!m_mounted)
            m_error = QString::fromLocal8Bit(strerror(errno));
    }
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    Q_DISABLE_COPY_MOVE(FullDisk)
    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }
    QString filePath(const QString& name) const { return m_path + QLatin1Char('/') + name; }

private:
    QString m_path;
    QString m_error;
    bool m_mounted = false;
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

    Run cli(const QStringList& arguments, const QMap<QString, QString>& extraEnv = {}, const QString& stdoutFile = {})
    {
        QProcess process;
        if (!stdoutFile.isEmpty())
            process.setStandardOutputFile(stdoutFile);
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
        QString error;
        m_database = TestStore::fresh(m_dir, QStringLiteral("db%1.sqlite").arg(++m_databases), &error);
        QVERIFY2(!m_database.isEmpty(), qPrintable(error));
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
        // The commands with subcommands of their own list those, not the whole tool's usage.
        const QList<QPair<QString, QStringList>> helps = {
            {QStringLiteral("store"), {QStringLiteral("store init"), QStringLiteral("store grant LOGIN"),
                                       QStringLiteral("store import-sqlite FILE"), QStringLiteral("store status")}},
            {QStringLiteral("staff"), {QStringLiteral("staff add NAME"), QStringLiteral("staff list"),
                                       QStringLiteral("staff deactivate NAME")}},
            {QStringLiteral("audit"), {QStringLiteral("audit list")}},
        };
        for (const auto& [command, subcommands] : helps) {
            for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
                run = cli({command, flag});
                QCOMPARE(run.exitCode, 0);
                QVERIFY2(run.out.startsWith(QStringLiteral("Usage: netcode-desk-cli %1").arg(command)), qPrintable(run.out));
                for (const QString& subcommand : subcommands)
                    QVERIFY2(run.out.contains(subcommand), qPrintable(command + QLatin1String(": ") + run.out));
                QVERIFY2(!run.out.contains(QLatin1String("issue")), qPrintable(run.out)); // not the whole tool's usage
            }
        }
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

    // What the desk is told under the start it chose, the command line says too: on standard error,
    // and as "notes" for scripts. 01:30 on 31 Oct 2027 in London happens twice and is not on the hour,
    // and the clocks go back inside the window.
    void theNotesTheDeskShowsArePrinted()
    {
        const QStringList args = QStringList{QStringLiteral("issue")} + kitLock()
                                 + QStringList{QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--start"),
                                               QStringLiteral("2027-10-31 01:30")};
        Run run = cli(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QStringList notes;
        for (const QJsonValue& note : run.json().value(QLatin1String("notes")).toArray())
            notes << note.toString();
        QCOMPARE(notes.size(), 3);
        QVERIFY2(notes.at(0).startsWith(QLatin1String("Codes start on the hour")), qPrintable(notes.join(QLatin1Char('|'))));
        QVERIFY2(notes.at(1).contains(QLatin1String("happens twice")), qPrintable(notes.join(QLatin1Char('|'))));
        QVERIFY2(notes.at(2).startsWith(QLatin1String("The clocks change on")), qPrintable(notes.join(QLatin1Char('|'))));
        for (const QString& note : notes)
            QVERIFY2(run.err.contains(note), qPrintable(run.err));
        run = cli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("happens twice")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QString::fromUtf8("01:00 BST – 03:00 GMT")), qPrintable(run.out)); // each end its own zone
        // A start on the hour in summer has nothing to say.
        run = cli(QStringList{QStringLiteral("issue")} + kitLock()
                  + QStringList{QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--start"),
                                QStringLiteral("2027-07-14 15:00"), QStringLiteral("--json")});
        QCOMPARE(run.json().value(QLatin1String("notes")).toArray().size(), 0);
        QVERIFY2(run.err.trimmed().isEmpty(), qPrintable(run.err));
    }

    // The desk's language is the command line's too.
    void messagesInTheDesksLanguage()
    {
        const QString settings = m_dir.filePath(QStringLiteral("german.ini"));
        {
            QSettings ini(settings, QSettings::IniFormat);
            ini.setValue(QStringLiteral("desk/language"), QStringLiteral("de"));
        }
        const QStringList args = QStringList{QStringLiteral("issue")} + kitLock()
                                 + QStringList{QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--timeout"), QStringLiteral("-4")};
        Run run = cli(args, {{QStringLiteral("NETCODE_DESK_SETTINGS"), settings}});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--timeout erwartet Sekunden")), qPrintable(run.err));
        run = cli(args + QStringList{QStringLiteral("--settings"), settings});
        QVERIFY2(run.err.contains(QLatin1String("--timeout erwartet Sekunden")), qPrintable(run.err));
        run = cli(args); // this test's own settings: English
        QVERIFY2(run.err.contains(QLatin1String("--timeout takes a number")), qPrintable(run.err));
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
        QString error;
        m_database = TestStore::fresh(m_dir, QStringLiteral("import.sqlite"), &error);
        QVERIFY2(!m_database.isEmpty(), qPrintable(error));
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
        // A manager's action: the audit log says what the account brought.
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("action")).toString(), QStringLiteral("lock.imported"));
        QVERIFY2(rows.at(0).toObject().value(QLatin1String("detail")).toString().contains(QLatin1String("2 smart lock(s) added, 1 updated")),
                 qPrintable(audit.out));
        QVERIFY(rows.at(0).toObject().value(QLatin1String("staff_name")).toString().startsWith(QLatin1String("(command line) ")));
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

    // Seeds the current database, through the app's own repositories, with codes and locks.
    void seedDatabase(int codes, int locks, const QString& guest, const QString& lockName)
    {
        Database db;
        QVERIFY2(db.open(m_database), qPrintable(db.errorText()));
        HistoryRepository history(db.connection());
        const QDateTime start(QDate(2030, 7, 14), QTime(14, 0), QTimeZone::utc());
        for (int i = 0; i < codes; ++i) {
            HistoryEntry e;
            e.issuedAtUtc = start.addSecs(-3600 - i);
            e.lockName = lockName;
            e.lockModel = QStringLiteral("KL1060G3");
            e.mode = QStringLiteral("standard");
            e.durationId = 2;
            e.durationLabel = QStringLiteral("3 hours");
            e.startSent = QStringLiteral("2030-07-14 14:00");
            e.windowStartUtc = start;
            e.windowEndUtc = start.addSecs(3 * 3600);
            e.lockTimeZone = QStringLiteral("Europe/London");
            e.code = QStringLiteral("4946414");
            e.guestName = guest;
            e.note = QStringLiteral("A note long enough to make each exported row take a little room on the disk.");
            e.source = HistoryEntry::Source::Demo;
            QVERIFY2(history.add(&e), qPrintable(history.errorText()));
        }
        LockRepository lockRepository(db.connection());
        QList<Lock> all;
        for (int i = 0; i < locks; ++i) {
            Lock lock;
            lock.name = i == 0 ? lockName : QStringLiteral("Seeded locker %1").arg(i);
            lock.group = lockName;
            lock.model = LockModelId::KL1060G3;
            lock.timecode = QStringLiteral("202604221226");
            lock.lockNumber = QString::number(100000 + i);
            lock.timeZoneId = QStringLiteral("Europe/London");
            all.append(lock);
        }
        QVERIFY2(lockRepository.insertAll(&all), qPrintable(lockRepository.errorText()));
    }

    void storedTextReachesTheTerminalDefused()
    {
        seedDatabase(1, 1, kHostile, kHostile);
        QVERIFY(!QTest::currentTestFailed());

        Run run = cli({QStringLiteral("history"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(firstControl(run.out).isEmpty(), qPrintable(firstControl(run.out)));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1); // one code, one line: the fake row stays in its field
        QCOMPARE(run.out.split(QLatin1Char('\t')).size(), 6);
        QVERIFY2(run.out.contains(QLatin1String("Ana\\x1b[2J\\x1b]52;c;Q09ERSA5OTk5\\x07Bell")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("|\\u202e1 moor|\\t\\nFake row\\r\\x7f\\u009b31m|\\u2066x\\u2069")));

        run = cli({QStringLiteral("locks"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(firstControl(run.out).isEmpty(), qPrintable(firstControl(run.out)));
        QVERIFY(run.out.contains(QLatin1String("Ana\\x1b[2J")));

        // Messages that quote a name the user gave or the database holds.
        run = cli({QStringLiteral("locks"), QStringLiteral("remove"), QStringLiteral("No\x1b[2Jsuch")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(firstControl(run.err).isEmpty(), qPrintable(firstControl(run.err)));
        QVERIFY(run.err.contains(QLatin1String("No\\x1b[2Jsuch")));
        run = cli({QStringLiteral("locks"), QStringLiteral("remove"), kHostile});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(firstControl(run.out).isEmpty(), qPrintable(firstControl(run.out)));
        run = cli({QStringLiteral("frob\x1b]0;owned\x07")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(firstControl(run.err).isEmpty(), qPrintable(firstControl(run.err)));

        // Import messages quote the file's cells.
        QFile csv(m_dir.filePath(QStringLiteral("hostile.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("name,model,timecode,lock_id\r\n\"Bank\x1b[2J\",KL\x1b]52;c;eA==\x07,202604221226,921239\r\n"
                                 "\"Row\u202e 2\",KL1060G3,2026\r\n")
                      .toUtf8());
        csv.close();
        run = cli({QStringLiteral("locks"), QStringLiteral("import"), csv.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("KL\\x1b]52;c;eA==\\x07")), qPrintable(run.err));
        QVERIFY2(firstControl(run.err).isEmpty(), qPrintable(firstControl(run.err)));

        // JSON is data: every character exactly as stored (control characters in JSON's own
        // escapes, bidi and C1 characters as themselves).
        run = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("guest")).toString(), kHostile.trimmed());
        QVERIFY(run.out.contains(QChar(0x202e)));
        QVERIFY(!run.out.contains(QChar(0x1b)));
        QVERIFY(run.out.contains(QLatin1String("\\u001b[2J")));
    }

    void exportsThatDoNotArriveFail()
    {
        seedDatabase(3, 2, QStringLiteral("Zoë"), QStringLiteral("Room 1"));
        QVERIFY(!QTest::currentTestFailed());
        const QString devFull = QStringLiteral("/dev/full");
        if (!QFileInfo::exists(devFull))
            QSKIP("This system has no /dev/full.");
        const QList<QStringList> exports = {
            {QStringLiteral("history"), QStringLiteral("export")},
            {QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("locks"), QStringLiteral("export")},
        };
        for (const QStringList& command : exports) {
            Run run = cli(command + QStringList{QStringLiteral("--output"), devFull});
            QVERIFY2(run.exitCode == 1, qPrintable(command.join(QLatin1Char(' ')) + run.err));
            QVERIFY2(run.err.contains(QLatin1String("Cannot write /dev/full")), qPrintable(run.err));
            QVERIFY(!run.err.contains(QLatin1String("Codes written")));
            run = cli(command, {}, devFull);
            QVERIFY2(run.exitCode == 1, qPrintable(command.join(QLatin1Char(' ')) + run.err));
            QVERIFY2(run.err.contains(QLatin1String("did not reach standard output")), qPrintable(run.err));
        }
        // Any other output that does not arrive is a failure too.
        for (const QStringList& command : QList<QStringList>{{QStringLiteral("history"), QStringLiteral("list")},
                                                             {QStringLiteral("locks"), QStringLiteral("list")},
                                                             {QStringLiteral("--help")}}) {
            const Run run = cli(command, {}, devFull);
            QVERIFY2(run.exitCode == 1, qPrintable(command.join(QLatin1Char(' ')) + run.err));
            QVERIFY2(run.err.contains(QLatin1String("Standard output could not be written")), qPrintable(run.err));
        }
        // The device is still a device: nothing was renamed over it.
        QVERIFY(!QFileInfo(devFull).isFile());
        // And working output still works.
        QCOMPARE(cli({QStringLiteral("locks"), QStringLiteral("export"), QStringLiteral("--output"),
                      QStringLiteral("/dev/null")}).exitCode, 0);
    }

    void anExportOntoAFullDiskLeavesThePreviousFile()
    {
        // Far more than 64 KiB of CSV and JSON.
        seedDatabase(1500, 1500, QStringLiteral("Zoë Müller"), QStringLiteral("Room 1"));
        QVERIFY(!QTest::currentTestFailed());
        FullDisk disk(m_dir.filePath(QStringLiteral("full-disk")), "64k");
        if (!disk.mounted())
            QSKIP(qPrintable(QStringLiteral("A small tmpfs cannot be mounted here (%1); the test needs root.").arg(disk.error())));

        const QByteArray previous = "issued_at,lock\nthe export the manager kept yesterday\n";
        const QString kept = disk.filePath(QStringLiteral("codes.csv"));
        QFile file(kept);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(previous), previous.size());
        file.close();

        const QList<QStringList> exports = {
            {QStringLiteral("history"), QStringLiteral("export")},
            {QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("locks"), QStringLiteral("export")},
        };
        for (const QStringList& command : exports) {
            Run run = cli(command + QStringList{QStringLiteral("--output"), kept});
            QVERIFY2(run.exitCode == 1, qPrintable(command.join(QLatin1Char(' ')) + run.err));
            QVERIFY2(run.err.contains(QLatin1String("Cannot write")), qPrintable(run.err));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), previous);
            file.close();
            // No half-written temporary file is left to fill the disk further.
            QCOMPARE(QDir(disk.filePath(QString())).entryList(QDir::Files), QStringList{QStringLiteral("codes.csv")});

            // A new file that does not fit is not left behind half-written either.
            const QString fresh = disk.filePath(QStringLiteral("new.csv"));
            run = cli(command + QStringList{QStringLiteral("--output"), fresh});
            QCOMPARE(run.exitCode, 1);
            QVERIFY(!QFileInfo::exists(fresh));

            // Standard output redirected onto the full disk.
            const QString redirected = disk.filePath(QStringLiteral("redirected.csv"));
            run = cli(command, {}, redirected);
            QVERIFY2(run.exitCode == 1, qPrintable(command.join(QLatin1Char(' ')) + run.err));
            QVERIFY2(run.err.contains(QLatin1String("did not reach standard output")), qPrintable(run.err));
            QVERIFY(QFile::remove(redirected));
        }
        // With room, the same export replaces the file completely.
        const QString roomy = m_dir.filePath(QStringLiteral("codes.csv"));
        QVERIFY(QFile::copy(kept, roomy));
        const Run run = cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--output"), roomy});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QLatin1String("Codes written to")));
        QFile written(roomy);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(text.startsWith("\xEF\xBB\xBFissued_at,")); // UTF-8, as Excel needs to be told
        QCOMPARE(text.count('\n'), 1501);
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
        if (TestStore::isPostgres()) {
            // A database that is not a store (nothing set up in it): the desk cannot set one up.
            NEW_SHARED_DATABASE(empty);
            m_database = empty;
        } else {
            m_database = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
            QFile junk(m_database);
            QVERIFY(junk.open(QIODevice::WriteOnly));
            junk.write(QByteArray(8192, 'x'));
            junk.close();
        }
        const Run run = cli({QStringLiteral("locks"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
};

// Without a store at all (usage, the simulator) there is nothing for the PostgreSQL run to add.
NETCODE_STORE_TEST_MAIN(TestCli, "usageAndVersion", "simulatorInTheForeground")
#include "tst_cli.moc"
