#include "HistoryExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The paged export writes exactly what the one-piece export writes, however the codes are split
// into pages, so a script reading either gets the same bytes.
class TestHistoryExportStream final : public QObject {
    Q_OBJECT

private:
    static QList<HistoryEntry> entries(int count)
    {
        QList<HistoryEntry> list;
        const QDateTime start(QDate(2027, 7, 14), QTime(14, 0), QTimeZone::utc());
        for (int i = 0; i < count; ++i) {
            HistoryEntry e;
            e.issuedAtUtc = start.addSecs(-3600 - i * 60);
            e.windowStartUtc = start.addDays(i);
            e.windowEndUtc = start.addDays(i).addSecs(3 * 3600);
            if (i % 3 == 1)
                e.firstUseByUtc = start.addDays(i + 1);
            e.lockName = QStringLiteral("Room %1").arg(101 + i);
            e.lockModel = QStringLiteral("KL1060G3");
            e.mode = QStringLiteral("standard");
            e.durationId = i;
            e.startSent = QStringLiteral("2027-07-14 14:00");
            e.code = i % 4 == 3 ? QString() : QStringLiteral("083071%1").arg(i % 10);
            if (e.code.isEmpty()) {
                e.outcome = HistoryEntry::Outcome::Failed;
                e.failureText = QStringLiteral("The service said no");
            }
            // Text that JSON and CSV must carry exactly: quotes, commas, line breaks, controls,
            // bidi, a formula.
            e.guestName = QStringLiteral("Zoë \"Z\", Müller\n\x1b[2J\u202e%1").arg(i);
            e.note = i % 2 ? QStringLiteral("=SUM(A1)") : QString();
            list.append(e);
        }
        return list;
    }

private slots:
    void sameBytesAsTheWholeExport_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("no codes") << 0 << 1000;
        QTest::newRow("one code") << 1 << 1000;
        QTest::newRow("one page") << 7 << 1000;
        QTest::newRow("pages of one") << 7 << 1;
        QTest::newRow("pages of three, the last short") << 7 << 3;
        QTest::newRow("exact pages") << 6 << 3;
    }

    void sameBytesAsTheWholeExport()
    {
        QFETCH(int, count);
        QFETCH(int, pageSize);
        const QList<HistoryEntry> all = entries(count);
        const QTimeZone london("Europe/London");
        const QDateTime now(QDate(2027, 7, 16), QTime(12, 0), QTimeZone::utc());
        for (const auto format : {HistoryExportStream::Format::Csv, HistoryExportStream::Format::Json}) {
            HistoryExportStream stream(format, london, now);
            QByteArray paged = stream.begin();
            for (int offset = 0;; offset += pageSize) {
                const QList<HistoryEntry> page = all.mid(offset, pageSize);
                paged += stream.page(page);
                if (page.size() < pageSize)
                    break;
            }
            paged += stream.end();
            if (format == HistoryExportStream::Format::Csv) {
                QCOMPARE(paged, HistoryExport::csv(all, london, now).toUtf8());
            } else {
                QCOMPARE(paged, HistoryExport::json(all, london, now));
                // And it is what Qt itself writes for that array.
                QJsonParseError error;
                const QJsonDocument parsed = QJsonDocument::fromJson(paged, &error);
                QCOMPARE(error.error, QJsonParseError::NoError);
                QCOMPARE(parsed.array().size(), count);
                QCOMPARE(parsed.toJson(QJsonDocument::Indented), paged);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryExportStream)
#include "tst_historyexportstream.moc"
