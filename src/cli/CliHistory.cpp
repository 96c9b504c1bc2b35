#include "CliHistory.h"

#include "CliContext.h"
#include "CliEmail.h"
#include "MailAttemptRepository.h"
#include "CliIssue.h"
#include "CliOutput.h"
#include "CodeFormat.h"
#include "HistoryExport.h"
#include "IssueService.h"
#include "LockRepository.h"
#include "TerminalText.h"
#include "TimeText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int CliHistory::askAgain(CliContext& cli)
{
    const QStringList positional = cli.parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.size() == 3 ? positional.at(2).toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Say which request: netcode-desk-cli history "
                                                                             "ask-again ID (the id from history list --json)."));
    if (const int code = cli.openSession(); code != ExitOk)
        return code;
    AppSession& session = cli.session();
    HistoryEntry row;
    if (!session.history().find(id, &row))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "There is no history row %1.").arg(id));
    if (row.status(session.clock().nowUtc()) != HistoryEntry::Status::InDoubt)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Row %1 is not in doubt (it is %2): there is "
                                                                             "nothing to ask again.")
                                              .arg(id)
                                              .arg(HistoryEntry::statusText(row.status(session.clock().nowUtc()))));
    const std::optional<Lock> lock = IssueService::lockForRequest(row, session.locks());
    if (!lock)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "The lock of row %1 is not in the database (it "
                                                                             "was given inline): issue it again with the same "
                                                                             "options and --fresh.")
                                              .arg(id));
    return CliIssue::await(cli, *lock, [&session, &row, &lock] { session.issuer().askAgain(row, *lock); });
}

int CliHistory::run(CliContext& cli, const QString& action)
{
    if (action == QLatin1String("ask-again"))
        return askAgain(cli);
    if (action == QLatin1String("email"))
        return CliEmail::historyEmail(cli);
    if (action != QLatin1String("list") && action != QLatin1String("export"))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "history takes one of: list, export, ask-again, email."));
    int limit = 50;
    if (cli.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = cli.parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--limit takes a positive number."));
    }
    const QString format = cli.parser.value(QStringLiteral("format")).toLower();
    if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("json"))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--format takes csv or json."));
    if (const int code = cli.openSession(); code != ExitOk)
        return code;
    AppSession& session = cli.session();
    const QString search = cli.parser.value(QStringLiteral("search"));
    const QTimeZone zone = session.deskZone();
    const QDateTime now = session.clock().nowUtc();

    if (action == QLatin1String("list")) {
        const QList<HistoryEntry> entries = session.history().page(search, 0, limit);
        if (cli.json()) {
            // Each row with its emails to the guest, when it has any.
            QList<qint64> ids;
            for (const HistoryEntry& e : entries)
                ids.append(e.id);
            const QHash<qint64, MailRowState> mail =
                MailAttemptRepository(session.database().connection()).statesFor(ids, now);
            QJsonArray rows = QJsonDocument::fromJson(HistoryExport::json(entries, zone, now)).array();
            for (qsizetype i = 0; i < rows.size() && i < entries.size(); ++i) {
                const auto it = mail.constFind(entries.at(i).id);
                if (it == mail.constEnd())
                    continue;
                QJsonObject row = rows.at(i).toObject();
                row.insert(QStringLiteral("email"), CliEmail::stateJson(*it, zone));
                rows.replace(i, row);
            }
            cli.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        // Names and codes come from the database, which anyone with the file can write: they
        // reach the terminal with their control characters made visible, one field per column.
        for (const HistoryEntry& e : entries) {
            cli.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                           .arg(TimeText::dateTime(e.issuedAtUtc.toTimeZone(zone)), TerminalText::visible(e.lockName),
                                e.code.isEmpty() ? QCoreApplication::translate("Cli", "(not issued)")
                                                 : TerminalText::visible(CodeFormat::grouped(e.code)),
                                TimeText::window(e.windowStartUtc, e.windowEndUtc, zone), TerminalText::visible(e.guestName),
                                HistoryEntry::statusText(e.status(now)))
                    << Qt::endl;
        }
        return ExitOk;
    }

    // Export everything that matches, a page at a time, straight to where it goes: memory stays
    // flat however long the history, and a write that fails stops the export there.
    HistoryExportStream stream(format == QLatin1String("json") || (format.isEmpty() && cli.json())
                                   ? HistoryExportStream::Format::Json
                                   : HistoryExportStream::Format::Csv,
                               zone, now);
    const QString path = cli.parser.value(QStringLiteral("output"));
    const bool toStdout = path.isEmpty() || path == QLatin1String("-");
    CliOutput::File file;
    if (!toStdout && !file.open(path))
        return cli.fail(ExitLocalFailure, file.errorText());
    // The export is data: exact, whatever it holds. Only whether it arrived is checked.
    QString stdoutError;
    auto write = [&](const QByteArray& data) {
        if (!toStdout)
            return file.write(data);
        cli.out << QString::fromUtf8(data);
        return CliOutput::flush(cli.out, &stdoutError);
    };
    int written = 0;
    bool ok = write(stream.begin());
    HistoryQuery query;
    query.search = search;
    for (int offset = 0; ok; offset += 1000) {
        bool read = false;
        const QList<HistoryEntry> page = session.history().page(query, offset, 1000, &read);
        if (!read) // a history cut short must not pass for the whole of it
            return cli.fail(ExitLocalFailure,
                            QCoreApplication::translate("Cli", "The history could not be read to its end: "
                                                               "the export is incomplete."));
        ok = write(stream.page(page));
        written += int(page.size());
        if (page.size() < 1000)
            break;
    }
    ok = ok && write(stream.end()) && (toStdout || file.commit());
    if (!ok && toStdout)
        return cli.fail(ExitLocalFailure,
                        QCoreApplication::translate("Cli", "The export did not reach standard output: %1").arg(stdoutError));
    if (!ok)
        return cli.fail(ExitLocalFailure, file.errorText());
    if (!toStdout)
        cli.err << QCoreApplication::translate("Cli", "Codes written to %1: %2.").arg(TerminalText::visible(path)).arg(written)
                << Qt::endl;
    return ExitOk;
}
