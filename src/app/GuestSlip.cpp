#include "GuestSlip.h"

#include "CodeFormat.h"
#include "DisplayText.h"
#include "Languages.h"
#include "TimeText.h"
#include "ValidityText.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A guest reads the slip and the message as they are: every stored or typed value with its
// invisible controls made visible, so a name cannot make the room or the code read reversed.
SlipDetails shown(const SlipDetails& details)
{
    SlipDetails d = details;
    for (QString* text : {&d.entry.guestName, &d.entry.lockName, &d.entry.room, &d.entry.reference, &d.entry.note,
                          &d.entry.issuedBy, &d.propertyName, &d.helpPhone, &d.entryInstructions})
        *text = DisplayText::visible(*text);
    return d;
}

QStringList validityLines(const SlipDetails& d)
{
    return ValidityText::guestLines(d.entry.validity(), d.guestZone(), d.lockFrame);
}
} // namespace

QString GuestSlip::html(const SlipDetails& details)
{
    const SlipDetails d = shown(details);
    const ScopedLanguage language(d.language);
    const QString demo = esc(QCoreApplication::translate("GuestSlip", "DEMO — will not open a real lock"));
    QString out;
    out += QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    // A receipt roll is narrow: no frame, smaller type, the code still the largest thing on it.
    const bool receipt = d.layout == SlipLayout::Receipt80mm;
    const int codePt = receipt ? 26 : 40;
    const int bodyPt = receipt ? 9 : 13;
    const int titlePt = receipt ? 13 : 20;
    if (receipt)
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr><td align=\"center\">");
    else
        out += QStringLiteral("<table align=\"center\" width=\"75%\" border=\"1\" cellspacing=\"0\" cellpadding=\"18\" "
                              "style=\"border-color: #1f4e79; border-style: solid;\"><tr><td align=\"center\">");
    if (d.demo)
        out += QStringLiteral("<p style=\"color:#b00020; font-size:%2pt; font-weight:bold;\">%1</p>").arg(demo).arg(bodyPt + 1);
    if (!d.propertyName.isEmpty())
        out += QStringLiteral("<p style=\"font-size:%2pt; font-weight:bold;\">%1</p>").arg(esc(d.propertyName)).arg(titlePt);
    const QString heading = d.entry.guestName.isEmpty() ? QCoreApplication::translate("GuestSlip", "Your access code")
                                                        : QCoreApplication::translate("GuestSlip", "Access code for %1").arg(d.entry.guestName);
    out += QStringLiteral("<p style=\"font-size:%2pt;\">%1</p>").arg(esc(heading)).arg(bodyPt + 1);
    QString where = d.entry.lockName;
    if (!d.entry.room.isEmpty() && d.entry.room != d.entry.lockName)
        where = QCoreApplication::translate("GuestSlip", "%1 (room/unit %2)").arg(d.entry.lockName, d.entry.room);
    out += QStringLiteral("<p style=\"font-size:%2pt; font-weight:bold;\">%1</p>").arg(esc(where)).arg(bodyPt + 1);
    out += QStringLiteral("<p style=\"font-size:%2pt; font-weight:bold; font-family: monospace;\">%1</p>")
               .arg(esc(CodeFormat::grouped(d.entry.code)))
               .arg(codePt);
    QStringList validity = validityLines(d);
    out += QStringLiteral("<p style=\"font-size:%2pt;\"><b>%1</b>").arg(esc(validity.takeFirst())).arg(bodyPt);
    for (const QString& line : validity)
        out += QStringLiteral("<br/><b>%1</b>").arg(esc(line));
    out += QStringLiteral("</p>");
    if (!d.entryInstructions.isEmpty())
        out += QStringLiteral("<p style=\"font-size:%2pt;\">%1</p>").arg(esc(d.entryInstructions)).arg(bodyPt);
    if (!d.helpPhone.isEmpty())
        out += QStringLiteral("<p style=\"font-size:%2pt;\">%1</p>").arg(esc(QCoreApplication::translate("GuestSlip", "Need help? Call %1").arg(d.helpPhone))).arg(bodyPt);
    out += QStringLiteral("<p style=\"font-size:8pt; color:#555555;\">%1</p>")
               .arg(esc(QCoreApplication::translate("GuestSlip", "Issued %1 by %2")
                            .arg(TimeText::dateTime(d.entry.issuedAtUtc.toTimeZone(d.deskZone)),
                                 d.entry.issuedBy.isEmpty() ? QCoreApplication::translate("GuestSlip", "the front desk") : d.entry.issuedBy)));
    if (d.demo)
        out += QStringLiteral("<p style=\"color:#b00020; font-weight:bold;\">%1</p>").arg(demo);
    out += QStringLiteral("</td></tr></table></body></html>");
    return out;
}

QString GuestSlip::message(const SlipDetails& details)
{
    const SlipDetails d = shown(details);
    const ScopedLanguage language(d.language);
    QStringList lines;
    if (d.demo)
        lines << QCoreApplication::translate("GuestSlip", "DEMO — will not open a real lock");
    if (!d.entry.guestName.isEmpty())
        lines << QCoreApplication::translate("GuestSlip", "Hello %1,").arg(d.entry.guestName) << QString();
    lines << QCoreApplication::translate("GuestSlip", "Your code for %1 is %2").arg(d.entry.lockName, CodeFormat::grouped(d.entry.code));
    lines << validityLines(d);
    if (!d.entryInstructions.isEmpty())
        lines << d.entryInstructions;
    if (!d.helpPhone.isEmpty())
        lines << QCoreApplication::translate("GuestSlip", "Need help? Call %1").arg(d.helpPhone);
    if (!d.propertyName.isEmpty())
        lines << QString() << d.propertyName;
    return lines.join(QLatin1Char('\n'));
}

QString GuestSlip::layoutName(SlipLayout layout)
{
    switch (layout) {
    case SlipLayout::A4: return QStringLiteral("a4");
    case SlipLayout::Letter: return QStringLiteral("letter");
    case SlipLayout::Receipt80mm: return QStringLiteral("receipt-80mm");
    }
    return QStringLiteral("a4");
}

SlipLayout GuestSlip::layoutFromName(const QString& name)
{
    for (SlipLayout layout : {SlipLayout::A4, SlipLayout::Letter, SlipLayout::Receipt80mm}) {
        if (layoutName(layout) == name)
            return layout;
    }
    return SlipLayout::A4;
}

QString GuestSlip::emailSubject(const SlipDetails& details)
{
    const SlipDetails d = shown(details);
    const ScopedLanguage language(d.language);
    const QString subject = d.propertyName.isEmpty() ? QCoreApplication::translate("GuestSlip", "Your access code for %1").arg(d.entry.lockName)
                                                     : QCoreApplication::translate("GuestSlip", "Your access code for %1 at %2").arg(d.entry.lockName, d.propertyName);
    return d.demo ? QStringLiteral("[DEMO] ") + subject : subject;
}

void GuestSlip::fill(QTextDocument* document, const SlipDetails& details)
{
    document->setHtml(html(details));
}
