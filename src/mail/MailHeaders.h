#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Header values as they go on the wire: 7-bit ASCII, non-ASCII text as RFC 2047 encoded-words
// (UTF-8, base64), never a CR or LF from the values themselves.
// Text from people (guest names, property and room names) is shown as the mail body shows it:
// control characters become spaces, and bidi and other invisible format characters a visible
// marker (‹U+202E›, as DisplayText does), so a name cannot reorder what a mail reader shows.
namespace MailHeaders {
// Longest line we write (RFC 5322 2.1.1 recommends 78; servers refuse past 998).
constexpr int kLineLength = 78;
// `text` as it is when it is printable ASCII in words short enough to fold, otherwise
// encoded-words of at most 64 characters each, separated by folding whitespace ("\r\n ").
QByteArray encodedText(const QString& text);
// "name <address>" with the name quoted or encoded as needed; just "<address>" without a name.
// The address's domain goes in its ASCII (IDNA) form.
QByteArray mailbox(const QString& name, const QString& address);
// The whole header field, "Name: value", folded at the value's spaces so that no line is longer
// than kLineLength where the value allows it (RFC 5322 2.2.3); a value made by encodedText or
// mailbox always allows it but for a very long address (never past 998 in any case).
QByteArray field(const QByteArray& name, const QByteArray& value);
// RFC 5322 date: "Mon, 30 Nov 2026 12:34:56 +0000".
QByteArray date(const QDateTime& when);
// "<random@domain-of-from>": unique for each message.
QByteArray messageId(const QString& fromAddress);
} // namespace MailHeaders
