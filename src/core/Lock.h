#pragma once

#include "ClockFrame.h"
#include "LockModel.h"
#include "NetCodeMode.h"

#include <QDateTime>
#include <QString>

// A lock the desk issues codes for. KitLocks are identified by their initialisation timecode and
// 6-digit lock id; smart locks by a 32-hex lock id and their account's access key, which lives
// in the secret store and is referred to here by name only.
struct Lock {
    qint64 id = 0; // database row id; 0 until saved
    QString name;
    QString group; // site / floor / bank of lockers
    LockModelId model = LockModelId::KL1060G3;
    QString timecode;     // KitLock: yyyyMMddHHmm
    QString lockNumber;   // KitLock: 6 digits, 100000-999999
    QString smartLockId;  // smart lock: 32 hex characters
    QString accessKeyRef; // smart lock: name of the access key in the secret store
    NetCodeMode configuredMode = NetCodeMode::Standard;
    QString timeZoneId = QStringLiteral("Europe/London");
    bool clockFollowsDst = false;
    bool favourite = false;
    QDateTime lastUsedUtc;

    bool isSmartLock() const { return LockModelCatalogue::info(model).smartLock; }
    // The `{id}` path segment of the NetCode call.
    QString pathId() const { return isSmartLock() ? smartLockId.toLower() : timecode; }
    ClockFrame clockFrame() const;
    // "KL1060G3 · Standard"
    QString summary() const;
};
