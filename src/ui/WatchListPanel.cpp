#include "WatchListPanel.h"

#include "WatchList.h"

#include <QAction>
#include <QEvent>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace {
constexpr int kHistoryIdRole = Qt::UserRole + 1;

QIcon styleIcon(WatchItem::Kind kind, const QStyle* style)
{
    switch (kind) {
    case WatchItem::Kind::InDoubt: return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case WatchItem::Kind::MailFailed:
    case WatchItem::Kind::QuotaUsedUp: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case WatchItem::Kind::DeadlineSoon:
    case WatchItem::Kind::QuotaNearlyUsed: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case WatchItem::Kind::ExpiringToday: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case WatchItem::Kind::ExpiredToday: return style->standardIcon(QStyle::SP_DialogCloseButton);
    }
    return {};
}
} // namespace

WatchListPanel::WatchListPanel(WatchList& list, QWidget* parent)
    : QWidget(parent)
    , m_list(list)
    , m_title(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QListWidget(this))
{
    m_title->setObjectName(QStringLiteral("watchListTitleLabel"));
    m_counts->setObjectName(QStringLiteral("watchListCountsLabel"));
    m_empty->setObjectName(QStringLiteral("watchListEmptyLabel"));
    m_view->setObjectName(QStringLiteral("watchListWidget"));
    //: Title of the list of things to look at today (codes ending, deadlines, requests in doubt).
    m_title->setText(tr("Watch list"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // A shortcut, not a mnemonic: the main window's letters are taken in one language or another.
    auto* reach = new QAction(tr("Go to the watch list"), this);
    reach->setObjectName(QStringLiteral("watchListFocusAction"));
    reach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    reach->setShortcutContext(Qt::WindowShortcut);
    addAction(reach);
    connect(reach, &QAction::triggered, this, [this] {
        if (!m_view->isVisible())
            return;
        m_view->setFocus(Qt::ShortcutFocusReason);
        if (!m_view->currentItem() && m_view->count() > 0)
            m_view->setCurrentRow(0);
    });
    m_title->setToolTip(tr("%1: go to the watch list").arg(reach->shortcut().toString(QKeySequence::NativeText)));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_empty->setText(tr("Nothing needs a look today."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_view->setAccessibleName(tr("Watch list for today"));
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // A few lines high at least; its width follows the words, not the other way round.
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 3);
    setMinimumWidth(fontMetrics().averageCharWidth() * 20);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_counts);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    // One click reaches the row: the list is for getting there, not for choosing.
    connect(m_view, &QListWidget::itemClicked, this, &WatchListPanel::activate);
    connect(m_view, &QListWidget::itemActivated, this, &WatchListPanel::activate);
    connect(&m_list, &WatchList::changed, this, &WatchListPanel::rebuild);
    rebuild();
}

QIcon WatchListPanel::icon(WatchItem::Kind kind)
{
    auto it = m_icons.constFind(int(kind));
    if (it == m_icons.constEnd())
        it = m_icons.insert(int(kind), styleIcon(kind, style()));
    return *it;
}

void WatchListPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange) {
        m_icons.clear();
        rebuild();
    }
}

QSize WatchListPanel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, QWidget::sizeHint().height()};
}

QString WatchListPanel::countsText() const
{
    return m_counts->text();
}

void WatchListPanel::rebuild()
{
    const qint64 selectedId = m_view->currentItem() ? m_view->currentItem()->data(kHistoryIdRole).toLongLong() : -1;
    const int selectedKind = m_view->currentItem() ? m_view->currentItem()->data(Qt::UserRole).toInt() : -1;
    m_view->clear();
    const QList<WatchItem>& items = m_list.items();
    for (const WatchItem& watch : items) {
        auto* item = new QListWidgetItem(icon(watch.kind), watch.text, m_view);
        item->setToolTip(watch.detail);
        item->setData(Qt::AccessibleDescriptionRole, watch.detail);
        item->setData(Qt::UserRole, int(watch.kind));
        item->setData(kHistoryIdRole, watch.historyId);
        if (watch.historyId == selectedId && int(watch.kind) == selectedKind)
            m_view->setCurrentItem(item);
    }
    // Counts per kind, in the list's order; the quota says itself in its one line.
    QStringList counts;
    const int inDoubt = m_list.count(WatchItem::Kind::InDoubt);
    const int mail = m_list.count(WatchItem::Kind::MailFailed);
    const int deadlines = m_list.count(WatchItem::Kind::DeadlineSoon);
    const int ending = m_list.count(WatchItem::Kind::ExpiringToday);
    const int ended = m_list.count(WatchItem::Kind::ExpiredToday);
    if (inDoubt > 0)
        counts << tr("%n in doubt", nullptr, inDoubt);
    if (mail > 0)
        counts << tr("%n mail failed", nullptr, mail);
    if (deadlines > 0)
        counts << tr("%n first-use deadline(s)", nullptr, deadlines);
    if (ending > 0)
        counts << tr("%n ending today", nullptr, ending);
    if (ended > 0)
        counts << tr("%n ended today", nullptr, ended);
    m_counts->setText(counts.join(QStringLiteral(" · ")));
    m_counts->setVisible(!counts.isEmpty());
    m_empty->setVisible(items.isEmpty());
    m_view->setVisible(!items.isEmpty());
    m_view->setAccessibleDescription(m_counts->text());
}

void WatchListPanel::activate(QListWidgetItem* item)
{
    if (!item)
        return;
    const qint64 id = item->data(kHistoryIdRole).toLongLong();
    if (id > 0)
        emit entryRequested(id);
    else
        emit quotaRequested();
}
