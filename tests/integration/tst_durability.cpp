#include "AppSession.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "DemoSessionFixture.h"
#include "HistoryRepository.h"
#include "IssueService.h"
#include "TestOrders.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
        const QStringList all = DatabaseBackup::backups(folder);
        QCOMPARE(all.size(), DatabaseBackup::kKeep);
        QVERIFY(all.first().contains(QLatin1String("20270109")));
        QCOMPARE(DatabaseBackup::newestBackupTime(folder), QDateTime(QDate(2027, 1, 9), QTime(3, 0), QTimeZone::utc()));
        Database copy;
        QVERIFY(copy.open(all.first()));
        QCOMPARE(HistoryRepository(copy.connection()).count(QString()), 1);
        QString detail;
        QVERIFY(DatabaseBackup::integrityOk(copy.connection(), &detail));
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
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(100, 'X'));
        file.close();
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));

        MemorySecretStore secrets;
        AppSession session;
        QString error;
        QVERIFY2(startSession(session, path, secrets, &error), qPrintable(error));
        QCOMPARE(session.startupNotices().size(), 1);
        QVERIFY2(session.startupNotices().first().contains(QLatin1String("damaged")), qPrintable(session.startupNotices().first()));
        QCOMPARE(session.history().count(QStringLiteral("In the backup")), 1);
        const QStringList kept = QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("netcode.sqlite.damaged-*")});
        QCOMPARE(kept.size(), 1);
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
        session.settings().setHistoryRetentionDays(0); // off: nothing is ever due
        QVERIFY(!session.retentionCutoff().isValid());
        QCOMPARE(session.retentionDue(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
