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
    // The address as the desk sees and records it: trimmed, the domain in lower case (the local
    // part as typed). A domain in another script stays in it ("gast@müller.de").
    static QString normalized(const QString& address);
    // The address as it goes on the wire, in headers and the envelope: the domain in its ASCII
    // (IDNA "xn--") form, so a message needs no SMTPUTF8 ("gast@xn--mller-kva.de"). Empty when
    // the domain has no such form. The local part must be ASCII already (isValid refuses others:
    // mail servers without SMTPUTF8 cannot take them, and NetCode Desk does not ask for it).
    static QString ace(const QString& address);
    // The address with control characters shown as "?" and cut to 320 characters: safe for a
    // record or a message even when it was refused.
    static QString forRecord(const QString& address);
};
