#!/bin/sh
# Runs a command with a private, unlocked Secret Service (gnome-keyring) on a private
# session bus and a temporary HOME, so keychain tests never touch the user's keyring.
# Usage: with-keyring.sh COMMAND [ARGS...]   (ctest: mixdesk_add_test(... WRAPPER ...))
set -eu
if [ -z "${MIXDESK_KEYRING_INNER:-}" ]; then
    MIXDESK_KEYRING_INNER=1 exec dbus-run-session -- "$0" "$@"
fi
tmp=$(mktemp -d /tmp/mixdesk-keyring.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
       XDG_CONFIG_HOME="$tmp/home/.config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_DATA_HOME/keyrings" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" \
         "$HOME/.cache"
chmod 700 "$XDG_RUNTIME_DIR"
# An empty password line on stdin creates and unlocks the login keyring.
eval "$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL 2>/dev/null || true
set +e
"$@"
status=$?
# Never "kill 0": that would take the whole process group (ctest) down.
if [ -n "${GNOME_KEYRING_PID:-}" ]; then kill "$GNOME_KEYRING_PID" 2>/dev/null || true; fi
exit $status
