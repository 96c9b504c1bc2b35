#include "NetCodeRequest.h"

QString encodedQuery(const QList<QPair<QString, QString>>& items)
{
    QStringList parts;
    for (const auto& [name, value] : items)
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value)));
    return parts.join(QLatin1Char('&'));
}

QUrl NetCodeRequest::url(const ApiEndpoint& endpoint) const
{
    QUrl result = endpoint.url(endpoint.netCodePrefix,
                               QStringLiteral("netcode/") + QString::fromLatin1(QUrl::toPercentEncoding(pathId)));
    result.setQuery(encodedQuery({{QStringLiteral("start"), start},
                                  {QStringLiteral("duration"), QString::number(durationId)},
                                  {QStringLiteral("lockmodel"), lockModel},
                                  {QStringLiteral("identifier"), identifier}}),
                    QUrl::StrictMode);
    return result;
}
