#include "CliEnvironment.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "LockRepository.h"
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <csignal>
#include <memory>

// Several real processes on one database file: netcode-desk-cli runs, and this test's own
// executable started again as a "holder" that keeps the database open (as a desk does) or keeps
// SQLite's own lock on it (as another program writing to it does). Busy is never damage; nothing is
// replaced while another process uses the file; many openers of a new file all succeed.
namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Child: a NetCode Desk process with the database open, until its standard input closes.
int holdOpen(const QString& path)
{
    Database db;
    if (!db.open(path)) {
        QTextStream(stderr) << db.errorText() << Qt::endl;
        return 2;
    }
    QTextStream(stdout) << "open" << Qt::endl;
    QTextStream(stdin).readLine();
    return 0;
}

// Child: another program holding SQLite's exclusive lock on the file, until its input closes.
int holdSqliteLock(const QString& path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(path);
        if (!db.open())
            return 2;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")) || !q.exec(QStringLiteral("BEGIN EXCLUSIVE"))
            || !q.exec(QStringLiteral("UPDATE locks SET favourite = favourite")) || !q.exec(QStringLiteral("COMMIT"))) {
            QTextStream(stderr) << q.lastError().text() << Qt::endl;
            return 3;
        }
        QTextStream(stdout) << "locked" << Qt::endl;
        QTextStream(stdin).readLine();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    return 0;
}

Lock namedLock(const QString& name)
{
    Lock lock;
    lock.name = name;
    lock.model = LockModelId::KL1060G3;
    lock.timecode = QStringLiteral("202604221226");
    lock.lockNumber = QStringLiteral("921239");
    lock.timeZoneId = QStringLiteral("Europe/London");
    return lock;
}

QByteArray headOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
}
} // namespace

class TestDatabaseProcesses final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("p%1/site.sqlite").arg(++m_n)); }

    Run cli(const QString& database, const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(isolatedCliEnvironment(database, m_dir.filePath(QStringLiteral("settings.ini"))));
        process.start(QStringLiteral(CLI_EXECUTABLE), arguments + QStringList{QStringLiteral("--demo")});
        Run run;
        if (process.waitForStarted(10000) && process.waitForFinished(120000))
            run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // Starts this executable as a holder and waits until it says it holds the file.
    std::unique_ptr<QProcess> startHolder(const char* mode, const QString& path, const char* ready)
    {
        auto holder = std::make_unique<QProcess>();
        holder->setProcessChannelMode(QProcess::SeparateChannels);
        holder->start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(mode), path});
        if (!holder->waitForStarted(10000))
            return {};
        QString said;
        while (!said.contains(QLatin1String(ready)) && holder->waitForReadyRead(20000))
            said += QString::fromUtf8(holder->readAllStandardOutput());
        if (!said.contains(QLatin1String(ready))) {
            qWarning("holder said %s / %s", qPrintable(said), holder->readAllStandardError().constData());
            return {};
        }
        return holder;
    }

    static void release(QProcess& holder)
    {
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(20000));
        QCOMPARE(holder.exitCode(), 0);
    }

    // A database with a lock in its backup, and one added after the backup was written.
    static QString prepare(const QString& path)
    {
        Database db;
        if (!db.open(path))
            return {};
        LockRepository locks(db.connection());
        Lock before = namedLock(QStringLiteral("In the backup"));
        locks.insert(&before);
        QString written;
        QString error;
        DatabaseBackup::backup(db.connection(), DatabaseBackup::folderFor(path), QDateTime(QDate(2027, 6, 1), QTime(3, 0), QTimeZone::utc()),
                               &written, &error);
        Lock after = namedLock(QStringLiteral("After the backup"));
        locks.insert(&after);
        return written;
    }

    static QStringList keptAside(const QString& path)
    {
        return QDir(QFileInfo(path).absolutePath()).entryList({QFileInfo(path).fileName() + QStringLiteral(".damaged-*")});
    }

private slots:
    // Many processes opening one new file at once: one creates the schema, every other one waits
    // for the write lock and finds it done. Before, some failed with "table locks already exists".
    void manyProcessesOpenANewDatabaseAtOnce()
    {
        for (int round = 0; round < 10; ++round) {
            const QString path = freshPath();
            QDir().mkpath(QFileInfo(path).absolutePath());
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < 8; ++i) {
                auto process = std::make_unique<QProcess>();
                process->setProcessEnvironment(isolatedCliEnvironment(path, m_dir.filePath(QStringLiteral("settings.ini"))));
                process->start(QStringLiteral(CLI_EXECUTABLE), {QStringLiteral("locks"), QStringLiteral("list"), QStringLiteral("--demo")});
                processes.push_back(std::move(process));
            }
            for (auto& process : processes) {
                QVERIFY(process->waitForFinished(120000));
                const QString err = QString::fromUtf8(process->readAllStandardError());
                QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                         qPrintable(QStringLiteral("round %1: exit %2: %3").arg(round).arg(process->exitCode()).arg(err)));
            }
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorText()));
            QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM store_identity")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1); // every step ran exactly once
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
    }

    // Another program keeps SQLite's exclusive lock: the CLI says the database is locked and leaves
    // it alone — no recovery, no backup installed, nothing issued after the backup lost.
    void aDatabaseLockedByAnotherProgramIsBusyNotDamaged()
    {
        const QString path = freshPath();
        QVERIFY(!prepare(path).isEmpty());
        auto holder = startHolder("hold-sqlite-lock", path, "locked");
        QVERIFY(holder);
        const Run run = cli(path, {QStringLiteral("locks"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("locked by another program")), qPrintable(run.err));
        QVERIFY(keptAside(path).isEmpty());
        release(*holder);
        const Run after = cli(path, {QStringLiteral("locks"), QStringLiteral("list")});
        QCOMPARE(after.exitCode, 0);
        QVERIFY2(after.out.contains(QLatin1String("After the backup")), qPrintable(after.out + after.err));
        QVERIFY2(after.err.isEmpty(), qPrintable(after.err));
    }

    // A damaged file that another NetCode Desk process still has open is not touched; once that
    // process is gone (here: killed), the next start puts the backup in place and says so.
    void aDamagedDatabaseIsReplacedOnlyWhenNoOtherProcessHasItOpen()
    {
        const QString path = freshPath();
        const QString backup = prepare(path);
        QVERIFY(!backup.isEmpty());
        auto holder = startHolder("hold-open", path, "open");
        QVERIFY(holder);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write(QByteArray(100, 'X'));
        }
        const Run refused = cli(path, {QStringLiteral("locks"), QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("not a NetCode Desk database")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("has this database open")), qPrintable(refused.err));
        QCOMPARE(headOf(path), QByteArray(100, 'X'));
        QVERIFY(keptAside(path).isEmpty());

        ::kill(pid_t(holder->processId()), SIGKILL);
        QVERIFY(holder->waitForFinished(20000));
        const Run recovered = cli(path, {QStringLiteral("locks"), QStringLiteral("list")});
        QCOMPARE(recovered.exitCode, 0);
        const QStringList kept = keptAside(path);
        QVERIFY(!kept.isEmpty());
        const QString keptPath = QFileInfo(path).absoluteDir().filePath(kept.first()); // sorted: the file before its -wal
        // Which file was kept where, which backup took its place, and from when.
        QVERIFY2(recovered.err.contains(QLatin1String("damaged")), qPrintable(recovered.err));
        QVERIFY2(recovered.err.contains(keptPath), qPrintable(recovered.err));
        QVERIFY2(recovered.err.contains(QFileInfo(backup).fileName()), qPrintable(recovered.err));
        QVERIFY2(recovered.err.contains(QLatin1String("2027")), qPrintable(recovered.err));
        QVERIFY2(recovered.out.contains(QLatin1String("In the backup")), qPrintable(recovered.out));
        QVERIFY(!recovered.out.contains(QLatin1String("After the backup")));
        QCOMPARE(headOf(keptPath), QByteArray(100, 'X')); // kept as it was
    }

    // File → Restore from a backup… stages a backup; a process that opens the database while a
    // desk still has it open leaves it staged and says so; the first one alone puts it in place.
    void aStagedRestoreWaitsUntilNoOtherProcessHasTheDatabaseOpen()
    {
        const QString path = freshPath();
        const QString backup = prepare(path);
        QVERIFY(!backup.isEmpty());
        QString error;
        QVERIFY2(DatabaseBackup::stageRestore(path, backup, &error), qPrintable(error));
        auto holder = startHolder("hold-open", path, "open");
        QVERIFY(holder);
        const Run waiting = cli(path, {QStringLiteral("locks"), QStringLiteral("list")});
        QCOMPARE(waiting.exitCode, 0);
        QVERIFY2(waiting.err.contains(QLatin1String("waiting")), qPrintable(waiting.err));
        QVERIFY(waiting.out.contains(QLatin1String("After the backup")));
        QVERIFY(DatabaseBackup::hasStagedRestore(path));

        release(*holder);
        const Run restored = cli(path, {QStringLiteral("locks"), QStringLiteral("list")});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.err.contains(QLatin1String("restored")), qPrintable(restored.err));
        QVERIFY(restored.out.contains(QLatin1String("In the backup")));
        QVERIFY(!restored.out.contains(QLatin1String("After the backup")));
        QVERIFY(!DatabaseBackup::hasStagedRestore(path));
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("site.sqlite.before-restore-*")}).size(), 1);
    }

    // A file that is not a database: its own message, with SQLite's reason, and left as it is.
    void theCliSaysWhenAFileIsNotADatabase()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'j'));
        junk.close();
        const Run run = cli(path, {QStringLiteral("locks"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not a NetCode Desk database")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("file is not a database")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("no backup")), qPrintable(run.err));
        QCOMPARE(headOf(path), QByteArray(100, 'j'));
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "hold-open") == 0)
        return holdOpen(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && qstrcmp(argv[1], "hold-sqlite-lock") == 0)
        return holdSqliteLock(QString::fromLocal8Bit(argv[2]));
    TestDatabaseProcesses test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_database_processes.moc"
