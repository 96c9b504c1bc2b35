#include "HistoryPanel.h"

#include "HistoryTableModel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(HistoryRepository& history, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_model(new HistoryTableModel(history, clock, this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_copy(new QPushButton(tr("Copy c&ode"), this))
    , m_reprint(new QPushButton(tr("Re&print…"), this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("historySearchLineEdit"));
    m_search->setPlaceholderText(tr("Search history: guest, room, reference, lock or code"));
    m_search->setAccessibleName(tr("Search history"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("historyTableView"));
    m_view->setAccessibleName(tr("History of issued codes"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copy->setObjectName(QStringLiteral("historyCopyPushButton"));
    m_reprint->setObjectName(QStringLiteral("historyReprintPushButton"));

    auto* copyAction = new QAction(tr("Copy code"), m_view);
    auto* reprintAction = new QAction(tr("Reprint slip…"), m_view);
    m_view->addAction(copyAction);
    m_view->addAction(reprintAction);

    auto* title = new QLabel(tr("<b>History</b>"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_search, 1);
    top->addWidget(m_copy);
    top->addWidget(m_reprint);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view);

    // Search as you type, without a query per keystroke while typing fast.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        updateButtons();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearch(m_search->text());
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });
    connect(m_copy, &QPushButton::clicked, this, &HistoryPanel::copySelectedCode);
    connect(copyAction, &QAction::triggered, this, &HistoryPanel::copySelectedCode);
    auto reprint = [this] {
        if (const HistoryEntry* entry = selectedEntry(); entry && entry->outcome == HistoryEntry::Outcome::Issued)
            emit reprintRequested(*entry);
    };
    connect(m_reprint, &QPushButton::clicked, this, reprint);
    connect(reprintAction, &QAction::triggered, this, reprint);
    connect(m_view, &QTableView::activated, this, reprint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateButtons);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_copy);
    setTabOrder(m_copy, m_reprint);
    updateButtons();
}

void HistoryPanel::setDeskZone(const QTimeZone& zone)
{
    m_model->setDeskZone(zone);
}

void HistoryPanel::reload()
{
    m_model->reload();
    m_view->resizeColumnsToContents();
    // Guests' names matter most when looking a code up: never squeeze them out.
    m_view->setColumnWidth(HistoryTableModel::Guest, qMax(m_view->columnWidth(HistoryTableModel::Guest),
                                                          m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12));
}

void HistoryPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

const HistoryEntry* HistoryPanel::selectedEntry() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
}

void HistoryPanel::copySelectedCode()
{
    if (const HistoryEntry* entry = selectedEntry(); entry && !entry->code.isEmpty())
        QGuiApplication::clipboard()->setText(entry->code);
}

void HistoryPanel::updateButtons()
{
    const HistoryEntry* entry = selectedEntry();
    const bool usable = entry && entry->outcome == HistoryEntry::Outcome::Issued;
    m_copy->setEnabled(usable);
    m_reprint->setEnabled(usable);
}
