// The email a guest receives, composed without sending: the slip's wording in the guest's
// language in both parts, the slip as a PDF when asked, and nothing of the desk's secrets.
#include "GuestMail.h"
#include "Languages.h"

#include <QApplication>
#include <QtTest>

namespace {
const QString kApiKey = QStringLiteral("AbCdEfGhIj0123456789KlMnOpQrSt0123456789");

SlipDetails sample(const QString& language)
{
    SlipDetails d;
    d.entry.id = 42;
    d.entry.issuedAtUtc = QDateTime(QDate(2027, 7, 14), QTime(9, 0), QTimeZone::utc());
    d.entry.issuedBy = QStringLiteral("sam");
    d.entry.lockName = QStringLiteral("Room 12");
    d.entry.lockModel = QStringLiteral("KL1060G3");
    d.entry.mode = QStringLiteral("standard");
    d.entry.windowStartUtc = QDateTime(QDate(2027, 7, 14), QTime(14, 0), QTimeZone::utc());
    d.entry.windowEndUtc = QDateTime(QDate(2027, 7, 14), QTime(17, 0), QTimeZone::utc());
    d.entry.code = QStringLiteral("1234567");
    d.entry.guestName = QStringLiteral("Zoë <b>O'Brien</b>");
    d.entry.room = QStringLiteral("12 / Süd");
    d.propertyName = QStringLiteral("Hotel Müller");
    d.deskZone = QTimeZone("Europe/London");
    d.language = language;
    return d;
}
} // namespace

class TestGuestMail final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { Languages::installDesk(QCoreApplication::instance(), QStringLiteral("en")); }

    void theWordingIsInTheGuestsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("greeting");
        QTest::newRow("de") << "de" << "Ihr Zugangscode für Room 12 im Hotel Müller" << "Hallo";
        QTest::newRow("fr") << "fr" << "Votre code d'accès pour Room 12 à Hotel Müller" << "Bonjour";
        QTest::newRow("en") << "en" << "Your access code for Room 12 at Hotel Müller" << "Hello";
    }

    void theWordingIsInTheGuestsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, subject);
        QFETCH(QString, greeting);
        const MailMessage message = GuestMail::compose(sample(language), QStringLiteral(" guest@example.org "), true);
        QCOMPARE(message.to, QStringLiteral("guest@example.org"));
        QCOMPARE(message.toName, QStringLiteral("Zoë <b>O'Brien</b>"));
        QCOMPARE(message.subject, subject);
        QVERIFY2(message.plainText.startsWith(greeting + QStringLiteral(" Zoë <b>O'Brien</b>,")), qPrintable(message.plainText));
        QVERIFY(message.plainText.contains(QStringLiteral("123 4567")));
        // The HTML says the same, escaped (a guest's name is never markup), with the code standing out.
        QVERIFY(message.html.contains(greeting));
        QVERIFY(message.html.contains(QStringLiteral("Zoë &lt;b&gt;O&#x27;Brien&lt;/b&gt;"))
                || message.html.contains(QStringLiteral("Zoë &lt;b&gt;O'Brien&lt;/b&gt;")));
        QVERIFY(!message.html.contains(QStringLiteral("<b>O'Brien</b>")));
        QVERIFY(message.html.contains(QStringLiteral("<strong")));
        QVERIFY(message.html.contains(QStringLiteral("lang=\"%1\"").arg(language)));
        // The desk's own language is back afterwards.
        QCOMPARE(GuestSlip::emailSubject(sample(QString())), QStringLiteral("Your access code for Room 12 at Hotel Müller"));

        QCOMPARE(message.attachments.size(), 1);
        const MailAttachment& pdf = message.attachments.first();
        QCOMPARE(pdf.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(pdf.fileName, QStringLiteral("netcode-slip-12-sud.pdf"));
        QVERIFY(pdf.data.startsWith("%PDF"));
        for (const QString& part : {message.subject, message.plainText, message.html})
            QVERIFY(!part.contains(kApiKey));
        QVERIFY(!pdf.data.contains(kApiKey.toUtf8()));
    }

    void theHtmlLanguageIsATagUnderTheCLocale()
    {
        // A script run from cron or systemd has the C locale: "C" is no language tag.
        const QLocale previous;
        QLocale::setDefault(QLocale::c());
        const QString html = GuestMail::html(sample(QString()));
        QLocale::setDefault(previous);
        QVERIFY2(html.contains(QStringLiteral("<html lang=\"en\">")), qPrintable(html.left(120)));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
        const QString german = GuestMail::html(sample(QString()));
        QLocale::setDefault(previous);
        QVERIFY2(german.contains(QStringLiteral("<html lang=\"de-AT\">")), qPrintable(german.left(120)));
    }

    void withoutTheSlipThereIsNoAttachment()
    {
        const MailMessage message = GuestMail::compose(sample(QStringLiteral("de")), QStringLiteral("g@example.org"), false);
        QVERIFY(message.attachments.isEmpty());
    }

    void attachmentNamesAreAscii()
    {
        SlipDetails d = sample(QString());
        d.entry.room.clear();
        QCOMPARE(GuestMail::attachmentName(d), QStringLiteral("netcode-slip-room-12.pdf"));
        d.entry.lockName = QStringLiteral("東館");
        QCOMPARE(GuestMail::attachmentName(d), QStringLiteral("netcode-slip.pdf"));
    }

    void theTestMessageSaysWhatItIs()
    {
        const MailMessage message = GuestMail::testMessage(QStringLiteral("m@example.org"), QStringLiteral("Hotel Müller"));
        QVERIFY(message.subject.contains(QStringLiteral("Hotel Müller")));
        QVERIFY(message.plainText.contains(QStringLiteral("test email")));
        QVERIFY(message.attachments.isEmpty());
    }
};

QTEST_MAIN(TestGuestMail)
#include "tst_guestmail.moc"
