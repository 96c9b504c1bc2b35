#pragma once

#include <QByteArray>
#include <QString>

// Salted, slow hashes of staff PINs and passwords: PBKDF2-HMAC-SHA256 with 16 random bytes of salt.
// The stored text names its own iteration count, "pbkdf2-sha256$<iterations>$<salt>$<hash>" (base64),
// so the count can be raised later without invalidating what is stored.
namespace PasswordHasher {

// About 110 ms of CPU per check on the build machine (measured: 200,000 took 275 ms): slow for
// someone guessing, unnoticed at sign-in.
constexpr int kDefaultIterations = 80000;

QString hash(const QString& secret, int iterations = kDefaultIterations);
// Constant-time comparison of the derived key; false for text that is not a hash of ours.
bool verify(const QString& secret, const QString& stored);
// The iteration count in `stored`, or 0 when it is not a hash of ours.
int iterations(const QString& stored);
// The key `secret` derives with a salt and count given apart from a stored hash (a shared store
// gives only those and compares the key itself); base64, or empty when the salt is not base64 or
// the count is out of range (so a tampered row cannot make a desk spin).
QString derivedKey(const QString& secret, const QString& saltBase64, int iterations);
// Costs as much as verify() of a real hash: an unknown name must not answer faster than a wrong
// secret, or the timing alone would tell which names exist.
void spendEquivalentTime(const QString& secret);

// A PIN is 4 to 12 digits; a password at least 8 characters. Empty when acceptable, else the
// translated reason.
QString weakness(const QString& secret);
// A manager with their own database login on a shared store signs in with that login's password,
// which the server accepts from anywhere on the network: a password of at least 10 characters,
// never a PIN. Empty when acceptable, else the translated reason.
QString loginPasswordWeakness(const QString& secret);

} // namespace PasswordHasher
