#!/usr/bin/env bash
# Installs the Debian 12 packages MixDesk needs to build, run and test.
# Idempotent: does nothing (and needs no root) when everything is there.
set -euo pipefail

packages=(
  # build
  cmake ninja-build pkg-config g++ qt6-base-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev
  libqt6opengl6-dev # Qt6Charts' CMake config needs Qt6OpenGL, which qt6-charts-dev does not pull in
  libvmime-dev qtkeychain-qt6-dev libc-ares-dev libsqlite3-dev libgnutls28-dev libzstd-dev
  libgoogle-perftools-dev
  # run: keychain backend, fonts
  gnome-keyring libsecret-1-0 dbus-daemon dbus-x11 fonts-dejavu-core
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(
    # real servers and tools the tests and benchmarks drive
    dovecot-imapd python3-aiosmtpd dnsmasq-base dnsutils postgresql openssl
    libsecret-tools xvfb xauth poppler-utils sqlite3 notmuch isync python3
    rblcheck # bench/dnsbl's peer tool
    # sanitizer build and libFuzzer harnesses (scripts/sanitize.sh, scripts/fuzz.sh)
    clang libclang-rt-14-dev
    # exits: the notice page served by lighttpd; block exports checked by the real tools
    lighttpd tor nftables squid
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[[ $(id -u) -ne 0 ]] && sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
