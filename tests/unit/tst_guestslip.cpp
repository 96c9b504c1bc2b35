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
};

QTEST_GUILESS_MAIN(TestGuestSlip)
#include "tst_guestslip.moc"
