#include "SecretStore.h"

#include <QPointer>
#include <QTimer>

void MemorySecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    const bool found = m_values.contains(key);
    const QString value = m_values.value(key);
    QTimer::singleShot(0, context, [found, value, callback] { callback(found, value, {}); });
}

void MemorySecretStore::write(const QString& key, const QString& value, QObject* context, WriteCallback callback)
{
    m_values.insert(key, value);
    QTimer::singleShot(0, context, [callback] { callback(true, {}); });
}

void MemorySecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    m_values.remove(key);
    QTimer::singleShot(0, context, [callback] { callback(true, {}); });
}

void LayeredSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    if (m_overlay.contains(key)) {
        const QString value = m_overlay.value(key);
        QTimer::singleShot(0, context, [value, callback] { callback(true, value, {}); });
        return;
    }
    m_base.read(key, context, std::move(callback));
}
