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
        {"api/host", QStringLiteral("https://api-connect.codelocks.io")},
        {"api/netCodePrefix", QStringLiteral("n/3")},
        {"api/utilityPrefix", QStringLiteral("u/1")},
        {"api/timeoutSecs", 20},
        {"api/monthlyQuota", 0},
        {"history/retentionDays", 0},
        {"slip/propertyName", QString()},
        {"slip/helpPhone", QString()},
        {"slip/layout", QStringLiteral("a4")},
        {"desk/readBackCheck", false},
        {"desk/firstRunDone", false},
        {"desk/language", QString()},
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

ApiEndpoint AppSettings::endpoint() const
{
    ApiEndpoint endpoint;
    endpoint.host = QUrl(value("api/host").toString().trimmed());
    endpoint.netCodePrefix = value("api/netCodePrefix").toString();
    endpoint.utilityPrefix = value("api/utilityPrefix").toString();
    return endpoint;
}

void AppSettings::setEndpoint(const ApiEndpoint& endpoint)
{
    setValue("api/host", endpoint.host.toString());
    setValue("api/netCodePrefix", endpoint.netCodePrefix);
    setValue("api/utilityPrefix", endpoint.utilityPrefix);
}

int AppSettings::monthlyQuota() const
{
    return qMax(0, value("api/monthlyQuota").toInt());
}

void AppSettings::setMonthlyQuota(int requests)
{
    setValue("api/monthlyQuota", qMax(0, requests));
}

int AppSettings::historyRetentionDays() const
{
    return qMax(0, value("history/retentionDays").toInt());
}

void AppSettings::setHistoryRetentionDays(int days)
{
    setValue("history/retentionDays", qMax(0, days));
}

int AppSettings::requestTimeoutSecs() const
{
    return qBound(3, value("api/timeoutSecs").toInt(), 120);
}

void AppSettings::setRequestTimeoutSecs(int secs)
{
    setValue("api/timeoutSecs", secs);
}

QString AppSettings::propertyName() const
{
    return value("slip/propertyName").toString();
}

void AppSettings::setPropertyName(const QString& name)
{
    setValue("slip/propertyName", name.trimmed());
}

QString AppSettings::slipLayout() const
{
    return value("slip/layout").toString();
}

void AppSettings::setSlipLayout(const QString& layout)
{
    setValue("slip/layout", layout);
}

bool AppSettings::readBackCheck() const
{
    return value("desk/readBackCheck").toBool();
}

void AppSettings::setReadBackCheck(bool on)
{
    setValue("desk/readBackCheck", on);
}

QString AppSettings::uiLanguage() const
{
    return value("desk/language").toString();
}

void AppSettings::setUiLanguage(const QString& code)
{
    setValue("desk/language", code);
}

bool AppSettings::firstRunDone() const
{
    return value("desk/firstRunDone").toBool();
}

void AppSettings::setFirstRunDone()
{
    setValue("desk/firstRunDone", true);
}

QString AppSettings::helpPhone() const
{
    return value("slip/helpPhone").toString();
}

void AppSettings::setHelpPhone(const QString& phone)
{
    setValue("slip/helpPhone", phone.trimmed());
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
