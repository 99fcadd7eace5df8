#!/usr/bin/env bash
# Installs what is missing, builds, and starts the MixDesk GUI. With nothing
# configured yet, MixDesk opens a demo database of sample notices.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "${MIXDESK_BUILD_DIR:-$root/build}/app/gui/mixdesk" "$@"
