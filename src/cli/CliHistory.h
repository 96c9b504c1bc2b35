#pragma once

class CliContext;
class QString;

// `netcode-desk-cli history list|export`.
class CliHistory {
public:
    static int run(CliContext& cli, const QString& action);
};
