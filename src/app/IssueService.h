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
    bool fresh = false; // ask the service even if history already holds this exact request
};

struct IssueOutcome {
    bool ok = false;
    HistoryEntry entry;   // the code and window when ok
    ApiError apiError = ApiError::None;
    int httpStatus = 0;   // 0 when no request was answered (or none was sent)
    QString errorText;    // translated: what happened and what to do
    bool savedToHistory = false;
    bool reused = false;  // answered from history: no request sent, nothing charged
    HistoryEntry original; // when reused: the row the code first came from
    bool charged = false; // a request reached the real service and was answered (billed)
    bool retryAdvised = false; // a Retry may help (and may be billed again)
    bool implausibleCode = false; // a code came back but cannot be right for the lock's model
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

    // Returns false (and emits nothing) when a different request is already in flight. An order
    // identical to the one in flight waits for it and is answered from it, without a second request.
    bool issue(const IssueOrder& order);
    // What makes two requests identical: lock ids, model, start string and duration id.
    static QString requestKey(const IssueOrder& order);

signals:
    void busyChanged(bool busy);
    void finished(const IssueOutcome& outcome);

private:
    void send(const IssueOrder& order, const QString& identifier);
    bool answerFromHistory(const IssueOrder& order);
    IssueOutcome reuse(const IssueOrder& order, const HistoryEntry& original);
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
    QString m_inFlightKey;
    QList<IssueOrder> m_waiting; // identical orders merged into the one in flight
};

Q_DECLARE_METATYPE(IssueOutcome)
