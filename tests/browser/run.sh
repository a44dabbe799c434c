#!/usr/bin/env bash
# Runs the browser tests: a fresh demo database, `gongkai serve` on a free loopback port, then
# Playwright (playwright-core) driving Debian's chromium headless.
# Usage: run.sh GONGKAI_BINARY [node --test options]; screenshots go to $GONGKAI_SCREENSHOTS
# (default docs/screenshots).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="$(realpath "$1")"
chromium="${GONGKAI_CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$chromium" ]]; then
  echo "browser tests need $chromium (apt-get install chromium; make test installs it)" >&2
  exit 1
fi
if [[ ! -d "$here/node_modules/playwright-core" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$binary" demo --db "sqlite:$work/demo.db" >/dev/null
# Port 0: the kernel picks a free port, which the server prints when it has started.
GONGKAI_WEB_DIR="$here/../../web" "$binary" serve --db "sqlite:$work/demo.db" \
  --listen 127.0.0.1:0 2>"$work/server.log" &
server=$!
url=""
for _ in $(seq 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/server.log" | head -1 || true)
  [[ -n "$url" ]] && break
  sleep 0.1
done
if [[ -z "$url" ]]; then
  echo "gongkai serve did not start:" >&2
  cat "$work/server.log" >&2
  exit 1
fi
export GONGKAI_URL="$url" GONGKAI_CHROMIUM="$chromium"
export GONGKAI_SCREENSHOTS="${GONGKAI_SCREENSHOTS:-$here/../../docs/screenshots}"
export GONGKAI_SEED_REPORT="$here/../data/seed-2024-jiefang-gxj.txt"
export GONGKAI_BROKEN_REPORT="$here/../data/rules/GK002-fail-row-total.txt"
cd "$here"
if ! node --test --test-concurrency=1 "${@:2}" ui.test.mjs; then
  echo "--- server log (last 40 lines) ---" >&2
  tail -40 "$work/server.log" >&2
  exit 1
fi
