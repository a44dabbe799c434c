#!/usr/bin/env bash
# HTTP benchmarks on loopback (docs/BENCHMARKS.md): wrk -t2 -c64 -d10s against a fresh demo ledger
# on SQLite. Needs wrk (apt-get install wrk) and a release build (make build).
# Usage: bench/http/run.sh [GONGKAI_BINARY]
set -euo pipefail
gongkai=${1:-build/gongkai}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
port=18181
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$gongkai" demo --db "sqlite:$work/bench.db" >/dev/null 2>&1
"$gongkai" serve --quiet --db "sqlite:$work/bench.db" --listen "127.0.0.1:$port" 2>/dev/null &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
echo "idle RSS: $(awk '/VmRSS/ {print $2, $3}' /proc/$server/status)"

code=$(curl -s -X POST -H 'Content-Type: application/json' \
  -d '{"org": 2, "applicant": {"type": "natural_person", "name": "甲", "contact": "1"}, "request": "r"}' \
  "http://127.0.0.1:$port/api/v1/public/applications" | sed 's/.*"query_code":"\([A-Z0-9]*\)".*/\1/')

run() {  # run NAME ARGS...
  echo "== $1"
  shift
  wrk -t2 -c64 -d10s --latency "$@" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
}
run "GET /healthz (static)" "http://127.0.0.1:$port/healthz"
run "GET /api/v1/public/track/{code} (one application by key, with its clock)" \
  "http://127.0.0.1:$port/api/v1/public/track/$code"
run "POST /api/v1/public/applications (durable register)" -s "$here/post_apply.lua" \
  "http://127.0.0.1:$port/api/v1/public/applications"
echo "RSS after load: $(awk '/VmRSS/ {print $2, $3}' /proc/$server/status)"
