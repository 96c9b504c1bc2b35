#include "CliStaff.h"

#include "AuditLog.h"
#include "CliContext.h"
#include "Database.h"
#include "SignIn.h"
#include "StaffAdmin.h"
#include "StaffRepository.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {
bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) != 0;
#else
    return false;
#endif
}

// One line from standard input; typed hidden when it is a terminal.
QString readSecretLine(QTextStream& err, const QString& prompt)
{
    const bool terminal = stdinIsTerminal();
    if (terminal)
        err << prompt << Qt::flush;
#ifdef Q_OS_UNIX
    termios saved{};
    const bool hide = terminal && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
#endif
    QString secret = QString::fromStdString(line);
    if (secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    return secret;
}

// The command line acts as an administrator, named so in the audit log.
void actAsAdministrator(CliContext& cli)
{
    cli.session().signIn().actAsAdministrator(CliContext::commandLineActor(QString()));
}

int add(CliContext& cli)
{
    const QStringList positional = cli.parser.positionalArguments();
    if (positional.size() != 3 || !cli.parser.isSet(QStringLiteral("role")))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Usage: netcode-desk-cli staff add NAME --role desk|manager [--login DBLOGIN]; "
                                             "the PIN or password is read from standard input."));
    StaffRole::Role role = StaffRole::Role::Desk;
    if (!StaffRole::parseRole(cli.parser.value(QStringLiteral("role")), &role))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--role takes desk or manager."));
    const QString login = cli.parser.value(QStringLiteral("login"));
    if (!login.isEmpty() && role != StaffRole::Role::Manager)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--login is for managers: desk staff use the desk's own login."));
    const QString secret = readSecretLine(cli.err, QCoreApplication::translate("Cli", "PIN or password for %1: ").arg(TerminalText::visible(positional.at(2))));
    if (stdinIsTerminal() && readSecretLine(cli.err, QCoreApplication::translate("Cli", "Again, to check: ")) != secret)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "The two entries differ; nothing was changed."));
    if (const int code = cli.openSession(); code != ExitOk)
        return code;
    if (const int code = cli.requireManager(cli.session().database().connection(), cli.session().database().path());
        code != ExitOk)
        return code;
    actAsAdministrator(cli);
    StaffAdmin& admin = cli.session().staffAdmin();
    StaffMember added;
    if (!admin.add(positional.at(2), role, secret, login, &added))
        return cli.fail(ExitInvalidInput, admin.errorText());
    if (cli.json())
        cli.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), added.id},
                                             {QStringLiteral("name"), added.name},
                                             {QStringLiteral("role"), StaffRole::roleName(added.role)}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    else
        cli.out << QCoreApplication::translate("Cli", "Added %1 (%2).").arg(TerminalText::visible(added.name), StaffRole::roleName(added.role)) << Qt::endl;
    return ExitOk;
}

int list(CliContext& cli)
{
    if (const int code = cli.openSession(); code != ExitOk)
        return code;
    const QList<StaffMember> members = cli.session().staff().all();
    const QDateTime now = cli.session().clock().nowUtc();
    if (cli.json()) {
        QJsonArray array;
        for (const StaffMember& m : members)
            array.append(QJsonObject{{QStringLiteral("id"), m.id},
                                     {QStringLiteral("name"), m.name},
                                     {QStringLiteral("role"), StaffRole::roleName(m.role)},
                                     {QStringLiteral("active"), m.active},
                                     {QStringLiteral("locked"), m.lockedUntilUtc.isValid() && m.lockedUntilUtc > now},
                                     {QStringLiteral("db_login"), m.dbLogin}});
        cli.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    if (members.isEmpty())
        cli.out << QCoreApplication::translate("Cli", "Nobody is on the staff list.") << Qt::endl;
    for (const StaffMember& m : members) {
        QString line = TerminalText::visible(m.name) + QLatin1Char('\t') + StaffRole::roleName(m.role);
        if (!m.active)
            line += QLatin1Char('\t') + QCoreApplication::translate("Cli", "deactivated");
        else if (m.lockedUntilUtc.isValid() && m.lockedUntilUtc > now)
            line += QLatin1Char('\t') + QCoreApplication::translate("Cli", "locked until %1 UTC").arg(m.lockedUntilUtc.toString(Qt::ISODate));
        if (!m.dbLogin.isEmpty())
            line += QLatin1Char('\t') + QCoreApplication::translate("Cli", "login %1").arg(TerminalText::visible(m.dbLogin));
        cli.out << line << Qt::endl;
    }
    return ExitOk;
}

int deactivate(CliContext& cli)
{
    const QStringList positional = cli.parser.positionalArguments();
    if (positional.size() != 3)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Usage: netcode-desk-cli staff deactivate NAME"));
    if (const int code = cli.openSession(); code != ExitOk)
        return code;
    if (const int code = cli.requireManager(cli.session().database().connection(), cli.session().database().path());
        code != ExitOk)
        return code;
    actAsAdministrator(cli);
    StaffMember member;
    if (!cli.session().staff().findByName(positional.at(2), &member))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Nobody called \"%1\" is on the staff list.").arg(positional.at(2)));
    StaffAdmin& admin = cli.session().staffAdmin();
    if (!admin.deactivate(member.id))
        return cli.fail(ExitInvalidInput, admin.errorText());
    cli.out << QCoreApplication::translate("Cli", "%1 deactivated: they can no longer sign in; their history stays.").arg(TerminalText::visible(member.name))
            << Qt::endl;
    return ExitOk;
}
} // namespace

QString CliStaff::usage()
{
    return QCoreApplication::translate("Cli",
        "Usage: netcode-desk-cli staff COMMAND [--database FILE|URL]\n"
        "\n"
        "The people who sign in at the desks (a manager's action on a shared store):\n"
        "  staff add NAME --role desk|manager [--login DBLOGIN]   add a person; the PIN or password is read\n"
        "                             from standard input (typed hidden at a terminal), never an argument;\n"
        "                             --login names a manager's own login on a shared store\n"
        "  staff list [--json]        the staff list\n"
        "  staff deactivate NAME      the person can no longer sign in; their history stays\n"
        "\n"
        "Each change is written to the audit log as \"(command line)\" and this computer's user name.\n");
}

QString CliStaff::auditUsage()
{
    return QCoreApplication::translate("Cli",
        "Usage: netcode-desk-cli audit list [--limit N] [--json] [--database FILE|URL]\n"
        "\n"
        "Manager actions (locks, settings, staff, retention, lock-outs, desks moved in), newest first;\n"
        "--limit N shows the newest N (100 unless given).\n");
}

int CliStaff::run(CliContext& cli, const QString& action)
{
    if (action == QLatin1String("add"))
        return add(cli);
    if (action == QLatin1String("list"))
        return list(cli);
    if (action == QLatin1String("deactivate"))
        return deactivate(cli);
    return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "staff takes one of: add, list, deactivate."));
}

int CliStaff::audit(CliContext& cli, const QString& action)
{
    if (action != QLatin1String("list"))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "audit takes: list."));
    int limit = 100;
    if (cli.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = cli.parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--limit takes a positive number."));
    }
    if (const int code = cli.openSession(); code != ExitOk)
        return code;
    const QList<AuditEntry> entries = cli.session().auditLog().recent(limit);
    if (cli.json()) {
        QJsonArray array;
        for (const AuditEntry& e : entries)
            array.append(QJsonObject{{QStringLiteral("at_utc"), e.atUtc.toString(Qt::ISODate)},
                                     {QStringLiteral("staff_name"), e.staffName},
                                     {QStringLiteral("db_login"), e.dbLogin},
                                     {QStringLiteral("desk"), e.desk},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("detail"), e.detail}});
        cli.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const AuditEntry& e : entries)
        cli.out << QStringList{e.atUtc.toString(Qt::ISODate), TerminalText::visible(e.staffName), TerminalText::visible(e.desk),
                               TerminalText::visible(e.action), TerminalText::visible(e.detail)}
                       .join(QLatin1Char('\t'))
                << Qt::endl;
    return ExitOk;
}
