#pragma once

class CliContext;
class QString;

// `netcode-desk-cli staff add|list|deactivate` and `audit list`: administration by whoever has
// the database (and, on a shared store, a login allowed to change staff). Every change is written
// to the audit log as "(command line)" with the computer's user name. A PIN or password is read
// from standard input, never from an argument (arguments show in process lists and shell history).
class CliStaff {
public:
    static int run(CliContext& cli, const QString& action);
    static int audit(CliContext& cli, const QString& action);
    static QString usage();      // `staff --help`
    static QString auditUsage(); // `audit --help`
};
