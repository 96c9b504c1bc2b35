#include "BoardWindow.h"

#include "BoardView.h"
#include "Clock.h"
#include "DisplayText.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

BoardWindow::BoardWindow(const QSqlDatabase& db, const Clock& clock, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_clock(clock)
    , m_store(db)
    , m_view(new BoardView(m_store, clock, this))
    , m_zoom(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
{
    setWindowTitle(tr("Board — NetCode Desk"));
    setObjectName(QStringLiteral("boardWindow"));
    m_view->setObjectName(QStringLiteral("boardView"));
    m_zoom->setObjectName(QStringLiteral("zoomComboBox"));
    m_group->setObjectName(QStringLiteral("groupComboBox"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));

    auto* today = new QPushButton(tr("&Now"), this);
    today->setObjectName(QStringLiteral("nowPushButton"));
    today->setToolTip(tr("Scroll to the current time"));
    for (const int days : BoardView::kZoomLevels)
        m_zoom->addItem(days == 1 ? tr("One day") : tr("%n days", nullptr, days), days);
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->setToolTip(tr("How many days fill the width (Ctrl+wheel, + and - on the board)"));
    m_group->setAccessibleName(tr("Group"));
    m_search->setAccessibleName(tr("Search locks"));
    m_search->setPlaceholderText(tr("Lock or group"));
    m_search->setClearButtonEnabled(true);
    auto* zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    auto* groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_group);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    auto* legend = new QLabel(this);
    legend->setObjectName(QStringLiteral("legendLabel"));
    legend->setWordWrap(true);
    legend->setText(tr("Red outline with a cross-hatched edge: two codes work on one lock at the same time. "
                       "Hatched with a dashed red outline: a request in doubt, to be looked at. "
                       "Flag: first-use deadline. Edge at the right end: expires today. Line: now."));

    auto* controls = new QHBoxLayout;
    controls->addWidget(today);
    controls->addSpacing(12);
    controls->addWidget(zoomLabel);
    controls->addWidget(m_zoom);
    controls->addSpacing(12);
    controls->addWidget(groupLabel);
    controls->addWidget(m_group, 1);
    controls->addSpacing(12);
    controls->addWidget(searchLabel);
    controls->addWidget(m_search, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(legend);

    setTabOrder(today, m_zoom);
    setTabOrder(m_zoom, m_group);
    setTabOrder(m_group, m_search);
    setTabOrder(m_search, m_view);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &BoardWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_group, &QComboBox::currentIndexChanged, this, &BoardWindow::applyFilter);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_view->setVisibleDays(m_zoom->itemData(index).toInt());
    });
    connect(m_view, &BoardView::visibleDaysChanged, this, [this](int days) {
        const QSignalBlocker blocker(m_zoom);
        m_zoom->setCurrentIndex(m_zoom->findData(days));
    });
    connect(today, &QPushButton::clicked, this, [this] {
        m_view->scrollToNow();
        m_view->setFocus();
    });
    connect(m_view, &BoardView::entryActivated, this, &BoardWindow::entryActivated);

    // The now line moves on, and after midnight the range starts at the new today.
    auto* minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, [this] {
        if (!isVisible())
            return;
        updateRange();
        m_view->viewport()->update();
    });
    minute->start();

    m_zoom->setCurrentIndex(m_zoom->findData(m_view->visibleDays()));
    updateRange();
    resize(1100, 640);
}

void BoardWindow::setDeskZone(const QTimeZone& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    m_view->setDeskZone(zone);
    updateRange();
}

void BoardWindow::updateRange()
{
    m_view->setRange(m_clock.nowUtc().toTimeZone(m_zone).date(), kDays);
}

void BoardWindow::setLocks(const QList<Lock>& locks)
{
    m_locks = locks;
    QCollator collator;
    collator.setNumericMode(true); // "Room 9" before "Room 10"
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_locks.begin(), m_locks.end(), [&collator](const Lock& a, const Lock& b) {
        if (const int byGroup = collator.compare(a.group, b.group); byGroup != 0)
            return byGroup < 0;
        return collator.compare(a.name, b.name) < 0;
    });
    fillGroups();
    applyFilter();
}

void BoardWindow::fillGroups()
{
    const QString current = m_group->currentIndex() > 0 ? m_group->currentData().toString() : QString();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"));
    // Each group once, however it was typed ("Floor 2", "floor 2"): the first spelling met stands
    // for all, and filtering ignores case alike. Sorted as the desk's language sorts.
    QSet<QString> seen;
    QStringList groups;
    for (const Lock& lock : m_locks) {
        if (lock.group.trimmed().isEmpty())
            continue;
        const QString key = lock.group.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        groups << lock.group;
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(groups.begin(), groups.end(), [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    int index = 0;
    for (const QString& group : groups) {
        m_group->addItem(DisplayText::visible(group), group);
        if (!current.isEmpty() && group.compare(current, Qt::CaseInsensitive) == 0)
            index = m_group->count() - 1;
    }
    m_group->setCurrentIndex(index);
}

void BoardWindow::applyFilter()
{
    const QString group = m_group->currentIndex() > 0 ? m_group->currentData().toString() : QString();
    const QString search = m_search->text().trimmed();
    QList<BoardLock> rows;
    rows.reserve(m_locks.size());
    for (const Lock& lock : m_locks) {
        if (!group.isEmpty() && lock.group.compare(group, Qt::CaseInsensitive) != 0)
            continue;
        if (!search.isEmpty() && !lock.name.contains(search, Qt::CaseInsensitive) && !lock.group.contains(search, Qt::CaseInsensitive))
            continue;
        rows << BoardLock{lock.id, lock.name, lock.group};
    }
    m_view->setLocks(rows);
}

void BoardWindow::refresh()
{
    updateRange();
    m_view->invalidate();
}

void BoardWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    if (!m_shownOnce) {
        m_shownOnce = true;
        m_view->scrollToNow();
        m_view->setFocus();
    }
}
