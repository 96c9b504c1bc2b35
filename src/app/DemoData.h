#pragma once

#include <QList>

#include "Lock.h"
#include "SimulatorRoutes.h"

class LockRepository;
class SecretStore;

// Sample locks for demo mode, seeded once into an empty database.
class DemoData {
public:
    // Sample locks sit in the desk's own zone, as a site's locks usually do.
    static QList<Lock> sampleLocks(const QString& zoneId);
    // The built-in simulator's K3 Connect account.
    static QString sampleAccessKey() { return SimulatorRoutes::demoAccessKey(); }
    // Adds the sample locks when there are no locks at all; returns how many were added.
    static int seedLocks(LockRepository& locks, const QString& zoneId);
    // The demo smart lock's access key lives in the secret store like a real one.
    static void seedSecrets(SecretStore& secrets, QObject* context);
};
