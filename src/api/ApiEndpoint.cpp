#include "ApiEndpoint.h"

#include <QHostAddress>

bool ApiEndpoint::isLoopbackHost(const QString& host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ApiEndpoint::isTransportAllowed() const
{
    if (!host.isValid() || host.host().isEmpty())
        return false;
    const QString scheme = host.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(host.host());
}

QUrl ApiEndpoint::url(const QString& prefix, const QString& path) const
{
    QUrl result = host;
    QString base = result.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    QString cleanPrefix = prefix;
    while (cleanPrefix.startsWith(QLatin1Char('/')))
        cleanPrefix.remove(0, 1);
    while (cleanPrefix.endsWith(QLatin1Char('/')))
        cleanPrefix.chop(1);
    result.setPath(base + (cleanPrefix.isEmpty() ? QString() : cleanPrefix + QLatin1Char('/')) + path);
    return result;
}
