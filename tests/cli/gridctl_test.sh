#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Command-line contract of gridctl: exit codes, messages, one line per violation.
# usage: gridctl_test.sh PATH/TO/gridctl
set -u
gridctl=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GRIDSTATION_KEY_DIR=$work/keys
passed=0
failed=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

# --help works for the tool and every command.
for c in "" init demo stats validate; do
  $gridctl $c --help > "$work/help.txt" 2>&1
  check "help $c exits 0" test $? -eq 0
  check "help $c shows usage" grep -q "usage: gridctl" "$work/help.txt"
done
$gridctl frobnicate > /dev/null 2>&1
check "unknown command exits 2" test $? -eq 2

# init + validate pass; init refuses to overwrite.
$gridctl init "$work/x.sqlite" > "$work/init.txt"
check "init exits 0" test $? -eq 0
check "init reports schema version" grep -q "schema version" "$work/init.txt"
$gridctl validate "$work/x.sqlite" > "$work/v.txt" 2>&1
check "fresh database validates" test $? -eq 0
$gridctl init "$work/x.sqlite" > "$work/again.txt" 2>&1
check "init refuses an existing file" test $? -eq 2
check "init names the file" grep -q "x.sqlite" "$work/again.txt"
$gridctl init "$work/y.sqlite" --srid 3857 > "$work/srid.txt" 2>&1
check "init rejects a non-CGCS2000 CRS" test $? -eq 2
check "no half-made file stays" test ! -e "$work/y.sqlite"
$gridctl init "$work/z.sqlite" --lon 121.47 > /dev/null
check "init picks the zone by longitude" test "$(spatialite -silent "$work/z.sqlite" "SELECT value FROM gs_meta WHERE key = 'srid'")" = 4549

# Missing and foreign files get clear messages.
$gridctl stats "$work/none.sqlite" > "$work/none.txt" 2>&1
check "missing file exits 2" test $? -eq 2
check "missing file says what to do" grep -q "gridctl init" "$work/none.txt"
echo "plain text" > "$work/text.sqlite"
$gridctl validate "$work/text.sqlite" > "$work/text.txt" 2>&1
check "text file exits 2" test $? -eq 2
check "text file is named as not a database" grep -q "not a GridStation database" "$work/text.txt"

# demo + stats + validate; then break it on purpose.
$gridctl demo "$work/city.sqlite" --households 3000 --seed 3 > "$work/city.txt" 2> /dev/null
check "generated demo exits 0" test $? -eq 0
check "generated demo reports what it made" grep -q "12 grids" "$work/city.txt"
$gridctl validate "$work/city.sqlite" > /dev/null 2>&1
check "generated demo validates" test $? -eq 0
check "no partial file is left" test ! -e "$work/city.sqlite.partial"
$gridctl demo "$work/bad.sqlite" --households many > /dev/null 2>&1
check "bad --households exits 2" test $? -eq 2
check "bad --households leaves no file" test ! -e "$work/bad.sqlite"

$gridctl demo "$work/d.sqlite" --sample --seed 3 > "$work/demo.txt" 2> /dev/null
check "sample demo exits 0" test $? -eq 0
$gridctl stats "$work/d.sqlite" > "$work/stats.txt"
check "stats exits 0" test $? -eq 0
check "stats shows grids" grep -qE "^grids +4$" "$work/stats.txt"
check "stats shows households per grid" grep -q "households per grid: min" "$work/stats.txt"
$gridctl validate "$work/d.sqlite" > /dev/null 2>&1
check "demo validates" test $? -eq 0
$gridctl demo "$work/d.sqlite" --sample > /dev/null 2>&1
check "demo refuses to overwrite without --force" test $? -eq 2

spatialite -silent "$work/d.sqlite" > /dev/null <<'SQL'
UPDATE grid SET geom = CastToMultiPolygon(GeomFromText('POLYGON((535450 2510400,536000 2510400,536000 2510800,535450 2510800,535450 2510400))', 4547)) WHERE sequence = 2;
UPDATE building SET grid_id = NULL WHERE id = (SELECT max(id) FROM building);
SQL
$gridctl validate "$work/d.sqlite" > "$work/broken.txt" 2> "$work/broken.err"
check "broken database exits 1" test $? -eq 1
check "overlap is listed" grep -q "overlaps grid 440310001002-002" "$work/broken.txt"
check "building in no grid is listed" grep -q "\[building-in-no-grid\]" "$work/broken.txt"
check "summary counts violations" grep -q "violation(s)" "$work/broken.err"

echo "$passed passed, $failed failed"
test "$failed" -eq 0
