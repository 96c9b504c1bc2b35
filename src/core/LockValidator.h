#pragma once

#include "Lock.h"

#include <QList>
#include <QString>
#include <QStringList>

enum class LockField { Name, Group, Timecode, LockNumber, SmartLockId, AccessKey, TimeZone };

struct LockFieldError {
    LockField field;
    QString message; // says which field and why, in words a receptionist understands
};

// Checks every lock field. Each single-field check returns an empty string when the value is fine,
// so dialogs can validate inline as the user types.
class LockValidator {
public:
    static QString checkName(const QString& name, const QStringList& otherNames);
    static QString checkGroup(const QString& group);
    static QString checkTimecode(const QString& timecode);
    static QString checkLockNumber(const QString& number);
    static QString checkSmartLockId(const QString& id);
    // The access key itself (typed in the dialog), not the reference stored with the lock.
    static QString checkAccessKey(const QString& accessKey);
    static QString checkTimeZone(const QString& zoneId);

    // Whole-lock check. `accessKey` is the key typed in (or already stored) for smart locks.
    static QList<LockFieldError> validate(const Lock& lock, const QStringList& otherNames,
                                          const QString& accessKey);
};
