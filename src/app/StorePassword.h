#pragma once

#include <QString>

class SecretStore;

// The password of a shared store's login, kept in the PC's keychain under the login and store's
// own name (StoreAddress::credentialKey) — never in a file of ours, never in the settings.
// A password typed into the URL itself is for that run only: it is used as it is and not saved.
namespace StorePassword {

// Blocks (running the event loop) until the keychain answers or `timeoutMs` passes. Empty when
// `address` is not a shared store, has its own password, or the keychain holds none — then libpq
// looks in PGPASSWORD and ~/.pgpass. `problem` gets the keychain's failure, if any.
QString read(SecretStore& secrets, const QString& address, QString* problem = nullptr, int timeoutMs = 5000);

// The keychain entry's name for `address`; empty when it is not a shared store's URL.
QString keyFor(const QString& address);

} // namespace StorePassword
