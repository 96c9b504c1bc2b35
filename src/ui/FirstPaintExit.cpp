#include "FirstPaintExit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

void FirstPaintExit::install(QWidget* widget)
{
    widget->installEventFilter(new FirstPaintExit(widget));
}

bool FirstPaintExit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // Quit once this paint has been delivered.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}
