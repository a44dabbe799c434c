#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on loopback and GONGKAI_TEST_PG_URL naming it;
# the server and its files are removed afterwards. The server refuses to run as root, so as root
# it runs as the `postgres` user (Debian's postgresql package creates it).
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bindir" ]]; then
  echo "with-postgres: PostgreSQL server not installed (apt-get install postgresql)" >&2
  exit 2
fi
dir=$(mktemp -d /tmp/gongkai-pg.XXXXXX)
as_server=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres "$dir"
  as_server=(runuser -u postgres --)
fi
# A free loopback port.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
       || echo $((20000 + RANDOM % 20000)))
stop() {
  "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as_server[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U gongkai -E UTF8 --locale=C.UTF-8 \
  --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 2; }
"${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 2; }
export GONGKAI_TEST_PG_URL="postgresql://gongkai@127.0.0.1:$port/postgres"
"$@"
