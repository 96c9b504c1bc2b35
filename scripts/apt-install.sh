#!/usr/bin/env bash
# Installs Debian packages (names, or ./file.deb) with apt-get. First it finishes whatever an
# interrupted dpkg run left undone: until `dpkg --configure -a` has run, apt-get refuses to install
# anything ("dpkg was interrupted"), and a fresh machine can come up in that state. Waits up to five
# minutes for another package manager's lock. Needs root or sudo.
set -euo pipefail
[ $# -gt 0 ] || { echo "apt-install: no packages named" >&2; exit 2; }

as_root=(env DEBIAN_FRONTEND=noninteractive)
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "apt-install: needs root or sudo to install $*" >&2; exit 1; }
    as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
fi

if ! "${as_root[@]}" dpkg --configure -a; then
    echo "apt-install: 'dpkg --configure -a' failed; trying the install anyway" >&2
fi
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends "$@"
