#!/usr/bin/env bash
# Builds the whole suite with AddressSanitizer (leak checking included) and UndefinedBehaviorSanitizer
# (preset asan, build dir build/asan) and runs every registered test with it: a memory error, a leak
# in our own code or undefined behaviour ends the process that caused it, so its test fails. The
# programs the tests start (the CLI, the simulator) are built the same way and inherit the options.
# The sanitizer options and the leak suppressions live in the asan test preset (CMakePresets.json),
# so `ctest --preset asan -R <name>` behaves the same as this script. Extra arguments go to ctest.
#
# The reruns of SQLite suites on PostgreSQL (tests named *_pg) are left to the first pass: they run
# the same C++ as their SQLite runs, which are here, and only the store's SQL differs, which the
# sanitizers do not see into; the suites written for the shared store itself run here. This keeps
# `.ci/run` within its time on two cores. NETCODE_SANITIZE_PG_RERUNS=1 runs them too.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
started=$SECONDS
cmake --preset asan
cmake --build --preset asan
built=$SECONDS
echo "== Sanitizer build: $((built - started)) s"
if [ "${NETCODE_SANITIZE_PG_RERUNS:-0}" = 1 ]; then
    ctest --preset asan "$@"
else
    ctest --preset asan -E '_pg$' "$@"
fi
echo "== Sanitizer tests: $((SECONDS - built)) s"
