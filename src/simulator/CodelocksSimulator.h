#pragma once

#include "HttpMessage.h"
#include "SimulatorFaults.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// One request as the simulator received it; tests read these to check what the client sent.
struct SimulatorRequestRecord {
    QString path;
    QByteArray rawQuery;
    bool hadApiKey = false;
    int status = 0; // 0 when the connection was dropped
    QString apiKey; // what arrived in x-api-key (tests check that it goes nowhere it should not)
};

// A real HTTP/1.1 server on 127.0.0.1 implementing the Codelocks Connect wire contract.
class CodelocksSimulator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodelocksSimulator)

public:
    explicit CodelocksSimulator(QObject* parent = nullptr);
    ~CodelocksSimulator() override;

    // Listens on loopback; port 0 picks a free ephemeral port.
    bool start(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString errorString() const;

    // The key the simulator insists on; empty accepts any non-empty key.
    void setRequiredApiKey(const QString& key) { m_requiredApiKey = key; }
    void setFaults(const SimulatorFaults& faults) { m_faults = faults; }
    // Like a plan's monthly quota: NetCode requests beyond `requests` get the gateway's
    // 403 "Limit Exceeded" (0: no limit).
    void setNetCodeQuota(int requests) { m_quota = requests; }
    void clearFaults() { m_faults = {}; }

    const QList<SimulatorRequestRecord>& requests() const { return m_requests; }
    int netCodeRequestCount() const;
    void clearRequests() { m_requests.clear(); }

signals:
    void requestHandled(const QString& path, int status);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const HttpRequest& request);

    QTcpServer* m_server;
    QString m_requiredApiKey;
    SimulatorFaults m_faults;
    QList<SimulatorRequestRecord> m_requests;
    int m_quota = 0;
    int m_quotaUsed = 0;
};
