#pragma once

#include <QString>
#include <QUrl>

// Where the Codelocks Connect service lives. Host and path versions are settings because the
// service has moved between hosts and versions before.
struct ApiEndpoint {
    QUrl host = QUrl(QStringLiteral("https://api-connect.codelocks.io"));
    QString netCodePrefix = QStringLiteral("n/3");
    QString utilityPrefix = QStringLiteral("u/1");

    // https always; plain http only to this computer (the built-in simulator).
    bool isTransportAllowed() const;
    static bool isLoopbackHost(const QString& host);
    QUrl url(const QString& prefix, const QString& path) const;
};
