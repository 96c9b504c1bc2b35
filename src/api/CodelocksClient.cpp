#include "CodelocksClient.h"

#include "OneShotHttpGet.h"
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

namespace {
bool sameOrigin(const QUrl& a, const QUrl& b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort) == b.port(defaultPort);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
} // namespace

bool CodelocksClient::refuseInsecure(const QPointer<QObject>& context, const AnswerCallback& callback)
{
    if (m_endpoint.isTransportAllowed())
        return false;
    // Answer later, like a real request, so callers never see re-entrant callbacks.
    QTimer::singleShot(0, this, [context, callback] {
        if (context) {
            Answer answer;
            answer.transportError = ApiError::InsecureHost;
            answer.left = false;
            callback(answer);
        }
    });
    return true;
}

void CodelocksClient::settle(const Answer& answer, const QString& kind, const QPointer<QObject>& context,
                             const std::function<void()>& retry, const AnswerCallback& callback, int attempt)
{
    if (answer.left)
        emit requestSent(kind, answer.httpStatus, answer.transportError);
    // Retry by itself only when the request provably never left (refused, or the connection ended
    // before a byte of it was written). After an answer, a cut connection or a timeout a repeat may
    // be billed, so that is the receptionist's decision.
    if (answer.retryable && attempt < m_retryDelaysMs.size() && context) {
        QTimer::singleShot(m_retryDelaysMs.at(attempt), this, [context, retry] {
            if (context)
                retry();
        });
        return;
    }
    if (context)
        callback(answer);
}

void CodelocksClient::get(const QUrl& url, const QString& kind, QObject* context, AnswerCallback callback, int attempt)
{
    QPointer<QObject> guard(context);
    if (refuseInsecure(guard, callback))
        return;

    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    // One connection per request, so no request rides on a connection the server already let go.
    request.setRawHeader("Connection", "close");
    request.setTransferTimeout(m_timeoutMs);
    request.setMaximumRedirectsAllowed(kMaxKeyedRedirects);
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
        // Qt's own resend of a utility call cut before its answer is harmless: these calls are
        // free to repeat. The billed NetCode call never comes this way.
        settle(answer, kind, guard, [this, url, kind, guard, callback, attempt] {
            get(url, kind, guard, callback, attempt + 1);
        }, callback, attempt);
    });
}

void CodelocksClient::getOnce(const QUrl& url, QObject* context, AnswerCallback callback, int attempt, int redirects)
{
    QPointer<QObject> guard(context);
    if (refuseInsecure(guard, callback))
        return;

    const OneShotHttpGet::Headers headers{{"x-api-key", m_apiKey.toUtf8()}, {"Accept", "application/json"}};
    auto* exchange = new OneShotHttpGet(url, headers, m_timeoutMs, kMaxResponseBytes, this);
    qCInfo(lcApi).noquote() << "GET" << url.path();
    exchange->start([this, exchange, url, guard, callback, attempt, redirects](const OneShotHttpGet::Outcome& outcome) {
        exchange->deleteLater();
        Answer answer = answerFrom(outcome);
        qCInfo(lcApi).noquote() << "GET" << url.path() << "->" << answer.httpStatus << ApiErrors::name(answer.transportError);

        if (answer.transportError == ApiError::None && isRedirect(answer.httpStatus) && !outcome.location.isEmpty()) {
            const QUrl target = url.resolved(QUrl::fromEncoded(outcome.location));
            if (!sameOrigin(url, target)) {
                // The key header never follows a redirect to another origin.
                answer.transportError = ApiError::RedirectRefused;
            } else if (redirects >= kMaxKeyedRedirects) {
                answer.transportError = ApiError::RedirectLoop;
            } else {
                emit requestSent(QStringLiteral("netcode"), answer.httpStatus, ApiError::None);
                if (guard) // nobody waits for the answer any more: the next hop is not sent
                    getOnce(target, guard, callback, attempt, redirects + 1);
                return;
            }
            // As before: a refused redirect reports no answer of the service's own.
            answer.httpStatus = 0;
            answer.body.clear();
        }
        settle(answer, QStringLiteral("netcode"), guard, [this, url, guard, callback, attempt, redirects] {
            getOnce(url, guard, callback, attempt + 1, redirects);
        }, callback, attempt);
    });
}

CodelocksClient::Answer CodelocksClient::answerFrom(const OneShotHttpGet::Outcome& outcome)
{
    using Failure = OneShotHttpGet::Failure;
    Answer answer;
    answer.left = outcome.requestWritten;
    answer.httpStatus = outcome.status;
    switch (outcome.failure) {
    case Failure::None:
        answer.body = outcome.body;
        break;
    case Failure::Refused:
    case Failure::ClosedUnsent:
        answer.transportError = ApiError::ConnectionRefused;
        answer.retryable = true;
        break;
    case Failure::ConnectTimeout:
        // Nothing was sent; not retried by itself, since each try would wait as long again.
        answer.transportError = ApiError::ConnectionRefused;
        break;
    case Failure::HostNotFound:
        answer.transportError = ApiError::HostNotFound;
        break;
    case Failure::Tls:
        answer.transportError = ApiError::TlsFailure;
        break;
    case Failure::NotSent:
        answer.transportError = ApiError::NetworkError;
        answer.transportText = outcome.errorText;
        break;
    case Failure::Dropped:
        answer.transportError = ApiError::ConnectionDropped;
        break;
    case Failure::Timeout:
        answer.transportError = ApiError::Timeout;
        break;
    case Failure::TooLarge:
        answer.transportError = ApiError::ResponseTooLarge;
        break;
    case Failure::Malformed:
        answer.transportError = ApiError::MalformedResponse;
        break;
    }
    return answer;
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
        answer.transportError = error == QNetworkReply::TooManyRedirectsError ? ApiError::RedirectLoop
                                                                               : ApiError::RedirectRefused;
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
    // Refused, unknown host and TLS failures end before the request is written: nothing left.
    answer.left = false;
    switch (error) {
    case QNetworkReply::NoError:
        answer.transportError = ApiError::MalformedResponse;
        answer.left = true;
        break;
    case QNetworkReply::ConnectionRefusedError:
        answer.transportError = ApiError::ConnectionRefused;
        answer.retryable = true;
        break;
    case QNetworkReply::RemoteHostClosedError:
        answer.transportError = ApiError::ConnectionDropped;
        answer.left = true;
        break;
    case QNetworkReply::HostNotFoundError:
        answer.transportError = ApiError::HostNotFound;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // raised by the transfer timeout
        answer.transportError = ApiError::Timeout;
        answer.left = true;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        answer.transportError = ApiError::TlsFailure;
        break;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        answer.transportError = ApiError::ConnectionRefused;
        answer.retryable = true;
        break;
    default:
        answer.transportError = ApiError::NetworkError;
        answer.transportText = reply->errorString();
        answer.left = true;
        break;
    }
    return answer;
}

void CodelocksClient::fetchNetCode(const NetCodeRequest& request, QObject* context, NetCodeCallback callback)
{
    // A smart lock's access key travels as the identifier: a secret like the API key. A KitLock's
    // identifier is its lock number, which a message may well quote.
    const bool smartLock = request.isSmartLock();
    const QStringList secrets = smartLock ? QStringList{m_apiKey, request.identifier} : QStringList{m_apiKey};
    getOnce(request.url(m_endpoint), context, [callback, secrets, smartLock](const Answer& answer) {
        NetCodeResult result;
        result.httpStatus = answer.httpStatus;
        QString serverText;
        if (answer.transportError != ApiError::None) {
            result.error = answer.transportError;
            serverText = answer.transportText;
        } else {
            const NetCodeResponse response = ResponseParser::parseNetCode(answer.httpStatus, answer.body);
            result.error = response.error;
            result.code = response.code;
            result.expires = response.expires;
            serverText = response.serverText;
        }
        // A 401 blames the only key that went with the request: without an access key in it,
        // that is the site's API key.
        if (result.error == ApiError::AccessKeyRejected && !smartLock)
            result.error = ApiError::KeyRejected;
        if (!result.ok()) {
            // Scrubbed before and after: the message shortens the service's words, which could
            // otherwise leave part of a key behind.
            result.errorText = ApiErrors::scrubbed(
                ApiErrors::message(result.error, ApiErrors::scrubbed(serverText, secrets), answer.httpStatus), secrets);
        }
        callback(result);
    });
}

void CodelocksClient::fetchDurations(const QString& lockModel, QObject* context, DurationsCallback callback)
{
    QUrl url = m_endpoint.url(m_endpoint.utilityPrefix, QStringLiteral("durations"));
    url.setQuery(encodedQuery({{QStringLiteral("lockmodel"), lockModel},
                               {QStringLiteral("operation"), QStringLiteral("DURATIONS")}}),
                 QUrl::StrictMode);
    get(url, QStringLiteral("utility"), context, [callback, key = m_apiKey](const Answer& answer) {
        DurationsResult result;
        result.error = answer.transportError != ApiError::None ? answer.transportError
                                                               : ResponseParser::errorForStatus(answer.httpStatus);
        // No access key travels with this call: a 401 is about the site's API key.
        if (result.error == ApiError::AccessKeyRejected)
            result.error = ApiError::KeyRejected;
        if (result.error == ApiError::None) {
            bool ok = false;
            result.options = ResponseParser::parseDurations(answer.body, &ok);
            if (!ok)
                result.error = ApiError::MalformedResponse;
        }
        if (result.error != ApiError::None) {
            const QStringList secrets{key};
            const QString said = answer.transportText.isEmpty() ? ResponseParser::serverText(answer.body) : answer.transportText;
            result.errorText = ApiErrors::scrubbed(ApiErrors::message(result.error, ApiErrors::scrubbed(said, secrets),
                                                                      answer.httpStatus, ApiCall::Utility),
                                                   secrets);
        }
        callback(result);
    });
}

void CodelocksClient::fetchSmartLocks(const QString& accessKey, QObject* context, SmartLocksCallback callback)
{
    QUrl url = m_endpoint.url(m_endpoint.utilityPrefix, QStringLiteral("k3connect"));
    url.setQuery(encodedQuery({{QStringLiteral("accesskey"), accessKey}}), QUrl::StrictMode);
    get(url, QStringLiteral("utility"), context, [callback, secrets = QStringList{m_apiKey, accessKey}](const Answer& answer) {
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
            // Qt's own error text quotes the URL, and the access key travels in its query.
            const QString said = answer.transportText.isEmpty() ? ResponseParser::serverText(answer.body) : answer.transportText;
            result.errorText = ApiErrors::scrubbed(ApiErrors::message(result.error, ApiErrors::scrubbed(said, secrets),
                                                                      answer.httpStatus, ApiCall::Utility),
                                                   secrets);
        }
        callback(result);
    });
}
