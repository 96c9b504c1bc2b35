#pragma once

#include "Lock.h"

#include <QAbstractListModel>

class LockRepository;

// The desk's locks for the lock list: favourites and recently used first. Read from the store a
// page at a time (canFetchMore/fetchMore) and searched in SQL, so a site with ten thousand locks
// opens as fast as one with ten: only the rows the list shows are read.
class LockListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockListModel)

public:
    enum Role { LockIdRole = Qt::UserRole + 1, SearchTextRole };
    static constexpr int kPageSize = 100;
    explicit LockListModel(QObject* parent = nullptr);

    // Locks given whole (no store): nothing more to fetch, searched here.
    void setLocks(const QList<Lock>& locks);
    // Pages from `locks` from now on; reload() reads the first one.
    void setRepository(const LockRepository* locks);
    // The first page again (the store changed); at least `keepRows` rows if there are that many.
    void reload(int keepRows = 0);
    void setSearch(const QString& text);
    QString search() const { return m_search; }
    const Lock* lockAt(int row) const;
    // Among the rows read so far.
    int rowOf(qint64 lockId) const;
    // Reads further pages until `lockId` is among the rows (or there is nothing more): its row or -1.
    int fetchUntil(qint64 lockId);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QList<Lock> matching() const; // setLocks mode: the given locks the search keeps
    // The next page, or the first again after a failed reload; false when the store could not be read.
    bool readMore();

    const LockRepository* m_repository = nullptr;
    QList<Lock> m_given; // setLocks mode
    QList<Lock> m_locks; // the rows shown
    QString m_search;
    bool m_exhausted = true;
    bool m_reloadPending = false; // the last reload could not read the store
};
