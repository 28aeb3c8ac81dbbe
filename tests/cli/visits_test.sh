#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Patrols, visits, the dashboard and the monthly report from the command line (issue 19): due lists, a visit that
# clears an overdue item, refusals that write nothing, a finding reported as an event, rules edited, dashboard JSON
# equal to the report workbook, the report PDF in Chinese and English with embedded CJK fonts.
# usage: visits_test.sh PATH/TO/gridctl
set -u
gridctl=$1
. "$(dirname "$0")/lib.sh"
db=$work/d.sqlite
q() { sqlite3 "$db" "$1"; }
$gridctl demo "$db" --households 3000 --seed 3 > /dev/null 2>&1
check "demo exits 0" test $? -eq 0
community=$(q "SELECT admin_code FROM community LIMIT 1")
street=$(q "SELECT admin_code FROM street LIMIT 1")
check "the demo's visits follow rules" test "$(q "SELECT count(*) FROM patrol_log WHERE log_type = 'key_person_visit'")" -gt 50
check "the demo has care tags" test "$(q "SELECT count(*) FROM person_care WHERE care_code = 'elderly_alone'")" -gt 0

$gridctl visits due "$db" --place community:$community --as-of 2026-11-01 --json > "$work/due.json" 2> /dev/null
check "due --json is valid JSON" python3 -c "import json; json.load(open('$work/due.json'))"
total=$(python3 -c "import json; print(len(json.load(open('$work/due.json'))))")
overdue=$(python3 -c "import json; print(sum(1 for d in json.load(open('$work/due.json')) if d['days_overdue'] > 0))")
check "objects are due" test "$total" -gt 100
check "some are overdue on purpose, most are not" bash -c "[ $overdue -gt 0 ] && [ $((overdue * 5)) -lt $total ]"
$gridctl visits due "$db" --place community:$community --as-of 2026-11-01 --overdue --json > "$work/late.json" 2> /dev/null
check "--overdue lists exactly the overdue ones" test "$(python3 -c "import json; print(len(json.load(open('$work/late.json'))))")" -eq "$overdue"

# Visit the most overdue key person: it leaves the overdue list.
person=$(python3 -c "import json; print(next(d['id'] for d in json.load(open('$work/late.json')) if d['object'] == 'key_person'))")
today=$(date +%F)
$gridctl visits log "$db" --object key_person:$person --met 本人 --findings "情绪稳定，按时报到" > "$work/log.txt"
check "log prints the new log" grep -q "^patrol log [0-9]" "$work/log.txt"
check "the key person's last visit is today" test "$(q "SELECT last_visit_date FROM key_person WHERE id = $person")" = "$today"
$gridctl visits due "$db" --place community:$community --overdue --json > "$work/late2.json" 2> /dev/null
check "the visited key person is no longer overdue" python3 -c "import json,sys; sys.exit(any(d['object'] == 'key_person' and d['id'] == $person for d in json.load(open('$work/late2.json'))))"

# Refusals exit 1, name the field and write nothing.
before=$(q "SELECT (SELECT count(*) FROM patrol_log) || '/' || (SELECT count(*) FROM audit_log)")
$gridctl visits log "$db" --object key_person:99999999 > "$work/bad1.txt" 2>&1
check "an unknown object exits 1" test $? -eq 1
check "the message names the field" grep -q "object_id" "$work/bad1.txt"
$gridctl visits log "$db" --object key_person:$person --time "2099-01-01 09:00" > "$work/bad2.txt" 2>&1
check "a future visit is refused" grep -q "future" "$work/bad2.txt"
$gridctl visits log "$db" --object key_persn:$person > "$work/bad3.txt" 2>&1
check "a misspelt object type is refused" test $? -ne 0
$gridctl visits log "$db" --grid 440310001001003 --dry-runn > /dev/null 2>&1
check "a misspelt option is refused" test $? -eq 2
check "refusals wrote nothing" test "$(q "SELECT (SELECT count(*) FROM patrol_log) || '/' || (SELECT count(*) FROM audit_log)")" = "$before"

# A finding becomes an event once.
building=$(q "SELECT min(id) FROM building WHERE grid_id IS NOT NULL")
$gridctl visits log "$db" --object building:$building --type hidden_danger --findings "三楼消防通道堆放杂物" --exception fire --report > "$work/report.txt"
check "log --report prints the event" grep -q "^SJ[0-9]\{8\}-[0-9]\{6\}$" "$work/report.txt"
log=$(sed -n 's/^patrol log //p' "$work/report.txt")
check "the event came from a visit" test "$(q "SELECT source_kind FROM event WHERE id = (SELECT event_id FROM patrol_log WHERE id = $log)")" = visit
$gridctl visits report "$db" "$log" > "$work/twice.txt" 2>&1
check "a finding is reported once" grep -q "already reported" "$work/twice.txt"

# Rules: listed, edited (audited), a bad unit refused.
$gridctl visits rules "$db" > "$work/rules.txt"
check "the rules list red key persons weekly" grep -q "key_person.*red.*每周" "$work/rules.txt"
rental=$(q "SELECT id FROM visit_rule WHERE category = 'rental'")
$gridctl visits rule "$db" "$rental" --every 1 --unit month > /dev/null
check "a rule is edited" test "$(q "SELECT every_n || unit FROM visit_rule WHERE id = $rental")" = "1month"
$gridctl visits rule "$db" "$rental" --unit fortnight > /dev/null 2>&1
check "a bad unit is refused" test $? -eq 1

# Dashboard and report: the same numbers.
$gridctl dashboard "$db" --place street:$street --month 2026-10 --json > "$work/dash.json"
check "dashboard --json is valid JSON" python3 -c "import json; json.load(open('$work/dash.json'))"
check "the dashboard counts the street's households" test "$(python3 -c "import json; print(int(json.load(open('$work/dash.json'))[0]['households']))")" -eq "$(q "SELECT count(*) FROM household h JOIN grid g ON g.id = h.grid_id JOIN community c ON c.id = g.community_id JOIN street s ON s.id = c.street_id WHERE s.admin_code = '$street' AND h.logout = 0")"
$gridctl dashboard "$db" --place street:$street --month 2026-10 --records visits_overdue > "$work/records.txt" 2> "$work/records.err"
check "the records behind a figure are as many as the figure" test "$(sed 's/ record(s)//' "$work/records.err")" -eq "$(python3 -c "import json; print(int(json.load(open('$work/dash.json'))[0]['visits_overdue']))")"
$gridctl report monthly "$db" --street $street --month 2026-10 --out "$work/r.xlsx" > /dev/null
check "report .xlsx exits 0" test $? -eq 0
check "the workbook shows the dashboard's households" python3 - "$work/r.xlsx" "$work/dash.json" <<'PY'
import json, subprocess, sys
rows = subprocess.run(["ogrinfo", "--config", "OGR_XLSX_HEADERS", "FORCE", "-q", sys.argv[1], "指标"], capture_output=True, text=True).stdout
households = int(json.load(open(sys.argv[2]))[0]["households"])
sys.exit(0 if f"本月 (String) = {households:,}" in rows else 1)
PY
for lang in zh_CN en; do
  $gridctl report monthly "$db" --street $street --month 2026-10 --out "$work/r-$lang.pdf" --lang $lang > /dev/null 2>&1
  check "report .pdf ($lang) exits 0" test $? -eq 0
  check "the PDF ($lang) embeds Noto Sans CJK" bash -c "pdffonts '$work/r-$lang.pdf' | grep -q 'NotoSansCJK.* yes'"
  check "the PDF ($lang) is A4" bash -c "pdfinfo '$work/r-$lang.pdf' | grep -q '595.* x 84[12]'"
done
# (Searched for characters whose text Qt maps right: it gives some Noto CJK glyphs the Kangxi radical's code point.)
check "the Chinese PDF has its title" bash -c "pdftotext '$work/r-zh_CN.pdf' - | grep -q 服务管理"
check "the English PDF says Monthly Report" bash -c "pdftotext '$work/r-en.pdf' - | grep -q 'Monthly Report'"
$gridctl report monthly "$db" --street $street --month 2026-13 --out "$work/x.pdf" > "$work/badmonth.txt" 2>&1
check "a bad month is refused" grep -q "not a month" "$work/badmonth.txt"
check "nothing is left for a refused report" test ! -e "$work/x.pdf"
$gridctl report monthly "$db" --street $street --community $community --month 2026-10 --out "$work/x.pdf" > /dev/null 2>&1
check "street and community together are refused" test $? -eq 2

report visits_test
