#include "ChangeListener.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QVariant>
#include <algorithm>

// Everything that touches the listener's connection, on the listener's thread. Reports go back to
// the ChangeListener (which outlives it: its destructor ends this thread first) as queued calls.
class ChangeListenerWorker final : public QObject {
public:
    struct Address {
        QString host;
        int port = -1;
        QString database;
        QString user;
        QString password;
        QString options;
    };

    ChangeListenerWorker(const Address& address, const ChangeListener::Timing& timing, ChangeListener* front)
        : m_address(address)
        , m_timing(timing)
        , m_front(front)
        , m_name(QStringLiteral("listener-") + QUuid::createUuid().toString(QUuid::Id128))
        , m_backoffMs(timing.retryFirstMs)
    {
    }

    void setTiming(const ChangeListener::Timing& timing)
    {
        m_timing = timing;
        m_backoffMs = timing.retryFirstMs;
    }

    // On the listener's thread: timers are made here so they belong to it.
    void begin()
    {
        m_probe = new QTimer(this);
        m_probe->setInterval(m_timing.probeMs);
        QObject::connect(m_probe, &QTimer::timeout, this, [this] { probe(); });
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        QObject::connect(m_retry, &QTimer::timeout, this, [this] { connectNow(); });
        connectNow();
    }

    void end()
    {
        if (m_probe) {
            m_probe->stop();
            m_retry->stop();
        }
        closeConnection();
    }

    void probe()
    {
        if (!QSqlDatabase::contains(m_name)) {
            // Between attempts: try now rather than at the end of the wait.
            if (m_retry->isActive()) {
                m_retry->stop();
                connectNow();
            }
            return;
        }
        QString detail;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            // The driver notices a closed socket by itself when it reads notifications; a statement
            // finds a server that went away without closing it (bounded by libpq's keepalives and
            // tcp_user_timeout).
            if (!db.isOpen() || !db.driver()->isOpen()) {
                detail = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT 1"))) {
                    report([](ChangeListener* front) { front->onAlive(); });
                    return;
                }
                detail = query.lastError().text();
            }
        }
        lost(detail);
    }

private:
    void connectNow()
    {
        closeConnection();
        QString detail;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(m_address.host);
            db.setPort(m_address.port);
            db.setDatabaseName(m_address.database);
            db.setUserName(m_address.user);
            db.setPassword(m_address.password);
            db.setConnectOptions(m_address.options);
            if (!db.open()) {
                detail = db.lastError().text();
            } else if (!db.driver()->subscribeToNotification(QString::fromLatin1(ChangeListener::kChannel))) {
                detail = db.driver()->lastError().text();
            } else {
                QObject::connect(db.driver(), &QSqlDriver::notification, this,
                                 [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                                     if (name != QLatin1String(ChangeListener::kChannel))
                                         return;
                                     const QString table = payload.toString();
                                     report([table](ChangeListener* front) { emit front->changed(table); });
                                 });
                m_backoffMs = m_timing.retryFirstMs;
                m_probe->start();
                report([](ChangeListener* front) { front->onListening(); });
                return;
            }
        }
        lost(detail);
    }

    void lost(const QString& detail)
    {
        m_probe->stop();
        closeConnection();
        report([detail](ChangeListener* front) { front->onLost(detail); });
        m_retry->start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, m_timing.retryMaxMs);
    }

    void closeConnection()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    template <typename F>
    void report(F&& call)
    {
        QPointer<ChangeListener> front = m_front;
        QMetaObject::invokeMethod(
            m_front, [front, call = std::forward<F>(call)] {
                if (front)
                    call(front.data());
            },
            Qt::QueuedConnection);
    }

    const Address m_address;
    ChangeListener::Timing m_timing;
    ChangeListener* m_front;
    const QString m_name;
    int m_backoffMs;
    QTimer* m_probe = nullptr;
    QTimer* m_retry = nullptr;
};

ChangeListener::ChangeListener(const QSqlDatabase& like, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(nullptr)
    , m_watchdog(new QTimer(this))
{
    ChangeListenerWorker::Address address;
    address.host = like.hostName();
    address.port = like.port();
    address.database = like.databaseName();
    address.user = like.userName();
    address.password = like.password();
    // Told apart from the desk's own connection on the server (pg_stat_activity).
    QStringList options = like.connectOptions().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    bool named = false;
    for (QString& option : options) {
        if (option.startsWith(QLatin1String("application_name="))) {
            option += QLatin1String("-listener");
            named = true;
        }
    }
    if (!named)
        options << QStringLiteral("application_name=netcode-desk-listener");
    address.options = options.join(QLatin1Char(';'));
    m_thread->setObjectName(QStringLiteral("store-listener"));
    m_worker = new ChangeListenerWorker(address, m_timing, this);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        // The listener's check has not come back: its thread waits on a server that does not answer.
        onLost(tr("The shared store's server has not answered for %n second(s).", nullptr, m_timing.stallMs / 1000));
    });
}

ChangeListener::~ChangeListener()
{
    if (m_started) {
        m_thread->quit(); // the worker closes its connection as the thread ends (see start())
        // A statement waiting on a server that does not answer is bounded by libpq's keepalives and
        // tcp_user_timeout; a server that is frozen but keeps the connection up is not, and the desk
        // must still be able to close.
        if (!m_thread->wait(QDeadlineTimer(15000))) {
            m_thread->terminate();
            m_thread->wait();
        }
    }
    delete m_worker;
}

void ChangeListener::setTiming(const Timing& timing)
{
    Q_ASSERT(!m_started);
    m_timing = timing;
    m_worker->setTiming(timing);
}

void ChangeListener::start()
{
    if (m_started)
        return;
    m_started = true;
    m_worker->moveToThread(m_thread);
    ChangeListenerWorker* ending = m_worker;
    // Runs on the listener's thread once its event loop has stopped: the connection is closed and
    // removed by the thread that made it.
    connect(m_thread, &QThread::finished, m_worker, [ending] { ending->end(); }, Qt::DirectConnection);
    m_thread->start();
    ChangeListenerWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->begin(); }, Qt::QueuedConnection);
}

void ChangeListener::checkNow()
{
    if (!m_started)
        return;
    ChangeListenerWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->probe(); }, Qt::QueuedConnection);
}

void ChangeListener::onListening()
{
    const bool afterOutage = m_state == State::Down;
    m_state = State::Up;
    m_watchdog->start(m_timing.stallMs);
    emit reachable(afterOutage);
}

void ChangeListener::onAlive()
{
    if (m_state == State::Down) {
        // The server was only slow (the watchdog gave up on it) and the connection survived.
        onListening();
        return;
    }
    m_watchdog->start(m_timing.stallMs);
}

void ChangeListener::onLost(const QString& detail)
{
    m_watchdog->stop();
    if (m_state == State::Down)
        return;
    m_state = State::Down;
    emit unreachable(detail);
}
