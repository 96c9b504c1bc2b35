#pragma once

class CliContext;
class QString;

// `netcode-desk-cli history list|export|ask-again ID`.
class CliHistory {
public:
    static int run(CliContext& cli, const QString& action);

private:
    // Sends a request in doubt once more (billed again); its answer settles the same row.
    static int askAgain(CliContext& cli);
};
