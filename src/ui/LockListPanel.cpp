#include "LockListPanel.h"

#include "KeyboardContextMenu.h"

#include "ActionRegistry.h"
#include "LockListModel.h"

#include <QAction>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

LockListPanel::LockListPanel(ActionRegistry& actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_model(new LockListModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
{
    m_search->setObjectName(QStringLiteral("lockSearchLineEdit"));
    m_search->setPlaceholderText(tr("Find a lock (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find a lock"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("lockListView"));
    m_view->setAccessibleName(tr("Locks"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSpacing(2);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A long name or a long mode ("Long-term rental" in a longer language) wraps onto another
    // line rather than being cut short; the list stays narrow enough for a 1024-pixel screen.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setMinimumWidth(170);
    // Rows differ in height once they wrap: measure them in batches. The model reads only the
    // first page of locks; the view asks for more as the list is scrolled.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(50);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    KeyboardContextMenu::install(m_view); // Shift+F10, as the Menu key
    m_view->addActions({actions.editLock, actions.removeLock, actions.newLock});
    m_view->installEventFilter(this);

    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addLockPushButton"));
    auto* edit = new QPushButton(tr("&Edit…"), this);
    edit->setObjectName(QStringLiteral("editLockPushButton"));
    auto* remove = new QPushButton(tr("Remo&ve…"), this);
    remove->setObjectName(QStringLiteral("removeLockPushButton"));
    connect(add, &QPushButton::clicked, actions.newLock, &QAction::trigger);
    connect(edit, &QPushButton::clicked, actions.editLock, &QAction::trigger);
    connect(remove, &QPushButton::clicked, actions.removeLock, &QAction::trigger);
    connect(actions.newLock, &QAction::changed, add, [add, &actions] {
        add->setEnabled(actions.newLock->isEnabled());
        add->setToolTip(actions.newLock->toolTip()); // why not, for a desk user
    });
    connect(actions.editLock, &QAction::changed, edit, [edit, &actions] { edit->setEnabled(actions.editLock->isEnabled()); });
    connect(actions.removeLock, &QAction::changed, remove,
            [remove, &actions] { remove->setEnabled(actions.removeLock->isEnabled()); });
    edit->setEnabled(false);
    remove->setEnabled(false);

    // Two by two: three buttons side by side would set the list's width in longer languages.
    auto* buttons = new QGridLayout;
    buttons->addWidget(add, 0, 0);
    buttons->addWidget(edit, 0, 1);
    buttons->addWidget(remove, 1, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Locks</b>"), this));
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Searched in the store: the matches among every lock, not only among the rows read so far.
        // The lock in hand stays chosen while it matches; the issue form hears of a change only.
        const auto before = currentLock();
        m_reloading = true;
        m_model->setSearch(text.trimmed());
        if (const int row = before ? m_model->rowOf(before->id) : -1; row >= 0)
            m_view->setCurrentIndex(m_model->index(row));
        else if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        m_reloading = false;
        const auto after = currentLock();
        if (!before || !after || before->id != after->id)
            onCurrentChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LockListPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LockListPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LockListPanel::onCurrentChanged);
    connect(m_view, &QListView::activated, this, &LockListPanel::lockActivated);
    setTabOrder(m_search, m_view);
}

void LockListPanel::setLocks(const QList<Lock>& locks, qint64 selectId)
{
    const auto current = currentLock();
    // A reload because another desk changed a lock keeps what this desk was looking at.
    const int scrolled = m_view->verticalScrollBar()->value();
    m_reloading = true;
    m_model->setLocks(locks);
    afterReload(current, scrolled, selectId);
}

void LockListPanel::setRepository(const LockRepository& locks)
{
    m_model->setRepository(&locks);
}

void LockListPanel::reload(qint64 selectId)
{
    const auto current = currentLock();
    const int scrolled = m_view->verticalScrollBar()->value();
    m_reloading = true;
    m_model->reload(m_model->rowCount());
    afterReload(current, scrolled, selectId);
}

void LockListPanel::afterReload(const std::optional<Lock>& current, int scrolled, qint64 selectId)
{
    const qint64 wanted = selectId > 0 ? selectId : (current ? current->id : 0);
    selectLock(wanted);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    if (selectId <= 0)
        m_view->verticalScrollBar()->setValue(scrolled);
    m_reloading = false;
    onCurrentChanged();
}

void LockListPanel::selectLock(qint64 id)
{
    if (id <= 0)
        return;
    int row = m_model->fetchUntil(id);
    if (row < 0 && !m_model->search().isEmpty()) {
        // The lock asked for (one just added or edited) is hidden by the search: show every lock
        // rather than leave the desk on another one.
        m_search->clear();
        row = m_model->fetchUntil(id);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

std::optional<Lock> LockListPanel::currentLock() const
{
    const QModelIndex index = m_view->currentIndex();
    if (const Lock* lock = m_model->lockAt(index.row()); index.isValid() && lock)
        return *lock;
    return std::nullopt;
}

void LockListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LockListPanel::onCurrentChanged()
{
    if (m_reloading)
        return;
    const auto lock = currentLock();
    m_actions.editLock->setEnabled(lock.has_value() && m_editingAllowed);
    m_actions.removeLock->setEnabled(lock.has_value() && m_editingAllowed);
    emit currentLockChanged(lock);
}

void LockListPanel::setEditingAllowed(bool allowed)
{
    m_editingAllowed = allowed;
    const bool selected = currentLock().has_value();
    m_actions.editLock->setEnabled(selected && allowed);
    m_actions.removeLock->setEnabled(selected && allowed);
    for (QAction* action : {m_actions.newLock, m_actions.importLocks, m_actions.importSmartLocks})
        action->setEnabled(allowed);
}

bool LockListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        // From the search box: arrows move through the matches, Enter takes the current one.
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            m_view->setFocus();
            const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
            if (key->key() == Qt::Key_Down && row + 1 >= m_model->rowCount() && m_model->canFetchMore({}))
                m_model->fetchMore({});
            const int next = qBound(0, row + (key->key() == Qt::Key_Down ? 1 : -1), m_model->rowCount() - 1);
            if (m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(next, 0));
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (currentLock())
                emit lockActivated();
            return true;
        }
        if (watched == m_view && key->key() == Qt::Key_Delete) {
            if (!m_editingAllowed)
                emit editingRefused();
            m_actions.removeLock->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
