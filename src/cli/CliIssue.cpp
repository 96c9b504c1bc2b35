#include "CliIssue.h"

#include "CliArguments.h"
#include "CliContext.h"
#include "CliEmail.h"
#include "CliIssueStay.h"
#include "CodeFormat.h"
#include "CodelocksClient.h"
#include "DurationCatalogueService.h"
#include "HistoryExport.h"
#include "IssueService.h"
#include "LockValidator.h"
#include "SecretStore.h"
#include "TerminalText.h"
#include "TimeText.h"
#include "ValidityText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace {
int exitCodeFor(const IssueOutcome& outcome)
{
    if (outcome.ok)
        return outcome.savedToHistory ? ExitOk : ExitLocalFailure; // a code not in history is no success
    if (outcome.needsConsent)
        return ExitInvalidInput; // another guest's code: nothing sent, the desk must say --share-code
    if (outcome.notRecorded)
        return ExitLocalFailure;
    if (outcome.inDoubt)
        return ExitServiceFailure;
    if (outcome.implausibleCode)
        return ExitImplausibleCode;
    switch (outcome.apiError) {
    case ApiError::KeyRejected:
    case ApiError::AccessKeyRejected:
    case ApiError::LockNotFound:
    case ApiError::InvalidRequest:
    case ApiError::QuotaExceeded:
    case ApiError::UnexpectedStatus:
    case ApiError::ServiceRefused:
        return ExitRejected;
    case ApiError::None: // refused before sending (e.g. no access key stored)
        return ExitInvalidInput;
    default:
        return ExitServiceFailure;
    }
}

const QString kInlineAccessKeyRef = QStringLiteral("command-line");
} // namespace

int CliIssue::inlineLock(CliContext& cli, Lock* lock, QString* accessKey)
{
    const QCommandLineParser& p = cli.parser;
    const LockModelInfo* model = LockModelCatalogue::fromWire(p.value(QStringLiteral("model")));
    if (!model)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--model must be one of KL1060, KL1060C2, KL1060G3, K3CONNECT."));
    lock->model = model->id;
    lock->timecode = p.value(QStringLiteral("timecode"));
    lock->lockNumber = p.value(QStringLiteral("lock-id"));
    lock->smartLockId = p.value(QStringLiteral("smart-lock-id")).toLower();
    lock->timeZoneId = p.isSet(QStringLiteral("zone")) ? p.value(QStringLiteral("zone"))
                                                       : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    lock->clockFollowsDst = p.isSet(QStringLiteral("clock-follows-dst"))      ? true
                            : p.isSet(QStringLiteral("no-clock-follows-dst")) ? false
                                                                               : model->clockFollowsDstByDefault;
    if (model->smartLock) {
        const QString variable = p.value(QStringLiteral("access-key-env"));
        if (variable.isEmpty())
            return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "A smart lock needs --access-key-env VARIABLE naming the environment "
                                                 "variable that holds its access key."));
        *accessKey = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
        if (accessKey->isEmpty())
            return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "The environment variable %1 is empty or not set.").arg(variable));
        lock->accessKeyRef = kInlineAccessKeyRef;
    }
    QStringList problems;
    for (const LockFieldError& error : LockValidator::validate(*lock, {}, model->smartLock ? *accessKey : QString())) {
        if (error.field != LockField::Name)
            problems << error.message;
    }
    if (!problems.isEmpty())
        return cli.fail(ExitInvalidInput, problems.join(QLatin1Char('\n')));
    return ExitOk;
}

int CliIssue::run(CliContext& cli)
{
    const QCommandLineParser& p = cli.parser;
    // Everything the command line can get wrong is checked before the session opens.
    IssueMode mode = IssueMode::StandardMultiUse;
    const bool modeGiven = p.isSet(QStringLiteral("mode"));
    if (modeGiven && !CliArguments::issueMode(p.value(QStringLiteral("mode")), &mode))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--mode must be one of single-use, multi-use, rental, long-rental, "
                                             "end-date, 24-hour."));
    int hours = 0;
    int days = 0;
    if (p.isSet(QStringLiteral("length")) && !CliArguments::length(p.value(QStringLiteral("length")), &hours, &days))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--length takes hours or days, for example 3h or 2d."));
    int validationHours = 0;
    int validationDays = 0;
    if (p.isSet(QStringLiteral("validation"))
        && !CliArguments::length(p.value(QStringLiteral("validation")), &validationHours, &validationDays))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--validation takes hours or days, for example 6h or 2d."));
    QDate endDate;
    if (p.isSet(QStringLiteral("end-date")) && !CliArguments::date(p.value(QStringLiteral("end-date")), &endDate))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--end-date takes a date as YYYY-MM-DD."));
    const bool byStay = CliIssueStay::requested(cli);
    CliIssueStay::Stay stay;
    if (byStay) {
        if (const int code = CliIssueStay::parse(cli, &stay); code != ExitOk)
            return code;
    }
    QDate startDate;
    QTime startTime;
    if (p.isSet(QStringLiteral("start")) && !CliArguments::wallTime(p.value(QStringLiteral("start")), &startDate, &startTime))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--start takes \"YYYY-MM-DD HH:MM\", or a date alone for codes of whole days."));

    Lock lock;
    QString accessKey;
    if (!p.isSet(QStringLiteral("lock"))) {
        if (!p.isSet(QStringLiteral("model")))
            return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Say which lock: --lock NAME, or the lock inline with --model and its ids."));
        if (const int code = inlineLock(cli, &lock, &accessKey); code != ExitOk)
            return code;
        lock.name = QCoreApplication::translate("Cli", "%1 (command line)").arg(lock.isSmartLock() ? lock.smartLockId : lock.timecode);
        lock.configuredMode = IssueModes::configurationOf(mode);
    }
    if (const int code = CliEmail::checkOptions(cli); code != ExitOk)
        return code;
    if (const int code = cli.openSession(); code != ExitOk)
        return code;
    if (const int code = CliEmail::checkServer(cli); code != ExitOk)
        return code;
    AppSession& session = cli.session();
    if (p.isSet(QStringLiteral("lock"))) {
        if (!session.locks().findByName(p.value(QStringLiteral("lock")), &lock))
            return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "There is no lock called \"%1\". See: netcode-desk-cli locks list")
                                                  .arg(p.value(QStringLiteral("lock"))));
        if (p.isSet(QStringLiteral("zone")))
            return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--zone is for a lock given inline; %1 keeps its own zone (%2).")
                                                  .arg(lock.name, lock.timeZoneId));
        if (!modeGiven)
            mode = IssueModes::allowedFor(lock.configuredMode).first();
    } else if (lock.isSmartLock()) {
        cli.secrets().setForThisRun(SecretStore::accessKeyName(kInlineAccessKeyRef), accessKey);
    }
    if (!IssueModes::allowedFor(lock.configuredMode).contains(mode))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "%1 is configured for %2; it cannot take a %3 code.")
                                              .arg(lock.name, NetCodeModes::displayName(lock.configuredMode),
                                                   IssueModes::displayName(mode)));
    if (byStay)
        return CliIssueStay::issue(cli, lock, stay, modeGiven, mode);

    // Lengths: the standard table is known; anything else comes from the service's catalogue.
    const QString model = LockModelCatalogue::info(lock.model).wireValue;
    DurationCatalogue catalogue = session.durations().catalogue(model);
    auto findOption = [&]() -> const DurationOption* {
        switch (mode) {
        case IssueMode::LongTermRental:
            return catalogue.find(mode, validationHours, validationDays);
        case IssueMode::TwentyFourHour:
        case IssueMode::EndDate: {
            // One 24-hour length; for End Date any entry of the mode (the plan picks the right one).
            for (const DurationOption& o : catalogue.all()) {
                if (o.mode == mode)
                    return &o;
            }
            return nullptr;
        }
        default:
            return catalogue.find(mode, hours, days);
        }
    };
    if (mode == IssueMode::LongTermRental && validationHours == 0 && validationDays == 0)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "A long-term rental code needs --validation, for example 6h or 2d."));
    if (mode == IssueMode::EndDate && !endDate.isValid())
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "An End Date code needs --end-date YYYY-MM-DD (its last day)."));
    if (mode != IssueMode::LongTermRental && mode != IssueMode::EndDate && mode != IssueMode::TwentyFourHour
        && hours == 0 && days == 0)
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "Say how long the code lasts: --length 3h or --length 2d."));
    if (!findOption())
        catalogue = fetchCatalogue(session, model);
    const DurationOption* option = findOption();
    if (!option) {
        const QString why = session.durations().problem(model);
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "The service offers no such %1 code for %2.%3")
                                              .arg(IssueModes::displayName(mode), model,
                                                   why.isEmpty() ? QString() : QLatin1Char(' ') + why));
    }

    const QTimeZone zone(lock.timeZoneId.toUtf8());
    const QDateTime now = session.clock().nowUtc();
    if (!startDate.isValid()) {
        const QDateTime wall = now.toTimeZone(zone);
        startDate = wall.date();
        startTime = QTime(wall.time().hour(), 0);
    }
    StartRequest request;
    request.wallDate = startDate;
    request.wallTime = startTime;
    request.deskZone = zone; // the command line's times are the lock's own zone's
    request.frame = lock.clockFrame();
    request.mode = mode;
    request.duration = *option;
    request.endDate = endDate;
    request.catalogue = &catalogue;
    request.nowUtc = now;
    IssueOrder order;
    order.lock = lock;
    order.plan = StartTimeRules::plan(request);
    order.guestName = p.value(QStringLiteral("guest"));
    order.room = p.value(QStringLiteral("room"));
    order.reference = p.value(QStringLiteral("ref"));
    order.fresh = p.isSet(QStringLiteral("fresh"));
    order.shareCode = p.isSet(QStringLiteral("share-code"));
    if (!order.plan.isOk())
        return cli.fail(ExitInvalidInput, order.plan.refusal);

    return await(cli, lock, [&session, &order] { session.issuer().issue(order); }, notes(order.plan));
}

DurationCatalogue CliIssue::fetchCatalogue(AppSession& session, const QString& model)
{
    bool fetched = false;
    QObject context;
    QObject::connect(&session.durations(), &DurationCatalogueService::catalogueChanged, &context,
                     [&fetched, model](const QString& changed) { fetched = fetched || changed == model; });
    session.durations().refresh(model);
    CliContext::waitUntil([&] { return fetched; }, session.client().timeoutMs() + 5000);
    return session.durations().catalogue(model);
}

QStringList CliIssue::notes(const StartPlan& plan)
{
    QStringList notes;
    for (const QString& note : {plan.snapNote, plan.ambiguityNote, plan.lengthNote, plan.lateNote, plan.dstNote}) {
        if (!note.isEmpty())
            notes << note;
    }
    return notes;
}

int CliIssue::await(CliContext& cli, const Lock& lock, const std::function<void()>& start, const QStringList& notes,
                    const QJsonObject& extraJson, const QStringList& extraLines)
{
    // Said before anything is sent, as the desk sees them under the start it chose.
    for (const QString& note : notes)
        cli.err << CliContext::printable(note) << Qt::endl;
    const QJsonArray notesJson = QJsonArray::fromStringList(notes);
    AppSession& session = cli.session();
    const QTimeZone zone(lock.timeZoneId.toUtf8());
    std::optional<IssueOutcome> outcome;
    QObject context;
    QObject::connect(&session.issuer(), &IssueService::finished, &context, [&outcome](const IssueOutcome& o) {
        if (!outcome)
            outcome = o;
    });
    QObject::connect(&session.issuer(), &IssueService::waitingForOtherDesk, &context, [&cli](const QString& desk) {
        cli.err << QCoreApplication::translate("Cli", "The same request is being issued at %1 right now: waiting for "
                                                      "its answer instead of sending it again…")
                       .arg(TerminalText::visible(desk))
                << Qt::endl;
    });
    start();
    // The issuing service bounds every wait itself (the request's own timeout, or how long it
    // waits for another desk's answer); this is only the last resort.
    const int bound = std::max(session.client().timeoutMs() * 3, int(IssueService::kMaxWaitForOtherMs)) + 30000;
    if (!CliContext::waitUntil([&] { return outcome.has_value(); }, bound))
        return cli.fail(ExitServiceFailure, QCoreApplication::translate("Cli", "No answer came in time. The request "
                                                                               "may have been billed; see History."));
    if (outcome->needsConsent) {
        const HistoryEntry& holder = outcome->original;
        const QString text = IssueService::consentText(holder, session.deskZone()) + QLatin1Char('\n')
                             + QCoreApplication::translate("Cli", "To give this guest the same code too, add --share-code.");
        if (cli.json()) {
            cli.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), text},
                                                 {QStringLiteral("exit_code"), exitCodeFor(*outcome)},
                                                 {QStringLiteral("needs_consent"), true},
                                                 {QStringLiteral("code_held_by"),
                                                  QJsonObject{{QStringLiteral("history_id"), holder.id},
                                                              {QStringLiteral("guest"), holder.guestName},
                                                              {QStringLiteral("room"), holder.room},
                                                              {QStringLiteral("issued_at"),
                                                               HistoryExport::isoTime(holder.issuedAtUtc, session.deskZone())},
                                                              {QStringLiteral("issued_by"), holder.issuedBy}}},
                                                 {QStringLiteral("notes"), notesJson}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
            cli.err << CliContext::printable(text) << Qt::endl;
            return exitCodeFor(*outcome);
        }
        return cli.fail(exitCodeFor(*outcome), text);
    }
    if (!outcome->ok) {
        if (cli.json() && outcome->entry.id > 0) {
            // Scripts can find the row again (an in-doubt request can be asked again from it).
            cli.err << CliContext::printable(outcome->errorText) << Qt::endl;
            cli.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), outcome->errorText},
                                                 {QStringLiteral("exit_code"), exitCodeFor(*outcome)},
                                                 {QStringLiteral("status"),
                                                  HistoryEntry::statusName(outcome->entry.status(session.clock().nowUtc()))},
                                                 {QStringLiteral("history_id"), outcome->entry.id},
                                                 {QStringLiteral("saved"), outcome->savedToHistory},
                                                 {QStringLiteral("notes"), notesJson}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
            return exitCodeFor(*outcome);
        }
        return cli.fail(exitCodeFor(*outcome), outcome->errorText);
    }

    const HistoryEntry& e = outcome->entry;
    const QString source = outcome->reused ? QStringLiteral("history")
                                           : (session.isDemo() ? QStringLiteral("demo") : QStringLiteral("api"));
    if (cli.json()) {
        QJsonObject object{{QStringLiteral("code"), e.code},
                           {QStringLiteral("code_grouped"), CodeFormat::grouped(e.code)},
                           {QStringLiteral("lock"), lock.name},
                           {QStringLiteral("mode"), e.mode},
                           {QStringLiteral("start_sent"), e.startSent},
                           {QStringLiteral("duration_id"), e.durationId},
                           {QStringLiteral("valid_from"), HistoryExport::isoTime(e.windowStartUtc, zone)},
                           {QStringLiteral("valid_until"), HistoryExport::isoTime(e.windowEndUtc, zone)},
                           {QStringLiteral("source"), source},
                           {QStringLiteral("charged"), outcome->charged},
                           {QStringLiteral("demo"), session.isDemo()},
                           {QStringLiteral("history_id"), e.id},
                           {QStringLiteral("saved"), outcome->savedToHistory},
                           {QStringLiteral("notes"), notesJson}};
        if (outcome->fromOtherDesk)
            object.insert(QStringLiteral("other_desk"), outcome->otherDesk);
        if (e.sharesCodeWith > 0)
            object.insert(QStringLiteral("shares_code_with"), e.sharesCodeWith);
        for (auto it = extraJson.constBegin(); it != extraJson.constEnd(); ++it)
            object.insert(it.key(), it.value());
        if (e.firstUseByUtc.isValid())
            object.insert(QStringLiteral("first_use_by"), HistoryExport::isoTime(e.firstUseByUtc, zone));
        // One JSON document for the run: the email's outcome (--email) goes inside it, so the
        // object is printed once the email has ended.
        const int code = CliEmail::afterIssue(cli, e, exitCodeFor(*outcome), &object);
        cli.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        if (!outcome->errorText.isEmpty())
            cli.err << CliContext::printable(outcome->errorText) << Qt::endl;
        return code;
    } else {
        cli.out << QCoreApplication::translate("Cli", "Code %1 for %2")
                       .arg(CodeFormat::grouped(e.code), TerminalText::visible(lock.name))
                << Qt::endl;
        for (const QString& line : ValidityText::lines(e.validity(), zone, lock.clockFrame(), e.issuedAtUtc)) {
            if (!notes.contains(line)) // already on standard error
                cli.out << line << Qt::endl;
        }
        for (const QString& line : extraLines)
            cli.out << line << Qt::endl;
        cli.out << QCoreApplication::translate("Cli", "Start sent: %1 (lock's clock), duration id %2").arg(e.startSent).arg(e.durationId) << Qt::endl;
        if (outcome->reused)
            cli.out << QCoreApplication::translate("Cli", "Reissued from history — no new charge (use --fresh to ask the service again).") << Qt::endl;
        if (e.sharesCodeWith > 0)
            cli.out << QCoreApplication::translate("Cli", "Shared with %1 (history row %2, issued %3): both guests open "
                                                          "the same door with this code in the same window.")
                           .arg(TerminalText::visible(HistoryEntry::holderText(outcome->original.guestName,
                                                                               outcome->original.room)))
                           .arg(e.sharesCodeWith)
                           .arg(TimeText::dateTime(outcome->original.issuedAtUtc.toTimeZone(session.deskZone())))
                    << Qt::endl;
        if (session.isDemo())
            cli.out << QCoreApplication::translate("Cli", "DEMO code — it will not open a real lock.") << Qt::endl;
    }
    if (!outcome->errorText.isEmpty())
        cli.err << CliContext::printable(outcome->errorText) << Qt::endl;
    // The code is issued and printed first: an email that fails leaves it in history.
    return CliEmail::afterIssue(cli, e, exitCodeFor(*outcome));
}
