#include "MailHeaders.h"

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
} // namespace

QByteArray MailHeaders::encodedText(const QString& text)
{
    const QString clean = withoutControls(text);
    if (printableAscii(clean))
        return clean.toLatin1();
    // "=?UTF-8?B?" + base64 + "?=" within 75 characters: 63 base64 characters, i.e. 45 bytes of
    // UTF-8 (rounded down to whole characters, so no word splits one).
    constexpr int kMaxBytes = 45;
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

QByteArray MailHeaders::mailbox(const QString& name, const QString& address)
{
    const QByteArray addr = "<" + withoutControls(address).trimmed().toLatin1() + ">";
    const QString clean = withoutControls(name).trimmed();
    if (clean.isEmpty())
        return addr;
    if (printableAscii(clean)) {
        QString quoted = clean;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return "\"" + quoted.toLatin1() + "\" " + addr;
    }
    return encodedText(clean) + " " + addr;
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
    QString domain = fromAddress.mid(fromAddress.lastIndexOf(QLatin1Char('@')) + 1).trimmed();
    if (domain.isEmpty() || !printableAscii(domain) || domain.contains(QLatin1Char('>')))
        domain = QStringLiteral("netcode-desk.invalid");
    const QByteArray random = QByteArray::number(QRandomGenerator::system()->generate64(), 36)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    return "<" + random + "." + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "@"
        + domain.toLatin1() + ">";
}
