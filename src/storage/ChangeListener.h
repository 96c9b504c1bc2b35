#pragma once

#include <QObject>
#include <QString>

class QSqlDatabase;
class QThread;
class QTimer;
class ChangeListenerWorker;

// Live changes of the shared store: the store's triggers NOTIFY "netcode_changes" with the changed
// table's name (history, locks, site_settings, staff) whenever any desk writes. This listens on a
// PostgreSQL connection of its own, on a thread of its own, so a server that stops answering never
// freezes the window, and it watches that connection: when the server goes away it says so, tries
// again (1 s, 2 s, 4 s, then every 5 s), and when the server is back it subscribes again and says
// that too, so the desk can re-open its own connection and catch up on what it missed.
//
// Live in the thread that created it (the desk's); every signal arrives there.
class ChangeListener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeListener)

public:
    static constexpr const char* kChannel = "netcode_changes";

    struct Timing {
        int probeMs = 1000;      // how often the listener's connection is checked with a statement
        int stallMs = 5000;      // a check not answered for this long: the store counts as unreachable
        int retryFirstMs = 1000; // first wait before connecting again, doubled each time...
        int retryMaxMs = 5000;   // ...up to this
    };

    // `like`: the desk's own connection, whose server, database, login and settings are copied
    // (the connection itself is never shared: QtSql connections belong to one thread).
    explicit ChangeListener(const QSqlDatabase& like, QObject* parent = nullptr);
    ~ChangeListener() override;

    void setTiming(const Timing& timing); // before start()
    void start();
    // Connected and subscribed, as far as the listener knows.
    bool isListening() const { return m_state == State::Up; }
    // Checks the connection at once (a statement on the desk's connection just failed).
    void checkNow();

signals:
    void changed(const QString& table); // empty: anything may have changed
    void unreachable(const QString& detail);
    // Listening (again). `afterOutage`: the store was unreachable before, so changes may have been missed.
    void reachable(bool afterOutage);

private:
    friend class ChangeListenerWorker;
    enum class State { Starting, Up, Down };
    void onListening();
    void onAlive();
    void onLost(const QString& detail);

    QThread* m_thread;
    ChangeListenerWorker* m_worker;
    QTimer* m_watchdog;
    Timing m_timing;
    State m_state = State::Starting;
    bool m_started = false;
};
