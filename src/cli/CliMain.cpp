#include "CliMain.h"

#include "AppSettings.h"
#include "Languages.h"
#include "CliContext.h"
#include "CliHistory.h"
#include "CliIssue.h"
#include "CliLocks.h"
#include "CliStore.h"
#include "CliOutput.h"
#include "CliStaff.h"
#include "CodelocksSimulator.h"
#include "TerminalText.h"

#include <QCoreApplication>

namespace {
int runSimulator(CliContext& cli)
{
    bool ok = true;
    const uint port = cli.parser.isSet(QStringLiteral("port")) ? cli.parser.value(QStringLiteral("port")).toUInt(&ok) : 0;
    if (!ok || port > 65535)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--port takes a number from 0 to 65535."));
    CodelocksSimulator simulator;
    simulator.setRequiredApiKey(cli.parser.value(QStringLiteral("require-key")));
    if (!simulator.start(quint16(port)))
        return cli.fail(ExitLocalFailure, QCoreApplication::translate("Cli", "The simulator cannot listen: %1").arg(simulator.errorString()));
    cli.out << QCoreApplication::translate("Cli", "Codelocks simulator listening on %1 (Ctrl+C to stop)").arg(simulator.baseUrl().toString()) << Qt::endl;
    return QCoreApplication::exec();
}
} // namespace

QString CliMain::usage()
{
    return QCoreApplication::translate("Cli", 
        "Usage: netcode-desk-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  issue                 issue a code (or reissue it from history, free of charge)\n"
        "  locks list            list the desk's locks\n"
        "  locks add             add a lock (--name, --model and its ids, --mode, --group)\n"
        "  locks remove NAME     remove a lock (its codes stay in history)\n"
        "  locks import FILE     import locks from CSV (nothing unless every row is valid, or --accept-valid)\n"
        "  locks import --k3connect --access-key-env VAR   import a K3 Connect account's smart locks\n"
        "  locks export          write the locks as CSV (--output FILE, default standard output)\n"
        "  history list          recent codes (--search TEXT, --limit N)\n"
        "  history export        all matching codes as CSV or JSON (--format, --output FILE)\n"
        "  history ask-again ID  send a request in doubt (no answer recorded) once more: billed again\n"
        "  history email ID ADDRESS   email a code to its guest through the site's mail server\n"
        "                        (--attach-slip, --language de|en|es|fr|nl)\n"
        "  simulator             run the built-in Codelocks simulator (--port N, --require-key KEY)\n"
        "  store init            set up a shared store (PostgreSQL): roles, schema, privileges (--database URL)\n"
        "  store grant LOGIN     give an existing login the desk or manager role (--role desk|manager)\n"
        "  store import-sqlite FILE   move a desk's own database file into the shared store\n"
        "  store status          the shared store's schema, identity, and this login's role\n"
        "  staff add NAME --role desk|manager [--login DBLOGIN]   add a person (PIN or password from\n"
        "                        standard input)\n"
        "  staff list            the staff list (--json)\n"
        "  staff deactivate NAME a person can no longer sign in (their history stays)\n"
        "  audit list            manager actions, newest first (--limit N, --json)\n"
        "\n"
        "Issue a code for a lock in the database:\n"
        "  netcode-desk-cli issue --lock \"Room 101\" --length 3h --start \"2027-07-14 15:00\" --guest \"Ana\"\n"
        "or for a lock given inline:\n"
        "  --model KL1060G3 --timecode 202604221226 --lock-id 921239\n"
        "  --model K3CONNECT --smart-lock-id <32 hex> --access-key-env VARIABLE\n"
        "  --zone Europe/London, --clock-follows-dst / --no-clock-follows-dst (default: the model's)\n"
        "Codes: --mode single-use|multi-use|rental|long-rental|end-date|24-hour, --length 3h|2d|14d,\n"
        "  --start \"YYYY-MM-DD HH:MM\" (wall time in the lock's zone; a date alone for whole days),\n"
        "  --end-date YYYY-MM-DD, --validation 6h|2d, --guest, --room, --ref, --fresh (ask the service\n"
        "  even if history holds this exact request), --timeout SECONDS, --json.\n"
        "  A code another guest already holds (same lock, start and length) is refused (exit 2, nothing\n"
        "  sent) unless --share-code says to give it to this guest too.\n"
        "  --email ADDRESS emails the code to the guest once it is in history (--attach-slip adds the\n"
        "  slip as PDF, --language CODE the guest's language); the password is the keychain's or\n"
        "  NETCODE_DESK_MAIL_PASSWORD's.\n"
        "By stay instead of start and length: --arrive \"YYYY-MM-DD HH:MM\" (default: now) and\n"
        "  --depart \"YYYY-MM-DD HH:MM\" (wall time in the lock's zone) pick the start and length (or End\n"
        "  Date) that cover the whole stay with the least excess; a stay nothing covers is refused (exit 2).\n"
        "\n"
        "The API key comes from NETCODE_DESK_API_KEY or the system keychain; with neither (or --demo)\n"
        "the built-in simulator answers and codes are DEMO codes. --api-url (or NETCODE_DESK_API_URL)\n"
        "overrides the API host for this run; --database (or NETCODE_DESK_DATABASE) picks the database.\n"
        "\n"
        "Exit codes: 0 success; 1 the database or a file could not be used; 2 invalid input or usage\n"
        "(nothing sent); 3 the service rejected the request; 4 service or network failure (5xx, timeout,\n"
        "offline, unusable answer); 5 a code came back but failed the sanity check; 6 the code is issued\n"
        "but the email was not sent (recorded on the row). A manager's action refused to a desk login\n"
        "exits 2 as well (nothing was changed).\n");
}

int CliMain::run(const QStringList& arguments)
{
    CliOutput output;
    QTextStream err(stderr);
    // Whatever the command, output that did not arrive is a failure, not exit 0.
    return output.finish(dispatch(arguments, output.stream(), err), err);
}

int CliMain::dispatch(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "NetCode Desk from the command line."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("Cli", "Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QCoreApplication::translate("Cli", "Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    const QList<QPair<QString, QString>> valued = {
        {QStringLiteral("database"), QStringLiteral("file")},   {QStringLiteral("settings"), QStringLiteral("file")},
        {QStringLiteral("api-url"), QStringLiteral("url")},     {QStringLiteral("timeout"), QStringLiteral("seconds")},
        {QStringLiteral("lock"), QStringLiteral("name")},       {QStringLiteral("model"), QStringLiteral("model")},
        {QStringLiteral("timecode"), QStringLiteral("digits")}, {QStringLiteral("lock-id"), QStringLiteral("digits")},
        {QStringLiteral("smart-lock-id"), QStringLiteral("hex")}, {QStringLiteral("access-key-env"), QStringLiteral("variable")},
        {QStringLiteral("zone"), QStringLiteral("zone")},       {QStringLiteral("mode"), QStringLiteral("mode")},
        {QStringLiteral("length"), QStringLiteral("length")},   {QStringLiteral("start"), QStringLiteral("when")},
        {QStringLiteral("end-date"), QStringLiteral("date")},   {QStringLiteral("validation"), QStringLiteral("length")},
        {QStringLiteral("guest"), QStringLiteral("name")},      {QStringLiteral("ref"), QStringLiteral("reference")},
        {QStringLiteral("name"), QStringLiteral("name")},       {QStringLiteral("group"), QStringLiteral("group")},
        {QStringLiteral("output"), QStringLiteral("file")},     {QStringLiteral("search"), QStringLiteral("text")},
        {QStringLiteral("limit"), QStringLiteral("n")},         {QStringLiteral("format"), QStringLiteral("csv|json")},
        {QStringLiteral("port"), QStringLiteral("port")},       {QStringLiteral("require-key"), QStringLiteral("key")},
        {QStringLiteral("role"), QStringLiteral("desk|manager")}, {QStringLiteral("login"), QStringLiteral("login")},
        {QStringLiteral("arrive"), QStringLiteral("when")},     {QStringLiteral("depart"), QStringLiteral("when")},
        {QStringLiteral("room"), QStringLiteral("room")},       {QStringLiteral("email"), QStringLiteral("address")},
        {QStringLiteral("language"), QStringLiteral("code")},
    };
    for (const auto& [name, value] : valued)
        parser.addOption(QCommandLineOption(name, name, value));
    for (const char* flag : {"json", "fresh", "demo", "clock-follows-dst", "no-clock-follows-dst", "accept-valid", "k3connect",
                             "share-code", "attach-slip"})
        parser.addOption(QCommandLineOption(QLatin1String(flag), QLatin1String(flag)));

    const bool parsed = parser.parse(arguments);
    {
        // The desk's language from its settings, as the desk program does, before anything is said.
        const QString settingsPath = parsed && parser.isSet(QStringLiteral("settings")) ? parser.value(QStringLiteral("settings"))
                                     : qEnvironmentVariableIsSet("NETCODE_DESK_SETTINGS") ? qEnvironmentVariable("NETCODE_DESK_SETTINGS")
                                                                                           : AppSettings::defaultPath();
        static bool installed = false; // once per process: tests run several commands in one
        if (!installed) {
            installed = true;
            Languages::installDesk(QCoreApplication::instance(), AppSettings(settingsPath).uiLanguage());
        }
    }
    if (!parsed) {
        err << TerminalText::visible(parser.errorText()) << Qt::endl << QCoreApplication::translate("Cli", "See: netcode-desk-cli --help") << Qt::endl;
        return ExitInvalidInput;
    }
    if (parser.isSet(version)) {
        out << QStringLiteral("netcode-desk-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) && !positional.isEmpty()) {
        // The commands with subcommands of their own say what those are.
        const QString& command = positional.first();
        if (command == QLatin1String("store")) {
            out << CliStore::usage();
            return ExitOk;
        }
        if (command == QLatin1String("staff")) {
            out << CliStaff::usage();
            return ExitOk;
        }
        if (command == QLatin1String("audit")) {
            out << CliStaff::auditUsage();
            return ExitOk;
        }
    }
    if (parser.isSet(help) || positional.isEmpty()) {
        (positional.isEmpty() && !parser.isSet(help) ? err : out) << usage();
        return parser.isSet(help) ? ExitOk : ExitInvalidInput;
    }
    CliContext cli(parser, out, err);
    const QString command = positional.first();
    if (command == QLatin1String("issue"))
        return CliIssue::run(cli);
    if (command == QLatin1String("simulator"))
        return runSimulator(cli);
    if (command == QLatin1String("store")) {
        if (positional.size() < 2)
            return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Say what to do, for example: netcode-desk-cli store status --database URL"));
        return CliStore::run(cli, positional.at(1));
    }
    if (command == QLatin1String("staff") || command == QLatin1String("audit")) {
        if (positional.size() < 2)
            return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Say what to do, for example: netcode-desk-cli %1 list").arg(command));
        return command == QLatin1String("staff") ? CliStaff::run(cli, positional.at(1)) : CliStaff::audit(cli, positional.at(1));
    }
    if (command == QLatin1String("locks") || command == QLatin1String("history")) {
        if (positional.size() < 2)
            return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Say what to do, for example: netcode-desk-cli %1 list").arg(command));
        return command == QLatin1String("locks") ? CliLocks::run(cli, positional.at(1))
                                                 : CliHistory::run(cli, positional.at(1));
    }
    return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Unknown command \"%1\". See: netcode-desk-cli --help").arg(TerminalText::visible(command)));
}
