#pragma once

#include "HistoryEntry.h"
#include "MailAttempt.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVariant>

// History's Email column: each row's emails to its guest (sent — even when a later attempt
// failed —, sending, may have been sent, refused, not sent), read once per page with one query;
// the tooltip lists every attempt (read when asked).
class HistoryMailColumn {
    Q_DECLARE_TR_FUNCTIONS(HistoryMailColumn)

public:
    // Until a store is given the column stays empty (models in tests without mail).
    void setDatabase(QSqlDatabase db) { m_db = std::move(db); m_enabled = true; }
    // The attempts for `rows` as they stand at `nowUtc`; `replace`: a new first page (forget the rest).
    void load(const QList<HistoryEntry>& rows, bool replace, const QDateTime& nowUtc);
    QVariant data(qint64 historyId, int role, const QTimeZone& deskZone) const;
    // The latest attempt for a row, if any was read.
    const MailAttempt* latest(qint64 historyId) const;
    const MailRowState* state(qint64 historyId) const;
    // The cell's word for a row's emails ("Sent", "Sent (a later attempt failed)", "Sending…",
    // "May have been sent", "Refused", "Not sent"), translated; also for the command line's JSON.
    static QString word(const MailRowState& state);

private:
    QSqlDatabase m_db;
    bool m_enabled = false;
    QDateTime m_nowUtc;
    QHash<qint64, MailRowState> m_states;
};
