#include "MailAddress.h"

#include <QCoreApplication>
#include <QUrl>

namespace {
bool isAtext(QChar c)
{
    // RFC 5322 atext, without the characters a desk never types into an address.
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~.");
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || specials.contains(c);
}

// A label of a domain in its ASCII form: letters, digits and inner hyphens (RFC 1123), which is
// also what every label of an internationalised domain becomes ("xn--mller-kva").
bool validLabel(const QString& label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : label) {
        const bool ldh = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
        if (!ldh)
            return false;
    }
    return true;
}

// The domain's ASCII form, or empty when it has none (characters IDNA does not allow).
QString asciiDomain(const QString& domain)
{
    for (const QChar c : domain) {
        if (c.unicode() > 0x7f)
            return QString::fromLatin1(QUrl::toAce(domain));
    }
    return domain; // already ASCII: checked label by label as typed
}
} // namespace

bool MailAddress::isValid(const QString& address, QString* reason)
{
    const auto fail = [reason](const QString& why) {
        if (reason)
            *reason = why;
        return false;
    };
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return fail(MailAddress::tr("No email address was given."));
    for (const QChar c : trimmed) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return fail(MailAddress::tr("The email address contains a line break."));
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return fail(MailAddress::tr("The email address contains a control character."));
    }
    if (trimmed.size() > 254)
        return fail(MailAddress::tr("The email address is too long (at most 254 characters)."));
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return fail(MailAddress::tr("The email address contains a space."));
        if (c == QLatin1Char(',') || c == QLatin1Char(';'))
            return fail(MailAddress::tr("Only one email address can be given."));
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('"') || c == QLatin1Char('(')
            || c == QLatin1Char(')'))
            return fail(MailAddress::tr("Type the address alone, like guest@example.com, without a name or brackets."));
    }
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return fail(MailAddress::tr("The email address has no @."));
    if (trimmed.indexOf(QLatin1Char('@')) != at)
        return fail(MailAddress::tr("The email address has more than one @."));
    const QString local = trimmed.left(at);
    const QString domain = trimmed.mid(at + 1);
    if (local.isEmpty())
        return fail(MailAddress::tr("The email address has nothing before the @."));
    if (local.size() > 64)
        return fail(MailAddress::tr("The part before the @ is too long (at most 64 characters)."));
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QStringLiteral("..")))
        return fail(MailAddress::tr("The part before the @ has a misplaced dot."));
    for (const QChar c : local) {
        // Letters beyond ASCII before the @ need SMTPUTF8 from every server on the way; the
        // desk is told plainly rather than the guest never getting the email.
        if (c.unicode() > 0x7f)
            return fail(MailAddress::tr("The part before the @ contains \"%1\": NetCode Desk can only email addresses "
                                        "with plain letters (a–z), digits and . _ - + before the @.")
                            .arg(c));
        if (!isAtext(c))
            return fail(MailAddress::tr("The part before the @ contains \"%1\", which an email address cannot have.").arg(c));
    }
    if (domain.isEmpty())
        return fail(MailAddress::tr("The email address has nothing after the @."));
    if (domain.split(QLatin1Char('.')).size() < 2)
        return fail(MailAddress::tr("The part after the @ is not a complete domain (like example.com)."));
    // A domain in another script ("пример.рф") goes out in its ASCII form; check that form.
    const QString ascii = asciiDomain(domain);
    const QStringList labels = ascii.split(QLatin1Char('.'));
    if (ascii.isEmpty() || labels.size() < 2)
        return fail(MailAddress::tr("The part after the @ is not a valid domain."));
    for (const QString& label : labels) {
        if (!validLabel(label))
            return fail(MailAddress::tr("The part after the @ is not a valid domain."));
    }
    if (local.size() + 1 + ascii.size() > 254)
        return fail(MailAddress::tr("The email address is too long (at most 254 characters)."));
    return true;
}

QString MailAddress::normalized(const QString& address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return trimmed;
    return trimmed.left(at + 1) + trimmed.mid(at + 1).toLower();
}

QString MailAddress::ace(const QString& address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    const QString domain = asciiDomain(trimmed.mid(at + 1).toLower());
    return domain.isEmpty() ? QString() : trimmed.left(at + 1) + domain;
}

QString MailAddress::forRecord(const QString& address)
{
    QString safe = address.trimmed().left(320);
    for (QChar& c : safe) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    }
    return safe;
}
