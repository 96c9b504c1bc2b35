#include "OneShotHttpGet.h"

#include "ApiEndpoint.h"

#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

OneShotHttpGet::OneShotHttpGet(const QUrl& url, const Headers& headers, int timeoutMs, qint64 maxBodyBytes,
                               QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_headers(headers)
    , m_timeoutMs(timeoutMs)
    , m_reader(maxBodyBytes)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OneShotHttpGet::onTimeout);
}

OneShotHttpGet::~OneShotHttpGet() = default;

QByteArray OneShotHttpGet::requestBytes(const QUrl& url, const Headers& headers)
{
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    auto clean = [](QByteArray value) {
        // A header value can never end the header early: control characters are dropped.
        value.removeIf([](char c) { return (c >= 0 && c < 0x20) || c == 0x7f; });
        return value;
    };
    QByteArray out = "GET " + clean(target) + " HTTP/1.1\r\n";
    out += "Host: " + clean(url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1()) + "\r\n";
    for (const auto& [name, value] : headers)
        out += clean(name) + ": " + clean(value) + "\r\n";
    // One connection per request: nothing else ever rides on it, and its end is unambiguous.
    out += "Connection: close\r\n\r\n";
    return out;
}

void OneShotHttpGet::start(Callback callback)
{
    m_callback = std::move(callback);
    const bool secure = m_url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (secure) {
        auto* socket = new QSslSocket(this);
        // No ignoreSslErrors anywhere: an unverified peer fails the handshake, before any byte of
        // the request (and its key) is written.
        connect(socket, &QSslSocket::encrypted, this, &OneShotHttpGet::writeRequest);
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &OneShotHttpGet::writeRequest);
    }
    if (ApiEndpoint::isLoopbackHost(m_url.host()))
        m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QTcpSocket::readyRead, this, &OneShotHttpGet::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { m_timer->start(m_timeoutMs); });
    connect(m_socket, &QTcpSocket::disconnected, this, &OneShotHttpGet::onClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &OneShotHttpGet::onSocketError);
    m_timer->start(m_timeoutMs);

    // Connect from the event loop so that even an immediate failure reaches the callback later.
    QTimer::singleShot(0, this, [this, secure] {
        if (m_finished)
            return;
        const quint16 port = quint16(m_url.port(secure ? 443 : 80));
        if (secure) {
            auto* socket = static_cast<QSslSocket*>(m_socket);
            if (!QSslSocket::supportsSsl()) {
                done(Failure::Tls);
                return;
            }
            socket->connectToHostEncrypted(m_url.host(), port);
        } else {
            m_socket->connectToHost(m_url.host(), port);
        }
    });
}

void OneShotHttpGet::writeRequest()
{
    if (m_finished || m_written)
        return;
    // From here on the request may reach the service, whatever happens next.
    m_written = true;
    m_timer->start(m_timeoutMs);
    m_socket->write(requestBytes(m_url, m_headers));
}

void OneShotHttpGet::onReadyRead()
{
    if (m_finished)
        return;
    m_timer->start(m_timeoutMs);
    switch (m_reader.feed(m_socket->readAll())) {
    case HttpResponseReader::State::NeedMore:
        return;
    case HttpResponseReader::State::Complete:
        done(Failure::None);
        return;
    case HttpResponseReader::State::TooLarge:
        done(Failure::TooLarge);
        return;
    case HttpResponseReader::State::Malformed:
        done(Failure::Malformed);
        return;
    }
}

void OneShotHttpGet::onClosed()
{
    if (m_finished)
        return;
    // Bytes that arrived with the close are still part of the answer.
    if (m_socket->bytesAvailable() > 0) {
        onReadyRead();
        if (m_finished)
            return;
    }
    if (!m_written) {
        done(Failure::ClosedUnsent);
        return;
    }
    if (!m_reader.anyBytesReceived()) {
        done(Failure::Dropped);
        return;
    }
    switch (m_reader.finish()) {
    case HttpResponseReader::State::Complete:
        done(Failure::None);
        return;
    case HttpResponseReader::State::TooLarge:
        done(Failure::TooLarge);
        return;
    default:
        done(Failure::Malformed);
        return;
    }
}

void OneShotHttpGet::onSocketError()
{
    if (m_finished)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    if (m_written) {
        // Reset or broken after the request went out: like a close, it may have been billed.
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
        if (!m_finished)
            done(m_reader.anyBytesReceived() ? Failure::Malformed : Failure::Dropped);
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        done(Failure::Refused);
        return;
    case QAbstractSocket::HostNotFoundError:
        done(Failure::HostNotFound);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        done(Failure::Tls);
        return;
    default:
        done(Failure::NotSent);
        return;
    }
}

void OneShotHttpGet::onTimeout()
{
    if (m_finished)
        return;
    if (!m_written)
        done(Failure::ConnectTimeout);
    else
        done(m_reader.status() > 0 ? Failure::Malformed : Failure::Timeout);
}

void OneShotHttpGet::done(Failure failure)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    Outcome outcome;
    outcome.failure = failure;
    outcome.requestWritten = m_written;
    outcome.status = m_reader.status();
    if (failure == Failure::None)
        outcome.body = m_reader.body();
    outcome.location = m_reader.header("location");
    if (m_socket) {
        outcome.errorText = m_socket->errorString();
        m_socket->disconnect(this);
        m_socket->abort();
    }
    // Always from the event loop, and only once.
    QTimer::singleShot(0, this, [this, outcome] {
        if (m_callback)
            m_callback(outcome);
    });
}
