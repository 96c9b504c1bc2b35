#pragma once

#include <QScrollArea>

// A scroll area for a form or a card whose content may be taller than the room it gets: it scrolls
// up and down only. Its minimum width is the content's, so nothing is cut off at the side, and the
// content gets its height for the width it has (wrapped lines are never squeezed).
class VerticalScrollArea final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerticalScrollArea)

public:
    explicit VerticalScrollArea(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
