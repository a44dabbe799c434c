#!/usr/bin/env bash
# Installs the Debian 12 packages that building and testing Gongkai needs, only those missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  nlohmann-json3-dev libcli11-dev
  libsqlite3-dev sqlite3 libpq-dev postgresql
  libboost1.81-dev libsodium-dev
  libzip-dev libexpat1-dev libpoppler-cpp-dev
  libcairo2-dev libpango1.0-dev libxlsxwriter-dev fonts-noto-cjk libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang-format clang-tidy clang libclang-rt-14-dev
)
# `--test`: what the browser tests need besides (Debian's chromium, Node.js for Playwright), and
# the document tests (poppler's pdftotext/pdffonts/pdftoppm, LibreOffice to open our DOCX/XLSX),
# and the package test (shellcheck for the maintainer scripts, systemd-analyze for the unit).
if [[ "${1:-}" == "--test" ]]; then
  packages+=(chromium curl poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui
    shellcheck systemd)
  # A Node.js already on the machine (e.g. NodeSource's, which bundles npm) is kept: Debian's npm
  # package would pull Debian's older nodejs over it.
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "安装缺少的软件包：${missing[*]}"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
