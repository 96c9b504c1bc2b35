#pragma once

// netcode-desk-cli's exit codes, as documented in the README and --help.
enum ExitCode : int {
    ExitOk = 0,
    ExitLocalFailure = 1,   // the database or a file could not be used
    ExitInvalidInput = 2,   // invalid input or usage: nothing was sent
    // A manager's action (locks, staff, moving a desk in) refused to this login or role: nothing
    // was changed. The same code as invalid usage, everywhere: running it again as it is cannot
    // succeed; a manager's login or sign-in must do it.
    ExitNotAllowed = ExitInvalidInput,
    ExitRejected = 3,       // the service rejected the request (4xx or an error body)
    ExitServiceFailure = 4, // 5xx, timeout, offline, unusable answer
    ExitImplausibleCode = 5, // a code came back but failed the sanity check
    // The code is issued and in history (or the row exists), but emailing it to the guest failed
    // or was refused; the attempt is recorded on the row and can be sent again.
    ExitMailFailure = 6
};
