// Setting up a shared store with roles the server enforces, and moving a desk's own file in: on a
// real PostgreSQL, with desk and manager logins that sign in over TCP with passwords.
#include "Database.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "MailAttemptRepository.h"
#include "Migrations.h"
#include "RequestLedger.h"
#include "RequestLog.h"
#include "SharedTestStore.h"
#include "StoreAddress.h"
#include "StoreImport.h"
#include "StoreSetup.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace {
const QDateTime kNow(QDate(2027, 7, 1), QTime(9, 0), QTimeZone::utc());

HistoryEntry request(const QString& key, const QString& lock = QStringLiteral("Room 101"),
                     const QString& start = QStringLiteral("2027-08-01 09:00"))
{
    HistoryEntry e;
    e.issuedAtUtc = kNow;
    e.lockName = lock;
    e.lockModel = QStringLiteral("KL1060G3");
    e.mode = QStringLiteral("standard");
    e.durationId = 3;
    e.startSent = start;
    e.windowStartUtc = kNow;
    e.windowEndUtc = kNow.addSecs(3 * 3600);
    e.source = HistoryEntry::Source::Api;
    e.requestPathId = QStringLiteral("921239");
    e.requestKey = key;
    e.guestName = QStringLiteral("Ana Müller");
    return e;
}

Lock kitLock(const QString& name)
{
    Lock lock;
    lock.name = name;
    lock.model = LockModelId::KL1060G3;
    lock.timecode = QStringLiteral("202604221226");
    lock.lockNumber = QStringLiteral("921239");
    lock.timeZoneId = QStringLiteral("Europe/London");
    return lock;
}

QString databaseOf(const QString& url)
{
    return QUrl(url).path().mid(1);
}

// A login of its own for each test (roles belong to the whole cluster).
QString newLogin(const char* prefix)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(prefix), QUuid::createUuid().toString(QUuid::Id128).left(12));
}

const QString kPassword = QStringLiteral("correct horse 7");

QString tcpUrl(const QString& url, const QString& login)
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(login).arg(SharedTestStore::tcpPort()).arg(databaseOf(url));
}

// Desk B looks for claims whose lease ran out (by its own clock, `now`), as before each claim.
int reapAsDeskB(Database& b, const QDateTime& now)
{
    RequestLedger ledger(b.connection(), QStringLiteral("desk-b/1"));
    return ledger.reapAbandoned(now);
}

QString sqlState(QSqlDatabase db, const QString& statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return QStringLiteral("accepted");
    return query.lastError().nativeErrorCode();
}
} // namespace

class TestStoreSetup final : public QObject {
    Q_OBJECT

    // Sets the store up as the cluster's superuser; `report` tells what changed.
    bool setUp(const QString& url, StoreSetup::InitReport* report, QString* error)
    {
        Database admin;
        Database::StartOptions options;
        options.connectOnly = true;
        if (!admin.open(url, options)) {
            *error = admin.errorText();
            return false;
        }
        QSqlDatabase db = admin.connection();
        return StoreSetup::init(db, report, error);
    }

    // A login with a password, a member of the desk or manager group.
    QString loginWithRole(const QString& url, const char* prefix, StoreSetup::Role role)
    {
        const QString login = newLogin(prefix);
        QString error;
        if (!SharedTestStore::runAsAdmin(QStringLiteral("postgres"),
                                         {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, kPassword)}, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        Database admin;
        Database::StartOptions options;
        options.connectOnly = true;
        if (!admin.open(url, options))
            return {};
        QSqlDatabase db = admin.connection();
        QStringList changes;
        if (!StoreSetup::grant(db, login, role, &changes, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return login;
    }

    // A store set up as `store init` does, holding one lock (Room 101); empty on failure.
    QString storeWithOneLock()
    {
        QString error;
        const QString url = SharedTestStore::newDatabase(&error);
        StoreSetup::InitReport report;
        if (url.isEmpty() || !setUp(url, &report, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        Database admin;
        LockRepository locks(admin.open(url) ? admin.connection() : QSqlDatabase());
        Lock lock = kitLock(QStringLiteral("Room 101"));
        return locks.insert(&lock) ? url : QString();
    }

    bool openAs(Database& db, const QString& url, const QString& login)
    {
        Database::StartOptions options;
        options.password = kPassword;
        return db.open(tcpUrl(url, login), options);
    }

    // The shared store at `url`, opened, with the desk file `file` moved into it; false with
    // `error` when either fails.
    static bool openAndMoveIn(Database& store, const QString& url, const QString& file, StoreImport::Report* moved,
                              QString* error)
    {
        if (!store.open(url)) {
            *error = store.errorText();
            return false;
        }
        QSqlDatabase target = store.connection();
        return StoreImport::importSqlite(file, target, {}, moved, error);
    }

private slots:
    void aBadAddressNeverShowsItsPassword()
    {
        StoreAddress address;
        QString error;
        QVERIFY(!StoreAddress::parse(QStringLiteral("postgresql://desk1:my secret@127.0.0.1:5432/site"), &address, &error));
        QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
        Database db;
        QVERIFY(!db.open(QStringLiteral("postgresql://desk1:my secret@127.0.0.1:5432/site")));
        QVERIFY2(!db.errorText().contains(QLatin1String("secret")), qPrintable(db.errorText()));
    }

    void setUpTwiceChangesNothingTheSecondTime()
    {
        NEW_SHARED_DATABASE(url);
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        QCOMPARE(report.versionBefore, 0);
        QCOMPARE(report.versionAfter, Migrations::latestVersion());
        QVERIFY(!report.identity.isEmpty());
        QVERIFY(report.changes.join(QLatin1Char('\n')).contains(QLatin1String("schema netcode")));

        StoreSetup::InitReport again;
        QVERIFY2(setUp(url, &again, &error), qPrintable(error));
        QVERIFY2(again.changes.isEmpty(), qPrintable(again.changes.join(QLatin1Char('\n'))));
        QCOMPARE(again.identity, report.identity);

        // Everything belongs to the owner role, whoever ran the setup.
        Database admin;
        QVERIFY2(admin.open(url), qPrintable(admin.errorText()));
        QSqlQuery query(admin.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FILTER (WHERE tableowner <> 'netcode_owner'), count(*) FROM pg_tables "
                                          "WHERE schemaname = 'netcode'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.value(1).toInt() >= 8);
        QVERIFY(query.exec(QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'netcode'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("netcode_owner"));
    }

    void aStoreMadeWithoutRolesIsHandedToTheOwner()
    {
        NEW_SHARED_DATABASE(url);
        {
            Database::StartOptions creating;
            creating.createStore = true;
            Database plain;
            QVERIFY2(plain.open(url, creating), qPrintable(plain.errorText()));
        }
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        QVERIFY(report.changes.join(QLatin1Char('\n')).contains(QLatin1String("to netcode_owner")));
        const QString desk = loginWithRole(url, "desk", StoreSetup::Role::Desk);
        Database db;
        QVERIFY2(openAs(db, url, desk), qPrintable(db.errorText()));
        QCOMPARE(sqlState(db.connection(), QStringLiteral("DELETE FROM history")), QStringLiteral("42501"));
    }

    // A store whose codes were emailed at schema 10, before the language of an email was kept:
    // store init updates it, the old attempts read as "language not known", and a desk login
    // records an attempt with its language but still cannot change one.
    void aVersion10StoreKeepsItsEmailsAndLearnsTheirLanguage()
    {
        NEW_SHARED_DATABASE(url);
        qint64 historyId = 0;
        {
            Database plain;
            Database::StartOptions options;
            options.connectOnly = true;
            QVERIFY2(plain.open(url, options), qPrintable(plain.errorText()));
            QSqlDatabase db = plain.connection();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA netcode")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE netcode.schema_version (version INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO netcode.schema_version (version) VALUES (0)")));
            QString error;
            QVERIFY2(Migrations::apply(db, &error, 10), qPrintable(error));
            QCOMPARE(Migrations::version(db), 10);
            HistoryRepository history(db);
            HistoryEntry issued = request(QStringLiteral("k10"));
            issued.outcome = HistoryEntry::Outcome::Issued;
            issued.code = QStringLiteral("7830719");
            QVERIFY2(history.add(&issued), qPrintable(history.errorText()));
            historyId = issued.id;
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO mail_attempts (history_id, recipient, attempted_at_utc, attempted_by, "
                                           "outcome, detail) VALUES (%1, 'ana@example.org', '2027-07-01T09:05:00Z', 'sam', "
                                           "'delivered', '')")
                                .arg(historyId)),
                     qPrintable(q.lastError().text()));
        }
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        QCOMPARE(report.versionBefore, 10);
        QCOMPARE(report.versionAfter, Migrations::latestVersion());

        const QString desk = loginWithRole(url, "desk", StoreSetup::Role::Desk);
        QVERIFY(!desk.isEmpty());
        Database db;
        QVERIFY2(openAs(db, url, desk), qPrintable(db.errorText()));
        MailAttemptRepository attempts(db.connection());
        const QList<MailAttempt> old = attempts.forHistory(historyId);
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().recipient, QStringLiteral("ana@example.org"));
        QVERIFY(old.first().language.isEmpty());
        MailAttempt again;
        again.historyId = historyId;
        again.recipient = QStringLiteral("ana@example.org");
        again.attemptedAtUtc = kNow;
        again.attemptedBy = QStringLiteral("kim");
        again.outcome = MailAttempt::Outcome::Delivered;
        again.language = QStringLiteral("de");
        QVERIFY2(attempts.record(&again), qPrintable(attempts.errorText()));
        QCOMPARE(attempts.latestFor({historyId}).value(historyId).language, QStringLiteral("de"));
        // Added, never changed: not its language either.
        QCOMPARE(sqlState(db.connection(), QStringLiteral("UPDATE mail_attempts SET language = 'fr'")), QStringLiteral("42501"));
        QCOMPARE(sqlState(db.connection(), QStringLiteral("DELETE FROM mail_attempts")), QStringLiteral("42501"));
        QCOMPARE(attempts.forHistory(historyId).size(), 2);
        QCOMPARE(attempts.forHistory(historyId).constLast().language, QStringLiteral("de"));
    }

    void aNewerOrForeignStoreIsRefused()
    {
        NEW_SHARED_DATABASE(url);
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        QVERIFY(SharedTestStore::runAsAdmin(databaseOf(url), {QStringLiteral("UPDATE netcode.schema_version SET version = 99")},
                                            &error));
        QVERIFY(!setUp(url, &report, &error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));

        NEW_SHARED_DATABASE(foreign);
        QVERIFY(SharedTestStore::runAsAdmin(databaseOf(foreign),
                                            {QStringLiteral("CREATE SCHEMA netcode"), QStringLiteral("CREATE TABLE netcode.t (a int)")},
                                            &error));
        QVERIFY(!setUp(foreign, &report, &error));
        QVERIFY2(error.contains(QLatin1String("did not make")), qPrintable(error));
    }

    void aLoginThatMayNotCreateRolesIsToldWhatToDo()
    {
        NEW_SHARED_DATABASE(url);
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        const QString desk = loginWithRole(url, "desk", StoreSetup::Role::Desk);
        QVERIFY(!desk.isEmpty());
        Database db;
        Database::StartOptions options;
        options.password = kPassword;
        options.connectOnly = true;
        QVERIFY2(db.open(tcpUrl(url, desk), options), qPrintable(db.errorText()));
        QSqlDatabase connection = db.connection();
        QVERIFY(!StoreSetup::init(connection, &report, &error));
        QVERIFY2(error.contains(QLatin1String("may not create roles")) && error.contains(QLatin1String("sudo -u postgres")),
                 qPrintable(error));
        QStringList changes;
        QVERIFY(!StoreSetup::grant(connection, desk, StoreSetup::Role::Manager, &changes, &error));
        QVERIFY2(error.contains(QLatin1String("may not change who belongs")), qPrintable(error));
    }

    void aCreateRoleLoginMaySetUp()
    {
        NEW_SHARED_DATABASE(url);
        const QString admin = newLogin("admin");
        QString error;
        QVERIFY2(SharedTestStore::runAsAdmin(QStringLiteral("postgres"),
                                             {QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(admin, kPassword),
                                              QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(databaseOf(url), admin)},
                                             &error),
                 qPrintable(error));
        Database db;
        Database::StartOptions options;
        options.password = kPassword;
        options.connectOnly = true;
        QVERIFY2(db.open(tcpUrl(url, admin), options), qPrintable(db.errorText()));
        QSqlDatabase connection = db.connection();
        StoreSetup::InitReport report;
        QVERIFY2(StoreSetup::init(connection, &report, &error), qPrintable(error));
        QCOMPARE(report.versionAfter, Migrations::latestVersion());
        StoreSetup::Status status;
        QVERIFY(StoreSetup::status(connection, &status, &error));
        QCOMPARE(status.login, admin);
        QCOMPARE(status.role, QStringLiteral("owner"));
    }

    void aDeskLoginDoesTheDailyJob()
    {
        const QString url = storeWithOneLock();
        QVERIFY(!url.isEmpty());
        QString error;
        const QString desk = loginWithRole(url, "desk", StoreSetup::Role::Desk);
        QVERIFY(!desk.isEmpty());
        Database db;
        QVERIFY2(openAs(db, url, desk), qPrintable(db.errorText()));
        QSqlDatabase connection = db.connection();
        StoreSetup::Status status;
        QVERIFY(StoreSetup::status(connection, &status, &error));
        QCOMPARE(status.role, QStringLiteral("desk"));
        QCOMPARE(status.version, Migrations::latestVersion());

        // Issue: claim, sent, answered; a failure; an abandoned claim in doubt, asked again.
        RequestLedger ledger(connection, QStringLiteral("desk-a/1"));
        const QStringList api{QStringLiteral("api")};
        const RequestLedger::Claim claim = ledger.claim(request(QStringLiteral("k1")), api, kNow, 60000);
        QCOMPARE(claim.result, RequestLedger::Claim::Result::Claimed);
        QVERIFY(ledger.renewLease(claim.row.id, kNow.addSecs(120)));
        ledger.markSent(claim.row.id);
        QVERIFY2(ledger.recordAnswer(claim.row.id, QStringLiteral("7830719"), 200), qPrintable(ledger.errorText()));
        QCOMPARE(ledger.claim(request(QStringLiteral("k1")), api, kNow, 60000).result,
                 RequestLedger::Claim::Result::AlreadyIssued);
        const RequestLedger::Claim failing = ledger.claim(request(QStringLiteral("k2"), QStringLiteral("Room 101"),
                                                                  QStringLiteral("2027-08-02 09:00")),
                                                          api, kNow, 60000);
        QVERIFY(ledger.recordFailure(failing.row.id, QStringLiteral("refused"), 401));
        const RequestLedger::Claim lost = ledger.claim(request(QStringLiteral("k3"), QStringLiteral("Room 101"),
                                                               QStringLiteral("2027-08-03 09:00")),
                                                       api, kNow, 1000);
        QCOMPARE(ledger.reapAbandoned(kNow.addSecs(5)), 1);
        QCOMPARE(ledger.reclaim(lost.row.id, kNow.addSecs(6), 60000).result, RequestLedger::Claim::Result::Claimed);
        // The answer and its lock's last use in one statement, with a desk's grants.
        Lock answered;
        QVERIFY(LockRepository(connection).findByName(QStringLiteral("Room 101"), &answered));
        bool lockMarked = false;
        QVERIFY2(ledger.recordAnswer(lost.row.id, QStringLiteral("5556667"), 200, {answered.id, kNow.addSecs(7)}, &lockMarked),
                 qPrintable(ledger.errorText()));
        QVERIFY(lockMarked);
        QVERIFY(LockRepository(connection).find(answered.id, &answered));
        QCOMPARE(answered.lastUsedUtc, kNow.addSecs(7));
        HistoryEntry settled;
        QVERIFY(ledger.find(lost.row.id, &settled));
        QCOMPARE(settled.code, QStringLiteral("5556667"));
        QCOMPARE(settled.outcome, HistoryEntry::Outcome::Issued);
        {
            // The answer never depends on the lock's mark: where the mark cannot be written, the
            // answer is written alone and the caller is told to mark the lock itself.
            QVERIFY(SharedTestStore::runAsAdmin(databaseOf(url),
                                                {QStringLiteral("REVOKE UPDATE (last_used_utc) ON netcode.locks FROM netcode_desk")},
                                                &error));
            const RequestLedger::Claim next = ledger.claim(request(QStringLiteral("k4"), QStringLiteral("Room 101"),
                                                                   QStringLiteral("2027-08-04 09:00")),
                                                           api, kNow, 60000);
            QCOMPARE(next.result, RequestLedger::Claim::Result::Claimed);
            bool marked = true;
            QVERIFY2(ledger.recordAnswer(next.row.id, QStringLiteral("4445556"), 200, {answered.id, kNow.addSecs(9)}, &marked),
                     qPrintable(ledger.errorText()));
            QVERIFY(!marked);
            QVERIFY(ledger.find(next.row.id, &settled));
            QCOMPARE(settled.code, QStringLiteral("4445556"));
            QVERIFY(LockRepository(connection).find(answered.id, &answered));
            QCOMPARE(answered.lastUsedUtc, kNow.addSecs(7));
            QVERIFY(SharedTestStore::runAsAdmin(databaseOf(url),
                                                {QStringLiteral("GRANT UPDATE (last_used_utc) ON netcode.locks TO netcode_desk")},
                                                &error));
        }
        QVERIFY(RequestLog(connection).add(kNow, QStringLiteral("netcode"), 200, QStringLiteral("issued"), false));

        // Emailing a code: the attempt is added and read back (never changed: see the refusals).
        MailAttemptRepository mail(connection);
        MailAttempt attempt;
        attempt.historyId = claim.row.id;
        attempt.recipient = QStringLiteral("guest@example.org");
        attempt.attemptedAtUtc = kNow;
        attempt.outcome = MailAttempt::Outcome::Delivered;
        attempt.language = QStringLiteral("nl");
        QVERIFY2(mail.record(&attempt), qPrintable(mail.errorText()));
        QCOMPARE(mail.latestFor({claim.row.id}).value(claim.row.id).id, attempt.id);
        QCOMPARE(mail.latestFor({claim.row.id}).value(claim.row.id).language, QStringLiteral("nl"));
        // A send recorded before it goes, and settled by a second row: a desk's INSERT grant is all
        // it takes (nothing is updated); a second outcome for the same send is refused.
        MailAttempt sending = attempt;
        sending.id = 0;
        sending.sender = QStringLiteral("desk-a/1");
        MailAttemptRepository::Begin begun = mail.begin(sending, kNow.addSecs(150), kNow);
        QVERIFY2(begun.result == MailAttemptRepository::Begin::Result::Started, qPrintable(mail.errorText()));
        QCOMPARE(mail.forHistory(claim.row.id, kNow).constLast().outcome, MailAttempt::Outcome::Sending);
        begun.attempt.outcome = MailAttempt::Outcome::Unknown;
        begun.attempt.detail = QStringLiteral("no reply");
        QVERIFY2(mail.settle(&begun.attempt, kNow.addSecs(30)), qPrintable(mail.errorText()));
        QCOMPARE(mail.forHistory(claim.row.id, kNow).constLast().outcome, MailAttempt::Outcome::Unknown);
        begun.attempt.outcome = MailAttempt::Outcome::Delivered;
        QVERIFY(!mail.settle(&begun.attempt, kNow.addSecs(31)));

        // Search, reprint, lock last used, sign-in lock-out.
        HistoryRepository history(connection);
        QCOMPARE(history.count(QStringLiteral("müll")), 4);
        QCOMPARE(history.count(QStringLiteral("783")), 1);
        QSqlQuery query(connection);
        QVERIFY2(query.exec(QStringLiteral("UPDATE history SET print_count = print_count + 1, last_printed_utc = "
                                           "'2027-07-01T09:05:00Z' WHERE id = %1")
                                .arg(claim.row.id)),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("UPDATE history SET print_count = print_count + 1 WHERE id = %1").arg(failing.row.id)),
                 qPrintable(query.lastError().text()));
        LockRepository locks(connection);
        Lock lock;
        QVERIFY(locks.findByName(QStringLiteral("room 101"), &lock));
        QVERIFY2(locks.markUsed(lock.id, kNow), qPrintable(locks.errorText()));
        QVERIFY(SharedTestStore::runAsAdmin(databaseOf(url),
                                            {QStringLiteral("INSERT INTO netcode.staff (name) VALUES ('Ana')")}, &error));
        // Sign-in is the server's to check: the desk gets a salt, never a hash, and the server
        // counts the wrong attempts and writes the lock-out itself.
        QVERIFY2(SharedTestStore::runAsAdmin(databaseOf(url),
                                            {QStringLiteral("UPDATE netcode.staff SET secret_hash = "
                                                            "'pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$a2V5' "
                                                            "WHERE name = 'Ana'")},
                                            &error),
                qPrintable(error));
        QCOMPARE(sqlState(connection, QStringLiteral("SELECT secret_hash FROM staff")), QStringLiteral("42501"));
        QVERIFY2(query.exec(QStringLiteral("SELECT out_iterations, out_salt FROM sign_in_salt('ana')")) && query.next(),
                 qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toInt(), 1000);
        QCOMPARE(query.value(1).toString(), QStringLiteral("c2FsdHNhbHRzYWx0c2FsdA=="));
        for (int attempt = 1; attempt <= 5; ++attempt) {
            QVERIFY2(query.exec(QStringLiteral("SELECT out_result FROM sign_in_check('Ana', 'wrong', 'desk-a')"))
                         && query.next(),
                     qPrintable(query.lastError().text()));
            QCOMPARE(query.value(0).toString(), attempt < 5 ? QStringLiteral("refused") : QStringLiteral("locked"));
        }
        // Locked by the server: even the right key waits, and the desk cannot reset the count.
        QVERIFY(query.exec(QStringLiteral("SELECT out_result FROM sign_in_check('Ana', 'a2V5', 'desk-a')")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("locked"));
        QCOMPARE(sqlState(connection, QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until_utc = ''")),
                 QStringLiteral("42501"));
        QVERIFY(query.exec(QStringLiteral("SELECT db_login, action FROM audit_log")) && query.next());
        QCOMPARE(query.value(0).toString(), desk);
        QCOMPARE(query.value(1).toString(), QStringLiteral("sign-in.locked"));
        // A desk writes no audit rows of its own (they could name anyone, at any time).
        QCOMPARE(sqlState(connection, QStringLiteral("INSERT INTO audit_log (at_utc, staff_name, action) "
                                                     "VALUES ('2027-07-01T09:00:00Z', 'Boss', 'staff.added')")),
                 QStringLiteral("42501"));
        // Old codes are a manager's to delete.
        QCOMPARE(sqlState(connection, QStringLiteral("SELECT remove_history_before('2099-01-01T00:00:00Z')")),
                 QStringLiteral("42501"));
        // A reprint count only goes up.
        QVERIFY(!query.exec(QStringLiteral("UPDATE history SET print_count = 0 WHERE id = %1").arg(claim.row.id)));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }

    void aDeskLoginWritesASharedCodesLinkWithItsRowOnly()
    {
        const QString url = storeWithOneLock();
        QVERIFY(!url.isEmpty());
        const QString desk = loginWithRole(url, "desk", StoreSetup::Role::Desk);
        QVERIFY(!desk.isEmpty());
        Database db;
        QVERIFY2(openAs(db, url, desk), qPrintable(db.errorText()));
        QSqlDatabase connection = db.connection();
        RequestLedger ledger(connection, QStringLiteral("desk-a/1"));
        const RequestLedger::Claim claim = ledger.claim(request(QStringLiteral("k1")), {QStringLiteral("api")}, kNow, 60000);
        QCOMPARE(claim.result, RequestLedger::Claim::Result::Claimed);
        QVERIFY(ledger.recordAnswer(claim.row.id, QStringLiteral("7830719"), 200));

        // The desk agreed to give Ana's code to Ben too: his row names hers, written with it.
        HistoryRepository history(connection);
        HistoryEntry ben = request(QString());
        ben.guestName = QStringLiteral("Ben");
        ben.room = QStringLiteral("102");
        ben.source = HistoryEntry::Source::Reused;
        ben.code = QStringLiteral("7830719");
        ben.sharesCodeWith = claim.row.id;
        QVERIFY2(history.add(&ben), qPrintable(history.errorText()));
        const QList<HistoryEntry> page = history.page(QString(), 0, 10);
        QCOMPARE(page.size(), 2);
        const HistoryEntry& benRow = page.at(0).id == ben.id ? page.at(0) : page.at(1);
        const HistoryEntry& anaRow = page.at(0).id == ben.id ? page.at(1) : page.at(0);
        QCOMPARE(benRow.sharesCodeWith, claim.row.id);
        QCOMPARE(benRow.otherHolderGuest, QStringLiteral("Ana Müller"));
        QCOMPARE(anaRow.alsoHeldBy, 1);
        QCOMPARE(anaRow.otherHolderGuest, QStringLiteral("Ben"));

        // Nobody links rows afterwards, nor unlinks them: not on its own row, not on another's.
        QCOMPARE(sqlState(connection, QStringLiteral("UPDATE history SET shares_code_with = NULL WHERE id = %1").arg(ben.id)),
                 QStringLiteral("42501"));
        QCOMPARE(sqlState(connection, QStringLiteral("UPDATE history SET shares_code_with = %1 WHERE id = %2")
                                          .arg(ben.id)
                                          .arg(claim.row.id)),
                 QStringLiteral("42501"));
        // A row claiming to share a code it does not hold (or a row of another request) is refused.
        HistoryEntry forged = ben;
        forged.code = QStringLiteral("1111111");
        QVERIFY(!history.add(&forged));
        QCOMPARE(history.lastError().nativeErrorCode(), QStringLiteral("42501"));
        forged = ben;
        forged.startSent = QStringLiteral("2027-08-05 09:00");
        QVERIFY(!history.add(&forged));
        QCOMPARE(history.count(QString()), 2);
        HistoryEntry stored;
        QVERIFY(history.find(ben.id, &stored));
        QCOMPARE(stored.sharesCodeWith, claim.row.id);
    }

    void aSharedCodeMovesInWithItsLink()
    {
        NEW_SHARED_DATABASE(url);
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
        {
            Database desk;
            QVERIFY2(desk.open(file), qPrintable(desk.errorText()));
            HistoryRepository history(desk.connection());
            // Ids in the file that the store will not give them: some rows before them.
            for (int i = 0; i < 3; ++i) {
                HistoryEntry filler = request(QStringLiteral("f%1").arg(i), QStringLiteral("Shed"),
                                              QStringLiteral("2027-08-1%1 09:00").arg(i));
                filler.outcome = HistoryEntry::Outcome::Failed;
                QVERIFY(history.add(&filler));
            }
            HistoryEntry ana = request(QStringLiteral("k1"));
            ana.code = QStringLiteral("7830719");
            QVERIFY(history.add(&ana));
            HistoryEntry ben = request(QString());
            ben.guestName = QStringLiteral("Ben");
            ben.source = HistoryEntry::Source::Reused;
            ben.code = ana.code;
            ben.sharesCodeWith = ana.id;
            QVERIFY(history.add(&ben));
        }
        Database store;
        QVERIFY2(store.open(url), qPrintable(store.errorText()));
        {
            // The store already holds a row, so ids differ from the file's.
            HistoryRepository history(store.connection());
            HistoryEntry existing = request(QStringLiteral("x"), QStringLiteral("Shed"), QStringLiteral("2027-09-01 09:00"));
            existing.outcome = HistoryEntry::Outcome::Failed;
            QVERIFY(history.add(&existing));
        }
        QSqlDatabase target = store.connection();
        StoreImport::Report moved;
        QVERIFY2(StoreImport::importSqlite(file, target, {}, &moved, &error), qPrintable(error));
        QCOMPARE(moved.codes, 5);
        HistoryRepository history(store.connection());
        HistoryQuery query;
        query.search = QStringLiteral("Ben");
        const QList<HistoryEntry> ben = history.page(query, 0, 10);
        QCOMPARE(ben.size(), 1);
        HistoryEntry ana;
        QVERIFY(history.find(ben.first().sharesCodeWith, &ana));
        QCOMPARE(ana.guestName, QStringLiteral("Ana Müller"));
        QCOMPARE(ana.code, QStringLiteral("7830719"));
        QCOMPARE(ana.alsoHeldBy, 1);
    }

    void aDeskLoginIsRefusedByTheServer_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("delete locks") << "DELETE FROM locks";
        QTest::newRow("delete history") << "DELETE FROM history";
        QTest::newRow("rename a lock") << "UPDATE locks SET name = 'Room 9'";
        QTest::newRow("add a lock") << "INSERT INTO locks (name, model, time_zone) VALUES ('X', 'KL1060G3', 'UTC')";
        QTest::newRow("change an issued code") << "UPDATE history SET code = '1111111' WHERE outcome = 'issued'";
        QTest::newRow("reopen an issued row") << "UPDATE history SET outcome = 'in_doubt' WHERE outcome = 'issued'";
        QTest::newRow("rewrite a failure") << "UPDATE history SET failure_text = 'fine' WHERE outcome = 'failed'";
        QTest::newRow("rename the guest") << "UPDATE history SET guest_name = 'Someone else'";
        QTest::newRow("link a code to another row") << "UPDATE history SET shares_code_with = id";
        QTest::newRow("change a setting") << "INSERT INTO site_settings (key, value) VALUES ('quota', '1')";
        QTest::newRow("add staff") << "INSERT INTO staff (name, role) VALUES ('Eve', 'manager')";
        QTest::newRow("promote staff") << "UPDATE staff SET role = 'manager'";
        QTest::newRow("drop table") << "DROP TABLE history";
        QTest::newRow("alter table") << "ALTER TABLE locks ADD COLUMN x INTEGER";
        QTest::newRow("create table") << "CREATE TABLE netcode.mine (a INTEGER)";
        QTest::newRow("truncate") << "TRUNCATE history";
        QTest::newRow("disable the guard") << "ALTER TABLE history DISABLE TRIGGER history_guard";
        QTest::newRow("drop the guard") << "DROP FUNCTION history_guard() CASCADE";
        QTest::newRow("rewrite the audit") << "DELETE FROM audit_log";
        QTest::newRow("become the owner") << "SET ROLE netcode_owner";
        QTest::newRow("become a manager") << "SET ROLE netcode_manager";
        QTest::newRow("read the secrets") << "SELECT secret_hash FROM staff";
        QTest::newRow("reset a lock-out") << "UPDATE staff SET failed_attempts = 0";
        QTest::newRow("write the audit") << "INSERT INTO audit_log (at_utc, action) VALUES ('2027-01-01T00:00:00Z', 'x')";
        QTest::newRow("delete old codes") << "SELECT remove_history_before('2099-01-01T00:00:00Z')";
        QTest::newRow("change an email attempt") << "UPDATE mail_attempts SET outcome = 'delivered'";
        QTest::newRow("delete an email attempt") << "DELETE FROM mail_attempts";
        QTest::newRow("settle an email by changing it") << "UPDATE mail_attempts SET state = 'settled'";
        QTest::newRow("change an email's language") << "UPDATE mail_attempts SET language = 'fr'";
    }

    void aDeskLoginIsRefusedByTheServer()
    {
        QFETCH(QString, statement);
        // One store for every row: set up once.
        if (m_refusalStore.isEmpty()) {
            NEW_SHARED_DATABASE(url);
            StoreSetup::InitReport report;
            QString error;
            QVERIFY2(setUp(url, &report, &error), qPrintable(error));
            Database admin;
            QVERIFY(admin.open(url));
            LockRepository locks(admin.connection());
            Lock lock = kitLock(QStringLiteral("Room 101"));
            QVERIFY(locks.insert(&lock));
            HistoryRepository history(admin.connection());
            HistoryEntry issued = request(QStringLiteral("k1"));
            issued.outcome = HistoryEntry::Outcome::Issued;
            issued.code = QStringLiteral("7830719");
            QVERIFY(history.add(&issued));
            HistoryEntry failed = request(QStringLiteral("k2"));
            failed.outcome = HistoryEntry::Outcome::Failed;
            QVERIFY(history.add(&failed));
            QVERIFY(SharedTestStore::runAsAdmin(databaseOf(url), {QStringLiteral("INSERT INTO netcode.staff (name) VALUES ('Ana')")},
                                                &error));
            m_refusalDesk = loginWithRole(url, "desk", StoreSetup::Role::Desk);
            QVERIFY(!m_refusalDesk.isEmpty());
            m_refusalStore = url;
        }
        Database db;
        QVERIFY2(openAs(db, m_refusalStore, m_refusalDesk), qPrintable(db.errorText()));
        QCOMPARE(sqlState(db.connection(), statement), QStringLiteral("42501"));
        // Nothing changed underneath.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM locks), (SELECT string_agg(name, ',') FROM locks), "
                                          "(SELECT count(*) FROM history), (SELECT code FROM history WHERE outcome = 'issued'), "
                                          "(SELECT guest_name FROM history WHERE outcome = 'issued')")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toString(), QStringLiteral("Room 101"));
        QCOMPARE(query.value(2).toInt(), 2);
        QCOMPARE(query.value(3).toString(), QStringLiteral("7830719"));
        QCOMPARE(query.value(4).toString(), QStringLiteral("Ana Müller"));
    }

    void aManagerKeepsLocksAndDeletesOldCodes()
    {
        NEW_SHARED_DATABASE(url);
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        const QString manager = loginWithRole(url, "mgr", StoreSetup::Role::Manager);
        QVERIFY(!manager.isEmpty());
        Database db;
        QVERIFY2(openAs(db, url, manager), qPrintable(db.errorText()));
        QSqlDatabase connection = db.connection();
        StoreSetup::Status status;
        QVERIFY(StoreSetup::status(connection, &status, &error));
        QCOMPARE(status.role, QStringLiteral("manager"));

        LockRepository locks(connection);
        Lock lock = kitLock(QStringLiteral("Room 101"));
        QVERIFY2(locks.insert(&lock), qPrintable(locks.errorText()));
        lock.name = QStringLiteral("Room 102");
        QVERIFY2(locks.update(lock), qPrintable(locks.errorText()));
        Lock other = kitLock(QStringLiteral("Shed"));
        QVERIFY(locks.insert(&other));
        QVERIFY2(locks.remove(other.id), qPrintable(locks.errorText()));
        QCOMPARE(locks.count(), 1);

        HistoryRepository history(connection);
        HistoryEntry old = request(QStringLiteral("k-old"));
        old.outcome = HistoryEntry::Outcome::Issued;
        old.code = QStringLiteral("1234567");
        old.issuedAtUtc = kNow.addDays(-400);
        QVERIFY(history.add(&old));
        HistoryEntry recent = request(QStringLiteral("k-new"));
        recent.outcome = HistoryEntry::Outcome::Issued;
        recent.code = QStringLiteral("7654321");
        QVERIFY(history.add(&recent));
        // An old code that was emailed: its attempts go with it.
        MailAttemptRepository mail(connection);
        MailAttempt attempt;
        attempt.historyId = old.id;
        attempt.recipient = QStringLiteral("guest@example.org");
        attempt.attemptedAtUtc = kNow.addDays(-400);
        QVERIFY2(mail.record(&attempt), qPrintable(mail.errorText()));
        QCOMPARE(history.removeIssuedBefore(kNow.addDays(-365)), 1);
        QVERIFY(mail.forHistory(old.id).isEmpty());
        QVERIFY(sqlState(connection, QStringLiteral("INSERT INTO site_settings (key, value) VALUES ('quota', '100')"))
                == QStringLiteral("accepted"));

        // Still no DDL, no rewriting of what a code said.
        QCOMPARE(sqlState(connection, QStringLiteral("DROP TABLE locks")), QStringLiteral("42501"));
        QCOMPARE(sqlState(connection, QStringLiteral("TRUNCATE history")), QStringLiteral("42501"));
        QCOMPARE(sqlState(connection, QStringLiteral("UPDATE history SET guest_name = 'x'")), QStringLiteral("42501"));
        QCOMPARE(sqlState(connection, QStringLiteral("UPDATE history SET code = '1'")), QStringLiteral("42501"));
        QCOMPARE(sqlState(connection, QStringLiteral("UPDATE history SET outcome = 'failed' WHERE outcome = 'issued'")),
                 QStringLiteral("42501"));
        QCOMPARE(sqlState(connection, QStringLiteral("DELETE FROM audit_log")), QStringLiteral("42501"));
        // Codes go by age only, never one chosen row, and never one in doubt.
        QCOMPARE(sqlState(connection, QStringLiteral("DELETE FROM history")), QStringLiteral("42501"));
        QCOMPARE(sqlState(connection, QStringLiteral("SELECT secret_hash FROM staff")), QStringLiteral("42501"));
        HistoryEntry doubtful = request(QStringLiteral("k-doubt"));
        doubtful.outcome = HistoryEntry::Outcome::InDoubt;
        doubtful.issuedAtUtc = kNow.addDays(-400);
        QVERIFY(history.add(&doubtful));
        QCOMPARE(history.removeIssuedBefore(kNow.addDays(-365)), 0);
        QCOMPARE(history.count(QString()), 2);
    }

    void aDeskCannotAnswerAnotherDesksClaim()
    {
        const QString url = storeWithOneLock();
        QVERIFY(!url.isEmpty());
        QString error;
        const QString deskA = loginWithRole(url, "desk", StoreSetup::Role::Desk);
        const QString deskB = loginWithRole(url, "desk", StoreSetup::Role::Desk);
        QVERIFY(!deskA.isEmpty() && !deskB.isEmpty() && deskA != deskB);
        Database a;
        Database b;
        QVERIFY2(openAs(a, url, deskA), qPrintable(a.errorText()));
        QVERIFY2(openAs(b, url, deskB), qPrintable(b.errorText()));
        const QStringList api{QStringLiteral("api")};
        // The lease runs by the real clock here: the server judges it by its own.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RequestLedger ledgerA(a.connection(), QStringLiteral("desk-a/1"));
        const RequestLedger::Claim claim = ledgerA.claim(request(QStringLiteral("k1")), api, now, 600000);
        QCOMPARE(claim.result, RequestLedger::Claim::Result::Claimed);
        ledgerA.markSent(claim.row.id);

        // Desk B may not record an answer, renew or take over a claim desk A still holds.
        const QString id = QString::number(claim.row.id);
        QCOMPARE(sqlState(b.connection(), QStringLiteral("UPDATE history SET outcome = 'issued', code = '1111111' "
                                                         "WHERE id = %1").arg(id)),
                 QStringLiteral("42501"));
        QCOMPARE(sqlState(b.connection(), QStringLiteral("UPDATE history SET outcome = 'failed' WHERE id = %1").arg(id)),
                 QStringLiteral("42501"));
        QCOMPARE(sqlState(b.connection(), QStringLiteral("UPDATE history SET outcome = 'claimed', claimed_by = 'b/1', "
                                                         "lease_until_utc = '2099-01-01T00:00:00Z' WHERE id = %1")
                                              .arg(id)),
                 QStringLiteral("42501"));
        QCOMPARE(sqlState(b.connection(), QStringLiteral("UPDATE history SET claimed_login = 'x' WHERE id = %1").arg(id)),
                 QStringLiteral("42501"));
        // Nor mark it in doubt while its lease runs by the server's clock (the mark is skipped, so
        // a desk whose clock runs ahead is not failed for it)...
        QCOMPARE(reapAsDeskB(b, now.addSecs(3600)), 0);
        QSqlQuery state(b.connection());
        QVERIFY(state.exec(QStringLiteral("SELECT outcome FROM history WHERE id = %1").arg(id)) && state.next());
        QCOMPARE(state.value(0).toString(), QStringLiteral("sent"));
        // ...but once it ran out, it may see that the claim is in doubt, and then ask again itself.
        QVERIFY(SharedTestStore::runAsAdmin(databaseOf(url),
                                            {QStringLiteral("UPDATE netcode.history SET lease_until_utc = "
                                                            "'2000-01-01T00:00:00Z' WHERE id = %1").arg(id)},
                                            &error));
        QCOMPARE(reapAsDeskB(b, now), 1);
        RequestLedger ledgerB(b.connection(), QStringLiteral("desk-b/1"));
        QCOMPARE(ledgerB.reclaim(claim.row.id, now, 600000).result, RequestLedger::Claim::Result::Claimed);
        // Now desk A's late word is refused, and desk B's answer is what the row keeps.
        QCOMPARE(sqlState(a.connection(), QStringLiteral("UPDATE history SET outcome = 'issued', code = '2222222' "
                                                         "WHERE id = %1").arg(id)),
                 QStringLiteral("42501"));
        QVERIFY2(ledgerB.recordAnswer(claim.row.id, QStringLiteral("7830719"), 200), qPrintable(ledgerB.errorText()));
        QSqlQuery query(a.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT outcome, code, claimed_login FROM history WHERE id = %1").arg(id)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("issued"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("7830719"));
        QCOMPARE(query.value(2).toString(), deskB);
    }

    void grantKnowsLoginsAndSwitchesRoles()
    {
        NEW_SHARED_DATABASE(url);
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        Database admin;
        Database::StartOptions options;
        options.connectOnly = true;
        QVERIFY(admin.open(url, options));
        QSqlDatabase connection = admin.connection();
        QStringList changes;
        const QString nobody = newLogin("nobody");
        QVERIFY(!StoreSetup::grant(connection, nobody, StoreSetup::Role::Desk, &changes, &error));
        QVERIFY2(error.contains(QLatin1String("There is no login")) && error.contains(QLatin1String("createuser")),
                 qPrintable(error));
        QVERIFY(!StoreSetup::grant(connection, QStringLiteral("netcode_owner"), StoreSetup::Role::Manager, &changes, &error));
        QVERIFY2(error.contains(QLatin1String("own groups")), qPrintable(error));
        const QString group = newLogin("group");
        QVERIFY(SharedTestStore::runAsAdmin(QStringLiteral("postgres"), {QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(group)}, &error));
        QVERIFY(!StoreSetup::grant(connection, group, StoreSetup::Role::Desk, &changes, &error));
        QVERIFY2(error.contains(QLatin1String("cannot log in")), qPrintable(error));

        const QString person = loginWithRole(url, "person", StoreSetup::Role::Manager);
        QVERIFY(!person.isEmpty());
        const auto groups = [&] {
            QSqlQuery query(connection);
            query.prepare(QStringLiteral("SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m "
                                         "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                                         "WHERE u.rolname = ?"));
            query.addBindValue(person);
            return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("?");
        };
        QCOMPARE(groups(), QStringLiteral("netcode_manager"));
        changes.clear();
        QVERIFY(StoreSetup::grant(connection, person, StoreSetup::Role::Manager, &changes, &error));
        QVERIFY(changes.isEmpty());
        QVERIFY(StoreSetup::grant(connection, person, StoreSetup::Role::Desk, &changes, &error));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(groups(), QStringLiteral("netcode_desk"));
        // The switch is what the server enforces at the next sign-in.
        Database db;
        QVERIFY2(openAs(db, url, person), qPrintable(db.errorText()));
        QCOMPARE(sqlState(db.connection(), QStringLiteral("INSERT INTO locks (name, model, time_zone) VALUES ('X', 'KL1060G3', 'UTC')")),
                 QStringLiteral("42501"));
    }

    // A desk's file from schema 10 moves in with its emails, their language not known.
    void aVersion10FileMovesInWithItsEmails()
    {
        NEW_SHARED_DATABASE(url);
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("desk-v10.sqlite"));
        const QString name = QStringLiteral("desk-v10");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY2(Migrations::apply(db, &error, 10), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO history (issued_at_utc, lock_name, lock_model, mode, duration_id, "
                                          "start_sent, window_start_utc, window_end_utc, code, guest_name, source, outcome, "
                                          "request_key) VALUES ('2027-07-01T09:00:00Z', 'Room 7', 'KL1060G3', 'standard', 2, "
                                          "'2027-07-01 10:00', '2027-07-01T09:00:00Z', '2027-07-01T12:00:00Z', '4445556', "
                                          "'Ana', 'api', 'issued', 'v10')")));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO mail_attempts (history_id, recipient, attempted_at_utc, attempted_by, "
                                           "outcome, detail) VALUES (%1, 'ana@example.org', '2027-07-01T09:05:00Z', 'sam', "
                                           "'delivered', '')")
                                .arg(q.lastInsertId().toLongLong())),
                     qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        Database store;
        StoreImport::Report moved;
        QVERIFY2(openAndMoveIn(store, url, file, &moved, &error), qPrintable(error));
        QSqlDatabase target = store.connection();
        QCOMPARE(moved.codes, 1);
        QCOMPARE(moved.emails, 1);
        QSqlQuery query(target);
        QVERIFY(query.exec(QStringLiteral("SELECT m.recipient, m.language FROM mail_attempts m JOIN history h "
                                          "ON h.id = m.history_id WHERE h.code = '4445556'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ana@example.org"));
        QCOMPARE(query.value(1).toString(), QString());
    }

    void moveADeskInOnceAndOnlyOnce()
    {
        NEW_SHARED_DATABASE(url);
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
        QHash<QString, QString> outcomes; // request key -> outcome expected in the store
        QString sourceIdentity;
        {
            Database desk;
            QVERIFY2(desk.open(file), qPrintable(desk.errorText()));
            sourceIdentity = desk.identity();
            LockRepository locks(desk.connection());
            for (const QString& name : {QStringLiteral("Room 101"), QStringLiteral("Room 102"), QStringLiteral("Shed")}) {
                Lock lock = kitLock(name);
                QVERIFY(locks.insert(&lock));
            }
            HistoryRepository history(desk.connection());
            const auto add = [&](const QString& key, const QString& lock, HistoryEntry::Outcome outcome, const QString& code) {
                HistoryEntry e = request(key, lock);
                Lock found;
                if (locks.findByName(lock, &found))
                    e.lockId = found.id;
                e.outcome = outcome;
                e.code = code;
                QVERIFY(history.add(&e));
                if (!code.isEmpty()) { // the code was emailed to its guest: refused once, then delivered
                    MailAttemptRepository mail(desk.connection());
                    for (const MailAttempt::Outcome result : {MailAttempt::Outcome::Refused, MailAttempt::Outcome::Delivered}) {
                        MailAttempt attempt;
                        attempt.historyId = e.id;
                        attempt.recipient = key + QStringLiteral("@example.org");
                        attempt.attemptedAtUtc = kNow;
                        attempt.attemptedBy = QStringLiteral("sam");
                        attempt.outcome = result;
                        attempt.detail = QStringLiteral("550 no");
                        attempt.language = key == QLatin1String("k1") ? QStringLiteral("de") : QString();
                        QVERIFY(mail.record(&attempt));
                    }
                }
            };
            add(QStringLiteral("k1"), QStringLiteral("Room 101"), HistoryEntry::Outcome::Issued, QStringLiteral("1111111"));
            add(QStringLiteral("k2"), QStringLiteral("Room 102"), HistoryEntry::Outcome::Issued, QStringLiteral("2222222"));
            add(QStringLiteral("k3"), QStringLiteral("Shed"), HistoryEntry::Outcome::Failed, QString());
            add(QStringLiteral("k3"), QStringLiteral("Shed"), HistoryEntry::Outcome::Failed, QString()); // the same, twice
            add(QStringLiteral("k4"), QStringLiteral("Gone"), HistoryEntry::Outcome::InDoubt, QString());
            RequestLedger ledger(desk.connection(), QStringLiteral("desk-a/1"));
            const RequestLedger::Claim live = ledger.claim(request(QStringLiteral("k5"), QStringLiteral("Room 101"),
                                                                   QStringLiteral("2027-08-09 09:00")),
                                                           {QStringLiteral("api")}, kNow, 600000);
            QCOMPARE(live.result, RequestLedger::Claim::Result::Claimed);
            RequestLog log(desk.connection());
            QVERIFY(log.add(kNow, QStringLiteral("netcode"), 200, QStringLiteral("issued"), false));
            QVERIFY(log.add(kNow, QStringLiteral("netcode"), 200, QStringLiteral("issued"), false));
        }
        QFile source(file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(source.readAll(), QCryptographicHash::Sha256);
        source.close();

        Database store;
        QVERIFY2(store.open(url), qPrintable(store.errorText()));
        {
            // The store already knows one of the locks, by another case.
            LockRepository locks(store.connection());
            Lock known = kitLock(QStringLiteral("ROOM 101"));
            QVERIFY(locks.insert(&known));
        }
        QSqlDatabase target = store.connection();
        StoreImport::Report moved;
        QVERIFY2(StoreImport::importSqlite(file, target, {}, &moved, &error), qPrintable(error));
        QCOMPARE(moved.codes, 6);
        QCOMPARE(moved.codesAlready, 0);
        QCOMPARE(moved.inDoubt, 1);
        QCOMPARE(moved.locks, 2);
        QCOMPARE(moved.locksAlready, 1);
        QCOMPARE(moved.requests, 2);
        QCOMPARE(moved.sourceIdentity, sourceIdentity);

        QSqlQuery query(target);
        QVERIFY(query.exec(QStringLiteral("SELECT h.request_key, h.outcome, h.code, l.name FROM history h "
                                          "LEFT JOIN locks l ON l.id = h.lock_id ORDER BY h.request_key, h.id")));
        QStringList rows;
        while (query.next())
            rows << QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toString()}
                        .join(QLatin1Char('|'));
        QCOMPARE(rows, (QStringList{QStringLiteral("k1|issued|1111111|ROOM 101"), QStringLiteral("k2|issued|2222222|Room 102"),
                                    QStringLiteral("k3|failed||Shed"), QStringLiteral("k3|failed||Shed"),
                                    QStringLiteral("k4|in_doubt||"), QStringLiteral("k5|in_doubt||")}));
        QCOMPARE(HistoryRepository(target).count(QStringLiteral("1111111")), 1);
        // The emails moved with their codes, onto the codes' new rows.
        QCOMPARE(moved.emails, 4);
        QVERIFY(query.exec(QStringLiteral("SELECT h.request_key, m.recipient, m.outcome, m.attempted_by, m.language "
                                          "FROM mail_attempts m JOIN history h ON h.id = m.history_id ORDER BY m.id")));
        QStringList emails;
        while (query.next())
            emails << QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString(), query.value(4).toString()}
                          .join(QLatin1Char('|'));
        QCOMPARE(emails, (QStringList{QStringLiteral("k1|k1@example.org|refused|sam|de"),
                                      QStringLiteral("k1|k1@example.org|delivered|sam|de"),
                                      QStringLiteral("k2|k2@example.org|refused|sam|"),
                                      QStringLiteral("k2|k2@example.org|delivered|sam|")}));

        // Again: nothing new; the file itself was never written to.
        QVERIFY2(StoreImport::importSqlite(file, target, {}, &moved, &error), qPrintable(error));
        QCOMPARE(moved.codes, 0);
        QCOMPARE(moved.emails, 0);
        QCOMPARE(moved.codesAlready, 6);
        QCOMPARE(moved.locks, 0);
        QCOMPARE(moved.locksAlready, 3);
        QCOMPARE(moved.requests, 0);
        QCOMPARE(moved.requestsAlready, 2);
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM history), (SELECT count(*) FROM locks), "
                                          "(SELECT count(*) FROM request_log)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 6);
        QCOMPARE(query.value(1).toInt(), 3);
        QCOMPARE(query.value(2).toInt(), 2);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(source.readAll(), QCryptographicHash::Sha256), before);
    }

    // A desk file written before text was kept without U+0000 may hold the character, which the
    // shared store cannot; it moves in without it, and a second move finds it already there.
    void aDeskFileWithPastedNulCharactersMovesIn()
    {
        NEW_SHARED_DATABASE(url);
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("old-desk.sqlite"));
        const QString nul(QChar(u'\0'));
        {
            Database desk;
            QVERIFY2(desk.open(file), qPrintable(desk.errorText()));
            LockRepository locks(desk.connection());
            Lock lock = kitLock(QStringLiteral("Annex"));
            QVERIFY(locks.insert(&lock));
            HistoryEntry e = request(QStringLiteral("n1"), QStringLiteral("Annex"));
            e.lockId = lock.id;
            e.outcome = HistoryEntry::Outcome::Issued;
            e.code = QStringLiteral("3334445");
            QVERIFY(HistoryRepository(desk.connection()).add(&e));
            // As an older version wrote them: the character kept inside the text.
            QSqlQuery raw(desk.connection());
            QVERIFY(raw.prepare(QStringLiteral("UPDATE history SET guest_name = ? WHERE id = ?")));
            raw.addBindValue(QStringLiteral("Ana") + nul + QStringLiteral(" Ruiz"));
            raw.addBindValue(e.id);
            QVERIFY2(raw.exec(), qPrintable(raw.lastError().text()));
            QVERIFY(raw.prepare(QStringLiteral("UPDATE locks SET name = ? WHERE id = ?")));
            raw.addBindValue(QStringLiteral("Annex") + nul);
            raw.addBindValue(lock.id);
            QVERIFY2(raw.exec(), qPrintable(raw.lastError().text()));
        }
        Database store;
        StoreImport::Report moved;
        QVERIFY2(openAndMoveIn(store, url, file, &moved, &error), qPrintable(error));
        QSqlDatabase target = store.connection();
        QCOMPARE(moved.codes, 1);
        QCOMPARE(moved.locks, 1);
        Lock annex;
        QVERIFY(LockRepository(target).findByName(QStringLiteral("Annex"), &annex));
        QCOMPARE(annex.name, QStringLiteral("Annex"));
        HistoryRepository history(target);
        QCOMPARE(history.count(QStringLiteral("ana ruiz")), 1);
        QVERIFY2(StoreImport::importSqlite(file, target, {}, &moved, &error), qPrintable(error));
        QCOMPARE(moved.codes, 0);
        QCOMPARE(moved.codesAlready, 1);
        QCOMPARE(moved.locksAlready, 1);
    }

    void onlyOurFilesMoveIn()
    {
        NEW_SHARED_DATABASE(url);
        StoreSetup::InitReport report;
        QString error;
        QVERIFY2(setUp(url, &report, &error), qPrintable(error));
        Database store;
        QVERIFY(store.open(url));
        QSqlDatabase target = store.connection();
        QTemporaryDir dir;
        StoreImport::Report moved;

        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just some text that is long enough to look like a file\n");
        f.close();
        QVERIFY(!StoreImport::importSqlite(text, target, {}, &moved, &error));
        QVERIFY2(error.contains(QLatin1String("not a NetCode Desk database")) || error.contains(QLatin1String("cannot be opened")),
                 qPrintable(error));

        const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE locks (id INTEGER PRIMARY KEY, name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QVERIFY(!StoreImport::importSqlite(foreign, target, {}, &moved, &error));
        QVERIFY2(error.contains(QLatin1String("not a NetCode Desk database")), qPrintable(error));

        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database desk;
            QVERIFY(desk.open(newer));
            QVERIFY(QSqlQuery(desk.connection()).exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QVERIFY(!StoreImport::importSqlite(newer, target, {}, &moved, &error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
        QVERIFY(!StoreImport::importSqlite(dir.filePath(QStringLiteral("missing.sqlite")), target, {}, &moved, &error));
        QVERIFY2(error.contains(QLatin1String("There is no file")), qPrintable(error));

        // A desk login may not add locks: nothing at all comes in.
        const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
        {
            Database desk;
            QVERIFY(desk.open(file));
            Lock lock = kitLock(QStringLiteral("Room 101"));
            QVERIFY(LockRepository(desk.connection()).insert(&lock));
            HistoryEntry e = request(QStringLiteral("k1"));
            e.outcome = HistoryEntry::Outcome::Issued;
            e.code = QStringLiteral("1111111");
            QVERIFY(HistoryRepository(desk.connection()).add(&e));
        }
        const QString desk = loginWithRole(url, "desk", StoreSetup::Role::Desk);
        Database asDesk;
        QVERIFY2(openAs(asDesk, url, desk), qPrintable(asDesk.errorText()));
        QSqlDatabase deskTarget = asDesk.connection();
        QVERIFY(!StoreImport::importSqlite(file, deskTarget, {}, &moved, &error));
        QVERIFY2(error.contains(QLatin1String("manager's login")), qPrintable(error));
        QCOMPARE(HistoryRepository(target).count(QString()), 0);
    }

private:
    QString m_refusalStore;
    QString m_refusalDesk;
};

QTEST_GUILESS_MAIN(TestStoreSetup)
#include "tst_store_setup.moc"
