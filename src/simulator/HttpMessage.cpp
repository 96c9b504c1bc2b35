#include "HttpMessage.h"

#include <QUrl>

HttpRequestParser::State HttpRequestParser::take(QByteArray& buffer, HttpRequest* request)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return buffer.size() > kMaxHeaderBytes ? State::TooLarge : State::NeedMore;
    if (end > kMaxHeaderBytes)
        return State::TooLarge;
    const QByteArray head = buffer.left(end);
    buffer.remove(0, end + 4);

    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return State::Malformed;
    request->method = requestLine.at(0);
    request->rawTarget = requestLine.at(1);
    const qsizetype questionMark = request->rawTarget.indexOf('?');
    const QByteArray rawPath = questionMark < 0 ? request->rawTarget : request->rawTarget.left(questionMark);
    request->rawQuery = questionMark < 0 ? QByteArray() : request->rawTarget.mid(questionMark + 1);
    request->path = QUrl::fromPercentEncoding(rawPath);
    // Query values use %20 for spaces; '+' is kept literally, as the real service would see it.
    request->query = QUrlQuery();
    for (const QByteArray& pair : request->rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = QUrl::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1));
        request->query.addQueryItem(name, value);
    }
    request->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return State::Malformed;
        request->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray connection = request->header("connection").toLower();
    request->keepAlive = requestLine.at(2) == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
    return State::Complete;
}

QByteArray HttpResponse::reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray HttpResponse::build(int status, const QByteArray& body, bool keepAlive, const QByteArray& contentType,
                                const QByteArray& extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += extraHeaders;
    out += "\r\n";
    out += body;
    return out;
}
