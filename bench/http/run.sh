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
base="http://127.0.0.1:$port"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$gongkai" demo --db "sqlite:$work/bench.db" >/dev/null 2>&1
"$gongkai" serve --quiet --db "sqlite:$work/bench.db" --listen "127.0.0.1:$port" 2>/dev/null &
server=$!
for _ in $(seq 50); do curl -sf "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
echo "idle RSS: $(awk '/VmRSS/ {print $2, $3}' /proc/$server/status)"

code=$(curl -s -X POST -H 'Content-Type: application/json' \
  -d '{"org": 2, "applicant": {"type": "natural_person", "name": "甲", "contact": "1"}, "request": "r"}' \
  "$base/api/v1/public/applications" | sed 's/.*"query_code":"\([A-Z0-9]*\)".*/\1/')

# The busy department's officer (demo account liu) and one of its applications.
login=$(curl -s -D "$work/headers" -X POST -H 'Content-Type: application/json' \
  -d '{"login": "liu", "password": "gongkai-demo"}' "$base/api/v1/session")
export GONGKAI_CSRF=$(sed 's/.*"csrf_token":"\([0-9a-f]*\)".*/\1/' <<<"$login")
export GONGKAI_COOKIE=$(grep -i '^set-cookie:' "$work/headers" | sed 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/')
application=$(curl -s -H "Cookie: $GONGKAI_COOKIE" "$base/api/v1/organisations/3/applications?limit=1" |
  sed 's/^{"items":\[{"id":\([0-9]*\).*/\1/')

run() {  # run NAME ARGS...
  echo "== $1"
  shift
  wrk -t2 -c64 -d"$duration" --latency "$@" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
}
run "GET /healthz (static)" "$base/healthz"
run "GET /api/v1/applications/{id} (signed in: session, roles, one application with its clock)" \
  -H "Cookie: $GONGKAI_COOKIE" "$base/api/v1/applications/$application"
run "GET /api/v1/public/track/{code} (one application by key, with its clock)" \
  "$base/api/v1/public/track/$code"
run "POST /api/v1/organisations/{org}/applications (signed-in register, durable)" \
  -s "$here/staff_register.lua" "$base/api/v1/organisations/3/applications"
run "POST /api/v1/public/applications (public apply, durable)" -s "$here/post_apply.lua" \
  "$base/api/v1/public/applications"
echo "RSS after load: $(awk '/VmRSS/ {print $2, $3}' /proc/$server/status)"
