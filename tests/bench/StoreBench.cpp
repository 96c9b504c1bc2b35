// Search and issue at a million history rows, on SQLite and on PostgreSQL side by side. Each figure
// has a baseline measured in the same run on the same store (the same SQL run raw), because these
// machines are shared and noisy: the ratio says what the app adds, the raw times compare the stores.
//
//   netcode-bench-data --database bench.sqlite           (1,000,000 rows, once)
//   netcode-bench-stores --sqlite bench.sqlite           (starts and stops its own PostgreSQL)
//
// PostgreSQL gets the same kind of rows, generated on the server by one INSERT ... SELECT over
// generate_series. A cluster that does not start, or a store that cannot be set up, is an error
// exit with the reason, never a figure.
#include "ApiEndpoint.h"
#include "AppSession.h"
#include "Clock.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "EventWait.h"
#include "IssueService.h"
#include "LockRepository.h"
#include "NetCodeRequest.h"
#include "SecretStore.h"
#include "HistoryRepository.h"
#include "HistoryTableModel.h"
#include "RequestLedger.h"
#include "SqlDialect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QEventLoop>
#include <QProcess>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

namespace {
constexpr int kPage = HistoryTableModel::kPageSize;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(values.size() * p)));
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Figure {
    QString value;
    QString baseline;
    QString ratio;
};

Figure figure(const QList<double>& app, const QList<double>& raw)
{
    return {QStringLiteral("%1 ms (p95 %2)").arg(median(app), 0, 'f', 2).arg(percentile(app, 0.95), 0, 'f', 2),
            QStringLiteral("%1 ms").arg(median(raw), 0, 'f', 2),
            QStringLiteral("%1×").arg(median(app) / qMax(0.001, median(raw)), 0, 'f', 2)};
}

const QString kColumns = QStringLiteral(
    "id, issued_at_utc, issued_by, lock_id, lock_name, lock_model, mode, duration_id, duration_label, "
    "start_sent, window_start_utc, window_end_utc, code, guest_name, room, reference, note, source, outcome, "
    "failure_text, first_use_by_utc, lock_time_zone, lock_follows_dst, request_path_id, request_identifier, demo, "
    "request_key, claimed_by, lease_until_utc, http_status");

// The statement the history's first page is, written out by hand for each store: the baseline.
QString rawSearchSql(bool postgres, const QString& text, QVariantList* values)
{
    const QString order = QStringLiteral(" ORDER BY issued_at_utc DESC, id DESC LIMIT %1").arg(kPage);
    if (text.size() >= 3) {
        if (postgres) {
            *values << QStringLiteral("%") + text.toLower() + QStringLiteral("%");
            return QStringLiteral("SELECT %1 FROM history WHERE search_text LIKE ?").arg(kColumns) + order;
        }
        *values << QStringLiteral("\"") + text + QStringLiteral("\"");
        return QStringLiteral("SELECT %1 FROM history WHERE id IN (SELECT rowid FROM history_fts WHERE history_fts "
                              "MATCH ? ORDER BY rowid DESC LIMIT %2)")
                   .arg(kColumns)
                   .arg(kPage)
               + order;
    }
    const QString like = (postgres ? text.toLower() : text) + QStringLiteral("%");
    for (int i = 0; i < 5; ++i)
        *values << like;
    return QStringLiteral("SELECT %1 FROM history WHERE %2").arg(kColumns)
               .arg(postgres ? QStringLiteral("(lower(guest_name) LIKE ? OR lower(room) LIKE ? OR lower(reference) "
                                              "LIKE ? OR lower(lock_name) LIKE ? OR code LIKE ?)")
                             : QStringLiteral("(guest_name LIKE ? OR room LIKE ? OR reference LIKE ? OR lock_name LIKE ? "
                                              "OR code LIKE ?)"))
           + order;
}

// Runs a statement and reads every column of every row, as the repository does.
int runRaw(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        QTextStream(stderr) << "raw query failed: " << query.lastError().text() << '\n';
        return -1;
    }
    int rows = 0;
    while (query.next()) {
        for (int c = 0; c < 30; ++c)
            query.value(c);
        ++rows;
    }
    return rows;
}

struct StoreFigures {
    Figure searchLong;
    Figure searchShort;
    Figure firstPage;
    Figure deepPage;
    Figure deepVsFirst;
    Figure issue;
    qint64 rows = 0;
};

// Keystroke to the first page on screen (the model's reset and first row read), per prefix typed.
Figure searchFigure(HistoryRepository& history, HistoryTableModel& model, const QStringList& typed, bool longOnes)
{
    const bool postgres = SqlDialect::isPostgres(history.connection());
    QList<double> app;
    QList<double> raw;
    for (int round = 0; round < 3; ++round) {
        for (const QString& text : typed) {
            for (int n = 1; n <= text.size(); ++n) {
                const QString prefix = text.left(n);
                if ((prefix.size() >= 3) != longOnes)
                    continue;
                QElapsedTimer timer;
                timer.start();
                model.setSearch(prefix);
                if (model.rowCount() > 0)
                    model.data(model.index(0, 0)); // the first row as the view would read it
                app << msSince(timer);
                QVariantList values;
                const QString sql = rawSearchSql(postgres, prefix, &values);
                timer.restart();
                runRaw(history.connection(), sql, values);
                raw << msSince(timer);
            }
            model.setSearch(QString());
        }
    }
    return figure(app, raw);
}

// The first page, and the page that ends at row 1,000,000: the app's keyset page against
// raw OFFSET, and against the app's own first page (deepVsFirst).
void pageFigures(HistoryRepository& history, qint64 total, StoreFigures* out)
{
    HistoryQuery query;
    QList<double> firstApp;
    QList<double> firstRaw;
    QList<double> deepApp;
    QList<double> deepRaw;
    const QString sql =
        QStringLiteral("SELECT %1 FROM history ORDER BY issued_at_utc DESC, id DESC LIMIT %2 OFFSET ?").arg(kColumns).arg(kPage);
    // The page that ends at row 1,000,000 (page 5,000 when a page held 200 rows), or the deepest
    // page a smaller set has; the same page every round, as page 1 is (another deep page each
    // round would be other rows, cold in the cache, against a first page read again and again).
    const int depth = int(qMax<qint64>(kPage, qMin<qint64>(1000000LL - kPage, total - kPage)));
    // The row just above the deep page, as the model would have it (found once, not timed).
    const QList<HistoryEntry> above = history.page(query, depth - 1, 1);
    if (above.isEmpty())
        return;
    for (int round = 0; round < 9; ++round) {
        QElapsedTimer timer;
        timer.start();
        history.page(query, 0, kPage);
        firstApp << msSince(timer);
        timer.restart();
        runRaw(history.connection(), sql, {0});
        firstRaw << msSince(timer);
        timer.restart();
        history.pageAfter(query, above.first().id, kPage);
        deepApp << msSince(timer);
        timer.restart();
        runRaw(history.connection(), sql, {depth});
        deepRaw << msSince(timer);
    }
    out->firstPage = figure(firstApp, firstRaw);
    out->deepPage = figure(deepApp, deepRaw);
    out->deepPage.baseline += QStringLiteral(" (OFFSET)");
    out->deepVsFirst = figure(deepApp, firstApp);
    out->deepVsFirst.baseline += QStringLiteral(" (page 1)");
}

// A request claimed, marked sent and answered through the ledger (the issue path's writes, the
// network aside), against the same row written raw: one INSERT and one UPDATE, each committed.
Figure issueFigure(const QSqlDatabase& db)
{
    RequestLedger ledger(db, QStringLiteral("bench-desk/1"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<double> app;
    QList<double> raw;
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    for (int i = 0; i < 60; ++i) {
        HistoryEntry e;
        e.issuedAtUtc = now;
        e.lockName = QStringLiteral("Bench");
        e.lockModel = QStringLiteral("KL1060G3");
        e.mode = QStringLiteral("standard");
        e.durationId = 2;
        e.startSent = QStringLiteral("2030-01-01 %1:00").arg(i % 24, 2, 10, QLatin1Char('0'));
        e.windowStartUtc = now.addDays(1);
        e.windowEndUtc = now.addDays(1).addSecs(3 * 3600);
        e.requestPathId = QStringLiteral("202604221226");
        e.requestIdentifier = QStringLiteral("921239");
        e.requestKey = QStringLiteral("bench-%1-%2").arg(run).arg(i);
        e.source = HistoryEntry::Source::Api;
        QElapsedTimer timer;
        timer.start();
        const RequestLedger::Claim claim = ledger.claim(e, {}, now, 60000);
        ledger.markSent(claim.row.id);
        const bool answered = ledger.recordAnswer(claim.row.id, QStringLiteral("1234567"), 200);
        app << msSince(timer);
        if (claim.result != RequestLedger::Claim::Result::Claimed || !answered) {
            QTextStream(stderr) << "ledger failed: " << claim.errorText << ledger.errorText() << '\n';
            return {QStringLiteral("failed"), {}, {}};
        }

        timer.restart();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO history (issued_at_utc, lock_name, lock_model, mode, duration_id, "
                                      "start_sent, window_start_utc, window_end_utc, source, outcome, request_key) "
                                      "VALUES (?, 'Bench', 'KL1060G3', 'standard', 2, ?, ?, ?, 'api', 'claimed', ?)")
                       + SqlDialect::returningId(db));
        insert.addBindValue(now.toString(Qt::ISODate));
        insert.addBindValue(e.startSent);
        insert.addBindValue(e.windowStartUtc.toString(Qt::ISODate));
        insert.addBindValue(e.windowEndUtc.toString(Qt::ISODate));
        insert.addBindValue(e.requestKey + QStringLiteral("-raw"));
        insert.exec();
        const qint64 id = SqlDialect::insertedId(insert);
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE history SET outcome = 'issued', code = '1234567' WHERE id = ?"));
        update.addBindValue(id);
        update.exec();
        raw << msSince(timer);
    }
    // The rows written here are the benchmark's, not the data set's: left in, they would be the
    // newest codes in History for every later run (and every later look at the data).
    QSqlQuery cleanUp(db);
    cleanUp.prepare(QStringLiteral("DELETE FROM history WHERE request_key LIKE ?"));
    cleanUp.addBindValue(QStringLiteral("bench-%1-%").arg(run));
    if (!cleanUp.exec()) {
        QTextStream(stderr) << "ledger rows not removed: " << cleanUp.lastError().text() << '\n';
        return {QStringLiteral("failed"), {}, {}};
    }
    return figure(app, raw);
}

std::optional<StoreFigures> measure(const QString& address, QString* error)
{
    Database database;
    if (!database.open(address)) {
        *error = database.errorText();
        return std::nullopt;
    }
    StoreFigures out;
    {
        QSqlQuery count(database.connection());
        if (count.exec(QStringLiteral("SELECT COUNT(*) FROM history")) && count.next())
            out.rows = count.value(0).toLongLong();
    }
    HistoryRepository history(database.connection());
    FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc()));
    HistoryTableModel model(history, clock);
    // Words a desk types: names, a booking reference, a code, a room; and what they start with.
    const QStringList typed = {QStringLiteral("zoë mü"), QStringLiteral("room 41"), QStringLiteral("bk-1234"),
                               QStringLiteral("0123"), QStringLiteral("tanaka"), QStringLiteral("gustav o"),
                               QStringLiteral("xq"), QStringLiteral("qu"), QStringLiteral("oka")};
    out.searchLong = searchFigure(history, model, typed, true);
    out.searchShort = searchFigure(history, model, typed, false);
    pageFigures(history, out.rows, &out);
    out.issue = issueFigure(database.connection());
    return out;
}

const QString kTeamKey = QStringLiteral("Team0Key1Team2Key3Team4Key5Team6Key7Team8K");

// Every probe of a round starts at the same moment (epoch ms), all of them open by then.
void sleepUntil(qint64 startAtMs)
{
    const qint64 wait = startAtMs - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QThread::msleep(quint64(wait));
}

// In a child process: one desk issuing `count` codes for lock `lockId` through the real issuing
// service (a session on the shared store, the service at `service`), starting at `startAtMs` (epoch)
// so that several desks issue at once. Prints each issue's time in ms; any failure is an exit != 0.
int deskProbe(const QString& store, const QUrl& service, qint64 lockId, int count, qint64 startAtMs)
{
    QTemporaryDir dir;
    {
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("desk/firstRunDone"), true);
    }
    MemorySecretStore secrets;
    AppSession session;
    AppSession::Options options;
    options.databasePath = store;
    options.settingsPath = dir.filePath(QStringLiteral("s.ini"));
    options.apiKey = kTeamKey;
    options.apiUrl = service;
    options.secrets = &secrets;
    QString error;
    if (!session.start(options, &error)) {
        QTextStream(stderr) << "desk: " << error << Qt::endl;
        return 1;
    }
    Lock lock;
    if (!session.locks().find(lockId, &lock)) {
        QTextStream(stderr) << "desk: no lock " << lockId << Qt::endl;
        return 1;
    }
    sleepUntil(startAtMs);
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(3);
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        StartRequest r;
        const QDateTime when = base.addSecs(qint64(i) * 3600);
        r.wallDate = when.date();
        r.wallTime = QTime(when.time().hour(), 0);
        r.deskZone = QTimeZone::utc();
        r.frame = lock.clockFrame();
        r.duration = *StandardDurations::byId(2);
        r.nowUtc = QDateTime::currentDateTimeUtc();
        IssueOrder order;
        order.lock = lock;
        order.plan = StartTimeRules::plan(r);
        order.fresh = true; // every order a request of its own, as at a busy desk
        std::optional<IssueOutcome> outcome;
        QObject context;
        QObject::connect(&session.issuer(), &IssueService::finished, &context,
                         [&outcome](const IssueOutcome& o) { outcome = o; });
        QElapsedTimer timer;
        timer.start();
        session.issuer().issue(order);
        if (!EventWait::until([&outcome] { return outcome.has_value(); }, 30000)) {
            QTextStream(stderr) << "desk: no outcome within 30 s" << Qt::endl;
            return 3;
        }
        if (!outcome->ok) {
            QTextStream(stderr) << "desk: issue failed: " << outcome->errorText << Qt::endl;
            return 1;
        }
        out << msSince(timer) << ' ';
    }
    out << Qt::endl;
    return 0;
}

// In a child process: the floor of one issue, done raw, `count` times from `startAtMs` (epoch): a
// claim committed with QtSql, one QNetworkAccessManager GET to the service, the answer committed.
// Several at once show what the machine itself allows (processor cores, the server), which no
// desk can do better than. Prints each issue's time in ms; any failure is an exit != 0.
int floorProbe(const QString& store, const QUrl& service, int lockNumber, int count, qint64 startAtMs)
{
    Database database;
    if (!database.open(store)) {
        QTextStream(stderr) << "floor: " << database.errorText() << Qt::endl;
        return 1;
    }
    QSqlQuery claim(database.connection());
    claim.prepare(QStringLiteral("INSERT INTO bench_floor (request_key, state) VALUES (?, 'claimed') RETURNING id"));
    QSqlQuery answer(database.connection());
    answer.prepare(QStringLiteral("UPDATE bench_floor SET state = 'answered', code = ? WHERE id = ?"));
    ApiEndpoint endpoint;
    endpoint.host = service;
    QNetworkAccessManager network;
    sleepUntil(startAtMs);
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(3);
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        const QDateTime when = base.addSecs(qint64(i) * 3600);
        const NetCodeRequest request{QStringLiteral("202604221226"), when.toString(QStringLiteral("yyyy-MM-dd HH:00")), 2,
                                     QStringLiteral("KL1060G3"), QString::number(lockNumber)};
        QNetworkRequest get(request.url(endpoint));
        get.setRawHeader("x-api-key", kTeamKey.toUtf8());
        QElapsedTimer timer;
        timer.start();
        claim.addBindValue(get.url().toString());
        if (!claim.exec() || !claim.next()) {
            QTextStream(stderr) << "floor: " << claim.lastError().text() << Qt::endl;
            return 1;
        }
        const qint64 id = claim.value(0).toLongLong();
        claim.finish();
        QNetworkReply* reply = network.get(get);
        if (!EventWait::until([reply] { return reply->isFinished(); }, 30000)) {
            QTextStream(stderr) << "floor: no answer within 30 s" << Qt::endl;
            return 3;
        }
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            QTextStream(stderr) << "floor: " << reply->errorString() << Qt::endl;
            return 1;
        }
        answer.addBindValue(QString::fromUtf8(body.left(64)));
        answer.addBindValue(id);
        if (!answer.exec()) {
            QTextStream(stderr) << "floor: " << answer.lastError().text() << Qt::endl;
            return 1;
        }
        out << msSince(timer) << ' ';
    }
    out << Qt::endl;
    return 0;
}

struct TeamFigures {
    Figure desks; // six desks at once vs one desk alone
    Figure floor; // six raw floors at once vs one alone
};

// Six desk processes issuing at once on one PostgreSQL store, against one desk alone (same run,
// same service, same store). Each desk issues for a lock of its own: no two ask the same request.
// The same for six raw floors (floorProbe): how far the machine itself lets six at once go.
std::optional<TeamFigures> teamFigure(const QString& store, int desks, int count, QString* error)
{
    CodelocksSimulator service;
    if (!service.start()) {
        *error = service.errorString();
        return std::nullopt;
    }
    service.setRequiredApiKey(kTeamKey);
    QList<qint64> lockIds;
    {
        Database database;
        if (!database.open(store)) {
            *error = database.errorText();
            return std::nullopt;
        }
        LockRepository locks(database.connection());
        const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
        for (int d = 0; d < desks; ++d) {
            Lock lock;
            lock.name = QStringLiteral("Team %1 desk %2").arg(run).arg(d);
            lock.timecode = QStringLiteral("202604221226");
            lock.lockNumber = QString::number(921239 + d);
            lock.timeZoneId = QStringLiteral("Europe/London");
            if (!locks.insert(&lock)) {
                *error = locks.errorText();
                return std::nullopt;
            }
            lockIds << lock.id;
        }
        QSqlQuery table(database.connection());
        if (!table.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_floor (id BIGSERIAL PRIMARY KEY, "
                                       "request_key TEXT NOT NULL, state TEXT NOT NULL, code TEXT)"))) {
            *error = table.lastError().text();
            return std::nullopt;
        }
    }
    // Runs `n` desks at once; their issue times, pooled.
    auto round = [&](int n, bool floor) -> std::optional<QList<double>> {
        QList<QProcess*> children;
        const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 3000; // every desk open by then
        for (int d = 0; d < n; ++d) {
            auto* p = new QProcess;
            p->start(QCoreApplication::applicationFilePath(),
                     {floor ? QStringLiteral("--floor-probe") : QStringLiteral("--desk-probe"), store,
                      QStringLiteral("--service"), service.baseUrl().toString(), QStringLiteral("--lock"),
                      QString::number(floor ? 921239 + d : lockIds.at(d)), QStringLiteral("--count"),
                      QString::number(count), QStringLiteral("--start-at"), QString::number(startAt)});
            children << p;
        }
        auto running = [&] {
            return std::any_of(children.cbegin(), children.cend(),
                               [](const QProcess* p) { return p->state() != QProcess::NotRunning; });
        };
        // The service lives in this process: keep serving while the desks work.
        EventWait::until([&] { return !running(); }, 180000);
        QList<double> times;
        QString failure;
        for (QProcess* p : children) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
                failure = QStringLiteral("a desk did not finish within 180 s");
            } else if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
                failure = QString::fromLocal8Bit(p->readAllStandardError()).trimmed();
            }
            for (const QByteArray& ms : p->readAllStandardOutput().trimmed().split(' ')) {
                if (!ms.isEmpty())
                    times << ms.toDouble();
            }
            delete p;
        }
        if (!failure.isEmpty() || times.size() != n * count) {
            *error = failure.isEmpty() ? QStringLiteral("desks reported %1 issues instead of %2").arg(times.size()).arg(n * count)
                                       : failure;
            return std::nullopt;
        }
        return times;
    };
    TeamFigures out;
    for (const bool floor : {false, true}) {
        const auto alone = round(1, floor);
        if (!alone)
            return std::nullopt;
        const auto together = round(desks, floor);
        if (!together)
            return std::nullopt;
        Figure f = figure(*together, *alone);
        f.baseline += floor ? QStringLiteral(" (one alone)") : QStringLiteral(" (one desk alone)");
        (floor ? out.floor : out.desks) = f;
    }
    return out;
}

// A throwaway PostgreSQL cluster for the run (scripts/pg-test-cluster.sh), stopped at the end.
class Cluster {
public:
    explicit Cluster(QString script) : m_script(std::move(script)) {}
    ~Cluster()
    {
        if (m_started)
            run({QStringLiteral("stop"), m_dir.path() + QStringLiteral("/pg")}, 60000);
    }
    bool start(QString* error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        QDir(m_dir.path()).mkpath(QStringLiteral("."));
        // The cluster runs as the postgres user when this runs as root: it must reach the folder.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadOther | QFileDevice::ExeOther
                                                | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        m_started = true;
        if (!run({QStringLiteral("start"), m_dir.path() + QStringLiteral("/pg")}, 120000, error))
            return false;
        QFile url(m_dir.path() + QStringLiteral("/pg/url"));
        if (!url.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("the cluster started but wrote no URL");
            return false;
        }
        m_url = QString::fromUtf8(url.readAll()).trimmed();
        return true;
    }
    QString url() const { return m_url; }
    QString databaseUrl(const QString& name) const
    {
        QString url = m_url;
        return url.replace(QStringLiteral(":///postgres?"), QStringLiteral(":///%1?").arg(name));
    }

private:
    bool run(const QStringList& args, int timeoutMs, QString* error = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("bash"), QStringList{m_script} + args);
        const bool finished = p.waitForFinished(timeoutMs);
        if (!finished)
            p.kill();
        const bool ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok && error)
            *error = QStringLiteral("pg-test-cluster.sh %1 %2: %3")
                         .arg(args.join(QLatin1Char(' ')),
                              finished ? QStringLiteral("failed") : QStringLiteral("did not finish in time"),
                              QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return ok;
    }

    QString m_script;
    QTemporaryDir m_dir;
    QString m_url;
    bool m_started = false;
};

bool exec(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = sql.left(80) + QStringLiteral("...: ") + q.lastError().text();
    return false;
}

// The same kind of rows as netcode-bench-data writes to SQLite, made on the server in one statement;
// the history's indexes are dropped first and built again afterwards (the same indexes, sooner).
bool generatePostgres(const QString& url, int lockCount, int historyCount, QString* error)
{
    Database database;
    Database::StartOptions options;
    options.createStore = true;
    if (!database.open(url, options)) {
        *error = database.errorText();
        return false;
    }
    const QSqlDatabase db = database.connection();
    QStringList indexes;
    QStringList names;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'netcode' AND "
                                   "tablename = 'history' AND indexname <> 'history_pkey'"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            names << q.value(0).toString();
            indexes << q.value(1).toString();
        }
    }
    for (const QString& name : names) {
        if (!exec(db, QStringLiteral("DROP INDEX netcode.\"%1\"").arg(name), error))
            return false;
    }
    const QString generate = QStringLiteral(
        "INSERT INTO history (issued_at_utc, issued_by, lock_id, lock_name, lock_model, mode, duration_id, "
        "duration_label, start_sent, window_start_utc, window_end_utc, code, guest_name, room, reference, source, "
        "outcome, request_path_id, request_identifier, lock_time_zone) "
        "SELECT to_char(t, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 'desk', l, 'Room ' || (99 + l), 'KL1060G3', 'standard', 2, "
        "'3 hours', to_char(s, 'YYYY-MM-DD HH24:MI'), to_char(s, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
        "to_char(s + interval '3 hours', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), lpad(c::text, 7, '0'), f || ' ' || n, "
        "(100 + l)::text, 'BK-' || lpad(b::text, 6, '0'), 'api', 'issued', '202604221226', (100000 + l)::text, "
        "'Europe/London' "
        "FROM (SELECT t, date_trunc('hour', t) + interval '1 hour' AS s, l, c, b, f, n FROM ("
        " SELECT timestamp '2024-01-01' + i * interval '90 seconds' AS t,"
        " 1 + floor(random() * %1)::int AS l, floor(random() * 10000000)::int AS c,"
        " floor(random() * 1000000)::int AS b,"
        " (ARRAY['Ana','Ben','Chloé','Dmitri','Elif','Farah','Gustav','Hana','Ines','Jonas','Kenji','Lena','Mateo',"
        "'Nia','Oskar','Priya','Quinn','Rosa','Sven','Tariq','Uma','Viktor','Wen','Ximena','Yusuf','Zoë'])"
        "[1 + floor(random() * 26)::int] AS f,"
        " (ARRAY['Müller','Smith','García','Kowalski','Nguyen','O''Brien','Rossi','Jansen','Dubois','Svensson',"
        "'Tanaka','Okafor','Novak','Silva'])[1 + floor(random() * 14)::int] AS n"
        " FROM generate_series(0, %2) AS i) AS g) AS h");
    const QStringList statements = {
        QStringLiteral("SET statement_timeout = 0"),
        QStringLiteral("SELECT setseed(0.42)"),
        QStringLiteral("INSERT INTO locks (name, group_name, model, timecode, lock_number, mode, time_zone) "
                       "SELECT 'Room ' || (100 + i), 'Floor ' || (i / 40 + 1), 'KL1060G3', '202604221226', "
                       "(100000 + i)::text, 'standard', 'Europe/London' FROM generate_series(0, %1) AS i")
            .arg(lockCount - 1),
        generate.arg(lockCount).arg(historyCount - 1),
    };
    for (const QString& sql : statements) {
        if (!exec(db, sql, error))
            return false;
    }
    for (const QString& index : indexes) {
        if (!exec(db, index, error))
            return false;
    }
    // Settled as a store in use is: without VACUUM, the server's own vacuum of a million new rows
    // starts during the measurements (one of the two cores for most of a minute: a run measured a deep
    // page at 1.74× page 1 that way, 1.15× in the next run), and the first reads of each page write
    // its hint bits.
    return exec(db, QStringLiteral("VACUUM (ANALYZE)"), error)
           && exec(db, QStringLiteral("SET statement_timeout = '20s'"), error);
}
// One store's figures in the order the tables print them.
QList<std::pair<QString, Figure>> storeLines(const StoreFigures& f)
{
    return {{QStringLiteral("Search, keystroke → first page, 3+ characters"), f.searchLong},
            {QStringLiteral("Search, keystroke → first page, 1–2 characters"), f.searchShort},
            {QStringLiteral("History, first page (%1 rows)").arg(kPage), f.firstPage},
            {QStringLiteral("History, the page ending at row 1,000,000 (keyset) vs raw OFFSET"), f.deepPage},
            {QStringLiteral("History, the page ending at row 1,000,000 (keyset) vs page 1"), f.deepVsFirst},
            {QStringLiteral("Issue: claim, sent, answer through the ledger"), f.issue}};
}
void printTeam(QTextStream& out, const TeamFigures& team)
{
    out << "| Benchmark | PostgreSQL | baseline | ratio |\n|---|---|---|---|\n";
    out << "| Six desk processes issuing at once, issue → code committed | " << team.desks.value << " | "
        << team.desks.baseline << " | " << team.desks.ratio << " |\n";
    out << "| Six raw floors at once (claim commit, GET, answer commit): the machine's own limit | " << team.floor.value
        << " | " << team.floor.baseline << " | " << team.floor.ratio << " |\n";
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search and issue at a million rows on SQLite and PostgreSQL."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("sqlite"), QStringLiteral("SQLite data set (netcode-bench-data)."), QStringLiteral("file")},
                       {QStringLiteral("postgres"), QStringLiteral("Use this PostgreSQL store as it is (already filled) "
                                                                   "instead of starting a cluster."),
                        QStringLiteral("url")},
                       {QStringLiteral("history"), QStringLiteral("Rows to generate on PostgreSQL."), QStringLiteral("n"),
                        QStringLiteral("1000000")},
                       {QStringLiteral("sqlite-only"), QStringLiteral("Measure the SQLite data set alone: no cluster, no "
                                                                      "six desks (for profiling one store).")},
                       {QStringLiteral("team-only"), QStringLiteral("Measure six desks at once alone (with --postgres: "
                                                                    "no SQLite data set needed).")},
                       {QStringLiteral("desk-probe"), QStringLiteral("Internal: one desk issuing on this store."), QStringLiteral("url")},
                       {QStringLiteral("floor-probe"), QStringLiteral("Internal: the raw floor of issuing on this store."),
                        QStringLiteral("url")},
                       {QStringLiteral("service"), QStringLiteral("Internal: the service's URL."), QStringLiteral("url")},
                       {QStringLiteral("lock"), QStringLiteral("Internal: the desk's lock id."), QStringLiteral("id")},
                       {QStringLiteral("count"), QStringLiteral("Internal: codes the desk issues."), QStringLiteral("n"), QStringLiteral("40")},
                       {QStringLiteral("start-at"), QStringLiteral("Internal: when the desk starts (epoch ms)."), QStringLiteral("ms")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("desk-probe")))
        return deskProbe(parser.value(QStringLiteral("desk-probe")), QUrl(parser.value(QStringLiteral("service"))),
                         parser.value(QStringLiteral("lock")).toLongLong(), parser.value(QStringLiteral("count")).toInt(),
                         parser.value(QStringLiteral("start-at")).toLongLong());
    if (parser.isSet(QStringLiteral("floor-probe")))
        return floorProbe(parser.value(QStringLiteral("floor-probe")), QUrl(parser.value(QStringLiteral("service"))),
                          parser.value(QStringLiteral("lock")).toInt(), parser.value(QStringLiteral("count")).toInt(),
                          parser.value(QStringLiteral("start-at")).toLongLong());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool teamOnly = parser.isSet(QStringLiteral("team-only")) && parser.isSet(QStringLiteral("postgres"));
    if (teamOnly) {
        QString error;
        const auto team = teamFigure(parser.value(QStringLiteral("postgres")), 6, 40, &error);
        if (!team) {
            err << "PostgreSQL, six desks: " << error << '\n';
            return 1;
        }
        printTeam(out, *team);
        return 0;
    }
    const QString sqlite = parser.value(QStringLiteral("sqlite"));
    if (sqlite.isEmpty() || !QFile::exists(sqlite)) {
        err << "Make the SQLite data first: netcode-bench-data --database bench.sqlite; then --sqlite bench.sqlite\n";
        return 2;
    }
    QString error;
    if (parser.isSet(QStringLiteral("sqlite-only"))) {
        const auto onSqlite = measure(sqlite, &error);
        if (!onSqlite) {
            err << "SQLite: " << error << '\n';
            return 1;
        }
        out << "Rows: SQLite " << onSqlite->rows << "\n\n| Benchmark | SQLite | baseline | ratio |\n|---|---|---|---|\n";
        for (const auto& [name, f] : storeLines(*onSqlite))
            out << "| " << name << " | " << f.value << " | " << f.baseline << " | " << f.ratio << " |\n";
        return 0;
    }
    Cluster cluster(QStringLiteral(PROJECT_SOURCE_DIR "/scripts/pg-test-cluster.sh"));
    QString postgres = parser.value(QStringLiteral("postgres"));
    if (postgres.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        if (!cluster.start(&error)) {
            err << "PostgreSQL: " << error << '\n';
            return 1;
        }
        postgres = cluster.databaseUrl(QStringLiteral("bench"));
        {
            // CREATE DATABASE through a plain connection to the maintenance database.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
            const QUrl u(cluster.url());
            const QUrlQuery q(u);
            db.setHostName(q.queryItemValue(QStringLiteral("host")));
            db.setPort(q.queryItemValue(QStringLiteral("port")).toInt());
            db.setUserName(q.queryItemValue(QStringLiteral("user")));
            db.setDatabaseName(QStringLiteral("postgres"));
            const bool ok = db.open() && exec(db, QStringLiteral("CREATE DATABASE bench"), &error);
            if (!ok && error.isEmpty())
                error = db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
        if (!error.isEmpty()) {
            err << "PostgreSQL: " << error << '\n';
            return 1;
        }
        if (!generatePostgres(postgres, 10000, parser.value(QStringLiteral("history")).toInt(), &error)) {
            err << "PostgreSQL: generating the data failed: " << error << '\n';
            return 1;
        }
        err << "PostgreSQL store generated in " << timer.elapsed() / 1000 << " s\n";
    }
    const auto onSqlite = measure(sqlite, &error);
    if (!onSqlite) {
        err << "SQLite: " << error << '\n';
        return 1;
    }
    const auto onPostgres = measure(postgres, &error);
    if (!onPostgres) {
        err << "PostgreSQL: " << error << '\n';
        return 1;
    }
    const auto team = teamFigure(postgres, 6, 40, &error);
    if (!team) {
        err << "PostgreSQL, six desks: " << error << '\n';
        return 1;
    }
    out << "Rows: SQLite " << onSqlite->rows << ", PostgreSQL " << onPostgres->rows << "\n\n";
    out << "| Benchmark | SQLite | baseline | ratio | PostgreSQL | baseline | ratio |\n|---|---|---|---|---|---|---|\n";
    const auto lite = storeLines(*onSqlite);
    const auto pg = storeLines(*onPostgres);
    for (qsizetype i = 0; i < lite.size(); ++i) {
        const Figure& a = lite.at(i).second;
        const Figure& b = pg.at(i).second;
        out << "| " << lite.at(i).first << " | " << a.value << " | " << a.baseline << " | " << a.ratio << " | " << b.value
            << " | " << b.baseline << " | " << b.ratio << " |\n";
    }
    out << '\n';
    printTeam(out, *team);
    return 0;
}
