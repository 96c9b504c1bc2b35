#pragma once

#include <QDateTime>
#include <QString>

// Both stores keep times as ISO 8601 text in UTC ("2027-07-14T13:00:00Z"): text order is time
// order, the same on SQLite and PostgreSQL, and a time that is not set is empty text.
namespace StoredTime {

// The time as stored, exactly what QDateTime writes as Qt::ISODate in UTC (seconds, no
// milliseconds); empty for an invalid time. Written directly for years 1 to 9999 (an issue writes
// half a dozen: measured, the general writer took about twenty times as long).
QString text(const QDateTime& time);

// The time in `text`; an invalid QDateTime for empty text. The form text() writes is read
// directly (a page of history reads six times a row: measured, a quarter of the general ISO 8601
// reader's cost); anything else goes through QDateTime's reader.
QDateTime fromText(const QString& text);

} // namespace StoredTime
