#include "HistoryExport.h"

#include "Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString HistoryExport::isoTime(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QString HistoryExport::csv(const QList<HistoryEntry>& entries, const QTimeZone& zone, const QDateTime& nowUtc)
{
    QString out = Csv::row({QStringLiteral("issued_at"), QStringLiteral("issued_by"), QStringLiteral("lock"),
                            QStringLiteral("model"), QStringLiteral("mode"), QStringLiteral("length"),
                            QStringLiteral("start_sent"), QStringLiteral("duration_id"), QStringLiteral("valid_from"),
                            QStringLiteral("valid_until"), QStringLiteral("first_use_by"), QStringLiteral("code"),
                            QStringLiteral("guest"), QStringLiteral("room"), QStringLiteral("reference"),
                            QStringLiteral("note"), QStringLiteral("source"), QStringLiteral("status"),
                            QStringLiteral("failure")});
    for (const HistoryEntry& e : entries) {
        out += Csv::row({isoTime(e.issuedAtUtc, zone), e.issuedBy, e.lockName, e.lockModel, e.mode, e.durationLabel,
                         e.startSent, QString::number(e.durationId), isoTime(e.windowStartUtc, zone),
                         isoTime(e.windowEndUtc, zone), isoTime(e.firstUseByUtc, zone), e.code, e.guestName, e.room,
                         e.reference, e.note, HistoryEntry::sourceName(e.source), HistoryEntry::statusName(e.status(nowUtc)),
                         e.failureText});
    }
    return out;
}

QByteArray HistoryExport::json(const QList<HistoryEntry>& entries, const QTimeZone& zone, const QDateTime& nowUtc)
{
    QJsonArray array;
    for (const HistoryEntry& e : entries) {
        QJsonObject o{{QStringLiteral("issued_at"), isoTime(e.issuedAtUtc, zone)},
                      {QStringLiteral("issued_by"), e.issuedBy},
                      {QStringLiteral("lock"), e.lockName},
                      {QStringLiteral("model"), e.lockModel},
                      {QStringLiteral("mode"), e.mode},
                      {QStringLiteral("length"), e.durationLabel},
                      {QStringLiteral("start_sent"), e.startSent},
                      {QStringLiteral("duration_id"), e.durationId},
                      {QStringLiteral("valid_from"), isoTime(e.windowStartUtc, zone)},
                      {QStringLiteral("valid_until"), isoTime(e.windowEndUtc, zone)},
                      {QStringLiteral("code"), e.code},
                      {QStringLiteral("guest"), e.guestName},
                      {QStringLiteral("room"), e.room},
                      {QStringLiteral("reference"), e.reference},
                      {QStringLiteral("note"), e.note},
                      {QStringLiteral("source"), HistoryEntry::sourceName(e.source)},
                      {QStringLiteral("status"), HistoryEntry::statusName(e.status(nowUtc))}};
        if (e.firstUseByUtc.isValid())
            o.insert(QStringLiteral("first_use_by"), isoTime(e.firstUseByUtc, zone));
        if (!e.failureText.isEmpty())
            o.insert(QStringLiteral("failure"), e.failureText);
        // The ledger's own word for the row, and where a request on its way was claimed.
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("state"), HistoryEntry::outcomeName(e.outcome));
        if (e.isPending() || e.outcome == HistoryEntry::Outcome::InDoubt)
            o.insert(QStringLiteral("claimed_by"), e.claimingDesk());
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
