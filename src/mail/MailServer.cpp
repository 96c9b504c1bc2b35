#include "MailServer.h"

#include <QCoreApplication>

bool MailServer::isConfigured() const
{
    return !host.trimmed().isEmpty() && !fromAddress.trimmed().isEmpty() && port > 0 && port < 65536;
}

QString MailServer::url() const
{
    const QString scheme = security == Security::ImplicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    QString name = host.trimmed();
    if (name.contains(QLatin1Char(':')) && !name.startsWith(QLatin1Char('[')))
        name = QLatin1Char('[') + name + QLatin1Char(']'); // an IPv6 literal
    return QStringLiteral("%1://%2:%3").arg(scheme, name).arg(port);
}

QString MailServer::securityName(Security security)
{
    return security == Security::ImplicitTls ? QStringLiteral("tls") : QStringLiteral("starttls");
}

MailServer::Security MailServer::securityFromName(const QString& name)
{
    return name.trimmed().compare(QStringLiteral("tls"), Qt::CaseInsensitive) == 0 ? Security::ImplicitTls
                                                                                   : Security::StartTls;
}

int MailServer::defaultPort(Security security)
{
    return security == Security::ImplicitTls ? 465 : 587;
}

QString MailServer::securityLabel(Security security)
{
    return security == Security::ImplicitTls ? QCoreApplication::translate("MailServer", "TLS (port 465)")
                                             : QCoreApplication::translate("MailServer", "STARTTLS (port 587)");
}
