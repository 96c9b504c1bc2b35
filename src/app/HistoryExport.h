#pragma once

#include "HistoryEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

// History to CSV (RFC 4180, formula-safe) or JSON, with times as ISO 8601 including the offset.
class HistoryExport {
public:
    static QString csv(const QList<HistoryEntry>& entries, const QTimeZone& zone, const QDateTime& nowUtc);
    static QByteArray json(const QList<HistoryEntry>& entries, const QTimeZone& zone, const QDateTime& nowUtc);
    static QString isoTime(const QDateTime& utc, const QTimeZone& zone); // "" for an invalid time
};

// The same export a page at a time, so a history of 300,000 codes never sits in memory whole and
// a write that fails stops the export early. begin() + page()... + end() is byte for byte what
// HistoryExport::csv / json give for all the pages at once (UTF-8).
class HistoryExportStream {
public:
    enum class Format { Csv, Json };
    HistoryExportStream(Format format, const QTimeZone& zone, const QDateTime& nowUtc);

    QByteArray begin() const; // the CSV header row, or the opening of the JSON array
    QByteArray page(const QList<HistoryEntry>& entries);
    QByteArray end() const;

private:
    Format m_format;
    QTimeZone m_zone;
    QDateTime m_nowUtc;
    bool m_first = true;
};
