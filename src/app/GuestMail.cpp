#include "GuestMail.h"

#include "CodeFormat.h"
#include "Languages.h"
#include "SiteSettings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace {
// File names in ASCII letters, digits and dashes: every mail reader shows them alike.
QString asciiSlug(const QString& text)
{
    QString slug;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c.toLower();
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')) && (c.isSpace() || c.isPunct()))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.left(40);
}

// The HTML part's lang: a BCP 47 tag. The guest's language, else the desk's (the wording is then
// the desk's too); English for the C locale a script run from cron or systemd has ("C" is no
// language tag) and for anything that is not a tag.
QString htmlLanguage(const QString& slipLanguage)
{
    const QLocale desk;
    QString tag = slipLanguage;
    if (tag.isEmpty())
        tag = desk.language() == QLocale::C || desk.language() == QLocale::AnyLanguage ? QString() : desk.bcp47Name();
    static const QRegularExpression bcp47(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    return bcp47.match(tag).hasMatch() ? tag : QStringLiteral("en");
}
} // namespace

SlipDetails GuestMail::detailsFor(const HistoryEntry& entry, const SiteSettings& site, const QTimeZone& deskZone)
{
    SlipDetails slip;
    slip.entry = entry;
    slip.propertyName = site.propertyName();
    slip.helpPhone = site.helpPhone();
    slip.deskZone = deskZone;
    slip.layout = GuestSlip::layoutFromName(site.slipLayout());
    slip.demo = entry.demo;
    slip.lockFrame = entry.lockFrame(deskZone);
    return slip;
}

MailMessage GuestMail::compose(const SlipDetails& details, const QString& address, bool attachSlip)
{
    MailMessage message;
    message.to = address.trimmed();
    message.toName = details.entry.guestName.trimmed();
    // Each of these switches to the guest's language for itself (SlipDetails::language).
    message.subject = GuestSlip::emailSubject(details);
    message.plainText = GuestSlip::message(details);
    message.html = html(details);
    if (attachSlip) {
        const QByteArray pdf = slipPdf(details);
        if (!pdf.isEmpty())
            message.attachments.append({attachmentName(details), QStringLiteral("application/pdf"), pdf});
    }
    return message;
}

QString GuestMail::html(const SlipDetails& details)
{
    const QString plain = GuestSlip::message(details);
    const QString code = CodeFormat::grouped(details.entry.code);
    QString body;
    for (const QString& line : plain.split(QLatin1Char('\n'))) {
        if (line.isEmpty()) {
            body += QStringLiteral("<br>\n");
            continue;
        }
        QString escaped = line.toHtmlEscaped();
        // The code stands out, as on the slip: large, bold, never broken across lines.
        if (!code.isEmpty() && escaped.contains(code.toHtmlEscaped()))
            escaped.replace(code.toHtmlEscaped(),
                            QStringLiteral("<strong style=\"font-size:150%; letter-spacing:0.1em; white-space:nowrap;\">%1</strong>")
                                .arg(code.toHtmlEscaped()));
        body += QStringLiteral("<p style=\"margin:0 0 0.6em 0;\">%1</p>\n").arg(escaped);
    }
    const QString lang = htmlLanguage(details.language);
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>\n"
                          "<body style=\"font-family:sans-serif; font-size:14px; color:#222222;\">\n%3</body></html>\n")
        .arg(lang.toHtmlEscaped(), GuestSlip::emailSubject(details).toHtmlEscaped(), body);
}

QByteArray GuestMail::slipPdf(const SlipDetails& details)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {}; // fonts and layout need a GUI application (offscreen is enough)
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(GuestSlip::emailSubject(details));
    writer.setCreator(QStringLiteral("NetCode Desk"));
    writer.setResolution(300);
    QTextDocument document;
    GuestSlip::fill(&document, details);
    switch (details.layout) {
    case SlipLayout::Letter:
        writer.setPageSize(QPageSize(QPageSize::Letter));
        break;
    case SlipLayout::Receipt80mm: {
        // As tall as the slip needs on 80 mm paper (as printing it does).
        document.setPageSize(QSizeF(QPageSize(QSizeF(80, 100), QPageSize::Millimeter).sizePoints().width(), 1e6));
        const qreal heightMm = document.size().height() / 72.0 * 25.4 + 10;
        writer.setPageSize(QPageSize(QSizeF(80, qMax(60.0, heightMm)), QPageSize::Millimeter, QStringLiteral("Receipt 80 mm")));
        break;
    }
    case SlipLayout::A4:
        writer.setPageSize(QPageSize(QPageSize::A4));
        break;
    }
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    document.setPageSize(writer.pageLayout().paintRect(QPageLayout::Point).size());
    document.print(&writer);
    buffer.close();
    return bytes;
}

QString GuestMail::attachmentName(const SlipDetails& details)
{
    QString slug = asciiSlug(details.entry.room);
    if (slug.isEmpty())
        slug = asciiSlug(details.entry.lockName);
    return slug.isEmpty() ? QStringLiteral("netcode-slip.pdf") : QStringLiteral("netcode-slip-%1.pdf").arg(slug);
}

MailMessage GuestMail::testMessage(const QString& address, const QString& propertyName)
{
    MailMessage message;
    message.to = address.trimmed();
    message.subject = propertyName.trimmed().isEmpty()
        ? QCoreApplication::translate("GuestMail", "NetCode Desk: test email")
        : QCoreApplication::translate("GuestMail", "NetCode Desk: test email from %1").arg(propertyName.trimmed());
    message.plainText = QCoreApplication::translate(
        "GuestMail", "This is a test email from NetCode Desk. The mail server settings work: codes can be emailed to guests.");
    message.html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><p>%1</p></body></html>\n")
                       .arg(message.plainText.toHtmlEscaped());
    return message;
}
