#include "NetCodeRequest.h"

#include "LockModel.h"

#include <QRegularExpression>

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

bool NetCodeRequest::isSmartLock() const
{
    if (const LockModelInfo* model = LockModelCatalogue::fromWire(lockModel))
        return model->smartLock;
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-fA-F]{32}$"));
    return hex32.match(pathId).hasMatch();
}
