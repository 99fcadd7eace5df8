#!/usr/bin/env bash
# Fuzzes MixDesk's parsers with libFuzzer (clang, ASan+UBSan):
#   scripts/fuzz.sh [SECONDS] [HARNESS...]
# runs each harness (default: all five) for SECONDS (default 60; CI runs 20), seeded
# from the shared corpus, fuzz/seeds and the regression inputs, with fuzz/mail.dict.
# The growing corpus stays in build-sanitize/fuzz-corpus/<harness>; findings land in
# build-sanitize/fuzz-findings/<harness>/ and the script fails. Copy each finding into
# tests/fuzz/<harness>/ (a regression input every build replays) and fix it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${MIXDESK_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
seconds="${1:-60}"
shift || true
harnesses=("$@")
[[ ${#harnesses[@]} -eq 0 ]] && harnesses=(mail_parser received_parser analyzer mbox_reader imap_response)
shared="${MIXDESK_SHARED_DIR:-$root/../shared}"

"$root/scripts/configure-sanitize.sh" "$build"
cmake --build "$build" -j "$(nproc)" --target "${harnesses[@]/#/fuzz_}"

seeds_for() { # fills $2 with the seeds of harness $1
  local harness=$1 dir=$2
  rm -rf "$dir" && mkdir -p "$dir"
  case "$harness" in
    mail_parser|analyzer)
      cp "$shared"/corpus/*.eml "$dir"/ 2>/dev/null || true ;;
    received_parser)
      cp "$root"/fuzz/seeds/received/* "$dir"/
      # Each Received value of the corpus (folded lines joined) as a seed.
      local n=0
      for f in "$shared"/corpus/*.eml; do
        [[ -f "$f" ]] || continue
        awk '/^Received:/{if(v!="")print v; v=substr($0,11); next}
             /^[ \t]/{if(v!=""){v=v" "$0}; next} {if(v!="")print v; v=""}
             END{if(v!="")print v}' "$f" | while IFS= read -r line; do
          n=$((n + 1)); printf '%s' "$line" > "$dir/$(basename "$f").$n"
        done
      done ;;
    mbox_reader)
      cp "$root"/fuzz/seeds/mbox/* "$dir"/ ;;
    imap_response)
      cp "$root"/fuzz/seeds/imap/* "$dir"/ ;;
  esac
  cp "$root"/tests/fuzz/"$harness"/* "$dir"/ 2>/dev/null || true
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=()
for harness in "${harnesses[@]}"; do
  seeds="$build/fuzz-seeds/$harness"
  corpus="$build/fuzz-corpus/$harness"
  findings="$build/fuzz-findings/$harness"
  seeds_for "$harness" "$seeds"
  mkdir -p "$corpus" "$findings"
  echo "== fuzz_$harness: ${seconds}s"
  if ! "$build/fuzz/fuzz_$harness" -max_total_time="$seconds" -dict="$root/fuzz/mail.dict" \
      -max_len=131072 -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
      -artifact_prefix="$findings/" "$corpus" "$seeds" 2> "$build/fuzz-$harness.log"; then
    tail -n 60 "$build/fuzz-$harness.log"
    failed+=("$harness")
  else
    grep -E '^stat::number_of_executed_units|^Done' "$build/fuzz-$harness.log" || true
  fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzzing found problems in: ${failed[*]} (inputs under $build/fuzz-findings/)"
  exit 1
fi
