#include "IssueService.h"

#include "CodeFormat.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "NetCodeApi.h"
#include "SecretStore.h"

#include <QTimer>

IssueService::IssueService(NetCodeApi& api, HistoryRepository& history, LockRepository& locks,
                           SecretStore& secrets, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_history(history)
    , m_locks(locks)
    , m_secrets(secrets)
    , m_clock(clock)
{
}

bool IssueService::issue(const IssueOrder& order)
{
    if (m_busy)
        return false;
    m_busy = true;
    emit busyChanged(true);

    if (!order.plan.isOk()) {
        IssueOutcome outcome;
        outcome.errorText = order.plan.refusal.isEmpty() ? tr("Choose a valid start first.") : order.plan.refusal;
        QTimer::singleShot(0, this, [this, outcome] { finish(outcome); });
        return true;
    }
    if (!order.lock.isSmartLock()) {
        send(order, order.lock.lockNumber);
        return true;
    }
    m_secrets.read(SecretStore::accessKeyName(order.lock.accessKeyRef), this,
                   [this, order](bool found, const QString& value, const QString& error) {
                       if (!found || value.isEmpty()) {
                           IssueOutcome outcome;
                           outcome.errorText =
                               error.isEmpty()
                                   ? tr("The access key for %1 is not stored on this computer. Enter it again in "
                                        "the lock's settings (Edit lock).")
                                         .arg(order.lock.name)
                                   : error;
                           finish(outcome);
                           return;
                       }
                       send(order, value);
                   });
    return true;
}

void IssueService::send(const IssueOrder& order, const QString& identifier)
{
    NetCodeRequest request;
    request.pathId = order.lock.pathId();
    request.start = order.plan.startString;
    request.durationId = order.plan.duration.id;
    request.lockModel = LockModelCatalogue::info(order.lock.model).wireValue;
    request.identifier = identifier;
    m_api.fetchNetCode(request, this,
                       [this, order, identifier](const NetCodeResult& result) { complete(order, identifier, result); });
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
    entry.guestName = order.guestName;
    entry.room = order.room;
    entry.reference = order.reference;
    entry.note = order.note;
    entry.source = m_demo ? HistoryEntry::Source::Demo : HistoryEntry::Source::Api;
    return entry;
}

void IssueService::complete(const IssueOrder& order, const QString& sentIdentifier, const NetCodeResult& result)
{
    IssueOutcome outcome;
    outcome.apiError = result.error;
    if (!result.ok()) {
        QString text = result.errorText;
        // The identifier is a smart lock's access key: never let it reach a message.
        if (order.lock.isSmartLock() && !sentIdentifier.isEmpty())
            text.replace(sentIdentifier, QStringLiteral("…"));
        outcome.errorText = text;
        finish(outcome);
        return;
    }

    HistoryEntry entry = entryFor(order);
    const CodeFormat::Check check = CodeFormat::check(result.code, order.lock.model);
    if (check != CodeFormat::Check::Ok) {
        // The request was answered (and billed): record that it failed, never the bogus code.
        entry.outcome = HistoryEntry::Outcome::Failed;
        entry.failureText = CodeFormat::checkMessage(check, result.code, order.lock.model);
        outcome.savedToHistory = m_history.add(&entry);
        outcome.entry = entry;
        outcome.errorText = entry.failureText;
        finish(outcome);
        return;
    }

    entry.code = result.code;
    outcome.savedToHistory = m_history.add(&entry);
    outcome.ok = true;
    outcome.entry = entry;
    if (!outcome.savedToHistory) {
        outcome.errorText = tr("This code could not be saved in history (%1). Write it down now: it will not be "
                               "found in History later.")
                                .arg(m_history.errorText());
    }
    m_locks.markUsed(order.lock.id, entry.issuedAtUtc);
    finish(outcome);
}

void IssueService::finish(const IssueOutcome& outcome)
{
    m_busy = false;
    emit busyChanged(false);
    emit finished(outcome);
}
