#!/usr/bin/env bash
# Quick start 2: install missing build dependencies, build everything with warnings as errors, and
# run the whole test suite (headless: widgets run on Qt's offscreen platform). Each step's time is
# printed as it ends, so a slow CI run shows where its minutes went.
set -euo pipefail
cd "$(dirname "$0")/.."

step_started=$SECONDS
step_done() {
    echo "== $1: $((SECONDS - step_started)) s"
    step_started=$SECONDS
}

bash scripts/install-deps.sh
step_done "Build dependencies"
cmake --preset ci
cmake --build --preset ci
step_done "Build"
bash scripts/test-package.sh build/ci
step_done "Package check"
ctest --preset ci
step_done "Test suite"
