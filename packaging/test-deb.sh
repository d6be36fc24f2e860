#!/usr/bin/env bash
# test-deb.sh: installs the .deb and checks it, then removes it (docs/decisions/0025).
# Run as root on a Debian/Ubuntu machine, by hand (not part of .ci/run: it installs into /opt and
# /usr and takes about a minute, most of it jpackage):
#   packaging/test-deb.sh            builds target/package/*.deb with `mvn -B -Ppackage package` first
#   packaging/test-deb.sh FILE.deb   tests that file
# Checks: `driftless --version` and `driftless migrate info` on a SQLite fixture from outside the
# repository; the window opens from the installed files under Xvfb (title Driftless); `dpkg -r`
# leaves nothing of the package in /opt or /usr.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deb=${1:-}
export PATH=$PATH:/usr/sbin:/sbin
if [[ -z $deb ]]; then
    (cd "$repo" && mvn -B -q -Ppackage package)
    deb=$(ls "$repo"/target/package/driftless_*.deb)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# apt-get rather than dpkg -i: it installs the dependencies jpackage declares (xdg-utils...).
echo "== apt-get install $(basename "$deb")"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(readlink -f "$deb")"
files=$(dpkg -L driftless)
test -x /usr/bin/driftless

echo "== driftless --version (from $work)"
cd "$work"
driftless --version || { dpkg --purge driftless; exit 1; }

echo "== driftless migrate info"
mkdir -p migrations
echo 'CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);' > migrations/20240101090000_create_users.sql
DATABASE_URL="sqlite:$work/app.db?mode=rwc" driftless migrate info || { dpkg --purge driftless; exit 1; }

echo "== window from the installed launcher"
JAVA_TOOL_OPTIONS="-Ddriftless.home=$work/home" /work/shared/tools/shoot-window "$work/window.png" Driftless 1 -- /opt/driftless/bin/Driftless \
    || { dpkg --purge driftless; exit 1; }

echo "== dpkg -r driftless"
dpkg -r driftless
left=0
while read -r f; do
    # Directories shared with other packages (/opt, /usr/bin...) stay; files and the app's folder must go.
    if [[ -e $f && ( ! -d $f || $f == /opt/driftless* ) ]]; then
        echo "left behind: $f"
        left=1
    fi
done <<< "$files"
[[ ! -e /usr/bin/driftless && ! -e /opt/driftless ]] || left=1
[[ $left == 0 ]] && echo "test-deb: OK"
exit $left
