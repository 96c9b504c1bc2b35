#include "FirstPaintExit.h"

#include "StartupTrace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdlib>

void FirstPaintExit::install(QWidget* widget, bool exit)
{
    auto* filter = new FirstPaintExit(widget);
    filter->m_exit = exit;
    widget->installEventFilter(filter);
}

bool FirstPaintExit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        StartupTrace::mark("first paint");
        // Leave once this paint has been delivered, without the orderly shutdown (which waits for
        // background work): the benchmark measures the way in, not the way out.
        if (m_exit)
            QTimer::singleShot(0, qApp, [] {
                StartupTrace::mark("first paint delivered");
                std::_Exit(0);
            });
    }
    return QObject::eventFilter(watched, event);
}
