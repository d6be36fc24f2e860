#!/usr/bin/env bash
# bench-startup.sh: start-up of the installed .deb against the repository launcher and plain java -jar
# (docs/benchmarks.md, "Installed app"). A benchmark, not a test: it prints figures and checks nothing.
#   packaging/bench-startup.sh [RUNS]        RUNS rounds (default 7), after one untimed warm-up round
# Needs: the .deb installed (`driftless` on PATH, e.g. by `apt-get install ./target/package/driftless_*.deb`),
# target/driftless.jar (`mvn -B -DskipTests package`), and for the window figures
# /work/shared/tools/shoot-window (Xvfb, xdotool); without it only `--version` is timed.
# Each round runs, one after the other (interleaved, so that load from other work hits all alike):
#   installed   driftless --version                      (/usr/bin/driftless -> /opt/driftless/bin/driftless, the shell command)
#   launcher    packaging/driftless --version            (C1, serial GC, per-user CDS archive)
#   java -jar   java -jar target/driftless.jar --version (no flags)
# then, with shoot-window, the time until a window titled Driftless is visible for the installed
# launcher and for packaging/driftless (no arguments: the window), both with a scratch data folder.
# Wall times in ms from date +%s%N; the medians are the middle value of the sorted runs.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-7}
shoot=/work/shared/tools/shoot-window
command -v driftless >/dev/null || { echo "bench-startup.sh: install the .deb first" >&2; exit 2; }
[[ -f $repo/target/driftless.jar ]] || { echo "bench-startup.sh: no target/driftless.jar" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

ms() { # ms COMMAND...: wall time of one run in ms, output discarded
    local t0
    t0=$(date +%s%N)
    "$@" > /dev/null 2>&1
    echo $((($(date +%s%N) - t0) / 1000000))
}
window() { # window COMMAND...: ms until the window is visible, per shoot-window
    JAVA_TOOL_OPTIONS="-Ddriftless.home=$work/home" "$shoot" "$work/shot.png" Driftless 0 -- "$@" 2>/dev/null \
        | sed -n 's/^window visible after \([0-9]*\) ms$/\1/p'
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

declare -A times
names=(installed launcher java-jar)
has_window=
[[ -x $shoot ]] && has_window=1
[[ -n $has_window ]] && names+=(installed-window launcher-window)
for round in $(seq 0 "$runs"); do
    row=(
        "$(ms driftless --version)"
        "$(ms "$repo/packaging/driftless" --version)"
        "$(ms java -jar "$repo/target/driftless.jar" --version)"
    )
    if [[ -n $has_window ]]; then
        row+=("$(window /opt/driftless/bin/Driftless)" "$(window "$repo/packaging/driftless")")
    fi
    (( round == 0 )) && continue # warm-up: the launcher's per-user archives, the page cache
    for i in "${!names[@]}"; do
        times[${names[$i]}]+=" ${row[$i]}"
    done
done
echo "$(date -u '+%F %H:%M') UTC, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs"
for name in "${names[@]}"; do
    printf '%-17s median %5s ms   runs:%s\n' "$name" "$(echo "${times[$name]}" | median)" "${times[$name]}"
done
