#!/usr/bin/env bash
# Installs the break reminders `make bench-peers` sets StretchDesk beside: Workrave and
# Safe Eyes, from Debian, where the package index has them. Nothing else is fetched; a
# peer the index lacks is left out of the table. Safe to run again.
set -euo pipefail

wanted=()
for package in workrave safeeyes; do
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        continue
    fi
    candidate=$(apt-cache policy "$package" 2>/dev/null | sed -n 's/^ *Candidate: //p')
    if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
        echo "peer-apps: $package is not in the package index here; left out" >&2
        continue
    fi
    wanted+=("$package")
done
[ ${#wanted[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "peer-apps: install them with: sudo apt-get install -y ${wanted[*]}" >&2
    exit 1
fi
echo "peer-apps: installing ${wanted[*]}" >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
