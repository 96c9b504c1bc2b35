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
#include <QUrlQuery>
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
            process.closeWriteChannel(); // nothing on standard input (staff add reads a PIN there)
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

    // A store set up as `store init` does, and a new login of the cluster granted `role` ("desk",
    // "manager"; none when empty). Returns the login.
    QString newLogin(const QString& url, const QString& role)
    {
        const QString login = QStringLiteral("l_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QString error;
        [&] {
            QVERIFY2(SharedTestStore::runAsAdmin(QStringLiteral("postgres"),
                                                 {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, kPassword)},
                                                 &error),
                     qPrintable(error));
            if (role.isEmpty())
                return;
            const Run run = cli({QStringLiteral("store"), QStringLiteral("grant"), login, QStringLiteral("--role"), role,
                                 QStringLiteral("--database"), url});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }();
        return login;
    }

    void initStore(const QString& url)
    {
        const Run run = cli({QStringLiteral("store"), QStringLiteral("init"), QStringLiteral("--database"), url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    static QString superuser(const QString& url) { return QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("user")); }

    static QVariant scalar(const QString& url, const QString& statement)
    {
        Database admin;
        if (!admin.open(url))
            return {};
        QSqlQuery query(admin.connection());
        if (!query.exec(statement) || !query.next())
            return {};
        return query.value(0);
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

    // Every manager's action from a desk login is refused before anything is written, with the
    // same exit code and words; a manager's login does the same and it is audited.
    void aDeskLoginIsRefusedEveryManagerActionAlike()
    {
        NEW_SHARED_DATABASE(url);
        initStore(url);
        QVERIFY(!QTest::currentTestFailed());
        const QString desk = newLogin(url, QStringLiteral("desk"));
        const QString manager = newLogin(url, QStringLiteral("manager"));
        QVERIFY(!QTest::currentTestFailed());
        const QString deskUrl = tcpUrl(url, desk, kPassword);
        const QString managerUrl = tcpUrl(url, manager, kPassword);
        const QStringList addGate = {QStringLiteral("locks"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("Gate"), QStringLiteral("--model"), QStringLiteral("KL1060G3"),
                                     QStringLiteral("--timecode"), QStringLiteral("202604221226"), QStringLiteral("--lock-id"),
                                     QStringLiteral("654321"), QStringLiteral("--zone"), QStringLiteral("Europe/London"),
                                     QStringLiteral("--demo")};
        Run run = cli(addGate + QStringList{QStringLiteral("--database"), managerUrl});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--demo"),
                   QStringLiteral("--database"), managerUrl});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray audit = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).toObject().value(QLatin1String("action")).toString(), QStringLiteral("lock.added"));
        QCOMPARE(audit.at(0).toObject().value(QLatin1String("staff_name")).toString(), QStringLiteral("(command line) ") + manager);
        QCOMPARE(audit.at(0).toObject().value(QLatin1String("db_login")).toString(), manager);

        const QString csv = m_dir.filePath(QStringLiteral("desk-locks.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,group,model,timecode,lock_id,mode,time_zone\r\nCellar,,KL1060G3,202604221226,111111,standard,UTC\r\n");
        }
        const QString deskFile = m_dir.filePath(QStringLiteral("refused.sqlite"));
        {
            Database own;
            QVERIFY2(own.open(deskFile), qPrintable(own.errorText()));
        }
        const QStringList onDesk = {QStringLiteral("--database"), deskUrl};
        const QString counts = QStringLiteral("SELECT (SELECT count(*) FROM netcode.locks) || '/' || (SELECT count(*) FROM "
                                              "netcode.audit_log) || '/' || (SELECT count(*) FROM netcode.staff)");
        const QString before = scalar(url, counts).toString();
        QVERIFY(!before.isEmpty());
        const QList<QStringList> refused = {
            QStringList(addGate) << QStringLiteral("--name") << QStringLiteral("Other gate"),
            {QStringLiteral("locks"), QStringLiteral("remove"), QStringLiteral("Gate"), QStringLiteral("--demo")},
            {QStringLiteral("locks"), QStringLiteral("import"), csv, QStringLiteral("--demo")},
            {QStringLiteral("store"), QStringLiteral("import-sqlite"), deskFile},
            {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("Bob"), QStringLiteral("--role"), QStringLiteral("desk"),
             QStringLiteral("--demo")},
            {QStringLiteral("staff"), QStringLiteral("deactivate"), QStringLiteral("Bob"), QStringLiteral("--demo")},
        };
        for (const QStringList& command : refused) {
            run = cli(command + onDesk);
            const QString what = command.mid(0, 2).join(QLatin1Char(' ')) + QLatin1String(": ") + run.err;
            QVERIFY2(run.exitCode == 2, qPrintable(what));
            QVERIFY2(run.err.contains(QLatin1String("only a manager's login")), qPrintable(what));
            QVERIFY2(run.err.contains(desk), qPrintable(what));
        }
        QCOMPARE(scalar(url, counts).toString(), before); // nothing was written
    }

    // A superuser passes every check a role makes, and netcode_owner is for setup: neither is made
    // a desk or a manager.
    void grantRefusesASuperuserAndTheOwner()
    {
        NEW_SHARED_DATABASE(url);
        initStore(url);
        QVERIFY(!QTest::currentTestFailed());
        const QString postgres = superuser(url);
        QVERIFY(!postgres.isEmpty());
        Run run = cli({QStringLiteral("store"), QStringLiteral("grant"), postgres, QStringLiteral("--role"), QStringLiteral("desk"),
                       QStringLiteral("--database"), url});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("is a superuser")), qPrintable(run.err));
        QVERIFY(!scalar(url, QStringLiteral("SELECT pg_has_role('%1', 'netcode_desk', 'USAGE') AND NOT (SELECT rolsuper FROM "
                                            "pg_roles WHERE rolname = '%1')").arg(postgres))
                     .toBool());
        run = cli({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("netcode_owner"), QStringLiteral("--role"),
                   QStringLiteral("manager"), QStringLiteral("--database"), url});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("netcode_owner")), qPrintable(run.err));
        const QString setup = newLogin(url, QString());
        QVERIFY(!QTest::currentTestFailed());
        QString error;
        QVERIFY2(SharedTestStore::runAsAdmin(QStringLiteral("postgres"), {QStringLiteral("GRANT netcode_owner TO %1").arg(setup)},
                                             &error),
                 qPrintable(error));
        run = cli({QStringLiteral("store"), QStringLiteral("grant"), setup, QStringLiteral("--role"), QStringLiteral("desk"),
                   QStringLiteral("--database"), url});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("member of it")), qPrintable(run.err));
        QVERIFY(!scalar(url, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1' AND g.rolname = "
                                            "'netcode_desk')").arg(setup))
                     .toBool());
    }

    // A login of the server that is in none of the store's groups is told what to ask for, not
    // that the store is not set up or a raw "permission denied".
    void aLoginInNoGroupIsToldHowToBeGranted()
    {
        NEW_SHARED_DATABASE(url);
        initStore(url);
        QVERIFY(!QTest::currentTestFailed());
        const QString stranger = newLogin(url, QString());
        QVERIFY(!QTest::currentTestFailed());
        const QString expected = QStringLiteral("the login %1 is not a member of netcode_desk or netcode_manager; ask whoever set "
                                                "up the store to run: netcode-desk-cli store grant %1 --role desk")
                                     .arg(stranger);
        for (const QStringList& command : QList<QStringList>{{QStringLiteral("locks"), QStringLiteral("list")},
                                                             {QStringLiteral("history"), QStringLiteral("list")}}) {
            const Run run = cli(command + QStringList{QStringLiteral("--demo"), QStringLiteral("--database"),
                                                      tcpUrl(url, stranger, kPassword)});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
            QVERIFY2(!run.err.contains(QLatin1String("42501")) && !run.err.contains(QLatin1String("store init")),
                     qPrintable(run.err));
        }
    }

    // What demo mode made in a desk's file stays behind; the real locks and codes move as before,
    // once, and each run leaves one audit row with what it moved.
    void movingInLeavesDemoBehindAndIsAudited()
    {
        NEW_SHARED_DATABASE(url);
        initStore(url);
        QVERIFY(!QTest::currentTestFailed());
        const QString file = m_dir.filePath(QStringLiteral("demo-desk.sqlite"));
        // Demo mode seeds its sample locks, and issues a demo code for one of them.
        Run run = cli({QStringLiteral("locks"), QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--database"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 4);
        run = cli({QStringLiteral("issue"), QStringLiteral("--lock"), QStringLiteral("Room 101"), QStringLiteral("--length"),
                   QStringLiteral("3h"), QStringLiteral("--start"), QStringLiteral("2027-07-14 15:00"), QStringLiteral("--demo"),
                   QStringLiteral("--database"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        {
            // The site's own lock, with a real code and a demo one.
            Database own;
            QVERIFY2(own.open(file), qPrintable(own.errorText()));
            Lock lock;
            lock.name = QStringLiteral("Front door");
            lock.model = LockModelId::KL1060G3;
            lock.timecode = QStringLiteral("202401010800");
            lock.lockNumber = QStringLiteral("345678");
            lock.timeZoneId = QStringLiteral("Europe/London");
            QVERIFY(LockRepository(own.connection()).insert(&lock));
            for (const bool demo : {false, true}) {
                HistoryEntry e;
                e.issuedAtUtc = QDateTime(QDate(2027, 6, 1), QTime(demo ? 10 : 9, 0), QTimeZone::utc());
                e.lockId = lock.id;
                e.lockName = lock.name;
                e.lockModel = QStringLiteral("KL1060G3");
                e.mode = QStringLiteral("standard");
                e.durationId = 3;
                e.startSent = QStringLiteral("2027-06-01 10:00");
                e.windowStartUtc = e.issuedAtUtc;
                e.windowEndUtc = e.issuedAtUtc.addSecs(3600);
                e.source = demo ? HistoryEntry::Source::Demo : HistoryEntry::Source::Api;
                e.demo = demo;
                e.requestKey = demo ? QStringLiteral("demo|front") : QStringLiteral("api|front");
                e.outcome = HistoryEntry::Outcome::Issued;
                e.code = demo ? QStringLiteral("1112223") : QStringLiteral("4445556");
                QVERIFY(HistoryRepository(own.connection()).add(&e));
            }
        }
        const QStringList move = {QStringLiteral("store"), QStringLiteral("import-sqlite"), file, QStringLiteral("--database"), url,
                                  QStringLiteral("--json")};
        run = cli(move);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject report = run.json();
        QCOMPARE(report.value(QLatin1String("locks_added")).toInt(), 1);
        QCOMPARE(report.value(QLatin1String("demo_locks_skipped")).toInt(), 4);
        QCOMPARE(report.value(QLatin1String("codes_added")).toInt(), 1);
        QCOMPARE(report.value(QLatin1String("demo_codes_skipped")).toInt(), 2);
        // Again: nothing new, the demo rows still left behind.
        run = cli(move);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        report = run.json();
        QCOMPARE(report.value(QLatin1String("codes_added")).toInt(), 0);
        QCOMPARE(report.value(QLatin1String("codes_already_there")).toInt(), 1);
        QCOMPARE(report.value(QLatin1String("locks_already_there")).toInt(), 1);
        QCOMPARE(report.value(QLatin1String("demo_codes_skipped")).toInt(), 2);
        // The words say so too.
        run = cli({QStringLiteral("store"), QStringLiteral("import-sqlite"), file, QStringLiteral("--database"), url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Left behind from demo mode: 4 sample lock(s), 2 demo code(s)")), qPrintable(run.out));

        QCOMPARE(scalar(url, QStringLiteral("SELECT string_agg(name, ',') FROM netcode.locks")).toString(), QStringLiteral("Front door"));
        QCOMPARE(scalar(url, QStringLiteral("SELECT string_agg(code || ':' || request_key, ',') FROM netcode.history")).toString(),
                 QStringLiteral("4445556:api|front"));
        QCOMPARE(scalar(url, QStringLiteral("SELECT count(*) FROM netcode.request_log WHERE demo <> 0")).toInt(), 0);
        QCOMPARE(scalar(url, QStringLiteral("SELECT count(*) FROM netcode.audit_log WHERE action = 'store.imported-sqlite' AND "
                                            "staff_name = '(command line) %1'").arg(superuser(url)))
                     .toInt(),
                 3);
        const QString first = scalar(url, QStringLiteral("SELECT detail FROM netcode.audit_log ORDER BY id LIMIT 1")).toString();
        QVERIFY2(first.contains(QLatin1String("codes added 1")) && first.contains(QLatin1String("locks added 1"))
                     && first.contains(QLatin1String("locks 4, codes 2")) && first.contains(file),
                 qPrintable(first));
    }

    // A store written by a newer version is the store left as it is, not a file.
    void aNewerStoreIsNamedAsTheStore()
    {
        NEW_SHARED_DATABASE(url);
        initStore(url);
        QVERIFY(!QTest::currentTestFailed());
        QString error;
        QVERIFY2(SharedTestStore::runAsAdmin(QUrl(url).path().mid(1),
                                             {QStringLiteral("UPDATE netcode.schema_version SET version = version + 1")}, &error),
                 qPrintable(error));
        const Run run = cli({QStringLiteral("locks"), QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--database"), url});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("newer version")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("the store has not been changed")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("file")), qPrintable(run.err));
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
