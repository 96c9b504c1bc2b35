#pragma once

#include "MailAttempt.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The store's `mail_attempts` table: every email of a code to its guest, delivered or not. Desks
// add rows and read them; nobody changes or deletes one (they go with their history row when
// retention deletes it).
//
// A send follows the request ledger's rules: it is recorded as "sending" (to whom, when, by whom,
// which row, which process, until when) BEFORE anything goes to the mail server, with one step only
// one writer can win per history row; its outcome is a second row that settles it. A send with no
// outcome whose process is gone, or whose lease is over, reads Unknown ("may have been sent").
class MailAttemptRepository {
public:
    explicit MailAttemptRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Begin {
        enum class Result {
            Started,   // `attempt` is recorded as sending (its id set): send it now
            BeingSent, // `attempt` is another send to this row still on its way: nothing recorded
            NotWritten // nothing could be recorded, so nothing may be sent; errorText() says why
        };
        Result result = Result::NotWritten;
        MailAttempt attempt;
    };
    // Records `attempt` (historyId, recipient, attemptedAtUtc, attemptedBy, sender) as sending until
    // `leaseUntilUtc`, unless another send to the same row is still on its way.
    Begin begin(const MailAttempt& attempt, const QDateTime& leaseUntilUtc, const QDateTime& nowUtc);
    // Records the outcome of a send begun with begin() (`attempt->outcome` one of Delivered,
    // Refused, Failed, Unknown; `detail`); sets settledAtUtc. False when the store refused
    // (errorText() says why; the send then reads Unknown once its process or lease is over).
    bool settle(MailAttempt* attempt, const QDateTime& settledAtUtc);
    // Adds `attempt` whole, outcome known (an address refused before anything was sent, a keychain
    // that could not be read, a row moved in); its id is set. False when the store refused.
    bool record(MailAttempt* attempt);

    // Every attempt for one history row, oldest first, each with its outcome as known now
    // (`nowUtc` judges leases; invalid: only a process known to be gone turns a send Unknown).
    QList<MailAttempt> forHistory(qint64 historyId, const QDateTime& nowUtc = {}) const;
    // The latest attempt for each of `historyIds` that has any (one query: for a page of History).
    QHash<qint64, MailAttempt> latestFor(const QList<qint64>& historyIds, const QDateTime& nowUtc = {}) const;
    // The same with the newest delivered attempt too: a later failure does not hide it.
    QHash<qint64, MailRowState> statesFor(const QList<qint64>& historyIds, const QDateTime& nowUtc = {}) const;
    // Rows whose emails since `sinceUtc` came to nothing: the latest attempt refused, failed or
    // unknown, and no attempt of the row ever delivered. Their latest attempts, newest first, at
    // most `limit`.
    QList<MailAttempt> failedSince(const QDateTime& sinceUtc, int limit = 100, const QDateTime& nowUtc = {}) const;

    QString errorText() const { return m_error; }

private:
    bool beginWrite(qint64 historyId);
    void rollback();
    QList<MailAttempt> read(const QString& where, const QList<qint64>& historyIds, const QDateTime& nowUtc) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};
