#pragma once

#include <QObject>
#include <functional>

class QWidget;

// Runs work once `widget` has been painted for the first time (from the event loop, after that
// paint): for what the first look at the window does not need.
class AfterFirstPaint final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterFirstPaint)

public:
    static void run(QWidget* widget, std::function<void()> work);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AfterFirstPaint(QWidget* widget, std::function<void()> work);
    std::function<void()> m_work;
};
