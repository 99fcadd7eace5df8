#!/usr/bin/env bash
# DNSBL benchmark: MixDesk's check of 4 exit addresses x 40 zones against rblcheck on
# the same zones, both asking one loopback DNS server that delays every answer by
# 50 ms (bench_dnsbl_server), in the same run.
#   bench/dnsbl/run.sh [DELAY_MS]    (default 50)
# Environment: MIXDESK_BUILD_DIR (default: <repo>/build), ROUNDS (default 5).
#
# rblcheck asks the system resolver (res_query), which reads /etc/resolv.conf and
# always uses port 53. So the whole benchmark runs in private namespaces
# (unshare --net --mount, as root): a network namespace of its own, whose loopback
# port 53 belongs to nobody else (other tests and benchmarks on this machine are not
# disturbed and cannot disturb it), and a mount namespace in which a resolv.conf
# naming 127.0.0.1 is bind-mounted over /etc/resolv.conf for this run only.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
delay=${1:-50}
rounds=${ROUNDS:-5}
build=${MIXDESK_BUILD_DIR:-$root/build}
bench=$build/bench/dnsbl/bench_dnsbl
server=$build/bench/dnsbl/bench_dnsbl_server
ips=(198.51.100.23 198.51.100.24 203.0.113.7 192.0.2.140)
zones=40

if [[ -z "${MIXDESK_DNSBL_BENCH_NS:-}" ]]; then
    for tool in "$bench" "$server"; do
        [[ -x $tool ]] || { echo "missing $tool: build first (cmake --build build --target bench_dnsbl bench_dnsbl_server)" >&2; exit 1; }
    done
    command -v rblcheck >/dev/null || { echo "rblcheck is not installed (scripts/install-deps.sh --test)" >&2; exit 1; }
    [[ $(id -u) -eq 0 ]] || { echo "run as root: the benchmark needs private network and mount namespaces" >&2; exit 1; }
    exec env MIXDESK_DNSBL_BENCH_NS=1 unshare --net --mount --propagation private "$0" "$@"
fi

# From here on: inside the private namespaces.
ip link set lo up
work=$(mktemp -d /tmp/mixdesk-dnsbl-bench.XXXXXX)
server_pid=
cleanup() {
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

printf 'nameserver 127.0.0.1\noptions timeout:5 attempts:1\n' > "$work/resolv.conf"
mount --bind "$work/resolv.conf" /etc/resolv.conf

"$server" --port 53 --delay-ms "$delay" \
    --zones "$zones" --listed "${ips[0]}" --zones-json "$work/zones.json" \
    > "$work/server.out" 2> "$work/server.err" &
server_pid=$!
for _ in $(seq 100); do grep -q ready "$work/server.out" 2>/dev/null && break; sleep 0.05; done
grep -q ready "$work/server.out" || { echo "the DNS server did not start:" >&2; cat "$work/server.err" >&2; exit 1; }

echo "DNS server: 127.0.0.1:53 in a private network namespace, every answer delayed ${delay} ms"
echo "zones: $zones (z01..z$zones.bench.test), addresses: ${ips[*]} (${ips[0]} listed on 3 zones)"
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) (wall times include waiting for a CPU)"
echo

ip_args=()
for a in "${ips[@]}"; do ip_args+=(--ip "$a"); done
"$bench" --nameserver 127.0.0.1:53 --zones "$work/zones.json" "${ip_args[@]}" --rounds "$rounds" \
    | tee "$work/mixdesk.out"
mixdesk_ms=$(sed -n 's/^MIXDESK_WALL_MS=//p' "$work/mixdesk.out")
echo

zone_args=(-c)
for i in $(seq -f '%02g' 1 "$zones"); do zone_args+=(-s "z$i.bench.test"); done
now() { date +%s.%N; }
best=
for r in $(seq "$rounds"); do
    start=$(now)
    rblcheck "${zone_args[@]}" "${ips[@]}" > "$work/rblcheck.out" || true
    end=$(now)
    ms=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) * 1000 }')
    echo "$ms" >> "$work/rblcheck.times"
done
rbl_ms=$(sort -n "$work/rblcheck.times" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
not_listed=$(grep -c ' not listed by ' "$work/rblcheck.out" || true)
listed=$(grep -c ' listed by ' "$work/rblcheck.out" || true)
echo "rblcheck: ${#ips[@]} addresses x $zones zones, one A query at a time through the system resolver"
echo "rblcheck: results: $((listed - not_listed)) listed, $not_listed not listed"
printf 'rblcheck: whole check wall time  %8.1f ms (median of %d)\n' "$rbl_ms" "$rounds"
echo
awk -v m="$mixdesk_ms" -v r="$rbl_ms" \
    'BEGIN { printf "mixdesk is %.0fx faster than rblcheck (target at least 20x)\n", r / m }'
