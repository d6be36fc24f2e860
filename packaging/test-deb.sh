#!/usr/bin/env bash
# test-deb.sh: installs the .deb and checks it, then removes it (docs/decisions/0025).
# Run as root on a Debian/Ubuntu machine, by hand (not part of .ci/run: it installs into /opt and
# /usr and takes about a minute, most of it jpackage):
#   packaging/test-deb.sh            builds target/package/*.deb with `mvn -B -Ppackage package` first
#   packaging/test-deb.sh FILE.deb   tests that file
# Checks: `driftless --version` and `driftless migrate info` on a SQLite fixture from outside the
# repository; the launcher loads the app's classes from the class-data archive, and still starts when
# the archive is damaged or does not match the jar; the menu entry's icons are in the hicolor theme at
# every size; the window opens from the installed files under Xvfb (title Driftless); `dpkg --purge`
# leaves nothing of the package in /opt, /usr/bin, /usr/share/applications or /usr/share/icons/hicolor.
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

echo "== class-data archive"
# Class loading logged to stdout: the main class must come from the archive ("shared objects file").
JAVA_TOOL_OPTIONS=-Xlog:class+load driftless --version 2>/dev/null | grep -q 'dev.driftless.Main source: shared objects file' \
    || { echo "the command line's archive is not used"; dpkg --purge driftless; exit 1; }
test -s /opt/driftless/lib/app/driftless.jsa || { echo "no window archive"; dpkg --purge driftless; exit 1; }
echo "archive used"
# A damaged archive, then one that no longer matches the jar (other modification time): start-up only
# falls back to loading classes from the jar. The installed files are put back afterwards.
jsa=/opt/driftless/lib/app/driftless-cli.jsa jar=/opt/driftless/lib/app/driftless.jar
cp -p "$jsa" "$work/driftless.jsa"
head -c 4096 /dev/urandom > "$jsa"
driftless --version > "$work/damaged.out" 2>&1 || { cat "$work/damaged.out"; cp -p "$work/driftless.jsa" "$jsa"; dpkg --purge driftless; exit 1; }
cp -p "$work/driftless.jsa" "$jsa"
touch -r "$jar" "$work/jar.stamp"
touch -d '2001-01-01' "$jar"
driftless --version > "$work/mismatch.out" 2>&1 || { cat "$work/mismatch.out"; touch -r "$work/jar.stamp" "$jar"; dpkg --purge driftless; exit 1; }
JAVA_TOOL_OPTIONS=-Xlog:class+load driftless --version 2>/dev/null | grep -q 'dev.driftless.Main source: jrt:\|dev.driftless.Main source: file:' \
    || { echo "a mismatched archive was used"; touch -r "$work/jar.stamp" "$jar"; dpkg --purge driftless; exit 1; }
touch -r "$work/jar.stamp" "$jar"
echo "damaged and mismatched archives ignored: $(head -1 "$work/damaged.out"), $(head -1 "$work/mismatch.out")"

echo "== icons in the hicolor theme"
grep -qx 'Icon=driftless' /opt/driftless/lib/driftless-Driftless.desktop || { echo "Icon= is not driftless"; dpkg --purge driftless; exit 1; }
for icon in 16x16 24x24 32x32 48x48 64x64 128x128 256x256; do
    test -s "/usr/share/icons/hicolor/$icon/apps/driftless.png" || { echo "no $icon icon"; dpkg --purge driftless; exit 1; }
done
test -s /usr/share/icons/hicolor/scalable/apps/driftless.svg || { echo "no scalable icon"; dpkg --purge driftless; exit 1; }
echo "16...256 px and scalable"

echo "== window from the installed launcher"
JAVA_TOOL_OPTIONS="-Ddriftless.home=$work/home" /work/shared/tools/shoot-window "$work/window.png" Driftless 1 -- /opt/driftless/bin/Driftless \
    || { dpkg --purge driftless; exit 1; }

echo "== dpkg --purge driftless"
dpkg --purge driftless
left=0
while read -r f; do
    # Directories shared with other packages (/opt, /usr/bin...) stay; files and the app's folder must go.
    if [[ -e $f && ( ! -d $f || $f == /opt/driftless* ) ]]; then
        echo "left behind: $f"
        left=1
    fi
done <<< "$files"
# What postinst made outside the package's file list: the command, the menu entry, the icons.
while read -r f; do
    echo "left behind: $f"
    left=1
done < <(find /opt /usr/bin /usr/share/applications /usr/share/icons/hicolor -maxdepth 4 -iname '*driftless*' 2>/dev/null)
[[ $left == 0 ]] && echo "test-deb: OK"
exit $left
