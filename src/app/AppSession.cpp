#include "AppSession.h"

#include "ApiKeyFingerprint.h"
#include "ChangeListener.h"
#include "CodelocksClient.h"
#include "CodelocksSimulator.h"
#include "DemoData.h"
#include "DurationCatalogueRepository.h"
#include "DurationCatalogueService.h"
#include "GuestMailService.h"
#include "IssueService.h"
#include "DatabaseBackup.h"
#include "RequestLedger.h"
#include "RequestLog.h"
#include "SmartLockImporter.h"
#include "SecretStore.h"
#include "AuditLog.h"
#include "LockAdmin.h"
#include "SignIn.h"
#include "StaffAdmin.h"
#include "StaffRepository.h"
#include "TimeText.h"
#include "StorageErrorText.h"
#include "StoreAddress.h"
#include "StartupTrace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <utility>

AppSession::AppSession(QObject* parent)
    : QObject(parent)
{
}

AppSession::~AppSession()
{
    // A backup still being written finishes before the database goes away.
    if (m_worker)
        m_worker->wait();
    // The services made as children (site settings, sign-in, the change listener, ...) hold the
    // database's connection: they go first, while the database is still there, not after it as
    // QObject's own clean-up would have them.
    // (The maintenance thread, finished by now, has a connection of its own: it goes with QObject.)
    const QObjectList children = this->children();
    for (QObject* child : children) {
        if (!qobject_cast<QThread*>(child))
            delete child;
    }
}

bool AppSession::start(const Options& options, QString* error)
{
    Q_ASSERT(options.secrets);
    m_secrets = options.secrets;
    m_apiUrlOverride = options.apiUrl;
    if (options.clock)
        m_clock = options.clock;
    m_settings = std::make_unique<AppSettings>(options.settingsPath.isEmpty() ? AppSettings::defaultPath()
                                                                              : options.settingsPath);
    const QString path = options.databasePath.isEmpty() ? Database::defaultPath() : options.databasePath;
    // A staged restore is put in place, and a damaged file replaced by its newest good backup, only
    // while no other process has the database open; the database says what it did.
    Database::StartOptions start;
    start.applyStagedRestore = true;
    start.recoverFromBackup = true;
    start.nowUtc = m_clock->nowUtc();
    start.zone = m_settings->deskZone();
    start.password = options.storePassword;
    const bool opened = m_database.open(path, start);
    StartupTrace::mark("session: database opened and migrated");
    m_notices << m_database.notices();
    if (!opened) {
        *error = (m_database.notices() << m_database.errorText()).join(QLatin1Char('\n'));
        return false;
    }
    m_site = new SiteSettings(m_database.connection(), *m_settings, *m_clock, this);
    if (!m_site->load(editorName(), error))
        return false;
    connect(m_site, &SiteSettings::changed, this, [this] {
        // Another desk may have moved the endpoint: a live desk follows it at once.
        if (!m_demo && m_client) {
            m_client->setEndpoint(liveEndpoint());
            const ApiEndpoint& endpoint = m_client->endpoint();
            m_durations->setSource(endpoint.host.toString() + QLatin1Char('/') + endpoint.utilityPrefix);
        }
        emit siteSettingsChanged();
    });
    StartupTrace::mark("session: site settings loaded");
    m_locks = std::make_unique<LockRepository>(m_database.connection());
    m_history = std::make_unique<HistoryRepository>(m_database.connection());
    m_requestLog = std::make_unique<RequestLog>(m_database.connection());
    m_ledger = std::make_unique<RequestLedger>(m_database.connection());
    // Claims left by a process that died are in doubt: say so from the start.
    m_ledger->reapAbandoned(m_clock->nowUtc());
    StartupTrace::mark("session: abandoned claims reaped");
    m_client = new CodelocksClient(this);
    connect(m_client, &CodelocksClient::requestSent, this, [this](const QString& kind, int status, ApiError error) {
        // NetCode requests are counted by the ledger (a claim is written before the request goes
        // out, so even a crash right after sending is counted); the log keeps the utility calls.
        if (kind != QLatin1String("netcode"))
            m_requestLog->add(m_clock->nowUtc(), kind, status, ApiErrors::name(error), m_demo);
        emit requestCounted();
    });
    m_catalogueCache = std::make_unique<DurationCatalogueRepository>(m_database.connection());
    m_issuer = new IssueService(*m_client, *m_history, *m_ledger, *m_locks, *m_secrets, *m_clock, this);
    // SQLite's data_version changes when another connection commits: a cheap way for this desk to
    // notice codes issued (or left in doubt) by another process on the same file.
    m_changeWatch = new QTimer(this);
    m_changeWatch->setInterval(2000);
    auto watch = [this] {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
            return;
        const qint64 version = query.value(0).toLongLong();
        if (m_dataVersion >= 0 && version != m_dataVersion)
            emit changedElsewhere();
        m_dataVersion = version;
    };
    connect(m_changeWatch, &QTimer::timeout, this, watch);
    // The shared store tells every desk what changed (NOTIFY); the file is polled, and any change
    // to it may be another process's site settings.
    if (m_database.isShared()) {
        watchSharedStore();
    } else {
        connect(this, &AppSession::changedElsewhere, m_site, &SiteSettings::reload);
        watch(); // what this desk has already read
        m_changeWatch->start();
    }
    m_durations = new DurationCatalogueService(*m_client, *m_catalogueCache, *m_clock, this);
    m_importer = new SmartLockImporter(*m_client, *m_locks, *m_secrets, this);
    m_importer->setFallbackZone(m_settings->deskZone());
    m_issuer->setOperatorName(m_settings->operatorName());
    m_issuer->setDeskZone(m_settings->deskZone());
    m_staff = std::make_unique<StaffRepository>(m_database.connection());
    m_auditLog = std::make_unique<AuditLog>(m_database.connection());
    m_signIn = new SignIn(*m_staff, *m_auditLog, *m_clock, &m_database, this);
    // A manager at another desk changed someone's role or deactivated them: the person signed in
    // here gets what the store now says.
    connect(this, &AppSession::staffChanged, m_signIn, &SignIn::refreshCurrent);
    m_signIn->setDeskZone(m_settings->deskZone());
    m_staffAdmin = std::make_unique<StaffAdmin>(*m_staff, *m_signIn, m_database.connection());
    m_lockAdmin = std::make_unique<LockAdmin>(*m_locks, *m_signIn, m_database.connection());
    m_mail = new GuestMailService(*m_site, *m_secrets, m_database.connection(), *m_clock, this);
    // "Issued by" is the signed-in person; the typed name only while sign-in is off.
    connect(m_signIn, &SignIn::signedInChanged, this, [this] {
        m_issuer->setOperatorName(m_signIn->isSignedIn() ? m_signIn->currentName() : m_settings->operatorName());
    });
    StartupTrace::mark("session: services built");
    const bool configured = reconfigure(options.forceDemo ? QString() : options.apiKey, error);
    StartupTrace::mark("session: live or demo service configured");
    return configured;
}

bool AppSession::reconfigure(const QString& apiKey, QString* error)
{
    m_client->setTimeoutMs(m_settings->requestTimeoutSecs() * 1000);
    const bool demo = apiKey.isEmpty();
    if (demo) {
        if (!startDemo(error))
            return false;
    } else {
        delete m_simulator;
        m_simulator = nullptr;
        m_client->setEndpoint(liveEndpoint());
        m_client->setApiKey(apiKey);
    }
    m_keyFingerprint = ApiKeyFingerprint::of(demo ? QString() : apiKey);
    // The first live desk on a store tells the others which key the site uses.
    m_site->seedApiKeyFingerprint(m_keyFingerprint, editorName());
    const ApiEndpoint& endpoint = m_client->endpoint();
    m_durations->setSource(demo ? QStringLiteral("demo")
                                : endpoint.host.toString() + QLatin1Char('/') + endpoint.utilityPrefix);
    m_issuer->setDemo(demo);
    if (demo != m_demo) {
        m_demo = demo;
        emit modeChanged(demo);
    }
    m_demo = demo;
    return true;
}

bool AppSession::startDemo(QString* error)
{
    if (!m_simulator) {
        m_simulator = new CodelocksSimulator(this);
        if (!m_simulator->start()) {
            *error = QCoreApplication::translate("AppSession", "The built-in demo service could not start: %1")
                         .arg(m_simulator->errorString());
            return false;
        }
        StartupTrace::mark("session: simulator started");
        // A fresh random key per run: demo mode never uses or needs a customer's key.
        m_demoKey = QUuid::createUuid().toString(QUuid::Id128);
        m_simulator->setRequiredApiKey(m_demoKey);
    }
    ApiEndpoint endpoint;
    endpoint.host = m_simulator->baseUrl();
    m_client->setEndpoint(endpoint);
    // The simulator's own key, known only to this process.
    m_client->setApiKey(m_demoKey);
    DemoData::seedLocks(*m_locks, QString::fromUtf8(m_settings->deskZone().id()));
    DemoData::seedSecrets(*m_secrets, this);
    StartupTrace::mark("session: demo data seeded");
    return true;
}

QString AppSession::editorName() const
{
    return m_signIn && m_signIn->isSignedIn() ? m_signIn->currentName() : m_settings->operatorName();
}

void AppSession::applyDeskSettings()
{
    m_issuer->setOperatorName(m_settings->operatorName());
    m_issuer->setDeskZone(m_settings->deskZone());
    m_importer->setFallbackZone(m_settings->deskZone());
}

AppSession::ApiKeyCheck AppSession::apiKeyCheck() const
{
    ApiKeyCheck check;
    const SiteSetting recorded = m_site->apiKeyRecord();
    check.differs = !m_demo && !m_keyFingerprint.isEmpty() && !recorded.value.isEmpty() && recorded.value != m_keyFingerprint;
    check.savedBy = recorded.updatedBy;
    check.savedAtUtc = recorded.updatedAtUtc;
    return check;
}

QString AppSession::apiKeyWarning() const
{
    const ApiKeyCheck check = apiKeyCheck();
    if (!check.differs)
        return {};
    const QString who = check.savedBy.isEmpty() ? QCoreApplication::translate("AppSession", "another desk") : check.savedBy;
    // With the year: a key saved long ago is part of what the warning tells.
    const QDateTime saved = check.savedAtUtc.toTimeZone(deskZone());
    const QString when = check.savedAtUtc.isValid() ? TimeText::date(saved.date()) + QLatin1Char(' ') + TimeText::time(saved)
                                                    : QCoreApplication::translate("AppSession", "an unknown date");
    return QCoreApplication::translate("AppSession",
                                       "This desk's API key differs from the one the site uses (saved by %1 on %2). "
                                       "Codes issued here are billed to the account of this desk's key.")
        .arg(who, when);
}

bool AppSession::recordApiKey(const QString& apiKey, QString* error)
{
    return m_site->setApiKeyFingerprint(ApiKeyFingerprint::of(apiKey), editorName(), error);
}

ApiEndpoint AppSession::liveEndpoint() const
{
    ApiEndpoint endpoint = m_site->endpoint();
    if (m_apiUrlOverride.isValid() && !m_apiUrlOverride.isEmpty())
        endpoint.host = m_apiUrlOverride;
    return endpoint;
}

void AppSession::startMaintenance(bool backupNow)
{
    if (m_maintenanceRunning) {
        m_backupPending = m_backupPending || backupNow;
        return;
    }
    // The shared store is checked and backed up on its server (pg_dump), not by each desk.
    if (m_database.isShared())
        return;
    m_maintenanceRunning = true;
    const QString path = m_database.path();
    const QDateTime now = m_clock->nowUtc();
    const QString folder = DatabaseBackup::folderFor(path);
    const QDateTime newest = DatabaseBackup::newestBackupTime(path);
    const bool backupDue = backupNow || !newest.isValid() || newest.secsTo(now) >= 24 * 3600;
    struct Result {
        bool ok = true;
        QString detail;
        QString written;
        QString error;
    };
    auto result = std::make_shared<Result>();
    // Its own connection on its own thread: a million rows take a while to check and copy.
    QThread* worker = QThread::create([path, folder, now, backupDue, result] {
        const QString name = QStringLiteral("maintenance-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                result->ok = DatabaseBackup::integrityOk(db, &result->detail);
                if (result->ok && backupDue)
                    DatabaseBackup::backup(db, folder, now, &result->written, &result->error);
                db.close();
            } else {
                result->ok = false;
                result->detail = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
    });
    // The session owns the thread object: deleted once it has finished, or with the session (whose
    // destructor waits for it) when the session goes first and its finished slot never runs.
    worker->setParent(this);
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker, result] {
        worker->deleteLater();
        m_maintenanceRunning = false;
        emit maintenanceFinished(result->ok, result->detail, result->written, result->error);
        if (std::exchange(m_backupPending, false))
            startMaintenance(true);
    });
    worker->start(QThread::LowPriority);
}

QDateTime AppSession::retentionCutoff() const
{
    const int days = m_site->historyRetentionDays();
    return days > 0 ? m_clock->nowUtc().addDays(-days) : QDateTime();
}

int AppSession::retentionDue() const
{
    const QDateTime cutoff = retentionCutoff();
    return cutoff.isValid() ? m_history->countIssuedBefore(cutoff) : 0;
}

int AppSession::applyRetention()
{
    const QDateTime cutoff = retentionCutoff();
    QString refused;
    if (!cutoff.isValid() || !m_signIn->check(StaffRole::Action::RunRetention, &refused))
        return 0;
    const int removed = m_history->removeIssuedBefore(cutoff);
    if (removed > 0)
        m_signIn->audit(QStringLiteral("retention.run"),
                        QCoreApplication::translate("AppSession", "%n code(s) issued before %1 deleted", nullptr, removed)
                            .arg(cutoff.toString(Qt::ISODate)));
    return removed;
}

int AppSession::netCodeRequestsThisMonth() const
{
    // Requests logged before the ledger existed, and those the ledger records.
    return m_requestLog->countThisMonth(QStringLiteral("netcode"), m_clock->nowUtc())
           + m_ledger->requestsThisMonth(m_clock->nowUtc());
}

QString AppSession::connectionDescription() const
{
    if (m_demo)
        return QCoreApplication::translate("AppSession", "Demo: built-in simulator on %1")
            .arg(m_simulator ? m_simulator->baseUrl().toString() : QString());
    return QCoreApplication::translate("AppSession", "Codelocks Connect: %1").arg(m_client->endpoint().host.host());
}

void AppSession::watchSharedStore()
{
    m_changeFlush = new QTimer(this);
    m_changeFlush->setSingleShot(true);
    m_changeFlush->setInterval(30);
    connect(m_changeFlush, &QTimer::timeout, this, &AppSession::flushStoreChanges);
    m_reconnectRetry = new QTimer(this);
    m_reconnectRetry->setSingleShot(true);
    connect(m_reconnectRetry, &QTimer::timeout, this, [this] {
        // Only while the listener reaches the server: connecting on this (the window's) thread to
        // a server that is down could keep the window waiting for libpq's connect timeout.
        if (!m_storeReachable && m_listener->isListening())
            reconnectStore();
    });
    m_listener = new ChangeListener(m_database.connection(), this);
    connect(m_listener, &ChangeListener::changed, this, &AppSession::onStoreChanged);
    connect(m_listener, &ChangeListener::unreachable, this, [this] { setStoreReachable(false); });
    connect(m_listener, &ChangeListener::reachable, this, [this](bool afterOutage) {
        // After an outage the desk's own connection is dead even if nobody used it: the server
        // that held it is gone. Open it again and show what was missed.
        if (afterOutage || !m_storeReachable)
            reconnectStore();
    });
    // A claim that could not be written because the server went away: say so now, not at the
    // listener's next check.
    connect(m_issuer, &IssueService::finished, this, [this](const IssueOutcome& outcome) {
        if (!outcome.notRecorded || !m_storeReachable)
            return;
        QSqlError error = m_ledger->lastError();
        if (!StorageErrorText::isConnectionLost(error)) {
            // The claim's failure may not say why (a closed driver has no error of its own): ask.
            QSqlQuery probe(m_database.connection());
            if (!probe.exec(QStringLiteral("SELECT 1")))
                error = StorageErrorText::withCause(probe.lastError(), m_database.connection());
        }
        noteStoreError(error);
    });
    m_listener->start();
}

void AppSession::onStoreChanged(const QString& table)
{
    if (!m_pendingChanges.contains(table))
        m_pendingChanges << table;
    if (!m_changeFlush->isActive())
        m_changeFlush->start();
}

void AppSession::flushStoreChanges()
{
    const QStringList tables = std::exchange(m_pendingChanges, {});
    // While the store is away the desk's connection cannot read; the catch-up after reconnecting
    // covers everything.
    if (!m_storeReachable)
        return;
    const bool all = tables.contains(QString());
    // An email of a code at another desk shows on its History row like any other change there.
    if (all || tables.contains(QLatin1String("history")) || tables.contains(QLatin1String("mail_attempts")))
        emit changedElsewhere();
    if (all || tables.contains(QLatin1String("locks")))
        emit locksChanged();
    if (all || tables.contains(QLatin1String("site_settings")))
        m_site->reload(); // says siteSettingsChanged when a value differs
    if (all || tables.contains(QLatin1String("staff")))
        emit staffChanged();
}

void AppSession::setStoreReachable(bool reachable)
{
    if (reachable == m_storeReachable)
        return;
    m_storeReachable = reachable;
    emit storeReachableChanged(reachable);
}

void AppSession::reconnectStore()
{
    m_reconnectRetry->stop();
    if (!m_database.reconnect()) {
        setStoreReachable(false);
        m_reconnectRetry->start(2000);
        return;
    }
    setStoreReachable(true);
    onStoreChanged(QString()); // catch up on everything
}

void AppSession::noteStoreError(const QSqlError& error)
{
    if (!m_database.isShared() || !m_storeReachable || !StorageErrorText::isConnectionLost(error))
        return;
    setStoreReachable(false);
    m_listener->checkNow(); // the server may be gone for the listener too: it then retries by itself
    m_reconnectRetry->start(1000);
}

QString AppSession::storeDescription() const
{
    if (!m_database.isShared())
        return m_database.path();
    StoreAddress address;
    QString ignored;
    if (!StoreAddress::parse(m_database.path(), &address, &ignored))
        return m_database.path();
    // A socket folder says nothing to a receptionist: the server is on this computer.
    const QString host = address.host.isEmpty() || address.host.startsWith(QLatin1Char('/'))
                             ? QCoreApplication::translate("AppSession", "this computer")
                             : address.host;
    return host + QLatin1Char('/') + address.database;
}
