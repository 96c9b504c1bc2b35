#include "TerminalText.h"

namespace {
bool needsEscaping(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
        return true;
    switch (u) {
    case 0x061C: // arabic letter mark
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return true;
    default:
        break;
    }
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}
} // namespace

namespace TerminalText {

QString visible(const QString& text)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscaping(text.at(first)))
        ++first;
    if (first == text.size())
        return text; // the common case: nothing to do, no copy

    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!needsEscaping(c)) {
            out += c;
            continue;
        }
        const char16_t u = c.unicode();
        switch (u) {
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        default:
            if (u < 0x80)
                out += QLatin1String("\\x") + QString::number(u, 16).rightJustified(2, QLatin1Char('0'));
            else
                out += QLatin1String("\\u") + QString::number(u, 16).rightJustified(4, QLatin1Char('0'));
            break;
        }
    }
    return out;
}

} // namespace TerminalText
