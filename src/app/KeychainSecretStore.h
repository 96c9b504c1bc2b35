#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QObject>

// Secrets in the operating system's keychain through QtKeychain, insecure fallback off. When no
// keychain is available a written secret is kept in memory for this session only, and the caller
// is told so.
class KeychainSecretStore final : public QObject, public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QString& value, QObject* context, WriteCallback callback) override;
    void remove(const QString& key, QObject* context, WriteCallback callback) override;

private:
    QString m_service;
    QHash<QString, QString> m_sessionOnly;
};
