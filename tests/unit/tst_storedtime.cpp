#include "StoredTime.h"

#include <QTest>

// Times as both stores keep them: the desk writes them exactly as QDateTime's ISO 8601 writer would
// and reads that form by a fast path, every other ISO 8601 form by QDateTime's reader; both must
// give the same instant, in UTC.
class TestStoredTime final : public QObject {
    Q_OBJECT

private slots:
    void readsWhatItWrites_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("ordinary") << QDateTime(QDate(2027, 7, 14), QTime(13, 0), Qt::UTC);
        QTest::newRow("leap day, last second") << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("year start") << QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("from a zone") << QDateTime(QDate(2027, 3, 28), QTime(3, 30), QTimeZone("Europe/Berlin"));
    }

    void readsWhatItWrites()
    {
        QFETCH(QDateTime, time);
        const QString text = StoredTime::text(time);
        QCOMPARE(text.size(), 20);
        const QDateTime read = StoredTime::fromText(text);
        QCOMPARE(read, time);
        QCOMPARE(read.timeSpec(), Qt::UTC);
        QCOMPARE(read, QDateTime::fromString(text, Qt::ISODate).toUTC());
        QCOMPARE(StoredTime::text(read), text);
    }

    void otherFormsGoThroughTheGeneralReader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("milliseconds") << "2027-07-14T13:00:00.250Z" << true;
        QTest::newRow("an offset") << "2027-07-14T15:00:00+02:00" << true;
        QTest::newRow("no seconds") << "2027-07-14T13:00Z" << true;
        QTest::newRow("30 February") << "2027-02-30T10:00:00Z" << false;
        QTest::newRow("hour 25") << "2027-07-14T25:00:00Z" << false;
        QTest::newRow("a letter for a digit") << "2027-07-1xT13:00:00Z" << false;
        QTest::newRow("text") << "yesterday" << false;
    }

    void otherFormsGoThroughTheGeneralReader()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QDateTime read = StoredTime::fromText(text);
        QCOMPARE(read.isValid(), valid);
        QCOMPARE(read, QDateTime::fromString(text, Qt::ISODate).toUTC());
        if (valid)
            QCOMPARE(read.timeSpec(), Qt::UTC);
    }

    void writesWhatQtWritesAsIsoDate_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("ordinary") << QDateTime(QDate(2027, 7, 14), QTime(13, 0), Qt::UTC);
        QTest::newRow("milliseconds dropped") << QDateTime(QDate(2027, 7, 14), QTime(13, 5, 9, 999), Qt::UTC);
        QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("year 999") << QDateTime(QDate(999, 12, 31), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("year -44") << QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC);
        QTest::newRow("into the next day from a zone")
            << QDateTime(QDate(2027, 12, 31), QTime(23, 30), QTimeZone("America/New_York"));
        QTest::newRow("an offset") << QDateTime(QDate(2027, 3, 28), QTime(1, 15), QTimeZone(5 * 3600 + 45 * 60));
        QTest::newRow("local time") << QDateTime(QDate(2027, 10, 31), QTime(2, 30), Qt::LocalTime);
        QTest::newRow("invalid") << QDateTime();
    }

    void writesWhatQtWritesAsIsoDate()
    {
        QFETCH(QDateTime, time);
        QCOMPARE(StoredTime::text(time), time.toUTC().toString(Qt::ISODate));
    }

    void everyMinuteOfAYearIsWrittenAsQtWritesIt()
    {
        QDateTime time(QDate(2028, 1, 1), QTime(0, 0, 7), Qt::UTC);
        const QDateTime end = time.addYears(1);
        for (; time < end; time = time.addSecs(61 * 60 + 1)) {
            if (StoredTime::text(time) != time.toString(Qt::ISODate))
                QFAIL(qPrintable(time.toString(Qt::ISODate)));
        }
    }

    void emptyTextIsNoTime()
    {
        QVERIFY(!StoredTime::fromText(QString()).isValid());
        QVERIFY(!StoredTime::fromText(QStringLiteral("")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestStoredTime)
#include "tst_storedtime.moc"
