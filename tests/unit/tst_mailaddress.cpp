// What the desk may type as a guest's email address, and the header values that go on the wire.
#include "MailAddress.h"
#include "MailHeaders.h"
#include "MailServer.h"

#include <QtTest>

namespace {
// Decodes "=?UTF-8?B?...?=" words (and passes plain text through), as a mail reader would.
QString decoded(const QByteArray& header)
{
    QString out;
    for (QByteArray word : header.split('\n')) {
        word = word.trimmed();
        if (word.startsWith("=?UTF-8?B?") && word.endsWith("?="))
            out += QString::fromUtf8(QByteArray::fromBase64(word.mid(10, word.size() - 12)));
        else
            out += QString::fromLatin1(word);
    }
    return out;
}
// A header field as a mail reader reads it: unfolded, encoded-words decoded (the space between two
// encoded-words is not part of the text).
QString unfoldedText(const QByteArray& field)
{
    QByteArray unfolded = field;
    unfolded.replace("\r\n", "");
    QString out;
    bool lastEncoded = false;
    bool first = true;
    for (const QByteArray& word : unfolded.split(' ')) {
        const bool encoded = word.startsWith("=?UTF-8?B?") && word.endsWith("?=");
        if (!first && !(encoded && lastEncoded))
            out += QLatin1Char(' ');
        out += encoded ? QString::fromUtf8(QByteArray::fromBase64(word.mid(10, word.size() - 12))) : QString::fromLatin1(word);
        lastEncoded = encoded;
        first = false;
    }
    return out;
}

// Every line within 78 characters and plain ASCII.
void checkLines(const QByteArray& field)
{
    for (const QByteArray& line : field.split('\n')) {
        QVERIFY2(line.size() <= 79, line.constData()); // 78 and the CR
        QVERIFY2(line.trimmed().size() > 0, "a folded line of only spaces");
        for (const char c : line)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
    }
}
} // namespace

class TestMailAddress final : public QObject {
    Q_OBJECT

private slots:
    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason"); // a part of the reason given
        QTest::newRow("plain") << "guest@example.org" << true << "";
        QTest::newRow("plus and dots") << "ana.maria+stay@mail.example.co.uk" << true << "";
        QTest::newRow("spaces around") << "  guest@example.org \t" << true << "";
        QTest::newRow("unicode domain") << "gast@müller.de" << true << "";
        QTest::newRow("empty") << "" << false << "No email address";
        QTest::newRow("blank") << "   " << false << "No email address";
        QTest::newRow("no at") << "guest.example.org" << false << "no @";
        QTest::newRow("two at") << "guest@hotel@example.org" << false << "more than one @";
        QTest::newRow("nothing before") << "@example.org" << false << "nothing before the @";
        QTest::newRow("nothing after") << "guest@" << false << "nothing after the @";
        QTest::newRow("no dot in domain") << "guest@localhost" << false << "not a complete domain";
        QTest::newRow("empty label") << "guest@example..org" << false << "not a valid domain";
        QTest::newRow("label with dash at end") << "guest@example-.org" << false << "not a valid domain";
        QTest::newRow("leading dot") << ".guest@example.org" << false << "misplaced dot";
        QTest::newRow("double dot") << "gu..est@example.org" << false << "misplaced dot";
        QTest::newRow("CRLF header injection") << "guest@example.org\r\nBcc: all@example.org" << false << "line break";
        QTest::newRow("LF alone") << "guest@example.org\nX: y" << false << "line break";
        QTest::newRow("CR alone") << "guest@example.org\rX" << false << "line break";
        QTest::newRow("NUL") << QStringLiteral("guest@exam%1ple.org").arg(QChar(0)) << false << "control character";
        QTest::newRow("bidi override") << QStringLiteral("guest@exam%1ple.org").arg(QChar(0x202e)) << false << "control character";
        QTest::newRow("space inside") << "gu est@example.org" << false << "space";
        QTest::newRow("two recipients, comma") << "a@example.org,b@example.org" << false << "Only one";
        QTest::newRow("two recipients, semicolon") << "a@example.org; b@example.org" << false << "Only one";
        QTest::newRow("display name") << "Ana <ana@example.org>" << false << "space";
        QTest::newRow("angle brackets") << "<ana@example.org>" << false << "without a name or brackets";
        QTest::newRow("quoted local part") << "\"ana\"@example.org" << false << "without a name or brackets";
        QTest::newRow("non-ASCII local part") << "jürgen@example.org" << false << "plain letters";
        QTest::newRow("Cyrillic domain") << "a@пример.рф" << true << "";
        QTest::newRow("Cyrillic local part") << "иван@example.org" << false << "plain letters";
        QTest::newRow("underscore in an IDN domain") << "a@exa_mple.рф" << false << "not a valid domain";
        QTest::newRow("IDN label too long") << QStringLiteral("a@") + QString(60, QChar(0xe4)) + QStringLiteral(".de") << false << "not a valid domain";
        QTest::newRow("too long local part") << QString(65, QLatin1Char('a')) + QStringLiteral("@example.org") << false << "too long";
        QTest::newRow("too long") << QStringLiteral("a@") + QString(250, QLatin1Char('b')) + QStringLiteral(".org") << false << "too long";
    }

    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QFETCH(QString, reason);
        QString why;
        QCOMPARE(MailAddress::isValid(address, &why), valid);
        if (valid) {
            QVERIFY(why.isEmpty());
        } else {
            QVERIFY2(why.contains(reason, Qt::CaseInsensitive), qPrintable(why));
            QVERIFY(!why.contains(QLatin1Char('\n')));
        }
        QVERIFY(!MailAddress::forRecord(address).contains(QLatin1Char('\n')));
        QVERIFY(!MailAddress::forRecord(address).contains(QLatin1Char('\r')));
    }

    void normalizedLowersTheDomainOnly()
    {
        QCOMPARE(MailAddress::normalized(QStringLiteral(" Ana.Maria@Example.ORG ")), QStringLiteral("Ana.Maria@example.org"));
    }

    void asciiTextStaysAsItIs()
    {
        QCOMPARE(MailHeaders::encodedText(QStringLiteral("Your code for Room 101")), QByteArray("Your code for Room 101"));
    }

    void nonAsciiTextIsEncodedInShortWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("German") << QStringLiteral("Ihr Zugangscode für Zimmer 12 im Hotel Müller");
        QTest::newRow("long French")
            << QStringLiteral("Votre code d'accès pour la chambre 12 à l'Hôtel des Écrins — valable dès ce soir, à conserver précieusement");
        QTest::newRow("emoji across a word edge") << QString(20, QLatin1Char('x')) + QStringLiteral("🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑");
        QTest::newRow("CJK") << QStringLiteral("您的房间密码是 123 4567，请妥善保管。感谢您的光临！");
    }

    void nonAsciiTextIsEncodedInShortWords()
    {
        QFETCH(QString, text);
        const QByteArray encoded = MailHeaders::encodedText(text);
        for (const QByteArray& line : encoded.split('\n')) {
            const QByteArray word = line.trimmed();
            QVERIFY2(word.size() <= 75, word.constData()); // RFC 2047's limit per encoded-word
            QVERIFY(word.startsWith("=?UTF-8?B?"));
            // Each word holds whole characters (decodes alone).
            const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            QVERIFY(!QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
            for (const char c : line)
                QVERIFY(static_cast<unsigned char>(c) < 0x80);
        }
        QCOMPARE(decoded(encoded), text);
    }

    void controlCharactersNeverReachAHeader()
    {
        const QByteArray subject = MailHeaders::encodedText(QStringLiteral("Code\r\nBcc: all@example.org"));
        QVERIFY(!subject.contains('\r'));
        QVERIFY(!subject.contains('\n'));
        const QByteArray encoded = MailHeaders::encodedText(QStringLiteral("Zimmer\r\nBcc: ä@example.org"));
        QVERIFY(!decoded(encoded).contains(QLatin1Char('\r')));
        QVERIFY(!decoded(encoded).contains(QStringLiteral("\nBcc")));
    }

    void mailboxes()
    {
        QCOMPARE(MailHeaders::mailbox(QString(), QStringLiteral("a@example.org")), QByteArray("<a@example.org>"));
        QCOMPARE(MailHeaders::mailbox(QStringLiteral("Hotel \"Sea\" View"), QStringLiteral("a@example.org")),
                 QByteArray("\"Hotel \\\"Sea\\\" View\" <a@example.org>"));
        const QByteArray unicode = MailHeaders::mailbox(QStringLiteral("Jürgen"), QStringLiteral("j@example.org"));
        QVERIFY(unicode.startsWith("=?UTF-8?B?"));
        QVERIFY(unicode.endsWith(" <j@example.org>"));
    }

    void internationalDomainsGoOutInAscii_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("ace");
        QTest::newRow("Latin") << "ana@exämple.com" << "ana@xn--exmple-cua.com";
        QTest::newRow("Cyrillic") << "a@пример.рф" << "a@xn--e1afmkfd.xn--p1ai";
        QTest::newRow("upper case") << "Ana@EXÄMPLE.com" << "Ana@xn--exmple-cua.com";
        QTest::newRow("ASCII") << "guest@example.org" << "guest@example.org";
    }

    void internationalDomainsGoOutInAscii()
    {
        QFETCH(QString, address);
        QFETCH(QString, ace);
        QCOMPARE(MailAddress::ace(address), ace);
        const QByteArray to = MailHeaders::field("To", MailHeaders::mailbox(QStringLiteral("Ana"), address));
        QCOMPARE(to, "To: \"Ana\" <" + ace.toLatin1() + ">");
        QCOMPARE(MailHeaders::mailbox(QString(), address), "<" + ace.toLatin1() + ">");
        QVERIFY(MailHeaders::messageId(address).endsWith(ace.mid(ace.indexOf(QLatin1Char('@'))).toLatin1() + ">"));
    }

    void longNamesAndSubjectsFold_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("mailbox");
        QTest::newRow("guest name of one long word") << QByteArray("To") << QStringLiteral("Guest ") + QString(1500, QLatin1Char('Y')) << true;
        QTest::newRow("guest name of many words") << QByteArray("To") << QStringLiteral("Ana Maria ").repeated(120).trimmed() << true;
        QTest::newRow("From name with quotes") << QByteArray("From") << QStringLiteral("Hotel \"Sea View\" ").repeated(60).trimmed() << true;
        QTest::newRow("long German name") << QByteArray("To") << QStringLiteral("Jürgen Müller-Lüdenscheidt ").repeated(40).trimmed() << true;
        QTest::newRow("subject, long property") << QByteArray("Subject")
                                                << QStringLiteral("Your code for Room 101 at ") + QString(900, QLatin1Char('P')) << false;
        QTest::newRow("subject, many words") << QByteArray("Subject") << QStringLiteral("Your code for Room 101 ").repeated(50).trimmed()
                                             << false;
    }

    void longNamesAndSubjectsFold()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, text);
        QFETCH(bool, mailbox);
        const QByteArray field = MailHeaders::field(
            name, mailbox ? MailHeaders::mailbox(text, QStringLiteral("guest@example.org")) : MailHeaders::encodedText(text));
        QVERIFY(field.startsWith(name + ": ") || field.startsWith(name + ":\r\n "));
        checkLines(field);
        QString read = unfoldedText(field).mid(name.size() + 2);
        if (mailbox) {
            QVERIFY(read.endsWith(QStringLiteral(" <guest@example.org>")));
            read.chop(20);
            if (read.startsWith(QLatin1Char('"'))) { // quoted: take the quoting away
                read = read.mid(1, read.size() - 2);
                read.replace(QStringLiteral("\\\""), QStringLiteral("\""));
            }
        }
        QCOMPARE(read, text);
    }

    void shortHeadersStayOnOneLine()
    {
        QCOMPARE(MailHeaders::field("Subject", MailHeaders::encodedText(QStringLiteral("Your code for Room 101"))),
                 QByteArray("Subject: Your code for Room 101"));
        QCOMPARE(MailHeaders::field("To", MailHeaders::mailbox(QStringLiteral("Ana"), QStringLiteral("a@example.org"))),
                 QByteArray("To: \"Ana\" <a@example.org>"));
    }

    void bidiControlsAreShownNotObeyed()
    {
        // "Ana" then an override that would make the rest read backwards in a mail reader.
        const QString name = QStringLiteral("Ana %1gnp.exe").arg(QChar(0x202e));
        const QString read = unfoldedText(MailHeaders::field("To", MailHeaders::mailbox(name, QStringLiteral("a@example.org"))));
        QVERIFY2(!read.contains(QChar(0x202e)), qPrintable(read));
        QVERIFY2(read.contains(QStringLiteral("Ana ‹U+202E›gnp.exe")), qPrintable(read));
        const QString subject = unfoldedText(MailHeaders::field("Subject", MailHeaders::encodedText(name)));
        QVERIFY(!subject.contains(QChar(0x202e)));
        QVERIFY(subject.contains(QStringLiteral("‹U+202E›")));
        // Joiners spell emoji and Persian words: they stay.
        const QString family = QStringLiteral("👨\u200D👩\u200D👧");
        QVERIFY(unfoldedText(MailHeaders::field("Subject", MailHeaders::encodedText(family))).endsWith(family));
    }

    void dateAndMessageId()
    {
        const QDateTime when(QDate(2027, 7, 14), QTime(9, 5, 3), QTimeZone(7200));
        QCOMPARE(MailHeaders::date(when), QByteArray("Wed, 14 Jul 2027 09:05:03 +0200"));
        QCOMPARE(MailHeaders::date(when.toUTC()), QByteArray("Wed, 14 Jul 2027 07:05:03 +0000"));
        const QByteArray a = MailHeaders::messageId(QStringLiteral("desk@hotel.example"));
        const QByteArray b = MailHeaders::messageId(QStringLiteral("desk@hotel.example"));
        QVERIFY(a != b);
        QVERIFY(a.startsWith('<') && a.endsWith("@hotel.example>"));
        QVERIFY(MailHeaders::messageId(QStringLiteral("bad>@x\ny")).endsWith("@netcode-desk.invalid>"));
    }

    void serverUrls()
    {
        MailServer server;
        QVERIFY(!server.isConfigured());
        server.host = QStringLiteral("mail.example.org");
        server.fromAddress = QStringLiteral("desk@example.org");
        QVERIFY(server.isConfigured());
        QCOMPARE(server.url(), QStringLiteral("smtp://mail.example.org:587"));
        server.security = MailServer::Security::ImplicitTls;
        server.port = MailServer::defaultPort(server.security);
        QCOMPARE(server.url(), QStringLiteral("smtps://mail.example.org:465"));
        server.host = QStringLiteral("::1");
        QCOMPARE(server.url(), QStringLiteral("smtps://[::1]:465"));
        QCOMPARE(MailServer::securityFromName(MailServer::securityName(MailServer::Security::StartTls)),
                 MailServer::Security::StartTls);
        QCOMPARE(MailServer::securityFromName(QStringLiteral("tls")), MailServer::Security::ImplicitTls);
        QCOMPARE(MailServer::securityFromName(QStringLiteral("nonsense")), MailServer::Security::StartTls);
    }
};

QTEST_GUILESS_MAIN(TestMailAddress)
#include "tst_mailaddress.moc"
