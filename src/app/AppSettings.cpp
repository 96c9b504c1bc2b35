#include "AppSettings.h"

#include "StoreAddress.h"

#include <QDir>
#include <QStandardPaths>

namespace {
struct Default {
    const char* key;
    QVariant value;
};

const QList<Default>& defaults()
{
    static const QList<Default> table = {
        {"api/timeoutSecs", 20},
        {"desk/firstRunDone", false},
        {"desk/language", QString()},
        {"desk/mailAttachSlip", true},
        {"desk/operatorName", QString()},
        {"desk/timeZone", QString()},
        {"store/address", QString()},
    };
    return table;
}
} // namespace

AppSettings::AppSettings(const QString& filePath)
    : m_settings(filePath, QSettings::IniFormat)
{
}

QString AppSettings::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("netcode-desk.ini"));
}

QVariant AppSettings::value(const char* key) const
{
    for (const auto& entry : defaults()) {
        if (qstrcmp(entry.key, key) == 0)
            return m_settings.value(QLatin1String(key), entry.value);
    }
    Q_ASSERT_X(false, "AppSettings", "setting without a default");
    return {};
}

void AppSettings::setValue(const char* key, const QVariant& value)
{
    m_settings.setValue(QLatin1String(key), value);
}

QVariant AppSettings::siteCopy(const QString& key, const QVariant& fallback) const
{
    return m_settings.value(key, fallback);
}

void AppSettings::setSiteCopy(const QString& key, const QVariant& value)
{
    m_settings.setValue(key, value);
}

int AppSettings::requestTimeoutSecs() const
{
    return qBound(3, value("api/timeoutSecs").toInt(), 120);
}

void AppSettings::setRequestTimeoutSecs(int secs)
{
    setValue("api/timeoutSecs", secs);
}

QString AppSettings::uiLanguage() const
{
    return value("desk/language").toString();
}

void AppSettings::setUiLanguage(const QString& code)
{
    setValue("desk/language", code);
}

bool AppSettings::mailAttachSlip() const
{
    return value("desk/mailAttachSlip").toBool();
}

void AppSettings::setMailAttachSlip(bool attach)
{
    setValue("desk/mailAttachSlip", attach);
}

bool AppSettings::firstRunDone() const
{
    return value("desk/firstRunDone").toBool();
}

void AppSettings::setFirstRunDone()
{
    setValue("desk/firstRunDone", true);
}

QString AppSettings::operatorName() const
{
    const QString configured = value("desk/operatorName").toString();
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user;
}

void AppSettings::setOperatorName(const QString& name)
{
    setValue("desk/operatorName", name.trimmed());
}

QString AppSettings::storeAddress() const
{
    return value("store/address").toString();
}

void AppSettings::setStoreAddress(const QString& address)
{
    // Never a password: a URL that carries one is saved without it (the keychain keeps it).
    StoreAddress parsed;
    QString ignored;
    const QString trimmed = address.trimmed();
    setValue("store/address", StoreAddress::isShared(trimmed) && StoreAddress::parse(trimmed, &parsed, &ignored)
                                  ? parsed.display()
                                  : trimmed);
}

QString AppSettings::deskTimeZoneOverride() const
{
    return value("desk/timeZone").toString();
}

void AppSettings::setDeskTimeZoneOverride(const QString& zoneId)
{
    setValue("desk/timeZone", zoneId.trimmed());
}

QTimeZone AppSettings::deskZone() const
{
    const QTimeZone configured(deskTimeZoneOverride().toUtf8());
    return configured.isValid() ? configured : QTimeZone::systemTimeZone();
}
