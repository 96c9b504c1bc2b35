#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

AfterFirstPaint::AfterFirstPaint(QWidget* widget, std::function<void()> work)
    : QObject(widget)
    , m_work(std::move(work))
{
}

void AfterFirstPaint::run(QWidget* widget, std::function<void()> work)
{
    widget->installEventFilter(new AfterFirstPaint(widget, std::move(work)));
}

bool AfterFirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_work) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, parent(), std::exchange(m_work, {}));
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}
