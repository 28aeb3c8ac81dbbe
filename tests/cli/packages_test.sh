#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Work packages from the command line (issue 21), on a demo district under accounts: a worker takes their own grid
# out, the secretary merges; roles and scope refused; a misspelt option and a dry run write nothing; merging twice
# changes nothing; a conflict is kept and resolved; a revoked package is refused; kill -9 during a merge leaves the
# database exactly as before, and the merge then succeeds.
# usage: packages_test.sh PATH/TO/gridctl
set -u
gridctl=$1
. "$(dirname "$0")/lib.sh"
db=$work/d.sqlite
q() { sqlite3 "$db" "$1"; }
state() { q "SELECT (SELECT count(*) FROM audit_log WHERE action <> 'login') || '/' || (SELECT count(*) FROM person) || '/' || (SELECT total(length(coalesce(work_unit, ''))) FROM person) || '/' || (SELECT count(*) FROM work_package_row)"; }
GRIDSTATION_PASSWORD='Keeper-of-keys-77' $gridctl demo "$db" --households 3000 --seed 3 --admin boss > /dev/null 2>&1
check "demo exits 0" test $? -eq 0
export GRIDSTATION_PASSWORD='Demo-2026-pass'
grid=440310001001001

# The worker takes their own grid; another grid, or a package for someone else, is refused.
$gridctl package create "$db" --grid $grid --out "$work/w.gpkg" --user wangwei --lang en > "$work/create.txt" 2>&1
check "a worker's own package is made" test $? -eq 0
check "the QGIS project is written beside it" test -s "$work/w.qgz"
check "create lists the layers" grep -q "households:" "$work/create.txt"
$gridctl package create "$db" --grid 440310001001002 --out "$work/x.gpkg" --user wangwei > "$work/x.txt" 2>&1
check "another grid is refused" test $? -ne 0
check "no file for a refused package" test ! -e "$work/x.gpkg"
$gridctl package create "$db" --grid 440310001001002 --out "$work/x.gpkg" --for wangwei --user chenjie > "$work/x2.txt" 2>&1
check "a package for a grid its user does not work in is refused" grep -q "no role over grid 440310001001002" "$work/x2.txt"

households=$(sqlite3 "$work/w.gpkg" "SELECT group_concat(fid) FROM (SELECT fid FROM households ORDER BY fid LIMIT 40)")
sqlite3 "$work/w.gpkg" "UPDATE households SET tags = '包内修改' WHERE fid IN ($households)"
person=$(sqlite3 "$work/w.gpkg" "SELECT min(fid) FROM persons")
sqlite3 "$work/w.gpkg" "UPDATE persons SET work_unit = '包内单位' WHERE fid = $person"

before=$(state)
$gridctl package merge "$db" "$work/w.gpkg" --dry-runn --user chenjie > "$work/typo.txt" 2>&1
check "a misspelt --dry-run exits 2" test $? -eq 2
check "and names the option it meant" grep -q "dry-run" "$work/typo.txt"
$gridctl package merge "$db" "$work/w.gpkg" --dry-run --user chenjie > "$work/dry.txt" 2>&1
check "a dry run says what it would do" grep -q "41 updated" "$work/dry.txt"
$gridctl package merge "$db" "$work/w.gpkg" --user wangwei > /dev/null 2>&1
check "a worker cannot merge" test $? -ne 0
check "nothing written so far" test "$(state)" = "$before"

$gridctl package merge "$db" "$work/w.gpkg" --user chenjie > "$work/merge.txt" 2>&1
check "the merge exits 0" test $? -eq 0
check "41 records updated" grep -q "41 updated" "$work/merge.txt"
check "the edits are in the database" test "$(q "SELECT count(*) FROM household WHERE tags = '包内修改'")" -eq 40
check "audited under the secretary, naming the worker" test "$(q "SELECT count(*) FROM audit_log WHERE table_name = 'household' AND actor = 'chenjie' AND reason LIKE '%wangwei%'")" -eq 40
after=$(state)
$gridctl package merge "$db" "$work/w.gpkg" --user chenjie > "$work/again.txt" 2>&1
check "merging again changes nothing" test "$(state)" = "$after"
check "and says so" grep -q "Nothing new" "$work/again.txt"

# A conflict: both sides set one field to different values.
p2=$(sqlite3 "$work/w.gpkg" "SELECT fid FROM persons ORDER BY fid LIMIT 1 OFFSET 1")
sqlite3 "$work/w.gpkg" "UPDATE persons SET work_unit = '工作包的值' WHERE fid = $p2"
# (The database's side is set with plain SQL here: no command edits one field of a person.)
sqlite3 "$db" "UPDATE person SET work_unit = '数据库的值' WHERE id = $p2"
$gridctl package merge "$db" "$work/w.gpkg" --user chenjie > "$work/conflict.txt" 2>&1
check "the conflict is reported" grep -q "conflict persons $p2 work_unit" "$work/conflict.txt"
check "ours is kept" test "$(q "SELECT work_unit FROM person WHERE id = $p2")" = "数据库的值"
$gridctl package conflicts "$db" --user chenjie > "$work/conflicts.txt" 2>&1
check "conflicts lists it" grep -q "工作包的值" "$work/conflicts.txt"
id=$(q "SELECT id FROM work_package_conflict WHERE status = 'open' LIMIT 1")
$gridctl package resolve "$db" "$id" --theirs --ours --user chenjie > /dev/null 2>&1
check "two resolutions at once are refused" test $? -eq 2
$gridctl package resolve "$db" "$id" --theirs --user chenjie > /dev/null 2>&1
check "resolve --theirs exits 0" test $? -eq 0
check "theirs is written" test "$(q "SELECT work_unit FROM person WHERE id = $p2")" = "工作包的值"
check "no open conflict remains" test "$(q "SELECT count(*) FROM work_package_conflict WHERE status = 'open'")" -eq 0

# kill -9 during the merge of a large package: the database is exactly as before, then the merge succeeds.
GRIDSTATION_PASSWORD='Keeper-of-keys-77' $gridctl package create "$db" --grid "$(q "SELECT group_concat(grid_code) FROM grid")" --for boss --out "$work/all.gpkg" --no-project --user boss > /dev/null 2>&1
check "a package of every grid" test -s "$work/all.gpkg"
sqlite3 "$work/all.gpkg" "UPDATE persons SET work_unit = '批量' || fid; UPDATE households SET tags = '批量'"
before=$(state)
killed=0
for delay in 0.2 0.4 0.6 0.8; do
  GRIDSTATION_PASSWORD='Keeper-of-keys-77' $gridctl package merge "$db" "$work/all.gpkg" --user boss > /dev/null 2>&1 &
  pid=$!
  sleep $delay
  if kill -9 $pid 2> /dev/null; then
    wait $pid 2> /dev/null
    killed=$((killed + 1))
    check "killed after ${delay}s: nothing written" test "$(state)" = "$before"
  else
    wait $pid
    break
  fi
done
check "at least one merge was killed mid-way" test $killed -gt 0
GRIDSTATION_PASSWORD=Keeper-of-keys-77 $gridctl validate "$db" --user boss > "$work/validate1.txt" 2>&1
check "validate passes after the kills" test $? -eq 0
GRIDSTATION_PASSWORD='Keeper-of-keys-77' $gridctl package merge "$db" "$work/all.gpkg" --user boss > "$work/all.txt" 2>&1
check "the merge then succeeds" test "$(q "SELECT count(*) FROM person WHERE work_unit LIKE '批量%'")" -gt 5000
GRIDSTATION_PASSWORD=Keeper-of-keys-77 $gridctl validate "$db" --user boss > "$work/validate2.txt" 2>&1
check "validate passes after the merge" test $? -eq 0

# Revoked: a later merge is refused and writes nothing.
pid=$(q "SELECT id FROM work_package WHERE file_name LIKE '%w.gpkg'")
$gridctl package revoke "$db" "$pid" --user chenjie > /dev/null 2>&1
check "revoke exits 0" test $? -eq 0
sqlite3 "$work/w.gpkg" "UPDATE persons SET work_unit = '撤销后' WHERE fid = $person"
before=$(state)
$gridctl package merge "$db" "$work/w.gpkg" --user chenjie > "$work/revoked.txt" 2>&1
check "a revoked package's merge exits 1" test $? -eq 1
check "and says it was revoked" grep -q "revoked" "$work/revoked.txt"
check "nothing written" test "$(state)" = "$before"
$gridctl package list "$db" --user chenjie > "$work/list.txt" 2>&1
check "list shows the revoked package" grep -q "revoked" "$work/list.txt"

report packages_test
