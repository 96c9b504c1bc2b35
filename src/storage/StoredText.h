#pragma once

#include <QString>

// Text as both stores keep it: never NULL (a value not given is empty text), and without U+0000.
// PostgreSQL cannot hold that character in text at all and refuses the whole write; it means
// nothing in a name, a room or a note (it comes only from pasted or imported bytes), so both stores
// drop it, and a guest pasted with one is issued and kept as the same name without it.
namespace StoredText {

inline QString of(const QString& value)
{
    if (value.isNull())
        return QStringLiteral("");
    if (!value.contains(QChar(u'\0')))
        return value;
    QString kept = value;
    kept.remove(QChar(u'\0'));
    return kept;
}

// The same, without white space at either end (taken off after U+0000 is, so "\0 Ann" is "Ann").
inline QString trimmed(const QString& value)
{
    return of(of(value).trimmed());
}

} // namespace StoredText
