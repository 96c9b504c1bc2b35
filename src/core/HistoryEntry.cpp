#include "HistoryEntry.h"

#include <QCoreApplication>

HistoryEntry::Status HistoryEntry::status(const QDateTime& nowUtc) const
{
    if (outcome == Outcome::Failed)
        return Status::Failed;
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
    }
    return {};
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
