#include "AppSession.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "DemoSessionFixture.h"
#include "HistoryRepository.h"
#include "IssueService.h"
#include "TestOrders.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

namespace {
// The child process of killedBackupLeavesNothingRecoveryWouldInstall: writes one backup.
int childWritesABackup(const QString& path, const QString& stamp)
{
    Database db;
    if (!db.open(path))
        return 2;
    QString written;
    QString error;
    const QDateTime when = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss"));
    return DatabaseBackup::backup(db.connection(), DatabaseBackup::folderFor(path), QDateTime(when.date(), when.time(), QTimeZone::utc()),
                                  &written, &error)
               ? 0
               : 3;
}

void damageHeader(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(100, 'X'));
    file.close();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}
} // namespace

// The history must survive: backups and their rotation, recovery from a damaged file (kept, never
// thrown away), restoring a chosen backup, a full disk, and the retention policy.
class TestDurability final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("d%1/netcode.sqlite").arg(++m_n)); }

    static HistoryEntry entry(const QString& guest)
    {
        HistoryEntry e;
        e.issuedAtUtc = QDateTime(QDate(2027, 1, 1), QTime(10, 0), QTimeZone::utc());
        e.lockName = QStringLiteral("Room 1");
        e.lockModel = QStringLiteral("KL1060G3");
        e.mode = QStringLiteral("standard");
        e.durationId = 2;
        e.startSent = QStringLiteral("2027-01-01 11:00");
        e.windowStartUtc = e.issuedAtUtc.addSecs(3600);
        e.windowEndUtc = e.issuedAtUtc.addSecs(4 * 3600);
        e.code = QStringLiteral("1234567");
        e.guestName = guest;
        return e;
    }

    static bool startSession(AppSession& session, const QString& path, MemorySecretStore& secrets, QString* error)
    {
        AppSession::Options options;
        options.databasePath = path;
        options.settingsPath = QFileInfo(path).absoluteDir().filePath(QStringLiteral("s.ini"));
        options.secrets = &secrets;
        return session.start(options, error);
    }

private slots:
    void backupsAreWrittenAndRotated()
    {
        const QString path = freshPath();
        Database db;
        QVERIFY(db.open(path));
        HistoryEntry e = entry(QStringLiteral("Ana"));
        QVERIFY(HistoryRepository(db.connection()).add(&e));
        const QString folder = DatabaseBackup::folderFor(path);
        QString written;
        QString error;
        for (int day = 1; day <= 9; ++day) {
            QVERIFY2(DatabaseBackup::backup(db.connection(), folder, QDateTime(QDate(2027, 1, day), QTime(3, 0), QTimeZone::utc()),
                                            &written, &error),
                     qPrintable(error));
        }
        QCOMPARE(QFileInfo(written).fileName(), QStringLiteral("netcode-20270109-030000.sqlite"));
        const QStringList all = DatabaseBackup::backupsOf(path);
        QCOMPARE(all.size(), DatabaseBackup::kKeep);
        QCOMPARE(all.first(), written);
        QCOMPARE(DatabaseBackup::newestBackupTime(path), QDateTime(QDate(2027, 1, 9), QTime(3, 0), QTimeZone::utc()));
        // Written under a temporary name, then renamed: nothing else is left in the folder.
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), DatabaseBackup::kKeep);
        const DatabaseBackup::FileCheck check = DatabaseBackup::checkFile(written);
        QVERIFY2(check.ok, qPrintable(check.problem));
        QCOMPARE(check.identity, db.identity());
        QVERIFY(!check.identity.isEmpty());
        Database copy;
        QVERIFY(copy.open(all.first()));
        QCOMPARE(HistoryRepository(copy.connection()).count(QString()), 1);
        QString detail;
        QVERIFY(DatabaseBackup::integrityOk(copy.connection(), &detail));
    }

    // Two sites' databases in one folder: each has its own backups and its own newest seven.
    void backupsAreNamedAndKeptPerDatabase()
    {
        const QString folderOfBoth = m_dir.filePath(QStringLiteral("two-sites"));
        const QString siteA = folderOfBoth + QStringLiteral("/site-a.sqlite");
        const QString siteB = folderOfBoth + QStringLiteral("/site-a-annex.sqlite"); // a name that starts like A's
        Database a;
        Database b;
        QVERIFY(a.open(siteA));
        QVERIFY(b.open(siteB));
        QVERIFY(a.identity() != b.identity());
        const QString folder = DatabaseBackup::folderFor(siteA);
        QString written;
        QString error;
        for (int day = 1; day <= 9; ++day)
            QVERIFY(DatabaseBackup::backup(a.connection(), folder, QDateTime(QDate(2027, 2, day), QTime(3, 0), QTimeZone::utc()),
                                           &written, &error));
        for (int day = 20; day <= 21; ++day)
            QVERIFY(DatabaseBackup::backup(b.connection(), folder, QDateTime(QDate(2027, 2, day), QTime(3, 0), QTimeZone::utc()),
                                           &written, &error));
        const QStringList ofA = DatabaseBackup::backupsOf(siteA);
        const QStringList ofB = DatabaseBackup::backupsOf(siteB);
        QCOMPARE(ofA.size(), DatabaseBackup::kKeep);
        QCOMPARE(ofB.size(), 2);
        for (const QString& backup : ofA)
            QVERIFY2(QFileInfo(backup).fileName().startsWith(QLatin1String("site-a-2027")), qPrintable(backup));
        // B's newer backups neither count as A's nor push A's out.
        QCOMPARE(DatabaseBackup::newestBackupTime(siteA), QDateTime(QDate(2027, 2, 9), QTime(3, 0), QTimeZone::utc()));
        QCOMPARE(DatabaseBackup::newestBackupTime(siteB), QDateTime(QDate(2027, 2, 21), QTime(3, 0), QTimeZone::utc()));
        QCOMPARE(DatabaseBackup::checkFile(ofB.first()).identity, b.identity());
    }

    // A backup of another database is never put in this one's place: not by recovery even under
    // this database's file name, not by a chosen restore.
    void aBackupOfAnotherDatabaseIsNeverInstalled()
    {
        const QString folderOfBoth = m_dir.filePath(QStringLiteral("foreign"));
        const QString mine = folderOfBoth + QStringLiteral("/mine.sqlite");
        const QString theirs = folderOfBoth + QStringLiteral("/theirs.sqlite");
        const QString folder = DatabaseBackup::folderFor(mine);
        QString ownBackup;
        QString foreignBackup;
        QString error;
        {
            Database db;
            QVERIFY(db.open(mine));
            HistoryEntry e = entry(QStringLiteral("Mine"));
            QVERIFY(HistoryRepository(db.connection()).add(&e));
            QVERIFY(DatabaseBackup::backup(db.connection(), folder, QDateTime(QDate(2027, 3, 1), QTime(3, 0), QTimeZone::utc()),
                                           &ownBackup, &error));
            Database other;
            QVERIFY(other.open(theirs));
            HistoryEntry f = entry(QStringLiteral("Theirs"));
            QVERIFY(HistoryRepository(other.connection()).add(&f));
            QVERIFY(DatabaseBackup::backup(other.connection(), folder, QDateTime(QDate(2027, 3, 5), QTime(3, 0), QTimeZone::utc()),
                                           &foreignBackup, &error));
            // The chosen restore refuses it while the database is open and readable.
            QVERIFY(!DatabaseBackup::stageRestore(mine, foreignBackup, &error));
            QVERIFY2(error.contains(QLatin1String("another database")), qPrintable(error));
            QVERIFY(!DatabaseBackup::hasStagedRestore(mine));
        }
        // Renamed as if it were this database's newest backup: the identity still tells.
        const QString disguised = QDir(folder).filePath(QStringLiteral("mine-20270305-030000.sqlite"));
        QVERIFY(QFile::copy(foreignBackup, disguised));
        QCOMPARE(DatabaseBackup::backupsOf(mine).first(), disguised);
        QString note;
        QVERIFY2(DatabaseBackup::recover(mine, QDateTime(QDate(2027, 3, 6), QTime(9, 0), QTimeZone::utc()), QTimeZone::utc(), &note),
                 qPrintable(note));
        QVERIFY2(note.contains(QFileInfo(ownBackup).fileName()), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("another database")), qPrintable(note));
        Database db;
        QVERIFY(db.open(mine));
        QCOMPARE(HistoryRepository(db.connection()).count(QStringLiteral("Mine")), 1);
        QCOMPARE(HistoryRepository(db.connection()).count(QStringLiteral("Theirs")), 0);
        db.close();
        // A foreign file staged behind the desk's back is refused at the next start too.
        QVERIFY(QFile::copy(foreignBackup, DatabaseBackup::stagedRestorePath(mine)));
        MemorySecretStore secrets;
        AppSession session;
        QVERIFY2(startSession(session, mine, secrets, &error), qPrintable(error));
        QCOMPARE(session.startupNotices().size(), 1);
        QVERIFY2(session.startupNotices().first().contains(QLatin1String("was not put in place")),
                 qPrintable(session.startupNotices().first()));
        QCOMPARE(session.history().count(QStringLiteral("Mine")), 1);
        QVERIFY(!DatabaseBackup::hasStagedRestore(mine));
    }

    // A torn file under a backup's name (as a backup killed half-way used to leave) fails its
    // check: recovery passes over it and takes the newest good one.
    void aTornBackupIsPassedOver()
    {
        const QString path = freshPath();
        QString good;
        QString error;
        {
            Database db;
            QVERIFY(db.open(path));
            HistoryEntry e = entry(QStringLiteral("In the good backup"));
            QVERIFY(HistoryRepository(db.connection()).add(&e));
            QVERIFY(DatabaseBackup::backup(db.connection(), DatabaseBackup::folderFor(path),
                                           QDateTime(QDate(2027, 4, 1), QTime(3, 0), QTimeZone::utc()), &good, &error));
        }
        QFile source(good);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray whole = source.readAll();
        QFile torn(QDir(DatabaseBackup::folderFor(path)).filePath(QStringLiteral("netcode-20270402-030000.sqlite")));
        QVERIFY(torn.open(QIODevice::WriteOnly));
        torn.write(whole.left(whole.size() / 2));
        torn.close();
        QVERIFY(!DatabaseBackup::checkFile(torn.fileName()).ok);
        damageHeader(path);

        MemorySecretStore secrets;
        AppSession session;
        QVERIFY2(startSession(session, path, secrets, &error), qPrintable(error));
        QCOMPARE(session.startupNotices().size(), 1);
        const QString notice = session.startupNotices().first();
        QVERIFY2(notice.contains(QFileInfo(good).fileName()), qPrintable(notice));
        QVERIFY2(notice.contains(QLatin1String("netcode-20270402-030000.sqlite")), qPrintable(notice)); // said to be passed over
        QCOMPARE(session.history().count(QStringLiteral("In the good backup")), 1);
        QCOMPARE(torn.size(), whole.size() / 2);
    }

    // kill -9 while a backup of a big database is being written: what is left never looks like a
    // backup, and a recovery afterwards installs the last good one.
    void killedBackupLeavesNothingRecoveryWouldInstall()
    {
        const QString path = freshPath();
        const QString folder = DatabaseBackup::folderFor(path);
        QString good;
        QString error;
        qint64 size = 0;
        {
            Database db;
            QVERIFY(db.open(path));
            HistoryEntry e = entry(QStringLiteral("In the good backup"));
            QVERIFY(HistoryRepository(db.connection()).add(&e));
            QVERIFY(DatabaseBackup::backup(db.connection(), folder, QDateTime(QDate(2027, 5, 1), QTime(3, 0), QTimeZone::utc()),
                                           &good, &error));
            // About 120 MB of history, so writing the copy takes long enough to be cut short.
            QSqlQuery fill(db.connection());
            QVERIFY(fill.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                "INSERT INTO history (issued_at_utc, lock_name, lock_model, mode, duration_id, start_sent, "
                "window_start_utc, window_end_utc, code, guest_name, note, source, outcome) "
                "SELECT '2027-05-02T10:00:00Z', 'Room 1', 'KL1060G3', 'standard', 2, '2027-05-02 11:00', "
                "'2027-05-02T10:00:00Z', '2027-05-02T13:00:00Z', '1234567', 'Guest ' || i, hex(randomblob(3000)), "
                "'api', 'issued' FROM n")));
            fill.finish();
            QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        size = QFileInfo(path).size();
        QVERIFY(size > 100'000'000);

        QString partial;
        qint64 leftSize = 0;
        for (int attempt = 0; attempt < 5 && partial.isEmpty(); ++attempt) {
            const QString stamp = QStringLiteral("2027050%1-030000").arg(attempt + 2);
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("child-backup"), path, stamp});
            QVERIFY(child.waitForStarted(5000));
            // Racing a live process: look as often as the machine allows, kill the moment a part
            // of the copy is on disk.
            QElapsedTimer timer;
            timer.start();
            while (child.state() == QProcess::Running && timer.elapsed() < 60000) {
                const QFileInfoList parts = QDir(folder).entryInfoList({QStringLiteral("*.partial-*")}, QDir::Files);
                if (!parts.isEmpty() && parts.first().size() > 0 && parts.first().size() < size / 2) {
                    ::kill(pid_t(child.processId()), SIGKILL);
                    child.waitForFinished(5000);
                    partial = parts.first().absoluteFilePath();
                    break;
                }
                QThread::usleep(200);
            }
            child.waitForFinished(60000);
            if (partial.isEmpty()) // it finished first: a whole backup, not what this test is about
                QFile::remove(QDir(folder).filePath(QStringLiteral("netcode-%1.sqlite").arg(stamp)));
        }
        QVERIFY2(!partial.isEmpty(), "the backup was never caught half-written");
        leftSize = QFileInfo(partial).size();
        qInfo("killed with %lld of %lld bytes written", leftSize, size);
        QCOMPARE(DatabaseBackup::backupsOf(path), QStringList{good});
        QVERIFY(!DatabaseBackup::checkFile(partial).ok);

        damageHeader(path);
        MemorySecretStore secrets;
        AppSession session;
        QVERIFY2(startSession(session, path, secrets, &error), qPrintable(error));
        QCOMPARE(session.startupNotices().size(), 1);
        QVERIFY2(session.startupNotices().first().contains(QFileInfo(good).fileName()),
                 qPrintable(session.startupNotices().first()));
        QCOMPARE(session.history().count(QString()), 1);
        QCOMPARE(session.history().count(QStringLiteral("In the good backup")), 1);
    }

    void aDamagedDatabaseIsKeptAndTheNewestBackupRestored()
    {
        const QString path = freshPath();
        {
            Database db;
            QVERIFY(db.open(path));
            HistoryEntry e = entry(QStringLiteral("In the backup"));
            QVERIFY(HistoryRepository(db.connection()).add(&e));
            QString written;
            QString error;
            QVERIFY(DatabaseBackup::backup(db.connection(), DatabaseBackup::folderFor(path), QDateTime::currentDateTimeUtc(),
                                           &written, &error));
        }
        // Damage the file: its header no longer says SQLite.
        damageHeader(path);

        MemorySecretStore secrets;
        AppSession session;
        QString error;
        QVERIFY2(startSession(session, path, secrets, &error), qPrintable(error));
        QCOMPARE(session.startupNotices().size(), 1);
        QVERIFY2(session.startupNotices().first().contains(QLatin1String("damaged")), qPrintable(session.startupNotices().first()));
        QCOMPARE(session.history().count(QStringLiteral("In the backup")), 1);
        const QStringList kept = QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("netcode.sqlite.damaged-*")});
        QCOMPARE(kept.size(), 1);
        // The notice says which file was kept where and which backup took its place.
        QVERIFY2(session.startupNotices().first().contains(kept.first()), qPrintable(session.startupNotices().first()));
        QVERIFY2(session.startupNotices().first().contains(QFileInfo(DatabaseBackup::backupsOf(path).first()).fileName()),
                 qPrintable(session.startupNotices().first()));
    }

    void withoutABackupTheDamagedFileIsLeftAlone()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray junk(8192, 'Y');
        file.write(junk);
        file.close();
        MemorySecretStore secrets;
        AppSession session;
        QString error;
        QVERIFY(!startSession(session, path, secrets, &error));
        QVERIFY2(error.contains(QLatin1String("no backup")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), junk);
    }

    void aChosenBackupIsRestoredAtTheNextStart()
    {
        const QString path = freshPath();
        QString backupFile;
        {
            MemorySecretStore secrets;
            AppSession session;
            QString error;
            QVERIFY(startSession(session, path, secrets, &error));
            HistoryEntry before = entry(QStringLiteral("Before the backup"));
            QVERIFY(session.history().add(&before));
            QSignalSpy done(&session, &AppSession::maintenanceFinished);
            session.startMaintenance(true);
            QTRY_COMPARE(done.size(), 1);
            QVERIFY(done.first().at(0).toBool()); // integrity fine
            backupFile = done.first().at(2).toString();
            QVERIFY2(QFile::exists(backupFile), qPrintable(done.first().at(3).toString()));
            HistoryEntry after = entry(QStringLiteral("After the backup"));
            QVERIFY(session.history().add(&after));
            QVERIFY(DatabaseBackup::stageRestore(path, backupFile, &error));
        }
        MemorySecretStore secrets;
        AppSession session;
        QString error;
        QVERIFY(startSession(session, path, secrets, &error));
        QCOMPARE(session.startupNotices().size(), 1);
        QVERIFY(session.startupNotices().first().contains(QLatin1String("restored")));
        QCOMPARE(session.history().count(QStringLiteral("Before the backup")), 1);
        QCOMPARE(session.history().count(QStringLiteral("After the backup")), 0);
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("netcode.sqlite.before-restore-*")}).size(), 1);
    }

    void aFullDiskSendsNothingAndSaysWhy()
    {
        DemoSessionFixture fixture;
        QVERIFY(fixture.start().isEmpty());
        AppSession& session = *fixture.session;
        // Cap the file at its current size: the next history row cannot be written.
        QSqlQuery pragma(session.database().connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
        const int pages = pragma.value(0).toInt();
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        // Fill what room is left, as a disk fills up.
        int filled = 0;
        for (; filled < 100000; ++filled) {
            HistoryEntry filler = entry(QStringLiteral("Filler %1 ").arg(filled) + QString(200, QLatin1Char('x')));
            if (!session.history().add(&filler))
                break;
        }
        QVERIFY(filled < 100000);
        QVERIFY(session.history().errorText().contains(QLatin1String("full"), Qt::CaseInsensitive));
        Lock room;
        QVERIFY(session.locks().findByName(QStringLiteral("Room 101"), &room));
        const IssueOrder order = testOrder(room, QDate(2027, 7, 14), QTime(15, 0), 2, fixture.clock->nowUtc());
        qRegisterMetaType<IssueOutcome>();
        QSignalSpy finished(&session.issuer(), &IssueService::finished);
        QVERIFY(session.issuer().issue(order));
        QTRY_COMPARE(finished.size(), 1);
        const auto outcome = finished.first().first().value<IssueOutcome>();
        // The request could not be recorded first, so it was never sent (nothing billed, nothing lost).
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.notRecorded);
        QVERIFY2(outcome.errorText.contains(QLatin1String("full")), qPrintable(outcome.errorText));
        QVERIFY2(outcome.errorText.contains(QLatin1String("not sent")), qPrintable(outcome.errorText));
        QCOMPARE(session.simulator()->netCodeRequestCount(), 0);
    }

    void retentionCountsThenDeletes()
    {
        DemoSessionFixture fixture;
        QVERIFY(fixture.start({{QStringLiteral("history/retentionDays"), 30}}).isEmpty());
        AppSession& session = *fixture.session;
        for (int daysAgo : {400, 90, 31, 29, 1}) {
            HistoryEntry e = entry(QStringLiteral("Guest %1").arg(daysAgo));
            e.issuedAtUtc = fixture.clock->nowUtc().addDays(-daysAgo);
            QVERIFY(session.history().add(&e));
        }
        QCOMPARE(session.retentionDue(), 3);
        QCOMPARE(session.applyRetention(), 3);
        QCOMPARE(session.history().count(QString()), 2);
        QCOMPARE(session.retentionDue(), 0);
        session.site().setHistoryRetentionDays(0, QStringLiteral("Manager")); // off: nothing is ever due
        QVERIFY(!session.retentionCutoff().isValid());
        QCOMPARE(session.retentionDue(), 0);
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "child-backup") == 0)
        return childWritesABackup(QString::fromLocal8Bit(argv[2]), QString::fromLatin1(argv[3]));
    TestDurability test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_durability.moc"
