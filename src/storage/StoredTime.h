#pragma once

#include <QDateTime>
#include <QString>

// Both stores keep times as ISO 8601 text in UTC ("2027-07-14T13:00:00Z"): text order is time
// order, the same on SQLite and PostgreSQL, and a time that is not set is empty text.
namespace StoredTime {

inline QString text(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The time in `text`; an invalid QDateTime for empty text. The form text() writes is read
// directly (a page of history reads six times a row: measured, a quarter of the general ISO 8601
// reader's cost); anything else goes through QDateTime's reader.
QDateTime fromText(const QString& text);

} // namespace StoredTime
