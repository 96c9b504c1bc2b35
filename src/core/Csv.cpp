#include "Csv.h"

#include <QCoreApplication>

namespace {
bool looksLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
           || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}
// Only ASCII digits, which a spreadsheet reads as a number and would change: a leading zero is
// dropped, and more than 11 digits show as 2.02604E+11 (more than 15 lose digits).
bool digitsASpreadsheetWouldChange(const QString& value)
{
    if (value.size() < 2)
        return false;
    for (const QChar c : value) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return value.front() == QLatin1Char('0') || value.size() > 11;
}

// ="0523542" as written for digits kept as text; nothing else is read back from this form.
bool isDigitsAsText(const QString& value)
{
    return value.size() > 4 && value.startsWith(QLatin1String("=\"")) && value.endsWith(QLatin1Char('"'))
           && digitsASpreadsheetWouldChange(value.mid(2, value.size() - 3));
}
} // namespace

QString Csv::cell(const QString& value)
{
    if (digitsASpreadsheetWouldChange(value)) // digits only: nothing in it can run
        return QStringLiteral("\"=\"\"%1\"\"\"").arg(value);
    QString out = looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    const bool quote = out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\n'))
                       || out.contains(QLatin1Char('\r')) || out.startsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char(' '));
    if (!quote)
        return out;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString Csv::row(const QStringList& cells)
{
    QStringList escaped;
    for (const QString& value : cells)
        escaped << cell(value);
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString Csv::unneutralised(const QString& value)
{
    if (value.size() > 1 && value.front() == QLatin1Char('\'') && looksLikeFormula(value.mid(1)))
        return value.mid(1);
    if (isDigitsAsText(value))
        return value.mid(2, value.size() - 3);
    return value;
}

bool Csv::parse(const QString& text, QList<QStringList>* rows, QString* error)
{
    rows->clear();
    QStringList current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0; // byte-order mark
    auto endField = [&] {
        current << unneutralised(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        if (!(current.size() == 1 && current.first().isEmpty()))
            rows->append(current);
        current.clear();
    };
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted || !field.isEmpty()) {
                *error = QCoreApplication::translate("Csv", "Line %1: a quote inside an unquoted cell.").arg(line);
                return false;
            }
            inQuotes = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            ++line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        *error = QCoreApplication::translate("Csv", "Line %1: a quoted cell is never closed.").arg(line);
        return false;
    }
    if (!field.isEmpty() || !current.isEmpty() || fieldStarted)
        endRow();
    return true;
}
