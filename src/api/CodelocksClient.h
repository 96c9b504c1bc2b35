#pragma once

#include "ApiEndpoint.h"
#include "NetCodeApi.h"
#include "OneShotHttpGet.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// The Codelocks Connect client over one QNetworkAccessManager. Logs method, path and status only:
// never headers (the API key) nor the query (a smart lock's access key travels there).
class CodelocksClient final : public QObject, public NetCodeApi {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodelocksClient)

public:
    explicit CodelocksClient(QObject* parent = nullptr);
    ~CodelocksClient() override;

    void setEndpoint(const ApiEndpoint& endpoint) { m_endpoint = endpoint; }
    const ApiEndpoint& endpoint() const { return m_endpoint; }
    // Held in memory only, for the header of each request.
    void setApiKey(const QString& key) { m_apiKey = key; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    void fetchNetCode(const NetCodeRequest& request, QObject* context, NetCodeCallback callback) override;
    void fetchDurations(const QString& lockModel, QObject* context, DurationsCallback callback) override;
    void fetchSmartLocks(const QString& accessKey, QObject* context, SmartLocksCallback callback) override;

    // Waits before the automatic retries of a request that provably never left this computer
    // (connection refused, or closed before the request was written; at most two).
    void setRetryDelaysMs(const QList<int>& delays) { m_retryDelaysMs = delays; }

    static constexpr qint64 kMaxResponseBytes = 256 * 1024;
    // Redirects followed for one request carrying the key, all within its own origin. A loop
    // between the service's addresses then costs at most 1 + this many requests.
    static constexpr int kMaxKeyedRedirects = 2;

signals:
    // Every attempt that left this computer, for the monthly count against the plan's quota.
    // `kind` is "netcode" or "utility"; `httpStatus` is 0 when no answer came.
    void requestSent(const QString& kind, int httpStatus, ApiError error);

private:
    struct Answer {
        ApiError transportError = ApiError::None;
        int httpStatus = 0;
        QByteArray body;
        QString transportText;
        bool left = true;       // the request may have reached a service
        bool retryable = false; // it provably never left, and trying again soon may help
    };
    using AnswerCallback = std::function<void(const Answer&)>;
    // Utility calls (free to repeat): through QNetworkAccessManager.
    void get(const QUrl& url, const QString& kind, QObject* context, AnswerCallback callback, int attempt = 0);
    // The billed NetCode call: through OneShotHttpGet, which never sends a request twice.
    void getOnce(const QUrl& url, QObject* context, AnswerCallback callback, int attempt = 0, int redirects = 0);
    // Emits requestSent when the attempt left, then retries it or hands the answer on.
    void settle(const Answer& answer, const QString& kind, const QPointer<QObject>& context,
                const std::function<void()>& retry, const AnswerCallback& callback, int attempt);
    bool refuseInsecure(const QPointer<QObject>& context, const AnswerCallback& callback);
    static Answer readAnswer(QNetworkReply* reply, bool tooLarge);
    static Answer answerFrom(const OneShotHttpGet::Outcome& outcome);

    QNetworkAccessManager* m_network;
    ApiEndpoint m_endpoint;
    QString m_apiKey;
    int m_timeoutMs = 20000;
    QList<int> m_retryDelaysMs = {500, 1500};
};
