#include "DisplayText.h"

#include <QTest>

// What reaches the screen, a slip or a guest's message from stored text: every invisible control
// as a visible marker, the letters of every script exactly as typed.
class TestDisplayText final : public QObject {
    Q_OBJECT

private:
    static QString m(const char* hex) { return QStringLiteral("\u2039U+") + QLatin1String(hex) + QStringLiteral("\u203A"); }

    // What must never reach the screen raw, listed independently of the code under test: the
    // bidi controls by name, and every C0/C1 control.
    static bool isBidiOrControl(char32_t u)
    {
        return u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
               || u == 0x200E || u == 0x200F || u == 0x061C || u == 0x2028 || u == 0x2029 || u == 0xFEFF
               || u == 0x200B || u == 0x2060;
    }

private slots:
    void visible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain") << QStringLiteral("Room 101") << QStringLiteral("Room 101");
        QTest::newRow("accents, Greek, Chinese") << QStringLiteral("Zoë Müller, Ελένη, 李雷") << QStringLiteral("Zoë Müller, Ελένη, 李雷");
        QTest::newRow("Arabic kept") << QStringLiteral("أحمد الفاسي") << QStringLiteral("أحمد الفاسي");
        QTest::newRow("Hebrew kept") << QStringLiteral("חדר 12") << QStringLiteral("חדר 12");
        QTest::newRow("Persian with ZWNJ kept") << QStringLiteral("می\u200Cخواهم") << QStringLiteral("می\u200Cخواهم");
        QTest::newRow("Devanagari kept") << QStringLiteral("क्षत्रिय") << QStringLiteral("क्षत्रिय");
        QTest::newRow("emoji with ZWJ kept") << QStringLiteral("\U0001F468\u200D\U0001F469 Ana")
                                             << QStringLiteral("\U0001F468\u200D\U0001F469 Ana");
        QTest::newRow("backslash and markup kept") << QStringLiteral("C:\\x <b>") << QStringLiteral("C:\\x <b>");
        QTest::newRow("right-to-left override") << QStringLiteral("Room \u202E21") << QStringLiteral("Room ") + m("202E") + QStringLiteral("21");
        QTest::newRow("every embedding and override") << QStringLiteral("\u202A\u202B\u202C\u202D\u202E")
                                                      << m("202A") + m("202B") + m("202C") + m("202D") + m("202E");
        QTest::newRow("isolates") << QStringLiteral("\u2066\u2067\u2068\u2069") << m("2066") + m("2067") + m("2068") + m("2069");
        QTest::newRow("marks") << QStringLiteral("\u200E\u200F\u061C") << m("200E") + m("200F") + m("061C");
        QTest::newRow("zero width space, word joiner, BOM") << QStringLiteral("a\u200Bb\u2060c\uFEFF")
                                                            << QStringLiteral("a") + m("200B") + QStringLiteral("b") + m("2060")
                                                                   + QStringLiteral("c") + m("FEFF");
        QTest::newRow("line breaks and tab") << QStringLiteral("a\nb\r\tc") << QStringLiteral("a") + m("000A") + QStringLiteral("b")
                                                                                    + m("000D") + m("0009") + QStringLiteral("c");
        QTest::newRow("escape and NUL") << QStringLiteral("\x1b[2J") + QChar(0) << m("001B") + QStringLiteral("[2J") + m("0000");
        QTest::newRow("DEL and C1") << QStringLiteral("\x7f") + QChar(0x9b) << m("007F") + m("009B");
        QTest::newRow("line and paragraph separators") << QStringLiteral("a\u2028b\u2029") << QStringLiteral("a") + m("2028")
                                                                                                   + QStringLiteral("b") + m("2029");
        QTest::newRow("tag character (outside the BMP)") << QStringLiteral("a\U000E0041") << QStringLiteral("a") + m("E0041");
        QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")
                                        << QStringLiteral("a") + m("D800") + QStringLiteral("b");
        QTest::newRow("NBSP is a space") << QStringLiteral("a\u00A0b") << QStringLiteral("a\u00A0b");
    }

    void visible()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::visible(text), expected);
    }

    void markingTwiceChangesNothing()
    {
        const QString once = DisplayText::visible(QStringLiteral("Ana\u202E\t\x1b\u2066x"));
        QCOMPARE(DisplayText::visible(once), once);
    }

    void noControlSurvivesAnyCodePoint()
    {
        // Every BMP code point and a sample beyond, one at a time between letters: no bidi control
        // or C0/C1 control is left, and letters of every script are left alone.
        for (char32_t u = 0; u <= 0x10FFFF; u = u < 0x3000 ? u + 1 : u + 0x101) {
            if (u >= 0xD800 && u <= 0xDFFF)
                continue;
            const QString text = QStringLiteral("a") + QString::fromUcs4(&u, 1) + QStringLiteral("b");
            const QString out = DisplayText::visible(text);
            for (char32_t c : out.toUcs4())
                QVERIFY2(!isBidiOrControl(c), qPrintable(QStringLiteral("U+%1").arg(quint32(u), 4, 16, QLatin1Char('0'))));
            if (QChar::isLetterOrNumber(u) || QChar::isMark(u))
                QCOMPARE(out, text);
        }
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
