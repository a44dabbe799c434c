#!/usr/bin/env bash
# PNG pages of the PDFs Gongkai writes, for a visual check (docs/screenshots/): the busy demo
# department's 2024 annual report, a refusal letter and a fee notice. Needs poppler-utils
# (pdftoppm).
# Usage: document-screenshots.sh [GONGKAI_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/gongkai}
out=docs/screenshots
command -v pdftoppm >/dev/null || { echo "需要 pdftoppm：apt-get install poppler-utils" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$binary" demo --db "sqlite:$work/demo.db" >/dev/null 2>&1
"$binary" serve --db "sqlite:$work/demo.db" --listen 127.0.0.1:0 --quiet 2>"$work/server.log" &
server=$!
url=""
for _ in $(seq 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/server.log" | head -1 || true)
  [[ -n "$url" ]] && break
  sleep 0.1
done
busy=$(curl -sf "$url/api/v1/public/organisations" |
       grep -o '"id":[0-9]*,"name":"解放区住房和城乡建设局"' | grep -o '[0-9]*' | head -1)
curl -sf -o "$work/report.pdf" "$url/api/v1/public/organisations/$busy/reports/2024?format=pdf"
"$binary" letter --outcome withheld_third_party_rights --agency 解放区住房和城乡建设局 \
  --applicant 张三 --request "某小区旧改项目补偿协议" --received 2024-03-01 --answered 2024-03-20 \
  --number "解住建公开〔2024〕12号" --to pdf -o "$work/letter.pdf" 2>/dev/null
"$binary" fee-notice --agency 解放区住房和城乡建设局 --applicant 张三 \
  --request "2019年以来全部建设项目审批文件" --received 2024-03-01 --notified 2024-03-08 \
  --pages 260 --payment "通过非税收入缴款码 4401002024000123 在线缴纳，或到区政务服务中心收费窗口缴纳" \
  --number "解住建收费〔2024〕3号" --to pdf -o "$work/fee-notice.pdf" 2>/dev/null
rm -f "$out"/document-report-*.png "$out"/document-letter-*.png "$out"/document-fee-notice-*.png
pdftoppm -r 70 -png "$work/report.pdf" "$out/document-report"
pdftoppm -r 70 -png "$work/letter.pdf" "$out/document-letter"
pdftoppm -r 70 -png "$work/fee-notice.pdf" "$out/document-fee-notice"
ls "$out"/document-*.png
