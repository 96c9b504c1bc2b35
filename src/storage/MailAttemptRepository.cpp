#include "MailAttemptRepository.h"

bool MailAttemptRepository::record(MailAttempt* attempt)
{
    Q_UNUSED(attempt)
    return false;
}

QList<MailAttempt> MailAttemptRepository::forHistory(qint64 historyId) const
{
    Q_UNUSED(historyId)
    return {};
}

QHash<qint64, MailAttempt> MailAttemptRepository::latestFor(const QList<qint64>& historyIds) const
{
    Q_UNUSED(historyIds)
    return {};
}

QList<MailAttempt> MailAttemptRepository::failedSince(const QDateTime& sinceUtc, int limit) const
{
    Q_UNUSED(sinceUtc)
    Q_UNUSED(limit)
    return {};
}
