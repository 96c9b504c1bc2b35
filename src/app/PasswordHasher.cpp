#include "PasswordHasher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace {
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
const QLatin1String kScheme("pbkdf2-sha256");

QByteArray derive(const QString& secret, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret.toUtf8(), salt, iterations,
                                              kKeyBytes);
}

bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

struct Parsed {
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

bool parse(const QString& stored, Parsed* parsed)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    parsed->iterations = parts.at(1).toInt(&ok);
    if (!ok || parsed->iterations < 1)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.isEmpty() || key.decoded.size() != kKeyBytes)
        return false;
    parsed->salt = salt.decoded;
    parsed->key = key.decoded;
    return true;
}
} // namespace

namespace PasswordHasher {

QString hash(const QString& secret, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), kSaltBytes / 4);
    const QByteArray key = derive(secret, salt, iterations);
    return QStringList{kScheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(key.toBase64())}
        .join(QLatin1Char('$'));
}

bool verify(const QString& secret, const QString& stored)
{
    Parsed parsed;
    if (!parse(stored, &parsed)) {
        spendEquivalentTime(secret);
        return false;
    }
    return equalInConstantTime(derive(secret, parsed.salt, parsed.iterations), parsed.key);
}

int iterations(const QString& stored)
{
    Parsed parsed;
    return parse(stored, &parsed) ? parsed.iterations : 0;
}

QString derivedKey(const QString& secret, const QString& saltBase64, int iterations)
{
    constexpr int kMostIterations = 5'000'000;
    const auto salt = QByteArray::fromBase64Encoding(saltBase64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.isEmpty() || iterations < 1 || iterations > kMostIterations) {
        spendEquivalentTime(secret);
        return QString();
    }
    return QString::fromLatin1(derive(secret, salt.decoded, iterations).toBase64());
}

void spendEquivalentTime(const QString& secret)
{
    static const QByteArray salt(kSaltBytes, '\x5a');
    (void)derive(secret, salt, kDefaultIterations);
}

QString weakness(const QString& secret)
{
    bool digits = !secret.isEmpty();
    for (const QChar c : secret)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (digits) {
        if (secret.size() < 4 || secret.size() > 12)
            return QCoreApplication::translate("PasswordHasher", "A PIN has 4 to 12 digits.");
        return QString();
    }
    if (secret.size() < 8)
        return QCoreApplication::translate("PasswordHasher",
                                           "A password has at least 8 characters (or use a PIN of 4 to 12 digits).");
    return QString();
}

QString loginPasswordWeakness(const QString& secret)
{
    bool digits = true;
    for (const QChar c : secret)
        digits = digits && c.isDigit();
    if (secret.size() < 10 || digits)
        return QCoreApplication::translate("PasswordHasher",
                                           "A manager with a database login signs in with that login's password: at "
                                           "least 10 characters, not digits only (the server accepts it from the "
                                           "network, so a PIN is not enough).");
    return QString();
}

} // namespace PasswordHasher
