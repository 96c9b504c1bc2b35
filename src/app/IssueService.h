#pragma once

#include "ApiError.h"
#include "Clock.h"
#include "HistoryEntry.h"
#include "Lock.h"
#include "StartTimeRules.h"

#include <QObject>

class NetCodeApi;
class SecretStore;
class HistoryRepository;
class LockRepository;

// What the desk asks for: a lock, a planned start and length, and the guest's details.
struct IssueOrder {
    Lock lock;
    StartPlan plan; // carries the length that will be sent
    QString guestName;
    QString room;
    QString reference;
    QString note;
};

struct IssueOutcome {
    bool ok = false;
    HistoryEntry entry;   // the code and window when ok
    ApiError apiError = ApiError::None;
    QString errorText;    // translated: what happened and what to do
    bool savedToHistory = false;
};

// Issues a code: sends one request, checks the code is plausible for the lock's model, and commits
// it to history before anyone can see it. Only one request is in flight at a time.
class IssueService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueService)

public:
    IssueService(NetCodeApi& api, HistoryRepository& history, LockRepository& locks, SecretStore& secrets,
                 const Clock& clock, QObject* parent = nullptr);

    void setDemo(bool demo) { m_demo = demo; }
    void setOperatorName(const QString& name) { m_operator = name; }
    bool isBusy() const { return m_busy; }

    // Returns false (and emits nothing) when a request is already in flight.
    bool issue(const IssueOrder& order);

signals:
    void busyChanged(bool busy);
    void finished(const IssueOutcome& outcome);

private:
    void send(const IssueOrder& order, const QString& identifier);
    void complete(const IssueOrder& order, const QString& sentIdentifier, const struct NetCodeResult& result);
    void finish(const IssueOutcome& outcome);
    HistoryEntry entryFor(const IssueOrder& order) const;

    NetCodeApi& m_api;
    HistoryRepository& m_history;
    LockRepository& m_locks;
    SecretStore& m_secrets;
    const Clock& m_clock;
    QString m_operator;
    bool m_demo = false;
    bool m_busy = false;
};

Q_DECLARE_METATYPE(IssueOutcome)
