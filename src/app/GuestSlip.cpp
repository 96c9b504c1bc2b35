#include "GuestSlip.h"

#include "CodeFormat.h"
#include "TimeText.h"
#include "ValidityText.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("GuestSlip", text);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QStringList validityLines(const SlipDetails& d)
{
    return ValidityText::guestLines(d.entry.validity(), d.guestZone(), d.lockFrame);
}
} // namespace

QString GuestSlip::html(const SlipDetails& d)
{
    const QString demo = esc(tr("DEMO — will not open a real lock"));
    QString out;
    out += QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    out += QStringLiteral("<table align=\"center\" width=\"75%\" border=\"1\" cellspacing=\"0\" cellpadding=\"18\" "
                          "style=\"border-color: #1f4e79; border-style: solid;\"><tr><td align=\"center\">");
    if (d.demo)
        out += QStringLiteral("<p style=\"color:#b00020; font-size:14pt; font-weight:bold;\">%1</p>").arg(demo);
    if (!d.propertyName.isEmpty())
        out += QStringLiteral("<p style=\"font-size:20pt; font-weight:bold;\">%1</p>").arg(esc(d.propertyName));
    const QString heading = d.entry.guestName.isEmpty() ? tr("Your access code")
                                                        : tr("Access code for %1").arg(d.entry.guestName);
    out += QStringLiteral("<p style=\"font-size:14pt;\">%1</p>").arg(esc(heading));
    QString where = d.entry.lockName;
    if (!d.entry.room.isEmpty() && d.entry.room != d.entry.lockName)
        where = tr("%1 (room/unit %2)").arg(d.entry.lockName, d.entry.room);
    out += QStringLiteral("<p style=\"font-size:14pt; font-weight:bold;\">%1</p>").arg(esc(where));
    out += QStringLiteral("<p style=\"font-size:40pt; font-weight:bold; font-family: monospace;\">%1</p>")
               .arg(esc(CodeFormat::grouped(d.entry.code)));
    QStringList validity = validityLines(d);
    out += QStringLiteral("<p style=\"font-size:13pt;\"><b>%1</b>").arg(esc(validity.takeFirst()));
    for (const QString& line : validity)
        out += QStringLiteral("<br/><b>%1</b>").arg(esc(line));
    out += QStringLiteral("</p>");
    if (!d.entryInstructions.isEmpty())
        out += QStringLiteral("<p style=\"font-size:12pt;\">%1</p>").arg(esc(d.entryInstructions));
    if (!d.helpPhone.isEmpty())
        out += QStringLiteral("<p style=\"font-size:12pt;\">%1</p>").arg(esc(tr("Need help? Call %1").arg(d.helpPhone)));
    out += QStringLiteral("<p style=\"font-size:8pt; color:#555555;\">%1</p>")
               .arg(esc(tr("Issued %1 by %2")
                            .arg(TimeText::dateTime(d.entry.issuedAtUtc.toTimeZone(d.deskZone)),
                                 d.entry.issuedBy.isEmpty() ? tr("the front desk") : d.entry.issuedBy)));
    if (d.demo)
        out += QStringLiteral("<p style=\"color:#b00020; font-weight:bold;\">%1</p>").arg(demo);
    out += QStringLiteral("</td></tr></table></body></html>");
    return out;
}

QString GuestSlip::message(const SlipDetails& d)
{
    QStringList lines;
    if (d.demo)
        lines << tr("DEMO — will not open a real lock");
    if (!d.entry.guestName.isEmpty())
        lines << tr("Hello %1,").arg(d.entry.guestName) << QString();
    lines << tr("Your code for %1 is %2").arg(d.entry.lockName, CodeFormat::grouped(d.entry.code));
    lines << validityLines(d);
    if (!d.entryInstructions.isEmpty())
        lines << d.entryInstructions;
    if (!d.helpPhone.isEmpty())
        lines << tr("Need help? Call %1").arg(d.helpPhone);
    if (!d.propertyName.isEmpty())
        lines << QString() << d.propertyName;
    return lines.join(QLatin1Char('\n'));
}

QString GuestSlip::emailSubject(const SlipDetails& d)
{
    const QString subject = d.propertyName.isEmpty() ? tr("Your access code for %1").arg(d.entry.lockName)
                                                     : tr("Your access code for %1 at %2").arg(d.entry.lockName, d.propertyName);
    return d.demo ? QStringLiteral("[DEMO] ") + subject : subject;
}

void GuestSlip::fill(QTextDocument* document, const SlipDetails& details)
{
    document->setHtml(html(details));
}
