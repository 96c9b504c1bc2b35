#include "GuestSlip.h"
#include "ValidityText.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace {
SlipDetails details()
{
    SlipDetails d;
    d.entry.code = QStringLiteral("7830719");
    d.entry.lockName = QStringLiteral("Room 101");
    d.entry.guestName = QStringLiteral("Ana <script>alert(1)</script> & Co");
    d.entry.room = QStringLiteral("101");
    d.entry.windowStartUtc = QDateTime(QDate(2027, 7, 14), QTime(14, 0), QTimeZone::utc());
    d.entry.windowEndUtc = QDateTime(QDate(2027, 7, 14), QTime(17, 0), QTimeZone::utc());
    d.entry.issuedAtUtc = QDateTime(QDate(2027, 7, 14), QTime(13, 10), QTimeZone::utc());
    d.entry.issuedBy = QStringLiteral("sam");
    d.propertyName = QStringLiteral("Harbour View Hotel");
    d.helpPhone = QStringLiteral("+44 20 7946 0000");
    d.entryInstructions = QStringLiteral("Press * then enter the code.");
    d.deskZone = QTimeZone("Europe/London");
    d.lockFrame = {QTimeZone("Europe/London"), false};
    return d;
}
} // namespace

class TestGuestSlip final : public QObject {
    Q_OBJECT

private slots:
    void slipCarriesEverythingAndEscapesValues()
    {
        const SlipDetails d = details();
        const QString html = GuestSlip::html(d);
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
        QTextDocument document;
        GuestSlip::fill(&document, d);
        const QString text = document.toPlainText();
        QVERIFY(text.contains(QLatin1String("783 0719")));
        QVERIFY2(text.contains(QString::fromUtf8("15:00 – 18:00 BST")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Harbour View Hotel")));
        QVERIFY(text.contains(QLatin1String("+44 20 7946 0000")));
        QVERIFY(text.contains(QLatin1String("Press * then enter the code.")));
        QVERIFY(text.contains(QLatin1String("Room 101")));
        QVERIFY(!text.contains(QLatin1String("DEMO")));
    }

    void demoSlipsSayDemo()
    {
        SlipDetails d = details();
        d.demo = true;
        QTextDocument document;
        GuestSlip::fill(&document, d);
        QVERIFY(document.toPlainText().contains(QString::fromUtf8("DEMO — will not open a real lock")));
        QVERIFY(GuestSlip::message(d).contains(QLatin1String("DEMO")));
        QVERIFY(GuestSlip::emailSubject(d).startsWith(QLatin1String("[DEMO]")));
    }

    // 28 Mar 2027: London goes from GMT to BST at 01:00 GMT. A 3-hour code from 00:00 GMT ends at
    // 04:00 BST; one label for both ends made it read as 4 hours. In autumn, 01:00 BST + 3 h is
    // 03:00 GMT, which read as 2 hours.
    void windowsAcrossAClockChangeLabelEachEnd_data()
    {
        QTest::addColumn<QDateTime>("startUtc");
        QTest::addColumn<QString>("window");
        QTest::newRow("spring") << QDateTime(QDate(2027, 3, 28), QTime(0, 0), QTimeZone::utc())
                                << QString::fromUtf8("Sun 28 Mar 00:00 GMT – 04:00 BST");
        QTest::newRow("autumn") << QDateTime(QDate(2027, 10, 31), QTime(0, 0), QTimeZone::utc())
                                << QString::fromUtf8("Sun 31 Oct 01:00 BST – 03:00 GMT");
    }

    void windowsAcrossAClockChangeLabelEachEnd()
    {
        QFETCH(QDateTime, startUtc);
        QFETCH(QString, window);
        SlipDetails d = details();
        d.entry.issuedAtUtc = startUtc.addSecs(-3600);
        d.entry.windowStartUtc = startUtc;
        d.entry.windowEndUtc = startUtc.addSecs(3 * 3600);
        d.lockFrame = {QTimeZone("Europe/London"), true};
        QTextDocument document;
        GuestSlip::fill(&document, d);
        const QString slip = document.toPlainText();
        QVERIFY2(slip.contains(window), qPrintable(slip));
        QVERIFY2(slip.contains(QLatin1String("The clocks change on")), qPrintable(slip));
        const QString message = GuestSlip::message(d);
        QVERIFY2(message.contains(QLatin1String("Valid ") + window), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("The clocks change on")), qPrintable(message));
        // The desk's card says the same.
        const QStringList card = ValidityText::lines(d.entry.validity(), d.deskZone, d.lockFrame, d.entry.issuedAtUtc);
        QVERIFY2(card.first().contains(window), qPrintable(card.join(QLatin1Char('\n'))));
        QVERIFY2(card.last().startsWith(QLatin1String("The clocks change on")), qPrintable(card.join(QLatin1Char('\n'))));
    }

    void aWindowWithoutAChangeHasOneLabelAndNoNote()
    {
        const SlipDetails d = details();
        const QString message = GuestSlip::message(d);
        QVERIFY(message.contains(QString::fromUtf8("15:00 – 18:00 BST")));
        QVERIFY(!message.contains(QLatin1String("clocks change")));
    }

    // Issued in November for January: the guest must see which January.
    void aCodeForAnotherYearSaysTheYear()
    {
        SlipDetails d = details();
        d.entry.issuedAtUtc = QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc());
        d.entry.windowStartUtc = QDateTime(QDate(2027, 1, 5), QTime(14, 0), QTimeZone::utc());
        d.entry.windowEndUtc = QDateTime(QDate(2027, 1, 5), QTime(17, 0), QTimeZone::utc());
        QTextDocument document;
        GuestSlip::fill(&document, d);
        QVERIFY2(document.toPlainText().contains(QString::fromUtf8("Tue 5 Jan 2027 14:00 – 17:00 GMT")), qPrintable(document.toPlainText()));
        QVERIFY2(GuestSlip::message(d).contains(QString::fromUtf8("Tue 5 Jan 2027 14:00")), qPrintable(GuestSlip::message(d)));
        // The same year needs none.
        QVERIFY(!GuestSlip::message(details()).contains(QLatin1String("2027")));
    }

    // The desk's "room/unit" label is the desk's word, not the guest's.
    void theRoomIsWrittenAsTheGuestReadsIt()
    {
        SlipDetails d = details();
        QTextDocument document;
        GuestSlip::fill(&document, d);
        QVERIFY2(!document.toPlainText().contains(QLatin1String("room/unit")), qPrintable(document.toPlainText()));
        QVERIFY(!document.toPlainText().contains(QLatin1String("101 (")));
        d.entry.lockName = QStringLiteral("Side door");
        d.entry.room = QStringLiteral("Unit 12");
        GuestSlip::fill(&document, d);
        QVERIFY2(document.toPlainText().contains(QString::fromUtf8("Side door — Unit 12")), qPrintable(document.toPlainText()));
        QVERIFY(!document.toPlainText().contains(QLatin1String("room/unit")));
        QVERIFY(GuestSlip::message(d).contains(QString::fromUtf8("Your code for Side door — Unit 12 is")));
    }

    // On an 80 mm roll the help line wraps; the telephone number must not.
    void theHelpNumberStaysOnOneLineOnAReceipt()
    {
        SlipDetails d = details();
        d.layout = SlipLayout::Receipt80mm;
        QTextDocument document;
        GuestSlip::fill(&document, d);
        for (const qreal width : {80.0 / 25.4 * 72.0 - 2 * 8.0, 180.0, 150.0}) {
            document.setPageSize(QSizeF(width, 2000));
            bool seen = false;
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                const int at = block.text().indexOf(QLatin1String("+44"));
                if (at < 0)
                    continue;
                seen = true;
                document.documentLayout()->blockBoundingRect(block); // lays the block out
                const QTextLayout* layout = block.layout();
                const QTextLine first = layout->lineForTextPosition(at);
                const QTextLine last = layout->lineForTextPosition(at + int(d.helpPhone.size()) - 1);
                QVERIFY(first.isValid() && last.isValid());
                QVERIFY2(first.lineNumber() == last.lineNumber(), qPrintable(QStringLiteral("broken at width %1").arg(width)));
            }
            QVERIFY(seen);
        }
    }

    // A name the slip font cannot print (emoji) would print as an empty box: the desk is warned
    // before printing, and the slip leaves the character out.
    void charactersTheSlipCannotPrintAreLeftOutWithAWarning()
    {
        SlipDetails d = details();
        d.entry.guestName = QString::fromUtf8("Zoë 🎉 Müller");
        QCOMPARE(GuestSlip::unprintableCharacters(d), QString::fromUtf8("🎉"));
        QVERIFY(GuestSlip::unprintableWarning(d).contains(QString::fromUtf8("🎉")));
        const QString html = GuestSlip::html(d);
        QVERIFY(!html.contains(QString::fromUtf8("🎉")));
        QVERIFY(html.contains(QString::fromUtf8("Zoë")) && html.contains(QString::fromUtf8("Müller")));
        QVERIFY(GuestSlip::message(d).contains(QString::fromUtf8("🎉"))); // a phone shows it
        QVERIFY(GuestSlip::unprintableWarning(details()).isEmpty());
    }

    void theLockModelsInstructionsAreInTheSlipsLanguage()
    {
        // A German guest's slip, printed or emailed from an English desk: the keypad line too.
        SlipDetails d = details();
        d.entryInstructions.clear();
        d.entry.lockModel = QStringLiteral("KL1060G3");
        QVERIFY(GuestSlip::message(d).contains(QStringLiteral("Enter the code on the keypad, then turn the knob.")));
        d.language = QStringLiteral("de");
        const QString german = QStringLiteral("Geben Sie den Code am Tastenfeld ein und drehen Sie dann den Knauf.");
        QVERIFY2(GuestSlip::message(d).contains(german), qPrintable(GuestSlip::message(d)));
        QVERIFY(GuestSlip::html(d).contains(german));
        QVERIFY(!GuestSlip::html(d).contains(QStringLiteral("turn the knob")));
        // The desk's own card reads it in the desk's language.
        QCOMPARE(GuestSlip::entryInstructions(d), QStringLiteral("Enter the code on the keypad, then turn the knob."));
        // Wording set for this slip is kept as it is, in any language.
        d.entryInstructions = QStringLiteral("Push the handle down after the code.");
        QVERIFY(GuestSlip::message(d).contains(d.entryInstructions));
    }

    void messageUsesTheSameWording()
    {
        const QString message = GuestSlip::message(details());
        QVERIFY(message.contains(QLatin1String("783 0719")));
        QVERIFY(message.contains(QString::fromUtf8("Valid Wed 14 Jul 15:00 – 18:00 BST")));
        QVERIFY(message.contains(QLatin1String("Press * then enter the code.")));
    }

    // A stored name with a right-to-left override would make the room and the code read reversed
    // on the slip, in the copied message and in the mail's subject: the guest sees a marker instead.
    void aCodeFromTheCommandLineNamesThePropertyNotTheLogin()
    {
        SlipDetails d = details();
        d.entry.issuedBy = HistoryEntry::commandLineIssuer(QStringLiteral("root"));
        QVERIFY(d.entry.issuedFromCommandLine());
        QTextDocument document;
        GuestSlip::fill(&document, d);
        QString slip = document.toPlainText();
        QVERIFY2(!slip.contains(QStringLiteral("root")) && !slip.contains(QStringLiteral("command line")), qPrintable(slip));
        QVERIFY2(slip.contains(QStringLiteral("by Harbour View Hotel")), qPrintable(slip));
        // Without a property name: just when.
        d.propertyName.clear();
        GuestSlip::fill(&document, d);
        slip = document.toPlainText();
        QVERIFY2(!slip.contains(QStringLiteral("root")) && !slip.contains(QStringLiteral(" by ")), qPrintable(slip));
        QVERIFY(slip.contains(QStringLiteral("Issued ")));
        // A desk user's name is still said.
        d.entry.issuedBy = QStringLiteral("sam");
        GuestSlip::fill(&document, d);
        QVERIFY(document.toPlainText().contains(QStringLiteral(" by sam")));
    }

    void bidiControlsInStoredTextAreShownAsMarkers()
    {
        SlipDetails d = details();
        d.entry.guestName = QStringLiteral("Ana \u202Exobdraob");
        d.entry.lockName = QStringLiteral("Room \u202E21");
        d.entry.room = QStringLiteral("\u2067\u200F9\u2069");
        d.propertyName = QStringLiteral("Harbour\u202D View");
        d.helpPhone = QStringLiteral("\u202E0000 6497 02 44+");
        d.entry.issuedBy = QStringLiteral("sam\u061C\u200E");
        const QString marker = QStringLiteral("\u2039U+202E\u203A");
        QTextDocument document;
        GuestSlip::fill(&document, d);
        const QString slip = document.toPlainText();
        const QString message = GuestSlip::message(d);
        const QString subject = GuestSlip::emailSubject(d);
        for (const QString& text : {slip, message, subject}) {
            for (const QChar control : {QChar(0x202E), QChar(0x202D), QChar(0x2067), QChar(0x2069), QChar(0x200F),
                                        QChar(0x200E), QChar(0x061C)})
                QVERIFY2(!text.contains(control), qPrintable(QStringLiteral("U+%1 in: ").arg(control.unicode(), 4, 16) + text));
            QVERIFY2(text.contains(QStringLiteral("Room ") + marker + QStringLiteral("21")), qPrintable(text));
        }
        QVERIFY2(slip.contains(QStringLiteral("Ana ") + marker + QStringLiteral("xobdraob")), qPrintable(slip));
        QVERIFY2(message.contains(QStringLiteral("Hello Ana ") + marker + QStringLiteral("xobdraob,")), qPrintable(message));
        QVERIFY(message.contains(marker + QStringLiteral("0000 6497 02 44+")));
        QVERIFY(slip.contains(QStringLiteral("\u2039U+2067\u203A\u2039U+200F\u203A9\u2039U+2069\u203A")));
        QVERIFY(subject.contains(QStringLiteral("Harbour\u2039U+202D\u203A View")));
        // Ordinary right-to-left text needs no control and is left exactly as it is.
        d.entry.guestName = QStringLiteral("أحمد");
        QVERIFY(GuestSlip::message(d).contains(QStringLiteral("Hello أحمد,")));
    }
};

QTEST_MAIN(TestGuestSlip)
#include "tst_guestslip.moc"
