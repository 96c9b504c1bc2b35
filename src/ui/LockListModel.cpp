#include "LockListModel.h"

#include "DisplayText.h"
#include "LockRepository.h"

LockListModel::LockListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void LockListModel::setLocks(const QList<Lock>& locks)
{
    beginResetModel();
    m_repository = nullptr;
    m_given = locks;
    m_locks = matching();
    m_exhausted = true;
    endResetModel();
}

QList<Lock> LockListModel::matching() const
{
    if (m_search.isEmpty())
        return m_given;
    QList<Lock> kept;
    for (const Lock& lock : m_given) {
        if (LockRepository::searchText(lock).contains(m_search, Qt::CaseInsensitive))
            kept.append(lock);
    }
    return kept;
}

void LockListModel::setRepository(const LockRepository* locks)
{
    m_repository = locks;
    m_given.clear();
}

void LockListModel::reload(int keepRows)
{
    beginResetModel();
    if (m_repository) {
        // At least the rows that were shown, so that a reload (another desk changed a lock) keeps
        // the list where the desk had scrolled it.
        const int wanted = qMax(kPageSize, keepRows);
        m_locks = m_repository->page(m_search, 0, wanted);
        m_exhausted = m_locks.size() < wanted;
    } else {
        m_locks = matching();
        m_exhausted = true;
    }
    endResetModel();
}

void LockListModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

bool LockListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_repository && !m_exhausted;
}

void LockListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Lock> more = m_repository->page(m_search, int(m_locks.size()), kPageSize);
    m_exhausted = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_locks.size()), int(m_locks.size() + more.size() - 1));
    m_locks.append(more);
    endInsertRows();
}

int LockListModel::fetchUntil(qint64 lockId)
{
    int row = rowOf(lockId);
    while (row < 0 && canFetchMore({})) {
        const int from = int(m_locks.size());
        fetchMore({});
        for (int i = from; i < m_locks.size() && row < 0; ++i) {
            if (m_locks.at(i).id == lockId)
                row = i;
        }
    }
    return row;
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
        return LockRepository::searchText(lock);
    default:
        return {};
    }
}
