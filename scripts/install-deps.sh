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

# A package counts as present once it is unpacked and configured; triggers still pending (say
# desktop-file-utils' after an interrupted run) do not make it missing.
missing=()
for package in "${packages[@]}"; do
    case "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)" in
        installed | triggers-pending | triggers-awaited) ;;
        *) missing+=("$package") ;;
    esac
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing build dependencies: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=300 update
bash "$(dirname "$0")/apt-install.sh" "${missing[@]}"
