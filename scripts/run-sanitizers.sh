#!/usr/bin/env bash
# Builds the whole suite with AddressSanitizer (leak checking included) and UndefinedBehaviorSanitizer
# (preset asan, build dir build/asan) and runs every registered test with it: a memory error, a leak
# in our own code or undefined behaviour ends the process that caused it, so its test fails. The
# programs the tests start (the CLI, the simulator) are built the same way and inherit the options.
# The sanitizer options and the leak suppressions live in the asan test preset (CMakePresets.json),
# so `ctest --preset asan -R <name>` behaves the same as this script. Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
started=$SECONDS
cmake --preset asan
cmake --build --preset asan
built=$SECONDS
echo "Sanitizer build: $((built - started)) s"
ctest --preset asan "$@"
echo "Sanitizer tests: $((SECONDS - built)) s"
