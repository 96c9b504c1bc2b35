#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 CSV: comma-separated, CRLF rows, quotes doubled. Cells that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) are written with a leading apostrophe,
// and read back without it. Digits a spreadsheet would turn into a number and change (a code with
// a leading zero, "0523542" -> 523542; a 12-digit timecode -> 2.02604E+11) are written as the
// text formula ="0523542", which Excel and LibreOffice show as the digits; it is ours, never the
// value's own text, and is read back as the digits. Files start with a UTF-8 byte-order mark, the
// only sign Excel takes that the file is UTF-8 ("Müller", not "MÃ¼ller").
class Csv {
public:
    static QString byteOrderMark() { return QString(QChar(0xFEFF)); }
    static QString cell(const QString& value);
    static QString row(const QStringList& cells);
    // Parses a whole document; false with `error` set (translated, with the line) when malformed.
    static bool parse(const QString& text, QList<QStringList>* rows, QString* error);
    static QString unneutralised(const QString& value);
};
