#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages NetCode Desk needs to build, test and run, when missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config lld
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql postgresql-15 qtkeychain-qt6-dev libgl-dev
    tzdata poppler-utils
    libcurl4-openssl-dev ca-certificates python3-aiosmtpd openssl
    dpkg-dev appstream desktop-file-utils
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing build dependencies: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
