#!/usr/bin/env bash
# The documents Gongkai publishes, checked with the tools the offices and the public will use
# (issue 8): LibreOffice opens our DOCX and XLSX, pdftotext finds every label and number of the
# PDF, pdffonts shows every font embedded; PDF, DOCX and HTML read back to the same tables; the
# same report gives the same bytes; every outcome's answer letter is written and opens.
# Usage: publish_test.sh GONGKAI TESTS_DATA_DIR
set -uo pipefail
gongkai=$1
data=$2
work=$(mktemp -d)
server_pid=
trap '[[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
export HOME=$work  # LibreOffice keeps its profile there
passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
for tool in pdftotext pdffonts soffice curl; do
  command -v "$tool" >/dev/null || { echo "需要 $tool（scripts/install-deps.sh --test）"; exit 2; }
done

# Every whitespace character removed: text extraction breaks lines and pads columns.
squeeze() { tr -d ' \t\n\f\r\v' | sed 's/　//g'; }

# check_report NAME SOURCE: all the document checks for one report.
check_report() {
  local name=$1 source=$2 format
  "$gongkai" report render "$source" --to csv -o "$work/$name.csv" || { fail "$name: csv"; return; }
  for format in pdf docx html xlsx; do
    if ! "$gongkai" report render "$source" --to "$format" -o "$work/$name.$format"; then
      fail "$name: render --to $format"; continue
    fi
    "$gongkai" report render "$source" --to "$format" -o "$work/$name.again.$format"
    if cmp -s "$work/$name.$format" "$work/$name.again.$format"; then ok; else
      fail "$name.$format: the same report gave different bytes"; fi
  done
  # Read back by our own reader: the same cells (one CSV line per cell).
  for format in pdf docx html; do
    if "$gongkai" report render "$work/$name.$format" --to csv -o "$work/$name.$format.csv" &&
      cmp -s "$work/$name.csv" "$work/$name.$format.csv"; then ok; else
      fail "$name.$format does not read back to the same tables"
      diff "$work/$name.csv" "$work/$name.$format.csv" | head -10
    fi
  done
  # pdftotext: every row's label and its numbers, in order (raw order is drawing order: a
  # row's label cell, then its value cells).
  pdftotext -raw "$work/$name.pdf" - | squeeze > "$work/$name.pdftext"
  local missing=0 rows=0 line row
  while IFS= read -r line; do
    [[ "$line" == *$'\t'* ]] || continue
    row=$(printf '%s' "$line" | squeeze)
    grep -qF -- "$row" "$work/$name.pdftext" || { missing=$((missing + 1)); echo "  缺少：$line"; }
    rows=$((rows + 1))
  done < <("$gongkai" report render "$source" --to text | sed -n '/^二、/,/^五、/p' |
           grep -v -e '^第二十条' -e '^信息内容' -e '^（本列' -e '^行政复议' -e $'^\t*未经复议' \
             -e $'^\t*法人或其他' -e $'^\t*商业企业' -e $'^\t*结果维持')
  # 6 rows of 二, 25 of 三, the values of 四 at least.
  if [[ $missing -eq 0 && $rows -ge 30 ]]; then ok; else
    fail "$name.pdf: $missing of $rows rows not found by pdftotext"; fi
  # pdffonts: every font embedded (column emb, fifth from the end).
  if pdffonts "$work/$name.pdf" | tail -n +3 | awk '$(NF-4) != "yes" { bad = 1 } END { exit bad }' &&
    [[ $(pdffonts "$work/$name.pdf" | tail -n +3 | wc -l) -ge 1 ]]; then ok; else
    fail "$name.pdf: a font is not embedded"; pdffonts "$work/$name.pdf"; fi
  # LibreOffice opens the DOCX and the XLSX and prints them.
  local converted
  for format in docx xlsx; do
    mkdir -p "$work/lo-$format"
    timeout 180 soffice --headless --convert-to pdf --outdir "$work/lo-$format" \
      "$work/$name.$format" >/dev/null 2>&1
    converted="$work/lo-$format/$name.pdf"
    if [[ -s $converted ]] && pdftotext "$converted" - | squeeze | grep -qF "本年新收政府信息公开申请数量"; then
      ok
    else fail "$name.$format: LibreOffice could not convert it"; fi
  done
}

check_report seed "$data/samples/seed-2024-jiefang-gxj.txt"

# The busy department of the full demo: its 2024 report as the server publishes it.
db="sqlite:$work/demo.db"
"$gongkai" demo --db "$db" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18931)
"$gongkai" serve --db "$db" --listen "127.0.0.1:$port" --quiet 2>/dev/null &
server_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/v1/public/organisations" >/dev/null && break; sleep 0.1; done
busy=$(curl -sf "http://127.0.0.1:$port/api/v1/public/organisations" |
       grep -o '"id":[0-9]*,"name":"解放区住房和城乡建设局"' | grep -o '[0-9]*' | head -1)
if curl -sf -o "$work/busy.json" "http://127.0.0.1:$port/api/v1/public/organisations/$busy/reports/2024?format=json"; then
  ok; check_report busy "$work/busy.json"
  curl -sf -o "$work/busy.server.pdf" "http://127.0.0.1:$port/api/v1/public/organisations/$busy/reports/2024?format=pdf"
  if cmp -s "$work/busy.server.pdf" "$work/busy.pdf"; then ok; else
    fail "the server's PDF differs from the command's"; fi
else fail "the busy department's 2024 report is not published"; fi

# Answer letters: every outcome, DOCX and PDF; LibreOffice opens the DOCX.
for outcome in $("$gongkai" letter --help | grep -o '{[a-z_,]*}' | head -1 | tr -d '{}' | tr ',' ' '); do
  for format in docx pdf; do
    if "$gongkai" letter --outcome "$outcome" --agency 解放区工业和信息化局 --applicant 张三 \
      --request 2023年工业企业技术改造专项资金分配结果 --received 2024-03-01 --answered 2024-03-20 \
      --reason 涉及第三方商业秘密 --to "$format" -o "$work/letter-$outcome.$format" 2>/dev/null; then
      ok
    else fail "letter $outcome.$format"; fi
  done
  if pdftotext "$work/letter-$outcome.pdf" - | squeeze | grep -qF "政府信息公开申请答复告知书"; then ok; else
    fail "letter $outcome.pdf lacks its title"; fi
done
# The fee notice (109号): basis, standard, amount, payment; 250 pages = 700 + 2000 + 2000 元.
for format in docx pdf; do
  if "$gongkai" fee-notice --agency 解放区工业和信息化局 --applicant 张三 --request 全部会议纪要 \
    --received 2024-03-01 --notified 2024-03-08 --pages 250 --payment 非税收入缴款码123 \
    --to "$format" -o "$work/letter-fee-notice.$format" 2>/dev/null; then ok; else
    fail "fee notice .$format"; fi
done
for expected in 信息处理费缴费通知书 第四十二条 按量计收的 人民币4700元 非税收入缴款码123 次日起20个工作日内; do
  if pdftotext "$work/letter-fee-notice.pdf" - | squeeze | grep -qF "$expected"; then ok; else
    fail "the fee notice lacks $expected"; fi
done
mkdir -p "$work/lo-letter"
timeout 180 soffice --headless --convert-to pdf --outdir "$work/lo-letter" "$work"/letter-*.docx >/dev/null 2>&1
if [[ $(ls "$work/lo-letter" | wc -l) -eq 22 ]]; then ok; else
  fail "LibreOffice converted $(ls "$work/lo-letter" | wc -l) of 22 documents (21 letters, the fee notice)"; fi
# A refusal from 2024 cites its article and says reconsideration comes first (行政复议法 Art. 23).
if pdftotext "$work/letter-withheld_state_secret.pdf" - | squeeze |
  grep -qF "第十四条的规定"; then ok; else fail "the state-secret letter does not cite 条例第十四条"; fi
if pdftotext "$work/letter-withheld_state_secret.pdf" - | squeeze | grep -qF "应当先依法申请行政复议"; then
  ok; else fail "the refusal letter does not say reconsideration comes first"; fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
