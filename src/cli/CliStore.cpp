#include "CliStore.h"

#include "AppSettings.h"
#include "CliContext.h"
#include "Database.h"
#include "KeychainSecretStore.h"
#include "StoreAddress.h"
#include "StoreImport.h"
#include "StorePassword.h"
#include "StoreSetup.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString storeUrl(CliContext& cli)
{
    if (cli.parser.isSet(QStringLiteral("database")))
        return cli.parser.value(QStringLiteral("database"));
    if (qEnvironmentVariableIsSet("NETCODE_DESK_DATABASE"))
        return qEnvironmentVariable("NETCODE_DESK_DATABASE");
    const QString settings = cli.parser.isSet(QStringLiteral("settings")) ? cli.parser.value(QStringLiteral("settings"))
                                                                          : qEnvironmentVariable("NETCODE_DESK_SETTINGS");
    return AppSettings(settings.isEmpty() ? AppSettings::defaultPath() : settings).storeAddress();
}

// Connects to the shared store named by --database; ExitOk or the code to exit with.
int connect(CliContext& cli, Database& db, bool connectOnly)
{
    const QString url = storeUrl(cli);
    if (!StoreAddress::isShared(url))
        return cli.fail(ExitInvalidInput,
                        QCoreApplication::translate("Cli", "The store commands work on a shared store: give its address, "
                                                           "for example --database postgresql://HOST/DATABASE"));
    KeychainSecretStore keychain(QStringLiteral("NetCode Desk"));
    Database::StartOptions options;
    options.password = StorePassword::read(keychain, url);
    options.connectOnly = connectOnly;
    if (!db.open(url, options))
        return cli.fail(ExitLocalFailure, db.errorText());
    return ExitOk;
}

void printJson(CliContext& cli, const QJsonObject& object)
{
    cli.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

int init(CliContext& cli)
{
    Database db;
    if (const int code = connect(cli, db, true); code != ExitOk)
        return code;
    QSqlDatabase connection = db.connection();
    StoreSetup::InitReport report;
    QString error;
    if (!StoreSetup::init(connection, &report, &error))
        return cli.fail(ExitLocalFailure, error);
    if (cli.json()) {
        printJson(cli, {{QStringLiteral("store"), db.path()},
                        {QStringLiteral("schema_version"), report.versionAfter},
                        {QStringLiteral("identity"), report.identity},
                        {QStringLiteral("changed"), !report.changes.isEmpty()},
                        {QStringLiteral("changes"), QJsonArray::fromStringList(report.changes)}});
        return ExitOk;
    }
    if (report.changes.isEmpty()) {
        cli.out << QCoreApplication::translate("Cli", "The shared store %1 is already set up (schema %2); nothing was changed.")
                       .arg(CliContext::printable(db.path()))
                       .arg(report.versionAfter)
                << Qt::endl;
        return ExitOk;
    }
    cli.out << QCoreApplication::translate("Cli", "Set up the shared store %1 (schema %2):")
                   .arg(CliContext::printable(db.path()))
                   .arg(report.versionAfter)
            << Qt::endl;
    for (const QString& change : std::as_const(report.changes))
        cli.out << QStringLiteral("  - ") << CliContext::printable(change) << Qt::endl;
    cli.out << QCoreApplication::translate("Cli", "Next, for each desk and each manager: createuser --pwprompt NAME (on the database server), then\n"
                  "  netcode-desk-cli store grant NAME --role desk|manager --database URL")
            << Qt::endl;
    return ExitOk;
}

int grant(CliContext& cli)
{
    const QStringList positional = cli.parser.positionalArguments();
    if (positional.size() < 3)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Say which login: netcode-desk-cli store grant LOGIN --role desk|manager "
                                             "--database URL"));
    const QString role = cli.parser.value(QStringLiteral("role"));
    if (role != QLatin1String("desk") && role != QLatin1String("manager"))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--role takes desk (issue, search, reprint, export) or manager (also "
                                             "locks, settings, staff, retention)."));
    Database db;
    if (const int code = connect(cli, db, true); code != ExitOk)
        return code;
    QSqlDatabase connection = db.connection();
    QStringList changes;
    QString error;
    const QString login = positional.at(2);
    if (!StoreSetup::grant(connection, login,
                           role == QLatin1String("manager") ? StoreSetup::Role::Manager : StoreSetup::Role::Desk, &changes,
                           &error))
        return cli.fail(ExitLocalFailure, error);
    if (cli.json()) {
        printJson(cli, {{QStringLiteral("login"), login},
                        {QStringLiteral("role"), role},
                        {QStringLiteral("changed"), !changes.isEmpty()},
                        {QStringLiteral("changes"), QJsonArray::fromStringList(changes)}});
        return ExitOk;
    }
    if (changes.isEmpty())
        cli.out << QCoreApplication::translate("Cli", "%1 already has the %2 role; nothing was changed.")
                       .arg(CliContext::printable(login), role)
                << Qt::endl;
    for (const QString& change : std::as_const(changes))
        cli.out << CliContext::printable(change) << Qt::endl;
    return ExitOk;
}

int importSqlite(CliContext& cli)
{
    const QStringList positional = cli.parser.positionalArguments();
    if (positional.size() < 3)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Say which file: netcode-desk-cli store import-sqlite FILE --database URL"));
    Database db;
    if (const int code = connect(cli, db, false); code != ExitOk)
        return code;
    QSqlDatabase connection = db.connection();
    StoreImport::Report report;
    QString error;
    const QString file = positional.at(2);
    if (!StoreImport::importSqlite(file, connection, &report, &error))
        return cli.fail(ExitLocalFailure, error);
    if (cli.json()) {
        printJson(cli, {{QStringLiteral("file"), file},
                        {QStringLiteral("store"), db.path()},
                        {QStringLiteral("codes_added"), report.codes},
                        {QStringLiteral("codes_already_there"), report.codesAlready},
                        {QStringLiteral("codes_in_doubt"), report.inDoubt},
                        {QStringLiteral("locks_added"), report.locks},
                        {QStringLiteral("locks_already_there"), report.locksAlready},
                        {QStringLiteral("requests_added"), report.requests},
                        {QStringLiteral("requests_already_there"), report.requestsAlready},
                        {QStringLiteral("duration_lists_added"), report.catalogues}});
        return ExitOk;
    }
    cli.out << QCoreApplication::translate("Cli", "Moved %1 into %2:").arg(CliContext::printable(file), CliContext::printable(db.path()))
            << Qt::endl;
    cli.out << QStringLiteral("  ")
            << QCoreApplication::translate("Cli", "%n code(s) added", nullptr, report.codes) << QStringLiteral(", ")
            << QCoreApplication::translate("Cli", "%n already there", nullptr, report.codesAlready) << Qt::endl;
    if (report.inDoubt > 0)
        cli.out << QStringLiteral("  ")
                << QCoreApplication::translate("Cli",
                                               "%n of them were still being issued in the file and are now in doubt "
                                               "(History, In doubt)",
                                               nullptr, report.inDoubt)
                << Qt::endl;
    cli.out << QStringLiteral("  ") << QCoreApplication::translate("Cli", "%n lock(s) added", nullptr, report.locks)
            << QStringLiteral(", ")
            << QCoreApplication::translate("Cli", "%n already there (kept as they are)", nullptr, report.locksAlready)
            << Qt::endl;
    cli.out << QStringLiteral("  ")
            << QCoreApplication::translate("Cli", "%n request count(s) added", nullptr, report.requests)
            << QStringLiteral(", ")
            << QCoreApplication::translate("Cli", "%n already there", nullptr, report.requestsAlready) << Qt::endl;
    return ExitOk;
}

int status(CliContext& cli)
{
    Database db;
    if (const int code = connect(cli, db, true); code != ExitOk)
        return code;
    QSqlDatabase connection = db.connection();
    StoreSetup::Status status;
    QString error;
    if (!StoreSetup::status(connection, &status, &error))
        return cli.fail(ExitLocalFailure, error);
    if (cli.json()) {
        printJson(cli, {{QStringLiteral("store"), db.path()},
                        {QStringLiteral("schema_version"), status.version},
                        {QStringLiteral("identity"), status.identity},
                        {QStringLiteral("login"), status.login},
                        {QStringLiteral("role"), status.role},
                        {QStringLiteral("roles_set_up"), status.rolesExist}});
        return ExitOk;
    }
    const QString none = QCoreApplication::translate("Cli", "(none)");
    cli.out << QCoreApplication::translate("Cli", "Store:    %1").arg(CliContext::printable(db.path())) << Qt::endl;
    cli.out << QCoreApplication::translate("Cli", "Schema:   %1")
                   .arg(status.version > 0 ? QString::number(status.version) : QCoreApplication::translate("Cli", "not set up (netcode-desk-cli store init)"))
            << Qt::endl;
    cli.out << QCoreApplication::translate("Cli", "Identity: %1").arg(status.identity.isEmpty() ? none : status.identity)
            << Qt::endl;
    cli.out << QCoreApplication::translate("Cli", "Login:    %1").arg(CliContext::printable(status.login)) << Qt::endl;
    cli.out << QCoreApplication::translate("Cli", "Role:     %1").arg(status.role.isEmpty() ? none : status.role) << Qt::endl;
    return ExitOk;
}
} // namespace

int CliStore::run(CliContext& cli, const QString& action)
{
    if (action == QLatin1String("init"))
        return init(cli);
    if (action == QLatin1String("grant"))
        return grant(cli);
    if (action == QLatin1String("import-sqlite"))
        return importSqlite(cli);
    if (action == QLatin1String("status"))
        return status(cli);
    return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Unknown store command \"%1\": init, grant, "
                                                                         "import-sqlite or status.")
                                          .arg(TerminalText::visible(action)));
}
