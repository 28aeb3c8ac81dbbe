#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Tests mirror sources: every libgrid/X/Y.cpp has tests/libgrid/X/Y_test.cpp, or a line in tests/layout/test_twins.txt
# naming the existing test that covers it. Fails on a source with neither, on a listed test that does not exist, and
# on a stale line (a source that is gone, or one that has its own test now).
# usage: test_twins.sh [SOURCE_ROOT]     test_twins.sh --planted (the check's own test)
set -u
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
if [ "$root" = "--planted" ]; then  # a source without a test is caught, a missing covering test too, a twin passes
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/libgrid/x" "$work/tests/layout" "$work/tests/libgrid/x"
  printf '# none\n' > "$work/tests/layout/test_twins.txt"
  touch "$work/libgrid/x/planted.cpp"
  if bash "$0" "$work" > "$work/out.txt"; then echo "test_twins: the planted source without a test was not caught"; exit 1; fi
  grep -q "libgrid/x/planted.cpp has no test" "$work/out.txt" || { echo "test_twins: the planted source was not named"; exit 1; }
  printf 'x/planted.cpp x/other_test.cpp\n' > "$work/tests/layout/test_twins.txt"
  if bash "$0" "$work" > /dev/null; then echo "test_twins: a covering test that does not exist was accepted"; exit 1; fi
  touch "$work/tests/libgrid/x/planted_test.cpp"
  printf '# none\n' > "$work/tests/layout/test_twins.txt"
  bash "$0" "$work" > /dev/null || { echo "test_twins: a source with its twin was refused"; exit 1; }
  echo "test_twins: planted cases caught"
  exit 0
fi
map="$root/tests/layout/test_twins.txt"
problems=0
declare -A covered
while read -r source test _; do
  case "$source" in '' | '#'*) continue ;; esac
  covered[$source]=$test
  if [ ! -f "$root/libgrid/$source" ]; then
    echo "test_twins.txt: $source is not a libgrid source any more; remove its line"
    problems=$((problems + 1))
  elif [ -f "$root/tests/libgrid/${source%.cpp}_test.cpp" ]; then
    echo "test_twins.txt: $source has its own test now; remove its line"
    problems=$((problems + 1))
  elif [ ! -f "$root/tests/libgrid/$test" ]; then
    echo "test_twins.txt: $source names tests/libgrid/$test, which does not exist"
    problems=$((problems + 1))
  fi
done < "$map"
while IFS= read -r file; do
  source=${file#"$root/libgrid/"}
  [ -f "$root/tests/libgrid/${source%.cpp}_test.cpp" ] && continue
  [ -n "${covered[$source]:-}" ] && continue
  echo "libgrid/$source has no test: add tests/libgrid/${source%.cpp}_test.cpp (or name its covering test in tests/layout/test_twins.txt)"
  problems=$((problems + 1))
done < <(find "$root/libgrid" -name '*.cpp' | sort)
if [ "$problems" -gt 0 ]; then
  echo "test_twins: $problems problem(s)"
  exit 1
fi
echo "test_twins: every libgrid source has its test"
