#include "PasswordHasher.h"

#include <QElapsedTimer>
#include <QTest>
#include <ctime>

class TestPasswordHasher : public QObject {
    Q_OBJECT

private slots:
    void formatNamesSchemeIterationsSaltAndHash()
    {
        const QString stored = PasswordHasher::hash(QStringLiteral("4711"), 1000);
        const QStringList parts = stored.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(parts.at(1), QStringLiteral("1000"));
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
        QVERIFY(!stored.contains(QStringLiteral("4711")));
        QCOMPARE(PasswordHasher::iterations(stored), 1000);
    }

    void rightSecretVerifiesWrongDoesNot()
    {
        const QString stored = PasswordHasher::hash(QStringLiteral("correct horse"), 2000);
        QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), stored));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct hors"), stored));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Correct horse"), stored));
        QVERIFY(!PasswordHasher::verify(QString(), stored));
    }

    void saltDiffersPerHash()
    {
        const QString a = PasswordHasher::hash(QStringLiteral("1234"), 1000);
        const QString b = PasswordHasher::hash(QStringLiteral("1234"), 1000);
        QVERIFY(a != b);
        QVERIFY(a.section(QLatin1Char('$'), 2, 2) != b.section(QLatin1Char('$'), 2, 2));
        QVERIFY(PasswordHasher::verify(QStringLiteral("1234"), a));
        QVERIFY(PasswordHasher::verify(QStringLiteral("1234"), b));
    }

    void iterationCountIsReadBackAndUsed()
    {
        // A hash written with a different count still verifies: the count comes from the text.
        const QString stored = PasswordHasher::hash(QStringLiteral("99887766"), 1234);
        QCOMPARE(PasswordHasher::iterations(stored), 1234);
        QVERIFY(PasswordHasher::verify(QStringLiteral("99887766"), stored));
        QString tampered = stored;
        tampered.replace(QStringLiteral("$1234$"), QStringLiteral("$1235$"));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("99887766"), tampered));
        QCOMPARE(PasswordHasher::iterations(PasswordHasher::hash(QStringLiteral("x"))), PasswordHasher::kDefaultIterations);
    }

    void garbageIsNotAHash_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << QStringLiteral("1234");
        QTest::newRow("other scheme") << QStringLiteral("md5$1$AAAA$AAAA");
        QTest::newRow("zero iterations") << QStringLiteral("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAA");
        QTest::newRow("bad base64") << QStringLiteral("pbkdf2-sha256$10$@@@$@@@");
    }
    void garbageIsNotAHash()
    {
        QFETCH(QString, stored);
        QCOMPARE(PasswordHasher::iterations(stored), 0);
        QVERIFY(!PasswordHasher::verify(QStringLiteral("1234"), stored));
    }

    void weakSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("pin 4") << QStringLiteral("1234") << true;
        QTest::newRow("pin 12") << QStringLiteral("123456789012") << true;
        QTest::newRow("pin 3") << QStringLiteral("123") << false;
        QTest::newRow("pin 13") << QStringLiteral("1234567890123") << false;
        QTest::newRow("password 8") << QStringLiteral("abcdefg1") << true;
        QTest::newRow("password 7") << QStringLiteral("abcdef1") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void weakSecrets()
    {
        QFETCH(QString, secret);
        QFETCH(bool, acceptable);
        QCOMPARE(PasswordHasher::weakness(secret).isEmpty(), acceptable);
    }

    void aDatabaseLoginsPasswordIsNoPin()
    {
        QVERIFY(!PasswordHasher::loginPasswordWeakness(QStringLiteral("1234567890123")).isEmpty());
        QVERIFY(!PasswordHasher::loginPasswordWeakness(QStringLiteral("pass word")).isEmpty());
        QVERIFY(PasswordHasher::loginPasswordWeakness(QStringLiteral("pass word!")).isEmpty());
        QVERIFY(PasswordHasher::loginPasswordWeakness(QStringLiteral("correct horse")).isEmpty());
    }

    void aDerivedKeyIsTheStoredOne()
    {
        // What a desk sends a shared store is the key part of the stored hash, and nothing else.
        const QString stored = PasswordHasher::hash(QStringLiteral("4711"), 1000);
        const QStringList parts = stored.split(QLatin1Char('$'));
        QCOMPARE(PasswordHasher::derivedKey(QStringLiteral("4711"), parts.at(2), 1000), parts.at(3));
        QVERIFY(PasswordHasher::derivedKey(QStringLiteral("4712"), parts.at(2), 1000) != parts.at(3));
        QVERIFY(PasswordHasher::derivedKey(QStringLiteral("4711"), QStringLiteral("not base64!"), 1000).isEmpty());
        QVERIFY(PasswordHasher::derivedKey(QStringLiteral("4711"), parts.at(2), 2000000000).isEmpty());
    }

    void reportCostOfOneCheck()
    {
        // Not an assertion (machines differ): the figure for choosing kDefaultIterations.
        const QString stored = PasswordHasher::hash(QStringLiteral("1234"));
        // CPU time as well as wall time: a build machine shared with other jobs inflates the latter.
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        for (int i = 0; i < 5; ++i)
            QVERIFY(PasswordHasher::verify(QStringLiteral("1234"), stored));
        qInfo("one check at %d iterations: %lld ms wall, %ld ms CPU", PasswordHasher::kDefaultIterations,
              timer.elapsed() / 5, long((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC / 5));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
