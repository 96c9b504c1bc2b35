#include "EventWait.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

bool EventWait::until(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    if (timeoutMs <= 0) {
        // No time to wait: what has already arrived is handled, nothing more.
        QCoreApplication::processEvents();
        return done();
    }
    const QDeadlineTimer deadline(timeoutMs);
    // Wakes the wait at the deadline when nothing else happens. (The overload of processEvents
    // that takes a time drops WaitForMoreEvents and would spin a processor core meanwhile.) A
    // timer may fire a little early, so it is set again for what is left until the deadline.
    QTimer wake;
    wake.setSingleShot(true);
    wake.setTimerType(Qt::PreciseTimer);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        if (!wake.isActive())
            wake.start(int(qMax<qint64>(1, deadline.remainingTime())));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}
