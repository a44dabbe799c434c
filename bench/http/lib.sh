# Shared by the HTTP benchmark scripts: a demo ledger served on $port, the busy department's
# officer signed in (GONGKAI_COOKIE, GONGKAI_CSRF), one of its applications ($application), a
# public query code ($code), and wrk helpers. Source it after setting gongkai, duration, work, port.
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

# One wrk run: "requests/s p50 p99".
measure() {
  wrk -t2 -c64 -d"$duration" --latency "$@" | awk '
    /Requests\/sec/ {rps = $2}
    /^ +50%/ {p50 = $2}
    /^ +99%/ {p99 = $2}
    /Non-2xx/ {bad = $NF}
    END {printf "%s %s %s%s\n", rps, p50, p99, bad ? " NON-2XX:" bad : ""}'
}
median() {  # median of column $1 of stdin
  sort -g -k"$1" | awk -v c="$1" 'NF {v[NR] = $c} END {print v[int((NR + 1) / 2)]}'
}
report() {  # report KEY LABEL
  printf '%-62s %10s req/s  p50 %-8s p99 %s\n' "$2" \
    "$(median 1 <<<"${results[$1]}")" "$(median 2 <<<"${results[$1]}")" "$(median 3 <<<"${results[$1]}")"
}
