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

inline QDateTime fromText(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace StoredTime
