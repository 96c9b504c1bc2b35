#include "TimeText.h"
#include "ValidityText.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

// Dates as each language writes them ("So. 29. Nov.", "dom 29 de nov", "Sun 29 Nov"), the year
// when it is not this year's, and windows across a clock change with a zone on each end.
class TestTimeText final : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void datesAreWrittenTheLocalesWay_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shape"); // %d day name, %m month name
        QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("%d 29. %m");
        QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("%d 29 %m");
        QTest::newRow("es") << QStringLiteral("es_ES") << QStringLiteral("%d 29 de %m");
        QTest::newRow("nl") << QStringLiteral("nl_NL") << QStringLiteral("%d 29 %m");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("%d 29 %m");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("%d %m 29");
    }

    void datesAreWrittenTheLocalesWay()
    {
        QFETCH(QString, locale);
        QFETCH(QString, shape);
        const QLocale l(locale);
        QLocale::setDefault(l);
        const QDate sunday(2026, 11, 29);
        QString expected = shape;
        expected.replace(QLatin1String("%d"), l.dayName(7, QLocale::ShortFormat)).replace(QLatin1String("%m"), l.monthName(11, QLocale::ShortFormat));
        QCOMPARE(TimeText::dateTime(QDateTime(sunday, QTime(0, 0), QTimeZone::utc())), expected + QLatin1String(" 00:00"));
        QCOMPARE(TimeText::dateTime(QDateTime(sunday, QTime(0, 0), QTimeZone::utc()), QDate(2026, 1, 1)), expected + QLatin1String(" 00:00"));
        const QString withYear = TimeText::date(sunday);
        QVERIFY2(withYear.startsWith(expected) || locale == QLatin1String("en_US"), qPrintable(withYear));
        QVERIFY2(withYear.contains(QLatin1String("2026")), qPrintable(withYear));
        // Another year than today's: the year is written, in the locale's place for it.
        const QString otherYear = TimeText::dateTime(QDateTime(sunday, QTime(0, 0), QTimeZone::utc()), QDate(2027, 3, 1));
        QVERIFY2(otherYear.contains(QLatin1String("2026")), qPrintable(otherYear));
        QVERIFY2(otherYear.endsWith(QLatin1String(" 00:00")), qPrintable(otherYear));
    }

    void germanDatesCarryTheirFullStops()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        const QString text = TimeText::dateTime(QDateTime(QDate(2026, 11, 29), QTime(0, 0), QTimeZone::utc()));
        QVERIFY2(text.startsWith(QLatin1String("So. 29. Nov")), qPrintable(text)); // not "So. 29 Nov."
    }

    void windowsSayTheYearOnlyWhenItIsNotThisYears()
    {
        const QTimeZone london("Europe/London");
        const QDateTime start(QDate(2027, 1, 5), QTime(14, 0), QTimeZone::utc());
        QCOMPARE(TimeText::window(start, start.addSecs(3 * 3600), london, QDate(2027, 1, 1)), QString::fromUtf8("Tue 5 Jan 14:00 – 17:00"));
        QCOMPARE(TimeText::window(start, start.addSecs(3 * 3600), london, QDate(2026, 12, 20)),
                 QString::fromUtf8("Tue 5 Jan 2027 14:00 – 17:00"));
        const QDateTime eve(QDate(2026, 12, 31), QTime(20, 0), QTimeZone::utc());
        QCOMPARE(TimeText::window(eve, eve.addSecs(24 * 3600), london, QDate(2026, 12, 31)),
                 QString::fromUtf8("Thu 31 Dec 20:00 – Fri 1 Jan 2027 20:00"));
    }

    void eachEndOfAWindowAcrossAClockChangeHasItsZone_data()
    {
        QTest::addColumn<QDateTime>("startUtc");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spring") << QDateTime(QDate(2027, 3, 28), QTime(0, 0), QTimeZone::utc())
                                << QString::fromUtf8("Sun 28 Mar 00:00 GMT – 04:00 BST");
        QTest::newRow("autumn") << QDateTime(QDate(2027, 10, 31), QTime(0, 0), QTimeZone::utc())
                                << QString::fromUtf8("Sun 31 Oct 01:00 BST – 03:00 GMT");
        QTest::newRow("summer") << QDateTime(QDate(2027, 7, 14), QTime(14, 0), QTimeZone::utc())
                                << QString::fromUtf8("Wed 14 Jul 15:00 – 18:00 BST");
    }

    void eachEndOfAWindowAcrossAClockChangeHasItsZone()
    {
        QFETCH(QDateTime, startUtc);
        QFETCH(QString, expected);
        const QTimeZone london("Europe/London");
        QCOMPARE(TimeText::windowWithZones(startUtc, startUtc.addSecs(3 * 3600), london), expected);
        const ValidityFacts facts{IssueMode::StandardMultiUse, startUtc, startUtc.addSecs(3 * 3600), {}};
        const QStringList lines = ValidityText::lines(facts, london, {london, true}, startUtc);
        QCOMPARE(lines.first(), QLatin1String("Valid ") + expected);
        const bool changes = startUtc.date().month() != 7;
        QCOMPARE(!ValidityText::clockChangeNote(facts, london, {london, true}).isEmpty(), changes);
        QCOMPARE(lines.last().startsWith(QLatin1String("The clocks change on")), changes);
    }
};

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
