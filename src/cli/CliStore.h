#pragma once

class CliContext;
class QString;

// netcode-desk-cli store init | grant LOGIN --role desk|manager | import-sqlite FILE | status:
// setting up a shared store (PostgreSQL), giving logins their role, and moving a desk's own
// SQLite file in. Each takes --database URL (or NETCODE_DESK_DATABASE); the login's password comes
// from the URL (this run only), the keychain, PGPASSWORD or ~/.pgpass.
namespace CliStore {
int run(CliContext& cli, const QString& action);
QString usage(); // `store --help`

}
