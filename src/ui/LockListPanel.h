#pragma once

#include "Lock.h"

#include <QWidget>
#include <optional>

class ActionRegistry;
class LockListModel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

// The locks on the left: type-ahead search, favourites and recently used first, add/edit/remove.
class LockListPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockListPanel)

public:
    LockListPanel(ActionRegistry& actions, QWidget* parent = nullptr);

    void setLocks(const QList<Lock>& locks, qint64 selectId = 0);
    std::optional<Lock> currentLock() const;
    void focusSearch();
    void selectLock(qint64 id);
    // A desk user may look locks up but not add, change or remove them.
    void setEditingAllowed(bool allowed);

signals:
    void currentLockChanged(const std::optional<Lock>& lock);
    void lockActivated(); // Enter or double-click: go on to the issue form
    void editingRefused(); // Delete pressed by someone who may not remove locks

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCurrentChanged();

    ActionRegistry& m_actions;
    LockListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QListView* m_view;
    bool m_editingAllowed = true;
    bool m_reloading = false; // one currentLockChanged per reload, not one per model reset step
};
