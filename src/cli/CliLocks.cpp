#include "CliLocks.h"

#include "CliArguments.h"
#include "CliContext.h"
#include "CliIssue.h"
#include "CliOutput.h"
#include "CodelocksClient.h"
#include "Database.h"
#include "LockAdmin.h"
#include "LockCsv.h"
#include "LockValidator.h"
#include "SecretStore.h"
#include "SignIn.h"
#include "SmartLockImporter.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {
// Adding, removing and importing locks are a manager's: on a shared store only a manager's login
// may, and every change goes through LockAdmin, as at the desk, with its audit row naming the
// command line and the login it ran as.
int actAsManager(CliContext& cli)
{
    if (const int code = cli.requireManager(cli.session().database().connection(), cli.session().database().path());
        code != ExitOk)
        return code;
    cli.session().signIn().actAsAdministrator(cli.actor());
    return ExitOk;
}

int list(CliContext& cli)
{
    const QList<Lock> locks = cli.session().locks().all();
    if (cli.json()) {
        QJsonArray array;
        for (const Lock& lock : locks) {
            array.append(QJsonObject{{QStringLiteral("name"), lock.name},
                                     {QStringLiteral("group"), lock.group},
                                     {QStringLiteral("model"), LockModelCatalogue::info(lock.model).wireValue},
                                     {QStringLiteral("timecode"), lock.timecode},
                                     {QStringLiteral("lock_id"), lock.lockNumber},
                                     {QStringLiteral("smart_lock_id"), lock.smartLockId},
                                     {QStringLiteral("mode"), NetCodeModes::storageName(lock.configuredMode)},
                                     {QStringLiteral("time_zone"), lock.timeZoneId},
                                     {QStringLiteral("clock_follows_dst"), lock.clockFollowsDst}});
        }
        cli.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    // Stored text reaches the terminal with its control characters made visible.
    for (const Lock& lock : locks) {
        cli.out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                       .arg(TerminalText::visible(lock.name), LockModelCatalogue::info(lock.model).wireValue,
                            NetCodeModes::storageName(lock.configuredMode), TerminalText::visible(lock.timeZoneId),
                            TerminalText::visible(lock.group))
                << Qt::endl;
    }
    return ExitOk;
}

int add(CliContext& cli)
{
    const QCommandLineParser& p = cli.parser;
    if (!p.isSet(QStringLiteral("name")) || !p.isSet(QStringLiteral("model")))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "locks add needs --name and --model, and the lock's ids."));
    NetCodeMode mode = NetCodeMode::Standard;
    if (p.isSet(QStringLiteral("mode")) && !CliArguments::configuredMode(p.value(QStringLiteral("mode")), &mode))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--mode must be one of standard, rental, long-rental, end-date, 24-hour."));
    Lock lock;
    QString accessKey;
    if (const int code = CliIssue::inlineLock(cli, &lock, &accessKey); code != ExitOk)
        return code;
    lock.name = p.value(QStringLiteral("name")).trimmed();
    lock.group = p.value(QStringLiteral("group")).trimmed();
    lock.configuredMode = mode;
    if (lock.isSmartLock())
        lock.accessKeyRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const int code = cli.openSession(); code != ExitOk)
        return code;
    if (const int code = actAsManager(cli); code != ExitOk)
        return code;
    const QString nameProblem = LockValidator::checkName(lock.name, cli.session().locks().namesExcept(0));
    if (!nameProblem.isEmpty())
        return cli.fail(ExitInvalidInput, TerminalText::visible(nameProblem));
    if (!cli.session().lockAdmin().add(&lock))
        return cli.fail(ExitLocalFailure, TerminalText::visible(cli.session().lockAdmin().errorText()));
    if (lock.isSmartLock()) {
        bool done = false;
        QObject context;
        cli.session().secrets().write(SecretStore::accessKeyName(lock.accessKeyRef), accessKey, &context,
                                      [&](bool persisted, const QString& note) {
                                          if (!persisted)
                                              cli.err << TerminalText::visible(note) << Qt::endl
                                                      << QCoreApplication::translate("Cli", "Enter the access key again in the app (Edit lock) on a "
                                                            "computer with a keychain.")
                                                      << Qt::endl;
                                          done = true;
                                      });
        CliContext::waitUntil([&] { return done; }, 10000);
    }
    cli.out << QCoreApplication::translate("Cli", "Added %1.").arg(TerminalText::visible(lock.name)) << Qt::endl;
    return ExitOk;
}

int remove(CliContext& cli)
{
    const QStringList args = cli.parser.positionalArguments();
    if (args.size() < 3)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Say which lock: netcode-desk-cli locks remove NAME"));
    Lock lock;
    if (!cli.session().locks().findByName(args.at(2), &lock))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "There is no lock called \"%1\".").arg(TerminalText::visible(args.at(2))));
    if (!cli.session().lockAdmin().remove(lock))
        return cli.fail(ExitLocalFailure, TerminalText::visible(cli.session().lockAdmin().errorText()));
    cli.out << QCoreApplication::translate("Cli", "Removed %1; its codes stay in history.").arg(TerminalText::visible(lock.name)) << Qt::endl;
    return ExitOk;
}

int importCsv(CliContext& cli)
{
    const QStringList args = cli.parser.positionalArguments();
    if (args.size() < 3)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Say which file: netcode-desk-cli locks import FILE.csv"));
    QFile file(args.at(2));
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(ExitLocalFailure, QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(TerminalText::visible(args.at(2)), file.errorString()));
    const LockCsvImport parsed = LockCsv::read(QString::fromUtf8(file.readAll()), cli.session().locks().namesExcept(0),
                                               QString::fromUtf8(cli.session().deskZone().id()));
    if (!parsed.fileError.isEmpty())
        return cli.fail(ExitInvalidInput, TerminalText::visible(parsed.fileError));
    // The messages quote the file's cells, which may hold anything.
    for (const LockCsvError& error : parsed.errors)
        cli.err << QCoreApplication::translate("Cli", "Row %1, column %2: %3")
                       .arg(error.row)
                       .arg(TerminalText::visible(error.column), TerminalText::visible(error.message))
                << Qt::endl;
    if (!parsed.errors.isEmpty() && !cli.parser.isSet(QStringLiteral("accept-valid")))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Nothing was imported. Rows with problems: %n. Correct them, or add "
                                             "--accept-valid to import only the rows without problems.",
                                             nullptr, int(parsed.errors.size())));
    QList<Lock> locks = parsed.valid;
    for (Lock& lock : locks) {
        if (lock.isSmartLock())
            lock.accessKeyRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    // One transaction: a failure or a killed process leaves none of the file's locks behind, so
    // the same import can simply be run again.
    if (!cli.session().lockAdmin().addAll(&locks, QFileInfo(args.at(2)).fileName()))
        return cli.fail(ExitLocalFailure, TerminalText::visible(cli.session().lockAdmin().errorText()) + QLatin1Char('\n')
                                              + QCoreApplication::translate("Cli", "Nothing was imported."));
    cli.out << QCoreApplication::translate("Cli", "Locks imported: %n.", nullptr, int(locks.size())) << Qt::endl;
    return ExitOk;
}

int importSmartLocks(CliContext& cli)
{
    const QString variable = cli.parser.value(QStringLiteral("access-key-env"));
    const QString key = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
    if (variable.isEmpty() || key.isEmpty())
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--k3connect needs --access-key-env VARIABLE holding the account's access key."));
    std::optional<SmartLockImportResult> result;
    QObject context;
    QObject::connect(&cli.session().smartLockImporter(), &SmartLockImporter::finished, &context,
                     [&result](const SmartLockImportResult& r) { result = r; });
    cli.session().smartLockImporter().import(key);
    if (!CliContext::waitUntil([&] { return result.has_value(); }, cli.session().client().timeoutMs() + 15000))
        return cli.fail(ExitServiceFailure, QCoreApplication::translate("Cli", "No answer came in time."));
    if (!result->ok)
        return cli.fail(result->errorText.contains(QLatin1String("access key")) ? ExitRejected : ExitServiceFailure,
                        TerminalText::visible(result->errorText));
    // The importer writes lock by lock; the audit row follows, saying what it brought.
    if ((result->added > 0 || result->updated > 0)
        && !cli.session().signIn().audit(QStringLiteral("lock.imported"),
                                         QCoreApplication::translate("Cli", "K3 Connect account: %1 smart lock(s) added, %2 updated")
                                             .arg(result->added)
                                             .arg(result->updated)))
        cli.err << TerminalText::visible(cli.session().signIn().errorText()) << Qt::endl;
    cli.out << QCoreApplication::translate("Cli", "Smart locks added: %1, updated: %2.").arg(result->added).arg(result->updated) << Qt::endl;
    if (!result->errorText.isEmpty())
        cli.err << TerminalText::visible(result->errorText) << Qt::endl;
    return ExitOk;
}

int exportCsv(CliContext& cli)
{
    const QString csv = LockCsv::write(cli.session().locks().all());
    const QString path = cli.parser.value(QStringLiteral("output"));
    QString error;
    if (path.isEmpty() || path == QLatin1String("-")) {
        cli.out << csv; // data: exact, whatever it holds
        if (!CliOutput::flush(cli.out, &error))
            return cli.fail(ExitLocalFailure, QCoreApplication::translate("Cli", "The export did not reach standard output: %1").arg(error));
        return ExitOk;
    }
    if (!CliOutput::writeFile(path, csv.toUtf8(), &error))
        return cli.fail(ExitLocalFailure, error);
    return ExitOk;
}
} // namespace

int CliLocks::run(CliContext& cli, const QString& action)
{
    if (action == QLatin1String("add"))
        return add(cli); // opens the session itself once the input is known to be good
    if (action != QLatin1String("list") && action != QLatin1String("remove") && action != QLatin1String("import")
        && action != QLatin1String("export"))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "locks takes one of: list, add, remove, import, export."));
    if (const int code = cli.openSession(); code != ExitOk)
        return code;
    if (action == QLatin1String("list"))
        return list(cli);
    if (action == QLatin1String("export"))
        return exportCsv(cli);
    if (const int code = actAsManager(cli); code != ExitOk)
        return code;
    if (action == QLatin1String("remove"))
        return remove(cli);
    if (action == QLatin1String("import"))
        return cli.parser.isSet(QStringLiteral("k3connect")) ? importSmartLocks(cli) : importCsv(cli);
    return ExitOk;
}
