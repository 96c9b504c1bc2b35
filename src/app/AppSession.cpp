#include "AppSession.h"

#include "CodelocksClient.h"
#include "CodelocksSimulator.h"
#include "DemoData.h"
#include "DurationCatalogueRepository.h"
#include "DurationCatalogueService.h"
#include "IssueService.h"
#include "RequestLog.h"
#include "SmartLockImporter.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QUuid>

AppSession::AppSession(QObject* parent)
    : QObject(parent)
{
}

AppSession::~AppSession() = default;

bool AppSession::start(const Options& options, QString* error)
{
    Q_ASSERT(options.secrets);
    m_secrets = options.secrets;
    m_apiUrlOverride = options.apiUrl;
    if (options.clock)
        m_clock = options.clock;
    m_settings = std::make_unique<AppSettings>(options.settingsPath.isEmpty() ? AppSettings::defaultPath()
                                                                              : options.settingsPath);
    if (!m_database.open(options.databasePath.isEmpty() ? Database::defaultPath() : options.databasePath)) {
        *error = m_database.errorText();
        return false;
    }
    m_locks = std::make_unique<LockRepository>(m_database.connection());
    m_history = std::make_unique<HistoryRepository>(m_database.connection());
    m_requestLog = std::make_unique<RequestLog>(m_database.connection());
    m_client = new CodelocksClient(this);
    connect(m_client, &CodelocksClient::requestSent, this, [this](const QString& kind, int status, ApiError error) {
        m_requestLog->add(m_clock->nowUtc(), kind, status, ApiErrors::name(error), m_demo);
        emit requestCounted();
    });
    m_catalogueCache = std::make_unique<DurationCatalogueRepository>(m_database.connection());
    m_issuer = new IssueService(*m_client, *m_history, *m_locks, *m_secrets, *m_clock, this);
    m_durations = new DurationCatalogueService(*m_client, *m_catalogueCache, *m_clock, this);
    m_importer = new SmartLockImporter(*m_client, *m_locks, *m_secrets, this);
    m_importer->setFallbackZone(m_settings->deskZone());
    m_issuer->setOperatorName(m_settings->operatorName());
    return reconfigure(options.forceDemo ? QString() : options.apiKey, error);
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
    return true;
}

ApiEndpoint AppSession::liveEndpoint() const
{
    ApiEndpoint endpoint = m_settings->endpoint();
    if (m_apiUrlOverride.isValid() && !m_apiUrlOverride.isEmpty())
        endpoint.host = m_apiUrlOverride;
    return endpoint;
}

int AppSession::netCodeRequestsThisMonth() const
{
    return m_requestLog->countThisMonth(QStringLiteral("netcode"), m_clock->nowUtc());
}

QString AppSession::connectionDescription() const
{
    if (m_demo)
        return QCoreApplication::translate("AppSession", "Demo: built-in simulator on %1")
            .arg(m_simulator ? m_simulator->baseUrl().toString() : QString());
    return QCoreApplication::translate("AppSession", "Codelocks Connect: %1").arg(m_client->endpoint().host.host());
}
