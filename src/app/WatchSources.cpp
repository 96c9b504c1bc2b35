#include "WatchSources.h"

#include "WatchQueries.h"

QList<WatchItem> HistoryWatchSource::items(const WatchContext& context) const
{
    const WatchQueries queries(m_db);
    const QList<HistoryEntry> rows =
        queries.historyForToday(context.nowUtc, context.dayStartUtc(), context.dayEndUtc(),
                                context.nowUtc.addSecs(WatchRules::kDeadlineAheadSecs));
    return WatchRules::fromHistory(rows, context);
}

QList<WatchItem> QuotaWatchSource::items(const WatchContext& context) const
{
    const auto [requests, quota] = m_read(context);
    return WatchRules::quota(requests, quota);
}

QList<WatchItem> FailedMailWatchSource::items(const WatchContext& context) const
{
    QList<WatchItem> items;
    for (const FailedMail& mail : m_read(context))
        items << WatchRules::failedMail(mail, context);
    return items;
}
