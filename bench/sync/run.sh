#!/bin/bash
# Sync benchmark: initial IMAP sync of N notices with mixdesk-cli vs mbsync (isync) from
# a private dovecot on 127.0.0.1 (plain IMAP on loopback), then a re-sync with nothing new.
# Targets: mixdesk within 1.2x of mbsync; re-sync under 1 s. The analysis after the
# fetch is timed and printed separately (mbsync does nothing like it).
# Usage: bench/sync/run.sh [BUILD_DIR] [COUNT]     (run as root: dovecot drops to nobody)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${1:-$src/build}
count=${2:-10000}
cli=${MIXDESK_CLI:-$build/app/cli/mixdesk-cli}
shared=${MIXDESK_SHARED_DIR:-$src/../shared}
[ -x "$cli" ] || { echo "mixdesk-cli not found at $cli (build it first)" >&2; exit 1; }

tmp=$(mktemp -d /tmp/mixdesk-bench-sync.XXXXXX)
chmod 755 "$tmp"
master=""
cleanup() {
    if [ -n "$master" ]; then
        # The imap processes outlive the master: stop the whole tree.
        pkill -KILL -P "$master" 2>/dev/null || true
        kill "$master" 2>/dev/null || true
        wait "$master" 2>/dev/null || true
    fi
    rm -rf "$tmp"
    [ -n "${shm_dest:-}" ] && rm -rf "$shm_dest"
}
trap cleanup EXIT

now() { date +%s.%N; }
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "generating $count notices..."
/usr/bin/python3 "$shared/tools/gen-corpus.py" -n "$count" --format maildir --out "$tmp/corpus" -j 2 >/dev/null

user=abuse
pass=bench-pass
port=$(free_port)
maildir="$tmp/home/$user/Maildir"
mkdir -p "$tmp/run" "$tmp/state" "$maildir"/{cur,new,tmp}
find "$tmp/corpus" -type f -path '*/cur/*' -exec cp -t "$maildir/new/" {} + 2>/dev/null || true
find "$tmp/corpus" -type f -path '*/new/*' -exec cp -t "$maildir/new/" {} + 2>/dev/null || true
chown -R nobody:nogroup "$tmp/home"
chmod 755 "$tmp/home"
printf '%s:{PLAIN}%s::::::\n' "$user" "$pass" >"$tmp/passwd"
messages=$(ls "$maildir/new" | wc -l)

cat >"$tmp/dovecot.conf" <<CONF
instance_name = mixdesk-bench-$port
base_dir = $tmp/run
state_dir = $tmp/state
log_path = $tmp/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:$tmp/home/%u/Maildir
passdb {
  driver = passwd-file
  args = $tmp/passwd
}
userdb {
  driver = static
  args = uid=$(id -u nobody) gid=$(id -g nobody) home=$tmp/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
CONF

/usr/sbin/dovecot -F -c "$tmp/dovecot.conf" </dev/null >"$tmp/dovecot.out" 2>&1 &
master=$!
for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done
# Build dovecot's index once, so neither tool pays for it.
doveadm -c "$tmp/dovecot.conf" index -u "$user" INBOX >/dev/null 2>&1 || true

# mixdesk: its own config and data dirs.
export XDG_CONFIG_HOME="$tmp/xdg-config" XDG_DATA_HOME="$tmp/xdg-data"
"$cli" account add bench --host 127.0.0.1 --port "$port" --security plain --user "$user" \
    --password-command "echo $pass" >/dev/null
# Both tools write into RAM (tmpfs) by default: on this VM the disk's writeback of the
# freshly copied Maildir and of earlier rounds made single runs vary by a factor of two,
# which measured the disk, not the tools (the reason for mbsync's "FSync no" too).
dest=${MIXDESK_BENCH_DEST_DIR:-}
if [ -z "$dest" ]; then
    dest=$(mktemp -d /dev/shm/mixdesk-bench-sync.XXXXXX 2>/dev/null || mktemp -d "$tmp/dest.XXXXXX")
    shm_dest=$dest
fi

# mbsync into a local Maildir with its own config.
# FSync no: mbsync would otherwise fsync every message, which measures the disk, not the tool.
cat >"$dest/mbsyncrc" <<RC
FSync no

IMAPAccount bench
Host 127.0.0.1
Port $port
User $user
PassCmd "echo $pass"
SSLType None
AuthMechs LOGIN

IMAPStore bench-remote
Account bench

MaildirStore bench-local
Path $dest/mbsync/
Inbox $dest/mbsync/INBOX

Channel bench
Far :bench-remote:
Near :bench-local:
Patterns INBOX
Create Near
Sync Pull
SyncState *
RC

# Like for like: mbsync only fetches into a Maildir, so the timed mixdesk sync only
# fetches into its store's spool (--no-analyze: raw bytes, digest and checkpoint,
# committed). The analysis that files them into the inbox, which the GUI and a plain
# `sync` run right after, is timed on its own below (`reanalyze` files the spool).
# The two tools take turns, ROUNDS times each from scratch, after the page cache has
# been written back: one run on this 2-core VM varies by 20%, and whoever ran first
# would pay for the freshly copied Maildir.
rounds=${ROUNDS:-3}
sync
mixdesk_times=()
mbsync_times=()
for round in $(seq "$rounds"); do
    rm -f "$dest"/notices.sqlite*
    t0=$(now)
    /usr/bin/time -f "%U %S" -o "$tmp/mixdesk.cpu" "$cli" sync --no-analyze --db "$dest/notices.sqlite" >"$tmp/mixdesk.out"
    t1=$(now)
    mixdesk_times+=("$(echo "$t1 - $t0" | bc -l)")
    rm -rf "$dest/mbsync" && mkdir -p "$dest/mbsync"
    t0=$(now)
    /usr/bin/time -f "%U %S" -o "$dest/mbsync.cpu" mbsync -q -c "$dest/mbsyncrc" bench 2>/dev/null
    t1=$(now)
    mbsync_times+=("$(echo "$t1 - $t0" | bc -l)")
    sync
done
best() { printf '%s\n' "$@" | sort -g | head -1; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ta0=$(now)
"$cli" reanalyze --db "$dest/notices.sqlite" >"$tmp/mixdesk-analyse.out"
ta1=$(now)
t2=$(now)
"$cli" sync --db "$dest/notices.sqlite" >"$tmp/mixdesk-resync.out"
t3=$(now)
t6=$(now)
mbsync -q -c "$dest/mbsyncrc" bench 2>/dev/null
t7=$(now)

mixdesk=$(best "${mixdesk_times[@]}")
mbsync_s=$(best "${mbsync_times[@]}")
analyse=$(echo "$ta1 - $ta0" | bc -l)
resync=$(echo "$t3 - $t2" | bc -l)
mbsync_resync=$(echo "$t7 - $t6" | bc -l)
ratio=$(echo "$mixdesk / $mbsync_s" | bc -l)
median_ratio=$(echo "$(median "${mixdesk_times[@]}") / $(median "${mbsync_times[@]}")" | bc -l)
fetched_mbsync=$(find "$dest/mbsync/INBOX" -type f -path '*/cur/*' -o -type f -path '*/new/*' | wc -l)

echo "messages on the server:      $messages"
echo "mixdesk-cli output:          $(tr '\n' ' ' <"$tmp/mixdesk.out")"
echo "mbsync messages fetched:     $fetched_mbsync"
echo "runs (s) mixdesk-cli:        ${mixdesk_times[*]}"
echo "runs (s) mbsync:             ${mbsync_times[*]}"
printf 'initial sync  mixdesk-cli:  %.2f s best of %d (fetched and spooled, analysis pending)\n' "$mixdesk" "$rounds"
printf 'initial sync  mbsync:       %.2f s best of %d\n' "$mbsync_s" "$rounds"
echo "cpu user/sys mixdesk-cli:   $(cat "$tmp/mixdesk.cpu") s (last run)"
echo "cpu user/sys mbsync:        $(cat "$dest/mbsync.cpu") s (last run)"
printf 'ratio mixdesk/mbsync:       %.2fx best to best, %.2fx median to median (target <= 1.2x)\n' "$ratio" "$median_ratio"
printf 'then analysis mixdesk-cli:  %.2f s (%s)\n' "$analyse" "$(tr '\n' ' ' <"$tmp/mixdesk-analyse.out")"
printf 're-sync       mixdesk-cli:  %.3f s (target < 1 s): %s\n' "$resync" "$(tr '\n' ' ' <"$tmp/mixdesk-resync.out")"
printf 're-sync       mbsync:       %.3f s\n' "$mbsync_resync"
