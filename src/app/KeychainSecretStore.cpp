#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    QPointer<QObject> guard(context);
    if (m_sessionOnly.contains(key)) {
        const QString value = m_sessionOnly.value(key);
        QTimer::singleShot(0, context, [value, callback] { callback(true, value, {}); });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [guard, callback](QKeychain::Job* finished) {
        if (!guard)
            return;
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (readJob->error() == QKeychain::NoError) {
            callback(true, readJob->textData(), {});
        } else if (readJob->error() == QKeychain::EntryNotFound) {
            callback(false, {}, {});
        } else {
            callback(false, {},
                     QCoreApplication::translate("KeychainSecretStore", "The system keychain could not be read: %1")
                         .arg(readJob->errorString()));
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& value, QObject* context, WriteCallback callback)
{
    QPointer<QObject> guard(context);
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, guard, callback, key, value](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError) {
            m_sessionOnly.remove(key);
            if (guard)
                callback(true, {});
            return;
        }
        m_sessionOnly.insert(key, value);
        if (guard)
            callback(false, QCoreApplication::translate("KeychainSecretStore",
                                                        "No system keychain is available (%1), so the key is kept "
                                                        "only until NetCode Desk closes. It was not written to any "
                                                        "file.")
                                .arg(finished->errorString()));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    QPointer<QObject> guard(context);
    m_sessionOnly.remove(key);
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [guard, callback](QKeychain::Job* finished) {
        if (guard)
            callback(finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound,
                     finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    job->start();
}
