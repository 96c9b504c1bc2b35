#include "LockValidator.h"

#include <QTest>

class TestLockValidator final : public QObject {
    Q_OBJECT

private slots:
    void timecode_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fragment"); // empty: valid
        QTest::newRow("valid") << QStringLiteral("202604221226") << QString();
        QTest::newRow("spaces trimmed") << QStringLiteral(" 202604221226 ") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("12 digits");
        QTest::newRow("11 digits") << QStringLiteral("20260422122") << QStringLiteral("has 11 digits");
        QTest::newRow("13 digits") << QStringLiteral("2026042212260") << QStringLiteral("has 13 digits");
        QTest::newRow("letters") << QStringLiteral("2026O4221226") << QStringLiteral("digits only");
        QTest::newRow("month 13") << QStringLiteral("202613221226") << QStringLiteral("not a real date");
        QTest::newRow("30 February") << QStringLiteral("202602301226") << QStringLiteral("not a real date");
        QTest::newRow("hour 24") << QStringLiteral("202604222426") << QStringLiteral("not a real date");
        QTest::newRow("minute 60") << QStringLiteral("202604221260") << QStringLiteral("not a real date");
        QTest::newRow("year 1999") << QStringLiteral("199904221226") << QStringLiteral("not a real date");
    }

    void timecode()
    {
        QFETCH(QString, value);
        QFETCH(QString, fragment);
        const QString message = LockValidator::checkTimecode(value);
        if (fragment.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(fragment), qPrintable(message));
    }

    void lockNumber_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("valid") << QStringLiteral("921239") << QString();
        QTest::newRow("lowest") << QStringLiteral("100000") << QString();
        QTest::newRow("highest") << QStringLiteral("999999") << QString();
        QTest::newRow("5 digits") << QStringLiteral("92123") << QStringLiteral("has 5 digits");
        QTest::newRow("7 digits") << QStringLiteral("9212390") << QStringLiteral("has 7 digits");
        QTest::newRow("leading zero") << QStringLiteral("021239") << QStringLiteral("cannot start with 0");
        QTest::newRow("letters") << QStringLiteral("92a239") << QStringLiteral("digits only");
        QTest::newRow("empty") << QString() << QStringLiteral("6 digits");
    }

    void lockNumber()
    {
        QFETCH(QString, value);
        QFETCH(QString, fragment);
        const QString message = LockValidator::checkLockNumber(value);
        if (fragment.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(fragment), qPrintable(message));
    }

    void smartLockId_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("valid") << QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293") << QString();
        QTest::newRow("upper case") << QStringLiteral("3F2A9C0D4B6E8F1A2C3D4E5F60718293") << QString();
        QTest::newRow("31 characters") << QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f6071829")
                                       << QStringLiteral("has 31 characters");
        QTest::newRow("not hex") << QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f6071829g") << QStringLiteral("a to f");
        QTest::newRow("empty") << QString() << QStringLiteral("32 characters");
    }

    void smartLockId()
    {
        QFETCH(QString, value);
        QFETCH(QString, fragment);
        const QString message = LockValidator::checkSmartLockId(value);
        if (fragment.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(fragment), qPrintable(message));
    }

    void nameAndZone()
    {
        QVERIFY(LockValidator::checkName(QStringLiteral("Room 101"), {}).isEmpty());
        QVERIFY(LockValidator::checkName(QStringLiteral("  "), {}).contains(QLatin1String("name")));
        QVERIFY(LockValidator::checkName(QStringLiteral("room 101 "), {QStringLiteral("Room 101")})
                    .contains(QLatin1String("already called")));
        QVERIFY(!LockValidator::checkName(QString(61, QLatin1Char('x')), {}).isEmpty());
        QVERIFY(LockValidator::checkTimeZone(QStringLiteral("Europe/London")).isEmpty());
        QVERIFY(LockValidator::checkTimeZone(QStringLiteral("Europe/Atlantis")).contains(QLatin1String("not a known")));
        QVERIFY(LockValidator::checkAccessKey(QStringLiteral("AbC123")).isEmpty());
        QVERIFY(!LockValidator::checkAccessKey(QStringLiteral("ab c")).isEmpty());
        QVERIFY(!LockValidator::checkAccessKey(QString()).isEmpty());
    }

    void wholeLockChecksOnlyTheFieldsOfItsKind()
    {
        Lock kitLock;
        kitLock.name = QStringLiteral("Room 1");
        kitLock.model = LockModelId::KL1060G3;
        kitLock.timecode = QStringLiteral("20260422122");
        kitLock.lockNumber = QStringLiteral("92123");
        const auto errors = LockValidator::validate(kitLock, {}, {});
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, LockField::Timecode);
        QCOMPARE(errors.at(1).field, LockField::LockNumber);

        Lock smart;
        smart.name = QStringLiteral("Gate");
        smart.model = LockModelId::K3Connect;
        smart.smartLockId = QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293");
        QCOMPARE(LockValidator::validate(smart, {}, QStringLiteral("Key1")).size(), 0);
        const auto smartErrors = LockValidator::validate(smart, {}, QString());
        QCOMPARE(smartErrors.size(), 1);
        QCOMPARE(smartErrors.at(0).field, LockField::AccessKey);
    }
};

QTEST_GUILESS_MAIN(TestLockValidator)
#include "tst_lockvalidator.moc"
