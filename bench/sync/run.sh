#!/bin/bash
# Sync benchmark: initial IMAP sync of N notices with mixdesk-cli vs mbsync (isync) from
# a private dovecot on 127.0.0.1 (plain IMAP on loopback), then a re-sync with nothing new.
# Targets: mixdesk within 1.2x of mbsync; re-sync under 1 s.
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
t0=$(now)
/usr/bin/time -f "%U %S" -o "$tmp/mixdesk.cpu" "$cli" sync --db "${MIXDESK_BENCH_DB_DIR:-$tmp}/notices.sqlite" >"$tmp/mixdesk.out"
t1=$(now)
t2=$(now)
"$cli" sync --db "${MIXDESK_BENCH_DB_DIR:-$tmp}/notices.sqlite" >"$tmp/mixdesk-resync.out"
t3=$(now)

# mbsync into a local Maildir with its own config.
mkdir -p "$tmp/mbsync"
# FSync no: mbsync would otherwise fsync every message, which measures the disk, not the tool.
cat >"$tmp/mbsyncrc" <<RC
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
Path $tmp/mbsync/
Inbox $tmp/mbsync/INBOX

Channel bench
Far :bench-remote:
Near :bench-local:
Patterns INBOX
Create Near
Sync Pull
SyncState *
RC
t4=$(now)
/usr/bin/time -f "%U %S" -o "$tmp/mbsync.cpu" mbsync -q -c "$tmp/mbsyncrc" bench 2>/dev/null
t5=$(now)
t6=$(now)
mbsync -q -c "$tmp/mbsyncrc" bench 2>/dev/null
t7=$(now)

mixdesk=$(echo "$t1 - $t0" | bc -l)
resync=$(echo "$t3 - $t2" | bc -l)
mbsync_s=$(echo "$t5 - $t4" | bc -l)
mbsync_resync=$(echo "$t7 - $t6" | bc -l)
ratio=$(echo "$mixdesk / $mbsync_s" | bc -l)
fetched_mbsync=$(find "$tmp/mbsync/INBOX" -type f -path '*/cur/*' -o -type f -path '*/new/*' | wc -l)

echo "messages on the server:      $messages"
echo "mixdesk-cli output:          $(tr '\n' ' ' <"$tmp/mixdesk.out")"
echo "mbsync messages fetched:     $fetched_mbsync"
printf 'initial sync  mixdesk-cli:  %.2f s\n' "$mixdesk"
printf 'initial sync  mbsync:       %.2f s\n' "$mbsync_s"
echo "cpu user/sys mixdesk-cli:   $(cat "$tmp/mixdesk.cpu") s"
echo "cpu user/sys mbsync:        $(cat "$tmp/mbsync.cpu") s"
printf 'ratio mixdesk/mbsync:       %.2fx (target <= 1.2x)\n' "$ratio"
printf 're-sync       mixdesk-cli:  %.3f s (target < 1 s): %s\n' "$resync" "$(tr '\n' ' ' <"$tmp/mixdesk-resync.out")"
printf 're-sync       mbsync:       %.3f s\n' "$mbsync_resync"
