#pragma once

#include "GuestSlip.h"
#include "MailMessage.h"

#include <QByteArray>
#include <QTimeZone>

class SiteSettings;

// The email a guest receives with their code: the slip's wording in the guest's language
// (SlipDetails::language), as plain text and HTML, with the slip as a PDF when chosen. Composed
// on the thread that owns the translators (the UI thread: switching language installs one for a
// moment); sending happens elsewhere.
class GuestMail {
public:
    // The slip of a history row as the desk prints it (property, help phone, layout, the lock's
    // entry instructions, the window in the lock's clock as issued), in the desk's language until
    // `language` is set on it.
    static SlipDetails detailsFor(const HistoryEntry& entry, const SiteSettings& site, const QTimeZone& deskZone);
    static MailMessage compose(const SlipDetails& details, const QString& address, bool attachSlip);
    // The slip as a PDF (the same layout as printing it), for the attachment. Needs QtGui (a
    // QGuiApplication for fonts); empty when it could not be made.
    static QByteArray slipPdf(const SlipDetails& details);
    // The attachment's file name: "netcode-<room or lock>.pdf" in ASCII.
    static QString attachmentName(const SlipDetails& details);
    // The HTML body: the guest message's wording laid out for a mail reader (no page sizes).
    static QString html(const SlipDetails& details);
    // "Send a test email": a short message saying the mail settings work, in the desk's language.
    static MailMessage testMessage(const QString& address, const QString& propertyName);
};
