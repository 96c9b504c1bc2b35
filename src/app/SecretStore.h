#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

// The only way secrets (the API key, smart-lock access keys) are stored or read. Callbacks run
// later on the event loop and not at all once `context` is gone.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    // `found` false with an empty error: no such secret. A non-empty error: the store failed.
    using ReadCallback = std::function<void(bool found, const QString& value, const QString& error)>;
    // `persisted` false: not stored permanently; `note` says why and what that means (translated).
    using WriteCallback = std::function<void(bool persisted, const QString& note)>;

    virtual void read(const QString& key, QObject* context, ReadCallback callback) = 0;
    virtual void write(const QString& key, const QString& value, QObject* context, WriteCallback callback) = 0;
    virtual void remove(const QString& key, QObject* context, WriteCallback callback) = 0;

    static QString apiKeyName() { return QStringLiteral("api-key"); }
    static QString accessKeyName(const QString& reference) { return QStringLiteral("access-key/") + reference; }
};

// Keeps secrets in memory for the life of the process: for tests and for demo data.
class MemorySecretStore final : public SecretStore {
public:
    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QString& value, QObject* context, WriteCallback callback) override;
    void remove(const QString& key, QObject* context, WriteCallback callback) override;
    bool contains(const QString& key) const { return m_values.contains(key); }

private:
    QHash<QString, QString> m_values;
};

// Secrets given for this run only (e.g. from an environment variable) in front of a lasting store.
// Reads look here first; writes and removals go to the lasting store.
class LayeredSecretStore final : public SecretStore {
public:
    explicit LayeredSecretStore(SecretStore& base) : m_base(base) {}
    void setForThisRun(const QString& key, const QString& value) { m_overlay.insert(key, value); }

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QString& value, QObject* context, WriteCallback callback) override
    {
        m_base.write(key, value, context, std::move(callback));
    }
    void remove(const QString& key, QObject* context, WriteCallback callback) override
    {
        m_overlay.remove(key);
        m_base.remove(key, context, std::move(callback));
    }

private:
    SecretStore& m_base;
    QHash<QString, QString> m_overlay;
};
