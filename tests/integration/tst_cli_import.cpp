#include "CliEnvironment.h"
#include "Database.h"
#include "LockRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>

// `locks import` is all or nothing, as its help promises: one transaction, so a failure or a
// process killed at any moment leaves either none or all of the file's locks, and the same
// import can simply be run again.
class TestCliImport final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    static constexpr int kRows = 40000;
    // Kill runs: the sanitizer build runs every process several times slower, so it makes fewer
    // (still both kinds of kill, and both kinds of file) to keep .ci/run within its time.
#if defined(__SANITIZE_ADDRESS__)
    static constexpr int kKillRuns = 4;
#else
    static constexpr int kKillRuns = 10;
#endif
    static constexpr int kInvalidEvery = 997; // in the --accept-valid file

    QString writeCsv(const QString& name, bool withInvalidRows)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray csv = "name,group,model,timecode,lock_id,mode,time_zone\r\n";
        for (int i = 0; i < kRows; ++i) {
            const bool invalid = withInvalidRows && i % kInvalidEvery == 0;
            csv += QStringLiteral("Imported %1,Block %2,KL1060G3,202604221226,%3,standard,Europe/London\r\n")
                       .arg(i, 6, 10, QLatin1Char('0'))
                       .arg(i / 1000)
                       .arg(invalid ? QStringLiteral("12345") : QString::number(100000 + i))
                       .toUtf8();
        }
        file.write(csv);
        return file.fileName();
    }

    static int validRows(bool withInvalidRows) { return withInvalidRows ? kRows - (kRows + kInvalidEvery - 1) / kInvalidEvery : kRows; }

    // The file's locks in the database, read with a connection of the test's own.
    static int importedCount(const QString& database)
    {
        const QString connection = QUuid::createUuid().toString();
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT COUNT(*) FROM locks WHERE name LIKE 'Imported %'")) && query.next())
                    count = query.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return count;
    }

    void startCli(QProcess& process, const QString& database, const QStringList& arguments)
    {
        process.setProcessEnvironment(isolatedCliEnvironment(database, m_dir.filePath(QStringLiteral("settings.ini"))));
        process.start(QStringLiteral(CLI_EXECUTABLE), arguments);
    }

    int runCli(const QString& database, const QStringList& arguments, QString* err = nullptr)
    {
        QProcess process;
        startCli(process, database, arguments);
        if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    }

private slots:
    void insertAllIsAllOrNothing()
    {
        Database db;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("repository.sqlite"))), qPrintable(db.errorText()));
        LockRepository locks(db.connection());
        const int before = locks.count();
        QList<Lock> batch;
        for (const QString& name : {QStringLiteral("Room 1"), QStringLiteral("Room 2"), QStringLiteral("ROOM 1")}) {
            Lock lock;
            lock.name = name;
            lock.model = LockModelId::KL1060G3;
            lock.timecode = QStringLiteral("202604221226");
            lock.lockNumber = QStringLiteral("921239");
            lock.timeZoneId = QStringLiteral("Europe/London");
            batch.append(lock);
        }
        // The third clashes with the first (names are unique without regard to case).
        QVERIFY(!locks.insertAll(&batch));
        QVERIFY2(locks.errorText().contains(QLatin1String("ROOM 1")), qPrintable(locks.errorText()));
        QCOMPARE(locks.count(), before);
        QCOMPARE(batch.first().id, 0);

        batch.removeLast();
        QVERIFY2(locks.insertAll(&batch), qPrintable(locks.errorText()));
        QCOMPARE(locks.count(), before + 2);
        QVERIFY(batch.at(0).id > 0);
        QVERIFY(batch.at(1).id > batch.at(0).id);
        Lock stored;
        QVERIFY(locks.find(batch.at(1).id, &stored));
        QCOMPARE(stored.name, QStringLiteral("Room 2"));

        // The connection is usable afterwards, outside any transaction.
        QList<Lock> none;
        QVERIFY(locks.insertAll(&none));
        Lock single = batch.first();
        single.name = QStringLiteral("Room 3");
        QVERIFY(locks.insert(&single));
        QCOMPARE(locks.count(), before + 3);
    }

    void aFailedImportImportsNothing()
    {
        // The database refuses the file's last row once every row before it is written, as a full
        // disk or a name another desk took meanwhile would: none of the file may stay behind.
        const QString database = m_dir.filePath(QStringLiteral("failed.sqlite"));
        QCOMPARE(runCli(database, {QStringLiteral("locks"), QStringLiteral("list")}), 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_last BEFORE INSERT ON locks WHEN NEW.name = 'Imported 039999' "
                                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
        const QString csv = writeCsv(QStringLiteral("failed.csv"), false);
        QString err;
        QCOMPARE(runCli(database, {QStringLiteral("locks"), QStringLiteral("import"), csv}, &err), 1);
        QVERIFY2(err.contains(QLatin1String("Imported 039999")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Nothing was imported.")), qPrintable(err));
        QCOMPARE(importedCount(database), 0);
    }

    void aKilledImportLeavesAllOrNothing()
    {
        const QString plain = writeCsv(QStringLiteral("plain.csv"), false);
        const QString mixed = writeCsv(QStringLiteral("mixed.csv"), true);
        QVERIFY(!plain.isEmpty() && !mixed.isEmpty());
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);

        // One uninterrupted run gives the span the timed kills are spread over.
        const QString reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
        QCOMPARE(runCli(reference, {QStringLiteral("locks"), QStringLiteral("list")}), 0);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runCli(reference, {QStringLiteral("locks"), QStringLiteral("import"), plain}), 0);
        const int spanMs = int(timer.elapsed());
        QCOMPARE(importedCount(reference), kRows);

        int killedMidWrite = 0;
        int killedEmpty = 0;
        int killedComplete = 0;
        for (int run = 0; run < kKillRuns; ++run) {
            const bool acceptValid = run % 3 == 2;
            const QStringList arguments = acceptValid ? QStringList{QStringLiteral("locks"), QStringLiteral("import"), mixed,
                                                                    QStringLiteral("--accept-valid")}
                                                      : QStringList{QStringLiteral("locks"), QStringLiteral("import"), plain};
            const int expected = validRows(acceptValid);
            const QString database = m_dir.filePath(QStringLiteral("killed%1.sqlite").arg(run));
            QCOMPARE(runCli(database, {QStringLiteral("locks"), QStringLiteral("list")}), 0); // created, not importing
            const QString wal = database + QStringLiteral("-wal");

            QProcess process;
            startCli(process, database, arguments);
            QVERIFY(process.waitForStarted(10000));
            bool sawWrites = false;
            if (run % 2 == 0) {
                // Kill once the import has written a random amount into the write-ahead log: in
                // the middle of the writing, whatever the machine's speed.
                const qint64 threshold = 64 * 1024 + qint64(rng.bounded(1024 * 1024));
                QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning || QFileInfo(wal).size() > threshold, 120000);
                sawWrites = process.state() != QProcess::NotRunning;
            } else {
                // Kill at a random moment of the whole run, reading the file included.
                process.waitForFinished(int(rng.bounded(quint32(spanMs) + 1)));
            }
            const bool killed = process.state() != QProcess::NotRunning;
            if (killed) {
                ::kill(pid_t(process.processId()), SIGKILL);
                QVERIFY(process.waitForFinished(10000));
            }

            const int count = importedCount(database);
            QVERIFY2(count == 0 || count == expected,
                     qPrintable(QStringLiteral("run %1: %2 of %3 locks after the kill").arg(run).arg(count).arg(expected)));
            if (killed && count == 0) {
                ++killedEmpty;
                killedMidWrite += sawWrites ? 1 : 0;
                // Nothing was left behind, so the same import now simply succeeds.
                QString err;
                QVERIFY2(runCli(database, arguments, &err) == 0, qPrintable(err));
                QCOMPARE(importedCount(database), expected);
            } else if (killed) {
                ++killedComplete; // killed after the commit, on its way out
            }
        }
        qInfo("killed with nothing imported: %d (%d while writing), killed after the commit: %d", killedEmpty,
              killedMidWrite, killedComplete);
        // The threshold kills land while the locks are being written; with the old per-row
        // commits each of them left part of the file behind.
        QVERIFY(killedMidWrite > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
