#pragma once

// Where start-up time goes, measured rather than guessed: with NETCODE_STARTUP_TRACE=1 in the
// environment each phase prints "startup <ms since the first mark> (+<ms since the previous>) <phase>"
// to stderr. Without it a mark costs one cached check. Phases are fixed ASCII names (no user data).
namespace StartupTrace {
bool enabled();
void mark(const char* phase);
} // namespace StartupTrace
