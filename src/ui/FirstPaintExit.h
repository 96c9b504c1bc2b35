#pragma once

#include <QObject>

class QWidget;

// Marks a widget's first paint in the start-up trace and, for the start-up benchmark, ends the
// process right after it.
class FirstPaintExit final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintExit)

public:
    static void install(QWidget* widget, bool exit = true);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
    bool m_done = false;
    bool m_exit = true;
};
