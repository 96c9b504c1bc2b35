#pragma once

#include "IssueService.h"

#include <QList>
#include <QObject>

class HistoryRepository;

// Several codes in one go (a bank of lockers, a group booking), one request after another through
// the issuing service, so each is checked and written to history before the next.
class BatchIssuer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchIssuer)

public:
    BatchIssuer(IssueService& issuer, const HistoryRepository& history, bool demo, QObject* parent = nullptr);

    // How many of `orders` would reach the (billing) service: the rest are answered from history.
    int billedRequests(const QList<IssueOrder>& orders) const;
    // How many of `orders` would get a code another guest already holds: a batch never gives one
    // (those are skipped, each saying whose code it is; the desk issues it on its own to share it).
    int heldByOtherGuests(const QList<IssueOrder>& orders) const;
    void run(const QList<IssueOrder>& orders);
    bool isRunning() const { return m_next < m_orders.size(); }
    const QList<IssueOutcome>& results() const { return m_results; }

    // A sheet of the results for printing (HTML, values escaped) and the same as CSV.
    static QString sheetHtml(const QList<IssueOutcome>& results, const QTimeZone& zone, const QString& propertyName,
                             bool demo);
    static QString sheetCsv(const QList<IssueOutcome>& results, const QTimeZone& zone);

signals:
    void progressed(int done, int total);
    void finished();

private:
    void sendNext();

    IssueService& m_issuer;
    const HistoryRepository& m_history;
    bool m_demo;
    QList<IssueOrder> m_orders;
    QList<IssueOutcome> m_results;
    qsizetype m_next = 0;
};
