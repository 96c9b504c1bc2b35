// The benchmark's smoke run: tiny generated data, a few rounds, a real process. Checks what the
// benchmark promises about its output (every figure with a baseline and a ratio, numbers that are
// numbers, the Markdown table) and that a failed measurement is an error exit, never a figure.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

class TestBenchSmoke final : public QObject {
    Q_OBJECT

private slots:
    void smokeRunWritesEveryFigureWithBaselineAndRatio()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString json = dir.filePath(QStringLiteral("bench.json"));
        QProcess bench;
        bench.start(QStringLiteral(BENCH_EXECUTABLE), {QStringLiteral("--smoke"), QStringLiteral("--json"), json});
        QVERIFY2(bench.waitForFinished(150000), "the smoke run did not finish");
        const QByteArray table = bench.readAllStandardOutput();
        QVERIFY2(bench.exitStatus() == QProcess::NormalExit && bench.exitCode() == 0,
                 bench.readAllStandardError().constData());

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        QCOMPARE(document.object().value(QStringLiteral("smoke")).toBool(), true);
        const QJsonArray rows = document.object().value(QStringLiteral("rows")).toArray();
        QVERIFY(rows.size() >= 6);
        QSet<QString> keys;
        for (const QJsonValue& value : rows) {
            QVERIFY(value.isObject());
            const QJsonObject row = value.toObject();
            for (const QString& field : {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("unit"),
                                         QStringLiteral("baseline_name"), QStringLiteral("target"),
                                         QStringLiteral("load")}) {
                QVERIFY2(row.value(field).isString(), qPrintable(field));
                QVERIFY2(!row.value(field).toString().isEmpty(), qPrintable(field));
            }
            for (const QString& field : {QStringLiteral("value"), QStringLiteral("baseline"), QStringLiteral("ratio")}) {
                QVERIFY2(row.value(field).isDouble(), qPrintable(row.value(QStringLiteral("key")).toString() + u' ' + field));
                const double number = row.value(field).toDouble();
                QVERIFY2(std::isfinite(number) && number > 0, qPrintable(row.value(QStringLiteral("key")).toString() + u' ' + field));
            }
            const double ratio = row.value(QStringLiteral("value")).toDouble() / row.value(QStringLiteral("baseline")).toDouble();
            QVERIFY(qAbs(row.value(QStringLiteral("ratio")).toDouble() - ratio) < 1e-6 * qMax(1.0, ratio));
            for (auto it = row.constBegin(); it != row.constEnd(); ++it)
                QVERIFY2(!it.value().isNull() && !it.value().isUndefined(), qPrintable(it.key()));
            keys.insert(row.value(QStringLiteral("key")).toString());
            // The same figure is in the table.
            QVERIFY2(table.contains(row.value(QStringLiteral("name")).toString().toUtf8()),
                     qPrintable(row.value(QStringLiteral("name")).toString()));
        }
        QCOMPARE(keys.size(), rows.size());
        for (const char* key : {"startup_empty_vs_bare", "startup_data_vs_empty", "startup_data_vs_screenful",
                                "search_vs_raw", "deep_page_vs_first", "issue_vs_floor", "memory_history_scrolled",
                                "memory_board_scrolled"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QVERIFY(table.startsWith("| Benchmark |"));
    }

    void missingDataIsAnErrorExitNotAFigure()
    {
        QTemporaryDir dir;
        QProcess bench;
        bench.start(QStringLiteral(BENCH_EXECUTABLE),
                    {QStringLiteral("--database"), dir.filePath(QStringLiteral("none.sqlite"))});
        QVERIFY(bench.waitForFinished(30000));
        QVERIFY(bench.exitCode() != 0);
        QVERIFY(!bench.readAllStandardOutput().contains("|"));
    }

    void aProbeThatCannotMeasureFailsWithItsReason()
    {
        // A database that cannot be opened (its folder is a file): the memory probe must say so and
        // exit non-zero, not print "0 MB".
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QProcess probe;
        probe.start(QStringLiteral(BENCH_EXECUTABLE), {QStringLiteral("--memory-probe"), dir.filePath(QStringLiteral("a-file/db.sqlite"))});
        QVERIFY(probe.waitForFinished(60000));
        QVERIFY(probe.exitCode() != 0);
        QVERIFY(probe.readAllStandardOutput().trimmed().isEmpty());
        QVERIFY(!probe.readAllStandardError().trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBenchSmoke)
#include "tst_bench_smoke.moc"
