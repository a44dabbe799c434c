#!/usr/bin/env bash
# Integration test of the gongkai command (DESIGN.md §8): exit statuses, outputs and round trips.
# Usage: cli_test.sh GONGKAI TESTS_DATA_DIR
set -uo pipefail
gongkai=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed=$data/seed-2024-jiefang-gxj.txt
passed=0
failed=0

# expect STATUS PATTERN -- COMMAND...: runs COMMAND, checks its exit status and that stdout+stderr
# contains PATTERN (a fixed string; "" for none).
expect() {
  local status=$1 pattern=$2
  shift 3
  local output actual
  output=$("$@" 2>&1)
  actual=$?
  if [[ $actual -ne $status ]]; then
    echo "FAIL: $* -> exit $actual, expected $status"; echo "$output" | head -20
    failed=$((failed + 1)); return
  fi
  if [[ -n "$pattern" ]] && ! grep -qF -- "$pattern" <<<"$output"; then
    echo "FAIL: $* -> output lacks '$pattern'"; echo "$output" | head -20
    failed=$((failed + 1)); return
  fi
  passed=$((passed + 1))
}

same() {  # same FILE_A FILE_B DESCRIPTION
  if cmp -s "$1" "$2"; then passed=$((passed + 1)); else
    echo "FAIL: $3"; diff "$1" "$2" | head -20; failed=$((failed + 1)); fi
}

expect 0 "report" -- "$gongkai" --help
expect 0 "gongkai 0." -- "$gongkai" --version
expect 0 "check" -- "$gongkai" report --help
expect 2 "" -- "$gongkai" report parse --no-such-option "$seed"
expect 2 "" -- "$gongkai" report parse "$work/does-not-exist.txt"

# The seed: parsed, valid with one GK007 naming the official label.
expect 0 '"agency": "解放区工业和信息化局"' -- "$gongkai" report parse "$seed" --json
expect 0 "应为“本年废止件数”" -- "$gongkai" report check "$seed"
expect 0 '"valid": true' -- "$gongkai" report check "$seed" --json
expect 0 '"actual": "本年度止件数"' -- "$gongkai" report check "$seed" --json

# One changed cell of table 三 (GK001, GK002), a table 四 total (GK004), a missing section (GK006).
expect 1 "GK001" -- "$gongkai" report check "$data/rules/GK001-fail-one-cell.txt"
expect 1 '"row": "received"' -- "$gongkai" report check --json "$data/rules/GK001-fail-one-cell.txt"
expect 1 '"line": 51' -- "$gongkai" report check --json "$data/rules/GK001-fail-one-cell.txt"
expect 1 "GK004" -- "$gongkai" report check "$data/rules/GK004-fail-total-changed.txt"
expect 1 "缺少章节“五、存在的主要问题及改进情况”" -- "$gongkai" report check "$data/rules/GK006-fail-missing-section.txt"
expect 1 "GK001" -- "$gongkai" report check "$seed" "$data/rules/GK001-fail-one-cell.txt"

# Cross-year rules need --previous.
expect 0 "GK010" -- "$gongkai" report check "$seed" --previous "$data/rules/previous-2023-carried-forward.json"
expect 0 "GK011" -- "$gongkai" report check "$seed" --previous "$data/rules/previous-2023-stock.json"

# Unreadable input: exit 2 with a message, for one file or among several.
printf '\x00\x01\x02binary' >"$work/binary.bin"
: >"$work/empty.txt"
printf '\xff\xfe\xfa' >"$work/latin.txt"
printf 'just some words\nno report here\n' >"$work/prose.txt"
expect 2 "二进制" -- "$gongkai" report check "$work/binary.bin"
expect 2 "为空" -- "$gongkai" report check "$work/empty.txt"
expect 2 "UTF-8" -- "$gongkai" report parse "$work/latin.txt"

# Word, PDF and web page files, recognised by their content whatever their names.
cp "$data/fixtures/seed-2024-jiefang-gxj.pdf" "$work/seed-as-pdf.bin"
expect 0 '"agency": "解放区工业和信息化局"' -- "$gongkai" report parse --json "$data/fixtures/seed-2024-jiefang-gxj.docx"
expect 0 '"agency": "解放区工业和信息化局"' -- "$gongkai" report parse --json "$work/seed-as-pdf.bin"
expect 0 '"agency": "沭阳县发展和改革局"' -- "$gongkai" report parse --json "$data/samples/2023_shuyang_fgj.txt"
head -c 4000 "$data/fixtures/2024_huaian_shi.docx" >"$work/truncated.docx"
expect 2 "DOCX" -- "$gongkai" report parse "$work/truncated.docx"

# Batch audit: every file under the directories, bad ones listed, outputs written.
mkdir -p "$work/batch/sub" "$work/batch/.hidden"
cp "$seed" "$data/fixtures/2024_huaian_shi.docx" "$data/samples/2023_hongze_qu.txt" "$work/batch/"
cp "$work/truncated.docx" "$work/batch/sub/"
cp "$seed" "$work/batch/.hidden/"
expect 2 "4 份文件：有效 2，无效 1，无法读取 1" -- "$gongkai" report audit "$work/batch" --out "$work/audit"
for output in summary.csv summary.json index.html reports/1.html; do
  if [[ -s "$work/audit/$output" ]]; then passed=$((passed + 1)); else
    echo "FAIL: audit wrote no $output"; failed=$((failed + 1)); fi
done
expect 0 "GK004 GK006" -- cat "$work/audit/summary.csv"
expect 2 "不是目录" -- "$gongkai" report audit "$work/no-such-dir" --out "$work/audit2"
if [[ -e "$work/audit2" ]]; then echo "FAIL: a failed audit created its output"; failed=$((failed + 1)); fi
expect 2 "无法识别" -- "$gongkai" report check "$work/prose.txt"
expect 2 '"code": "unreadable"' -- "$gongkai" report check --json "$seed" "$work/empty.txt"
expect 2 "JSON 第5行" -- "$gongkai" report check "$data/json/malformed.json"
expect 2 '$.applications.received.natural_person' -- "$gongkai" report parse "$data/json/negative-count.json"
expect 2 '$.applications.received.natural_persons' -- "$gongkai" report parse "$data/json/unknown-key.json"
expect 2 '$.year' -- "$gongkai" report check "$data/json/impossible-year.json"
expect 2 '$.appeals' -- "$gongkai" report check "$data/json/missing-appeals.json"
expect 2 "无法读取上一年度报告" -- "$gongkai" report check "$seed" --previous "$work/empty.txt"

# Round trips: parse → render text → parse gives the same JSON; render → parse → render the same
# bytes; JSON input is recognised by content whatever its name.
"$gongkai" report parse "$seed" --json >"$work/seed.json"
"$gongkai" report render "$work/seed.json" --to text -o "$work/seed.rendered.txt"
"$gongkai" report parse "$work/seed.rendered.txt" --json >"$work/seed.again.json"
same "$work/seed.json" "$work/seed.again.json" "parse → render → parse changes the JSON"
"$gongkai" report render "$work/seed.again.json" --to text -o "$work/seed.rendered.again.txt"
same "$work/seed.rendered.txt" "$work/seed.rendered.again.txt" "render → JSON → render is not byte-identical"
cp "$work/seed.json" "$work/report-without-extension"
expect 0 "有效" -- "$gongkai" report check "$work/report-without-extension"
"$gongkai" report render "$data/report-2019-format.json" --to text -o "$work/2019.txt"
"$gongkai" report render "$work/2019.txt" --to text -o "$work/2019.again.txt"
same "$work/2019.txt" "$work/2019.again.txt" "2019 format: render → parse → render differs"
expect 0 "| 政府集中采购 | 6 | 132.5 |" -- "$gongkai" report render "$data/report-2019-format.json" --to markdown
expect 2 "无法写入" -- "$gongkai" report render "$seed" --to json -o "$work/no-such-dir/out.json"
expect 0 '<html lang="zh-CN">' -- "$gongkai" report render "$seed" --to html
expect 0 "applications,total,total," -- "$gongkai" report render "$seed" --to csv
# HTML is read by content: our own rendering reads back to the same report, a saved site page too.
"$gongkai" report render "$seed" --to html -o "$work/seed.html"
"$gongkai" report parse "$work/seed.html" --json >"$work/seed.from-html.json"
"$gongkai" report render "$work/seed.from-html.json" --to text -o "$work/seed.from-html.txt"
"$gongkai" report render "$seed" --to text -o "$work/seed.direct.txt"
same "$work/seed.direct.txt" "$work/seed.from-html.txt" "render html → parse changes the report"
expect 0 "沭阳县发展和改革局" -- "$gongkai" report check "$data/samples/2023_shuyang_fgj.txt"

# The statutory clock (issue 3): due date with its breakdown, refusal beyond the calendar.
expect 0 '"due": "2024-10-30"' -- "$gongkai" deadline --received 2024-09-27 --json
expect 0 '"days_left": 2' -- "$gongkai" deadline --received 2024-09-27 --today 2024-10-28 --json
expect 0 "条例第三十三条第二款" -- "$gongkai" deadline --received 2024-09-27
expect 0 '"due": "2024-11-27"' -- "$gongkai" deadline --received 2024-09-27 --extended 20 --approved-by 张主任 --json
expect 0 '"due": "2024-12-05"' -- "$gongkai" deadline --received 2024-11-01 --consultation 2024-11-11:2024-11-15 --json
expect 0 '"state": "awaiting_correction"' -- "$gongkai" deadline --received 2026-02-10 --correction-requested 2026-02-12 --json
expect 0 '"due": "2026-03-30"' -- "$gongkai" deadline --received 2026-02-10 --correction-requested 2026-02-12 --correction-received 2026-03-02 --json
expect 0 '"payment_due": "2024-12-06"' -- "$gongkai" deadline --received 2024-11-01 --fee-notice-received 2024-11-08 --fee-paid 2024-11-15 --json
expect 2 "2027" -- "$gongkai" deadline --received 2026-12-20
expect 2 "2024-02-30" -- "$gongkai" deadline --received 2024-02-30
expect 2 "批准人" -- "$gongkai" deadline --received 2024-09-27 --extended 10
expect 2 "尚未告知补正" -- "$gongkai" deadline --received 2024-09-27 --correction-received 2024-10-08
expect 2 "无法打开文件" -- "$gongkai" deadline --received 2024-09-27 --calendar "$work/missing.csv"
printf '2024-10-12,holiday,地方调整\n' >"$work/overlay.csv"
expect 0 '"due": "2024-10-31"' -- "$gongkai" deadline --received 2024-09-27 --overlay "$work/overlay.csv" --json
printf '2024-10-08,workday,错误\n' >"$work/bad-overlay.csv"
expect 2 "bad-overlay.csv:1" -- "$gongkai" workdays add 2024-09-27 20 --overlay "$work/bad-overlay.csv"
expect 0 "2024-10-30" -- "$gongkai" workdays add 2024-09-27 20
expect 0 "20" -- "$gongkai" workdays between 2024-09-27 2024-10-30
expect 2 "2027" -- "$gongkai" workdays add 2026-12-01 40
expect 0 '"fee_yuan":83460' -- "$gongkai" fee --pages 2219 --json
expect 0 '"month_total_yuan":2200' -- "$gongkai" fee --pieces 31 --json
expect 0 '"fee_yuan":100' -- "$gongkai" fee --pieces 11 --json
expect 2 "" -- "$gongkai" fee --pieces 3 --pages 4
expect 2 "--pieces" -- "$gongkai" fee
expect 2 "" -- "$gongkai" fee --pages -5

# The ledger (issue 4): demo data, the seed report generated from records, drill-down, export and
# import, backup and restore.
db="sqlite:$work/ledger.db"
expect 0 "已载入演示数据" -- "$gongkai" demo --db "$db"
expect 2 "空数据库" -- "$gongkai" demo --db "$db"
expect 0 "解放区工业和信息化局" -- "$gongkai" org list --db "$db"
expect 0 '"name": "解放区人民政府"' -- "$gongkai" org list --db "$db" --json
"$gongkai" report generate --db "$db" --org 解放区工业和信息化局 --year 2024 --to text -o "$work/generated-seed.txt"
tables() { sed -n '/^二、主动公开政府信息情况/,/^五、存在的主要问题及改进情况/p' "$1"; }
tables "$work/generated-seed.txt" >"$work/generated-tables.txt"
tables "$data/seed-2024-jiefang-gxj.rendered.txt" >"$work/seed-tables.txt"
same "$work/seed-tables.txt" "$work/generated-tables.txt" "the generated 2024 seed report's tables differ from the seed's"
expect 0 "有效" -- "$gongkai" report check "$work/generated-seed.txt"
"$gongkai" report generate --db "$db" --org 解放区住房和城乡建设局 --year 2023 --to json -o "$work/busy-2023.json"
"$gongkai" report generate --db "$db" --org 3 --year 2024 --to json -o "$work/busy-2024.json"
expect 0 "有效" -- "$gongkai" report check "$work/busy-2024.json" --previous "$work/busy-2023.json"
expect 0 '"cell": "applications.received.total"' -- "$gongkai" report generate --db "$db" --org 3 --year 2024 --explain received.total --json
expect 2 "--explain" -- "$gongkai" report generate --db "$db" --org 3 --year 2024 --explain nothing.here
expect 2 "--org" -- "$gongkai" report generate --db "$db" --org 不存在的局 --year 2024
expect 2 "year" -- "$gongkai" report generate --db "$db" --org 3 --year 2019
expect 2 "不支持的数据库地址" -- "$gongkai" org list --db mysql://x
"$gongkai" export --db "$db" -o "$work/ledger.jsonl"
expect 0 "已导入" -- "$gongkai" import --db "sqlite:$work/copy.db" "$work/ledger.jsonl"
"$gongkai" report generate --db "sqlite:$work/copy.db" --org 解放区住房和城乡建设局 --year 2024 --to json -o "$work/copy-2024.json"
same "$work/busy-2024.json" "$work/copy-2024.json" "export → import changes the 2024 report"
expect 0 "已备份" -- "$gongkai" backup --db "$db" --to "$work/backup.db"
expect 0 "已从" -- "$gongkai" restore --db "sqlite:$work/restored.db" --from "$work/backup.db"
"$gongkai" report generate --db "sqlite:$work/restored.db" --org 3 --year 2024 --to json -o "$work/restored-2024.json"
same "$work/busy-2024.json" "$work/restored-2024.json" "backup → restore changes the 2024 report"
printf 'not a database' >"$work/garbage.db"
expect 2 "" -- "$gongkai" restore --db "sqlite:$work/restored.db" --from "$work/garbage.db"

# Accounts and the audit trail (a new deployment: organisations, then the first administrator).
fresh="sqlite:$work/fresh.db"
expect 0 "已新增机关 1" -- "$gongkai" org add 某市人民政府 --kind government --db "$fresh"
expect 0 "已新增机关 2" -- "$gongkai" org add 某市财政局 --parent 某市人民政府 --db "$fresh"
expect 2 "--kind" -- "$gongkai" org add 某局 --kind bureau --db "$fresh"
expect 0 "管理员@1" -- sh -c "echo first-admin-password | '$gongkai' user add root --name 管理员 --role admin@1 --db '$fresh'"
expect 2 "至少 8 个字符" -- sh -c "echo short | '$gongkai' user add li --role officer@2 --db '$fresh'"
expect 2 "已被使用" -- sh -c "echo another-password | '$gongkai' user add root --db '$fresh'"
expect 2 "未知的角色" -- "$gongkai" user roles root --role boss@1 --db "$fresh"
expect 2 "不存在" -- "$gongkai" user roles root --role officer@9 --db "$fresh"
expect 0 "负责人@2" -- "$gongkai" user roles root --role admin@1 --role head@2 --db "$fresh"
expect 0 "其所有会话已结束" -- sh -c "echo new-admin-password | '$gongkai' user passwd root --db '$fresh'"
expect 0 "root" -- "$gongkai" user list --db "$fresh"
expect 0 "审计日志完整" -- "$gongkai" audit verify --db "$fresh"
sqlite3 "$work/fresh.db" "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;"
expect 1 "缺少第 2 条记录" -- "$gongkai" audit verify --db "$fresh"

# Documents (issue 8): binary formats need -o; letters refuse impossible facts and write nothing.
expect 2 "-o" -- "$gongkai" report render "$seed" --to pdf
expect 0 "" -- "$gongkai" report render "$seed" --to docx -o "$work/seed.docx"
expect 0 "解放区工业和信息化局" -- "$gongkai" report parse "$work/seed.docx"
letter=(--agency 解放区工业和信息化局 --applicant 张三 --request 某文件 --received 2024-03-01)
expect 0 "已生成答复告知书" -- "$gongkai" letter --outcome withheld_state_secret "${letter[@]}" \
  --answered 2024-03-20 --to pdf -o "$work/letter.pdf"
expect 2 "早于" -- "$gongkai" letter --outcome disclosed "${letter[@]}" --answered 2024-02-01 \
  -o "$work/early.docx"
expect 2 "reason" -- "$gongkai" letter --outcome partially_disclosed "${letter[@]}" \
  --answered 2024-03-20 -o "$work/no-reason.docx"
expect 2 "" -- "$gongkai" letter --outcome no_such_outcome "${letter[@]}" --answered 2024-03-20 \
  -o "$work/unknown.docx"
expect 2 "2024-02-30" -- "$gongkai" letter --outcome disclosed "${letter[@]}" --answered 2024-02-30 \
  -o "$work/bad-date.docx"
expect 2 "frame.txt" -- "$gongkai" letter --outcome disclosed "${letter[@]}" --answered 2024-03-20 \
  --templates "$work" -o "$work/no-templates.docx"
if [[ -e "$work/early.docx" || -e "$work/no-reason.docx" || -e "$work/bad-date.docx" ]]; then
  echo "FAIL: a refused letter was written"; failed=$((failed + 1)); else passed=$((passed + 1)); fi

# The fee notice (109号): the fee computed from pages or the month's n-th piece, one of the two.
fee=("${letter[@]}" --notified 2024-03-08 --payment 非税收入缴款码123)
expect 0 "已生成缴费通知书" -- "$gongkai" fee-notice "${fee[@]}" --pages 150 -o "$work/fee.docx"
expect 0 "人民币1700元" -- python3 -c \
  "import zipfile, sys; print(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())" \
  "$work/fee.docx"
expect 2 "不收费" -- "$gongkai" fee-notice "${fee[@]}" --pieces 3 -o "$work/free.docx"
expect 2 "--pieces 或 --pages" -- "$gongkai" fee-notice "${fee[@]}" -o "$work/neither.docx"
expect 2 "" -- "$gongkai" fee-notice "${fee[@]}" --pieces 12 --pages 40 -o "$work/both.docx"
expect 2 "早于" -- "$gongkai" fee-notice "${letter[@]}" --notified 2024-02-01 --payment x --pages 40 \
  -o "$work/early-fee.docx"
if [[ -e "$work/free.docx" || -e "$work/neither.docx" || -e "$work/early-fee.docx" ]]; then
  echo "FAIL: a refused fee notice was written"; failed=$((failed + 1)); else passed=$((passed + 1)); fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
