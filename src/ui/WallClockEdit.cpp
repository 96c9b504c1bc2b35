#include "WallClockEdit.h"

#include <QKeyEvent>

bool WallClockEdit::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

void WallClockEdit::keyPressEvent(QKeyEvent* event)
{
    const bool plainTab = event->key() == Qt::Key_Tab && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    const bool backTab = event->key() == Qt::Key_Backtab;
    if (plainTab || backTab) {
        QWidget::focusNextPrevChild(plainTab);
        event->accept();
        return;
    }
    QDateTimeEdit::keyPressEvent(event);
}
