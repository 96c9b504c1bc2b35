#include "MailAttempt.h"

#include <QCoreApplication>

QString MailAttempt::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return QStringLiteral("delivered");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::Sending:
        return QStringLiteral("sending");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

MailAttempt::Outcome MailAttempt::outcomeFromName(const QString& name)
{
    if (name == QLatin1String("delivered"))
        return Outcome::Delivered;
    if (name == QLatin1String("refused"))
        return Outcome::Refused;
    if (name == QLatin1String("unknown"))
        return Outcome::Unknown;
    if (name == QLatin1String("sending"))
        return Outcome::Sending;
    return Outcome::Failed;
}

QString MailAttempt::summary() const
{
    switch (outcome) {
    case Outcome::Delivered:
        return QCoreApplication::translate("MailAttempt", "Emailed to %1").arg(recipient);
    case Outcome::Refused:
        return QCoreApplication::translate("MailAttempt", "Email to %1 refused by the mail server: %2").arg(recipient, detail);
    case Outcome::Unknown:
        return QCoreApplication::translate("MailAttempt", "Email to %1 may have been sent; check with the guest: %2")
            .arg(recipient, detail);
    case Outcome::Sending:
        return QCoreApplication::translate("MailAttempt", "Sending the email to %1…").arg(recipient);
    case Outcome::Failed:
        break;
    }
    return QCoreApplication::translate("MailAttempt", "Email to %1 not sent: %2").arg(recipient, detail);
}
