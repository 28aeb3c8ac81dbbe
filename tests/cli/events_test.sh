#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The event closed loop from the command line (issue 18): report → escalate → accept → resolve → feedback → rate →
# verify; refusals exit 1 and write nothing; list/show JSON; the duty list round trip and its dry run; the demo's
# events all came through the state machine.
# usage: events_test.sh PATH/TO/gridctl
set -u
gridctl=$1
. "$(dirname "$0")/lib.sh"
db=$work/d.sqlite
q() { sqlite3 "$db" "$1"; }
$gridctl demo "$db" --households 3000 --seed 5 > /dev/null 2>&1
check "demo exits 0" test $? -eq 0
check "the demo has events" test "$(q 'SELECT count(*) FROM event')" -gt 20
check "every demo event has a report in its log" test "$(q 'SELECT count(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id AND l.operation_code = 10)')" -eq 0

grid=$(q "SELECT grid_code FROM grid ORDER BY grid_code LIMIT 1")
community=$(q "SELECT admin_code FROM community LIMIT 1")
$gridctl events classes "$db" > "$work/classes.txt"
check "classes lists SAFETY" grep -q "^SAFETY " "$work/classes.txt"
serial=$($gridctl events report "$db" --grid "$grid" --class SAFETY --item SAFETY_08 --text "3栋消防通道被电动车堵塞")
check "report prints a serial number" bash -c "[[ '$serial' =~ ^SJ[0-9]{8}-[0-9]{6}$ ]]"

# A refused action exits 1, names the rule and writes nothing.
before=$(q "SELECT (SELECT count(*) FROM event_log) || '/' || (SELECT count(*) FROM audit_log)")
$gridctl events act "$db" "$serial" verify > "$work/refused.txt" 2>&1
check "verifying an open event exits 1" test $? -eq 1
check "the refusal says why" grep -q "cannot verify" "$work/refused.txt"
$gridctl events act "$db" "$serial" escalate --to street:$(q "SELECT admin_code FROM street LIMIT 1") > "$work/skip.txt" 2>&1
check "a normal event may not skip a level" grep -q "不能越级上报" "$work/skip.txt"
check "refusals wrote nothing" test "$(q "SELECT (SELECT count(*) FROM event_log) || '/' || (SELECT count(*) FROM audit_log)")" = "$before"
$gridctl events act "$db" "$serial" frobnicate > /dev/null 2>&1
check "an unknown action exits 2" test $? -eq 2

$gridctl events act "$db" "$serial" escalate --note 需社区协调 > /dev/null
check "escalate" test $? -eq 0
$gridctl events act "$db" "$serial" accept --as grid:$grid > "$work/wrong.txt" 2>&1
check "the grid may not accept for the community" grep -q "only community:$community may accept" "$work/wrong.txt"
for step in "accept" "resolve --note 已清理" "feedback --note 已告知居民" ; do
  $gridctl events act "$db" "$serial" $step --as community:$community > /dev/null
  check "community: $step" test $? -eq 0
done
$gridctl events act "$db" "$serial" evaluate --rating satisfied > /dev/null
check "the first receiver records the rating" test $? -eq 0
$gridctl events act "$db" "$serial" verify > "$work/verify.txt"
check "verify closes the case" grep -q "verified" "$work/verify.txt"
$gridctl events show "$db" "$serial" --json > "$work/show.json"
check "show --json is valid JSON" python3 -c "import json,sys; json.load(open('$work/show.json'))"
check "the timeline holds the seven actions" test "$(python3 -c "import json; print(len(json.load(open('$work/show.json'))['timeline']))")" -eq 7
check "the status is verified" test "$(python3 -c "import json; print(json.load(open('$work/show.json'))['status'])")" = verified
check "every action left audit rows" test "$(q "SELECT count(*) FROM audit_log WHERE table_name LIKE 'event%' AND record_id IN (SELECT id FROM event WHERE serial_number = '$serial')")" -ge 5

$gridctl events list "$db" --overdue --json > "$work/overdue.json"
check "list --overdue --json is valid JSON" python3 -c "import json; json.load(open('$work/overdue.json'))"
check "the demo has overdue events" test "$(python3 -c "import json; print(len(json.load(open('$work/overdue.json'))))")" -gt 0
check "they are all red" test "$(python3 -c "import json; print(sum(1 for e in json.load(open('$work/overdue.json')) if e['supervision'] != 'red'))")" -eq 0

# Duty list: export, import back unchanged, then a sheet with planted errors is refused row by row.
$gridctl events export-duties "$db" "$work/duties.csv" > /dev/null
check "export-duties writes a file" test -s "$work/duties.csv"
$gridctl events import-duties "$db" "$work/duties.csv" --dry-run > "$work/dry.txt"
check "the exported list imports cleanly (dry run)" grep -q "no problem" "$work/dry.txt"
python3 - "$work/duties.csv" "$work/bad.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8')))
rows[1][0] = 'NOPE'          # unknown class
rows[2][3] = 'province'      # unknown level
rows[3][9] = '2'; rows[3][6] = '9'  # red before yellow
rows.append(['SAFETY', 'SAFETY_99', '电梯困人', 'community', '', '1', '1', '1', '2', '3', '2', '《特种设备安全法》'])
csv.writer(open(sys.argv[2], 'w', encoding='utf-8', newline='')).writerows(rows)
PY
before=$(q "SELECT count(*) FROM duty_catalogue")
$gridctl events import-duties "$db" "$work/bad.csv" > "$work/bad.txt" 2>&1
check "a bad duty sheet exits 1" test $? -eq 1
check "the unknown class is named with its row" grep -q "bad.csv:2 大类代码" "$work/bad.txt"
check "the unknown level is named" grep -q "bad.csv:3 首办层级" "$work/bad.txt"
check "red before yellow is named" grep -q "bad.csv:4 红牌办理" "$work/bad.txt"
check "nothing was written" test "$(q "SELECT count(*) FROM duty_catalogue")" = "$before"
python3 - "$work/duties.csv" "$work/good.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8')))
rows.append(['SAFETY', 'SAFETY_99', '电梯困人', 'community', 'SPECIAL_EQUIPMENT', '1', '1', '1', '1', '2', '2', '《特种设备安全法》'])
csv.writer(open(sys.argv[2], 'w', encoding='utf-8', newline='')).writerows(rows)
PY
$gridctl events import-duties "$db" "$work/good.csv" > "$work/good.txt"
check "a good sheet imports" grep -q "1 added" "$work/good.txt"
check "the new item joined the item table" test "$(q "SELECT name_zh FROM code_value WHERE domain = 'event_type' AND code = 'SAFETY_99'")" = 电梯困人
fast=$($gridctl events report "$db" --grid "$grid" --class SAFETY --item SAFETY_99 --text "电梯困人")
check "the new item's limits set the red date" test "$(python3 -c "import json,subprocess; v=json.loads(subprocess.check_output(['$gridctl','events','show','$db','$fast','--json'])); print(v['steps'][0]['red'] != '')")" = True

report events
