#include "HistoryPanel.h"

#include "KeyboardContextMenu.h"
#include "StartupTrace.h"

#include "Clock.h"
#include "DisplayText.h"
#include "HistoryTableModel.h"
#include "TimeText.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(HistoryRepository& history, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_model(new HistoryTableModel(history, clock, this, HistoryTableModel::FirstRead::WhenAsked))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy code"), this))
    , m_reprint(new QPushButton(tr("Reprint…"), this))
    , m_issueAgain(new QPushButton(tr("Issue again…"), this))
    //: Send a request again whose answer never arrived (it may be billed again)
    , m_askAgain(new QPushButton(tr("Ask again…"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_status(new QComboBox(this))
    , m_lock(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_fitDelay(new QTimer(this))
{
    m_issueAgain->setObjectName(QStringLiteral("historyIssueAgainPushButton"));
    m_issueAgain->setToolTip(tr("A new code for the same lock and guest, for a new window"));
    m_export->setObjectName(QStringLiteral("historyExportPushButton"));
    m_askAgain->setObjectName(QStringLiteral("historyAskAgainPushButton"));
    m_askAgain->setToolTip(tr("This request got no answer and may have been billed: ask the service again for "
                              "its code (billed again)"));
    m_askAgain->setVisible(false);
    m_status->setObjectName(QStringLiteral("historyStatusComboBox"));
    m_status->setAccessibleName(tr("Show codes"));
    const QList<QPair<QString, HistoryQuery::Status>> statuses = {
        {tr("All codes"), HistoryQuery::Status::All},         {tr("Active now"), HistoryQuery::Status::ActiveNow},
        {tr("Upcoming"), HistoryQuery::Status::Upcoming},     {tr("Expired"), HistoryQuery::Status::Expired},
        {tr("Issued today"), HistoryQuery::Status::IssuedToday}, {tr("Failed"), HistoryQuery::Status::Failed},
        {tr("In doubt"), HistoryQuery::Status::InDoubt}};
    for (const auto& [label, status] : statuses)
        m_status->addItem(label, int(status));
    m_lock->setObjectName(QStringLiteral("historyLockComboBox"));
    //: A door or locker keypad lock (noun), not the verb 'to lock'.
    m_lock->setAccessibleName(tr("Lock"));
    m_lock->addItem(tr("All locks"), qint64(0));
    m_lock->installEventFilter(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        // The locale's own order ("29. Nov. 2026", "Nov 29, 2026"), without the day's name.
        static const QRegularExpression dayName(QStringLiteral("^ddd\\W*"));
        edit->setDisplayFormat(TimeText::datePattern(QLocale(), true).remove(dayName));
        edit->setSpecialValueText(edit == m_from ? tr("From any date") : tr("To any date"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setDate(edit->minimumDate()); // the special value: no limit
    }
    m_from->setObjectName(QStringLiteral("historyFromDateEdit"));
    m_from->setAccessibleName(tr("Issued from"));
    m_to->setObjectName(QStringLiteral("historyToDateEdit"));
    m_to->setAccessibleName(tr("Issued until"));
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
    // Rows are one line high: a cell's text is never wrapped, and not laying it out for wrapping
    // makes sizing the columns and painting the rows cheaper.
    m_view->setWordWrap(false);
    // Rows one line high with a little air (the style's default is nearly two lines): a useful
    // page of codes fits under the form on a 768-pixel screen.
    {
        QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        const int line = qMax(m_view->fontMetrics().height(), QFontMetrics(code).height());
        m_view->verticalHeader()->setMinimumSectionSize(line + 4);
        m_view->verticalHeader()->setDefaultSectionSize(line + 8);
    }
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Columns are sized from the rows a screen shows, not from every row of the first page: the
    // same widths in practice, for a fraction of the start-up time on a long history.
    m_view->horizontalHeader()->setResizeContentsPrecision(20);
    m_view->verticalHeader()->setResizeContentsPrecision(20);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(HistoryTableModel::Issued, Qt::DescendingOrder);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    KeyboardContextMenu::install(m_view);
    // Tab leaves the table for the buttons below instead of walking its cells: no keyboard trap.
    m_view->setTabKeyNavigation(false);
    m_empty->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText); // the search as typed, never markup
    m_empty->setVisible(false);
    m_copy->setObjectName(QStringLiteral("historyCopyPushButton"));
    m_reprint->setObjectName(QStringLiteral("historyReprintPushButton"));

    auto* copyAction = new QAction(tr("Copy code"), m_view);
    auto* reprintAction = new QAction(tr("Reprint slip…"), m_view);
    auto* issueAgainAction = new QAction(tr("Issue again for a new window…"), m_view);
    // Ctrl+C in the table copies the selected code's digits, as it does in any list.
    copyAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Copy));
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    m_view->addAction(reprintAction);
    m_view->addAction(issueAgainAction);

    auto* title = new QLabel(tr("<b>History</b>"), this);
    // Title, search and filters on one line: the rows below get the height.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 16);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_search, 1);
    top->addWidget(m_status);
    top->addWidget(m_lock);
    top->addWidget(m_from);
    top->addWidget(m_to);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_issueAgain);
    buttons->addWidget(m_askAgain);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    // Search as you type, without a query per keystroke while typing fast.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(0); // a search takes milliseconds: only coalesce keys typed in one burst
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
    auto issueAgain = [this] {
        if (const HistoryEntry* entry = selectedEntry())
            emit issueAgainRequested(*entry);
    };
    connect(m_issueAgain, &QPushButton::clicked, this, issueAgain);
    connect(m_askAgain, &QPushButton::clicked, this, [this] {
        if (const HistoryEntry* entry = selectedEntry(); entry && entry->status(m_clock.nowUtc()) == HistoryEntry::Status::InDoubt)
            emit askAgainRequested(*entry);
    });
    connect(issueAgainAction, &QAction::triggered, this, issueAgain);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::exportRequested);
    connect(m_status, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_lock, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPanel::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPanel::applyFilter);
    connect(reprintAction, &QAction::triggered, this, reprint);
    connect(m_view, &QTableView::activated, this, reprint);
    // Rows arrive after a reset (a page at a time, or as a row is revealed) and email states
    // change in place: the widths follow once the rows are there, not at the reset itself.
    m_fitDelay->setSingleShot(true);
    m_fitDelay->setInterval(0);
    connect(m_fitDelay, &QTimer::timeout, this, &HistoryPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, m_fitDelay, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::layoutChanged, m_fitDelay, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, m_fitDelay, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_fitDelay, qOverload<>(&QTimer::start));
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, m_fitDelay, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryPanel::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateButtons);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_lock);
    setTabOrder(m_lock, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_view);
    setTabOrder(m_view, m_copy);
    setTabOrder(m_copy, m_reprint);
    setTabOrder(m_reprint, m_issueAgain);
    setTabOrder(m_issueAgain, m_export);
    updateButtons();
    updateEmptyState();
}

int HistoryPanel::heightForRows(int rows) const
{
    const int table = m_view->horizontalHeader()->sizeHint().height() + rows * m_view->verticalHeader()->defaultSectionSize()
                      + 2 * m_view->frameWidth() + m_view->horizontalScrollBar()->sizeHint().height();
    return layout()->minimumSize().height() - m_view->minimumSizeHint().height() + table;
}

void HistoryPanel::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_empty->setVisible(false);
        return;
    }
    const QString search = m_search->text().trimmed();
    const bool filtered = m_status->currentIndex() > 0 || m_lock->currentIndex() > 0 || m_from->date() != m_from->minimumDate()
                          || m_to->date() != m_to->minimumDate();
    QString text;
    if (!search.isEmpty() && filtered)
        text = tr("No codes match “%1” with these filters.").arg(search);
    else if (!search.isEmpty())
        text = tr("No codes match “%1”. Search looks in guests, rooms, references, locks and codes.").arg(search);
    else if (filtered)
        text = tr("No codes match these filters.");
    else
        text = tr("No codes issued yet.");
    m_empty->setText(text);
    m_empty->setAccessibleName(text);
    m_empty->setVisible(true);
}

void HistoryPanel::setDeskZone(const QTimeZone& zone)
{
    m_model->setDeskZone(zone);
}

void HistoryPanel::setLocks(const QList<QPair<qint64, QString>>& locks)
{
    // A site may have thousands of locks: the filter is filled when someone first reaches for it,
    // not on every start-up and reload.
    m_lockNames = locks;
    m_lockFilterStale = true;
    if (m_lock->hasFocus())
        fillLockFilter();
}

void HistoryPanel::setLockNames(std::function<QList<QPair<qint64, QString>>()> names)
{
    m_lockNamesSource = std::move(names);
    locksChanged();
}

void HistoryPanel::locksChanged()
{
    m_lockFilterStale = true;
    if (m_lock->hasFocus())
        fillLockFilter();
}

void HistoryPanel::fillLockFilter()
{
    if (!m_lockFilterStale)
        return;
    m_lockFilterStale = false;
    if (m_lockNamesSource)
        m_lockNames = m_lockNamesSource();
    const qint64 current = m_lock->currentData().toLongLong();
    const QSignalBlocker blocker(m_lock);
    while (m_lock->count() > 1)
        m_lock->removeItem(1);
    for (const auto& [id, name] : m_lockNames)
        m_lock->addItem(DisplayText::visible(name), id);
    const int index = m_lock->findData(current);
    m_lock->setCurrentIndex(index >= 0 ? index : 0);
}

bool HistoryPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_lock && (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress))
        fillLockFilter();
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::applyFilter()
{
    const QDate from = m_from->date() == m_from->minimumDate() ? QDate() : m_from->date();
    const QDate to = m_to->date() == m_to->minimumDate() ? QDate() : m_to->date();
    m_model->setFilter(HistoryQuery::Status(m_status->currentData().toInt()), m_lock->currentData().toLongLong(), from, to);
    updateButtons();
}

void HistoryPanel::reload()
{
    m_model->reload();
    StartupTrace::mark("history: first page read");
    m_view->resizeColumnsToContents();
    // Every column was just sized from these rows: the fit the reset asked for would measure them again.
    m_fitDelay->stop();
    StartupTrace::mark("history: columns sized");
    // Guests' names matter most when looking a code up: never squeeze them out.
    m_view->setColumnWidth(HistoryTableModel::Guest, qMax(m_view->columnWidth(HistoryTableModel::Guest),
                                                          m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12));
}

void HistoryPanel::fitColumns()
{
    // Free text (lock, guest, room, reference, who) may be long and is elided; these never are.
    for (const int column : {HistoryTableModel::Issued, HistoryTableModel::Mode, HistoryTableModel::Length,
                             HistoryTableModel::Window, HistoryTableModel::FirstUseBy, HistoryTableModel::Code,
                             HistoryTableModel::Status, HistoryTableModel::Source, HistoryTableModel::Email}) {
        if (m_view->isColumnHidden(column))
            continue;
        // The rows on screen (and a few more: the header's precision), as the view measures them.
        const QAbstractItemView* view = m_view; // public there, protected in QTableView
        const int wanted = qMax(view->sizeHintForColumn(column), m_view->horizontalHeader()->sectionSizeHint(column));
        if (wanted > m_view->columnWidth(column))
            m_view->setColumnWidth(column, wanted);
    }
}

void HistoryPanel::refresh()
{
    const HistoryEntry* selected = selectedEntry();
    const qint64 selectedId = selected ? selected->id : 0;
    const int scrolled = m_view->verticalScrollBar()->value();
    m_model->reload();
    for (int row = 0; selectedId > 0 && row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row)->id == selectedId) {
            m_view->selectRow(row);
            break;
        }
    }
    m_view->verticalScrollBar()->setValue(scrolled);
    updateButtons();
}

void HistoryPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool HistoryPanel::revealEntry(qint64 id)
{
    const auto rowOf = [this, id](bool page) {
        for (int row = 0; row < kRevealRows; ++row) {
            if (row == m_model->rowCount() && (!page || !m_model->canFetchMore({})))
                return -1;
            if (row == m_model->rowCount())
                m_model->fetchMore({});
            if (row < m_model->rowCount() && m_model->entryAt(row)->id == id)
                return row;
        }
        return -1;
    };
    int row = rowOf(false);
    if (row < 0) {
        // Whatever may hide the row goes: it was asked for by name. Newest first, where a row
        // of today's is found within a page or two.
        m_searchDelay->stop();
        {
            const QSignalBlocker search(m_search), status(m_status), lock(m_lock), from(m_from), to(m_to);
            m_search->clear();
            m_status->setCurrentIndex(0);
            m_lock->setCurrentIndex(0);
            m_from->setDate(m_from->minimumDate());
            m_to->setDate(m_to->minimumDate());
        }
        m_model->setSearch(QString());
        m_view->horizontalHeader()->setSortIndicator(HistoryTableModel::Issued, Qt::DescendingOrder); // sorts
        applyFilter();
        row = rowOf(true);
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
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
    m_issueAgain->setEnabled(entry != nullptr && entry->lockId > 0);
    const bool inDoubt = entry && entry->status(m_clock.nowUtc()) == HistoryEntry::Status::InDoubt;
    m_askAgain->setVisible(inDoubt);
    m_askAgain->setEnabled(inDoubt);
}
