// `issue` from the command line when the code it would give already belongs to another guest: the
// real command-line process against the simulator, which counts the NetCode requests reaching it
// (each one would be billed).
#include "CliEnvironment.h"
#include "CodelocksSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kKey = QStringLiteral("Share0Key1Share2Key3Share4Key5Share6Ke");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QStringList issue(const char* guest, const char* room, const QStringList& more = {})
{
    return QStringList{QStringLiteral("issue"),       QStringLiteral("--model"),    QStringLiteral("KL1060G3"),
                       QStringLiteral("--timecode"),  QStringLiteral("202604221226"), QStringLiteral("--lock-id"),
                       QStringLiteral("921239"),      QStringLiteral("--zone"),     QStringLiteral("Europe/London"),
                       QStringLiteral("--start"),     QStringLiteral("2027-07-14 15:00"), QStringLiteral("--length"),
                       QStringLiteral("3h"),          QStringLiteral("--guest"),    QString::fromUtf8(guest),
                       QStringLiteral("--room"),      QString::fromUtf8(room)}
           + more;
}
} // namespace

class TestCliSharedCode final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CodelocksSimulator m_service;

    Run cli(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = isolatedCliEnvironment(m_dir.filePath(QStringLiteral("db.sqlite")),
                                                         m_dir.filePath(QStringLiteral("settings.ini")));
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

    QJsonArray history()
    {
        const Run run = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_service.start());
        m_service.setRequiredApiKey(kKey);
    }

    void anotherGuestsCodeNeedsShareCode()
    {
        const Run ana = cli(issue("Ana Example", "101", {QStringLiteral("--json")}));
        QVERIFY2(ana.exitCode == 0, qPrintable(ana.err));
        QCOMPARE(ana.json().value(QLatin1String("source")).toString(), QStringLiteral("api"));
        const qint64 anaId = ana.json().value(QLatin1String("history_id")).toInteger();
        const QString code = ana.json().value(QLatin1String("code")).toString();
        QCOMPARE(m_service.netCodeRequestCount(), 1);

        // Another guest, same lock, start and length: refused, with whose code it is; nothing sent.
        const Run refused = cli(issue("Ben Other", "102"));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("Ana Example (room 101)")), qPrintable(refused.err));
        // When it was issued, and by whom (desk time; the command line's own clock is real).
        QVERIFY2(refused.err.contains(QLatin1String(": issued ")) && refused.err.contains(QLatin1String(" by (command line)")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("--share-code")), qPrintable(refused.err));
        QVERIFY2(!refused.out.contains(code.left(3)), qPrintable(refused.out));
        const Run refusedJson = cli(issue("Ben Other", "102", {QStringLiteral("--json")}));
        QCOMPARE(refusedJson.exitCode, 2);
        const QJsonObject why = refusedJson.json();
        QVERIFY(why.value(QLatin1String("needs_consent")).toBool());
        QCOMPARE(why.value(QLatin1String("exit_code")).toInt(), 2);
        const QJsonObject holder = why.value(QLatin1String("code_held_by")).toObject();
        QCOMPARE(holder.value(QLatin1String("history_id")).toInteger(), anaId);
        QCOMPARE(holder.value(QLatin1String("guest")).toString(), QStringLiteral("Ana Example"));
        QCOMPARE(holder.value(QLatin1String("room")).toString(), QStringLiteral("101"));
        QVERIFY(!holder.value(QLatin1String("issued_at")).toString().isEmpty());
        QVERIFY(!why.contains(QLatin1String("code")));
        // A fresh request would bring back the same code: refused the same way.
        QCOMPARE(cli(issue("Ben Other", "102", {QStringLiteral("--fresh")})).exitCode, 2);
        QCOMPARE(m_service.netCodeRequestCount(), 1);
        QCOMPARE(history().size(), 1);

        // The same guest again: their own code, from history, no question.
        const Run again = cli(issue(" ana example ", "101", {QStringLiteral("--json")}));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(!again.json().contains(QLatin1String("shares_code_with")));

        // --share-code: the same code for Ben too, from history, and the link says whose.
        const Run shared = cli(issue("Ben Other", "102", {QStringLiteral("--share-code"), QStringLiteral("--json")}));
        QVERIFY2(shared.exitCode == 0, qPrintable(shared.err));
        QCOMPARE(shared.json().value(QLatin1String("code")).toString(), code);
        QCOMPARE(shared.json().value(QLatin1String("source")).toString(), QStringLiteral("history"));
        QCOMPARE(shared.json().value(QLatin1String("shares_code_with")).toInteger(), anaId);
        QCOMPARE(m_service.netCodeRequestCount(), 1);
        const qint64 benId = shared.json().value(QLatin1String("history_id")).toInteger();

        const QJsonArray rows = history();
        QCOMPARE(rows.size(), 3);
        bool sawBen = false;
        bool sawAna = false;
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            const qint64 id = row.value(QLatin1String("id")).toInteger();
            if (id == benId) {
                sawBen = true;
                QCOMPARE(row.value(QLatin1String("shares_code_with")).toInteger(), anaId);
            } else if (id == anaId) {
                sawAna = true;
                QCOMPARE(row.value(QLatin1String("also_held_by")).toInt(), 1);
                QVERIFY(!row.contains(QLatin1String("shares_code_with")));
            } else {
                QVERIFY(!row.contains(QLatin1String("shares_code_with")) && !row.contains(QLatin1String("also_held_by")));
            }
        }
        QVERIFY(sawBen && sawAna);

        // In words, for a person at a terminal.
        const Run text = cli(issue("Cleo Third", "103", {QStringLiteral("--share-code")}));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QLatin1String("Shared with Ana Example (room 101)")), qPrintable(text.out));
        QCOMPARE(m_service.netCodeRequestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSharedCode)
#include "tst_cli_shared_code.moc"
