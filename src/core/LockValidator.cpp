#include "LockValidator.h"

#include "WallTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace {
bool allDigits(const QString& text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool allHex(const QString& text)
{
    for (QChar c : text) {
        const char a = c.toLower().toLatin1();
        if (!((a >= '0' && a <= '9') || (a >= 'a' && a <= 'f')))
            return false;
    }
    return true;
}

constexpr int kMaxNameLength = 60;
} // namespace

QString LockValidator::checkName(const QString& name, const QStringList& otherNames)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("LockValidator", "Give the lock a name, for example the room or locker number.");
    if (trimmed.size() > kMaxNameLength)
        return QCoreApplication::translate("LockValidator", "The name is too long: at most %1 characters.").arg(kMaxNameLength);
    for (const QString& other : otherNames) {
        if (other.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("LockValidator", "Another lock is already called \"%1\". Choose a different name.").arg(trimmed);
    }
    return {};
}

QString LockValidator::checkGroup(const QString& group)
{
    if (group.trimmed().size() > kMaxNameLength)
        return QCoreApplication::translate("LockValidator", "The group name is too long: at most %1 characters.").arg(kMaxNameLength);
    return {};
}

QString LockValidator::checkTimecode(const QString& timecode)
{
    const QString value = timecode.trimmed();
    if (value.isEmpty())
        return QCoreApplication::translate("LockValidator", "Enter the lock's timecode: the 12 digits of the date and time it was set up "
                  "(year, month, day, hour, minute), for example 202604221226.");
    if (!allDigits(value))
        return QCoreApplication::translate("LockValidator", "The timecode may contain digits only, for example 202604221226.");
    if (value.size() != 12)
        return QCoreApplication::translate("LockValidator", "The timecode has %1 digits; it needs exactly 12 (year, month, day, hour, minute), "
                  "for example 202604221226.")
            .arg(value.size());
    const QDateTime parsed = WallTime::parseReading(value, QStringLiteral("yyyyMMddHHmm"));
    if (!parsed.isValid() || parsed.date().year() < 2000)
        return QCoreApplication::translate("LockValidator", "The timecode %1 is not a real date and time. Read it again from the lock's set-up "
                  "record: year, month, day, hour, minute.")
            .arg(value);
    return {};
}

QString LockValidator::checkLockNumber(const QString& number)
{
    const QString value = number.trimmed();
    if (value.isEmpty())
        return QCoreApplication::translate("LockValidator", "Enter the lock id: the 6 digits from the lock's set-up record.");
    if (!allDigits(value))
        return QCoreApplication::translate("LockValidator", "The lock id may contain digits only.");
    if (value.size() != 6)
        return QCoreApplication::translate("LockValidator", "The lock id has %1 digits; it needs exactly 6.").arg(value.size());
    if (value.startsWith(QLatin1Char('0')))
        return QCoreApplication::translate("LockValidator", "The lock id cannot start with 0; lock ids run from 100000 to 999999.");
    return {};
}

QString LockValidator::checkSmartLockId(const QString& id)
{
    const QString value = id.trimmed();
    if (value.isEmpty())
        return QCoreApplication::translate("LockValidator", "Enter the smart lock's id: 32 characters (digits and letters a to f) from the "
                  "K3 Connect lock list.");
    if (!allHex(value))
        return QCoreApplication::translate("LockValidator", "The smart-lock id may contain only digits and the letters a to f.");
    if (value.size() != 32)
        return QCoreApplication::translate("LockValidator", "The smart-lock id has %1 characters; it needs exactly 32.").arg(value.size());
    return {};
}

QString LockValidator::checkAccessKey(const QString& accessKey)
{
    const QString value = accessKey.trimmed();
    if (value.isEmpty())
        return QCoreApplication::translate("LockValidator", "Enter the access key from the K3 Connect app (letters and digits).");
    for (QChar c : value) {
        if (!(c.isDigit() || (c.toLatin1() >= 'a' && c.toLatin1() <= 'z')
              || (c.toLatin1() >= 'A' && c.toLatin1() <= 'Z')))
            return QCoreApplication::translate("LockValidator", "The access key may contain only letters and digits, exactly as the K3 Connect "
                      "app shows it (capitals matter).");
    }
    return {};
}

QString LockValidator::checkTimeZone(const QString& zoneId)
{
    if (zoneId.trimmed().isEmpty())
        return QCoreApplication::translate("LockValidator", "Choose the time zone the lock is in.");
    if (!QTimeZone(zoneId.trimmed().toUtf8()).isValid())
        return QCoreApplication::translate("LockValidator", "\"%1\" is not a known time zone. Choose one from the list, for example Europe/London.")
            .arg(zoneId);
    return {};
}

QList<LockFieldError> LockValidator::validate(const Lock& lock, const QStringList& otherNames,
                                              const QString& accessKey)
{
    QList<LockFieldError> errors;
    auto add = [&errors](LockField field, const QString& message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    add(LockField::Name, checkName(lock.name, otherNames));
    add(LockField::Group, checkGroup(lock.group));
    if (lock.isSmartLock()) {
        add(LockField::SmartLockId, checkSmartLockId(lock.smartLockId));
        add(LockField::AccessKey, checkAccessKey(accessKey));
    } else {
        add(LockField::Timecode, checkTimecode(lock.timecode));
        add(LockField::LockNumber, checkLockNumber(lock.lockNumber));
    }
    add(LockField::TimeZone, checkTimeZone(lock.timeZoneId));
    return errors;
}
