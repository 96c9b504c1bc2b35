// Waiting without a window (the command line, benchmark probes) sleeps until the next event: it ends
// as soon as the awaited answer is handled, gives up at its deadline, and does not poll meanwhile.
#include "EventWait.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtTest>

class TestEventWait : public QObject {
    Q_OBJECT

private slots:
    void endsWhenTheAnswerIsHandled()
    {
        bool answered = false;
        QTimer::singleShot(150, this, [&answered] { answered = true; });
        int checks = 0;
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(EventWait::until(
            [&] {
                ++checks;
                return answered;
            },
            30000));
        QVERIFY(answered);
        QVERIFY(elapsed.elapsed() < 30000);
        // Checked once at the start and after each event, not thousands of times while waiting.
        QVERIFY2(checks <= 10, qPrintable(QStringLiteral("the condition was checked %1 times").arg(checks)));
    }

    void aConditionAlreadyMetReturnsAtOnce()
    {
        int checks = 0;
        QVERIFY(EventWait::until(
            [&] {
                ++checks;
                return true;
            },
            0));
        QCOMPARE(checks, 1);
    }

    void givesUpAtTheDeadlineWithoutPolling()
    {
        int checks = 0;
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(!EventWait::until(
            [&] {
                ++checks;
                return false;
            },
            200));
        QVERIFY(elapsed.elapsed() >= 199);
        QVERIFY2(checks <= 10, qPrintable(QStringLiteral("the condition was checked %1 times").arg(checks)));
    }

    void noTimeHandlesWhatHasArrivedAndWaitsForNothing()
    {
        bool handled = false;
        QMetaObject::invokeMethod(this, [&handled] { handled = true; }, Qt::QueuedConnection);
        QVERIFY(EventWait::until([&handled] { return handled; }, 0));
        bool never = false;
        QTimer later; // gone with this test, so it never fires into a later one
        later.setSingleShot(true);
        connect(&later, &QTimer::timeout, this, [&never] { never = true; });
        later.start(50);
        QVERIFY(!EventWait::until([&never] { return never; }, -1));
        QVERIFY(!never);
    }

    void otherEventsAreHandledMeanwhile()
    {
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(10);
        QVERIFY(EventWait::until([&ticks] { return ticks >= 5; }, 30000));
        QVERIFY(ticks >= 5);
    }
};

QTEST_GUILESS_MAIN(TestEventWait)
#include "tst_eventwait.moc"
