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
