#include "StoredTime.h"

namespace {
// The digits at [from, from + count) as a number; -1 if any is not a digit.
int digits(const QString& text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

// `value` as `count` digits at `out`, zero-padded.
void putDigits(char16_t* out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}
} // namespace

QString StoredTime::text(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODate);
    const QTime clock = utc.time();
    // "yyyy-MM-ddTHH:mm:ssZ"
    char16_t out[20] = {u'0', u'0', u'0', u'0', u'-', u'0', u'0', u'-', u'0', u'0',
                        u'T', u'0', u'0', u':', u'0', u'0', u':', u'0', u'0', u'Z'};
    putDigits(out, date.year(), 4);
    putDigits(out + 5, date.month(), 2);
    putDigits(out + 8, date.day(), 2);
    putDigits(out + 11, clock.hour(), 2);
    putDigits(out + 14, clock.minute(), 2);
    putDigits(out + 17, clock.second(), 2);
    return QString(reinterpret_cast<const QChar*>(out), 20);
}

QDateTime StoredTime::fromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    // "yyyy-MM-ddTHH:mm:ssZ", exactly as text() writes it.
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}
