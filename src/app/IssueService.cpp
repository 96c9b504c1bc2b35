#include "IssueService.h"

#include "CodeFormat.h"
#include "HistoryRepository.h"
#include "LockRepository.h"
#include "NetCodeApi.h"
#include "SecretStore.h"

#include <QTimer>
#include <utility>

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

QString IssueService::requestKey(const IssueOrder& order)
{
    const QString identifier = order.lock.isSmartLock() ? QString() : order.lock.lockNumber;
    return QStringList{order.lock.pathId(), identifier, LockModelCatalogue::info(order.lock.model).wireValue,
                       order.plan.startString, QString::number(order.plan.duration.id)}
        .join(QLatin1Char('|'));
}

bool IssueService::issue(const IssueOrder& order)
{
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
        outcome.errorText = order.plan.refusal.isEmpty() ? tr("Choose a valid start first.") : order.plan.refusal;
        QTimer::singleShot(0, this, [this, outcome] { finish(outcome); });
        return true;
    }
    if (!order.fresh && answerFromHistory(order))
        return true;
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

bool IssueService::answerFromHistory(const IssueOrder& order)
{
    // The same request always gives the same code, and every request is billed: answer from history.
    HistoryEntry original;
    const QStringList sources{HistoryEntry::sourceName(m_demo ? HistoryEntry::Source::Demo : HistoryEntry::Source::Api)};
    if (!m_history.findIssued(order.lock.pathId(), order.lock.isSmartLock() ? QString() : order.lock.lockNumber,
                              LockModelCatalogue::info(order.lock.model).wireValue, order.plan.startString,
                              order.plan.duration.id, sources, &original))
        return false;
    const IssueOutcome outcome = reuse(order, original);
    QTimer::singleShot(0, this, [this, outcome] { finish(outcome); });
    return true;
}

IssueOutcome IssueService::reuse(const IssueOrder& order, const HistoryEntry& original)
{
    IssueOutcome outcome;
    HistoryEntry entry = entryFor(order);
    entry.source = HistoryEntry::Source::Reused;
    entry.code = original.code;
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

void IssueService::complete(const IssueOrder& order, const QString& sentIdentifier, const NetCodeResult& result)
{
    IssueOutcome outcome;
    outcome.apiError = result.error;
    outcome.httpStatus = result.httpStatus;
    outcome.charged = !m_demo && result.responseReceived();
    if (!result.ok()) {
        switch (result.error) {
        case ApiError::Timeout:
        case ApiError::ServiceError:
        case ApiError::ConnectionDropped:
        case ApiError::ConnectionRefused:
        case ApiError::HostNotFound:
        case ApiError::NetworkError:
        case ApiError::MalformedResponse:
        case ApiError::QuotaExceeded:
            outcome.retryAdvised = true;
            break;
        default:
            break;
        }
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
        outcome.implausibleCode = true;
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
    const QList<IssueOrder> waiting = std::exchange(m_waiting, {});
    m_busy = false;
    m_inFlightKey.clear();
    emit busyChanged(false);
    emit finished(outcome);
    // Orders merged into this one share its answer without a request of their own.
    for (const IssueOrder& order : waiting) {
        if (outcome.ok) {
            emit finished(reuse(order, outcome.reused ? outcome.original : outcome.entry));
        } else {
            IssueOutcome failed = outcome;
            failed.charged = false;
            emit finished(failed);
        }
    }
}
