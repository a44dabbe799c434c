#!/usr/bin/env bash
# The Debian package (`make deb`): built by CPack from the release build, it holds the binary,
# every data file the binary looks for in /usr/share/gongkai, the systemd unit and the
# documentation, with the shared libraries and fonts it needs as dependencies and maintainer
# scripts that pass shellcheck. Unpacked into a scratch root, the binary finds its calendar,
# letter templates and web files there (not in the source tree), and serves; the backup script
# copies the ledger and removes old copies; systemd accepts the units.
# Usage: package_test.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=$1
source=$2
work=$(mktemp -d)
server_pid=
trap '[[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
for tool in cpack dpkg-deb dpkg-shlibdeps shellcheck systemd-analyze curl sqlite3; do
  command -v "$tool" >/dev/null || { echo "需要 $tool（scripts/install-deps.sh --test）"; exit 2; }
done

if ! (cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1); then
  cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1
fi
deb=$(ls "$work"/out/gongkai_*.deb 2>/dev/null | head -1)
[[ -n $deb ]] || { echo "FAIL: no gongkai_*.deb"; exit 1; }

# The control fields.
version=$("$build/gongkai" --version | grep -o '[0-9][0-9.]*' | head -1)
[[ $(dpkg-deb -f "$deb" Package) == gongkai ]] && ok || fail "Package is not gongkai"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] && ok ||
  fail "Version $(dpkg-deb -f "$deb" Version) is not the binary's $version"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libsqlite3-0 libpq5 libicu libpango-1.0-0 libcairo2 libsodium fonts-noto-cjk adduser; do
  [[ $depends == *"$needed"* ]] && ok || fail "Depends lacks $needed: $depends"
done

# The files: each data file of the source tree where the binary looks for it.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
expected=(/usr/bin/gongkai /usr/lib/systemd/system/gongkai.service
  /usr/lib/systemd/system/gongkai-backup.service /usr/lib/systemd/system/gongkai-backup.timer
  /usr/lib/gongkai/gongkai-backup /usr/share/doc/gongkai/README.md
  /usr/share/doc/gongkai/operations.md /usr/share/gongkai/cn-workcalendar.csv)
while IFS= read -r file; do expected+=("/usr/share/gongkai/${file#"$source"/data/}"); done \
  < <(find "$source/data/letters" -type f)
while IFS= read -r file; do expected+=("/usr/share/gongkai/web/${file#"$source"/web/}"); done \
  < <(find "$source/web" -type f)
for path in "${expected[@]}"; do
  grep -qxF "$path" "$work/contents" && ok || fail "the package lacks $path"
done
if grep -qE '_test|/include/|\.a$' "$work/contents"; then fail "the package holds build files"; else ok; fi

# The maintainer scripts.
dpkg-deb -e "$deb" "$work/control"
for script in postinst prerm postrm; do
  [[ -x "$work/control/$script" ]] && ok || fail "$script is missing or not executable"
  shellcheck "$work/control/$script" && ok || fail "shellcheck $script"
done
grep -q 'adduser --system' "$work/control/postinst" && ok || fail "postinst creates no system user"

# Unpacked: the binary finds its data in /usr/share/gongkai of the same root.
dpkg-deb -x "$deb" "$work/root"
shellcheck "$work/root/usr/lib/gongkai/gongkai-backup" && ok || fail "shellcheck gongkai-backup"
installed=$work/root/usr/bin/gongkai
unset GONGKAI_DATA_DIR GONGKAI_WEB_DIR
if "$installed" deadline --received 2024-09-27 --json | grep -q '"due"'; then ok; else
  fail "the installed binary does not find its work calendar"; fi
if "$installed" letter --outcome disclosed --agency 某局 --applicant 张三 --request 某文件 \
  --received 2024-03-01 --answered 2024-03-20 --to pdf -o "$work/letter.pdf" 2>/dev/null; then
  ok
else
  fail "the installed binary does not find its letter templates"; fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$installed" serve --db "sqlite:$work/gongkai.db" --listen "127.0.0.1:$port" 2>"$work/serve.log" &
server_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$port/" | grep -q '政府信息公开' && ok || fail "the portal's home page"
curl -sf -o /dev/null "http://127.0.0.1:$port/static/gk.css" && ok || fail "the static files"
kill -TERM "$server_pid"
wait "$server_pid" && ok || fail "the server did not stop cleanly on SIGTERM"
server_pid=
if grep -q '"warning"' "$work/serve.log"; then fail "the server warned: $(grep '"warning"' "$work/serve.log")"; else ok; fi

# The daily backup (gongkai-backup.timer runs the script): today's copy of the ledger the server
# wrote, whole; copies older than GONGKAI_BACKUP_DAYS removed, newer ones kept.
mkdir -p "$work/backups"
touch -d '40 days ago' "$work/backups/gongkai-2000-01-01.db"
touch -d '3 days ago' "$work/backups/gongkai-2000-01-02.db"
if GONGKAI_BIN=$installed GONGKAI_DB="sqlite:$work/gongkai.db" GONGKAI_BACKUP_DIR=$work/backups \
  GONGKAI_BACKUP_DAYS=30 "$work/root/usr/lib/gongkai/gongkai-backup" >/dev/null; then ok; else
  fail "gongkai-backup"; fi
copy=$work/backups/gongkai-$(date +%Y-%m-%d).db
if [[ -f $copy && $(sqlite3 "$copy" 'PRAGMA integrity_check') == ok ]] &&
  sqlite3 "$copy" 'SELECT COUNT(*) FROM schema_migrations' | grep -q '^[1-9]'; then ok; else
  fail "no whole backup $copy"; fi
[[ ! -e $work/backups/gongkai-2000-01-01.db ]] && ok || fail "an old backup was kept"
[[ -e $work/backups/gongkai-2000-01-02.db ]] && ok || fail "a recent backup was removed"
if GONGKAI_BIN=$installed GONGKAI_DB="sqlite:$work/gongkai.db" GONGKAI_BACKUP_DAYS=x \
  "$work/root/usr/lib/gongkai/gongkai-backup" 2>/dev/null; then fail "GONGKAI_BACKUP_DAYS=x accepted"
else ok; fi

# systemd accepts the units (their programs pointed at the unpacked files).
for unit in gongkai.service gongkai-backup.service gongkai-backup.timer; do
  sed -e "s|/usr/bin/gongkai|$installed|" \
    -e "s|/usr/lib/gongkai/gongkai-backup|$work/root/usr/lib/gongkai/gongkai-backup|" \
    "$work/root/usr/lib/systemd/system/$unit" >"$work/$unit"
done
verify=$(systemd-analyze verify "$work/gongkai.service" "$work/gongkai-backup.service" \
  "$work/gongkai-backup.timer" 2>&1)
if [[ $? -eq 0 && -z $verify ]]; then ok; else fail "systemd-analyze verify: $verify"; fi

echo "$passed passed, $failed failed ($(basename "$deb"), $(du -k "$deb" | cut -f1) KiB)"
[[ $failed -eq 0 ]]
