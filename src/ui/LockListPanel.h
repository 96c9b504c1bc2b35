#pragma once

#include "Lock.h"

#include <QWidget>
#include <optional>

class ActionRegistry;
class LockListModel;
class LockRepository;
class QLineEdit;
class QListView;

// The locks on the left: type-ahead search, favourites and recently used first, add/edit/remove.
class LockListPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockListPanel)

public:
    LockListPanel(ActionRegistry& actions, QWidget* parent = nullptr);

    void setLocks(const QList<Lock>& locks, qint64 selectId = 0);
    // The list reads its rows from `locks`, a page at a time; reload() after every change.
    void setRepository(const LockRepository& locks);
    void reload(qint64 selectId = 0);
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
    void afterReload(const std::optional<Lock>& current, int scrolled, qint64 selectId);

    ActionRegistry& m_actions;
    LockListModel* m_model;
    QLineEdit* m_search;
    QListView* m_view;
    bool m_editingAllowed = true;
    bool m_reloading = false; // one currentLockChanged per reload, not one per model reset step
};
