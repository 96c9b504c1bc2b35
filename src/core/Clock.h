#pragma once

#include <QDateTime>
#include <QTimeZone>

// The one source of "now" for services and models. Production code uses Clock; tests pin it with
// FixedClock so that rules about "the current hour" never depend on when the suite runs.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(const QDateTime& nowUtc) : m_now(nowUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void setNowUtc(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};
