#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// What the history panel (or an export) asks for: search text, filters and order.
struct HistoryQuery {
    enum class Status { All, ActiveNow, Upcoming, Expired, IssuedToday, Failed, InDoubt };
    enum class SortKey { Issued, Lock, Mode, Length, Window, FirstUseBy, Code, Guest, Room, Reference, Status, Source, IssuedBy };

    QString search;           // any part of guest, room/unit, reference, lock name or code
    Status status = Status::All;
    qint64 lockId = 0;        // 0: every lock
    QDate issuedFrom;         // inclusive, in `zone`
    QDate issuedTo;           // inclusive, in `zone`
    SortKey sortKey = SortKey::Issued;
    bool descending = true;
    QDateTime nowUtc;         // "active now", "today"
    QTimeZone zone = QTimeZone::utc(); // the desk's days for "today" and the date range

    bool operator==(const HistoryQuery&) const = default;
};
