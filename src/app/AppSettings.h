#pragma once

#include <QSettings>
#include <QString>
#include <QTimeZone>
#include <QVariant>

// What belongs to this computer, in its settings file (INI format): language, desk time zone,
// "issued by", the request timeout, the first-run flag. Defaults live in one table in the .cpp.
// What the whole site shares (endpoint, quota, retention, slip) is SiteSettings, in the store; this
// file only keeps a copy of the site's values as this computer last knew them, which is what it
// brings to a store that has none yet.
// Secrets never pass through here: they belong to the SecretStore.
class AppSettings final {
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    explicit AppSettings(const QString& filePath);

    // This computer's network decides how long to wait for the service.
    int requestTimeoutSecs() const;
    void setRequestTimeoutSecs(int secs);

    QString uiLanguage() const; // "" follows the computer
    void setUiLanguage(const QString& code);
    bool firstRunDone() const;
    void setFirstRunDone();
    QString operatorName() const; // "issued by" on history and slips
    void setOperatorName(const QString& name);
    // Email…: whether the slip went with the last email from this desk (the next one starts so).
    bool mailAttachSlip() const;
    void setMailAttachSlip(bool attach);

    // Where this desk's data lives when --database and NETCODE_DESK_DATABASE say nothing: empty for
    // the file in the data folder, or a shared store's URL (saved without any password).
    QString storeAddress() const;
    void setStoreAddress(const QString& address);

    // Empty: the computer's own zone.
    QString deskTimeZoneOverride() const;
    void setDeskTimeZoneOverride(const QString& zoneId);
    QTimeZone deskZone() const;

    // The copy of a site setting (SiteSettings) kept in this file, under its old key.
    QVariant siteCopy(const QString& key, const QVariant& fallback) const;
    void setSiteCopy(const QString& key, const QVariant& value);

    void sync() { m_settings.sync(); }
    QString filePath() const { return m_settings.fileName(); }
    static QString defaultPath();

private:
    QVariant value(const char* key) const;
    void setValue(const char* key, const QVariant& value);

    mutable QSettings m_settings;
};
