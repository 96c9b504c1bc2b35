#include "GuestSlip.h"

#include "CodeFormat.h"
#include "DisplayText.h"
#include "Languages.h"
#include "TimeText.h"
#include "ValidityText.h"

#include <QCoreApplication>
#include <QFont>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>
#include <QTextLayout>

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
                          &d.entry.issuedBy, &d.propertyName, &d.helpPhone})
        *text = DisplayText::visible(*text);
    return d;
}

// Joiners, variation selectors and combining marks draw nothing of their own.
bool drawsNothing(char32_t ucs4)
{
    const QChar::Category category = QChar::category(ucs4);
    return category == QChar::Other_Format || category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
           || category == QChar::Mark_SpacingCombining || QChar::isSpace(ucs4) || ucs4 < 0x80;
}

// Whether the slip font, with the fonts the system falls back to, has a glyph for the character.
bool printable(char32_t ucs4)
{
    if (drawsNothing(ucs4))
        return true;
    static QHash<char32_t, bool> known;
    if (const auto it = known.constFind(ucs4); it != known.constEnd())
        return it.value();
    QTextLayout layout(QString::fromUcs4(&ucs4, 1), QFont(QStringLiteral("sans-serif")));
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    bool found = true;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        for (const quint32 glyph : run.glyphIndexes())
            found = found && glyph != 0; // glyph 0 is the "missing" box
    }
    known.insert(ucs4, found);
    return found;
}

bool canAskFonts()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

// The text with the characters the slip cannot print left out.
QString printableText(const QString& text)
{
    if (!canAskFonts())
        return text;
    QString out;
    for (const char32_t ucs4 : QStringView(text).toUcs4()) {
        if (printable(ucs4))
            out += QString::fromUcs4(&ucs4, 1);
    }
    return out;
}

// A telephone number on paper stays on one line: its spaces do not break.
QString unbroken(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char(' '), QChar(0x00A0));
    return out;
}

// Where the code works, as a guest reads it: the lock's name, and the room or unit as the desk
// typed it when the name does not already say it ("Room 101", not "Room 101 (room/unit 101)").
QString whereText(const HistoryEntry& entry)
{
    const QString room = entry.room.trimmed();
    if (room.isEmpty())
        return entry.lockName;
    const QRegularExpression inName(QStringLiteral("(^|\\W)%1($|\\W)").arg(QRegularExpression::escape(room)),
                                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (entry.lockName.contains(inName))
        return entry.lockName;
    //: On a guest slip: the lock's name, then the room or unit as the desk typed it ("Side door — 12")
    return QCoreApplication::translate("GuestSlip", "%1 — %2").arg(entry.lockName, room);
}

QStringList validityLines(const SlipDetails& d)
{
    // Read against the day it was issued: a code for another year says which.
    return ValidityText::guestLines(d.entry.validity(), d.guestZone(), d.lockFrame, d.entry.issuedAtUtc);
}
} // namespace

QString GuestSlip::entryInstructions(const SlipDetails& details)
{
    if (!details.entryInstructions.isEmpty())
        return DisplayText::visible(details.entryInstructions);
    const LockModelInfo* model = LockModelCatalogue::fromWire(details.entry.lockModel);
    return model ? LockModelCatalogue::entryInstructions(model->id) : QString();
}

QString GuestSlip::html(const SlipDetails& details)
{
    const SlipDetails d = shown(details);
    const ScopedLanguage language(d.language);
    const QString instructions = entryInstructions(d);
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
        out += QStringLiteral("<p style=\"font-size:%2pt; font-weight:bold;\">%1</p>").arg(esc(printableText(d.propertyName))).arg(titlePt);
    const QString guest = printableText(d.entry.guestName).trimmed();
    const QString heading = guest.isEmpty() ? QCoreApplication::translate("GuestSlip", "Your access code")
                                            : QCoreApplication::translate("GuestSlip", "Access code for %1").arg(guest);
    out += QStringLiteral("<p style=\"font-size:%2pt;\">%1</p>").arg(esc(heading)).arg(bodyPt + 1);
    out += QStringLiteral("<p style=\"font-size:%2pt; font-weight:bold;\">%1</p>").arg(esc(printableText(whereText(d.entry)))).arg(bodyPt + 1);
    out += QStringLiteral("<p style=\"font-size:%2pt; font-weight:bold; font-family: monospace;\">%1</p>")
               .arg(esc(CodeFormat::grouped(d.entry.code)))
               .arg(codePt);
    QStringList validity = validityLines(d);
    out += QStringLiteral("<p style=\"font-size:%2pt;\"><b>%1</b>").arg(esc(validity.takeFirst())).arg(bodyPt);
    for (const QString& line : validity)
        out += QStringLiteral("<br/><b>%1</b>").arg(esc(line));
    out += QStringLiteral("</p>");
    if (!instructions.isEmpty())
        out += QStringLiteral("<p style=\"font-size:%2pt;\">%1</p>").arg(esc(printableText(instructions))).arg(bodyPt);
    if (!d.helpPhone.isEmpty())
        out += QStringLiteral("<p style=\"font-size:%2pt;\">%1</p>")
                   .arg(esc(QCoreApplication::translate("GuestSlip", "Need help? Call %1").arg(unbroken(d.helpPhone.trimmed()))))
                   .arg(bodyPt);
    // Who issued it, as a guest should read it: a code from the command line (a script, a
    // booking system) names the property, never the computer's login.
    const QString when = TimeText::dateTime(d.entry.issuedAtUtc.toTimeZone(d.deskZone));
    QString issuer = d.entry.issuedFromCommandLine() ? d.propertyName.trimmed() : d.entry.issuedBy.trimmed();
    if (issuer.isEmpty() && !d.entry.issuedFromCommandLine())
        issuer = QCoreApplication::translate("GuestSlip", "the front desk");
    out += QStringLiteral("<p style=\"font-size:8pt; color:#555555;\">%1</p>")
               .arg(esc(issuer.isEmpty() ? QCoreApplication::translate("GuestSlip", "Issued %1").arg(when)
                                         : QCoreApplication::translate("GuestSlip", "Issued %1 by %2").arg(when, issuer)));
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
    lines << QCoreApplication::translate("GuestSlip", "Your code for %1 is %2").arg(whereText(d.entry), CodeFormat::grouped(d.entry.code));
    lines << validityLines(d);
    const QString instructions = entryInstructions(d);
    if (!instructions.isEmpty())
        lines << instructions;
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

QString GuestSlip::unprintableCharacters(const SlipDetails& d)
{
    if (!canAskFonts())
        return {};
    QString missing;
    QSet<char32_t> seen;
    const ScopedLanguage language(d.language);
    for (const QString& value :
         {d.entry.guestName, d.entry.room, d.entry.lockName, d.propertyName, entryInstructions(d)}) {
        for (const char32_t ucs4 : QStringView(value).toUcs4()) {
            if (!printable(ucs4) && !seen.contains(ucs4)) {
                seen.insert(ucs4);
                missing += QString::fromUcs4(&ucs4, 1);
            }
        }
    }
    return missing;
}

QString GuestSlip::unprintableWarning(const SlipDetails& d)
{
    const QString missing = unprintableCharacters(d);
    if (missing.isEmpty())
        return {};
    return QCoreApplication::translate("GuestSlip", "The slip cannot print %1: it is left out on paper (the message keeps it). "
                                                    "Check the guest's name before printing.")
        .arg(missing);
}
