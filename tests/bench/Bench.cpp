// NetCode Desk benchmarks. Each figure is compared with a baseline measured in the same run, because
// these machines are shared and noisy: a ratio means more than a raw time. Prints a Markdown table.
//
//   netcode-bench --database bench.sqlite   (made by netcode-bench-data)
#include "AppSession.h"
#include "CodelocksClient.h"
#include "CodelocksSimulator.h"
#include "Database.h"
#include "HistoryRepository.h"
#include "HistoryTableModel.h"
#include "IssueService.h"
#include "MainWindow.h"
#include "SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {
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

void waitUntil(const std::function<bool()>& done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
}

struct Row {
    QString name;
    QString value;
    QString baseline;
    QString ratio;
    QString target;
};

// Time from a keystroke to the first page of results on screen, against the same SQL run raw.
Row searchBenchmark(const QString& path)
{
    Database database;
    if (!database.open(path))
        return {QStringLiteral("search"), database.errorText(), {}, {}, {}};
    HistoryRepository history(database.connection());
    FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc()));
    HistoryTableModel model(history, clock);
    const QStringList typed = {QStringLiteral("zoë mü"), QStringLiteral("room 41"), QStringLiteral("bk-1234"),
                               QStringLiteral("0123"), QStringLiteral("tanaka"), QStringLiteral("gustav o")};
    QList<double> appMs;
    QList<double> rawMs;
    for (int round = 0; round < 3; ++round) {
        for (const QString& text : typed) {
            for (int n = 1; n <= text.size(); ++n) {
                const QString prefix = text.left(n);
                QElapsedTimer timer;
                timer.start();
                model.setSearch(prefix);
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
    return {QStringLiteral("Search as you type, keystroke → first page (median / p95)"),
            QStringLiteral("%1 ms / %2 ms").arg(median(appMs), 0, 'f', 1).arg(percentile(appMs, 0.95), 0, 'f', 1),
            QStringLiteral("%1 ms (same SQL, raw)").arg(median(rawMs), 0, 'f', 1),
            QStringLiteral("%1×").arg(median(appMs) / qMax(0.001, median(rawMs)), 0, 'f', 2), QStringLiteral("≤ 50 ms")};
}

// Issue action → code on screen and in the database, against a raw GET of the same URL.
Row issueBenchmark()
{
    QTemporaryDir dir;
    CodelocksSimulator service;
    service.start();
    const QString key = QStringLiteral("Bench0Key1Bench2Key3Bench4Key5Bench6Key7");
    service.setRequiredApiKey(key);
    {
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("api/host"), service.baseUrl().toString());
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
        return {QStringLiteral("issue"), error, {}, {}, {}};
    Lock lock;
    lock.name = QStringLiteral("Bench");
    lock.timecode = QStringLiteral("202604221226");
    lock.lockNumber = QStringLiteral("921239");
    lock.timeZoneId = QStringLiteral("Europe/London");
    session.locks().insert(&lock);
    QNetworkAccessManager raw;
    QList<double> appMs;
    QList<double> rawMs;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(2);
    for (int i = 0; i < 40; ++i) {
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
        bool done = false;
        QObject context;
        QObject::connect(&session.issuer(), &IssueService::finished, &context, [&done](const IssueOutcome&) { done = true; });
        QElapsedTimer timer;
        timer.start();
        session.issuer().issue(order);
        waitUntil([&] { return done; });
        appMs << timer.nsecsElapsed() / 1e6;

        NetCodeRequest request{lock.pathId(), order.plan.startString, 2, QStringLiteral("KL1060G3"), lock.lockNumber};
        QNetworkRequest get(request.url(session.client().endpoint()));
        get.setRawHeader("x-api-key", key.toUtf8());
        timer.restart();
        QNetworkReply* reply = raw.get(get);
        waitUntil([reply] { return reply->isFinished(); });
        reply->readAll();
        rawMs << timer.nsecsElapsed() / 1e6;
        reply->deleteLater();
    }
    return {QStringLiteral("Issue → code on screen and in the database (median)"),
            QStringLiteral("%1 ms").arg(median(appMs), 0, 'f', 2),
            QStringLiteral("%1 ms (raw QNetworkAccessManager GET)").arg(median(rawMs), 0, 'f', 2),
            QStringLiteral("%1×").arg(median(appMs) / qMax(0.001, median(rawMs)), 0, 'f', 2), QStringLiteral("≤ 1.3×")};
}

// Wall time from process start to the first painted window, each process run alternately.
Row startupBenchmark(const QString& path)
{
    QTemporaryDir dir;
    QList<double> appMs;
    QList<double> bareMs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETCODE_DESK_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("NETCODE_DESK_SETTINGS"), dir.filePath(QStringLiteral("s.ini")));
    for (int i = 0; i < 9; ++i) {
        for (bool app : {true, false}) {
            QProcess process;
            process.setProcessEnvironment(env);
            QElapsedTimer timer;
            timer.start();
            if (app)
                process.start(QStringLiteral(APP_EXECUTABLE), {QStringLiteral("--demo"), QStringLiteral("--database"), path});
            else
                process.start(QStringLiteral(BARE_EXECUTABLE), {});
            process.waitForFinished(60000);
            (app ? appMs : bareMs) << timer.nsecsElapsed() / 1e6;
        }
    }
    return {QStringLiteral("Start-up to first painted main window (median)"),
            QStringLiteral("%1 ms").arg(median(appMs), 0, 'f', 0),
            QStringLiteral("%1 ms (bare QMainWindow program)").arg(median(bareMs), 0, 'f', 0),
            QStringLiteral("%1×").arg(median(appMs) / qMax(0.001, median(bareMs)), 0, 'f', 2), QStringLiteral("≤ 1.5×")};
}

// Peak resident memory of the real window on the big database, after scrolling through history.
int memoryProbe(const QString& path)
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppSession session;
    AppSession::Options options;
    options.databasePath = path;
    options.settingsPath = dir.filePath(QStringLiteral("s.ini"));
    options.secrets = &secrets;
    options.forceDemo = true;
    QString error;
    if (!session.start(options, &error))
        return 1;
    MainWindow window(session);
    window.show();
    QCoreApplication::processEvents();
    auto* view = window.findChild<QTableView*>(QStringLiteral("historyTableView"));
    for (int page = 0; page < 50 && view->model()->canFetchMore({}); ++page) {
        view->model()->fetchMore({});
        view->scrollToBottom();
        QCoreApplication::processEvents();
    }
    QTextStream(stdout) << peakResidentKb() << ' ' << view->model()->rowCount() << Qt::endl;
    return 0;
}

Row memoryBenchmark(const QString& path)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--memory-probe"), path});
    process.waitForFinished(120000);
    const QList<QByteArray> parts = process.readAllStandardOutput().trimmed().split(' ');
    const double mb = parts.value(0).toDouble() / 1024.0;
    return {QStringLiteral("Peak resident memory, window open on the history, %1 rows scrolled").arg(QString::fromLatin1(parts.value(1))),
            QStringLiteral("%1 MB").arg(mb, 0, 'f', 0), QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("≤ 150 MB")};
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("Benchmark database (netcode-bench-data)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("memory-probe"), QStringLiteral("Internal: measure memory."), QStringLiteral("file")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("memory-probe")))
        return memoryProbe(parser.value(QStringLiteral("memory-probe")));
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty() || !QFile::exists(path)) {
        QTextStream(stderr) << "Make the data first: netcode-bench-data --database bench.sqlite; then --database bench.sqlite\n";
        return 2;
    }
    QTextStream out(stdout);
    QList<Row> rows;
    rows << startupBenchmark(path) << searchBenchmark(path) << issueBenchmark() << memoryBenchmark(path);
    out << "| Benchmark | NetCode Desk | Baseline (same run) | Ratio | Target |\n|---|---|---|---|---|\n";
    for (const Row& row : rows)
        out << "| " << row.name << " | " << row.value << " | " << row.baseline << " | " << row.ratio << " | " << row.target << " |\n";
    return 0;
}
