#include "CliEnvironment.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "RequestLedger.h"
#include "SqlDialect.h"
#include "TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <csignal>
#include <memory>

namespace {
const QString kKey = QStringLiteral("Led0Key1Led2Key3Led4Key5Led6Key7Led8Key9");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

HistoryEntry request(const QString& key, const QString& start = QStringLiteral("2027-08-01 10:00"))
{
    HistoryEntry e;
    e.issuedAtUtc = QDateTime(QDate(2027, 7, 1), QTime(9, 0), QTimeZone::utc());
    e.lockName = QStringLiteral("Room 101");
    e.lockModel = QStringLiteral("KL1060G3");
    e.mode = QStringLiteral("multi-use");
    e.durationId = 2;
    e.startSent = start;
    e.windowStartUtc = QDateTime(QDate(2027, 8, 1), QTime(9, 0), QTimeZone::utc());
    e.windowEndUtc = e.windowStartUtc.addSecs(3 * 3600);
    e.requestPathId = QStringLiteral("202604221226");
    e.requestIdentifier = QStringLiteral("921239");
    e.requestKey = key;
    e.source = HistoryEntry::Source::Api;
    return e;
}

// A process id that belonged to this computer and is certainly gone now.
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"));
    p.waitForFinished(5000);
    return p.processId() > 0 ? p.processId() : 999999;
}

// Another connection holding the store's write lock until released: on SQLite an exclusive
// transaction on the file, on PostgreSQL a transaction holding the history table against writes
// (readers go on; writers wait for the server's lock_timeout and give up).
class StoreHold {
public:
    bool take(const QString& store, QString* error)
    {
        if (!m_db.open(store)) {
            *error = m_db.errorText();
            return false;
        }
        QSqlQuery hold(m_db.connection());
        const bool postgres = SqlDialect::isPostgres(m_db.connection());
        bool ok = hold.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN EXCLUSIVE"));
        if (ok && postgres)
            ok = hold.exec(QStringLiteral("LOCK TABLE history IN EXCLUSIVE MODE"));
        if (!ok)
            *error = hold.lastError().text();
        return ok;
    }
    bool release()
    {
        QSqlQuery query(m_db.connection());
        return query.exec(QStringLiteral("ROLLBACK"));
    }

private:
    Database m_db;
};
} // namespace

// The request ledger: one claim per request across processes, claims of dead processes in doubt,
// nothing sent when nothing can be recorded, and every request the service saw kept in history.
class TestLedger final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CodelocksSimulator m_service;
    int m_databases = 0;
    QString m_database;
    const QDateTime m_now = QDateTime(QDate(2027, 7, 1), QTime(9, 0), QTimeZone::utc());

    QProcessEnvironment environment(int desk = 0) const
    {
        // Each desk its own settings (and no keychain): only the store is shared.
        QProcessEnvironment env = isolatedCliEnvironment(
            m_database, m_dir.filePath(desk == 0 ? QStringLiteral("settings.ini")
                                                 : QStringLiteral("settings-desk%1.ini").arg(desk)));
        env.insert(QStringLiteral("NETCODE_DESK_API_KEY"), kKey);
        env.insert(QStringLiteral("NETCODE_DESK_API_URL"), m_service.baseUrl().toString());
        return env;
    }

    static QStringList issueArgs(const QString& start, const QStringList& extra = {})
    {
        return QStringList{QStringLiteral("issue"), QStringLiteral("--model"), QStringLiteral("KL1060G3"),
                           QStringLiteral("--timecode"), QStringLiteral("202604221226"), QStringLiteral("--lock-id"),
                           QStringLiteral("921239"), QStringLiteral("--zone"), QStringLiteral("UTC"),
                           QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--start"), start,
                           QStringLiteral("--json")}
               + extra;
    }

    std::unique_ptr<QProcess> startCli(const QStringList& arguments, int desk = 0)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(desk));
        process->start(QStringLiteral(CLI_EXECUTABLE), arguments);
        return process;
    }

    static Run result(QProcess& process)
    {
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // Runs the CLI while this process's event loop keeps the simulator answering.
    Run cli(const QStringList& arguments)
    {
        auto process = startCli(arguments);
        [&] {
            QVERIFY(process->waitForStarted(10000));
            QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 120000);
        }();
        return result(*process);
    }

    QJsonArray historyRows()
    {
        const Run run = cli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json"),
                             QStringLiteral("--limit"), QStringLiteral("100000")});
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    static QStringList startsReceived(const CodelocksSimulator& service)
    {
        QStringList starts;
        for (const SimulatorRequestRecord& r : service.requests()) {
            if (r.path.contains(QLatin1String("/netcode/")))
                starts << QUrlQuery(QString::fromLatin1(r.rawQuery)).queryItemValue(QStringLiteral("start"), QUrl::FullyDecoded);
        }
        return starts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        m_service.setRequiredApiKey(kKey);
    }

    void init()
    {
        QString error;
        m_database = TestStore::fresh(m_dir, QStringLiteral("ledger%1.sqlite").arg(++m_databases), &error);
        QVERIFY2(!m_database.isEmpty(), qPrintable(error));
        m_service.clearFaults();
        m_service.clearRequests();
    }

    void oneLiveClaimPerRequest()
    {
        Database a;
        Database b;
        QVERIFY2(a.open(m_database), qPrintable(a.errorText()));
        QVERIFY2(b.open(m_database), qPrintable(b.errorText()));
        RequestLedger first(a.connection(), QStringLiteral("desk-a/1"));
        RequestLedger second(b.connection(), QStringLiteral("desk-b/2"));
        const QStringList api{QStringLiteral("api")};

        const RequestLedger::Claim mine = first.claim(request(QStringLiteral("k1")), api, m_now, 60000);
        QCOMPARE(mine.result, RequestLedger::Claim::Result::Claimed);
        QVERIFY(mine.row.id > 0);
        QCOMPARE(mine.row.outcome, HistoryEntry::Outcome::Claimed);

        const RequestLedger::Claim theirs = second.claim(request(QStringLiteral("k1")), api, m_now, 60000);
        QCOMPARE(theirs.result, RequestLedger::Claim::Result::BeingIssued);
        QCOMPARE(theirs.row.id, mine.row.id);
        QCOMPARE(theirs.row.claimingDesk(), QStringLiteral("desk-a"));
        QCOMPARE(theirs.row.status(m_now), HistoryEntry::Status::Issuing);
        // Even a request for a fresh code waits while the same one is on its way.
        QCOMPARE(second.claim(request(QStringLiteral("k1")), {}, m_now, 60000).result,
                 RequestLedger::Claim::Result::BeingIssued);
        // Another request is not held up.
        QCOMPARE(second.claim(request(QStringLiteral("k2"), QStringLiteral("2027-08-01 11:00")), api, m_now, 60000).result,
                 RequestLedger::Claim::Result::Claimed);

        first.markSent(mine.row.id);
        HistoryEntry row;
        QVERIFY(first.find(mine.row.id, &row));
        QCOMPARE(row.outcome, HistoryEntry::Outcome::Sent);
        QVERIFY(first.recordAnswer(mine.row.id, QStringLiteral("1234567"), 200));
        QVERIFY(first.find(mine.row.id, &row));
        QCOMPARE(row.outcome, HistoryEntry::Outcome::Issued);
        QCOMPARE(row.code, QStringLiteral("1234567"));
        QCOMPARE(row.httpStatus, 200);

        const RequestLedger::Claim again = second.claim(request(QStringLiteral("k1")), api, m_now, 60000);
        QCOMPARE(again.result, RequestLedger::Claim::Result::AlreadyIssued);
        QCOMPARE(again.row.code, QStringLiteral("1234567"));
        // A fresh code is a new claim (billed, and the desk was told so).
        QCOMPARE(second.claim(request(QStringLiteral("k1")), {}, m_now, 60000).result,
                 RequestLedger::Claim::Result::Claimed);
        // A settled row cannot be settled a second time.
        QVERIFY(!first.recordFailure(mine.row.id, QStringLiteral("late"), 500));
    }

    void claimStepsKeepTheFileDurable() // SQLite only: PRAGMAs of the file's connection
    {
        Database a;
        QVERIFY2(a.open(m_database), qPrintable(a.errorText()));
        RequestLedger first(a.connection(), QStringLiteral("desk-a/1"));
        auto pragma = [&a](const char* name) {
            QSqlQuery q(a.connection());
            return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next() ? q.value(0).toInt() : -1;
        };
        const int busyTimeout = pragma("busy_timeout");
        QCOMPARE(pragma("synchronous"), 2); // FULL: a committed code survives a power cut
        const RequestLedger::Claim mine = first.claim(request(QStringLiteral("k1")), {}, m_now, 60000);
        QCOMPARE(mine.result, RequestLedger::Claim::Result::Claimed);
        first.markSent(mine.row.id);
        QCOMPARE(pragma("synchronous"), 2);
        QCOMPARE(pragma("busy_timeout"), busyTimeout);
    }

    void abandonedClaimsAreInDoubt()
    {
        Database db;
        QVERIFY2(db.open(m_database), qPrintable(db.errorText()));
        const QString host = QSysInfo::machineHostName();
        // A process of this computer that is gone: its claim is in doubt at once.
        RequestLedger dead(db.connection(), host + QLatin1Char('/') + QString::number(deadPid()));
        const qint64 deadRow = dead.claim(request(QStringLiteral("gone")), {}, m_now, 600000).row.id;
        QVERIFY(deadRow > 0);
        // Another computer's process: only its lease can tell.
        RequestLedger remote(db.connection(), QStringLiteral("far-away-desk/12"));
        const qint64 remoteRow = remote.claim(request(QStringLiteral("remote")), {}, m_now, 1000).row.id;
        QVERIFY(remoteRow > 0);

        RequestLedger me(db.connection());
        QCOMPARE(me.reapAbandoned(m_now), 1);
        HistoryEntry row;
        QVERIFY(me.find(deadRow, &row));
        QCOMPARE(row.outcome, HistoryEntry::Outcome::InDoubt);
        QCOMPARE(row.status(m_now), HistoryEntry::Status::InDoubt);
        QVERIFY(row.code.isEmpty());
        QVERIFY(row.failureText.contains(QLatin1String("billed")));
        QVERIFY(me.find(remoteRow, &row));
        QCOMPARE(row.status(m_now), HistoryEntry::Status::Issuing);
        QCOMPARE(row.status(m_now.addSecs(2)), HistoryEntry::Status::InDoubt); // seen as such once the lease is over
        QCOMPARE(me.reapAbandoned(m_now.addSecs(2), QStringLiteral("remote")), 1);
        QVERIFY(me.find(remoteRow, &row));
        QCOMPARE(row.outcome, HistoryEntry::Outcome::InDoubt);

        // The same request as a dead one is not sent again by itself: it may have been billed. The
        // desk is pointed at the row in doubt (to ask again on purpose) and nothing is claimed.
        const int counted = me.requestsThisMonth(m_now);
        const RequestLedger::Claim same = me.claim(request(QStringLiteral("gone")), {QStringLiteral("api")}, m_now, 60000);
        QCOMPARE(same.result, RequestLedger::Claim::Result::EarlierInDoubt);
        QCOMPARE(same.row.id, deadRow);
        QCOMPARE(me.requestsThisMonth(m_now), counted);
        // A fresh code the desk asked for (billed, and the desk was told so) is a new claim.
        const RequestLedger::Claim next = me.claim(request(QStringLiteral("gone")), {}, m_now, 60000);
        QCOMPARE(next.result, RequestLedger::Claim::Result::Claimed);
        QVERIFY(next.row.id != deadRow);

        // A late answer still settles a row that was seen as abandoned.
        QVERIFY(remote.recordAnswer(remoteRow, QStringLiteral("7654321"), 200));
        QVERIFY(me.find(remoteRow, &row));
        QCOMPARE(row.outcome, HistoryEntry::Outcome::Issued);
    }

    void aRenewedClaimStaysLive()
    {
        Database db;
        QVERIFY2(db.open(m_database), qPrintable(db.errorText()));
        RequestLedger remote(db.connection(), QStringLiteral("far-away-desk/12"));
        const qint64 id = remote.claim(request(QStringLiteral("slow")), {}, m_now, 1000).row.id;
        QVERIFY(remote.renewLease(id, m_now.addSecs(60)));
        RequestLedger me(db.connection());
        QCOMPARE(me.reapAbandoned(m_now.addSecs(30)), 0);
        QCOMPARE(me.claim(request(QStringLiteral("slow")), {}, m_now.addSecs(30), 1000).result,
                 RequestLedger::Claim::Result::BeingIssued);
        // Once it stops being renewed, it runs out: the next claim of the same request turns it in
        // doubt by itself, and neither waits for it nor sends the request again.
        const RequestLedger::Claim late =
            me.claim(request(QStringLiteral("slow")), {QStringLiteral("api")}, m_now.addSecs(61), 1000);
        QCOMPARE(late.result, RequestLedger::Claim::Result::EarlierInDoubt);
        QCOMPARE(late.row.id, id);
        QCOMPARE(late.row.outcome, HistoryEntry::Outcome::InDoubt);
        QCOMPARE(me.reapAbandoned(m_now.addSecs(61)), 0); // turned already
        QVERIFY(!remote.renewLease(id, m_now.addSecs(120))); // a settled claim is not revived
    }

    void askingAgainReusesTheRowInDoubt()
    {
        Database db;
        QVERIFY2(db.open(m_database), qPrintable(db.errorText()));
        RequestLedger me(db.connection());
        const qint64 id = me.claim(request(QStringLiteral("doubt")), {}, m_now, 60000).row.id;
        QVERIFY(me.recordInDoubt(id, QStringLiteral("cut"), 0));
        const RequestLedger::Claim again = me.reclaim(id, m_now, 60000);
        QCOMPARE(again.result, RequestLedger::Claim::Result::Claimed);
        QCOMPARE(again.row.id, id);
        QCOMPARE(again.row.outcome, HistoryEntry::Outcome::Claimed);
        // Not while it is on its way, and not once it is settled.
        QCOMPARE(me.reclaim(id, m_now, 60000).result, RequestLedger::Claim::Result::BeingIssued);
        QVERIFY(me.recordAnswer(id, QStringLiteral("1112223"), 200));
        QCOMPARE(me.reclaim(id, m_now, 60000).result, RequestLedger::Claim::Result::AlreadyIssued);
    }

    // The answer and its lock's last use go in one commit (one statement on the shared store), and
    // the answer never depends on the mark: a lock that cannot be marked gets its answer written
    // alone, and the caller is told to mark the lock itself.
    void anAnswerCarriesItsLocksLastUseAndNeverWaitsOnIt()
    {
        Database db;
        QVERIFY2(db.open(m_database), qPrintable(db.errorText()));
        LockRepository locks(db.connection());
        static int made = 0; // a lock of its own each time the store is shared
        Lock lock;
        lock.name = QStringLiteral("Marked %1").arg(++made);
        lock.timecode = QStringLiteral("202604221226");
        lock.lockNumber = QStringLiteral("921239");
        QVERIFY2(locks.insert(&lock), qPrintable(locks.errorText()));
        RequestLedger me(db.connection());
        const QString run = lock.name;
        const qint64 first = me.claim(request(run + QStringLiteral("-a")), {}, m_now, 60000).row.id;
        bool marked = false;
        QVERIFY2(me.recordAnswer(first, QStringLiteral("1234567"), 200, {lock.id, m_now.addSecs(5)}, &marked),
                 qPrintable(me.errorText()));
        QVERIFY(marked);
        QVERIFY(locks.find(lock.id, &lock));
        QCOMPARE(lock.lastUsedUtc, m_now.addSecs(5));
        HistoryEntry row;
        QVERIFY(me.find(first, &row));
        QCOMPARE(row.outcome, HistoryEntry::Outcome::Issued);
        QCOMPARE(row.code, QStringLiteral("1234567"));

        const bool postgres = SqlDialect::isPostgres(db.connection());
        const QStringList refuse =
            postgres ? QStringList{QStringLiteral("CREATE FUNCTION refuse_mark() RETURNS trigger LANGUAGE plpgsql AS "
                                                  "$$ BEGIN RAISE EXCEPTION 'no marks today'; END $$"),
                                   QStringLiteral("CREATE TRIGGER refuse_mark BEFORE UPDATE OF last_used_utc ON locks "
                                                  "FOR EACH ROW EXECUTE FUNCTION refuse_mark()")}
                     : QStringList{QStringLiteral("CREATE TRIGGER refuse_mark BEFORE UPDATE OF last_used_utc ON locks "
                                                  "BEGIN SELECT RAISE(ABORT, 'no marks today'); END")};
        for (const QString& statement : refuse) {
            QSqlQuery query(db.connection());
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        const qint64 second = me.claim(request(run + QStringLiteral("-b"), QStringLiteral("2027-08-02 10:00")), {}, m_now,
                                       60000)
                                  .row.id;
        marked = true;
        QVERIFY2(me.recordAnswer(second, QStringLiteral("7654321"), 200, {lock.id, m_now.addSecs(9)}, &marked),
                 qPrintable(me.errorText()));
        QVERIFY(!marked);
        QVERIFY(me.find(second, &row));
        QCOMPARE(row.outcome, HistoryEntry::Outcome::Issued);
        QCOMPARE(row.code, QStringLiteral("7654321"));
        QVERIFY(locks.find(lock.id, &lock));
        QCOMPARE(lock.lastUsedUtc, m_now.addSecs(5));
        QSqlQuery drop(db.connection());
        QVERIFY(drop.exec(postgres ? QStringLiteral("DROP FUNCTION refuse_mark() CASCADE")
                                   : QStringLiteral("DROP TRIGGER refuse_mark")));
        // A lock removed meanwhile: the answer is written and no mark is claimed, on both stores.
        const qint64 gone = me.claim(request(run + QStringLiteral("-gone"), QStringLiteral("2027-08-04 10:00")), {},
                                     m_now, 60000)
                                .row.id;
        marked = true;
        QVERIFY2(me.recordAnswer(gone, QStringLiteral("3334445"), 200, {lock.id + 100000, m_now.addSecs(13)}, &marked),
                 qPrintable(me.errorText()));
        QVERIFY(!marked);
        QVERIFY(me.find(gone, &row));
        QCOMPARE(row.code, QStringLiteral("3334445"));
        if (!postgres)
            return;
        // Shared store: another session holding the lock's row (a manager editing it) is not
        // waited for; the answer is written and the desk marks the lock afterwards.
        Database manager;
        QVERIFY2(manager.open(m_database), qPrintable(manager.errorText()));
        QVERIFY(manager.connection().transaction());
        QSqlQuery hold(manager.connection());
        QVERIFY2(hold.exec(QStringLiteral("SELECT id FROM locks WHERE id = %1 FOR UPDATE").arg(lock.id)),
                 qPrintable(hold.lastError().text()));
        const qint64 third = me.claim(request(run + QStringLiteral("-c"), QStringLiteral("2027-08-03 10:00")), {}, m_now,
                                      60000)
                                 .row.id;
        marked = true;
        QVERIFY2(me.recordAnswer(third, QStringLiteral("2223334"), 200, {lock.id, m_now.addSecs(11)}, &marked),
                 qPrintable(me.errorText()));
        QVERIFY(!marked);
        QVERIFY(me.find(third, &row));
        QCOMPARE(row.code, QStringLiteral("2223334"));
        QVERIFY(manager.connection().rollback());
    }

    void aClaimThatCannotBeWrittenSaysWhy()
    {
        Database db;
        QVERIFY2(db.open(m_database), qPrintable(db.errorText()));
        StoreHold hold;
        QString error;
        QVERIFY2(hold.take(m_database, &error), qPrintable(error));
        RequestLedger me(db.connection());
        const RequestLedger::Claim claim = me.claim(request(QStringLiteral("held")), {}, m_now, 60000);
        QCOMPARE(claim.result, RequestLedger::Claim::Result::NotWritten);
        QVERIFY2(claim.errorText.contains(QLatin1String("not sent")), qPrintable(claim.errorText));
        QVERIFY2(claim.errorText.contains(QLatin1String("busy")), qPrintable(claim.errorText));
        QVERIFY(hold.release());
        HistoryRepository history(db.connection());
        QCOMPARE(history.count(QString()), 0);
    }

    void sameRequestFromSixProcessesIsSentOnce()
    {
        // Six desks sharing an existing database (creating one at once is tested with the storage).
        QCOMPARE(cli({QStringLiteral("locks"), QStringLiteral("list")}).exitCode, 0);
        // A slow answer, so all six are under way while the first waits for it.
        SimulatorFaults faults;
        faults.delayMs = 1500;
        m_service.setFaults(faults);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 6; ++i)
            processes.push_back(startCli(issueArgs(QStringLiteral("2027-08-02 10:00"))));
        for (auto& p : processes)
            QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 120000);
        QSet<QString> codes;
        int charged = 0;
        for (auto& p : processes) {
            const Run run = result(*p);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
            codes << run.json().value(QLatin1String("code")).toString();
            charged += run.json().value(QLatin1String("charged")).toBool() ? 1 : 0;
            QVERIFY(run.json().value(QLatin1String("saved")).toBool());
        }
        QCOMPARE(m_service.netCodeRequestCount(), 1);
        QCOMPARE(charged, 1);
        QCOMPARE(codes.size(), 1);
        QVERIFY(!codes.values().first().isEmpty());
        const QJsonArray rows = historyRows();
        QCOMPARE(rows.size(), 6); // one answered, five reissued from it: every guest is on record
    }

private:
    // Six desks (each its own process, settings and identity) work through the same requests in
    // their own shuffled order, one process per request, all at once. `kill` (every 0-0.8 s at
    // random, when given) SIGKILLs a random desk's running process; that desk goes on with its next.
    struct DeskRun {
        QHash<QString, QSet<QString>> codesByStart; // start -> codes the desks reported
        int finished = 0;
        int failed = 0;
        int killed = 0;
        int waitedInVain = 0;
        QStringList failures;
    };
    DeskRun runSixDesks(const QStringList& starts, quint32 seed, bool kill)
    {
        constexpr int kDesks = 6;
        QRandomGenerator rng(seed);
        std::vector<QStringList> queues(kDesks);
        for (QStringList& queue : queues) {
            queue = starts;
            for (qsizetype i = queue.size() - 1; i > 0; --i)
                queue.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
        }
        DeskRun run;
        std::vector<std::unique_ptr<QProcess>> running(kDesks);
        std::vector<QString> startOf(kDesks);
        std::vector<bool> wasKilled(kDesks, false);
        auto next = [&](int desk) {
            if (queues[desk].isEmpty()) {
                running[desk].reset();
                return;
            }
            startOf[desk] = queues[desk].takeFirst();
            wasKilled[desk] = false;
            running[desk] = startCli(issueArgs(startOf[desk]), desk + 1);
        };
        for (int desk = 0; desk < kDesks; ++desk)
            next(desk);
        QElapsedTimer sinceKill;
        sinceKill.start();
        int nextKillMs = int(rng.bounded(800u));
        QElapsedTimer overall;
        overall.start();
        while (overall.elapsed() < 600000) {
            bool any = false;
            for (int desk = 0; desk < kDesks; ++desk) {
                QProcess* p = running[desk].get();
                if (!p)
                    continue;
                any = true;
                if (p->state() != QProcess::NotRunning)
                    continue;
                const Run result = TestLedger::result(*p);
                ++run.finished;
                if (wasKilled[desk]) {
                    // killed: nothing to compare
                } else if (result.exitCode == 0) {
                    run.codesByStart[startOf[desk]] << result.json().value(QLatin1String("code")).toString();
                } else if (kill && (result.err.contains(QLatin1String("Nothing was sent from here"))
                                    || result.err.contains(QLatin1String("Nothing was sent now")))) {
                    // The desk it waited for was killed, or an earlier attempt of the same request
                    // was left in doubt by a killed desk: it said so and sent nothing.
                    ++run.waitedInVain;
                } else {
                    ++run.failed;
                    run.failures << QStringLiteral("desk %1, %2: exit %3 %4")
                                        .arg(desk + 1)
                                        .arg(startOf[desk])
                                        .arg(result.exitCode)
                                        .arg(result.err.trimmed());
                }
                next(desk);
            }
            if (!any)
                break;
            if (kill && sinceKill.elapsed() >= nextKillMs) {
                const int desk = int(rng.bounded(quint32(kDesks)));
                QProcess* p = running[desk].get();
                if (p && p->state() == QProcess::Running && !wasKilled[desk]) {
                    ::kill(pid_t(p->processId()), SIGKILL);
                    wasKilled[desk] = true;
                    ++run.killed;
                }
                sinceKill.restart();
                nextKillMs = int(rng.bounded(800u));
            }
            QTest::qWait(2); // the simulator answers on this thread
        }
        return run;
    }

    static QHash<QString, int> countsOf(const QStringList& values)
    {
        QHash<QString, int> counts;
        for (const QString& v : values)
            ++counts[v];
        return counts;
    }

private slots:
    void sixDesksIssueTheSameHundredRequestsOnce()
    {
        QCOMPARE(cli({QStringLiteral("locks"), QStringLiteral("list")}).exitCode, 0);
        QStringList starts;
        for (int i = 0; i < 100; ++i)
            starts << QDateTime(QDate(2027, 10, 1), QTime(0, 0), QTimeZone::utc())
                          .addSecs(qint64(i) * 3600)
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const DeskRun run = runSixDesks(starts, 4711, false);
        QVERIFY2(run.failed == 0, qPrintable(run.failures.join(QLatin1Char('\n'))));
        QCOMPARE(run.finished, 600);

        // The service was asked exactly once for each request...
        const QStringList received = startsReceived(m_service);
        if (received.size() != 100) {
            // Say which request went twice and what history holds for it, to tell a second claim
            // (two rows) from one claim's request arriving twice (one row).
            const QHash<QString, int> counts = countsOf(received);
            const QJsonArray all = historyRows();
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                if (it.value() < 2)
                    continue;
                for (const QJsonValue& v : all) {
                    const QJsonObject row = v.toObject();
                    if (row.value(QLatin1String("start_sent")).toString() == it.key())
                        qWarning("%s received %d times; row %s", qPrintable(it.key()), it.value(),
                                 QJsonDocument(row).toJson(QJsonDocument::Compact).constData());
                }
            }
        }
        QCOMPARE(received.size(), 100);
        QCOMPARE(QSet<QString>(received.cbegin(), received.cend()), QSet<QString>(starts.cbegin(), starts.cend()));
        // ...and every desk was given the same code for it.
        QHash<QString, QString> codeOf;
        for (const QString& start : starts) {
            const QSet<QString> codes = run.codesByStart.value(start);
            QVERIFY2(codes.size() == 1, qPrintable(start + QStringLiteral(": ") + QStringList(codes.values()).join(u',')));
            QVERIFY(!codes.values().first().isEmpty());
            codeOf.insert(start, codes.values().first());
        }
        // History: one answered row per request, and one reissued row for each other desk's guest.
        int answered = 0;
        int reissued = 0;
        const QJsonArray rows = historyRows();
        for (const QJsonValue& v : rows) {
            const QJsonObject row = v.toObject();
            const QString start = row.value(QLatin1String("start_sent")).toString();
            QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("issued"));
            QCOMPARE(row.value(QLatin1String("code")).toString(), codeOf.value(start));
            const QString source = row.value(QLatin1String("source")).toString();
            answered += source == QLatin1String("api") ? 1 : 0;
            reissued += source == QLatin1String("reused") ? 1 : 0;
        }
        qInfo("%s: 6 desks x 100 requests: %d sent to the service, %d rows answered, %d reissued", TestStore::name(),
              int(received.size()), answered, reissued);
        QCOMPARE(answered, 100);
        QCOMPARE(reissued, 500);
        QCOMPARE(rows.size(), 600);
    }

    void desksKilledAtRandomLoseNothingAndBillNothingTwice()
    {
        QCOMPARE(cli({QStringLiteral("locks"), QStringLiteral("list")}).exitCode, 0);
        QStringList starts;
        for (int i = 0; i < 30; ++i)
            starts << QDateTime(QDate(2027, 11, 1), QTime(0, 0), QTimeZone::utc())
                          .addSecs(qint64(i) * 3600)
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        // Answers take a little while, so some desks die waiting for them.
        SimulatorFaults faults;
        faults.delayMs = 40;
        m_service.setFaults(faults);
        const DeskRun run = runSixDesks(starts, 1234, true);
        QVERIFY2(run.failed == 0, qPrintable(run.failures.join(QLatin1Char('\n'))));
        QVERIFY(run.killed > 0);

        const QHash<QString, int> received = countsOf(startsReceived(m_service));
        QHash<QString, int> sentRows; // rows of requests that went (or may have gone) to the service
        QHash<QString, int> answered;
        QHash<QString, int> inDoubt;
        int rowCount = 0;
        for (const QJsonValue& v : historyRows()) { // opening the store reaps the dead desks' claims
            const QJsonObject row = v.toObject();
            ++rowCount;
            const QString start = row.value(QLatin1String("start_sent")).toString();
            const QString state = row.value(QLatin1String("state")).toString();
            QVERIFY2(state == QLatin1String("issued") || state == QLatin1String("in_doubt"),
                     qPrintable(start + QStringLiteral(" left ") + state));
            if (row.value(QLatin1String("source")).toString() != QLatin1String("api"))
                continue;
            ++sentRows[start];
            answered[start] += state == QLatin1String("issued") ? 1 : 0;
            inDoubt[start] += state == QLatin1String("in_doubt") ? 1 : 0;
        }
        int totalReceived = 0;
        int totalInDoubt = 0;
        for (auto it = received.cbegin(); it != received.cend(); ++it) {
            totalReceived += it.value();
            // Every request the service received has its own row...
            QVERIFY2(sentRows.value(it.key()) >= it.value(),
                     qPrintable(QStringLiteral("%1 received %2 times, %3 rows").arg(it.key()).arg(it.value()).arg(sentRows.value(it.key()))));
            // ...and it went again only after an earlier attempt ended in doubt (a desk died waiting).
            QVERIFY2(it.value() <= 1 + inDoubt.value(it.key()),
                     qPrintable(QStringLiteral("%1 received %2 times, %3 in doubt").arg(it.key()).arg(it.value()).arg(inDoubt.value(it.key()))));
            QVERIFY2(answered.value(it.key()) <= 1, qPrintable(it.key() + QStringLiteral(" answered twice")));
        }
        for (const int n : inDoubt)
            totalInDoubt += n;
        qInfo("%s: 6 desks x 30 requests, %d processes killed, %d told the desk they waited for was gone: service "
              "received %d requests for %d of them; %d rows, %d in doubt",
              TestStore::name(), run.killed, run.waitedInVain, totalReceived, int(received.size()), rowCount,
              totalInDoubt);
        // A desk that finished was given a code that is on record.
        for (auto it = run.codesByStart.cbegin(); it != run.codesByStart.cend(); ++it)
            QCOMPARE(it.value().size(), 1);
    }

    void cutConnectionIsSentOnceAndKeptInDoubt()
    {
        SimulatorFaults faults;
        faults.dropConnection = true;
        m_service.setFaults(faults);
        const Run run = cli(issueArgs(QStringLiteral("2027-08-03 10:00")));
        QVERIFY2(run.exitCode == 4, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("billed")), qPrintable(run.err));
        QCOMPARE(m_service.netCodeRequestCount(), 1);
        QCOMPARE(run.json().value(QLatin1String("status")).toString(), QStringLiteral("in_doubt"));
        const QJsonArray rows = historyRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("in_doubt"));
        QCOMPARE(rows.first().toObject().value(QLatin1String("code")).toString(), QString());
    }

    void aRequestInDoubtIsAskedAgainFromTheCommandLine()
    {
        QCOMPARE(cli({QStringLiteral("locks"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Room 7"),
                      QStringLiteral("--model"), QStringLiteral("KL1060G3"), QStringLiteral("--timecode"),
                      QStringLiteral("202604221226"), QStringLiteral("--lock-id"), QStringLiteral("921239"),
                      QStringLiteral("--zone"), QStringLiteral("UTC")})
                     .exitCode,
                 0);
        SimulatorFaults faults;
        faults.dropConnection = true;
        faults.remaining = 1;
        m_service.setFaults(faults);
        const QStringList issue{QStringLiteral("issue"), QStringLiteral("--lock"), QStringLiteral("Room 7"),
                                QStringLiteral("--length"), QStringLiteral("3h"), QStringLiteral("--start"),
                                QStringLiteral("2027-08-07 10:00"), QStringLiteral("--json")};
        const Run cut = cli(issue);
        QCOMPARE(cut.exitCode, 4);
        const qint64 id = cut.json().value(QLatin1String("history_id")).toInteger();
        QVERIFY(id > 0);

        const QStringList askAgain{QStringLiteral("history"), QStringLiteral("ask-again"), QString::number(id),
                                   QStringLiteral("--json")};
        const Run again = cli(askAgain);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.json().value(QLatin1String("history_id")).toInteger(), id); // the same row, settled
        QVERIFY(!again.json().value(QLatin1String("code")).toString().isEmpty());
        QCOMPARE(again.json().value(QLatin1String("charged")).toBool(), true);
        QCOMPARE(m_service.netCodeRequestCount(), 2);
        const QJsonArray rows = historyRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("state")).toString(), QStringLiteral("issued"));

        // Settled: nothing more to ask, nothing sent.
        const Run twice = cli(askAgain);
        QCOMPARE(twice.exitCode, 2);
        QCOMPARE(m_service.netCodeRequestCount(), 2);
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("ask-again"), QStringLiteral("999")}).exitCode, 2);
    }

    void timeoutIsKeptInDoubt()
    {
        SimulatorFaults faults;
        faults.delayMs = 4000;
        m_service.setFaults(faults);
        const Run run = cli(issueArgs(QStringLiteral("2027-08-04 10:00"), {QStringLiteral("--timeout"), QStringLiteral("1")}));
        QVERIFY2(run.exitCode == 4, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("billed")), qPrintable(run.err));
        QCOMPARE(m_service.netCodeRequestCount(), 1);
        const QJsonArray rows = historyRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("in_doubt"));
    }

    void aHeldDatabaseMeansNothingIsSent()
    {
        QCOMPARE(cli({QStringLiteral("locks"), QStringLiteral("list")}).exitCode, 0); // creates the database
        StoreHold hold;
        QString error;
        QVERIFY2(hold.take(m_database, &error), qPrintable(error));
        const Run run = cli(issueArgs(QStringLiteral("2027-08-05 10:00")));
        QVERIFY(hold.release());
        QVERIFY2(run.exitCode == 1, qPrintable(QString::number(run.exitCode) + run.err));
        QVERIFY2(run.err.contains(QLatin1String("not sent")), qPrintable(run.err));
        QCOMPARE(m_service.netCodeRequestCount(), 0);
        QVERIFY(run.json().value(QLatin1String("code")).toString().isEmpty());
    }

    void anAnswerThatCannotBeWrittenIsNoSuccess()
    {
        QCOMPARE(cli({QStringLiteral("locks"), QStringLiteral("list")}).exitCode, 0);
        SimulatorFaults faults;
        faults.delayMs = 1000;
        m_service.setFaults(faults);
        auto process = startCli(issueArgs(QStringLiteral("2027-08-06 10:00")));
        QVERIFY(process->waitForStarted(10000));
        // Once the request has arrived (its claim is written), hold the database until the end.
        QTRY_COMPARE_WITH_TIMEOUT(m_service.netCodeRequestCount(), 1, 30000);
        StoreHold hold;
        QString error;
        QVERIFY2(hold.take(m_database, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 60000);
        QVERIFY(hold.release());
        const Run run = result(*process);
        QVERIFY2(run.exitCode == 1, qPrintable(QString::number(run.exitCode) + run.err));
        QCOMPARE(run.json().value(QLatin1String("saved")).toBool(true), false);
        QVERIFY(!run.json().value(QLatin1String("code")).toString().isEmpty()); // still printed: write it down
        QVERIFY2(run.err.contains(QLatin1String("Write it down")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("(The")), qPrintable(run.err)); // one sentence, not one inside another
        // Its claim outlived the process: the next look shows it in doubt, never lost.
        const QJsonArray rows = historyRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("in_doubt"));
    }

    void everyRequestKilledAtRandomHasARow()
    {
        QRandomGenerator rng(90210);
        int killed = 0;
        for (int i = 0; i < 40; ++i) {
            const QString start = QDateTime(QDate(2027, 9, 1), QTime(0, 0), QTimeZone::utc())
                                      .addSecs(qint64(i) * 3600)
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            auto process = startCli(issueArgs(start));
            QVERIFY(process->waitForStarted(10000));
            const int delayMs = i % 5 == 0 ? 60000 : int(rng.bounded(80u));
            QElapsedTimer waited;
            waited.start();
            while (process->state() != QProcess::NotRunning && waited.elapsed() < delayMs)
                QTest::qWait(2);
            if (process->state() != QProcess::NotRunning) {
                ::kill(pid_t(process->processId()), SIGKILL);
                ++killed;
                process->waitForFinished(5000);
            }
        }
        const QStringList received = startsReceived(m_service);
        qInfo("%d of 40 runs killed; the service received %d requests", killed, int(received.size()));
        QVERIFY(killed > 0);
        QVERIFY(!received.isEmpty());
        QSet<QString> recorded;
        int inDoubt = 0;
        for (const QJsonValue& v : historyRows()) {
            recorded << v.toObject().value(QLatin1String("start_sent")).toString();
            inDoubt += v.toObject().value(QLatin1String("status")).toString() == QLatin1String("in_doubt") ? 1 : 0;
        }
        for (const QString& start : received)
            QVERIFY2(recorded.contains(start), qPrintable(QStringLiteral("sent but not in history: ") + start));
        // Each request went out at most once.
        QCOMPARE(QSet<QString>(received.cbegin(), received.cend()).size(), received.size());
        qInfo("%d rows in history, %d of them in doubt", int(recorded.size()), inDoubt);
    }
};

// Six desks on one store are the shared store's case; one file's processes are tested above
// (sameRequestFromSixProcessesIsSentOnce, everyRequestKilledAtRandomHasARow).
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestLedger test;
    QTEST_SET_MAIN_SOURCE_PATH
    return TestStore::exec(&test, argc, argv, {"claimStepsKeepTheFileDurable"},
                           {"sixDesksIssueTheSameHundredRequestsOnce", "desksKilledAtRandomLoseNothingAndBillNothingTwice"});
}
#include "tst_ledger.moc"
