#!/usr/bin/env bash
# GUI benchmark: inbox open time and resident memory with N notices (default 100 000).
#   bench/gui/run.sh [N]
# Builds the database once with mixdesk-cli import from gen-corpus.py's Maildir (cached
# in /tmp), then runs bench_inbox_open offscreen.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-100000}
build=${MIXDESK_BUILD_DIR:-$root/build}
shared=${MIXDESK_SHARED_DIR:-$root/../shared}
cli=$build/app/cli/mixdesk-cli
bench=$build/bench/gui/bench_inbox_open
maildir=/tmp/mixdesk-bench-maildir-$n
db=/tmp/mixdesk-bench-gui-$n.sqlite

for tool in "$cli" "$bench"; do
    [[ -x $tool ]] || { echo "missing $tool: build first (scripts/build.sh)" >&2; exit 1; }
done
if [[ ! -f $maildir/truth.jsonl ]]; then
    echo "generating $n notices into $maildir ..." >&2
    /usr/bin/python3 "$shared/tools/gen-corpus.py" -n "$n" --format maildir --out "$maildir" --seed 1 --force >&2
fi
work=$(mktemp -d /tmp/mixdesk-bench-gui.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
export QT_QPA_PLATFORM=offscreen
if [[ ! -f $db ]]; then
    echo "importing $n notices into $db ..." >&2
    "$cli" import --db "$db.tmp" --profile "$shared/corpus/operator.json" "$maildir" >/dev/null 2>&1
    mv "$db.tmp" "$db"
fi
echo "== $n notices"
"$bench" "$db"
