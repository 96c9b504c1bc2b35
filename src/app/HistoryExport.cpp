#include "HistoryExport.h"

#include "Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString HistoryExport::isoTime(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

namespace {
QStringList csvHeader()
{
    return {QStringLiteral("issued_at"), QStringLiteral("issued_by"), QStringLiteral("lock"),
            QStringLiteral("model"), QStringLiteral("mode"), QStringLiteral("length"),
            QStringLiteral("start_sent"), QStringLiteral("duration_id"), QStringLiteral("valid_from"),
            QStringLiteral("valid_until"), QStringLiteral("first_use_by"), QStringLiteral("code"),
            QStringLiteral("guest"), QStringLiteral("room"), QStringLiteral("reference"),
            QStringLiteral("note"), QStringLiteral("source"), QStringLiteral("status"),
            QStringLiteral("failure")};
}

QString csvRow(const HistoryEntry& e, const QTimeZone& zone, const QDateTime& nowUtc)
{
    return Csv::row({HistoryExport::isoTime(e.issuedAtUtc, zone), e.issuedBy, e.lockName, e.lockModel, e.mode,
                     e.durationLabel, e.startSent, QString::number(e.durationId),
                     HistoryExport::isoTime(e.windowStartUtc, zone), HistoryExport::isoTime(e.windowEndUtc, zone),
                     HistoryExport::isoTime(e.firstUseByUtc, zone), e.code, e.guestName, e.room, e.reference, e.note,
                     HistoryEntry::sourceName(e.source), HistoryEntry::statusName(e.status(nowUtc)), e.failureText});
}

QJsonObject jsonObject(const HistoryEntry& e, const QTimeZone& zone, const QDateTime& nowUtc)
{
    QJsonObject o{{QStringLiteral("issued_at"), HistoryExport::isoTime(e.issuedAtUtc, zone)},
                  {QStringLiteral("issued_by"), e.issuedBy},
                  {QStringLiteral("lock"), e.lockName},
                  {QStringLiteral("model"), e.lockModel},
                  {QStringLiteral("mode"), e.mode},
                  {QStringLiteral("length"), e.durationLabel},
                  {QStringLiteral("start_sent"), e.startSent},
                  {QStringLiteral("duration_id"), e.durationId},
                  {QStringLiteral("valid_from"), HistoryExport::isoTime(e.windowStartUtc, zone)},
                  {QStringLiteral("valid_until"), HistoryExport::isoTime(e.windowEndUtc, zone)},
                  {QStringLiteral("code"), e.code},
                  {QStringLiteral("guest"), e.guestName},
                  {QStringLiteral("room"), e.room},
                  {QStringLiteral("reference"), e.reference},
                  {QStringLiteral("note"), e.note},
                  {QStringLiteral("source"), HistoryEntry::sourceName(e.source)},
                  {QStringLiteral("status"), HistoryEntry::statusName(e.status(nowUtc))}};
    if (e.firstUseByUtc.isValid())
        o.insert(QStringLiteral("first_use_by"), HistoryExport::isoTime(e.firstUseByUtc, zone));
    if (!e.failureText.isEmpty())
        o.insert(QStringLiteral("failure"), e.failureText);
    // The ledger's own word for the row, and where a request without an answer was sent from.
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("state"), HistoryEntry::outcomeName(e.outcome));
    if (e.isPending() || e.outcome == HistoryEntry::Outcome::InDoubt)
        o.insert(QStringLiteral("claimed_by"), e.claimingDesk());
    // Two guests holding one code: the row this one shares it with, and how many share this one's.
    if (e.sharesCodeWith > 0)
        o.insert(QStringLiteral("shares_code_with"), e.sharesCodeWith);
    if (e.alsoHeldBy > 0)
        o.insert(QStringLiteral("also_held_by"), e.alsoHeldBy);
    return o;
}
} // namespace

QString HistoryExport::csv(const QList<HistoryEntry>& entries, const QTimeZone& zone, const QDateTime& nowUtc)
{
    QString out = Csv::byteOrderMark() + Csv::row(csvHeader());
    for (const HistoryEntry& e : entries)
        out += csvRow(e, zone, nowUtc);
    return out;
}

QByteArray HistoryExport::json(const QList<HistoryEntry>& entries, const QTimeZone& zone, const QDateTime& nowUtc)
{
    QJsonArray array;
    for (const HistoryEntry& e : entries)
        array.append(jsonObject(e, zone, nowUtc));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

HistoryExportStream::HistoryExportStream(Format format, const QTimeZone& zone, const QDateTime& nowUtc)
    : m_format(format)
    , m_zone(zone)
    , m_nowUtc(nowUtc)
{
}

QByteArray HistoryExportStream::begin() const
{
    return m_format == Format::Csv ? (Csv::byteOrderMark() + Csv::row(csvHeader())).toUtf8() : QByteArrayLiteral("[\n");
}

QByteArray HistoryExportStream::page(const QList<HistoryEntry>& entries)
{
    QByteArray out;
    for (const HistoryEntry& e : entries) {
        if (m_format == Format::Csv) {
            out += csvRow(e, m_zone, m_nowUtc).toUtf8();
            continue;
        }
        // Each object laid out as QJsonDocument lays out an array's elements: one level deeper.
        const QByteArray object = QJsonDocument(jsonObject(e, m_zone, m_nowUtc)).toJson(QJsonDocument::Indented);
        if (!m_first)
            out += ",\n";
        m_first = false;
        qsizetype lineStart = 0;
        while (lineStart < object.size()) {
            qsizetype lineEnd = object.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = object.size();
            if (lineStart > 0)
                out += '\n';
            out += "    ";
            out += QByteArrayView(object).sliced(lineStart, lineEnd - lineStart);
            lineStart = lineEnd + 1;
        }
    }
    return out;
}

QByteArray HistoryExportStream::end() const
{
    if (m_format == Format::Csv)
        return {};
    return m_first ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n");
}
