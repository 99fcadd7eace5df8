#!/usr/bin/env bash
# Team-mode benchmark: the same N generated notices (default 20 000) imported into
# PostgreSQL on 127.0.0.1 and into SQLite in the same run, each database's size beside
# the Maildir's; then the inbox's first rows and the full-text search median on both.
#   bench/store/postgres.sh [N]
# Starts a private PostgreSQL server under a temporary folder (as the postgres user
# when run as root, since initdb refuses root) and removes it afterwards.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-20000}
build=${MIXDESK_BUILD_DIR:-$root/build}
shared=${MIXDESK_SHARED_DIR:-$root/../shared}
cli=$build/app/cli/mixdesk-cli
query=$build/bench/import/bench_store_query
inbox=$build/bench/gui/bench_inbox_open
maildir=/tmp/mixdesk-bench-maildir-$n
for tool in "$cli" "$query" "$inbox"; do
    [[ -x $tool ]] || { echo "missing $tool: build first (scripts/build.sh)" >&2; exit 1; }
done
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if [[ ! -f $maildir/truth.jsonl ]]; then
    echo "generating $n notices into $maildir ..." >&2
    /usr/bin/python3 "$shared/tools/gen-corpus.py" -n "$n" --format maildir --out "$maildir" --seed 1 --force >&2
fi

work=$(mktemp -d /tmp/mixdesk-bench-pg.XXXXXX)
chmod 755 "$work"
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
port=$((20000 + RANDOM % 20000))
mkdir -p "$work/pg"
[[ $(id -u) == 0 ]] && chown postgres "$work/pg"
cleanup() {
    as_pg "$pgbin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
as_pg "$pgbin/initdb" -D "$work/pg/data" -U postgres --auth=trust -E UTF8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work/pg" start >/dev/null
"$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE bench" >/dev/null
url="postgresql://postgres@127.0.0.1:$port/bench"

export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
export QT_QPA_PLATFORM=offscreen
now() { date +%s.%N; }
import() {
    local t0 t1
    t0=$(now)
    "$cli" import --db "$1" --profile "$shared/corpus/operator.json" "$maildir" >"$work/import.out" 2>&1
    t1=$(now)
    grep -q "^imported: $n$" "$work/import.out" || { cat "$work/import.out" >&2; exit 1; }
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
}
sqlite_s=$(import "$work/bench.sqlite")
pg_s=$(import "$url")
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
maildir_bytes=$(du -sb --exclude=truth.jsonl "$maildir" | cut -f1)
sqlite_bytes=$(du -sb "$work"/bench.sqlite* | awk '{ s += $1 } END { print s }')
pg_bytes=$("$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d bench -tAc "SELECT pg_database_size('bench')")

echo "== $n notices: PostgreSQL on 127.0.0.1 versus SQLite"
echo "import into SQLite:       $sqlite_s s  ($(awk -v n="$n" -v s="$sqlite_s" 'BEGIN { printf "%.0f", n / s }') notices/s)"
echo "import into PostgreSQL:   $pg_s s  ($(awk -v n="$n" -v s="$pg_s" 'BEGIN { printf "%.0f", n / s }') notices/s)"
echo "Maildir size:             $(mb "$maildir_bytes")"
echo "SQLite file size:         $(mb "$sqlite_bytes")"
echo "PostgreSQL database size: $(mb "$pg_bytes")"
echo "== inbox and search on SQLite"
"$inbox" "$work/bench.sqlite" | grep -E "first rows|resident"
"$query" "$work/bench.sqlite"
echo "== inbox and search on PostgreSQL (target: search median < 100 ms)"
"$inbox" "$url" | grep -E "first rows|resident"
"$query" "$url"
