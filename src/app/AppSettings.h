#pragma once

#include "ApiEndpoint.h"

#include <QSettings>
#include <QString>
#include <QTimeZone>
#include <QVariant>

// One typed facade over the settings file (INI format). Defaults live in one table in the .cpp.
// Secrets never pass through here: they belong to the SecretStore.
class AppSettings final {
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    explicit AppSettings(const QString& filePath);

    ApiEndpoint endpoint() const;
    void setEndpoint(const ApiEndpoint& endpoint);
    // The plan's monthly NetCode quota (0: not set); requests are counted against it.
    int monthlyQuota() const;
    void setMonthlyQuota(int requests);
    int requestTimeoutSecs() const;
    // Delete codes older than this many days (0: keep everything — the default).
    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);
    void setRequestTimeoutSecs(int secs);

    QString propertyName() const;
    void setPropertyName(const QString& name);
    QString slipLayout() const; // "a4", "letter" or "receipt-80mm"
    void setSlipLayout(const QString& layout);
    // Demand that the receptionist retypes the code before a slip is printed or a message copied.
    bool readBackCheck() const;
    void setReadBackCheck(bool on);
    QString uiLanguage() const; // "" follows the computer
    void setUiLanguage(const QString& code);
    bool firstRunDone() const;
    void setFirstRunDone();
    QString helpPhone() const;
    void setHelpPhone(const QString& phone);
    QString operatorName() const; // "issued by" on history and slips
    void setOperatorName(const QString& name);

    // Where this desk's data lives when --database and NETCODE_DESK_DATABASE say nothing: empty for
    // the file in the data folder, or a shared store's URL (saved without any password).
    QString storeAddress() const;
    void setStoreAddress(const QString& address);

    // Empty: the computer's own zone.
    QString deskTimeZoneOverride() const;
    void setDeskTimeZoneOverride(const QString& zoneId);
    QTimeZone deskZone() const;

    void sync() { m_settings.sync(); }
    QString filePath() const { return m_settings.fileName(); }
    static QString defaultPath();

private:
    QVariant value(const char* key) const;
    void setValue(const char* key, const QVariant& value);

    mutable QSettings m_settings;
};
