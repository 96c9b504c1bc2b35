#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Header values as they go on the wire: 7-bit ASCII, non-ASCII text as RFC 2047 encoded-words
// (UTF-8, base64), never a CR or LF from the values themselves.
namespace MailHeaders {
// `text` as it is when it is printable ASCII, otherwise encoded-words of at most 75 characters
// each, separated by folding whitespace ("\r\n "). Control characters become spaces.
QByteArray encodedText(const QString& text);
// "name <address>" with the name quoted or encoded as needed; just "<address>" without a name.
QByteArray mailbox(const QString& name, const QString& address);
// RFC 5322 date: "Mon, 30 Nov 2026 12:34:56 +0000".
QByteArray date(const QDateTime& when);
// "<random@domain-of-from>": unique for each message.
QByteArray messageId(const QString& fromAddress);
} // namespace MailHeaders
