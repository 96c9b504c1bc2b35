#include "CodelocksSimulator.h"

#include "SimulatorRoutes.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
const char* const kBufferProperty = "netcodeBuffer";
}

CodelocksSimulator::CodelocksSimulator(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &CodelocksSimulator::onNewConnection);
}

CodelocksSimulator::~CodelocksSimulator() = default;

bool CodelocksSimulator::start(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 CodelocksSimulator::port() const
{
    return m_server->serverPort();
}

QUrl CodelocksSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString CodelocksSimulator::errorString() const
{
    return m_server->errorString();
}

int CodelocksSimulator::netCodeRequestCount() const
{
    int count = 0;
    for (const auto& record : m_requests) {
        if (record.path.contains(QStringLiteral("/netcode/")))
            ++count;
    }
    return count;
}

void CodelocksSimulator::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void CodelocksSimulator::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    for (;;) {
        HttpRequest request;
        const auto state = HttpRequestParser::take(buffer, &request);
        if (state == HttpRequestParser::State::NeedMore)
            break;
        if (state != HttpRequestParser::State::Complete) {
            const int status = state == HttpRequestParser::State::TooLarge ? 431 : 400;
            socket->write(HttpResponse::build(status, "{\"message\":\"Bad Request\"}", false));
            socket->disconnectFromHost();
            return;
        }
        respond(socket, request);
    }
    socket->setProperty(kBufferProperty, buffer);
}

void CodelocksSimulator::respond(QTcpSocket* socket, const HttpRequest& request)
{
    SimulatorRequestRecord record{request.path, request.rawQuery, !request.header("x-api-key").isEmpty(), 0,
                                  QString::fromUtf8(request.header("x-api-key"))};
    SimulatedResponse response = SimulatorRoutes::answer(request, m_requiredApiKey);
    if (m_quota > 0 && request.path.contains(QStringLiteral("/netcode/")) && response.status != 403) {
        if (m_quotaUsed >= m_quota)
            response = {403, QByteArrayLiteral("{\"message\":\"Limit Exceeded\"}")};
        else
            ++m_quotaUsed;
    }

    const bool faulty = m_faults.active();
    const SimulatorFaults faults = faulty ? m_faults : SimulatorFaults{};
    if (faulty && m_faults.remaining > 0)
        --m_faults.remaining;

    if (faults.dropConnection) {
        m_requests.append(record);
        socket->abort();
        emit requestHandled(request.path, 0);
        return;
    }
    QByteArray extraHeaders;
    if (!faults.redirectTo.isEmpty()) {
        response = {302, QByteArray()};
        extraHeaders = "Location: " + faults.redirectTo + "\r\n";
    } else if (faults.forcedStatus > 0) {
        response = {faults.forcedStatus, faults.forcedBody};
    }

    record.status = response.status;
    m_requests.append(record);
    const QByteArray bytes = HttpResponse::build(response.status, response.body, request.keepAlive,
                                                 QByteArrayLiteral("application/json"), extraHeaders);
    const bool keepAlive = request.keepAlive;
    const int cutAfter = faults.cutAfterBytes;
    auto send = [this, socket = QPointer<QTcpSocket>(socket), bytes, keepAlive, cutAfter, path = request.path,
                 status = response.status] {
        if (!socket)
            return;
        if (cutAfter >= 0) {
            // Part of the answer, then the end of the connection (written out before it closes).
            socket->write(bytes.left(cutAfter));
            socket->disconnectFromHost();
            emit requestHandled(path, status);
            return;
        }
        socket->write(bytes);
        if (!keepAlive)
            socket->disconnectFromHost();
        emit requestHandled(path, status);
    };
    if (faults.delayMs > 0)
        QTimer::singleShot(faults.delayMs, this, send);
    else
        send();
}
