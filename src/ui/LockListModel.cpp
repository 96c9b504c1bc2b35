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
    m_reloadPending = false;
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
    if (m_repository) {
        // At least the rows that were shown, so that a reload (another desk changed a lock) keeps
        // the list where the desk had scrolled it.
        const int wanted = qMax(kPageSize, keepRows);
        bool ok = false;
        QList<Lock> locks = m_repository->page(m_search, 0, wanted, &ok);
        // The store could not be read (a shared store gone away): the list stays as it is, and the
        // next change, search or scroll reads again.
        m_reloadPending = !ok;
        if (!ok)
            return;
        beginResetModel();
        m_locks = std::move(locks);
        m_exhausted = m_locks.size() < wanted;
    } else {
        beginResetModel();
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
    return !parent.isValid() && m_repository && (!m_exhausted || m_reloadPending);
}

void LockListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        readMore();
}

bool LockListModel::readMore()
{
    if (m_reloadPending) { // the rows shown are from before a failed read: not to be extended
        reload(int(m_locks.size()));
        return !m_reloadPending;
    }
    bool ok = false;
    const QList<Lock> more = m_repository->page(m_search, int(m_locks.size()), kPageSize, &ok);
    if (!ok) // a failed read is not the end of the list: a later scroll asks again
        return false;
    m_exhausted = more.size() < kPageSize;
    if (more.isEmpty())
        return true;
    beginInsertRows({}, int(m_locks.size()), int(m_locks.size() + more.size() - 1));
    m_locks.append(more);
    endInsertRows();
    return true;
}

int LockListModel::fetchUntil(qint64 lockId)
{
    int row = rowOf(lockId);
    // Stops at a read that fails: the lock is then not found, rather than asked for forever.
    while (row < 0 && canFetchMore({}) && readMore())
        row = rowOf(lockId);
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
