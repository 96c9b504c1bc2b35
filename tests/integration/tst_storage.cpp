#include "Database.h"
#include "DatabaseLock.h"
#include "DurationCatalogueRepository.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "MailAttemptRepository.h"
#include "Migrations.h"
#include "SqlDialect.h"
#include "TestStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <unistd.h>
#endif

namespace {
QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

#ifdef Q_OS_LINUX
// Real read-only and full file systems. The suite runs as root, and chmod does not stop root, so
// these use what does: the immutable attribute, a read-only bind mount, a tiny tmpfs.
bool setImmutable(const QString& path, bool on, QString* why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    int flags = 0;
    bool ok = fd >= 0 && ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    if (!ok)
        *why = QString::fromLocal8Bit(std::strerror(errno));
    if (fd >= 0)
        ::close(fd);
    return ok;
}

// Unmounts when the test ends, whatever happens.
struct Mount {
    QString where;
    bool mounted = false;
    ~Mount()
    {
        if (mounted)
            ::umount2(QFile::encodeName(where).constData(), MNT_DETACH);
    }
};
#endif

Lock sampleLock(const QString& name)
{
    Lock lock;
    lock.name = name;
    lock.group = QStringLiteral("First floor");
    lock.model = LockModelId::KL1060G3;
    lock.timecode = QStringLiteral("202604221226");
    lock.lockNumber = QStringLiteral("921239");
    lock.timeZoneId = QStringLiteral("Europe/London");
    return lock;
}

HistoryEntry sampleEntry(const QString& guest, const QString& code, int minutesAgo)
{
    HistoryEntry e;
    e.issuedAtUtc = QDateTime(QDate(2027, 1, 14), QTime(12, 0), QTimeZone::utc()).addSecs(-60 * minutesAgo);
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
    e.reference = QStringLiteral("BK-") + guest;
    e.source = HistoryEntry::Source::Demo;
    return e;
}
} // namespace

class TestStorage final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    // A fresh store for the cases that hold on both stores: a file here, a database on PostgreSQL.
    QString store(const char* name) const
    {
        QString error;
        static int made = 0; // a new file each time, data rows included
        const QString address = TestStore::fresh(m_dir, QStringLiteral("%1-%2").arg(++made).arg(QLatin1String(name)), &error);
        if (address.isEmpty())
            qWarning("no fresh %s store: %s", TestStore::name(), qPrintable(error));
        return address;
    }

private slots:
    void createsTheSchemaInAnEmptyFileAndReopens()
    {
        {
            Database db;
            QVERIFY2(db.open(path("a/b/new.sqlite")), qPrintable(db.errorText()));
            QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
            LockRepository locks(db.connection());
            Lock lock = sampleLock(QStringLiteral("Room 101"));
            QVERIFY2(locks.insert(&lock), qPrintable(locks.errorText()));
            QVERIFY(lock.id > 0);
            HistoryRepository history(db.connection());
            HistoryEntry entry = sampleEntry(QStringLiteral("Ana"), QStringLiteral("0830719"), 0);
            QVERIFY(history.add(&entry));
        }
        Database again;
        QVERIFY(again.open(path("a/b/new.sqlite")));
        QCOMPARE(LockRepository(again.connection()).count(), 1);
        const auto entries = HistoryRepository(again.connection()).page(QString(), 0, 10);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().code, QStringLiteral("0830719"));
        QCOMPARE(entries.first().windowStartUtc, QDateTime(QDate(2027, 1, 14), QTime(14, 0), QTimeZone::utc()));
        QCOMPARE(entries.first().source, HistoryEntry::Source::Demo);
        QCOMPARE(entries.first().startSent, QStringLiteral("2027-01-14 14:00"));
    }

    void migratesAnEmptyExistingFile()
    {
        QFile empty(path("empty.sqlite"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        Database db;
        QVERIFY2(db.open(empty.fileName()), qPrintable(db.errorText()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    }

    void refusesANewerSchemaWithoutTouchingIt()
    {
        {
            Database db;
            QVERIFY(db.open(path("newer.sqlite")));
            QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        Database db;
        QVERIFY(!db.open(path("newer.sqlite")));
        QVERIFY2(db.errorText().contains(QLatin1String("newer version")), qPrintable(db.errorText()));
    }

    // The sidecar lock: every opener shares it; the exclusive hold (replacing the file) is only
    // granted to one that is alone, and the gate keeps two from deciding at once.
    void theSidecarLockTellsWhetherAnotherOpenerHasTheDatabase()
    {
        const QString file = path("sidecar/db.sqlite");
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        DatabaseLock first;
        DatabaseLock second;
        QString error;
        QVERIFY2(first.open(file, &error), qPrintable(error));
        QVERIFY2(second.open(file, &error), qPrintable(error));
        QVERIFY(QFile::exists(DatabaseLock::sidecarPathFor(file)));
        QVERIFY(first.lockGate(1000));
        QVERIFY(first.setHold(DatabaseLock::Hold::Exclusive));
        QVERIFY(!second.lockGate(50)); // the first is still deciding
        QVERIFY(first.setHold(DatabaseLock::Hold::Shared));
        first.unlockGate();
        QVERIFY(second.lockGate(1000));
        QVERIFY(!second.setHold(DatabaseLock::Hold::Exclusive)); // the first has it open
        QCOMPARE(second.hold(), DatabaseLock::Hold::None);
        QVERIFY(second.setHold(DatabaseLock::Hold::Shared));
        second.unlockGate();
        first.close(); // as when a process ends, however it ends
        QVERIFY(second.lockGate(1000));
        QVERIFY(second.setHold(DatabaseLock::Hold::Exclusive));
        QVERIFY(second.setHold(DatabaseLock::Hold::Shared));
        second.unlockGate();
    }

    void refusesAFileThatIsNotADatabase()
    {
        QFile junk(path("junk.sqlite"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        Database db;
        QVERIFY(!db.open(junk.fileName()));
        QCOMPARE(db.failure(), Database::Failure::NotADatabase);
        QVERIFY(db.failedAsDamaged());
        // Its own message, with SQLite's reason (it used to be empty).
        QVERIFY2(db.errorText().contains(QLatin1String("not a NetCode Desk database")), qPrintable(db.errorText()));
        QVERIFY2(db.errorText().contains(QLatin1String("file is not a database")), qPrintable(db.errorText()));
        QCOMPARE(contentsOf(junk.fileName()), QByteArray(4096, 'x'));
    }

#ifdef Q_OS_LINUX
    void aReadOnlyDatabaseFileIsNotCalledDamaged()
    {
        const QString file = path("immutable/db.sqlite");
        {
            Database db;
            QVERIFY(db.open(file));
            LockRepository locks(db.connection());
            Lock lock = sampleLock(QStringLiteral("Room 101"));
            QVERIFY(locks.insert(&lock));
        }
        const QByteArray before = contentsOf(file);
        QString why;
        if (!setImmutable(file, true, &why))
            QSKIP(qPrintable(QStringLiteral("the immutable attribute cannot be set here (%1)").arg(why)));
        Database db;
        const bool opened = db.open(file);
        const QString error = db.errorText();
        const Database::Failure failure = db.failure();
        db.close();
        QVERIFY(setImmutable(file, false, &why));
        QVERIFY(!opened);
        QCOMPARE(failure, Database::Failure::ReadOnly);
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("not a NetCode Desk database")), qPrintable(error));
        QCOMPARE(contentsOf(file), before);
    }

    void aReadOnlyFolderOrDiskHasItsOwnMessage()
    {
        const QString source = path("ro-source");
        const QString view = path("ro-view");
        {
            Database db;
            QVERIFY(db.open(source + QStringLiteral("/db.sqlite")));
        }
        QVERIFY(QDir().mkpath(view));
        Mount mount{view};
        if (::mount(QFile::encodeName(source).constData(), QFile::encodeName(view).constData(), nullptr, MS_BIND, nullptr) != 0)
            QSKIP(qPrintable(QStringLiteral("a bind mount needs root (%1)").arg(QString::fromLocal8Bit(std::strerror(errno)))));
        mount.mounted = true;
        QVERIFY(::mount(nullptr, QFile::encodeName(view).constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0);

        Database existing;
        QVERIFY(!existing.open(view + QStringLiteral("/db.sqlite")));
        QCOMPARE(existing.failure(), Database::Failure::ReadOnly);
        QVERIFY2(existing.errorText().contains(QLatin1String("read-only")), qPrintable(existing.errorText()));

        Database fresh;
        QVERIFY(!fresh.open(view + QStringLiteral("/new.sqlite")));
        QCOMPARE(fresh.failure(), Database::Failure::ReadOnly);
        QVERIFY2(fresh.errorText().contains(QLatin1String("folder")), qPrintable(fresh.errorText()));
        QVERIFY2(fresh.errorText().contains(QLatin1String("read-only")), qPrintable(fresh.errorText()));
        QVERIFY(!QFile::exists(source + QStringLiteral("/new.sqlite")));
    }

    void aFullDiskHasItsOwnMessage()
    {
        const QString disk = path("full-disk");
        QVERIFY(QDir().mkpath(disk));
        Mount mount{disk};
        if (::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=256k") != 0)
            QSKIP(qPrintable(QStringLiteral("a tmpfs mount needs root (%1)").arg(QString::fromLocal8Bit(std::strerror(errno)))));
        mount.mounted = true;
        // Leave room for little more than the lock file and a page or two.
        QFile pad(disk + QStringLiteral("/pad"));
        QVERIFY(pad.open(QIODevice::WriteOnly));
        pad.write(QByteArray(256 * 1024 - 12 * 1024, '\0'));
        pad.close();
        Database db;
        QVERIFY(!db.open(disk + QStringLiteral("/db.sqlite")));
        QVERIFY2(db.failure() == Database::Failure::DiskFull, qPrintable(db.errorText()));
        QVERIFY2(db.errorText().contains(QLatin1String("full")), qPrintable(db.errorText()));
        QVERIFY(!db.failedAsDamaged());
    }
#endif

    void migratesAVersion1DatabaseKeepingItsHistory()
    {
        const QString path = this->path("v1.sqlite");
        {
            // A database as the first release left it: schema 1 with a code in history.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE locks (id INTEGER PRIMARY KEY, name TEXT NOT NULL, group_name TEXT NOT NULL DEFAULT '', model TEXT NOT NULL, timecode TEXT NOT NULL DEFAULT '', lock_number TEXT NOT NULL DEFAULT '', smart_lock_id TEXT NOT NULL DEFAULT '', access_key_ref TEXT NOT NULL DEFAULT '', mode TEXT NOT NULL DEFAULT 'standard', time_zone TEXT NOT NULL, clock_follows_dst INTEGER NOT NULL DEFAULT 0, favourite INTEGER NOT NULL DEFAULT 0, last_used_utc TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE UNIQUE INDEX locks_name ON locks(name COLLATE NOCASE)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE history (id INTEGER PRIMARY KEY, issued_at_utc TEXT NOT NULL, issued_by TEXT NOT NULL DEFAULT '', lock_id INTEGER, lock_name TEXT NOT NULL, lock_model TEXT NOT NULL, mode TEXT NOT NULL, duration_id INTEGER NOT NULL, duration_label TEXT NOT NULL DEFAULT '', start_sent TEXT NOT NULL, window_start_utc TEXT NOT NULL, window_end_utc TEXT NOT NULL, code TEXT NOT NULL DEFAULT '', guest_name TEXT NOT NULL DEFAULT '', room TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', source TEXT NOT NULL, outcome TEXT NOT NULL, failure_text TEXT NOT NULL DEFAULT '')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO history (issued_at_utc, lock_name, lock_model, mode, duration_id, start_sent, window_start_utc, window_end_utc, code, guest_name, source, outcome) VALUES ('2026-11-01T10:00:00Z', 'Room 101', 'KL1060G3', 'standard', 2, '2026-11-01 10:00', '2026-11-01T10:00:00Z', '2026-11-01T13:00:00Z', '0123456', 'Ana', 'api', 'issued')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorText()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        const auto rows = HistoryRepository(db.connection()).page(QString(), 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().code, QStringLiteral("0123456"));
        QCOMPARE(rows.first().issueMode(), IssueMode::StandardMultiUse);
        QVERIFY(!rows.first().firstUseByUtc.isValid());
        QVERIFY(rows.first().lockTimeZone.isEmpty());
        // Rows from before the clock frame was kept read in the fallback zone.
        QCOMPARE(rows.first().lockFrame(QTimeZone("Europe/London")).zone.id(), QByteArray("Europe/London"));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 1; version < Migrations::latestVersion(); ++version)
            QTest::newRow(qPrintable(QStringLiteral("schema %1").arg(version))) << version;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString file = path(qPrintable(QStringLiteral("from-%1.sqlite").arg(from)));
        const QString name = QStringLiteral("old-%1").arg(from);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrations::apply(db, &error, from), qPrintable(error));
            QCOMPARE(Migrations::version(db), from);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO history (issued_at_utc, lock_name, lock_model, mode, duration_id, "
                                          "start_sent, window_start_utc, window_end_utc, code, guest_name, source, outcome) "
                                          "VALUES ('2026-11-01T10:00:00Z', 'Room 7', 'KL1060G3', 'standard', 2, "
                                          "'2026-11-01 10:00', '2026-11-01T10:00:00Z', '2026-11-01T13:00:00Z', '0123456', "
                                          "'Ximena Okafor', 'api', 'issued')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorText()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        HistoryRepository history(db.connection());
        // The search index covers rows written before it existed.
        QCOMPARE(history.count(QStringLiteral("okafor")), 1);
        QCOMPARE(history.page(QStringLiteral("0123"), 0, 5).first().guestName, QStringLiteral("Ximena Okafor"));
        HistoryEntry added = sampleEntry(QStringLiteral("New guest"), QStringLiteral("7654321"), 0);
        QVERIFY(history.add(&added));
        QCOMPARE(history.count(QString()), 2);
    }

    // A database whose codes were emailed before the language of an email was kept (schema 10):
    // the attempts stay, their language unknown (''), and new ones keep theirs; still never changed.
    void migratesAVersion10DatabaseKeepingItsEmailAttempts()
    {
        const QString file = path("v10-mail.sqlite");
        const QString name = QStringLiteral("v10-mail");
        qint64 historyId = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrations::apply(db, &error, 10), qPrintable(error));
            QCOMPARE(Migrations::version(db), 10);
            QVERIFY(!db.record(QStringLiteral("mail_attempts")).contains(QStringLiteral("language")));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO history (issued_at_utc, lock_name, lock_model, mode, duration_id, "
                                          "start_sent, window_start_utc, window_end_utc, code, guest_name, source, outcome) "
                                          "VALUES ('2026-11-01T10:00:00Z', 'Room 7', 'KL1060G3', 'standard', 2, "
                                          "'2026-11-01 10:00', '2026-11-01T10:00:00Z', '2026-11-01T13:00:00Z', '0123456', "
                                          "'Jürgen', 'api', 'issued')")));
            historyId = q.lastInsertId().toLongLong();
            QVERIFY(historyId > 0);
            for (const char* outcome : {"refused", "delivered"}) {
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO mail_attempts (history_id, recipient, attempted_at_utc, "
                                               "attempted_by, outcome, detail) VALUES (%1, 'j@example.org', "
                                               "'2026-11-01T10:05:00Z', 'sam', '%2', '')")
                                    .arg(historyId)
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
        const QList<MailAttempt> old = attempts.forHistory(historyId);
        QCOMPARE(old.size(), 2);
        QCOMPARE(old.at(0).outcome, MailAttempt::Outcome::Refused);
        QCOMPARE(old.at(1).outcome, MailAttempt::Outcome::Delivered);
        QCOMPARE(old.at(1).recipient, QStringLiteral("j@example.org"));
        for (const MailAttempt& attempt : old)
            QVERIFY(attempt.language.isEmpty()); // not known: sending again picks as before
        QVERIFY(attempts.latestFor({historyId}).value(historyId).language.isEmpty());

        MailAttempt added;
        added.historyId = historyId;
        added.recipient = QStringLiteral("j@example.org");
        added.attemptedAtUtc = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
        added.outcome = MailAttempt::Outcome::Delivered;
        added.language = QStringLiteral("de");
        QVERIFY2(attempts.record(&added), qPrintable(attempts.errorText()));
        QCOMPARE(attempts.latestFor({historyId}).value(historyId).language, QStringLiteral("de"));
        QCOMPARE(attempts.forHistory(historyId).size(), 3);
        // The guard made with the table still holds for the new column.
        QSqlQuery change(db.connection());
        QVERIFY(!change.exec(QStringLiteral("UPDATE mail_attempts SET language = 'fr'")));
        QVERIFY2(change.lastError().text().contains(QLatin1String("never changed")), qPrintable(change.lastError().text()));
        QCOMPARE(attempts.latestFor({historyId}).value(historyId).language, QStringLiteral("de"));
    }

    // Each email keeps the language it was written in, on either store; '' is "not known".
    void mailAttemptsKeepTheirLanguage()
    {
        const QString address = store("mail-language.sqlite");
        QVERIFY(!address.isEmpty());
        Database db;
        QVERIFY2(db.open(address), qPrintable(db.errorText()));
        HistoryRepository history(db.connection());
        HistoryEntry ana = sampleEntry(QStringLiteral("Ana"), QStringLiteral("1234567"), 30);
        HistoryEntry ben = sampleEntry(QStringLiteral("Ben"), QStringLiteral("7654321"), 20);
        QVERIFY(history.add(&ana));
        QVERIFY(history.add(&ben));
        MailAttemptRepository attempts(db.connection());
        const QDateTime at(QDate(2027, 1, 14), QTime(12, 0), QTimeZone::utc());
        const auto record = [&](qint64 historyId, const QString& language, MailAttempt::Outcome outcome, int minutes) {
            MailAttempt attempt;
            attempt.historyId = historyId;
            attempt.recipient = QStringLiteral("guest@example.org");
            attempt.attemptedAtUtc = at.addSecs(60 * minutes);
            attempt.outcome = outcome;
            attempt.detail = QStringLiteral("x");
            attempt.language = language;
            return attempts.record(&attempt);
        };
        QVERIFY2(record(ana.id, QStringLiteral("de"), MailAttempt::Outcome::Failed, 0), qPrintable(attempts.errorText()));
        QVERIFY2(record(ana.id, QStringLiteral("fr"), MailAttempt::Outcome::Delivered, 1), qPrintable(attempts.errorText()));
        QVERIFY2(record(ben.id, QStringLiteral("nl"), MailAttempt::Outcome::Refused, 2), qPrintable(attempts.errorText()));
        QVERIFY2(record(ben.id, QString(), MailAttempt::Outcome::Refused, 3), qPrintable(attempts.errorText()));

        const QList<MailAttempt> anas = attempts.forHistory(ana.id);
        QCOMPARE(anas.size(), 2);
        QCOMPARE(anas.at(0).language, QStringLiteral("de"));
        QCOMPARE(anas.at(1).language, QStringLiteral("fr"));
        const QHash<qint64, MailAttempt> latest = attempts.latestFor({ana.id, ben.id});
        QCOMPARE(latest.value(ana.id).language, QStringLiteral("fr"));
        QVERIFY(latest.value(ben.id).language.isEmpty()); // a null language is written as '' (not known)
        const QList<MailAttempt> failed = attempts.failedSince(at.addSecs(-60));
        QCOMPARE(failed.size(), 1); // Ben's latest; Ana's failure was delivered after
        QCOMPARE(failed.at(0).historyId, ben.id);
        QVERIFY(failed.at(0).language.isEmpty());
        const QList<MailAttempt> bens = attempts.forHistory(ben.id);
        QCOMPARE(bens.size(), 2);
        QCOMPARE(bens.at(0).language, QStringLiteral("nl"));
    }

    void searchFiltersAndSorting()
    {
        Database db;
        QVERIFY(db.open(store("query.sqlite")));
        HistoryRepository history(db.connection());
        const QDateTime now(QDate(2027, 1, 14), QTime(15, 0), QTimeZone::utc());
        struct Row { const char* guest; int startOffsetHours; int lockId; bool failed; };
        const Row rows[] = {{"Ana Active", -1, 1, false}, {"Ben Upcoming", 5, 1, false}, {"Cy Expired", -30, 2, false},
                            {"Dee Failed", 2, 2, true}};
        for (const Row& row : rows) {
            HistoryEntry e = sampleEntry(QString::fromLatin1(row.guest), QStringLiteral("5550000"), 0);
            e.issuedAtUtc = now.addSecs(qint64(row.startOffsetHours) * 3600 - 600);
            e.windowStartUtc = now.addSecs(qint64(row.startOffsetHours) * 3600);
            e.windowEndUtc = e.windowStartUtc.addSecs(3 * 3600);
            e.lockId = row.lockId;
            if (row.failed) {
                e.outcome = HistoryEntry::Outcome::Failed;
                e.failureText = QStringLiteral("wrong length");
            }
            QVERIFY(history.add(&e));
        }
        HistoryQuery q;
        q.nowUtc = now;
        q.zone = QTimeZone("Europe/London");
        auto guests = [&](const HistoryQuery& query) {
            QStringList names;
            for (const HistoryEntry& e : history.page(query, 0, 50))
                names << e.guestName;
            return names;
        };
        q.status = HistoryQuery::Status::ActiveNow;
        QCOMPARE(guests(q), QStringList{QStringLiteral("Ana Active")});
        q.status = HistoryQuery::Status::Upcoming;
        QCOMPARE(guests(q), QStringList{QStringLiteral("Ben Upcoming")});
        q.status = HistoryQuery::Status::Expired;
        QCOMPARE(guests(q), QStringList{QStringLiteral("Cy Expired")});
        q.status = HistoryQuery::Status::Failed;
        QCOMPARE(guests(q), QStringList{QStringLiteral("Dee Failed")});
        q.status = HistoryQuery::Status::IssuedToday;
        QCOMPARE(guests(q).size(), 3); // Cy was issued yesterday
        q.status = HistoryQuery::Status::All;
        q.lockId = 2;
        QCOMPARE(guests(q).size(), 2);
        q.lockId = 0;
        q.sortKey = HistoryQuery::SortKey::Guest;
        q.descending = false;
        QCOMPARE(guests(q).first(), QStringLiteral("Ana Active"));
        q.descending = true;
        QCOMPARE(guests(q).first(), QStringLiteral("Dee Failed"));
        q.issuedFrom = QDate(2027, 1, 14);
        q.issuedTo = QDate(2027, 1, 14);
        QCOMPARE(guests(q).size(), 3);
        q = HistoryQuery();
        q.nowUtc = now;
        q.search = QStringLiteral("upcom");
        QCOMPARE(guests(q), QStringList{QStringLiteral("Ben Upcoming")});
        q.search = QStringLiteral("\"Ben\" OR *"); // never read as full-text syntax
        QCOMPARE(guests(q).size(), 0);
        q.search = QStringLiteral("Cy");             // shorter than three: the start of a field
        QCOMPARE(guests(q), QStringList{QStringLiteral("Cy Expired")});
    }

    // A code is shown grouped ("316 5133") and read back to the desk that way: searching for it as
    // shown finds it, on either store, whatever separates the groups.
    void searchFindsACodeAsItIsShown()
    {
        Database db;
        QVERIFY(db.open(store("code-search.sqlite")));
        HistoryRepository history(db.connection());
        HistoryEntry e = sampleEntry(QStringLiteral("Ana"), QStringLiteral("3165133"), 0);
        QVERIFY(history.add(&e));
        HistoryEntry other = sampleEntry(QStringLiteral("Room 316 5"), QStringLiteral("7770001"), 0);
        QVERIFY(history.add(&other));
        HistoryQuery q;
        q.nowUtc = e.issuedAtUtc;
        for (const char* typed : {"316 5133", " 316 5133 ", "316-5133", "3165133", "165 13"}) {
            q.search = QString::fromUtf8(typed);
            const QList<HistoryEntry> found = history.page(q, 0, 50);
            QVERIFY2(found.size() == 1 && found.first().code == QLatin1String("3165133"), typed);
            QCOMPARE(history.count(q), 1);
        }
        q.search = QString::fromUtf8("316\u00a05133");
        QCOMPARE(history.page(q, 0, 50).size(), 1);
        q.search = QStringLiteral("Room 316 5"); // words with digits in them stay words
        QCOMPARE(history.page(q, 0, 50).size(), 1);
        QCOMPARE(history.page(q, 0, 50).first().guestName, QStringLiteral("Room 316 5"));
    }

    // The issue path's statements reach PostgreSQL with their values written in as literals (one
    // round trip, SqlDialect::run): hostile text goes in and comes back exactly, a marker inside
    // quotes stays text, and markers that do not pair with the values fail as before.
    void valuesWrittenIntoStatementsComeBackExactly()
    {
        Database db;
        QVERIFY(db.open(store("literals.sqlite")));
        HistoryRepository history(db.connection());
        const QString hostile = QStringLiteral("O'Brien \\' \" ?; DROP TABLE history; -- $1 /* \u00e9\u4e2d \U0001F600 */");
        HistoryEntry e = sampleEntry(hostile, QStringLiteral("1234567"), 0);
        e.room = QStringLiteral("?");
        e.note = QStringLiteral("''");
        QVERIFY2(history.add(&e), qPrintable(history.errorText()));
        HistoryEntry back;
        QVERIFY(history.find(e.id, &back));
        QCOMPARE(back.guestName, hostile);
        QCOMPARE(back.reference, QStringLiteral("BK-") + hostile);
        QCOMPARE(back.room, QStringLiteral("?"));
        QCOMPARE(back.note, QStringLiteral("''"));
        QCOMPARE(history.count(QString()), 1);

        QSqlQuery query(db.connection());
        QVERIFY2(SqlDialect::run(db.connection(), query, QStringLiteral("SELECT '?' || ?, ? IS NULL, ?"),
                                 {QStringLiteral("x'?"), QVariant(QString()), qint64(-42)}),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("?x'?"));
        QVERIFY(query.value(1).toBool()); // a null QString is NULL, as QtSql binds it
        QCOMPARE(query.value(2).toLongLong(), qint64(-42));
        query.finish();
        // A negative number after a minus sign or before a cast stays a number.
        QVERIFY2(SqlDialect::run(db.connection(), query, QStringLiteral("SELECT 10 -?, CAST(? AS TEXT)"), {-5, qint64(-7)}),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 15);
        QCOMPARE(query.value(1).toString(), QStringLiteral("-7"));
        query.finish();
        QSqlQuery mismatched(db.connection());
        QVERIFY(!SqlDialect::run(db.connection(), mismatched, QStringLiteral("SELECT ?, ?"), {1}));
        QVERIFY(mismatched.lastError().isValid());
    }

    // U+0000 comes only from pasted or imported bytes; PostgreSQL cannot hold it in text and would
    // refuse the whole write. Both stores keep the same text without it, so a guest or a lock
    // named with one is kept (and the code issued) instead of failing on one store only.
    void aNulCharacterIsDroppedAlikeOnBothStores()
    {
        Database db;
        QVERIFY(db.open(store("nul.sqlite")));
        HistoryRepository history(db.connection());
        const QString pasted = QStringLiteral("Ana") + QChar(u'\0') + QStringLiteral(" L\u00f3pez");
        HistoryEntry e = sampleEntry(pasted, QStringLiteral("1234567"), 0);
        e.note = QString(QChar(u'\0'));
        QVERIFY2(history.add(&e), qPrintable(history.errorText()));
        HistoryEntry back;
        QVERIFY(history.find(e.id, &back));
        QCOMPARE(back.guestName, QStringLiteral("Ana L\u00f3pez"));
        QCOMPARE(back.reference, QStringLiteral("BK-Ana L\u00f3pez"));
        QCOMPARE(back.note, QString());
        QCOMPARE(history.page(QStringLiteral("l\u00f3pez"), 0, 10).size(), 1);

        LockRepository locks(db.connection());
        Lock lock = sampleLock(QStringLiteral("Room") + QChar(u'\0') + QStringLiteral("12"));
        QVERIFY2(locks.insert(&lock), qPrintable(locks.errorText()));
        Lock kept;
        QVERIFY(locks.find(lock.id, &kept));
        QCOMPARE(kept.name, QStringLiteral("Room12"));
        // Looked up as it was typed, it is the same lock (a second one of that name is a clash).
        QVERIFY(locks.findByName(QStringLiteral("Room") + QChar(u'\0') + QStringLiteral("12"), &kept));
        QCOMPARE(kept.id, lock.id);
    }

    // The search follows every write of a searched column (a code answered after its claim, a
    // guest's name corrected) and stays as it was through writes of other columns (sent, a lease,
    // a print): on SQLite the index trigger fires only for the searched columns (schema 13).
    void searchFollowsWritesOfSearchedColumnsOnly()
    {
        Database db;
        QVERIFY(db.open(store("search-follows.sqlite")));
        HistoryRepository history(db.connection());
        HistoryEntry e = sampleEntry(QStringLiteral("Ana Lopez"), QString(), 0);
        e.outcome = HistoryEntry::Outcome::Claimed;
        QVERIFY2(history.add(&e), qPrintable(history.errorText()));
        const auto run = [&db](const QString& sql, const QVariantList& values) {
            QSqlQuery q(db.connection());
            q.prepare(sql);
            for (const QVariant& v : values)
                q.addBindValue(v);
            return q.exec() && q.numRowsAffected() == 1;
        };
        HistoryQuery q;
        q.nowUtc = e.issuedAtUtc;
        const auto found = [&history, &q](const char* typed) {
            q.search = QString::fromUtf8(typed);
            return history.count(q);
        };
        QCOMPARE(found("Lopez"), 1);
        QCOMPARE(found("8642097"), 0);
        QVERIFY(run(QStringLiteral("UPDATE history SET outcome = 'sent' WHERE id = ?"), {e.id}));
        QVERIFY(run(QStringLiteral("UPDATE history SET lease_until_utc = ?, print_count = 2 WHERE id = ?"),
                    {QStringLiteral("2027-01-14T12:05:00Z"), e.id}));
        QCOMPARE(found("Lopez"), 1);
        QVERIFY(run(QStringLiteral("UPDATE history SET code = ?, outcome = 'issued' WHERE id = ?"),
                    {QStringLiteral("8642097"), e.id}));
        QCOMPARE(found("8642097"), 1);
        QCOMPARE(found("Lopez"), 1);
        QVERIFY(run(QStringLiteral("UPDATE history SET guest_name = ?, reference = ? WHERE id = ?"),
                    {QStringLiteral("Ana Lopes"), QStringLiteral("BK-77"), e.id}));
        QCOMPARE(found("Lopes"), 1);
        QCOMPARE(found("Lopez"), 0);
        QCOMPARE(found("8642097"), 1);
        QVERIFY(run(QStringLiteral("UPDATE history SET outcome = 'issued', note = ? WHERE id = ?"),
                    {QStringLiteral("late checkout"), e.id}));
        QCOMPARE(found("Lopes"), 1);
        QCOMPARE(found("8642097"), 1);
    }

    void historyKeepsDeadlinesAndTheLocksClock()
    {
        Database db;
        QVERIFY(db.open(store("deadlines.sqlite")));
        HistoryRepository history(db.connection());
        HistoryEntry e = sampleEntry(QStringLiteral("Ana"), QStringLiteral("1234567"), 0);
        e.mode = IssueModes::storageName(IssueMode::MediumTermRental);
        e.firstUseByUtc = QDateTime(QDate(2027, 1, 15), QTime(0, 0), QTimeZone::utc());
        e.lockTimeZone = QStringLiteral("Asia/Kolkata");
        e.lockFollowsDst = false;
        QVERIFY(history.add(&e));
        HistoryEntry loaded;
        QVERIFY(history.find(e.id, &loaded));
        QCOMPARE(loaded.issueMode(), IssueMode::MediumTermRental);
        QCOMPARE(loaded.firstUseByUtc, e.firstUseByUtc);
        QCOMPARE(loaded.lockFrame(QTimeZone("Europe/London")).zone.id(), QByteArray("Asia/Kolkata"));
        QVERIFY(!loaded.lockFrame(QTimeZone("Europe/London")).followsDst);
    }

    void durationCatalogueCache()
    {
        Database db;
        QVERIFY(db.open(store("catalogue.sqlite")));
        DurationCatalogueRepository cache(db.connection());
        DurationCatalogue loaded;
        QVERIFY(!cache.load(QStringLiteral("demo|KL1060G3"), &loaded));
        const QDateTime fetched(QDate(2027, 7, 1), QTime(9, 30), QTimeZone::utc());
        const DurationCatalogue catalogue({{0, IssueMode::StandardMultiUse, 1, 0}, {77, IssueMode::EndDate, 0, 3}}, fetched);
        QVERIFY(cache.store(QStringLiteral("demo|KL1060G3"), catalogue));
        QVERIFY(cache.load(QStringLiteral("demo|KL1060G3"), &loaded));
        QCOMPARE(loaded.all(), catalogue.all());
        QCOMPARE(loaded.fetchedAtUtc(), fetched);
        QVERIFY(!loaded.isBuiltIn());
        QVERIFY(!cache.load(QStringLiteral("https://api-connect.codelocks.io/u/1|KL1060G3"), &loaded) || loaded.all() == catalogue.all());
        // Storing again replaces.
        QVERIFY(cache.store(QStringLiteral("demo|KL1060G3"), DurationCatalogue({{5, IssueMode::TwentyFourHour, 24, 0}}, fetched)));
        QVERIFY(cache.load(QStringLiteral("demo|KL1060G3"), &loaded));
        QCOMPARE(loaded.all().size(), 1);
    }

    void lockCrud()
    {
        Database db;
        QVERIFY(db.open(store("locks.sqlite")));
        LockRepository locks(db.connection());
        Lock a = sampleLock(QStringLiteral("Room 101"));
        Lock b = sampleLock(QStringLiteral("Gate"));
        b.model = LockModelId::K3Connect;
        b.smartLockId = QStringLiteral("3F2A9C0D4B6E8F1A2C3D4E5F60718293");
        b.accessKeyRef = QStringLiteral("acct");
        b.clockFollowsDst = true;
        QVERIFY(locks.insert(&a));
        QVERIFY(locks.insert(&b));
        Lock duplicate = sampleLock(QStringLiteral("room 101"));
        QVERIFY(!locks.insert(&duplicate));
        QVERIFY(!locks.errorText().isEmpty());
        QCOMPARE(locks.namesExcept(a.id), QStringList{QStringLiteral("Gate")});

        Lock loaded;
        QVERIFY(locks.find(b.id, &loaded));
        QCOMPARE(loaded.smartLockId, QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293"));
        QCOMPARE(loaded.model, LockModelId::K3Connect);
        QVERIFY(loaded.clockFollowsDst);
        QVERIFY(loaded.timecode.isEmpty());

        loaded.name = QStringLiteral("Front gate");
        QVERIFY(locks.update(loaded));
        QVERIFY(locks.markUsed(a.id, QDateTime::currentDateTimeUtc()));
        const auto all = locks.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().name, QStringLiteral("Room 101")); // recently used first
        QVERIFY(locks.remove(a.id));
        QCOMPARE(locks.count(), 1);
    }

    void aSharedCodeLinksBothRows()
    {
        Database db;
        QVERIFY(db.open(store("shared-code.sqlite")));
        HistoryRepository history(db.connection());
        HistoryEntry ana = sampleEntry(QStringLiteral("Ana"), QStringLiteral("1234567"), 10);
        ana.source = HistoryEntry::Source::Api;
        ana.demo = false;
        QVERIFY2(history.add(&ana), qPrintable(history.errorText()));
        HistoryEntry other = sampleEntry(QStringLiteral("Cy"), QStringLiteral("7654321"), 9);
        other.startSent = QStringLiteral("2027-01-14 15:00");
        other.source = HistoryEntry::Source::Api;
        QVERIFY(history.add(&other));
        HistoryEntry ben = sampleEntry(QStringLiteral("Ben"), QStringLiteral("1234567"), 5);
        ben.room = QStringLiteral("102");
        ben.source = HistoryEntry::Source::Reused;
        ben.demo = false;
        ben.sharesCodeWith = ana.id;
        QVERIFY2(history.add(&ben), qPrintable(history.errorText()));

        // Read with a page (one lookup for the page, not one per row) and with a single row.
        const QList<HistoryEntry> page = history.page(QString(), 0, 10);
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.at(0).id, ben.id);
        QCOMPARE(page.at(0).sharesCodeWith, ana.id);
        QCOMPARE(page.at(0).otherHolderId, ana.id);
        QCOMPARE(page.at(0).otherHolderGuest, QStringLiteral("Ana"));
        QCOMPARE(page.at(0).otherHolderIssuedAtUtc, ana.issuedAtUtc);
        QCOMPARE(page.at(0).alsoHeldBy, 0);
        QVERIFY(!page.at(1).codeShared()); // Cy's code is Cy's alone
        QCOMPARE(page.at(2).id, ana.id);
        QCOMPARE(page.at(2).alsoHeldBy, 1);
        QCOMPARE(page.at(2).otherHolderGuest, QStringLiteral("Ben"));
        QCOMPARE(page.at(2).otherHolderRoom, QStringLiteral("102"));
        HistoryEntry loaded;
        QVERIFY(history.find(ana.id, &loaded));
        QCOMPARE(loaded.alsoHeldBy, 1);
        QVERIFY(history.find(ben.id, &loaded));
        QCOMPARE(loaded.sharesCodeWith, ana.id);
        // Everyone holding the request's code, oldest first.
        const QList<HistoryEntry> holders =
            history.codeHolders(QString(), QString(), QStringLiteral("KL1060G3"), ana.startSent, ana.durationId, false);
        QCOMPARE(holders.size(), 2);
        QCOMPARE(holders.at(0).id, ana.id);
        QCOMPARE(holders.at(1).id, ben.id);
        // Found by their ids first and then read whole: every column, as written.
        QCOMPARE(holders.at(1).guestName, QStringLiteral("Ben"));
        QCOMPARE(holders.at(1).room, QStringLiteral("102"));
        QCOMPARE(holders.at(1).code, QStringLiteral("1234567"));
        QCOMPARE(holders.at(1).issuedAtUtc, ben.issuedAtUtc);
        QCOMPARE(holders.at(1).windowEndUtc, ben.windowEndUtc);
        QCOMPARE(holders.at(1).source, HistoryEntry::Source::Reused);
        QCOMPARE(holders.at(1).sharesCodeWith, ana.id);
        // An earlier answer from the sources asked for: the oldest of them, whole; none from others.
        HistoryEntry answer;
        QVERIFY(history.findIssued(QString(), QString(), QStringLiteral("KL1060G3"), ana.startSent, ana.durationId,
                                   {QStringLiteral("api"), QStringLiteral("reused")}, &answer));
        QCOMPARE(answer.id, ana.id);
        QCOMPARE(answer.guestName, QStringLiteral("Ana"));
        QVERIFY(history.findIssued(QString(), QString(), QStringLiteral("KL1060G3"), ana.startSent, ana.durationId,
                                   {QStringLiteral("reused")}, &answer));
        QCOMPARE(answer.id, ben.id);
        QCOMPARE(answer.room, QStringLiteral("102"));
        QVERIFY(!history.findIssued(QString(), QString(), QStringLiteral("KL1060G3"), ana.startSent, ana.durationId,
                                    {QStringLiteral("demo")}, &answer));

        // A link names a row holding the same code for the same request, or nothing is written.
        HistoryEntry forged = sampleEntry(QStringLiteral("Dee"), QStringLiteral("1111111"), 1);
        forged.sharesCodeWith = ana.id; // another code
        QVERIFY(!history.add(&forged));
        forged.code = QStringLiteral("7654321");
        forged.sharesCodeWith = other.id; // Cy's code, but another start
        QVERIFY(!history.add(&forged));
        QCOMPARE(history.count(QString()), 3);
        // Which code a row shares never changes once written.
        QSqlQuery query(db.connection());
        if (!TestStore::isPostgres()) { // the shared store's guard is for desk logins (tst_store_setup)
            QVERIFY(!query.exec(QStringLiteral("UPDATE history SET shares_code_with = NULL WHERE id = %1").arg(ben.id)));
            QVERIFY(!query.exec(QStringLiteral("UPDATE history SET shares_code_with = %1 WHERE id = %2").arg(ben.id).arg(other.id)));
            // The page's lookup goes through the index on the link.
            QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM history WHERE shares_code_with IN (1, 2)")));
            QString plan;
            while (query.next())
                plan += query.value(3).toString();
            QVERIFY2(plan.contains(QLatin1String("history_shares_code")), qPrintable(plan));
        }
        QVERIFY(history.find(ben.id, &loaded));
        QCOMPARE(loaded.sharesCodeWith, ana.id);
    }

    void historySearchPagingAndCounting()
    {
        Database db;
        QVERIFY(db.open(store("history.sqlite")));
        HistoryRepository history(db.connection());
        const QStringList guests = {QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Zoë 50%_off")};
        for (int i = 0; i < 30; ++i) {
            HistoryEntry e = sampleEntry(guests.at(i % 3), QStringLiteral("%1").arg(1000000 + i), i);
            QVERIFY2(history.add(&e), qPrintable(history.errorText()));
        }
        QCOMPARE(history.count(QString()), 30);
        QCOMPARE(history.count(QStringLiteral("ana")), 10);
        QCOMPARE(history.count(QStringLiteral("50%_")), 10); // wildcards are literal
        QCOMPARE(history.count(QStringLiteral("1000007")), 1);
        const auto first = history.page(QString(), 0, 12);
        QCOMPARE(first.size(), 12);
        QVERIFY(first.first().issuedAtUtc > first.last().issuedAtUtc); // newest first
        QCOMPARE(history.page(QString(), 24, 12).size(), 6);

        HistoryEntry failed = sampleEntry(QStringLiteral("Cy"), QStringLiteral("123"), 0);
        failed.outcome = HistoryEntry::Outcome::Failed;
        failed.failureText = QStringLiteral("wrong length");
        QVERIFY(history.add(&failed));
        HistoryEntry loaded;
        QVERIFY(history.find(failed.id, &loaded));
        QVERIFY(loaded.code.isEmpty()); // a failure never stores a code
        QCOMPARE(loaded.status(QDateTime::currentDateTimeUtc()), HistoryEntry::Status::Failed);
    }

    void keysetPagesWalkEveryRowOnce_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("sortKey");
        QTest::addColumn<bool>("descending");
        QTest::newRow("all, newest first") << QString() << int(HistoryQuery::SortKey::Issued) << true;
        QTest::newRow("all, oldest first") << QString() << int(HistoryQuery::SortKey::Issued) << false;
        QTest::newRow("three letters") << QStringLiteral("ana") << int(HistoryQuery::SortKey::Issued) << true;
        QTest::newRow("one letter") << QStringLiteral("b") << int(HistoryQuery::SortKey::Issued) << true;
        QTest::newRow("by guest, ties") << QString() << int(HistoryQuery::SortKey::Guest) << false;
        QTest::newRow("by guest, descending") << QStringLiteral("r") << int(HistoryQuery::SortKey::Guest) << true;
        QTest::newRow("by code") << QString() << int(HistoryQuery::SortKey::Code) << true;
    }

    void keysetPagesWalkEveryRowOnce()
    {
        QFETCH(QString, search);
        QFETCH(int, sortKey);
        QFETCH(bool, descending);
        Database db;
        QVERIFY(db.open(store("keyset.sqlite")));
        HistoryRepository history(db.connection());
        // Written in the order they were issued, three at a time in the same second (ties), with
        // guests whose names differ only in case.
        const QStringList guests = {QStringLiteral("Ana"), QStringLiteral("ana"), QStringLiteral("Ben"),
                                    QStringLiteral("Bob"), QStringLiteral("Zoë")};
        for (int i = 0; i < 47; ++i) {
            HistoryEntry e = sampleEntry(guests.at(i % guests.size()), QStringLiteral("%1").arg(1000000 + i % 9), 60 - i / 3);
            QVERIFY2(history.add(&e), qPrintable(history.errorText()));
        }
        HistoryQuery query;
        query.search = search;
        query.sortKey = HistoryQuery::SortKey(sortKey);
        query.descending = descending;
        QList<qint64> expected;
        for (const HistoryEntry& e : history.page(query, 0, 1000))
            expected << e.id;
        QVERIFY(expected.size() > 7);
        QList<qint64> walked;
        QList<HistoryEntry> page = history.page(query, 0, 7);
        while (!page.isEmpty()) {
            for (const HistoryEntry& e : page)
                walked << e.id;
            QVERIFY(walked.size() <= expected.size());
            page = history.pageAfter(query, walked.last(), 7);
        }
        QCOMPARE(walked, expected);

        // A code issued while someone scrolls does not push rows already seen into the next page.
        const QList<HistoryEntry> first = history.page(query, 0, 7);
        HistoryEntry newest = sampleEntry(QStringLiteral("Ana Bob"), QStringLiteral("1000001"), -5);
        QVERIFY(history.add(&newest));
        const QList<HistoryEntry> next = history.pageAfter(query, first.last().id, 7);
        QVERIFY(!next.isEmpty());
        for (const HistoryEntry& e : next)
            QVERIFY(expected.indexOf(e.id) > expected.indexOf(first.last().id));
        // After a row that is gone: nothing (the caller starts again from the top).
        QVERIFY(history.pageAfter(query, 999999, 7).isEmpty());
    }

    void statusFollowsTheClock()
    {
        const HistoryEntry e = sampleEntry(QStringLiteral("Ana"), QStringLiteral("1234567"), 0);
        QCOMPARE(e.status(QDateTime(QDate(2027, 1, 14), QTime(13, 59), QTimeZone::utc())), HistoryEntry::Status::Upcoming);
        QCOMPARE(e.status(QDateTime(QDate(2027, 1, 14), QTime(14, 0), QTimeZone::utc())), HistoryEntry::Status::Active);
        QCOMPARE(e.status(QDateTime(QDate(2027, 1, 14), QTime(17, 0), QTimeZone::utc())), HistoryEntry::Status::Expired);
    }
};

// The file's own concerns (creating, locking, migrating and failing files) are SQLite's; the shared
// store's opening, refusals and migrations are tested in tst_shared_store.
NETCODE_STORE_TEST_MAIN(TestStorage, "createsTheSchemaInAnEmptyFileAndReopens", "migratesAnEmptyExistingFile",
                        "refusesANewerSchemaWithoutTouchingIt", "theSidecarLockTellsWhetherAnotherOpenerHasTheDatabase",
                        "refusesAFileThatIsNotADatabase", "aReadOnlyDatabaseFileIsNotCalledDamaged",
                        "aReadOnlyFolderOrDiskHasItsOwnMessage", "aFullDiskHasItsOwnMessage",
                        "migratesAVersion1DatabaseKeepingItsHistory", "migratesFromEveryEarlierVersion",
                        "migratesAVersion10DatabaseKeepingItsEmailAttempts")
#include "tst_storage.moc"
