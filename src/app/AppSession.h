#pragma once

#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "SiteSettings.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimeZone>
#include <memory>

class ChangeListener;
class CodelocksClient;
class CodelocksSimulator;
class DurationCatalogueRepository;
class DurationCatalogueService;
class RequestLedger;
class RequestLog;
class SmartLockImporter;
class IssueService;
class SecretStore;
class QSqlError;
class QTimer;
class AuditLog;
class LockAdmin;
class SignIn;
class StaffAdmin;
class StaffRepository;
class GuestMailService;

// Everything one running desk needs, wired together: database, settings, secrets, the API client
// (pointed at the built-in simulator in demo mode) and the issuing service. Built by main() and by
// GUI tests alike, so tests exercise the real wiring.
class AppSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSession)

public:
    struct Options {
        QString databasePath;  // a file, or a shared store's postgresql:// URL
        QString storePassword; // the shared store login's password (keychain); empty: libpq's own sources
        QString settingsPath;
        QString apiKey;        // empty: demo mode
        bool forceDemo = false;
        QUrl apiUrl;           // overrides the settings' API host for this session only (not saved)
        SecretStore* secrets = nullptr; // not owned
        const Clock* clock = nullptr;   // not owned; the system clock when null
    };

    explicit AppSession(QObject* parent = nullptr);
    ~AppSession() override;

    bool start(const Options& options, QString* error);

    bool isDemo() const { return m_demo; }
    QString connectionDescription() const;
    QTimeZone deskZone() const { return m_settings->deskZone(); }

    Database& database() { return m_database; }
    AppSettings& settings() { return *m_settings; }     // this computer's
    SiteSettings& site() { return *m_site; }            // the whole site's, in the store
    const SiteSettings& site() const { return *m_site; }
    LockRepository& locks() { return *m_locks; }
    HistoryRepository& history() { return *m_history; }
    SecretStore& secrets() { return *m_secrets; }
    const Clock& clock() const { return *m_clock; }
    CodelocksClient& client() { return *m_client; }
    IssueService& issuer() { return *m_issuer; }
    DurationCatalogueService& durations() { return *m_durations; }
    RequestLog& requestLog() { return *m_requestLog; }
    RequestLedger& ledger() { return *m_ledger; }
    SmartLockImporter& smartLockImporter() { return *m_importer; }
    // People: who is signed in and what they may do; staff and lock changes as manager actions.
    SignIn& signIn() { return *m_signIn; }
    StaffRepository& staff() { return *m_staff; }
    StaffAdmin& staffAdmin() { return *m_staffAdmin; }
    LockAdmin& lockAdmin() { return *m_lockAdmin; }
    // Emailing codes to guests through the site's mail server (attempts recorded on the rows).
    GuestMailService& mail() { return *m_mail; }
    AuditLog& auditLog() { return *m_auditLog; }
    // NetCode requests sent to the real service this month, and the plan's quota (0: not set).
    int netCodeRequestsThisMonth() const;
    int monthlyQuota() const { return m_site->monthlyQuota(); }
    CodelocksSimulator* simulator() { return m_simulator; } // demo mode only

    // Applies a new API key and endpoint: live mode with a key, demo mode without.
    bool reconfigure(const QString& apiKey, QString* error);

    // Who changes site settings from this desk (written as their updated_by).
    // Who changes site settings from this desk: the person signed in, else the typed "issued by".
    QString editorName() const;
    // Re-reads what belongs to this computer (issued by, desk time zone) after Settings saved it.
    void applyDeskSettings();

    // This desk's API key against the fingerprint the site recorded. Demo mode never differs.
    struct ApiKeyCheck {
        bool differs = false;
        QString savedBy;
        QDateTime savedAtUtc;
    };
    ApiKeyCheck apiKeyCheck() const;
    // The warning to show while the keys differ; empty when they agree.
    QString apiKeyWarning() const;
    // A manager saved `apiKey` on this desk: the site's fingerprint follows it (the key itself stays
    // in this computer's keychain).
    bool recordApiKey(const QString& apiKey, QString* error);

    // What happened while opening the database that the user must be told (restore, recovery).
    QStringList startupNotices() const { return m_notices; }
    // Checks the database and writes the daily backup (or one now) on a worker thread;
    // maintenanceFinished reports the result.
    void startMaintenance(bool backupNow);
    bool isMaintenanceRunning() const { return m_maintenanceRunning; }
    // The retention policy: how many codes it would delete now, and deleting them.
    QDateTime retentionCutoff() const;
    int retentionDue() const;
    int applyRetention();

    // The shared store: whether this desk can reach it now (always true for a file of its own),
    // and which server and database it is ("host/database").
    bool isStoreReachable() const { return m_storeReachable; }
    QString storeDescription() const;
    // A statement on the desk's connection failed: if the shared store's server went away, the
    // desk says so at once and reconnects as soon as the server answers again.
    void noteStoreError(const QSqlError& error);
    ChangeListener* changeListener() { return m_listener; } // the shared store only

signals:
    void maintenanceFinished(bool integrityOk, const QString& detail, const QString& backupWritten,
                             const QString& backupError);

    void modeChanged(bool demo);
    void requestCounted();
    // The site's settings changed (here, or at another desk and re-read by site().reload()).
    void siteSettingsChanged();
    // Another process or desk wrote to the database (a code issued, a request in doubt, a lock).
    void changedElsewhere();
    // The shared store: another desk (or this one) changed locks, site settings or staff.
    void locksChanged();
    void staffChanged();
    // The shared store went away (false) or is back (true, after this desk reconnected; the change
    // signals above then follow, so what was missed meanwhile is shown).
    void storeReachableChanged(bool reachable);

private:
    bool startDemo(QString* error);
    ApiEndpoint liveEndpoint() const;
    void watchSharedStore();
    void onStoreChanged(const QString& table);
    void flushStoreChanges();
    void setStoreReachable(bool reachable);
    void reconnectStore();

    Database m_database;
    std::unique_ptr<AppSettings> m_settings;
    SiteSettings* m_site = nullptr;
    QString m_keyFingerprint; // of the live key in use; empty in demo mode
    std::unique_ptr<LockRepository> m_locks;
    std::unique_ptr<HistoryRepository> m_history;
    std::unique_ptr<DurationCatalogueRepository> m_catalogueCache;
    std::unique_ptr<RequestLog> m_requestLog;
    std::unique_ptr<RequestLedger> m_ledger;
    std::unique_ptr<StaffRepository> m_staff;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<StaffAdmin> m_staffAdmin;
    std::unique_ptr<LockAdmin> m_lockAdmin;
    GuestMailService* m_mail = nullptr;
    SignIn* m_signIn = nullptr;
    SecretStore* m_secrets = nullptr;
    Clock m_systemClock;
    const Clock* m_clock = &m_systemClock;
    CodelocksClient* m_client = nullptr;
    CodelocksSimulator* m_simulator = nullptr;
    IssueService* m_issuer = nullptr;
    DurationCatalogueService* m_durations = nullptr;
    SmartLockImporter* m_importer = nullptr;
    QString m_demoKey;
    QUrl m_apiUrlOverride;
    QStringList m_notices;
    bool m_maintenanceRunning = false;
    bool m_backupPending = false; // asked for while a check was running: done right after it
    QPointer<QThread> m_worker;
    bool m_demo = true;
    QTimer* m_changeWatch = nullptr;
    qint64 m_dataVersion = -1;
    ChangeListener* m_listener = nullptr;
    QTimer* m_changeFlush = nullptr;     // a burst of notifications becomes one refresh
    QStringList m_pendingChanges;
    QTimer* m_reconnectRetry = nullptr;
    bool m_storeReachable = true;
};
