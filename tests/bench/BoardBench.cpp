// The board over ten thousand locks and a million history rows: frame times for scroll steps,
// against a baseline measured in the same run (an empty scroll area of the same size painting its
// background), so the figure is a ratio on a shared, noisy machine. Also the store read behind a
// screen of rows, and its query plan. Prints a Markdown table; no figure is asserted.
//
//   netcode-bench-data --database bench.sqlite
//   QT_QPA_PLATFORM=offscreen netcode-bench-board --database bench.sqlite
#include "BoardRepository.h"
#include "BoardView.h"
#include "Clock.h"
#include "Database.h"
#include "EventWait.h"
#include "LockRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTextStream>
#include <QWindow>

#include <algorithm>
#include <functional>

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
    return values.at(std::min(values.size() - 1, qsizetype(values.size() * p)));
}

// The baseline: a scroll area of the same size and range that only paints its background.
class EmptyArea final : public QAbstractScrollArea {
public:
    explicit EmptyArea(int rows, int rowHeight)
    {
        verticalScrollBar()->setRange(0, rows * rowHeight);
        verticalScrollBar()->setSingleStep(rowHeight);
        horizontalScrollBar()->setRange(0, 4000);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(viewport());
        p.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    }
    void scrollContentsBy(int, int) override { viewport()->update(); }
};

// Milliseconds per step: the scroll and a synchronous repaint (a frame, including any store read).
QList<double> frames(QAbstractScrollArea* area, int steps, const std::function<void(int)>& step)
{
    QList<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < steps; ++i) {
        timer.start();
        step(i);
        area->viewport()->repaint();
        times << timer.nsecsElapsed() / 1e6;
    }
    return times;
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Board scroll benchmark (NetCode Desk)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database made by netcode-bench-data."), QStringLiteral("file")});
    parser.process(app);
    QTextStream out(stdout);
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty() || !QFile::exists(path)) {
        out << "--database is required (make one with netcode-bench-data)\n";
        return 2;
    }
    Database database;
    if (!database.open(path)) {
        out << database.errorText() << '\n';
        return 1;
    }
    QSqlDatabase db = database.connection();
    // "Now" is a week before the last code in the data set, so the 15 days shown are full of codes.
    QSqlQuery last(db);
    last.exec(QStringLiteral("SELECT MAX(window_start_utc), COUNT(*) FROM history"));
    last.next();
    const QDateTime lastStart = QDateTime::fromString(last.value(0).toString(), Qt::ISODate).toUTC();
    const qint64 historyRows = last.value(1).toLongLong();
    FixedClock clock(lastStart.addDays(-7));
    const QTimeZone zone("Europe/London");

    LockRepository lockStore(db);
    QElapsedTimer timer;
    timer.start();
    QList<BoardLock> rows;
    for (const Lock& lock : lockStore.all())
        rows << BoardLock{lock.id, lock.name, lock.group};
    const double locksMs = timer.nsecsElapsed() / 1e6;

    BoardRepository store(db);
    BoardView view(store, clock);
    view.resize(1280, 800);
    view.setDeskZone(zone);
    view.setRange(clock.nowUtc().toTimeZone(zone).date(), 15);
    view.setLocks(rows);
    view.show();
    view.scrollToNow();
    view.viewport()->repaint();
    EmptyArea empty(int(rows.size()), 40);
    empty.resize(1280, 800);
    empty.show();
    // Frames are painted only once the windows are on screen.
    const auto exposed = [](QWidget& w) { return w.windowHandle() && w.windowHandle()->isExposed(); };
    if (!EventWait::until([&] { return exposed(view) && exposed(empty); }, 30000)) {
        QTextStream(stderr) << "The board's windows were not shown within 30 s." << Qt::endl;
        return 1;
    }
    view.viewport()->repaint();

    QScrollBar* v = view.verticalScrollBar();
    const int wheel = v->singleStep() * 3;
    const int readsBefore = view.storeReads();
    // Wheel steps (three rows) down through the locks, page steps, jumps anywhere (a cold read
    // each), and sideways through the days at week zoom.
    const QList<double> wheelFrames = frames(&view, 600, [&](int) { v->setValue(v->value() + wheel); });
    const int wheelReads = view.storeReads() - readsBefore;
    const QList<double> pageFrames = frames(&view, 200, [&](int) { v->setValue(v->value() + v->pageStep()); });
    QRandomGenerator rng(7);
    const QList<double> jumpFrames = frames(&view, 100, [&](int) { v->setValue(int(rng.bounded(quint32(v->maximum() + 1)))); });
    view.setVisibleDays(7);
    QScrollBar* h = view.horizontalScrollBar();
    h->setValue(0);
    const QList<double> sideFrames = frames(&view, 200, [&](int i) { h->setValue((i % 100) * h->maximum() / 100); });

    QScrollBar* ev = empty.verticalScrollBar();
    const QList<double> baseWheel = frames(&empty, 600, [&](int) { ev->setValue(ev->value() + wheel); });
    const QList<double> baseJump = frames(&empty, 100, [&](int) { ev->setValue(int(rng.bounded(quint32(ev->maximum() + 1)))); });

    // The read behind a screen of rows: twenty locks, fifteen days.
    QList<qint64> ids;
    for (int i = 0; i < 20; ++i)
        ids << rows.at(int(rng.bounded(quint32(rows.size())))).id;
    const QDateTime from = view.firstDay().startOfDay(zone);
    const QDateTime to = view.firstDay().addDays(15).startOfDay(zone);
    QList<double> reads;
    qsizetype found = 0;
    for (int i = 0; i < 50; ++i) {
        QList<qint64> sample;
        for (int j = 0; j < 60; ++j)
            sample << rows.at(int(rng.bounded(quint32(rows.size())))).id;
        timer.start();
        found += store.windows(sample, from, to).size();
        reads << timer.nsecsElapsed() / 1e6;
    }
    QList<double> pkReads;
    QSqlQuery byId(db);
    byId.prepare(QStringLiteral("SELECT id, guest_name FROM history WHERE id = ?"));
    for (int i = 0; i < 50; ++i) {
        timer.start();
        byId.addBindValue(qint64(1 + rng.bounded(quint32(historyRows))));
        byId.exec();
        byId.next();
        pkReads << timer.nsecsElapsed() / 1e6;
    }
    QString statement = BoardRepository::windowsStatement(ids);
    statement.replace(QStringLiteral("window_end_utc > ?"), QStringLiteral("window_end_utc > '%1'").arg(from.toUTC().toString(Qt::ISODate)));
    statement.replace(QStringLiteral("window_start_utc < ?"), QStringLiteral("window_start_utc < '%1'").arg(to.toUTC().toString(Qt::ISODate)));
    QSqlQuery plan(db);
    plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement);
    QStringList planLines;
    while (plan.next())
        planLines << plan.value(3).toString();

    out << "Board over " << rows.size() << " locks and " << historyRows << " history rows; 1280x800, 3 days wide\n\n";
    out << "| Step | median ms | p95 ms | baseline median ms | ratio (median) |\n|---|---|---|---|---|\n";
    const double bw = median(baseWheel);
    const double bj = median(baseJump);
    const auto line = [&](const QString& name, const QList<double>& times, double base) {
        out << "| " << name << " | " << ms(median(times)) << " | " << ms(percentile(times, 0.95)) << " | " << ms(base) << " | "
            << QString::number(base > 0 ? median(times) / base : 0, 'f', 1) << " |\n";
    };
    line(QStringLiteral("Wheel step (3 rows), 600 frames"), wheelFrames, bw);
    line(QStringLiteral("Page step, 200 frames"), pageFrames, bw);
    line(QStringLiteral("Jump anywhere (cold read), 100 frames"), jumpFrames, bj);
    line(QStringLiteral("Sideways through 15 days at week zoom, 200 frames"), sideFrames, bw);
    out << "\n| Store | median ms | p95 ms | baseline (one row by id) median ms |\n|---|---|---|---|\n";
    out << "| windows(): 60 locks x 15 days (" << found / 50 << " rows per read) | " << ms(median(reads)) << " | "
        << ms(percentile(reads, 0.95)) << " | " << ms(median(pkReads)) << " |\n";
    out << "\nStore reads during 600 wheel steps: " << wheelReads << "; all locks loaded for the list in " << ms(locksMs)
        << " ms\nPlan: " << planLines.join(QStringLiteral("; ")) << '\n';
    return 0;
}
