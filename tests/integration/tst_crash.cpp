#include "CliEnvironment.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "HistoryRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

// Kills netcode-desk-cli with SIGKILL at random moments while it issues codes, again and again.
// Afterwards every code a process managed to print (it prints only after writing history) must be
// in the database, and the file must pass the integrity check.
class TestCrash final : public QObject {
    Q_OBJECT

private slots:
    void noKillPointLosesAShownCode()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("crash.sqlite"));
        QRandomGenerator rng(4242);
        QList<QPair<QString, QString>> shown; // (start sent, code)
        int killed = 0;
        for (int i = 0; i < 80; ++i) {
            QProcess process;
            process.setProcessEnvironment(isolatedCliEnvironment(database, dir.filePath(QStringLiteral("s.ini"))));
            const QDateTime start = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(qint64(i) * 3600);
            process.start(QStringLiteral(CLI_EXECUTABLE),
                          {QStringLiteral("issue"), QStringLiteral("--model"), QStringLiteral("KL1060G3"),
                           QStringLiteral("--timecode"), QStringLiteral("202604221226"), QStringLiteral("--lock-id"),
                           QStringLiteral("921239"), QStringLiteral("--zone"), QStringLiteral("UTC"), QStringLiteral("--length"),
                           QStringLiteral("1h"), QStringLiteral("--start"), start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           QStringLiteral("--json")});
            QVERIFY(process.waitForStarted(5000));
            // The CLI needs some tens of milliseconds: kill points spread over its whole run. Every
            // fifth run finishes, so codes are shown even when a loaded machine runs it slowly.
            const int delayMs = i % 5 == 0 ? 30000 : int(rng.bounded(40u));
            if (!process.waitForFinished(delayMs)) {
                ::kill(pid_t(process.processId()), SIGKILL);
                ++killed;
                process.waitForFinished(5000);
            }
            const QJsonObject printed = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
            if (printed.contains(QLatin1String("code")))
                shown.append({printed.value(QLatin1String("start_sent")).toString(), printed.value(QLatin1String("code")).toString()});
        }
        qInfo("%d runs killed, %d codes shown", killed, int(shown.size()));
        QVERIFY(killed > 0);
        QVERIFY(!shown.isEmpty());

        Database db;
        QVERIFY2(db.open(database), qPrintable(db.errorText()));
        QString detail;
        QVERIFY2(DatabaseBackup::integrityOk(db.connection(), &detail), qPrintable(detail));
        HistoryRepository history(db.connection());
        for (const auto& [startSent, code] : shown) {
            bool found = false;
            for (const HistoryEntry& e : history.page(code, 0, 50))
                found = found || (e.code == code && e.startSent == startSent);
            QVERIFY2(found, qPrintable(startSent + QLatin1Char(' ') + code));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
