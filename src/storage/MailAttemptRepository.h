#pragma once

#include "MailAttempt.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The store's `mail_attempts` table: every email of a code to its guest, delivered or not. Desks
// add attempts and read them; nobody changes or deletes one (they go with their history row when
// retention deletes it).
class MailAttemptRepository {
public:
    explicit MailAttemptRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Adds `attempt` (its id is set); false when the store refused (errorText() says why).
    bool record(MailAttempt* attempt);
    // Every attempt for one history row, oldest first.
    QList<MailAttempt> forHistory(qint64 historyId) const;
    // The latest attempt for each of `historyIds` that has any (one query: for a page of History).
    QHash<qint64, MailAttempt> latestFor(const QList<qint64>& historyIds) const;
    // Attempts that failed or were refused at or after `sinceUtc`, newest first, at most `limit`,
    // not counting rows whose later attempt was delivered (the day's watch list).
    QList<MailAttempt> failedSince(const QDateTime& sinceUtc, int limit = 100) const;

    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};
