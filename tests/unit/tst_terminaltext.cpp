#include "TerminalText.h"

#include <QTest>

// What reaches a terminal from stored text: every control character as a printable escape,
// ordinary text (accents, other scripts, emoji, backslashes) exactly as it was.
class TestTerminalText final : public QObject {
    Q_OBJECT

private:
    // Anything a terminal could act on, checked independently of the code under test.
    static bool isControl(char32_t u)
    {
        return u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
               || u == 0x200E || u == 0x200F || u == 0x061C || u == 0x2028 || u == 0x2029;
    }

private slots:
    void visible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain") << QStringLiteral("Room 101") << QStringLiteral("Room 101");
        QTest::newRow("accents and scripts kept") << QStringLiteral("Zoë Müller, Ελένη, 李雷, أحمد") << QStringLiteral("Zoë Müller, Ελένη, 李雷, أحمد");
        QTest::newRow("emoji kept (surrogate pair)") << QStringLiteral("Ana \U0001F600") << QStringLiteral("Ana \U0001F600");
        QTest::newRow("backslash kept") << QStringLiteral("C:\\desk") << QStringLiteral("C:\\desk");
        QTest::newRow("clear screen") << QStringLiteral("Ana\x1b[2J") << QStringLiteral("Ana\\x1b[2J");
        QTest::newRow("OSC 52 clipboard write") << QStringLiteral("\x1b]52;c;Y29kZSAxMjM0\x07" "Ana")
                                                << QStringLiteral("\\x1b]52;c;Y29kZSAxMjM0\\x07Ana");
        QTest::newRow("bell") << QStringLiteral("\x07") << QStringLiteral("\\x07");
        QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("\\x00");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("carriage return") << QStringLiteral("Ana\r1234567") << QStringLiteral("Ana\\r1234567");
        QTest::newRow("backspace") << QStringLiteral("12\b\b99") << QStringLiteral("12\\x08\\x0899");
        QTest::newRow("unit separator") << QStringLiteral("\x1f") << QStringLiteral("\\x1f");
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7f");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << QStringLiteral("\\u009b2J");
        QTest::newRow("C1 first and last") << QString(QChar(0x80)) + QChar(0x9f) << QStringLiteral("\\u0080\\u009f");
        QTest::newRow("NBSP is not a control") << QString(QChar(0xa0)) << QString(QChar(0xa0));
        QTest::newRow("right-to-left override") << QStringLiteral("Room \u202E101") << QStringLiteral("Room \\u202e101");
        QTest::newRow("every embedding and override") << QStringLiteral("\u202A\u202B\u202C\u202D\u202E")
                                                      << QStringLiteral("\\u202a\\u202b\\u202c\\u202d\\u202e");
        QTest::newRow("isolates") << QStringLiteral("\u2066\u2067\u2068\u2069") << QStringLiteral("\\u2066\\u2067\\u2068\\u2069");
        QTest::newRow("marks") << QStringLiteral("\u200E\u200F\u061C") << QStringLiteral("\\u200e\\u200f\\u061c");
        QTest::newRow("line and paragraph separators") << QStringLiteral("a\u2028b\u2029") << QStringLiteral("a\\u2028b\\u2029");
        QTest::newRow("zero width joiner is text") << QStringLiteral("a\u200Db") << QStringLiteral("a\u200Db");
        QTest::newRow("neighbours of the bidi range") << QStringLiteral("\u2029\u202F\u2065\u206A")
                                                      << QStringLiteral("\\u2029\u202F\u2065\u206A");
    }

    void visible()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TerminalText::visible(text), expected);
    }

    void escapingTwiceChangesNothing()
    {
        // A message built from escaped names may be escaped again on its way out (a shared error
        // path): the result must not grow a second layer of backslashes.
        const QString hostile = QStringLiteral("Ana\x1b]52;c;eA==\x07\u202e\t\\x1b");
        const QString once = TerminalText::visible(hostile);
        QCOMPARE(TerminalText::visible(once), once);
    }

    void noControlSurvivesAnyCodePoint()
    {
        // Every BMP code point and a few beyond, one at a time between letters: nothing a
        // terminal acts on is left, and everything else is left alone.
        for (char32_t u = 0; u <= 0x10FFFF; u = u < 0x3000 ? u + 1 : u + 0x101) {
            if (u >= 0xD800 && u <= 0xDFFF)
                continue;
            const QString text = QStringLiteral("a") + QString::fromUcs4(&u, 1) + QStringLiteral("b");
            const QString out = TerminalText::visible(text);
            for (char32_t c : out.toUcs4())
                QVERIFY2(!isControl(c), qPrintable(QStringLiteral("U+%1").arg(quint32(u), 4, 16, QLatin1Char('0'))));
            if (!isControl(u))
                QCOMPARE(out, text);
        }
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
