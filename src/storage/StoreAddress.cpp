#include "StoreAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace {
// libpq settings a URL may carry; the timeouts and keepalives are NetCode Desk's own.
const QStringList& allowedParameters()
{
    static const QStringList names = {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),           QStringLiteral("sslcrl"),          QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"), QStringLiteral("gssencmode"), QStringLiteral("requiressl"),
        QStringLiteral("channel_binding"),
    };
    return names;
}
} // namespace

bool StoreAddress::isShared(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool StoreAddress::parse(const QString& text, StoreAddress* address, QString* error)
{
    const auto failWith = [error](const QString& why) {
        *error = QCoreApplication::translate("StoreAddress", "This is not a shared store address NetCode Desk can use: %1. "
                                                             "Write it as postgresql://user@host:5432/database.")
                     .arg(why);
        return false;
    };
    if (!isShared(text))
        return failWith(QCoreApplication::translate("StoreAddress", "it must start with postgresql://"));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid()) {
        // QUrl's reason quotes the whole text, password and all: keep only the reason itself.
        const QString why = url.errorString();
        return failWith(why.left(why.indexOf(QLatin1String("; source was"))));
    }
    StoreAddress result;
    result.host = url.host(QUrl::FullyDecoded);
    if (result.host.contains(QLatin1Char(',')))
        return failWith(QCoreApplication::translate("StoreAddress", "several hosts in one address are not supported"));
    if (url.port() == 0)
        return failWith(QCoreApplication::translate("StoreAddress", "the port must be a number from 1 to 65535"));
    if (url.port() > 0)
        result.port = url.port();
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    result.database = path;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            result.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                return failWith(QCoreApplication::translate("StoreAddress", "the port must be a number from 1 to 65535"));
            result.port = port;
        } else if (key == QLatin1String("user")) {
            result.user = value;
        } else if (key == QLatin1String("password")) {
            result.password = value;
        } else if (key == QLatin1String("dbname")) {
            result.database = value;
        } else if (allowedParameters().contains(key)) {
            // libpq's connection string is "key=value key=value": a value with spaces, quotes or
            // separators could smuggle in another setting.
            for (const QChar c : value) {
                if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\') || c == QLatin1Char(';')
                    || c == QLatin1Char('='))
                    return failWith(QCoreApplication::translate("StoreAddress", "the value of %1 contains a character that is not allowed").arg(key));
            }
            result.parameters.append({key, value});
        } else {
            return failWith(QCoreApplication::translate("StoreAddress", "the setting \"%1\" is not supported").arg(key));
        }
    }
    if (result.database.isEmpty())
        return failWith(QCoreApplication::translate("StoreAddress", "the database name is missing"));
    if (result.host.isEmpty())
        result.host = QStringLiteral("localhost");
    *address = result;
    return true;
}

QString StoreAddress::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/'))) {
        query.addQueryItem(QStringLiteral("host"), host);
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
        url.setHost(QString());
    } else {
        url.setHost(host);
        url.setPort(port);
    }
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    for (const auto& [key, value] : parameters)
        query.addQueryItem(key, value);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString StoreAddress::credentialKey() const
{
    return QStringLiteral("store:%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}
