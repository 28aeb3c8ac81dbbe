#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The C++ sources follow .clang-format (clang-format 14, as Debian 12 ships it): lists every file that differs and
# how to fix it. Only .cpp and .h files: clang-format reads anything as C++, so never give it a script.
# usage: clang_format.sh [SOURCE_ROOT]
set -u
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
format=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$format" ]; then
  echo "clang_format: clang-format-14 is not installed (scripts/bootstrap installs it)"
  exit 1
fi
cd "$root" || exit 1
bad=0
while IFS= read -r file; do
  if ! "$format" --dry-run -Werror "$file" > /dev/null 2>&1; then
    echo "$file: not formatted; run: $format -i $file"
    bad=$((bad + 1))
  fi
done < <(find libgrid app tests \( -name '*.cpp' -o -name '*.h' \) -not -path 'tests/data/*' -not -path 'tests/fuzz/corpus/*' | sort)
if [ "$bad" -gt 0 ]; then
  echo "clang_format: $bad file(s) differ from .clang-format"
  exit 1
fi
echo "clang_format: every source follows .clang-format"
