#include "CliStore.h"

#include "AppSettings.h"
#include "CliContext.h"
#include "Database.h"
#include "DemoData.h"
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
#include <QSqlQuery>
#include <QVariant>

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
                        {QStringLiteral("changes"), QJsonArray::fromStringList(report.changes)},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}});
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
    for (const QString& note : std::as_const(report.notes))
        cli.err << QCoreApplication::translate("Cli", "Note: %1").arg(note) << Qt::endl;
    cli.out << QCoreApplication::translate("Cli", "Next, for each desk and each manager: createuser --pwprompt NAME (on the database server), then\n"
                  "  netcode-desk-cli store grant NAME --role desk|manager --database URL")
            << Qt::endl;
    return ExitOk;
}

// A superuser passes every check the groups make, so a role means nothing for it; netcode_owner
// owns the tables and is for setting up and updating the store. Neither is given a desk's or a
// manager's role: that would look like a limit that is not there.
int refuseSpecialLogin(CliContext& cli, QSqlDatabase& connection, const QString& login)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT r.rolsuper, EXISTS (SELECT 1 FROM pg_roles o WHERE o.rolname = 'netcode_owner' "
                                 "AND (o.oid = r.oid OR pg_has_role(r.oid, o.oid, 'MEMBER'))) "
                                 "FROM pg_roles r WHERE r.rolname = ?"));
    query.addBindValue(login);
    if (!query.exec() || !query.next())
        return ExitOk; // an unknown login: grant() says how to make it
    if (query.value(0).toBool())
        return cli.fail(ExitInvalidInput,
                        QCoreApplication::translate("Cli", "%1 is a superuser: the server lets it do everything, whatever "
                                                           "role it is given, so it cannot be a desk or a manager. Make an "
                                                           "ordinary login for the desk or person (createuser --pwprompt "
                                                           "NAME) and grant that; nothing was changed.")
                            .arg(login));
    if (query.value(1).toBool())
        return cli.fail(ExitInvalidInput,
                        QCoreApplication::translate("Cli", "%1 is netcode_owner or a member of it: the owner of the store's "
                                                           "tables is for setting up and updating the store (store init), "
                                                           "not for a desk or a manager. Make an ordinary login for the desk "
                                                           "or person (createuser --pwprompt NAME) and grant that; nothing "
                                                           "was changed.")
                            .arg(login));
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
    if (const int code = refuseSpecialLogin(cli, connection, login); code != ExitOk)
        return code;
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
    if (const int code = cli.requireManager(connection, db.path()); code != ExitOk)
        return code;
    StoreImport::Options options;
    options.demoLocks = DemoData::sampleLocks(QStringLiteral("UTC")); // matched by model and ids, not zone
    options.actor = CliContext::commandLineActor(db.loginName());
    StoreImport::Report report;
    QString error;
    const QString file = positional.at(2);
    if (!StoreImport::importSqlite(file, connection, options, &report, &error))
        return cli.fail(report.notAllowed ? ExitNotAllowed : ExitLocalFailure, error);
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
                        {QStringLiteral("duration_lists_added"), report.catalogues},
                        {QStringLiteral("demo_locks_skipped"), report.demoLocks},
                        {QStringLiteral("demo_codes_skipped"), report.demoCodes},
                        {QStringLiteral("demo_requests_skipped"), report.demoRequests}});
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
    if (report.demoLocks > 0 || report.demoCodes > 0 || report.demoRequests > 0)
        cli.out << QStringLiteral("  ")
                << QCoreApplication::translate("Cli", "Left behind from demo mode: %1 sample lock(s), %2 demo code(s), %3 demo "
                                                      "request count(s)")
                       .arg(report.demoLocks)
                       .arg(report.demoCodes)
                       .arg(report.demoRequests)
                << Qt::endl;
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

QString CliStore::usage()
{
    return QCoreApplication::translate("Cli",
        "Usage: netcode-desk-cli store COMMAND --database postgresql://[LOGIN@]SERVER[:PORT]/DATABASE [--json]\n"
        "\n"
        "A shared store (PostgreSQL) for a desk team:\n"
        "  store init                 set up the store: its roles, schema and privileges; run again after an\n"
        "                             update (a login that may create roles, e.g. postgres)\n"
        "  store grant LOGIN --role desk|manager   give an existing, ordinary login the desk or manager role\n"
        "                             (never a superuser or netcode_owner)\n"
        "  store import-sqlite FILE   move a desk's own database file in (a manager's login; the file is only\n"
        "                             read; demo locks and demo codes stay behind; safe to run again)\n"
        "  store status               the store's schema and identity, this login and its role\n"
        "\n"
        "--database may be left out when NETCODE_DESK_DATABASE or Settings names the store. The password\n"
        "comes from the URL (this run only), the keychain, PGPASSWORD or ~/.pgpass.\n");
}

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
