// Screenshots of the board for review: light, dark (Fusion with a dark palette) and German, with
// a day's worth of demo codes (overlaps, a request in doubt, rentals with first-use deadlines, a
// code held by two guests). Not a test: pictures to look at.
//
//   QT_QPA_PLATFORM=offscreen netcode-board-shots DIR
#include "ActionRegistry.h"
#include "AppSession.h"
#include "BoardView.h"
#include "BoardWindow.h"
#include "DemoSessionFixture.h"
#include "EventWait.h"
#include "Languages.h"
#include "MainWindow.h"

#include <QAction>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QDir>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>
#include <QWindow>
#include <cstdlib>

namespace {
void add(AppSession& session, const QDateTime& now, const QString& lockName, const QString& guest, int startHours, int hours,
         HistoryEntry::Outcome outcome = HistoryEntry::Outcome::Issued, const QString& mode = QStringLiteral("standard"),
         const QString& code = {})
{
    Lock lock;
    if (!session.locks().findByName(lockName, &lock))
        return;
    HistoryEntry e;
    e.issuedAtUtc = now.addSecs(-3600);
    e.lockId = lock.id;
    e.lockName = lock.name;
    e.lockModel = QStringLiteral("KL1060G3");
    e.mode = mode;
    e.durationId = 2;
    e.startSent = QStringLiteral("x");
    e.windowStartUtc = now.addSecs(qint64(startHours) * 3600 - now.time().minute() * 60);
    e.windowEndUtc = e.windowStartUtc.addSecs(qint64(hours) * 3600);
    if (mode == QLatin1String("rental"))
        e.firstUseByUtc = e.windowStartUtc.addSecs(24 * 3600);
    e.outcome = outcome;
    e.code = outcome == HistoryEntry::Outcome::Issued ? (code.isEmpty() ? QString::number(1000000 + qHash(guest) % 8999999) : code)
                                                      : QString();
    e.guestName = guest;
    e.source = HistoryEntry::Source::Demo;
    e.demo = true;
    e.lockTimeZone = lock.timeZoneId;
    e.lockFollowsDst = lock.clockFollowsDst;
    session.history().add(&e);
}

void shoot(MainWindow& window, const QString& path, const QPalette& palette, QStyle* style)
{
    window.actions().board->trigger();
    auto* board = window.findChild<BoardWindow*>(QStringLiteral("boardWindow"));
    board->setStyle(style);
    for (QWidget* child : board->findChildren<QWidget*>())
        child->setStyle(style);
    board->setPalette(palette);
    board->resize(1200, 620);
    if (!EventWait::until([board] { return board->windowHandle() && board->windowHandle()->isExposed(); }, 30000)) {
        QTextStream(stderr) << "The board was not shown within 30 s." << Qt::endl;
        std::exit(1);
    }
    board->view()->setVisibleDays(3);
    board->view()->scrollToNow();
    board->view()->setCurrent(0, 1);
    QCoreApplication::processEvents();
    board->grab().save(path);
    // Zoomed in by key: the selected bar stays in view.
    QKeyEvent plus(QEvent::KeyPress, Qt::Key_Plus, Qt::NoModifier, QStringLiteral("+"));
    QApplication::sendEvent(board->view(), &plus);
    QCoreApplication::processEvents();
    board->grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-zoomed.png")));
    // The group list: each group once, whatever its case.
    auto* group = board->findChild<QComboBox*>(QStringLiteral("groupComboBox"));
    group->showPopup();
    QCoreApplication::processEvents();
    group->view()->window()->grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-groups.png")));
    group->hidePopup();
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(dir);
    const QList<std::pair<QString, QString>> shots{{QStringLiteral("en"), QStringLiteral("light")},
                                                   {QStringLiteral("en"), QStringLiteral("dark")},
                                                   {QStringLiteral("de"), QStringLiteral("light")}};
    for (const auto& [language, look] : shots) {
        Languages::installDesk(&app, language);
        DemoSessionFixture fixture;
        const QString error = fixture.start();
        if (!error.isEmpty()) {
            out << error << '\n';
            return 1;
        }
        AppSession& session = *fixture.session;
        QList<Lock> more;
        for (int i = 1; i <= 6; ++i) {
            Lock lock;
            lock.name = QStringLiteral("Room %1").arg(200 + i);
            lock.group = i % 2 ? QStringLiteral("Second floor") : QStringLiteral("second floor"); // as imports mix them
            lock.timecode = QStringLiteral("202604221226");
            lock.lockNumber = QString::number(300000 + i);
            lock.timeZoneId = QStringLiteral("Europe/London");
            more << lock;
        }
        session.locks().insertAll(&more);
        const QDateTime now = fixture.clock->nowUtc();
        add(session, now, QStringLiteral("Room 101"), QStringLiteral("Ana Müller"), -2, 4);
        add(session, now, QStringLiteral("Room 101"), QStringLiteral("Ben Okafor"), 1, 5);
        add(session, now, QStringLiteral("Room 101"), QStringLiteral("Chloé Dubois"), 20, 26);
        add(session, now, QStringLiteral("Locker A-12"), QStringLiteral("Dmitri Novak"), -6, 3);
        add(session, now, QStringLiteral("Locker A-12"), QStringLiteral("Elif Tanaka"), 3, 8, HistoryEntry::Outcome::InDoubt);
        add(session, now, QStringLiteral("Storage unit 14"), QStringLiteral("Farah Silva"), -1, 24 * 5, HistoryEntry::Outcome::Issued,
            QStringLiteral("rental"));
        add(session, now, QStringLiteral("Unit 7 gate"), QStringLiteral("Gustav Jansen"), 2, 4, HistoryEntry::Outcome::Issued,
            QStringLiteral("standard"), QStringLiteral("4711321"));
        add(session, now, QStringLiteral("Unit 7 gate"), QStringLiteral("Hana Rossi"), 2, 4, HistoryEntry::Outcome::Issued,
            QStringLiteral("standard"), QStringLiteral("4711321"));
        for (int i = 1; i <= 6; ++i) {
            add(session, now, QStringLiteral("Room %1").arg(200 + i), QStringLiteral("Guest %1").arg(i), (i * 7) % 30 - 6,
                3 + (i * 5) % 20);
            if (i % 4 == 0)
                add(session, now, QStringLiteral("Room %1").arg(200 + i), QStringLiteral("Late %1").arg(i), (i * 7) % 30 + 2, 6);
        }
        MainWindow window(session);
        window.show();
        QPalette palette = QApplication::style()->standardPalette();
        QStyle* style = QStyleFactory::create(QStringLiteral("Fusion"));
        if (look == QLatin1String("dark")) {
            palette = QPalette(QColor(0x35, 0x35, 0x35));
            palette.setColor(QPalette::Base, QColor(0x24, 0x24, 0x24));
            palette.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
            palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
            palette.setColor(QPalette::HighlightedText, Qt::white);
            palette.setColor(QPalette::PlaceholderText, QColor(0xaa, 0xaa, 0xaa));
        }
        const QString path = QDir(dir).filePath(QStringLiteral("board-%1-%2.png").arg(look, language));
        shoot(window, path, palette, style);
        out << path << '\n';
    }
    return 0;
}
