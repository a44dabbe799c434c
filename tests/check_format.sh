#!/usr/bin/env bash
# Fails when any C++ source is not clang-format clean (.clang-format).
set -euo pipefail
cd "$1"
files=$(find src bench fuzz -name '*.cpp' -o -name '*.hpp' 2>/dev/null)
clang-format --dry-run -Werror $files
echo "clang-format: $(echo "$files" | wc -l) files clean"
