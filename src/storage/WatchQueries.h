#pragma once

#include "HistoryEntry.h"
#include "WatchItem.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What the day's watch list reads from history: the rows whose window ends today or later and that
// are either in doubt, or end today, or have a first-use deadline close ahead. Read through the
// index on the window's end, so the cost follows the codes still running (a few hundred at a busy
// site), never the length of history.
class WatchQueries {
public:
    // More than this many rows for one day would not be read on a screen anyway.
    static constexpr int kRowLimit = 2000;

    explicit WatchQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    // `dayStartUtc`/`dayEndUtc`: the desk's today; deadlines from `nowUtc` to `deadlineUntilUtc`.
    // The rows carry what the watch list shows (id, issued at, lock, guest, room, window, first-use
    // deadline, outcome, lease, mode, code); others are left empty. Empty on error (errorText()).
    QList<HistoryEntry> historyForToday(const QDateTime& nowUtc, const QDateTime& dayStartUtc,
                                        const QDateTime& dayEndUtc, const QDateTime& deadlineUntilUtc,
                                        int limit = kRowLimit) const;
    // Guest mails whose latest attempt for a code, made today (from `dayStartUtc`), was refused,
    // failed or may have been sent (`nowUtc` judges sends still on their way), and none of whose
    // attempts ever delivered (the guest does not have the code by email): the newest first.
    // Reads the mail log through MailAttemptRepository; a store without it gives an empty list
    // and errorText().
    QList<FailedMail> failedMailToday(const QDateTime& dayStartUtc, int limit = kRowLimit,
                                      const QDateTime& nowUtc = {}) const;
    QString errorText() const { return m_error; }

    // The statement, for tests that check it is served by an index.
    static QString historyForTodaySql();

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};
