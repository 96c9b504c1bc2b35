#include "CodeFormat.h"

#include <QTest>

class TestCodeFormat final : public QObject {
    Q_OBJECT

private slots:
    void grouped_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("4 digits stay whole") << QStringLiteral("1234") << QStringLiteral("1234");
        QTest::newRow("5 digits") << QStringLiteral("12345") << QStringLiteral("12 345");
        QTest::newRow("6 digits") << QStringLiteral("178627") << QStringLiteral("178 627");
        QTest::newRow("7 digits as the vendor prints") << QStringLiteral("7830719") << QStringLiteral("783 0719");
        QTest::newRow("leading zeros kept") << QStringLiteral("0012345") << QStringLiteral("001 2345");
        QTest::newRow("8 digits") << QStringLiteral("12345678") << QStringLiteral("1234 5678");
        QTest::newRow("9 digits") << QStringLiteral("123456789") << QStringLiteral("123 456 789");
        QTest::newRow("12 digits") << QStringLiteral("123456789012") << QStringLiteral("1234 5678 9012");
    }

    void grouped()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(CodeFormat::grouped(code), expected);
        QCOMPARE(CodeFormat::grouped(code).remove(QLatin1Char(' ')), code);
    }

    void check_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("model");
        QTest::addColumn<int>("expected");
        const int kl1060 = int(LockModelId::KL1060);
        const int g3 = int(LockModelId::KL1060G3);
        const int k3 = int(LockModelId::K3Connect);
        QTest::newRow("G3 7 digits") << QStringLiteral("7830719") << g3 << int(CodeFormat::Check::Ok);
        QTest::newRow("G3 leading zero") << QStringLiteral("0830719") << g3 << int(CodeFormat::Check::Ok);
        QTest::newRow("G3 given 6 digits") << QStringLiteral("783071") << g3 << int(CodeFormat::Check::WrongLength);
        QTest::newRow("KL1060 6 digits") << QStringLiteral("783071") << kl1060 << int(CodeFormat::Check::Ok);
        QTest::newRow("K3 7 digits") << QStringLiteral("7830719") << k3 << int(CodeFormat::Check::WrongLength);
        QTest::newRow("letters") << QStringLiteral("78307a9") << g3 << int(CodeFormat::Check::NotDigits);
        QTest::newRow("ERROR") << QStringLiteral("ERROR") << g3 << int(CodeFormat::Check::NotDigits);
        QTest::newRow("arabic-indic digits are not keypad digits")
            << QStringLiteral("\u0661\u0662\u0663\u0664\u0665\u0666\u0667") << g3 << int(CodeFormat::Check::NotDigits);
        QTest::newRow("empty") << QString() << g3 << int(CodeFormat::Check::Empty);
    }

    void check()
    {
        QFETCH(QString, code);
        QFETCH(int, model);
        QFETCH(int, expected);
        const auto result = CodeFormat::check(code, LockModelId(model));
        QCOMPARE(int(result), expected);
        QCOMPARE(CodeFormat::checkMessage(result, code, LockModelId(model)).isEmpty(),
                 result == CodeFormat::Check::Ok);
    }

    void wrongLengthMessageNamesBothLengths()
    {
        const QString text = CodeFormat::checkMessage(CodeFormat::Check::WrongLength, QStringLiteral("123456"),
                                                      LockModelId::KL1060G3);
        QVERIFY(text.contains(QLatin1String("6-digit")));
        QVERIFY(text.contains(QLatin1String("7 digits")));
        QVERIFY(text.contains(QLatin1String("model")));
    }
};

QTEST_GUILESS_MAIN(TestCodeFormat)
#include "tst_codeformat.moc"
