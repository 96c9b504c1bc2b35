#include "CliContext.h"

#include "EventWait.h"
#include "HistoryEntry.h"

#include "CodelocksClient.h"
#include "IssueService.h"
#include "AppSettings.h"
#include "KeychainSecretStore.h"
#include "StorePassword.h"
#include "SqlDialect.h"
#include "StoreSetup.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

CliContext::CliContext(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
    : parser(parser)
    , out(out)
    , err(err)
{
}

CliContext::~CliContext() = default;

bool CliContext::json() const
{
    return parser.isSet(QStringLiteral("json"));
}

bool CliContext::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    return EventWait::until(done, timeoutMs);
}

QString CliContext::printable(const QString& text)
{
    // Messages keep their own line breaks; everything else that could steer a terminal is shown.
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = TerminalText::visible(line);
    return lines.join(QLatin1Char('\n'));
}

int CliContext::fail(int code, const QString& message)
{
    err << printable(message) << Qt::endl;
    if (json())
        out << QJsonDocument(QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("exit_code"), code}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    return code;
}

QString CliContext::commandLineActor(const QString& storeLogin)
{
    QString who = storeLogin;
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        if (who.isEmpty())
            who = qEnvironmentVariable(variable);
    }
#ifdef Q_OS_UNIX
    if (who.isEmpty()) {
        if (const passwd* entry = getpwuid(geteuid()))
            who = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return HistoryEntry::commandLineIssuer(who);
}

QString CliContext::actor()
{
    return commandLineActor(m_session ? m_session->database().loginName() : QString());
}

int CliContext::requireManager(QSqlDatabase db, const QString& storePath)
{
    if (!SqlDialect::isPostgres(db))
        return ExitOk;
    StoreSetup::Status status;
    QString error;
    if (!StoreSetup::status(db, &status, &error))
        return fail(ExitLocalFailure, error);
    // Without the groups the server enforces nothing of ours: whoever may write the tables may.
    if (!status.rolesExist || status.role == QLatin1String("manager") || status.role == QLatin1String("owner")
        || status.role == QLatin1String("admin"))
        return ExitOk;
    return fail(ExitNotAllowed, QCoreApplication::translate("Cli", "The login %1 has the desk role on the shared store %2, and "
                                                                   "only a manager's login may do that. Run it again with a "
                                                                   "manager's login (--database postgresql://LOGIN@SERVER/"
                                                                   "DATABASE); nothing was changed.")
                                    .arg(status.login, storePath));
}

int CliContext::openSession()
{
    m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("NetCode Desk"));
    m_layered = std::make_unique<LayeredSecretStore>(*m_keychain);

    AppSession::Options options;
    options.databasePath = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                    : qEnvironmentVariable("NETCODE_DESK_DATABASE");
    options.settingsPath = parser.isSet(QStringLiteral("settings")) ? parser.value(QStringLiteral("settings"))
                                                                    : qEnvironmentVariable("NETCODE_DESK_SETTINGS");
    if (options.databasePath.isEmpty()) {
        // As the desk does: the shared store chosen in Settings, if any.
        options.databasePath = AppSettings(options.settingsPath.isEmpty() ? AppSettings::defaultPath() : options.settingsPath)
                                   .storeAddress();
    }
    // The shared store's login password from the keychain (or libpq's PGPASSWORD / ~/.pgpass).
    options.storePassword = StorePassword::read(*m_keychain, options.databasePath);
    const QString url = parser.isSet(QStringLiteral("api-url")) ? parser.value(QStringLiteral("api-url"))
                                                                : qEnvironmentVariable("NETCODE_DESK_API_URL");
    if (!url.isEmpty()) {
        options.apiUrl = QUrl(url);
        ApiEndpoint check;
        check.host = options.apiUrl;
        if (!check.isTransportAllowed())
            return fail(ExitInvalidInput, QCoreApplication::translate("Cli", "The API URL must start with https:// "
                                                                             "(http:// only for this computer): %1")
                                              .arg(url));
    }
    options.forceDemo = parser.isSet(QStringLiteral("demo"));
    options.secrets = m_layered.get();
    if (!options.forceDemo) {
        options.apiKey = qEnvironmentVariable("NETCODE_DESK_API_KEY").trimmed();
        if (options.apiKey.isEmpty()) {
            bool answered = false;
            QObject context;
            m_keychain->read(SecretStore::apiKeyName(), &context, [&](bool found, const QString& value, const QString&) {
                if (found)
                    options.apiKey = value;
                answered = true;
            });
            waitUntil([&] { return answered; }, 5000);
        }
    }
    m_session = std::make_unique<AppSession>();
    QString error;
    if (!m_session->start(options, &error))
        return fail(ExitLocalFailure, error);
    // A restore done or left waiting, a damaged file replaced by a backup: a script's log must show
    // it as the desk would (standard error, so --json output stays one document).
    for (const QString& notice : m_session->startupNotices())
        err << printable(notice) << Qt::endl;
    // Every code names who issued it: with no name set for this computer, the command line and the
    // login it ran as (the shared store's, else the computer's).
    if (m_session->settings().operatorName().trimmed().isEmpty())
        m_session->issuer().setOperatorName(actor());
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int secs = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || secs <= 0 || secs > 600)
            return fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--timeout takes a number of seconds from 1 to 600."));
        m_session->client().setTimeoutMs(secs * 1000);
    }
    return ExitOk;
}
