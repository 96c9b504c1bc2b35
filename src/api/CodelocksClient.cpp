#include "CodelocksClient.h"

#include "ResponseParser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApi, "netcode.api")

CodelocksClient::CodelocksClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // The key header must never follow a redirect to another origin.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

CodelocksClient::~CodelocksClient() = default;

void CodelocksClient::get(const QUrl& url, const QString& kind, QObject* context, AnswerCallback callback, int attempt)
{
    QPointer<QObject> guard(context);
    if (!m_endpoint.isTransportAllowed()) {
        // Answer later, like a real request, so callers never see re-entrant callbacks.
        QTimer::singleShot(0, this, [guard, callback] {
            if (guard)
                callback({ApiError::InsecureHost, 0, {}, {}});
        });
        return;
    }

    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    // One connection per request, so no request rides on a connection the server already let go.
    request.setRawHeader("Connection", "close");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network->get(request);
    qCInfo(lcApi).noquote() << "GET" << url.path();

    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge](qint64 received, qint64 total) {
        if (received > kMaxResponseBytes || total > kMaxResponseBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    // TLS errors are failures: sslErrors is deliberately left unhandled so the handshake fails.
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, callback, tooLarge, url, kind, attempt] {
        reply->deleteLater();
        const Answer answer = readAnswer(reply, *tooLarge);
        qCInfo(lcApi).noquote() << "GET" << url.path() << "->" << answer.httpStatus << ApiErrors::name(answer.transportError);
        const bool neverArrived = answer.transportError == ApiError::ConnectionRefused
                                  || answer.transportError == ApiError::HostNotFound;
        if (!neverArrived && answer.transportError != ApiError::TlsFailure && answer.transportError != ApiError::InsecureHost)
            emit requestSent(kind, answer.httpStatus, answer.transportError);
        // Retry by itself only when the request never got through (refused). A connection dropped
        // before any answer is already resent once by the network stack; after an answer or a
        // timeout a repeat may be billed, so that is the receptionist's decision (Retry).
        const bool retryable = answer.transportError == ApiError::ConnectionRefused;
        if (retryable && attempt < m_retryDelaysMs.size() && guard) {
            QTimer::singleShot(m_retryDelaysMs.at(attempt), this, [this, url, kind, guard, callback, attempt] {
                if (guard)
                    get(url, kind, guard, callback, attempt + 1);
            });
            return;
        }
        if (guard)
            callback(answer);
    });
}

CodelocksClient::Answer CodelocksClient::readAnswer(QNetworkReply* reply, bool tooLarge)
{
    Answer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge) {
        answer.transportError = ApiError::ResponseTooLarge;
        return answer;
    }
    const auto error = reply->error();
    if (error == QNetworkReply::InsecureRedirectError || error == QNetworkReply::TooManyRedirectsError) {
        answer.transportError = ApiError::RedirectRefused;
        answer.httpStatus = 0;
        return answer;
    }
    if (answer.httpStatus > 0) {
        // An HTTP answer arrived; its status speaks for itself, unless the body was cut off.
        answer.body = reply->readAll();
        if (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::OperationCanceledError
            || error == QNetworkReply::TimeoutError) {
            answer.transportError = ApiError::MalformedResponse;
        }
        return answer;
    }
    switch (error) {
    case QNetworkReply::NoError:
        answer.transportError = ApiError::MalformedResponse;
        break;
    case QNetworkReply::ConnectionRefusedError:
        answer.transportError = ApiError::ConnectionRefused;
        break;
    case QNetworkReply::RemoteHostClosedError:
        answer.transportError = ApiError::ConnectionDropped;
        break;
    case QNetworkReply::HostNotFoundError:
        answer.transportError = ApiError::HostNotFound;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // raised by the transfer timeout
        answer.transportError = ApiError::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        answer.transportError = ApiError::TlsFailure;
        break;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        answer.transportError = ApiError::ConnectionRefused;
        break;
    default:
        answer.transportError = ApiError::NetworkError;
        answer.transportText = reply->errorString();
        break;
    }
    return answer;
}

void CodelocksClient::fetchNetCode(const NetCodeRequest& request, QObject* context, NetCodeCallback callback)
{
    auto scrubbed = [key = m_apiKey](QString text) {
        // A service that echoes the request must not put the key into a message.
        if (!key.isEmpty())
            text.replace(key, QStringLiteral("…"));
        return text;
    };
    get(request.url(m_endpoint), QStringLiteral("netcode"), context, [callback, scrubbed](const Answer& answer) {
        NetCodeResult result;
        result.httpStatus = answer.httpStatus;
        if (answer.transportError != ApiError::None) {
            result.error = answer.transportError;
            result.errorText = ApiErrors::message(result.error, answer.transportText, answer.httpStatus);
            callback(result);
            return;
        }
        const NetCodeResponse response = ResponseParser::parseNetCode(answer.httpStatus, answer.body);
        result.error = response.error;
        result.code = response.code;
        result.expires = response.expires;
        if (!result.ok())
            result.errorText = ApiErrors::message(result.error, scrubbed(response.serverText), answer.httpStatus);
        callback(result);
    });
}

void CodelocksClient::fetchDurations(const QString& lockModel, QObject* context, DurationsCallback callback)
{
    QUrl url = m_endpoint.url(m_endpoint.utilityPrefix, QStringLiteral("durations"));
    url.setQuery(encodedQuery({{QStringLiteral("lockmodel"), lockModel},
                               {QStringLiteral("operation"), QStringLiteral("DURATIONS")}}),
                 QUrl::StrictMode);
    get(url, QStringLiteral("utility"), context, [callback](const Answer& answer) {
        DurationsResult result;
        result.error = answer.transportError != ApiError::None ? answer.transportError
                                                               : ResponseParser::errorForStatus(answer.httpStatus);
        if (result.error == ApiError::None) {
            bool ok = false;
            result.options = ResponseParser::parseDurations(answer.body, &ok);
            if (!ok)
                result.error = ApiError::MalformedResponse;
        }
        if (result.error != ApiError::None)
            result.errorText = ApiErrors::message(result.error, ResponseParser::serverText(answer.body),
                                                  answer.httpStatus);
        callback(result);
    });
}

void CodelocksClient::fetchSmartLocks(const QString& accessKey, QObject* context, SmartLocksCallback callback)
{
    QUrl url = m_endpoint.url(m_endpoint.utilityPrefix, QStringLiteral("k3connect"));
    url.setQuery(encodedQuery({{QStringLiteral("accesskey"), accessKey}}), QUrl::StrictMode);
    get(url, QStringLiteral("utility"), context, [callback, accessKey](const Answer& answer) {
        SmartLocksResult result;
        result.error = answer.transportError != ApiError::None ? answer.transportError
                                                               : ResponseParser::errorForStatus(answer.httpStatus);
        if (result.error == ApiError::None) {
            bool ok = false;
            result.locks = ResponseParser::parseSmartLocks(answer.body, &ok);
            if (!ok)
                result.error = ApiError::MalformedResponse;
        }
        if (result.error != ApiError::None) {
            result.errorText = ApiErrors::message(result.error, ResponseParser::serverText(answer.body), answer.httpStatus);
            result.errorText.replace(accessKey, QStringLiteral("…"));
        }
        callback(result);
    });
}
