#include "StoredTime.h"

#include <QTest>

// Times as both stores keep them: the form the desk writes is read by a fast path, every other
// ISO 8601 form by QDateTime's reader; both must give the same instant, in UTC.
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

    void emptyTextIsNoTime()
    {
        QVERIFY(!StoredTime::fromText(QString()).isValid());
        QVERIFY(!StoredTime::fromText(QStringLiteral("")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestStoredTime)
#include "tst_storedtime.moc"
