// NetCode Desk benchmarks. Each figure is compared with a baseline measured in the same run, because
// these machines are shared and noisy: a ratio means more than a raw time. Prints a Markdown table
// and, with --json FILE, writes every figure with its baseline and ratio.
//
//   netcode-bench --database bench.sqlite [--json bench.json]   (data made by netcode-bench-data)
//   netcode-bench --smoke --json out.json                       (tiny generated data; the test suite)
//
// Honest by construction: no probe can meet a modal dialog (the first-run welcome is marked done in
// every probe's settings, and a probe that sees any modal window fails), every child process and
// every wait has a deadline, and a measurement that fails ends the run with an error exit and its
// reason — never with a number.
#include "AppSession.h"
#include "BoardView.h"
#include "BenchFailure.h"
#include "CodelocksClient.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "EventWait.h"
#include "DialogSeams.h"
#include "HistoryRepository.h"
#include "HistoryTableModel.h"
#include "IssueService.h"
#include "MainWindow.h"
#include "SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QProcess>
#include <QSaveFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <optional>

namespace {
struct Config {
    bool smoke = false;
    QString compareApp;      // another build of netcode-desk (e.g. before a change), run alternately
    QString compareDatabase; // its copy of the data (an older schema cannot open a newer file)
    int startupRounds = 9;
    int issueRounds = 100;
    int searchRounds = 3;
    // 20,000 rows scrolled, whatever a page holds.
    int memoryPages = 20000 / HistoryTableModel::kPageSize;
    // 1-based page number, clamped to the data: the page that ends at row 1,000,000 (page 5,000
    // when a page held 200 rows), so the deepest page of the benchmark data.
    int deepPage = 1000000 / HistoryTableModel::kPageSize;
    int childTimeoutMs = 60000;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        throw BenchFailure(QStringLiteral("no samples"));
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        throw BenchFailure(QStringLiteral("no samples"));
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(values.size() * p)));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Runs the event loop until `done`, or fails with `what` once `timeoutMs` have passed.
void waitUntil(const std::function<bool()>& done, int timeoutMs, const QString& what)
{
    if (!EventWait::until(done, timeoutMs))
        throw BenchFailure(QStringLiteral("%1: no answer within %2 ms").arg(what).arg(timeoutMs));
}

// A child program run to its end within a deadline; anything else is a failure with its output.
QByteArray runChild(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
                    int timeoutMs, double* elapsedMs = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        throw BenchFailure(QStringLiteral("%1 did not start: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        throw BenchFailure(QStringLiteral("%1 did not finish within %2 ms; its output: %3")
                               .arg(program)
                               .arg(timeoutMs)
                               .arg(QString::fromLocal8Bit(process.readAllStandardError().right(2000))));
    }
    if (elapsedMs)
        *elapsedMs = timer.nsecsElapsed() / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw BenchFailure(QStringLiteral("%1 %2 failed (exit %3): %4")
                               .arg(program, arguments.join(QLatin1Char(' ')))
                               .arg(process.exitCode())
                               .arg(QString::fromLocal8Bit(process.readAllStandardError().right(2000))));
    return process.readAllStandardOutput();
}

// A settings file for probes: the first-run welcome already done, so no probe meets a dialog.
QString probeSettings(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("probe.ini"));
    QSettings settings(path, QSettings::IniFormat);
    settings.setValue(QStringLiteral("desk/firstRunDone"), true);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        throw BenchFailure(QStringLiteral("cannot write the probe settings %1").arg(path));
    return path;
}

struct Figure {
    QString key;          // stable machine-readable name
    QString name;         // the table's wording
    double value = 0;
    double baseline = 0;
    QString unit;         // "ms" or "MB"
    QString baselineName; // what the baseline is
    double targetRatio = 0; // the goal, as a ratio to the baseline (0: an absolute target)
    QString target;       // the goal as written in the table
    QString detail;       // p95 or other context
    QString load;         // /proc/loadavg when measured
    double ratio() const { return value / qMax(1e-9, baseline); }
};

QString number(double value, const QString& unit)
{
    const int decimals = unit == QLatin1String("MB") || value >= 100 ? 0 : value >= 10 ? 1 : 2;
    return QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(unit);
}

// Start-up: process start to the first painted main window, each program run alternately.
QList<Figure> startupBenchmark(const Config& config, const QString& bigPath)
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETCODE_DESK_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("NETCODE_DESK_SETTINGS"), probeSettings(dir));
    env.remove(QStringLiteral("NETCODE_STARTUP_TRACE"));
    const QString emptyPath = dir.filePath(QStringLiteral("empty.sqlite"));
    const QStringList emptyArgs = {QStringLiteral("--demo"), QStringLiteral("--database"), emptyPath};
    const QStringList bigArgs = {QStringLiteral("--demo"), QStringLiteral("--database"), bigPath};
    // One screenful of data: as many locks and codes as the window shows, no more. Start-up that
    // does not grow with the data is as fast on the benchmark data as on this.
    const QString screenPath = dir.filePath(QStringLiteral("screenful.sqlite"));
    runChild(QStringLiteral(DATA_EXECUTABLE),
             {QStringLiteral("--database"), screenPath, QStringLiteral("--locks"), QStringLiteral("50"),
              QStringLiteral("--history"), QStringLiteral("200")},
             QProcessEnvironment::systemEnvironment(), config.childTimeoutMs);
    const QStringList screenArgs = {QStringLiteral("--demo"), QStringLiteral("--database"), screenPath};
    // Not timed: the empty database made and migrated, every file in the page cache.
    runChild(QStringLiteral(APP_EXECUTABLE), emptyArgs, env, config.childTimeoutMs);
    runChild(QStringLiteral(APP_EXECUTABLE), screenArgs, env, config.childTimeoutMs);
    runChild(QStringLiteral(APP_EXECUTABLE), bigArgs, env, config.childTimeoutMs);
    runChild(QStringLiteral(BARE_EXECUTABLE), {}, env, config.childTimeoutMs);
    const bool compare = !config.compareApp.isEmpty();
    const QString otherEmpty = dir.filePath(QStringLiteral("compare-empty.sqlite"));
    const QStringList otherEmptyArgs = {QStringLiteral("--demo"), QStringLiteral("--database"), otherEmpty};
    const QStringList otherBigArgs = {QStringLiteral("--demo"), QStringLiteral("--database"), config.compareDatabase};
    if (compare) {
        runChild(config.compareApp, otherEmptyArgs, env, config.childTimeoutMs);
        runChild(config.compareApp, otherBigArgs, env, config.childTimeoutMs);
    }
    QList<double> bare, empty, screen, big, otherEmptyMs, otherBigMs;
    for (int i = 0; i < config.startupRounds; ++i) {
        double ms = 0;
        runChild(QStringLiteral(BARE_EXECUTABLE), {}, env, config.childTimeoutMs, &ms);
        bare << ms;
        runChild(QStringLiteral(APP_EXECUTABLE), emptyArgs, env, config.childTimeoutMs, &ms);
        empty << ms;
        runChild(QStringLiteral(APP_EXECUTABLE), screenArgs, env, config.childTimeoutMs, &ms);
        screen << ms;
        runChild(QStringLiteral(APP_EXECUTABLE), bigArgs, env, config.childTimeoutMs, &ms);
        big << ms;
        if (compare) {
            runChild(config.compareApp, otherEmptyArgs, env, config.childTimeoutMs, &ms);
            otherEmptyMs << ms;
            runChild(config.compareApp, otherBigArgs, env, config.childTimeoutMs, &ms);
            otherBigMs << ms;
        }
    }
    const QString load = loadAverage();
    QList<Figure> figures;
    if (compare) {
        figures << Figure{QStringLiteral("compare_startup_empty_vs_bare"),
                          QStringLiteral("Compared build: start-up to first paint, empty database (median)"),
                          median(otherEmptyMs), median(bare), QStringLiteral("ms"),
                          QStringLiteral("bare QMainWindow program"), 2.0, QStringLiteral("≤ 2×"), config.compareApp, load}
                << Figure{QStringLiteral("compare_startup_data_vs_empty"),
                          QStringLiteral("Compared build: start-up to first paint, benchmark data (median)"),
                          median(otherBigMs), median(otherEmptyMs), QStringLiteral("ms"),
                          QStringLiteral("the compared build on an empty database"), 1.2, QStringLiteral("≤ 1.2×"),
                          config.compareApp, load};
    }
    Figure floor{QStringLiteral("startup_empty_vs_bare"),
                 QStringLiteral("Start-up to first paint, empty database (median)"),
                 median(empty), median(bare), QStringLiteral("ms"),
                 QStringLiteral("bare QMainWindow program"), 2.0, QStringLiteral("≤ 2×"), {}, load};
    Figure data{QStringLiteral("startup_data_vs_empty"),
                QStringLiteral("Start-up to first paint, benchmark data (median)"),
                median(big), median(empty), QStringLiteral("ms"),
                QStringLiteral("NetCode Desk on an empty database"), 1.2, QStringLiteral("≤ 1.2×"), {}, load};
    Figure size{QStringLiteral("startup_data_vs_screenful"),
                QStringLiteral("Start-up to first paint, benchmark data vs one screenful of data (median)"),
                median(big), median(screen), QStringLiteral("ms"),
                QStringLiteral("NetCode Desk on 50 locks and 200 codes"), 1.2, QStringLiteral("≤ 1.2×"), {}, load};
    Figure whole{QStringLiteral("startup_data_vs_bare"),
                 QStringLiteral("Start-up to first paint, benchmark data vs bare window (median)"),
                 median(big), median(bare), QStringLiteral("ms"),
                 QStringLiteral("bare QMainWindow program"), 0, QStringLiteral("—"), {}, load};
    return QList<Figure>{floor, data, size, whole} + figures;
}

// Time from a keystroke to the first page of results on screen, against the same SQL run raw.
Figure searchBenchmark(const Config& config, const QString& path)
{
    Database database;
    if (!database.open(path))
        throw BenchFailure(QStringLiteral("search: %1").arg(database.errorText()));
    HistoryRepository history(database.connection());
    FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc()));
    HistoryTableModel model(history, clock);
    const QStringList typed = {QStringLiteral("zoë mü"), QStringLiteral("room 41"), QStringLiteral("bk-1234"),
                               QStringLiteral("0123"), QStringLiteral("tanaka"), QStringLiteral("gustav o")};
    QList<double> appMs;
    QList<double> rawMs;
    for (int round = 0; round < config.searchRounds; ++round) {
        for (const QString& text : typed) {
            for (int n = 1; n <= text.size(); ++n) {
                const QString prefix = text.left(n);
                QElapsedTimer timer;
                timer.start();
                model.setSearch(prefix);
                if (model.rowCount() > 0)
                    model.data(model.index(0, 0)); // the first row as the view would read it
                appMs << timer.nsecsElapsed() / 1e6;

                HistoryQuery query;
                query.search = prefix;
                query.nowUtc = clock.nowUtc();
                timer.restart();
                const QList<HistoryEntry> rows = history.page(query, 0, HistoryTableModel::kPageSize);
                rawMs << timer.nsecsElapsed() / 1e6;
                Q_UNUSED(rows)
            }
            model.setSearch(QString());
        }
    }
    return {QStringLiteral("search_vs_raw"), QStringLiteral("Search as you type, keystroke → first page (median)"),
            median(appMs), median(rawMs), QStringLiteral("ms"), QStringLiteral("the same SQL, raw"), 2.0,
            QStringLiteral("≤ 2×"), QStringLiteral("p95 %1 ms").arg(percentile(appMs, 0.95), 0, 'f', 1), loadAverage()};
}

// A page deep in the history (keyset, as the view fetches it) against the first page.
Figure deepPageBenchmark(const Config& config, const QString& path)
{
    Database database;
    if (!database.open(path))
        throw BenchFailure(QStringLiteral("deep page: %1").arg(database.errorText()));
    HistoryRepository history(database.connection());
    HistoryQuery query;
    query.nowUtc = QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
    const int total = history.count(query);
    const int pageSize = HistoryTableModel::kPageSize;
    const int page = qMax(2, qMin(config.deepPage, total / pageSize));
    if (total < 2 * pageSize)
        throw BenchFailure(QStringLiteral("deep page: the data has only %1 rows").arg(total));
    // The row the view would have shown last before that page (found once, not timed).
    QSqlQuery last(database.connection());
    last.prepare(QStringLiteral("SELECT id FROM history ORDER BY issued_at_utc DESC, id DESC LIMIT 1 OFFSET ?"));
    last.addBindValue((page - 1) * pageSize - 1);
    if (!last.exec() || !last.next())
        throw BenchFailure(QStringLiteral("deep page: %1").arg(last.lastError().text()));
    const qint64 afterId = last.value(0).toLongLong();
    last.finish();
    QList<double> firstMs, deepMs;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto first = history.page(query, 0, pageSize);
        firstMs << timer.nsecsElapsed() / 1e6;
        timer.restart();
        const auto deep = history.pageAfter(query, afterId, pageSize);
        deepMs << timer.nsecsElapsed() / 1e6;
        if (first.size() != pageSize || deep.isEmpty())
            throw BenchFailure(QStringLiteral("deep page: %1 and %2 rows instead of full pages").arg(first.size()).arg(deep.size()));
    }
    return {QStringLiteral("deep_page_vs_first"),
            QStringLiteral("History page %1 of %2 (keyset) vs page 1 (median)").arg(page).arg((total + pageSize - 1) / pageSize),
            median(deepMs), median(firstMs), QStringLiteral("ms"), QStringLiteral("page 1, same run"), 1.5,
            QStringLiteral("≤ 1.5×"), {}, loadAverage()};
}

// Issue action → code on screen and committed, against the floor: one raw GET to the same service
// plus the two durable commits the ledger needs (claim, answer), done raw with QtSql.
Figure issueBenchmark(const Config& config)
{
    QTemporaryDir dir;
    CodelocksSimulator service;
    if (!service.start())
        throw BenchFailure(QStringLiteral("issue: the simulator did not start: %1").arg(service.errorString()));
    const QString key = QStringLiteral("Bench0Key1Bench2Key3Bench4Key5Bench6Key7");
    service.setRequiredApiKey(key);
    {
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("api/host"), service.baseUrl().toString());
        settings.setValue(QStringLiteral("desk/firstRunDone"), true);
    }
    MemorySecretStore secrets;
    AppSession session;
    AppSession::Options options;
    options.databasePath = dir.filePath(QStringLiteral("db.sqlite"));
    options.settingsPath = dir.filePath(QStringLiteral("s.ini"));
    options.apiKey = key;
    options.secrets = &secrets;
    QString error;
    if (!session.start(options, &error))
        throw BenchFailure(QStringLiteral("issue: %1").arg(error));
    Lock lock;
    lock.name = QStringLiteral("Bench");
    lock.timecode = QStringLiteral("202604221226");
    lock.lockNumber = QStringLiteral("921239");
    lock.timeZoneId = QStringLiteral("Europe/London");
    if (!session.locks().insert(&lock))
        throw BenchFailure(QStringLiteral("issue: %1").arg(session.locks().errorText()));

    // The floor's store: the same engine and the same durability (WAL, synchronous=FULL).
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
    raw.setDatabaseName(dir.filePath(QStringLiteral("floor.sqlite")));
    if (!raw.open())
        throw BenchFailure(QStringLiteral("issue floor: %1").arg(raw.lastError().text()));
    {
        QSqlQuery setup(raw);
        for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                "CREATE TABLE ledger (id INTEGER PRIMARY KEY, request_key TEXT UNIQUE, state TEXT, code TEXT)"}) {
            if (!setup.exec(QString::fromLatin1(sql)))
                throw BenchFailure(QStringLiteral("issue floor: %1").arg(setup.lastError().text()));
        }
    }
    QSqlQuery claim(raw);
    claim.prepare(QStringLiteral("INSERT INTO ledger (request_key, state) VALUES (?, 'claimed')"));
    QSqlQuery answer(raw);
    answer.prepare(QStringLiteral("UPDATE ledger SET state = 'answered', code = ? WHERE id = ?"));

    QNetworkAccessManager network;
    QList<double> appMs;
    QList<double> floorMs;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(2);
    for (int i = 0; i < config.issueRounds; ++i) {
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
        std::optional<IssueOutcome> outcome;
        QObject context;
        QObject::connect(&session.issuer(), &IssueService::finished, &context,
                         [&outcome](const IssueOutcome& o) { outcome = o; });
        QElapsedTimer timer;
        timer.start();
        session.issuer().issue(order);
        waitUntil([&] { return outcome.has_value(); }, 30000, QStringLiteral("issue"));
        appMs << timer.nsecsElapsed() / 1e6;
        if (!outcome->ok)
            throw BenchFailure(QStringLiteral("issue failed: %1").arg(outcome->errorText));

        NetCodeRequest request{lock.pathId(), order.plan.startString, 2, QStringLiteral("KL1060G3"), lock.lockNumber};
        QNetworkRequest get(request.url(session.client().endpoint()));
        get.setRawHeader("x-api-key", key.toUtf8());
        timer.restart();
        claim.addBindValue(request.url(session.client().endpoint()).toString());
        if (!claim.exec())
            throw BenchFailure(QStringLiteral("issue floor: %1").arg(claim.lastError().text()));
        const qint64 id = claim.lastInsertId().toLongLong();
        QNetworkReply* reply = network.get(get);
        waitUntil([reply] { return reply->isFinished(); }, 30000, QStringLiteral("raw GET"));
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            throw BenchFailure(QStringLiteral("raw GET: %1").arg(reply->errorString()));
        answer.addBindValue(QString::fromUtf8(body.left(64)));
        answer.addBindValue(id);
        if (!answer.exec())
            throw BenchFailure(QStringLiteral("issue floor: %1").arg(answer.lastError().text()));
        floorMs << timer.nsecsElapsed() / 1e6;
        reply->deleteLater();
    }
    return {QStringLiteral("issue_vs_floor"), QStringLiteral("Issue → code on screen and committed (median)"),
            median(appMs), median(floorMs), QStringLiteral("ms"),
            QStringLiteral("raw GET + 2 durable raw QtSql commits"), 1.2, QStringLiteral("≤ 1.2×"),
            QStringLiteral("p95 %1 ms").arg(percentile(appMs, 0.95), 0, 'f', 2), loadAverage()};
}

// The board shows today and the next two weeks: "now" for the board probe is a week before the
// last code in the data, so every day it shows is full of codes (the data's codes are in the past).
std::optional<QDateTime> weekBeforeLastCode(const QString& path)
{
    std::optional<QDateTime> now;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("board-now"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery last(db);
        if (db.open() && last.exec(QStringLiteral("SELECT MAX(window_start_utc) FROM history")) && last.next()
            && !last.value(0).isNull())
            now = QDateTime::fromString(last.value(0).toString(), Qt::ISODate).toUTC().addDays(-7);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("board-now"));
    return now;
}

// Board probe: View ▸ Board opened as the desk opens it, then scrolled page by page over every
// lock and sideways through the days, each step painted. Returns the locks it went through, or -1.
int scrollBoard(MainWindow& window)
{
    auto* open = window.findChild<QAction*>(QStringLiteral("boardAction"));
    if (!open) {
        QTextStream(stderr) << "no board action in the window" << Qt::endl;
        return -1;
    }
    open->trigger();
    QCoreApplication::processEvents();
    BoardView* board = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!board && top->isVisible())
            board = top->findChild<BoardView*>();
    }
    if (!board) {
        QTextStream(stderr) << "the board did not open" << Qt::endl;
        return -1;
    }
    board->window()->resize(1280, 800);
    QCoreApplication::processEvents();
    QScrollBar* v = board->verticalScrollBar();
    for (v->setValue(0);; v->setValue(v->value() + v->pageStep())) {
        board->viewport()->repaint();
        if (v->value() >= v->maximum())
            break;
    }
    QScrollBar* h = board->horizontalScrollBar();
    for (int i = 0; i <= 20; ++i) {
        h->setValue(i * h->maximum() / 20);
        board->viewport()->repaint();
    }
    return board->rowCount();
}

// In a child process: the real window on `path`, `pages` history pages scrolled; prints
// "<peak resident KB> <rows>". With `board`, the board is opened and scrolled instead, and the
// count is its locks. A modal window is a failure (it would wait for nobody).
int memoryProbe(const QString& path, int pages, bool board)
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppSession session;
    AppSession::Options options;
    options.databasePath = path;
    options.settingsPath = probeSettings(dir);
    options.secrets = &secrets;
    options.forceDemo = true;
    std::optional<FixedClock> boardClock;
    if (board) {
        if (const auto now = weekBeforeLastCode(path))
            boardClock.emplace(*now);
        if (boardClock)
            options.clock = &*boardClock;
    }
    // A question at start (old codes to delete, ...) is answered "no": the probe changes nothing.
    MessageBox::setNextAnswers(QList<QMessageBox::StandardButton>(20, QMessageBox::No));
    QTimer modalWatch;
    QObject::connect(&modalWatch, &QTimer::timeout, &modalWatch, [] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            QTextStream(stderr) << "a modal window appeared in the probe: " << modal->windowTitle() << Qt::endl;
            std::_Exit(3);
        }
    });
    modalWatch.start(100);
    QString error;
    if (!session.start(options, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    MainWindow window(session);
    window.show();
    QCoreApplication::processEvents();
    if (board) {
        const int locks = scrollBoard(window);
        if (locks < 0)
            return 1;
        QTextStream(stdout) << peakResidentKb() << ' ' << locks << Qt::endl;
        return 0;
    }
    auto* view = window.findChild<QTableView*>(QStringLiteral("historyTableView"));
    if (!view) {
        QTextStream(stderr) << "no history table in the window" << Qt::endl;
        return 1;
    }
    // Scrolled as a user would: the view fetches the next page when its end comes into sight.
    const int wanted = pages * HistoryTableModel::kPageSize;
    while (view->model()->rowCount() < wanted && view->model()->canFetchMore({})) {
        const int before = view->model()->rowCount();
        view->scrollToBottom();
        QCoreApplication::processEvents();
        if (view->model()->rowCount() == before)
            view->model()->fetchMore({});
    }
    QTextStream(stdout) << peakResidentKb() << ' ' << view->model()->rowCount() << Qt::endl;
    return 0;
}

QList<Figure> memoryBenchmark(const Config& config, const QString& path)
{
    QTemporaryDir dir;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    auto probe = [&](const QString& database, bool board = false) {
        QStringList arguments{QStringLiteral("--memory-probe"), database, QStringLiteral("--pages"),
                              QString::number(config.memoryPages)};
        if (board)
            arguments << QStringLiteral("--board");
        const QByteArray out = runChild(QCoreApplication::applicationFilePath(), arguments, env, config.childTimeoutMs * 2);
        const QList<QByteArray> parts = out.trimmed().split(' ');
        bool okKb = false, okRows = false;
        const double kb = parts.value(0).toDouble(&okKb);
        const int rows = parts.value(1).toInt(&okRows);
        if (parts.size() != 2 || !okKb || !okRows || kb <= 0)
            throw BenchFailure(QStringLiteral("memory probe printed no measurement: '%1'").arg(QString::fromLocal8Bit(out)));
        return std::pair<double, int>(kb / 1024.0, rows);
    };
    const auto [emptyMb, emptyRows] = probe(dir.filePath(QStringLiteral("empty.sqlite")));
    Q_UNUSED(emptyRows)
    const auto [mb, rows] = probe(path);
    const auto [boardMb, locks] = probe(path, true);
    if (locks <= 0)
        throw BenchFailure(QStringLiteral("the board probe went through no locks"));
    return {{QStringLiteral("memory_history_scrolled"),
             QStringLiteral("Peak resident memory, window open, %1 history rows scrolled").arg(rows), mb, emptyMb,
             QStringLiteral("MB"), QStringLiteral("the same window on an empty database"), 0,
             QStringLiteral("≤ 120 MB"), {}, loadAverage()},
            {QStringLiteral("memory_board_scrolled"),
             QStringLiteral("Peak resident memory, board open and scrolled over %1 locks").arg(locks), boardMb, emptyMb,
             QStringLiteral("MB"), QStringLiteral("the same window on an empty database"), 0,
             QStringLiteral("≤ 120 MB"), {}, loadAverage()}};
}

QString makeSmokeData(const QTemporaryDir& dir, const Config& config)
{
    const QString path = dir.filePath(QStringLiteral("smoke.sqlite"));
    runChild(QStringLiteral(DATA_EXECUTABLE),
             {QStringLiteral("--database"), path, QStringLiteral("--locks"), QStringLiteral("30"),
              QStringLiteral("--history"), QStringLiteral("1200")},
             QProcessEnvironment::systemEnvironment(), config.childTimeoutMs);
    return path;
}

QJsonDocument toJson(const QList<Figure>& figures, const QString& database, bool smoke)
{
    QJsonArray rows;
    for (const Figure& f : figures) {
        rows.append(QJsonObject{{QStringLiteral("key"), f.key},
                                {QStringLiteral("name"), f.name},
                                {QStringLiteral("value"), f.value},
                                {QStringLiteral("baseline"), f.baseline},
                                {QStringLiteral("ratio"), f.ratio()},
                                {QStringLiteral("unit"), f.unit},
                                {QStringLiteral("baseline_name"), f.baselineName},
                                {QStringLiteral("target"), f.target},
                                {QStringLiteral("target_ratio"), f.targetRatio},
                                {QStringLiteral("detail"), f.detail},
                                {QStringLiteral("load"), f.load}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("database"), database},
                                     {QStringLiteral("smoke"), smoke},
                                     {QStringLiteral("measured_utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                     {QStringLiteral("rows"), rows}});
}

void printTable(const QList<Figure>& figures)
{
    QTextStream out(stdout);
    out << "| Benchmark | NetCode Desk | Baseline (same run) | Ratio | Target | Load |\n|---|---|---|---|---|---|\n";
    for (const Figure& f : figures) {
        out << "| " << f.name << " | " << number(f.value, f.unit)
            << (f.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.detail)) << " | "
            << number(f.baseline, f.unit) << " (" << f.baselineName << ") | "
            << QStringLiteral("%1×").arg(f.ratio(), 0, 'f', 2) << " | " << f.target << " | " << f.load << " |\n";
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("NetCode Desk benchmarks, each against a baseline from the same run."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("Benchmark database (netcode-bench-data)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also write every figure to this JSON file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("smoke"), QStringLiteral("Tiny generated data, few rounds: checks the benchmark works.")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run only these parts: startup, search, deep, issue, memory."), QStringLiteral("parts")});
    parser.addOption({QStringLiteral("compare-app"), QStringLiteral("Also time this other netcode-desk build's start-up, alternately."), QStringLiteral("program")});
    parser.addOption({QStringLiteral("compare-database"), QStringLiteral("The compared build's copy of the data."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("memory-probe"), QStringLiteral("Internal: measure memory."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Internal: history pages the memory probe scrolls."), QStringLiteral("n"),
                      QString::number(Config().memoryPages)});
    parser.addOption({QStringLiteral("board"), QStringLiteral("Internal: the memory probe scrolls the board instead.")});
    parser.process(app);
    try {
        if (parser.isSet(QStringLiteral("memory-probe")))
            return memoryProbe(parser.value(QStringLiteral("memory-probe")), parser.value(QStringLiteral("pages")).toInt(),
                               parser.isSet(QStringLiteral("board")));
        Config config;
        config.smoke = parser.isSet(QStringLiteral("smoke"));
        config.compareApp = parser.value(QStringLiteral("compare-app"));
        config.compareDatabase = parser.value(QStringLiteral("compare-database"));
        if (!config.compareApp.isEmpty() && !QFile::exists(config.compareDatabase))
            throw BenchFailure(QStringLiteral("--compare-app needs --compare-database (its own copy of the data)"));
        QTemporaryDir smokeDir;
        QString path = parser.value(QStringLiteral("database"));
        if (config.smoke) {
            config.startupRounds = 2;
            config.issueRounds = 4;
            config.searchRounds = 1;
            config.memoryPages = 3;
            path = makeSmokeData(smokeDir, config);
        } else if (path.isEmpty() || !QFile::exists(path)) {
            QTextStream(stderr) << "Make the data first: netcode-bench-data --database bench.sqlite; then --database bench.sqlite\n";
            return 2;
        }
        // --only startup,search,deep,issue,memory: a part of the run (while working on one figure).
        const QStringList only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        auto wanted = [&only](const char* part) { return only.isEmpty() || only.contains(QLatin1String(part)); };
        QList<Figure> figures;
        if (wanted("startup"))
            figures << startupBenchmark(config, path);
        if (wanted("search"))
            figures << searchBenchmark(config, path);
        if (wanted("deep"))
            figures << deepPageBenchmark(config, path);
        if (wanted("issue"))
            figures << issueBenchmark(config);
        if (wanted("memory"))
            figures << memoryBenchmark(config, path);
        if (figures.isEmpty())
            throw BenchFailure(QStringLiteral("--only names no benchmark (startup, search, deep, issue, memory)"));
        for (const Figure& f : figures) {
            if (!std::isfinite(f.value) || !std::isfinite(f.baseline) || f.value <= 0 || f.baseline <= 0)
                throw BenchFailure(QStringLiteral("%1: not a measurement (%2, %3)").arg(f.key).arg(f.value).arg(f.baseline));
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QSaveFile file(parser.value(QStringLiteral("json")));
            if (!file.open(QIODevice::WriteOnly) || file.write(toJson(figures, path, config.smoke).toJson()) < 0
                || !file.commit())
                throw BenchFailure(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
        printTable(figures);
        return 0;
    } catch (const BenchFailure& failure) {
        QTextStream(stderr) << "netcode-bench: measurement failed: " << failure.reason << Qt::endl;
        return 1;
    }
}
