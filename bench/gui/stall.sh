#!/usr/bin/env bash
# GUI stall benchmark: the longest time the main window does not answer while it
# imports N generated notices (default 20 000) and the operator changes statuses, adds
# notes and moves the selection every 200 ms. Target: under 100 ms.
#   bench/gui/stall.sh [N] [DB_URL]   (DB_URL: an empty PostgreSQL database; default a
#                                     fresh SQLite file)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-20000}
build=${MIXDESK_BUILD_DIR:-$root/build}
shared=${MIXDESK_SHARED_DIR:-$root/../shared}
bench=$build/bench/gui/bench_gui_stall
maildir=/tmp/mixdesk-bench-maildir-$n
[[ -x $bench ]] || { echo "missing $bench: build first (scripts/build.sh)" >&2; exit 1; }
if [[ ! -f $maildir/truth.jsonl ]]; then
    echo "generating $n notices into $maildir ..." >&2
    /usr/bin/python3 "$shared/tools/gen-corpus.py" -n "$n" --format maildir --out "$maildir" --seed 1 --force >&2
fi
work=$(mktemp -d /tmp/mixdesk-bench-stall.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
export QT_QPA_PLATFORM=offscreen
echo "== GUI stall while importing $n notices"
"$bench" "${2:-$work/stall.sqlite}" "$maildir"
