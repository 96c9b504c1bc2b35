#include "MailResult.h"

#include <QCoreApplication>

QString MailResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return QStringLiteral("delivered");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

MailResult::Outcome MailResult::outcomeFromName(const QString& name)
{
    if (name == QLatin1String("delivered"))
        return Outcome::Delivered;
    if (name == QLatin1String("refused"))
        return Outcome::Refused;
    if (name == QLatin1String("unknown"))
        return Outcome::Unknown;
    return Outcome::Failed;
}

QString MailResult::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return QCoreApplication::translate("MailResult", "Sent");
    case Outcome::Refused:
        return QCoreApplication::translate("MailResult", "Refused by the mail server");
    case Outcome::Unknown:
        return QCoreApplication::translate("MailResult", "May have been sent");
    case Outcome::Failed:
        break;
    }
    return QCoreApplication::translate("MailResult", "Not sent");
}
