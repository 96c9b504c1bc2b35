// Staff sign-in, lock-out and roles on both stores: a real SQLite file and a real PostgreSQL
// database on the test cluster, with time moved by an injected clock.
#include "AuditLog.h"
#include "Database.h"
#include "LockAdmin.h"
#include "LockRepository.h"
#include "PasswordHasher.h"
#include "SharedTestStore.h"
#include "SignIn.h"
#include "StaffAdmin.h"
#include "StaffRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <memory>

namespace {
// One desk's view of a store: its own connection, repositories and sign-in.
struct Desk {
    Database database;
    std::unique_ptr<StaffRepository> staff;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<LockRepository> locks;
    std::unique_ptr<SignIn> signIn;
    std::unique_ptr<StaffAdmin> admin;
    std::unique_ptr<LockAdmin> lockAdmin;

    bool open(const QString& where, const Clock& clock, bool create, QString* error)
    {
        Database::StartOptions options;
        options.createStore = create;
        if (!database.open(where, options)) {
            *error = database.errorText();
            return false;
        }
        staff = std::make_unique<StaffRepository>(database.connection());
        audit = std::make_unique<AuditLog>(database.connection());
        locks = std::make_unique<LockRepository>(database.connection());
        signIn = std::make_unique<SignIn>(*staff, *audit, clock, &database);
        signIn->setDeskZone(QTimeZone("Europe/London"));
        admin = std::make_unique<StaffAdmin>(*staff, *signIn, database.connection());
        lockAdmin = std::make_unique<LockAdmin>(*locks, *signIn, database.connection());
        return true;
    }
};

QString scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QStringLiteral("<error>");
}
} // namespace

class TestSignIn final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    // 14:00 in London (BST): the lock-out message names 14:15.
    FixedClock m_clock{QDateTime(QDate(2027, 7, 1), QTime(13, 0), QTimeZone::utc())};

    QString storeFor(const QString& kind, bool* create)
    {
        *create = kind == QLatin1String("postgres");
        if (kind == QLatin1String("sqlite"))
            return m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".db"));
        QString error;
        const QString url = SharedTestStore::newDatabase(&error);
        if (url.isEmpty())
            qWarning("%s", qPrintable(error));
        return url;
    }

    // A store with a manager (Maria, PIN 9999) and a desk clerk (Tom, PIN 1234), added as the
    // administration tool adds them.
    void seed(Desk& desk)
    {
        SignIn tool(*desk.staff, *desk.audit, m_clock, &desk.database);
        tool.actAsAdministrator(QStringLiteral("(command line) test"));
        StaffAdmin admin(*desk.staff, tool, desk.database.connection());
        QVERIFY2(admin.add(QStringLiteral("Maria"), StaffRole::Role::Manager, QStringLiteral("9999"), QString()),
                 qPrintable(admin.errorText()));
        QVERIFY2(admin.add(QStringLiteral("Tom"), StaffRole::Role::Desk, QStringLiteral("1234"), QString()),
                 qPrintable(admin.errorText()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_clock.setNowUtc(QDateTime(QDate(2027, 7, 1), QTime(13, 0), QTimeZone::utc()));
    }

    void stores_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void rightPinSignsInAndStoresNoSecret_data() { stores_data(); }
    void rightPinSignsInAndStoresNoSecret()
    {
        QFETCH(QString, kind);
        bool create = false;
        const QString where = storeFor(kind, &create);
        QVERIFY(!where.isEmpty());
        Desk desk;
        QString error;
        QVERIFY2(desk.open(where, m_clock, create, &error), qPrintable(error));
        seed(desk);
        QSignalSpy changed(desk.signIn.get(), &SignIn::signedInChanged);
        const SignIn::Attempt attempt = desk.signIn->signIn(QStringLiteral("tom"), QStringLiteral("1234"));
        QCOMPARE(attempt.result, SignIn::Result::SignedIn);
        QCOMPARE(desk.signIn->currentName(), QStringLiteral("Tom")); // the stored spelling
        QCOMPARE(desk.signIn->effectiveRole(), StaffRole::Role::Desk);
        QCOMPARE(changed.count(), 1);
        const QString stored = scalar(desk.database, QStringLiteral("SELECT secret_hash FROM staff WHERE name = 'Tom'"));
        QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(!stored.contains(QStringLiteral("1234")));
        desk.signIn->signOut();
        QVERIFY(!desk.signIn->isSignedIn());
        QCOMPARE(changed.count(), 2);
    }

    void fiveWrongPinsLockTheNameForFifteenMinutes_data() { stores_data(); }
    void fiveWrongPinsLockTheNameForFifteenMinutes()
    {
        QFETCH(QString, kind);
        bool create = false;
        const QString where = storeFor(kind, &create);
        QVERIFY(!where.isEmpty());
        Desk desk;
        QString error;
        QVERIFY2(desk.open(where, m_clock, create, &error), qPrintable(error));
        seed(desk);
        for (int i = 1; i < SignIn::kMaxAttempts; ++i) {
            const SignIn::Attempt wrong = desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("0000"));
            QCOMPARE(wrong.result, SignIn::Result::Refused);
            QVERIFY(!wrong.message.contains(QStringLiteral("locked")));
        }
        const SignIn::Attempt fifth = desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("0000"));
        QCOMPARE(fifth.result, SignIn::Result::Locked);
        const bool shared = kind == QLatin1String("postgres");
        if (!shared) {
            QVERIFY2(fifth.message.contains(QStringLiteral("locked until 14:15")), qPrintable(fifth.message));
        } else {
            // A shared store locks by the server's own clock, which no desk can set: fifteen
            // minutes from now in real time.
            const QDateTime until = QDateTime::fromString(
                scalar(desk.database, QStringLiteral("SELECT locked_until_utc FROM staff WHERE name = 'Tom'")), Qt::ISODate);
            const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(until);
            QVERIFY2(ahead > 14 * 60 && ahead <= 15 * 60, qPrintable(QString::number(ahead)));
            QVERIFY2(fifth.message.contains(QStringLiteral("locked until")), qPrintable(fifth.message));
        }
        // The right PIN does not help while locked...
        m_clock.advanceSecs(14 * 60 + 59);
        const SignIn::Attempt early = desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("1234"));
        QCOMPARE(early.result, SignIn::Result::Locked);
        QVERIFY(!desk.signIn->isSignedIn());
        // ...and does once the fifteen minutes are over.
        m_clock.advanceSecs(1);
        if (shared) {
            QSqlQuery passTime(desk.database.connection());
            QVERIFY(passTime.exec(QStringLiteral("UPDATE staff SET locked_until_utc = '2000-01-01T00:00:00Z' "
                                                 "WHERE name = 'Tom'")));
        }
        QCOMPARE(desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("1234")).result, SignIn::Result::SignedIn);
        // The lock-out is in the audit log.
        const QList<AuditEntry> audit = desk.audit->recent();
        const auto locked = std::find_if(audit.cbegin(), audit.cend(), [](const AuditEntry& entry) {
            return entry.action == QLatin1String("sign-in.locked");
        });
        QVERIFY(locked != audit.cend());
        QCOMPARE(locked->staffName, QStringLiteral("Tom"));
    }

    void successResetsTheCount_data() { stores_data(); }
    void successResetsTheCount()
    {
        QFETCH(QString, kind);
        bool create = false;
        const QString where = storeFor(kind, &create);
        QVERIFY(!where.isEmpty());
        Desk desk;
        QString error;
        QVERIFY2(desk.open(where, m_clock, create, &error), qPrintable(error));
        seed(desk);
        for (int i = 1; i < SignIn::kMaxAttempts; ++i)
            QCOMPARE(desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("0000")).result, SignIn::Result::Refused);
        QCOMPARE(desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("1234")).result, SignIn::Result::SignedIn);
        QCOMPARE(scalar(desk.database, QStringLiteral("SELECT failed_attempts FROM staff WHERE name = 'Tom'")),
                 QStringLiteral("0"));
        // Four more wrong ones are again only wrong, not a lock-out.
        for (int i = 1; i < SignIn::kMaxAttempts; ++i)
            QCOMPARE(desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("0000")).result, SignIn::Result::Refused);
    }

    void unknownNameGetsTheSameAnswer_data() { stores_data(); }
    void unknownNameGetsTheSameAnswer()
    {
        QFETCH(QString, kind);
        bool create = false;
        const QString where = storeFor(kind, &create);
        QVERIFY(!where.isEmpty());
        Desk desk;
        QString error;
        QVERIFY2(desk.open(where, m_clock, create, &error), qPrintable(error));
        seed(desk);
        const SignIn::Attempt known = desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("0000"));
        const SignIn::Attempt unknown = desk.signIn->signIn(QStringLiteral("Nobody"), QStringLiteral("0000"));
        QCOMPARE(unknown.result, known.result);
        QCOMPARE(unknown.message, known.message);
        // An unknown name is "locked" after five tries, like a real one: no name probing.
        for (int i = 2; i < SignIn::kMaxAttempts; ++i)
            desk.signIn->signIn(QStringLiteral("Nobody"), QStringLiteral("0000"));
        const SignIn::Attempt fifth = desk.signIn->signIn(QStringLiteral("Nobody"), QStringLiteral("0000"));
        QCOMPARE(fifth.result, SignIn::Result::Locked);
        QVERIFY(fifth.message.contains(QStringLiteral("locked until 14:15")));
        // A deactivated person is as unknown as anyone.
        StaffMember tom;
        QVERIFY(desk.staff->findByName(QStringLiteral("Tom"), &tom));
        QVERIFY(desk.staff->setActive(tom.id, false));
        const SignIn::Attempt gone = desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("1234"));
        QCOMPARE(gone.result, SignIn::Result::Refused);
        QCOMPARE(gone.message, known.message);
    }

    void lockOutHoldsAcrossTwoDesks()
    {
        NEW_SHARED_DATABASE(url);
        Desk first;
        Desk second;
        QString error;
        QVERIFY2(first.open(url, m_clock, true, &error), qPrintable(error));
        QVERIFY2(second.open(url, m_clock, false, &error), qPrintable(error));
        seed(first);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(first.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("1111")).result, SignIn::Result::Refused);
        QCOMPARE(second.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("2222")).result, SignIn::Result::Refused);
        QCOMPARE(second.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("3333")).result, SignIn::Result::Locked);
        // The first desk sees the lock-out the second one caused.
        const SignIn::Attempt right = first.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("1234"));
        QCOMPARE(right.result, SignIn::Result::Locked);
    }

    void deskUserCannotRemoveALockManagerCan_data() { stores_data(); }
    void deskUserCannotRemoveALockManagerCan()
    {
        QFETCH(QString, kind);
        bool create = false;
        const QString where = storeFor(kind, &create);
        QVERIFY(!where.isEmpty());
        Desk desk;
        QString error;
        QVERIFY2(desk.open(where, m_clock, create, &error), qPrintable(error));
        seed(desk);
        QVERIFY(desk.signIn->setEnabledSetting(true, &error) || kind == QLatin1String("postgres"));
        QVERIFY(desk.signIn->isRequired());
        Lock lock;
        lock.name = QStringLiteral("Room 7");
        lock.model = LockModelId::KL1060G3;
        lock.timecode = QStringLiteral("ABCDEF12");
        lock.lockNumber = QStringLiteral("1");
        lock.timeZoneId = QStringLiteral("Europe/London");
        QVERIFY2(desk.locks->insert(&lock), qPrintable(desk.locks->errorText()));
        // Nobody signed in: refused.
        QVERIFY(!desk.lockAdmin->remove(lock));
        QVERIFY(desk.lockAdmin->errorText().contains(QStringLiteral("manager")));
        QCOMPARE(desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("1234")).result, SignIn::Result::SignedIn);
        QVERIFY(!desk.lockAdmin->remove(lock));
        QCOMPARE(desk.lockAdmin->errorText(), QStringLiteral("Only a manager can remove locks. Ask a manager to sign in."));
        QCOMPARE(desk.locks->count(), 1);
        QVERIFY(!desk.admin->add(QStringLiteral("Eve"), StaffRole::Role::Manager, QStringLiteral("5555"), QString()));
        QVERIFY(desk.admin->errorText().contains(QStringLiteral("Only a manager")));
        // On a shared store a manager without their own database login signs in as desk only.
        QCOMPARE(desk.signIn->signIn(QStringLiteral("Maria"), QStringLiteral("9999")).result, SignIn::Result::SignedIn);
        if (kind == QLatin1String("postgres")) {
            QCOMPARE(desk.signIn->effectiveRole(), StaffRole::Role::Desk);
            return; // the manager's own login: switchLoginAndBack
        }
        m_clock.advanceSecs(60);
        QVERIFY2(desk.lockAdmin->remove(lock), qPrintable(desk.lockAdmin->errorText()));
        QCOMPARE(desk.locks->count(), 0);
        const AuditEntry last = desk.audit->recent().constFirst();
        QCOMPARE(last.action, QStringLiteral("lock.removed"));
        QCOMPARE(last.staffName, QStringLiteral("Maria"));
        QCOMPARE(last.detail, QStringLiteral("Room 7"));
        QCOMPARE(last.atUtc, m_clock.nowUtc());
        QVERIFY(!last.desk.isEmpty());
    }

    void lastManagerStays()
    {
        bool create = false;
        const QString where = storeFor(QStringLiteral("sqlite"), &create);
        Desk desk;
        QString error;
        QVERIFY2(desk.open(where, m_clock, create, &error), qPrintable(error));
        seed(desk);
        QVERIFY2(desk.signIn->setEnabledSetting(true, &error), qPrintable(error));
        QCOMPARE(desk.signIn->signIn(QStringLiteral("Maria"), QStringLiteral("9999")).result, SignIn::Result::SignedIn);
        StaffMember maria;
        QVERIFY(desk.staff->findByName(QStringLiteral("maria"), &maria));
        QVERIFY(!desk.admin->changeRole(maria.id, StaffRole::Role::Desk));
        QVERIFY(desk.admin->errorText().contains(QStringLiteral("only manager")));
        QVERIFY(!desk.admin->add(QStringLiteral("MARIA"), StaffRole::Role::Desk, QStringLiteral("12345"), QString()));
        QVERIFY(!desk.admin->add(QStringLiteral("Short"), StaffRole::Role::Desk, QStringLiteral("12"), QString()));
        // A manager with a database login signs in with its password, which the server takes from
        // the network: never a PIN, never short.
        QVERIFY(!desk.admin->add(QStringLiteral("Boss"), StaffRole::Role::Manager, QStringLiteral("123456789012"),
                                 QStringLiteral("boss")));
        QVERIFY(desk.admin->errorText().contains(QStringLiteral("10 characters")));
        QVERIFY(!desk.admin->add(QStringLiteral("Boss"), StaffRole::Role::Manager, QStringLiteral("short pw"),
                                 QStringLiteral("boss")));
        QVERIFY2(desk.admin->add(QStringLiteral("Ann"), StaffRole::Role::Manager, QStringLiteral("long password"), QString()),
                 qPrintable(desk.admin->errorText()));
        QVERIFY2(desk.admin->changeRole(maria.id, StaffRole::Role::Desk), qPrintable(desk.admin->errorText()));
        const QList<AuditEntry> audit = desk.audit->recent();
        QCOMPARE(audit.constFirst().action, QStringLiteral("staff.role-changed"));
        QCOMPARE(audit.at(1).action, QStringLiteral("staff.added"));
    }

    void staffChangesTakeEffectForWhoeverIsSignedIn()
    {
        bool create = false;
        const QString where = storeFor(QStringLiteral("sqlite"), &create);
        Desk desk;
        Desk other; // a second desk on the same file
        QString error;
        QVERIFY2(desk.open(where, m_clock, create, &error), qPrintable(error));
        QVERIFY2(other.open(where, m_clock, false, &error), qPrintable(error));
        seed(desk);
        QVERIFY2(desk.signIn->setEnabledSetting(true, &error), qPrintable(error));
        QCOMPARE(desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("1234")).result, SignIn::Result::SignedIn);
        QCOMPARE(other.signIn->signIn(QStringLiteral("Maria"), QStringLiteral("9999")).result, SignIn::Result::SignedIn);
        StaffMember tom;
        QVERIFY(desk.staff->findByName(QStringLiteral("Tom"), &tom));
        QVERIFY2(other.admin->changeRole(tom.id, StaffRole::Role::Manager), qPrintable(other.admin->errorText()));
        QSignalSpy changed(desk.signIn.get(), &SignIn::signedInChanged);
        desk.signIn->refreshCurrent();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(desk.signIn->effectiveRole(), StaffRole::Role::Manager);
        QVERIFY2(other.admin->deactivate(tom.id), qPrintable(other.admin->errorText()));
        desk.signIn->refreshCurrent();
        QVERIFY(!desk.signIn->isSignedIn());
    }

    void switchLoginAndBack()
    {
        NEW_SHARED_DATABASE(url);
        const QString database = QUrl(url).path().mid(1);
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString deskLogin = QStringLiteral("desk_") + suffix;
        const QString managerLogin = QStringLiteral("mgr_") + suffix;
        {
            Database setup;
            Database::StartOptions creating;
            creating.createStore = true;
            QVERIFY2(setup.open(url, creating), qPrintable(setup.errorText()));
        }
        QString error;
        QStringList grants;
        for (const QString& login : {deskLogin, managerLogin}) {
            grants << QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1'").arg(login)
                   << QStringLiteral("GRANT USAGE ON SCHEMA netcode TO %1").arg(login)
                   << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA netcode TO %1").arg(login);
        }
        grants << QStringLiteral("GRANT DELETE ON ALL TABLES IN SCHEMA netcode TO %1").arg(managerLogin);
        QVERIFY2(SharedTestStore::runAsAdmin(database, grants, &error), qPrintable(error));
        const QString deskUrl = QStringLiteral("postgresql://%1:pw-%1@127.0.0.1:%2/%3")
                                    .arg(deskLogin)
                                    .arg(SharedTestStore::tcpPort())
                                    .arg(database);
        Desk desk;
        QVERIFY2(desk.open(deskUrl, m_clock, false, &error), qPrintable(error));
        QCOMPARE(desk.database.loginName(), deskLogin);
        // A repository made before the switch keeps working after it: the same connection.
        QVERIFY2(desk.database.switchLogin(managerLogin, QStringLiteral("pw-") + managerLogin, &error), qPrintable(error));
        QCOMPARE(scalar(desk.database, QStringLiteral("SELECT current_user")), managerLogin);
        QCOMPARE(scalar(desk.database, QStringLiteral("SHOW statement_timeout")), QStringLiteral("20s"));
        QCOMPARE(desk.staff->activeCount(), 0);
        // A wrong password leaves the previous login in place and working.
        QVERIFY(!desk.database.switchLogin(deskLogin, QStringLiteral("wrong"), &error));
        QVERIFY2(error.contains(QStringLiteral("refused the login")), qPrintable(error));
        QCOMPARE(scalar(desk.database, QStringLiteral("SELECT current_user")), managerLogin);
        QCOMPARE(scalar(desk.database, QStringLiteral("SHOW search_path")), QStringLiteral("netcode, public"));
        QVERIFY2(desk.database.switchLogin(deskLogin, QStringLiteral("pw-") + deskLogin, &error), qPrintable(error));
        QCOMPARE(scalar(desk.database, QStringLiteral("SELECT current_user")), deskLogin);

        // Through sign-in: a manager's row names their login; signing in switches, a desk user
        // switches back to the PC's own login, and the audit row names the server's login.
        SignIn tool(*desk.staff, *desk.audit, m_clock, &desk.database);
        tool.actAsAdministrator(QStringLiteral("(command line) test"));
        StaffAdmin admin(*desk.staff, tool, desk.database.connection());
        QVERIFY2(admin.add(QStringLiteral("Maria"), StaffRole::Role::Manager, QStringLiteral("pw-") + managerLogin,
                           managerLogin),
                 qPrintable(admin.errorText()));
        QVERIFY(admin.add(QStringLiteral("Tom"), StaffRole::Role::Desk, QStringLiteral("1234"), QString()));
        Lock lock;
        lock.name = QStringLiteral("Room 8");
        lock.model = LockModelId::KL1060G3;
        lock.timecode = QStringLiteral("ABCDEF12");
        lock.lockNumber = QStringLiteral("1");
        lock.timeZoneId = QStringLiteral("Europe/London");
        QVERIFY(desk.locks->insert(&lock));
        const SignIn::Attempt manager = desk.signIn->signIn(QStringLiteral("Maria"), QStringLiteral("pw-") + managerLogin);
        QCOMPARE(manager.result, SignIn::Result::SignedIn);
        QVERIFY2(manager.message.isEmpty(), qPrintable(manager.message));
        QCOMPARE(desk.signIn->effectiveRole(), StaffRole::Role::Manager);
        QCOMPARE(scalar(desk.database, QStringLiteral("SELECT current_user")), managerLogin);
        QVERIFY2(desk.lockAdmin->remove(lock), qPrintable(desk.lockAdmin->errorText()));
        const AuditEntry removed = desk.audit->recent().constFirst();
        QCOMPARE(removed.staffName, QStringLiteral("Maria"));
        QCOMPARE(removed.dbLogin, managerLogin);
        QCOMPARE(desk.signIn->signIn(QStringLiteral("Tom"), QStringLiteral("1234")).result, SignIn::Result::SignedIn);
        QCOMPARE(scalar(desk.database, QStringLiteral("SELECT current_user")), deskLogin);
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_sign_in.moc"
