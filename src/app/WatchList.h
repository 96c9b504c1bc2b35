#pragma once

#include "WatchItem.h"

#include <QObject>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <vector>

class AppSession;
class Clock;
class QTimer;

// The day's watch list: what a receptionist should look at today, gathered from its sources
// (history, the quota, mail, ...) and kept current: read again when a code is issued here or at
// another desk, and at the start of every minute for time passing (on the injected clock).
class WatchList final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchList)

public:
    // A list with no sources; `deskZone` is asked at every refresh (Settings may change it).
    WatchList(const Clock& clock, std::function<QTimeZone()> deskZone, QObject* parent = nullptr);
    // The desk's list: history and the quota as sources, refreshed by the session's changes.
    explicit WatchList(AppSession& session, QObject* parent = nullptr);
    ~WatchList() override;

    void addSource(std::unique_ptr<WatchSource> source);
    const QList<WatchItem>& items() const { return m_items; }
    int count(WatchItem::Kind kind) const;
    // Reads every source again now; `changed` follows when the list differs.
    void refresh();
    // Stops the minute timer (a hidden desk, a test that moves time itself).
    void setTimerEnabled(bool enabled);

signals:
    void changed();

private:
    void armMinuteTimer();

    const Clock& m_clock;
    std::function<QTimeZone()> m_deskZone;
    std::function<bool()> m_readable = [] { return true; };
    std::vector<std::unique_ptr<WatchSource>> m_sources;
    QList<WatchItem> m_items;
    QTimer* m_minute;
    bool m_timerEnabled = true;
};
