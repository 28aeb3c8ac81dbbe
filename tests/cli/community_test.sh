#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Deliberations, emergency units and the service circle from the command line (issue 20), on a demo district under
# accounts: a grid worker raises a matter the secretary takes through the five steps (refusals write nothing, a
# misspelt option is refused), the decision is published and printed; emergency units are assigned, checked and
# printed; the service circle is computed, exported and refused without roads.
# usage: community_test.sh PATH/TO/gridctl
set -u
gridctl=$1
. "$(dirname "$0")/lib.sh"
db=$work/d.sqlite
q() { sqlite3 "$db" "$1"; }
GRIDSTATION_PASSWORD='Keeper-of-keys-77' $gridctl demo "$db" --households 3000 --seed 3 --admin boss > /dev/null 2>&1
check "demo exits 0" test $? -eq 0
export GRIDSTATION_PASSWORD='Demo-2026-pass'
community=440310001001

# 四事五议: raised by the grid worker, taken through the steps by the secretary.
$gridctl deliberation open "$db" --at community:$community --topic "3号楼加装电梯" --content "居民联名提出" \
  --participants "resident_rep:王某" --user wangwei > "$work/open.txt" 2>&1
check "a grid worker raises a community matter" test $? -eq 0
serial=$(cut -f1 "$work/open.txt")
check "its serial number" grep -q "^YS[0-9]\{8\}-0001" "$work/open.txt"
$gridctl deliberation advance "$db" "$serial" --participants "party_org:社区党委" --user wangwei > "$work/w.txt" 2>&1
check "…but cannot take its steps" grep -q "no grant over community:$community" "$work/w.txt"
steps=$(q "SELECT count(*) FROM deliberation_step")
$gridctl deliberation advance "$db" "$serial" --participants "party_org:社区党委" --dry-run --user chenjie > "$work/typo.txt" 2>&1
check "an option the command does not know is refused" test $? -eq 2
check "…and nothing written" test "$(q "SELECT count(*) FROM deliberation_step")" -eq "$steps"
$gridctl deliberation advance "$db" "$serial" --participants "resident_rep:王某" --user chenjie > "$work/r.txt" 2>&1
check "提议 without the party organisation is refused" grep -q "party_org" "$work/r.txt"
$gridctl deliberation advance "$db" "$serial" --user chenjie > /dev/null 2>&1
check "a refused step exits 1" test $? -eq 1
$gridctl deliberation advance "$db" "$serial" --participants "party_org:社区党委" --user chenjie > /dev/null 2>&1
check "提议" test "$(q "SELECT step FROM deliberation WHERE serial = '$serial'")" = propose
$gridctl deliberation advance "$db" "$serial" --participants "resident_rep:王某;property:物业公司" --minutes "商议纪要" \
  --user chenjie > /dev/null 2>&1
$gridctl deliberation return "$db" "$serial" --reason "方案需重新提议" --user chenjie > /dev/null 2>&1
check "a documented return" test "$(q "SELECT step || '/' || (SELECT reason FROM deliberation_step WHERE action = 'return') FROM deliberation WHERE serial = '$serial'")" = "propose/方案需重新提议"
for args in "--participants resident_rep:王某;property:物业公司 --minutes 再次商议" "--minutes 审议意见"; do
  $gridctl deliberation advance "$db" "$serial" $args --user chenjie > /dev/null 2>&1
done
$gridctl deliberation advance "$db" "$serial" --minutes "决议会议" --present 10 --eligible 30 --for 10 \
  --decision "同意" --user chenjie > "$work/q.txt" 2>&1
check "no quorum is refused" grep -q "no quorum" "$work/q.txt"
$gridctl deliberation advance "$db" "$serial" --minutes "决议会议" --present 21 --eligible 30 --for 17 --against 3 \
  --decision "同意加装电梯，费用按楼层分摊" --user chenjie > /dev/null 2>&1
check "决议" test "$(q "SELECT status FROM deliberation WHERE serial = '$serial'")" = decided
$gridctl deliberation publish "$db" "$serial" --print "$work/notice.pdf" --user chenjie > /dev/null 2>&1
check "published and printed" test -s "$work/notice.pdf"
check "the notice is one A4 page" test "$(pdfinfo "$work/notice.pdf" | grep -c 'Pages: *1$')" -eq 1
pdftotext "$work/notice.pdf" "$work/notice.txt"
# (pdftotext maps some CJK glyphs of the embedded font to their Kangxi radicals, e.g. 用 → ⽤: match around them.)
check "the notice holds the decision in Chinese" grep -q "按楼层分摊" "$work/notice.txt"
check "…but not the minutes" bash -c "! grep -q '审议意见' '$work/notice.txt'"
$gridctl deliberation show "$db" "$serial" --user chenjie > "$work/show.txt" 2>&1
check "show lists the return" grep -q "退回提议" "$work/show.txt"
check "show gives the public page" grep -q "https://.*/q/" "$work/show.txt"
$gridctl deliberation list "$db" --step decide --user chenjie > "$work/list.txt" 2>&1
check "list by step" test "$(wc -l < "$work/list.txt")" -eq 1

# Emergency units.
$gridctl emergency units "$db" --community $community --check --user chenjie > "$work/c0.txt" 2>&1
check "before assignment the check fails" test $? -eq 1
$gridctl emergency units "$db" --community $community --assign --user wangwei > "$work/a0.txt" 2>&1
check "a grid worker cannot assign units" test $? -ne 0
check "…nothing written" test "$(q "SELECT count(*) FROM emergency_unit")" -eq 0
$gridctl emergency units "$db" --community $community --assign --max-households 120 --user chenjie > "$work/a.txt" 2>&1
check "assignment" grep -q "assigned [0-9]* building(s) to [0-9]* new unit(s)" "$work/a.txt"
$gridctl emergency units "$db" --community $community --check --user chenjie > "$work/c.txt" 2>&1
check "then every building is in one unit" test $? -eq 0
check "…counted" test "$(q "SELECT count(*) FROM building WHERE logout = 0 AND id NOT IN (SELECT building_id FROM emergency_unit_building WHERE unit_id IS NOT NULL)")" -eq 0
unit=$(q "SELECT min(id) FROM emergency_unit")
$gridctl emergency unit "$db" "$unit" --shelter "社区广场" --capacity 300 --supplies "饮用水 50 箱" \
  --volunteer "志愿者甲:13800000000" --user chenjie > /dev/null 2>&1
check "unit details" test "$(q "SELECT shelter || '/' || shelter_capacity FROM emergency_unit WHERE id = $unit")" = "社区广场/300"
$gridctl emergency unit "$db" "$unit" --capacity many --user chenjie > "$work/bad.txt" 2>&1
check "a bad number is named" grep -q "\-\-capacity takes a whole number" "$work/bad.txt"
$gridctl emergency units "$db" --community $community --print "$work/units.pdf" --user chenjie > "$work/p.txt" 2>&1
units=$(q "SELECT count(*) FROM emergency_unit")
check "one sheet per unit" test "$(pdfinfo "$work/units.pdf" | sed -n 's/^Pages: *//p')" -ge "$units"
pdftotext "$work/units.pdf" "$work/units.txt"
check "the sheets list persons to reach first" grep -q "优先联系" "$work/units.txt"
check "no phone number printed whole" bash -c "! grep -qE '1[3-9][0-9]{9}' <(grep -v '13800000000' '$work/units.txt' | grep -v -f <(sqlite3 '$db' 'SELECT phone FROM emergency_unit_member WHERE phone IS NOT NULL'))"

# The 15-minute service circle.
$gridctl service-circle "$db" --community $community --output "$work/circle.gpkg" --json --user chenjie > "$work/s.json" 2> "$work/s.err"
check "service circle exits 0" test $? -eq 0
check "the JSON has five types" test "$(python3 -c "import json; print(len(json.load(open('$work/s.json'))['types']))")" -eq 5
check "stored for every building and type" test "$(q "SELECT count(*) FROM service_access")" -eq "$(( $(q "SELECT count(*) FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.logout = 0") * 5 ))"
check "the GeoPackage has its three layers" test "$(ogrinfo -q "$work/circle.gpkg" 2>/dev/null | grep -c 'buildings\|facilities\|service_areas')" -eq 3
check "no library message on standard output" bash -c "! grep -qi 'warning\|error' '$work/s.json'"
$gridctl service-circle "$db" --community $community --minutes 0 --user chenjie > /dev/null 2> "$work/m.txt"
check "--minutes 0 keeps each type's own limit" test $? -eq 0
$gridctl service-circle "$db" --user chenjie > /dev/null 2> "$work/none.txt"
check "without --community or --all it says so" grep -q "either --community CODE or --all" "$work/none.txt"
$gridctl service-circle "$db" --all --types bakery --user chenjie > /dev/null 2> "$work/t.txt"
check "an unknown type is named" grep -q 'no facility type "bakery"' "$work/t.txt"
$gridctl service-circle "$db" --set-type clinic --minutes 10 --user chenjie > /dev/null 2>&1
check "a type's limit is set" test "$(q "SELECT minutes FROM service_facility_type WHERE code = 'clinic'")" -eq 10
$gridctl service-circle "$db" --set-type clinic --minutes 10 --user wangwei > /dev/null 2>&1
check "…not by a grid worker" test $? -ne 0

report community_test
