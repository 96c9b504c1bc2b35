#include "SmartLockImporter.h"

#include "LockRepository.h"
#include "LockValidator.h"
#include "NetCodeApi.h"
#include "SecretStore.h"
#include "StoredText.h"

#include <QTimer>
#include <QUuid>

SmartLockImporter::SmartLockImporter(NetCodeApi& api, LockRepository& locks, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_locks(locks)
    , m_secrets(secrets)
{
}

void SmartLockImporter::import(const QString& accessKey)
{
    const QString problem = LockValidator::checkAccessKey(accessKey);
    if (!problem.isEmpty()) {
        SmartLockImportResult result;
        result.errorText = problem;
        QTimer::singleShot(0, this, [this, result] { emit finished(result); });
        return;
    }
    m_api.fetchSmartLocks(accessKey.trimmed(), this, [this, key = accessKey.trimmed()](const SmartLocksResult& fetched) {
        if (fetched.error != ApiError::None) {
            SmartLockImportResult result;
            result.errorText = fetched.errorText;
            emit finished(result);
            return;
        }
        const QString reference = QStringLiteral("k3-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_secrets.write(SecretStore::accessKeyName(reference), key, this,
                        [this, locks = fetched.locks, reference](bool, const QString& note) {
                            SmartLockImportResult result = store(locks, reference);
                            if (!note.isEmpty() && result.ok)
                                result.errorText = note; // kept for this session only: say so
                            emit finished(result);
                        });
    });
}

SmartLockImportResult SmartLockImporter::store(const QList<SmartLockInfo>& found, const QString& accessKeyRef)
{
    SmartLockImportResult result;
    result.ok = true;
    for (const SmartLockInfo& info : found) {
        const QTimeZone zone(info.timeZone.toUtf8());
        Lock lock;
        const bool known = m_locks.findBySmartLockId(info.lockId, &lock);
        if (!known) {
            lock.model = LockModelId::K3Connect;
            lock.smartLockId = info.lockId;
            lock.group = info.location.isEmpty() ? tr("K3 Connect") : info.location;
            // A name the desk already uses for another lock gets a number, never a duplicate.
            const QString named = StoredText::trimmed(info.name); // as the store keeps it
            const QString base = named.isEmpty() ? tr("Smart lock %1").arg(info.lockId.left(6)) : named;
            QString name = base;
            Lock other;
            for (int n = 2; m_locks.findByName(name, &other); ++n)
                name = QStringLiteral("%1 (%2)").arg(base).arg(n);
            lock.name = name;
        }
        lock.timeZoneId = zone.isValid() ? QString::fromUtf8(zone.id()) : QString::fromUtf8(m_fallbackZone.id());
        lock.clockFollowsDst = info.followsDst();
        lock.accessKeyRef = accessKeyRef;
        if (known ? m_locks.update(lock) : m_locks.insert(&lock)) {
            ++(known ? result.updated : result.added);
        } else {
            result.ok = false;
            result.errorText = m_locks.errorText();
        }
    }
    return result;
}
