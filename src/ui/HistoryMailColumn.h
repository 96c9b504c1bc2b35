#pragma once

#include "HistoryEntry.h"
#include "MailAttempt.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVariant>

// History's Email column: each row's latest email to its guest (delivered, refused, not sent),
// read once per page with one query; the tooltip lists every attempt (read when asked).
class HistoryMailColumn {
    Q_DECLARE_TR_FUNCTIONS(HistoryMailColumn)

public:
    // Until a store is given the column stays empty (models in tests without mail).
    void setDatabase(QSqlDatabase db) { m_db = std::move(db); m_enabled = true; }
    // The latest attempts for `rows`; `replace`: a new first page (forget the rest).
    void load(const QList<HistoryEntry>& rows, bool replace);
    QVariant data(qint64 historyId, int role, const QTimeZone& deskZone, const QDate& today) const;
    // The latest attempt for a row, if any was read.
    const MailAttempt* latest(qint64 historyId) const;

private:
    QSqlDatabase m_db;
    bool m_enabled = false;
    QHash<qint64, MailAttempt> m_latest;
};
