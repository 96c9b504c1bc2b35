// `netcode-desk-cli issue … --email` and `history email ID ADDRESS` as a script runs them: the
// real command-line process, the simulator counting billed requests, and a real SMTP server.
#include "CliEnvironment.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "MailAttemptRepository.h"
#include "SiteSettingsRepository.h"
#include "SmtpTestServer.h"
#include "TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kKey = QStringLiteral("Mail0Key1Mail2Key3Mail4Key5Mail6Key7Ma8");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QStringList issueArgs()
{
    return {QStringLiteral("issue"),         QStringLiteral("--model"),   QStringLiteral("KL1060G3"),
            QStringLiteral("--timecode"),    QStringLiteral("202604221226"), QStringLiteral("--lock-id"),
            QStringLiteral("921239"),        QStringLiteral("--zone"),    QStringLiteral("Europe/London"),
            QStringLiteral("--length"),      QStringLiteral("3h"),        QStringLiteral("--start"),
            QStringLiteral("2027-07-14 15:00"), QStringLiteral("--guest"), QStringLiteral("Jürgen")};
}
} // namespace

class TestCliEmail final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CodelocksSimulator m_service;
    int m_databases = 0;
    QString m_database;
    QString m_mailPassword;

    Run cli(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = isolatedCliEnvironment(m_database, m_dir.filePath(QStringLiteral("settings.ini")));
        env.insert(QStringLiteral("NETCODE_DESK_API_KEY"), kKey);
        env.insert(QStringLiteral("NETCODE_DESK_API_URL"), m_service.baseUrl().toString());
        if (!m_mailPassword.isNull())
            env.insert(QStringLiteral("NETCODE_DESK_MAIL_PASSWORD"), m_mailPassword);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLI_EXECUTABLE), arguments);
        Run run;
        [&] {
            QVERIFY(process.waitForStarted(10000));
            QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 90000);
        }();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // What a manager saved in Settings, Email, written to the desk's database.
    bool configureMail(const MailServer& server)
    {
        Database db;
        if (!db.open(m_database))
            return false;
        SiteSettingsRepository site(db.connection());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return site.setMany({{QStringLiteral("mail/host"), server.host},
                             {QStringLiteral("mail/port"), QString::number(server.port)},
                             {QStringLiteral("mail/security"), MailServer::securityName(server.security)},
                             {QStringLiteral("mail/user"), server.user},
                             {QStringLiteral("mail/fromName"), server.fromName},
                             {QStringLiteral("mail/fromAddress"), server.fromAddress},
                             {QStringLiteral("mail/replyTo"), server.replyTo},
                             {QStringLiteral("mail/trustedCertificates"), QString::fromUtf8(server.trustedCertificatesPem)}},
                            QStringLiteral("manager"), now);
    }

    QList<MailAttempt> attempts(qint64 historyId)
    {
        Database db;
        if (!db.open(m_database))
            return {};
        return MailAttemptRepository(db.connection()).forHistory(historyId);
    }

    qint64 lastHistoryId()
    {
        Database db;
        if (!db.open(m_database))
            return 0;
        QSqlQuery query(db.connection());
        return query.exec(QStringLiteral("SELECT MAX(id) FROM history")) && query.next() ? query.value(0).toLongLong() : 0;
    }

    // What a mail reader sees in a received message (tests/support/eml_summary.py).
    static QJsonObject summary(const QString& emlFile)
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(NETCODE_EML_SUMMARY), emlFile});
        if (!python.waitForFinished(20000) || python.exitCode() != 0)
            qWarning("eml_summary: %s", python.readAllStandardError().constData());
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    static QString subjectOf(const QString& emlFile)
    {
        return summary(emlFile).value(QLatin1String("headers")).toObject().value(QLatin1String("Subject")).toString();
    }

    static QJsonObject emailOf(const Run& run)
    {
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        return QJsonDocument::fromJson(lines.constLast().toUtf8()).object().value(QLatin1String("email")).toObject();
    }

    int netCodeRequests() const
    {
        int count = 0;
        for (const auto& request : m_service.requests())
            count += request.path.contains(QLatin1String("/netcode/")) ? 1 : 0;
        return count;
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
        QString error;
        m_database = TestStore::fresh(m_dir, QStringLiteral("db%1.sqlite").arg(++m_databases), &error);
        QVERIFY2(!m_database.isEmpty(), qPrintable(error));
        m_service.clearRequests();
        m_mailPassword = QString();
    }

    void issueEmailsTheCodeWithTheSlipInTheGuestsLanguage()
    {
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        QVERIFY(configureMail(smtp.server()));
        m_mailPassword = smtp.password();
        const Run run = cli(issueArgs() << QStringLiteral("--email") << QStringLiteral("guest@example.org")
                                        << QStringLiteral("--attach-slip") << QStringLiteral("--language") << QStringLiteral("de"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("Emailed to guest@example.org")), qPrintable(run.out));
        QCOMPARE(smtp.messageFiles().size(), 1);
        const QByteArray raw = smtp.messages().first();
        QVERIFY(!raw.contains(kKey.toUtf8()));
        QVERIFY(!raw.contains(smtp.password().toUtf8()));
        QVERIFY(raw.contains("application/pdf"));
        QVERIFY(raw.contains("=?UTF-8?B?")); // the German subject, encoded
        const QList<MailAttempt> recorded = attempts(lastHistoryId());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().outcome, MailAttempt::Outcome::Delivered);
        QVERIFY(!recorded.first().attemptedBy.isEmpty());
    }

    void aFailedEmailLeavesTheCodeIssuedAndCanBeSentAgain()
    {
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        QVERIFY(configureMail(smtp.server()));
        m_mailPassword = QStringLiteral("not-it");
        Run run = cli(issueArgs() << QStringLiteral("--email") << QStringLiteral("guest@example.org"));
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.out.contains(QLatin1String("Code ")), qPrintable(run.out)); // issued and printed
        QVERIFY2(run.err.contains(QLatin1String("user name or password")), qPrintable(run.err));
        QVERIFY(!run.err.contains(m_mailPassword));
        QCOMPARE(netCodeRequests(), 1);
        const qint64 id = lastHistoryId();
        QVERIFY(id > 0);
        QVERIFY(run.err.contains(QStringLiteral("history email %1").arg(id)));
        QCOMPARE(attempts(id).size(), 1);
        QCOMPARE(attempts(id).first().outcome, MailAttempt::Outcome::Refused);

        m_mailPassword = smtp.password();
        run = cli({QStringLiteral("history"), QStringLiteral("email"), QString::number(id), QStringLiteral("guest@example.org"),
                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject email = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("email")).toObject();
        QCOMPARE(email.value(QLatin1String("outcome")).toString(), QStringLiteral("delivered"));
        QCOMPARE(email.value(QLatin1String("history_id")).toInteger(), id);
        QVERIFY(email.value(QLatin1String("recorded")).toBool());
        QCOMPARE(netCodeRequests(), 1); // emailing again asks the service nothing
        QCOMPARE(attempts(id).size(), 2);
        QCOMPARE(smtp.messageFiles().size(), 1);
        QVERIFY(!smtp.messages().constLast().contains("application/pdf"));

        // Sent again with the slip attached, as the help says history email takes --attach-slip.
        run = cli({QStringLiteral("history"), QStringLiteral("email"), QString::number(id), QStringLiteral("guest@example.org"),
                   QStringLiteral("--attach-slip")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(!run.err.contains(QLatin1String("--attach-slip")), qPrintable(run.err));
        QCOMPARE(smtp.messageFiles().size(), 2);
        QVERIFY(smtp.messages().constLast().contains("application/pdf"));
        QCOMPARE(attempts(id).size(), 3);
        // A language NetCode Desk does not speak sends nothing.
        run = cli({QStringLiteral("history"), QStringLiteral("email"), QString::number(id), QStringLiteral("guest@example.org"),
                   QStringLiteral("--language"), QStringLiteral("xx")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--language takes one of")), qPrintable(run.err));
        QCOMPARE(smtp.messageFiles().size(), 2);
        QCOMPARE(attempts(id).size(), 3);
    }

    // `history email ID ADDRESS` later, with the desk set to English: the guest first written to
    // in German gets German again; --language says otherwise, and the latest language then holds.
    void historyEmailKeepsTheGuestsLanguage()
    {
        {
            QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("desk/language"), QStringLiteral("en"));
        }
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        QVERIFY(configureMail(smtp.server()));
        m_mailPassword = smtp.password();
        Run run = cli(issueArgs() << QStringLiteral("--email") << QStringLiteral("guest@example.org")
                                  << QStringLiteral("--language") << QStringLiteral("de") << QStringLiteral("--json"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(emailOf(run).value(QLatin1String("language")).toString(), QStringLiteral("de"));
        const qint64 id = lastHistoryId();
        QVERIFY(id > 0);
        QCOMPARE(smtp.messageFiles().size(), 1);
        QVERIFY2(subjectOf(smtp.messageFiles().constLast()).startsWith(QStringLiteral("Ihr Zugangscode")),
                 qPrintable(subjectOf(smtp.messageFiles().constLast())));

        const QStringList again = {QStringLiteral("history"), QStringLiteral("email"), QString::number(id),
                                   QStringLiteral("guest@example.org"), QStringLiteral("--json")};
        run = cli(again);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(emailOf(run).value(QLatin1String("language")).toString(), QStringLiteral("de"));
        QCOMPARE(smtp.messageFiles().size(), 2);
        const QJsonObject german = summary(smtp.messageFiles().constLast());
        QVERIFY2(german.value(QLatin1String("headers")).toObject().value(QLatin1String("Subject")).toString()
                     .startsWith(QStringLiteral("Ihr Zugangscode")),
                 QJsonDocument(german).toJson().constData());
        QVERIFY(german.value(QLatin1String("plain")).toString().contains(QStringLiteral("Ihr Code für")));
        // Without --json too: the same language.
        run = cli(again.mid(0, 4));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("Emailed to guest@example.org")), qPrintable(run.out));
        QCOMPARE(smtp.messageFiles().size(), 3);
        QVERIFY(subjectOf(smtp.messageFiles().constLast()).startsWith(QStringLiteral("Ihr Zugangscode")));

        // --language wins over what is recorded, and is what is recorded next.
        run = cli(QStringList(again) << QStringLiteral("--language") << QStringLiteral("fr"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(emailOf(run).value(QLatin1String("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(smtp.messageFiles().size(), 4);
        QVERIFY(subjectOf(smtp.messageFiles().constLast()).startsWith(QStringLiteral("Votre code d'accès")));
        run = cli(again);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(emailOf(run).value(QLatin1String("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(smtp.messageFiles().size(), 5);
        QVERIFY(subjectOf(smtp.messageFiles().constLast()).startsWith(QStringLiteral("Votre code d'accès")));

        QStringList languages;
        for (const MailAttempt& attempt : attempts(id))
            languages << attempt.language;
        QCOMPARE(languages, QStringList({QStringLiteral("de"), QStringLiteral("de"), QStringLiteral("de"),
                                         QStringLiteral("fr"), QStringLiteral("fr")}));
        QCOMPARE(netCodeRequests(), 1);

        // A code never emailed: the desk's language (English), and --json says so.
        run = cli(issueArgs() << QStringLiteral("--start") << QStringLiteral("2027-07-15 15:00"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const qint64 fresh = lastHistoryId();
        QVERIFY(fresh > id);
        run = cli({QStringLiteral("history"), QStringLiteral("email"), QString::number(fresh), QStringLiteral("guest@example.org"),
                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(emailOf(run).value(QLatin1String("language")).toString(), QStringLiteral("en"));
        QCOMPARE(smtp.messageFiles().size(), 6);
        QVERIFY(subjectOf(smtp.messageFiles().constLast()).startsWith(QLatin1String("Your access code")));
    }

    void anInvalidAddressOrNoServerSendsNothingAtAll()
    {
        Run run = cli(issueArgs() << QStringLiteral("--email") << QStringLiteral("guest@example.org"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("No mail server")), qPrintable(run.err));
        QCOMPARE(netCodeRequests(), 0);

        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        QVERIFY(configureMail(smtp.server()));
        run = cli(issueArgs() << QStringLiteral("--email") << QStringLiteral("guest@example.org,boss@example.org"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("one email address")), qPrintable(run.err));
        QCOMPARE(netCodeRequests(), 0); // nothing billed for a typo in the address
        run = cli(issueArgs() << QStringLiteral("--attach-slip"));
        QCOMPARE(run.exitCode, 2);
        run = cli(issueArgs() << QStringLiteral("--email") << QStringLiteral("guest@example.org") << QStringLiteral("--language")
                              << QStringLiteral("xx"));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(netCodeRequests(), 0);
        QVERIFY(smtp.messageFiles().isEmpty());

        run = cli({QStringLiteral("history"), QStringLiteral("email"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("history"), QStringLiteral("email"), QStringLiteral("999"), QStringLiteral("g@example.org")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("no history row 999")), qPrintable(run.err));
    }

    void aServerThatIsDownIsRecordedOnTheRow()
    {
        MailServer server;
        {
            SmtpTestServer smtp;
            QVERIFY2(smtp.start(), qPrintable(smtp.error()));
            server = smtp.server();
        }
        QVERIFY(configureMail(server));
        m_mailPassword = QStringLiteral("whatever");
        const Run run = cli(issueArgs() << QStringLiteral("--email") << QStringLiteral("guest@example.org") << QStringLiteral("--json"));
        QCOMPARE(run.exitCode, 6);
        // One JSON document: the code, with the email's outcome inside it.
        QJsonParseError parseError;
        const QJsonObject issued = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(run.out));
        QVERIFY(!issued.value(QLatin1String("code")).toString().isEmpty());
        const QJsonObject email = issued.value(QLatin1String("email")).toObject();
        QCOMPARE(email.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY(email.value(QLatin1String("detail")).toString().contains(QLatin1String("could not be reached")));
        QVERIFY(email.value(QLatin1String("recorded")).toBool());
        QCOMPARE(attempts(lastHistoryId()).size(), 1);
    }

    // The command line killed (kill -9) while the server holds its reply to the message: the
    // attempt was on the record before the send, and reads "may have been sent" afterwards —
    // in history list --json too —; the server has exactly one message.
    void killedMidSendTheAttemptReadsMaybeSent()
    {
        SmtpTestServer::Options options;
        options.slowDataSeconds = 30;
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        QVERIFY(configureMail(smtp.server()));
        m_mailPassword = smtp.password();
        QProcess process;
        QProcessEnvironment env = isolatedCliEnvironment(m_database, m_dir.filePath(QStringLiteral("settings.ini")));
        env.insert(QStringLiteral("NETCODE_DESK_API_KEY"), kKey);
        env.insert(QStringLiteral("NETCODE_DESK_API_URL"), m_service.baseUrl().toString());
        env.insert(QStringLiteral("NETCODE_DESK_MAIL_PASSWORD"), m_mailPassword);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLI_EXECUTABLE), issueArgs() << QStringLiteral("--email") << QStringLiteral("guest@example.org"));
        QVERIFY(process.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(smtp.messageFiles().size(), 1, 30000); // stored; its reply held
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        QVERIFY(process.waitForFinished(10000));

        const qint64 id = lastHistoryId();
        const QList<MailAttempt> recorded = attempts(id);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().outcome, MailAttempt::Outcome::Unknown);
        QCOMPARE(recorded.first().recipient, QStringLiteral("guest@example.org"));
        const Run list = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject email = rows.first().toObject().value(QLatin1String("email")).toObject();
        QCOMPARE(email.value(QLatin1String("state")).toString(), QStringLiteral("unknown"));
        QCOMPARE(email.value(QLatin1String("attempts")).toInt(), 1);
        QVERIFY(!email.value(QLatin1String("delivered")).toBool());
        QCOMPARE(smtp.messageFiles().size(), 1);
    }

    // Sent, but the outcome could not be written (the disk filled meanwhile): the run fails with
    // exit 1 and says so once.
    void anOutcomeThatCannotBeRecordedExitsOne()
    {
        SmtpTestServer::Options options;
        options.slowDataSeconds = 2;
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        QVERIFY(configureMail(smtp.server()));
        m_mailPassword = smtp.password();
        Run run = cli(issueArgs());
        QCOMPARE(run.exitCode, 0);
        const qint64 id = lastHistoryId();
        QProcess process;
        QProcessEnvironment env = isolatedCliEnvironment(m_database, m_dir.filePath(QStringLiteral("settings.ini")));
        env.insert(QStringLiteral("NETCODE_DESK_MAIL_PASSWORD"), m_mailPassword);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLI_EXECUTABLE), {QStringLiteral("history"), QStringLiteral("email"), QString::number(id),
                                                       QStringLiteral("guest@example.org"), QStringLiteral("--json")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(smtp.messageFiles().size(), 1, 30000);
        {
            // The store refuses every write from now on, as a full disk does.
            Database db;
            QVERIFY(db.open(m_database));
            QSqlQuery query(db.connection());
            QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER test_disk_full BEFORE INSERT ON mail_attempts BEGIN "
                                               "SELECT RAISE(ABORT, 'database or disk is full'); END")),
                     qPrintable(query.lastError().text()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const QJsonObject email =
            QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QLatin1String("email")).toObject();
        QCOMPARE(email.value(QLatin1String("outcome")).toString(), QStringLiteral("delivered"));
        QVERIFY(!email.value(QLatin1String("recorded")).toBool());
        QVERIFY2(err.contains(QLatin1String("was sent, but history could not record it")), qPrintable(err));
        QCOMPARE(err.count(QLatin1String("disk is full")), 1);
    }
};

// The full disk is made with a trigger of the file's own dialect.
NETCODE_STORE_TEST_MAIN(TestCliEmail, "anOutcomeThatCannotBeRecordedExitsOne")
#include "tst_cli_email.moc"
