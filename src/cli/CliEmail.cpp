#include "CliEmail.h"

#include "CliContext.h"
#include "GuestMail.h"
#include "GuestMailService.h"
#include "HistoryExport.h"
#include "MailAttempt.h"
#include "Languages.h"
#include "MailAddress.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
bool wanted(const CliContext& cli)
{
    return cli.parser.isSet(QStringLiteral("email"));
}
} // namespace

int CliEmail::checkOptions(CliContext& cli)
{
    const QCommandLineParser& p = cli.parser;
    if (!wanted(cli)) {
        if (p.isSet(QStringLiteral("attach-slip")))
            return cli.fail(ExitInvalidInput, CliEmail::tr("--attach-slip goes with --email ADDRESS."));
        return ExitOk;
    }
    QString reason;
    if (!MailAddress::isValid(p.value(QStringLiteral("email")), &reason))
        return cli.fail(ExitInvalidInput, CliEmail::tr("--email: %1 Nothing was sent.").arg(reason));
    return checkLanguage(cli);
}

int CliEmail::checkLanguage(CliContext& cli)
{
    if (!cli.parser.isSet(QStringLiteral("language")))
        return ExitOk;
    const QString code = cli.parser.value(QStringLiteral("language"));
    QStringList codes;
    for (const auto& [known, name] : Languages::available())
        codes << known;
    if (!codes.contains(code))
        return cli.fail(ExitInvalidInput, CliEmail::tr("--language takes one of: %1.").arg(codes.join(QStringLiteral(", "))));
    return ExitOk;
}

int CliEmail::checkServer(CliContext& cli)
{
    if (!wanted(cli) || cli.session().mail().isConfigured())
        return ExitOk;
    return cli.fail(ExitInvalidInput, CliEmail::tr("No mail server is set up for this site (a manager sets one in Settings, "
                                         "Email). Nothing was sent."));
}

int CliEmail::afterIssue(CliContext& cli, const HistoryEntry& entry, int issueCode, QJsonObject* json)
{
    if (!wanted(cli) || issueCode != ExitOk || entry.id <= 0 || !entry.hasCode())
        return issueCode;
    const int mailed = send(cli, entry, cli.parser.value(QStringLiteral("email")), json, false);
    return mailed == ExitOk ? issueCode : mailed;
}

QJsonObject CliEmail::stateJson(const MailRowState& state, const QTimeZone& zone)
{
    return QJsonObject{{QStringLiteral("state"), MailAttempt::outcomeName(state.latest.outcome)},
                       {QStringLiteral("to"), state.latest.recipient},
                       {QStringLiteral("at"), HistoryExport::isoTime(state.latest.attemptedAtUtc, zone)},
                       {QStringLiteral("attempts"), state.attempts},
                       {QStringLiteral("delivered"), state.anyDelivered()}};
}

int CliEmail::historyEmail(CliContext& cli)
{
    const QStringList positional = cli.parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.size() == 4 ? positional.at(2).toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return cli.fail(ExitInvalidInput, CliEmail::tr("Say which code and to whom: netcode-desk-cli history email ID ADDRESS "
                                             "(the id from history list --json)."));
    const QString address = positional.at(3);
    QString reason;
    if (!MailAddress::isValid(address, &reason))
        return cli.fail(ExitInvalidInput, CliEmail::tr("%1 Nothing was sent.").arg(reason));
    // --attach-slip and --language belong to this command as they do to issue … --email.
    if (const int code = checkLanguage(cli); code != ExitOk)
        return code;
    if (const int code = cli.openSession(); code != ExitOk)
        return code;
    AppSession& session = cli.session();
    if (!session.mail().isConfigured())
        return cli.fail(ExitInvalidInput, CliEmail::tr("No mail server is set up for this site (a manager sets one in Settings, "
                                             "Email). Nothing was sent."));
    HistoryEntry row;
    if (!session.history().find(id, &row))
        return cli.fail(ExitInvalidInput, CliEmail::tr("There is no history row %1.").arg(id));
    if (!row.hasCode())
        return cli.fail(ExitInvalidInput, CliEmail::tr("Row %1 holds no code to email.").arg(id));
    return send(cli, row, address, nullptr, true);
}

int CliEmail::send(CliContext& cli, const HistoryEntry& entry, const QString& address, QJsonObject* json, bool again)
{
    AppSession& session = cli.session();
    GuestMailService& mail = session.mail();
    // A script gives the password for this run; otherwise the keychain's is used.
    if (qEnvironmentVariableIsSet("NETCODE_DESK_MAIL_PASSWORD"))
        cli.secrets().setForThisRun(GuestMailService::passwordKey(), qEnvironmentVariable("NETCODE_DESK_MAIL_PASSWORD"));
    SlipDetails details = GuestMail::detailsFor(entry, session.site(), session.deskZone());
    details.language = cli.parser.value(QStringLiteral("language"));

    std::optional<MailAttempt> attempt;
    QString recordError;
    QObject context;
    QObject::connect(&mail, &GuestMailService::finished, &context,
                     [&](qint64 historyId, const MailAttempt& done, const QString& error) {
                         if (historyId == entry.id) {
                             attempt = done;
                             recordError = error;
                         }
                     });
    QString error;
    const bool attach = cli.parser.isSet(QStringLiteral("attach-slip"));
    // A language asked for wins; otherwise an email sent again keeps the guest's language.
    const bool started = again && !cli.parser.isSet(QStringLiteral("language"))
                             ? mail.sendAgain(entry.id, details, address, attach, cli.actor(), &error)
                             : mail.send(entry.id, details, address, attach, cli.actor(), &error);
    if (!started)
        return cli.fail(ExitMailFailure, error);
    // The send is bounded by the server's own timeouts; this is only the last resort.
    CliContext::waitUntil([&] { return attempt.has_value(); }, (mail.server().totalTimeoutSeconds + 30) * 1000);
    if (!attempt)
        return cli.fail(ExitMailFailure, CliEmail::tr("The email did not finish in time; whether it was sent is not known."));

    const bool delivered = attempt->delivered();
    // Recorded before the send, or nothing was sent: then the reason is that (said once).
    const bool notStarted = attempt->id <= 0 && !recordError.isEmpty() && recordError == attempt->detail;
    const bool recorded = attempt->id > 0 && recordError.isEmpty();
    if (cli.json()) {
        const QJsonObject email{{QStringLiteral("history_id"), entry.id},
                                {QStringLiteral("to"), attempt->recipient},
                                {QStringLiteral("outcome"), MailAttempt::outcomeName(attempt->outcome)},
                                {QStringLiteral("detail"), attempt->detail},
                                {QStringLiteral("language"), attempt->language},
                                {QStringLiteral("recorded"), recorded}};
        if (json)
            json->insert(QStringLiteral("email"), email);
        else
            cli.out << QJsonDocument(QJsonObject{{QStringLiteral("email"), email}}).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (delivered) {
        cli.out << CliEmail::tr("Emailed to %1.").arg(CliContext::printable(attempt->recipient)) << Qt::endl;
    }
    if (notStarted) {
        cli.err << CliContext::printable(recordError) << Qt::endl;
        return ExitLocalFailure;
    }
    if (!recordError.isEmpty()) {
        // Whatever came of the send, history does not show it: as for a code that could not be
        // saved, the run fails with the database's reason, once.
        cli.err << CliContext::printable(delivered
                                             ? CliEmail::tr("The email to %1 was sent, but history could not record it: %2")
                                                   .arg(attempt->recipient, recordError)
                                             : CliEmail::tr("The email to %1 was not sent (%2), and history could not "
                                                            "record the attempt: %3")
                                                   .arg(attempt->recipient, attempt->detail, recordError))
                << Qt::endl;
        return ExitLocalFailure;
    }
    if (attempt->outcome == MailAttempt::Outcome::Unknown) {
        cli.err << CliContext::printable(CliEmail::tr("The email may have been sent: %1").arg(attempt->detail)) << Qt::endl;
        return ExitMailFailure;
    }
    if (!delivered) {
        cli.err << CliContext::printable(CliEmail::tr("Email not sent: %1").arg(attempt->detail)) << Qt::endl;
        // Not recorded (id 0): turned away because another program has this row's email on its way,
        // whose outcome comes first; sending again is advice only once that is known.
        if (attempt->id > 0)
            cli.err << CliEmail::tr("The code is in history (row %1); send it again with: netcode-desk-cli history email "
                                    "%1 ADDRESS")
                           .arg(entry.id)
                    << Qt::endl;
    }
    return delivered ? ExitOk : ExitMailFailure;
}
