#include "DemoData.h"

#include "LockRepository.h"
#include "SecretStore.h"

QList<Lock> DemoData::sampleLocks(const QString& zoneId)
{
    Lock room;
    room.name = QStringLiteral("Room 101");
    room.group = QStringLiteral("First floor");
    room.model = LockModelId::KL1060G3;
    room.timecode = QStringLiteral("202604221226");
    room.lockNumber = QStringLiteral("921239");
    room.timeZoneId = zoneId;
    room.clockFollowsDst = false;

    Lock locker;
    locker.name = QStringLiteral("Locker A-12");
    locker.group = QStringLiteral("Luggage lockers");
    locker.model = LockModelId::KL1060C2;
    locker.timecode = QStringLiteral("202503011015");
    locker.lockNumber = QStringLiteral("480517");
    locker.timeZoneId = zoneId;
    locker.clockFollowsDst = false;
    locker.configuredMode = NetCodeMode::MediumTermRental;

    Lock unit;
    unit.name = QStringLiteral("Storage unit 14");
    unit.group = QStringLiteral("Self storage");
    unit.model = LockModelId::KL1060G3;
    unit.timecode = QStringLiteral("202601150900");
    unit.lockNumber = QStringLiteral("733104");
    unit.timeZoneId = zoneId;
    unit.clockFollowsDst = false;
    unit.configuredMode = NetCodeMode::LongTermRental;

    Lock gate;
    gate.name = QStringLiteral("Unit 7 gate");
    gate.group = QStringLiteral("Self storage");
    gate.model = LockModelId::K3Connect;
    gate.smartLockId = QStringLiteral("3f2a9c0d4b6e8f1a2c3d4e5f60718293");
    gate.accessKeyRef = QStringLiteral("demo-account");
    gate.timeZoneId = zoneId;
    gate.clockFollowsDst = true;
    return {room, locker, unit, gate};
}

int DemoData::seedLocks(LockRepository& locks, const QString& zoneId)
{
    if (!locks.isEmpty()) // not a count: a site's ten thousand locks are not walked at start
        return 0;
    int added = 0;
    for (Lock lock : sampleLocks(zoneId)) {
        if (locks.insert(&lock))
            ++added;
    }
    return added;
}

void DemoData::seedSecrets(SecretStore& secrets, QObject* context)
{
    secrets.write(SecretStore::accessKeyName(QStringLiteral("demo-account")), sampleAccessKey(), context,
                  [](bool, const QString&) {});
}
