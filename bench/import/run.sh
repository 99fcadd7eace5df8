#!/usr/bin/env bash
# Import benchmark: mixdesk-cli import vs notmuch new on the same generated Maildir,
# then FTS search / queryIds timings on the resulting database.
#   bench/import/run.sh [N]        (default N=100000; the Maildir is cached in /tmp)
#   ROUNDS=3 bench/import/run.sh   (both tools three times, alternating)
# Environment: MIXDESK_BUILD_DIR (default: <repo>/build), MIXDESK_SHARED_DIR
# (default: <repo>/../shared), KEEP=1 keeps the work folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-100000}
build=${MIXDESK_BUILD_DIR:-$root/build}
shared=${MIXDESK_SHARED_DIR:-$root/../shared}
cli=$build/app/cli/mixdesk-cli
bench=$build/bench/import/bench_store_query
profile=$shared/corpus/operator.json
cache=/tmp/mixdesk-bench-maildir-$n

for tool in "$cli" "$bench"; do
    [[ -x $tool ]] || { echo "missing $tool: build first (cmake --build build)" >&2; exit 1; }
done
command -v notmuch >/dev/null || { echo "notmuch is not installed" >&2; exit 1; }

if [[ ! -f $cache/truth.jsonl ]]; then
    echo "generating $n notices into $cache ..." >&2
    /usr/bin/python3 "$shared/tools/gen-corpus.py" -n "$n" --format maildir --out "$cache" --seed 1 --force >&2
fi

work=$(mktemp -d /tmp/mixdesk-bench.XXXXXX)
cleanup() { [[ ${KEEP:-0} == 1 ]] && echo "kept $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }

# Both tools read their Maildir through a warm page cache. Without this, MixDesk
# (run first) read a Maildir that was partly on disk, while notmuch got the copy
# just written by cp: up to a tenth of MixDesk's time went into disk reads.
warm() { find "$1" -type f -print0 | xargs -0 cat >/dev/null; }

export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
# This VM's speed drifts by 10-20% within minutes: ROUNDS=N repeats both tools
# N times, alternating, and reports every round's ratio and their median.
rounds=${ROUNDS:-1}
ratios=()
for round in $(seq "$rounds"); do
    # MixDesk: import + analyze + index into a fresh database.
    rm -f "$work"/bench.sqlite*
    warm "$cache"
    sync
    t0=$(now)
    "$cli" import --db "$work/bench.sqlite" --profile "$profile" "$cache" >"$work/import.out" 2>/dev/null
    t1=$(now)
    mixdesk_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
    imported=$(awk '/^imported:/ { print $2 }' "$work/import.out")
    [[ $imported == "$n" ]] || { echo "mixdesk imported $imported of $n" >&2; cat "$work/import.out" >&2; exit 1; }

    # notmuch: a copy of the same Maildir (without truth.jsonl), database inside it.
    rm -rf "$work/notmuch"
    mkdir -p "$work/notmuch"
    cp -a "$cache" "$work/notmuch/mail"
    rm -f "$work/notmuch/mail/truth.jsonl"
    cat >"$work/notmuch/config" <<CONF
[database]
path=$work/notmuch/mail
[user]
name=Bench
primary_email=bench@bench.example
[new]
tags=new
[maildir]
synchronize_flags=false
CONF
    warm "$work/notmuch/mail"
    sync
    t0=$(now)
    NOTMUCH_CONFIG=$work/notmuch/config notmuch new --quiet >/dev/null 2>&1
    t1=$(now)
    notmuch_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
    rm -rf "$work/notmuch"

    ratio=$(awk -v a="$notmuch_s" -v b="$mixdesk_s" 'BEGIN { printf "%.1f", a / b }')
    ratios+=("$ratio")
    [[ $rounds == 1 ]] || echo "round $round:"
    echo "notices:          $n"
    echo "mixdesk import:   $(printf '%.1f' "$mixdesk_s") s  ($(rate "$n" "$mixdesk_s") notices/s)"
    echo "notmuch new:      $(printf '%.1f' "$notmuch_s") s  ($(rate "$n" "$notmuch_s") notices/s)"
    echo "ratio:            ${ratio}x faster than notmuch"
done
if [[ $rounds != 1 ]]; then
    echo "ratios:           ${ratios[*]}  (median $(printf '%s\n' "${ratios[@]}" | sort -n |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')x)"
fi
echo "database size:    $(du -m "$work/bench.sqlite" | cut -f1) MB"
"$bench" "$work/bench.sqlite"
