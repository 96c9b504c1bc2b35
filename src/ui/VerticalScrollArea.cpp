#include "VerticalScrollArea.h"

#include <QEvent>
#include <QScrollBar>

VerticalScrollArea::VerticalScrollArea(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    // Tab goes from field to field (the area scrolls to each), never to the area itself.
    setFocusPolicy(Qt::NoFocus);
}

bool VerticalScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // QScrollArea watches its content already: the content's own size changes (another language,
    // a note shown) reach the layout above.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    // As wide as the content needs, with room for the scroll bar; as short as a few lines.
    const QWidget* content = widget();
    const int scrollBar = verticalScrollBar()->sizeHint().width();
    const int frame = 2 * frameWidth();
    const int width = content ? content->minimumSizeHint().width() + scrollBar + frame : QScrollArea::minimumSizeHint().width();
    return {width, fontMetrics().height() * 4 + frame};
}

QSize VerticalScrollArea::sizeHint() const
{
    const QWidget* content = widget();
    if (!content)
        return QScrollArea::sizeHint();
    const int frame = 2 * frameWidth();
    const QSize wanted = content->sizeHint();
    return {wanted.width() + verticalScrollBar()->sizeHint().width() + frame, wanted.height() + frame};
}
