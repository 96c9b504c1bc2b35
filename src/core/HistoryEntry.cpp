#include "HistoryEntry.h"

#include <QCoreApplication>

HistoryEntry::Status HistoryEntry::status(const QDateTime& nowUtc) const
{
    switch (outcome) {
    case Outcome::Failed:
        return Status::Failed;
    case Outcome::InDoubt:
        return Status::InDoubt;
    case Outcome::Claimed:
    case Outcome::Sent:
        // A live claim is a request on its way; once its lease has run out nobody is waiting
        // for its answer any more, and it may have been billed.
        return leaseUntilUtc.isValid() && nowUtc < leaseUntilUtc ? Status::Issuing : Status::InDoubt;
    case Outcome::Issued:
        break;
    }
    if (nowUtc < windowStartUtc)
        return Status::Upcoming;
    if (nowUtc < windowEndUtc)
        return Status::Active;
    return Status::Expired;
}

IssueMode HistoryEntry::issueMode() const
{
    IssueMode result = IssueMode::StandardMultiUse;
    IssueModes::fromStorageName(mode, &result);
    return result;
}

ClockFrame HistoryEntry::lockFrame(const QTimeZone& fallback) const
{
    const QTimeZone zone(lockTimeZone.toUtf8());
    if (!zone.isValid())
        return {fallback, true};
    return {zone, lockFollowsDst};
}

QString HistoryEntry::sourceName(Source source)
{
    switch (source) {
    case Source::Api:
        return QStringLiteral("api");
    case Source::Reused:
        return QStringLiteral("reused");
    case Source::Demo:
        return QStringLiteral("demo");
    }
    return QStringLiteral("api");
}

HistoryEntry::Source HistoryEntry::sourceFromName(const QString& name)
{
    if (name == QLatin1String("reused"))
        return Source::Reused;
    if (name == QLatin1String("demo"))
        return Source::Demo;
    return Source::Api;
}

QString HistoryEntry::statusText(Status status)
{
    switch (status) {
    case Status::Upcoming:
        return QCoreApplication::translate("HistoryEntry", "Upcoming");
    case Status::Active:
        return QCoreApplication::translate("HistoryEntry", "Active");
    case Status::Expired:
        return QCoreApplication::translate("HistoryEntry", "Expired");
    case Status::Failed:
        return QCoreApplication::translate("HistoryEntry", "Failed");
    case Status::InDoubt:
        //: History status: the request may have been billed, and no code was received
        return QCoreApplication::translate("HistoryEntry", "In doubt");
    case Status::Issuing:
        return QCoreApplication::translate("HistoryEntry", "Being issued");
    }
    return {};
}

QString HistoryEntry::statusName(Status status)
{
    switch (status) {
    case Status::Upcoming: return QStringLiteral("upcoming");
    case Status::Active: return QStringLiteral("active");
    case Status::Expired: return QStringLiteral("expired");
    case Status::Failed: return QStringLiteral("failed");
    // A request still on its way has no answer recorded yet: for scripts it is in doubt.
    case Status::InDoubt:
    case Status::Issuing: return QStringLiteral("in_doubt");
    }
    return QStringLiteral("in_doubt");
}

QString HistoryEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Issued: return QStringLiteral("issued");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Claimed: return QStringLiteral("claimed");
    case Outcome::Sent: return QStringLiteral("sent");
    case Outcome::InDoubt: return QStringLiteral("in_doubt");
    }
    return QStringLiteral("issued");
}

HistoryEntry::Outcome HistoryEntry::outcomeFromName(const QString& name)
{
    for (Outcome o : {Outcome::Issued, Outcome::Failed, Outcome::Claimed, Outcome::Sent, Outcome::InDoubt}) {
        if (outcomeName(o) == name)
            return o;
    }
    // An unknown word from a newer version: never pretend it holds a usable code.
    return Outcome::InDoubt;
}

QString HistoryEntry::claimingDesk() const
{
    const qsizetype slash = claimedBy.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? claimedBy : claimedBy.left(slash);
}

QString HistoryEntry::sourceText(Source source)
{
    switch (source) {
    case Source::Api:
        return QCoreApplication::translate("HistoryEntry", "API");
    case Source::Reused:
        return QCoreApplication::translate("HistoryEntry", "Reissued from history");
    case Source::Demo:
        return QCoreApplication::translate("HistoryEntry", "Demo");
    }
    return {};
}
