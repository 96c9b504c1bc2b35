#pragma once

#include "WatchItem.h"

#include <QSqlDatabase>

#include <functional>

// The watch list's sources. Each reads one kind of trouble and says it with WatchRules.

// Codes ending today, first-use deadlines close ahead and requests in doubt, from history.
class HistoryWatchSource final : public WatchSource {
public:
    explicit HistoryWatchSource(QSqlDatabase db) : m_db(std::move(db)) {}
    QList<WatchItem> items(const WatchContext& context) const override;

private:
    QSqlDatabase m_db;
};

// The month's NetCode requests against the plan's quota. `read` gives (requests, quota); a
// quota of 0 (none set, or demo mode, where codes are free) gives no item.
class QuotaWatchSource final : public WatchSource {
public:
    using Reader = std::function<std::pair<int, int>(const WatchContext&)>;
    explicit QuotaWatchSource(Reader read) : m_read(std::move(read)) {}
    QList<WatchItem> items(const WatchContext& context) const override;

private:
    Reader m_read;
};

// Guest mails that did not go out today: `read` gives the codes whose latest mail attempt failed
// or was refused (from the mail log; whoever keeps it supplies the reader).
class FailedMailWatchSource final : public WatchSource {
public:
    using Reader = std::function<QList<FailedMail>(const WatchContext&)>;
    explicit FailedMailWatchSource(Reader read) : m_read(std::move(read)) {}
    QList<WatchItem> items(const WatchContext& context) const override;

private:
    Reader m_read;
};
