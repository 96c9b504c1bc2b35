#include "KeyboardContextMenu.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QKeyEvent>

namespace {
bool isShiftF10(const QEvent* event)
{
    const auto* key = static_cast<const QKeyEvent*>(event);
    return key->key() == Qt::Key_F10 && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ShiftModifier;
}
} // namespace

KeyboardContextMenu::KeyboardContextMenu(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
{
}

void KeyboardContextMenu::install(QAbstractItemView* view)
{
    view->installEventFilter(new KeyboardContextMenu(view));
}

bool KeyboardContextMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride && isShiftF10(event)) {
        event->accept(); // the view's, before any window shortcut
        return true;
    }
    if (event->type() != QEvent::KeyPress || !isShiftF10(event))
        return QObject::eventFilter(watched, event);
    // At the current row where it is on screen (as the Menu key opens it), else mid-view.
    QRect at = m_view->visualRect(m_view->currentIndex());
    if (!at.isValid() || !m_view->viewport()->rect().intersects(at))
        at = m_view->viewport()->rect();
    const QPoint inViewport(at.left() + qMin(at.width() / 2, 40), at.center().y());
    const QPoint inView = m_view->viewport()->mapTo(m_view, inViewport);
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, inView, m_view->mapToGlobal(inView));
    QCoreApplication::sendEvent(m_view, &menu);
    return true;
}
