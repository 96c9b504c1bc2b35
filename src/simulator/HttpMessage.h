#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrlQuery>

// The small part of HTTP/1.1 the simulator needs: GET requests without bodies.
struct HttpRequest {
    QByteArray method;
    QByteArray rawTarget; // path and query exactly as sent
    QString path;         // decoded path
    QByteArray rawQuery;  // query exactly as sent
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    bool keepAlive = true;

    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
};

class HttpRequestParser {
public:
    enum class State { NeedMore, Complete, Malformed, TooLarge };
    // Consumes one request from the front of `buffer` when complete.
    static State take(QByteArray& buffer, HttpRequest* request);
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
};

class HttpResponse {
public:
    static QByteArray build(int status, const QByteArray& body, bool keepAlive,
                            const QByteArray& contentType = QByteArrayLiteral("application/json"),
                            const QByteArray& extraHeaders = {});
    static QByteArray reason(int status);
};
