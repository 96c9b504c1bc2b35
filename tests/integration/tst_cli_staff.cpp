// netcode-desk-cli staff and audit, as real processes on both stores: the PIN comes from standard
// input (never an argument), every change is audited as the command line, hostile names refused.
#include "CliEnvironment.h"
#include "Database.h"
#include "SharedTestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliStaff final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QString& database, const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        QProcessEnvironment env = isolatedCliEnvironment(database, m_dir.filePath(QStringLiteral("settings.ini")));
        env.insert(QStringLiteral("USER"), QStringLiteral("frontoffice"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLI_EXECUTABLE), arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void addListDeactivateAudit_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }
    void addListDeactivateAudit()
    {
        QFETCH(QString, kind);
        QString database = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".db"));
        if (kind == QLatin1String("postgres")) {
            QString error;
            database = SharedTestStore::newDatabase(&error);
            QVERIFY2(!database.isEmpty(), qPrintable(error));
            // A store is set up once (as `store init` does); the desk tools then find it.
            Database setup;
            Database::StartOptions creating;
            creating.createStore = true;
            QVERIFY2(setup.open(database, creating), qPrintable(setup.errorText()));
        }
        const QStringList db = {QStringLiteral("--database"), database, QStringLiteral("--demo")};
        Run added = cli(database, QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("Maria"),
                                              QStringLiteral("--role"), QStringLiteral("manager")} + db,
                        "9876\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QStringLiteral("Added Maria (manager)")));
        // Too short a PIN: refused, with the rule.
        const Run weak = cli(database, QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("Tom"),
                                                   QStringLiteral("--role"), QStringLiteral("desk")} + db,
                             "12\n");
        QCOMPARE(weak.exitCode, 2);
        QVERIFY(weak.err.contains(QStringLiteral("4 to 12 digits")));
        // A name with an escape sequence: refused, and echoed only made visible.
        const Run hostile = cli(database, QStringList{QStringLiteral("staff"), QStringLiteral("add"),
                                                      QStringLiteral("Eve\x1b[2J"), QStringLiteral("--role"),
                                                      QStringLiteral("desk")} + db,
                                "12345678\n");
        QCOMPARE(hostile.exitCode, 2);
        QVERIFY(!hostile.err.contains(QChar(0x1b)));
        QVERIFY(cli(database, QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("Tom"),
                                          QStringLiteral("--role"), QStringLiteral("desk")} + db,
                    "1234\n")
                    .exitCode
                == 0);

        const Run listed = cli(database, QStringList{QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--json")} + db);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray staff = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(staff.size(), 2);
        QCOMPARE(staff.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Maria"));
        QCOMPARE(staff.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
        QVERIFY(!listed.out.contains(QStringLiteral("9876")));

        const Run gone = cli(database, QStringList{QStringLiteral("staff"), QStringLiteral("deactivate"), QStringLiteral("tom")} + db);
        QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
        const Run audit = cli(database, QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")} + db);
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("staff.deactivated"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("staff_name")).toString(), QStringLiteral("(command line) frontoffice"));
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("Maria added as manager"));
    }

    // Locks changed from the command line are a manager's action as at the desk: each add, import
    // and removal has its audit row, naming the command line and who ran it.
    void lockChangesAreAudited_data() { addListDeactivateAudit_data(); }
    void lockChangesAreAudited()
    {
        QFETCH(QString, kind);
        QString database = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".db"));
        QString login = QStringLiteral("frontoffice"); // the computer's user, on a desk's own file
        if (kind == QLatin1String("postgres")) {
            QString error;
            database = SharedTestStore::newDatabase(&error);
            QVERIFY2(!database.isEmpty(), qPrintable(error));
            Database setup;
            Database::StartOptions creating;
            creating.createStore = true;
            QVERIFY2(setup.open(database, creating), qPrintable(setup.errorText()));
            login = setup.loginName(); // on a shared store, the login it ran as
            QVERIFY(!login.isEmpty());
        }
        const QStringList db = {QStringLiteral("--database"), database, QStringLiteral("--demo")};
        Run run = cli(database, QStringList{QStringLiteral("locks"), QStringLiteral("add"), QStringLiteral("--name"),
                                            QStringLiteral("Gate 3"), QStringLiteral("--model"), QStringLiteral("KL1060G3"),
                                            QStringLiteral("--timecode"), QStringLiteral("202604221226"),
                                            QStringLiteral("--lock-id"), QStringLiteral("654321"), QStringLiteral("--zone"),
                                            QStringLiteral("Europe/London")} + db);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString csv = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,group,model,timecode,lock_id,mode,time_zone\r\n"
                       "Cellar,,KL1060G3,202604221226,111111,standard,Europe/London\r\n"
                       "Attic,,KL1060G3,202604221226,222222,standard,Europe/London\r\n");
        }
        run = cli(database, QStringList{QStringLiteral("locks"), QStringLiteral("import"), csv} + db);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli(database, QStringList{QStringLiteral("locks"), QStringLiteral("remove"), QStringLiteral("Gate 3")} + db);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = cli(database, QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")} + db);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QStringList actions;
        for (const QJsonValue& row : rows) {
            const QJsonObject entry = row.toObject();
            actions << entry.value(QStringLiteral("action")).toString();
            QCOMPARE(entry.value(QStringLiteral("staff_name")).toString(), QStringLiteral("(command line) ") + login);
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("lock.removed"), QStringLiteral("lock.imported"), QStringLiteral("lock.added")}));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("Gate 3"));
        // "2 lock(s)" until the English catalogue gives the plural its forms.
        const QString imported = rows.at(1).toObject().value(QStringLiteral("detail")).toString();
        QVERIFY2(imported.startsWith(QLatin1String("2 lock")) && imported.contains(QLatin1String("imported from")),
                 qPrintable(imported));
    }
};

QTEST_GUILESS_MAIN(TestCliStaff)
#include "tst_cli_staff.moc"
