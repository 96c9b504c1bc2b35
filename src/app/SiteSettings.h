#pragma once

#include "ApiEndpoint.h"
#include "MailServer.h"
#include "SiteSettingsRepository.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

class AppSettings;
class Clock;

// What every desk on one store must agree on — the API endpoint and plan's quota, history retention,
// the guest slip's property name, help phone, paper and the read-back check, and the fingerprint of
// the site's API key — read from the store's `site_settings` table. What belongs to one computer
// (language, desk time zone, "issued by" until staff sign in) stays in AppSettings.
//
// Values are read once and kept in memory (getters never touch the store: it may be across the
// network); reload() re-reads them when another desk may have changed them, and changed() tells
// everything on screen to use the new values at once. This computer's settings file keeps a copy of
// the last values it knew, which is what it brings to a store that has none yet.
class SiteSettings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteSettings)

public:
    // Keys in the store (and, for the first desk, in its settings file).
    static const QString kApiKeyFingerprint;

    struct Values {
        ApiEndpoint endpoint;
        int monthlyQuota = 0;         // 0: not set
        int historyRetentionDays = 0; // 0: keep everything
        QString propertyName;
        QString helpPhone;
        QString slipLayout;           // "a4", "letter" or "receipt-80mm"
        bool readBackCheck = false;
    };

    SiteSettings(QSqlDatabase db, AppSettings& local, const Clock& clock, QObject* parent = nullptr);

    // Reads the store. A store without site settings (a new one, or one from before they were shared)
    // gets this computer's values, once, recorded as written by `editor`; a store that has them is
    // followed, and this computer's differing values are only logged. When the store refuses the
    // writing, this desk uses its own values for the missing keys (logged) and still starts.
    bool load(const QString& editor, QString* error);
    // Re-reads the store (another desk may have saved); emits changed() when anything differs.
    // False when the store could not be read: the values in memory stay as they were.
    bool reload();
    // Keys this computer wrote when it loaded the store (empty when it adopted the store's values).
    QStringList seededKeys() const { return m_seeded; }

    Values values() const;
    // Writes every value in one transaction as changed by `editor`; emits changed() at once.
    bool save(const Values& values, const QString& editor, QString* error = nullptr);

    ApiEndpoint endpoint() const;
    int monthlyQuota() const;
    int historyRetentionDays() const;
    QString propertyName() const;
    QString helpPhone() const;
    QString slipLayout() const;
    bool readBackCheck() const;
    bool setHistoryRetentionDays(int days, const QString& editor);
    bool setMonthlyQuota(int requests, const QString& editor);

    // The site's mail server for emailing codes to guests (not configured: the desk uses mailto:).
    // The password is not a setting: it is in the keychain (GuestMailService::passwordKey()).
    MailServer mailServer() const;
    bool setMailServer(const MailServer& server, const QString& editor, QString* error = nullptr);

    // The fingerprint of the API key the site uses (empty: none recorded, e.g. demo only so far),
    // and who saved it when.
    SiteSetting apiKeyRecord() const { return m_values.value(kApiKeyFingerprint); }
    bool setApiKeyFingerprint(const QString& fingerprint, const QString& editor, QString* error = nullptr);
    // Records the fingerprint only if the store has none yet (the first live desk on a store).
    bool seedApiKeyFingerprint(const QString& fingerprint, const QString& editor);

    // The most recent change to any site setting (who and when); empty when none was recorded.
    SiteSetting lastChange() const;

    QString lastError() const { return m_repository.lastError(); }

signals:
    void changed();

private:
    QString text(const QString& key) const;
    bool write(const QList<QPair<QString, QString>>& values, const QString& editor, QString* error);
    void mirrorToLocal();

    SiteSettingsRepository m_repository;
    AppSettings& m_local;
    const Clock& m_clock;
    QHash<QString, SiteSetting> m_values;
    // This computer's own values, used for any key the store lacks and this desk may not write
    // (a desk login without the right to change site settings, on a store nobody has set up yet).
    QHash<QString, QString> m_ownValues;
    QStringList m_seeded;
};
