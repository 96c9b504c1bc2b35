#include "BatchIssuer.h"

#include "CodeFormat.h"
#include "Csv.h"
#include "DisplayText.h"
#include "HistoryExport.h"
#include "HistoryRepository.h"
#include "TimeText.h"

#include <QTimer>

BatchIssuer::BatchIssuer(IssueService& issuer, const HistoryRepository& history, bool demo, QObject* parent)
    : QObject(parent)
    , m_issuer(issuer)
    , m_history(history)
    , m_demo(demo)
{
    connect(&m_issuer, &IssueService::finished, this, [this](const IssueOutcome& outcome) {
        if (!isRunning() || m_results.size() != m_next)
            return;
        IssueOutcome result = outcome;
        const IssueOrder& order = m_orders.at(m_next);
        if (result.entry.lockName.isEmpty()) { // failures carry no history row: name what was asked
            result.entry.lockName = order.lock.name;
            result.entry.guestName = order.guestName;
            result.entry.reference = order.reference;
            result.entry.startSent = order.plan.startString;
        }
        if (result.needsConsent)
            result.errorText += QLatin1Char(' ') + tr("Issue it on its own to give the same code to this guest too.");
        m_results.append(result);
        ++m_next;
        emit progressed(int(m_next), int(m_orders.size()));
        if (m_next < m_orders.size())
            QTimer::singleShot(0, this, &BatchIssuer::sendNext);
        else
            emit finished();
    });
}

int BatchIssuer::billedRequests(const QList<IssueOrder>& orders) const
{
    if (m_demo)
        return 0;
    int billed = 0;
    for (const IssueOrder& order : orders) {
        if (!order.shareCode && IssueService::otherGuestHolding(m_history, order, m_demo))
            continue; // skipped: nothing is sent for it
        HistoryEntry found;
        const bool known = !order.fresh
                           && m_history.findIssued(order.lock.pathId(), order.lock.isSmartLock() ? QString() : order.lock.lockNumber,
                                                   LockModelCatalogue::info(order.lock.model).wireValue,
                                                   order.plan.startString, order.plan.duration.id,
                                                   {HistoryEntry::sourceName(HistoryEntry::Source::Api)}, &found);
        billed += known ? 0 : 1;
    }
    return billed;
}

int BatchIssuer::heldByOtherGuests(const QList<IssueOrder>& orders) const
{
    int held = 0;
    for (const IssueOrder& order : orders)
        held += !order.shareCode && IssueService::otherGuestHolding(m_history, order, m_demo) ? 1 : 0;
    return held;
}

void BatchIssuer::run(const QList<IssueOrder>& orders)
{
    m_orders = orders;
    m_results.clear();
    m_next = 0;
    if (m_orders.isEmpty()) {
        QTimer::singleShot(0, this, &BatchIssuer::finished);
        return;
    }
    sendNext();
}

void BatchIssuer::sendNext()
{
    if (!m_issuer.issue(m_orders.at(m_next)))
        QTimer::singleShot(100, this, &BatchIssuer::sendNext); // the desk is busy with another code
}

QString BatchIssuer::sheetHtml(const QList<IssueOutcome>& results, const QTimeZone& zone, const QString& propertyName,
                               bool demo)
{
    QString out = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    if (demo)
        out += QStringLiteral("<p style=\"color:#b00020; font-weight:bold;\">%1</p>")
                   .arg(tr("DEMO — these codes will not open real locks").toHtmlEscaped());
    out += QStringLiteral("<h2>%1</h2>")
               .arg(DisplayText::visible(propertyName.isEmpty() ? tr("Access codes") : propertyName).toHtmlEscaped());
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\"><tr><th>%1</th><th>%2</th>"
                          "<th>%3</th><th>%4</th></tr>")
               .arg(
                   //: A door or locker keypad lock (noun), not the verb 'to lock'.
                   tr("Lock").toHtmlEscaped(),
                   //: The keypad code a guest types on the lock (a NetCode), not program code.
                   tr("Code").toHtmlEscaped(), tr("Valid").toHtmlEscaped(),
                    tr("Guest").toHtmlEscaped());
    for (const IssueOutcome& r : results) {
        const QString code = r.ok ? CodeFormat::grouped(r.entry.code) : tr("not issued: %1").arg(r.errorText);
        out += QStringLiteral("<tr><td>%1</td><td style=\"font-size:14pt; font-family: monospace;\"><b>%2</b></td>"
                              "<td>%3</td><td>%4</td></tr>")
                   .arg(DisplayText::visible(r.entry.lockName).toHtmlEscaped(), code.toHtmlEscaped(),
                        (r.ok ? TimeText::window(r.entry.windowStartUtc, r.entry.windowEndUtc, zone) : QString()).toHtmlEscaped(),
                        DisplayText::visible(r.entry.guestName).toHtmlEscaped());
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}

QString BatchIssuer::sheetCsv(const QList<IssueOutcome>& results, const QTimeZone& zone)
{
    QString out = Csv::row({QStringLiteral("lock"), QStringLiteral("code"), QStringLiteral("valid_from"),
                            QStringLiteral("valid_until"), QStringLiteral("start_sent"), QStringLiteral("guest"),
                            QStringLiteral("reference"), QStringLiteral("result")});
    for (const IssueOutcome& r : results) {
        out += Csv::row({r.entry.lockName, r.ok ? r.entry.code : QString(),
                         r.ok ? HistoryExport::isoTime(r.entry.windowStartUtc, zone) : QString(),
                         r.ok ? HistoryExport::isoTime(r.entry.windowEndUtc, zone) : QString(), r.entry.startSent,
                         r.entry.guestName, r.entry.reference,
                         r.ok ? (r.reused ? QStringLiteral("reissued from history") : QStringLiteral("issued")) : r.errorText});
    }
    return out;
}
