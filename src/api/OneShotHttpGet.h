#pragma once

#include "HttpResponseReader.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <utility>

class QTcpSocket;
class QTimer;

// One HTTP/1.1 GET over a connection of its own, written to the network at most once.
//
// Why not QNetworkAccessManager for a billed call: Qt's HTTP channel resends a request by itself
// when the server closes the connection after reading it and before answering (a RemoteHostClosed
// error while the channel waits for the answer), up to three times per channel, the count reset by
// every complete answer. In Qt 6.4.2 that path does not look at the method: measured over loopback
// against a server that reads the request and then closes, a fresh QNetworkAccessManager delivered
// the request twice in 50 of 50 tries with get() and also with sendCustomRequest(request, "GET"),
// the verb Qt otherwise treats as not idempotent. Only a transport that never resends gives
// "at most one billed request per click", so the NetCode call uses this one.
//
// TLS errors are failures (nothing is written before the handshake has verified the peer), the
// answer is bounded in size, and the timeout counts time without progress, as
// QNetworkRequest::setTransferTimeout does.
class OneShotHttpGet final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotHttpGet)

public:
    enum class Failure {
        None,
        Refused,         // nothing listening; the request never left
        ClosedUnsent,    // the connection ended before the request was written; it never left
        HostNotFound,
        Tls,             // handshake or certificate failure; the request never left
        ConnectTimeout,  // no connection within the timeout; the request never left
        NotSent,         // another error before the request was written
        Dropped,         // the connection ended after the request was written, before any answer byte
        Timeout,         // no progress for the timeout after the request was written
        TooLarge,
        Malformed,       // bytes came back that are no complete HTTP answer
    };
    struct Outcome {
        Failure failure = Failure::None;
        bool requestWritten = false; // the request was handed to the network: it may have arrived
        int status = 0;              // the answer's status, also when its body was cut off
        QByteArray body;
        QByteArray location;         // the Location header of a redirect
        QString errorText;           // the socket's own words (for logs; may name the host)
    };
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    using Callback = std::function<void(const Outcome&)>;

    // `url` must be http or https; the headers go out as given (Host and Connection are added).
    OneShotHttpGet(const QUrl& url, const Headers& headers, int timeoutMs, qint64 maxBodyBytes,
                   QObject* parent = nullptr);
    ~OneShotHttpGet() override;

    // Runs the exchange; `callback` runs exactly once, from the event loop, never inside start().
    void start(Callback callback);

    static QByteArray requestBytes(const QUrl& url, const Headers& headers);

private:
    void writeRequest();
    void onReadyRead();
    void onClosed();
    void onSocketError();
    void onTimeout();
    void done(Failure failure);

    QUrl m_url;
    Headers m_headers;
    int m_timeoutMs;
    HttpResponseReader m_reader;
    QTcpSocket* m_socket = nullptr;
    QTimer* m_timer;
    Callback m_callback;
    bool m_written = false;
    bool m_finished = false;
};
