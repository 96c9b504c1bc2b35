#!/usr/bin/env bash
# Builds the Debian package from an existing build, installs it, checks what it put where, runs
# both installed programs, and removes it again. Needs root (or sudo): it installs a package.
set -euo pipefail
build="${1:-build/ci}"
cd "$(dirname "$0")/.."

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "test-package: needs root or sudo to install the package" >&2; exit 1; }
    sudo_cmd=(sudo)
fi

(cd "$build" && rm -f netcode-desk_*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$build"/netcode-desk_*.deb)
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Depends

bash scripts/apt-install.sh "./$deb" >/dev/null

app_id=io.github.netcodedesk.NetCodeDesk
expected=(
    /usr/bin/netcode-desk
    /usr/bin/netcode-desk-cli
    /usr/share/applications/$app_id.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg
    /usr/share/icons/hicolor/48x48/apps/$app_id.png
    /usr/share/icons/hicolor/256x256/apps/$app_id.png
    /usr/share/man/man1/netcode-desk-cli.1
)
listing=$(dpkg -L netcode-desk)
for file in "${expected[@]}"; do
    grep -qx "$file" <<<"$listing" || { echo "test-package: $file is missing from the package" >&2; exit 1; }
done
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/netcode-desk-cli --version
QT_QPA_PLATFORM=offscreen /usr/bin/netcode-desk --version
# The installed app starts, in demo mode, and paints its main window.
QT_QPA_PLATFORM=offscreen NETCODE_DESK_EXIT_AFTER_FIRST_PAINT=1 NETCODE_DESK_DATABASE="$tmp/db.sqlite" \
    NETCODE_DESK_SETTINGS="$tmp/s.ini" timeout 60 /usr/bin/netcode-desk --demo
NETCODE_DESK_DATABASE="$tmp/db.sqlite" /usr/bin/netcode-desk-cli locks list >/dev/null

"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 remove -y netcode-desk >/dev/null
for file in "${expected[@]}"; do
    [ ! -e "$file" ] || { echo "test-package: $file is left behind after removal" >&2; exit 1; }
done
echo "package test: installed, checked ${#expected[@]} files, ran both programs, removed cleanly"
