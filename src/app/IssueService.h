#pragma once

#include "ApiError.h"
#include "Clock.h"
#include "HistoryEntry.h"
#include "Lock.h"
#include "StartTimeRules.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimeZone>
#include <optional>

class NetCodeApi;
class QTimer;
class RequestLedger;
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
    // The desk agreed to give this guest a code another guest already holds (same lock, start and
    // length, so the same code). Without it such an order is not issued: it needs the desk's consent.
    bool shareCode = false;
};

struct IssueOutcome {
    bool ok = false;
    HistoryEntry entry;   // the code and window when ok
    ApiError apiError = ApiError::None;
    int httpStatus = 0;   // 0 when no request was answered (or none was sent)
    QString errorText;    // translated: what happened and what to do
    bool savedToHistory = false;
    bool reused = false;  // answered from history: no request sent, nothing charged
    HistoryEntry original; // when reused: the row the code first came from; when needsConsent
                           // (or shared): the row of the other guest who holds the code
    // Nothing was sent or written: this code already belongs to another guest (`original`), and
    // the order did not say the desk agreed to share it (IssueOrder::shareCode).
    bool needsConsent = false;
    bool charged = false; // a request reached the real service and was answered (billed)
    bool retryAdvised = false; // a Retry may help (and may be billed again)
    bool implausibleCode = false; // a code came back but cannot be right for the lock's model
    bool notSent = false;   // nothing was sent from here (refused first, or answered from elsewhere)
    bool notRecorded = false; // the request could not be recorded, so it was not sent
    bool inDoubt = false;   // sent, and no usable answer: it may have been billed
    bool fromOtherDesk = false; // the same request was being issued elsewhere; answered from it
    QString otherDesk;      // where the same request was (being) issued
};

// Issues a code through the request ledger: the request is claimed in history before it is sent
// (nothing is sent if that cannot be written), at most one request goes out for it across every
// process sharing the database, the code is checked for the lock's model, and it is committed to
// history before anyone can see it. Only one request is in flight at a time in this process.
class IssueService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueService)

public:
    IssueService(NetCodeApi& api, HistoryRepository& history, RequestLedger& ledger, LockRepository& locks,
                 SecretStore& secrets, const Clock& clock, QObject* parent = nullptr);

    void setDemo(bool demo) { m_demo = demo; }
    void setOperatorName(const QString& name) { m_operator = name; }
    // Desk time, for the times in messages (whose code it is, issued when).
    void setDeskZone(const QTimeZone& zone) { m_deskZone = zone; }
    bool isBusy() const { return m_busy; }
    // How long a claim stays live without being renewed. The claim of a request on its way is
    // renewed every third of this, however long the request takes, so only a claim whose process
    // died (or lost its database for that long) runs out and turns in doubt.
    void setLeaseMs(int ms);
    int leaseMs() const { return m_leaseMs; }
    // The longest this service waits for another process's answer to the same request: beyond
    // the longest a request can be allowed to take (the command line's --timeout is at most 600 s).
    static constexpr int kMaxWaitForOtherMs = 11 * 60 * 1000;

    // Returns false (and emits nothing) when a different request is already in flight. An order
    // identical to the one in flight waits for it and is answered from it, without a second request.
    bool issue(const IssueOrder& order);
    // What makes two requests identical: lock ids, model, start string and duration id.
    static QString requestKey(const IssueOrder& order);
    // Asks the service again for a request in doubt (`row`, for `lock`): billed again. The answer
    // goes into that same history row.
    bool askAgain(const HistoryEntry& row, const Lock& lock);
    // The lock to ask again with: the row's lock if it is still on this desk, else for a KitLock
    // the lock as the row's request named it (a smart lock's access key is not kept in history).
    static std::optional<Lock> lockForRequest(const HistoryEntry& row, const LockRepository& locks);
    // The row of another guest (a different guest or room) who already holds the code `order` would
    // get, if any: the same lock, start and length give the same code.
    static std::optional<HistoryEntry> otherGuestHolding(const HistoryRepository& history, const IssueOrder& order,
                                                         bool demo);
    // Why an order was not issued because another guest holds its code: whose, and when
    // (translated; for the command line and batch issue, which cannot ask).
    static QString consentText(const HistoryEntry& holder, const QTimeZone& deskZone);

signals:
    void busyChanged(bool busy);
    void finished(const IssueOutcome& outcome);
    // The same request is being issued by another process or desk: waiting for its answer.
    void waitingForOtherDesk(const QString& desk);

private:
    void start(const IssueOrder& order, qint64 reclaimRowId);
    void proceed(const IssueOrder& order, const QString& identifier, qint64 reclaimRowId);
    void send(const IssueOrder& order, const QString& identifier, const HistoryEntry& row);
    void waitForOther(const IssueOrder& order, const HistoryEntry& live);
    void pollOther();
    IssueOutcome reuse(const IssueOrder& order, const HistoryEntry& original);
    // Answers `order` from `original`'s code, unless another guest holds it and the desk did not
    // agree to share it.
    IssueOutcome answerFromHistory(const IssueOrder& order, const HistoryEntry& original);
    IssueOutcome consentNeeded(const HistoryEntry& holder) const;
    void complete(const IssueOrder& order, const QString& sentIdentifier, const HistoryEntry& row,
                  const struct NetCodeResult& result);
    void finishLater(const IssueOutcome& outcome);
    void finish(const IssueOutcome& outcome);
    HistoryEntry entryFor(const IssueOrder& order) const;
    QString ledgerKey(const IssueOrder& order) const;
    QStringList reusableSources() const;

    NetCodeApi& m_api;
    HistoryRepository& m_history;
    RequestLedger& m_ledger;
    LockRepository& m_locks;
    SecretStore& m_secrets;
    const Clock& m_clock;
    QString m_operator;
    QTimeZone m_deskZone = QTimeZone::systemTimeZone();
    bool m_demo = false;
    bool m_busy = false;
    QString m_inFlightKey;
    QList<IssueOrder> m_waiting; // identical orders merged into the one in flight
    int m_leaseMs = 30000;
    // Waiting for another process's claim on the same request.
    QTimer* m_pollTimer;
    QElapsedTimer m_waitedFor;
    IssueOrder m_otherOrder;
    qint64 m_otherRowId = 0;
    // Renewing the claim this process holds while its request is on its way.
    QTimer* m_renewTimer;
    qint64 m_sentRowId = 0;
};

Q_DECLARE_METATYPE(IssueOutcome)
