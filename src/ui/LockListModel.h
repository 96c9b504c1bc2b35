#pragma once

#include "Lock.h"

#include <QAbstractListModel>

// The desk's locks for the lock list: favourites and recently used first.
class LockListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockListModel)

public:
    enum Role { LockIdRole = Qt::UserRole + 1, SearchTextRole };
    explicit LockListModel(QObject* parent = nullptr);

    void setLocks(const QList<Lock>& locks);
    const Lock* lockAt(int row) const;
    int rowOf(qint64 lockId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Lock> m_locks;
};
