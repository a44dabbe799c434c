#!/usr/bin/env bash
# Page benchmarks on loopback (docs/BENCHMARKS.md): the web interface's pages against the API
# call they are built on, wrk -t2 -c64, medians of interleaved rounds. Needs wrk and a release
# build. Usage: bench/http/pages.sh [GONGKAI_BINARY] [DURATION]
set -euo pipefail
gongkai=${1:-build/gongkai}
duration=${2:-10s}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
port=18182
source "$here/lib.sh"

cookie=(-H "Cookie: $GONGKAI_COOKIE")
rounds=${ROUNDS:-5}
declare -A results
for round in $(seq "$rounds"); do
  results[api_case]+="$(measure "${cookie[@]}" "$base/api/v1/applications/$application")"$'\n'
  results[page_case]+="$(measure "${cookie[@]}" "$base/staff/applications/$application")"$'\n'
  results[page_list]+="$(measure "${cookie[@]}" "$base/staff/applications?org=3")"$'\n'
  results[page_home]+="$(measure "$base/")"$'\n'
  results[page_track]+="$(measure "$base/track?code=$code")"$'\n'
done
# The heavy pages read a whole year of the busy department's ledger: fewer rounds.
results[page_dashboard]="$(measure "${cookie[@]}" "$base/staff?org=3")"
results[page_report]="$(measure "${cookie[@]}" "$base/staff/reports?org=3&year=$(($(date +%Y) - 1))")"
echo "wrk -t2 -c64 -d$duration; medians of $rounds interleaved rounds (dashboard, report: one run)"
report api_case "GET /api/v1/applications/{id} (the API, baseline)"
report page_case "GET /staff/applications/{id} (its page)"
report page_list "GET /staff/applications (register, 50 rows)"
report page_home "GET / (portal home, 6 catalogues)"
report page_track "GET /track?code= (public tracking page)"
report page_dashboard "GET /staff (dashboard, busy department)"
report page_report "GET /staff/reports (annual report page, busy department)"
echo "ratio case page / API: $(awk -v p="$(median 1 <<<"${results[page_case]}")" \
  -v a="$(median 1 <<<"${results[api_case]}")" 'BEGIN {printf "%.2f", p / a}')"
