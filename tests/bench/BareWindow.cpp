// The baseline for the start-up benchmark: a bare Qt Widgets program showing one QMainWindow,
// leaving after its first paint exactly as netcode-desk does under the benchmark.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>
#include <cstdlib>

class QuitAfterPaint final : public QObject {
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, [] { std::_Exit(0); }); // exactly as netcode-desk does under the benchmark
        return QObject::eventFilter(watched, event);
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 820);
    QuitAfterPaint filter;
    window.installEventFilter(&filter);
    window.show();
    return app.exec();
}
