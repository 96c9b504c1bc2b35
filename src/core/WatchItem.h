#pragma once

#include "HistoryEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

// One thing on the day's watch list: something a receptionist should look at today, and the
// history row it is about (0 for the month's quota, which belongs to no row).
struct WatchItem {
    // In the order the list shows them: what may cost money or a guest's entry first.
    enum class Kind { InDoubt, MailFailed, QuotaUsedUp, DeadlineSoon, ExpiringToday, ExpiredToday, QuotaNearlyUsed };

    Kind kind = Kind::ExpiringToday;
    qint64 historyId = 0;
    QDateTime atUtc; // when it happens or happened: the order within a kind
    QString text;    // one short line, translated
    QString detail;  // a longer line for the tooltip and screen readers, translated

    bool operator==(const WatchItem&) const = default;
};

// What every source is asked with: now, and the desk's day (its time zone).
struct WatchContext {
    QDateTime nowUtc;
    QTimeZone deskZone = QTimeZone::utc();

    // The desk's today as a half-open UTC range [start, end): 23, 24 or 25 hours long.
    QDateTime dayStartUtc() const;
    QDateTime dayEndUtc() const;
};

// A failed guest email as the mail log records it (the latest attempt for a code did not deliver).
struct FailedMail {
    qint64 historyId = 0;
    QString recipient;
    QDateTime attemptedAtUtc;
    QString attemptedBy;
    bool refused = false; // the server refused the recipient or the message; else it failed to send
    // The message went to the server and its answer never came (or the program sending it
    // stopped): the guest may have it.
    bool maybeSent = false;
    QString detail;       // the server's or the library's words
    QString lockName;
    QString guestName;
    QString room;
};

// Where the watch list's items come from. Each kind of trouble is its own small source, so a new
// one (a new table, a new service) is one more object handed to the list.
class WatchSource {
public:
    virtual ~WatchSource() = default;
    virtual QList<WatchItem> items(const WatchContext& context) const = 0;
};

// The rules: which rows are worth a look today, and how each is said.
class WatchRules {
public:
    // A first-use deadline this close ahead is on the list ("has the guest used it yet?").
    static constexpr qint64 kDeadlineAheadSecs = 2 * 3600;

    // History rows read for today (WatchQueries) turned into items: codes whose window ends
    // within the desk's today (still to end first, then those that ended earlier today),
    // first-use deadlines passing within two hours, and requests in doubt. Rows that are none
    // of these are skipped, so the caller may pass more than it needs.
    static QList<WatchItem> fromHistory(const QList<HistoryEntry>& rows, const WatchContext& context);
    // The month's NetCode requests against the plan's quota: nothing below 80 %, a warning from
    // 80 %, "used up" at 100 %. Nothing without a quota.
    static QList<WatchItem> quota(int requestsThisMonth, int monthlyQuota);
    static WatchItem failedMail(const FailedMail& mail, const WatchContext& context);
    // The list's order: by kind, then soonest first (past events: latest first).
    static void sort(QList<WatchItem>* items);

    // "Ana (room 12) · Room 12 lock": who and where, for the item's text.
    static QString who(const QString& lockName, const QString& guestName, const QString& room);
    static QString kindName(WatchItem::Kind kind); // translated, short: "In doubt", "Deadline", ...
};
