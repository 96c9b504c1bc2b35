#include "MailHeaders.h"

#include "DisplayText.h"
#include "MailAddress.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

namespace {
bool printableAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString withoutControls(const QString& text)
{
    QString clean = text;
    for (QChar& c : clean) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return clean;
}

// Text a person typed, as a header shows it (see the header's note).
QString shown(const QString& text)
{
    return DisplayText::visible(withoutControls(text));
}

// The longest run without a space: a word longer than a line cannot be folded.
qsizetype longestWord(const QByteArray& text)
{
    qsizetype longest = 0;
    for (const QByteArray& word : text.split(' '))
        longest = qMax(longest, word.size());
    return longest;
}

// A plain word this long or longer goes encoded instead, in pieces that fold: "Subject: " plus
// the word stays within a line.
constexpr qsizetype kLongestPlainWord = MailHeaders::kLineLength - 12;

QByteArray encodedWords(const QString& clean)
{
    // "=?UTF-8?B?" + base64 + "?=": 39 bytes of UTF-8 (whole characters, so no word splits one)
    // make 52 base64 characters, a word of 64; after "Reply-To: " it still fits in 78.
    constexpr int kMaxBytes = 39;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < clean.size();) {
        const qsizetype length = clean.at(i).isHighSurrogate() && i + 1 < clean.size() ? 2 : 1;
        const QByteArray piece = clean.mid(i, length).toUtf8();
        if (chunk.size() + piece.size() > kMaxBytes) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += piece;
        i += length;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (const QByteArray& word : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

// The address for a header: the domain in ASCII; never a byte beyond ASCII, whatever came in.
QByteArray wireAddress(const QString& address)
{
    QString ascii = MailAddress::ace(withoutControls(address));
    if (ascii.isEmpty())
        ascii = withoutControls(address).trimmed();
    QByteArray out;
    for (const QChar c : ascii)
        out += c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('<') && c != QLatin1Char('>') ? char(c.unicode()) : '?';
    return out;
}
} // namespace

QByteArray MailHeaders::encodedText(const QString& text)
{
    const QString clean = shown(text);
    if (printableAscii(clean) && longestWord(clean.toLatin1()) < kLongestPlainWord)
        return clean.toLatin1();
    return encodedWords(clean);
}

QByteArray MailHeaders::mailbox(const QString& name, const QString& address)
{
    const QByteArray addr = "<" + wireAddress(address) + ">";
    const QString clean = shown(name).trimmed();
    if (clean.isEmpty())
        return addr;
    if (printableAscii(clean)) {
        QString quoted = clean;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        const QByteArray phrase = "\"" + quoted.toLatin1() + "\"";
        // A quoted name folds at its spaces; one with a word too long for a line goes encoded.
        if (longestWord(phrase) < kLongestPlainWord)
            return phrase + " " + addr;
    }
    return encodedWords(clean) + " " + addr;
}

QByteArray MailHeaders::field(const QByteArray& name, const QByteArray& value)
{
    // Unfold first (a value may come folded already), then fold at spaces: a fold is a CRLF put
    // before a space, which a reader takes away again, so the value reads as it was.
    QByteArray unfolded = value;
    unfolded.replace("\r\n", "");
    QByteArray out = name + ":";
    qsizetype lineStart = 0;
    for (const QByteArray& word : unfolded.split(' ')) {
        // Never before an empty word: a folded line must not be only spaces.
        if (!word.isEmpty() && out.size() - lineStart + 1 + word.size() > kLineLength) {
            out += "\r\n";
            lineStart = out.size();
        }
        out += " " + word;
    }
    return out;
}

QByteArray MailHeaders::date(const QDateTime& when)
{
    // English names whatever the desk's language: the format is fixed by RFC 5322.
    const QLocale c = QLocale::c();
    const QDateTime local = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    const int offset = local.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                             .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return (c.toString(local, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")) + zone).toLatin1();
}

QByteArray MailHeaders::messageId(const QString& fromAddress)
{
    const QString ascii = MailAddress::ace(fromAddress);
    QString domain = ascii.mid(ascii.lastIndexOf(QLatin1Char('@')) + 1).trimmed();
    if (domain.isEmpty() || !printableAscii(domain) || domain.contains(QLatin1Char('>')))
        domain = QStringLiteral("netcode-desk.invalid");
    const QByteArray random = QByteArray::number(QRandomGenerator::system()->generate64(), 36)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    return "<" + random + "." + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "@"
        + domain.toLatin1() + ">";
}
