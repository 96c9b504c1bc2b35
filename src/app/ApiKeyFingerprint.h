#pragma once

#include <QString>

// A short, one-way mark of an API key, kept in the shared store so that a desk whose key differs
// from the site's can be told — the key itself stays in each computer's keychain.
//
// Sixteen hex digits (64 bits) of SHA-256 over an app-specific prefix and the key. Short is enough:
// - It only has to tell keys apart, not prove anything: two different keys share a fingerprint with
//   a chance of 1 in 2^64, far below any mistake a person makes typing one.
// - It cannot be turned back into the key: a key is 40 letters and digits (about 238 bits), so
//   guessing keys until one matches is hopeless, and the 192 bits left out only make it more so
//   (about 2^174 keys share each fingerprint).
// - The prefix makes it ours alone: the value matches no plain SHA-256 of the key that another
//   system might hold or publish.
namespace ApiKeyFingerprint {

// Empty for an empty key (demo mode has no fingerprint).
QString of(const QString& apiKey);

} // namespace ApiKeyFingerprint
