#pragma once

#include <QObject>

class QAbstractItemView;

// Shift+F10 opens a list's or table's context menu, as the Menu key does, at the current row:
// many laptop keyboards have no Menu key. Windows turns Shift+F10 into a context menu by itself;
// X11 and Wayland desktops leave it to the program.
class KeyboardContextMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardContextMenu)

public:
    // Watches `view` for Shift+F10 (for as long as the view lives).
    static void install(QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit KeyboardContextMenu(QAbstractItemView* view);
    QAbstractItemView* m_view;
};
