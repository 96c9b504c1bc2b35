#include "DemoCode.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QMessageAuthenticationCode>

QString DemoCode::generate(const QString& model, const QString& pathId, const QString& identifier,
                           const QString& start, int durationId, int length)
{
    const QByteArray key = QByteArrayLiteral("NetCode Desk demo codes");
    const QStringList parts = {model, pathId, identifier, start, QString::number(durationId)};
    const QString message = parts.join(QLatin1Char('|'));
    const QByteArray mac =
        QMessageAuthenticationCode::hash(message.toUtf8(), key, QCryptographicHash::Sha256);
    QString digits;
    // Each byte pair gives one digit; 32 bytes give up to 16 digits, more than any known model needs.
    for (int i = 0; i + 1 < mac.size() && digits.size() < length; i += 2) {
        const unsigned value = (static_cast<unsigned char>(mac[i]) << 8) | static_cast<unsigned char>(mac[i + 1]);
        digits += QChar(u'0' + char16_t(value % 10));
    }
    return digits;
}
