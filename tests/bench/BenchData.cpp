// Generates the benchmark data set: N locks and M history rows, deterministic for a given seed.
#include "Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>
#include <QVariant>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generate a NetCode Desk database for the benchmarks."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("database"), QStringLiteral("File to create (replaced)."), QStringLiteral("file")},
                       {QStringLiteral("locks"), QStringLiteral("Number of locks."), QStringLiteral("n"), QStringLiteral("10000")},
                       {QStringLiteral("history"), QStringLiteral("Number of history rows."), QStringLiteral("n"), QStringLiteral("1000000")},
                       {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("1")}});
    parser.process(app);
    QTextStream out(stdout);
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty()) {
        out << "--database is required\n";
        return 2;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    const int lockCount = parser.value(QStringLiteral("locks")).toInt();
    const int historyCount = parser.value(QStringLiteral("history")).toInt();
    QRandomGenerator rng(parser.value(QStringLiteral("seed")).toUInt());

    QElapsedTimer timer;
    timer.start();
    Database database;
    if (!database.open(path)) {
        out << database.errorText() << '\n';
        return 1;
    }
    QSqlDatabase db = database.connection();
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA synchronous=OFF")); // generating, not keeping: speed over durability

    static const char* const firstNames[] = {"Ana", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Gustav", "Hana", "Ines",
                                             "Jonas", "Kenji", "Lena", "Mateo", "Nia", "Oskar", "Priya", "Quinn",
                                             "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë"};
    static const char* const lastNames[] = {"Müller", "Smith", "García", "Kowalski", "Nguyen", "O'Brien", "Rossi",
                                            "Jansen", "Dubois", "Svensson", "Tanaka", "Okafor", "Novak", "Silva"};
    // The full-text index is built once at the end instead of row by row: the same index, much sooner.
    QSqlQuery trigger(db);
    trigger.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'history_fts_insert'"));
    const QString triggerSql = trigger.next() ? trigger.value(0).toString() : QString();
    trigger.exec(QStringLiteral("DROP TRIGGER IF EXISTS history_fts_insert"));
    db.transaction();
    QSqlQuery lockInsert(db);
    lockInsert.prepare(QStringLiteral("INSERT INTO locks (name, group_name, model, timecode, lock_number, mode, time_zone) "
                                      "VALUES (?, ?, 'KL1060G3', '202604221226', ?, 'standard', 'Europe/London')"));
    for (int i = 0; i < lockCount; ++i) {
        lockInsert.addBindValue(QStringLiteral("Room %1").arg(100 + i));
        lockInsert.addBindValue(QStringLiteral("Floor %1").arg(i / 40 + 1));
        lockInsert.addBindValue(QString::number(100000 + i));
        lockInsert.exec();
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO history (issued_at_utc, issued_by, lock_id, lock_name, lock_model, mode, duration_id, duration_label, "
        "start_sent, window_start_utc, window_end_utc, code, guest_name, room, reference, source, outcome, "
        "request_path_id, request_identifier, lock_time_zone) "
        "VALUES (?, 'desk', ?, ?, 'KL1060G3', 'standard', 2, '3 hours', ?, ?, ?, ?, ?, ?, ?, 'api', 'issued', "
        "'202604221226', ?, 'Europe/London')"));
    const QDateTime first(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < historyCount; ++i) {
        const int lock = 1 + int(rng.bounded(quint32(qMax(1, lockCount))));
        const QDateTime issued = first.addSecs(qint64(i) * 90); // ~2.6 years of codes
        const QDateTime start = issued.addSecs(3600 - issued.time().minute() * 60);
        insert.addBindValue(issued.toString(Qt::ISODate));
        insert.addBindValue(lock);
        insert.addBindValue(QStringLiteral("Room %1").arg(99 + lock));
        insert.addBindValue(start.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        insert.addBindValue(start.toString(Qt::ISODate));
        insert.addBindValue(start.addSecs(3 * 3600).toString(Qt::ISODate));
        insert.addBindValue(QStringLiteral("%1").arg(rng.bounded(10000000u), 7, 10, QLatin1Char('0')));
        insert.addBindValue(QStringLiteral("%1 %2").arg(QString::fromUtf8(firstNames[rng.bounded(26u)]),
                                                        QString::fromUtf8(lastNames[rng.bounded(14u)])));
        insert.addBindValue(QString::number(100 + lock));
        insert.addBindValue(QStringLiteral("BK-%1").arg(rng.bounded(1000000u), 6, 10, QLatin1Char('0')));
        insert.addBindValue(QString::number(100000 + lock));
        insert.exec();
        if (i % 100000 == 99999) {
            db.commit();
            db.transaction();
        }
    }
    db.commit();
    pragma.exec(QStringLiteral("INSERT INTO history_fts(history_fts) VALUES ('rebuild')"));
    if (!triggerSql.isEmpty())
        pragma.exec(triggerSql);
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << "generated " << lockCount << " locks and " << historyCount << " history rows in " << timer.elapsed()
        << " ms: " << path << '\n';
    return 0;
}
