#!/usr/bin/env bash
# Runs each reader's libFuzzer target for SECONDS (default 15) on a corpus seeded from the test
# data, and prints how many inputs each ran. Fails on a crash, a hang (10 s per input), a leak or
# an out-of-memory (2 GiB); the input that did it is left in BUILD_DIR/fuzz-artifacts/.
# Usage: scripts/fuzz.sh [BUILD_DIR] [SECONDS]   (BUILD_DIR: the `fuzz` preset's, build-fuzz)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(realpath "${1:-$root/build-fuzz}")"
seconds="${2:-15}"
if [[ ! -x "$build/fuzz/fuzz_read_report" ]]; then
  echo "no fuzz targets in $build: build them with 'make fuzz-build' (clang, preset fuzz)" >&2
  exit 1
fi
mkdir -p "$build/fuzz-artifacts"
status=0
for target in report text html aligned order markdown run_together json docx pdf; do
  corpus="$build/fuzz-corpus/$target"
  if [[ ! -d "$corpus" ]]; then
    mkdir -p "$corpus"
    # Seeds: every report of the test data in the target's kind of file (text targets take every
    # text layout: each reads what it can); the report target takes them all.
    case "$target" in
      docx) patterns=(-name '*.docx') ;;
      pdf) patterns=(-name '*.pdf') ;;
      report) patterns=(-name '*.txt' -o -name '*.json' -o -name '*.md' -o -name '*.docx' -o -name '*.pdf') ;;
      *) patterns=(-name '*.txt' -o -name '*.json' -o -name '*.md') ;;
    esac
    find "$root/tests/data" -type f \( "${patterns[@]}" \) -size -256k -exec cp {} "$corpus/" \;
  fi
  log="$build/fuzz-artifacts/$target.log"
  if "$build/fuzz/fuzz_read_$target" "$corpus" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
      -artifact_prefix="$build/fuzz-artifacts/$target-" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    printf 'fuzz_read_%-7s %10s inputs in %ss, no crash, hang or leak\n' "$target" "$runs" "$seconds"
  else
    echo "fuzz_read_$target FAILED — see $log and $build/fuzz-artifacts/" >&2
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5 >&2 || true
    status=1
  fi
done
exit "$status"
