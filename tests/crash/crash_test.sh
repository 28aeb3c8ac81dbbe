#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Crash consistency: kill -9 at a random moment during a household sheet import (30,000 rows, WAL path), a bulk
# sheet import (60,000 rows, rollback journal), a key-place list import, a regrid commit and the workstation's edit
# path (edit_helper: random audited edits through libgrid). After every kill: PRAGMA integrity_check is ok,
# `gridctl validate` passes, and the database holds exactly the state before or after the operation (for the
# edit path: exactly the edits reported committed, or one more that committed before its report).
# usage: crash_test.sh PATH/TO/gridctl PATH/TO/edit_helper [TRIALS_PER_OPERATION]
set -u
gridctl=$1
helper=$2
trials=${3:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GRIDSTATION_KEY_DIR=$work/keys
passed=0
failed=0
total=0
fail() { failed=$((failed + 1)); echo "FAILED: $*"; }
RANDOM=20261206

"$gridctl" demo "$work/base.sqlite" --households 3000 --seed 3 > /dev/null 2>&1 || { echo "cannot build the demo"; exit 1; }
community=$(spatialite -silent "$work/base.sqlite" "SELECT admin_code FROM community LIMIT 1")
grid=$(spatialite -silent "$work/base.sqlite" "SELECT grid_code FROM grid ORDER BY grid_code LIMIT 1")

# Sheets: households of three in new dwellings (unit 9) of the residential buildings, ID numbers valid and unique.
spatialite -silent "$work/base.sqlite" "SELECT building_code FROM building WHERE type_code = 'residential' AND building_code IS NOT NULL" \
  > "$work/buildings.txt"
make_sheet() {  # make_sheet ROWS FILE
  awk -v rows="$1" 'BEGIN { split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " "); split("1 0 X 9 8 7 6 5 4 3 2", c, " ") }
    { b[NR] = $0 } END {
    print "姓名,身份证号,与户主关系,楼栋编码,单元,房号";
    for (i = 0; i < rows; i++) {
      h = int(i / 3); day = int(i / 500) % 9000;
      id = sprintf("%06d%04d%02d%02d%03d", 110101 + int(i / 4500000) * 100, 1940 + int(day / 336), int(day / 28) % 12 + 1,
                   day % 28 + 1, (i % 500) * 2 + 1);
      s = 0; for (k = 1; k <= 17; k++) s += substr(id, k, 1) * w[k];
      rel = (i % 3 == 0) ? "户主" : (i % 3 == 1) ? "配偶" : "子";
      printf "居民%d,%s%s,%s,%s,9,%d\n", i, id, c[s % 11 + 1], rel, b[h % NR + 1], 1000 + int(h / NR) }
  }' "$work/buildings.txt" > "$2"
}
make_sheet 30000 "$work/sheet.csv"
make_sheet 60000 "$work/bulk.csv"
{
  echo "名称,分类,关注程度,网格编码"
  for i in $(seq 1 800); do echo "崩溃测试场所$i,餐饮服务场所,一般,$grid"; done
} > "$work/places.csv"

# The state an operation changes, as one line: counts, the last audit row, where every building sits.
state() {
  spatialite -silent "$1" "SELECT (SELECT count(*) FROM person) || ',' || (SELECT count(*) FROM household) || ',' ||
    (SELECT count(*) FROM key_place) || ',' || (SELECT count(*) FROM grid_plan) || ',' || (SELECT count(*) FROM audit_log)
    || ',' || (SELECT coalesce(max(id), 0) FROM audit_log) || ',' || (SELECT group_concat(coalesce(grid_id, '-'), ' ')
    FROM (SELECT grid_id FROM building ORDER BY id)) || ',' || (SELECT group_concat(name, ' ') FROM (SELECT name FROM
    key_place ORDER BY id))" | sha256sum | cut -d' ' -f1
}
healthy() {  # healthy LABEL DB
  local label=$1 db=$2
  if [ "$(spatialite -silent "$db" "PRAGMA integrity_check")" != "ok" ]; then fail "$label: integrity_check"; return 1; fi
  if ! "$gridctl" validate "$db" --quiet > "$work/validate.txt" 2>&1; then
    fail "$label: validate"; head -5 "$work/validate.txt"; return 1
  fi
  return 0
}
before=$(state "$work/base.sqlite")
healthy "the demo" "$work/base.sqlite" || exit 1

# operation NAME ARGS...: a reference run for the after-state and the duration, then TRIALS killed runs.
operation() {
  local name=$1; shift
  cp "$work/base.sqlite" "$work/ref.sqlite"
  local start end
  start=$(date +%s%N)
  "$gridctl" "${@//DB/$work/ref.sqlite}" > "$work/ref.txt" 2>&1 || { fail "$name: the reference run failed"; cat "$work/ref.txt"; return; }
  end=$(date +%s%N)
  local duration=$(((end - start) / 1000000))
  local after
  after=$(state "$work/ref.sqlite")
  [ "$after" != "$before" ] || { fail "$name: the reference run changed nothing"; return; }
  local kept_before=0 kept_after=0
  for trial in $(seq 1 "$trials"); do
    total=$((total + 1))
    rm -f "$work/t.sqlite" "$work/t.sqlite-wal" "$work/t.sqlite-shm" "$work/t.sqlite-journal"
    cp "$work/base.sqlite" "$work/t.sqlite"
    local delay=$((RANDOM * (duration + duration / 5) / 32768))
    "$gridctl" "${@//DB/$work/t.sqlite}" > /dev/null 2>&1 &
    local pid=$!
    sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
    kill -9 "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    healthy "$name trial $trial (killed after $delay ms)" "$work/t.sqlite" || continue
    local now
    now=$(state "$work/t.sqlite")
    if [ "$now" = "$before" ]; then
      kept_before=$((kept_before + 1)); passed=$((passed + 1))
    elif [ "$now" = "$after" ]; then
      kept_after=$((kept_after + 1)); passed=$((passed + 1))
    else
      fail "$name trial $trial (killed after $delay ms): neither the state before nor after"
    fi
  done
  echo "$name: $trials kills over ${duration} ms: $kept_before left the state before, $kept_after the state after"
}

operation "sheet import" import DB "$work/sheet.csv"
operation "bulk sheet import" import DB "$work/bulk.csv"
operation "list import" import DB "$work/places.csv" --list key_places --ledger "grid:$grid"
operation "regrid commit" regrid --db DB --community "$community" --mode propose --commit

# The edit path: every kill leaves exactly the reported edits (or one more, committed before its report).
for trial in $(seq 1 "$trials"); do
  total=$((total + 1))
  rm -f "$work/t.sqlite" "$work/t.sqlite-wal" "$work/t.sqlite-shm"
  cp "$work/base.sqlite" "$work/t.sqlite"
  "$helper" "$work/t.sqlite" "$trial" > "$work/edits.txt" 2> "$work/edits.err" &
  pid=$!
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.3f", 0.2 + r / 32768 * 1.5 }')"
  kill -9 "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
  reported=$(tail -n 1 "$work/edits.txt" | awk '{ print $2 + 0 }')
  if [ -s "$work/edits.err" ]; then fail "edit path trial $trial: $(head -1 "$work/edits.err")"; continue; fi
  healthy "edit path trial $trial" "$work/t.sqlite" || continue
  stored=$(spatialite -silent "$work/t.sqlite" "SELECT count(*) FROM audit_log WHERE actor = 'crash-edit-helper'")
  if [ "$stored" -eq "$reported" ] || [ "$stored" -eq $((reported + 1)) ]; then
    passed=$((passed + 1))
  else
    fail "edit path trial $trial: $reported edits reported, $stored stored"
  fi
done
echo "edit path: $trials kills"
echo "crash consistency: $total trials, $passed consistent, $failed failed"
test "$failed" -eq 0
