#!/usr/bin/env bash
# Makes the DOCX and PDF test fixtures (tests/data/fixtures/) from the samples with LibreOffice
# headless, the way a clerk's office makes them: an HTML report opened in Writer and saved as
# Word, the Word file exported to PDF. Run by `make fixtures`; the outputs are committed, so
# tests need neither LibreOffice nor this script.
#   seed-2024-jiefang-gxj  the seed rendered by `gongkai report render --to html` (merged cells)
#   2024_huaian_shi        the Huai'an report rendered the same way (four-digit values)
#   2023_shuyang_fgj       the Shuyang web page as published (Word-exported HTML, blank cells)
# and the Huai'an report as Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/gongkai}
out=tests/data/fixtures
command -v soffice >/dev/null || {
  echo "需要 LibreOffice：apt-get install libreoffice-writer-nogui" >&2
  exit 2
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$binary" report render tests/data/samples/seed-2024-jiefang-gxj.txt --to html \
  -o "$work/seed-2024-jiefang-gxj.html"
"$binary" report render tests/data/samples/2024_huaian_shi_pdflayout.txt --to html \
  -o "$work/2024_huaian_shi.html"
cp tests/data/samples/2023_shuyang_fgj.txt "$work/2023_shuyang_fgj.html"
# Markdown as `report render --to markdown` writes it (pipe tables, table 四 one group per row).
"$binary" report render tests/data/samples/2024_huaian_shi_pdflayout.txt --to markdown \
  -o "$work/2024_huaian_shi.md"
(
  cd "$work"
  soffice --headless --convert-to 'docx:MS Word 2007 XML' ./*.html >/dev/null 2>&1
  # Only the seed as PDF: the PDF text of a table with blank cells (Shuyang) cannot place them
  # without coordinates, and Writer wraps the Huai'an labels over page breaks.
  soffice --headless --convert-to pdf seed-2024-jiefang-gxj.docx >/dev/null 2>&1
)
mkdir -p "$out"
cp "$work"/*.docx "$work"/*.pdf "$work"/*.md "$out/"
ls -l "$out"
