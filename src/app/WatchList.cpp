#include "WatchList.h"

#include "AppSession.h"
#include "Clock.h"
#include "GuestMailService.h"
#include "IssueService.h"
#include "WatchQueries.h"
#include "WatchSources.h"

#include <QTimer>

WatchList::WatchList(const Clock& clock, std::function<QTimeZone()> deskZone, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_deskZone(std::move(deskZone))
    , m_minute(new QTimer(this))
{
    m_minute->setSingleShot(true);
    m_minute->setTimerType(Qt::CoarseTimer);
    connect(m_minute, &QTimer::timeout, this, [this] {
        refresh();
        armMinuteTimer();
    });
    armMinuteTimer();
}

WatchList::WatchList(AppSession& session, QObject* parent)
    : WatchList(session.clock(), [&session] { return session.deskZone(); }, parent)
{
    // A shared store that cannot be reached has not emptied the list: the last one stays until
    // the desk is back (storeReachableChanged then reads it again).
    m_readable = [&session] { return session.isStoreReachable(); };
    addSource(std::make_unique<HistoryWatchSource>(session.history().connection()));
    addSource(std::make_unique<QuotaWatchSource>([&session](const WatchContext&) {
        // Demo codes are free: no quota to watch.
        return session.isDemo() ? std::pair{0, 0}
                                : std::pair{session.netCodeRequestsThisMonth(), session.monthlyQuota()};
    }));
    // Guest mail that did not reach the guest today (the latest attempt for its code refused,
    // failed or maybe sent, and none delivered).
    addSource(std::make_unique<FailedMailWatchSource>([&session](const WatchContext& context) {
        return WatchQueries(session.history().connection())
            .failedMailToday(context.dayStartUtc(), WatchQueries::kRowLimit, context.nowUtc);
    }));
    connect(&session.mail(), &GuestMailService::finished, this, &WatchList::refresh);
    connect(&session.issuer(), &IssueService::finished, this, &WatchList::refresh);
    connect(&session, &AppSession::changedElsewhere, this, &WatchList::refresh);
    connect(&session, &AppSession::requestCounted, this, &WatchList::refresh);
    connect(&session, &AppSession::siteSettingsChanged, this, &WatchList::refresh);
    connect(&session, &AppSession::modeChanged, this, &WatchList::refresh);
    connect(&session, &AppSession::storeReachableChanged, this, [this](bool reachable) {
        if (reachable)
            refresh();
    });
}

WatchList::~WatchList() = default;

void WatchList::addSource(std::unique_ptr<WatchSource> source)
{
    m_sources.push_back(std::move(source));
}

int WatchList::count(WatchItem::Kind kind) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [kind](const WatchItem& item) { return item.kind == kind; }));
}

void WatchList::refresh()
{
    if (!m_readable())
        return;
    WatchContext context;
    context.nowUtc = m_clock.nowUtc().toUTC();
    context.deskZone = m_deskZone();
    QList<WatchItem> items;
    for (const auto& source : m_sources)
        items << source->items(context);
    WatchRules::sort(&items);
    if (items == m_items)
        return;
    m_items = items;
    emit changed();
}

void WatchList::setTimerEnabled(bool enabled)
{
    m_timerEnabled = enabled;
    if (enabled)
        armMinuteTimer();
    else
        m_minute->stop();
}

void WatchList::armMinuteTimer()
{
    if (!m_timerEnabled)
        return;
    // At the start of the next minute on the desk's clock, so "ends 11:00" goes at 11:00 and not
    // up to a minute later; a little after it, as timers may fire early.
    const QDateTime now = m_clock.nowUtc();
    const qint64 intoMinuteMs = now.toMSecsSinceEpoch() % 60000;
    m_minute->start(int(60000 - intoMinuteMs + 250));
}
