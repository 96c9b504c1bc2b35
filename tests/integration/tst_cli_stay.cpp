#include "CliEnvironment.h"
#include "CodelocksSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {
const QString kKey = QStringLiteral("Stay0Key1Stay2Key3Stay4Key5Stay6Key7St8");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QStringList kitLock()
{
    return {QStringLiteral("issue"), QStringLiteral("--model"), QStringLiteral("KL1060G3"), QStringLiteral("--timecode"),
            QStringLiteral("202604221226"), QStringLiteral("--lock-id"), QStringLiteral("921239"), QStringLiteral("--zone"),
            QStringLiteral("Europe/London")};
}

QStringList stay(const char* arrive, const char* depart)
{
    QStringList args;
    if (arrive)
        args << QStringLiteral("--arrive") << QString::fromLatin1(arrive);
    if (depart)
        args << QStringLiteral("--depart") << QString::fromLatin1(depart);
    return args;
}
} // namespace

// `issue --arrive --depart` as a script runs it: the real command-line process against the
// simulator, which counts the NetCode requests that reach it (each one would be billed).
class TestCliStay final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CodelocksSimulator m_service;
    int m_databases = 0;
    QString m_database;

    Run cli(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = isolatedCliEnvironment(m_database, m_dir.filePath(QStringLiteral("settings.ini")));
        env.insert(QStringLiteral("NETCODE_DESK_API_KEY"), kKey);
        env.insert(QStringLiteral("NETCODE_DESK_API_URL"), m_service.baseUrl().toString());
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

    QUrlQuery lastNetCodeQuery() const
    {
        for (auto it = m_service.requests().crbegin(); it != m_service.requests().crend(); ++it) {
            if (it->path.contains(QLatin1String("/netcode/")))
                return QUrlQuery(QString::fromUtf8(it->rawQuery));
        }
        return {};
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
        m_database = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases));
        m_service.clearFaults();
        m_service.clearRequests();
    }

    void theCodeThatCoversTheStayIsIssued_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("startSent");
        QTest::addColumn<int>("durationId");
        QTest::addColumn<QString>("validFrom");
        QTest::addColumn<QString>("validUntil");
        QTest::addColumn<QString>("coversFrom");
        QTest::addColumn<QString>("coversUntil");
        QTest::addColumn<QString>("note"); // on standard error and in notes; empty: none

        QTest::newRow("22:30 to Wednesday 11:00: 3 days from the KitLock's midnight")
            << stay("2027-07-12 22:30", "2027-07-14 11:00") << "2027-07-12 00:00" << 14 << "2027-07-12T01:00:00+01:00"
            << "2027-07-15T01:00:00+01:00" << "2027-07-12T22:30:00+01:00" << "2027-07-14T11:00:00+01:00"
            << "21 hours 30 minutes before the guest arrives";
        QTest::newRow("spring night: 7 real hours on a KitLock")
            << stay("2027-03-27 22:00", "2027-03-28 06:00") << "2027-03-27 22:00" << 6 << "2027-03-27T22:00:00+00:00"
            << "2027-03-28T06:00:00+01:00" << "2027-03-27T22:00:00+00:00" << "2027-03-28T06:00:00+01:00" << "The clocks change";
        QTest::newRow("rental, 5 nights (lengths from the service's catalogue)")
            << QStringList{QStringLiteral("--mode"), QStringLiteral("rental")} + stay("2027-07-12 15:00", "2027-07-17 11:00")
            << "2027-07-12 00:00" << 206 << "2027-07-12T01:00:00+01:00" << "2027-07-18T01:00:00+01:00"
            << "2027-07-12T15:00:00+01:00" << "2027-07-17T11:00:00+01:00" << "14 hours before the guest arrives";
        QTest::newRow("End Date to the departure day")
            << QStringList{QStringLiteral("--mode"), QStringLiteral("end-date")} + stay("2027-07-12 15:00", "2027-07-15 11:00")
            << "2027-07-12 14:00" << 404 << "2027-07-12T15:00:00+01:00" << "2027-07-16T01:00:00+01:00"
            << "2027-07-12T15:00:00+01:00" << "2027-07-15T11:00:00+01:00" << "";
    }

    void theCodeThatCoversTheStayIsIssued()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, startSent);
        QFETCH(int, durationId);
        QFETCH(QString, validFrom);
        QFETCH(QString, validUntil);
        QFETCH(QString, coversFrom);
        QFETCH(QString, coversUntil);
        QFETCH(QString, note);

        const Run run = cli(kitLock() + args + QStringList{QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("start_sent")).toString(), startSent);
        QCOMPARE(json.value(QLatin1String("duration_id")).toInt(), durationId);
        QCOMPARE(json.value(QLatin1String("valid_from")).toString(), validFrom);
        QCOMPARE(json.value(QLatin1String("valid_until")).toString(), validUntil);
        QCOMPARE(json.value(QLatin1String("covers_from")).toString(), coversFrom);
        QCOMPARE(json.value(QLatin1String("covers_until")).toString(), coversUntil);
        QCOMPARE(json.value(QLatin1String("source")).toString(), QStringLiteral("api"));
        const QJsonArray notes = json.value(QLatin1String("notes")).toArray();
        if (note.isEmpty()) {
            QVERIFY2(notes.isEmpty(), qPrintable(run.out));
        } else {
            QVERIFY2(run.err.contains(note), qPrintable(run.err));
            QVERIFY2(QJsonDocument(notes).toJson().contains(note.toUtf8()), qPrintable(run.out));
        }
        // Exactly one billed request, and it carried what the JSON says was sent.
        QCOMPARE(m_service.netCodeRequestCount(), 1);
        const QUrlQuery query = lastNetCodeQuery();
        QCOMPARE(query.queryItemValue(QStringLiteral("start"), QUrl::FullyDecoded), startSent);
        QCOMPARE(query.queryItemValue(QStringLiteral("duration")), QString::number(durationId));
    }

    void theTextSaysWhatTheCodeCovers()
    {
        const Run run = cli(kitLock() + stay("2027-07-12 22:30", "2027-07-14 11:00"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Covers the stay Mon 12 Jul 22:30 – Wed 14 Jul 11:00")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("14 hours after departure")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("before the guest arrives")), qPrintable(run.err));
        QCOMPARE(m_service.netCodeRequestCount(), 1);
    }

    void aStayNothingCoversSendsNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("8 days on a standard lock") << stay("2027-07-12 15:00", "2027-07-20 15:00") << "Standard (7 days)";
        QTest::newRow("400 days, long rental")
            << QStringList{QStringLiteral("--mode"), QStringLiteral("long-rental")} + stay("2027-07-12 15:00", "2028-08-15 10:00")
            << "Nothing this lock can take covers";
        QTest::newRow("30 hours on a 24-hour code")
            << QStringList{QStringLiteral("--mode"), QStringLiteral("24-hour")} + stay("2027-07-12 15:00", "2027-07-13 21:00")
            << "24 hours";
        QTest::newRow("departure before arrival") << stay("2027-07-12 15:00", "2027-07-12 11:00") << "must come after";
        QTest::newRow("departure in the spring-forward gap") << stay("2027-03-27 22:00", "2027-03-28 01:30") << "does not exist";
        QTest::newRow("with --start too") << stay("2027-07-12 15:00", "2027-07-13 11:00") + QStringList{QStringLiteral("--start"), QStringLiteral("2027-07-12 15:00")} << "--start";
        QTest::newRow("with --length too") << stay(nullptr, "2027-07-13 11:00") + QStringList{QStringLiteral("--length"), QStringLiteral("3h")} << "--length";
        QTest::newRow("arrival without departure") << stay("2027-07-12 15:00", nullptr) << "--depart";
        QTest::newRow("departure as a date alone") << stay(nullptr, "2027-07-13") << "--depart takes";
        QTest::newRow("arrival unreadable") << stay("tonight", "2027-07-13 11:00") << "--arrive takes";
    }

    void aStayNothingCoversSendsNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        Run run = cli(kitLock() + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
        run = cli(kitLock() + args + QStringList{QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json().value(QLatin1String("exit_code")).toInt(), 2);
        QVERIFY2(run.json().value(QLatin1String("error")).toString().contains(fragment), qPrintable(run.out));
        QCOMPARE(m_service.netCodeRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliStay)
#include "tst_cli_stay.moc"
