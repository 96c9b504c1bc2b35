#pragma once

#include "HistoryEntry.h"
#include "HistoryMailColumn.h"
#include "HistoryQuery.h"

#include <QAbstractTableModel>
#include <QTimeZone>

class Clock;
class HistoryRepository;

// Issued codes, newest first, fetched from SQL a page at a time (canFetchMore/fetchMore) so a long
// history never loads whole; each further page is the one after the last row shown (no OFFSET).
class HistoryTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTableModel)

public:
    enum Column { Issued, Lock, Mode, Length, Window, FirstUseBy, Code, Guest, Room, Reference, Status, Source, IssuedBy, Email, ColumnCount };
    static constexpr int kPageSize = 100;

    // Now: the first page is read at once. WhenAsked: nothing is read until reload(); the sort,
    // filters and mail column set meanwhile are kept, so a panel being set up reads its first page
    // once, not once per setting.
    enum class FirstRead { Now, WhenAsked };
    HistoryTableModel(HistoryRepository& history, const Clock& clock, QObject* parent = nullptr,
                      FirstRead firstRead = FirstRead::Now);

    void setDeskZone(const QTimeZone& zone);
    // Fills the Email column (each row's latest email to its guest) from the store's attempts.
    void setMailAttempts(QSqlDatabase db);
    const MailAttempt* latestMail(int row) const;
    // A row's emails as last read (null when it has none, or is not on the pages read).
    const MailRowState* mailState(qint64 historyId) const { return m_mail.state(historyId); }
    void setSearch(const QString& text);
    QString search() const { return m_query.search; }
    // Filters, keeping the search and sort order.
    void setFilter(HistoryQuery::Status status, qint64 lockId, const QDate& from, const QDate& to);
    const HistoryQuery& query() const { return m_query; }
    // Reads the first page again (and, for a WhenAsked model, for the first time).
    void reload();
    const HistoryEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void readAgain(); // a setting changed: read now, unless no read has been asked for yet

    HistoryRepository& m_history;
    const Clock& m_clock;
    QTimeZone m_deskZone = QTimeZone::systemTimeZone();
    HistoryQuery m_query;
    QList<HistoryEntry> m_rows;
    HistoryMailColumn m_mail;
    bool m_exhausted = true; // the last page came back short: there is nothing more
    bool m_resetting = false;
    bool m_reloadPending = false; // the last reload could not read the store
    bool m_waitingForFirstRead = false; // WhenAsked, and reload() not called yet
};
