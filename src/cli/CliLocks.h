#pragma once

class CliContext;
class QString;

// `netcode-desk-cli locks list|add|remove|import|export`.
class CliLocks {
public:
    static int run(CliContext& cli, const QString& action);
};
