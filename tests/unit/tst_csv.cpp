#include "Csv.h"
#include "HistoryExport.h"
#include "LockCsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// RFC 4180 round trips with hostile cells, quotes, line breaks and non-Latin names; lock import that
// names every bad row and column; history export.
class TestCsv final : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("comma and quotes") << QStringList{QStringLiteral("Bank, 3"), QStringLiteral("say \"hi\"")};
        QTest::newRow("line breaks") << QStringList{QStringLiteral("two\nlines"), QStringLiteral("cr\r\nlf")};
        QTest::newRow("non-Latin") << QStringList{QStringLiteral("Zoë Müller"), QStringLiteral("東京 203"), QStringLiteral("Ωμέγα")};
        QTest::newRow("formulas") << QStringList{QStringLiteral("=1+1"), QStringLiteral("+44 20"), QStringLiteral("-3"),
                                                 QStringLiteral("@SUM(A1)"), QStringLiteral("\tTAB"), QStringLiteral("\rCR")};
        QTest::newRow("empty cells") << QStringList{QString(), QStringLiteral("x"), QString()};
        QTest::newRow("spaces kept") << QStringList{QStringLiteral(" lead"), QStringLiteral("trail ")};
        QTest::newRow("digits kept") << QStringList{QStringLiteral("0523542"), QStringLiteral("202604221226"), QStringLiteral("7830719"),
                                                    QStringLiteral("0")};
        // A value that itself reads like the digits-as-text form is someone's text: kept as typed.
        QTest::newRow("text like digits") << QStringList{QStringLiteral("=\"0523542\""), QStringLiteral("=\"12\"")};
    }

    void roundTrip()
    {
        QFETCH(QStringList, cells);
        const QString text = Csv::row(cells) + Csv::row(cells);
        QList<QStringList> rows;
        QString error;
        QVERIFY2(Csv::parse(text, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first(), cells);
    }

    void formulasAreNeutralisedInTheFile()
    {
        const QString line = Csv::row({QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1"), QStringLiteral("-2"),
                                       QStringLiteral("@x"), QStringLiteral("ok")});
        QVERIFY2(line.startsWith(QLatin1String("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@x,ok")), qPrintable(line));
        QVERIFY(line.endsWith(QLatin1String("\r\n")));
    }

    // Excel drops a code's leading zero and shows a timecode as 2.02604E+11 unless the cell says it
    // is text; ="0523542" is text in Excel and LibreOffice, and only digits ever get that form.
    void digitsASpreadsheetWouldChangeAreWrittenAsText()
    {
        QCOMPARE(Csv::cell(QStringLiteral("0523542")), QStringLiteral("\"=\"\"0523542\"\"\""));
        QCOMPARE(Csv::cell(QStringLiteral("202604221226")), QStringLiteral("\"=\"\"202604221226\"\"\""));
        QCOMPARE(Csv::cell(QStringLiteral("7830719")), QStringLiteral("7830719")); // a number that stays the same
        QCOMPARE(Csv::cell(QStringLiteral("0")), QStringLiteral("0"));
        QCOMPARE(Csv::cell(QStringLiteral("0523 542")), QStringLiteral("0523 542"));
        // The formula guard still holds for everything else, this form included when typed.
        QCOMPARE(Csv::cell(QStringLiteral("=\"0523542\"")), QStringLiteral("\"'=\"\"0523542\"\"\""));
        QCOMPARE(Csv::cell(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
        QCOMPARE(Csv::cell(QStringLiteral("-0523542")), QStringLiteral("'-0523542"));
    }

    void exportsStartWithAByteOrderMark()
    {
        HistoryEntry e;
        e.issuedAtUtc = QDateTime(QDate(2027, 7, 14), QTime(13, 0), QTimeZone::utc());
        e.guestName = QStringLiteral("Zoë Müller");
        const QByteArray history = HistoryExport::csv({e}, QTimeZone("Europe/London"), e.issuedAtUtc).toUtf8();
        QVERIFY2(history.startsWith("\xEF\xBB\xBFissued_at,"), history.left(20).toHex().constData());
        QVERIFY(history.contains("Zo\xC3\xAB M\xC3\xBCller"));
        HistoryExportStream stream(HistoryExportStream::Format::Csv, QTimeZone("Europe/London"), e.issuedAtUtc);
        QVERIFY(stream.begin().startsWith("\xEF\xBB\xBFissued_at,"));
        QVERIFY(HistoryExportStream(HistoryExportStream::Format::Json, QTimeZone::utc(), e.issuedAtUtc).begin().startsWith('['));
        const QByteArray locks = LockCsv::write({}).toUtf8();
        QVERIFY(locks.startsWith("\xEF\xBB\xBFname,"));
        // and the app reads its own files back
        QList<QStringList> rows;
        QString error;
        QVERIFY(Csv::parse(QString::fromUtf8(history), &rows, &error));
        QCOMPARE(rows.first().first(), QStringLiteral("issued_at"));
        QCOMPARE(rows.at(1).at(12), QStringLiteral("Zoë Müller"));
    }

    void malformedFilesAreRefused()
    {
        QList<QStringList> rows;
        QString error;
        QVERIFY(!Csv::parse(QStringLiteral("a,\"unclosed\r\nb"), &rows, &error));
        QVERIFY(error.contains(QLatin1String("never closed")));
        QVERIFY(!Csv::parse(QStringLiteral("a,b\"c\"\r\n"), &rows, &error));
        QVERIFY(Csv::parse(QStringLiteral("\xFEFFname\r\nx"), &rows, &error)); // byte-order mark
        QCOMPARE(rows.first().first(), QStringLiteral("name"));
    }

    void locksRoundTrip()
    {
        Lock kit;
        kit.name = QStringLiteral("Zoë's room, 3");
        kit.group = QStringLiteral("=floor");
        kit.model = LockModelId::KL1060C2;
        kit.timecode = QStringLiteral("202604221226");
        kit.lockNumber = QStringLiteral("921239");
        kit.configuredMode = NetCodeMode::MediumTermRental;
        kit.timeZoneId = QStringLiteral("Australia/Lord_Howe");
        Lock smart;
        smart.name = QStringLiteral("Gate");
        smart.model = LockModelId::K3Connect;
        smart.smartLockId = QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293");
        smart.accessKeyRef = QStringLiteral("secret-ref-never-exported");
        smart.clockFollowsDst = true;
        smart.timeZoneId = QStringLiteral("Europe/London");
        const QString csv = LockCsv::write({kit, smart});
        QVERIFY(!csv.contains(QLatin1String("secret-ref-never-exported")));
        const LockCsvImport back = LockCsv::read(csv, {}, QStringLiteral("Europe/London"));
        QVERIFY(back.errors.isEmpty());
        QCOMPARE(back.valid.size(), 2);
        QCOMPARE(back.valid.at(0).name, kit.name);
        QCOMPARE(back.valid.at(0).group, kit.group);
        QCOMPARE(back.valid.at(0).configuredMode, NetCodeMode::MediumTermRental);
        QCOMPARE(back.valid.at(0).timeZoneId, kit.timeZoneId);
        QVERIFY(back.valid.at(1).clockFollowsDst);
        QVERIFY(back.valid.at(1).accessKeyRef.isEmpty());
    }

    void everyBadRowAndColumnIsNamed()
    {
        const QString csv = QStringLiteral(
            "name,model,timecode,lock_id,mode,clock_follows_dst\r\n"
            "Good,KL1060G3,202604221226,921239,standard,no\r\n"
            ",KL1060G3,202604221226,921239,,\r\n"
            "Bad ids,KL1060G3,20260422122,092123,,\r\n"
            "Bad model,KL9000,202604221226,921239,,\r\n"
            "Bad mode,KL1060G3,202604221226,921239,forever,maybe\r\n"
            "good,KL1060G3,202604221226,921239,,\r\n");
        const LockCsvImport result = LockCsv::read(csv, {QStringLiteral("Existing")}, QStringLiteral("Europe/London"));
        QCOMPARE(result.valid.size(), 1);
        QCOMPARE(result.valid.first().name, QStringLiteral("Good"));
        auto has = [&](int row, const char* column) {
            for (const auto& e : result.errors) {
                if (e.row == row && e.column == QLatin1String(column))
                    return true;
            }
            return false;
        };
        QVERIFY(has(2, "name"));
        QVERIFY(has(3, "timecode"));
        QVERIFY(has(3, "lock_id"));
        QVERIFY(has(4, "model"));
        QVERIFY(has(5, "mode"));
        QVERIFY(has(5, "clock_follows_dst"));
        QVERIFY(has(6, "name")); // "good" repeats "Good" from row 1
        QVERIFY(!LockCsv::read(QStringLiteral("who,what\r\n1,2\r\n"), {}, QString()).fileError.isEmpty());
        QVERIFY(!LockCsv::read(QString(), {}, QString()).fileError.isEmpty());
    }

    void historyExport()
    {
        HistoryEntry e;
        e.issuedAtUtc = QDateTime(QDate(2027, 7, 14), QTime(13, 0), QTimeZone::utc());
        e.windowStartUtc = QDateTime(QDate(2027, 7, 14), QTime(14, 0), QTimeZone::utc());
        e.windowEndUtc = QDateTime(QDate(2027, 7, 14), QTime(17, 0), QTimeZone::utc());
        e.code = QStringLiteral("0830719");
        e.guestName = QStringLiteral("=cmd|' /C calc'!A0");
        e.lockName = QStringLiteral("Room 101");
        e.startSent = QStringLiteral("2027-07-14 14:00");
        const QTimeZone london("Europe/London");
        const QString csv = HistoryExport::csv({e}, london, e.issuedAtUtc);
        QVERIFY(csv.contains(QLatin1String("2027-07-14T15:00:00+01:00")));
        QVERIFY2(csv.contains(QLatin1String(",\"=\"\"0830719\"\"\",")), qPrintable(csv)); // leading zero kept, in a spreadsheet too
        QList<QStringList> rows;
        QString error;
        QVERIFY(Csv::parse(csv, &rows, &error));
        QCOMPARE(rows.at(1).at(11), QStringLiteral("0830719"));
        QVERIFY(csv.contains(QLatin1String("'=cmd")));
        const QJsonArray json = QJsonDocument::fromJson(HistoryExport::json({e}, london, e.issuedAtUtc)).array();
        QCOMPARE(json.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("upcoming"));
        QCOMPARE(json.first().toObject().value(QLatin1String("code")).toString(), QStringLiteral("0830719"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
