#pragma once

#include <QObject>

class QWidget;

// Ends the process right after a widget's first paint (used by the start-up benchmark).
class FirstPaintExit final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintExit)

public:
    static void install(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
    bool m_done = false;
};
