#include "IssueService.h"

#include "CodeFormat.h"
#include "DisplayText.h"
#include "TimeText.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "NetCodeApi.h"
#include "RequestLedger.h"
#include "SecretStore.h"
#include "StoredText.h"

#include <QTimer>
#include <utility>

namespace {
// What became of a request that got no usable code back.
enum class Fate {
    NeverSent, // provably never reached the service: nothing billed
    Answered,  // the service answered (an error or an unusable code): settled
    InDoubt,   // it may have reached the service and been billed, and no answer was read
};

Fate fateOf(const NetCodeResult& result)
{
    if (!result.mayHaveBeenBilled())
        return Fate::NeverSent;
    switch (result.error) {
    case ApiError::Timeout:
    case ApiError::ConnectionDropped:
    case ApiError::NetworkError:
    case ApiError::MalformedResponse:
    case ApiError::ResponseTooLarge:
        return Fate::InDoubt;
    default:
        return Fate::Answered; // an error answer (or a redirect): no code, nothing more to come
    }
}

constexpr int kPollMs = 100;
} // namespace

IssueService::IssueService(NetCodeApi& api, HistoryRepository& history, RequestLedger& ledger, LockRepository& locks,
                           SecretStore& secrets, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_history(history)
    , m_ledger(ledger)
    , m_locks(locks)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_pollTimer(new QTimer(this))
    , m_renewTimer(new QTimer(this))
{
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &IssueService::pollOther);
    m_renewTimer->setInterval(m_leaseMs / 3);
    connect(m_renewTimer, &QTimer::timeout, this, [this] {
        if (m_sentRowId > 0)
            m_ledger.renewLease(m_sentRowId, m_clock.nowUtc().addMSecs(m_leaseMs));
    });
}

void IssueService::setLeaseMs(int ms)
{
    m_leaseMs = ms;
    m_renewTimer->setInterval(std::max(1, ms / 3));
}

QString IssueService::requestKey(const IssueOrder& order)
{
    const QString identifier = order.lock.isSmartLock() ? QString() : order.lock.lockNumber;
    return QStringList{order.lock.pathId(), identifier, LockModelCatalogue::info(order.lock.model).wireValue,
                       order.plan.startString, QString::number(order.plan.duration.id)}
        .join(QLatin1Char('|'));
}

QString IssueService::ledgerKey(const IssueOrder& order) const
{
    // A demo request and a real one never stand for each other.
    return (m_demo ? QStringLiteral("demo|") : QStringLiteral("api|")) + requestKey(order);
}

QStringList IssueService::reusableSources() const
{
    return {HistoryEntry::sourceName(m_demo ? HistoryEntry::Source::Demo : HistoryEntry::Source::Api)};
}

bool IssueService::issue(const IssueOrder& typed)
{
    // The guest's details as history keeps them (StoredText): a name pasted with U+0000 is the
    // same guest without it, for the checks below as in the row written.
    IssueOrder order = typed;
    for (QString* text : {&order.guestName, &order.room, &order.reference, &order.note})
        *text = StoredText::of(*text);
    if (m_busy) {
        if (order.plan.isOk() && requestKey(order) == m_inFlightKey) {
            m_waiting.append(order);
            return true;
        }
        return false;
    }
    m_busy = true;
    m_inFlightKey = order.plan.isOk() ? requestKey(order) : QString();
    emit busyChanged(true);

    if (!order.plan.isOk()) {
        IssueOutcome outcome;
        outcome.notSent = true;
        outcome.errorText = order.plan.refusal.isEmpty() ? tr("Choose a valid start first.") : order.plan.refusal;
        finishLater(outcome);
        return true;
    }
    start(order, 0);
    return true;
}

bool IssueService::askAgain(const HistoryEntry& row, const Lock& lock)
{
    if (m_busy)
        return false;
    IssueOrder order;
    order.lock = lock;
    order.plan.status = StartPlan::Status::Ok;
    order.plan.startString = row.startSent;
    order.plan.duration.id = row.durationId;
    order.plan.windowStartUtc = row.windowStartUtc;
    order.plan.windowEndUtc = row.windowEndUtc;
    order.plan.firstUseByUtc = row.firstUseByUtc;
    order.guestName = row.guestName;
    order.room = row.room;
    order.reference = row.reference;
    order.note = row.note;
    order.fresh = true;
    m_busy = true;
    m_inFlightKey = requestKey(order);
    emit busyChanged(true);
    if (row.demo != m_demo) {
        // A demo code must never settle a real request (it opens no lock), nor the other way round.
        IssueOutcome outcome;
        outcome.notSent = true;
        outcome.errorText = row.demo ? tr("This request was sent to the built-in demo simulator; this desk now talks "
                                          "to the real Codelocks service, so it cannot be asked again here.")
                                     : tr("This request was sent to the real Codelocks service; this desk is in demo "
                                          "mode now, so it cannot be asked again here. Enter the site's API key in "
                                          "Settings first.");
        finishLater(outcome);
        return true;
    }
    if (row.requestPathId != lock.pathId() || row.lockModel != LockModelCatalogue::info(lock.model).wireValue) {
        IssueOutcome outcome;
        outcome.notSent = true;
        outcome.errorText = tr("%1 has changed since this request was sent (its ids or model differ), so it cannot "
                               "be asked again as it was. Issue a new code instead.")
                                .arg(lock.name);
        finishLater(outcome);
        return true;
    }
    start(order, row.id);
    return true;
}

std::optional<Lock> IssueService::lockForRequest(const HistoryEntry& row, const LockRepository& locks)
{
    Lock lock;
    if (row.lockId > 0 && locks.find(row.lockId, &lock))
        return lock;
    const LockModelInfo* model = LockModelCatalogue::fromWire(row.lockModel);
    if (!model || model->smartLock || row.requestIdentifier.isEmpty())
        return std::nullopt;
    lock = Lock();
    lock.name = row.lockName;
    lock.model = model->id;
    lock.timecode = row.requestPathId;
    lock.lockNumber = row.requestIdentifier;
    lock.timeZoneId = row.lockTimeZone.isEmpty() ? lock.timeZoneId : row.lockTimeZone;
    lock.clockFollowsDst = row.lockFollowsDst;
    return lock;
}

void IssueService::start(const IssueOrder& order, qint64 reclaimRowId)
{
    if (!order.lock.isSmartLock()) {
        proceed(order, order.lock.lockNumber, reclaimRowId);
        return;
    }
    m_secrets.read(SecretStore::accessKeyName(order.lock.accessKeyRef), this,
                   [this, order, reclaimRowId](bool found, const QString& value, const QString& error) {
                       if (!found || value.isEmpty()) {
                           IssueOutcome outcome;
                           outcome.notSent = true;
                           outcome.errorText =
                               error.isEmpty()
                                   ? tr("The access key for %1 is not stored on this computer. Enter it again in "
                                        "the lock's settings (Edit lock).")
                                         .arg(order.lock.name)
                                   : error;
                           finish(outcome);
                           return;
                       }
                       proceed(order, value, reclaimRowId);
                   });
}

void IssueService::proceed(const IssueOrder& order, const QString& identifier, qint64 reclaimRowId)
{
    const QDateTime now = m_clock.nowUtc();
    RequestLedger::Claim claim;
    if (reclaimRowId > 0) {
        claim = m_ledger.reclaim(reclaimRowId, now, m_leaseMs);
    } else {
        // Before anything is written or sent: a code another guest holds is not handed to this one
        // unless the desk agreed (a fresh request would bring back that same code).
        std::optional<HistoryEntry> holder = otherGuestHolding(m_history, order, m_demo);
        if (holder && !order.shareCode) {
            finishLater(consentNeeded(*holder));
            return;
        }
        HistoryEntry request = entryFor(order);
        request.requestKey = ledgerKey(order);
        if (holder)
            request.sharesCodeWith = holder->id;
        claim = m_ledger.claim(request, order.fresh ? QStringList() : reusableSources(), now, m_leaseMs);
    }
    switch (claim.result) {
    case RequestLedger::Claim::Result::Claimed:
        send(order, identifier, claim.row);
        return;
    case RequestLedger::Claim::Result::AlreadyIssued:
        finishLater(answerFromHistory(order, claim.row));
        return;
    case RequestLedger::Claim::Result::BeingIssued:
        waitForOther(order, claim.row);
        return;
    case RequestLedger::Claim::Result::EarlierInDoubt: {
        IssueOutcome outcome;
        outcome.notSent = true;
        outcome.inDoubt = true;
        outcome.entry = claim.row;
        outcome.otherDesk = claim.row.claimingDesk();
        outcome.errorText = tr("This request was sent before (from %1) and no answer was recorded: it may have been "
                               "billed. Nothing was sent now. To ask again (billed again), use Ask again in History.")
                                .arg(claim.row.claimingDesk());
        finishLater(outcome);
        return;
    }
    case RequestLedger::Claim::Result::NotWritten:
        break;
    }
    IssueOutcome outcome;
    outcome.notSent = true;
    outcome.notRecorded = true;
    outcome.errorText = claim.errorText;
    finishLater(outcome);
}

void IssueService::send(const IssueOrder& order, const QString& identifier, const HistoryEntry& row)
{
    NetCodeRequest request;
    request.pathId = order.lock.pathId();
    request.start = order.plan.startString;
    request.durationId = order.plan.duration.id;
    request.lockModel = LockModelCatalogue::info(order.lock.model).wireValue;
    request.identifier = identifier;
    m_ledger.markSent(row.id);
    m_sentRowId = row.id;
    m_renewTimer->start();
    m_api.fetchNetCode(request, this, [this, order, identifier, row](const NetCodeResult& result) {
        m_renewTimer->stop();
        m_sentRowId = 0;
        complete(order, identifier, row, result);
    });
}

void IssueService::waitForOther(const IssueOrder& order, const HistoryEntry& live)
{
    m_otherOrder = order;
    m_otherRowId = live.id;
    m_waitedFor.start();
    // Announced from the event loop, like every outcome: callers hear of it after issue() returned.
    QTimer::singleShot(0, this, [this, desk = live.claimingDesk()] {
        if (m_pollTimer->isActive())
            emit waitingForOtherDesk(desk);
    });
    m_pollTimer->start();
}

void IssueService::pollOther()
{
    HistoryEntry row;
    bool found = m_ledger.find(m_otherRowId, &row);
    if (found && row.isPending() && (row.leaseUntilUtc <= m_clock.nowUtc() || RequestLedger::ownerGone(row.claimedBy))) {
        // Its process is gone or its lease ran out: it will not answer any more.
        m_ledger.reapAbandoned(m_clock.nowUtc(), row.requestKey);
        found = m_ledger.find(m_otherRowId, &row);
    }
    if (found && row.isPending() && m_waitedFor.elapsed() < kMaxWaitForOtherMs)
        return; // still on its way, its claim kept live by its process
    m_pollTimer->stop();
    const IssueOrder order = std::exchange(m_otherOrder, {});
    IssueOutcome outcome;
    outcome.otherDesk = row.claimingDesk();
    if (found && !row.hasCode())
        outcome.entry = row; // the row that stands for this request (status, id) for the caller
    if (!found) {
        outcome.notSent = true;
        outcome.errorText = tr("The same request was being issued elsewhere and its record is gone. Nothing was "
                               "sent from here; try again.");
    } else if (row.hasCode()) {
        outcome = answerFromHistory(order, row);
        outcome.fromOtherDesk = !outcome.needsConsent;
        outcome.otherDesk = row.claimingDesk();
    } else if (row.outcome == HistoryEntry::Outcome::Failed) {
        outcome.notSent = true;
        outcome.errorText = tr("The same request was just sent from %1 and got no code: %2 Nothing was sent from here.")
                                .arg(row.claimingDesk(), row.failureText);
    } else if (row.isPending()) {
        outcome.notSent = true;
        outcome.errorText = tr("The same request is still being issued at %1. Nothing was sent from here, so "
                               "nothing was billed twice; look for the code in History in a moment.")
                                .arg(row.claimingDesk());
    } else {
        outcome.notSent = true;
        outcome.inDoubt = true;
        outcome.errorText = tr("The same request was sent from %1 and no answer was recorded: it may have been billed. "
                               "Nothing was sent from here. To ask again (billed again), use Ask again in History.")
                                .arg(row.claimingDesk());
    }
    finish(outcome);
}

std::optional<HistoryEntry> IssueService::otherGuestHolding(const HistoryRepository& history, const IssueOrder& order,
                                                            bool demo)
{
    const QList<HistoryEntry> holders = history.codeHolders(
        order.lock.pathId(), order.lock.isSmartLock() ? QString() : order.lock.lockNumber,
        LockModelCatalogue::info(order.lock.model).wireValue, order.plan.startString, order.plan.duration.id, demo);
    std::optional<HistoryEntry> other;
    for (const HistoryEntry& row : holders) {
        const bool namesSomeone = !row.guestName.trimmed().isEmpty() || !row.room.trimmed().isEmpty();
        if (!HistoryEntry::namesOtherGuest(row, order.guestName, order.room)) {
            // This guest holds it already (the desk agreed then, if it was shared): theirs again.
            if (namesSomeone)
                return std::nullopt;
        } else if (!other) {
            other = row;
        }
    }
    return other;
}

QString IssueService::consentText(const HistoryEntry& holder, const QTimeZone& deskZone)
{
    return tr("This code already belongs to %1: issued %2 by %3 for the same lock, start and length, so both guests "
              "would open the same door with the same code in the same window. Nothing was sent. A different start "
              "gives a different code.")
        .arg(HistoryEntry::holderText(holder.guestName, holder.room),
             TimeText::dateTime(holder.issuedAtUtc.toTimeZone(deskZone)),
             holder.issuedBy.trimmed().isEmpty() ? tr("an unnamed desk user") : DisplayText::visible(holder.issuedBy));
}

IssueOutcome IssueService::consentNeeded(const HistoryEntry& holder) const
{
    IssueOutcome outcome;
    outcome.needsConsent = true;
    outcome.notSent = true;
    outcome.original = holder;
    outcome.errorText = consentText(holder, m_deskZone);
    return outcome;
}

IssueOutcome IssueService::answerFromHistory(const IssueOrder& order, const HistoryEntry& original)
{
    // Another desk may have given it to another guest since this order was checked.
    const std::optional<HistoryEntry> holder = otherGuestHolding(m_history, order, m_demo);
    if (holder && !order.shareCode)
        return consentNeeded(*holder);
    IssueOutcome outcome = reuse(order, holder ? *holder : original);
    if (!holder)
        outcome.original = original;
    return outcome;
}

IssueOutcome IssueService::reuse(const IssueOrder& order, const HistoryEntry& original)
{
    IssueOutcome outcome;
    HistoryEntry entry = entryFor(order);
    entry.source = HistoryEntry::Source::Reused;
    entry.code = original.code;
    // Another guest's code, given with the desk's consent: the row says whose it shares.
    if (order.shareCode && HistoryEntry::namesOtherGuest(original, order.guestName, order.room))
        entry.sharesCodeWith = original.id;
    outcome.savedToHistory = m_history.add(&entry);
    outcome.ok = true;
    outcome.reused = true;
    outcome.original = original;
    outcome.entry = entry;
    if (!outcome.savedToHistory)
        outcome.errorText = tr("This code could not be saved in history (%1). Write it down now.").arg(m_history.errorText());
    m_locks.markUsed(order.lock.id, entry.issuedAtUtc);
    return outcome;
}

HistoryEntry IssueService::entryFor(const IssueOrder& order) const
{
    HistoryEntry entry;
    entry.issuedAtUtc = m_clock.nowUtc();
    entry.issuedBy = m_operator;
    entry.lockId = order.lock.id;
    entry.lockName = order.lock.name;
    entry.lockModel = LockModelCatalogue::info(order.lock.model).wireValue;
    entry.mode = IssueModes::storageName(order.plan.duration.mode);
    entry.durationId = order.plan.duration.id;
    entry.durationLabel = order.plan.duration.mode == IssueMode::EndDate ? QString() : order.plan.duration.label();
    entry.startSent = order.plan.startString;
    entry.windowStartUtc = order.plan.windowStartUtc;
    entry.windowEndUtc = order.plan.windowEndUtc;
    entry.firstUseByUtc = order.plan.firstUseByUtc;
    entry.lockTimeZone = order.lock.timeZoneId;
    entry.lockFollowsDst = order.lock.clockFollowsDst;
    entry.requestPathId = order.lock.pathId();
    entry.requestIdentifier = order.lock.isSmartLock() ? QString() : order.lock.lockNumber;
    entry.guestName = order.guestName;
    entry.room = order.room;
    entry.reference = order.reference;
    entry.note = order.note;
    entry.source = m_demo ? HistoryEntry::Source::Demo : HistoryEntry::Source::Api;
    entry.demo = m_demo;
    return entry;
}

void IssueService::complete(const IssueOrder& order, const QString& sentIdentifier, const HistoryEntry& row,
                            const NetCodeResult& result)
{
    IssueOutcome outcome;
    outcome.apiError = result.error;
    outcome.httpStatus = result.httpStatus;
    outcome.charged = !m_demo && result.responseReceived();
    HistoryEntry entry = row;
    entry.httpStatus = result.httpStatus;
    if (!result.ok()) {
        const Fate fate = fateOf(result);
        outcome.retryAdvised = fate != Fate::Answered || result.error == ApiError::ServiceError
                               || result.error == ApiError::QuotaExceeded;
        QString text = result.errorText;
        // The identifier is a smart lock's access key: never let it reach a message or history.
        if (order.lock.isSmartLock() && !sentIdentifier.isEmpty())
            text.replace(sentIdentifier, QStringLiteral("…"), Qt::CaseInsensitive);
        outcome.errorText = text;
        outcome.inDoubt = fate == Fate::InDoubt;
        outcome.notSent = fate == Fate::NeverSent;
        entry.failureText = text;
        entry.outcome = outcome.inDoubt ? HistoryEntry::Outcome::InDoubt : HistoryEntry::Outcome::Failed;
        outcome.savedToHistory = outcome.inDoubt ? m_ledger.recordInDoubt(row.id, text, result.httpStatus)
                                                 : m_ledger.recordFailure(row.id, text, result.httpStatus,
                                                                          outcome.notSent);
        if (outcome.savedToHistory)
            m_ledger.find(row.id, &entry);
        outcome.entry = entry;
        finish(outcome);
        return;
    }

    const CodeFormat::Check check = CodeFormat::check(result.code, order.lock.model);
    if (check != CodeFormat::Check::Ok) {
        // The request was answered (and billed): record that it failed, never the bogus code.
        entry.outcome = HistoryEntry::Outcome::Failed;
        entry.failureText = CodeFormat::checkMessage(check, result.code, order.lock.model);
        outcome.implausibleCode = true;
        outcome.savedToHistory = m_ledger.recordFailure(row.id, entry.failureText, result.httpStatus);
        outcome.entry = entry;
        outcome.errorText = entry.failureText;
        finish(outcome);
        return;
    }

    entry.code = result.code;
    entry.outcome = HistoryEntry::Outcome::Issued;
    bool lockMarked = false;
    outcome.savedToHistory = m_ledger.recordAnswer(row.id, result.code, result.httpStatus,
                                                   {order.lock.id, entry.issuedAtUtc}, &lockMarked);
    outcome.ok = true;
    outcome.entry = entry;
    if (!outcome.savedToHistory) {
        outcome.errorText = tr("This code could not be saved in history: %1. Write it down now: History will show "
                               "this request as in doubt, without its code.")
                                .arg(m_ledger.errorText());
    }
    if (!lockMarked)
        m_locks.markUsed(order.lock.id, entry.issuedAtUtc);
    finish(outcome);
}

void IssueService::finishLater(const IssueOutcome& outcome)
{
    // Callers never see the outcome before issue() has returned.
    QTimer::singleShot(0, this, [this, outcome] { finish(outcome); });
}

void IssueService::finish(const IssueOutcome& outcome)
{
    const QList<IssueOrder> waiting = std::exchange(m_waiting, {});
    m_busy = false;
    m_inFlightKey.clear();
    emit busyChanged(false);
    emit finished(outcome);
    // Orders merged into this one share its answer without a request of their own.
    for (const IssueOrder& order : waiting) {
        if (outcome.ok) {
            emit finished(answerFromHistory(order, outcome.reused ? outcome.original : outcome.entry));
        } else {
            IssueOutcome failed = outcome;
            failed.charged = false;
            failed.notSent = true;
            emit finished(failed);
        }
    }
}
