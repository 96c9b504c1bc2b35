#pragma once

#include <QCoreApplication>
#include <QString>

// A guest's email address as typed at the desk: one plain addr-spec (local@domain), nothing that
// could add a header or a second recipient. Deliberately stricter than RFC 5322 (no quoted local
// parts, no comments, no display names): what a desk types for a guest is never one of those.
class MailAddress {
    Q_DECLARE_TR_FUNCTIONS(MailAddress)

public:
    // True when `address` (trimmed) can be sent to; otherwise `reason` (if given) says why,
    // translated, in words for the desk ("The address has no @", "... a line break ...").
    static bool isValid(const QString& address, QString* reason = nullptr);
    // The address as it is sent: trimmed, the domain in lower case (the local part as typed).
    static QString normalized(const QString& address);
    // The address with control characters shown as "?" and cut to 320 characters: safe for a
    // record or a message even when it was refused.
    static QString forRecord(const QString& address);
};
