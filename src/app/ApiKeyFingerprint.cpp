#include "ApiKeyFingerprint.h"

#include <QCryptographicHash>

QString ApiKeyFingerprint::of(const QString& apiKey)
{
    const QString key = apiKey.trimmed();
    if (key.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("NetCode Desk API key fingerprint v1\n"));
    hash.addData(key.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}
