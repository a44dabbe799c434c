#!/usr/bin/env bash
# Batch audit throughput (docs/BENCHMARKS.md): `gongkai report audit` over N report files, half
# text layouts and half web pages (copies of the real samples, each file read from disk and
# parsed on its own), on 1 and on 2 threads. Medians of ROUNDS runs each.
# Usage: bench/audit/run.sh [GONGKAI_BINARY] [N]     (a release build: make build)
set -euo pipefail
gongkai=$(realpath "${1:-build/gongkai}")
count=${2:-10000}
rounds=${ROUNDS:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sources=(samples/seed-2024-jiefang-gxj.txt samples/2023_shuyang_fgj.txt
         samples/2024_huaian_shi_pdflayout.txt samples/2023_hongze_qu.txt)
mkdir -p "$work/in"
for i in $(seq 0 $((count - 1))); do
  source=${sources[$((i % ${#sources[@]}))]}
  cp "$root/tests/data/$source" "$work/in/$(printf '%05d' "$i")-$(basename "$source")"
done
echo "$count files ($(du -sh "$work/in" | cut -f1)): ${sources[*]}"

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
for jobs in 1 2; do
  times=""
  for round in $(seq "$rounds"); do
    rm -rf "$work/out"
    start=$(date +%s.%N)
    "$gongkai" report audit "$work/in" --out "$work/out" --jobs "$jobs" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+="$(awk -v s="$start" -v e="$end" 'BEGIN {print e - s}')"$'\n'
  done
  seconds=$(median <<<"$times")
  awk -v j="$jobs" -v s="$seconds" -v n="$count" \
    'BEGIN {printf "--jobs %d: median %.2f s, %.0f reports/s\n", j, s, n / s}'
done
