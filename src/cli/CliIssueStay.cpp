#include "CliIssueStay.h"

#include "CliArguments.h"
#include "CliContext.h"
#include "CliIssue.h"
#include "CodelocksClient.h"
#include "DurationCatalogueService.h"
#include "HistoryExport.h"
#include "IssueService.h"
#include "StayPlanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

bool CliIssueStay::requested(const CliContext& cli)
{
    return cli.parser.isSet(QStringLiteral("arrive")) || cli.parser.isSet(QStringLiteral("depart"));
}

int CliIssueStay::parse(CliContext& cli, Stay* stay)
{
    const QCommandLineParser& p = cli.parser;
    // A stay chooses the start and the length itself: asking for both ways at once is a mistake.
    for (const char* option : {"start", "length", "end-date", "validation"}) {
        if (p.isSet(QLatin1String(option)))
            return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--arrive/--depart choose the start and the length "
                                                                                 "themselves; leave out --%1.")
                                                  .arg(QLatin1String(option)));
    }
    if (!p.isSet(QStringLiteral("depart")))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "A stay needs --depart \"YYYY-MM-DD HH:MM\" (the guest's departure)."));
    if (!CliArguments::stayTime(p.value(QStringLiteral("depart")), &stay->departureDate, &stay->departureTime))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--depart takes \"YYYY-MM-DD HH:MM\" (wall time in the lock's zone)."));
    if (p.isSet(QStringLiteral("arrive"))
        && !CliArguments::stayTime(p.value(QStringLiteral("arrive")), &stay->arrivalDate, &stay->arrivalTime))
        return cli.fail(ExitInvalidInput, QCoreApplication::translate("Cli", "--arrive takes \"YYYY-MM-DD HH:MM\" (wall time in the lock's zone)."));
    return ExitOk;
}

int CliIssueStay::issue(CliContext& cli, const Lock& lock, const Stay& stay, bool modeGiven, IssueMode mode)
{
    AppSession& session = cli.session();
    // Every length of every mode may serve a stay, so the built-in table alone is not enough: ask
    // the service for the model's catalogue (a utility call, never a billed NetCode request).
    const QString model = LockModelCatalogue::info(lock.model).wireValue;
    DurationCatalogue catalogue = session.durations().catalogue(model);
    if (catalogue.isBuiltIn())
        catalogue = CliIssue::fetchCatalogue(session, model);

    const QTimeZone zone(lock.timeZoneId.toUtf8());
    StayRequest request;
    request.arrivalDate = stay.arrivalDate;
    request.arrivalTime = stay.arrivalTime;
    request.departureDate = stay.departureDate;
    request.departureTime = stay.departureTime;
    request.frame = lock.clockFrame();
    request.wallZone = zone; // the command line's times are the lock's own zone's
    request.modes = modeGiven ? QList<IssueMode>{mode} : catalogue.modesFor(lock.configuredMode);
    request.catalogue = &catalogue;
    request.nowUtc = session.clock().nowUtc();
    const StayPlan plan = StayPlanner::plan(request);
    if (!plan.isOk()) {
        QString reason = plan.reason;
        if (const QString why = session.durations().problem(model); plan.status == StayPlan::Status::NothingCovers && !why.isEmpty())
            reason += QLatin1Char(' ') + why;
        return cli.fail(ExitInvalidInput, reason);
    }

    const QJsonObject extra{{QStringLiteral("covers_from"), HistoryExport::isoTime(plan.arrivalUtc, zone)},
                            {QStringLiteral("covers_until"), HistoryExport::isoTime(plan.departureUtc, zone)}};

    IssueOrder order;
    order.lock = lock;
    order.plan = plan.start;
    order.guestName = cli.parser.value(QStringLiteral("guest"));
    order.room = cli.parser.value(QStringLiteral("room"));
    order.reference = cli.parser.value(QStringLiteral("ref"));
    order.fresh = cli.parser.isSet(QStringLiteral("fresh"));
    order.shareCode = cli.parser.isSet(QStringLiteral("share-code"));
    return CliIssue::await(cli, lock, [&session, &order] { session.issuer().issue(order); },
                           // Warnings go to standard error before anything is sent, and into --json "notes".
                           plan.notes(), extra,
                           {StayPlanner::coverText(plan, zone)});
}
