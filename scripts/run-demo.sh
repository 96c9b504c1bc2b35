#!/usr/bin/env bash
# Quick start 1: install missing build dependencies, build, and start NetCode Desk in demo mode
# (the built-in Codelocks simulator; no API key needed, codes open no real lock).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev --target netcode-desk
exec build/dev/src/ui/netcode-desk --demo "$@"
