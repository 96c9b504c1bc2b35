#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 CSV: comma-separated, CRLF rows, quotes doubled. Cells that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) are written with a leading apostrophe,
// and read back without it.
class Csv {
public:
    static QString cell(const QString& value);
    static QString row(const QStringList& cells);
    // Parses a whole document; false with `error` set (translated, with the line) when malformed.
    static bool parse(const QString& text, QList<QStringList>* rows, QString* error);
    static QString unneutralised(const QString& value);
};
