#include "DisplayText.h"

#include <QChar>

namespace {
bool needsMarker(char32_t u)
{
    if (u == 0x200C || u == 0x200D)
        return false; // spelling, not control (Persian, Indic scripts, emoji sequences)
    if (QChar::isSurrogate(u))
        return true; // a lone half of a pair: nothing a font can show
    switch (QChar::category(u)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// The code point at `i` (a whole surrogate pair where there is one) and how many UTF-16 units it takes.
char32_t codePointAt(const QString& text, qsizetype i, int* units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}
} // namespace

namespace DisplayText {

QString marker(char32_t codePoint)
{
    return QChar(0x2039) + QLatin1String("U+") + QString::number(codePoint, 16).toUpper().rightJustified(4, QLatin1Char('0'))
           + QChar(0x203A);
}

QString visible(const QString& text)
{
    qsizetype first = 0;
    int units = 1;
    while (first < text.size() && !needsMarker(codePointAt(text, first, &units)))
        first += units;
    if (first >= text.size())
        return text; // the common case: nothing to do, no copy

    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); i += units) {
        const char32_t u = codePointAt(text, i, &units);
        if (needsMarker(u))
            out += marker(u);
        else
            out += QStringView(text).mid(i, units);
    }
    return out;
}

} // namespace DisplayText
