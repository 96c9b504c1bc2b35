#pragma once

#include <QObject>
#include <QTimeZone>

class LockRepository;
class NetCodeApi;
class SecretStore;
struct SmartLockInfo;

struct SmartLockImportResult {
    bool ok = false;
    int added = 0;
    int updated = 0;
    QString errorText; // translated; never contains the access key
};

// Imports the smart locks of a K3 Connect account: name, 32-hex id, time zone and DST → clock frame.
// A lock already on the desk (same id) is updated, not duplicated. The access key goes to the secret
// store; the locks refer to it by name only.
class SmartLockImporter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmartLockImporter)

public:
    SmartLockImporter(NetCodeApi& api, LockRepository& locks, SecretStore& secrets, QObject* parent = nullptr);

    void setFallbackZone(const QTimeZone& zone) { m_fallbackZone = zone; }
    void import(const QString& accessKey);

signals:
    void finished(const SmartLockImportResult& result);

private:
    SmartLockImportResult store(const QList<SmartLockInfo>& found, const QString& accessKeyRef);

    NetCodeApi& m_api;
    LockRepository& m_locks;
    SecretStore& m_secrets;
    QTimeZone m_fallbackZone = QTimeZone::systemTimeZone();
};

Q_DECLARE_METATYPE(SmartLockImportResult)
