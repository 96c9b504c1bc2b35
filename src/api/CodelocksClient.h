#pragma once

#include "ApiEndpoint.h"
#include "NetCodeApi.h"

#include <QLoggingCategory>
#include <QObject>

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

    static constexpr qint64 kMaxResponseBytes = 256 * 1024;

private:
    struct Answer {
        ApiError transportError = ApiError::None;
        int httpStatus = 0;
        QByteArray body;
        QString transportText;
    };
    using AnswerCallback = std::function<void(const Answer&)>;
    void get(const QUrl& url, QObject* context, AnswerCallback callback);
    static Answer readAnswer(QNetworkReply* reply, bool tooLarge);

    QNetworkAccessManager* m_network;
    ApiEndpoint m_endpoint;
    QString m_apiKey;
    int m_timeoutMs = 20000;
};
