// Emailing a code to its guest end to end: the desk's session (SQLite or the shared store), the
// site's mail settings, the password in the keychain, a real SMTP server on 127.0.0.1 — what the
// guest receives in their language, and every failure recorded on the row with its own words,
// the code untouched.
#include "AppSession.h"
#include "CodelocksSimulator.h"
#include "GuestMail.h"
#include "GuestMailService.h"
#include "HistoryMailColumn.h"
#include "HistoryRepository.h"
#include "Migrations.h"
#include "RequestLedger.h"
#include "MailAttemptRepository.h"
#include "SecretStore.h"
#include "SmtpTestServer.h"
#include "TestStore.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QtTest>

namespace {
const QString kApiKey = QStringLiteral("AbCdEfGhIj0123456789KlMnOpQrSt0123456789");
const QDateTime kNow = QDateTime(QDate(2027, 1, 14), QTime(12, 30), QTimeZone::utc());

HistoryEntry sampleEntry(const QString& guest, const QString& code, const QDateTime& issuedAt)
{
    HistoryEntry e;
    e.issuedAtUtc = issuedAt;
    e.issuedBy = QStringLiteral("sam");
    e.lockName = QStringLiteral("Room 101");
    e.lockModel = QStringLiteral("KL1060G3");
    e.mode = QStringLiteral("standard");
    e.durationId = 2;
    e.durationLabel = QStringLiteral("3 hours");
    e.startSent = QStringLiteral("2027-01-14 14:00");
    e.windowStartUtc = QDateTime(QDate(2027, 1, 14), QTime(14, 0), QTimeZone::utc());
    e.windowEndUtc = QDateTime(QDate(2027, 1, 14), QTime(17, 0), QTimeZone::utc());
    e.code = code;
    e.guestName = guest;
    e.room = QStringLiteral("101");
    e.source = HistoryEntry::Source::Api;
    return e;
}

QJsonObject summary(const QString& emlFile)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(NETCODE_EML_SUMMARY), emlFile});
    if (!python.waitForFinished(20000) || python.exitCode() != 0)
        qWarning("eml_summary: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}
} // namespace

class TestGuestMail final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CodelocksSimulator m_service;

    // A desk with a live API key (never asked here), its own keychain and a fixed clock.
    struct Desk {
        MemorySecretStore secrets;
        FixedClock clock{kNow};
        AppSession session;
    };

    std::unique_ptr<Desk> startDesk()
    {
        static int made = 0;
        QString error;
        const QString store = TestStore::fresh(m_dir, QStringLiteral("mail-%1.sqlite").arg(++made), &error);
        if (store.isEmpty()) {
            qWarning("no fresh store: %s", qPrintable(error));
            return nullptr;
        }
        auto desk = std::make_unique<Desk>();
        AppSession::Options options;
        options.databasePath = store;
        options.settingsPath = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(made));
        options.apiKey = kApiKey;
        options.apiUrl = m_service.baseUrl();
        options.secrets = &desk->secrets;
        options.clock = &desk->clock;
        if (!desk->session.start(options, &error)) {
            qWarning("the desk did not start: %s", qPrintable(error));
            return nullptr;
        }
        return desk;
    }

    static bool configure(Desk& desk, const MailServer& server, const QString& password)
    {
        QString error;
        if (!desk.session.site().setMailServer(server, QStringLiteral("manager"), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        bool written = false;
        desk.secrets.write(GuestMailService::passwordKey(), password, &desk.session,
                           [&written](bool, const QString&) { written = true; });
        return QTest::qWaitFor([&written] { return written; }, 5000);
    }

    static SlipDetails details(const HistoryEntry& entry, const QString& language)
    {
        SlipDetails d;
        d.entry = entry;
        d.propertyName = QStringLiteral("Hotel Müller");
        d.helpPhone = QStringLiteral("+44 20 7946 0000");
        d.deskZone = QTimeZone("Europe/London");
        d.language = language;
        return d;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_service.start());
    }

    void emailsTheCodeInTheGuestsLanguageWithTheSlip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subjectStart");
        QTest::addColumn<QString>("codeLine");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Ihr Zugangscode für Room 101")
                            << QStringLiteral("Ihr Code für");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Votre code d'accès pour Room 101")
                            << QStringLiteral("Votre code pour");
    }

    void emailsTheCodeInTheGuestsLanguageWithTheSlip()
    {
        QFETCH(QString, language);
        QFETCH(QString, subjectStart);
        QFETCH(QString, codeLine);
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        auto desk = startDesk();
        QVERIFY(desk);
        GuestMailService& mail = desk->session.mail();
        QVERIFY(!mail.isConfigured()); // mailto: until a manager sets a server
        QVERIFY(configure(*desk, smtp.server(), smtp.password()));
        QVERIFY(mail.isConfigured());
        QCOMPARE(mail.server().port, smtp.port());

        HistoryEntry entry = sampleEntry(QStringLiteral("Amélie Groß"), QStringLiteral("1234567"), kNow);
        QVERIFY(desk->session.history().add(&entry));
        QSignalSpy finished(&mail, &GuestMailService::finished);
        QString error;
        QVERIFY2(mail.send(entry.id, details(entry, language), QStringLiteral("guest@example.org"), true,
                           QStringLiteral("sam"), &error),
                 qPrintable(error));
        // The window is not kept waiting: the send is on its way, not done.
        QCOMPARE(mail.pending(), 1);
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(mail.pending(), 0);
        QCOMPARE(finished.first().at(0).toLongLong(), entry.id);
        const MailAttempt attempt = finished.first().at(1).value<MailAttempt>();
        QVERIFY2(attempt.delivered(), qPrintable(attempt.detail));
        QVERIFY(attempt.id > 0);
        QVERIFY(finished.first().at(2).toString().isEmpty());

        MailAttemptRepository attempts(desk->session.database().connection());
        const QList<MailAttempt> recorded = attempts.forHistory(entry.id);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().recipient, QStringLiteral("guest@example.org"));
        QCOMPARE(recorded.first().attemptedBy, QStringLiteral("sam"));
        QCOMPARE(recorded.first().attemptedAtUtc, kNow);
        QCOMPARE(recorded.first().outcome, MailAttempt::Outcome::Delivered);
        QVERIFY(recorded.first().summary().contains(QLatin1String("guest@example.org")));

        QCOMPARE(smtp.messageFiles().size(), 1);
        const QByteArray raw = smtp.messages().first();
        QVERIFY(!raw.contains(kApiKey.toUtf8()));
        QVERIFY(!raw.contains(kApiKey.toUtf8().toBase64()));
        QVERIFY(!raw.contains(smtp.password().toUtf8()));
        const QJsonObject parsed = summary(smtp.messageFiles().first());
        const QJsonObject headers = parsed.value(QLatin1String("headers")).toObject();
        QVERIFY2(headers.value(QLatin1String("Subject")).toString().startsWith(subjectStart),
                 qPrintable(headers.value(QLatin1String("Subject")).toString()));
        QVERIFY(headers.value(QLatin1String("Subject")).toString().contains(QStringLiteral("Hotel Müller")));
        QCOMPARE(headers.value(QLatin1String("To")).toString(), QStringLiteral("Amélie Groß <guest@example.org>"));
        const QString plain = parsed.value(QLatin1String("plain")).toString();
        QVERIFY2(plain.contains(codeLine) && plain.contains(QStringLiteral("123 4567")), qPrintable(plain));
        QVERIFY(plain.contains(QStringLiteral("Amélie Groß")));
        const QString html = parsed.value(QLatin1String("html")).toString();
        QVERIFY2(html.contains(codeLine) && html.contains(QStringLiteral("123 4567")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("lang=\"%1\"").arg(language)));
        const QJsonArray files = parsed.value(QLatin1String("attachments")).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().toObject().value(QLatin1String("filename")).toString(), QStringLiteral("netcode-slip-101.pdf"));
        QVERIFY(QByteArray::fromBase64(files.first().toObject().value(QLatin1String("start")).toString().toLatin1())
                    .startsWith("%PDF"));
        QVERIFY(files.first().toObject().value(QLatin1String("size")).toInt() > 1000);
    }

    void everyFailureIsRecordedInItsOwnWords_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("says");
        const int refused = int(MailAttempt::Outcome::Refused);
        const int failed = int(MailAttempt::Outcome::Failed);
        QTest::newRow("wrong password") << "password" << "guest@example.org" << refused << "user name or password";
        QTest::newRow("no encryption") << "none" << "guest@example.org" << failed << "does not offer an encrypted connection";
        QTest::newRow("untrusted") << "untrusted" << "guest@example.org" << failed << "not trusted";
        QTest::newRow("server down") << "down" << "guest@example.org" << failed << "could not be reached";
        QTest::newRow("rejected") << "reject" << "nobody@example.org" << refused << "refused the address nobody@example.org";
        QTest::newRow("invalid") << "" << "guest@example.org\nBcc: x@example.org" << failed << "line break";
        QTest::newRow("slow") << "slow" << "guest@example.org" << failed << "did not answer in time";
        // STARTTLS set against a port that speaks TLS from the first byte: no greeting ever comes.
        QTest::newRow("starttls to a tls port") << "tlsport" << "guest@example.org" << failed
                                                << "Check the security setting and the port";
    }

    void everyFailureIsRecordedInItsOwnWords()
    {
        QFETCH(QString, fault);
        QFETCH(QString, address);
        QFETCH(int, outcome);
        QFETCH(QString, says);
        SmtpTestServer smtp;
        SmtpTestServer::Options options;
        if (fault == QLatin1String("none"))
            options.security = QStringLiteral("none");
        if (fault == QLatin1String("reject"))
            options.rejected = {QStringLiteral("nobody@example.org")};
        if (fault == QLatin1String("slow"))
            options.slowSeconds = 8;
        if (fault == QLatin1String("tlsport"))
            options.security = QStringLiteral("tls");
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        MailServer server = smtp.server();
        QString password = smtp.password();
        if (fault == QLatin1String("password"))
            password = QStringLiteral("wrong-password-77");
        if (fault == QLatin1String("untrusted"))
            server.trustedCertificatesPem.clear();
        if (fault == QLatin1String("slow"))
            server.responseTimeoutSeconds = 2;
        if (fault == QLatin1String("tlsport")) {
            server.security = MailServer::Security::StartTls;
            server.connectTimeoutSeconds = 2;
            server.responseTimeoutSeconds = 2;
        }
        if (fault == QLatin1String("down"))
            smtp.stop();

        auto desk = startDesk();
        QVERIFY(desk);
        QVERIFY(configure(*desk, server, password));
        HistoryEntry entry = sampleEntry(QStringLiteral("Ana"), QStringLiteral("7654321"), kNow);
        QVERIFY(desk->session.history().add(&entry));
        HistoryEntry before;
        QVERIFY(desk->session.history().find(entry.id, &before));

        GuestMailService& mail = desk->session.mail();
        if (fault == QLatin1String("slow"))
            mail.setResponseTimeoutSeconds(2);
        QSignalSpy finished(&mail, &GuestMailService::finished);
        QVERIFY(mail.send(entry.id, details(entry, QStringLiteral("en")), address, false, QStringLiteral("sam")));
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const MailAttempt attempt = finished.first().at(1).value<MailAttempt>();
        QCOMPARE(int(attempt.outcome), outcome);
        QVERIFY2(attempt.detail.contains(says), qPrintable(attempt.detail));
        QVERIFY(!attempt.detail.contains(password));
        QVERIFY(!attempt.detail.contains(kApiKey));
        QVERIFY(attempt.id > 0);
        QVERIFY(!attempt.recipient.contains(QLatin1Char('\n')));

        MailAttemptRepository attempts(desk->session.database().connection());
        QCOMPARE(attempts.forHistory(entry.id).size(), 1);
        QCOMPARE(attempts.failedSince(kNow.addSecs(-3600)).size(), 1);
        QVERIFY(smtp.messageFiles().isEmpty());
        // The code is still there, unchanged: only the attempt was added.
        HistoryEntry after;
        QVERIFY(desk->session.history().find(entry.id, &after));
        QCOMPARE(after.code, before.code);
        QCOMPARE(after.outcome, before.outcome);
        QCOMPARE(after.failureText, before.failureText);
        QCOMPARE(after.printCount, before.printCount);
    }

    void aFailedEmailCanBeSentAgain()
    {
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        auto desk = startDesk();
        QVERIFY(desk);
        QVERIFY(configure(*desk, smtp.server(), QStringLiteral("typo")));
        HistoryEntry entry = sampleEntry(QStringLiteral("Ana"), QStringLiteral("7654321"), kNow);
        QVERIFY(desk->session.history().add(&entry));
        HistoryEntry other = sampleEntry(QStringLiteral("Ben"), QStringLiteral("1111111"), kNow);
        QVERIFY(desk->session.history().add(&other));
        GuestMailService& mail = desk->session.mail();
        QSignalSpy finished(&mail, &GuestMailService::finished);

        QVERIFY(mail.send(entry.id, details(entry, QString()), QStringLiteral("ana@example.org"), false, QStringLiteral("sam")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.last().at(1).value<MailAttempt>().outcome, MailAttempt::Outcome::Refused);
        MailAttemptRepository attempts(desk->session.database().connection());
        QCOMPARE(attempts.failedSince(kNow.addSecs(-60)).size(), 1);

        // The manager corrects the password; the desk sends again (a retry is a new attempt).
        QVERIFY(configure(*desk, smtp.server(), smtp.password()));
        desk->clock.advanceSecs(120);
        QVERIFY(mail.send(entry.id, details(entry, QString()), QStringLiteral("ana@example.org"), false, QStringLiteral("kim")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY(finished.last().at(1).value<MailAttempt>().delivered());

        const QList<MailAttempt> both = attempts.forHistory(entry.id);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).outcome, MailAttempt::Outcome::Refused);
        QCOMPARE(both.at(1).outcome, MailAttempt::Outcome::Delivered);
        QCOMPARE(both.at(1).attemptedBy, QStringLiteral("kim"));
        const QHash<qint64, MailAttempt> latest = attempts.latestFor({entry.id, other.id});
        QCOMPARE(latest.size(), 1); // `other` was never emailed
        QCOMPARE(latest.value(entry.id).outcome, MailAttempt::Outcome::Delivered);
        // Sent after all: no longer on the day's list of emails that did not go.
        QVERIFY(attempts.failedSince(kNow.addSecs(-60)).isEmpty());
        QCOMPARE(smtp.messageFiles().size(), 1);
    }

    // Sent again later (History, Try again), an email keeps the language the guest was first
    // written to in, while the desk itself works in English; a row whose emails' language is not
    // known (emailed before it was kept) is sent as a first email would be.
    void sendingAgainKeepsTheGuestsLanguage()
    {
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        auto desk = startDesk();
        QVERIFY(desk);
        QVERIFY(configure(*desk, smtp.server(), smtp.password()));
        GuestMailService& mail = desk->session.mail();
        HistoryEntry entry = sampleEntry(QStringLiteral("Jürgen"), QStringLiteral("1234567"), kNow);
        QVERIFY(desk->session.history().add(&entry));
        // The desk's own language: English.
        const QString deskSubject = GuestMail::compose(details(entry, QString()), QStringLiteral("j@example.org"), false).subject;
        QVERIFY2(deskSubject.startsWith(QLatin1String("Your")), qPrintable(deskSubject));
        QCOMPARE(mail.lastLanguage(entry.id), QString());
        QSignalSpy finished(&mail, &GuestMailService::finished);

        QVERIFY(mail.send(entry.id, details(entry, QStringLiteral("de")), QStringLiteral("j@example.org"), false,
                          QStringLiteral("sam")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.last().at(1).value<MailAttempt>().delivered());
        QCOMPARE(finished.last().at(1).value<MailAttempt>().language, QStringLiteral("de"));
        QCOMPARE(mail.lastLanguage(entry.id), QStringLiteral("de"));

        // Later, from History: the desk would pick its own language for the slip now.
        desk->clock.advanceSecs(3600);
        QString error;
        QVERIFY2(mail.sendAgain(entry.id, details(entry, QString()), QStringLiteral("j@example.org"), false,
                                QStringLiteral("kim"), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        const MailAttempt resent = finished.last().at(1).value<MailAttempt>();
        QVERIFY2(resent.delivered(), qPrintable(resent.detail));
        QCOMPARE(resent.language, QStringLiteral("de"));
        QCOMPARE(smtp.messageFiles().size(), 2);
        for (const QString& file : smtp.messageFiles()) {
            const QJsonObject received = summary(file);
            const QString subject = received.value(QLatin1String("headers")).toObject().value(QLatin1String("Subject")).toString();
            QVERIFY2(subject.startsWith(QStringLiteral("Ihr Zugangscode für Room 101")), qPrintable(subject));
            QVERIFY(received.value(QLatin1String("html")).toString().contains(QLatin1String("lang=\"de\"")));
            QVERIFY(received.value(QLatin1String("plain")).toString().contains(QStringLiteral("Ihr Code für")));
        }
        const QList<MailAttempt> recorded = MailAttemptRepository(desk->session.database().connection()).forHistory(entry.id);
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded.at(0).language, QStringLiteral("de"));
        QCOMPARE(recorded.at(1).language, QStringLiteral("de"));
        QCOMPARE(recorded.at(1).attemptedBy, QStringLiteral("kim"));

        // Emailed before the language was kept: sent as a first email would be (here in French,
        // the slip's language), and from then on the language is known.
        HistoryEntry older = sampleEntry(QStringLiteral("Zoë"), QStringLiteral("7654321"), kNow);
        QVERIFY(desk->session.history().add(&older));
        MailAttempt unknown;
        unknown.historyId = older.id;
        unknown.recipient = QStringLiteral("z@example.org");
        unknown.attemptedAtUtc = kNow;
        unknown.outcome = MailAttempt::Outcome::Delivered;
        QVERIFY(MailAttemptRepository(desk->session.database().connection()).record(&unknown));
        QCOMPARE(mail.lastLanguage(older.id), QString());
        QVERIFY(mail.sendAgain(older.id, details(older, QStringLiteral("fr")), QStringLiteral("z@example.org"), false,
                               QStringLiteral("kim")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QCOMPARE(finished.last().at(1).value<MailAttempt>().language, QStringLiteral("fr"));
        QCOMPARE(smtp.messageFiles().size(), 3);
        QVERIFY(summary(smtp.messageFiles().constLast()).value(QLatin1String("headers")).toObject()
                    .value(QLatin1String("Subject")).toString().startsWith(QStringLiteral("Votre code d'accès pour Room 101")));
        // Nothing asked and nothing known: the desk's language, recorded by its name.
        HistoryEntry plain = sampleEntry(QStringLiteral("Ola"), QStringLiteral("1111111"), kNow);
        QVERIFY(desk->session.history().add(&plain));
        QVERIFY(mail.sendAgain(plain.id, details(plain, QString()), QStringLiteral("o@example.org"), false, QStringLiteral("kim")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
        QCOMPARE(finished.last().at(1).value<MailAttempt>().language, QStringLiteral("en"));
        QTRY_COMPARE(smtp.messageFiles().size(), 4);
        QVERIFY(summary(smtp.messageFiles().constLast()).value(QLatin1String("headers")).toObject()
                    .value(QLatin1String("Subject")).toString().startsWith(QLatin1String("Your")));
    }

    void attemptsGoWithTheirRowWhenRetentionDeletesIt()
    {
        auto desk = startDesk();
        QVERIFY(desk);
        HistoryEntry old = sampleEntry(QStringLiteral("Old"), QStringLiteral("2222222"), kNow.addDays(-400));
        QVERIFY(desk->session.history().add(&old));
        HistoryEntry recent = sampleEntry(QStringLiteral("New"), QStringLiteral("3333333"), kNow);
        QVERIFY(desk->session.history().add(&recent));
        MailAttemptRepository attempts(desk->session.database().connection());
        for (const qint64 id : {old.id, old.id, recent.id}) {
            MailAttempt attempt;
            attempt.historyId = id;
            attempt.recipient = QStringLiteral("g@example.org");
            attempt.attemptedAtUtc = kNow;
            attempt.outcome = MailAttempt::Outcome::Failed;
            attempt.detail = QStringLiteral("test"); // attemptedBy left null: written as empty
            QVERIFY2(attempts.record(&attempt), qPrintable(attempts.errorText()));
        }
        QCOMPARE(desk->session.history().removeIssuedBefore(kNow.addDays(-365)), 1);
        QVERIFY(attempts.forHistory(old.id).isEmpty());
        QCOMPARE(attempts.forHistory(recent.id).size(), 1);
        QSqlQuery count(desk->session.database().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM mail_attempts")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        // An attempt names a row that exists.
        MailAttempt orphan;
        orphan.historyId = 987654;
        orphan.recipient = QStringLiteral("g@example.org");
        orphan.attemptedAtUtc = kNow;
        QVERIFY(!attempts.record(&orphan));
        QVERIFY(!attempts.errorText().isEmpty());
    }

    void withoutAServerOrACodeNothingIsStarted()
    {
        auto desk = startDesk();
        QVERIFY(desk);
        GuestMailService& mail = desk->session.mail();
        HistoryEntry entry = sampleEntry(QStringLiteral("Ana"), QStringLiteral("7654321"), kNow);
        QVERIFY(desk->session.history().add(&entry));
        QString error;
        QVERIFY(!mail.send(entry.id, details(entry, QString()), QStringLiteral("ana@example.org"), false, QString(), &error));
        QVERIFY2(error.contains(QLatin1String("Settings")), qPrintable(error));
        QCOMPARE(mail.pending(), 0);

        MailServer server;
        server.host = QStringLiteral("127.0.0.1");
        server.fromAddress = QStringLiteral("desk@hotel.example");
        QVERIFY(configure(*desk, server, QString()));
        HistoryEntry failed = sampleEntry(QStringLiteral("Ana"), QString(), kNow);
        failed.outcome = HistoryEntry::Outcome::Failed;
        QVERIFY(desk->session.history().add(&failed));
        QVERIFY(!mail.send(failed.id, details(failed, QString()), QStringLiteral("ana@example.org"), false, QString(), &error));
        QVERIFY(error.contains(QLatin1String("no code")));
        QVERIFY(MailAttemptRepository(desk->session.database().connection()).forHistory(failed.id).isEmpty());
    }

    void theSettingsTestEmailUsesTheTypedSettings()
    {
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        auto desk = startDesk();
        QVERIFY(desk);
        GuestMailService& mail = desk->session.mail();
        QSignalSpy tested(&mail, &GuestMailService::testFinished);
        mail.sendTest(smtp.server(), smtp.password(), QStringLiteral("manager@example.org"));
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 30000);
        const MailResult result = tested.first().at(0).value<MailResult>();
        QVERIFY2(result.delivered(), qPrintable(result.message));
        QCOMPARE(smtp.messageFiles().size(), 1);
        QVERIFY(!mail.isConfigured()); // a test saves nothing

        mail.sendTest(smtp.server(), QStringLiteral("nope"), QStringLiteral("manager@example.org"));
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 30000);
        QCOMPARE(tested.last().at(0).value<MailResult>().outcome, MailResult::Outcome::Refused);
        mail.sendTest(smtp.server(), smtp.password(), QStringLiteral("not an address"));
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 3, 5000);
        QCOMPARE(tested.last().at(0).value<MailResult>().outcome, MailResult::Outcome::Failed);
        QCOMPARE(smtp.messageFiles().size(), 1);
    }

    // A send is on the record before anything reaches the server: while it is on its way, History
    // reads "Sending…"; a second send to the same row is refused by the service (from this desk)
    // and by the store (another desk or program); the guest gets one email.
    void oneRowIsNeverEmailedTwiceAtOnce()
    {
        SmtpTestServer::Options options;
        options.slowDataSeconds = 2; // the message is stored, its reply held a moment
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        auto desk = startDesk();
        QVERIFY(desk);
        QVERIFY(configure(*desk, smtp.server(), smtp.password()));
        HistoryEntry entry = sampleEntry(QStringLiteral("Ana"), QStringLiteral("7654321"), kNow);
        QVERIFY(desk->session.history().add(&entry));
        GuestMailService& mail = desk->session.mail();
        QSignalSpy finished(&mail, &GuestMailService::finished);
        QSignalSpy sending(&mail, &GuestMailService::sendingChanged);
        QVERIFY(mail.send(entry.id, details(entry, QString()), QStringLiteral("ana@example.org"), false, QStringLiteral("sam")));
        QVERIFY(mail.isSending(entry.id));
        QString error;
        QVERIFY(!mail.send(entry.id, details(entry, QString()), QStringLiteral("ana@example.org"), false,
                           QStringLiteral("kim"), &error));
        QVERIFY2(error.contains(QLatin1String("already being sent")), qPrintable(error));
        QCOMPARE(mail.pending(), 1);
        // Another program on the same store (a second service here) reads the send off the record
        // and says it is another desk's or program's.
        {
            GuestMailService elsewhere(desk->session.site(), desk->secrets, desk->session.database().connection(),
                                       desk->clock);
            QTRY_VERIFY(mail.isSending(entry.id) && !sending.isEmpty());
            error.clear();
            QVERIFY(!elsewhere.send(entry.id, details(entry, QString()), QStringLiteral("ana@example.org"), false,
                                    QStringLiteral("kim"), &error));
            QVERIFY2(error.contains(QLatin1String("from another desk or program")), qPrintable(error));
            QCOMPARE(elsewhere.pending(), 0);
        }

        // Recorded as sending before the server has the message.
        QTRY_VERIFY(!sending.isEmpty());
        MailAttemptRepository attempts(desk->session.database().connection());
        QList<MailAttempt> recorded = attempts.forHistory(entry.id, kNow);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().outcome, MailAttempt::Outcome::Sending);
        QCOMPARE(recorded.first().sender, RequestLedger::ownerForThisProcess());
        QVERIFY(recorded.first().leaseUntilUtc > kNow);
        const MailRowState state = attempts.statesFor({entry.id}, kNow).value(entry.id);
        QCOMPARE(HistoryMailColumn::word(state), QStringLiteral("Sending…"));
        // Another program on this computer, or another desk, is turned away by the store itself.
        MailAttempt other;
        other.historyId = entry.id;
        other.recipient = QStringLiteral("ana@example.org");
        other.attemptedAtUtc = kNow;
        other.sender = QStringLiteral("other-desk.example/4242");
        const MailAttemptRepository::Begin second = attempts.begin(other, kNow.addSecs(150), kNow);
        QCOMPARE(second.result, MailAttemptRepository::Begin::Result::BeingSent);
        QCOMPARE(second.attempt.id, recorded.first().id);

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().at(1).value<MailAttempt>().delivered());
        QVERIFY(!mail.isSending(entry.id));
        recorded = attempts.forHistory(entry.id, kNow);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().outcome, MailAttempt::Outcome::Delivered);
        QCOMPARE(recorded.first().attemptedBy, QStringLiteral("sam"));
        QCOMPARE(smtp.messageFiles().size(), 1);
        // Settled: the row can be emailed again.
        QVERIFY(attempts.begin(other, kNow.addSecs(150), kNow).result == MailAttemptRepository::Begin::Result::Started);
    }

    // The rules the store keeps for sends, whoever writes: a send whose process is gone or whose
    // lease is over reads "may have been sent", never "not sent"; an outcome settles one send of
    // its own row, once; nothing is changed afterwards.
    void aSendWithoutItsOutcomeMayHaveBeenSent()
    {
        auto desk = startDesk();
        QVERIFY(desk);
        HistoryEntry entry = sampleEntry(QStringLiteral("Ana"), QStringLiteral("7654321"), kNow);
        QVERIFY(desk->session.history().add(&entry));
        HistoryEntry other = sampleEntry(QStringLiteral("Ben"), QStringLiteral("1111111"), kNow);
        QVERIFY(desk->session.history().add(&other));
        MailAttemptRepository attempts(desk->session.database().connection());

        // A process of this computer that has ended: start one and wait for it.
        QProcess ended;
        ended.start(QStringLiteral("/bin/sleep"), {QStringLiteral("30")});
        QVERIFY(ended.waitForStarted(10000));
        const qint64 endedPid = ended.processId();
        ended.kill();
        QVERIFY(ended.waitForFinished(10000));
        MailAttempt killed;
        killed.historyId = entry.id;
        killed.recipient = QStringLiteral("ana@example.org");
        killed.attemptedAtUtc = kNow;
        killed.attemptedBy = QStringLiteral("sam");
        killed.sender = QSysInfo::machineHostName() + QStringLiteral("/%1").arg(endedPid);
        MailAttemptRepository::Begin begun = attempts.begin(killed, kNow.addSecs(150), kNow);
        QCOMPARE(begun.result, MailAttemptRepository::Begin::Result::Started);
        const MailAttempt killedSend = begun.attempt;
        QList<MailAttempt> read = attempts.forHistory(entry.id, kNow);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().outcome, MailAttempt::Outcome::Unknown);
        QVERIFY2(read.first().detail.contains(QLatin1String("may have reached the guest")), qPrintable(read.first().detail));
        MailRowState state = attempts.statesFor({entry.id}, kNow).value(entry.id);
        QCOMPARE(HistoryMailColumn::word(state), QStringLiteral("May have been sent"));
        // On the watch list, as "may have been sent".
        QList<MailAttempt> worrying = attempts.failedSince(kNow.addSecs(-60), 100, kNow);
        QCOMPARE(worrying.size(), 1);
        QCOMPARE(worrying.first().outcome, MailAttempt::Outcome::Unknown);

        // Another computer's send: live until its lease is over, then unknown.
        MailAttempt remote = killed;
        remote.historyId = other.id;
        remote.sender = QStringLiteral("other-desk.example/4242");
        begun = attempts.begin(remote, kNow.addSecs(150), kNow);
        QCOMPARE(begun.result, MailAttemptRepository::Begin::Result::Started);
        QCOMPARE(attempts.forHistory(other.id, kNow).first().outcome, MailAttempt::Outcome::Sending);
        QVERIFY(attempts.failedSince(kNow.addSecs(-60), 100, kNow).size() == 1); // a send on its way is no worry yet
        QCOMPARE(attempts.forHistory(other.id, kNow.addSecs(151)).first().outcome, MailAttempt::Outcome::Unknown);
        // A late outcome still settles it, once.
        MailAttempt late = begun.attempt;
        late.outcome = MailAttempt::Outcome::Delivered;
        late.detail = QStringLiteral("accepted");
        QVERIFY2(attempts.settle(&late, kNow.addSecs(200)), qPrintable(attempts.errorText()));
        QCOMPARE(attempts.forHistory(other.id, kNow.addSecs(300)).first().outcome, MailAttempt::Outcome::Delivered);
        late.outcome = MailAttempt::Outcome::Failed;
        QVERIFY(!attempts.settle(&late, kNow.addSecs(201)));
        QCOMPARE(attempts.forHistory(other.id, kNow.addSecs(300)).first().outcome, MailAttempt::Outcome::Delivered);
        // An outcome for another row's send, or for an attempt recorded whole, is refused.
        MailAttempt wrongRow = killedSend;
        wrongRow.historyId = other.id;
        wrongRow.outcome = MailAttempt::Outcome::Failed;
        QVERIFY(!attempts.settle(&wrongRow, kNow.addSecs(202)));
        MailAttempt whole;
        whole.historyId = entry.id;
        whole.recipient = QStringLiteral("ana@example.org");
        whole.attemptedAtUtc = kNow;
        whole.outcome = MailAttempt::Outcome::Refused;
        QVERIFY(attempts.record(&whole));
        MailAttempt settleWhole = whole;
        settleWhole.outcome = MailAttempt::Outcome::Delivered;
        QVERIFY(!attempts.settle(&settleWhole, kNow.addSecs(203)));
        // Still append-only: an attempt is never changed (on the shared store the desks' grants
        // say so; tst_store_setup checks them).
        if (!TestStore::isPostgres()) {
            QSqlQuery update(desk->session.database().connection());
            QVERIFY(!update.exec(QStringLiteral("UPDATE mail_attempts SET state = 'settled' WHERE state = 'sending'")));
        }
        QCOMPARE(attempts.forHistory(entry.id, kNow).first().outcome, MailAttempt::Outcome::Unknown);
    }

    // The server stores the message and its reply does not come in time: the guest may well have
    // it, so it is recorded as unknown ("may have been sent"), not as failed.
    void aReplyThatNeverComesIsUnknownNotFailed()
    {
        SmtpTestServer::Options options;
        options.slowDataSeconds = 4;
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        auto desk = startDesk();
        QVERIFY(desk);
        QVERIFY(configure(*desk, smtp.server(), smtp.password()));
        HistoryEntry entry = sampleEntry(QStringLiteral("Ana"), QStringLiteral("7654321"), kNow);
        QVERIFY(desk->session.history().add(&entry));
        GuestMailService& mail = desk->session.mail();
        mail.setResponseTimeoutSeconds(1);
        QSignalSpy finished(&mail, &GuestMailService::finished);
        QVERIFY(mail.send(entry.id, details(entry, QString()), QStringLiteral("ana@example.org"), false, QStringLiteral("sam")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const MailAttempt attempt = finished.first().at(1).value<MailAttempt>();
        QCOMPARE(attempt.outcome, MailAttempt::Outcome::Unknown);
        QVERIFY2(attempt.detail.contains(QLatin1String("may or may not reach the guest")), qPrintable(attempt.detail));
        QCOMPARE(smtp.messageFiles().size(), 1);
        MailAttemptRepository attempts(desk->session.database().connection());
        const QList<MailAttempt> recorded = attempts.forHistory(entry.id, kNow);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().outcome, MailAttempt::Outcome::Unknown);
        QCOMPARE(HistoryMailColumn::word(attempts.statesFor({entry.id}, kNow).value(entry.id)),
                 QStringLiteral("May have been sent"));
    }

    // Quitting without waiting stops the send at once, and what came of it is still recorded.
    void quittingMidSendRecordsWhatCameOfIt()
    {
        SmtpTestServer::Options options;
        options.slowDataSeconds = 20;
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(options), qPrintable(smtp.error()));
        auto desk = startDesk();
        QVERIFY(desk);
        QVERIFY(configure(*desk, smtp.server(), smtp.password()));
        HistoryEntry entry = sampleEntry(QStringLiteral("Ana"), QStringLiteral("7654321"), kNow);
        QVERIFY(desk->session.history().add(&entry));
        GuestMailService& mail = desk->session.mail();
        mail.setResponseTimeoutSeconds(30);
        QSignalSpy finished(&mail, &GuestMailService::finished);
        QVERIFY(mail.send(entry.id, details(entry, QString()), QStringLiteral("ana@example.org"), false, QStringLiteral("sam")));
        QTRY_COMPARE_WITH_TIMEOUT(smtp.messageFiles().size(), 1, 20000); // the server holds its reply now
        mail.stopAndWait();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(mail.pending(), 0);
        QCOMPARE(finished.first().at(1).value<MailAttempt>().outcome, MailAttempt::Outcome::Unknown);
        const QList<MailAttempt> recorded =
            MailAttemptRepository(desk->session.database().connection()).forHistory(entry.id, kNow);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().outcome, MailAttempt::Outcome::Unknown);
        QVERIFY2(recorded.first().detail.contains(QLatin1String("stopped")), qPrintable(recorded.first().detail));
    }

    // The guest has the code by email once any attempt delivered: a later failure does not hide it,
    // and the row is no worry for the watch list.
    void aLaterFailureDoesNotHideAnEarlierDelivery()
    {
        SmtpTestServer smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        auto desk = startDesk();
        QVERIFY(desk);
        QVERIFY(configure(*desk, smtp.server(), smtp.password()));
        HistoryEntry entry = sampleEntry(QStringLiteral("Ana"), QStringLiteral("7654321"), kNow);
        QVERIFY(desk->session.history().add(&entry));
        GuestMailService& mail = desk->session.mail();
        QSignalSpy finished(&mail, &GuestMailService::finished);
        QVERIFY(mail.send(entry.id, details(entry, QString()), QStringLiteral("ana@example.org"), false, QStringLiteral("sam")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.last().at(1).value<MailAttempt>().delivered());
        smtp.stop();
        desk->clock.advanceSecs(60);
        QVERIFY(mail.send(entry.id, details(entry, QString()), QStringLiteral("ana@example.org"), false, QStringLiteral("sam")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.last().at(1).value<MailAttempt>().outcome, MailAttempt::Outcome::Failed);

        MailAttemptRepository attempts(desk->session.database().connection());
        const MailRowState state = attempts.statesFor({entry.id}, desk->clock.nowUtc()).value(entry.id);
        QCOMPARE(state.attempts, 2);
        QCOMPARE(state.latest.outcome, MailAttempt::Outcome::Failed);
        QVERIFY(state.anyDelivered());
        QCOMPARE(HistoryMailColumn::word(state), QStringLiteral("Sent (a later attempt failed)"));
        QVERIFY(attempts.failedSince(kNow.addSecs(-60), 100, desk->clock.nowUtc()).isEmpty());
    }

    // A desk's file from before sends were recorded ahead (schema 10, and 11) keeps its attempts
    // as they were, and takes the new kind after the update.
    void updatingAnOlderFileKeepsItsAttempts_data()
    {
        QTest::addColumn<int>("from");
        QTest::newRow("schema 10") << 10;
        QTest::newRow("schema 11") << 11;
    }

    void updatingAnOlderFileKeepsItsAttempts()
    {
        QFETCH(int, from);
        const QString file = m_dir.filePath(QStringLiteral("old-mail-%1.sqlite").arg(from));
        const QString name = QStringLiteral("old-mail-%1").arg(from);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrations::apply(db, &error, from), qPrintable(error));
            QCOMPARE(Migrations::version(db), from);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO history (id, issued_at_utc, lock_name, lock_model, mode, duration_id, "
                                           "start_sent, window_start_utc, window_end_utc, code, guest_name, source, outcome) "
                                           "VALUES (7, '2027-01-14T10:00:00Z', 'Room 7', 'KL1060G3', 'standard', 2, "
                                           "'2027-01-14 10:00', '2027-01-14T10:00:00Z', '2027-01-14T13:00:00Z', '0123456', "
                                           "'Ana', 'api', 'issued')")),
                     qPrintable(q.lastError().text()));
            for (const char* outcome : {"delivered", "failed"}) {
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO mail_attempts (history_id, recipient, attempted_at_utc, "
                                               "attempted_by, outcome, detail) VALUES (7, 'ana@example.org', "
                                               "'2027-01-14T11:00:00Z', 'sam', '%1', 'then')")
                                    .arg(QLatin1String(outcome))),
                         qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorText()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        MailAttemptRepository attempts(db.connection());
        const QList<MailAttempt> kept = attempts.forHistory(7, kNow);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).outcome, MailAttempt::Outcome::Delivered);
        QCOMPARE(kept.at(1).outcome, MailAttempt::Outcome::Failed);
        QCOMPARE(kept.at(1).detail, QStringLiteral("then"));
        QVERIFY(attempts.statesFor({7}, kNow).value(7).anyDelivered());
        // And the row takes a send recorded ahead now.
        MailAttempt next;
        next.historyId = 7;
        next.recipient = QStringLiteral("ana@example.org");
        next.attemptedAtUtc = kNow;
        next.sender = RequestLedger::ownerForThisProcess();
        MailAttemptRepository::Begin begun = attempts.begin(next, kNow.addSecs(150), kNow);
        QCOMPARE(begun.result, MailAttemptRepository::Begin::Result::Started);
        begun.attempt.outcome = MailAttempt::Outcome::Refused;
        QVERIFY2(attempts.settle(&begun.attempt, kNow), qPrintable(attempts.errorText()));
        QCOMPARE(attempts.forHistory(7, kNow).size(), 3);
    }

    void theSiteSettingsKeepTheMailServer()
    {
        auto desk = startDesk();
        QVERIFY(desk);
        MailServer server;
        server.host = QStringLiteral("mail.hotel.example");
        server.port = 465;
        server.security = MailServer::Security::ImplicitTls;
        server.user = QStringLiteral("desk@hotel.example");
        server.fromName = QStringLiteral("Hotel Müller");
        server.fromAddress = QStringLiteral("desk@hotel.example");
        server.replyTo = QStringLiteral("reception@hotel.example");
        server.trustedCertificatesPem = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----";
        QVERIFY(desk->session.site().setMailServer(server, QStringLiteral("manager")));
        QVERIFY(desk->session.site().reload());
        const MailServer read = desk->session.site().mailServer();
        QCOMPARE(read.host, server.host);
        QCOMPARE(read.port, 465);
        QCOMPARE(read.security, MailServer::Security::ImplicitTls);
        QCOMPARE(read.user, server.user);
        QCOMPARE(read.fromName, server.fromName);
        QCOMPARE(read.fromAddress, server.fromAddress);
        QCOMPARE(read.replyTo, server.replyTo);
        QCOMPARE(read.trustedCertificatesPem, server.trustedCertificatesPem);
        // The password is not a site setting.
        QSqlQuery query(desk->session.database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT key FROM site_settings WHERE key LIKE 'mail/%'")));
        while (query.next())
            QVERIFY(!query.value(0).toString().contains(QLatin1String("password")));
    }
};

NETCODE_STORE_TEST_MAIN_WITH(QApplication, TestGuestMail, "updatingAnOlderFileKeepsItsAttempts")
#include "tst_guest_mail.moc"
