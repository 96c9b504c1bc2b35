#include "LockListModel.h"

#include "DisplayText.h"

LockListModel::LockListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void LockListModel::setLocks(const QList<Lock>& locks)
{
    beginResetModel();
    m_locks = locks;
    endResetModel();
}

const Lock* LockListModel::lockAt(int row) const
{
    return row >= 0 && row < m_locks.size() ? &m_locks.at(row) : nullptr;
}

int LockListModel::rowOf(qint64 lockId) const
{
    for (int row = 0; row < m_locks.size(); ++row) {
        if (m_locks.at(row).id == lockId)
            return row;
    }
    return -1;
}

int LockListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_locks.size());
}

QVariant LockListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lock& lock = m_locks.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // Names and groups are shown with their invisible controls made visible (DisplayText).
        QString second = lock.summary();
        if (!lock.group.isEmpty())
            second = DisplayText::visible(lock.group) + QStringLiteral(" · ") + second;
        return QStringLiteral("%1\n%2").arg(DisplayText::visible(lock.name), second);
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(DisplayText::visible(lock.name), LockModelCatalogue::info(lock.model).displayName,
                                     NetCodeModes::displayName(lock.configuredMode));
    case Qt::ToolTipRole:
        return tr("%1\nTime zone: %2").arg(LockModelCatalogue::info(lock.model).displayName, DisplayText::visible(lock.timeZoneId));
    case LockIdRole:
        return lock.id;
    case SearchTextRole:
        return QStringList{lock.name, lock.group, LockModelCatalogue::info(lock.model).wireValue,
                           LockModelCatalogue::info(lock.model).displayName}
            .join(QLatin1Char(' '));
    default:
        return {};
    }
}
