// netcode-desk-cli store init | grant | import-sqlite | status, through the real process on a real
// PostgreSQL, and a desk login issuing through the shared store while the server refuses it a
// manager's work.
#include "CliEnvironment.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "Migrations.h"
#include "SharedTestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace {
const QString kKey = QStringLiteral("Cli0Key1Cli2Key3Cli4Key5Cli6Key7Cli8Key9");
const QString kPassword = QStringLiteral("desk pass 42");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};
} // namespace

class TestCliStore final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CodelocksSimulator m_service;

    Run cli(const QStringList& arguments, const QMap<QString, QString>& extraEnv = {})
    {
        QProcess process;
        QProcessEnvironment env = isolatedCliEnvironment(QString(), m_dir.filePath(QStringLiteral("settings.ini")));
        env.remove(QStringLiteral("NETCODE_DESK_DATABASE"));
        env.remove(QStringLiteral("PGPASSWORD"));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLI_EXECUTABLE), arguments);
        Run run;
        [&] {
            QVERIFY(process.waitForStarted(10000));
            QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        }();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QString tcpUrl(const QString& adminUrl, const QString& login, const QString& password = {})
    {
        return QStringLiteral("postgresql://%1%2@127.0.0.1:%3/%4")
            .arg(login, password.isEmpty() ? QString()
                                           : QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(password)))
            .arg(SharedTestStore::tcpPort())
            .arg(QUrl(adminUrl).path().mid(1));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        m_service.setRequiredApiKey(kKey);
    }

    void setUpGrantMoveInAndIssue()
    {
        NEW_SHARED_DATABASE(url);
        // Set up, twice.
        Run run = cli({QStringLiteral("store"), QStringLiteral("init"), QStringLiteral("--database"), url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Set up the shared store")), qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no server notices for the user
        run = cli({QStringLiteral("store"), QStringLiteral("init"), QStringLiteral("--database"), url});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("already set up")), qPrintable(run.out));
        run = cli({QStringLiteral("store"), QStringLiteral("init"), QStringLiteral("--database"), url, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QLatin1String("changed")).toBool(true), false);
        QCOMPARE(run.json().value(QLatin1String("schema_version")).toInt(), Migrations::latestVersion());

        // Logins: made the usual way, then given their group.
        const QString desk = QStringLiteral("desk_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        QString error;
        QVERIFY2(SharedTestStore::runAsAdmin(QStringLiteral("postgres"),
                                             {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(desk, kPassword)}, &error),
                 qPrintable(error));
        run = cli({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("nobody_here"), QStringLiteral("--role"),
                   QStringLiteral("desk"), QStringLiteral("--database"), url});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("There is no login \"nobody_here\"")), qPrintable(run.err));
        run = cli({QStringLiteral("store"), QStringLiteral("grant"), desk, QStringLiteral("--role"), QStringLiteral("boss"),
                   QStringLiteral("--database"), url});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("store"), QStringLiteral("grant"), desk, QStringLiteral("--role"), QStringLiteral("desk"),
                   QStringLiteral("--database"), url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("now a member of netcode_desk")), qPrintable(run.out));

        // The desk's own view, its password from libpq's PGPASSWORD.
        const QMap<QString, QString> deskPassword{{QStringLiteral("PGPASSWORD"), kPassword}};
        run = cli({QStringLiteral("store"), QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--database"),
                   tcpUrl(url, desk)},
                  deskPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QLatin1String("role")).toString(), QStringLiteral("desk"));
        QCOMPARE(run.json().value(QLatin1String("login")).toString(), desk);
        run = cli({QStringLiteral("store"), QStringLiteral("status"), QStringLiteral("--database"), tcpUrl(url, desk)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("password")), qPrintable(run.err));

        // Move a desk's own file in, twice.
        const QString file = m_dir.filePath(QStringLiteral("desk.sqlite"));
        {
            Database own;
            QVERIFY2(own.open(file), qPrintable(own.errorText()));
            Lock lock;
            lock.name = QStringLiteral("Room 101");
            lock.model = LockModelId::KL1060G3;
            lock.timecode = QStringLiteral("202604221226");
            lock.lockNumber = QStringLiteral("921239");
            lock.timeZoneId = QStringLiteral("Europe/London");
            QVERIFY(LockRepository(own.connection()).insert(&lock));
            HistoryEntry e;
            e.issuedAtUtc = QDateTime(QDate(2027, 6, 1), QTime(9, 0), QTimeZone::utc());
            e.lockId = lock.id;
            e.lockName = lock.name;
            e.lockModel = QStringLiteral("KL1060G3");
            e.mode = QStringLiteral("standard");
            e.durationId = 3;
            e.startSent = QStringLiteral("2027-06-01 10:00");
            e.windowStartUtc = e.issuedAtUtc;
            e.windowEndUtc = e.issuedAtUtc.addSecs(3600);
            e.source = HistoryEntry::Source::Api;
            e.requestKey = QStringLiteral("june");
            e.outcome = HistoryEntry::Outcome::Issued;
            e.code = QStringLiteral("4445556");
            QVERIFY(HistoryRepository(own.connection()).add(&e));
        }
        const QStringList move = {QStringLiteral("store"), QStringLiteral("import-sqlite"), file, QStringLiteral("--database"), url,
                                  QStringLiteral("--json")};
        run = cli(move);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QLatin1String("codes_added")).toInt(), 1);
        QCOMPARE(run.json().value(QLatin1String("locks_added")).toInt(), 1);
        run = cli(move);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QLatin1String("codes_added")).toInt(), 0);
        QCOMPARE(run.json().value(QLatin1String("codes_already_there")).toInt(), 1);
        QCOMPARE(run.json().value(QLatin1String("locks_already_there")).toInt(), 1);
        run = cli({QStringLiteral("store"), QStringLiteral("import-sqlite"), QStringLiteral(CLI_EXECUTABLE), QStringLiteral("--database"), url});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not a NetCode Desk database")) || run.err.contains(QLatin1String("cannot be opened")),
                 qPrintable(run.err));

        // The desk issues through the shared store (its password typed in the URL, this run only)...
        const QString deskUrl = tcpUrl(url, desk, kPassword);
        const QMap<QString, QString> live{{QStringLiteral("NETCODE_DESK_API_KEY"), kKey},
                                          {QStringLiteral("NETCODE_DESK_API_URL"), m_service.baseUrl().toString()}};
        run = cli({QStringLiteral("issue"), QStringLiteral("--lock"), QStringLiteral("room 101"), QStringLiteral("--length"),
                   QStringLiteral("3h"), QStringLiteral("--start"), QStringLiteral("2027-07-14 15:00"), QStringLiteral("--json"),
                   QStringLiteral("--database"), deskUrl},
                  live);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QString code = run.json().value(QLatin1String("code")).toString();
        QCOMPARE(code.size(), 7);
        run = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--search"), code, QStringLiteral("--database"),
                   deskUrl});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.remove(QLatin1Char(' ')).contains(code), qPrintable(run.out + run.err)); // shown in groups
        // ... but may not remove a lock: the server says no, and the lock stays.
        run = cli({QStringLiteral("locks"), QStringLiteral("remove"), QStringLiteral("Room 101"), QStringLiteral("--database"), deskUrl});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("only a manager's login")), qPrintable(run.err));
        Database admin;
        QVERIFY(admin.open(url));
        QSqlQuery query(admin.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM locks), (SELECT count(*) FROM history WHERE outcome = "
                                          "'issued'), (SELECT string_agg(DISTINCT claimed_by, ',') FROM history WHERE code = '%1')")
                               .arg(code)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 2);
        // A store chosen in Settings is the CLI's too (no --database), its password from libpq's sources.
        {
            QSettings chosen(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            chosen.setValue(QStringLiteral("store/address"), tcpUrl(url, desk));
        }
        run = cli({QStringLiteral("store"), QStringLiteral("status"), QStringLiteral("--json")}, deskPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QLatin1String("login")).toString(), desk);
        // The URL's password never reached the settings file.
        QFile settings(m_dir.filePath(QStringLiteral("settings.ini")));
        if (settings.open(QIODevice::ReadOnly))
            QVERIFY(!settings.readAll().contains(kPassword.toUtf8()));
    }

    void aFileOrNoAddressIsNotAStore()
    {
        const Run run = cli({QStringLiteral("store"), QStringLiteral("init"), QStringLiteral("--database"),
                             m_dir.filePath(QStringLiteral("x.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("postgresql://")), qPrintable(run.err));
        QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("frobnicate"), QStringLiteral("--database"),
                      QStringLiteral("postgresql://127.0.0.1/x")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_cli_store.moc"
