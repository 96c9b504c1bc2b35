#include "GuestSlip.h"

#include <QTest>
#include <QTextDocument>

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

    void messageUsesTheSameWording()
    {
        const QString message = GuestSlip::message(details());
        QVERIFY(message.contains(QLatin1String("783 0719")));
        QVERIFY(message.contains(QString::fromUtf8("Valid Wed 14 Jul 15:00 – 18:00 BST")));
        QVERIFY(message.contains(QLatin1String("Press * then enter the code.")));
    }

    // A stored name with a right-to-left override would make the room and the code read reversed
    // on the slip, in the copied message and in the mail's subject: the guest sees a marker instead.
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

QTEST_GUILESS_MAIN(TestGuestSlip)
#include "tst_guestslip.moc"
