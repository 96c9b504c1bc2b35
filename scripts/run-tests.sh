#!/usr/bin/env bash
# Quick start 2: install missing build dependencies, build everything with warnings as errors, and
# run the whole test suite (headless: widgets run on Qt's offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
bash scripts/test-package.sh build/ci
ctest --preset ci
