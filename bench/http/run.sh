#!/usr/bin/env bash
# HTTP benchmarks on loopback (docs/BENCHMARKS.md): wrk -t2 -c64 -d10s against a fresh demo ledger
# on SQLite. Needs wrk (apt-get install wrk) and a release build (make build).
# Usage: bench/http/run.sh [GONGKAI_BINARY] [DURATION]
set -euo pipefail
gongkai=${1:-build/gongkai}
duration=${2:-10s}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
port=18181
source "$here/lib.sh"

# The reads are interleaved over $rounds rounds (the machine's speed drifts); medians reported.
rounds=${ROUNDS:-5}
declare -A results
for round in $(seq "$rounds"); do
  results[healthz]+="$(measure "$base/healthz")"$'\n'
  results[application]+="$(measure -H "Cookie: $GONGKAI_COOKIE" "$base/api/v1/applications/$application")"$'\n'
  results[track]+="$(measure "$base/api/v1/public/track/$code")"$'\n'
done
results[register]="$(measure -s "$here/staff_register.lua" "$base/api/v1/organisations/3/applications")"
results[apply]="$(measure -s "$here/post_apply.lua" "$base/api/v1/public/applications")"
echo "wrk -t2 -c64 -d$duration; medians of $rounds interleaved rounds for the GETs"
report healthz "GET /healthz (static, I/O thread)"
report application "GET /api/v1/applications/{id} (signed in, with its clock)"
report track "GET /api/v1/public/track/{code} (public, with its clock)"
report register "POST /api/v1/organisations/{org}/applications (durable)"
report apply "POST /api/v1/public/applications (durable)"
echo "ratio GET application / healthz: $(awk -v a="$(median 1 <<<"${results[application]}")" \
  -v h="$(median 1 <<<"${results[healthz]}")" 'BEGIN {printf "%.2f", a / h}')"
echo "per-round GET application / healthz:"
paste -d' ' <(awk 'NF {print $1}' <<<"${results[application]}") <(awk 'NF {print $1}' <<<"${results[healthz]}") |
  awk '{printf "  %.2f", $1 / $2} END {print ""}'
echo "RSS after load: $(awk '/VmRSS/ {print $2, $3}' /proc/$server/status)"
